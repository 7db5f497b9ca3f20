"""The overview of a run over several proposals: one row per proposal, and the run's verdict.

Shared by the terminal and Markdown reports, so both show the same columns in
the same order: title, institution, group, category, days left, readiness,
errors, warnings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import say
from kipp_check.models.results import BatchReport, Report, Suppression
from kipp_check.reporters.safe_text import one_line, safe

COLUMNS = (
    "summary.col.number",
    "report.title",
    "report.institution",
    "report.group",
    "report.category",
    "summary.col.days_left",
    "summary.col.readiness",
    "summary.col.errors",
    "summary.col.warnings",
    "summary.col.status",
)


@dataclass(frozen=True)
class SummaryRow:
    """One proposal in the overview."""

    number: int
    file: str
    title: str
    institution: str
    group: str
    category: str
    days_left: int | None
    readiness: int
    errors: int
    warnings: int
    ready: bool


def summary_rows(run: BatchReport, lang: Lang) -> list[SummaryRow]:
    """The overview's rows, in the run's order."""
    return list(each_summary_row(run, lang))


def each_summary_row(run: BatchReport, lang: Lang) -> Iterator[SummaryRow]:
    """The overview's rows one by one, each made as its report is read."""
    for number, report in enumerate(run.reports, start=1):
        yield _row(number, report, lang)


def _row(number: int, report: Report, lang: Lang) -> SummaryRow:
    h = report.header
    return SummaryRow(
        number=number,
        file=report.file,
        title=h.title,
        institution=h.institution,
        group=say(h.group, lang),
        category=say(h.category, lang),
        days_left=h.days_left,
        readiness=report.readiness,
        errors=report.counts.get("error", 0),
        warnings=report.counts.get("warning", 0),
        ready=report.ready,
    )


def counts_line(counts: Mapping[str, int], lang: Lang) -> str:
    """`4 galat, 11 peringatan, 3 saran` from counts by severity (`error`, `warning`, `info`)."""
    return text(
        "report.counts",
        lang,
        errors=counts.get("error", 0),
        warnings=counts.get("warning", 0),
        infos=counts.get("info", 0),
    )


def waiver_note(
    waiver: Suppression,
    lang: Lang,
    *,
    escape: bool = False,
    by_chars: int | None = None,
    reason_chars: int | None = None,
) -> str:
    """`waived until … by …: reason (origin)`, the one wording of a waiver in every format.

    Formats that make the whole note safe afterwards (Markdown, HTML) pass the
    fields raw; the others ask for `escape` and, where a screen or CI log has
    little room for what the waiver's author wrote, cut `by` and `reason` to
    one line of at most `by_chars` / `reason_chars` characters.
    """

    def field(value: str, limit: int | None) -> str:
        if limit is not None:
            return one_line(value, limit)
        return safe(value) if escape else value

    return text(
        "report.waived_by",
        lang,
        until=waiver.until,
        by=field(waiver.by, by_chars),
        reason=field(waiver.reason, reason_chars),
        origin=field(waiver.origin, None),
    )


def run_verdict(run: BatchReport, lang: Lang) -> str:
    """`3 of 5 proposals ready; 12 errors, 4 warnings, 2 notes`, plus the warning budget if over."""
    totals = run.totals
    line = text(
        "summary.verdict",
        lang,
        ready=totals["ready"],
        total=len(run.reports),
        counts=counts_line(totals, lang),
    )
    waived = totals["suppressed"]
    if waived:
        line += "; " + text("summary.waived", lang, count=waived)
    if run.too_many_warnings:
        line += ". " + text(
            "summary.too_many_warnings", lang, warnings=run.warnings, limit=run.max_warnings
        )
    return line


def days_left_cell(days: int | None, lang: Lang) -> str:
    """Days left as a short cell: `14`, or `lewat 3` once the deadline has passed."""
    if days is None:
        return "-"
    return str(days) if days >= 0 else text("summary.days_over", lang, days=-days)
