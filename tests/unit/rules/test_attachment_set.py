"""The set of attached files: DOK010 (attached twice), DOK011 (left unreferenced), DOK003's hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, a_pdf, rule_findings, run_case
from tests.support.pdf_samples import scanned

IDENTITY = a_pdf("SURAT PERNYATAAN IDENTITAS INOVATOR\nInovasi SIPANDU, inovator Sri Wahyuni.")
REPLICATION = a_pdf("SURAT PERNYATAAN KESEDIAAN REPLIKASI\nSIPANDU bersedia direplikasi.")
REPORT = a_pdf("LAPORAN EVALUASI SIPANDU 2024\nWaktu layanan turun dari 3 hari menjadi 1 hari.")
SOP = a_pdf("STANDAR OPERASIONAL PROSEDUR LAYANAN SIPANDU")


def proposal(identity: str = "lampiran/identitas.pdf", *evidence: str) -> str:
    """Letters at lines 3 and 4, `data_dukung` at 5 (its content at 6), evidence from line 7."""
    listed = "".join(f"    - {path}\n" for path in evidence)
    return (
        "kelompok: umum\ndokumen:\n"
        f"  surat_identitas_inovator: {identity}\n"
        "  surat_kesediaan_replikasi: lampiran/replikasi.pdf\n"
        "data_dukung:\n  signifikansi:\n" + listed
    )


LETTERS = (("lampiran/identitas.pdf", IDENTITY), ("lampiran/replikasi.pdf", REPLICATION))
WITH_REPORT = (*LETTERS, ("lampiran/laporan.pdf", REPORT))

CASES = [
    # DOK010: the same bytes attached under two names.
    Case(
        "DOK010",
        "every file different",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf"),
        (),
        files=WITH_REPORT,
    ),
    Case(
        "DOK010",
        "same evidence listed for one aspect twice by one name",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf", "lampiran/laporan.pdf"),
        (),
        files=WITH_REPORT,
    ),
    Case(
        "DOK010",
        "report copied under a second name",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf", "lampiran/laporan-2.pdf"),
        (8,),
        files=(*WITH_REPORT, ("lampiran/laporan-2.pdf", REPORT)),
    ),
    Case(
        "DOK010",
        "same file written two ways",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf", "./lampiran/laporan.pdf"),
        (8,),
        files=WITH_REPORT,
    ),
    Case(
        "DOK010",
        "identity letter uploaded as the replication letter",
        proposal("lampiran/replikasi.pdf"),
        (4,),
        files=LETTERS,
    ),
    # DOK011: PDFs in the folder that nothing refers to.
    Case(
        "DOK011",
        "every PDF referenced",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf"),
        (),
        files=WITH_REPORT,
    ),
    Case(
        "DOK011",
        "an SOP saved but not attached",
        proposal("lampiran/identitas.pdf", "lampiran/laporan.pdf"),
        (6,),  # the first line inside `data_dukung`, where it would be added
        files=(*WITH_REPORT, ("lampiran/sop.pdf", SOP)),
    ),
    Case(
        "DOK011",
        "no data_dukung: points at dokumen",
        "kelompok: umum\ndokumen:\n  surat_identitas_inovator: lampiran/identitas.pdf\n",
        (3, 3),
        files=(*LETTERS, ("lampiran/sop.pdf", SOP)),
    ),
    Case(
        "DOK011",
        "misspelt name is reported once, by DOK001",
        proposal("lampiran/identitaz.pdf"),
        (),
        files=LETTERS,
    ),
    # DOK003, extended: a scan over the limit gets the scan advice.
    Case("DOK003", "scan within the limit", proposal(), (), files=LETTERS),
    Case(
        "DOK003",
        "scan over the limit",
        proposal("lampiran/identitas.pdf", "lampiran/pindaian.pdf"),
        (7,),
        files=(*LETTERS, ("lampiran/pindaian.pdf", scanned(side=1500))),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_attachment_set_rule(tmp_path: Path, case: Case) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_unreferenced_is_advice_and_counted_beyond_twenty(tmp_path: Path) -> None:
    files = (*LETTERS, *((f"lampiran/foto-{n:02d}.pdf", SOP) for n in range(25)))
    found = rule_findings(tmp_path, proposal(), "DOK011", files=files, lang=Lang.EN)
    assert len(found) == 21
    assert {f.severity for f in found} == {Severity.INFO}
    assert found[0].message.startswith("`lampiran/foto-00.pdf` is in the proposal's folder")
    assert found[-1].message == "and 5 more PDFs in the proposal's folder that nothing refers to"


def test_letters_as_one_file_say_a_letter_is_missing(tmp_path: Path) -> None:
    (finding,) = rule_findings(
        tmp_path, proposal("lampiran/replikasi.pdf"), "DOK010", files=LETTERS, lang=Lang.EN
    )
    assert "one of the letters is not attached" in finding.message
    assert finding.severity is Severity.WARNING


def test_big_scan_gets_rescanning_advice(tmp_path: Path) -> None:
    files = (*LETTERS, ("lampiran/pindaian.pdf", scanned(pages=1, side=1500)))
    yaml = proposal("lampiran/identitas.pdf", "lampiran/pindaian.pdf")
    (finding,) = rule_findings(tmp_path, yaml, "DOK003", files=files, lang=Lang.EN)
    assert "1 of its 1 pages are scanned images" in finding.message
    assert "rescan at 150–200 dpi in greyscale" in finding.fix
