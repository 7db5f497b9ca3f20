"""Rule packs: one KIPP edition's rules as data, and the loader that picks one.

A pack is named by a shipped ID (`kipp-2025`, `kipp-2023`, or the shorthand
`2025`, `2023`) or by the path of a local pack file. A ref ending in `.yaml` or
`.yml`, or containing a slash, is a path; anything else is an ID. The shipped
IDs are the package's `kipp-YYYY.yaml` files. An edition known not to exist
(2024, listed in `editions.yaml`) is refused with its announcement rather than
a bare "unknown pack". `load_edition`, used by the check, also accepts a
`kipp-YYYY` that is not shipped and stands the newest earlier pack in for it
(`kipp_check.packs.editions`); `load_pack` names the pack to write instead.

A local pack lets a coordinator tighten the national rules without forking
them, e.g. a province's internal deadline or a stricter file limit::

    # pemprov-x.yaml
    extends: kipp-2025            # required: a shipped pack
    title: KIPP 2025, tenggat internal Pemprov X
    sources:                      # merged with the base pack's sources
      biro-org:
        title: "Biro Organisasi Pemprov X: surat edaran seleksi awal KIPP 2025"
        url: https://biroorganisasi.example.go.id/kipp-2025
    submission:
      closes: {value: 2025-05-20, source: biro-org, confidence: confirmed}
    files:
      max_bytes: {value: 1048576, source: biro-org, confidence: confirmed}

A local pack may describe another edition (`year: 2027` on `extends:
kipp-2026`, as `kipp-check pack new` writes): every value it does not restate
is then carried over from the base as an assumption, and the base's window is
dropped, so nothing of one year is claimed confirmed for another.

Layering: mappings are merged key by key; lists and scalars replace the
base's wholesale (to change one aspect, repeat the whole `aspects` list). A
sourced value (a mapping with `value`) and a `sources` entry are replaced
whole too, so an override never inherits the base's source or confidence: it
must bring its own `source:` (an ID in its own or the base's `sources`) and
`confidence:`. `id` defaults to the file name without its extension and
`version` to the base's version plus `+local`. The merged result is validated
with the same `Pack` model as the shipped packs, and any problem is a
`UsageError` pointing at `file:line:col` in the local file, with how to fix it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from kipp_check.errors import UsageError, fix_of
from kipp_check.loader.source_map import SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.phrase import Label, Phrase, Value
from kipp_check.models.results import DocPath, Finding, Severity, Span, location
from kipp_check.options import Limits
from kipp_check.packs.editions import (
    EditionChoice,
    carried_over,
    newest_pack_id,
    no_editions,
    read_shipped,
    requested_year,
    shipped_ids,
    stand_in_for,
    year_of,
)
from kipp_check.packs.model import Pack
from kipp_check.pipeline.findings import format_path
from kipp_check.trust.root import confine, repository_root, shown_path

__all__ = [
    "DEFAULT_PACK",
    "SHIPPED",
    "EditionChoice",
    "Pack",
    "load_edition",
    "load_pack",
    "newest_pack_id",
]

SHIPPED: tuple[str, ...] = shipped_ids()
"""The editions shipped inside the package, oldest first; 2024 had no competition."""

DEFAULT_PACK = "kipp-2025"

_SHORTHAND = {str(year_of(pack_id)): pack_id for pack_id in SHIPPED}
_PATH_SUFFIXES = (".yaml", ".yml")
_NOT_A_MAPPING = frozenset({"loader.empty", "loader.root_list", "loader.root_scalar"})
"""YAML loader findings whose proposal wording would mislead about a pack file."""

_DETAIL_KEYS = {
    "date_type": "pack.invalid.date",
    "date_parsing": "pack.invalid.date",
    "date_from_datetime_parsing": "pack.invalid.date",
    "date_from_datetime_inexact": "pack.invalid.date",
    "int_type": "pack.invalid.int",
    "int_parsing": "pack.invalid.int",
    "int_from_float": "pack.invalid.int",
    "bool_type": "pack.invalid.bool",
    "bool_parsing": "pack.invalid.bool",
    "string_type": "pack.invalid.text",
    "list_type": "pack.invalid.list",
    "dict_type": "pack.invalid.mapping",
    "model_type": "pack.invalid.mapping",
    "model_attributes_type": "pack.invalid.mapping",
    "enum": "pack.invalid.choice",
    "literal_error": "pack.invalid.choice",
}
"""Pydantic error types we can say in the user's language; others keep pydantic's wording."""


def load_pack(ref: str, *, base_dir: Path | None = None) -> Pack:
    """Return the pack named by `ref`: a shipped ID, or a local pack file.

    A relative path is read from `base_dir` (default: the working directory).
    Raises `UsageError` for anything the user must fix.
    """
    if _is_path(ref):
        return _load_local(ref, base_dir=base_dir)
    return _shipped(_resolve_id(ref, unknown_key="pack.unknown"))


def load_edition(ref: str, *, base_dir: Path | None = None) -> tuple[Pack, EditionChoice]:
    """The pack to check against for `ref`, and what was asked for and used.

    As `load_pack`, except that a `kipp-YYYY` with no shipped pack is checked
    against the newest shipped pack of an earlier year, carried over (see
    `kipp_check.packs.editions`). A year older than every shipped pack, an
    edition known not to exist and anything else unknown are `UsageError`s.
    """
    if _is_path(ref):
        pack = _load_local(ref, base_dir=base_dir)
        return pack, EditionChoice(requested=pack.id, used=pack.id)
    year = requested_year(ref)
    key = _SHORTHAND.get(ref.strip().lower(), ref.strip().lower())
    if year is None or key in SHIPPED or year in no_editions():
        pack = _shipped(_resolve_id(ref, unknown_key="pack.unknown"))
        return pack, EditionChoice(requested=pack.id, used=pack.id)
    used = stand_in_for(year)
    if used is None:
        raise _usage("pack.no_earlier", ref=ref, oldest=SHIPPED[0])
    return stand_in(used, year), EditionChoice(f"kipp-{year}", used, stand_in=True)


@cache
def stand_in(pack_id: str, year: int) -> Pack:
    """Shipped pack `pack_id` carried over to stand in for the edition of `year`."""
    data = _shipped_data(pack_id)
    return Pack.model_validate(carried_over(data, str(data["title"])))


def _is_path(ref: str) -> bool:
    return ref.lower().endswith(_PATH_SUFFIXES) or "/" in ref or "\\" in ref


def _resolve_id(ref: str, *, unknown_key: str, where: str = "") -> str:
    """The canonical shipped ID for `ref`, or a `UsageError` that says what to use instead."""
    key = ref.strip().lower()
    key = _SHORTHAND.get(key, key)
    if key in SHIPPED:
        return key
    year = requested_year(key)
    missing = no_editions().get(year) if year is not None else None
    if missing is not None:
        raise _usage(
            "pack.no_edition",
            where=where,
            year=missing.year,
            reason=Label(missing.reason, missing.reason_en),
            announcement=missing.announcement,
            date=missing.date.isoformat(),
            newest=SHIPPED[-1],
        )
    if year is not None and unknown_key == "pack.unknown":
        raise _usage("pack.not_shipped", where=where, ref=ref, newest=SHIPPED[-1])
    hint: Phrase | None = None
    for close in difflib.get_close_matches(key, [*SHIPPED, *_SHORTHAND], n=1, cutoff=0.6):
        hint = Phrase.of("pack.did_you_mean", suggestion=_SHORTHAND.get(close, close))
    raise _usage(
        unknown_key,
        where=where,
        extra=hint,
        ref=ref,
        available=", ".join(SHIPPED),
    )


def _shipped_data(pack_id: str) -> dict[str, Any]:
    """The raw mapping of a shipped pack, parsed once per process. Callers must not mutate it."""
    return read_shipped(f"{pack_id}.yaml")


@cache
def _shipped(pack_id: str) -> Pack:
    """A validated shipped pack; cached so a batch of proposals shares one instance."""
    return Pack.model_validate(_shipped_data(pack_id))


def _load_local(ref: str, *, base_dir: Path | None) -> Pack:
    """Read, layer and validate a local pack; every problem is a `UsageError` at its line."""
    data, source_map = _read_local(ref, base_dir=base_dir)

    def at(path: DocPath) -> str:
        return location(ref, source_map.lookup(path))

    if data.get("extends") is None:
        raise _usage("pack.extends_missing", where=at(()))
    base_id = _resolve_id(
        str(data["extends"]), unknown_key="pack.extends_unknown", where=at(("extends",))
    )
    base_data = _shipped_data(base_id)
    defaults = {"id": Path(ref).stem, "version": f"{base_data['version']}+local"}
    if data.get("year") not in (None, base_data["year"]):
        # Another edition described on top of this one: what it does not restate is only
        # carried over (assumed), and the base's window is not this edition's.
        base_data = carried_over(base_data, str(base_data["title"]))
    merged = _overlay({**base_data, **defaults}, data)
    merged["extends"] = base_id

    known = merged["sources"] if isinstance(merged.get("sources"), dict) else {}
    for owner, source in _source_refs(data, ()):
        if source not in known:
            field = format_path(owner)
            where = at((*owner, "source"))
            raise _usage("pack.source_unknown", where=where, source=source, field=field)
    try:
        return Pack.model_validate(merged)
    except ValidationError as exc:
        raise _invalid(exc, ref, source_map, base_id) from exc


def _read_local(ref: str, *, base_dir: Path | None) -> tuple[dict[str, Any], SourceMap]:
    """The local file's mapping and positions, read with the proposal's safe YAML loader."""
    base = base_dir if base_dir is not None else Path.cwd()
    path = base / ref
    # A committed link must not lead the read out of its repository (issue 12).
    confine(path, repository_root(path), shown=shown_path(ref))
    if not path.exists():
        raise _usage("pack.file_missing", file=ref, base=str(base))
    if not path.is_file():  # a folder or a FIFO: never open it (hazard F5)
        raise _usage("pack.file_unreadable", file=ref, reason=Phrase("pack.not_regular"))
    limits = Limits()
    try:
        with path.open("rb") as handle:
            raw = handle.read(limits.max_yaml_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _usage("pack.file_unreadable", file=ref, reason=reason) from exc

    parsed = parse_yaml(raw, file=ref, limits=limits)
    errors = [f for f in parsed.findings if f.severity is Severity.ERROR]
    problems = sorted(errors, key=Finding.sort_key)
    if problems and problems[0].message_key not in _NOT_A_MAPPING:
        first = problems[0]
        where = location(ref, first.span)
        raise UsageError.from_finding(first, where=where, more=_more(len(problems) - 1))
    if problems or not isinstance(parsed.data, dict):
        span = problems[0].span if problems and problems[0].span else Span(1, 1)
        raise _usage("pack.not_mapping", where=location(ref, span))
    return parsed.data, parsed.source_map


def _overlay(
    base: dict[str, Any], override: dict[str, Any], *, whole_entries: bool = False
) -> dict[str, Any]:
    """`base` with `override` layered on top, without touching either (see module docstring)."""
    merged = dict(base)
    for key, value in override.items():
        old: Any = base.get(key)
        if not whole_entries and _mergeable(old, value):
            merged[key] = _overlay(old, value, whole_entries=key == "sources")
        else:
            merged[key] = value
    return merged


def _mergeable(old: object, new: object) -> bool:
    """Two plain mappings merge; a sourced value (it has `value`) is always replaced whole."""
    return (
        isinstance(old, dict)
        and isinstance(new, dict)
        and "value" not in old
        and "value" not in new
    )


def _source_refs(node: object, path: DocPath) -> Iterator[tuple[DocPath, str]]:
    """Every `source:` ID the local file itself writes, with the path of its owner."""
    if isinstance(node, dict):
        if isinstance(node.get("source"), str):
            yield path, node["source"]
        for key, value in node.items():
            if key != "sources" and isinstance(key, str):
                yield from _source_refs(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _source_refs(item, (*path, index))


def _invalid(exc: ValidationError, ref: str, source_map: SourceMap, base_id: str) -> UsageError:
    """The earliest problem in the file, in the user's words, with how many more there are."""
    located: list[tuple[Span, str, DocPath, ErrorDetails]] = []
    for error in exc.errors(include_input=False):
        path = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
        # An unknown key is best shown at the key itself, everything else at its value.
        key_span = source_map.key_span(path) if error["type"] == "extra_forbidden" else None
        located.append((key_span or source_map.lookup(path), format_path(path), path, error))
    located.sort(key=lambda item: (item[0], item[1]))
    span, field, _path, error = located[0]
    args: dict[str, Value] = {"field": field or "(root)", "base": base_id}
    if error["type"] == "missing":
        key = "pack.field_missing"
    elif error["type"] == "extra_forbidden":
        key = "pack.field_unknown"
    else:
        key = "pack.field_invalid"
        detail_key = _DETAIL_KEYS.get(error["type"])
        expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
        args["detail"] = Phrase.of(detail_key, expected=expected) if detail_key else error["msg"]
    message = Phrase.of(key, **args)
    return UsageError(
        message, fix=fix_of(message), where=location(ref, span), more=_more(len(located) - 1)
    )


def _usage(key: str, *, where: str = "", extra: Phrase | None = None, **args: Value) -> UsageError:
    """A `UsageError` from catalogue `key` (and `key.fix` when there is one).

    Values quoted come from a config or a pack file: each is shown on one line,
    so a newline in `pack:` cannot start a line of its own in a CI log.
    """
    from kipp_check.reporters.safe_text import one_line

    args = {name: one_line(v, 300) if isinstance(v, str) else v for name, v in args.items()}
    said = Phrase.of(key, **args)
    message = Phrase.of("phrase.more", text=said, more=extra) if extra else said
    return UsageError(message, fix=fix_of(said), where=where)


def _more(count: int) -> Value:
    """How many more problems wait behind the one shown."""
    return Phrase.of("pack.more_problems", count=count) if count > 0 else ""
