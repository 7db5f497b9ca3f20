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


def renderer(output_format: OutputFormat) -> Renderer:
    """The function that renders `output_format`."""
    module_name, function = REPORTERS[output_format].split(":")
    return cast(Renderer, getattr(importlib.import_module(module_name), function))


def render(output_format: OutputFormat, run: BatchReport, settings: RenderSettings) -> str:
    """`run` in `output_format`."""
    return renderer(output_format)(run, settings)


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
