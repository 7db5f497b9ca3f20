"""The command line in CI: several outputs, the gate, rule choice, the config file, waivers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Ran, run_cli
from tests.support.samples import TODAY, copy_example

NOT_READY = "examples/belum-siap/proposal.yaml"
READY = "examples/siap/proposal.yaml"


def _one_error(root: Path, waiver: str = "") -> Path:
    """The ready example with one error (an unknown category), optionally waived inline."""
    proposal = copy_example("siap", root / "dinas")
    text = proposal.read_text(encoding="utf-8")
    comment = f"  # kipp-check: {waiver}" if waiver else ""
    text = text.replace("kategori: transformasi_digital", f"kategori: digital{comment}")
    proposal.write_text(text, encoding="utf-8")
    return proposal


def _json(ran: Ran) -> Any:
    return json.loads(ran.out)


def test_several_outputs_in_one_run_pair_each_file_with_its_format(tmp_path: Path) -> None:
    sarif, junit, early = tmp_path / "a.sarif", tmp_path / "b.xml", tmp_path / "c.json"
    ran = run_cli(
        NOT_READY, "--today", TODAY, "--output", str(early), "--format=json",
        "--format", "sarif", "--output", str(sarif), "--format", "junit", f"--output={junit}",
    )  # fmt: skip
    assert ran.code == 1, ran
    assert ran.out == ""
    assert "0 dari 1 proposal siap" in ran.err  # every report went to a file: a line in the log
    assert json.loads(early.read_text(encoding="utf-8"))["ready"] is False
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert junit.read_text(encoding="utf-8").startswith("<?xml")


def test_output_folders_are_created(tmp_path: Path) -> None:
    target = tmp_path / "hasil" / "ci" / "laporan.md"
    ran = run_cli(READY, "--today", TODAY, "--format", "markdown", "--output", str(target))
    assert ran.code == 0, ran
    assert target.read_text(encoding="utf-8").startswith("## ✅ kipp-check")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(("--format", "json", "--format", "sarif"), "json, sarif", id="two-on-stdout"),
        pytest.param(
            ("--format", "json", "--output", "x", "--format", "sarif", "--output", "x"),
            "`x`",
            id="same-file-twice",
        ),
        pytest.param(("--format", "json", "--output", "a", "--output", "b"), "--output", id="2o"),
        pytest.param(("--select", "ADMX"), "ADMX", id="unknown-rule"),
        pytest.param(("--ignore", "KC001"), "KC", id="reserved-rule"),
        pytest.param(("--config", "tidak-ada.yaml"), "tidak-ada.yaml", id="missing-config"),
        pytest.param(("--max-warnings", "-1"), "max-warnings", id="negative-budget"),
    ],
)
def test_unusable_flags_are_usage_errors(args: tuple[str, ...], words: str) -> None:
    ran = run_cli(NOT_READY, "--today", TODAY, *args)
    assert ran.code == 2, ran
    assert words in ran.err and "Traceback" not in ran.err


def test_max_warnings_fails_a_run_that_is_otherwise_ready() -> None:
    over = run_cli(READY, "--today", "2025-05-30", "--max-warnings", "0")
    assert over.code == 1, over
    assert "melebihi batas --max-warnings 0" in over.err
    within = run_cli(READY, "--today", "2025-05-30", "--max-warnings", "1")
    assert within.code == 0, within


def test_ignore_and_select_by_id_or_prefix() -> None:
    ignored = _json(run_cli(NOT_READY, "--today", TODAY, "--format", "json", "--ignore", "ADM003"))
    rules = {r["id"]: r for r in ignored["rules"]}
    assert rules["ADM003"]["status"] == "skipped"
    assert "ADM003" in rules["ADM003"]["reason"]
    assert all(f["rule_id"] != "ADM003" for f in ignored["findings"])
    chosen = _json(
        run_cli(NOT_READY, "--today", TODAY, "--format", "json", "--select", "ADM,JDW001")
    )
    found = {f["rule_id"][:3] for f in chosen["findings"]}
    assert found <= {"ADM", "JDW"}


def test_config_is_found_and_flags_win_over_it(tmp_path: Path) -> None:
    proposal = _one_error(tmp_path)
    (tmp_path / ".kipp-check.yaml").write_text(
        "lang: en\nignore: [ADM003]\nseverity: {JDW: info}\n", encoding="utf-8"
    )
    quiet = run_cli(str(proposal), "--today", TODAY, cwd=tmp_path)
    assert quiet.code == 0, quiet
    assert "READY TO SUBMIT" in quiet.out
    back = run_cli(str(proposal), "--today", TODAY, "--ignore", "VID", "--lang", "id")
    assert back.code == 1, back
    assert "ADM003" in back.out and "BELUM SIAP" in back.out


def test_config_outputs_and_severity_override(tmp_path: Path) -> None:
    proposal = _one_error(tmp_path)
    (tmp_path / ".kipp-check.yaml").write_text(
        "severity: {ADM003: warning}\noutputs:\n  - {format: json, file: hasil/laporan.json}\n",
        encoding="utf-8",
    )
    ran = run_cli(str(proposal), "--today", TODAY)
    assert ran.code == 0, ran  # the only error became a warning
    report = json.loads((tmp_path / "hasil" / "laporan.json").read_text(encoding="utf-8"))
    (finding,) = [f for f in report["findings"] if f["rule_id"] == "ADM003"]
    assert finding["severity"] == "warning"


def test_broken_config_is_a_usage_error_at_its_line(tmp_path: Path) -> None:
    proposal = _one_error(tmp_path)
    (tmp_path / ".kipp-check.yaml").write_text("lang: id\nsellect: [ADM]\n", encoding="utf-8")
    ran = run_cli(str(proposal), "--today", TODAY, cwd=tmp_path)
    assert ran.code == 2, ran
    assert ".kipp-check.yaml:2:1" in ran.err and "`select`" in ran.err


def test_inline_waiver_makes_the_proposal_ready_and_stays_visible(tmp_path: Path) -> None:
    waiver = "abaikan ADM003 sampai 2025-06-30 karena kategori menunggu SE (oleh Kabag Organisasi)"
    proposal = _one_error(tmp_path, waiver)
    ran = run_cli(str(proposal), "--today", TODAY)
    assert ran.code == 0, ran
    assert "Temuan yang dikecualikan (1)" in ran.out
    assert "oleh Kabag Organisasi: kategori menunggu SE" in ran.out


def test_expired_waiver_turns_back_into_a_finding(tmp_path: Path) -> None:
    waiver = "ignore ADM003 until 2025-05-19 because awaiting circular (by Head of Bureau)"
    proposal = _one_error(tmp_path, waiver)
    ran = run_cli(str(proposal), "--today", TODAY, "--lang", "en")
    assert ran.code == 1, ran
    assert "held until 2025-05-19 and has expired" in ran.out


def test_machine_format_on_stdout_gets_no_annotations_under_actions() -> None:
    ran = run_cli(NOT_READY, "--today", TODAY, "--format", "json", env={"GITHUB_ACTIONS": "true"})
    assert ran.code == 1, ran
    assert json.loads(ran.out)["ready"] is False
    assert "0 dari 1 proposal siap" in ran.err


def test_folder_json_has_the_batch_shape_even_for_one_proposal() -> None:
    data = _json(run_cli("examples/siap", "--today", TODAY, "--format", "json"))
    assert data["summary"] == {
        "counts": {"error": 0, "info": 0, "suppressed": 0, "warning": 0},
        "proposals": 1,
        "ready": 1,
        "warnings_over_limit": False,
    }
