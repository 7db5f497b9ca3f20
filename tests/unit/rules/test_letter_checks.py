"""A letter is checked as a letter: DOK014 specimens, DOK015 number and date, DOK016 signature.

Each letter is written as an office writes it, then spoilt the way real
attachments are: the specimen downloaded from a regional page, a draft without
number or date, a printout never signed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from kipp_check.models.results import Severity
from tests.support.checking import Case, a_pdf, rule_findings, run_case
from tests.support.pdf_samples import scanned, with_signature_field

LETTER = "lampiran/surat-replikasi.pdf"
PROPOSAL = f"dokumen:\n  surat_kesediaan_replikasi: {LETTER}\n"
HEAD = (
    "PEMERINTAH KABUPATEN LEMBAH HIJAU\nDINAS PEMBERDAYAAN MASYARAKAT DAN DESA\n\n"
    "SURAT PERNYATAAN KESEDIAAN REPLIKASI\n"
)
NUMBER = "Nomor: 140/213/DPMD/2025\n\n"
BODY = (
    "Yang bertanda tangan di bawah ini menyatakan bahwa Dinas Pemberdayaan Masyarakat dan "
    "Desa Kabupaten Lembah Hijau bersedia inovasi SIPANDU direplikasi oleh:\n"
    "1. pemerintah daerah lain;\n2. unit pelayanan publik yang membutuhkan.\n\n"
)
DATE = "Lembah Hijau, 12 Mei 2025\n"
POSITION = "Kepala Dinas Pemberdayaan Masyarakat dan Desa,\n"
SIGNED = "\nttd. dan cap dinas\n\n"
NAME = "Drs. Bambang Sutrisno, M.Si.\nNIP 19710203 199603 1 002\n"
GOOD = HEAD + NUMBER + BODY + DATE + POSITION + SIGNED + NAME


def _case(rule_id: str, name: str, text: str, lines: tuple[int, ...]) -> Case:
    return Case(rule_id, name, PROPOSAL, lines, files=((LETTER, a_pdf(text)),))


CASES = [
    _case("DOK014", "the letter as issued", GOOD, ()),
    _case("DOK014", "BUKAN DOKUMEN ASLI", "BUKAN DOKUMEN ASLI\n" + GOOD, (2,)),
    _case("DOK015", "numbered and dated", GOOD, ()),
    _case("DOK015", "no number", GOOD.replace(NUMBER, ""), (2,)),
    _case("DOK016", "signed and named", GOOD, ()),
    _case("DOK016", "never signed", GOOD.replace(SIGNED, "\n"), (2,)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def findings(tmp_path: Path, rule_id: str, letter: bytes) -> list[str]:
    found = rule_findings(tmp_path, PROPOSAL, rule_id, files=((LETTER, letter),))
    assert all(f.severity is Severity.WARNING for f in found)
    return [f.message for f in found]


def with_image_on_last_page(data: bytes) -> bytes:
    """`data` with a small image drawn on its last page, as a pasted signature is."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    image = pypdf.PdfReader(io.BytesIO(scanned(1, 20))).pages[0]
    writer.pages[-1].merge_page(image)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_proper_letter_passes_every_check(tmp_path: Path) -> None:
    for rule_id in ("DOK014", "DOK015", "DOK016"):
        assert findings(tmp_path, rule_id, a_pdf(GOOD)) == [], rule_id


def test_a_specimen_is_reported_with_its_page(tmp_path: Path) -> None:
    specimen = a_pdf(HEAD + NUMBER + BODY, "BUKAN DOKUMEN ASLI\n" + DATE + POSITION + SIGNED + NAME)
    (message,) = findings(tmp_path, "DOK014", specimen)
    assert "halaman 2" in message and '"BUKAN DOKUMEN ASLI"' in message
    watermark = a_pdf("CONTOH\n" + GOOD)
    (message,) = findings(tmp_path, "DOK014", watermark)
    assert "halaman 1" in message and '"CONTOH"' in message


def test_contoh_in_a_sentence_is_not_a_specimen(tmp_path: Path) -> None:
    prose = GOOD.replace(
        "2. unit", "2. unit pelayanan lain, dengan contoh SOP dan contoh perjanjian;\n3. unit"
    )
    assert findings(tmp_path, "DOK014", a_pdf(prose)) == []


def test_a_draft_without_number_and_date(tmp_path: Path) -> None:
    draft = a_pdf(HEAD + BODY + POSITION + SIGNED + NAME)
    messages = findings(tmp_path, "DOK015", draft)
    assert len(messages) == 2
    assert "nomor surat" in messages[0] and "halaman 1" in messages[0]
    assert "tanggal" in messages[1]


def test_an_unsigned_printout(tmp_path: Path) -> None:
    unsigned = a_pdf(HEAD + NUMBER + BODY + DATE)
    messages = findings(tmp_path, "DOK016", unsigned)
    assert any("tidak tampak ditandatangani" in m and "halaman 1" in m for m in messages)
    assert any("nama dan jabatan penanda tangan" in m for m in messages)


def test_a_signature_image_or_field_counts_as_signed(tmp_path: Path) -> None:
    unsigned = a_pdf(HEAD + NUMBER + BODY + DATE + POSITION + "\n" + NAME)
    assert any("ditandatangani" in m for m in findings(tmp_path, "DOK016", unsigned))
    assert findings(tmp_path, "DOK016", with_image_on_last_page(unsigned)) == []
    assert findings(tmp_path, "DOK016", with_signature_field(unsigned, signed=True)) == []


def test_a_name_under_ttd_names_the_signatory(tmp_path: Path) -> None:
    no_nip = HEAD + NUMBER + BODY + DATE + POSITION + "\nTTD\n\nBambang Sutrisno\n"
    assert findings(tmp_path, "DOK016", a_pdf(no_nip)) == []
    no_position = HEAD + NUMBER + BODY + DATE + SIGNED + NAME
    (message,) = findings(tmp_path, "DOK016", a_pdf(no_position))
    assert "jabatan penanda tangan" in message
