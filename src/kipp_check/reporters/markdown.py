"""Markdown, for a pull-request comment or the GitHub step summary (`$GITHUB_STEP_SUMMARY`).

The verdict first, then (for several proposals) the overview table, then per
proposal its criteria table and its findings with line, rule and fix; waived
findings in a folded `<details>` block. Proposal text is escaped so it cannot
add links, images, HTML or @-mentions. GitHub accepts at most 1 MiB per step
summary, so the details stop before that size, with a note saying so.
"""

from __future__ import annotations

import html
import re

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, say
from kipp_check.models.results import BatchReport, Finding, Report
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.safe_text import one_line
from kipp_check.reporters.summary import (
    COLUMNS,
    counts_line,
    days_left_cell,
    run_verdict,
    summary_rows,
    waiver_note,
)

BUDGET = 1_000_000
"""Bytes the summary may take (GitHub's step summary limit is 1 MiB)."""
_SPECIAL = re.compile(r"([\\`*_\[\]|~!])")
"""Inline Markdown punctuation; our text never starts a line, so `#`, `-`, `+` are inert."""
_ICON = {"ready": "✅", "advice": "💡", "needs_work": "⚠️", "missing": "❌", "not_checked": "➖"}


def md(value: str, limit: int = 400) -> str:
    """Untrusted text as inert Markdown on one line: no links, images, HTML or mentions."""
    flat = html.escape(one_line(value, limit), quote=False).replace("@", "&#64;")
    return _SPECIAL.sub(r"\\\1", flat)


def html_text(value: str, limit: int = 400) -> str:
    """Untrusted text for inside an HTML element (`<summary>`), where Markdown is not read."""
    flat = html.escape(one_line(value, limit), quote=False)
    return flat.replace("@", "&#64;").replace("[", "&#91;").replace("]", "&#93;")


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """The whole run as one Markdown document."""
    lang = settings.lang
    icon = "✅" if run.ready else "❌"
    head = [f"## {icon} kipp-check: {md(run_verdict(run, lang), 1000)}", ""]
    banner = _banner(run, lang)
    if banner:
        head += [*banner, ""]
    several = len(run.reports) > 1
    if several:
        head += [*_overview(run, lang), ""]
    out = "\n".join(head) + "\n"
    for number, report in enumerate(run.reports, start=1):
        section = _proposal(report, number, lang, folded=several)
        if len((out + section).encode("utf-8")) > BUDGET:
            left = len(run.reports) - number + 1
            out += f"\n> {md(text('markdown.truncated', lang, count=left), 500)}\n"
            break
        out += section
    out += f"\n_{md(text('report.disclaimer', lang), 500)}_\n"
    return out


def _banner(run: BatchReport, lang: Lang) -> list[str]:
    """The edition notes of the run, each once, as a quoted paragraph at the top."""
    label = md(text("banner.label", lang))
    seen: dict[str, None] = {}
    for report in run.reports:
        for notice in report.header.notices:
            seen.setdefault(say(notice.message, lang))
    return [f"> ⚠️ **{label}:** {md(message, 1000)}  " for message in seen]


def _overview(run: BatchReport, lang: Lang) -> list[str]:
    header = [text(key, lang) for key in COLUMNS]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for row in summary_rows(run, lang):
        status = text("status.ready" if row.ready else "summary.not_ready", lang)
        cells = [
            str(row.number),
            md(row.title or "-", 120),
            md(row.institution or "-", 80),
            md(row.group or "-", 40),
            md(row.category or "-", 60),
            md(days_left_cell(row.days_left, lang)),
            f"{row.readiness} %",
            str(row.errors),
            str(row.warnings),
            ("✅ " if row.ready else "❌ ") + status,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _proposal(report: Report, number: int, lang: Lang, *, folded: bool) -> str:
    verdict = text("verdict.ready" if report.ready else "verdict.not_ready", lang)
    escape = html_text if folded else md  # a folded heading is HTML, an open one Markdown
    title = escape(report.header.title or report.file, 200)
    heading = f"{number}. {'✅' if report.ready else '❌'} {title} ({escape(report.file)})"
    counts = counts_line(report.counts, lang)
    readiness = text("report.readiness", lang, percent=report.readiness)
    body = [f"**{md(verdict)}**: {md(readiness)}, {md(counts)}", "", *_criteria(report, lang)]
    gaps = [_finding(f, lang) for f in in_order(report.findings, lang)]
    if gaps:
        body += ["", *gaps]
    if report.suppressed:
        summary = html_text(text("report.waived_heading", lang, count=len(report.suppressed)))
        waived = [_finding(f, lang) for f in in_order(report.suppressed, lang)]
        body += ["", f"<details><summary>{summary}</summary>", "", *waived, "", "</details>"]
    if folded:
        return f"\n<details><summary>{heading}</summary>\n\n" + "\n".join(body) + "\n\n</details>\n"
    return f"\n### {heading}\n\n" + "\n".join(body) + "\n"


def _criteria(report: Report, lang: Lang) -> list[str]:
    columns = ("report.col.criterion", "report.col.weight", "report.col.status", "report.col.gaps")
    lines = ["| " + " | ".join(text(c, lang) for c in columns) + " |", "|---|---:|---|---:|"]
    for row in report.rows:
        weight = f"{row.weight} %" if row.weight is not None else ""
        status = f"{_ICON[row.status]} {text(f'status.{row.status}', lang)}"
        gaps = str(len(row.findings)) if row.findings else ""
        lines.append(f"| {md(say(row.label, lang), 120)} | {weight} | {status} | {gaps} |")
    return lines


def _finding(finding: Finding, lang: Lang) -> str:
    severity = text(f"severity.{finding.severity.value}", lang)
    message, fix = render_message(finding, lang), render_fix(finding, lang)
    line = f"- **{finding.rule_id}** {md(severity)}: {md(message)} ({md(finding.where)})"
    if fix:
        line += f"  \n  → {md(fix)}"
    if finding.suppressed is not None:
        line += f"  \n  ↳ {md(waiver_note(finding.suppressed, lang))}"
    return line
