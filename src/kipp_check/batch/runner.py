"""One run over many proposals: check each (in-process or in one worker pool), then compare.

Each proposal gets its own options (its own `.kipp-check.yaml` may choose
rules, severities and waivers) and is checked on its own; only then are the
cross-proposal rules applied to all of them, under each proposal's own policy.
So a proposal's report is the same checked alone or with others, apart from
what the cross-proposal rules find, and the same for any number of workers.

The pool is made once per run and reused for every proposal, each process
keeps its PDF workers for the whole run (`pdf_worker.kept_pool`), and each worker
imports kipp-check once (the fork server preloads it where the platform has
one), so a worker never re-imports or re-parses anything per proposal; shipped
and local packs are cached per process. Results come back in the order of the
proposals whatever the number of workers, and an error is raised for the
earliest proposal that had one, so the outcome does not depend on timing.

The main process's memory does not grow with the number of proposals, only
by what the cross-proposal rules compare: each report goes to the run's spool
(`batch.spool`) as soon as it is checked, equal options and waivers are
shared by the proposals that have them, and the pool is given two proposals
per worker at a time, so that few results (and futures) wait at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TypeVar, cast

from kipp_check.batch.pool import worker_pool
from kipp_check.batch.spool import ReportSpool, SpooledReports, pack
from kipp_check.loader.pdf import reading as _pypdf  # noqa: F401  # forked workers inherit pypdf
from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.pipeline import run
from kipp_check.pipeline.engine import add_results, check_run
from kipp_check.pipeline.waivers import Waiver
from kipp_check.rules.cross_facts import CrossFacts

Task = tuple[Path, RunOptions]
Progress = Callable[[], None]
_T = TypeVar("_T")


@dataclass(frozen=True)
class Packed:
    """One checked proposal on its way to the spool: the report pickled, the rest as it is."""

    report: bytes
    facts: CrossFacts | None
    waivers: tuple[Waiver, ...]


Keep = Callable[[int, Packed], None]
"""Takes a proposal's number (0-based, in run order) and its packed result."""


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


@contextmanager
def run_batch(
    files: Sequence[Path],
    options_for: Callable[[Path], RunOptions],
    *,
    jobs: int,
    on_done: Progress | None = None,
) -> Iterator[Sequence[Report]]:
    """The reports of `files`, in their order, cross-proposal rules included, inside `with`.

    They are read from the run's spool on access; the spool is deleted when
    the block ends, whether it ends well, with an error or with Ctrl-C.
    """
    with ReportSpool(len(files)) as spool:
        yield _spooled(files, options_for, spool, jobs=jobs, on_done=on_done)


def _spooled(
    files: Sequence[Path],
    options_for: Callable[[Path], RunOptions],
    spool: ReportSpool,
    *,
    jobs: int,
    on_done: Progress | None,
) -> SpooledReports:
    """Check into `spool`, compare, then make each spooled report final; nothing else is kept."""
    shared = _Shared()
    tasks = [(path, shared(options_for(path))) for path in files]
    facts: list[CrossFacts | None] = [None] * len(tasks)
    waivers: list[tuple[Waiver, ...]] = [()] * len(tasks)

    def keep(number: int, packed: Packed) -> None:
        spool.put(number, packed.report)
        own = packed.facts
        facts[number] = own and replace(own, quota=shared(own.quota))  # the pack's, for all
        waivers[number] = shared(packed.waivers)

    check_all(tasks, keep, jobs=jobs, on_done=on_done)
    cross = check_run(facts)
    facts.clear()
    for number, (results, own, (_, options)) in enumerate(zip(cross, waivers, tasks, strict=True)):
        report = add_results(spool.load(number), results, replace(options, waivers=own))
        spool.put(number, pack(report))
    return SpooledReports(spool, len(tasks))


class _Shared:
    """One object for all equal ones (options, waivers, a pack's quota): proposals share them."""

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def __call__(self, value: _T) -> _T:
        return cast(_T, self._seen.setdefault(value, value))


def check_all(
    tasks: Sequence[Task], keep: Keep, *, jobs: int, on_done: Progress | None = None
) -> None:
    """Check every proposal of `tasks`, handing each to `keep` as it is done.

    `jobs` 1 (or a single proposal) stays in this process.
    """
    if jobs <= 1 or len(tasks) <= 1:
        with pdf_worker.kept_pool():
            for number, (path, options) in enumerate(tasks):
                keep(number, check_packed(str(path), options, len(tasks) > 1))
                if on_done is not None:
                    on_done()
        return
    _in_pool(tasks, keep, min(jobs, len(tasks)), on_done)


def check_packed(path: str, options: RunOptions, in_batch: bool = False) -> Packed:
    """`run.check_one`, the report pickled where it was made: a worker sends it on as it is."""
    checked = run.check_one(path, options, in_batch)  # looked up per call: replaceable in tests
    return Packed(pack(checked.report), checked.facts, checked.waivers)


def _in_pool(tasks: Sequence[Task], keep: Keep, workers: int, on_done: Progress | None) -> None:
    """Two proposals per worker in flight: enough to keep each busy, few enough to hold."""
    failures: dict[int, BaseException] = {}
    waiting = iter(enumerate(tasks))
    with worker_pool(workers) as pool:
        running: dict[Future[Packed], int] = {}

        def submit(count: int) -> None:
            for number, (path, options) in islice(waiting, count):
                running[pool.submit(check_packed, str(path), options, True)] = number

        submit(2 * workers)
        while running:
            done = wait(running, return_when=FIRST_COMPLETED).done
            while done:
                future = done.pop()
                number = running.pop(future)  # a done future holds its result: let go of it
                error = future.exception()
                if error is None:
                    keep(number, future.result())
                else:
                    failures[number] = error
                submit(1)
                if on_done is not None:
                    on_done()
    if failures:  # the earliest failure is raised, whichever finished first
        raise failures[min(failures)]
