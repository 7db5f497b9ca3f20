"""A criterion row never reads `ready` while an aspect that carries it is unanswered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _rows(example: str) -> dict[str, str]:
    proposal = _EXAMPLES / example / "proposal.yaml"
    argv = [str(proposal), "--format", "json", "--today", "2026-12-04", "--lang", "en"]
    done = subprocess.run(
        [sys.executable, "-m", "kipp_check", *argv], capture_output=True, text=True, check=False
    )
    report = json.loads(done.stdout)
    return {row["key"]: row["status"] for row in report["criteria"]}


def test_criterion_carried_by_a_missing_aspect_is_not_ready() -> None:
    rows = _rows("belum-siap-2026")
    assert rows["aspek:mekanisme_evaluasi"] == "missing"
    assert rows["kriteria:efektivitas"] == "not_checked"


def test_criterion_with_answered_aspects_stays_ready() -> None:
    rows = _rows("siap-2026")
    assert rows["kriteria:efektivitas"] == "ready"
