"""The rule set: every criterion module is imported here, explicitly and in order.

An explicit list (not a directory scan) keeps the full rule set visible and
the registration order deterministic. The rules over one proposal and the
rules over a whole run (`cross_proposal`) are in the same registry; `ids()`
is every ID a report, a config or a waiver may name.
"""

from __future__ import annotations

from kipp_check.models.criterion import Criterion
from kipp_check.rules import (  # noqa: F401  (imported to register their rules)
    active_content,
    administrative,
    aspects,
    attachment_set,
    cross_proposal,
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
from kipp_check.rules._registry import Rule, Scope, registered


def all_rules(scope: Scope | None = Scope.PROPOSAL) -> tuple[Rule, ...]:
    """The rules of `scope`, in ID order: those over one proposal unless told; `None` for all."""
    return registered(scope)


def ids() -> tuple[str, ...]:
    """Every rule ID, of both scopes, in order: what a config's rule list or a waiver may name."""
    return tuple(candidate.id for candidate in registered())


def get(rule_id: str) -> Rule:
    """The rule with ID `rule_id`, of either scope; `KeyError` when there is none."""
    for candidate in registered():
        if candidate.id == rule_id:
            return candidate
    raise KeyError(rule_id)


__all__ = ["Criterion", "Rule", "Scope", "all_rules", "get", "ids"]
