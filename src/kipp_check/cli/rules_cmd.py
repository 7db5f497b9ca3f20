"""`kipp-check rules` (every rule in a table) and `kipp-check explain RULE-ID` (one rule in full).

Both read the rules' own docstrings and the catalogue's translations of them
(`kipp_check.rules.docs`), so what they say is what the code checks.
"""

from __future__ import annotations

import shutil
import sys
from enum import Enum
from typing import Annotated

import typer

from kipp_check.cli.console import write_output
from kipp_check.cli.guard import guarded
from kipp_check.i18n import Lang

_ID = Lang.ID


class RulesFormat(str, Enum):
    """Formats of the `rules` table."""

    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    JSON = "json"


def rules_command(
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="help.cmd.lang")
    ] = Lang.ID,
    output_format: Annotated[
        RulesFormat, typer.Option("--format", help="help.cmd.rules_format")
    ] = RulesFormat.TERMINAL,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """List every rule: ID, criterion, severity, title, confidence and source."""
    from kipp_check.authoring.rule_reference import render_table

    with guarded("rules", lang, debug=debug):
        width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
        write_output(render_table(lang, output_format.value, width=width), None, lang)


def explain_command(
    rule_id: Annotated[str, typer.Argument(metavar="RULE-ID", help="help.cmd.rule_id")],
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KIPP_CHECK_LANG", help="help.cmd.lang")
    ] = Lang.ID,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Explain one rule: what it checks, why, its source, how to fix, and examples."""
    from kipp_check.authoring.reserved_reference import is_reserved, render_reserved_explain
    from kipp_check.authoring.rule_reference import find_rule, render_explain

    with guarded("explain", lang, debug=debug):
        if is_reserved(rule_id):  # KC000–KC006: the codes of a broken proposal file
            write_output(render_reserved_explain(rule_id, lang), None, lang)
            return
        write_output(render_explain(find_rule(rule_id, lang), lang), None, lang)
