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
    title_en: str = ""
    """The title in English, for a description of our own (a publication keeps its title)."""


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


class Described(Label):
    """A pack item the innovator fills in, with what the form asks (shown by init and schema)."""

    help: str = ""
    """What the form asks here, in Indonesian; `init` writes it above the key."""
    help_en: str = ""


class Part(Described):
    """One part of a question answered in several answer boxes (2023: adaptability a/b)."""

    max_words: Sourced[int] | None = None


class Aspect(Described):
    """One question of the proposal form (the 2023 form calls each an aspect).

    The key a proposal writes under `proposal:` and `data_dukung:` is `id`;
    `roles` say what the rules may read in it (`impact`, `replication`, ...),
    so no rule names a question of any edition.
    """

    groups: list[str]
    required: Sourced[bool]
    weight: Sourced[int] | None = None
    max_words: Sourced[int] | None = None
    parts: list[Part] = Field(default_factory=list)
    supporting_data: Sourced[bool] | None = None
    roles: list[str] = Field(default_factory=list)
    heading: str | None = None
    """The id of the pack's `headings` entry this question belongs to (2026: four aspects)."""
    evidence_help: str = ""
    """What fits in `data_dukung.<id>`, in Indonesian."""
    evidence_help_en: str = ""


class Choice(_Frozen):
    """One value an enumerated identity field accepts (an SDG number, an Asta Cita item)."""

    id: str | int
    label: str
    label_en: str


IdentityType = Literal["text", "date", "enum", "yes_no"]


class IdentityField(Described):
    """A key of the form's identity part beyond the common core (2026: Target Asta Cita)."""

    type: IdentityType
    choices: Sourced[list[Choice]] | None = None
    """The values an `enum` takes, with where the list comes from."""
    multiple: bool = False
    """A list of values (e.g. several SDGs) rather than one."""
    groups: list[str] | None = None
    """The groups that fill it in; `None` for every group."""
    required: Sourced[bool]
    example: str | int | None = None

    @model_validator(mode="after")
    def _choices_fit_the_type(self) -> IdentityField:
        if (self.type == "enum") != bool(self.choices and self.choices.value):
            raise ValueError(f"identity field {self.id}: choices are for (and required by) enum")
        return self


class InnovationCriterion(Label):
    """One of the five criteria the judges apply, traced to the aspects that carry it."""

    aspects: list[str]
    emphasized: bool = False
    """Whether this edition's guidance stresses it (2025: benefit, replication, durability)."""
    source: str
    confidence: Confidence


class RequiredDocument(Described):
    """A letter the proposal attaches under `dokumen.<id>`."""

    required: Sourced[bool]
    groups: list[str] | None = None
    """The groups that must attach it; `None` for every group."""
    role: str | None = None
    """What the letter rules read it as: `identity_letter`, `replication_letter`, ..."""
    example: str = ""
    """A file path shown as an example in the schema."""

    def asked_of(self, group: str | None) -> bool:
        """Whether a proposal of `group` is asked for this letter."""
        return self.groups is None or group is None or group in self.groups


class Submission(_Frozen):
    """The submission window on SINOVIK.

    `opens` and `closes` are absent while an edition's window is not announced
    (a provisional pack never invents dates): the schedule rules then say so
    instead of checking a date against a made-up window.
    """

    opens: Sourced[dt.date] | None = None
    closes: Sourced[dt.date] | None = None
    """`None` (with `opens`) while the edition's window is not announced: never a guess."""
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


class AnswerMove(_Frozen):
    """Where one answer of an older edition's form goes in this one (`kipp-check migrate`)."""

    old: str
    """The older form's question, or `question.part`."""
    new: list[str] = Field(min_length=1)
    """This form's questions (or `question.part`) that take it over, in order: the text goes
    to the first; further ones are questions it must now also be split into."""


class MigrationMap(_Frozen):
    """How a proposal of an older edition is carried into this pack's form."""

    source: str
    confidence: Confidence
    answers: list[AnswerMove] = Field(default_factory=list)
    fields: dict[str, str] = Field(default_factory=dict)
    """Top-level keys renamed between the editions: old key → new key."""


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
    """Built before the edition's rules were published (every value a hint)."""
    sources: dict[str, Source]
    guideline: Sourced[str]
    theme: Sourced[str]
    submission: Submission
    groups: Sourced[list[Label]]
    categories: Sourced[list[Label]]
    institution_types: Sourced[list[str]]
    headings: Sourced[list[Label]] | None = None
    """Headings the form groups its questions under (2026: the four aspects)."""
    aspects: list[Aspect]
    identity_fields: list[IdentityField] = Field(default_factory=list)
    innovation_criteria: list[InnovationCriterion]
    required_documents: list[RequiredDocument]
    video: VideoRules
    min_age_years: Sourced[dict[str, int]]
    files: FileRules
    quota_per_institution: Sourced[int] | None = None
    migrate_from: dict[str, MigrationMap] = Field(default_factory=dict)
    """Per older edition's ID: where its answers go in this form (`kipp-check migrate`)."""

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
    def _migration_targets_exist(self) -> Pack:
        """Every `migrate_from` target is one of this form's questions (or `question.part`)."""
        known: set[str] = set()
        for aspect in self.aspects:
            known.add(aspect.id)
            known |= {f"{aspect.id}.{part.id}" for part in aspect.parts}
        for edition, mapping in self.migrate_from.items():
            for move in mapping.answers:
                unknown = [target for target in move.new if target not in known]
                if unknown:
                    raise ValueError(f"migrate_from.{edition}: unknown questions {unknown}")
        return self

    @model_validator(mode="after")
    def _sources_exist(self) -> Pack:
        """Every `source:` must name an entry of `sources`, so no value is unsourced."""
        missing = sorted(_source_ids(self.model_dump()) - set(self.sources))
        if missing:
            raise ValueError(f"unknown source IDs: {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def _form_is_consistent(self) -> Pack:
        """Questions name known headings, keys are unique; a window is whole or absent."""
        headings = {h.id for h in self.headings.value} if self.headings else set()
        for aspect in self.aspects:
            if aspect.heading is not None and aspect.heading not in headings:
                raise ValueError(f"question {aspect.id}: unknown heading {aspect.heading}")
        for kind, ids in (
            ("identity field", [f.id for f in self.identity_fields]),
            ("document", [d.id for d in self.required_documents]),
        ):
            twice = sorted({i for i in ids if ids.count(i) > 1})
            if twice:
                raise ValueError(f"{kind} listed twice: {', '.join(twice)}")
        if (self.submission.opens is None) != (self.submission.closes is None):
            raise ValueError("submission: give both opens and closes, or neither")
        return self

    @property
    def window_known(self) -> bool:
        """Whether the pack states the submission window (a provisional pack may not)."""
        return self.submission.opens is not None and self.submission.closes is not None

    def with_role(self, role: str, group: str | None) -> list[Aspect]:
        """The questions of `group` the pack gives `role`, in the form's order."""
        return [a for a in self.aspects_for(group) if role in a.roles]

    def has_role(self, role: str) -> bool:
        """Whether any question of the form carries `role` (else its rules do not apply)."""
        return any(role in a.roles for a in self.aspects)

    def document(self, role: str) -> RequiredDocument | None:
        """The letter the pack gives `role`, if any."""
        return next((d for d in self.required_documents if d.role == role), None)

    def heading_of(self, aspect: Aspect) -> Label | None:
        """The heading `aspect` is grouped under, if the form has headings."""
        if self.headings is None:
            return None
        return next((h for h in self.headings.value if h.id == aspect.heading), None)

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
