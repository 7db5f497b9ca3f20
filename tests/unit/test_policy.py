"""Rule selection by ID or prefix (the most specific entry wins) and severity overrides."""

from __future__ import annotations

import pytest

from kipp_check.i18n import Lang
from kipp_check.i18n.render import say
from kipp_check.models.results import Severity
from kipp_check.pipeline.policy import RulePolicy, unknown_entries


@pytest.mark.parametrize(
    ("select", "ignore", "rule_id", "runs"),
    [
        pytest.param((), (), "ADM001", True, id="nothing-chosen-runs-all"),
        pytest.param(("ADM",), (), "ADM001", True, id="selected-by-prefix"),
        pytest.param(("ADM",), (), "JDW001", False, id="outside-the-selection"),
        pytest.param((), ("ADM",), "ADM001", False, id="ignored-by-prefix"),
        pytest.param(("ADM005",), ("ADM",), "ADM005", True, id="longer-select-wins"),
        pytest.param(("ADM005",), ("ADM",), "ADM006", False, id="shorter-ignore-still-holds"),
        pytest.param(("ADM",), ("ADM00",), "ADM007", False, id="longer-ignore-wins"),
        pytest.param(("ADM",), ("ADM",), "ADM001", False, id="tie-goes-to-ignore"),
        pytest.param(("ADM",), ("ADM",), "KC000", True, id="reserved-always-runs"),
        pytest.param((), ("K",), "KC001", True, id="reserved-not-caught-by-a-prefix"),
        pytest.param((), ("K",), "KRI001", False, id="prefix-k-still-ignores-kri"),
    ],
)
def test_policy_selects_by_most_specific_entry(
    select: tuple[str, ...], ignore: tuple[str, ...], rule_id: str, runs: bool
) -> None:
    assert RulePolicy(select=select, ignore=ignore).selects(rule_id) is runs


def test_policy_severity_comes_from_the_longest_prefix() -> None:
    policy = RulePolicy(severities=(("VID", Severity.WARNING), ("VID003", Severity.ERROR)))
    assert policy.severity_for("VID001") is Severity.WARNING
    assert policy.severity_for("VID003") is Severity.ERROR
    assert policy.severity_for("ADM001") is None


def test_policy_never_regrades_reserved_findings() -> None:
    assert RulePolicy(severities=(("K", Severity.INFO),)).severity_for("KC000") is None


def test_policy_skip_reason_names_the_entry() -> None:
    policy = RulePolicy(select=("ADM", "JDW"), ignore=("ADM00",))
    assert "`ADM00`" in say(policy.skip_reason("ADM006"), Lang.ID)
    assert "ADM, JDW" in say(policy.skip_reason("VID001"), Lang.EN)


def test_unknown_entries_are_typos() -> None:
    assert unknown_entries(("ADM", "XYZ", "ADM9"), ("ADM001", "JDW002")) == ["XYZ", "ADM9"]
