"""The terminal report's tables stacked into blocks, for terminals narrower than 80 columns.

A five-column table in 60 columns leaves a criterion's name a dozen columns,
so rich folds it inside a word (`Kebaruan/Nila│i Tambah`) and wraps the
status. Below `NARROW` columns each criterion becomes a block instead: its
name on a line of its own, then weight, status and gaps on one line, then its
detail, indented, wrapped at spaces only. The batch overview does the same
for each proposal. The words are the table's, so nothing is lost.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import say
from kipp_check.models.results import Report
from kipp_check.models.row_status import RowStatus
from kipp_check.reporters.safe_text import one_line, safe
from kipp_check.reporters.summary import SummaryRow, days_left_cell

NARROW = 80
"""Below this many columns the tables are stacked."""

STATUS_STYLE: dict[RowStatus, str] = {
    RowStatus.READY: "green",
    RowStatus.ADVICE: "cyan",
    RowStatus.NEEDS_WORK: "yellow",
    RowStatus.MISSING: "red",
    RowStatus.NOT_CHECKED: "dim",
}
"""A row status's colour, in the wide table and the stacked layout alike."""


def is_narrow(width: int) -> bool:
    """Whether a terminal of `width` columns gets the stacked layout."""
    return width < NARROW


def stacked_criteria(report: Report, lang: Lang, glyphs: dict[str, str]) -> RenderableType:
    """One block per criterion: name; weight · status · gaps; detail."""
    dot = f" {glyphs['dot']} "
    blocks: list[RenderableType] = []
    for row in report.rows:
        label = say(row.label, lang) + (glyphs["star"] if row.emphasized else "")
        facts = Text()
        if row.weight is not None:
            facts += Text(f"{text('report.col.weight', lang)} {row.weight} %{dot}")
        facts += Text(text(f"status.{row.status}", lang), style=STATUS_STYLE[row.status])
        if row.findings:
            facts += Text(f"{dot}{text('report.col.gaps', lang)} {len(row.findings)}")
        blocks += [Text(label, style="bold"), Padding(facts, (0, 0, 0, 2))]
        if say(row.detail, lang):
            blocks.append(Padding(Text(safe(say(row.detail, lang))), (0, 0, 0, 4)))
    return Group(*blocks)


def stacked_overview_row(row: SummaryRow, lang: Lang, glyphs: dict[str, str]) -> RenderableType:
    """One proposal of the overview as a block: number and title, institution, kinds, figures."""
    dot = f" {glyphs['dot']} "
    verdict = text("status.ready" if row.ready else "summary.not_ready", lang)
    figures = Text(
        f"{text('summary.col.days_left', lang)} {days_left_cell(row.days_left, lang)}{dot}"
        f"{text('summary.col.readiness', lang)} {row.readiness} %{dot}"
        f"{text('summary.col.errors', lang)} {row.errors}{dot}"
        f"{text('summary.col.warnings', lang)} {row.warnings}{dot}"
    )
    figures += Text(verdict, style="green" if row.ready else "red")
    kinds = f"{one_line(row.group or '-', 30)}{dot}{one_line(row.category or '-', 50)}"
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column()
    lines = Group(
        Text(one_line(row.title or "-", 80), style="bold"),
        Text(one_line(row.institution or "-", 60), style="dim"),
        Text(kinds, style="dim"),
        figures,
    )
    grid.add_row(Text(f"{row.number}.", style="bold"), lines)
    return grid
