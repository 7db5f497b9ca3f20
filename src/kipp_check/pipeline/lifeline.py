"""Child processes tied to the run's life, and a run stopped by a signal ending at once.

A batch starts a fork server, batch workers and PDF workers. They must end
when the run ends, however it ends (issue 12):

- killed outright (SIGKILL, the OOM killer): on Linux each child asks the
  kernel to kill it when its parent dies (`prctl(PR_SET_PDEATHSIG)`), and
  leaves at once if the parent is already gone; each level (fork server,
  batch worker, PDF worker) does so, so the whole tree goes. Elsewhere the
  workers still leave when their pipe closes between files;
- stopped (SIGTERM, SIGHUP, Ctrl-C): the main process turns the signal into
  `Stopped` (a `KeyboardInterrupt`), so every `with` block unwinds: the pools
  kill their workers instead of waiting for the files being read, and the
  run ends with exit code 3 within a second or two.

The fork server is marked through the environment: the main process writes
its PID in `KIPP_CHECK_PARENT_PID` before starting it, and a process that
imports this module with that PID as its parent ties itself at import (the
fork server preloads it, first) and leaves Ctrl-C to the main process.
Nothing changes for other processes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType

PARENT_VARIABLE = "KIPP_CHECK_PARENT_PID"
_PR_SET_PDEATHSIG = 1
_STOPPING = ("SIGTERM", "SIGHUP")


class Stopped(KeyboardInterrupt):
    """The run was asked to stop by a signal; `name` is the signal's (`SIGTERM`)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def tie_to_parent() -> None:
    """Die with the parent: the kernel sends SIGKILL when it ends (Linux); a no-op elsewhere.

    Checked once more after the call: a parent that died just before is
    noticed (the process was already handed to init) and this one leaves.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no libc to call: the pipes still end the workers
        return
    if os.getppid() != parent or parent == 1:
        os._exit(1)


def mark_parent() -> None:
    """Let the processes this one starts through `multiprocessing` know who their parent is."""
    os.environ[PARENT_VARIABLE] = str(os.getpid())


def _raise_stopped(number: int, _frame: FrameType | None) -> None:
    name = signal.Signals(number).name
    for stopping in _STOPPING:  # a second signal while unwinding must not interrupt the cleanup
        with contextlib.suppress(AttributeError, ValueError):
            signal.signal(getattr(signal, stopping), signal.SIG_IGN)
    raise Stopped(name)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Inside, SIGTERM and SIGHUP raise `Stopped` like Ctrl-C raises `KeyboardInterrupt`."""
    previous: dict[int, object] = {}
    for name in _STOPPING:
        number = getattr(signal, name, None)
        if number is None:  # Windows has no SIGHUP
            continue
        try:
            previous[number] = signal.signal(number, _raise_stopped)
        except ValueError:  # not the main thread: leave the signals alone
            continue
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, handler)  # type: ignore[arg-type]


def signal_name(error: KeyboardInterrupt) -> str:
    """The signal that stopped the run: `SIGINT` for Ctrl-C."""
    return error.name if isinstance(error, Stopped) else "SIGINT"


if os.environ.get(PARENT_VARIABLE) == str(os.getppid()) and os.getpid() != os.getppid():
    # The fork server (or a PDF worker spawned by the main process): Ctrl-C is the main
    # process's to answer, and would otherwise print a traceback from the modules it preloads.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tie_to_parent()
