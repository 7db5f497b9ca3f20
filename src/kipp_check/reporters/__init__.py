"""Reporters: each renders a run (one or more proposal reports) to a string.

The CLI decides where the string goes. `REPORTERS` is the one table of
formats: adding a format is one entry here (and its `OutputFormat` member).
Entries name the function as `module:function` so that a run imports only the
reporters it uses (rich for the terminal, nothing heavy for JSON).

CI platforms want a finding's file relative to the repository, written with
`/` (`repo_path`): CI runs from the repository's root, so a path the user gave
relative stays as given, an absolute one below the working directory is made
relative, and one outside it stays absolute.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import cast

from kipp_check.models.results import BatchReport
from kipp_check.options import OutputFormat
from kipp_check.reporters.safe_text import Escape, neutralise


@dataclass(frozen=True)
class RenderSettings:
    """How the CLI wants a report drawn; only the terminal reporter uses most of it."""

    color: bool = False
    width: int = 100
    ascii_only: bool = False


Renderer = Callable[[BatchReport, RenderSettings], str]

REPORTERS: dict[OutputFormat, str] = {
    OutputFormat.TERMINAL: "kipp_check.reporters.terminal:render_run",
    OutputFormat.JSON: "kipp_check.reporters.json_:render_run",
    OutputFormat.SARIF: "kipp_check.reporters.sarif:render_run",
    OutputFormat.JUNIT: "kipp_check.reporters.junit:render_run",
    OutputFormat.MARKDOWN: "kipp_check.reporters.markdown:render_run",
    OutputFormat.GITHUB: "kipp_check.reporters.github:render_run",
    OutputFormat.GITLAB: "kipp_check.reporters.gitlab:render_run",
    OutputFormat.HTML: "kipp_check.reporters.html:render_run",
}

ESCAPES: dict[OutputFormat, Escape | None] = {
    OutputFormat.TERMINAL: Escape.TEXT,
    OutputFormat.JSON: Escape.JSON,
    OutputFormat.SARIF: Escape.JSON,
    OutputFormat.JUNIT: Escape.MARKUP,
    OutputFormat.MARKDOWN: Escape.MARKUP,
    OutputFormat.GITHUB: None,  # its lines are our commands; the values inside are made inert
    OutputFormat.GITLAB: Escape.JSON,
    OutputFormat.HTML: Escape.MARKUP,
}
"""How each format writes a CI command's key character so no CI runner obeys it (issue 12)."""


def renderer(output_format: OutputFormat) -> Renderer:
    """The function that renders `output_format`."""
    module_name, function = REPORTERS[output_format].split(":")
    return cast(Renderer, getattr(importlib.import_module(module_name), function))


def render(output_format: OutputFormat, run: BatchReport, settings: RenderSettings) -> str:
    """`run` in `output_format`, CI log commands in it made inert."""
    rendered = renderer(output_format)(run, settings)
    escape = ESCAPES[output_format]
    return rendered if escape is None else neutralise(rendered, escape)


def repo_path(file: str) -> str:
    """`file` relative to the working directory where possible, with `/` separators."""
    path = Path(file)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            return path.as_posix()
    posix = PurePosixPath(path.as_posix())
    return os.path.normpath(posix.as_posix()).replace(os.sep, "/")


def is_relative(file: str) -> bool:
    """Whether `repo_path(file)` is relative to the working directory (inside the repository)."""
    shown = repo_path(file)
    return not PurePosixPath(shown).is_absolute() and not shown.startswith("../")
