"""The Typer application, the default command and the process entry point.

`kipp-check PROPOSAL` is the main use; it means `kipp-check check PROPOSAL`.
Subcommands stand beside it, and `check` is explicit for a path that happens
to share a subcommand's name.
"""

from __future__ import annotations

import itertools
import sys
from typing import Annotated

import typer

from kipp_check import __version__
from kipp_check.cli.check import check_command
from kipp_check.cli.console import EXIT_READY, EXIT_USAGE, say
from kipp_check.i18n import Lang, text

# NOTE: typer >= 0.2x vendors click privately; its usage-error class is reached
# through the public `typer.BadParameter`, whichever click is underneath.
_ClickUsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Periksa kesiapan proposal KIPP sebelum diajukan di SINOVIK. "
    "Pemakaian utama: kipp-check proposal.yaml",
)
app.command("check", help="Periksa satu proposal (perintah bawaan).")(check_command)

SUBCOMMANDS: tuple[str, ...] = ("check",)
_ROOT_FLAGS = ("--help", "-h", "--version")


def _version(value: bool) -> None:
    if value:
        print(f"kipp-check {__version__}")
        raise typer.Exit(EXIT_READY)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Versi.")
    ] = False,
) -> None:
    """kipp-check: kesiapan proposal KIPP."""


def with_default_command(args: list[str]) -> list[str]:
    """`args` with `check` put in front unless they start with a subcommand or a root flag."""
    if not args or args[0] in SUBCOMMANDS or args[0] in _ROOT_FLAGS:
        return args
    return ["check", *args]


def main() -> None:
    """Console entry point; click's own usage errors also exit with 2."""
    args = sys.argv[1:]
    lang = Lang.EN if _wants_english(args) else Lang.ID
    try:
        code = app(args=with_default_command(args), prog_name="kipp-check", standalone_mode=False)
    except _ClickUsageError as error:
        if not args:  # bare `kipp-check`: the help was shown
            sys.exit(EXIT_USAGE)
        formatter = getattr(error, "format_message", None)
        detail = formatter() if callable(formatter) else str(error)
        say(text("cli.usage_error", lang, detail=detail))
        say(text("cli.usage_hint", lang))
        sys.exit(EXIT_USAGE)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else EXIT_READY)


def _wants_english(args: list[str]) -> bool:
    if "--lang=en" in args:
        return True
    return any(a == "--lang" and b == "en" for a, b in itertools.pairwise(args))
