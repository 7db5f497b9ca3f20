"""One proposal's section of the HTML report: what the terminal report says, as a page.

Verdict first (a head of department reads that and stops), then the facts,
the criteria table, every gap with its location and fix, and the waived
findings with who accepted them. Statuses and severities are words with an
icon beside them, so the page reads the same in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, say
from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.results import Finding, Report, Row, Severity
from kipp_check.reporters.html.markup import Markup, join, line, prose, tag
from kipp_check.reporters.html.overview import OVERVIEW_ID, section_id
from kipp_check.reporters.summary import counts_line, waiver_note

STATUS_ICON = {"ready": "✓", "advice": "i", "needs_work": "!", "missing": "✗", "not_checked": "–"}
SEVERITY_ICON = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}


def proposal_section(report: Report, number: int, total: int, lang: Lang) -> Markup:
    """The section of proposal `number` of `total`; a link back when there is an overview."""
    anchor = section_id(number)
    title = report.header.title or report.file
    parts = [tag("h2", line(title, 300), id=f"{anchor}-judul")]
    if total > 1:
        place = text("html.proposal_number", lang, number=number, total=total)
        parts.append(tag("p", place, class_="file"))
    parts += [
        tag(
            "p",
            tag("strong", f"{text('banner.label', lang)}: "),
            line(say(n.message, lang), 400),
            class_="notice",
            role="note",
        )
        for n in report.header.notices
    ]
    parts += [
        verdict_line(report, lang),
        _facts(report, lang),
        _criteria(report, lang),
        _gaps(report, lang),
    ]
    if report.suppressed:
        parts.append(_waived(report, lang))
    if total > 1:
        back = tag("a", text("html.back_to_overview", lang), href=f"#{OVERVIEW_ID}")
        parts.append(tag("p", back, class_="back"))
    return tag(
        "section", join(parts), id=anchor, class_="proposal", aria_labelledby=f"{anchor}-judul"
    )


def verdict_line(report: Report, lang: Lang) -> Markup:
    """`✗ BELUM SIAP — kesiapan 60 % · 4 galat, 11 peringatan, 3 saran`."""
    verdict = text("verdict.ready" if report.ready else "verdict.not_ready", lang)
    counts = counts_line(report.counts, lang)
    readiness = text("report.readiness", lang, percent=report.readiness)
    icon = tag("span", "✓ " if report.ready else "✗ ", aria_hidden="true")
    detail = tag("span", f" — {readiness} · {counts}", class_="counts")
    kind = "ready" if report.ready else "not-ready"
    return tag("p", icon, verdict, detail, class_=f"verdict {kind}")


def _facts(report: Report, lang: Lang) -> Markup:
    h = report.header
    facts: list[tuple[str, Markup]] = [
        (text("report.file", lang), tag("code", line(report.file, 500))),
        (text("report.title", lang), line(h.title or "-", 500)),
        (text("report.institution", lang), line(h.institution or "-", 300)),
        (text("report.group", lang), line(say(h.group, lang) or "-", 100)),
        (text("report.category", lang), line(say(h.category, lang) or "-", 200)),
        (text("report.deadline", lang), line(_deadline(report, lang), 300)),
        (text("html.pack", lang), line(_pack(report, lang), 300)),
    ]
    items = [join([tag("dt", label), tag("dd", value)], "") for label, value in facts]
    return tag("dl", join(items), class_="facts")


def _pack(report: Report, lang: Lang) -> str:
    h = report.header
    shown = f"{h.pack_id} {h.pack_version}"
    if h.sources_until:
        shown += f" · {text('edition.sources_until', lang, date=h.sources_until)}"
    return f"{h.pack_title} ({shown})"


def _deadline(report: Report, lang: Lang) -> str:
    h = report.header
    if h.days_left is None:
        return say(h.deadline_local, lang) or text(
            "report.window_not_announced", lang, today=h.today
        )
    key = "report.days_left" if h.days_left >= 0 else "report.days_over"
    left = text(key, lang, days=abs(h.days_left), today=h.today)
    return f"{say(h.deadline_local, lang)} · {left}" if say(h.deadline_local, lang) else left


def _criteria(report: Report, lang: Lang) -> Markup:
    columns = [
        ("report.col.criterion", None),
        ("report.col.weight", "num"),
        ("report.col.status", None),
        ("report.col.gaps", "num"),
        ("report.col.detail", None),
    ]
    head = join([tag("th", text(key, lang), scope="col", class_=kind) for key, kind in columns])
    rows = [_criterion_row(row, lang) for row in report.rows]
    return tag(
        "table",
        tag("caption", text("html.criteria_caption", lang)),
        tag("thead", tag("tr", head)),
        tag("tbody", join(rows)),
        class_="criteria",
    )


def _criterion_row(row: Row, lang: Lang) -> Markup:
    label: list[Markup] = [line(say(row.label, lang), 300)]
    if row.emphasized:
        label.append(tag("span", " ★", aria_hidden="true"))
        label.append(tag("span", f" ({text('report.emphasized', lang)})", class_="file"))
    cells = [
        tag("th", join(label, ""), scope="row"),
        tag(
            "td",
            f"{row.weight} %" if row.weight is not None else "",
            class_="num",
            data_label=text("report.col.weight", lang),
        ),
        tag(
            "td",
            status_word(row.status, lang),
            class_=f"status status-{row.status}",
            data_label=text("report.col.status", lang),
        ),
        tag(
            "td",
            len(row.findings) if row.findings else "",
            class_="num",
            data_label=text("report.col.gaps", lang),
        ),
        tag("td", prose(say(row.detail, lang), 500), data_label=text("report.col.detail", lang)),
    ]
    return tag("tr", join(cells, ""))


def status_word(status: str, lang: Lang) -> Markup:
    """A row's status as an icon (hidden from screen readers) and a word."""
    icon = tag("span", STATUS_ICON[status], aria_hidden="true")
    return join([icon, tag("span", text(f"status.{status}", lang))], " ")


