"""Read one PDF's bytes with pypdf: the code that runs inside a PDF worker process.

Everything here touches no file but the one the main process already checked
(opened again only if it is still that file, `regular_file.py`) and returns
plain values (`PdfReading`), so it can run in a worker with a time and memory
cap (`pdf_worker.py`) or, as a fallback, in the main process. It never raises:
pypdf throws far more than `PyPdfError` on hostile files (hazards P8, P16).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import pypdf
import pypdf.filters  # pypdf imports it on first use; here it comes with the rest
from pypdf import PasswordType, PdfReader
from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

from kipp_check.loader.pdf.active import active_content
from kipp_check.loader.pdf.job import PdfJob, PdfReading
from kipp_check.loader.pdf.pages import (
    page_marks,
    paper_size,
    producer,
    signature_state,
)
from kipp_check.loader.pdf.text import extract_pages
from kipp_check.loader.regular_file import open_checked

_CYCLE_WORDS = ("cycl", "loop", "circular")
_LIMIT_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("decompress", "decoding exceeded", "declared", "requested length"),
        "pdf.decompression_limit",
    ),
    (("page tree", "/pages"), "pdf.page_tree_limit"),
)


def read_pdf(job: PdfJob) -> PdfReading:
    """Open `job.data` with pypdf and gather its facts; never raises."""
    try:
        stream = io.BytesIO(job.data) if isinstance(job.data, bytes) else open_checked(job.data)
    except OSError as exc:
        return PdfReading(problem="pdf.cannot_open", fields=(("error", type(exc).__name__),))
    with stream:
        return _parse(stream, job)


def _parse(stream: BinaryIO, job: PdfJob) -> PdfReading:
    """The facts of the PDF in `stream`; never raises.

    Facts learned before a failure are kept: a file whose third page holds a
    decompression bomb still reports its page count.
    """
    learned: dict[str, Any] = {}
    try:
        with quiet_pypdf():
            _read_into(stream, job, learned)
    except BaseException as exc:  # P16; MemoryError and RecursionError included
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        problem = problem_of(exc)
        fields = _fields_of(problem, exc)
        return PdfReading(**{**learned, "problem": problem, "fields": fields})
    return PdfReading(**learned)


def _read_into(stream: BinaryIO, job: PdfJob, learned: dict[str, Any]) -> None:
    reader = PdfReader(stream, strict=False)
    learned["encrypted"] = encrypted = bool(reader.is_encrypted)
    if encrypted:
        opens = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        learned["opens_without_password"] = opens
        if not opens:
            learned["problem"] = "pdf.password_protected"
            return
    learned["pages"] = count = len(reader.pages)
    if count == 0:
        learned["problem"] = "pdf.no_pages"
        return
    examined = [reader.pages[i] for i in range(min(count, job.pages_examined))]
    sampled = examined if job.pages_sampled is None else examined[: job.pages_sampled]
    learned["page_sizes"] = tuple(paper_size(page) for page in sampled)
    learned["signature_field"], learned["signed"] = signature_state(reader)
    learned["active_content"] = active_content(reader, examined)
    learned["producer"] = producer(reader)
    marks = [page_marks(page) for page in sampled]
    learned["page_layers"] = tuple(layer for layer, _ in marks)
    learned["page_images"] = tuple(image for _, image in marks)
    learned["text"] = extract_pages(reader, job.text)


def _fields_of(problem: str, exc: BaseException) -> tuple[tuple[str, str], ...]:
    """The figures a problem's message names: the exception class, or pypdf's size limit."""
    if problem == "pdf.unreadable":
        return (("error", type(exc).__name__),)
    if problem == "pdf.decompression_limit":
        limit = pypdf.get_configuration().zlib_maximum_output_length
        return (("limit_mb", f"{limit / 1_000_000:g}"),)
    return ()


def problem_of(exc: BaseException) -> str:
    """The catalogue key for an exception raised while reading; causes are searched (P8)."""
    chain = list(_causes(exc))
    if any(isinstance(e, MemoryError) for e in chain):
        return "pdf.memory_limit"
    if any(isinstance(e, RecursionError) for e in chain):
        return "pdf.too_deeply_nested"
    if isinstance(exc, FileNotDecryptedError):
        return "pdf.password_protected"
    said = str(exc).casefold()[:200]
    if isinstance(exc, LimitReachedError | PdfReadError) and any(w in said for w in _CYCLE_WORDS):
        return "pdf.cyclic_structure"
    if isinstance(exc, LimitReachedError):
        kinds = (key for words, key in _LIMIT_KINDS if any(w in said for w in words))
        return next(kinds, "pdf.limit_reached")
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
def quiet_pypdf() -> Iterator[None]:
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
            with pypdf.apply_configuration(jbig2dec_binary=None):
                yield
    finally:
        logger.setLevel(level)
