"""One catalogue entry: the same sentence in both languages."""

from __future__ import annotations

from typing import NamedTuple


class Message(NamedTuple):
    """A sentence in Indonesian (`id`) and English (`en`), with `{name}` fields."""

    id: str
    en: str
