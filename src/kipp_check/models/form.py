"""The proposal model of one rule pack: its questions, letters and identity fields as fields.

The form changes between editions (KIPP 2023: eight aspects; the 2026 regional
form: nine questions under four aspects), so no Python class lists a form's
questions: `proposal_model(pack)` builds, with pydantic's `create_model`, a
subclass of `Proposal` whose `proposal`, `data_dukung` and `dokumen` mappings
have exactly the pack's keys, in the pack's order, plus the pack's identity
fields at the top level. It stays strict (no coercion, unknown keys refused),
so "did you mean" suggestions come from the pack's own keys. Models are
cached per pack, so a batch of proposals builds each once.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from kipp_check.i18n import Lang, text
from kipp_check.models.proposal import Proposal, Strict
from kipp_check.models.text import IsoDate, ShortText, Text
from kipp_check.packs.model import Aspect, IdentityField, Pack

_CACHE: dict[str, type[Proposal]] = {}
_BY_OBJECT: dict[int, tuple[Pack, type[Proposal]]] = {}


def proposal_model(pack: Pack) -> type[Proposal]:
    """The strict proposal model of `pack`'s form, built once per distinct form."""
    held = _BY_OBJECT.get(id(pack))
    if held is not None and held[0] is pack:
        return held[1]
    key = form_fingerprint(pack)
    model = _CACHE.get(key)
    if model is None:
        model = _build(pack)
        _CACHE[key] = model
    _BY_OBJECT[id(pack)] = (pack, model)
    return model


def form_fingerprint(pack: Pack) -> str:
    """The parts of `pack` that shape its model (two packs with one form share a model)."""
    form = pack.model_dump(
        mode="json",
        include={"id", "groups", "categories", "aspects", "identity_fields", "required_documents"},
    )
    return json.dumps(form, sort_keys=True, ensure_ascii=False)


def questions(pack: Pack) -> list[Aspect]:
    """Each question id once, in the form's order; parts merged across groups."""
    first: dict[str, Aspect] = {}
    for aspect in pack.aspects:
        seen = first.get(aspect.id)
        if seen is None:
            first[aspect.id] = aspect
        else:
            known = {p.id for p in seen.parts}
            extra = [p for p in aspect.parts if p.id not in known]
            first[aspect.id] = seen.model_copy(update={"parts": [*seen.parts, *extra]})
    return list(first.values())


def _config(title: str, description: str) -> ConfigDict:
    return ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        hide_input_in_errors=True,
        populate_by_name=False,
        title=title,
        json_schema_extra={"description": description},
    )


def _optional(annotation: Any, alias: str, description: str, example: Any = None) -> Any:
    examples = [example] if example is not None else None
    return (annotation | None, Field(None, alias=alias, description=description, examples=examples))


def _about(item_help: str, fallback_key: str) -> str:
    return item_help or text(fallback_key, Lang.ID)


def _build(pack: Pack) -> type[Proposal]:
    """`Proposal` with the pack's form in place of the generic mappings."""
    asked = questions(pack)
    fields: dict[str, Any] = {
        "aspects": _optional(_answers(asked), "proposal", text("field.proposal", Lang.ID)),
        "supporting_data": _optional(
            _evidence(asked), "data_dukung", text("field.data_dukung", Lang.ID)
        ),
        "documents": _optional(_letters(pack), "dokumen", text("field.dokumen", Lang.ID)),
    }
    for index, item in enumerate(pack.identity_fields):
        fields[f"identity_{index}"] = _optional(
            _identity_type(item), item.id, _about(item.help, "field.identity"), item.example
        )
    model = create_model(
        "Proposal",
        __base__=Proposal,
        __doc__=Proposal.__doc__,
        **fields,
    )
    return model


def _answers(asked: list[Aspect]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for index, aspect in enumerate(asked):
        about = _about(aspect.help, "field.question")
        if aspect.parts:
            parts = {
                f"part_{n}": _optional(Text, part.id, _about(part.help, "field.question"))
                for n, part in enumerate(aspect.parts)
            }
            nested = create_model(
                f"Parts_{index}",
                __base__=Strict,
                **parts,
            )
            nested.model_config.update(_config(aspect.label, about))
            nested.model_rebuild(force=True)
            fields[f"question_{index}"] = _optional(nested, aspect.id, about)
        else:
            fields[f"question_{index}"] = _optional(Text, aspect.id, about)
    return _mapping("Aspects", text("field.proposal.title", Lang.ID), "field.proposal", fields)


def _evidence(asked: list[Aspect]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for index, aspect in enumerate(asked):
        if aspect.supporting_data is None and not aspect.evidence_help:
            continue
        about = _about(aspect.evidence_help, "field.data_dukung.generic")
        example = [f"lampiran/{aspect.id.replace('_', '-')}.pdf"]
        fields[f"evidence_{index}"] = _optional(list[ShortText], aspect.id, about, example)
    title = text("field.data_dukung.title", Lang.ID)
    return _mapping("SupportingData", title, "field.data_dukung", fields)


def _letters(pack: Pack) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for index, document in enumerate(pack.required_documents):
        about = _about(document.help, "field.dokumen.generic")
        fields[f"letter_{index}"] = _optional(
            ShortText, document.id, about, document.example or None
        )
    return _mapping("Documents", text("field.dokumen.title", Lang.ID), "field.dokumen", fields)


def _mapping(name: str, title: str, about_key: str, fields: dict[str, Any]) -> type[BaseModel]:
    model = create_model(name, __base__=Strict, **fields)
    model.model_config.update(_config(title, text(about_key, Lang.ID)))
    model.model_rebuild(force=True)
    return model


def _identity_type(item: IdentityField) -> Any:
    """The value type of an identity field: text, date, yes/no, or one of its choices."""
    one: Any
    if item.type == "enum":
        choices = item.choices.value if item.choices else []
        one = Literal[tuple(choice.id for choice in choices)]
    elif item.type == "date":
        one = IsoDate
    elif item.type == "yes_no":
        one = bool
    else:
        one = ShortText
    return list[one] if item.multiple else one
