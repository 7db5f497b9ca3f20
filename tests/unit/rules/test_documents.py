"""Documents rules DOK001–DOK004: the two letters, and every attachment's size and format.

The supporting-data rules (DD001–DD002) are in `test_supporting_data.py`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from kipp_check.i18n import Lang
from kipp_check.models.results import Severity
from tests.support.checking import Case, a_pdf, rule_findings, run_case

IDENTITY = "lampiran/surat-pernyataan-identitas-inovator.pdf"
REPLICATION = "lampiran/surat-kesediaan-replikasi.pdf"
IDENTITY_PDF = a_pdf(
    "SURAT PERNYATAAN IDENTITAS INOVATOR\n"
    "Yang bertanda tangan di bawah ini, Kepala Dinas Kependudukan dan Pencatatan Sipil "
    "Kabupaten Sekala Raya, menyatakan bahwa inovator SIGAP adalah ..."
)
REPLICATION_PDF = a_pdf("SURAT KESEDIAAN REPLIKASI\nKami bersedia inovasi SIGAP direplikasi ...")
LETTERS = ((IDENTITY, IDENTITY_PDF), (REPLICATION, REPLICATION_PDF))


def _written(writer: pypdf.PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    """A one-page PDF encrypted with AES-256; an empty user password opens without asking."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password=user_password, owner_password="x", algorithm="AES-256")
    return _written(writer)


def big_pdf(size: int = 2 * 1024 * 1024 + 100_000) -> bytes:
    """A valid one-page PDF a little over `size` bytes (a scan-sized file)."""
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_attachment("pindaian.bin", b"\0" * size)
    return _written(writer)


UNLOCKED = encrypted_pdf("")
LOCKED = encrypted_pdf("rahasia")
BIG = big_pdf()
DOCX = b"PK\x03\x04\x14\x00\x00\x00word/document.xml"


def letters(identity: str = IDENTITY, replication: str = REPLICATION, group: str = "umum") -> str:
    """`dokumen` at line 2, the identity letter at line 3, the replication letter at line 4.

    An empty argument leaves that key out.
    """
    lines = [f"kelompok: {group}", "dokumen:"]
    lines += [f"  surat_identitas_inovator: {identity}"] if identity else []
    lines += [f"  surat_kesediaan_replikasi: {replication}"] if replication else []
    return "\n".join(lines) + "\n"


def with_evidence(*paths: str) -> str:
    """The two letters plus `data_dukung.signifikansi` listing `paths` from line 7 on."""
    items = "".join(f"    - {p}\n" for p in paths)
    return letters() + "data_dukung:\n  signifikansi:\n" + items


def only(path: str, data: bytes) -> tuple[tuple[str, bytes], ...]:
    """Both letters on disk, the one at `path` replaced by `data`."""
    return tuple((p, data if p == path else d) for p, d in LETTERS)


NO_LETTERS = "kelompok: umum\njudul: SIGAP\n"
REPLICATION_ONLY = f"kelompok: umum\ndokumen:\n  surat_kesediaan_replikasi: {REPLICATION}\n"
IDENTITY_ONLY = f"kelompok: umum\ndokumen:\n  surat_identitas_inovator: {IDENTITY}\n"
WRONG_CASE = "lampiran/Surat-Pernyataan-Identitas-Inovator.pdf"

