"""Schedule rules JDW001–JDW004: the submission window, the days left, the innovation's age.

KIPP 2025 registration runs 8 April – 3 June 2025, closing at 23:59 WIB (the hour
carried over from 2023), which is 00:59 WITA and 01:59 WIT on 4 June.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case


def planned(day: str, zone: str = "WIB") -> str:
    """A proposal of an office in `zone` planning to submit on `day` (line 5)."""
    return (
        "kelompok: umum\n"
        "instansi:\n"
        "  nama: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sekala Raya\n"
        f"  zona_waktu: {zone}\n"
        f"rencana_pengajuan: {day}\n"
    )


def office(zone: str) -> str:
    """A proposal of an office in `zone` with no planned date."""
    return (
        f"kelompok: umum\ninstansi:\n  nama: Dinas Kesehatan Kota Tirtarejo\n  zona_waktu: {zone}\n"
    )


def started(day: str, group: str = "umum") -> str:
    """A proposal of `group` whose implementation started on `day` (line 3)."""
    return f"kelompok: {group}\njudul: SIGAP\nmulai_implementasi: {day}\n"


def on(day: str) -> dt.date:
    return dt.date.fromisoformat(day)


CASES = [
    # JDW001: submitted while registration is open, on the institution's clock.
    Case("JDW001", "planned within the window", planned("2025-05-26"), ()),
    Case("JDW001", "planned on the closing day", planned("2025-06-03"), ()),
    Case("JDW001", "planned a day late", planned("2025-06-04"), (5,)),
    Case("JDW001", "WITA planned on 3 June", planned("2025-06-03", "WITA"), ()),
    Case("JDW001", "WITA planned on 4 June, closed at 00:59", planned("2025-06-04", "WITA"), (5,)),
    Case("JDW001", "WIT planned on 4 June, closed at 01:59", planned("2025-06-04", "WIT"), (5,)),
    Case("JDW001", "planned on the opening day", planned("2025-04-08"), ()),
    Case("JDW001", "planned before the window opens", planned("2025-04-07"), (5,)),
    Case("JDW001", "no plan, today in the window", office("WIB"), ()),
    Case("JDW001", "no plan, today is the closing day", office("WIB"), (), today=on("2025-06-03")),
    # Once the edition has closed, the banner says so and JDW001 stays quiet (issue 14).
    Case("JDW001", "no plan, today after closing", office("WIB"), (), today=on("2025-06-04")),
    Case("JDW001", "WITA, today is 4 June", office("WITA"), (), today=on("2025-06-04")),
    Case("JDW001", "no plan, before the window", office("WIB"), (1,), today=on("2025-04-01")),
    Case("JDW001", "no zone, WIB assumed", "rencana_pengajuan: 2025-06-04\n", (1,)),
    Case("JDW001", "old plan after closing", planned("2025-05-26"), (), today=on("2025-06-10")),
    Case("JDW001", "plan in the past, window open", planned("2025-05-10"), ()),
    Case(
        "JDW001",
        "2023 closing day",
        planned("2023-05-06"),
        (),
        today=on("2023-05-01"),
        pack="kipp-2023",
    ),
    Case(
        "JDW001",
        "2023 after the extension",
        planned("2023-05-07"),
        (5,),
        today=on("2023-05-01"),
        pack="kipp-2023",
    ),
    # JDW002: seven days or fewer left.
    Case("JDW002", "eight days left", office("WIB"), (), today=on("2025-05-26")),
    Case("JDW002", "seven days left", office("WIB"), (1,), today=on("2025-05-27")),
    Case("JDW002", "closing day", office("WIB"), (1,), today=on("2025-06-03")),
    Case("JDW002", "closed (JDW001 says so)", office("WIB"), (), today=on("2025-06-04")),
    Case("JDW002", "WITA office on 4 June", office("WITA"), (), today=on("2025-06-04")),
    Case("JDW002", "WITA office on 3 June", office("WITA"), (1,), today=on("2025-06-03")),
    Case("JDW002", "weeks ahead", "kelompok: umum\n", ()),
    Case("JDW002", "before the window opens", "kelompok: umum\n", (), today=on("2025-04-01")),
    # JDW003: the start date is given and not in the future.
    Case("JDW003", "started in 2021", started("2021-08-02"), ()),
    Case("JDW003", "started today", started("2025-05-20"), ()),
    Case("JDW003", "start missing", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case("JDW003", "start left empty", "kelompok: umum\nmulai_implementasi:\n", (2,)),
    Case("JDW003", "starts tomorrow", started("2025-05-21"), (3,)),
    Case("JDW003", "starts next year", started("2026-01-02"), (3,)),
    # JDW004: old enough at the close (3 June 2025): umum 2 years, replikasi 1.
    Case("JDW004", "umum, four years", started("2021-08-02"), ()),
    Case("JDW004", "umum, exactly two years", started("2023-06-03"), ()),
    Case("JDW004", "umum, a day short of two", started("2023-06-04"), (3,)),
    Case("JDW004", "umum, half a year", started("2024-12-01"), (3,)),
    Case("JDW004", "replikasi, exactly one year", started("2024-06-03", "replikasi"), ()),
    Case("JDW004", "replikasi, a day short", started("2024-06-04", "replikasi"), (3,)),
    Case("JDW004", "replikasi, under two years", started("2023-06-04", "replikasi"), ()),
    Case("JDW004", "future start is JDW003's", started("2025-09-01"), ()),
    Case("JDW004", "no start", "kelompok: umum\n", ()),
    Case("JDW004", "no group", "judul: SIGAP\nmulai_implementasi: 2025-01-06\n", ()),
    Case(
        "JDW004",
        "2023 khusus, two years",
        started("2021-05-06", "khusus"),
        (),
        today=on("2023-05-01"),
        pack="kipp-2023",
    ),
    Case(
        "JDW004",
        "2023 khusus, a day short",
        started("2021-05-07", "khusus"),
        (3,),
        today=on("2023-05-01"),
        pack="kipp-2023",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_late_plan_shows_the_deadline_on_the_office_clock(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, planned("2025-06-04", "WITA"), "JDW001")
    assert found.severity is Severity.ERROR  # the closing date is confirmed
    assert found.message == (
        "rencana pengajuan 2025-06-04 melewati batas akhir 4 Juni 2025 pukul 00.59 WITA"
    )
    assert found.fix == "ajukan sebelum batas akhir dan perbarui `rencana_pengajuan`"


def test_late_plan_in_english(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, planned("2025-06-04", "WIT"), "JDW001", lang=Lang.EN)
    assert found.message == (
        "the planned submission on 2025-06-04 is after the deadline 4 June 2025 at 01:59 WIT"
    )


def test_a_closed_edition_is_no_finding_of_its_own(tmp_path: Path) -> None:
    # The banner says it once (tests/test_editions.py); no edit can reopen the window.
    assert rule_findings(tmp_path, office("WIB"), "JDW001", today=on("2026-12-04")) == []
    assert rule_findings(tmp_path, office("WIB"), "JDW002", today=on("2026-12-04")) == []


def test_early_submission_is_only_a_warning(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, planned("2025-04-07"), "JDW001")
    assert found.severity is Severity.WARNING
    assert found.message == "tanggal 2025-04-07 sebelum pendaftaran dibuka pada 2025-04-08"


def test_days_left_are_counted_to_the_local_deadline(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, office("WITA"), "JDW002", today=on("2025-05-28"))
    assert found.severity is Severity.WARNING
    # Counted to 3 June, the last whole day on a WITA clock (00.59 on 4 June is no day left).
    assert found.message == "tinggal 6 hari sebelum batas akhir 4 Juni 2025 pukul 00.59 WITA"
    assert "*Ajukan*" in found.fix


def test_start_in_the_future_names_the_date(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, started("2025-05-21"), "JDW003", lang=Lang.EN)
    assert found.severity is Severity.ERROR
    assert found.message == "the implementation start date 2025-05-21 is in the future"


def test_age_rule_is_a_warning_while_assumed_from_2021(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, started("2023-06-04"), "JDW004")
    assert found.severity is Severity.WARNING
    assert found.message == (
        "inovasi baru berjalan 1 tahun (sejak 4 Juni 2023) saat pendaftaran ditutup 3 Juni 2025;"
        " minimal 2 tahun "
        "(aturan diasumsikan dari KIPP 2021, belum dikonfirmasi untuk edisi ini)"
    )


def test_age_rule_says_assumed_in_english(tmp_path: Path) -> None:
    yaml = started("2024-06-04", "replikasi")
    (found,) = rule_findings(tmp_path, yaml, "JDW004", lang=Lang.EN)
    assert found.severity is Severity.WARNING
    assert "will have run less than a year (since 4 June 2024)" in found.message  # not "0 years"
    assert "the minimum is 1 year " in found.message
    assert found.message.endswith("(rule assumed from KIPP 2021, not confirmed for this edition)")


def test_a_young_innovation_is_told_in_words_not_zero_years(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, started("2024-09-01"), "JDW004")
    assert "berjalan kurang dari 1 tahun (sejak 1 September 2024)" in found.message
    assert "0 tahun" not in found.message
