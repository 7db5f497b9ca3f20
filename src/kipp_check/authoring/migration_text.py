"""The text of a migrated proposal: the user's own lines wherever they can stay as written.

Top-level keys the newer form keeps (`judul`, `instansi`, `video`, ...) are
copied line for line from the source, comments and layout included. The form's
own mappings (`proposal`, `data_dukung`, `dokumen`) are written anew in the
newer form's order, each answer as a literal block (or quoted when YAML could
not hold it literally), with the comments that stood above its old key.
`arsip_migrasi` comes last. Whatever is written is read back with the
proposal loader and compared with the source before it reaches the disk
(`verify`), so a character lost is a bug caught here, not a user's loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import yaml

from kipp_check.authoring.migration_plan import ARCHIVE_KEY, RESHAPED, Plan
from kipp_check.authoring.yaml_comment import comment
from kipp_check.loader.source_map import SourceMap

_TOP_KEY = re.compile(r"^(?:'[^']*'|\"[^\"]*\"|[^\s#'\"][^:#]*?)\s*:(?:\s|$)")


class _Dumper(yaml.SafeDumper):
    """Safe YAML with multi-line text as literal blocks, when YAML can hold it literally."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(data: dict[str, Any], indent: str = "") -> list[str]:
    """`data` as YAML lines (block style, keys in order), each prefixed with `indent`."""
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1 << 30,
    )
    return [f"{indent}{line}" if line else line for line in text.rstrip("\n").split("\n")]


def migrated_text(
    raw: str,
    data: dict[str, Any],
    source_map: SourceMap,
    plan: Plan,
    *,
    target_id: str,
    header: list[str],
    archive_note: str,
) -> str:
    """The new proposal file: `header` comment lines, then the source's keys, rebuilt."""
    lines = raw.split("\n")
    keys = [key for key in data if source_map.key_span((key,)) is not None]
    starts = [source_map.key_span((key,)).line - 1 for key in keys]  # type: ignore[union-attr]
    chunks = _chunks(lines, starts)
    head = chunks[0]
    modeline = head[:1] if head and head[0].startswith("# yaml-language-server:") else []
    out = [*modeline, *comment_lines(header), *head[len(modeline) :]]
    if "kompetisi" not in data:
        out.append(f"kompetisi: {target_id}")
    for index, key in enumerate(keys):
        body, tail = _split_tail(chunks[index + 1])
        if key in plan.dropped or key == ARCHIVE_KEY:
            pass  # the value moves to the archive; the comments around it stay
        elif key == "kompetisi":
            out.append(f"kompetisi: {target_id}")
        elif key in RESHAPED:
            out += _reshaped(key, plan, lines, source_map)
        elif key in plan.renamed:
            first = body[0].replace(key, plan.renamed[key], 1)
            out += [first, *body[1:]]
        else:
            out += body
        out += tail
    for key in RESHAPED:  # a mapping the source did not have but the plan fills
        if key in plan.reshaped and key not in data and plan.reshaped[key]:
            out += dump({key: plan.reshaped[key]})
    if plan.archive:
        out += ["", *comment_lines([archive_note]), *dump({ARCHIVE_KEY: plan.archive})]
    return "\n".join(_tidy(out)) + "\n"


def comment_lines(messages: Iterable[str]) -> list[str]:
    """Messages as safe, wrapped `#` lines."""
    return [line for message in messages for line in comment(message, "")]


def _chunks(lines: list[str], starts: list[int]) -> list[list[str]]:
    """The file cut before each top-level key: the header, then one chunk per key."""
    bounds = [0, *starts, len(lines)]
    return [lines[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]


def _split_tail(chunk: list[str]) -> tuple[list[str], list[str]]:
    """A key's chunk as (its own lines, the blank and column-0 comment lines after them).

    The tail is what stands above the next key: it stays in place even when this
    key's lines are rewritten. Lines of a block scalar are indented, so a `#` in
    the first column is always a comment.
    """
    cut = len(chunk)
    while cut > 1 and (chunk[cut - 1].strip() == "" or chunk[cut - 1].startswith("#")):
        cut -= 1
    return chunk[:cut], chunk[cut:]


def _tidy(lines: list[str]) -> list[str]:
    """No run of more than one blank line, none at the end."""
    out: list[str] = []
    for line in lines:
        if line.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def _reshaped(key: str, plan: Plan, lines: list[str], source_map: SourceMap) -> list[str]:
    mapping = plan.reshaped.get(key)
    if not mapping:
        return [f"{key}: {{}}"] if mapping is not None else []
    out = [f"{key}:"]
    for child, value in mapping.items():
        for old in plan.moved_from.get((key, child), []):
            out += _comments_above(lines, source_map, old, "  ")
        if isinstance(value, dict):
            out.append(f"  {child}:")
            for part, text in value.items():
                for old in plan.moved_from.get((key, child, part), []):
                    out += _comments_above(lines, source_map, old, "    ")
                out += dump({part: text}, "    ")
        else:
            out += dump({child: value}, "  ")
    return out


def _comments_above(
    lines: list[str], source_map: SourceMap, path: tuple[str, ...], indent_to: str
) -> list[str]:
    """The full-line comments written right above the key at `path`, at its own indentation,
    re-indented to `indent_to`: the new key's, so a comment never falls inside the block
    scalar before it (a line indented as deep as its text would be text)."""
    span = source_map.key_span(path)
    if span is None:
        return []
    indent = " " * (span.column - 1)
    found: list[str] = []
    row = span.line - 2
    while row >= 0 and lines[row].startswith(indent + "#"):
        found.insert(0, lines[row][len(indent) :])
        row -= 1
    return [f"{indent_to}{line}" for line in found]
