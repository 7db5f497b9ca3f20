"""A kept PDF pool: a batch forks its workers once, and never leaves one behind.

Each worker is made to answer with its own process id (its `read_pdf` is
replaced before the fork), so the tests see which process read which file.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.options import Limits
from tests.support.pdf_pool import gone, read_by


@pytest.mark.usefixtures("pids_as_producer")
def test_every_proposal_of_a_kept_pool_is_read_by_the_same_workers(
    tmp_path: Path, forks: list[int]
) -> None:
    limits = Limits(pdf_workers=2)
    with pdf_worker.kept_pool():
        first = read_by(tmp_path, 4, limits)
        second = read_by(tmp_path, 4, limits)
        assert all(not gone(pid) for pid in forks)  # still there between proposals
    assert len(forks) == 2
    assert first | second <= {str(pid) for pid in forks}
    assert all(gone(pid) for pid in forks)  # stopped and reaped when the batch ends


@pytest.mark.usefixtures("pids_as_producer")
def test_without_a_kept_pool_each_call_gets_fresh_workers(tmp_path: Path, forks: list[int]) -> None:
    limits = Limits(pdf_workers=1)
    first = read_by(tmp_path, 2, limits)
    second = read_by(tmp_path, 2, limits)
    assert first.isdisjoint(second)
    assert len(forks) == 2 and all(gone(pid) for pid in forks)


@pytest.mark.usefixtures("pids_as_producer")
def test_a_proposal_with_other_limits_gets_a_pool_of_its_own(
    tmp_path: Path, forks: list[int]
) -> None:
    with pdf_worker.kept_pool():
        first = read_by(tmp_path, 1, Limits(pdf_workers=1))
        second = read_by(tmp_path, 1, Limits(pdf_workers=1, pdf_seconds=5))
    assert first != second
    assert len(forks) == 2 and all(gone(pid) for pid in forks)


def _batch_worker(folder: str, answers: Connection) -> None:
    """What a batch worker process does: keep a pool, read a proposal's files, then end."""
    pdf_worker.keep_pool_for_process()
    answers.send(sorted(read_by(Path(folder), 2, Limits(pdf_workers=1))))


@pytest.mark.timeout(30)
@pytest.mark.usefixtures("pids_as_producer")
def test_a_batch_worker_process_reaps_its_pdf_workers_when_it_ends(tmp_path: Path) -> None:
    receiver, sender = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(
        target=_batch_worker, args=(str(tmp_path), sender)
    )
    process.start()
    readers = receiver.recv()
    process.join()
    assert process.exitcode == 0
    assert len(readers) == 1  # both files read by the one kept worker
    assert gone(int(readers[0]))  # reaped by the batch worker, not left to init
