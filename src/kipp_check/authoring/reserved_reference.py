"""The reserved codes KC000–KC006 in the rule documentation: `rules`, `explain` and `docs/rules.md`.

A broken proposal file produces these codes (a YAML syntax error, a schema
error, a duplicate key, a crashed rule, an unreadable file, a YAML feature
kipp-check refuses, an unusable waiver comment), so a user meets them first
and must be able to look them up like any rule. They are not rules: no
docstring, no example, and they can be neither selected, ignored nor waived.
Their titles and descriptions are the catalogue's `reserved.*` entries, which
the SARIF rule metadata already uses.
"""

from __future__ import annotations

import textwrap

from kipp_check.i18n import Lang, text
from kipp_check.models.reserved import RESERVED

_WIDTH = 88


def is_reserved(ref: str) -> bool:
    """Whether `ref` names a reserved code, in any case."""
    return ref.strip().upper() in RESERVED


def reserved_rows(lang: Lang) -> list[dict[str, str]]:
    """One `rules` table row per reserved code, with the columns of the rules' rows."""
    return [
        {
            "id": code,
            "criterion": text("rules.criterion.berkas", lang),
            "severity": text(f"severity.{severity.value}", lang),
            "title": text(f"reserved.{code}", lang),
            "confidence": text("reserved.confidence", lang),
            "source": "—",
        }
        for code, severity in RESERVED.items()
    ]


def render_reserved_explain(ref: str, lang: Lang) -> str:
    """`kipp-check explain KC001`: what the code means, why it matters, how to fix it."""
    code = ref.strip().upper()
    row = next(r for r in reserved_rows(lang) if r["id"] == code)
    out = [f"{code} · {row['title']}"]
    out += [
        f"{text(f'rules.col.{column}', lang):<11} {row[column]}"
        for column in ("criterion", "severity", "confidence")
    ]
    for heading, paragraph in _sections(code, lang):
        out += ["", heading]
        out += textwrap.wrap(paragraph, _WIDTH, initial_indent="  ", subsequent_indent="  ")
    return "\n".join(out) + "\n"


def reserved_reference(lang: Lang) -> list[str]:
    """The reserved codes' part of `docs/rules.md`: one section per code."""
    out = ["", f"## {text('reserved.heading', lang)}", "", text("reserved.intro", lang)]
    for row in reserved_rows(lang):
        code = row["id"]
        facts = " · ".join(
            f"**{text(f'rules.col.{c}', lang)}** {row[c]}"
            for c in ("criterion", "severity", "confidence")
        )
        out += ["", f'<a id="{code.lower()}"></a>', "", f"### {code} · {row['title']}", "", facts]
        out += [f"**{heading}.** {paragraph}" for heading, paragraph in _sections(code, lang)]
    return out


def _sections(code: str, lang: Lang) -> list[tuple[str, str]]:
    return [
        (text("explain.checks", lang), text(f"reserved.{code}.help", lang)),
        (text("explain.why", lang), text("reserved.why", lang)),
        (text("explain.fix", lang), text("reserved.fix", lang)),
    ]
