"""The worker side of PDF reading: a process that confines itself, then reads jobs.

A worker is forked (or, where fork is unsafe, spawned) by `pdf_worker`. It
caps its own address space and per-job CPU time, writes no core file and no
Python stack dump, ignores Ctrl-C (the parent decides), and leaves as soon as
its pipe closes, so a worker can never outlive the run that started it for
long. `kill` and `reap` are the parent's half of its end.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import math
import multiprocessing
import os
import signal
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.options import Limits


@dataclass
class Worker:
    """The parent's handle on one worker process."""

    conn: Connection
    pid: int
    process: BaseProcess | None = None
    """Set for spawned workers; forked ones are reaped with `os.waitpid`."""


def fork_worker(limits: Limits, others: list[Connection]) -> Worker:
    """Fork a worker; it closes the parent's ends of every pipe, so EOF means "parent gone"."""
    parent_end, child_end = multiprocessing.Pipe(duplex=True)
    # Frozen objects are never scanned by the worker's collector, so it does not
    # copy the parent's memory page by page just to look at it (copy-on-write).
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        raise
    if pid == 0:  # the worker: serve, then leave without running the parent's exit code
        try:
            for conn in (parent_end, *others):
                conn.close()
            serve(child_end, limits.pdf_memory_bytes, limits.pdf_seconds)
        finally:
            os._exit(0)
    gc.unfreeze()
    child_end.close()
    return Worker(parent_end, pid)


def spawn_worker(limits: Limits) -> Worker:
    """Start a worker in a fresh interpreter, where forking this process is unsafe."""
    parent_end, child_end = multiprocessing.Pipe(duplex=True)
    context = multiprocessing.get_context("spawn")
    process = context.Process(
        target=serve,
        args=(child_end, limits.pdf_memory_bytes, limits.pdf_seconds),
        name="kipp-check-pdf",
        daemon=True,
    )
    process.start()
    child_end.close()
    assert process.pid is not None
    return Worker(parent_end, process.pid, process)


def serve(conn: Connection, memory_bytes: int, seconds: float) -> None:
    """A worker's life: confine itself, then read jobs until told to stop or orphaned."""
    from kipp_check.pipeline.lifeline import tie_to_parent

    tie_to_parent()  # killed with its parent, even in the middle of a file (issue 12)
    # pypdf now, before the first job and outside the memory cap, as when inherited
    import kipp_check.loader.pdf.reading  # noqa: F401

    _confine(memory_bytes)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if not isinstance(job, PdfJob):
            return
        _limit_cpu(seconds)
        try:
            conn.send(read_pdf(job))
        except (OSError, ValueError):
            return


def read_pdf(job: PdfJob) -> PdfReading:
    """Read `job` with pypdf, importing it on first use.

    A one-proposal run's main process never imports pypdf (about 50 ms): its
    workers import it as they start (`serve`), while the main process is still
    importing its models and rules (`worker.started_early`). A batch imports it
    before forking, so its workers inherit it (`batch/runner.py`).
    """
    from kipp_check.loader.pdf.reading import read_pdf as read

    return read(job)


def _confine(memory_bytes: int) -> None:
    """Cap the address space, dump neither core nor traceback, leave Ctrl-C to the parent.

    A worker that crashes is a finding of its file; a Python stack dump on the
    user's terminal (`PYTHONFAULTHANDLER`, pytest) would only be noise.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    faulthandler.disable()
    try:
        import resource
    except ImportError:  # Windows: the wall-clock limit still applies
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _limit_cpu(seconds: float) -> None:
    """Allow this job `seconds` more CPU time, so an orphaned worker cannot spin forever."""
    try:
        import resource
    except ImportError:
        return
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = used.ru_utime + used.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = math.ceil(spent + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def kill(worker: Worker) -> None:
    """Close the pipe and send SIGKILL (a spawned worker: `Process.kill`)."""
    worker.conn.close()
    if worker.process is not None:
        worker.process.kill()
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(worker.pid, signal.SIGKILL)


def reap(worker: Worker) -> int | None:
    """Wait for the worker's end; its exit code, negative for the signal that ended it."""
    if worker.process is not None:
        worker.process.join()
        return worker.process.exitcode
    _, status = os.waitpid(worker.pid, 0)
    return os.waitstatus_to_exitcode(status)
