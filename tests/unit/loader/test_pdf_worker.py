"""The PDF worker pool: limits become findings, casualties are replaced, results stay in order.

Hangs and crashes are staged by replacing the worker's `read_pdf` before the
workers are forked (a fork copies the patched module); memory is tested with a
real bomb.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.loader.pdf import sandbox as pdf_sandbox
from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.loader.pdf.reading import read_pdf
from kipp_check.loader.regular_file import open_checked
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits
from tests.support.pdf_samples import content_bomb
from tests.support.pdfgen import pdf_bytes

MARK = b"%%kipp-check-test"
ROLE = "data_dukung.signifikansi[0]"


def _folder(tmp_path: Path, count: int, odd: dict[int, bytes] | None = None) -> list[AttachmentRef]:
    """`count` small PDFs `f00.pdf`…; the ones in `odd` get those bytes instead."""
    refs = []
    for index in range(count):
        name = f"f{index:02d}.pdf"
        data = (odd or {}).get(index, pdf_bytes([f"Laporan bagian {index}"]))
        (tmp_path / name).write_bytes(data)
        refs.append(AttachmentRef(name, ROLE, text_plan(ROLE, Limits())))
    return refs


def _marked() -> bytes:
    return pdf_bytes(["berkas ini membuat pekerja macet"]) + MARK


def _when_marked(action: Callable[[], None]) -> Callable[[PdfJob], PdfReading]:
    def reader(job: PdfJob) -> PdfReading:
        if isinstance(job.data, bytes):
            data = job.data
        else:
            with open_checked(job.data) as stream:
                data = stream.read()
        if MARK in data:
            action()
        return read_pdf(job)

    return reader


def _problems(facts: tuple[PdfFacts, ...]) -> list[str]:
    return [f.problem for f in facts]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("workers", [1, 2])
def test_hanging_file_hits_the_time_limit_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(pdf_sandbox, "read_pdf", _when_marked(lambda: time.sleep(60)))
    refs = _folder(tmp_path, 5, {1: _marked(), 3: _marked()})
    started = time.monotonic()
    facts = inspect_attachments(tmp_path, refs, Limits(pdf_seconds=0.5, pdf_workers=workers))
    assert time.monotonic() - started < 5
    assert _problems(facts) == ["", "pdf.time_limit", "", "pdf.time_limit", ""]
    assert dict(facts[1].problem_args) == {"path": "f01.pdf", "seconds": "0.5"}
    assert facts[1].sha256 is not None and facts[1].bytes  # learned before parsing
    assert [f.pages for f in facts] == [1, None, 1, None, 1]


@pytest.mark.timeout(20)
def test_busy_loop_is_stopped_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def spin() -> None:
        while True:
            pass

    monkeypatch.setattr(pdf_sandbox, "read_pdf", _when_marked(spin))
    facts = inspect_attachments(
        tmp_path, _folder(tmp_path, 2, {0: _marked()}), Limits(pdf_seconds=0.5)
    )
    assert _problems(facts) == ["pdf.time_limit", ""]


@pytest.mark.parametrize(
    ("sig", "key", "cause"),
    [
        (signal.SIGSEGV, "pdf.worker_crashed", "SIGSEGV"),
        (signal.SIGKILL, "pdf.worker_crashed", "SIGKILL"),
        (signal.SIGXCPU, "pdf.time_limit", None),
    ],
)
def test_worker_killed_by_a_signal_is_a_finding_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sig: int, key: str, cause: str | None
) -> None:
    monkeypatch.setattr(pdf_sandbox, "read_pdf", _when_marked(lambda: os.kill(os.getpid(), sig)))
    refs = _folder(tmp_path, 4, {0: _marked(), 2: _marked()})
    facts = inspect_attachments(tmp_path, refs, Limits(pdf_workers=1))
    assert _problems(facts) == [key, "", key, ""]
    assert dict(facts[0].problem_args).get("cause") == cause


@pytest.mark.timeout(30)
def test_memory_cap_stops_a_bomb_within_the_reader_limit(tmp_path: Path) -> None:
    refs = _folder(tmp_path, 3, {1: content_bomb(70_000_000)})  # under pypdf's own 75 MB
    capped = inspect_attachments(tmp_path, refs, Limits(pdf_memory_bytes=150 * 1024 * 1024))
    assert _problems(capped) == ["", "pdf.memory_limit", ""]
    assert dict(capped[1].problem_args)["limit_mb"] == "150"
    assert _problems(inspect_attachments(tmp_path, refs, Limits())) == ["", "", ""]


def test_results_keep_their_order_whatever_the_workers(tmp_path: Path) -> None:
    refs = _folder(tmp_path, 12, {5: b"%PDF-1.4 rusak", 7: content_bomb(300_000_000)})
    in_process = inspect_attachments(tmp_path, refs, Limits(pdf_workers=-1))
    assert _problems(in_process)[5:8] == ["pdf.unreadable", "", "pdf.decompression_limit"]
    for workers in (1, 3, 4):
        assert inspect_attachments(tmp_path, refs, Limits(pdf_workers=workers)) == in_process


@pytest.mark.timeout(60)
def test_spawned_workers_give_the_same_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = _folder(tmp_path, 3, {1: content_bomb(300_000_000)})
    forked = inspect_attachments(tmp_path, refs, Limits(pdf_workers=2))
    monkeypatch.setattr(pdf_worker, "_must_spawn", lambda: True)
    assert inspect_attachments(tmp_path, refs, Limits(pdf_workers=2)) == forked


def test_no_process_at_all_falls_back_to_reading_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    refs = _folder(tmp_path, 3)
    expected = inspect_attachments(tmp_path, refs, Limits(pdf_workers=-1))
    monkeypatch.setattr(pdf_worker, "fork_worker", refuse)
    monkeypatch.setattr(pdf_worker, "spawn_worker", refuse)
    assert inspect_attachments(tmp_path, refs, Limits()) == expected


def test_every_worker_is_reaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forks: list[int]
) -> None:
    started = forks
    monkeypatch.setattr(pdf_sandbox, "read_pdf", _when_marked(lambda: time.sleep(60)))
    inspect_attachments(tmp_path, _folder(tmp_path, 6, {2: _marked()}), Limits(pdf_seconds=0.5))
    assert len(started) >= 2  # one was killed and replaced
    for pid in started:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # reaped: not even a zombie is left


def test_orphaned_worker_leaves_when_the_parent_is_gone() -> None:
    worker = pdf_sandbox.fork_worker(Limits(), [])
    worker.conn.close()  # what the parent's death looks like from the worker
    _, status = os.waitpid(worker.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_worker_cpu_limit_ends_a_runaway_even_without_the_parent() -> None:
    pid = os.fork()
    if pid == 0:
        try:
            pdf_sandbox._limit_cpu(0.1)
            while True:
                pass
        finally:
            os._exit(0)
    started = time.monotonic()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == -signal.SIGXCPU
    assert time.monotonic() - started < 10


def test_when_more_workers_cannot_start_the_running_one_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fork = pdf_sandbox.fork_worker
    started: list[int] = []

    def once(limits: Limits, others: list[Connection]) -> pdf_sandbox.Worker:
        if started:
            raise OSError(11, "Resource temporarily unavailable")
        worker = fork(limits, others)
        started.append(worker.pid)
        return worker

    def never_in_process(job: PdfJob) -> PdfReading:
        raise AssertionError("a PDF was read in the main process")

    refs = _folder(tmp_path, 6)
    expected = inspect_attachments(tmp_path, refs, Limits(pdf_workers=-1))
    monkeypatch.setattr(pdf_worker, "fork_worker", once)
    monkeypatch.setattr(pdf_worker, "read_pdf", never_in_process)
    assert inspect_attachments(tmp_path, refs, Limits(pdf_workers=3)) == expected
    assert len(started) == 1
