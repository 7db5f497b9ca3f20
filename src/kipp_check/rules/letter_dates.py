"""Dates as Indonesian letters write them: `12 Mei 2025`, `12-05-2025`, `12/05/2025`.

Day-month-year is the Indonesian order, so `03/06/2025` is 3 June. A date a
letter looks forward to ("berlaku sampai 31 Desember 2025", "paling lambat
...") is not the letter's own date and is left out; so are impossible dates
such as `31-02-2025` and dates without a day ("Mei 2025").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    **dict.fromkeys(("januari", "jan", "january"), 1),
    **dict.fromkeys(("februari", "pebruari", "feb", "peb", "february"), 2),
    **dict.fromkeys(("maret", "mar", "march"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("agustus", "agu", "agt", "ags", "agst", "aug", "august"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "okt", "oct", "october"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "des", "dec", "december"), 12),
}
_WORDED = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})[\s.-]*(?P<month>[A-Za-z]{3,9})\.?[\s,.-]*(?P<year>\d{4})(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/.-]\d)"
)
_ISO = re.compile(r"(?<![\w/.-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])")
_FORWARD = re.compile(
    r"(?:sampai|hingga|s\.?\s?d\.?|s/d|berlaku|akan|rencana|paling\s+lambat|selambat|batas)"
    r"[^\n]{0,25}$",
    re.IGNORECASE,
)
_MIN_YEAR, _MAX_YEAR = 1945, 2100


@dataclass(frozen=True)
class FoundDate:
    """A date in a text, with the words that wrote it."""

    day: dt.date
    written: str


def dates_in(text: str) -> list[FoundDate]:
    """Every date `text` states as a fact, in order of appearance."""
    found: list[tuple[int, FoundDate]] = []
    for pattern in (_WORDED, _NUMERIC, _ISO):
        for match in pattern.finditer(text):
            day = _as_date(match)
            if day is None or _FORWARD.search(text[max(0, match.start() - 40) : match.start()]):
                continue
            found.append((match.start(), FoundDate(day, " ".join(match.group(0).split()))))
    return [date for _, date in sorted(found, key=lambda item: item[0])]


def _as_date(match: re.Match[str]) -> dt.date | None:
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.casefold())
    year = int(match["year"])
    if month is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, int(match["day"]))
    except ValueError:  # 31-02-2025 is no date
        return None
