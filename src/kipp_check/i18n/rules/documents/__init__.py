"""The words of the required-document rules (DOK), in two modules by what the rules read.

`files.py`: the attachments as files (present, size, format, duplicates,
unlisted PDFs, left-over text, active content) and the rules across proposals;
`letters.py`: what the letters say. See `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.rules import RuleWords, merged
from kipp_check.i18n.rules.documents import files, letters

RULES: dict[str, RuleWords] = merged(files.RULES, letters.RULES)
