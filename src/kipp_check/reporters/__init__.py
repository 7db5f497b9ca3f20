"""Reporters: each renders a run (one or more proposal reports) to a string.

The CLI decides where the string goes. `REPORTERS` is the one table of
formats: adding a format is one entry here (and its `OutputFormat` member).
Entries name the function as `module:function` so that a run imports only the
reporters it uses (rich for the terminal, nothing heavy for JSON).

CI platforms want a finding's file relative to the repository's root, written
with `/` and normalised (`repo_path`), wherever kipp-check was started: the
root is `$GITHUB_WORKSPACE` or `$CI_PROJECT_DIR` when the file is below it,
else the nearest folder above the file that holds `.git`, else the working
directory. A file outside the root stays absolute.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import cast

from kipp_check.i18n import Lang
from kipp_check.models.results import BatchReport
from kipp_check.options import OutputFormat
from kipp_check.reporters.safe_text import Escape, neutralise

DrawEach = Callable[[int, Callable[[int], str]], Iterable[str]]
"""Takes a count and a drawing function; gives `draw(0)` … `draw(count - 1)` in order."""


def drawn_here(count: int, draw: Callable[[int], str]) -> Iterable[str]:
    """`draw(0)` … `draw(count - 1)`, in this process, as they are asked for."""
    return map(draw, range(count))


@dataclass(frozen=True)
class RenderSettings:
    """How the CLI wants a report drawn; only the terminal reporter uses most of it."""

    color: bool = False
    width: int = 100
    ascii_only: bool = False
    lang: Lang = Lang.ID
    """The reader's language: each output of a run may have its own (`--format json:en`)."""
    draw_each: DrawEach = drawn_here
    """How a batch's reports are drawn: here, one after another, or in the batch's
    processes (`batch.drawing.in_processes`); the same texts in the same order."""


Renderer = Callable[[BatchReport, RenderSettings], str]

REPORTERS: dict[OutputFormat, str] = {
    OutputFormat.TERMINAL: "kipp_check.reporters.terminal:render_run",
    OutputFormat.JSON: "kipp_check.reporters.json_:render_run",
    OutputFormat.SARIF: "kipp_check.reporters.sarif:render_run",
    OutputFormat.JUNIT: "kipp_check.reporters.junit:render_run",
    OutputFormat.MARKDOWN: "kipp_check.reporters.markdown:render_run",
    OutputFormat.GITHUB: "kipp_check.reporters.github:render_run",
    OutputFormat.GITLAB: "kipp_check.reporters.gitlab:render_run",
    OutputFormat.HTML: "kipp_check.reporters.html.page:render_run",
    OutputFormat.CONCISE: "kipp_check.reporters.concise:render_run",
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
    OutputFormat.CONCISE: Escape.TEXT,  # one line a finding: a message's commands made inert
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


_ROOT_VARIABLES = ("GITHUB_WORKSPACE", "CI_PROJECT_DIR")
"""Where GitHub Actions and GitLab CI check the repository out."""


def repo_path(file: str) -> str:
    """`file` relative to its repository's root where it is inside it, with `/` separators."""
    absolute = os.path.abspath(file)  # also folds `a/../b`
    root = repository_root(os.path.dirname(absolute))
    relative = _below(absolute, root)
    if relative is None:  # a link in the way: compare the real paths
        relative = _below(os.path.realpath(absolute), os.path.realpath(root))
    return (relative if relative is not None else absolute).replace(os.sep, "/")


def is_relative(file: str) -> bool:
    """Whether `repo_path(file)` is inside the repository (a path relative to its root)."""
    shown = repo_path(file)
    return not PurePosixPath(shown).is_absolute() and not Path(shown).is_absolute()


def repository_root(folder: str) -> str:
    """The root of the repository that holds `folder`; see the module docstring."""
    for name in _ROOT_VARIABLES:
        value = os.environ.get(name)
        if value and _below(folder, os.path.abspath(value)) is not None:
            return os.path.abspath(value)
    return _git_root(folder) or os.getcwd()


@lru_cache(maxsize=256)
def _git_root(folder: str) -> str | None:
    """The nearest folder at or above `folder` with a `.git` (a folder, or a worktree's file)."""
    current = Path(folder)
    return next(
        (
            str(candidate)
            for candidate in (current, *current.parents)
            if (candidate / ".git").exists()
        ),
        None,
    )


def _below(path: str, root: str) -> str | None:
    """`path` relative to `root` when it is `root` or below it, else `None`."""
    try:
        relative = os.path.relpath(path, root)
    except ValueError:  # another drive on Windows
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return relative
