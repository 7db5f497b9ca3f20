"""The reporter table: one entry per format, each a function of (run, settings) to text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kipp_check.i18n import CATALOGUE, Lang
from kipp_check.models.reserved import RESERVED
from kipp_check.models.results import BatchReport, Header, Report
from kipp_check.options import OutputFormat
from kipp_check.reporters import REPORTERS, RenderSettings, render
from kipp_check.reporters.rule_meta import rule_doc

SOURCE = Path(__file__).resolve().parents[3] / "src" / "kipp_check"


@pytest.mark.parametrize("output_format", list(OutputFormat), ids=lambda f: f.value)
def test_every_format_has_a_reporter_that_renders_text(output_format: OutputFormat) -> None:
    assert output_format in REPORTERS
    report = Report("p.yaml", Header(title="SIGAP"), (), (), (), ready=True)
    assert isinstance(render(output_format, BatchReport((report,)), RenderSettings()), str)


def test_every_message_key_of_the_ci_modules_exists() -> None:
    pattern = re.compile(
        r"\"((?:policy|waiver|config|batch|cross|summary|report|github|junit|markdown|sarif"
        r"|reserved|progress|cli)\.[a-z_.]+)\""
    )
    used = {m for path in SOURCE.rglob("*.py") for m in pattern.findall(path.read_text("utf-8"))}
    assert used and not sorted(key for key in used if key not in CATALOGUE)


def test_every_reserved_id_is_documented_for_machine_formats() -> None:
    for rule_id in RESERVED:
        doc = rule_doc(rule_id, Lang.EN)
        assert doc.title != rule_id and doc.help != rule_id
