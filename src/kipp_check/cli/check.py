"""The `check` command: proposals in, reports out, an exit code that says if they are ready.

`kipp-check PATH...`: each PATH is a proposal file, a folder (searched for
every `proposal.yaml`) or a glob. One proposal gives its report; several give
an overview table first. Reports go to standard output or to files
(`--format X --output FILE`, repeatable). The exit code is 0 when every
proposal is ready and the warning budget holds, 1 when not, 2 for a usage or
configuration error and 3 for an internal error.
"""

from __future__ import annotations

import os
import shutil
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kipp_check.cli.console import (
    EXIT_INTERNAL,
    EXIT_NOT_READY,
    EXIT_READY,
    EXIT_USAGE,
    parse_today,
    progress,
    say,
    stdout_is_utf8,
    write_chunks,
)
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.options import FailOn, OutputFormat

if TYPE_CHECKING:  # imported when used: `kipp-check --help` stays fast
    from collections.abc import Iterable

    from kipp_check.cli.outputs import Output
    from kipp_check.cli.settings import Flags
    from kipp_check.models.results import BatchReport
    from kipp_check.reporters import RenderSettings

_PATHS_HELP = "proposal.yaml, folder (dicari proposal.yaml di dalamnya) atau pola glob."


def check_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help=_PATHS_HELP, metavar="PATH")],
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Bahasa laporan: id (bawaan) atau en.")
    ] = None,
    today: Annotated[
        str | None,
        typer.Option("--today", envvar="KIPP_CHECK_TODAY", help="Tanggal pemeriksaan, YYYY-MM-DD."),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option("--pack", help="Paket aturan (kipp-2025, kipp-2023) atau berkas lokal."),
    ] = None,
    output_format: Annotated[
        list[OutputFormat] | None,
        typer.Option("--format", help="Format laporan; boleh diulang, tiap satu dengan --output."),
    ] = None,
    output: Annotated[
        list[Path] | None,
        typer.Option("--output", help="Tulis laporan --format sebelumnya ke berkas ini."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Tingkat temuan terendah yang menggagalkan (bawaan error)."),
    ] = None,
    max_warnings: Annotated[
        int | None,
        typer.Option("--max-warnings", min=0, help="Gagal bila peringatan melebihi jumlah ini."),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="Jalankan hanya aturan ini (ID atau awalan, mis. ADM,DOK)."),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Jangan jalankan aturan ini (ID atau awalan)."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Berkas konfigurasi; bawaan: .kipp-check.yaml terdekat."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Jumlah proses pemeriksa; bawaan semua inti."),
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Tanpa warna.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Tampilkan traceback.")] = False,
) -> None:
    """Check proposals and exit with 0 (ready), 1 (not ready), 2 or 3."""
    from kipp_check.cli.outputs import plan_outputs
    from kipp_check.cli.settings import Flags, split_entries

    shown_lang = lang or Lang.ID
    try:
        flags = Flags(
            today=parse_today(today, shown_lang),
            lang=lang,
            pack=pack,
            fail_on=fail_on,
            max_warnings=max_warnings,
            select=split_entries(select),
            ignore=split_entries(ignore),
            config=config,
            outputs=plan_outputs(
                output_format or [], output or [], _raw_args(ctx), lang=shown_lang
            ),
        )
        ready = _check_and_write(paths, flags, jobs, no_color)
    except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP: the pools are gone already
        from kipp_check.cli.guard import interrupted

        raise typer.Exit(interrupted(stop, shown_lang)) from None
    except UsageError as error:
        say(text("cli.error", shown_lang, detail=str(error)))
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:
        from kipp_check.batch.runner import CheckCrashedError

        if debug:
            traceback.print_exc()
        crashed = error if isinstance(error, CheckCrashedError) else None
        where = crashed.path if crashed else " ".join(paths)
        name = crashed.error if crashed else type(error).__name__
        say(text("cli.internal_error", shown_lang, path=where, error=name))
        raise typer.Exit(EXIT_INTERNAL) from None
    raise typer.Exit(EXIT_READY if ready else EXIT_NOT_READY)


