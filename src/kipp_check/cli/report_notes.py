"""The note that says where a report file went: "Laporan ditulis ke laporan.html".

A report written with `--output` leaves nothing on the screen but the verdict;
the note on standard error (as coverage.py says where its HTML went) tells the
user which file to open or forward. Standard output is never touched, so a
report piped elsewhere stays clean.
"""

from __future__ import annotations

from pathlib import Path

from kipp_check.i18n import Lang, text
from kipp_check.reporters.safe_text import safe


def report_written(path: Path, lang: Lang) -> str:
    """The note for the report written to `path`, in `lang`."""
    return text("cli.report_written", lang, path=safe(path.as_posix()))
