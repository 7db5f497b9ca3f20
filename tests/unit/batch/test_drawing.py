"""A batch's reports are drawn in forked processes (issue 17) and handed back in run order.

The drawing processes read the reports from the run's spool themselves; they
share its file with the main process and with each other, so a read must not
move a position another one relies on. Stopping early must leave no process.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Generator, Iterator

import pytest

from kipp_check.batch import pool
from kipp_check.batch.drawing import DRAWN_ALONE_BELOW, drawn_in_order
from kipp_check.batch.spool import ReportSpool


@pytest.fixture
def forking() -> Iterator[None]:
    """Skip where the drawing processes would not be forked (threads, macOS, Python 3.10)."""
    _settled(lambda: threading.active_count() == 1)  # an earlier pool's thread is ending
    if not pool.fork_is_safe():
        pytest.skip("fork is not safe here: everything is drawn in this process")
    yield
    _settled(lambda: not multiprocessing.active_children())  # a killed one is reaped soon
    assert multiprocessing.active_children() == []  # none outlives the drawing


def _settled(done: Callable[[], bool]) -> None:
    """Wait (at most 30 s) until `done()`: what ends on its own, but not at once."""
    deadline = time.monotonic() + 30
    while not done() and time.monotonic() < deadline:
        time.sleep(0.05)


def _numbered(number: int) -> str:
    return f"{number}:{os.getpid()}"


def test_reports_come_back_in_order_from_other_processes(forking: None) -> None:
    drawn = list(drawn_in_order(30, _numbered, 2))
    numbers = [int(text.split(":")[0]) for text in drawn]
    pids = {int(text.split(":")[1]) for text in drawn}
    assert numbers == list(range(30))
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_a_few_reports_or_one_process_are_drawn_here() -> None:
    few = list(drawn_in_order(DRAWN_ALONE_BELOW - 1, _numbered, 2))
    alone = list(drawn_in_order(30, _numbered, 1))
    assert few == [f"{n}:{os.getpid()}" for n in range(DRAWN_ALONE_BELOW - 1)]
    assert alone == [f"{n}:{os.getpid()}" for n in range(30)]


def test_with_another_thread_running_everything_is_drawn_here() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        drawn = list(drawn_in_order(30, _numbered, 2))
    finally:
        stop.set()
        other.join()
    assert drawn == [f"{n}:{os.getpid()}" for n in range(30)]


def test_processes_read_the_shared_spool_without_moving_each_other(forking: None) -> None:
    texts = [f"report {n} " * (n * 97 % 800 + 1) for n in range(60)]
    with ReportSpool(len(texts)) as spool:
        for number, text in enumerate(texts):
            spool.put(number, pickle.dumps(text))
        drawn = list(drawn_in_order(len(texts), lambda n: str(spool.load(n)), 2))
        assert drawn == texts
        assert str(spool.load(59)) == texts[59]  # this process reads on, unmoved


def test_stopping_early_leaves_no_drawing_process(forking: None) -> None:
    drawing = drawn_in_order(40, _numbered, 2)
    assert next(drawing).startswith("0:")
    assert isinstance(drawing, Generator)
    drawing.close()  # what a closed pipe or Ctrl-C does to the writer


def _fails_at_five(number: int) -> str:
    if number == 5:
        raise ValueError("five")
    return str(number)


def test_a_drawing_error_reaches_the_caller_after_the_reports_before_it(forking: None) -> None:
    drawn: list[str] = []
    with pytest.raises(ValueError, match="five"):
        drawn.extend(drawn_in_order(20, _fails_at_five, 2))
    assert drawn == ["0", "1", "2", "3", "4"]
