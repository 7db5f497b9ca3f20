"""The submission deadline as an instant, shown in the institution's own time zone.

SINOVIK closes at a time stated in WIB; an office in WITA or WIT sees that
moment an hour or two later on its own clock, and near midnight that is the
next calendar day. Indonesia has no daylight saving, so fixed offsets are exact.
"""

from __future__ import annotations

import datetime as dt

from kipp_check.models.phrase import Phrase, Value, joined
from kipp_check.models.results import Confidence
from kipp_check.packs.model import Pack

ZONE_OFFSETS: dict[str, int] = {"WIB": 7, "WITA": 8, "WIT": 9}


def zone(name: str) -> dt.timezone:
    """The fixed-offset zone for WIB, WITA or WIT."""
    return dt.timezone(dt.timedelta(hours=ZONE_OFFSETS[name]), name)


def closing_instant(pack: Pack) -> dt.datetime | None:
    """The moment registration closes, in the pack's own zone; `None` while not announced."""
    if pack.submission.closes is None:
        return None
    hour, minute = (int(part) for part in pack.submission.closing_time.value.split(":"))
    closes = pack.submission.closes.value
    return dt.datetime.combine(closes, dt.time(hour, minute), zone(pack.submission.time_zone.value))


def local_deadline(pack: Pack, zone_name: str | None) -> dt.datetime | None:
    """The closing moment on the institution's clock (the pack's zone when unknown)."""
    instant = closing_instant(pack)
    if instant is None:
        return None
    return instant.astimezone(zone(zone_name)) if zone_name else instant


def last_day(pack: Pack, zone_name: str | None) -> dt.date | None:
    """The last whole day a proposal can be submitted, on the institution's clock.

    The closing date on the local clock or on the pack's clock, whichever is
    earlier: on a WITA or WIT clock 23:59 WIB falls just after midnight of the
    next day, so that day is closed almost from its start. The schedule rules
    and the days left both count to this day, so they never disagree. `None`
    while the window is not announced.
    """
    local = local_deadline(pack, zone_name)
    if local is None or pack.submission.closes is None:
        return None
    return min(local.date(), pack.submission.closes.value)


def is_closed(pack: Pack, today: dt.date, zone_name: str | None = None) -> bool:
    """Whether `today` is after the edition's last day to submit (never while not announced)."""
    last = last_day(pack, zone_name)
    return last is not None and today > last


def days_left(pack: Pack, today: dt.date, zone_name: str | None) -> int | None:
    """Whole days from `today` to the last whole local day (`last_day`); negative once closed."""
    last = last_day(pack, zone_name)
    return None if last is None else (last - today).days


def years_between(start: dt.date, end: dt.date) -> int:
    """Completed years from `start` to `end`, as an age is counted."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def deadline_moment(pack: Pack, zone_name: str | None) -> Value:
    """The closing moment on the institution's clock, worded when shown (`4 Juni 2025 pukul 00.59
    WITA`); a phrase saying the window is not announced yet when it is not."""
    local = local_deadline(pack, zone_name)
    return local if local is not None else Phrase("edition.window_unknown")


def deadline_line(pack: Pack, zone_name: str | None) -> Value:
    """The header's deadline: local time, the pack's own (WIB) time beside it, and how sure.

    `4 Juni 2025 pukul 00.59 WITA (3 Juni 2025 pukul 23.59 WIB; jam penutupan
    diasumsikan dari KIPP 2023)`: SINOVIK states the hour in WIB, and the 2025
    closing hour is not confirmed, so the reader sees both clocks and the doubt.
    """
    local, own = local_deadline(pack, zone_name), closing_instant(pack)
    if local is None or own is None:
        return Phrase("edition.window_unknown")
    notes: list[Value] = [] if local.tzname() == own.tzname() else [own]
    hour = pack.submission.closing_time
    if hour.confidence is Confidence.ASSUMED:
        notes.append(Phrase.of("report.closing_assumed", edition=hour.assumed_from or ""))
    elif hour.confidence is Confidence.REPORTED:
        notes.append(Phrase("report.closing_reported"))
    return Phrase.of("phrase.noted", text=local, notes=joined(notes, "; ")) if notes else local
