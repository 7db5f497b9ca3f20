"""A new proposal for `kipp-check init`: every key present, each commented from the pack.

The shape of the file is the template `templates/proposal.yaml.tmpl`; what
the comments say comes from the message catalogue (what SINOVIK asks) and from
the rule pack (word limits, weights, supporting data, deadlines), so the
comments cannot drift from the rules that check the file. Template lines are
copied as they are, except for three directives, each keeping its indentation:

- `#: KEY` becomes the catalogue sentence KEY as comment lines;
- `@BLOCK [ARG]` becomes lines made from the pack (the aspects, the choices);
- `{name}` in any other line is replaced by a value (the pack ID, the group).

Every value is left empty (`""`, `[]`, nothing after the colon), so the file
validates against the schema and each empty key is a gap the check reports.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pydantic import BaseModel

from kipp_check.authoring.scaffold_form import evidence_help, help_text, identity, window
from kipp_check.authoring.schema_export import confidence_note
from kipp_check.authoring.yaml_comment import WIDTH, comment, one_line
from kipp_check.i18n import Lang, has, text
from kipp_check.i18n.render import format_date
from kipp_check.models.form import questions
from kipp_check.models.proposal import VideoContents
from kipp_check.packs.model import Aspect, Label, Pack, Sourced

_VALUE = re.compile(r"\{([a-z_]+)\}")
_PLAIN = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class _Ctx:
    pack: Pack
    group: str
    lang: Lang

    def label(self, item: Label) -> str:
        return item.label_en if self.lang is Lang.EN else item.label

    def say(self, key: str, **args: object) -> str:
        return text(key, self.lang, **args)

    def note(self, value: Sourced[Any] | None) -> str:
        """` (assumed from KIPP 2023)`, or nothing for a confirmed value."""
        note = confidence_note(value, self.lang)
        return self.say("init.note", note=note) if note else ""


def render_proposal(pack: Pack, group: str, lang: Lang, schema_ref: str) -> str:
    """The text of a new `proposal.yaml` for `group` of `pack`, commented in `lang`."""
    ctx = _Ctx(pack, group, lang)
    values = _values(ctx, schema_ref)
    template = resources.files("kipp_check.authoring").joinpath("templates/proposal.yaml.tmpl")
    out: list[str] = []
    for line in template.read_text(encoding="utf-8").splitlines():
        body = line.lstrip(" ")
        indent = line[: len(line) - len(body)]
        if body.startswith("#: "):
            out += comment(ctx.say(body[3:], **values), indent)
        elif body.startswith("@"):
            name, _, arg = body[1:].partition(" ")
            out += _BLOCKS[name](ctx, indent, arg)
        else:
            out.append(_VALUE.sub(lambda m: str(values[m.group(1)]), line))
    return "\n".join(item.rstrip() for item in out) + "\n"


def _scalar(value: str) -> str:
    """`value` as a YAML scalar: plain when it is a simple ID, else double-quoted."""
    return value if _PLAIN.fullmatch(value) else json.dumps(value, ensure_ascii=False)


def _values(ctx: _Ctx, schema_ref: str) -> dict[str, object]:
    pack = ctx.pack
    group = next((g for g in pack.groups.value if g.id == ctx.group), None)
    files = pack.files
    return {
        "schema_ref": "".join(schema_ref.split()),
        "competition": _scalar(pack.extends or pack.id),
        "group": _scalar(ctx.group),
        "group_label": ctx.label(group) if group else ctx.group,
        "pack_id": pack.id,
        "pack_title": pack.title,
        "pack_version": pack.version,
        "theme": pack.theme.value,
        "formats": ", ".join(f.upper() for f in files.formats.value),
        "max_mb": f"{files.max_bytes.value / (1024 * 1024):g}",
        "files_note": ctx.note(files.max_bytes),
        **_video_values(ctx),
    }


def _video_values(ctx: _Ctx) -> dict[str, object]:
    video = ctx.pack.video
    seconds = video.max_seconds.value
    return {
        "max_time": f"{seconds // 60}:{seconds % 60:02d}",
        "min_height": video.min_height.value,
        "language": video.language.value,
        "contents": ", ".join(video.contents.value),
        "hosts": ", ".join(video.hosts.value),
        "video_note": ctx.note(video.max_seconds),
    }


def _choices(ctx: _Ctx, indent: str, kind: str) -> list[str]:
    """The IDs a key accepts, each with its label, as an aligned comment list."""
    if kind == "groups":
        items = [(g.id, ctx.label(g)) for g in ctx.pack.groups.value]
    elif kind == "categories":
        items = [(c.id, ctx.label(c)) for c in ctx.pack.categories.value]
    else:
        items = [(k, _kind_label(k, ctx.lang)) for k in ctx.pack.institution_types.value]
    items = [(one_line(item_id), one_line(label)) for item_id, label in items]
    column = max(len(item_id) for item_id, _ in items) + 2
    lines = comment(ctx.say("init.choices"), indent)
    for item_id, label in items:
        first, *rest = textwrap.wrap(label, WIDTH - len(indent) - 4 - column) or [""]
        lines.append(f"{indent}#   {item_id.ljust(column)}{first}")
        lines += [f"{indent}#   {' ' * column}{more}" for more in rest]
    return lines


def _kind_label(kind: str, lang: Lang) -> str:
    key = f"label.institution.{kind}"
    return text(key, lang) if has(key) else kind


def _min_age(ctx: _Ctx, indent: str, _arg: str) -> list[str]:
    years = ctx.pack.min_age_years.value.get(ctx.group)
    closes_on = ctx.pack.submission.closes
    if years is None:
        return []
    if closes_on is None:
        message = ctx.say(
            "init.min_age_unknown",
            pack_title=ctx.pack.title,
            years=years,
            note=ctx.note(ctx.pack.min_age_years),
        )
        return comment(message, indent)
    closes = format_date(closes_on.value, ctx.lang)
    message = ctx.say(
        "init.min_age",
        pack_title=ctx.pack.title,
        years=years,
        closes=closes,
        note=ctx.note(ctx.pack.min_age_years),
    )
    return comment(message, indent)


def _aspects(ctx: _Ctx, indent: str, _arg: str) -> list[str]:
    """One commented key per aspect the group answers, numbered in the form's order."""
    asked = ctx.pack.aspects_for(ctx.group)
    # A question asked of several groups has one shape in the model (its parts merged).
    shapes = {question.id: question for question in questions(ctx.pack)}
    lines: list[str] = []
    heading_shown: str | None = None
    for number, aspect in enumerate(asked, start=1):
        if number > 1:
            lines.append("")
        section = ctx.pack.heading_of(aspect)
        if section is not None and section.id != heading_shown:
            heading_shown = section.id
            lines += comment(ctx.say("init.section", label=ctx.label(section)), indent)
        facts = _facts(ctx, aspect.weight, None if aspect.parts else aspect.max_words)
        heading = ctx.say(
            "init.aspect.heading", number=number, label=ctx.label(aspect), facts=facts
        )
        hang = " " * (len(str(number)) + 2)
        lines += comment(heading, indent, hang=hang)
        about = (
            f"{help_text(ctx, aspect) or ctx.say('field.question')}\n{_evidence_line(ctx, aspect)}"
        )
        lines += comment(about, indent, lead=hang)
        if shapes[aspect.id].parts:
            lines.append(f"{indent}{aspect.id}:")
            lines += _parts(ctx, indent + "  ", shapes[aspect.id], aspect)
        else:
            lines.append(f"{indent}{aspect.id}: |")
    return lines