def _check_and_write(paths: list[str], flags: Flags, jobs: int | None, no_color: bool) -> bool:
    """Run the check, write every report, and say whether the run passed."""
    from contextlib import ExitStack

    from kipp_check.batch.discovery import discover
    from kipp_check.batch.runner import default_jobs, run_batch
    from kipp_check.budget import cap_memory
    from kipp_check.cli.outputs import Output, check_outputs, with_github_annotations
    from kipp_check.cli.settings import Settings
    from kipp_check.models.results import BatchReport

    cap_memory()  # this process and the workers it starts, which inherit the cap (`budget`)
    found = discover(paths, lang=flags.lang or Lang.ID)
    workers = min(jobs or default_jobs(), len(found.files))
    if workers > 1:  # each batch worker is already one of the cores: one PDF process each
        flags = replace(flags, limits=replace(flags.limits, pdf_workers=1))
    settings = Settings(flags, found.files[0])
    lang = settings.run.lang
    outputs = settings.run.outputs or [Output(OutputFormat.TERMINAL, None)]
    check_outputs(outputs, lang)
    outputs = with_github_annotations(outputs)
    with ExitStack() as spooled:  # the reports' spool lasts until they are written
        with progress(len(found.files), lang) as advance:
            reports = spooled.enter_context(
                run_batch(
                    found.files,
                    settings.options_for,
                    lang=lang,
                    jobs=workers,
                    on_done=advance,
                )
            )
        run = BatchReport(
            reports,
            batch=found.batch,
            fail_on=settings.run.fail_on.value,
            max_warnings=settings.run.max_warnings,
        )
        _write_all(run, outputs, lang, no_color)
        return run.ready


def _write_all(run: BatchReport, outputs: list[Output], lang: Lang, no_color: bool) -> None:
    """Render and write each report; human notes go to stderr when stdout carries data.

    Reports are written as they are rendered, the terminal and JSON reports a
    proposal at a time (`_chunks`); standard output's come last, as before.
    """
    from kipp_check.reporters import RenderSettings
    from kipp_check.reporters.github import shield_commands
    from kipp_check.reporters.summary import run_verdict

    annotated = any(o.format is OutputFormat.GITHUB and o.file is None for o in outputs)
    on_stdout: list[Iterable[str]] = []
    overview_shown = False
    for output in outputs:
        color = _color(no_color, output)
        width = shutil.get_terminal_size((100, 24)).columns if color else 100
        ascii_only = output.file is None and not stdout_is_utf8()  # files are always UTF-8
        settings = RenderSettings(color=color, width=width, ascii_only=ascii_only)
        chunks = _chunks(output.format, run, settings)
        if output.file is not None:
            write_chunks(chunks, output.file, lang)
        elif output.format is OutputFormat.TERMINAL:  # the shield's token hashes the whole text
            on_stdout.append((shield_commands("".join(chunks)),) if annotated else chunks)
            overview_shown = len(run.reports) > 1
        else:
            on_stdout.append(chunks)
            if output.format is not OutputFormat.GITHUB:
                say(run_verdict(run, lang))  # stdout holds data: the human line goes aside
    if on_stdout:
        write_chunks((chunk for chunks in on_stdout for chunk in chunks), None, lang)
    else:  # every report went to a file: the log still says how the run went
        say(run_verdict(run, lang))
    if run.too_many_warnings and not overview_shown:
        say(text("summary.too_many_warnings", lang, warnings=run.warnings, limit=run.max_warnings))


def _chunks(
    output_format: OutputFormat, run: BatchReport, settings: RenderSettings
) -> Iterable[str]:
    """The report in pieces, made as they are written where its reporter can, else whole.

    Every piece has its CI log commands made inert (`safe_text.neutralise`).
    """
    from kipp_check.reporters import ESCAPES, render
    from kipp_check.reporters.safe_text import neutralised

    escape = ESCAPES[output_format]
    if output_format is OutputFormat.TERMINAL and escape is not None:
        from kipp_check.reporters import terminal  # imported for its format only: rich is slow

        return neutralised(terminal.render_chunks(run, settings), escape)
    if output_format is OutputFormat.JSON and escape is not None:
        from kipp_check.reporters import json_

        return neutralised(json_.render_chunks(run, settings), escape)
    return (render(output_format, run, settings),)


def _color(no_color: bool, output: Output) -> bool:
    if no_color or output.file is not None or output.format is not OutputFormat.TERMINAL:
        return False
    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
        return False
    return sys.stdout.isatty()


def _raw_args(ctx: typer.Context) -> list[str] | None:
    """The argument list as typed, when the entry point handed it down (see `cli.outputs`)."""
    raw = ctx.obj
    return list(raw) if isinstance(raw, (list, tuple)) else None
