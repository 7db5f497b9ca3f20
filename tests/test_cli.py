"""The command line's contract: exit codes, languages, dates, formats, output files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kipp_check.cli import main
from tests.support.cli import run_cli

READY = "examples/siap/proposal.yaml"
NOT_READY = "examples/belum-siap/proposal.yaml"


def test_ready_example_exits_zero_and_says_so() -> None:
    ran = run_cli(READY, "--today", "2025-05-20")
    assert ran.code == 0, ran
    assert "SIAP DIAJUKAN" in ran.out


def test_not_ready_example_exits_one_with_line_rule_and_fix() -> None:
    ran = run_cli(NOT_READY, "--today", "2025-05-20")
    assert ran.code == 1, ran
    assert "examples/belum-siap/proposal.yaml:13:11  ADM003" in ran.out
    assert "→ tulis `kategori: transformasi_digital`" in ran.out


def test_english_report_on_request() -> None:
    ran = run_cli(NOT_READY, "--today", "2025-05-20", "--lang", "en")
    assert "NOT READY" in ran.out
    assert "did you mean `transformasi_digital`?" in ran.out


def test_today_from_environment_variable() -> None:
    ran = run_cli(READY, env={"KIPP_CHECK_TODAY": "2025-06-10"})
    assert ran.code == 0, ran  # a closed edition is said once, in the banner, and fails nothing
    assert ran.out.startswith("Catatan edisi: KIPP 2025 sudah ditutup (3 Juni 2025)")
    assert "lewat 7 hari (per 2025-06-10)" in ran.out  # to the last whole local day, 3 June


def test_flag_today_wins_over_environment() -> None:
    ran = run_cli(READY, "--today", "2025-05-20", env={"KIPP_CHECK_TODAY": "2025-06-10"})
    assert ran.code == 0, ran


def test_bad_today_is_a_usage_error_in_indonesian() -> None:
    ran = run_cli(READY, "--today", "20-05-2025")
    assert ran.code == 2, ran
    assert "tidak valid untuk --today" in ran.err


def test_missing_proposal_file_is_a_usage_error() -> None:
    ran = run_cli("tidak-ada/proposal.yaml")
    assert ran.code == 2, ran
    assert "tidak ditemukan" in ran.err
    assert "Traceback" not in ran.err


def test_directory_is_searched_for_its_proposal() -> None:
    ran = run_cli("examples/siap", "--today", "2025-05-20")
    assert ran.code == 0, ran
    assert "examples/siap/proposal.yaml" in ran.out


def test_directory_without_a_proposal_is_a_usage_error(tmp_path: Path) -> None:
    ran = run_cli(str(tmp_path))
    assert ran.code == 2, ran
    assert "tidak ada proposal" in ran.err


def test_unknown_flag_is_a_usage_error() -> None:
    ran = run_cli(READY, "--no-such-flag")
    assert ran.code == 2, ran
    assert "kesalahan penggunaan" in ran.err


def test_pack_2024_does_not_exist() -> None:
    ran = run_cli(READY, "--pack", "kipp-2024", "--today", "2025-05-20")
    assert ran.code == 2, ran
    assert "2024" in ran.err


def test_fail_on_never_exits_zero_even_when_not_ready() -> None:
    ran = run_cli(NOT_READY, "--today", "2025-05-20", "--fail-on", "never")
    assert ran.code == 0, ran


def test_fail_on_warning_trips_on_warnings() -> None:
    ran = run_cli(READY, "--today", "2025-05-30", "--fail-on", "warning")
    assert ran.code == 1, ran  # seven days or fewer left: JDW002 warns
    assert "JDW002" in ran.out


def test_json_output_has_versioned_shape_and_attachment_facts() -> None:
    ran = run_cli(READY, "--today", "2025-05-20", "--format", "json")
    data = json.loads(ran.out)
    assert data["schema_version"] == 1
    assert data["ready"] is True
    letter = data["attachments"][0]
    assert {"pages", "encrypted", "bytes"} <= set(letter)
    assert letter["pages"] >= 1


def test_output_file_gets_the_report_and_stdout_stays_empty(tmp_path: Path) -> None:
    target = tmp_path / "laporan.json"
    ran = run_cli(NOT_READY, "--today", "2025-05-20", "--format", "json", "--output", str(target))
    assert ran.code == 1, ran
    assert ran.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["ready"] is False


def test_plain_output_has_no_escape_codes() -> None:
    ran = run_cli(NOT_READY, "--today", "2025-05-20")
    assert "\x1b" not in ran.out


def test_ascii_console_does_not_crash() -> None:
    ran = run_cli(NOT_READY, "--today", "2025-05-20", env={"PYTHONIOENCODING": "ascii"})
    assert ran.code == 1, ran
    assert "Traceback" not in ran.err
    ran.out.encode("ascii")


def test_version_is_printed() -> None:
    ran = run_cli("--version")
    assert ran.code == 0
    assert ran.out.startswith("kipp-check ")


def _crash(*_: object) -> None:
    raise RuntimeError("boom")


def test_internal_error_is_one_line_and_exit_three(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("kipp_check.pipeline.run.check_proposal", _crash)
    monkeypatch.setattr(sys, "argv", ["kipp-check", READY, "--today", "2025-05-20"])
    with pytest.raises(SystemExit) as done:
        main()
    err = capsys.readouterr().err
    assert done.value.code == 3
    assert "kesalahan internal" in err and "RuntimeError" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_debug_shows_the_traceback_of_an_internal_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("kipp_check.pipeline.run.check_proposal", _crash)
    monkeypatch.setattr(sys, "argv", ["kipp-check", READY, "--debug"])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 3
    assert "Traceback" in capsys.readouterr().err
