"""Which rules run and how severe their findings are: `--select`, `--ignore`, severity overrides.

Rules are chosen by ID or by ID prefix (`ADM`, `DOK00`, `VID003`), as in
flake8: when a rule matches both lists, the longer (more specific) entry wins,
so `--ignore ADM --select ADM005` keeps ADM005 and drops the other ADM rules.
An empty select list selects everything. The reserved `KC` findings about the
proposal file itself (syntax, schema, a crashed rule) cannot be turned off or
made milder: a file that cannot be read must never pass quietly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kipp_check.models.reserved import RESERVED_PREFIX
from kipp_check.models.severity import Severity

if TYPE_CHECKING:  # `options` imports this module, and `check --help` imports `options`
    from kipp_check.models.phrase import Phrase


@dataclass(frozen=True)
class RulePolicy:
    """The rule selection and severity overrides in force for one proposal."""

    select: tuple[str, ...] = ()
    """IDs or prefixes to run; empty runs every rule."""
    ignore: tuple[str, ...] = ()
    """IDs or prefixes not to run."""
    severities: tuple[tuple[str, Severity], ...] = ()
    """(ID or prefix, severity) pairs; the longest matching prefix sets a rule's severity."""

    def selects(self, rule_id: str) -> bool:
        """Whether rule `rule_id` runs under this policy."""
        if rule_id.startswith(RESERVED_PREFIX):
            return True
        chosen = _longest(self.select, rule_id) if self.select else 0
        dropped = _longest(self.ignore, rule_id)
        return chosen >= 0 and chosen > dropped

    def severity_for(self, rule_id: str) -> Severity | None:
        """The severity the policy imposes on `rule_id`'s findings, `None` to keep the rule's."""
        if rule_id.startswith(RESERVED_PREFIX):
            return None
        best: tuple[int, Severity | None] = (-1, None)
        for prefix, severity in self.severities:
            if rule_id.startswith(prefix) and len(prefix) > best[0]:
                best = (len(prefix), severity)
        return best[1]

    def skip_reason(self, rule_id: str) -> Phrase:
        """Why `rule_id` does not run (for JUnit `skipped`), worded by the reporter."""
        from kipp_check.models.phrase import Phrase

        dropped = [p for p in self.ignore if rule_id.startswith(p)]
        if dropped:
            entry = max(dropped, key=len)
            return Phrase.of("policy.skipped_ignored", entry=entry)
        return Phrase.of("policy.skipped_not_selected", entries=_listed(self.select))


SHOWN_ENTRIES = 5
"""Entries of the select list a skipped rule's reason names; the rest are counted."""


def _listed(entries: tuple[str, ...]) -> Phrase | str:
    """The first few distinct entries and how many more: the reason is repeated for every
    skipped rule, so a long list must not be copied into each (960 KB of config made 48 MB
    of JSON, issue 12)."""
    from kipp_check.models.phrase import Phrase

    distinct = list(dict.fromkeys(entries))
    shown = ", ".join(distinct[:SHOWN_ENTRIES])
    if len(distinct) > SHOWN_ENTRIES:
        more = Phrase.of("policy.more_entries", count=len(distinct) - SHOWN_ENTRIES)
        return Phrase.of("phrase.more", text=shown, more=more)
    return shown


def _longest(prefixes: tuple[str, ...], rule_id: str) -> int:
    """The length of the longest entry of `prefixes` that `rule_id` starts with, -1 for none."""
    return max((len(p) for p in prefixes if rule_id.startswith(p)), default=-1)


def unknown_entries(entries: tuple[str, ...], known_ids: tuple[str, ...]) -> list[str]:
    """The entries of a select/ignore/severity list that match no rule at all (typos)."""
    return [e for e in entries if not any(rule_id.startswith(e) for rule_id in known_ids)]
