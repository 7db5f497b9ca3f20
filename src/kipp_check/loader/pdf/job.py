"""What crosses the boundary to a PDF worker and back: the job, the reading, the text plan.

These are plain values and import no pypdf, so the main process of a run can
make jobs and use readings without importing pypdf at all (about 50 ms of a
one-proposal run, issue 17): pypdf is imported by the PDF workers
(`sandbox.serve`), in parallel with the main process's own work, and by a
batch before it forks its workers (`batch/runner.py`), so they inherit it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from kipp_check.loader.regular_file import CheckedFile

FIRST_WORDS = 12
FIRST_WORDS_CHARS = 120


@dataclass(frozen=True)
class TextPlan:
    """How much text to read from one file: at most `pages` pages and `chars` characters."""

    pages: int = 0
    chars: int = 0


@dataclass(frozen=True)
class PdfJob:
    """One file for a worker: the file (or its bytes), how much text to read, how many pages."""

    data: bytes | CheckedFile
    text: TextPlan
    pages_examined: int
    """Pages looked at for active content, and, unless `pages_sampled`, for size and layer."""
    pages_sampled: int | None = None
    """Pages (the first ones) given a paper size and a layer, when fewer than examined."""


@dataclass(frozen=True)
class PdfReading:
    """What pypdf learned of one PDF, as plain values so it can cross a process boundary."""

    pages: int | None = None
    encrypted: bool | None = None
    opens_without_password: bool | None = None
    page_sizes: tuple[str, ...] = ()
    page_layers: tuple[str, ...] = ()
    page_images: tuple[bool, ...] = ()
    signature_field: bool | None = None
    signed: bool | None = None
    producer: str = ""
    text: tuple[str, ...] = ()
    active_content: tuple[str, ...] = ()
    problem: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    """The `{name}` fields of `problem`; an exception's class, never its message."""


def first_words(pages: tuple[str, ...]) -> str:
    """The first dozen words of `pages`, safe to print, at most 120 characters."""
    words = " ".join(pages).split()[:FIRST_WORDS]
    return printable(" ".join(words), FIRST_WORDS_CHARS)


def printable(text: str, limit: int) -> str:
    """`text` with control and invisible characters dropped, whitespace collapsed, shortened."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text[: limit * 4]
        if ch.isspace() or unicodedata.category(ch)[0] not in "CZ"
    )
    out = " ".join(kept.split())
    return out if len(out) <= limit else out[: limit - 1].rstrip() + "…"
