"""The rule registry: well-formed IDs, documented rules, and a firing and a quiet test for each.

The registry is the list to test against, so a rule added without tests fails here.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from kipp_check.rules import all_rules
from tests.support.checking import Case

_HERE = Path(__file__).parent


def _all_cases() -> list[Case]:
    cases: list[Case] = []
    for module_file in sorted(_HERE.glob("test_*.py")):
        module = importlib.import_module(f"tests.unit.rules.{module_file.stem}")
        cases += getattr(module, "CASES", [])
    return cases


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.id)
def test_rule_is_documented(rule: object) -> None:
    doc = getattr(rule, "doc", "")
    for part in ("Passes when", "Fails", "Fix:", "Source:"):
        assert part in doc, f"{getattr(rule, 'id', '')} docstring lacks {part!r}"


def test_rule_ids_are_unique_and_well_formed() -> None:
    ids = [rule.id for rule in all_rules()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Z]{2,4}\d{3}", rule_id) for rule_id in ids)


def test_every_rule_has_a_firing_and_a_quiet_case() -> None:
    cases = _all_cases()
    fires = {c.rule_id for c in cases if c.lines}
    quiet = {c.rule_id for c in cases if not c.lines}
    registered = {rule.id for rule in all_rules()}
    assert not sorted(registered - fires), "rules without a firing case"
    assert not sorted(registered - quiet), "rules without a quiet case"
