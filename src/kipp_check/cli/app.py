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

from kipp_check.cli import version_line
from kipp_check.cli.console import EXIT_READY, EXIT_USAGE, say
from kipp_check.cli.lazy_group import LazyGroup, Subcommand
from kipp_check.i18n import Lang, text

# NOTE: typer >= 0.2x vendors click privately; its usage-error class is reached
# through the public `typer.BadParameter`, whichever click is underneath.
_ClickUsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

_CHECK_HELP = "Periksa proposal: berkas, folder atau pola glob (perintah bawaan)."


class _Commands(LazyGroup):
    """`check`, then the writing aids: start a proposal, complete it, learn the rules, paste it.

    Each is built from its function only when it runs (see `kipp_check.cli.lazy_group`).
    """

    subcommands = (
        Subcommand("check", "kipp_check.cli.check:check_command", _CHECK_HELP),
        Subcommand("init", "kipp_check.cli.init_cmd:init_command", text("init.help", Lang.ID)),
        Subcommand(
            "schema", "kipp_check.cli.schema_cmd:schema_command", text("help.cmd.schema", Lang.ID)
        ),
        Subcommand(
            "rules", "kipp_check.cli.rules_cmd:rules_command", text("help.cmd.rules", Lang.ID)
        ),
        Subcommand(
            "explain", "kipp_check.cli.rules_cmd:explain_command", text("help.cmd.explain", Lang.ID)
        ),
        Subcommand(
            "export", "kipp_check.cli.export_cmd:export_command", text("help.cmd.export", Lang.ID)
        ),
        Subcommand("packs", "kipp_check.cli.packs_cmd:packs_command", text("packs.help", Lang.ID)),
        Subcommand("pack", "kipp_check.cli.packs_cmd:pack_command", text("pack.help", Lang.ID)),
        Subcommand(
            "migrate", "kipp_check.cli.migrate_cmd:migrate_command", text("migrate.help", Lang.ID)
        ),
    )


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    # Plain help: rich-formatted help imports rich, markdown-it and pygments,
    # which more than doubles the start-up time of `kipp-check --help`.
    rich_markup_mode=None,
    help="Periksa kesiapan proposal KIPP sebelum diajukan di SINOVIK. "
    "Pemakaian utama: kipp-check proposal.yaml",
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
        # `obj` hands the raw arguments down: `check` pairs each --output with its --format.
        code = app(
            args=with_default_command(args),
            prog_name="kipp-check",
            standalone_mode=False,
            obj=tuple(args),
        )
    except _ClickUsageError as error:
        formatter = getattr(error, "format_message", None)
        detail = formatter() if callable(formatter) else str(error)
        if not args:  # bare `kipp-check`: the error carries the help, shown as `--help` shows it
            print(detail)
            sys.exit(EXIT_USAGE)
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
