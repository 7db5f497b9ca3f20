"""The reserved IDs KC000–KC006: problems with the proposal file itself, defined once.

Every stage that reports on the file (the loader, the engine, waivers, the
batch runner) and every stage that treats these IDs specially (the rule policy
never deselects them, waivers never silence them, SARIF and the rule reference
document them) names them from here, so a new reserved ID or a changed
severity is one edit. Like `models.severity`, this module imports nothing
heavy: `policy` needs it for `kipp-check --help`.
"""

from __future__ import annotations

from kipp_check.models.severity import Severity

RESERVED_PREFIX = "KC"
"""The prefix of every reserved ID; such findings are never deselected or waived."""

YAML_SYNTAX = "KC000"
"""The YAML cannot be parsed (or the file cannot be read at all)."""

SCHEMA = "KC001"
"""The proposal does not match the pack's schema."""

DUPLICATE_KEY = "KC002"
"""A mapping repeats a key, so one of the two values would be lost."""

RULE_CRASHED = "KC003"
"""A rule raised an exception; the other rules still ran."""

FILE_UNREADABLE = "KC004"
"""The file itself: empty, too big, not UTF-8, hidden characters, unreadable in a batch."""

YAML_FEATURE = "KC005"
"""A YAML feature a proposal does not use (anchors, tags, several documents, deep nesting)."""

WAIVER_PROBLEM = "KC006"
"""A waiver comment that cannot be used as written."""

RESERVED: dict[str, Severity] = {
    YAML_SYNTAX: Severity.ERROR,
    SCHEMA: Severity.ERROR,
    DUPLICATE_KEY: Severity.ERROR,
    RULE_CRASHED: Severity.ERROR,
    FILE_UNREADABLE: Severity.ERROR,
    YAML_FEATURE: Severity.ERROR,
    WAIVER_PROBLEM: Severity.WARNING,
}
"""The reserved IDs with their usual severity, in order."""


def is_reserved_id(rule_id: str) -> bool:
    """Whether `rule_id` names a problem with the file itself rather than a rule's finding."""
    return rule_id.startswith(RESERVED_PREFIX)
