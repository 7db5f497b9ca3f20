"""What each attachment is: page sizes, text layer or scan, signature, producer, first words.

Every PDF is built here; the facts are read through the real worker pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.loader.attachments import inspect_attachment
from kipp_check.loader.pdf.job import printable
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits
from tests.support.pdf_samples import (
    MM,
    encrypted,
    raw_pdf,
    scanned,
    with_producer,
    with_signature_field,
)
from tests.support.pdfgen import pdf_bytes

LETTER_ROLE = "dokumen.surat_identitas_inovator"
EVIDENCE_ROLE = "data_dukung.signifikansi[0]"


def _facts(tmp_path: Path, data: bytes, role: str = LETTER_ROLE, **limits: int) -> PdfFacts:
    (tmp_path / "berkas.pdf").write_bytes(data)
    facts = inspect_attachment(tmp_path, "berkas.pdf", role=role, limits=Limits(**limits))
    assert facts.problem == "", facts
    return facts


def _points(width_mm: float, height_mm: float) -> tuple[int, int]:
    return round(width_mm * MM), round(height_mm * MM)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((595, 842), "a4"),
        ((842, 595), "a4"),  # landscape
        (_points(215, 330), "f4"),
        (_points(210, 330), "f4"),
        ((612, 792), "letter"),
        ((612, 1008), "other"),  # legal
        ((420, 595), "other"),  # A5
    ],
)
def test_page_size_is_classified(tmp_path: Path, size: tuple[int, int], expected: str) -> None:
    assert _facts(tmp_path, pdf_bytes(["isi"], size=size)).page_sizes == (expected,)


def test_text_pages_and_scanned_pages_are_told_apart(tmp_path: Path) -> None:
    assert _facts(tmp_path, pdf_bytes(["satu", "dua"])).page_layers == ("text", "text")
    facts = _facts(tmp_path, scanned(pages=3))
    assert facts.page_layers == ("image",) * 3
    assert facts.text == ("", "", "")
    assert facts.first_words == ""


def test_blank_page_is_neither_text_nor_scan(tmp_path: Path) -> None:
    assert _facts(tmp_path, encrypted("")).page_layers == ("blank", "blank")


def test_text_inside_a_form_xobject_counts_as_text(tmp_path: Path) -> None:
    form = b"BT /F1 12 Tf 72 700 Td (Surat Pernyataan) Tj ET"
    page_content = b"/Fm1 Do"
    data = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Fm1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page_content), page_content),
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 6 0 R"
        b" >> >> /Length %d >>\nstream\n%s\nendstream" % (len(form), form),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )
    facts = _facts(tmp_path, data)
    assert facts.page_layers == ("text",)
    assert "Surat Pernyataan" in facts.text[0]


@pytest.mark.parametrize(("signed", "expected"), [(False, False), (True, True)])
def test_signature_field_and_whether_it_is_signed(
    tmp_path: Path, signed: bool, expected: bool
) -> None:
    facts = _facts(tmp_path, with_signature_field(pdf_bytes(["isi"]), signed=signed))
    assert (facts.signature_field, facts.signed) == (True, expected)


def test_no_signature_field(tmp_path: Path) -> None:
    facts = _facts(tmp_path, pdf_bytes(["isi"]))
    assert (facts.signature_field, facts.signed) == (False, None)


def test_producer_is_kept_short_and_printable(tmp_path: Path) -> None:
    plain = _facts(tmp_path, with_producer(pdf_bytes(["isi"]), "Microsoft® Word 2019"))
    assert plain.producer == "Microsoft® Word 2019"
    hostile = "\x1b]0;pwned\x07Scanner\u202e" + "x" * 200
    facts = _facts(tmp_path, with_producer(pdf_bytes(["isi"]), hostile))
    assert facts.producer.startswith("]0;pwnedScanner")
    assert len(facts.producer) <= 80
    assert all(ch.isprintable() for ch in facts.producer)


def test_encrypted_file_that_opens_with_an_empty_password(tmp_path: Path) -> None:
    facts = _facts(tmp_path, encrypted(""))
    assert (facts.encrypted, facts.opens_without_password, facts.pages) == (True, True, 2)
    (tmp_path / "terkunci.pdf").write_bytes(encrypted("rahasia"))
    locked = inspect_attachment(tmp_path, "terkunci.pdf", role=LETTER_ROLE, limits=Limits())
    assert (locked.problem, locked.opens_without_password) == ("pdf.password_protected", False)


def test_unencrypted_file_says_nothing_about_passwords(tmp_path: Path) -> None:
    facts = _facts(tmp_path, pdf_bytes(["isi"]))
    assert (facts.encrypted, facts.opens_without_password) == (False, None)


def test_first_words_are_bounded(tmp_path: Path) -> None:
    long_words = " ".join(f"kata{i}" for i in range(100))
    facts = _facts(tmp_path, pdf_bytes([long_words]))
    assert facts.first_words == " ".join(f"kata{i}" for i in range(12))


def test_letters_are_read_further_than_evidence(tmp_path: Path) -> None:
    pages = [f"Halaman {n}: " + "isi surat " * 30 for n in range(1, 9)]
    data = pdf_bytes(pages)
    letter = _facts(tmp_path, data, LETTER_ROLE)
    evidence = _facts(tmp_path, data, EVIDENCE_ROLE)
    assert len(letter.text) == Limits().letter_text_pages == 5
    assert len(evidence.text) == Limits().evidence_text_pages == 2
    assert letter.pages == evidence.pages == 8
    assert len(letter.page_layers) == 8  # examined even where no text is read


def test_text_stops_at_its_character_budget(tmp_path: Path) -> None:
    data = pdf_bytes(["a" * 80 + "\n" + "b" * 80, "c" * 80])
    facts = _facts(tmp_path, data, letter_text_chars=100)
    assert sum(len(page) for page in facts.text) == 100
    assert len(facts.text) == 1


def test_pages_examined_are_bounded(tmp_path: Path) -> None:
    facts = _facts(tmp_path, pdf_bytes(["isi"] * 12), pdf_pages_examined=5)
    assert facts.pages == 12
    assert len(facts.page_sizes) == len(facts.page_layers) == 5


def test_printable_drops_controls_and_collapses_space() -> None:
    assert printable("  SURAT\u200b\tPERNYATAAN\n\x00x ", 80) == "SURAT PERNYATAAN x"
    assert printable("a" * 100, 10) == "a" * 9 + "…"
