"""A rich table drawn a slice of rows at a time, in exactly the text it has drawn whole.

Rich sizes a table's columns from every cell and holds every row while it
draws (about 7 KB a row for a batch's overview), so the overview of a
thousand proposals would be held whole. Yet a column's width depends only on
its header and its widest cells: rich takes each column's widest measure,
then, if the table is too wide, narrows the columns that can wrap and
measures again at the new widths, where the same cells are still the widest.
So one pass measures every cell and keeps the few rows that hold a column's
widest maximum (or widest minimum, which rich 15 does not use but costs
nothing to keep); each slice is then drawn as a table of those widest rows
followed by the slice's own, and the widest rows' lines are cut out. Every
row is drawn at the widths of the whole table, and a row's lines depend on
nothing else (no lines between rows, no edge, the same padding for all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from rich.console import RenderableType
from rich.measure import Measurement
from rich.table import Table

Cells = tuple[RenderableType, ...]
"""One row of the table, a renderable per column."""

SLICE = 50
"""Rows drawn at once."""


def drawn_in_slices(
    new_table: Callable[[], Table],
    rows: Callable[[], Iterable[Cells]],
    draw: Callable[[Table], str],
    measure: Callable[[RenderableType], Measurement],
    size: int = SLICE,
) -> Iterator[str]:
    """The text of `new_table()` with every row of `rows()` added, a slice of rows at a time.

    `rows` is called twice (to measure, then to draw), and `draw` must end
    every line, the last included, with a newline, as printing a table does.
    """
    widest = _widest_rows(rows(), measure)
    head_and_widest = len(_lines(draw(_table(new_table, widest))))
    widest_lines = len(_lines(draw(_table(new_table, widest + widest)))) - head_and_widest
    head = head_and_widest - widest_lines
    first = True
    for part in _slices(rows(), size):
        lines = _lines(draw(_table(new_table, widest + part)))
        kept = lines[head_and_widest:]
        if first:  # the header opens the table, once
            kept = lines[:head] + kept
            first = False
        yield "".join(f"{line}\n" for line in kept)
    if first:  # no rows: the header alone
        yield draw(new_table())


def _widest_rows(
    rows: Iterable[Cells], measure: Callable[[RenderableType], Measurement]
) -> list[Cells]:
    """The rows that hold some column's widest minimum or widest maximum, in their order."""
    widest_min: dict[int, tuple[int, int]] = {}  # column: (width, row number)
    widest_max: dict[int, tuple[int, int]] = {}
    kept: dict[int, Cells] = {}
    for number, cells in enumerate(rows):
        wider = False
        for column, cell in enumerate(cells):
            least, most = measure(cell)
            if least > widest_min.get(column, (-1, 0))[0]:
                widest_min[column] = (least, number)
                wider = True
            if most > widest_max.get(column, (-1, 0))[0]:
                widest_max[column] = (most, number)
                wider = True
        if wider:
            kept[number] = cells
            still = {n for _, n in (*widest_min.values(), *widest_max.values())}
            kept = {n: row for n, row in kept.items() if n in still}
    return [kept[number] for number in sorted(kept)]


def _table(new_table: Callable[[], Table], rows: list[Cells]) -> Table:
    table = new_table()
    for cells in rows:
        table.add_row(*cells)
    return table


def _slices(rows: Iterable[Cells], size: int) -> Iterator[list[Cells]]:
    each = iter(rows)
    while part := list(islice(each, size)):
        yield part


def _lines(drawn: str) -> list[str]:
    """The lines of a drawn table, without their newlines (rich ends every line with one)."""
    lines = drawn.split("\n")
    if lines[-1]:
        raise ValueError("a drawn table ends with a newline")
    return lines[:-1]
