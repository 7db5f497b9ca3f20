"""Writing a run's reports: each output rendered in its own language and written as it is made.

Kept apart from `check` (which turns options into a run and a run into an
exit code) because how a report reaches a file, a pipe or a terminal has its
own rules: colour and width conventions, CI commands made inert, human notes
sent to stderr when stdout carries data.
"""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import suppress
from enum import Enum
from typing import TYPE_CHECKING

from kipp_check.cli.console import StdoutClosedError, say, stdout_is_utf8, write_chunks
from kipp_check.i18n import Lang, text
from kipp_check.options import OutputFormat

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kipp_check.cli.outputs import Output
    from kipp_check.models.results import BatchReport
    from kipp_check.reporters import DrawEach, RenderSettings
    from kipp_check.trust.outputs import Target


class ColorChoice(str, Enum):
    """`--color`: colour on a terminal (`auto`), always (a CI log that renders ANSI), or never."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def write_all(
    run: BatchReport,
    outputs: list[tuple[Output, Target | None]],
    lang: Lang,
    color: ColorChoice,
    draw_each: DrawEach | None = None,
) -> None:
    """Render and write each report; human notes go to stderr when stdout carries data.

    Reports are written as they are rendered, the terminal and JSON reports a
    proposal at a time (`_chunks`); standard output's come last, as before.
    A batch's terminal reports are drawn by `draw_each` (in the batch's
    processes, `batch.drawing`), else here one after another.
    """
    from kipp_check.cli.report_notes import report_written
    from kipp_check.reporters import RenderSettings, drawn_here
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
            draw_each=draw_each or drawn_here,
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
