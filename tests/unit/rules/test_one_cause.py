"""One cause, one finding (issue 15, item 6): a video not made yet, evidence not attached."""

from __future__ import annotations

from pathlib import Path

import pytest

from kipp_check.rules import all_rules
from tests.support.checking import rule_findings

NOT_MADE = """video:
  tautan: "{link}"
  durasi: ""
  resolusi: ""
  bahasa: ""
  takarir: false
  isi: {{gagasan: false, implementasi: false, dampak: false, testimoni: false}}
  tanpa_promosi_komersial: false
"""


def video_findings(tmp_path: Path, yaml_text: str) -> list[str]:
    return [
        f.rule_id
        for rule in all_rules()
        if rule.id.startswith("VID")
        for f in rule_findings(tmp_path, yaml_text, rule.id)
    ]


@pytest.mark.parametrize("link", ["belum dibuat", "menyusul", "-"])
def test_a_video_not_made_yet_is_one_finding(tmp_path: Path, link: str) -> None:
    assert video_findings(tmp_path, NOT_MADE.format(link=link)) == ["VID001"]


def test_a_linked_video_is_checked_in_full(tmp_path: Path) -> None:
    found = video_findings(tmp_path, NOT_MADE.format(link="https://youtu.be/Sg4pDs9kR2w"))
    assert found[:3] == ["VID002", "VID003", "VID004"] and "VID001" not in found


def test_no_evidence_at_all_is_one_finding_not_seven(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, "kelompok: umum\njudul: SIGAP\n", "DD001")
    assert found.message.startswith("7 aspek belum punya data dukung")
