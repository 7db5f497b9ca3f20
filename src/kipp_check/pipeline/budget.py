"""The main process's own budget: CPU time per proposal and an address-space cap.

The PDF workers have their caps (`pdf_worker`); the process that loads the
YAML, runs the rules and compares proposals had none, so a hostile tree
could keep it busy or growing for as long as it liked (issue 12: 6 MB of
keys took 49 s and 1.27 GB). Now:

- each proposal may use `PROPOSAL_CPU_SECONDS` of the checking process's
  own CPU time (a timer on the process's CPU clock, `ITIMER_PROF`: time
  spent waiting for a PDF worker does not count, the worker has its own
  clock); past it the proposal gets a `KC004` finding and the run goes on;
- the `check` command's process (and so every worker it starts) has its
  address space capped at `MAIN_MEMORY_BYTES` (a soft `RLIMIT_AS`, so PDF
  workers may still set their own, larger or smaller; a program that calls
  the library keeps its own limits):
  a proposal that needs more gets a `KC004` finding instead of the machine's
  memory.

A checked proposal needs well under a second and 100 MB; the budgets are
generous so that no real proposal meets them. Where the platform has no
such timer or limit (Windows), nothing changes.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

PROPOSAL_CPU_SECONDS = 120.0
MAIN_MEMORY_BYTES = 4 * 1024**3


class OverBudgetError(BaseException):
    """A proposal used up its CPU time (a `BaseException`: no `except Exception` may hide it)."""


def cap_memory(limit: int | None = None) -> None:
    """Lower this process's soft address-space limit to `limit` (`MAIN_MEMORY_BYTES`), never
    raise it."""
    limit = MAIN_MEMORY_BYTES if limit is None else limit
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > wanted:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _over(_number: int, _frame: FrameType | None) -> None:
    raise OverBudgetError


@contextlib.contextmanager
def proposal_budget(seconds: float | None = None) -> Iterator[None]:
    """Inside, this process may spend `seconds` (`PROPOSAL_CPU_SECONDS`) of CPU time, then
    `OverBudgetError` is raised."""
    timer = getattr(signal, "ITIMER_PROF", None)
    if timer is None:
        yield
        return
    try:
        previous = signal.signal(signal.SIGPROF, _over)
    except ValueError:  # not the main thread: no timer
        yield
        return
    signal.setitimer(timer, PROPOSAL_CPU_SECONDS if seconds is None else seconds)
    try:
        yield
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signal.SIGPROF, previous)
