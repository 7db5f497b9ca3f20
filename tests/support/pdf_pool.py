"""Helpers for the PDF pool tests: which worker read which file, and whether a worker is gone.

The workers answer with their own process id as the producer (the
`pids_as_producer` fixture of `tests/unit/loader/conftest.py`), so a test sees
which process read which file.
"""

from __future__ import annotations

import os
from pathlib import Path

from kipp_check.loader.attachments import AttachmentRef, inspect_attachments, text_plan
from kipp_check.options import Limits
from tests.support.pdfgen import pdf_bytes

ROLE = "data_dukung.signifikansi[0]"


def read_by(folder: Path, count: int, limits: Limits) -> set[str]:
    """The pids that read `count` small PDFs in `folder`."""
    refs = []
    for index in range(count):
        name = f"f{index:02d}.pdf"
        (folder / name).write_bytes(pdf_bytes([f"Laporan bagian {index}"]))
        refs.append(AttachmentRef(name, ROLE, text_plan(ROLE, limits)))
    return {facts.producer for facts in inspect_attachments(folder, refs, limits)}


def gone(pid: int) -> bool:
    """Whether process `pid` no longer exists (reaped, not a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False
