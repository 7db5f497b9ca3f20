"""The shape of one rule's words, shared by the criterion modules beside this file."""

from __future__ import annotations

from typing import NamedTuple

from kipp_check.i18n.message import Message


class Docs(NamedTuple):
    """The Indonesian of a rule's docstring, one paragraph per section.

    The English is the docstring (`kipp_check.rule_docs` parses it), so it is
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
