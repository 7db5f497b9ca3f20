"""The terminal report (rich): header, one row per criterion, the gaps, the verdict.

Every piece of untrusted text goes in as `rich.text.Text` after `safe()`, so
markup in a title (`[/]`, `[link=…]`) is printed literally and escape
sequences never reach the terminal. Colour is decided by the console only.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Literal

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, say
from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.results import BatchReport, Finding, Report, Row, Severity
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.safe_text import one_line, safe
from kipp_check.reporters.summary import (
    COLUMNS,
    SummaryRow,
    counts_line,
    days_left_cell,
    each_summary_row,
    run_verdict,
    waiver_note,
)
from kipp_check.reporters.terminal_narrow import (
    STATUS_STYLE,
    is_narrow,
    stacked_criteria,
    stacked_overview_row,
)
from kipp_check.reporters.terminal_overview import Cells, drawn_in_slices

_UNICODE = {"dot": "·", "dash": "—", "bullet": "•", "arrow": "→", "star": " ★"}
_ASCII = {"dot": "|", "dash": "-", "bullet": "-", "arrow": "->", "star": " *"}
_SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(
    report: Report,
    *,
    color: bool = False,
    width: int = 100,
    ascii_only: bool = False,
    lang: Lang = Lang.ID,
) -> str:
    """The report as terminal text in `lang`; plain (no escape codes) unless `color`."""
    buffer = io.StringIO()
    console = _console(buffer, color, width)
    glyphs = _ASCII if ascii_only else _UNICODE
    _header(console, report, lang, glyphs)
    console.print(
        stacked_criteria(report, lang, glyphs) if is_narrow(width) else _table(report, lang, glyphs)
    )
    for row in report.rows:
        if row.findings:
            _gaps(console, row, lang, glyphs)
    if report.suppressed:
        _waived(console, report, lang, glyphs)
    _verdict(console, report, lang, glyphs)
    return _finish(buffer, color)


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """One proposal: its report. Several: the overview table, each report, the run's verdict."""
    return "".join(render_chunks(run, settings))


def render_chunks(run: BatchReport, settings: RenderSettings) -> Iterator[str]:
    """`render_run` piece by piece, a proposal at a time: a batch is written as it is drawn."""

    def one(report: Report) -> str:
        return render(
            report,
            color=settings.color,
            width=settings.width,
            ascii_only=settings.ascii_only,
            lang=settings.lang,
        )

    if len(run.reports) == 1:
        yield one(run.reports[0])
        return
    lang = settings.lang
    glyphs = _ASCII if settings.ascii_only else _UNICODE
    buffer = io.StringIO()
    console = _console(buffer, settings.color, settings.width)
    console.print(Text(text("summary.heading", lang, count=len(run.reports)), style="bold"))
    yield _finish(buffer, settings.color)
    if is_narrow(settings.width):  # stacked, a proposal at a time
        for row in each_summary_row(run, lang):
            block = io.StringIO()
            _console(block, settings.color, settings.width).print(
                stacked_overview_row(row, lang, glyphs)
            )
            yield _finish(block, settings.color)
    for part in (
        ()
        if is_narrow(settings.width)
        else drawn_in_slices(  # never whole in memory
            lambda: _overview_table(lang, glyphs),
            lambda: (_overview_cells(row, lang) for row in each_summary_row(run, lang)),
            lambda table: _drawn(table, settings),
            lambda cell: Measurement.get(console, console.options, cell),
        )
    ):
        yield _trimmed(part, settings.color)

    def headed(index: int) -> str:
        report, number, count = run.reports[index], index + 1, len(run.reports)
        rule = glyphs["dash"] * 3
        heading = f"{rule} [{number}/{count}] {safe(report.file)} {rule}"
        if len(heading) > settings.width:  # a narrow terminal: the file on a line of its own
            heading = f"{rule} [{number}/{count}] {rule}\n{safe(report.file)}"
        return f"\n{heading}\n" + one(report)

    yield from settings.draw_each(len(run.reports), headed)
    style = "bold green" if run.ready else "bold red"
    tail = io.StringIO()
    _console(tail, settings.color, settings.width).print(
        Text("\n" + run_verdict(run, lang), style=style)
    )
    yield _finish(tail, settings.color)


def _console(buffer: io.StringIO, color: bool, width: int) -> Console:
    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
    )


def _finish(buffer: io.StringIO, color: bool) -> str:
    return _trimmed(buffer.getvalue(), color)


def _trimmed(output: str, color: bool) -> str:
    if color:
        return output
    return "\n".join(line.rstrip() for line in output.split("\n"))


def _drawn(table: Table, settings: RenderSettings) -> str:
    buffer = io.StringIO()
    _console(buffer, settings.color, settings.width).print(table)
    return buffer.getvalue()


def _overview_table(lang: Lang, glyphs: dict[str, str]) -> Table:
    """The overview's columns: one row per proposal, the first a number, never proposal text.

    Title over institution, and group over category, share a cell each, so the
    table stays readable in 100 columns.
    """
    table = Table(box=box.ASCII if glyphs is _ASCII else box.SIMPLE_HEAD, show_edge=False)
    table.add_column(text("summary.col.number", lang), justify="right", no_wrap=True)
    both = f"{text('report.title', lang)} / {text('report.institution', lang)}"
    table.add_column(both, ratio=3, overflow="fold")
    kinds = f"{text('report.group', lang)} / {text('report.category', lang)}"
    table.add_column(kinds, ratio=2, overflow="fold")
    for key in COLUMNS[-5:]:
        justify: Literal["left", "right"] = "left" if key == "summary.col.status" else "right"
        table.add_column(text(key, lang), justify=justify, no_wrap=True)
    return table


