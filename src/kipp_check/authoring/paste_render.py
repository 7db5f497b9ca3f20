"""The paste pack as Markdown, plain text or JSON; each returns a string, nothing prints.

Markdown is for reading rendered (a repository viewer, an editor's preview):
the proposal's text is escaped so nothing in it turns into markup, and line
breaks inside a paragraph are hard breaks, so copying from the rendered page
gives the text as written. Plain text is for copying from the raw file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from kipp_check import __version__
from kipp_check.authoring.paste_pack import PasteBox, PastePack
from kipp_check.i18n import Lang, text

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_MARK = re.compile(r"^(\s*)([#+=-])")
_LIST_NUMBER = re.compile(r"^(\s*\d+)([.)])")


@dataclass(frozen=True)
class ExportMeta:
    """Where the pack comes from; it heads every format."""

    file: str
    pack_id: str
    pack_version: str
    pack_title: str
    lang: Lang


def render_markdown(pack: PastePack, meta: ExportMeta) -> str:
    """The paste pack as a Markdown page."""
    lang = meta.lang
    title = dict(pack.identity).get("title") or text("export.heading", lang)
    out = [f"# {escape_markdown(title)}", "", _prepared(meta), ""]
    out += [f"## {text('export.identity', lang)}", ""]
    out += [f"| {text('export.col.field', lang)} | {text('export.col.value', lang)} |", "|---|---|"]
    none = text("export.none", lang)
    out += [
        f"| {text(f'export.field.{key}', lang)} | {escape_markdown(value) or none} |"
        for key, value in pack.identity
    ]
    out += [
        f"| {escape_markdown(label)} | {escape_markdown(value) or none} |"
        for label, value in pack.form_fields
    ]
    out += ["", f"### {text('export.field.theme', lang)}", "", _count_line(pack.theme, lang, None)]
    out += ["", _markdown_text(pack.theme, lang)]
    for section in pack.sections:
        single = len(section.boxes) == 1
        out += ["", f"## {section.number}. {escape_markdown(section.label)}"]
        if not single and section.weight is not None:
            out += ["", f"*{text('export.weight', lang, weight=section.weight)}*"]
        for box in section.boxes:
            if not single:
                out += ["", f"### {escape_markdown(box.label)}"]
            weight = section.weight if single else None
            out += ["", _count_line(box, lang, weight), "", _markdown_text(box, lang)]
    return "\n".join(out) + "\n"


def render_text(pack: PastePack, meta: ExportMeta) -> str:
    """The paste pack as plain text, to copy from the file as it is."""
    lang = meta.lang
    width = max(len(text(f"export.field.{key}", lang)) for key, _ in pack.identity)
    width = max([width, *(len(label) for label, _ in pack.form_fields)])
    out = [text("export.heading", lang).upper(), _prepared(meta), ""]
    out += [
        f"{text(f'export.field.{key}', lang):<{width}}  {value or text('export.none', lang)}"
        for key, value in pack.identity
    ]
    out += [
        f"{label:<{width}}  {value or text('export.none', lang)}"
        for label, value in pack.form_fields
    ]
    heading = f"{text('export.field.theme', lang)} · {_counts(pack.theme, lang)}"
    out += ["", heading, "-" * len(heading), pack.theme.text or text("export.empty", lang)]
    for section in pack.sections:
        for box in section.boxes:
            weight = section.weight if box is section.boxes[0] else None
            counts = _counts(box, lang, weight)
            heading = f"{section.number}. {box.label} · {counts}"
            out += ["", "", heading, "=" * len(heading), box.text or text("export.empty", lang)]
    return "\n".join(out) + "\n"


def render_json(pack: PastePack, meta: ExportMeta) -> str:
    """The paste pack as data for other tools (keys sorted, no timestamps)."""
    boxes = [
        {
            "section": section.number,
            "aspect": section.label,
            "weight": section.weight,
            "key": box.key,
            "label": box.label,
            "text": box.text,
            "words": box.words,
            "limit": box.limit,
            "over": box.over,
        }
        for section in pack.sections
        for box in section.boxes
    ]
    data = {
        "schema_version": 1,
        **_meta_data(meta),
        "identity": dict(pack.identity),
        **({"form_fields": dict(pack.form_fields)} if pack.form_fields else {}),
        "theme": {"text": pack.theme.text, "words": pack.theme.words},
        "boxes": boxes,
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def escape_markdown(value: str) -> str:
    """`value` shown literally by a Markdown renderer: no emphasis, links, HTML or tables."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", value)
    lines = (_LIST_NUMBER.sub(r"\1\\\2", line) for line in escaped.split("\n"))
    return "\n".join(_LINE_MARK.sub(r"\1\\\2", line) for line in lines)


def _meta_data(meta: ExportMeta) -> dict[str, object]:
    return {
        "tool": {"name": "kipp-check", "version": __version__},
        "file": meta.file,
        "lang": meta.lang.value,
        "pack": {"id": meta.pack_id, "version": meta.pack_version, "title": meta.pack_title},
    }


def _prepared(meta: ExportMeta) -> str:
    return text(
        "export.prepared",
        meta.lang,
        version=__version__,
        file=meta.file,
        pack_id=meta.pack_id,
        pack_version=meta.pack_version,
    )


def _markdown_text(box: PasteBox, lang: Lang) -> str:
    """Paragraphs as Markdown paragraphs; a list item's line ends in a hard break."""
    if not box.text:
        return f"*{text('export.empty', lang)}*"
    paragraphs = [escape_markdown(p).split("\n") for p in box.text.split("\n\n")]
    return "\n\n".join("\\\n".join(lines) for lines in paragraphs)


def _count_line(box: PasteBox, lang: Lang, weight: int | None) -> str:
    return f"*{_counts(box, lang, weight)}*"


def _counts(box: PasteBox, lang: Lang, weight: int | None = None) -> str:
    """`152 / 200 kata · bobot 30 %`, with a warning when over the limit."""
    if box.limit is None:
        parts = [text("export.count", lang, words=box.words)]
    else:
        parts = [text("export.count_limit", lang, words=box.words, limit=box.limit)]
    if box.over:
        parts.append("⚠ " + text("export.over", lang, over=box.over))
    if weight is not None:
        parts.append(text("export.weight", lang, weight=weight))
    return " · ".join(parts)
