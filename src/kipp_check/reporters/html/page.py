"""The HTML report (`--format html`): one self-contained page a coordinator can share.

One file for one proposal or a whole run: for several proposals an overview
(sortable and filterable in the browser), then one section per proposal with
the same criteria, gaps, locations and fixes as the terminal report. The page
loads nothing (style and script are inline and pinned by a Content-Security-
Policy), so it opens the same from a shared drive, an e-mail attachment or a
printout; it carries no timestamp, so the same run gives the same bytes.

Every value from a proposal or a PDF goes through `reporters.html.markup`, which escapes
it; see that module for why markup is a type.
"""

from __future__ import annotations

from kipp_check import __version__
from kipp_check.i18n import Lang, text
from kipp_check.models.results import BatchReport
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.html.assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE
from kipp_check.reporters.html.markup import Markup, join, line, tag
from kipp_check.reporters.html.overview import overview
from kipp_check.reporters.html.proposal import proposal_section
from kipp_check.reporters.summary import run_verdict


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """The whole run as one HTML document (UTF-8 text, ending in a newline)."""
    lang = settings.lang
    body = join([_header(run, lang), _main(run, lang), _footer(lang), _script()])
    page = join([Markup(""), _head(run, lang), tag("body", body), Markup("")])
    return f"<!DOCTYPE html>\n{tag('html', page, lang=lang.value)}\n"


def _head(run: BatchReport, lang: Lang) -> Markup:
    if len(run.reports) == 1:
        first = run.reports[0]
        subject = first.header.title or first.file
    else:
        subject = text("html.doc_title_batch", lang, count=len(run.reports))
    parts = [
        tag("meta", charset="utf-8"),
        tag("meta", name="viewport", content="width=device-width, initial-scale=1"),
        tag("meta", http_equiv="Content-Security-Policy", content=CONTENT_SECURITY_POLICY),
        tag("meta", name="referrer", content="no-referrer"),
        tag("meta", name="generator", content=f"kipp-check {__version__}"),
        tag("title", line(text("html.doc_title", lang, subject=subject), 300)),
        Markup(f"<style>{STYLE}</style>"),
    ]
    return tag("head", join([Markup(""), *parts, Markup("")]))


def _header(run: BatchReport, lang: Lang) -> Markup:
    parts = [tag("h1", text("html.heading", lang))]
    if run.reports:
        today = run.reports[0].header.today
        parts.append(tag("p", text("html.checked_on", lang, today=today, version=__version__)))
    if len(run.reports) > 1:
        kind = "ready" if run.ready else "not-ready"
        icon = tag("span", "✓ " if run.ready else "✗ ", aria_hidden="true")
        parts.append(tag("p", icon, run_verdict(run, lang), class_=f"verdict {kind}"))
    parts.append(tag("p", text("report.disclaimer", lang), class_="disclaimer"))
    return tag("header", join(parts))


def _main(run: BatchReport, lang: Lang) -> Markup:
    if not run.reports:
        return tag("main", tag("p", text("html.no_proposals", lang)))
    total = len(run.reports)
    parts = [overview(run, lang)] if total > 1 else []
    parts += [
        proposal_section(report, number, total, lang)
        for number, report in enumerate(run.reports, start=1)
    ]
    return tag("main", join(parts))


def _footer(lang: Lang) -> Markup:
    return tag("footer", tag("p", text("html.made_by", lang, version=__version__)))


def _script() -> Markup:
    """Our one script; its bytes are pinned by the CSP hash, so it is emitted verbatim."""
    return Markup(f"<script>{SCRIPT}</script>")
