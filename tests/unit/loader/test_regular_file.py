"""The worker reads an attachment itself, and only the very file the main process checked.

The main process hashes each attachment in chunks and sends the worker where
the file is, not its bytes; what stands at that path when the worker opens it
must still be that file (hazards F11, F12), or it is not read at all.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from kipp_check.loader import attachments
from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.loader.pdf.job import PdfJob, PdfReading, TextPlan
from kipp_check.loader.pdf.reading import read_pdf
from kipp_check.loader.pdf.worker import JobMaker, read_all
from kipp_check.loader.regular_file import CheckedFile
from kipp_check.options import Limits
from tests.support.pdfgen import pdf_bytes

ROLE = "data_dukung.signifikansi[0]"


def _checked(path: Path) -> CheckedFile:
    info = path.stat()
    return CheckedFile(str(path), info.st_dev, info.st_ino, info.st_size)


def _read(checked: CheckedFile) -> PdfReading:
    return read_pdf(PdfJob(checked, TextPlan(1, 200), 10))


def test_the_checked_file_is_read_and_parsed(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes(["Laporan kegiatan"]))
    reading = _read(_checked(path))
    assert (reading.problem, reading.pages) == ("", 1)
    assert "Laporan kegiatan" in reading.text[0]


def test_a_file_swapped_after_the_check_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes(["asli"]))
    checked = _checked(path)
    other = tmp_path / "lain.pdf"
    other.write_bytes(pdf_bytes(["pengganti"]))
    os.replace(other, path)
    reading = _read(checked)
    assert (reading.problem, reading.fields) == (
        "pdf.cannot_open",
        (("error", "FileChangedError"),),
    )


def test_a_file_that_changed_size_after_the_check_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes(["asli"]))
    checked = _checked(path)
    with path.open("ab") as grown:
        grown.write(b"\n% tambahan")
    assert _read(checked).fields == (("error", "FileChangedError"),)


@pytest.mark.timeout(5)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_swapped_in_never_blocks_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes(["asli"]))
    checked = _checked(path)
    path.unlink()
    os.mkfifo(path)
    assert _read(checked).problem == "pdf.cannot_open"


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW on this platform")
def test_a_symlink_swapped_in_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "rahasia.pdf"
    target.write_bytes(pdf_bytes(["rahasia"]))
    path = tmp_path / "laporan.pdf"
    path.write_bytes(pdf_bytes(["asli"]))
    checked = _checked(path)
    path.unlink()
    path.symlink_to(target)
    reading = _read(checked)
    assert reading.problem == "pdf.cannot_open" and reading.text == ()


def _made(job: PdfJob | None) -> JobMaker:
    return lambda: job


def test_the_main_process_sends_where_the_file_is_never_its_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = pdf_bytes(["Laporan kegiatan"] * 3)
    (tmp_path / "laporan.pdf").write_bytes(data)
    sent: list[object] = []

    def recording(makers: Sequence[JobMaker], limits: Limits) -> list[PdfReading | None]:
        jobs = [maker() for maker in makers]
        sent.extend(job.data for job in jobs if job is not None)
        return read_all([_made(job) for job in jobs], limits)

    monkeypatch.setattr(attachments, "read_all", recording)
    limits = Limits()
    ref = AttachmentRef("laporan.pdf", ROLE, text_plan(ROLE, limits))
    (facts,) = inspect_attachments(tmp_path, [ref], limits)
    assert [type(item) for item in sent] == [CheckedFile]
    assert facts.sha256 == hashlib.sha256(data).hexdigest()
    assert (facts.bytes, facts.pages, facts.problem) == (len(data), 3, "")