CASES = [
    # DOK001: the innovator identity letter.
    Case("DOK001", "attached", letters(), (), files=LETTERS),
    Case("DOK001", "no dokumen at all", NO_LETTERS, (1,)),
    Case("DOK001", "key missing", REPLICATION_ONLY, (2,), files=LETTERS),
    Case("DOK001", "path blank", letters(identity="''"), (3,), files=LETTERS),
    Case("DOK001", "file not there", letters(), (3,), files=LETTERS[1:]),
    Case("DOK001", "wrong case in the name", letters(identity=WRONG_CASE), (3,), files=LETTERS),
    Case("DOK001", "encrypted, empty password", letters(), (3,), files=only(IDENTITY, UNLOCKED)),
    Case("DOK001", "password-protected", letters(), (3,), files=only(IDENTITY, LOCKED)),
    Case("DOK001", "Word file named .pdf", letters(), (3,), files=only(IDENTITY, DOCX)),
    Case("DOK001", "empty file", letters(), (3,), files=only(IDENTITY, b"")),
    Case("DOK001", "other letter broken", letters(), (), files=only(REPLICATION, DOCX)),
    Case("DOK001", "missing in 2023", NO_LETTERS, (1,), pack="kipp-2023"),
    # DOK002: the replication willingness letter, needed by every group.
    Case("DOK002", "attached", letters(), (), files=LETTERS),
    Case("DOK002", "key missing", IDENTITY_ONLY, (2,), files=LETTERS),
    Case(
        "DOK002",
        "key missing, replikasi group",
        letters(replication="", group="replikasi"),
        (2,),
        files=LETTERS,
    ),
    Case("DOK002", "no dokumen at all", NO_LETTERS, (1,)),
    Case("DOK002", "file not there", letters(), (4,), files=LETTERS[:1]),
    Case("DOK002", "encrypted, empty password", letters(), (4,), files=only(REPLICATION, UNLOCKED)),
    Case("DOK002", "missing in 2023", IDENTITY_ONLY, (2,), files=LETTERS, pack="kipp-2023"),
    # DOK003: every attachment within 2 MB.
    Case("DOK003", "small files", letters(), (), files=LETTERS),
    Case("DOK003", "scanned letter too big", letters(), (3,), files=only(IDENTITY, BIG)),
    Case(
        "DOK003",
        "evidence too big",
        with_evidence("a.pdf", "b.pdf"),
        (8,),
        files=(*LETTERS, ("a.pdf", a_pdf("x")), ("b.pdf", BIG)),
    ),
    Case("DOK003", "missing file has no size", letters(), (), files=()),
    Case("DOK003", "too big in 2023", letters(), (3,), files=only(IDENTITY, BIG), pack="kipp-2023"),
    # DOK004: every attachment is a PDF by name.
    Case("DOK004", "PDFs", with_evidence("lampiran/laporan.pdf"), (), files=LETTERS),
    Case(
        "DOK004", "upper-case extension", with_evidence("lampiran/LAPORAN.PDF"), (), files=LETTERS
    ),
    Case(
        "DOK004",
        "photo as evidence",
        with_evidence("lampiran/laporan.pdf", "lampiran/foto-gerai.jpg"),
        (8,),
    ),
    Case(
        "DOK004", "letter as Word file", letters(replication="lampiran/surat-kesediaan.docx"), (4,)
    ),
    Case("DOK004", "no extension", letters(identity="lampiran/surat-identitas"), (3,)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_missing_letter_is_an_error_naming_the_letter(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, IDENTITY_ONLY, "DOK002", files=LETTERS, lang=Lang.EN)
    assert found.severity is Severity.ERROR  # both letters are confirmed for 2025
    assert found.message == (
        "the Letter of willingness to be replicated (`dokumen.surat_kesediaan_replikasi`) "
        "is not attached"
    )
    assert "`surat_kesediaan_replikasi: lampiran/file-name.pdf`" in found.fix


def test_wrong_case_suggests_the_real_name(tmp_path: Path) -> None:
    yaml = letters(identity=WRONG_CASE)
    (found,) = rule_findings(tmp_path, yaml, "DOK001", files=LETTERS)
    assert found.severity is Severity.ERROR
    assert found.message == (
        f"`{WRONG_CASE}` tidak ditemukan karena huruf besar/kecilnya berbeda; "
        f"maksudnya `{IDENTITY}`?"
    )
    assert "server Linux" in found.fix


def test_letter_encrypted_without_password_is_a_warning(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, letters(), "DOK001", files=only(IDENTITY, UNLOCKED))
    assert found.severity is Severity.WARNING
    assert found.message.startswith(f"surat `{IDENTITY}` terenkripsi: terbuka tanpa kata sandi")
    assert found.fix == "simpan ulang PDF tanpa kata sandi atau pembatasan"


def test_letter_behind_a_password_is_an_error(tmp_path: Path) -> None:
    yaml = letters()
    (found,) = rule_findings(tmp_path, yaml, "DOK001", files=only(IDENTITY, LOCKED), lang=Lang.EN)
    assert found.severity is Severity.ERROR
    assert found.message == f"`{IDENTITY}` is password-protected, so it cannot be opened"


def test_word_file_renamed_to_pdf_is_named_as_such(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, letters(), "DOK001", files=only(IDENTITY, DOCX))
    assert (
        found.message == f"`{IDENTITY}` bukan berkas PDF; isinya tampak seperti berkas DOCX (Word)"
    )
    assert "mengganti akhiran" in found.fix


def test_size_limit_is_a_warning_because_it_is_assumed(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, letters(), "DOK003", files=only(IDENTITY, BIG))
    assert found.severity is Severity.WARNING
    assert found.message == (
        f"berkas `{IDENTITY}` berukuran 2.1 MB, melebihi batas 2.0 MB "
        "(aturan diasumsikan dari KIPP 2023, belum dikonfirmasi untuk edisi ini)"
    )


def test_size_limit_says_assumed_in_english(tmp_path: Path) -> None:
    yaml = letters()
    (found,) = rule_findings(tmp_path, yaml, "DOK003", files=only(IDENTITY, BIG), lang=Lang.EN)
    assert found.severity is Severity.WARNING
    assert found.message.endswith("(rule assumed from KIPP 2023, not confirmed for this edition)")
    assert "Reduce File Size" in found.fix


def test_size_limit_in_2023_names_its_unofficial_source(tmp_path: Path) -> None:
    yaml = letters()
    (found,) = rule_findings(tmp_path, yaml, "DOK003", files=only(IDENTITY, BIG), pack="kipp-2023")
    assert found.severity is Severity.WARNING
    assert "aturan belum dikonfirmasi resmi; sumber: Salinan formulir SINOVIK" in found.message


def test_other_format_is_a_warning_listing_the_accepted_ones(tmp_path: Path) -> None:
    yaml = with_evidence("lampiran/foto-gerai.jpg")
    (found,) = rule_findings(tmp_path, yaml, "DOK004", files=LETTERS)
    assert found.severity is Severity.WARNING
    assert found.message.startswith(
        "berkas `lampiran/foto-gerai.jpg` bukan format yang diterima (pdf)"
    )
