"""The rule registry: `@rule` records a check function with its ID, criterion and severity.

Rules are plain generator functions that yield findings; the decorator keeps
the metadata beside the code and the docstring (passes / fails / fix / source)
is the rule's user documentation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kipp_check.models.criterion import PREFIXES, Criterion
from kipp_check.models.results import Finding, RuleInfo, Severity

if TYPE_CHECKING:
    from kipp_check.rules.context import CheckContext


CheckFunc = Callable[["CheckContext"], Iterator[Finding]]
_ID = re.compile(r"[A-Z]{2,4}\d{3}")


@dataclass(frozen=True)
class Rule:
    """A registered rule: metadata plus the function that checks it."""

    id: str
    criterion: Criterion
    severity: Severity
    func: CheckFunc
    doc: str
    roles: tuple[str, ...] = ()
    """Roles of questions the rule reads; it does not apply to a pack whose form has none."""

    def info(self) -> RuleInfo:
        """The code-free view of the rule that results and reporters carry."""
        return RuleInfo(self.id, self.criterion.value, self.severity)


_REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str,
    criterion: Criterion,
    *,
    severity: Severity = Severity.ERROR,
    roles: tuple[str, ...] = (),
) -> Callable[[CheckFunc], CheckFunc]:
    """Register the decorated function as rule `rule_id`; IDs are never reused."""

    def register(func: CheckFunc) -> CheckFunc:
        if not _ID.fullmatch(rule_id) or not rule_id.startswith(PREFIXES[criterion]):
            raise ValueError(f"rule ID {rule_id} does not fit criterion {criterion.value}")
        if rule_id in _REGISTRY:
            raise ValueError(f"rule ID registered twice: {rule_id}")
        _REGISTRY[rule_id] = Rule(rule_id, criterion, severity, func, func.__doc__ or "", roles)
        return func

    return register


def registered() -> tuple[Rule, ...]:
    """Every registered rule, in ID order."""
    return tuple(_REGISTRY[key] for key in sorted(_REGISTRY))
