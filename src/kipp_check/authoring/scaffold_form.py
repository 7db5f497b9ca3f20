"""`kipp-check init` blocks for the parts of the form a pack defines beyond the 2023 layout.

The registration window (or that it is not announced), the pack's identity fields
with their choices, and the pack's own help texts: `scaffold` renders them through
its template directives `@window` and `@identity`.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from kipp_check.authoring.yaml_comment import WIDTH, comment, one_line
from kipp_check.i18n import Lang
from kipp_check.i18n.render import format_date, say
from kipp_check.packs.model import Aspect, Choice, Described
from kipp_check.pipeline.deadline import deadline_moment

if TYPE_CHECKING:
    from kipp_check.authoring.scaffold import _Ctx as Ctx


def window(ctx: Ctx, indent: str, _arg: str) -> list[str]:
    """The registration window, or that it is not announced (never a guessed date)."""
    opens = ctx.pack.submission.opens
    if opens is None or not ctx.pack.window_known:
        return comment(ctx.say("init.window_unknown", pack_title=ctx.pack.title), indent)
    deadline = say(deadline_moment(ctx.pack, None), ctx.lang)
    message = ctx.say(
        "init.window",
        pack_title=ctx.pack.title,
        opens=format_date(opens.value, ctx.lang),
        deadline=deadline,
    )
    return comment(message, indent)


def identity(ctx: Ctx, indent: str, _arg: str) -> list[str]:
    """The pack's identity fields beyond the common core, each with its choices."""
    lines: list[str] = []
    for item in ctx.pack.identity_fields:
        if item.groups is not None and ctx.group not in item.groups:
            continue
        lines.append("")
        note = ctx.note(item.required) if item.required.value else ""
        heading = ctx.say("init.identity.heading", label=ctx.label(item), note=note)
        lines += comment(heading, indent)
        lines += comment(help_text(ctx, item) or ctx.say("field.identity"), indent)
        if item.choices:
            choices = item.choices.value
            items = [(one_line(str(c.id)), one_line(_choice(ctx, c))) for c in choices]
            column = max(len(choice_id) for choice_id, _ in items) + 2
            lines += comment(ctx.say("init.choices"), indent)
            for choice_id, label in items:
                first, *rest = textwrap.wrap(label, WIDTH - len(indent) - 4 - column) or [""]
                lines.append(f"{indent}#   {choice_id.ljust(column)}{first}")
                lines += [f"{indent}#   {' ' * column}{more}" for more in rest]
        empty = " []" if item.multiple else (' ""' if item.type == "text" else "")
        lines.append(f"{indent}{item.id}:{empty}")
    return lines


def _choice(ctx: Ctx, choice: Choice) -> str:
    return choice.label_en if ctx.lang is Lang.EN else choice.label


def help_text(ctx: Ctx, item: Described) -> str:
    """What the form asks for `item`, in the report's language (the pack's own words)."""
    return (item.help_en or item.help) if ctx.lang is Lang.EN else item.help


def evidence_help(ctx: Ctx, aspect: Aspect) -> str:
    """What fits in `data_dukung.<id>`, in the report's language (the pack's own words)."""
    if ctx.lang is Lang.EN:
        return aspect.evidence_help_en or aspect.evidence_help
    return aspect.evidence_help
