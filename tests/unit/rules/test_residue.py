"""Template residue: ADM012 (in the proposal's text) and DOK012 (in the attached PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from kipp_check.rules.residue import first_residue
from tests.support.checking import Case, a_pdf, rule_findings, run_case

LETTER = "lampiran/surat-identitas.pdf"
REPORT = "lampiran/laporan.pdf"
FINISHED_LETTER = a_pdf(
    "SURAT PERNYATAAN IDENTITAS INOVATOR\nNomor: 140/212/DPMD/2025\n\n"
    "Nama Inovasi : SIPANDU (Sistem Pelayanan Terpadu Desa)\n"
    "Nama Inovator: Ir. Sri Wahyuni, M.T.\n\nLembah Hijau, 12 Mei 2025"
)
TEMPLATE_LETTER = a_pdf(
    "SURAT PERNYATAAN IDENTITAS INOVATOR\nNomor: xxx/xxx/2025\n\n"
    "dengan ini menyatakan bahwa inovasi pelayanan publik dengan judul:\n\nNama Inovasi\n"
)
REPORT_PAGES = a_pdf(
    "LAPORAN EVALUASI SIPANDU\nWaktu layanan turun dari 3 hari menjadi 1 hari.",
    "Lampiran foto kegiatan: [isi di sini]",
)


def proposal(ringkasan: str = "SIPANDU memangkas waktu layanan surat desa.", **more: str) -> str:
    """`judul` at line 2, `ringkasan` at 4 (its `|`), the letter at 7 and the report at 10."""
    title = more.get("judul", "SIPANDU (Sistem Pelayanan Terpadu Desa)")
    return (
        f'kelompok: umum\njudul: "{title}"\nproposal:\n  ringkasan: |\n    {ringkasan}\n'
        f"dokumen:\n  surat_identitas_inovator: {LETTER}\n"
        f"data_dukung:\n  signifikansi:\n    - {REPORT}\n"
    )


FILES = ((LETTER, FINISHED_LETTER), (REPORT, a_pdf("LAPORAN EVALUASI SIPANDU")))

CASES = [
    # ADM012: placeholders left in the YAML.
    Case("ADM012", "finished text", proposal(), (), files=FILES),
    Case(
        "ADM012",
        "ordinary prose with x and labels",
        proposal("Nama Inovasi: SIPANDU. Ukuran 3x4 cm, XL, taxi, 2 x 3 = 6."),
        (),
        files=FILES,
    ),
    Case("ADM012", "bracketed placeholder", proposal("[isi di sini]"), (4,), files=FILES),
    Case("ADM012", "lorem ipsum", proposal("Lorem ipsum dolor sit amet."), (4,), files=FILES),
    Case("ADM012", "title left as the label", proposal(judul="Nama Inovasi"), (2,), files=FILES),
    Case("ADM012", "TODO note", proposal("Dampak: TODO tambahkan angka"), (4,), files=FILES),
    Case(
        "ADM012",
        "Word content-control prompt",
        proposal("Klik atau ketuk di sini untuk memasukkan teks."),
        (4,),
        files=FILES,
    ),
    Case("ADM012", "phone left as xxx", proposal("Hubungi 0812-xxxx-xxxx."), (4,), files=FILES),
    # DOK012: placeholders in the PDFs' text.
    Case("DOK012", "finished letter and report", proposal(), (), files=FILES),
    Case(
        "DOK012",
        "letter still from the template",
        proposal(),
        (7,),
        files=((LETTER, TEMPLATE_LETTER), FILES[1]),
    ),
    Case(
        "DOK012",
        "placeholder on the report's second page",
        proposal(),
        (10,),
        files=(FILES[0], (REPORT, REPORT_PAGES)),
    ),
    Case(
        "DOK012",
        "placeholder beyond the pages read",
        proposal(),
        (),
        files=(FILES[0], (REPORT, a_pdf("satu", "dua", "[isi di sini]"))),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_residue_rule(tmp_path: Path, case: Case) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nomor: XXX/2025", "XXX"),
        ("<<Nama Instansi>>", "<<Nama Instansi>>"),
        ("{judul}", "{judul}"),
        ("[...]", "[...]"),
        ("Nama : ..............", ": .............."),
        ("Judul Inovasi:\nSIPANDU", None),
        ("dengan judul:\n\nNama Inovasi\n", "Nama Inovasi"),
        ("Judul Inovasi : ________", ": ________"),
        ("Kami bersedia direplikasi [lihat lampiran 2].", None),
        ("Tahun 2025 (isi seperlunya)", None),
        ("Click here to enter text.", "Click here"),
    ],
)
def test_first_residue(text: str, found: str | None) -> None:
    assert first_residue(text) == found


def test_aspect_residue_lands_in_the_aspect_row(tmp_path: Path) -> None:
    (finding,) = rule_findings(
        tmp_path, proposal("[isi di sini]"), "ADM012", files=FILES, lang=Lang.EN
    )
    assert (finding.group, finding.aspect) == ("aspek:ringkasan", "ringkasan")
    assert finding.message == "`proposal.ringkasan` still holds template text `[isi di sini]`"
    assert finding.severity is Severity.WARNING


def test_letter_residue_names_the_page(tmp_path: Path) -> None:
    files = (FILES[0], (REPORT, REPORT_PAGES))
    (finding,) = rule_findings(tmp_path, proposal(), "DOK012", files=files, lang=Lang.EN)
    assert finding.message == (
        "`lampiran/laporan.pdf` page 2 still holds template text `[isi di sini]`"
    )
