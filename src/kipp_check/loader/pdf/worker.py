"""PDF reading in worker processes with a wall-clock limit and a memory cap per file.

pypdf has no timeout and ships loop and bomb fixes every few weeks (hazards
§3), so no PDF is parsed in the main process. A few workers are forked once
and reused for every file of a run (of a whole batch, inside `kept_pool`),
which keeps the overhead to a fork per worker instead of an interpreter per
file. Each worker caps its own address
space (`RLIMIT_AS`) and CPU time; the parent kills a worker whose file runs
past the wall-clock limit, and replaces any worker that was killed or died.
Whatever happens to a worker, its file gets a `PdfReading` naming the limit,
and the other files are still read. Where `fork` is unsafe or missing
(Windows, macOS, a threaded parent), workers are spawned instead, still once
per run; where no process can be started at all, files are read in-process.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait

from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.loader.pdf.sandbox import Worker, fork_worker, kill, read_pdf, reap, spawn_worker
from kipp_check.options import Limits

JobMaker = Callable[[], PdfJob | None]
"""Makes a job (checks and hashes the file) just before it is needed, one ahead at most."""

_MAX_AUTO_WORKERS = 4


def read_all(makers: Sequence[JobMaker], limits: Limits) -> list[PdfReading | None]:
    """Run every job; `None` where a maker made none. Never raises for a file's content."""
    if limits.pdf_workers < 0:
        return [_in_process(maker) for maker in makers]
    if _keeper.active:
        return _keeper.run(makers, limits)
    pool = _Pool(limits, max(1, min(_wanted(limits), len(makers))))
    try:
        return pool.run(makers)
    finally:
        pool.close()


@contextmanager
def kept_pool() -> Iterator[None]:
    """Keep one pool for every `read_all` inside, so a batch forks its workers once.

    Forking and confining two workers per proposal, then stopping them again,
    cost more than a small proposal's parsing (issue #7). Only a caller that
    runs many proposals keeps a pool; a single `read_all` still gets fresh
    workers that end with it.
    """
    was_active, _keeper.active = _keeper.active, True
    try:
        yield
    finally:
        _keeper.active = was_active
        if not was_active:
            _keeper.close()


@contextmanager
def started_early(limits: Limits | None) -> Iterator[None]:
    """Given `limits`, start the PDF workers now: they import pypdf on the other core while
    the main process imports its models and rules (issue 17; `sandbox.read_pdf`). The
    first `kept_pool` inside takes them over and stops them; any left are stopped here.
    """
    if limits is not None and limits.pdf_workers >= 0 and not _keeper.active:
        _keeper.pool_for(limits).start_all()
    try:
        yield
    finally:
        if not _keeper.active:
            _keeper.close()


def keep_pool_for_process() -> None:
    """Keep one pool until this process exits: the initializer of a batch worker process.

    `multiprocessing` runs its finalizers when a worker process ends, so the
    PDF workers are stopped and reaped, not orphaned.
    """
    from multiprocessing import util

    _keeper.active = True
    util.Finalize(None, _keeper.close, exitpriority=10)


def _wanted(limits: Limits) -> int:
    return limits.pdf_workers or min(os.cpu_count() or 1, _MAX_AUTO_WORKERS)


class _Keeper:
    """The pool kept between `read_all` calls while keeping is on; new limits get a new pool."""

    def __init__(self) -> None:
        self.active = False
        self.pool: _Pool | None = None

    def run(self, makers: Sequence[JobMaker], limits: Limits) -> list[PdfReading | None]:
        pool = self.pool_for(limits)
        try:
            return pool.run(makers)
        except BaseException:  # Ctrl-C or a bug mid-run: no worker may keep a stale job
            self.close()
            raise

    def pool_for(self, limits: Limits) -> _Pool:
        if self.pool is not None and self.pool.limits != limits:
            self.close()
        if self.pool is None:
            self.pool = _Pool(limits, max(1, _wanted(limits)))
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


_keeper = _Keeper()


def _in_process(maker: JobMaker) -> PdfReading | None:
    job = maker()
    return read_pdf(job) if job is not None else None


class _Upcoming:
    """The jobs not sent yet; the next one is made (its file checked) ahead of need."""

    def __init__(self, makers: Sequence[JobMaker]) -> None:
        self.makers = makers
        self.pending = deque(range(len(makers)))
        self.ready: tuple[int, PdfJob | None] | None = None

    def __bool__(self) -> bool:
        return bool(self.pending) or self.ready is not None

    def take(self) -> tuple[int, PdfJob | None]:
        """The next job's index and job (`None`: the file was refused before parsing)."""
        if self.ready is not None:
            ready, self.ready = self.ready, None
            return ready
        index = self.pending.popleft()
        return index, self.makers[index]()

    def prefetch(self) -> None:
        if self.ready is None and self.pending:
            self.ready = self.take()


