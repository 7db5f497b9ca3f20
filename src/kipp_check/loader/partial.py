"""Validate what can be validated: one typo or one bad value must not blank the report.

pydantic refuses the whole document for one unknown key (`kategory:`) or one
value of the wrong type. The findings for those errors are made from the first
attempt; then the offending keys are left out of a copy of the data and the
rest is validated again, so every other rule still runs. What was left out is
remembered: a rule finding about a left-out value (e.g. "`kategori` is empty"
for a `kategori` that had the wrong type) would repeat the schema finding,
and the engine drops it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from pydantic import ValidationError

from kipp_check.models.proposal import Proposal
from kipp_check.models.results import DocPath

_ROUNDS = 5
"""At most this many re-validations; each removes every key that failed the last one."""


@dataclass(frozen=True)
class Salvaged:
    """A proposal validated without its invalid keys, and which keys those were."""

    proposal: Proposal | None
    dropped: tuple[DocPath, ...]
    """Paths left out because their value was invalid (not unknown keys: nothing uses those)."""


def salvage(data: dict[str, object], first: ValidationError, model: type[Proposal]) -> Salvaged:
    """Validate `data` against `model` (the pack's form) without the keys `first` (and each
    later attempt) refused."""
    work: object = copy.deepcopy(data)
    dropped: list[DocPath] = []
    error = first
    for _ in range(_ROUNDS):
        paths = [
            (tuple(d["loc"]), d["type"])
            for d in error.errors(include_input=False, include_url=False)
        ]
        removed = False
        for path, kind in paths:
            target = _removable(work, path)
            if target is None:
                continue
            _remove(work, target)
            removed = True
            if kind != "extra_forbidden":
                dropped.append(target)
        if not removed:
            return Salvaged(None, ())
        try:
            return Salvaged(model.model_validate(work), tuple(dropped))
        except ValidationError as again:
            error = again
    return Salvaged(None, ())


def _removable(data: object, path: DocPath) -> DocPath | None:
    """The mapping key to leave out for an error at `path`: the nearest key, not a list item.

    Removing a list item would shift the indexes of the items after it, and the
    findings on them would point at the wrong line, so a bad item leaves out
    its whole list. A required key that is missing leaves out its parent.
    """
    path = tuple(path)
    while path:
        parent = _at(data, path[:-1])
        last = path[-1]
        if isinstance(parent, dict) and not isinstance(last, int) and last in parent:
            return path
        path = path[:-1]
    return None


def _at(data: object, path: DocPath) -> object:
    for part in path:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _remove(data: object, path: DocPath) -> None:
    parent = _at(data, path[:-1])
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
