"""The rule set: every criterion module is imported here, explicitly and in order.

An explicit list (not a directory scan) keeps the full rule set visible and
the registration order deterministic.
"""

from __future__ import annotations

from kipp_check.models.criterion import Criterion
from kipp_check.rules import (  # noqa: F401  (imported to register their rules)
    active_content,
    administrative,
    aspects,
    attachment_set,
    documents,
    hints,
    hints_replication,
    innovation,
    letter_checks,
    letter_validity,
    letters,
    pasted_format,
    people,
    residue,
    schedule,
    supporting_data,
    video,
)
from kipp_check.rules._registry import Rule, registered


def all_rules() -> tuple[Rule, ...]:
    """Every rule, in ID order."""
    return registered()


def get(rule_id: str) -> Rule:
    """The rule with ID `rule_id`; `KeyError` when there is none."""
    for candidate in registered():
        if candidate.id == rule_id:
            return candidate
    raise KeyError(rule_id)


__all__ = ["Criterion", "Rule", "all_rules", "get"]
