"""A batch's memory does not grow with its proposals: counted in objects, never in bytes or time.

While the reporters write a batch of thirty, at most a few reports are alive
at any moment (each is read from the spool when a reporter reaches it), and
while the batch is checked, each proposal's result is let go once it is in
the spool. Objects are counted with weak references: CPython frees an object
as soon as nothing refers to it, so the counts are exact and repeatable.
"""

from __future__ import annotations

import json
import sys
import weakref
from collections.abc import Sequence
from pathlib import Path

import pytest

from kipp_check.batch import runner, spool
from kipp_check.batch.runner import Keep, Packed, Progress, Task, run_batch
from kipp_check.cli import main
from kipp_check.models.results import Report
from tests.unit.batch.conftest import COUNT, batch_options

MOST_ALIVE = 3
"""The report a loop has just left, the one it is on, and the one being read.

(A loop variable keeps its last report until the next one is read.)
"""


class Census:
    """The most reports read from the spool that were alive at once."""

    def __init__(self) -> None:
        self.alive: dict[int, weakref.ref[Report]] = {}  # by id: a report is not hashable
        self.reads = 0
        self.most = 0

    def seen(self, report: Report) -> None:
        key = id(report)
        self.alive[key] = weakref.ref(report, lambda _: self.alive.pop(key, None))
        self.reads += 1
        self.most = max(self.most, len(self.alive))


@pytest.fixture
def census(monkeypatch: pytest.MonkeyPatch) -> Census:
    """Counts every report read from the spool, the runner's own reading included."""
    counted = Census()
    real = spool.ReportSpool.load

    def load(self: spool.ReportSpool, number: int) -> Report:
        report = real(self, number)
        counted.seen(report)
        return report

    monkeypatch.setattr(spool.ReportSpool, "load", load)
    return counted


def _check(monkeypatch: pytest.MonkeyPatch, folder: Path, *args: str) -> int:
    argv = ["kipp-check", str(folder), "--today", "2025-05-20", "--jobs", "1", *args]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as done:
        main()
    return int(str(done.value.code))


EVERY_FORMAT = ("json", "sarif", "junit", "markdown", "github", "gitlab", "html")


@pytest.mark.parametrize(
    "formats",
    [(), ("json",), EVERY_FORMAT],
    ids=["terminal", "json-file", "every-format"],
)
def test_reporters_hold_a_few_reports_at_a_time(
    small_batch: list[Path],
    census: Census,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    formats: Sequence[str],
) -> None:
    args = [a for f in formats for a in ("--format", f, "--output", str(tmp_path / f"out.{f}"))]
    if formats:
        args += ["--format", "terminal"]  # and the terminal report on standard output too
    code = _check(monkeypatch, small_batch[0].parent.parent, *args)
    out = capsys.readouterr().out
    assert code == 1  # the batch has an invalid proposal
    assert f"[{COUNT}/{COUNT}]" in out  # every proposal's section was written
    if "json" in formats:
        written = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        assert len(written["proposals"]) == COUNT
    assert census.reads >= 3 * COUNT  # made final, then read by the overview and the details
    assert census.most <= MOST_ALIVE


def test_a_kept_batch_would_be_counted(census: Census, small_batch: list[Path]) -> None:
    """The census sees reports that are kept: the bound above is not vacuous."""
    with run_batch(small_batch, batch_options, jobs=1) as reports:
        kept = list(reports)
    assert len(kept) == COUNT and census.most >= COUNT


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "pool"])
def test_each_result_is_let_go_once_it_is_spooled(
    small_batch: list[Path], monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """When a result reaches the spool, every earlier one is gone (the pool's futures too)."""
    earlier: list[weakref.ref[Packed]] = []
    alive_at_each: list[int] = []
    real = runner.check_all

    def check_all(
        tasks: Sequence[Task], keep: Keep, *, jobs: int, on_done: Progress | None = None
    ) -> None:
        def watched(number: int, packed: Packed) -> None:
            alive_at_each.append(sum(ref() is not None for ref in earlier))
            earlier.append(weakref.ref(packed))
            keep(number, packed)

        real(tasks, watched, jobs=jobs, on_done=on_done)

    monkeypatch.setattr(runner, "check_all", check_all)
    with run_batch(small_batch, batch_options, jobs=jobs) as reports:
        assert len(reports) == COUNT
    assert alive_at_each == [0] * COUNT
