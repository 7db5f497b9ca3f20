"""Run the real command line in a subprocess, as a user or a CI job would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CI = frozenset({"GITHUB_ACTIONS", "GITLAB_CI", "CI"})


@dataclass(frozen=True)
class Ran:
    """What one run of `kipp-check` returned."""

    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return f"exit {self.code}\n--- stdout\n{self.out}\n--- stderr\n{self.err}"


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Ran:
    """`python -m kipp_check ARGS` with a clean, colourless environment."""
    # Not KIPP_CHECK_* (a pinned date) nor CI markers: under GitHub Actions the
    # command would add workflow annotations to its output.
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("KIPP_CHECK") and k not in _CI
    }
    environment.update({"NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"})
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "kipp_check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        env=environment,
        timeout=60,
        check=False,
    )
    return Ran(done.returncode, done.stdout, done.stderr)
