"""The exit-code contract for the writing aids (`init`, `schema`, `rules`, `explain`, `export`).

A `UsageError` is one line on standard error and exit 2; anything unexpected is
one line and exit 3, with the traceback only under `--debug`. Never a bare
traceback for bad input. A reader that closes the pipe early (`| head`) is no
failure: exit 0.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from kipp_check.cli.console import EXIT_INTERNAL, EXIT_READY, EXIT_USAGE, StdoutClosedError, say
from kipp_check.errors import UsageError, fix_of
from kipp_check.i18n import Lang, text
from kipp_check.models.phrase import Phrase, Value


@contextmanager
def guarded(command: str, lang: Lang, *, debug: bool = False) -> Iterator[None]:
    """Run the body of `kipp-check COMMAND`, turning failures into exit codes 2 and 3."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP: the run did not finish
        raise typer.Exit(interrupted(stop, lang)) from None
    except StdoutClosedError:  # `kipp-check rules | head`: the reader had enough
        raise typer.Exit(EXIT_READY) from None
    except UsageError as error:
        from kipp_check.i18n.render import say_error

        say(text("cli.error", lang, detail=say_error(error, lang)))
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:
        if debug:
            traceback.print_exc()
        say(text("cli.command_crashed", lang, command=command, error=type(error).__name__))
        raise typer.Exit(EXIT_INTERNAL) from None


def interrupted(stop: KeyboardInterrupt, lang: Lang) -> int:
    """Say which signal stopped the run; the exit code for it, 3 (no verdict was reached)."""
    from kipp_check.pipeline.lifeline import signal_name

    say(text("cli.interrupted", lang, signal=signal_name(stop)))
    return EXIT_INTERNAL


def usage_error(key: str, /, **args: Value) -> UsageError:
    """A `UsageError` from catalogue `key`, with `key.fix` on a second line when there is one."""
    message = Phrase.of(key, **args)
    return UsageError(message, fix=fix_of(message))