def _overview_cells(row: SummaryRow, lang: Lang) -> Cells:
    verdict = text("status.ready" if row.ready else "summary.not_ready", lang)
    return (
        str(row.number),
        Text(one_line(row.title or "-", 80))
        + Text("\n" + one_line(row.institution or "-", 60), style="dim"),
        Text(one_line(row.group or "-", 30))
        + Text("\n" + one_line(row.category or "-", 50), style="dim"),
        days_left_cell(row.days_left, lang),
        f"{row.readiness} %",
        str(row.errors),
        str(row.warnings),
        Text(verdict, style="green" if row.ready else "red"),
    )


def _waived(console: Console, report: Report, lang: Lang, glyphs: dict[str, str]) -> None:
    """Waived findings stay visible, each with who accepted it, why and until when."""
    console.print()
    heading = text("report.waived_heading", lang, count=len(report.suppressed))
    console.print(Text(heading, style="bold"))
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for finding in in_order(report.suppressed, lang):
        waiver = finding.suppressed
        assert waiver is not None
        grid.add_row(Text(f"  {glyphs['bullet']} "), _finding_line(finding, lang))
        note = waiver_note(waiver, lang, escape=True, by_chars=80, reason_chars=300)
        grid.add_row(Text(f"  {glyphs['arrow']} "), Text(note, style="dim"))
    console.print(grid)


def _header(console: Console, report: Report, lang: Lang, glyphs: dict[str, str]) -> None:
    h = report.header
    dot = glyphs["dot"]
    for notice in h.notices:  # the edition banner: first, so no reader misses it
        label = text("banner.label", lang)
        console.print(
            Text(f"{label}: ", style="bold yellow") + Text(one_line(say(notice.message, lang), 400))
        )
    pack = f"{h.pack_id} {h.pack_version}"
    if h.sources_until:
        pack += f" {dot} {text('edition.sources_until', lang, date=h.sources_until)}"
    console.print(Text(f"kipp-check {dot} {h.pack_title} ({pack})", style="bold"))
    lines = [
        ("report.file", report.file),
        ("report.title", h.title or "-"),
        ("report.institution", h.institution or "-"),
        ("report.group", say(h.group, lang) or "-"),
        ("report.category", say(h.category, lang) or "-"),
    ]
    for key, value in lines:
        console.print(Text(f"{text(key, lang):<12} ") + Text(one_line(value)))
    deadline = say(h.deadline_local, lang)
    if h.days_left is not None:
        left_key = "report.days_left" if h.days_left >= 0 else "report.days_over"
        deadline += f" {dot} {text(left_key, lang, days=abs(h.days_left), today=h.today)}"
    elif not say(h.deadline_local, lang):
        deadline = text("report.window_not_announced", lang, today=h.today)
    console.print(Text(f"{text('report.deadline', lang):<12} {deadline}"))
    console.print()


def _table(report: Report, lang: Lang, glyphs: dict[str, str]) -> Table:
    rule_box = box.ASCII if glyphs is _ASCII else box.SIMPLE_HEAD
    table = Table(box=rule_box, show_edge=False, pad_edge=False)
    table.add_column(text("report.col.criterion", lang), overflow="fold")
    table.add_column(text("report.col.weight", lang), justify="right")
    table.add_column(text("report.col.status", lang))
    table.add_column(text("report.col.gaps", lang), justify="right")
    table.add_column(text("report.col.detail", lang), overflow="fold")
    for row in report.rows:
        weight = f"{row.weight} %" if row.weight is not None else ""
        status = Text(text(f"status.{row.status}", lang), style=STATUS_STYLE[row.status])
        gaps = str(len(row.findings)) if row.findings else ""
        label = say(row.label, lang) + (glyphs["star"] if row.emphasized else "")
        table.add_row(Text(label), weight, status, gaps, Text(safe(say(row.detail, lang))))
    return table


def _gaps(console: Console, row: Row, lang: Lang, glyphs: dict[str, str]) -> None:
    console.print()
    heading = say(row.label, lang) if row.key != FILE_GROUP else text("criterion.berkas", lang)
    status = text(f"status.{row.status}", lang)
    console.print(Text(heading, style="bold") + Text(f" {glyphs['dash']} {status}"))
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for finding in in_order(row.findings, lang):
        grid.add_row(Text(f"  {glyphs['bullet']} "), _finding_line(finding, lang))
        fix_text = render_fix(finding, lang)
        if fix_text:
            fix = Text(one_line(fix_text, 400), style="dim")
            grid.add_row(Text(f"  {glyphs['arrow']} "), fix)
    console.print(grid)


def _finding_line(finding: Finding, lang: Lang) -> Text:
    severity = text(f"severity.{finding.severity.value}", lang)
    line = Text(safe(finding.where)) + Text("  ")
    line += Text(finding.rule_id, style="bold")
    line += Text(f"  {severity}: ", style=_SEVERITY_STYLE[finding.severity])
    return line + Text(one_line(render_message(finding, lang), 400))


def _verdict(console: Console, report: Report, lang: Lang, glyphs: dict[str, str]) -> None:
    console.print()
    verdict = text("verdict.ready" if report.ready else "verdict.not_ready", lang)
    counts = counts_line(report.counts, lang)
    style = "bold green" if report.ready else "bold red"
    readiness = text("report.readiness", lang, percent=report.readiness)
    summary = f" {glyphs['dash']} {readiness} {glyphs['dot']} {counts}"
    console.print(Text(verdict, style=style) + Text(summary))
    console.print(Text(text("report.disclaimer", lang), style="dim"))
