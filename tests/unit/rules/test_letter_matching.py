"""Reading letters like a person: Indonesian dates, names with titles, titles, institutions."""

from __future__ import annotations

import datetime as dt

import pytest

from kipp_check.rules.letter_dates import dates_in
from kipp_check.rules.letter_text import (
    core_name,
    mentions,
    names_person,
    names_title,
    speaks_of_identity,
    speaks_of_replication,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanjung Sekala, 12 Mei 2025", dt.date(2025, 5, 12)),
        ("tanggal 12-05-2025", dt.date(2025, 5, 12)),
        ("tanggal 12/05/2025", dt.date(2025, 5, 12)),
        ("tanggal 3.6.2025", dt.date(2025, 6, 3)),
        ("pada 2025-05-12", dt.date(2025, 5, 12)),
        ("Tirtarejo, 2 JUNI 2025", dt.date(2025, 6, 2)),
        ("17 Agt. 2024", dt.date(2024, 8, 17)),
        ("1 Nopember 2024", dt.date(2024, 11, 1)),
        ("5 Pebruari 2025", dt.date(2025, 2, 5)),
        ("30 Sept 2024", dt.date(2024, 9, 30)),
        ("12 May, 2025", dt.date(2025, 5, 12)),
    ],
)
def test_indonesian_dates_parse(text: str, expected: dt.date) -> None:
    assert [found.day for found in dates_in(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mei 2025",
        "31-02-2025",
        "NIP 19700314 199503 1 004",
        "Nomor: 470/318/Disdukcapil/2025",
        "Telepon 0812-3456-7890",
        "versi v1.2.2025",
        "berlaku sampai dengan 31 Desember 2026",
        "paling lambat tanggal 3 Juni 2025",
        "Perbup Nomor 27 Tahun 2021",
        "12 Bulan 2025",
    ],
)
def test_what_is_not_a_stated_date(text: str) -> None:
    assert dates_in(text) == []


def test_dates_come_in_order_of_appearance() -> None:
    text = "sejak 2 Agustus 2021 ... Tanjung Sekala, 12-05-2025"
    assert [found.written for found in dates_in(text)] == ["2 Agustus 2021", "12-05-2025"]


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("dr. Ratna Kusumawardani", "Ratna Kusumawardani"),
        ("Bagus Prasetyo Nugroho, A.Md.Kom.", "Bagus Prasetyo Nugroho"),
        ("Drs. H. Abdul Rahman Yusuf, M.Si.", "Abdul Rahman Yusuf"),
        ("Ir. Sri Wahyuni M.T.", "Sri Wahyuni"),
        ("Prof. Dr. Ir. Hj. Siti Aminah", "Siti Aminah"),
        ("Sutrisno", "Sutrisno"),
        ("H.", "H."),
    ],
)
def test_core_name_drops_honorifics_and_degrees(name: str, core: str) -> None:
    assert core_name(name) == core


def test_person_found_despite_case_spacing_titles_and_line_breaks() -> None:
    letter = words("1. Nama : ANDI MARLINA\n PUTRI, S.Kom., M.M.\n2. Nama : Nurul  Hikmah")
    assert names_person(letter, "Andi Marlina Putri, S.Kom., M.M.")
    assert names_person(letter, "dr. Nurul Hikmah")
    assert not names_person(letter, "Andi Marlina Putra")


def test_a_name_must_match_whole_words() -> None:
    assert not mentions(words("Suryanto dan Wati"), "Surya")


def test_title_found_whole_or_in_two_parts() -> None:
    title = "SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"
    assert names_title(words(f"judul:\n{title.upper()}"), title) == (True, False)
    apart = words("SIGAP\nyaitu Sistem Integrasi Gerai\nAdminduk Perdesaan")
    assert names_title(apart, title) == (True, False)
    assert names_title(words("inovasi SIGAP"), "SIGAP (Sistem Integrasi Gerai)") == (False, True)
    assert names_title(words("SI-ANTRI"), "SI-ANTRI") == (True, False)
    assert names_title(words("SI- ANTRI"), "SI-ANTRI") == (True, False)
    assert names_title(words("SIANTRI"), "SI-ANTRI") == (False, False)


@pytest.mark.parametrize(
    "written",
    [
        "Dinas Kesehatan Kota Tirtarejo",
        "DINKES KOTA TIRTAREJO",
        "Dinas  Kesehatan\nKota Tirtarejo",
    ],
)
def test_institution_found_with_common_abbreviations(written: str) -> None:
    assert mentions(words(f"Kami, {written}, bersedia"), "Dinas Kesehatan Kota Tirtarejo")


def test_replication_wording() -> None:
    assert speaks_of_replication(words("bersedia inovasi ini direplikasi"))
    assert speaks_of_replication(words("KESEDIAAN REPLIKASI"))
    assert speaks_of_replication(words("boleh ditiru oleh daerah lain"))
    assert not speaks_of_replication(words("SURAT PERNYATAAN IDENTITAS INOVATOR"))


def test_identity_wording() -> None:
    assert speaks_of_identity(words("SURAT PERNYATAAN IDENTITAS INOVATOR"))
    assert speaks_of_identity(words("Keputusan Kepala Dinas tentang Tim Inovasi SIGAP"))
    assert not speaks_of_identity(words("LAPORAN EVALUASI PELAKSANAAN SIGAP"))
