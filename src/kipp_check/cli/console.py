"""What every command shares: exit codes, the date flag, safe writing to the console.

The progress bar of a long run is drawn on standard error, so standard output
stays the report, and only on an interactive terminal: never in CI logs,
pipes or files.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text

if TYPE_CHECKING:
    from kipp_check.reporters.safe_text import Escape
    from kipp_check.trust.outputs import Target

EXIT_READY, EXIT_NOT_READY, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class StdoutClosedError(Exception):
    """The reader of standard output went away (`kipp-check … | head -1`): not a failure.

    The command stops writing there and exits as it would have, which is what a
    tool in a pipe is expected to do (see the SIGPIPE note of Python's `signal`
    documentation).
    """


def stop_writing_stdout() -> None:
    """Point standard output at the null device, so nothing written later can fail.

    The interpreter flushes standard output once more as it exits; into a
    closed pipe that would be one more `BrokenPipeError` on standard error.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file descriptor behind sys.stdout (a test's capture)
        pass


def parse_today(value: str | None) -> dt.date:
    """The date of the check: `--today` / `KIPP_CHECK_TODAY`, else the machine's date."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError.of("cli.bad_today", value=value[:40]) from None


def write_output(
    rendered: str, output: Target | None, lang: Lang, *, escape: Escape | None = None
) -> None:
    """Write `rendered` to `output`, or to standard output when it is `None`."""
    write_chunks((rendered,), output, lang, escape=escape)


def write_chunks(
    chunks: Iterable[str], output: Target | None, lang: Lang, *, escape: Escape | None = None
) -> None:
    """Write each chunk as it comes, so a batch's report need never be whole in memory.

    With `escape`, CI log commands in the text are made inert (`ci_commands`)
    in that format's own escapes.

    `output` was judged already (`kipp_check.trust.outputs.judge_target`): no
    link on its way inside a checked tree, not an input, not read-only. A
    report file is written beside its target, never through a link, and
    renamed over it only when complete: a run that fails half-way leaves the
    previous report as it was, never a truncated one. A device or FIFO
    outside the tree (`/dev/stdout`, a pipe) is written in place; so is a
    regular file in a folder that takes no new file (`$GITHUB_STEP_SUMMARY`),
    opened without following a link.
    """
    if escape is not None:
        from kipp_check.reporters.safe_text import neutralised

        chunks = neutralised(chunks, escape)
    if output is None:
        _never_crash_on_encoding(sys.stdout)
        try:
            for chunk in chunks:
                sys.stdout.write(chunk)
            sys.stdout.flush()
        except BrokenPipeError:
            stop_writing_stdout()
            raise StdoutClosedError from None
        return
    from kipp_check.trust.outputs import make_parents

    path, shown = output.path, output.written
    if output.in_place:
        _write_file(path, os.O_WRONLY | os.O_TRUNC, chunks, shown, lang)
        return
    try:
        make_parents(output)
    except OSError as error:
        raise _unwritable(shown, error, lang) from None
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        fd = os.open(partial, _NEW_FILE, 0o666)
    except OSError:  # a folder we may not add to, though the report file itself is writable
        _write_file(path, os.O_WRONLY | os.O_TRUNC | _NOFOLLOW, chunks, shown, lang)
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            for chunk in chunks:  # made from memory and the run's spool, written as it comes
                _write_chunk(file, chunk, shown, lang)
        os.replace(partial, path)
    except OSError as error:
        raise _unwritable(shown, error, lang) from None
    finally:
        partial.unlink(missing_ok=True)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def _write_file(path: Path, flags: int, chunks: Iterable[str], shown: Path, lang: Lang) -> None:
    """Write `chunks` to the existing `path` opened with `flags`; errors name `shown`."""
    try:
        file = os.fdopen(os.open(path, flags), "w", encoding="utf-8")
    except OSError as error:
        raise _unwritable(shown, error, lang) from None
    with file:
        for chunk in chunks:
            _write_chunk(file, chunk, shown, lang)


def _write_chunk(file: TextIO, chunk: str, shown: Path, lang: Lang) -> None:
    try:
        file.write(chunk)
    except OSError as error:
        raise _unwritable(shown, error, lang) from None


def _unwritable(output: Path, error: OSError, lang: Lang) -> UsageError:
    return UsageError(
        text("cli.output_unwritable", lang, path=output.as_posix(), reason=type(error).__name__)
    )


def say(message: str) -> None:
    """One line for the user on standard error, any value quoted in it made inert.

    A message may quote what the user's files hold (a config value, a path):
    controls become `<U+…>` and CI log commands are broken, as in a report.
    """
    from kipp_check.reporters.safe_text import Escape, neutralise, safe

    _never_crash_on_encoding(sys.stderr)
    print(neutralise(safe(message), Escape.TEXT), file=sys.stderr)


def stdout_is_utf8() -> bool:
    """Whether standard output can show box drawing and arrows."""
    encoding = (getattr(sys.stdout, "encoding", None) or "ascii").lower().replace("-", "")
    return encoding == "utf8"


def _never_crash_on_encoding(stream: object) -> None:
    """A console that cannot show a character (LANG=C, cp1252) gets an escape instead."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


_CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILD_NUMBER", "TF_BUILD")


def progress_wanted(total: int) -> bool:
    """A bar helps only for several proposals, on an interactive terminal, outside CI."""
    if total < 2 or not sys.stderr.isatty():
        return False
    return not any(os.environ.get(name) for name in _CI_VARIABLES)


@contextmanager
def progress(total: int, lang: Lang) -> Iterator[Callable[[], None] | None]:
    """A callback that advances the bar by one proposal, or `None` when no bar is wanted."""
    if not progress_wanted(total):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    columns = (TextColumn(text("progress.checking", lang)), BarColumn(), MofNCompleteColumn())
    # NOTE: no auto-refresh, so no refresh thread: with a thread running, the PDF
    # workers of an in-process run (`--jobs 1`) must be spawned instead of forked,
    # which made a batch on a terminal about three times slower.
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("", total=total)
        bar.refresh()

        def advance() -> None:
            bar.advance(task)
            bar.refresh()

        yield advance
