"""Administrative rules ADM001–ADM007: each fires on a realistic mistake and stays quiet otherwise.

The institution, innovator and contact rules (ADM008–ADM011) are in `test_people.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, rule_findings, run_case

SIGAP = "SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"

CASES = [
    # ADM001: the edition named is the one checked.
    Case("ADM001", "edition given", "kompetisi: kipp-2025\n", ()),
    Case("ADM001", "edition missing", "kelompok: umum\njudul: X\n", (1,)),
    Case("ADM001", "2024 edition", "judul: X\nkompetisi: kipp-2024\n", (2,)),
    Case("ADM001", "edition blank", f"judul: {SIGAP}\nkompetisi: ''\n", (2,)),
    Case("ADM001", "2023 edition, 2023 rules", "kompetisi: kipp-2023\n", (), pack="kipp-2023"),
    Case(
        "ADM001",
        "2025 edition, 2023 rules",
        "judul: X\nkompetisi: kipp-2025\n",
        (2,),
        pack="kipp-2023",
    ),
    # ADM002: the group is one the edition runs.
    Case("ADM002", "umum", "kelompok: umum\n", ()),
    Case("ADM002", "replikasi", "kelompok: replikasi\n", ()),
    Case("ADM002", "group missing", f"kompetisi: kipp-2025\njudul: {SIGAP}\n", (1,)),
    Case("ADM002", "group left empty", "kompetisi: kipp-2025\nkelompok:\n", (2,)),
    Case("ADM002", "khusus is gone in 2025", "judul: X\nkelompok: khusus\n", (2,)),
    Case("ADM002", "khusus ran in 2023", "kelompok: khusus\n", (), pack="kipp-2023"),
    Case("ADM002", "no replikasi in 2023", "kelompok: replikasi\n", (1,), pack="kipp-2023"),
    Case("ADM002", "IDs are lower case", "kelompok: Umum\n", (1,)),
    # ADM003: the category is one of the edition's IDs.
    Case("ADM003", "official category", "kategori: kesehatan\n", ()),
    Case("ADM003", "category missing", "judul: SIGAP\n", (1,)),
    Case("ADM003", "unofficial category", "judul: SIGAP\nkategori: digitalisasi_layanan\n", (2,)),
    Case(
        "ADM003",
        "hyphen for underscore",
        "judul: X\nkelompok: umum\nkategori: transformasi-digital\n",
        (3,),
    ),
    Case("ADM003", "2023 category in 2025", "kategori: pendidikan\n", (1,)),
    Case("ADM003", "2023 category in 2023", "kategori: pendidikan\n", (), pack="kipp-2023"),
    Case("ADM003", "2025 category in 2023", "kategori: makan_bergizi\n", (1,), pack="kipp-2023"),
    # ADM004: the theme alignment is written.
    Case(
        "ADM004",
        "alignment written",
        "keselarasan_tema: |\n  SIGAP mendekatkan layanan adminduk ke desa.\n",
        (),
    ),
    Case("ADM004", "alignment missing", "kelompok: umum\njudul: X\n", (1,)),
    Case("ADM004", "alignment blank", "kelompok: umum\nkeselarasan_tema: '   '\n", (2,)),
    # ADM005: the title is present.
    Case("ADM005", "title given", f"judul: {SIGAP}\n", ()),
    Case("ADM005", "title missing", "kelompok: umum\nkategori: kesehatan\n", (1,)),
    Case("ADM005", "title empty", "kelompok: umum\njudul: ''\n", (2,)),
    Case("ADM005", "title null", "kelompok: umum\njudul:\nkategori: kesehatan\n", (2,)),
    # ADM006: the title is decent and not shouted.
    Case("ADM006", "ordinary title", f"judul: {SIGAP}\n", ()),
    Case("ADM006", "improper word", "kelompok: umum\njudul: Lawan Pungli Kampret di Pasar\n", (2,)),
    Case("ADM006", "improper word in capitals", "judul: Gerakan Anti BODOH Membaca\n", (1,)),
    Case(
        "ADM006", "long title in capitals", "judul: SISTEM INFORMASI ANTREAN PASIEN TERPADU\n", (1,)
    ),
    Case(
        "ADM006",
        "improper and shouted",
        "kelompok: umum\njudul: GERAKAN ANTI GOBLOK BACA TULIS\n",
        (2, 2),
    ),
    Case("ADM006", "short acronym", "judul: SI-ANTRI\n", ()),
    Case(
        "ADM006",
        "acronym with expansion",
        "judul: SUMPAH BERUANG (Sulap Sampah Berubah menjadi Uang)\n",
        (),
    ),
    Case(
        "ADM006",
        "rabies vaccination of dogs",
        "judul: Vaksinasi Rabies Anjing dari Pintu ke Pintu\n",
        (),
    ),
    Case(
        "ADM006", "swine fever control", "judul: Gerakan Cegah Demam Babi Afrika (GERCEP DBA)\n", ()
    ),
    Case("ADM006", "word containing an insult", "judul: Babinsa Peduli Stunting\n", ()),
    Case("ADM006", "no title", "kelompok: umum\n", ()),
    # ADM007: a bare acronym title is expanded.
    Case("ADM007", "acronym expanded", f"judul: {SIGAP}\n", ()),
    Case("ADM007", "bare acronym", "kelompok: umum\njudul: SI-ANTRI\n", (2,)),
    Case("ADM007", "two bare acronyms", "judul: SI PANDU\n", (1,)),
    Case("ADM007", "acronym inside words", "judul: Layanan SIGAP Desa\n", ()),
    Case("ADM007", "no title", "kelompok: umum\n", ()),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_category_near_miss_suggests_the_official_id(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kategori: digitalisasi_layanan\n", "ADM003")
    assert found.message == (
        "kategori `digitalisasi_layanan` bukan kategori resmi; "
        "mungkin maksudnya `transformasi_digital`?"
    )
    assert found.fix == "tulis `kategori: transformasi_digital`"


def test_category_near_miss_in_english(tmp_path: Path) -> None:
    yaml = "kategori: transformasi-digital\n"
    (found,) = rule_findings(tmp_path, yaml, "ADM003", lang=Lang.EN)
    assert found.message == (
        "category `transformasi-digital` is not an official category; "
        "did you mean `transformasi_digital`?"
    )
    assert found.fix == "write `kategori: transformasi_digital`"


def test_category_without_a_close_match_lists_every_category(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kategori: pendidikan\n", "ADM003")
    assert "mungkin" not in found.message
    assert found.fix.startswith("pilih satu kategori: gender_perlindungan, swasembada")
    assert "transformasi_digital, lingkungan" in found.fix


def test_missing_edition_is_only_a_warning(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kelompok: umum\n", "ADM001")
    assert found.severity is Severity.WARNING
    assert found.message == "`kompetisi` tidak diisi; diperiksa dengan aturan kipp-2025"


def test_other_edition_is_an_error_that_names_both(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kompetisi: kipp-2024\n", "ADM001", lang=Lang.EN)
    assert found.severity is Severity.ERROR
    assert "`kipp-2024`" in found.message
    assert "kipp-2025" in found.message
    assert "there was no KIPP 2024" in found.fix


def test_khusus_group_is_refused_in_2025_with_the_groups_it_runs(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kelompok: khusus\n", "ADM002")
    assert found.severity is Severity.ERROR  # the 2025 groups are confirmed
    assert found.message == "kelompok `khusus` tidak ada di edisi ini"
    assert found.fix == "pilih salah satu: umum, replikasi"


def test_title_severities_follow_how_sure_the_rule_is(tmp_path: Path) -> None:
    yaml = "judul: SI-ANTRI\n"
    (bare,) = rule_findings(tmp_path, yaml, "ADM007")
    assert bare.severity is Severity.INFO
    (missing,) = rule_findings(tmp_path, "kelompok: umum\n", "ADM005")
    assert missing.severity is Severity.ERROR
    (theme,) = rule_findings(tmp_path, "kelompok: umum\n", "ADM004")
    assert theme.severity is Severity.WARNING
    assert "Mewujudkan Pelayanan Publik Berdampak" in theme.message
