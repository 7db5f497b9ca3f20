"""Every format over the same sample reports, pinned byte for byte in `golden/`.

After a deliberate change, rerun with `--update-golden` and review the diff
like code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.reporters.conftest import SAMPLES, Sample

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {
    "terminal": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit.xml",
    "markdown": "md",
    "github": "github.txt",
    "gitlab": "gitlab.json",
}


@pytest.mark.parametrize("output_format", sorted(SUFFIX))
@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_format_matches_golden(
    samples: dict[str, Sample], sample: str, output_format: str, update_golden: bool
) -> None:
    produced = samples[sample].outputs[output_format]
    golden = GOLDEN / f"{sample}.{SUFFIX[output_format]}"
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert produced == golden.read_text(encoding="utf-8")


def test_machine_formats_on_files_leave_only_the_terminal_report_on_stdout(
    samples: dict[str, Sample],
) -> None:
    ran = samples["repo"].ran
    assert ran.out.startswith("Ringkasan 4 proposal")
    assert "2 dari 4 proposal siap diajukan" in ran.out
    assert "Traceback" not in ran.err
