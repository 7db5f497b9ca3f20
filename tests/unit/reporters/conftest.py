"""The sample reports every format is tested on, made once by the real command line.

Two samples over the same repository (`tests.support.samples`): the whole
repository (a batch: overview, cross-proposal findings, waivers, a broken
file) and the not-ready proposal alone (a single report, with its waivers).
One run per sample writes every format at once, which also exercises several
`--format X --output FILE` pairs in one run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import Ran, run_cli
from tests.support.samples import TODAY, sample_repository

FILES = {
    "json": "laporan.json",
    "sarif": "laporan.sarif",
    "junit": "laporan.junit.xml",
    "markdown": "laporan.md",
    "github": "laporan.github.txt",
    "gitlab": "laporan.gitlab.json",
}
SAMPLES = {"repo": ".", "single": "dinkes/proposal.yaml"}


class Sample:
    """One run's outputs: the terminal report on stdout and every other format's file."""

    def __init__(self, ran: Ran, folder: Path) -> None:
        self.ran = ran
        self.outputs = {
            fmt: (folder / name).read_text(encoding="utf-8") for fmt, name in FILES.items()
        }
        self.outputs["terminal"] = ran.out


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Sample]:
    root = sample_repository(tmp_path_factory.mktemp("repo"))
    made: dict[str, Sample] = {}
    for name, target in SAMPLES.items():
        out = tmp_path_factory.mktemp(f"out-{name}")
        pairs = [
            arg
            for fmt, file in FILES.items()
            for arg in ("--format", fmt, "--output", str(out / file))
        ]
        ran = run_cli(target, "--today", TODAY, "--format", "terminal", *pairs, cwd=root)
        assert ran.code == 1, ran
        made[name] = Sample(ran, out)
    return made
