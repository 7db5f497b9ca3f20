"""The quick reader gives the same events, marks and errors as PyYAML's own (issue 17).

`QuickForward` moves over ordinary runs in one step; every line and column a
finding names comes from these marks, so they are compared whole, on every
YAML file in the repository and on generated text full of the characters the
reader counts otherwise (line breaks of every kind, carriage returns, BOMs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kipp_check.loader.resolver import KippLoader

_ROOT = Path(__file__).resolve().parents[3]


class _StockLoader(yaml.SafeLoader):
    """PyYAML's pure-Python loader as it comes: the reference."""


def _marks(mark: Any) -> tuple[int, int, int]:
    return (mark.index, mark.line, mark.column)


def _reading(text: str | bytes, loader: type[yaml.SafeLoader]) -> list[object]:
    """Every event with its value and marks, and the error (with its message) if one ends it."""
    seen: list[object] = []
    try:
        for event in yaml.parse(text, Loader=loader):
            value = getattr(event, "value", None)
            style = getattr(event, "style", None)
            seen.append(
                (
                    type(event).__name__,
                    value,
                    style,
                    _marks(event.start_mark),
                    _marks(event.end_mark),
                )
            )
    except yaml.YAMLError as error:
        seen.append((type(error).__name__, str(error)))
    return seen


def _same(text: str | bytes) -> None:
    assert _reading(text, KippLoader) == _reading(text, _StockLoader)


def _yaml_files() -> list[Path]:
    found = [
        path
        for folder in ("examples", "tests", "src")
        for path in sorted((_ROOT / folder).rglob("*.y*ml"))
        if path.is_file() and path.stat().st_size < 2_000_000
    ]
    assert len(found) >= 10  # the search finds the repository's files at all
    return found


def test_every_yaml_file_here_reads_the_same() -> None:
    for path in _yaml_files():
        data = path.read_bytes()
        assert _reading(data, KippLoader) == _reading(data, _StockLoader), path


def test_long_runs_between_every_kind_of_break_read_the_same() -> None:
    line = "kata " * 40
    for brk in ("\n", "\r\n", "\r", "\x85", "\u2028", "\u2029"):
        _same(f"jawaban: |\n  {line}{brk}  {line}\ufeff{line}{brk}  akhir{brk}judul: x{brk}")
        _same(f"a: >-\n  {line}{brk}{brk}  {line}\nb: '{line}{brk} {line}'\n")


_PIECES = st.sampled_from(
    [
        *("a", "kata ", ": ", "- ", "|", ">", "  ", "\n", "\r\n", "\r", "\x85", "\u2028"),
        *("\ufeff", "'", '"', "#", "\t", "é", "[", "]", "{", "}", ",", "?", "&a", "*a", "---\n"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60), st.integers(min_value=0, max_value=200))
def test_generated_text_reads_the_same(pieces: list[str], run: int) -> None:
    body = "".join(pieces)
    _same(f"jawaban: |\n  {'x' * run}{body}\n  {body}\nlain: {body}")
    _same(body)
