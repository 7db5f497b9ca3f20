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


def closing_instant(pack: Pack) -> dt.datetime:
    """The moment registration closes, in the pack's own zone."""
    hour, minute = (int(part) for part in pack.submission.closing_time.value.split(":"))
    if pack.submission.closes is None:
        raise ValueError(f"{pack.id}: the submission window is not announced")
    closes = pack.submission.closes.value
    return dt.datetime.combine(closes, dt.time(hour, minute), zone(pack.submission.time_zone.value))


def local_deadline(pack: Pack, zone_name: str | None) -> dt.datetime:
    """The closing moment on the institution's clock (the pack's zone when unknown)."""
    instant = closing_instant(pack)
    return instant.astimezone(zone(zone_name)) if zone_name else instant


def days_left(pack: Pack, today: dt.date, zone_name: str | None) -> int:
    """Whole calendar days from `today` to the local closing date; negative once closed."""
    return (local_deadline(pack, zone_name).date() - today).days


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
    return text(
        "report.datetime",
        lang,
        date=format_date(local.date(), lang),
        time=text("report.time", lang, hour=f"{local.hour:02d}", minute=f"{local.minute:02d}"),
        zone=local.tzname() or "",
    )
