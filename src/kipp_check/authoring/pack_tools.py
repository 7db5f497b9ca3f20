"""Pack tools for coordinators: list the shipped editions, start a local pack for a new one.

`kipp-check packs` shows, per shipped edition, its year, window, form, the
share of its values that are confirmed and the date its sources run to, so a
coordinator sees how much of an edition is known. `kipp-check pack new
kipp-2027 --extends kipp-2026` writes the file a coordinator fills in on the day
PANRB publishes an edition: the new edition's identity uncommented (it loads
and checks at once), and every value of the base below it, commented, each
block to uncomment, correct and source.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import format_date
from kipp_check.packs.model import Pack

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
"""A local pack's ID: also its file name, so no folder, no space, no dot first."""
_IDENTITY = ("id", "version", "year", "title", "extends", "sources_until", "provisional")


@dataclass(frozen=True)
class EditionRow:
    """One shipped edition as `kipp-check packs` lists it."""

    id: str
    year: int
    title: str
    window: str
    questions: dict[str, int]
    """How many questions each group answers, by group ID (the JSON keeps the IDs)."""
    group_names: dict[str, str]
    """Each group's name in the table's language: the table shows names, not IDs."""
    confirmed: int
    values: int
    sources_until: str
    provisional: bool

    @property
    def confirmed_percent(self) -> int:
        """The share of sourced values that are confirmed, rounded down."""
        return 100 * self.confirmed // self.values if self.values else 0


def edition_row(pack: Pack, lang: Lang) -> EditionRow:
    """What `packs` says of `pack`, in `lang`."""
    sub = pack.submission
    if sub.opens is None or sub.closes is None:
        window = text("edition.window_unknown", lang)
    else:
        window = f"{format_date(sub.opens.value, lang)} – {format_date(sub.closes.value, lang)}"
    confidences = list(_confidences(pack.model_dump(mode="json")))
    return EditionRow(
        id=pack.id,
        year=pack.year,
        title=pack.title,
        window=window,
        questions={g.id: len(pack.aspects_for(g.id)) for g in pack.groups.value},
        group_names={g.id: g.label_en if lang is Lang.EN else g.label for g in pack.groups.value},
        confirmed=sum(1 for c in confidences if c == "confirmed"),
        values=len(confidences),
        sources_until=pack.sources_until.isoformat(),
        provisional=pack.provisional,
    )


def _confidences(node: object) -> Any:
    """Every `confidence` of a pack's data: one per sourced value."""
    if isinstance(node, dict):
        if isinstance(node.get("confidence"), str):
            yield node["confidence"]
        for key, value in node.items():
            if key != "sources":
                yield from _confidences(value)
    elif isinstance(node, list):
        for item in node:
            yield from _confidences(item)


def render_table(rows: list[EditionRow], lang: Lang) -> str:
    """The editions as aligned plain text, newest first, with a line on what the columns mean."""
    head = [text(f"packs.col.{key}", lang) for key in ("id", "year", "window", "form", "share")]
    head.append(text("packs.col.until", lang))
    body = []
    for row in sorted(rows, key=lambda r: r.year, reverse=True):
        form = ", ".join(
            f"{row.group_names.get(group, group)} {count}" for group, count in row.questions.items()
        )
        title = row.id + (f" ({text('edition.provisional', lang)})" if row.provisional else "")
        share = f"{row.confirmed_percent} % ({row.confirmed}/{row.values})"
        body.append([title, str(row.year), row.window, form, share, row.sources_until])
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in [head, *body]
    ]
    return "\n".join([*lines, "", text("packs.legend", lang)]) + "\n"


def as_json(rows: list[EditionRow]) -> list[dict[str, object]]:
    """The editions as plain data (`kipp-check packs --format json`), oldest first."""
    return [
        {
            "id": r.id,
            "year": r.year,
            "title": r.title,
            "window": r.window,
            "questions": r.questions,
            "confirmed_values": r.confirmed,
            "values": r.values,
            "confirmed_percent": r.confirmed_percent,
            "sources_until": r.sources_until,
            "provisional": r.provisional,
        }
        for r in sorted(rows, key=lambda r: r.year)
    ]


def new_pack_text(name: str, base: dict[str, Any], *, year: int, today: dt.date, lang: Lang) -> str:
    """The local pack `name` for the edition of `year`, on top of the raw shipped `base`.

    Uncommented: what makes it another edition (it loads and checks as it is,
    every inherited value then an assumption carried over from the base).
    Commented: every value of the base, block by block, to review.
    """
    base_id, base_title = str(base["id"]), str(base["title"])

    def say(key: str, **args: object) -> str:
        return text(key, lang, **args)

    title = f"KIPP {year}" if name.startswith("kipp-") else name
    out = [f"# {line}" for line in say("pack_new.header", name=name, base=base_id).split("\n")]
    identity: dict[str, Any] = {
        "extends": base_id,
        "id": name,
        "version": f"{year}.0",
        "year": year,
        "title": title,
        "sources_until": today,
        "provisional": True,
    }
    out += ["", _dump(identity).rstrip("\n"), ""]
    out += [f"# {line}" for line in say("pack_new.sources").split("\n")]
    out += ["sources: {}", ""]
    for key, value in base.items():
        if key in _IDENTITY or key == "sources":
            continue
        out.append(f"# --- {key}: " + say("pack_new.review", base=base_title))
        out += [
            f"# {line}" if line else "#" for line in _dump({key: value}).rstrip("\n").split("\n")
        ]
        out.append("")
    out.append("# " + say("pack_new.base_sources", base=base_id))
    for source_id, source in (base.get("sources") or {}).items():
        out.append(f"#   {source_id}: {one_line(str(source.get('title', '')))}")
    return "\n".join(out) + "\n"


def one_line(value: str) -> str:
    """A title on one comment line."""
    return " ".join(value.split())


def _dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=96, default_flow_style=False
    )
