"""The rules' words, one module per criterion: `admin`, `schedule`, `documents`, `supporting_data`,
`aspects`, `innovation`, `video` (a subpackage where a criterion passes ~250 lines).

Each module's `RULES` maps a rule ID to its `RuleWords`: the title, the
messages its findings use (both languages) and the Indonesian of its
docstring. A rule's English documentation is its docstring, so it is written
once. `kipp_check.i18n` reads a module only when a key of its criterion is
asked for: `rule.<ID>` by the ID's prefix, a message by its first word
(`adm.`, `jdw.`, `dok.`, `dd.`, `asp.`, `kri.`, `vid.`, and the older
`hint.`, `active.`, `cross.`); a new rule's message keys start with its
criterion's word.

This package holds the shape of one rule's words (`RuleWords`, `Docs`),
which the criterion modules import.
"""

from __future__ import annotations

from typing import NamedTuple

from kipp_check.i18n.message import Message


class Docs(NamedTuple):
    """The Indonesian of a rule's docstring, one paragraph per section.

    The English is the docstring (`kipp_check.rules.docs` parses it), so it is
    written once; a test holds each translation to its paragraph's code spans
    and numbers, so a changed docstring shows which translation to update.
    """

    summary: str
    passes: str
    fails: str
    fix: str
    source: str


class RuleWords(NamedTuple):
    """Everything a rule says: title, its findings' messages and fixes, Indonesian docs."""

    title: Message
    messages: dict[str, Message]
    """Message keys → both languages; a key `x` may have its fix under `x.fix`."""
    docs: Docs


def merged(*tables: dict[str, RuleWords]) -> dict[str, RuleWords]:
    """The rules of a criterion split over several modules; an ID in two of them is refused."""
    out: dict[str, RuleWords] = {}
    for table in tables:
        for rule_id, words in table.items():
            if rule_id in out:
                raise RuntimeError(f"rule words defined twice: {rule_id}")
            out[rule_id] = words
    return out
