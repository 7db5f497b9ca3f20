"""The engine applies the run's policy in one place: selection, severity overrides, waivers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from kipp_check.i18n import Lang
from kipp_check.i18n.render import say
from kipp_check.loader.proposal import load_proposal
from kipp_check.models.criterion import Criterion
from kipp_check.models.results import Finding, Report, Severity, Status
from kipp_check.options import FailOn, Limits, RunOptions
from kipp_check.packs import load_pack
from kipp_check.pipeline.engine import check
from kipp_check.pipeline.policy import RulePolicy
from kipp_check.pipeline.waivers import Waiver
from kipp_check.rules import get
from kipp_check.rules._registry import Rule
from kipp_check.rules.context import CheckContext
from tests.support.checking import TODAY, write_case

BAD_CATEGORY = "kompetisi: kipp-2025\njudul: SIGAP\nkategori: digital\n"


def _report(tmp_path: Path, options: RunOptions, rules: list[Rule] | None = None) -> Report:
    loaded = load_proposal(write_case(tmp_path, BAD_CATEGORY), limits=Limits())
    chosen = rules or [get("ADM003"), get("ADM005")]
    return check(loaded, load_pack("kipp-2025"), options, rules=chosen)


def test_deselected_rule_is_skipped_with_the_reason(tmp_path: Path) -> None:
    options = RunOptions(today=TODAY, policy=RulePolicy(ignore=("ADM003",)))
    report = _report(tmp_path, options)
    results = {r.rule.id: r for r in report.results}
    assert results["ADM003"].status is Status.SKIPPED
    reason = results["ADM003"].reason
    assert reason is not None and "`ADM003`" in say(reason, Lang.ID)
    assert results["ADM005"].status is Status.PASSED
    assert report.ready


def test_severity_override_regrades_the_rule_and_its_findings(tmp_path: Path) -> None:
    policy = RulePolicy(severities=(("ADM", Severity.INFO),))
    report = _report(tmp_path, RunOptions(today=TODAY, policy=policy, fail_on=FailOn.WARNING))
    (finding,) = report.findings
    assert finding.severity is Severity.INFO
    assert report.ready and report.counts["info"] == 1


def _crashes(ctx: CheckContext) -> Iterator[Finding]:
    raise ZeroDivisionError
    yield  # pragma: no cover


def test_severity_override_never_touches_a_crash(tmp_path: Path) -> None:
    crashing = Rule("ADM003", Criterion.ADMIN, Severity.ERROR, _crashes, "")
    policy = RulePolicy(severities=(("ADM", Severity.INFO),))
    report = _report(tmp_path, RunOptions(today=TODAY, policy=policy), rules=[crashing])
    (finding,) = report.findings
    assert (finding.rule_id, finding.severity) == ("KC003", Severity.ERROR)


def test_fully_waived_rule_is_suppressed_and_does_not_count(tmp_path: Path) -> None:
    waiver = Waiver("ADM003", "alasan", "Kabag", dt.date(2025, 6, 1), None, "x:1", inline=False)
    report = _report(tmp_path, RunOptions(today=TODAY, waivers=(waiver,)))
    results = {r.rule.id: r for r in report.results}
    assert results["ADM003"].status is Status.SUPPRESSED
    assert report.ready and not report.findings
    (waived,) = report.suppressed
    assert waived.suppressed is not None and waived.suppressed.by == "Kabag"
    assert all(not row.findings for row in report.rows)
