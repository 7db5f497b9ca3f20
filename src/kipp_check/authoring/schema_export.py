"""The proposal's JSON Schema, generated from the pydantic model, for editors.

`schemas/proposal.schema.json` is this output, committed so editors (YAML
language server) can validate and complete `proposal.yaml`; `kipp-check
schema` prints the same bytes, and a test fails when the model and the
committed file drift apart. Regenerate with:

    python -m kipp_check.authoring.schema_export > schemas/proposal.schema.json

The dialect is draft-07, the newest one the YAML language server validates
fully. The schema is one pack's (`kipp-check schema --pack X`; the committed
file is the default pack's): its form's questions, letters and identity
fields, and its groups and categories as the only values `kelompok` and
`kategori` take, so an editor flags a category of another edition while the
innovator types. Editions and institution types stay *suggestions*: each is an
`anyOf` branch with a `const` (offered on completion with its label) next to
the free-text branch, since a local pack may name its own edition.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from kipp_check.i18n import Lang, text
from kipp_check.models.form import proposal_model, questions
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_pack
from kipp_check.packs.model import Pack, Sourced

SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"
_DEFS = "definitions"


def proposal_schema(pack: Pack | None = None) -> dict[str, Any]:
    """The JSON Schema of `proposal.yaml` for `pack` (default: the default pack)."""
    chosen = pack or load_pack(DEFAULT_PACK)
    schema = proposal_model(chosen).model_json_schema(
        by_alias=True, mode="validation", ref_template=f"#/{_DEFS}/{{model}}"
    )
    definitions = schema.pop("$defs")
    packs = [load_pack(pack_id) for pack_id in SHIPPED]
    properties = schema["properties"]
    editions = [(p.id, p.title, p.guideline.value) for p in packs]
    if chosen.id not in SHIPPED:
        editions.insert(0, (chosen.id, chosen.title, chosen.guideline.value))
    _suggest(properties["kompetisi"], editions)
    _only(properties["kelompok"], _groups(chosen))
    _only(properties["kategori"], _categories(chosen))
    _suggest(definitions["Institution"]["properties"]["jenis"], _institution_kinds(chosen))
    _describe_aspects(definitions, chosen)
    _describe_identity(properties, chosen)
    return {
        "$schema": SCHEMA_DIALECT,
        "$comment": text("help.schema.comment", Lang.ID),
        **schema,
        _DEFS: definitions,
    }


def proposal_schema_text(pack: Pack | None = None) -> str:
    """`proposal_schema(pack)` as stable, pretty JSON text ending in a newline."""
    schema = proposal_schema(pack)
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _suggest(prop: dict[str, Any], options: list[tuple[str, str, str]]) -> None:
    """Put `(value, title, description)` suggestions before the property's free-text branch."""
    branches = [
        {"const": value, "title": title, "description": about} for value, title, about in options
    ]
    prop["anyOf"] = [*branches, *prop["anyOf"]]


def _only(prop: dict[str, Any], options: list[tuple[str, str, str]]) -> None:
    """Make `(value, title, description)` the only values (or null) the property takes."""
    branches = [
        {"const": value, "title": title, "description": about} for value, title, about in options
    ]
    # An empty value is a gap the check reports with its fix, not a typing error.
    prop["anyOf"] = [*branches, {"const": ""}, {"type": "null"}]


def _groups(pack: Pack) -> list[tuple[str, str, str]]:
    """The pack's groups, each described with its edition."""
    return [(g.id, g.label, f"{g.label} ({pack.title})") for g in pack.groups.value]


def _categories(pack: Pack) -> list[tuple[str, str, str]]:
    return [(c.id, c.label, f"{pack.title}: {c.label}") for c in pack.categories.value]


def _institution_kinds(pack: Pack) -> list[tuple[str, str, str]]:
    kinds = [(k, text(f"label.institution.{k}", Lang.ID)) for k in pack.institution_types.value]
    return [(kind, label, label) for kind, label in kinds]


def _describe_aspects(definitions: dict[str, Any], pack: Pack) -> None:
    """Add the pack's weight and word limit to each question's description."""
    aspects = definitions["Aspects"]["properties"]
    for index, aspect in enumerate(questions(pack)):
        _append(aspects[aspect.id], pack, aspect.weight, aspect.max_words)
        heading = pack.heading_of(aspect)
        if heading is not None:
            aspects[aspect.id]["description"] = (
                f"[{heading.label}] " + aspects[aspect.id]["description"]
            )
        parts = definitions.get(f"Parts_{index}", {}).get("properties", {})
        for part in aspect.parts:
            if part.id in parts:
                _append(parts[part.id], pack, None, part.max_words)


def _describe_identity(properties: dict[str, Any], pack: Pack) -> None:
    """Give each enumerated identity field's choices their labels (offered on completion)."""
    for item in pack.identity_fields:
        prop = properties[item.id]
        if item.choices:
            branches = [{"const": c.id, "title": c.label} for c in item.choices.value]
            one: dict[str, Any] = {"anyOf": branches}
            value = {"type": "array", "items": one, "uniqueItems": True} if item.multiple else one
            prop["anyOf"] = [value, {"type": "null"}]


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
