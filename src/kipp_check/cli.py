"""The command line: parse flags into `RunOptions`, run the check, print, exit.

This is the only module that touches argv, stdout, stderr and exit codes:
0 ready, 1 not ready, 2 usage or configuration error, 3 internal error.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from kipp_check import __version__
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.options import FailOn, OutputFormat, RunOptions

EXIT_READY, EXIT_NOT_READY, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# NOTE: typer >= 0.2x vendors click privately; its usage-error class is reached
# through the public `typer.BadParameter`, whichever click is underneath.
_ClickUsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


def _version(value: bool) -> None:
    if value:
        print(f"kipp-check {__version__}")
        raise typer.Exit(EXIT_READY)


@app.command(help="Periksa kesiapan proposal KIPP sebelum diajukan di SINOVIK.")
def check_command(
    proposal: Annotated[Path, typer.Argument(help="Berkas proposal.yaml.")],
    lang: Annotated[Lang, typer.Option("--lang", help="Bahasa laporan: id atau en.")] = Lang.ID,
    today: Annotated[
        str | None,
        typer.Option("--today", envvar="KIPP_CHECK_TODAY", help="Tanggal pemeriksaan, YYYY-MM-DD."),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option("--pack", help="Paket aturan (kipp-2025, kipp-2023) atau berkas lokal."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Format laporan.")
    ] = OutputFormat.TERMINAL,
    output: Annotated[
        Path | None, typer.Option("--output", help="Tulis laporan ke berkas ini.")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Tingkat temuan terendah yang menggagalkan.")
    ] = FailOn.ERROR,
    no_color: Annotated[bool, typer.Option("--no-color", help="Tanpa warna.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Tampilkan traceback.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Versi.")
    ] = False,
) -> None:
    """Check one proposal and exit with 0 (ready), 1 (not ready), 2 or 3."""
    from kipp_check.run import run_check  # imported late: `--version` stays fast

    try:
        options = RunOptions(today=_today(today, lang), lang=lang, pack=pack, fail_on=fail_on)
        report = run_check(proposal, options)
        rendered = _render(report, output_format, color=_color(no_color, output, output_format))
        _write(rendered, output, lang)
    except UsageError as error:
        _say(text("cli.error", lang, detail=str(error)))
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:
        if debug:
            traceback.print_exc()
        _say(text("cli.internal_error", lang, path=proposal.as_posix(), error=type(error).__name__))
        raise typer.Exit(EXIT_INTERNAL) from None
    raise typer.Exit(EXIT_READY if report.ready else EXIT_NOT_READY)


def _today(value: str | None, lang: Lang) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(text("cli.bad_today", lang, value=value[:40])) from None


def _render(report: object, output_format: OutputFormat, *, color: bool) -> str:
    from kipp_check.models.results import Report
    from kipp_check.reporters import json_, terminal

    assert isinstance(report, Report)
    if output_format is OutputFormat.JSON:
        return json_.render(report)
    encoding = (getattr(sys.stdout, "encoding", None) or "ascii").lower().replace("-", "")
    width = shutil.get_terminal_size((100, 24)).columns if color else 100
    return terminal.render(report, color=color, width=width, ascii_only=encoding != "utf8")


def _color(no_color: bool, output: Path | None, output_format: OutputFormat) -> bool:
    if no_color or output is not None or output_format is not OutputFormat.TERMINAL:
        return False
    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
        return False
    return sys.stdout.isatty()


def _write(rendered: str, output: Path | None, lang: Lang) -> None:
    if output is None:
        _stdout_safe()
        sys.stdout.write(rendered)
        sys.stdout.flush()
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        raise UsageError(
            text("cli.output_unwritable", lang, path=output.as_posix(), reason=type(error).__name__)
        ) from None


def _stdout_safe() -> None:
    """Never crash on a console that cannot show a character (LANG=C, cp1252)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def _say(message: str) -> None:
    reconfigure = getattr(sys.stderr, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
    print(message, file=sys.stderr)


def main() -> None:
    """Console entry point; click's own usage errors also exit with 2."""
    lang = Lang.EN if "--lang=en" in sys.argv or _flag_value("--lang") == "en" else Lang.ID
    try:
        code = app(standalone_mode=False)
    except _ClickUsageError as error:
        formatter = getattr(error, "format_message", None)
        detail = formatter() if callable(formatter) else str(error)
        _say(text("cli.usage_error", lang, detail=detail))
        _say(text("cli.usage_hint", lang))
        sys.exit(EXIT_USAGE)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else EXIT_READY)


def _flag_value(flag: str) -> str | None:
    args = sys.argv[1:]
    return args[args.index(flag) + 1] if flag in args[:-1] else None
