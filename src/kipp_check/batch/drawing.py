"""A batch's reports drawn in several processes, handed back in order, a few in flight.

Drawing a proposal's terminal report with Rich costs about 10 ms, and a
batch's reports were all drawn in the main process after the last proposal
was checked, one after the other, with the other core idle: half a second
of a 50-proposal run, five seconds of a 1,000-proposal one (issue 17). The
reports are final by then (the cross-proposal rules have run), so each can
be drawn on its own: here the main process forks a few drawing processes,
which read the report from the run's spool themselves (`ReportSpool.load`
reads at an offset, so processes sharing the file never move each other's
place), draw it and send back the text; the main process writes the texts
in run order, so the bytes are the same as drawn serially.

Only where forking is safe (`pool.fork_is_safe`): a forked process inherits
the drawing function and the spool as they are, with nothing pickled but a
number and a text. Elsewhere, and for a few reports, they are drawn here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from functools import partial
from itertools import islice

from kipp_check.batch.pool import fork_is_safe, worker_pool
from kipp_check.reporters import DrawEach

DRAWN_ALONE_BELOW = 8
"""Fewer reports than this are drawn in the main process: starting processes costs more."""
_IN_FLIGHT_PER_PROCESS = 2
"""Reports asked for per drawing process at a time: both busy, few texts held waiting."""

Draw = Callable[[int], str]

_draw: Draw | None = None
"""The drawing function of the run being drawn; forked processes inherit it."""


def in_processes(processes: int) -> DrawEach:
    """A batch's way to draw its reports (`RenderSettings.draw_each`): in `processes`."""
    return partial(drawn_in_order, processes=processes)


def drawn_in_order(count: int, draw: Draw, processes: int) -> Iterator[str]:
    """`draw(0)`, `draw(1)`, … `draw(count - 1)`, in that order, made in up to `processes`.

    `draw` must depend on nothing but its number and what a forked process
    inherits; it runs here when parallel drawing is not worth it or not safe.
    Stopping early (a closed pipe, Ctrl-C) kills the drawing processes.
    """
    if processes < 2 or count < DRAWN_ALONE_BELOW or not fork_is_safe():
        yield from map(draw, range(count))
        return
    global _draw
    _draw = draw
    try:
        with worker_pool(processes, forked=True) as pool:
            numbers = iter(range(count))
            waiting: deque[Future[str]] = deque(
                pool.submit(_draw_number, n)
                for n in islice(numbers, processes * _IN_FLIGHT_PER_PROCESS)
            )
            while waiting:
                drawn = waiting.popleft().result()
                for number in islice(numbers, 1):
                    waiting.append(pool.submit(_draw_number, number))
                yield drawn
    finally:
        _draw = None


def _draw_number(number: int) -> str:
    """In a drawing process: the inherited drawing function's text for `number`."""
    if _draw is None:  # only a forked process gets here, and it inherited the function
        raise RuntimeError("no drawing function in this process")
    return _draw(number)
