"""The banner a report opens with: which edition was checked, and what that means today.

One line per notice, decided here once for every format (the reporters word
and place it): the edition asked for has no pack and another stands in; the pack
is provisional; its window is not announced; or today is after its close. In
the last case the window is no longer assessed (JDW001 stays quiet), so a
proposal does not turn red for a reason no edit can fix, and the banner says
what to do instead: carry the proposal to the next edition with `migrate`.
"""

from __future__ import annotations

import datetime as dt
import shlex

from kipp_check.models.phrase import Phrase, Value
from kipp_check.models.results import Notice
from kipp_check.packs.editions import EditionChoice, next_edition
from kipp_check.packs.model import Pack
from kipp_check.pipeline.deadline import is_closed


def edition_notices(
    pack: Pack,
    edition: EditionChoice,
    *,
    file: str,
    today: dt.date,
    zone_name: str | None,
) -> tuple[Notice, ...]:
    """The banner's lines for a proposal `file` checked against `pack` on `today`."""
    notices: list[Notice] = []
    if edition.stand_in:
        message = Phrase.of("banner.stand_in", requested=_title(edition.requested), used=pack.title)
        notices.append(Notice("stand_in", message))
    if pack.provisional:
        until = pack.sources_until.isoformat()
        notices.append(
            Notice("provisional", Phrase.of("banner.provisional", edition=pack.title, until=until))
        )
    closes = pack.submission.closes
    if closes is None and not edition.stand_in:
        notices.append(
            Notice("not_announced", Phrase.of("banner.not_announced", edition=pack.title))
        )
    elif closes is not None and is_closed(pack, today, zone_name):
        following = next_edition(pack.year)
        fields: dict[str, Value] = {"edition": pack.title, "closes": closes.value}
        if following is None:
            message = Phrase.of("banner.closed_no_next", **fields)
        else:
            message = Phrase.of("banner.closed", file=shlex.quote(file), next=following, **fields)
        notices.append(Notice("closed", message))
    return tuple(notices)


def _title(edition_id: str) -> str:
    """`kipp-2027` as a reader names it: `KIPP 2027`."""
    return edition_id.replace("kipp-", "KIPP ", 1) if edition_id.startswith("kipp-") else edition_id
