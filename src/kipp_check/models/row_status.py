"""The status of a report row, defined once: what each word means and how it is derived.

A row's status follows from the gaps the row itself lists, and from nothing
else, so a reader can always see why a row has the status it has:

- `missing` (*belum ada*): a listed error or warning says something required is
  not there (an empty answer, a letter not attached, evidence not attached);
- `needs_work` (*perlu perbaikan*): a listed error or warning says something
  present is wrong (a wrong category, too many words, a date after the deadline);
- `advice` (*saran saja*): the row lists only advice (`info`) findings;
- `ready` (*siap*): the row lists nothing;
- `not_checked` (*tidak diperiksa*): the rules could not run on it.

"Answer missing" and "evidence missing" stay apart: an aspect's row lists the
findings on its answer, the *data dukung* row those on its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Protocol

from kipp_check.models.severity import Severity


class RowStatus(str, Enum):
    """What a report row's listed gaps add up to, from worst to best."""

    NOT_CHECKED = "not_checked"
    MISSING = "missing"
    NEEDS_WORK = "needs_work"
    ADVICE = "advice"
    READY = "ready"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @property
    def score(self) -> float:
        """The share of an aspect's weight this status earns toward readiness."""
        return _SCORE[self]


_SCORE = {
    RowStatus.READY: 1.0,
    RowStatus.ADVICE: 1.0,
    RowStatus.NEEDS_WORK: 0.5,
    RowStatus.MISSING: 0.0,
    RowStatus.NOT_CHECKED: 0.0,
}
_ORDER = tuple(RowStatus)

ABSENCE_SUFFIX = ".missing"
"""Catalogue keys of findings that say something required is absent end in this."""


class _Gap(Protocol):
    """The two facts of a finding that decide a status."""

    @property
    def severity(self) -> Severity: ...

    @property
    def message_key(self) -> str: ...


def is_absence(message_key: str) -> bool:
    """Whether a finding with this catalogue key says something required is not there."""
    return message_key.endswith(ABSENCE_SUFFIX)


def status_from(gaps: Iterable[_Gap]) -> RowStatus:
    """The status of a row that lists `gaps` (see the module's docstring)."""
    listed = list(gaps)
    serious = [g for g in listed if g.severity is not Severity.INFO]
    if any(is_absence(g.message_key) for g in serious):
        return RowStatus.MISSING
    if serious:
        return RowStatus.NEEDS_WORK
    return RowStatus.ADVICE if listed else RowStatus.READY


def worst(statuses: Iterable[RowStatus]) -> RowStatus:
    """The worst of `statuses` (`ready` when there are none)."""
    return min(statuses, key=_ORDER.index, default=RowStatus.READY)


def readiness_percent(weighted: Iterable[tuple[int, RowStatus]], *, ready: bool) -> int:
    """The weighted share of the aspects without gaps, consistent with the verdict.

    Each aspect earns its weight when it is `ready` or has advice only, half when
    it `needs_work`, nothing when it is `missing`. The percentage is 100 only when
    the verdict is ready: a proposal with a blocking finding elsewhere (a letter,
    the deadline, the video) shows at most 99 %.
    """
    pairs = list(weighted)
    total = sum(w for w, _ in pairs)
    if not total:
        return 100 if ready else 0
    percent = int(100 * sum(w * s.score for w, s in pairs) / total)
    return min(percent, 99) if not ready else percent
