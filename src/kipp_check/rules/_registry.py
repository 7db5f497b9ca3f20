"""The rule registry: `@rule` records a check function with its ID, criterion, severity and scope.

Rules are plain generator functions that yield findings; the decorator keeps
the metadata beside the code and the docstring (passes / fails / fix / source)
is the rule's user documentation. Most rules look at one proposal; a few
compare the proposals of one run (`Scope.RUN`, `rules.cross_proposal`). Both
kinds are the same `Rule`, in the same registry, so every list of rules (the
engine's, the docs', the IDs a config may name) is read from one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, overload

from kipp_check.models.criterion import PREFIXES, Criterion
from kipp_check.models.results import Finding, RuleInfo, Severity

if TYPE_CHECKING:
    from kipp_check.rules.context import CheckContext, RunContext


class Scope(Enum):
    """What a rule looks at, and so when it runs."""

    PROPOSAL = "proposal"
    """One proposal: run where it is loaded (a batch worker), given a `CheckContext`."""
    RUN = "run"
    """Every proposal of the run: run once all are checked, given a `RunContext`."""


CheckFunc = Callable[["CheckContext"], Iterator[Finding]]
RunFunc = Callable[["RunContext"], Iterator[Finding]]
_ID = re.compile(r"[A-Z]{2,4}\d{3}")
_RUN_ID = re.compile(r"[A-Z]{2,4}1\d{2}")
"""Run-scope rules are numbered from 101, so that they never meet a per-proposal rule's number."""


@dataclass(frozen=True)
class Rule:
    """A registered rule: metadata plus the function that checks it."""

    id: str
    criterion: Criterion
    severity: Severity
    func: Callable[[Any], Iterator[Finding]]
    """A `CheckFunc` for `Scope.PROPOSAL`, a `RunFunc` for `Scope.RUN` (`@rule` types each)."""
    doc: str
    roles: tuple[str, ...] = ()
    """Roles of questions the rule reads; it does not apply to a pack whose form has none."""
    scope: Scope = Scope.PROPOSAL

    def info(self) -> RuleInfo:
        """The code-free view of the rule that results and reporters carry."""
        return RuleInfo(self.id, self.criterion.value, self.severity)


_REGISTRY: dict[str, Rule] = {}


@overload
def rule(
    rule_id: str,
    criterion: Criterion,
    *,
    severity: Severity = ...,
    roles: tuple[str, ...] = ...,
    scope: Literal[Scope.PROPOSAL] = ...,
) -> Callable[[CheckFunc], CheckFunc]: ...


@overload
def rule(
    rule_id: str,
    criterion: Criterion,
    *,
    severity: Severity = ...,
    roles: tuple[str, ...] = ...,
    scope: Literal[Scope.RUN],
) -> Callable[[RunFunc], RunFunc]: ...


def rule(
    rule_id: str,
    criterion: Criterion,
    *,
    severity: Severity = Severity.ERROR,
    roles: tuple[str, ...] = (),
    scope: Scope = Scope.PROPOSAL,
) -> Callable[[CheckFunc], CheckFunc] | Callable[[RunFunc], RunFunc]:
    """Register the decorated function as rule `rule_id`; IDs are never reused.

    The scope decides the context the function is given, so the type checker
    holds a run-scope rule to a `RunContext` and the others to a `CheckContext`.
    """

    def register(func: Callable[[Any], Iterator[Finding]]) -> Callable[[Any], Iterator[Finding]]:
        if not _ID.fullmatch(rule_id) or not rule_id.startswith(PREFIXES[criterion]):
            raise ValueError(f"rule ID {rule_id} does not fit criterion {criterion.value}")
        if scope is Scope.RUN and not _RUN_ID.fullmatch(rule_id):
            raise ValueError(f"cross-proposal rule IDs are numbered from 101: {rule_id}")
        if rule_id in _REGISTRY:
            raise ValueError(f"rule ID registered twice: {rule_id}")
        doc = func.__doc__ or ""
        _REGISTRY[rule_id] = Rule(rule_id, criterion, severity, func, doc, roles, scope)
        return func

    return register


def registered(scope: Scope | None = None) -> tuple[Rule, ...]:
    """The registered rules of `scope` (every scope when `None`), in ID order."""
    rules = (_REGISTRY[key] for key in sorted(_REGISTRY))
    return tuple(r for r in rules if scope is None or r.scope is scope)
