"""Deadline maths: one closing instant, seen on a WIB, WITA or WIT office clock."""

from __future__ import annotations

import datetime as dt

import pytest

from kipp_check.i18n import Lang
from kipp_check.i18n.render import format_date, say
from kipp_check.packs import load_pack
from kipp_check.packs.model import Pack
from kipp_check.pipeline.deadline import (
    closing_instant,
    days_left,
    deadline_moment,
    local_deadline,
    years_between,
    zone,
)

UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack("kipp-2025")


def test_zones_are_fixed_offsets_named_as_indonesians_name_them() -> None:
    moment = dt.datetime(2025, 1, 1, tzinfo=UTC)
    assert [
        (zone(z).utcoffset(moment), zone(z).tzname(moment)) for z in ("WIB", "WITA", "WIT")
    ] == [
        (dt.timedelta(hours=7), "WIB"),
        (dt.timedelta(hours=8), "WITA"),
        (dt.timedelta(hours=9), "WIT"),
    ]


def test_closing_instant_is_2359_wib_on_3_june(pack: Pack) -> None:
    closes = closing_instant(pack)
    assert closes == dt.datetime(2025, 6, 3, 16, 59, tzinfo=UTC)
    assert (closes.date(), closes.strftime("%H:%M"), closes.tzname()) == (
        dt.date(2025, 6, 3),
        "23:59",
        "WIB",
    )


@pytest.mark.parametrize(
    ("zone_name", "wall_clock"),
    [
        (None, dt.datetime(2025, 6, 3, 23, 59)),
        ("WIB", dt.datetime(2025, 6, 3, 23, 59)),
        ("WITA", dt.datetime(2025, 6, 4, 0, 59)),
        ("WIT", dt.datetime(2025, 6, 4, 1, 59)),
    ],
)
def test_local_deadline_is_the_same_instant_on_another_clock(
    pack: Pack, zone_name: str | None, wall_clock: dt.datetime
) -> None:
    local = local_deadline(pack, zone_name)
    assert local is not None
    assert local == closing_instant(pack)
    assert (local.replace(tzinfo=None), local.tzname()) == (wall_clock, zone_name or "WIB")


@pytest.mark.parametrize(
    ("today", "zone_name", "left"),
    [
        (dt.date(2025, 5, 20), "WIB", 14),
        (dt.date(2025, 5, 20), None, 14),
        # Counted to the last whole local day: 3 June on every clock (issue 15, item 5).
        (dt.date(2025, 5, 20), "WITA", 14),
        (dt.date(2025, 5, 20), "WIT", 14),
        (dt.date(2025, 6, 3), "WIB", 0),
        (dt.date(2025, 6, 3), "WITA", 0),
        (dt.date(2025, 6, 4), "WIB", -1),
        (dt.date(2025, 6, 4), "WITA", -1),
        (dt.date(2025, 7, 1), "WIT", -28),
    ],
)
def test_days_left(pack: Pack, today: dt.date, zone_name: str | None, left: int) -> None:
    assert days_left(pack, today, zone_name) == left


def test_2023_closed_on_6_may() -> None:
    pack = load_pack("kipp-2023")
    assert closing_instant(pack) == dt.datetime(2023, 5, 6, 23, 59, tzinfo=zone("WIB"))
    assert (days_left(pack, dt.date(2025, 5, 20), "WIB") or 0) < 0


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [
        (dt.date(2021, 8, 2), dt.date(2023, 8, 2), 2),
        (dt.date(2021, 8, 2), dt.date(2023, 8, 1), 1),
        (dt.date(2021, 8, 2), dt.date(2023, 8, 3), 2),
        (dt.date(2023, 6, 3), dt.date(2025, 6, 3), 2),
        (dt.date(2023, 6, 4), dt.date(2025, 6, 3), 1),
        (dt.date(2024, 12, 31), dt.date(2025, 1, 1), 0),
        (dt.date(2025, 6, 3), dt.date(2025, 6, 3), 0),
        (dt.date(2020, 2, 29), dt.date(2021, 2, 28), 0),
        (dt.date(2020, 2, 29), dt.date(2021, 3, 1), 1),
        (dt.date(2020, 2, 29), dt.date(2024, 2, 29), 4),
    ],
)
def test_years_between_counts_completed_years(start: dt.date, end: dt.date, years: int) -> None:
    assert years_between(start, end) == years


@pytest.mark.parametrize(
    ("lang", "written"),
    [(Lang.ID, "3 Juni 2025"), (Lang.EN, "3 June 2025")],
)
def test_format_date(lang: Lang, written: str) -> None:
    assert format_date(dt.date(2025, 6, 3), lang) == written


@pytest.mark.parametrize(
    ("zone_name", "lang", "written"),
    [
        ("WITA", Lang.ID, "4 Juni 2025 pukul 00.59 WITA"),
        ("WIT", Lang.ID, "4 Juni 2025 pukul 01.59 WIT"),
        ("WIB", Lang.ID, "3 Juni 2025 pukul 23.59 WIB"),
        (None, Lang.ID, "3 Juni 2025 pukul 23.59 WIB"),
        ("WITA", Lang.EN, "4 June 2025 at 00:59 WITA"),
    ],
)
def test_format_deadline(pack: Pack, zone_name: str | None, lang: Lang, written: str) -> None:
    assert say(deadline_moment(pack, zone_name), lang) == written


def test_every_month_has_its_indonesian_name() -> None:
    names = [format_date(dt.date(2025, m, 1), Lang.ID).split()[1] for m in range(1, 13)]
    assert names == [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
