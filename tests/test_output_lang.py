"""One run, a language per report: findings are worded when each report is written.

Nothing below the CLI and the reporters knows a language (issue 13 item 1), so
`--format json:en` beside an Indonesian terminal report costs nothing: each
report is the same bytes as a run in its language alone. And a usage error is
said in the configured language whenever it happens, even before the config
is read (no proposal found).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kipp_check.cli.outputs import split_format, without_output_langs
from kipp_check.i18n import Lang
from tests.support.cli import run_cli
from tests.support.samples import TODAY, copy_example


@pytest.fixture
def not_ready(tmp_path: Path) -> Path:
    copy_example("belum-siap", tmp_path / "belum-siap")
    return tmp_path


def test_indonesian_terminal_and_english_json_in_one_run(not_ready: Path) -> None:
    both = run_cli(
        "belum-siap/proposal.yaml", "--today", TODAY, "--format", "terminal",
        "--format", "json:en", "--output", "laporan.json", cwd=not_ready,
    )  # fmt: skip
    assert both.code == 1, both
    english_json = (not_ready / "laporan.json").read_text(encoding="utf-8")
    assert json.loads(english_json)["lang"] == "en"
    assert "BELUM SIAP" in both.out and "NOT READY" not in both.out
    assert "Laporan ditulis ke" in both.err  # the run's own notes stay in the run's language
    # Each report is byte for byte what a run in its language alone writes.
    alone_id = run_cli("belum-siap/proposal.yaml", "--today", TODAY, cwd=not_ready)
    assert both.out == alone_id.out
    english = ("--lang", "en", "--format", "json")
    alone_en = run_cli("belum-siap/proposal.yaml", "--today", TODAY, *english, cwd=not_ready)
    assert english_json == alone_en.out


def test_an_output_language_wins_over_lang_in_both_directions(not_ready: Path) -> None:
    ran = run_cli(
        "belum-siap/proposal.yaml", "--today", TODAY, "--lang", "en",
        "--format=json:id", "--output", "id.json", "--format", "markdown", cwd=not_ready,
    )  # fmt: skip
    assert ran.code == 1, ran
    indonesian = json.loads((not_ready / "id.json").read_text(encoding="utf-8"))
    assert indonesian["lang"] == "id"
    assert any("tidak" in f["message"] for f in indonesian["findings"])
    assert "NOT READY" in ran.out  # the Markdown on standard output follows --lang en


def test_an_unknown_output_language_is_a_usage_error(not_ready: Path) -> None:
    ran = run_cli("belum-siap/proposal.yaml", "--format", "json:fr", cwd=not_ready)
    assert ran.code == 2, ran
    assert "`json:fr` bukan nilai --format yang dikenal" in ran.err


def test_nothing_found_speaks_the_configs_language(tmp_path: Path) -> None:
    """The bug issue 13 names: the folder was searched before the config was read."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "kosong").mkdir()
    (tmp_path / ".kipp-check.yaml").write_text("lang: en\n", encoding="utf-8")
    english = run_cli("kosong", cwd=tmp_path)
    assert english.code == 2, english
    assert "error: no proposal (proposal.yaml) found at `kosong`" in english.err
    assert "tidak ada" not in english.err
    indonesian = run_cli("kosong", "--lang", "id", cwd=tmp_path)
    assert "galat: tidak ada proposal (proposal.yaml) di `kosong`" in indonesian.err


def test_the_language_suffix_is_taken_off_only_the_format_values() -> None:
    args = ["p", "--format", "json:en", "--format=sarif:ID", "--output", "a:en", "--", "--x:en"]
    assert without_output_langs(args) == [
        "p", "--format", "json", "--format=sarif", "--output", "a:en", "--", "--x:en",
    ]  # fmt: skip
    assert split_format("json:en") == ("json", Lang.EN)
    assert split_format("json:fr") == ("json:fr", None)
    assert split_format("json") == ("json", None)


def test_a_configs_output_may_have_its_own_language(not_ready: Path) -> None:
    (not_ready / ".git").mkdir()
    (not_ready / ".kipp-check.yaml").write_text(
        "outputs:\n  - {format: terminal}\n  - {format: json, file: dasbor.json, lang: en}\n",
        encoding="utf-8",
    )
    ran = run_cli("belum-siap/proposal.yaml", "--today", TODAY, cwd=not_ready)
    assert ran.code == 1, ran
    assert "BELUM SIAP" in ran.out
    english = json.loads((not_ready / "dasbor.json").read_text(encoding="utf-8"))
    assert english["lang"] == "en" and english["criteria"][0]["label"] == "Administrative"
