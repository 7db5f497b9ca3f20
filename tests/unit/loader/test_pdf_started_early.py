"""PDF workers started before a proposal is read: taken over by the run, never left behind.

A one-proposal run starts its PDF workers before the main process imports
the models and rules, so they import pypdf meanwhile (issue 17). The pool
they form must be the one the run then reads with (no second set of forks),
and workers no run took over must still be stopped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.options import Limits
from tests.support.pdf_pool import gone, read_by


@pytest.mark.usefixtures("pids_as_producer")
def test_workers_started_early_are_the_ones_that_read_the_files(
    tmp_path: Path, forks: list[int]
) -> None:
    limits = Limits(pdf_workers=2)
    with pdf_worker.started_early(limits):
        assert len(forks) == 2  # before any file is known
        with pdf_worker.kept_pool():
            readers = read_by(tmp_path, 4, limits)
        assert all(gone(pid) for pid in forks)  # stopped where the run's pool ends
    assert len(forks) == 2
    assert readers <= {str(pid) for pid in forks}


def test_workers_started_early_and_never_used_are_stopped(forks: list[int]) -> None:
    with pdf_worker.started_early(Limits(pdf_workers=2)):
        assert len(forks) == 2 and not any(gone(pid) for pid in forks)
    assert all(gone(pid) for pid in forks)


@pytest.mark.usefixtures("pids_as_producer")
def test_other_limits_replace_the_workers_started_early(tmp_path: Path, forks: list[int]) -> None:
    with pdf_worker.started_early(Limits(pdf_workers=1)), pdf_worker.kept_pool():
        readers = read_by(tmp_path, 1, Limits(pdf_workers=1, pdf_seconds=5))
    assert len(forks) == 2 and readers == {str(forks[1])}
    assert all(gone(pid) for pid in forks)


@pytest.mark.parametrize("limits", [None, Limits(pdf_workers=-1)])
def test_nothing_is_started_without_limits_or_when_reading_in_process(
    limits: Limits | None, forks: list[int]
) -> None:
    with pdf_worker.started_early(limits):
        assert forks == []