def _gaps(report: Report, lang: Lang) -> Markup:
    parts = [tag("h3", text("html.gaps_heading", lang))]
    rows = [row for row in report.rows if row.findings]
    if not rows:
        parts.append(tag("p", text("html.no_gaps", lang)))
    for row in rows:
        heading = say(row.label, lang) if row.key != FILE_GROUP else text("criterion.berkas", lang)
        status = text(f"status.{row.status}", lang)
        parts.append(tag("h4", line(f"{heading} — {status}", 400)))
        parts.append(_finding_list(in_order(row.findings, lang), lang))
    return join(parts)


def _waived(report: Report, lang: Lang) -> Markup:
    heading = tag("h3", text("report.waived_heading", lang, count=len(report.suppressed)))
    return join([heading, _finding_list(in_order(report.suppressed, lang), lang)])


def _finding_list(findings: Sequence[Finding], lang: Lang) -> Markup:
    """A criterion's findings, errors first, then warnings, then notes (stable within each)."""
    ordered = sorted(findings, key=lambda finding: -finding.severity.rank)
    return tag("ul", join([_finding(f, lang) for f in ordered]), class_="findings")


def _finding(finding: Finding, lang: Lang) -> Markup:
    where = finding.where
    severity = finding.severity
    badge = tag(
        "span",
        tag("span", SEVERITY_ICON[severity] + " ", aria_hidden="true"),
        text(f"severity.{severity.value}", lang),
        class_="sev",
    )
    rule = tag("code", finding.rule_id, title=text("html.rule", lang))
    location = tag("code", line(where, 500), class_="where", title=text("html.location", lang))
    parts = [
        tag("p", join([badge, rule, location], " · ")),
        tag("p", prose(render_message(finding, lang), 4000), class_="message"),
    ]
    fix_text = render_fix(finding, lang)
    if fix_text:
        fix = join(
            [tag("strong", f"{text('html.fix', lang)}:"), prose(fix_text, 4000)],
            " ",
        )
        parts.append(tag("p", fix, class_="fix"))
    if finding.suppressed is not None:
        parts.append(_waiver_note(finding, lang))
    return tag("li", join(parts), class_=f"finding sev-{severity.value}")


def _waiver_note(finding: Finding, lang: Lang) -> Markup:
    waiver = finding.suppressed
    assert waiver is not None
    note = waiver_note(waiver, lang)
    label = tag("strong", f"{text('html.waiver', lang)}:")
    return tag("p", join([label, line(note, 2000)], " "), class_="waiver")
