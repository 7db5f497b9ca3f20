"""Fixtures for the PDF worker tests: which worker processes a run forked, and which read."""

from __future__ import annotations

import os
from multiprocessing.connection import Connection

import pytest

from kipp_check.loader.pdf import sandbox as pdf_sandbox
from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.options import Limits


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pid of every PDF worker forked from now on (workers are forked, never spawned)."""
    started: list[int] = []
    fork = pdf_sandbox.fork_worker

    def recording(limits: Limits, others: list[Connection]) -> pdf_sandbox.Worker:
        worker = fork(limits, others)
        started.append(worker.pid)
        return worker

    monkeypatch.setattr(pdf_worker, "fork_worker", recording)
    monkeypatch.setattr(pdf_worker, "_must_spawn", lambda: False)
    return started


@pytest.fixture
def pids_as_producer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every worker answers with its own process id as the PDF's producer."""

    def reader(job: PdfJob) -> PdfReading:
        return PdfReading(pages=1, producer=str(os.getpid()))

    monkeypatch.setattr(pdf_sandbox, "read_pdf", reader)
