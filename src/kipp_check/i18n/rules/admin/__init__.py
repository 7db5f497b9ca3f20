"""The words of the administrative rules (ADM), in two modules by what the rules read.

`proposal.py`: the proposal's own entries (edition, group, category, theme,
title, left-over template text) and the rules across proposals; `people.py`:
the institution, the innovators and the contact. See `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.rules import RuleWords, merged
from kipp_check.i18n.rules.admin import people, proposal

RULES: dict[str, RuleWords] = merged(proposal.RULES, people.RULES)