def _parts(ctx: _Ctx, indent: str, shape: Aspect, aspect: Aspect) -> list[str]:
    """The answer boxes of a question answered in parts; headed where this group asks them."""
    own = {part.id for part in aspect.parts}
    lines: list[str] = []
    for part in shape.parts:
        if lines:
            lines.append("")
        lead = ""
        if part.id in own:
            facts = _facts(ctx, None, part.max_words)
            heading = ctx.say("init.part.heading", label=ctx.label(part), facts=facts)
            lines += comment(heading, indent, hang="  ")
            lead = "  "
        lines += comment(help_text(ctx, part) or ctx.say("field.question"), indent, lead=lead)
        lines.append(f"{indent}{part.id}: |")
    return lines


def _evidence_line(ctx: _Ctx, aspect: Aspect) -> str:
    needed = aspect.supporting_data
    if needed is None and not aspect.evidence_help:
        return ctx.say("init.evidence.none", note=ctx.note(needed))
    if needed is None:
        return ctx.say("init.evidence.optional", aspect=aspect.id)
    key = "init.evidence.needed" if needed.value else "init.evidence.none"
    return ctx.say(key, note=ctx.note(needed), aspect=aspect.id)


def _evidence(ctx: _Ctx, indent: str, _arg: str) -> list[str]:
    """One list per aspect that takes supporting data, with what fits there."""
    lines: list[str] = []
    for aspect in ctx.pack.aspects_for(ctx.group):
        needed = aspect.supporting_data
        if (needed is None and not aspect.evidence_help) or (
            needed is not None and not needed.value
        ):
            continue
        need = (
            ctx.say("init.need.required", note=ctx.note(needed))
            if needed is not None
            else ctx.say("init.need.optional")
        )
        if lines:
            lines.append("")
        heading = ctx.say("init.evidence.heading", label=ctx.label(aspect), need=need)
        lines += comment(heading, indent, hang="  ")
        about = evidence_help(ctx, aspect) or ctx.say("field.data_dukung.generic")
        lines += comment(about, indent, lead="  ")
        lines.append(f"{indent}{aspect.id}: []")
    return lines


