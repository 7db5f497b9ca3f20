"""Where each key and value of the proposal was written, kept beside the data.

The positions live in a side table keyed by `DocPath`, not in subclassed `dict`
and `str` values: pydantic copies and coerces values, and marks hidden inside
them would be lost (style anchor §7.4). Validation errors carry `loc` tuples
that are directly such paths, so the engine can turn any finding into a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kipp_check.models.results import DocPath, Span

Position = tuple[int, int]
"""A 1-based (line, column), stored as a bare tuple: a big file has many."""


class _Marked(Protocol):
    """Anything with PyYAML's 0-based `line` and `column` (pure-Python or C mark)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


def mark_position(mark: _Marked | None) -> Position:
    """The one place where PyYAML's 0-based marks become 1-based positions."""
    if mark is None:
        return (1, 1)
    return (mark.line + 1, mark.column + 1)


def mark_span(mark: _Marked | None) -> Span:
    """`mark_position` as a `Span`, for findings."""
    line, column = mark_position(mark)
    return Span(line, column)


@dataclass(frozen=True, slots=True)
class ScalarInfo:
    """A scalar as the user wrote it, so rules can quote it back.

    `text` has no quotes; for a one-line plain scalar it is exactly the
    source, for quoted and block scalars it has escapes and folding applied.
    `yaml11` is set only for a plain scalar that our resolver keeps as text
    but that YAML 1.1 (PyYAML's default, and many other tools) would read as
    something else: `NO` → "false", `010` → "8", `1:20` → "80". It lets a
    rule say "other tools read this as 8; put it in quotes".
    """

    text: str
    plain: bool
    yaml11: str | None = None


class SourceMap:
    """Positions of keys and values by document path, filled by the loader's walk."""

    def __init__(
        self,
        *,
        keys: dict[DocPath, Position] | None = None,
        values: dict[DocPath, Position] | None = None,
        scalars: dict[DocPath, ScalarInfo] | None = None,
        key_order: dict[DocPath, tuple[str, ...]] | None = None,
    ) -> None:
        self._keys = keys if keys is not None else {}
        self._values = values if values is not None else {}
        self._scalars = scalars if scalars is not None else {}
        self._key_order = key_order if key_order is not None else {}

    def key_span(self, path: DocPath) -> Span | None:
        """Where the mapping key that ends `path` is written."""
        found = self._keys.get(path)
        return Span(*found) if found else None

    def value_span(self, path: DocPath) -> Span | None:
        """Where the value at `path` starts (a list item's dash comes just before)."""
        found = self._values.get(path)
        return Span(*found) if found else None

    def lookup(self, path: DocPath) -> Span:
        """The best position for a finding about `path`, even if `path` is absent.

        A missing required key has no position of its own; the key of the
        nearest ancestor that exists is where the user must add it. Root and
        list items have no key, so their value position is used instead.
        """
        exact = self._values.get(path)
        if exact:
            return Span(*exact)
        for end in range(len(path) - 1, -1, -1):
            ancestor = path[:end]
            found = self._keys.get(ancestor) or self._values.get(ancestor)
            if found:
                return Span(*found)
        return Span(1, 1)

    def scalar(self, path: DocPath) -> ScalarInfo | None:
        """The source text of the scalar at `path`, or None for a collection or absent path."""
        return self._scalars.get(path)

    def keys_at(self, path: DocPath) -> tuple[str, ...]:
        """The keys written in the mapping at `path`, in source order, each once."""
        return self._key_order.get(path, ())

    def __len__(self) -> int:
        """How many values have a position; handy in tests and debugging."""
        return len(self._values)
