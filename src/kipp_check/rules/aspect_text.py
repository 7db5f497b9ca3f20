"""Read the pack's aspects out of a proposal: one place that knows the model's shape.

An aspect is either one text (`proposal.ringkasan`) or several parts
(`proposal.adaptabilitas.sudah_direplikasi`); rules iterate over `AspectText`
values and need not know which.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from kipp_check.models.proposal import Proposal
from kipp_check.models.results import DocPath
from kipp_check.packs.model import Aspect, Part, Sourced


@dataclass(frozen=True)
class AspectText:
    """One answer box of the SINOVIK form: its path, text and word limit."""

    aspect: Aspect
    path: DocPath
    text: str | None
    part: Part | None
    max_words: Sourced[int] | None


def answer_boxes(proposal: Proposal, aspect: Aspect) -> Iterator[AspectText]:
    """Yield each answer box of `aspect` (one, or one per part) with its text."""
    written = by_key(proposal.aspects, aspect.id)
    if not aspect.parts:
        text = written if isinstance(written, str) else None
        yield AspectText(aspect, ("proposal", aspect.id), text, None, aspect.max_words)
        return
    for part in aspect.parts:
        part_text = by_key(written, part.id)
        text = part_text if isinstance(part_text, str) else None
        yield AspectText(aspect, ("proposal", aspect.id, part.id), text, part, part.max_words)


def aspect_text(proposal: Proposal, aspect: Aspect) -> str:
    """All text written for `aspect`, parts joined; empty when nothing is written."""
    return "\n".join(box.text or "" for box in answer_boxes(proposal, aspect)).strip()


def is_blank(text: str | None) -> bool:
    """Whether an answer is missing or only whitespace."""
    return text is None or not text.strip()


def by_key(model: object, key: str) -> object:
    """The value of the field written as `key` in YAML (its alias), or `None`."""
    if not isinstance(model, BaseModel):
        return None
    for name, field in type(model).model_fields.items():
        if (field.alias or name) == key:
            return getattr(model, name)
    return None