class _Pool:
    """Workers and the loop that feeds them, watches the clock and replaces casualties."""

    def __init__(self, limits: Limits, size: int) -> None:
        self.limits = limits
        self.size = size
        self.idle: list[Worker] = []
        self.busy: dict[Connection, tuple[Worker, int, float]] = {}
        self.live = 0
        self.broken = False
        """Set when a worker cannot be started: the running ones read the rest, or, when
        none could ever start, the files are read in-process."""

    def run(self, makers: Sequence[JobMaker]) -> list[PdfReading | None]:
        """Read every job, at most `size` at a time, each within the time limit."""
        results: list[PdfReading | None] = [None] * len(makers)
        upcoming = _Upcoming(makers)
        while upcoming or self.busy:
            while upcoming and (self.idle or self.live < self.size):
                worker = self.idle.pop() if self.idle else self._start()
                if worker is None and self.live:
                    break  # no more workers can start; wait for a running one
                index, job = upcoming.take()
                if job is None:
                    self.idle.extend([worker] if worker else [])
                elif worker is None:  # not a single worker could start
                    results[index] = read_pdf(job)
                else:
                    self._dispatch(worker, index, job, results)
            upcoming.prefetch()  # check and hash the next file while the workers parse
            self._collect(results)
        return results

    def start_all(self) -> None:
        """Start every worker the pool may have; they wait idle for jobs."""
        while self.live < self.size and (worker := self._start()) is not None:
            self.idle.append(worker)

    def _dispatch(
        self, worker: Worker, index: int, job: PdfJob, results: list[PdfReading | None]
    ) -> None:
        try:
            worker.conn.send(job)
        except (OSError, ValueError):  # it died between jobs
            results[index] = self._casualty(worker)
            return
        self.busy[worker.conn] = (worker, index, time.monotonic() + self.limits.pdf_seconds)

    def _collect(self, results: list[PdfReading | None]) -> None:
        """Take the answers that are ready; kill the workers whose file ran out of time."""
        if not self.busy:
            return
        first_deadline = min(deadline for _, _, deadline in self.busy.values())
        for conn in wait(list(self.busy), timeout=max(0.0, first_deadline - time.monotonic())):
            assert isinstance(conn, Connection)
            worker, index, _ = self.busy.pop(conn)
            results[index] = self._answer(worker)
        now = time.monotonic()
        for conn, (worker, index, deadline) in list(self.busy.items()):
            if deadline <= now:
                del self.busy[conn]
                self._retire(worker)
                results[index] = self._over_time()

    def _answer(self, worker: Worker) -> PdfReading:
        try:
            reading = worker.conn.recv()
        except (EOFError, OSError, ValueError):
            return self._casualty(worker)
        if not isinstance(reading, PdfReading):
            self._retire(worker)
            return PdfReading(problem="pdf.worker_crashed", fields=(("cause", "protocol"),))
        if reading.problem == "pdf.memory_limit":
            self._retire(worker)  # its heap may be in pieces; the next file gets a fresh one
        else:
            self.idle.append(worker)
        return reading

    def _casualty(self, worker: Worker) -> PdfReading:
        """The reading for a file whose worker died under it: which signal, if any."""
        code = self._retire(worker)
        if code == -getattr(signal, "SIGXCPU", -1000):  # its own CPU limit stopped it
            return self._over_time()
        cause = _signal_name(-code) if code is not None and code < 0 else f"exit {code}"
        return PdfReading(problem="pdf.worker_crashed", fields=(("cause", cause),))

    def _over_time(self) -> PdfReading:
        seconds = f"{self.limits.pdf_seconds:g}"
        return PdfReading(problem="pdf.time_limit", fields=(("seconds", seconds),))

    def _start(self) -> Worker | None:
        if self.broken:
            return None
        try:
            if _must_spawn():
                worker = spawn_worker(self.limits)
            else:
                others = [*(w.conn for w in self.idle), *self.busy]
                worker = fork_worker(self.limits, others)
        except Exception:  # no more processes (sandbox, limits): make do with those running
            self.broken = True
            self.size = max(self.live, 1)
            return None
        self.live += 1
        return worker

    def _retire(self, worker: Worker) -> int | None:
        """Kill and reap `worker`; its exit code (negative: the signal that ended it)."""
        kill(worker)
        self.live -= 1
        return reap(worker)

    def close(self) -> None:
        """Stop every worker; an idle one waits in `recv`, so killing it loses nothing.

        All are signalled before any is reaped, so their exits overlap.
        """
        everyone = [*self.idle, *(w for w, _, _ in self.busy.values())]
        for worker in everyone:
            kill(worker)
        for worker in everyone:
            reap(worker)
        self.live -= len(everyone)
        self.idle.clear()
        self.busy.clear()


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _must_spawn() -> bool:
    """Fork is fast but unsafe with threads running, and missing or discouraged on some OSes."""
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return True
    return threading.active_count() > 1
