"""What a machine format says about a rule: its title, its summary and its help text.

Titles come from the message catalogue and help from the rule's documented
paragraphs (Passes when / Fails / Fix / Source, parsed once by `rule_docs`),
both in the report's language, so SARIF rule metadata cannot drift from the
code. Per-proposal rules, cross-proposal rules
and the reserved `KC` IDs (the proposal file itself) are all covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kipp_check.i18n import Lang, text
from kipp_check.models.criterion import FILE_GROUP
from kipp_check.models.reserved import RESERVED
from kipp_check.models.results import Severity
from kipp_check.rules.docs import SECTIONS, documented_rules
from kipp_check.rules.docs import rule_doc as parsed_doc


@dataclass(frozen=True)
class RuleDoc:
    """A rule as documentation: ID, title, first paragraph, full help, severity, criterion."""

    id: str
    title: str
    summary: str
    help: str
    severity: Severity
    criterion: str


def rule_doc(rule_id: str, lang: Lang) -> RuleDoc:
    """The documentation of `rule_id`, whichever kind of rule it is."""
    return _docs(lang).get(rule_id) or RuleDoc(
        rule_id, rule_id, rule_id, rule_id, Severity.ERROR, ""
    )


@cache
def _docs(lang: Lang) -> dict[str, RuleDoc]:
    docs: dict[str, RuleDoc] = {}
    for rule in documented_rules():
        parsed = parsed_doc(rule)
        paragraphs = [parsed.section(name, lang) for name in SECTIONS if name in parsed.sections]
        title = text(f"rule.{rule.id}", lang)
        summary = paragraphs[0] if paragraphs else title
        docs[rule.id] = RuleDoc(
            rule.id, title, summary, "\n\n".join(paragraphs), rule.severity, rule.criterion.value
        )
    for rule_id, severity in RESERVED.items():
        title = text(f"reserved.{rule_id}", lang)
        about = text(f"reserved.{rule_id}.help", lang)
        docs[rule_id] = RuleDoc(rule_id, title, about, about, severity, FILE_GROUP)
    return docs
