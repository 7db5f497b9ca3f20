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
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from kipp_check.batch.cross_rules import run_cross_rules
from kipp_check.engine import add_results
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.loader import pdf_worker
from kipp_check.models.results import Report
from kipp_check.options import RunOptions
from kipp_check.run import Checked

Task = tuple[Path, RunOptions]
Progress = Callable[[], None]
_PRELOAD = ["kipp_check.run", "kipp_check.batch.runner"]


class CheckCrashedError(Exception):
    """An unexpected error while checking one proposal: the run ends with exit code 3."""

    def __init__(self, path: str, error: str) -> None:
        super().__init__(path, error)
        self.path = path
        self.error = error


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def run_batch(
    files: Sequence[Path],
    options_for: Callable[[Path], RunOptions],
    *,
    lang: Lang,
    jobs: int,
    on_done: Progress | None = None,
) -> tuple[Report, ...]:
    """The reports of `files`, in their order, cross-proposal rules included."""
    tasks = [(path, options_for(path)) for path in files]
    checked = check_all(tasks, jobs=jobs, on_done=on_done)
    cross = run_cross_rules([c.facts for c in checked], lang)
    return tuple(
        add_results(c.report, results, replace(options, waivers=c.waivers))
        for c, results, (_, options) in zip(checked, cross, tasks, strict=True)
    )


def check_all(
    tasks: Sequence[Task], *, jobs: int, on_done: Progress | None = None
) -> list[Checked]:
    """Check every proposal of `tasks`; `jobs` 1 (or a single proposal) stays in this process."""
    if jobs <= 1 or len(tasks) <= 1:
        checked = []
        with pdf_worker.kept_pool():
            for path, options in tasks:
                checked.append(check_one(str(path), options))
                if on_done is not None:
                    on_done()
        return checked
    return _in_pool(tasks, min(jobs, len(tasks)), on_done)


def check_one(path: str, options: RunOptions) -> Checked:
    """Check one proposal; what is not a usage error becomes `CheckCrashedError` with its path."""
    from kipp_check import run  # looked up per call: the pipeline stays replaceable in tests

    try:
        return run.check_proposal(Path(path), options)
    except UsageError:
        raise
    except Exception as error:
        raise CheckCrashedError(path, type(error).__name__) from error


def _in_pool(tasks: Sequence[Task], workers: int, on_done: Progress | None) -> list[Checked]:
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(),
        initializer=pdf_worker.keep_pool_for_process,
    ) as pool:
        futures: dict[Future[Checked], int] = {
            pool.submit(check_one, str(path), options): index
            for index, (path, options) in enumerate(tasks)
        }
        done: dict[int, Future[Checked]] = {}
        for future in as_completed(futures):
            done[futures[future]] = future
            if on_done is not None:
                on_done()
    # In proposal order: the earliest failure is raised whichever finished first.
    return [done[index].result() for index in range(len(tasks))]


def _context() -> multiprocessing.context.BaseContext:
    """A fork server with kipp-check preloaded where there is one (Linux, macOS), else spawn.

    Plain fork is avoided: forking a process that may hold threads is unsafe.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")
