"""The code stays typed, linted and formatted: ruff and mypy --strict run as tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.cli import ROOT

TREES = ["src", "tests", "examples", "bench"]
CHECKS = {
    "ruff-check": [sys.executable, "-m", "ruff", "check", *TREES],
    "ruff-format": [sys.executable, "-m", "ruff", "format", "--check", *TREES],
    "mypy-strict": [sys.executable, "-m", "mypy"],
}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("name", sorted(CHECKS))
def test_tool_is_clean(name: str) -> None:
    done = subprocess.run(
        CHECKS[name], cwd=ROOT, capture_output=True, text=True, timeout=280, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
