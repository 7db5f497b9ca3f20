"""Run the real CLI on one hazard fixture, in a fresh process with a time and a memory cap.

The caps are the point: a hazard that makes kipp-check hang or balloon must
fail the test instead of stalling CI or exhausting the machine. The child's
address space is capped with `resource.setrlimit` before `exec` (the PDF
workers it forks lower their own cap further) and core files are off, so a
native crash shows up as a negative return code, never as a file on disk.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support.cli import ROOT

SECONDS = 60.0
"""Wall-clock cap of one run; a PDF worker's own cap (30 s) must fire well before it."""
MEMORY_BYTES = 3 * 1024**3
"""Address-space cap of the CLI process: room for the interpreter, well under the machine."""
DOCUMENTED_CODES = frozenset({0, 1, 2, 3})
_CI_MARKERS = frozenset({"GITHUB_ACTIONS", "GITLAB_CI", "CI"})


@dataclass(frozen=True)
class Bounded:
    """What one bounded run returned, with how long it took."""

    code: int
    out: str
    err: str
    seconds: float

    def __str__(self) -> str:
        head = f"exit {self.code} after {self.seconds:.1f} s"
        return f"{head}\n--- stdout\n{self.out[:4000]}\n--- stderr\n{self.err[:4000]}"


def _limits(memory_bytes: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child between fork and exec
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a user's shell: no pinned date, no CI markers, no colour."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KIPP_CHECK") and k not in _CI_MARKERS
    }
    env.update({"NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"})
    env.update(extra or {})
    return env


def run_bounded(
    args: list[str],
    *,
    cwd: Path = ROOT,
    env: dict[str, str] | None = None,
    seconds: float = SECONDS,
    memory_bytes: int = MEMORY_BYTES,
) -> Bounded:
    """`python -m kipp_check ARGS` under the caps; a run past `seconds` is killed and fails."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "kipp_check", *args],
        capture_output=True,
        cwd=cwd,
        env=clean_env(env),
        timeout=seconds,
        preexec_fn=_limits(memory_bytes),  # the test process runs no threads
        check=False,
    )
    return Bounded(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
        time.monotonic() - started,
    )
