"""GitHub Actions workflow commands: an annotation per finding, within GitHub's limits.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
(and 50 per job); more are silently dropped. So at most that many are written
per kind, and when findings are left out, one notice says how many and where
to read them all. Waived findings are not annotated.

Proposal text is untrusted: a title such as `::error file=x::all good` must
never become a command. Every line written here starts with a command of our
own; the text inside is escaped as GitHub's toolkit does (`%`, CR and LF in
the message; also `:` and `,` in properties), so nothing from the proposal can
end the command or start a line. A terminal report printed in the same log
is wrapped in `::stop-commands::`, whose token is derived from the report
itself and so cannot be guessed by text inside it. Values inside a command
are made inert for the other CIs too (`safe_text.neutralise`: `##vso[`, `##[`,
GitLab sections).
"""

from __future__ import annotations

import hashlib
from collections import Counter

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, rule_title, say
from kipp_check.models.results import BatchReport, Finding, Report, Severity
from kipp_check.reporters import RenderSettings, repo_path
from kipp_check.reporters.safe_text import neutralise, safe

PER_KIND = 10
"""Annotations of one kind GitHub shows per step."""
_KIND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """The annotations of every proposal's active findings, capped, then the summary notice."""
    lang = settings.lang
    totals: Counter[str] = Counter()
    first: list[tuple[str, str]] = []  # each kind's first PER_KIND annotations, in finding order
    for report in run.reports:  # one pass, a report at a time: a batch's are read from disk
        for notice in report.header.notices:  # the edition banner, before the findings
            totals["notice"] += 1
            if totals["notice"] <= PER_KIND:
                first.append(("notice", _banner(report, say(notice.message, lang), lang)))
        for finding in in_order(report.findings, lang):
            kind = _KIND[finding.severity]
            totals[kind] += 1
            if totals[kind] <= PER_KIND:
                first.append((kind, _annotation(kind, report, finding, lang)))
    overflow = any(count > PER_KIND for count in totals.values())
    caps = dict.fromkeys(_KIND.values(), PER_KIND)
    if overflow:
        caps["notice"] -= 1  # the summary notice takes the last notice slot
    shown: Counter[str] = Counter()
    lines: list[str] = []
    for kind, annotation in first:
        if shown[kind] < caps[kind]:
            shown[kind] += 1
            lines.append(annotation)
    left = {kind: totals[kind] - shown[kind] for kind in _KIND.values()}
    if any(left.values()):
        summary = text(
            "github.more",
            lang,
            count=sum(left.values()),
            errors=left["error"],
            warnings=left["warning"],
            infos=left["notice"],
        )
        lines.append(f"::notice title={_property('kipp-check')}::{_data(summary)}")
    return "".join(f"{line}\n" for line in lines)


def _banner(report: Report, message: str, lang: Lang) -> str:
    """An edition banner line as a notice on the proposal file."""
    title = f"kipp-check: {text('banner.label', lang)}"
    properties = f"file={_property(repo_path(report.file))},title={_property(title)}"
    return f"::notice {properties}::{_data(safe(message))}"


def _annotation(kind: str, report: Report, finding: Finding, lang: Lang) -> str:
    properties = [f"file={_property(repo_path(finding.file))}"]
    if finding.span is not None:
        properties += [f"line={finding.span.line}", f"col={finding.span.column}"]
    titles = {result.rule.id: rule_title(result.rule.id, lang) for result in report.results}
    title = f"{finding.rule_id} {titles.get(finding.rule_id, '')}".strip()
    properties.append(f"title={_property(title)}")
    message = safe(render_message(finding, lang))
    fix_text = render_fix(finding, lang)
    if fix_text:
        message += f"\n{text('github.fix', lang)}: {safe(fix_text)}"
    return f"::{kind} {','.join(properties)}::{_data(message)}"


def _data(value: str) -> str:
    """A command's message, escaped as GitHub's toolkit does (`escapeData`).

    Azure (`##vso[`) and GitLab act on text anywhere in a line, so the value
    is made inert for them as well (`neutralise`).
    """
    value = neutralise(value)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    """A command's property value, escaped as GitHub's toolkit does (`escapeProperty`)."""
    return _data(safe(value)).replace(":", "%3A").replace(",", "%2C")


def shield_commands(report_text: str) -> str:
    """`report_text` with workflow commands switched off around it (`::stop-commands::`).

    The token is a hash of the text it guards: the text cannot contain its own
    hash, so nothing inside can switch the commands back on.
    """
    token = hashlib.sha256(report_text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    body = report_text if report_text.endswith("\n") else report_text + "\n"
    return f"::stop-commands::{token}\n{body}::{token}::\n"
