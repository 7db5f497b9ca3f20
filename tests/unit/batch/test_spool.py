"""A batch's reports go through the spool: the same reports, and no file left behind.

The reference is the batch computed the way it was before the spool: every
proposal checked in memory one by one, then the cross-proposal rules, then
their results added to each report under that proposal's own waivers.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from kipp_check.batch import runner
from kipp_check.batch.runner import run_batch
from kipp_check.batch.spool import ReportSpool, SpooledReports
from kipp_check.errors import CheckCrashedError, UsageError
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.pipeline import run
from kipp_check.pipeline.engine import add_results, check_run
from tests.unit.batch.conftest import COUNT, INVALID, TODAY, WAIVED, batch_options


def _one_by_one(paths: list[Path]) -> list[Report]:
    checked = [run.check_proposal(path, batch_options(path)) for path in paths]
    cross = check_run([c.facts for c in checked])
    return [
        add_results(c.report, results, replace(batch_options(path), waivers=c.waivers))
        for c, results, path in zip(checked, cross, paths, strict=True)
    ]


@pytest.fixture(scope="module")
def reference(small_batch: list[Path]) -> list[Report]:
    return _one_by_one(small_batch)


def _rule_ids(report: Report) -> set[str]:
    return {f.rule_id for f in (*report.findings, *report.suppressed)}


def test_the_reference_batch_has_every_cross_proposal_rule_to_say(
    reference: list[Report],
) -> None:
    """Else the equality below would not show that the cross results join the spooled reports."""
    assert "ADM102" in _rule_ids(reference[0])
    assert "ADM101" in _rule_ids(reference[3])
    assert [f.rule_id for f in reference[WAIVED].suppressed] == ["ADM101"]
    assert not any(r.rule.id == "ADM102" and r.findings for r in reference[INVALID].results)


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "pool"])
def test_spooled_reports_equal_the_reports_checked_one_by_one(
    small_batch: list[Path], reference: list[Report], jobs: int
) -> None:
    with run_batch(small_batch, batch_options, jobs=jobs) as reports:
        assert isinstance(reports, SpooledReports)
        assert len(reports) == COUNT
        assert list(reports) == reference
        assert reports[-1] == reference[-1] and reports[3] == reference[3]
        assert reports[2:5] == tuple(reference[2:5])
        with pytest.raises(IndexError):
            reports[COUNT]


def test_a_report_read_twice_is_the_same(small_batch: list[Path]) -> None:
    with run_batch(small_batch[:3], batch_options, jobs=1) as reports:
        first = list(reports)
        assert list(reports) == first
        assert first[0] is not reports[0]  # read again, not kept


@pytest.fixture
def spool_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the spool's temporary file goes during the test."""
    folder = tmp_path / "spool"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def spools(monkeypatch: pytest.MonkeyPatch) -> list[ReportSpool]:
    """Every spool a run opens."""
    opened: list[ReportSpool] = []

    class Recorded(ReportSpool):
        def __init__(self, count: int) -> None:
            super().__init__(count)
            opened.append(self)

    monkeypatch.setattr(runner, "ReportSpool", Recorded)
    return opened


def test_the_spool_is_gone_after_a_run(
    small_batch: list[Path], spools: list[ReportSpool], spool_dir: Path
) -> None:
    with run_batch(small_batch[:4], batch_options, jobs=1) as reports:
        assert len(spools) == 1 and not spools[0].closed
        if os.name == "posix":  # an anonymous file: no name in its folder even while in use
            assert list(spool_dir.iterdir()) == []
        assert reports[0].file == str(small_batch[0])
    assert spools[0].closed
    assert list(spool_dir.iterdir()) == []
    with pytest.raises(ValueError):
        reports[0]


def test_the_spool_is_gone_after_an_interrupt_while_writing(
    small_batch: list[Path], spools: list[ReportSpool], spool_dir: Path
) -> None:
    with (
        pytest.raises(KeyboardInterrupt),
        run_batch(small_batch[:2], batch_options, jobs=1),
    ):
        raise KeyboardInterrupt
    assert [spool.closed for spool in spools] == [True]
    assert list(spool_dir.iterdir()) == []


def test_the_spool_is_gone_after_a_crash_and_the_earliest_crash_is_raised(
    small_batch: list[Path],
    spools: list[ReportSpool],
    spool_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = run.check_proposal
    crashing = {str(small_batch[5]), str(small_batch[9])}

    def check_proposal(path: Path, options: RunOptions) -> run.Checked:
        if str(path) in crashing:
            raise RuntimeError(path)
        return real(path, options)

    monkeypatch.setattr(run, "check_proposal", check_proposal)
    with (
        pytest.raises(CheckCrashedError) as crashed,
        run_batch(small_batch[:12], batch_options, jobs=1),
    ):
        pytest.fail("the batch must not get this far")
    assert crashed.value.path == str(small_batch[5])
    assert [spool.closed for spool in spools] == [True]
    assert list(spool_dir.iterdir()) == []


def test_in_the_pool_the_earliest_failure_wins_whatever_finished_first(
    small_batch: list[Path], spools: list[ReportSpool]
) -> None:
    """Proposals 9 and 20 name a pack that does not exist; 9's error is raised, every time."""
    broken = {small_batch[9]: "tidak-ada-9.yaml", small_batch[20]: "tidak-ada-20.yaml"}

    def options_for(path: Path) -> RunOptions:
        return RunOptions(today=TODAY, pack=broken.get(path))

    for _ in range(2):
        with (
            pytest.raises(UsageError, match=r"tidak-ada-9\.yaml"),
            run_batch(small_batch, options_for, jobs=2),
        ):
            pytest.fail("the batch must not get this far")
    assert [spool.closed for spool in spools] == [True, True]
