"""Count words as SINOVIK's form counts them, or stricter, so a count that fits here fits there.

Regional copies of the SINOVIK form count an answer's words by stripping its
markup (HTML tags) and splitting the rest on whitespace (dossier §12,
`proposal.word_count_method`): every token is a word, so a bullet `-`, a lone
`:`, a `###` or a table's `|` counts. A reader would not count those; the
portal does, and a bullet-heavy answer counts 10–14 % more there. The report
counts both ways and shows the larger, the stricter of the two, so an answer
within its limit here is within it on the portal.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_WORDISH = re.compile(r"\w")
_TAG = re.compile(r"<[^<>]{0,200}>")
"""An HTML tag as the portal's editor strips it (`strip_tags`), joining what it separated."""


def portal_count(text: str) -> int:
    """Words as the portal counts them: markup stripped, then whitespace-separated tokens."""
    return len(_TAG.sub("", text).split())


def reader_count(text: str) -> int:
    """Words as a person counts them: tokens holding a letter or digit (no lone bullets)."""
    return sum(1 for token in _TOKEN.findall(text) if _WORDISH.search(token))


def count_words(text: str) -> int:
    """The number of words in `text`: the stricter (larger) of the portal's and a reader's count."""
    return max(portal_count(text), reader_count(text))
