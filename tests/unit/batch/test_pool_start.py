"""How the batch's workers start (issue 17): forked from the main process where that is safe.

A fork server starts an interpreter and imports kipp-check again before the
first worker exists; forking the main process gives workers that have it
already. Fork is used only while no other thread runs, and a forked worker
must not keep the main process's `Stopped` handlers or its unwritten output.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kipp_check.batch import pool

_FORKS = hasattr(os, "fork") and sys.platform != "darwin" and sys.version_info >= (3, 11)


def _handlers() -> tuple[object, object, int]:
    """What a worker sees: its SIGTERM and SIGINT handlers, and its parent."""
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT), os.getppid()


@contextmanager
def _other_thread() -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(not _FORKS, reason="fork is used on Linux from Python 3.11 only")
def test_workers_are_forked_while_no_other_thread_runs() -> None:
    if threading.active_count() > 1:
        pytest.skip("the test process itself runs a thread")
    assert pool._context().get_start_method() == "fork"


def test_a_running_thread_means_no_fork() -> None:
    with _other_thread():
        assert pool._context().get_start_method() in {"forkserver", "spawn"}


def _stopping(number: int, _frame: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.skipif(not _FORKS, reason="fork is used on Linux from Python 3.11 only")
def test_a_forked_worker_takes_the_default_sigterm_and_ignores_ctrl_c() -> None:
    if threading.active_count() > 1:
        pytest.skip("the test process itself runs a thread")
    before = signal.signal(signal.SIGTERM, _stopping)
    try:
        with pool.worker_pool(1) as workers:
            term, interrupt, parent = workers.submit(_handlers).result(timeout=60)
    finally:
        signal.signal(signal.SIGTERM, before)
    assert term == signal.SIG_DFL
    assert interrupt == signal.SIG_IGN
    assert parent == os.getpid()  # forked from this process, not from a fork server
