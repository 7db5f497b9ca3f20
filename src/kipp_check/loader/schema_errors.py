"""Turn pydantic's validation errors into findings at the line the user wrote.

pydantic's `loc` uses the YAML keys (aliases), so it is directly a source-map
path. Messages are built from the error type only (never from the input, which
may be long or secret), with a hint when YAML's implicit typing is the cause:
an unquoted `0812…` read as a number, `no` where true/false is wanted.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import types
import typing

from pydantic import BaseModel, ValidationError

from kipp_check.i18n import has
from kipp_check.loader.source_map import SourceMap
from kipp_check.models.phrase import Phrase, Value
from kipp_check.models.reserved import SCHEMA
from kipp_check.models.results import DocPath, Finding, Severity
from kipp_check.pipeline.findings import format_path, make_finding

_EXPECTED = {
    "string_type": "type.text",
    "bool_type": "type.bool",
    "date_type": "type.date",
    "int_type": "type.int",
    "list_type": "type.list",
    "model_type": "type.mapping",
    "dict_type": "type.mapping",
    "model_attributes_type": "type.mapping",
}


def schema_findings(
    error: ValidationError,
    *,
    model: type[BaseModel],
    data: object,
    source_map: SourceMap,
    file: str,
    limit: int,
) -> list[Finding]:
    """One `KC001` finding per validation error, at most `limit`, then one that counts the rest."""
    findings: list[Finding] = []
    details = error.errors(include_input=False, include_url=False)
    for detail in details[:limit]:
        path: DocPath = tuple(detail["loc"])
        kind = detail["type"]
        args = _args(kind, path, detail.get("ctx") or {}, model, data, source_map)
        key = f"schema.{kind}" if has(f"schema.{kind}") else "schema.other"
        span = source_map.key_span(path) if kind == "extra_forbidden" else None
        findings.append(
            make_finding(
                SCHEMA,
                Severity.ERROR,
                key,
                file=file,
                path=path,
                span=span or source_map.lookup(path),
                fields=args,
            )
        )
    if len(details) > limit:
        findings.append(
            make_finding(
                SCHEMA,
                Severity.ERROR,
                "schema.more",
                file=file,
                span=source_map.lookup(()),
                count=len(details) - limit,
            )
        )
    return findings


def _args(
    kind: str,
    path: DocPath,
    ctx: dict[str, object],
    model: type[BaseModel],
    data: object,
    source_map: SourceMap,
) -> dict[str, Value]:
    where = format_path(path) or "(root)"
    args: dict[str, Value] = {"where": where, "key": str(path[-1]) if path else ""}
    if kind == "extra_forbidden":  # named by where it stands: its parent, or the top level
        parent = format_path(path[:-1])
        args["where"] = f"`{parent}`" if parent else Phrase("schema.top_level")
        allowed = allowed_keys(model, path[:-1])
        guess = difflib.get_close_matches(str(path[-1]), allowed, n=1, cutoff=0.6)
        args["hint"] = Phrase.of("schema.hint.did_you_mean", guess=guess[0]) if guess else ""
        args["allowed"] = ", ".join(allowed)
    elif kind in _EXPECTED:
        args["expected"] = Phrase(_EXPECTED[kind])
        args["got"] = Phrase(_type_key(_value_at(data, path)))
        args["hint"] = _quoting_hint(kind, path, source_map)
    args.update({name: str(value) for name, value in ctx.items()})
    if kind in ("literal_error", "enum") and "expected" in ctx:
        args["expected"] = _choices_in(str(ctx["expected"]))
    return args


def _choices_in(expected: str) -> Value:
    """pydantic's English `'a', 'b' or 'c'` as `'a', 'b' atau 'c'` in the user's language."""
    choices = re.findall(r"'[^']*'", expected)
    if len(choices) < 2:
        return expected
    return Phrase.of(
        "phrase.choices",
        items=", ".join(choices[:-1]),
        word=Phrase("schema.choice_or"),
        last=choices[-1],
    )


def _quoting_hint(kind: str, path: DocPath, source_map: SourceMap) -> Value:
    scalar = source_map.scalar(path)
    if scalar is None or not scalar.plain:
        return ""
    written = scalar.text[:40]
    if kind == "string_type":
        return Phrase.of("schema.hint.quote", written=written)
    if kind == "bool_type" and scalar.yaml11 in ("true", "false"):
        return Phrase.of("schema.hint.bool", written=written, meant=scalar.yaml11)
    return ""


def _value_at(data: object, path: DocPath) -> object:
    for part in path:
        in_list = isinstance(data, list) and isinstance(part, int) and part < len(data)
        if (isinstance(data, dict) and part in data) or in_list:
            data = data[part]  # type: ignore[index]
        else:
            return None
    return data


def _type_key(value: object) -> str:
    if value is None:
        return "type.empty"
    if isinstance(value, bool):
        return "type.bool"
    if isinstance(value, int | float):
        return "type.number"
    if isinstance(value, dt.date):
        return "type.date"
    if isinstance(value, str):
        return "type.text"
    if isinstance(value, list):
        return "type.list"
    return "type.mapping"


def allowed_keys(model: type[BaseModel], path: DocPath) -> list[str]:
    """The YAML keys the model accepts at `path` (used for "did you mean")."""
    current: type[BaseModel] | None = model
    for part in path:
        if current is None:
            return []
        if isinstance(part, int):
            continue
        field = next((f for n, f in current.model_fields.items() if (f.alias or n) == part), None)
        current = _model_in(field.annotation) if field else None
    if current is None:
        return []
    return [f.alias or n for n, f in current.model_fields.items()]


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list) or origin is typing.Annotated:
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None
