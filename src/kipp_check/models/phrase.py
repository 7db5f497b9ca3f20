"""Words not yet said: a catalogue key with typed arguments, worded when it is printed.

Nothing below the CLI and the reporters knows who will read a report, so a
finding, a skip reason, a banner line or a usage error carries a `Phrase`
instead of a sentence; `kipp_check.i18n.render` says it in the reader's
language. The arguments are typed so that each is worded in that language
too: a `Label` (a pack item's name, which the pack gives in both languages),
a date (`3 Juni 2025` / `3 June 2025`), a moment with its time zone, a nested
`Phrase`, a `Joined` list, or a plain number or string shown as it is (a
count stays an `int`, so English nouns can agree with it). Everything is
frozen and hashable: findings are compared, sorted and pickled into the spool.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Label:
    """A name the pack (or a proposal's form) gives in Indonesian and in English."""

    id: str
    en: str


@dataclass(frozen=True)
class Joined:
    """Values worded one by one and joined with `sep` (`a, b, c`; `12/300 + 40/150`)."""

    items: tuple[Value, ...]
    sep: str = ", "


Value = Union[str, int, float, dt.date, dt.datetime, Label, Joined, "Phrase", None]
"""One argument of a phrase. A `dt.datetime` must be aware: its zone name is shown."""

Args = tuple[tuple[str, Value], ...]
"""A phrase's `{name}` fields as (name, value) pairs, sorted by name."""


def args_of(fields: dict[str, Value]) -> Args:
    """`fields` as the sorted pairs a phrase or finding keeps."""
    return tuple(sorted(fields.items()))


@dataclass(frozen=True)
class Phrase:
    """The catalogue message `key` with its `{name}` fields."""

    key: str
    args: Args = ()

    @classmethod
    def of(cls, key: str, /, **fields: Value) -> Phrase:
        """`Phrase("key", args)` from keyword arguments."""
        return cls(key, args_of(fields))


def joined(items: Iterable[Value], sep: str = ", ") -> Joined:
    """`Joined` from any iterable."""
    return Joined(tuple(items), sep)
