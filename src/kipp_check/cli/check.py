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
from contextlib import suppress
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kipp_check.cli.console import (
    EXIT_INTERNAL,
    EXIT_NOT_READY,
    EXIT_READY,
    EXIT_USAGE,
    StdoutClosedError,
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
    from collections.abc import Iterable, Sequence

    from kipp_check.cli.outputs import Output
    from kipp_check.cli.settings import Flags, Settings
    from kipp_check.models.results import BatchReport, Report
    from kipp_check.reporters import RenderSettings
    from kipp_check.trust.outputs import Target

LANG_VARIABLE = "KIPP_CHECK_LANG"


class ColorChoice(str, Enum):
    """`--color`: colour on a terminal (`auto`), always (a CI log that renders ANSI), or never."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


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
    from kipp_check.models.results import BatchReport
    from kipp_check.pipeline.budget import cap_memory
    from kipp_check.pipeline.run import alone, check_alone
    from kipp_check.trust.root import repository_root

    cap_memory()  # this process and the workers it starts, which inherit the cap (`budget`)
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
        _write_all(run, list(zip(outputs, targets, strict=True)), lang, color)
        return run.ready


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


def _write_all(
    run: BatchReport, outputs: list[tuple[Output, Target | None]], lang: Lang, color: ColorChoice
) -> None:
    """Render and write each report; human notes go to stderr when stdout carries data.

    Reports are written as they are rendered, the terminal and JSON reports a
    proposal at a time (`_chunks`); standard output's come last, as before.
    """
    from kipp_check.cli.report_notes import report_written
    from kipp_check.reporters import RenderSettings
    from kipp_check.reporters.github import shield_commands
    from kipp_check.reporters.summary import run_verdict

    annotated = any(o.format is OutputFormat.GITHUB and o.file is None for o, _ in outputs)
    on_stdout: list[Iterable[str]] = []
    overview_shown = False
    for output, target in outputs:
        settings = RenderSettings(
            color=_colored(color, output),
            width=_width(output),
            ascii_only=output.file is None and not stdout_is_utf8(),  # files are always UTF-8
            lang=output.lang or lang,
        )
        chunks = _chunks(output.format, run, settings)
        if output.file is not None and target is not None:
            write_chunks(chunks, target, lang)
            say(report_written(output.file, lang))
        elif output.format is OutputFormat.TERMINAL:  # the shield's token hashes the whole text
            on_stdout.append((shield_commands("".join(chunks)),) if annotated else chunks)
            overview_shown = len(run.reports) > 1
        else:
            on_stdout.append(chunks)
            if output.format is not OutputFormat.GITHUB:
                say(run_verdict(run, lang))  # stdout holds data: the human line goes aside
    if on_stdout:
        # `| head` closing the pipe: the files are written and the verdict stands.
        with suppress(StdoutClosedError):
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


def _in_lang(error: UsageError, lang: Lang) -> str:
    """The error's message in `lang`."""
    from kipp_check.i18n.render import say_error

    return say_error(error, lang)


def _colored(color: ColorChoice, output: Output) -> bool:
    """Whether the terminal report on standard output is drawn in colour.

    `--color always|never` decides; `auto` follows the conventions CI logs and
    terminals share: `NO_COLOR` (no-color.org) turns colour off, `FORCE_COLOR`
    (set and not `0`) turns it on where output is not a terminal (GitHub and
    GitLab logs render ANSI), else only a terminal gets colour.
    """
    if output.file is not None or output.format is not OutputFormat.TERMINAL:
        return False
    if color is not ColorChoice.AUTO:
        return color is ColorChoice.ALWAYS
    if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
        return False
    forced = os.environ.get("FORCE_COLOR")
    if forced is not None and forced.strip() not in ("0", "false"):
        return True
    return sys.stdout.isatty()


def _width(output: Output) -> int:
    """The terminal's width (or `$COLUMNS`); 100 columns for files and pipes, so they are stable."""
    if output.file is not None or output.format is not OutputFormat.TERMINAL:
        return 100
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").strip().isdigit():
        return max(shutil.get_terminal_size((100, 24)).columns, 20)
    return 100


def _raw_args(ctx: typer.Context) -> list[str] | None:
    """The argument list as typed, when the entry point handed it down (see `cli.outputs`)."""
    raw = ctx.obj
    return list(raw) if isinstance(raw, (list, tuple)) else None
