"""The proposal's JSON Schema, generated from the pydantic model, for editors.

`schemas/proposal.schema.json` is this output, committed so editors (YAML
language server) can validate and complete `proposal.yaml`; `kipp-check
schema` prints the same bytes, and a test fails when the model and the
committed file drift apart. Regenerate with:

    python -m kipp_check.schema_export > schemas/proposal.schema.json

The dialect is draft-07, the newest one the YAML language server validates
fully. The schema is pack-independent (any edition's IDs validate), but it
*suggests* the shipped packs' editions and groups and the default pack's
categories and institution types: each suggestion is an `anyOf` branch with a
`const`, which the language server offers on completion with its label as the
documentation, next to the free-text branch that keeps validation unchanged.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from kipp_check.i18n import Lang, text
from kipp_check.models.proposal import Proposal
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_pack
from kipp_check.packs.model import Aspect, Pack, Sourced

SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"
_DEFS = "definitions"


def proposal_schema() -> dict[str, Any]:
    """The JSON Schema of `proposal.yaml`, keyed by the YAML (Indonesian) names."""
    schema = Proposal.model_json_schema(
        by_alias=True, mode="validation", ref_template=f"#/{_DEFS}/{{model}}"
    )
    definitions = schema.pop("$defs")
    packs = [load_pack(pack_id, lang=Lang.ID) for pack_id in SHIPPED]
    default = load_pack(DEFAULT_PACK, lang=Lang.ID)
    properties = schema["properties"]
    _suggest(properties["kompetisi"], [(p.id, p.title, p.guideline.value) for p in packs])
    _suggest(properties["kelompok"], _groups(packs))
    _suggest(properties["kategori"], _categories(default))
    _suggest(definitions["Institution"]["properties"]["jenis"], _institution_kinds(default))
    _describe_aspects(definitions, default)
    return {
        "$schema": SCHEMA_DIALECT,
        "$comment": text("help.schema.comment", Lang.ID),
        **schema,
        _DEFS: definitions,
    }


def proposal_schema_text() -> str:
    """`proposal_schema()` as stable, pretty JSON text ending in a newline."""
    return json.dumps(proposal_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _suggest(prop: dict[str, Any], options: list[tuple[str, str, str]]) -> None:
    """Put `(value, title, description)` suggestions before the property's free-text branch."""
    branches = [
        {"const": value, "title": title, "description": about} for value, title, about in options
    ]
    prop["anyOf"] = [*branches, *prop["anyOf"]]


def _groups(packs: list[Pack]) -> list[tuple[str, str, str]]:
    """Every shipped edition's groups, each with the editions that run it."""
    editions: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for pack in sorted(packs, key=lambda p: p.year, reverse=True):
        for group in pack.groups.value:
            editions.setdefault(group.id, []).append(pack.title)
            labels.setdefault(group.id, group.label)
    return [
        (gid, labels[gid], f"{labels[gid]} ({', '.join(eds)})") for gid, eds in editions.items()
    ]


def _categories(pack: Pack) -> list[tuple[str, str, str]]:
    return [(c.id, c.label, f"{pack.title}: {c.label}") for c in pack.categories.value]


def _institution_kinds(pack: Pack) -> list[tuple[str, str, str]]:
    kinds = [(k, text(f"label.institution.{k}", Lang.ID)) for k in pack.institution_types.value]
    return [(kind, label, label) for kind, label in kinds]


def _describe_aspects(definitions: dict[str, Any], pack: Pack) -> None:
    """Add the default pack's weight and word limit to each aspect's description."""
    aspects = definitions["Aspects"]["properties"]
    parts = definitions["Adaptability"]["properties"]
    first: dict[str, Aspect] = {}
    for aspect in pack.aspects:
        first.setdefault(aspect.id, aspect)
    for aspect in first.values():
        if aspect.id in aspects:
            _append(aspects[aspect.id], pack, aspect.weight, aspect.max_words)
        for part in aspect.parts:
            if part.id in parts:
                _append(parts[part.id], pack, None, part.max_words)


def _append(
    prop: dict[str, Any], pack: Pack, weight: Sourced[int] | None, limit: Sourced[int] | None
) -> None:
    facts = []
    if weight is not None:
        facts.append(text("help.weight", Lang.ID, weight=weight.value))
    if limit is not None:
        facts.append(text("help.word_limit", Lang.ID, limit=limit.value))
    if facts:
        note = confidence_note(weight or limit, Lang.ID)
        joined = ", ".join(facts) + (f" ({note})" if note else "")
        prop["description"] += " " + text(
            "help.schema.pack_facts", Lang.ID, pack=pack.title, facts=joined
        )


def confidence_note(value: Sourced[Any] | None, lang: Lang) -> str:
    """A short note on how sure the pack is of `value`; empty when it is confirmed."""
    if value is None or value.confidence.value == "confirmed":
        return ""
    if value.confidence.value == "reported":
        return text("help.note.reported", lang)
    if value.assumed_from:
        return text("help.note.assumed_from", lang, edition=value.assumed_from)
    return text("help.note.assumed", lang)


if __name__ == "__main__":
    sys.stdout.write(proposal_schema_text())
