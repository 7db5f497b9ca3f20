"""The main process's budget (issue 12): a proposal past its CPU time or memory is a finding."""

from __future__ import annotations

import datetime as dt
import resource
from pathlib import Path

import pytest

from kipp_check.options import RunOptions
from kipp_check.pipeline import budget, run
from tests.support.cli import ROOT

EXAMPLE = ROOT / "examples" / "siap" / "proposal.yaml"


def _spin(path: Path, options: RunOptions) -> run.Checked:
    while True:  # a check that never ends by itself
        pass


def _grow(path: Path, options: RunOptions) -> run.Checked:
    raise MemoryError


@pytest.mark.timeout(30)
def test_a_proposal_past_its_cpu_time_gets_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "PROPOSAL_CPU_SECONDS", 0.3)
    monkeypatch.setattr(run, "check_proposal", _spin)
    checked = run.check_one(str(EXAMPLE), RunOptions(today=dt.date(2025, 5, 20)))
    keys = [(f.rule_id, f.message_key) for f in checked.report.findings]
    assert keys == [("KC004", "budget.time")]
    assert not checked.report.ready


def test_a_proposal_out_of_memory_gets_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "check_proposal", _grow)
    checked = run.check_one(str(EXAMPLE), RunOptions(today=dt.date(2025, 5, 20)))
    assert [f.message_key for f in checked.report.findings] == ["budget.memory"]


def test_the_memory_cap_only_lowers_the_soft_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    try:
        budget.cap_memory(8 * 1024**3)
        new_soft, new_hard = resource.getrlimit(resource.RLIMIT_AS)
        assert new_hard == hard
        assert new_soft <= 8 * 1024**3 and (soft == resource.RLIM_INFINITY or new_soft <= soft)
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
