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
)
from kipp_check.cli.writing import ColorChoice
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.options import FailOn, Limits, OutputFormat

if TYPE_CHECKING:  # imported when used: `kipp-check --help` stays fast
    from collections.abc import Iterable, Sequence

    from kipp_check.cli.settings import Flags, Settings
    from kipp_check.models.results import BatchReport, Report
    from kipp_check.reporters import DrawEach

LANG_VARIABLE = "KIPP_CHECK_LANG"


def check_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="help.check.paths", metavar="PATH")],
    lang: Annotated[
        Lang | None, typer.Option("--lang", envvar=LANG_VARIABLE, help="help.check.lang")
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today", envvar="KIPP_CHECK_TODAY", metavar="YYYY-MM-DD", help="help.check.today"
        ),
    ] = None,
    pack: Annotated[
        str | None, typer.Option("--pack", metavar="ID|FILE", help="help.check.pack")
    ] = None,
    output_format: Annotated[
        list[OutputFormat] | None,
        typer.Option("--format", metavar="FORMAT", help="help.check.format"),
    ] = None,
    output: Annotated[
        list[Path] | None, typer.Option("--output", metavar="FILE", help="help.check.output")
    ] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="help.check.fail_on")] = None,
    max_warnings: Annotated[
        int | None,
        typer.Option("--max-warnings", min=0, metavar="N", help="help.check.max_warnings"),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", metavar="RULES", help="help.check.select")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", metavar="RULES", help="help.check.ignore")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", metavar="FILE", help="help.check.config")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, metavar="N", help="help.check.jobs")
    ] = None,
    color: Annotated[
        ColorChoice, typer.Option("--color", help="help.check.color")
    ] = ColorChoice.AUTO,
    no_color: Annotated[bool, typer.Option("--no-color", help="help.check.no_color")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="help.cmd.debug")] = False,
) -> None:
    """Check proposals and exit with 0 (ready), 1 (not ready), 2 or 3."""
    from kipp_check.loader.pdf import worker as pdf_worker
    from kipp_check.pipeline import alone

    # One proposal file: its PDF workers start before the heavy imports below.
    with pdf_worker.started_early(Limits() if alone(paths) else None):
        from kipp_check.cli.outputs import plan_outputs
        from kipp_check.cli.settings import Flags, split_entries

        shown_lang = lang or Lang.ID
        try:
            flags = Flags(
                today=parse_today(today),
                lang=lang,
                pack=pack,
                fail_on=fail_on,
                max_warnings=max_warnings,
                select=split_entries(select),
                ignore=split_entries(ignore),
                config=config,
                outputs=plan_outputs(output_format or [], output or [], _raw_args(ctx)),
            )
            ready = _check_and_write(paths, flags, jobs, ColorChoice.NEVER if no_color else color)
        except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP: the pools are gone already
            from kipp_check.cli.guard import interrupted

            raise typer.Exit(interrupted(stop, shown_lang)) from None
        except UsageError as error:
            from kipp_check.cli.settings import error_lang

            said = error_lang(paths, lang, config)
            say(text("cli.error", said, detail=_in_lang(error, said)))
            raise typer.Exit(EXIT_USAGE) from None
        except Exception as error:
            from kipp_check.errors import CheckCrashedError

            if debug:
                traceback.print_exc()
            crashed = error if isinstance(error, CheckCrashedError) else None
            where = crashed.path if crashed else " ".join(paths)
            name = crashed.error if crashed else type(error).__name__
            say(text("cli.internal_error", shown_lang, path=where, error=name))
            raise typer.Exit(EXIT_INTERNAL) from None
        raise typer.Exit(EXIT_READY if ready else EXIT_NOT_READY)


def _check_and_write(paths: list[str], flags: Flags, jobs: int | None, color: ColorChoice) -> bool:
    """Run the check, write every report, and say whether the run passed.

    One proposal file is checked alone (`run.check_alone`), without importing
    the batch machinery; anything else goes through `batch` (discovery, pool, spool).
    """
    from contextlib import ExitStack

    from kipp_check.cli.outputs import (
        Output,
        check_outputs,
        judge_outputs,
        with_github_annotations,
    )
    from kipp_check.cli.settings import Settings
    from kipp_check.cli.writing import write_all
    from kipp_check.models.results import BatchReport
    from kipp_check.pipeline.budget import cap_memory
    from kipp_check.pipeline.run import check_alone
    from kipp_check.trust.root import repository_root

    cap_memory()  # this process and the workers it starts, which inherit the cap (`budget`)
    from kipp_check.pipeline import alone

    single = alone(paths)
    files, batch, workers = ((single,), False, 1) if single else _batch_of(paths, flags, jobs)
    if workers > 1:  # each batch worker is already one of the cores: one PDF process each
        flags = replace(flags, limits=replace(flags.limits, pdf_workers=1))
    settings = Settings(flags, files[0])
    lang = settings.run.lang
    outputs = settings.run.outputs or [Output(OutputFormat.TERMINAL, None)]
    check_outputs(outputs)
    roots = {repository_root(f) for f in files}
    judge_outputs(outputs, roots=roots, inputs=_inputs(files, settings))
    outputs = with_github_annotations(outputs)
    with ExitStack() as spooled:  # the reports' spool lasts until they are written
        if single:
            reports: Sequence[Report] = (check_alone(single, settings.options_for(single)),)
        else:
            from kipp_check.batch.runner import run_batch

            with progress(len(files), lang) as advance:
                reports = spooled.enter_context(
                    run_batch(files, settings.options_for, jobs=workers, on_done=advance)
                )
        run = BatchReport(
            reports,
            batch=batch,
            fail_on=settings.run.fail_on.value,
            max_warnings=settings.run.max_warnings,
        )
        # Judged again now that the attachments are known too: none may be overwritten.
        inputs = _inputs(files, settings, run)
        targets = judge_outputs(outputs, roots=roots, inputs=inputs)
        write_all(run, list(zip(outputs, targets, strict=True)), lang, color, _drawing(workers))
        return run.ready


def _drawing(workers: int) -> DrawEach | None:
    """How a batch checked by `workers` processes has its reports drawn: in as many."""
    if workers < 2:
        return None
    from kipp_check.batch.drawing import in_processes

    return in_processes(workers)


def _batch_of(
    paths: list[str], flags: Flags, jobs: int | None
) -> tuple[tuple[Path, ...], bool, int]:
    """The files `paths` find, whether the run is a batch, and how many workers check it."""
    from kipp_check.batch.discovery import discover
    from kipp_check.batch.runner import default_jobs

    found = discover(paths)
    return found.files, found.batch, min(jobs or default_jobs(), len(found.files))


def _inputs(files: Iterable[Path], settings: Settings, run: BatchReport | None = None) -> set[str]:
    """The real paths of everything the run reads: no report may be written over one of them."""
    found = {os.path.realpath(path) for path in files} | settings.inputs()
    for report in run.reports if run is not None else ():
        folder = os.path.dirname(report.file)
        found |= {os.path.realpath(os.path.join(folder, a.path)) for a in report.attachments}
    return found


def _in_lang(error: UsageError, lang: Lang) -> str:
    """The error's message in `lang`."""
    from kipp_check.i18n.render import say_error

    return say_error(error, lang)


def _raw_args(ctx: typer.Context) -> list[str] | None:
    """The argument list as typed, when the entry point handed it down (see `cli.outputs`)."""
    raw = ctx.obj
    return list(raw) if isinstance(raw, (list, tuple)) else None
