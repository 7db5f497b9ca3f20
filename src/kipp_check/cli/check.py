"""The `check` command: one proposal in, a report out, an exit code that says if it is ready."""

from __future__ import annotations

import os
import shutil
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from kipp_check.cli.console import (
    EXIT_INTERNAL,
    EXIT_NOT_READY,
    EXIT_READY,
    EXIT_USAGE,
    parse_today,
    say,
    stdout_is_utf8,
    write_output,
)
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.options import FailOn, OutputFormat, RunOptions


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
) -> None:
    """Check one proposal and exit with 0 (ready), 1 (not ready), 2 or 3."""
    from kipp_check.run import run_check  # imported late: `--version` stays fast

    try:
        options = RunOptions(today=parse_today(today, lang), lang=lang, pack=pack, fail_on=fail_on)
        report = run_check(proposal, options)
        rendered = _render(report, output_format, color=_color(no_color, output, output_format))
        write_output(rendered, output, lang)
    except UsageError as error:
        say(text("cli.error", lang, detail=str(error)))
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:
        if debug:
            traceback.print_exc()
        say(text("cli.internal_error", lang, path=proposal.as_posix(), error=type(error).__name__))
        raise typer.Exit(EXIT_INTERNAL) from None
    raise typer.Exit(EXIT_READY if report.ready else EXIT_NOT_READY)


def _render(report: object, output_format: OutputFormat, *, color: bool) -> str:
    from kipp_check.models.results import Report
    from kipp_check.reporters import json_, terminal

    assert isinstance(report, Report)
    if output_format is OutputFormat.JSON:
        return json_.render(report)
    width = shutil.get_terminal_size((100, 24)).columns if color else 100
    return terminal.render(report, color=color, width=width, ascii_only=not stdout_is_utf8())


def _color(no_color: bool, output: Path | None, output_format: OutputFormat) -> bool:
    if no_color or output is not None or output_format is not OutputFormat.TERMINAL:
        return False
    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
        return False
    return sys.stdout.isatty()
