"""Safe inspection of the attached PDFs: where each is, what it is, what it says.

Attachments are committed by anyone, so every step assumes a hostile file
(`shared/design/hazards.md`, sections 3 and 4): the path is judged before it
touches the disk, the descriptor is checked before a byte is read, the read is
bounded, and pypdf only ever sees a file that already looks like a PDF, in a
worker process with a time and memory cap (`pdf_worker.py`) that reads the
file itself, and only if it is still the file checked here (`regular_file.py`). Problems are
values in `PdfFacts`, never exceptions, so one bad file cannot stop a run.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kipp_check.loader.attachment_paths import AttachmentRefused, locate, shown
from kipp_check.loader.pdf.job import PdfJob, PdfReading, TextPlan, first_words
from kipp_check.loader.pdf.worker import JobMaker, read_all
from kipp_check.loader.regular_file import CHUNK, OPEN_FLAGS, CheckedFile, read_at_most
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits

_HEAD = 1024
"""`%PDF-` must appear this early; readers tolerate a little junk before it."""
_LFS_POINTER = b"version https://git-lfs.github.com/spec/v1"
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "DOC/XLS (Office 97-2003)"),
    (b"{\\rtf", "RTF"),
)
_ZIP_MEMBERS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "DOCX (Word)"),
    (b"xl/", "XLSX (Excel)"),
    (b"ppt/", "PPTX (PowerPoint)"),
    (b"application/vnd.oasis.opendocument", "ODF (LibreOffice)"),
)
_MB = 1024 * 1024
SAMPLED_PAGES = 10
"""Pages of a sampled file that get a paper size and a layer (see `AttachmentRef.sample_upto`)."""


@dataclass(frozen=True)
class AttachmentRef:
    """One file to inspect: the path written in the YAML, where it is written, the text wanted."""

    path: str
    role: str
    text: TextPlan = field(default_factory=TextPlan)
    sample_upto: int | None = None
    """A file of at most this many bytes gets a paper size and a layer for its first
    `SAMPLED_PAGES` pages only; `None` (and a bigger file): every examined page.
    Set for supporting data within the pack's size limit (`page_sample`)."""


@dataclass
class _Learned:
    """What the inspection knows so far; a refusal keeps it (e.g. the size of a big file)."""

    exists: bool = False
    bytes: int | None = None
    sha256: str | None = None
    key: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def text_plan(role: str, limits: Limits) -> TextPlan:
    """How much text the content rules read from the file at `role`: more for the letters."""
    if role.startswith("dokumen."):
        return TextPlan(limits.letter_text_pages, limits.letter_text_chars)
    return TextPlan(limits.evidence_text_pages, limits.evidence_text_chars)


def page_sample(role: str, file_limit: int) -> int | None:
    """`AttachmentRef.sample_upto` for the file at `role` when the pack allows `file_limit` bytes.

    Only two rules read the pages one by one, and neither needs every page of
    a supporting file within the size limit: the letter rules read the letters'
    layers and last page (so letters are examined in full), and DOK003 counts
    the scanned pages of a file over the limit (so such a file is examined in
    full). Decoding every page of a 60-page report only to write its layers
    into the JSON output cost more than counting its pages (issue 17).
    """
    return None if role.startswith("dokumen.") else file_limit


def inspect_attachment(base_dir: Path, rel_path: str, *, role: str, limits: Limits) -> PdfFacts:
    """Inspect one attachment; see `inspect_attachments`."""
    ref = AttachmentRef(rel_path, role, text_plan(role, limits))
    return inspect_attachments(base_dir, [ref], limits)[0]


def inspect_attachments(
    base_dir: Path, refs: Sequence[AttachmentRef], limits: Limits
) -> tuple[PdfFacts, ...]:
    """Inspect each attachment in `refs`, relative to `base_dir`, in order.

    The path and the bytes are checked here; pypdf runs in worker processes
    with a time and memory cap (`pdf_worker`). Never raises: every failure,
    expected or not, becomes `PdfFacts.problem` with its message fields, so
    the caller can report it and check the rest.
    """
    learned = [_Learned() for _ in refs]

    def maker(index: int) -> JobMaker:
        return lambda: _prepare(base_dir, refs[index], limits, learned[index])

    readings = read_all([maker(i) for i in range(len(refs))], limits)
    return tuple(
        _facts(ref, known, reading, limits)
        for ref, known, reading in zip(refs, learned, readings, strict=True)
    )


def _prepare(
    base_dir: Path, ref: AttachmentRef, limits: Limits, learned: _Learned
) -> PdfJob | None:
    """The worker's job for `ref`, or `None` when the file was refused before parsing."""
    try:
        checked = _inspect(base_dir, ref.path, limits, learned)
        examined = limits.pdf_pages_examined
        sampled = ref.sample_upto is not None and checked.size <= ref.sample_upto
        return PdfJob(
            checked, ref.text, examined, min(examined, SAMPLED_PAGES) if sampled else None
        )
    except AttachmentRefused as refused:
        learned.key, learned.fields = refused.key, refused.fields
    except RecursionError:
        learned.key = "pdf.too_deeply_nested"
    except OSError as exc:
        learned.key, learned.fields = "pdf.cannot_open", {"error": type(exc).__name__}
    except Exception as exc:  # P16: a bug or an odd file must not end the run
        learned.key, learned.fields = "pdf.internal_error", {"error": type(exc).__name__}
    return None


