"""The rule pack's shape: a year's competition rules as data, each value with its source.

The official 2025 annex is not public in full, so every value carries where it
comes from and how sure we are of it. Rules read `confidence` to decide whether
a breach is an error (confirmed) or a warning that says the limit is assumed.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kipp_check.models.results import Confidence

T = TypeVar("T")


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Frozen):
    """Where a value comes from."""

    title: str
    url: str = ""


class Sourced(_Frozen, Generic[T]):
    """A pack value with its source ID and confidence."""

    value: T
    source: str
    confidence: Confidence
    assumed_from: str | None = None
    """For an assumed value: the edition it was carried over from, e.g. `KIPP 2023`."""


class Label(_Frozen):
    """An identifier with its Indonesian and English names."""

    id: str
    label: str
    label_en: str


class Part(Label):
    """One part of an aspect answered in several parts (adaptabilitas a/b)."""

    max_words: Sourced[int] | None = None


class Aspect(Label):
    """One aspect (question) of the proposal form."""

    groups: list[str]
    required: Sourced[bool]
    weight: Sourced[int] | None = None
    max_words: Sourced[int] | None = None
    parts: list[Part] = Field(default_factory=list)
    supporting_data: Sourced[bool] | None = None


class InnovationCriterion(Label):
    """One of the five criteria the judges apply, traced to the aspects that carry it."""

    aspects: list[str]
    emphasized: bool = False
    """Whether this edition's guidance stresses it (2025: benefit, replication, durability)."""
    source: str
    confidence: Confidence


class RequiredDocument(Label):
    """A letter every proposal must attach."""

    required: Sourced[bool]


class Submission(_Frozen):
    """The submission window on SINOVIK.

    `opens` and `closes` are absent while an edition's window is not announced
    (a provisional pack never invents dates): the schedule rules then say so
    instead of checking a date against a made-up window.
    """

    opens: Sourced[dt.date] | None = None
    closes: Sourced[dt.date] | None = None
    closing_time: Sourced[str]
    time_zone: Sourced[Literal["WIB", "WITA", "WIT"]]


class VideoRules(_Frozen):
    """What the innovation video must be."""

    required: Sourced[bool]
    hosts: Sourced[list[str]]
    max_seconds: Sourced[int]
    min_height: Sourced[int]
    language: Sourced[str]
    contents: Sourced[list[str]]
    no_commercial: Sourced[bool]


class FileRules(_Frozen):
    """Limits on attached files."""

    max_bytes: Sourced[int]
    formats: Sourced[list[str]]


class Pack(_Frozen):
    """One edition's rules."""

    id: str
    version: str
    year: int
    title: str
    extends: str | None = None
    sources_until: dt.date
    """The newest date the pack's sources were read up to: how stale its rules may be."""
    provisional: bool = False
    """True for an edition built from hints before its official rules are published."""
    sources: dict[str, Source]
    guideline: Sourced[str]
    theme: Sourced[str]
    submission: Submission
    groups: Sourced[list[Label]]
    categories: Sourced[list[Label]]
    institution_types: Sourced[list[str]]
    aspects: list[Aspect]
    innovation_criteria: list[InnovationCriterion]
    required_documents: list[RequiredDocument]
    video: VideoRules
    min_age_years: Sourced[dict[str, int]]
    files: FileRules
    quota_per_institution: Sourced[int] | None = None

    @property
    def window_known(self) -> bool:
        """Whether the pack states both ends of the submission window."""
        return self.submission.opens is not None and self.submission.closes is not None

    @model_validator(mode="after")
    def _window_in_order(self) -> Pack:
        """A window given by one end only, or closing before it opens, is a broken pack."""
        opens, closes = self.submission.opens, self.submission.closes
        if (opens is None) != (closes is None):
            raise ValueError("submission: give both `opens` and `closes`, or neither")
        if opens is not None and closes is not None and closes.value < opens.value:
            raise ValueError("submission: `closes` is before `opens`")
        return self

    @model_validator(mode="after")
    def _sources_exist(self) -> Pack:
        """Every `source:` must name an entry of `sources`, so no value is unsourced."""
        missing = sorted(_source_ids(self.model_dump()) - set(self.sources))
        if missing:
            raise ValueError(f"unknown source IDs: {', '.join(missing)}")
        return self

    def aspects_for(self, group: str | None) -> list[Aspect]:
        """The aspects a proposal of `group` must answer, in the form's order.

        For a missing or unknown group (ADM002 reports it) only the aspects every
        group answers are asked, each once, so no group's extras are demanded.
        """
        if group in {g.id for g in self.groups.value}:
            return [a for a in self.aspects if group in a.groups]
        every = {g.id for g in self.groups.value}
        shared: dict[str, Aspect] = {}
        for aspect in self.aspects:
            covered = {g for a in self.aspects if a.id == aspect.id for g in a.groups}
            if every <= covered:
                shared.setdefault(aspect.id, aspect)
        return list(shared.values())


def _source_ids(node: object) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "source" and isinstance(value, str):
                found.add(value)
            elif key != "sources":
                found |= _source_ids(value)
    elif isinstance(node, list):
        for item in node:
            found |= _source_ids(item)
    return found
