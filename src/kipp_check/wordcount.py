"""Count words the way a person (and SINOVIK's counter, as far as we know) would.

A word is a whitespace-separated token holding at least one letter or digit:
`masing-masing`, `dan/atau`, `Rp1.250.000` and `25%` are one word each, while a
lone dash, bullet or `%` is not a word. The portal's own method is not
published (dossier §12, `proposal.word_count_method`), so the report always
shows the count next to the limit.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_WORDISH = re.compile(r"\w")


def count_words(text: str) -> int:
    """The number of words in `text`."""
    return sum(1 for token in _TOKEN.findall(text) if _WORDISH.search(token))
