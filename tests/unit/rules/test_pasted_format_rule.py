"""ASP006 in the rule table: Markdown in an answer is advice, plain writing is quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.checking import Case, run_case

PLAIN = (
    "proposal:\n  signifikansi: |\n    Hasil:\n"
    "    - waktu layanan turun dari 14 hari menjadi 2 hari.\n"
)
HEADING = "proposal:\n  signifikansi: |\n    ### Hasil\n    Waktu layanan turun.\n"
BOLD_IN_PART = (
    "proposal:\n  adaptabilitas:\n    potensi_replikasi: |\n"
    "      Cocok untuk **daerah kepulauan** dengan 121 desa.\n"
)

CASES = [
    Case("ASP006", "plain answer with a list", PLAIN, ()),
    Case("ASP006", "markdown heading", HEADING, (2,)),
    Case("ASP006", "bold in an answer part", BOLD_IN_PART, (3,)),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_rule_fires_exactly_where_expected(case: Case, tmp_path: Path) -> None:
    assert run_case(tmp_path, case) == list(case.lines)
