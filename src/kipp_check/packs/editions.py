"""Which edition a proposal is checked against, said aloud.

The shipped editions are the `kipp-YYYY.yaml` files of this package: adding a
pack file adds an edition, with no Python change. An edition is asked for by
`--pack` or by the proposal's `kompetisi`:

- a shipped edition is used as it is;
- an edition known not to exist (2024) is refused with the announcement that
  cancelled it; that list is data, `editions.yaml`;
- any other `kipp-YYYY` is checked against the newest shipped pack whose year
  is not later, *carried over*: every value becomes an assumption taken from
  that edition (so a breach is a warning that says so, never a confirmed
  error) and the window is unknown (another year's dates would be wrong). The
  report opens with a banner that names both editions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.results import Severity
from kipp_check.options import Limits

_PACK_FILE = re.compile(r"^kipp-(\d{4})\.yaml$")
_EDITION = re.compile(r"^(?:kipp-)?(\d{4})$")


@dataclass(frozen=True)
class NoEdition:
    """An edition that was not held, and the official word that says so."""

    year: int
    announcement: str
    date: dt.date
    reason: str
    reason_en: str
    source_title: str
    source_url: str


@dataclass(frozen=True)
class EditionChoice:
    """What was asked for and what is used: the report's banner and JSON `pack` say both."""

    requested: str
    """The edition asked for (`kipp-2027`), or `""` when nothing named one."""
    used: str
    """The ID of the pack applied."""
    stand_in: bool = False
    """True when `requested` has no shipped pack and `used` stands in for it."""


def read_shipped(name: str) -> dict[str, Any]:
    """A YAML file shipped in this package, parsed once per process. Do not mutate it."""
    return _read_shipped(name)


@cache
def _read_shipped(name: str) -> dict[str, Any]:
    raw = resources.files(__package__ or "kipp_check.packs").joinpath(name).read_bytes()
    parsed = parse_yaml(raw, file=name, limits=Limits(), shipped=True)
    errors = [f for f in parsed.findings if f.severity is Severity.ERROR]
    if errors or not isinstance(parsed.data, dict):
        detail = errors[0].message_key if errors else "not a mapping"
        raise RuntimeError(f"shipped file {name} is broken: {detail}")
    return parsed.data


@cache
def shipped_ids() -> tuple[str, ...]:
    """The shipped editions' IDs, oldest first: every `kipp-YYYY.yaml` of the package."""
    folder = resources.files(__package__ or "kipp_check.packs")
    found = [m for entry in folder.iterdir() if (m := _PACK_FILE.match(entry.name))]
    return tuple(f"kipp-{m.group(1)}" for m in sorted(found, key=lambda m: int(m.group(1))))


def year_of(pack_id: str) -> int:
    """The year of a shipped edition's ID (`kipp-2025` → 2025)."""
    return int(pack_id.rsplit("-", 1)[1])


def newest_pack_id() -> str:
    """The newest shipped edition: the default for a new proposal (`init`)."""
    return shipped_ids()[-1]


def requested_year(ref: str) -> int | None:
    """The year of an edition written as `kipp-2027` or `2027` (any case), else `None`."""
    match = _EDITION.match(ref.strip().lower())
    return int(match.group(1)) if match else None


def stand_in_for(year: int) -> str | None:
    """The newest shipped edition whose year is not later than `year`, if there is one."""
    earlier = [pack_id for pack_id in shipped_ids() if year_of(pack_id) <= year]
    return earlier[-1] if earlier else None


def next_edition(pack_year: int) -> str | None:
    """The oldest shipped edition after `pack_year`: where a closed edition's proposal goes."""
    later = [pack_id for pack_id in shipped_ids() if year_of(pack_id) > pack_year]
    return later[0] if later else None


@cache
def no_editions() -> dict[int, NoEdition]:
    """Editions known not to exist, from `editions.yaml`, by year."""
    table = read_shipped("editions.yaml").get("no_edition") or {}
    out: dict[int, NoEdition] = {}
    for entry in table.values():
        source, year = entry["source"], int(entry["year"])
        out[year] = NoEdition(
            year=year,
            announcement=str(entry["announcement"]),
            date=dt.date.fromisoformat(str(entry["date"])),
            reason=str(entry["reason"]),
            reason_en=str(entry["reason_en"]),
            source_title=str(source["title"]),
            source_url=str(source.get("url", "")),
        )
    return out


def carried_over(data: dict[str, Any], title: str) -> dict[str, Any]:
    """A pack's raw data as a stand-in for a later edition (see the module docstring).

    Every confirmed or reported value becomes `assumed` from `title` (a value
    already assumed keeps the edition it came from); the window is dropped.
    """
    out: dict[str, Any] = _assumed(data, title)
    submission = dict(out.get("submission") or {})
    submission.pop("opens", None)
    submission.pop("closes", None)
    out["submission"] = submission
    return out


def _assumed(node: Any, title: str) -> Any:
    if isinstance(node, dict):
        out = {key: _assumed(value, title) for key, value in node.items() if key != "sources"}
        if "sources" in node:
            out["sources"] = node["sources"]
        if node.get("confidence") in {"confirmed", "reported"}:
            out["confidence"] = "assumed"
            if "value" in node:  # a Sourced value names where it was carried from
                out["assumed_from"] = title
        return out
    if isinstance(node, list):
        return [_assumed(item, title) for item in node]
    return node
