"""A kept PDF pool: a batch forks its workers once, and never leaves one behind.

Each worker is made to answer with its own process id (its `read_pdf` is
replaced before the fork), so the tests see which process read which file.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.loader.pdf import sandbox as pdf_sandbox
from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.options import Limits
from tests.support.pdfgen import pdf_bytes

ROLE = "data_dukung.signifikansi[0]"


@pytest.fixture
def pids_as_producer(monkeypatch: pytest.MonkeyPatch) -> None:
    def reader(job: PdfJob) -> PdfReading:
        return PdfReading(pages=1, producer=str(os.getpid()))

    monkeypatch.setattr(pdf_sandbox, "read_pdf", reader)


def _readers(folder: Path, count: int, limits: Limits) -> set[str]:
    """The pids that read `count` small PDFs in `folder`."""
    refs = []
    for index in range(count):
        name = f"f{index:02d}.pdf"
        (folder / name).write_bytes(pdf_bytes([f"Laporan bagian {index}"]))
        refs.append(AttachmentRef(name, ROLE, text_plan(ROLE, limits)))
    return {facts.producer for facts in inspect_attachments(folder, refs, limits)}


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.usefixtures("pids_as_producer")
def test_every_proposal_of_a_kept_pool_is_read_by_the_same_workers(
    tmp_path: Path, forks: list[int]
) -> None:
    limits = Limits(pdf_workers=2)
    with pdf_worker.kept_pool():
        first = _readers(tmp_path, 4, limits)
        second = _readers(tmp_path, 4, limits)
        assert all(not _gone(pid) for pid in forks)  # still there between proposals
    assert len(forks) == 2
    assert first | second <= {str(pid) for pid in forks}
    assert all(_gone(pid) for pid in forks)  # stopped and reaped when the batch ends


@pytest.mark.usefixtures("pids_as_producer")
def test_without_a_kept_pool_each_call_gets_fresh_workers(tmp_path: Path, forks: list[int]) -> None:
    limits = Limits(pdf_workers=1)
    first = _readers(tmp_path, 2, limits)
    second = _readers(tmp_path, 2, limits)
    assert first.isdisjoint(second)
    assert len(forks) == 2 and all(_gone(pid) for pid in forks)


@pytest.mark.usefixtures("pids_as_producer")
def test_a_proposal_with_other_limits_gets_a_pool_of_its_own(
    tmp_path: Path, forks: list[int]
) -> None:
    with pdf_worker.kept_pool():
        first = _readers(tmp_path, 1, Limits(pdf_workers=1))
        second = _readers(tmp_path, 1, Limits(pdf_workers=1, pdf_seconds=5))
    assert first != second
    assert len(forks) == 2 and all(_gone(pid) for pid in forks)


def _batch_worker(folder: str, answers: Connection) -> None:
    """What a batch worker process does: keep a pool, read a proposal's files, then end."""
    pdf_worker.keep_pool_for_process()
    answers.send(sorted(_readers(Path(folder), 2, Limits(pdf_workers=1))))


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
    assert _gone(int(readers[0]))  # reaped by the batch worker, not left to init
