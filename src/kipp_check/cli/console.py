"""What every command shares: exit codes, the date flag, safe writing to the console."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text

EXIT_READY, EXIT_NOT_READY, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def parse_today(value: str | None, lang: Lang) -> dt.date:
    """The date of the check: `--today` / `KIPP_CHECK_TODAY`, else the machine's date."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(text("cli.bad_today", lang, value=value[:40])) from None


def write_output(rendered: str, output: Path | None, lang: Lang) -> None:
    """Write `rendered` to `output`, or to standard output when it is `None`."""
    if output is None:
        _never_crash_on_encoding(sys.stdout)
        sys.stdout.write(rendered)
        sys.stdout.flush()
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        raise UsageError(
            text("cli.output_unwritable", lang, path=output.as_posix(), reason=type(error).__name__)
        ) from None


def say(message: str) -> None:
    """One line for the user on standard error."""
    _never_crash_on_encoding(sys.stderr)
    print(message, file=sys.stderr)


def stdout_is_utf8() -> bool:
    """Whether standard output can show box drawing and arrows."""
    encoding = (getattr(sys.stdout, "encoding", None) or "ascii").lower().replace("-", "")
    return encoding == "utf8"


def _never_crash_on_encoding(stream: object) -> None:
    """A console that cannot show a character (LANG=C, cp1252) gets an escape instead."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
