"""Pasted formatting (issue 15, item 12): advice on Markdown, and a plain export that keeps lines.

The answer is written as one drafted in a Markdown editor would be: a heading,
bold, a backtick, a pipe table, then pasted into the YAML.
"""

from __future__ import annotations

from pathlib import Path

from kipp_check.authoring.paste_pack import clean_text
from kipp_check.rules.pasted_format import markdown_marks
from tests.support.checking import rule_findings, write_case
from tests.support.cli import run_cli

DRAFTED = """### Hasil yang diukur
Waktu layanan **turun** dari 14 hari
menjadi 2 hari (`data sistem` 2024).
| indikator | 2020 | 2024 |
|---|---|---|
| SKM | 72,5 | 89,4 |
"""
PLAIN = """Hasil yang diukur:
- waktu layanan turun dari 14 hari menjadi 2 hari (data sistem 2024);
- nilai SKM naik dari 72,5 pada 2020 menjadi 89,4 pada 2024.
"""


def proposal(answer: str) -> str:
    body = "".join(f"    {line}\n" for line in answer.splitlines())
    return f"kelompok: umum\njudul: SIGAP (Sistem Gerai)\nproposal:\n  signifikansi: |\n{body}"


def test_markdown_in_an_answer_is_advice_naming_what_was_found(tmp_path: Path) -> None:
    assert markdown_marks(DRAFTED) == ("heading", "bold", "code", "table")
    (found,) = rule_findings(tmp_path, proposal(DRAFTED), "ASP006")
    assert found.severity.value == "info" and found.group == "aspek:signifikansi"
    assert "judul `###`" in found.message and "tabel `|`" in found.message


def test_plain_writing_and_lists_are_not_markdown(tmp_path: Path) -> None:
    assert markdown_marks(PLAIN) == ()
    assert markdown_marks("Biaya 5 * 3 = 15 ribu; pilihan a|b.") == ()
    assert rule_findings(tmp_path, proposal(PLAIN), "ASP006") == []


def test_plain_export_keeps_headings_and_table_rows_on_their_own_lines() -> None:
    assert clean_text(DRAFTED) == (
        "### Hasil yang diukur\n"
        "Waktu layanan **turun** dari 14 hari menjadi 2 hari (`data sistem` 2024).\n"
        "| indikator | 2020 | 2024 |\n|---|---|---|\n| SKM | 72,5 | 89,4 |"
    )


def test_export_text_does_not_escape_what_was_written(tmp_path: Path) -> None:
    path = write_case(tmp_path, proposal(DRAFTED))
    ran = run_cli("export", str(path), "--format", "text")
    assert ran.code == 0, ran
    assert "\n### Hasil yang diukur\nWaktu layanan **turun** dari 14 hari menjadi 2 hari" in ran.out
    assert "\\*" not in ran.out
