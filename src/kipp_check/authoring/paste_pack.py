"""What `kipp-check export` moves into SINOVIK: each answer's text, clean, in the portal's order.

SINOVIK's answer boxes are plain text areas. A YAML block scalar keeps the
line breaks the innovator typed to keep the file readable; pasted as they are,
those breaks cut sentences in half on the portal. So each text is rebuilt the
way it was meant: lines joined into their paragraphs, list items, headings
and table rows kept on lines of their own (the text after a heading too),
paragraphs separated by one empty line, no trailing spaces. The same proposal
and pack always give the same pack (no clock).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kipp_check.i18n import Lang, text
from kipp_check.models.proposal import Proposal
from kipp_check.packs.model import IdentityField, Label, Pack
from kipp_check.pipeline.wordcount import count_words
from kipp_check.rules.aspect_text import answer_boxes

_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[a-zA-Z][.)]|[-•*–])\s+")
"""A line that starts an item: `1.`, `2)`, `a.`, `-`, `•`, `*`, `–`."""
_SPACES = re.compile(r"[ \t]+")
_OWN_LINE = re.compile(r"^(?:#{1,6}\s|\|)")
"""A Markdown heading or a table row: it stands on its own line, and so does what follows."""


@dataclass(frozen=True)
class PasteBox:
    """One SINOVIK answer box: its label, the text to paste, the count against the limit."""

    key: str
    """Where it is written, e.g. `proposal.adaptabilitas.sudah_direplikasi`."""
    label: str
    text: str
    words: int
    limit: int | None = None

    @property
    def over(self) -> int:
        """Words over the limit; 0 when within it or without one."""
        return max(0, self.words - self.limit) if self.limit is not None else 0


@dataclass(frozen=True)
class PasteSection:
    """One aspect of the form, with its weight and its answer boxes (two for adaptabilitas)."""

    number: int
    label: str
    weight: int | None
    boxes: tuple[PasteBox, ...]


@dataclass(frozen=True)
class PastePack:
    """Everything to paste, in the portal's order."""

    identity: tuple[tuple[str, str], ...]
    """`(field key, value)` for the form's first page: title, group, category, …"""
    theme: PasteBox
    sections: tuple[PasteSection, ...]
    form_fields: tuple[tuple[str, str], ...] = ()
    """`(label, value)` of the pack's own identity fields (2026: Target Asta Cita, ...)."""


def clean_text(written: str | None) -> str:
    """The text as it should be pasted: paragraphs unwrapped, list items on their own lines."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in (written or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            if current:
                paragraphs.append(current)
                current = []
        elif current and not _stands_alone(line) and not _OWN_LINE.match(current[-1]):
            current[-1] = f"{current[-1]} {line}"
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return "\n\n".join("\n".join(lines) for lines in paragraphs)


def _stands_alone(line: str) -> bool:
    """Whether `line` keeps a line of its own: a list item, a heading, a table row."""
    return bool(_LIST_ITEM.match(line) or _OWN_LINE.match(line))


def build_paste_pack(proposal: Proposal, pack: Pack, lang: Lang) -> PastePack:
    """The paste pack of `proposal` for the form `pack` asks of its group."""

    def label(item: Label) -> str:
        return item.label_en if lang is Lang.EN else item.label

    sections = []
    for number, aspect in enumerate(pack.aspects_for(proposal.group), start=1):
        boxes = []
        for box in answer_boxes(proposal, aspect):
            text = clean_text(box.text)
            name = f"{label(aspect)} ({label(box.part)})" if box.part else label(aspect)
            limit = box.max_words.value if box.max_words else None
            boxes.append(
                PasteBox(".".join(map(str, box.path)), name, text, count_words(text), limit)
            )
        weight = aspect.weight.value if aspect.weight else None
        sections.append(PasteSection(number, label(aspect), weight, tuple(boxes)))
    theme = clean_text(proposal.theme_alignment)
    return PastePack(
        identity=_identity(proposal, pack, label),
        theme=PasteBox("keselarasan_tema", "", theme, count_words(theme)),
        sections=tuple(sections),
        form_fields=_form_fields(proposal, pack, lang),
    )


def _form_fields(proposal: Proposal, pack: Pack, lang: Lang) -> tuple[tuple[str, str], ...]:
    """The pack's identity fields of the group, with each choice shown by its label."""
    rows: list[tuple[str, str]] = []
    for item in pack.identity_fields:
        if item.groups is not None and proposal.group not in item.groups:
            continue
        value = proposal.written(item.id)
        values = value if isinstance(value, list) else [] if value is None else [value]
        shown = [_shown(v, item, lang) for v in values]
        rows.append((item.label_en if lang is Lang.EN else item.label, "; ".join(shown)))
    return tuple(rows)


def _shown(value: object, item: IdentityField, lang: Lang) -> str:
    """A value as the portal's form shows it: a choice by its label (`6. Membangun …`)."""
    if isinstance(value, bool):
        return text("form.yes" if value else "form.no", lang)
    for choice in item.choices.value if item.choices else []:
        if choice.id == value:
            name = choice.label_en if lang is Lang.EN else choice.label
            return f"{value}. {name}" if isinstance(value, int) else name
    return clean_text(str(value))


def _identity(
    proposal: Proposal, pack: Pack, label: Callable[[Label], str]
) -> tuple[tuple[str, str], ...]:
    """The first page of the form; IDs are shown with the pack's label when it knows them."""
    groups = {g.id: label(g) for g in pack.groups.value}
    categories = {c.id: label(c) for c in pack.categories.value}
    group, category = proposal.group or "", proposal.category or ""
    start = proposal.implementation_start
    institution = proposal.institution.name if proposal.institution else None
    return (
        ("title", proposal.title or ""),
        ("institution", institution or ""),
        ("group", groups.get(group, group)),
        ("category", categories.get(category, category)),
        ("start", start.isoformat() if start else ""),
        ("video", (proposal.video.link or "") if proposal.video else ""),
    )
