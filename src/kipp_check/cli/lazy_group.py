"""A Typer group that builds a subcommand only when it runs: `kipp-check --help` stays fast.

Typer builds a command from its function's signature: it evaluates every
annotation and imports every option type (the catalogue's `Lang`, the report
formats, ...). Done for all six subcommands on every start, that was about half
of what `kipp-check --help` cost beyond importing Typer. Here each subcommand
is named by `module:function` with its help text; the group lists them from
that text alone and builds only the one that is invoked (or whose `--help` is
asked for), exactly as Typer would have built it at start-up, so usage, help
and errors read the same. Help pages are kipp-check's own (`help_page`), in
the language the command line asks for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

import typer
from typer.core import MarkupMode, TyperCommand, TyperGroup

from kipp_check.cli.help_page import (
    LocalizedCommand,
    localized,
    page_lang,
    restore_hyphens,
    usage_pieces,
    write_help,
)
from kipp_check.i18n import text

if TYPE_CHECKING:
    # NOTE: typer vendors click privately; only these types are named from it.
    from typer._click import Command, Context, HelpFormatter


class Subcommand(NamedTuple):
    """One subcommand: its name, its function as `module:function`, and its help text."""

    name: str
    target: str
    help: str


class LazyGroup(TyperGroup):
    """A group whose subcommands (`subcommands`, in listing order) are built on first use.

    Set `subcommands` on a subclass and hand that subclass to
    `typer.Typer(cls=...)`; register no commands on the Typer application.
    """

    subcommands: ClassVar[tuple[Subcommand, ...]] = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        if self.commands:  # they would never be listed nor found
            raise TypeError("declare the subcommands in `subcommands`, not on the Typer app")
        self._known = {spec.name: spec for spec in self.subcommands}
        # Each is built on first use; Typer's typo suggestions ("Did you mean
        # 'rules'?") read only the names.
        self.commands = dict.fromkeys(self._known, _NOT_BUILT)

    def list_commands(self, ctx: Context) -> list[str]:
        """The subcommands in the order they were declared."""
        return list(self._known)

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        """The subcommand `cmd_name`, built from its function the first time it is asked for."""
        spec = self._known.get(cmd_name)
        if spec is None:
            return None
        if self.commands[cmd_name] is _NOT_BUILT:
            self.commands[cmd_name] = _build(spec, self.rich_markup_mode)
        return self.commands[cmd_name]

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The group's help page in the run's language (`help_page`), then its commands."""
        write_help(self, ctx, formatter, usage_tail="helpfmt.command_metavar")
        self.format_commands(ctx, formatter)
        restore_hyphens(formatter)

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        """`[OPSI] PERINTAH [ARGUMEN]...` in the run's language."""
        lang = page_lang(ctx)
        return [*usage_pieces(self, ctx, lang), text("helpfmt.command_metavar", lang)]

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The commands section, from each subcommand's help alone, in the run's language."""
        lang = page_lang(ctx)
        rows = [(spec.name, localized(spec.help, lang)) for spec in self.subcommands]
        if rows:
            with formatter.section(text("helpfmt.commands", lang)):
                formatter.write_dl(rows)


_NOT_BUILT: Command = TyperCommand(None)
"""Stands in `LazyGroup.commands` for a subcommand not built yet."""


def _build(spec: Subcommand, rich_markup_mode: MarkupMode) -> TyperCommand:
    """The click command Typer makes of `spec`'s function, as it would inside the group."""
    module_name, _, function_name = spec.target.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module_name), function_name)
    single = typer.Typer(
        add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=rich_markup_mode
    )
    single.command(spec.name, help=spec.help, cls=LocalizedCommand)(function)
    command = typer.main.get_command(single)
    if not isinstance(command, TyperCommand):  # one command and no callback: never a group
        raise TypeError(f"{spec.target} did not make a single command")
    return command
