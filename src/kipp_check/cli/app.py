"""The Typer application, the default command and the process entry point.

`kipp-check PROPOSAL` is the main use; it means `kipp-check check PROPOSAL`.
Subcommands stand beside it, and `check` is explicit for a path that happens
to share a subcommand's name.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from kipp_check.cli import version_line
from kipp_check.cli.console import EXIT_INTERNAL, EXIT_READY, EXIT_USAGE, say, stop_writing_stdout
from kipp_check.cli.help_page import HELP_OPTIONS, requested_lang
from kipp_check.cli.lazy_group import LazyGroup, Subcommand
from kipp_check.i18n import text

# NOTE: typer >= 0.2x vendors click privately; its usage-error class is reached
# through the public `typer.BadParameter`, whichever click is underneath.
_ClickUsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)


class _Commands(LazyGroup):
    """`check`, then the writing aids: start a proposal, complete it, learn the rules, paste it.

    Each is built from its function only when it runs (see `kipp_check.cli.lazy_group`);
    each help is a catalogue key, said in the run's language (`kipp_check.cli.help_page`).
    """

    subcommands = (
        Subcommand("check", "kipp_check.cli.check:check_command", "help.check"),
        Subcommand("init", "kipp_check.cli.init_cmd:init_command", "init.help"),
        Subcommand("schema", "kipp_check.cli.schema_cmd:schema_command", "help.cmd.schema"),
        Subcommand("rules", "kipp_check.cli.rules_cmd:rules_command", "help.cmd.rules"),
        Subcommand("explain", "kipp_check.cli.rules_cmd:explain_command", "help.cmd.explain"),
        Subcommand("export", "kipp_check.cli.export_cmd:export_command", "help.cmd.export"),
        Subcommand("packs", "kipp_check.cli.packs_cmd:packs_command", "packs.help"),
        Subcommand("pack", "kipp_check.cli.packs_cmd:pack_command", "pack.help"),
        Subcommand("migrate", "kipp_check.cli.migrate_cmd:migrate_command", "migrate.help"),
    )


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    # Plain help: rich-formatted help imports rich, markdown-it and pygments,
    # which more than doubles the start-up time of `kipp-check --help`.
    rich_markup_mode=None,
    context_settings={"help_option_names": HELP_OPTIONS},
    help="help.root",
)

SUBCOMMANDS: tuple[str, ...] = tuple(spec.name for spec in _Commands.subcommands)
_ROOT_FLAGS = ("--help", "-h", "--version")


def _version(value: bool) -> None:
    if value:
        print(version_line())
        raise typer.Exit(EXIT_READY)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="helpfmt.version_option"),
    ] = False,
    # `kipp-check --help --lang en`: the help pages read the language from the raw arguments.
    _lang: Annotated[
        str | None, typer.Option("--lang", metavar="id|en", help="help.root.lang")
    ] = None,
) -> None:
    """kipp-check: kesiapan proposal KIPP."""


def with_default_command(args: list[str]) -> list[str]:
    """`args` with `check` put in front unless they start with a subcommand or a root flag."""
    if not args or args[0] in SUBCOMMANDS or args[0] in _ROOT_FLAGS:
        return args
    return ["check", *args]


def main() -> None:
    """Console entry point; click's usage errors exit with 2 too, in the user's language."""
    args = sys.argv[1:]
    lang = requested_lang(args)
    from kipp_check.pipeline.lifeline import stop_on_signals

    try:
        # `obj` hands the raw arguments down: `check` pairs each --output with its --format,
        # and help pages read the language from them.
        parsed = args
        checking = with_default_command(args)[:1] == ["check"]
        if checking and any(a.startswith("--format") for a in args):  # `json:en`: cli.outputs
            from kipp_check.cli.outputs import without_output_langs

            parsed = without_output_langs(args)
        with stop_on_signals():
            code = app(
                args=with_default_command(parsed),
                prog_name="kipp-check",
                standalone_mode=False,
                obj=tuple(args),
            )
    except _ClickUsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `kipp-check`: its help
            print(error.format_message())  # type: ignore[attr-defined]
            sys.exit(EXIT_USAGE)
        from kipp_check.cli.usage_errors import resay

        say(text("cli.usage_error", lang, detail=resay(error, lang)))
        say(text("usage.help_hint", lang, command=_command_of(args)))
        sys.exit(EXIT_USAGE)
    except (typer.Exit, typer.Abort, KeyboardInterrupt) as done:
        stop = done if isinstance(done, KeyboardInterrupt) else done.__cause__
        if isinstance(stop, KeyboardInterrupt):  # Ctrl-C, SIGTERM, SIGHUP: no verdict, exit 3
            from kipp_check.pipeline.lifeline import signal_name

            say(text("cli.interrupted", lang, signal=signal_name(stop)))
            sys.exit(EXIT_INTERNAL)
        sys.exit(done.exit_code if isinstance(done, typer.Exit) else EXIT_USAGE)
    except BrokenPipeError:  # a help page into `| head -1`: the reader had enough
        stop_writing_stdout()
        sys.exit(EXIT_READY)
    if code == _TYPER_INTERRUPTED:  # Typer turns a Ctrl-C it catches itself into 130
        say(text("cli.interrupted", lang, signal="SIGINT"))
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else EXIT_READY)


_TYPER_INTERRUPTED = 130


def _command_of(args: list[str]) -> str:
    """`kipp-check` or `kipp-check explain`: whose help the user should look at."""
    first = with_default_command(args)[:1]
    return f"kipp-check {first[0]}" if first and first[0] in SUBCOMMANDS else "kipp-check"
