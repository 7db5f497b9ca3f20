"""JUnit XML, for CI test-report views (GitLab, Jenkins, Azure, GitHub test reporters).

One `testsuite` per proposal, one `testcase` per rule, plus one for the
proposal file itself (syntax, schema, waiver comments). A rule whose findings
would fail the run (`--fail-on`) is a failed test with one `<failure>` per
finding; its milder findings are listed in `<system-out>` and do not fail it.
A rule that did not run (not selected, or the proposal did not validate) is
skipped with the reason; a rule whose findings are all waived is skipped with
the waivers' reasons; a rule that crashed is an error. The counts on every
element are those of its test cases, so the file parses back to the same
totals. No timestamps or durations: the same input gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, rule_title, say
from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.reserved import RULE_CRASHED
from kipp_check.models.results import BatchReport, Finding, Report, RuleResult, Status
from kipp_check.options import FailOn
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.safe_text import one_line, safe
from kipp_check.reporters.summary import waiver_note

_COUNTS = ("tests", "failures", "errors", "skipped")


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """Every proposal as a test suite, under one `testsuites` element."""
    gate = FailOn(run.fail_on)
    root = ET.Element("testsuites", name="kipp-check")
    for report in run.reports:
        root.append(_suite(report, gate, settings.lang))
    _total(root, list(root))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(report: Report, gate: FailOn, lang: Lang) -> ET.Element:
    suite = ET.Element("testsuite", name=safe(report.file))
    properties = ET.SubElement(suite, "properties")
    pairs = [("title", report.header.title), ("pack", report.header.pack_id)]
    pairs += [
        (f"notice.{n.kind}", say(n.message, lang)) for n in report.header.notices
    ]  # the banner
    for name, value in pairs:
        ET.SubElement(properties, "property", name=name, value=one_line(value, 1000))
    by_rule = {r.rule.id for r in report.results}
    own = [f for f in in_order(report.every_finding(), lang) if f.rule_id not in by_rule]
    suite.append(_file_case(report, own, gate, lang))
    for result in report.results:
        suite.append(_rule_case(report, result, gate, lang))
    _total(suite, list(suite.iter("testcase")))
    return suite


def _file_case(report: Report, findings: list[Finding], gate: FailOn, lang: Lang) -> ET.Element:
    case = ET.Element(
        "testcase", classname=FILE_GROUP, name=text("junit.file_case", lang), file=safe(report.file)
    )
    _findings(case, findings, gate, lang)
    return case


def _rule_case(report: Report, result: RuleResult, gate: FailOn, lang: Lang) -> ET.Element:
    name = f"{result.rule.id} {one_line(rule_title(result.rule.id, lang))}"
    case = ET.Element(
        "testcase", classname=result.rule.criterion, name=name, file=safe(report.file)
    )
    if result.status is Status.SKIPPED:
        ET.SubElement(case, "skipped", message=one_line(say(result.reason or "", lang), 500))
    elif result.status is Status.ERRORED:
        crash = result.findings[0] if result.findings else None
        message = one_line(render_message(crash, lang), 500) if crash else result.rule.id
        ET.SubElement(case, "error", message=message, type=RULE_CRASHED)
    else:
        _findings(case, list(result.findings), gate, lang)
    return case


def _findings(case: ET.Element, findings: Sequence[Finding], gate: FailOn, lang: Lang) -> None:
    """Failures for findings that fail the run, the rest as output, waivers as a skip."""
    active = [f for f in findings if f.suppressed is None]
    failing = [f for f in active if gate.trips(f.severity)]
    for finding in failing:
        failure = ET.SubElement(
            case,
            "failure",
            message=one_line(render_message(finding, lang), 500),
            type=finding.severity.value,
        )
        failure.text = _detail(finding, lang)
    waived = [f for f in findings if f.suppressed is not None]
    if waived and not failing:
        reasons = "; ".join(sorted({_waiver(f, lang) for f in waived}))
        ET.SubElement(case, "skipped", message=one_line(reasons, 1000))
    quiet = [f for f in active if not gate.trips(f.severity)]
    if quiet:
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join(_detail(f, lang) for f in quiet)


def _detail(finding: Finding, lang: Lang) -> str:
    severity = text(f"severity.{finding.severity.value}", lang)
    message, fix = render_message(finding, lang), render_fix(finding, lang)
    line = f"{safe(finding.where)}  {finding.rule_id}  {severity}: {one_line(message, 1000)}"
    return line + (f"\n  -> {one_line(fix, 1000)}" if fix else "")


def _waiver(finding: Finding, lang: Lang) -> str:
    waiver = finding.suppressed
    assert waiver is not None
    return waiver_note(waiver, lang, escape=True, by_chars=200, reason_chars=500)


def _total(element: ET.Element, children: list[ET.Element]) -> None:
    """Set the four counts of `element` from its test cases (or its suites' counts)."""
    if element.tag == "testsuites":
        for name in _COUNTS:
            element.set(name, str(sum(int(child.get(name, "0")) for child in children)))
        return
    element.set("tests", str(len(children)))
    element.set("failures", str(sum(1 for c in children if c.find("failure") is not None)))
    element.set("errors", str(sum(1 for c in children if c.find("error") is not None)))
    element.set("skipped", str(sum(1 for c in children if c.find("skipped") is not None)))