def _facts(
    ref: AttachmentRef, learned: _Learned, reading: PdfReading | None, limits: Limits
) -> PdfFacts:
    """Everything known of one file, the refusal or the reading's problem included."""
    key, fields = learned.key, dict(learned.fields)
    found = reading or PdfReading()
    if found.problem and not key:
        key, fields = found.problem, {**dict(found.fields), **_limit_fields(found, limits)}
    args = tuple(sorted({"path": shown(str(ref.path)), **fields}.items())) if key else ()
    return PdfFacts(
        role=ref.role,
        path=ref.path,
        exists=learned.exists,
        bytes=learned.bytes,
        pages=found.pages,
        encrypted=found.encrypted,
        sha256=learned.sha256,
        problem=key,
        problem_args=args,
        opens_without_password=found.opens_without_password,
        page_sizes=found.page_sizes,
        page_layers=found.page_layers,
        page_images=found.page_images,
        signature_field=found.signature_field,
        signed=found.signed,
        producer=found.producer,
        first_words=first_words(found.text),
        text=found.text,
        active_content=found.active_content,
    )


def _limit_fields(reading: PdfReading, limits: Limits) -> dict[str, str]:
    """The figure a limit finding names: the memory cap (the time limit comes with it)."""
    if reading.problem == "pdf.memory_limit":
        return {"limit_mb": _mb(limits.pdf_memory_bytes)}
    return {}


def _inspect(base_dir: Path, rel_path: str, limits: Limits, learned: _Learned) -> CheckedFile:
    """The checks before parsing, recording facts into `learned`; a problem is raised.

    `lstat` first so a FIFO or device is never even opened (opening some
    devices has side effects); then `fstat` on the descriptor, because the
    path may have changed in between. The size is judged before any read, so a
    sparse 20 GB file costs nothing.
    """
    real = locate(base_dir, rel_path)
    learned.exists = True
    if not stat.S_ISREG(os.lstat(real).st_mode):
        raise AttachmentRefused("pdf.not_regular_file")
    fd = os.open(real, OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise AttachmentRefused("pdf.not_regular_file")
        learned.bytes = info.st_size
        limit = limits.max_attachment_bytes
        if info.st_size > limit:
            raise _too_big(info.st_size, limit)
        learned.bytes, learned.sha256 = _hash_pdf(fd, limit)
    finally:
        os.close(fd)
    return CheckedFile(real, info.st_dev, info.st_ino, learned.bytes)


def _hash_pdf(fd: int, limit: int) -> tuple[int, str]:
    """Size and SHA-256 of a file that looks like a PDF, read in chunks; else a refusal.

    Only the first bytes decide whether it is a PDF; the rest is hashed a
    chunk at a time, so memory stays flat whatever the size. A file that is
    not a PDF is read whole (within `limit`) to name its format.
    """
    head = read_at_most(fd, _HEAD)
    if head.startswith(_LFS_POINTER) or b"%PDF-" not in head:
        _check_content(head + read_at_most(fd, limit + 1 - len(head)))
    hasher = hashlib.sha256(head)
    size = len(head)
    while chunk := os.read(fd, min(CHUNK, limit + 1 - size)):
        hasher.update(chunk)
        size += len(chunk)
    if size > limit:  # the file grew after fstat
        raise _too_big(size, limit)
    return size, hasher.hexdigest()


def _too_big(size: int, limit: int) -> AttachmentRefused:
    return AttachmentRefused("pdf.too_big_to_read", size_mb=_mb(size), limit_mb=_mb(limit))


def _mb(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0")


def _check_content(data: bytes) -> None:
    """Refuse what is plainly not a PDF, naming its format but never quoting it (F4)."""
    if data.startswith(_LFS_POINTER):
        raise AttachmentRefused("pdf.lfs_pointer")
    if not data:
        raise AttachmentRefused("pdf.empty_file")
    if b"%PDF-" not in data[:_HEAD]:
        kind = _sniff_format(data)
        if kind:
            raise AttachmentRefused("pdf.not_pdf_format", format=kind)
        raise AttachmentRefused("pdf.not_pdf")


def _sniff_format(data: bytes) -> str:
    """Name the format of a non-PDF from its magic number, or `""` when unsure."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(b"PK\x03\x04"):
        return next((name for member, name in _ZIP_MEMBERS if member in data), "ZIP")
    head = data[:_HEAD]
    if head.lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return "HTML"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of `head` is fine
        if exc.start < len(head) - 3:
            return ""
        text = head[: exc.start].decode("utf-8")
    return "TXT" if all(ch.isprintable() or ch in "\t\r\n\f" for ch in text) else ""
