"""The engine: rules run in isolation, crashes become findings, invalid proposals skip rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from kipp_check.i18n import Lang
from kipp_check.i18n.render import render_message
from kipp_check.loader.proposal import LoadedProposal, load_proposal
from kipp_check.models.results import Finding, Status
from kipp_check.options import FailOn, Limits, RunOptions
from kipp_check.packs import load_pack
from kipp_check.pipeline.engine import check
from kipp_check.rules import get
from kipp_check.rules.context import CheckContext
from tests.support.checking import TODAY, write_case

OPTIONS = RunOptions(today=TODAY)


def _loaded(tmp_path: Path, yaml_text: str) -> LoadedProposal:
    return load_proposal(write_case(tmp_path, yaml_text), limits=Limits())


def test_a_crashing_rule_becomes_kc003_and_others_still_run(tmp_path: Path) -> None:
    def explode(ctx: CheckContext) -> Iterator[Finding]:
        raise ZeroDivisionError
        yield  # pragma: no cover

    broken = replace(get("ADM005"), func=explode)
    report = check(
        _loaded(tmp_path, "kelompok: umum\n"),
        load_pack("kipp-2025"),
        OPTIONS,
        rules=[broken, get("ADM003")],
    )
    statuses = {r.rule.id: r.status for r in report.results}
    assert statuses == {"ADM005": Status.ERRORED, "ADM003": Status.FAILED}
    crash = [f for f in report.findings if f.rule_id == "KC003"]
    assert len(crash) == 1
    said = render_message(crash[0], Lang.ID)
    assert "ADM005" in said and "ZeroDivisionError" in said


def test_rules_are_skipped_with_a_reason_when_the_file_is_not_a_proposal(tmp_path: Path) -> None:
    report = check(_loaded(tmp_path, "- judul\n- kategori\n"), load_pack("kipp-2025"), OPTIONS)
    assert {r.status for r in report.results} == {Status.SKIPPED}
    assert all(r.reason for r in report.results)
    assert [f.rule_id for f in report.findings] == ["KC005"]  # unreadable as a proposal
    assert not report.ready and report.readiness == 0


def test_an_unknown_key_is_a_finding_and_everything_else_is_checked(tmp_path: Path) -> None:
    report = check(
        _loaded(tmp_path, "kategory: transformasi_digital\nkelompok: umum\n"),
        load_pack("kipp-2025"),
        OPTIONS,
    )
    (unknown,) = [f for f in report.findings if f.rule_id == "KC001"]
    said = render_message(unknown, Lang.ID)
    assert "`kategory` tidak dikenal di tingkat teratas" in said
    assert "`kategori`" in said  # did you mean
    assert Status.SKIPPED not in {r.status for r in report.results}
    assert any(f.rule_id == "ADM005" for f in report.findings)  # the title is still looked for
    assert not report.ready


def test_fail_on_decides_readiness(tmp_path: Path) -> None:
    loaded = _loaded(tmp_path, "kelompok: umum\njudul: SIGAP\n")
    pack = load_pack("kipp-2025")
    only_info = [get("ADM007")]  # bare acronym title: info
    assert check(loaded, pack, OPTIONS, rules=only_info).ready
    strict = replace(OPTIONS, fail_on=FailOn.INFO)
    assert not check(loaded, pack, strict, rules=only_info).ready


def test_findings_are_sorted_by_position(tmp_path: Path) -> None:
    report = check(
        _loaded(tmp_path, "kategori: x\nkelompok: khusus\n"),
        load_pack("kipp-2025"),
        OPTIONS,
        rules=[get("ADM003"), get("ADM002")],
    )
    assert [(f.rule_id, f.span.line if f.span else 0) for f in report.findings] == [
        ("ADM003", 1),
        ("ADM002", 2),
    ]


def test_readiness_weights_aspects(tmp_path: Path) -> None:
    report = check(_loaded(tmp_path, "kelompok: umum\n"), load_pack("kipp-2025"), OPTIONS)
    assert report.readiness == 0
    aspects = [r for r in report.rows if r.key.startswith("aspek:")]
    assert sum(r.weight or 0 for r in aspects) == 100
