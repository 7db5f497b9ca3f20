"""Supporting-data rules DD001–DD002: evidence per aspect, and evidence files that open."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, a_pdf, rule_findings, run_case

UMUM_EVIDENCE = {
    "latar_belakang_tujuan": "lampiran/profil-masalah-adminduk-2020.pdf",
    "kebaruan": "lampiran/perbandingan-alur-layanan.pdf",
    "implementasi": "lampiran/sop-layanan-sigap.pdf",
    "signifikansi": "lampiran/laporan-evaluasi-dampak.pdf",
    "adaptabilitas": "lampiran/dokumen-replikasi-sigap.pdf",
    "sumber_daya": "lampiran/rincian-sumber-daya.pdf",
    "strategi_keberlanjutan": "lampiran/perbup-27-2021-sigap.pdf",
}
KHUSUS_EVIDENCE = {
    "deskripsi_inovasi_awal": "lampiran/profil-inovasi-awal.pdf",
    "pembaruan_peningkatan": "lampiran/pembaruan.pdf",
    "dampak": "lampiran/laporan-dampak.pdf",
    "adaptabilitas": "lampiran/replikasi.pdf",
    "penguatan_sumber_daya": "lampiran/sumber-daya.pdf",
    "strategi_penguatan_keberlanjutan": "lampiran/perbup.pdf",
}
UMUM_FILES = tuple((p, a_pdf(f"DATA DUKUNG\n{p}")) for p in UMUM_EVIDENCE.values())


def evidence(group: str, per_aspect: dict[str, str], *, drop: str = "", empty: str = "") -> str:
    """`data_dukung` at line 2, then each aspect key followed by its one file.

    `drop` leaves one aspect out; `empty` writes it as `[]`.
    """
    lines = [f"kelompok: {group}", "data_dukung:"]
    for aspect, path in per_aspect.items():
        if aspect == empty:
            lines.append(f"  {aspect}: []")
        elif aspect != drop:
            lines += [f"  {aspect}:", f"    - {path}"]
    return "\n".join(lines) + "\n"


ALL_UMUM = evidence("umum", UMUM_EVIDENCE)
SIGNIFIKANSI = "kelompok: umum\ndata_dukung:\n  signifikansi:\n"
REPORT = "lampiran/laporan-evaluasi-dampak.pdf"
SURVEY = "lampiran/rekapitulasi-skm-2020-2024.pdf"

CASES = [
    # DD001: every aspect that needs evidence has a file (ringkasan needs none).
    Case("DD001", "every aspect has evidence", ALL_UMUM, ()),
    Case("DD001", "no data_dukung at all: one finding", "kelompok: umum\njudul: SIGAP\n", (1,)),
    Case("DD001", "kebaruan missing", evidence("umum", UMUM_EVIDENCE, drop="kebaruan"), (2,)),
    Case("DD001", "kebaruan empty list", evidence("umum", UMUM_EVIDENCE, empty="kebaruan"), (5,)),
    Case(
        "DD001",
        "strategi_keberlanjutan missing",
        evidence("umum", UMUM_EVIDENCE, drop="strategi_keberlanjutan"),
        (2,),
    ),
    Case("DD001", "replikasi needs the same seven", evidence("replikasi", UMUM_EVIDENCE), ()),
    Case(
        "DD001",
        "replikasi without adaptabilitas",
        evidence("replikasi", UMUM_EVIDENCE, drop="adaptabilitas"),
        (2,),
    ),
    Case("DD001", "unknown group, shared aspects", "kelompok: khusus\n", (1,)),
    Case("DD001", "no group, 2023 shares one", "judul: SIGAP\n", (1,), pack="kipp-2023"),
    Case(
        "DD001",
        "no group, 2023 shared one given",
        "data_dukung:\n  adaptabilitas:\n    - a.pdf\n",
        (),
        pack="kipp-2023",
    ),
    Case("DD001", "2023 umum complete", ALL_UMUM, (), pack="kipp-2023"),
    Case(
        "DD001",
        "2023 umum, sumber_daya missing",
        evidence("umum", UMUM_EVIDENCE, drop="sumber_daya"),
        (2,),
        pack="kipp-2023",
    ),
    Case(
        "DD001", "2023 khusus complete", evidence("khusus", KHUSUS_EVIDENCE), (), pack="kipp-2023"
    ),
    Case(
        "DD001",
        "2023 khusus, dampak missing",
        evidence("khusus", KHUSUS_EVIDENCE, drop="dampak"),
        (2,),
        pack="kipp-2023",
    ),
    Case(
        "DD001",
        "2023 khusus given umum evidence",
        ALL_UMUM.replace("umum", "khusus", 1),
        (2,),  # five absent keys: one finding naming them
        pack="kipp-2023",
    ),
    # DD002: every evidence file is there and opens as a PDF.
    Case("DD002", "files open", ALL_UMUM, (), files=UMUM_FILES),
    Case("DD002", "no data_dukung", "kelompok: umum\n", ()),
    Case("DD002", "file not there", f"{SIGNIFIKANSI}    - {REPORT}\n", (4,)),
    Case(
        "DD002",
        "second file not there",
        f"{SIGNIFIKANSI}    - {REPORT}\n    - {SURVEY}\n",
        (5,),
        files=((REPORT, a_pdf("LAPORAN")),),
    ),
    Case(
        "DD002",
        "wrong case",
        f"{SIGNIFIKANSI}    - lampiran/Laporan-Evaluasi-Dampak.pdf\n",
        (4,),
        files=((REPORT, a_pdf("LAPORAN")),),
    ),
    Case(
        "DD002",
        "photo renamed .pdf",
        f"{SIGNIFIKANSI}    - {REPORT}\n",
        (4,),
        files=((REPORT, b"\xff\xd8\xff\xe0\x00\x10JFIF"),),
    ),
    Case(
        "DD002",
        "damaged PDF",
        f"{SIGNIFIKANSI}    - {REPORT}\n",
        (4,),
        files=((REPORT, b"%PDF-1.4\n1 0 obj\n<<"),),
    ),
    Case("DD002", "path leaves the folder", f"{SIGNIFIKANSI}    - ../rahasia.pdf\n", (4,)),
    Case(
        "DD002",
        "letters are DOK's",
        "kelompok: umum\ndokumen:\n  surat_identitas_inovator: surat.pdf\n",
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_summary_never_needs_evidence(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kelompok: umum\n", "DD001")  # one cause, one line
    assert found.message_key == "dd.many.missing" and found.path[0] == "data_dukung"
    assert found.message.startswith("7 aspek belum punya data dukung: Latar Belakang dan Tujuan")
    assert all(f"`{key}`" in found.fix for key in UMUM_EVIDENCE)
    assert "ringkasan" not in found.message.casefold() + found.fix.casefold()


def test_missing_evidence_is_a_warning_in_2025_because_it_is_assumed(tmp_path: Path) -> None:
    yaml = evidence("umum", UMUM_EVIDENCE, drop="kebaruan")
    (found,) = rule_findings(tmp_path, yaml, "DD001")
    assert found.severity is Severity.WARNING
    assert found.message == (
        "aspek Kebaruan/Nilai Tambah belum punya data dukung (`data_dukung.kebaruan`) "
        "(aturan diasumsikan dari KIPP 2023, belum dikonfirmasi untuk edisi ini)"
    )
    assert found.aspect == "kebaruan"


def test_missing_evidence_is_an_error_in_2023_where_it_is_confirmed(tmp_path: Path) -> None:
    yaml = evidence("umum", UMUM_EVIDENCE, drop="kebaruan")
    (found,) = rule_findings(tmp_path, yaml, "DD001", pack="kipp-2023", lang=Lang.EN)
    assert found.severity is Severity.ERROR
    assert found.message == (
        "aspect Novelty and added value has no supporting data (`data_dukung.kebaruan`)"
    )
    assert found.fix.startswith("attach evidence (reports, decrees, SOPs, photos as PDF)")


def test_without_a_group_only_the_aspects_every_group_answers_are_asked(tmp_path: Path) -> None:
    (in_2025,) = rule_findings(tmp_path, "judul: SIGAP\n", "DD001")
    assert all(f"`{key}`" in in_2025.fix for key in UMUM_EVIDENCE)  # umum = replikasi
    in_2023 = rule_findings(tmp_path, "judul: SIGAP\n", "DD001", pack="kipp-2023")
    assert [f.aspect for f in in_2023] == ["adaptabilitas"]  # umum and khusus share only it


def test_unreadable_evidence_lowers_its_aspect(tmp_path: Path) -> None:
    yaml = f"{SIGNIFIKANSI}    - {REPORT}\n"
    (found,) = rule_findings(tmp_path, yaml, "DD002", files=((REPORT, b"\xff\xd8\xff\xe0"),))
    assert found.severity is Severity.ERROR
    assert found.aspect == "signifikansi"
    assert found.message == f"`{REPORT}` bukan berkas PDF; isinya tampak seperti berkas JPEG"


def test_missing_evidence_file_suggests_a_similar_name(tmp_path: Path) -> None:
    yaml = f"{SIGNIFIKANSI}    - lampiran/laporan-evaluasi-dampak-2024.pdf\n"
    files = ((REPORT, a_pdf("LAPORAN")),)
    (found,) = rule_findings(tmp_path, yaml, "DD002", files=files, lang=Lang.EN)
    assert found.message == (
        f"`lampiran/laporan-evaluasi-dampak-2024.pdf` not found; did you mean `{REPORT}`?"
    )
