"""A deterministic sample of damaged PDFs, checked as one batch: never a crash, hang or signal.

The full corpus (hundreds of files, each also run alone) is `fuzz/damaged_pdfs.py`;
this sample keeps CI fast. Every damaged file is the identity letter of its
own copy of the ready example, so each proposal's report must show either a
finding on that letter or the letter read as a PDF, and no rule may crash.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hazards.damaged import damaged, write_proposals
from tests.hazards.fixtures import LETTER, TODAY
from tests.hazards.runner import run_bounded

SAMPLE = 36


@pytest.mark.timeout(240)
def test_a_batch_of_damaged_letters_is_answered_per_proposal(tmp_path: Path) -> None:
    files = damaged(SAMPLE)
    write_proposals(tmp_path / "corpus", files)
    ran = run_bounded(
        ["corpus", *TODAY, "--format", "json", "--jobs", "2"], cwd=tmp_path, seconds=200
    )
    assert ran.code in (0, 1), ran
    assert "Traceback" not in ran.err, ran
    reports = json.loads(ran.out)["proposals"]
    assert len(reports) == SAMPLE
    for report in reports:
        rules = {f["rule_id"] for f in report["findings"]}
        assert "KC003" not in rules, report["file"]  # a rule that crashed
        letter = next(a for a in report["attachments"] if a["path"] == LETTER)
        assert letter["problem"] is not None or letter["pages"] >= 1, (report["file"], letter)
