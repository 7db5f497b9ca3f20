"""A batch's overview drawn a slice of rows at a time is the text of the table drawn whole.

The rows are made to be awkward: titles of one long word (folded), of many
short ones (wrapped), numbers of several widths, empty fields, the widest
cell of a column early, late or twice; with colour and without, in Unicode
and in ASCII, at slice sizes from one row to more than all of them.
"""

from __future__ import annotations

import io
import random

import pytest
from rich.measure import Measurement

from kipp_check.i18n import Lang
from kipp_check.reporters import RenderSettings, terminal
from kipp_check.reporters.summary import SummaryRow
from kipp_check.reporters.terminal_overview import drawn_in_slices

WORDS = ("Sistem", "Layanan", "Desa", "Pelayanan", "Terpadu", "Kabupaten", "SIGAP", "x")


def _phrase(rng: random.Random, most: int) -> str:
    if rng.random() < 0.1:
        return ""
    if most > 4 and rng.random() < 0.1:
        return "Supercalifragilistik" * rng.randint(1, 4)  # one word wider than its column
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, most)))


def _rows(seed: int, count: int) -> list[SummaryRow]:
    """Rows of short fields for even seeds (the table fits: its widest cells set the widths)."""
    rng = random.Random(seed)
    most = 2 if seed % 2 == 0 else 12
    return [
        SummaryRow(
            number=rng.choice([number, number * 1000 + 7]),
            file=f"p{number}/proposal.yaml",
            title=_phrase(rng, most),
            institution=_phrase(rng, most),
            group=_phrase(rng, 3),
            category=_phrase(rng, most),
            days_left=rng.choice([None, -12000, -3, 0, 14, 1500]),
            readiness=rng.choice([0, 7, 85, 100]),
            errors=rng.choice([0, 3, 12, 4096, 123456]),
            warnings=rng.choice([0, 1, 99, 12345678901]),
            ready=rng.random() < 0.5,
        )
        for number in range(1, count + 1)
    ]


def _whole(rows: list[SummaryRow], settings: RenderSettings, glyphs: dict[str, str]) -> str:
    table = terminal._overview_table(Lang.ID, glyphs)
    for row in rows:
        table.add_row(*terminal._overview_cells(row, Lang.ID))
    return terminal._drawn(table, settings)


def _sliced(
    rows: list[SummaryRow], settings: RenderSettings, glyphs: dict[str, str], size: int
) -> str:
    console = terminal._console(io.StringIO(), settings.color, settings.width)
    parts = drawn_in_slices(
        lambda: terminal._overview_table(Lang.ID, glyphs),
        lambda: (terminal._overview_cells(row, Lang.ID) for row in rows),
        lambda table: terminal._drawn(table, settings),
        lambda cell: Measurement.get(console, console.options, cell),
        size,
    )
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("ascii_only", [False, True], ids=["unicode", "ascii"])
def test_the_overview_in_slices_is_the_overview_whole(
    seed: int, color: bool, ascii_only: bool
) -> None:
    rows = _rows(seed, 24)
    settings = RenderSettings(color=color, width=100 if seed % 3 else 80, ascii_only=ascii_only)
    glyphs = terminal._ASCII if ascii_only else terminal._UNICODE
    whole = _whole(rows, settings, glyphs)
    assert whole.count("\n") > len(rows)  # some rows take several lines
    for size in (1, 7, 100):
        assert _sliced(rows, settings, glyphs, size) == whole, size


def test_an_overview_of_no_rows_is_its_header() -> None:
    settings = RenderSettings()
    glyphs = terminal._UNICODE
    assert _sliced([], settings, glyphs, 5) == _whole([], settings, glyphs)
