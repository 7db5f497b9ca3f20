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


_IMPORT_PROBE = """
import sys
from kipp_check.cli import main

sys.argv = ["kipp-check", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    code = done.code
print(code, " ".join(sorted(sys.modules)), file=sys.stderr)
"""


def imports_of_a_run(*args: str) -> tuple[int, frozenset[str], str]:
    """Exit code, every module the main process imported, and stdout of `kipp-check ARGS`.

    A fresh interpreter each time, so what a run imports is not hidden by
    what the test session imported before.
    """
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    code, _, modules = done.stderr.strip().splitlines()[-1].partition(" ")
    return int(code), frozenset(modules.split()), done.stdout
