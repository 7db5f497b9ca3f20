"""Basic, safe inspection of one attached PDF: where it is, what it is, how many pages.

Attachments are committed by anyone, so every step assumes a hostile file
(`shared/design/hazards.md`, sections 3 and 4): the path is judged before it
touches the disk, the descriptor is checked before a byte is read, the read is
bounded, and pypdf only ever sees bytes that already look like a PDF. Problems
are values in `PdfFacts`, never exceptions, so one bad file cannot stop a run.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError, LimitReachedError

from kipp_check.loader.attachment_paths import AttachmentRefused, locate, shown
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check cannot block
    | getattr(os, "O_NOFOLLOW", 0)  # nor can a symlink swapped in (F12)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
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


@dataclass(frozen=True)
class PdfReading:
    """What pypdf learned of one PDF, as plain values so it can cross a process boundary."""

    pages: int | None = None
    encrypted: bool | None = None
    problem: str = ""
    error: str = ""
    """The exception class behind `problem`, never its message (it may quote file bytes)."""


@dataclass
class _Learned:
    """What the inspection knows so far; a refusal keeps it (e.g. the size of a big file)."""

    exists: bool = False
    bytes: int | None = None
    pages: int | None = None
    encrypted: bool | None = None
    sha256: str | None = None


def inspect_attachment(base_dir: Path, rel_path: str, *, role: str, limits: Limits) -> PdfFacts:
    """Inspect the attachment `rel_path`, written in the YAML at `role`, relative to `base_dir`.

    Never raises: every failure, expected or not, becomes `PdfFacts.problem`
    with its message fields, so the caller can report it and check the rest.
    """
    learned = _Learned()
    key, fields = "", {}
    try:
        _inspect(base_dir, rel_path, limits, learned)
    except AttachmentRefused as refused:
        key, fields = refused.key, refused.fields
    except RecursionError:
        key = "pdf.too_deeply_nested"
    except OSError as exc:
        key, fields = "pdf.cannot_open", {"error": type(exc).__name__}
    except Exception as exc:  # P16: a bug or an odd file must not end the run
        key, fields = "pdf.internal_error", {"error": type(exc).__name__}
    args = tuple(sorted({"path": shown(str(rel_path)), **fields}.items())) if key else ()
    return PdfFacts(
        role=role,
        path=rel_path,
        exists=learned.exists,
        bytes=learned.bytes,
        pages=learned.pages,
        encrypted=learned.encrypted,
        sha256=learned.sha256,
        problem=key,
        problem_args=args,
    )


def _inspect(base_dir: Path, rel_path: str, limits: Limits, learned: _Learned) -> None:
    """The checks in order, recording facts into `learned`; a problem is raised."""
    real = locate(base_dir, rel_path)
    learned.exists = True
    data = _read_regular_file(real, limits.max_attachment_bytes, learned)
    learned.sha256 = hashlib.sha256(data).hexdigest()
    _check_content(data)
    reading = read_pdf(data)
    learned.pages, learned.encrypted = reading.pages, reading.encrypted
    if reading.problem:
        fields = {"error": reading.error} if reading.error else {}
        raise AttachmentRefused(reading.problem, **fields)


def _read_regular_file(real: str, limit: int, learned: _Learned) -> bytes:
    """Return the bytes of `real`, refusing anything but a regular file within `limit`.

    `lstat` first so a FIFO or device is never even opened (opening some
    devices has side effects); then `fstat` on the descriptor, because the
    path may have changed in between. The size is judged before any read, so a
    sparse 20 GB file costs nothing.
    """
    if not stat.S_ISREG(os.lstat(real).st_mode):
        raise AttachmentRefused("pdf.not_regular_file")
    fd = os.open(real, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise AttachmentRefused("pdf.not_regular_file")
        learned.bytes = info.st_size
        if info.st_size > limit:
            raise _too_big(info.st_size, limit)
        data = _read_at_most(fd, limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew after fstat
        raise _too_big(len(data), limit)
    learned.bytes = len(data)
    return data


def _too_big(size: int, limit: int) -> AttachmentRefused:
    return AttachmentRefused("pdf.too_big_to_read", size_mb=_mb(size), limit_mb=_mb(limit))


def _mb(size: int) -> str:
    return f"{size / _MB:.1f}".removesuffix(".0")


def _read_at_most(fd: int, count: int) -> bytes:
    """Read up to `count` bytes from `fd`, in chunks, never more."""
    chunks: list[bytes] = []
    remaining = count
    while remaining > 0:
        chunk = os.read(fd, min(remaining, _MB))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


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


def read_pdf(data: bytes) -> PdfReading:
    """Open `data` with pypdf and count its pages; never raises.

    All pypdf use is here, on bytes, with no file access: it can move into a
    worker process with a time and memory cap without changing its callers.
    """
    encrypted: bool | None = None
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = bool(reader.is_encrypted)
            if encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                return PdfReading(encrypted=True, problem="pdf.password_protected")
            pages = len(reader.pages)
    except Exception as exc:  # P16: pypdf raises far more than PyPdfError
        problem = _problem_of(exc)
        error = type(exc).__name__ if problem == "pdf.unreadable" else ""
        return PdfReading(encrypted=encrypted, problem=problem, error=error)
    if pages == 0:
        return PdfReading(pages=0, encrypted=encrypted, problem="pdf.no_pages")
    return PdfReading(pages=pages, encrypted=encrypted)


def _problem_of(exc: Exception) -> str:
    """The catalogue key for an exception pypdf raised; RecursionError may be wrapped (P8)."""
    if any(isinstance(e, RecursionError) for e in _causes(exc)):
        return "pdf.too_deeply_nested"
    if isinstance(exc, LimitReachedError):
        return "pdf.limit_reached"
    if isinstance(exc, FileNotDecryptedError):
        return "pdf.password_protected"
    return "pdf.unreadable"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and the exceptions it was raised from, at most 16, cycles cut."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 16:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Run pypdf with no log spam (P14), no escaping `warnings` and no `jbig2dec` (P4).

    The level is raised on the `pypdf` parent logger so records are never even
    built; pytest's `filterwarnings=error` would otherwise turn a warning into
    a failure. The JBIG2 route goes through pypdf's configuration, because in
    pypdf 7 changing the legacy `pypdf.filters.JBIG2DEC_BINARY` constant makes
    every `PdfReader()` raise `DeprecationError`.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if hasattr(pypdf, "apply_configuration"):
                with pypdf.apply_configuration(jbig2dec_binary=None):
                    yield
            else:  # pypdf 6 before `Configuration`
                pypdf.filters.JBIG2DEC_BINARY = None
                yield
    finally:
        logger.setLevel(level)
