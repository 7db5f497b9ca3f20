"""Tests for `inspect_attachment`: every problem key fires, good PDFs stay quiet.

Every PDF is built at test time (tests/support/pdfgen.py, pypdf's writer, or
hand-made bytes for hostile structures), so the repository holds no binaries.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import string
import struct
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pypdf
import pypdf.filters
import pytest

from kipp_check.i18n import Lang, text
from kipp_check.i18n.messages_pdf import MESSAGES
from kipp_check.loader import attachments
from kipp_check.loader.attachments import inspect_attachment
from kipp_check.loader.pdf import reading as pdf_reading
from kipp_check.loader.pdf.job import PdfJob, TextPlan
from kipp_check.loader.pdf.reading import read_pdf
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits
from tests.support.pdf_samples import CATALOG, NESTED, PAGE, content_bomb, encrypted, raw_pdf
from tests.support.pdfgen import pdf_bytes, write_pdf

ROLE = "dokumen.surat_identitas_inovator"
SECRET = "ghp_SECRETTOKEN123"
BAD_PATHS = {
    "pdf.empty_path": ["", "   "],
    "pdf.control_character": ["a\x00b.pdf", "laporan\u202efdp.exe"],
    "pdf.url": ["https://example.go.id/surat.pdf", "file:///etc/passwd"],
    "pdf.shell_expansion": ["~/x.pdf", "$HOME/x.pdf", "%USERPROFILE%/x.pdf"],
    "pdf.absolute_path": ["/etc/passwd", "C:\\x.pdf", "C:x.pdf", "\\\\srv\\s\\x.pdf", "//srv/s/x"],
    "pdf.backslash": ["lampiran\\x.pdf"],
    "pdf.name_too_long": ["a" * 256 + ".pdf"],
    "pdf.hidden_path": [".git/config", "lampiran/.rahasia.pdf"],
    "pdf.not_portable": ["CON.pdf", "laporan:2023.pdf", "lampiran./x.pdf"],
    "pdf.outside_folder": ["../x.pdf", "lampiran/../../x.pdf", ".."],
}
PROBLEM_KEYS = {
    *BAD_PATHS, "pdf.symlink_outside", "pdf.not_found", "pdf.not_found_similar",
    "pdf.not_found_case", "pdf.not_found_normalization", "pdf.not_regular_file",
    "pdf.too_big_to_read", "pdf.cannot_open", "pdf.lfs_pointer", "pdf.empty_file", "pdf.not_pdf",
    "pdf.not_pdf_format", "pdf.password_protected", "pdf.no_pages", "pdf.unreadable",
    "pdf.too_deeply_nested", "pdf.limit_reached", "pdf.internal_error", "pdf.decompression_limit",
    "pdf.page_tree_limit", "pdf.cyclic_structure", "pdf.time_limit", "pdf.memory_limit",
    "pdf.worker_crashed",
}  # fmt: skip


def _check(base: Path, rel: str, limit: int = 50 * 1024 * 1024) -> PdfFacts:
    return inspect_attachment(base, rel, role=ROLE, limits=Limits(max_attachment_bytes=limit))


def _problem(facts: PdfFacts, key: str) -> str:
    """Assert `facts` has problem `key`, and return its English text (both languages render)."""
    assert facts.problem == key, facts
    assert facts.role == ROLE
    args = dict(facts.problem_args)
    assert list(facts.problem_args) == sorted(facts.problem_args)
    assert all(len(v) <= 64 for v in args.values())
    assert text(key, Lang.ID, **args)
    return text(key, Lang.EN, **args)


def _objstm_pdf(padding: int) -> bytes:
    """A PDF whose page tree sits in a compressed object stream, decoded on opening (P1)."""
    header, pages = b"2 0 ", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    packed = zlib.compress(header + pages + b" " * padding, 9)
    body, offsets = bytearray(b"%PDF-1.5\n"), [0]
    stream = b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
    for number, obj in ((1, CATALOG), (3, PAGE), (4, stream % (4, len(packed)) + packed)):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, obj + (b"\nendstream" if number == 4 else b""))
    xref = len(body)
    rows = [(0, 0, 65535), (1, offsets[1], 0), (2, 4, 0), (1, offsets[2], 0), (1, offsets[3], 0)]
    data = b"".join(struct.pack(">BIH", *row) for row in [*rows, (1, xref, 0)])
    body += b"5 0 obj\n<< /Type /XRef /W [1 4 2] /Size 6 /Root 1 0 R /Length %d >>\n" % len(data)
    return bytes(
        body + b"stream\n" + data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref
    )


@pytest.mark.parametrize("pages", [1, 3])
def test_valid_pdf_has_no_problem(tmp_path: Path, pages: int) -> None:
    texts = [f"halaman {i}" for i in range(pages)]
    pdf = write_pdf(tmp_path / "lampiran" / "surat.pdf", texts)
    facts = _check(tmp_path, "lampiran/surat.pdf")
    assert facts == PdfFacts(
        role=ROLE, path="lampiran/surat.pdf", exists=True, bytes=pdf.stat().st_size,
        pages=pages, encrypted=False, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
        page_sizes=("a4",) * pages, page_layers=("text",) * pages, signature_field=False,
        page_images=(False,) * pages, first_words=" ".join(texts),
        text=tuple(f"{t}\n" for t in texts),
    )  # fmt: skip


def test_dot_segments_that_stay_inside_are_fine(tmp_path: Path) -> None:
    write_pdf(tmp_path / "surat.pdf", ["isi"])
    assert _check(tmp_path, "./lampiran/../surat.pdf").pages == 1


@pytest.mark.parametrize(
    ("rel", "key"), [(rel, key) for key, rels in BAD_PATHS.items() for rel in rels]
)
def test_bad_path_is_refused_before_the_disk(tmp_path: Path, rel: str, key: str) -> None:
    facts = _check(tmp_path / "proposal", rel)
    _problem(facts, key)
    assert facts.path == rel
    assert not facts.exists


def test_backslash_hint_uses_forward_slashes(tmp_path: Path) -> None:
    assert "`lampiran/x.pdf`" in _problem(_check(tmp_path, "lampiran\\x.pdf"), "pdf.backslash")


def test_git_config_is_never_read_nor_echoed(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"[core]\n\ttoken = {SECRET}\n")
    (tmp_path / "a.pdf").symlink_to(tmp_path / ".git" / "config")
    for rel in (".git/config", "a.pdf"):
        message = _problem(_check(tmp_path, rel), "pdf.hidden_path")
        assert "`.git`" in message
        assert SECRET not in message


def test_missing_file_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / "lampiran").mkdir()
    (tmp_path / "lampiran" / "foto.jpg").write_bytes(b"")
    facts = _check(tmp_path, "lampiran/surat.pdf")
    assert dict(facts.problem_args) == {
        "folder": "lampiran", "name": "surat.pdf", "path": "lampiran/surat.pdf",
    }  # fmt: skip
    _problem(facts, "pdf.not_found")
    assert dict(_check(tmp_path, "dokumen/x.pdf").problem_args)["name"] == "dokumen"


def test_close_name_is_suggested(tmp_path: Path) -> None:
    write_pdf(tmp_path / "surat-identitas.pdf", ["isi"])
    facts = _check(tmp_path, "surat-identitaz.pdf")
    assert "did you mean `surat-identitas.pdf`?" in _problem(facts, "pdf.not_found_similar")


@pytest.mark.parametrize(
    ("rel", "suggestion"),
    [("Surat.pdf", "lampiran/surat.pdf"), ("SURAT.PDF", "lampiran/surat.pdf")],
)
def test_wrong_case_fails_on_every_os_with_a_hint(
    tmp_path: Path, rel: str, suggestion: str
) -> None:
    write_pdf(tmp_path / "lampiran" / "surat.pdf", ["isi"])
    for written in (f"lampiran/{rel}", f"Lampiran/{rel.lower()}"):
        message = _problem(_check(tmp_path, written), "pdf.not_found_case")
        assert f"did you mean `{suggestion}`?" in message


def test_unicode_normalisation_mismatch_has_its_own_hint(tmp_path: Path) -> None:
    nfc = "laporan-café.pdf"
    write_pdf(tmp_path / unicodedata.normalize("NFD", nfc), ["isi"])
    _problem(_check(tmp_path, nfc), "pdf.not_found_normalization")


def test_symlink_leaving_the_folder_is_refused_unread(tmp_path: Path) -> None:
    base = tmp_path / "proposal"
    (base / "lampiran").mkdir(parents=True)
    outside = write_pdf(tmp_path / "luar" / "x.pdf", ["isi"])
    (base / "lampiran" / "x.pdf").symlink_to(outside)
    (base / "lampiran" / "passwd.pdf").symlink_to("/etc/passwd")
    (base / "luar").symlink_to(tmp_path / "luar", target_is_directory=True)
    for rel in ("lampiran/x.pdf", "lampiran/passwd.pdf", "luar/x.pdf"):
        facts = _check(base, rel)
        _problem(facts, "pdf.symlink_outside")
        assert facts.bytes is None


def test_symlink_inside_the_folder_is_followed(tmp_path: Path) -> None:
    write_pdf(tmp_path / "lampiran" / "asli.pdf", ["isi", "isi"])
    (tmp_path / "surat.pdf").symlink_to(Path("lampiran") / "asli.pdf")
    assert _check(tmp_path, "surat.pdf").pages == 2


def test_dangling_symlink_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "surat.pdf").symlink_to(tmp_path / "hilang.pdf")
    _problem(_check(tmp_path, "surat.pdf"), "pdf.not_found")


@pytest.mark.timeout(5)
def test_fifo_returns_promptly(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "surat.pdf")
    facts = _check(tmp_path, "surat.pdf")
    _problem(facts, "pdf.not_regular_file")
    assert facts.exists


@pytest.mark.parametrize("rel", ["lampiran", "lampiran/", "."])
def test_directory_is_not_a_regular_file(tmp_path: Path, rel: str) -> None:
    (tmp_path / "lampiran").mkdir()
    _problem(_check(tmp_path, rel), "pdf.not_regular_file")


@pytest.mark.timeout(5)
def test_sparse_20_gb_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "besar.pdf"
    big.write_bytes(b"%PDF-1.4\n")
    os.truncate(big, 20 * 1024**3)

    def _no_read(fd: int, count: int) -> bytes:
        raise AssertionError("read a file that is over the limit")

    monkeypatch.setattr(attachments, "read_at_most", _no_read)
    facts = _check(tmp_path, "besar.pdf", limit=1024 * 1024)
    assert "is 20480 MB, over the 1 MB limit" in _problem(facts, "pdf.too_big_to_read")
    assert facts.bytes == 20 * 1024**3


@pytest.mark.parametrize(
    ("content", "key", "fmt"),
    [
        (b"version https://git-lfs.github.com/spec/v1\noid sha256:0\n", "pdf.lfs_pointer", ""),
        (b"", "pdf.empty_file", ""),
        (f"judul: SIGAP\ntoken: {SECRET}\n".encode(), "pdf.not_pdf_format", "TXT"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "pdf.not_pdf_format", "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "pdf.not_pdf_format", "JPEG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "pdf.not_pdf_format", "DOC/XLS"),
        (bytes(range(256)) + SECRET.encode(), "pdf.not_pdf", ""),
    ],
)
def test_not_a_pdf_is_named_without_echoing_it(
    tmp_path: Path, content: bytes, key: str, fmt: str
) -> None:
    (tmp_path / "surat.pdf").write_bytes(content)
    facts = _check(tmp_path, "surat.pdf")
    message = _problem(facts, key)
    assert fmt in dict(facts.problem_args).get("format", "")
    assert SECRET not in message
    assert facts.exists
    assert facts.bytes == len(content)


def test_word_file_renamed_to_pdf_is_recognised(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "surat.pdf", "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", "<w:document/>")
    message = _problem(_check(tmp_path, "surat.pdf"), "pdf.not_pdf_format")
    assert "looks like a DOCX (Word) file" in message


def test_truncated_pdf_names_only_the_error_class(tmp_path: Path) -> None:
    data = pdf_bytes(["satu", "dua", "tiga"])
    (tmp_path / "surat.pdf").write_bytes(data[: len(data) // 2])
    facts = _check(tmp_path, "surat.pdf")
    _problem(facts, "pdf.unreadable")
    assert re.fullmatch(r"[A-Za-z]+Error", dict(facts.problem_args)["error"])
    assert facts.bytes == len(data) // 2


def test_pdf_opened_with_empty_password_counts_pages(tmp_path: Path) -> None:
    (tmp_path / "surat.pdf").write_bytes(encrypted(""))
    facts = _check(tmp_path, "surat.pdf")
    assert (facts.problem, facts.encrypted, facts.pages) == ("", True, 2)


def test_pdf_needing_a_password_is_refused(tmp_path: Path) -> None:
    (tmp_path / "surat.pdf").write_bytes(encrypted("rahasia"))
    facts = _check(tmp_path, "surat.pdf")
    _problem(facts, "pdf.password_protected")
    assert facts.encrypted is True


@pytest.mark.parametrize(
    ("pages", "rest", "key"),
    [
        (b"/Kids [3 0 R] /Count 1", [NESTED], "pdf.too_deeply_nested"),
        (b"/Kids [3 0 R] /Count 1 /X " + NESTED, [PAGE], "pdf.too_deeply_nested"),
        (b"/Kids [] /Count 0", [], "pdf.no_pages"),
        (b"/Kids [2 0 R] /Count 1", [PAGE], "pdf.cyclic_structure"),
        (b"/Kids [%s] /Count 1" % (b" 3 0 R" * 200_000), [PAGE], "pdf.limit_reached"),
    ],
    ids=["nested-bare", "nested-wrapped", "no-pages", "cyclic-pages", "huge-kids"],
)
def test_hostile_structure_is_a_problem_not_a_crash(
    tmp_path: Path, pages: bytes, rest: list[bytes], key: str
) -> None:
    data = raw_pdf(CATALOG, b"<< /Type /Pages %s >>" % pages, *rest)
    (tmp_path / "surat.pdf").write_bytes(data)
    _problem(_check(tmp_path, "surat.pdf"), key)


@pytest.mark.timeout(30)
def test_decompression_bomb_is_bounded(tmp_path: Path) -> None:
    (tmp_path / "besar.pdf").write_bytes(content_bomb(50_000_000))
    (tmp_path / "bom.pdf").write_bytes(content_bomb(300_000_000))
    (tmp_path / "objstm.pdf").write_bytes(_objstm_pdf(80_000_000))
    started = time.monotonic()
    under = _check(tmp_path, "besar.pdf")  # 50 MB of spaces: within the limit, a blank page
    assert (under.problem, under.pages, under.page_layers) == ("", 1, ("blank",))
    bomb = _check(tmp_path, "bom.pdf")  # found when the page's layer is examined
    assert "75 MB limit" in _problem(bomb, "pdf.decompression_limit")
    assert bomb.pages == 1  # what was learned before the bomb is kept
    _problem(_check(tmp_path, "objstm.pdf"), "pdf.decompression_limit")  # on opening
    assert time.monotonic() - started < 10


def test_lowered_pypdf_limit_is_honoured(tmp_path: Path) -> None:
    (tmp_path / "surat.pdf").write_bytes(_objstm_pdf(2_000_000))
    assert _check(tmp_path, "surat.pdf").pages == 1
    with pypdf.apply_configuration(zlib_maximum_output_length=1_000_000):
        facts = _check(tmp_path, "surat.pdf")  # the forked worker inherits the setting
    assert "1 MB limit" in _problem(facts, "pdf.decompression_limit")


def test_malformed_pdf_logs_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    data = pdf_bytes(["isi"]).replace(b"/Count 1", b"/Count 1 /Count 1")  # shifts the xref too
    (tmp_path / "surat.pdf").write_bytes(data)
    level = logging.getLogger("pypdf").level
    with caplog.at_level(logging.DEBUG):
        assert _check(tmp_path, "surat.pdf").pages == 1
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert capsys.readouterr().err == ""
    assert logging.getLogger("pypdf").level == level


def test_jbig2dec_is_disabled_through_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    def _reader(*args: object, **kwargs: object) -> None:
        seen.append(pypdf.get_configuration().jbig2dec_binary)
        raise ValueError("stop")

    monkeypatch.setattr(pdf_reading, "PdfReader", _reader)
    legacy = pypdf.filters.JBIG2DEC_BINARY
    reading = read_pdf(PdfJob(pdf_bytes(["isi"]), TextPlan(), 10))
    assert (reading.problem, reading.fields) == ("pdf.unreadable", (("error", "ValueError"),))
    assert seen == [None]
    assert legacy == pypdf.filters.JBIG2DEC_BINARY


@pytest.mark.parametrize(
    ("module", "name", "error", "key"),
    [
        (attachments, "locate", PermissionError(13, "denied"), "pdf.cannot_open"),
        (attachments, "locate", RecursionError(), "pdf.too_deeply_nested"),
        (attachments, "_hash_pdf", KeyError("x"), "pdf.internal_error"),
        (pdf_reading, "_read_into", KeyError("/Root"), "pdf.unreadable"),
        (pdf_reading, "_read_into", MemoryError(), "pdf.memory_limit"),
    ],
)
def test_unexpected_errors_never_escape(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    module: object,
    name: str,
    error: Exception,
    key: str,
) -> None:
    def _boom(*args: object) -> None:
        raise error

    write_pdf(tmp_path / "surat.pdf", ["isi"])
    monkeypatch.setattr(module, name, _boom)  # the worker is forked after this, so it sees it
    facts = _check(tmp_path, "surat.pdf")
    _problem(facts, key)
    assert dict(facts.problem_args).get("error", type(error).__name__) == type(error).__name__


def test_every_message_has_a_fix_in_both_languages() -> None:
    problems = {key for key in MESSAGES if not key.endswith(".fix")}
    assert problems == PROBLEM_KEYS
    allowed = {"path", "name", "folder", "suggestion", "limit", "size_mb", "limit_mb", "format",
               "error", "seconds", "cause"}  # fmt: skip
    for key in problems:
        assert f"{key}.fix" in MESSAGES, key
    for key, message in MESSAGES.items():
        for sentence in message:
            assert sentence and sentence[0] not in string.ascii_uppercase, key
            assert not sentence.endswith("."), key
            fields = {f for _, f, _, _ in string.Formatter().parse(sentence) if f}
            assert fields <= (set() if key.endswith(".fix") else allowed), key
        assert {f for _, f, _, _ in string.Formatter().parse(message.id) if f} == {
            f for _, f, _, _ in string.Formatter().parse(message.en) if f
        }, key
