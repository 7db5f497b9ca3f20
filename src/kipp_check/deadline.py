"""The submission deadline as an instant, shown in the institution's own time zone.

SINOVIK closes at a time stated in WIB; an office in WITA or WIT sees that
moment an hour or two later on its own clock, and near midnight that is the
next calendar day. Indonesia has no daylight saving, so fixed offsets are exact.
"""

from __future__ import annotations

import datetime as dt

from kipp_check.i18n import Lang, text
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
    if pack.submission.closes is None:
        raise ValueError(f"{pack.id}: the submission window is not announced")
    closes = pack.submission.closes.value
    return dt.datetime.combine(closes, dt.time(hour, minute), zone(pack.submission.time_zone.value))


def local_deadline(pack: Pack, zone_name: str | None) -> dt.datetime | None:
    """The closing moment on the institution's clock (the pack's zone when unknown)."""
    instant = closing_instant(pack)
    if instant is None:
        return None
    return instant.astimezone(zone(zone_name)) if zone_name else instant


def last_day(pack: Pack, zone_name: str | None) -> dt.date | None:
    """The last calendar day a proposal can be submitted, `None` while not announced.

    The closing date on the institution's clock or on the pack's, whichever is
    earlier: on a WITA or WIT clock, 23:59 WIB falls just after midnight of the
    next day, so that day is closed almost from its start.
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
    """Whole calendar days from `today` to the local closing date; negative once closed."""
    local = local_deadline(pack, zone_name)
    return None if local is None else (local.date() - today).days


def years_between(start: dt.date, end: dt.date) -> int:
    """Completed years from `start` to `end`, as an age is counted."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def format_date(day: dt.date, lang: Lang) -> str:
    """A date as the report's language writes it: `3 Juni 2025`, `3 June 2025`."""
    return f"{day.day} {text(f'month.{day.month}', lang)} {day.year}"


def format_deadline(pack: Pack, zone_name: str | None, lang: Lang) -> str:
    """The closing moment in words on the institution's clock: `4 Juni 2025 pukul 00.59 WITA`."""
    local = local_deadline(pack, zone_name)
    if local is None:
        return text("edition.window_unknown", lang)
    return text(
        "report.datetime",
        lang,
        date=format_date(local.date(), lang),
        time=text("report.time", lang, hour=f"{local.hour:02d}", minute=f"{local.minute:02d}"),
        zone=local.tzname() or "",
    )