def _documents(ctx: _Ctx, indent: str, _arg: str) -> list[str]:
    lines: list[str] = []
    for document in ctx.pack.required_documents:
        if not document.asked_of(ctx.group):
            continue
        if lines:
            lines.append("")
        note = ctx.note(document.required)
        heading = ctx.say("init.document.heading", label=ctx.label(document), note=note)
        lines += comment(heading, indent, hang="  ")
        about = help_text(ctx, document) or ctx.say("field.dokumen.generic")
        lines += comment(about, indent, lead="  ")
        lines.append(f'{indent}{document.id}: ""')
    return lines


def _video_contents(ctx: _Ctx, indent: str, _arg: str) -> list[str]:
    lines: list[str] = []
    for item in ctx.pack.video.contents.value:
        if item in _keys(VideoContents):
            lines += comment(ctx.say(f"field.video.isi.{item}"), indent)
            lines.append(f"{indent}{item}:")
    return lines


def _facts(ctx: _Ctx, weight: Sourced[int] | None, limit: Sourced[int] | None) -> str:
    """` · weight 10 % · at most 300 words (assumed from KIPP 2023)`: one note when they agree."""
    parts = []
    if weight is not None:
        parts.append((ctx.say("help.weight", weight=weight.value), ctx.note(weight)))
    if limit is not None:
        parts.append((ctx.say("help.word_limit", limit=limit.value), ctx.note(limit)))
    if len({note for _, note in parts}) == 1:
        return "".join(f" · {fact}" for fact, _ in parts) + parts[0][1]
    return "".join(f" · {fact}{note}" for fact, note in parts)


def _keys(model: type[BaseModel]) -> list[str]:
    """The YAML keys of `model`, in the model's order."""
    return [info.alias or name for name, info in model.model_fields.items()]


_BLOCKS: dict[str, Callable[[_Ctx, str, str], list[str]]] = {
    "choices": _choices,
    "min_age": _min_age,
    "window": window,
    "identity": identity,
    "aspects": _aspects,
    "evidence": _evidence,
    "documents": _documents,
    "video_contents": _video_contents,
}
