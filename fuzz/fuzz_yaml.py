"""Atheris entry point: arbitrary bytes as `proposal.yaml`, through load, rules and reporters.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_yaml.py fuzz/corpus/yaml -max_total_time=600 -timeout=20 -rss_limit_mb=2048

Everything a run does short of the process boundary: safe YAML loading,
validation, the rules (no attachments are named by fuzz input that exist,
so no PDF worker starts), and the terminal, JSON and GitHub reporters. Any
exception is a finding — the CLI would turn it into exit 3 — and so is a raw
control character in a report. Seed corpus: the example proposals.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from kipp_check.models.results import BatchReport
    from kipp_check.options import OutputFormat, RunOptions
    from kipp_check.pipeline.run import run_check
    from kipp_check.reporters import RenderSettings, render

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FOLDER = Path(tempfile.mkdtemp(prefix="kipp-fuzz-"))
_PROPOSAL = _FOLDER / "proposal.yaml"
_OPTIONS = RunOptions(today=dt.date(2025, 5, 20))
_FORMATS = (OutputFormat.TERMINAL, OutputFormat.JSON, OutputFormat.GITHUB)


def test_one_input(data: bytes) -> None:
    _PROPOSAL.write_bytes(data)
    report = run_check(_PROPOSAL, _OPTIONS)
    run = BatchReport((report,), batch=False, fail_on="error", max_warnings=None)
    for output in _FORMATS:
        rendered = render(output, run, RenderSettings(color=False, width=100, ascii_only=False))
        found = RAW_CONTROL.search(rendered.replace("\n", "").replace("\t", ""))
        if found:
            raise AssertionError(f"raw control {found.group()!r} in {output.value}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
