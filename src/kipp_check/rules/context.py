"""What a rule sees, and the one way it makes a finding (`RuleContext.fail`).

A rule over one proposal gets a `CheckContext`: the validated proposal, the
pack, the attachments' facts, the date. A rule over the whole run gets a
`RunContext`: the facts every valid proposal of the run gave (`cross_facts`).
Both make findings with the same `fail`, which also lowers a finding that
rests on a pack value not confirmed for the edition (`basis=`).

Rules never do I/O and never compute line numbers: a finding of one proposal
points at a document path, and the engine resolves the path to
`file:line:col` through the source map; a run-scope rule, which has no source
map at hand, names a `Place` its facts found when the proposal was loaded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kipp_check.models.phrase import Label as Name
from kipp_check.models.phrase import Phrase, Value
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import Confidence, DocPath, Finding, PdfFacts, Severity, Span
from kipp_check.packs.model import Label, Pack, Sourced
from kipp_check.pipeline.findings import make_finding
from kipp_check.rules._registry import Rule

if TYPE_CHECKING:
    from kipp_check.rules.cross_facts import CrossFacts

_BASIS_NOTE = {
    (Confidence.ASSUMED, True): "rule.basis_assumed",
    (Confidence.ASSUMED, False): "rule.basis_assumed_unknown",
    (Confidence.REPORTED, True): "rule.basis_assumed",
    (Confidence.REPORTED, False): "rule.basis_reported",
}

Indexed = tuple[int, "CrossFacts"]
"""A proposal's place in the run, with its facts."""


@dataclass(frozen=True)
class Place:
    """Where in which proposal file a run-scope finding is: found when the proposal was loaded."""

    file: str
    path: DocPath
    span: Span


@dataclass(frozen=True)
class Cited:
    """A pack value as a finding rests on it: how sure the pack is, and the source's titles."""

    confidence: Confidence
    assumed_from: str | None
    title: str
    title_en: str = ""

    @classmethod
    def of(cls, value: Sourced[Any], pack: Pack) -> Cited:
        """How `pack` cites `value`."""
        source = pack.sources[value.source]
        return cls(value.confidence, value.assumed_from, source.title, source.title_en)


@dataclass(frozen=True)
class RuleContext:
    """What every rule is given, whatever its scope: the rule being run."""

    rule: Rule

    def fail(
        self,
        key: str,
        /,
        *,
        at: DocPath | Place,
        severity: Severity | None = None,
        basis: Sourced[Any] | Cited | None = None,
        group: str | None = None,
        aspect: str = "",
        fields: Mapping[str, Value] | None = None,
        **args: Value,
    ) -> Finding:
        """A finding of the running rule at `at`.

        `at` is a document path of the proposal being checked, or, for a rule
        over the run, the `Place` in one of its proposals. `basis` is the pack
        value the rule enforces: a value that is not confirmed for this edition
        lowers an error to a warning, and the message says where the
        assumption comes from. `group` puts the finding in another report row
        than the rule's criterion (an aspect's row); `aspect` marks the aspect
        whose readiness the finding lowers.
        """
        if isinstance(at, Place):
            file, path, span = at.file, at.path, at.span
        else:
            file, path, span = self._own_file(), at, None
        finding = make_finding(
            self.rule.id,
            severity or self.rule.severity,
            key,
            file=file,
            path=path,
            span=span,
            group=group or self.rule.criterion.value,
            fields={**(fields or {}), **args},
        )
        finding = replace(finding, aspect=aspect)
        if basis is None:
            return finding
        cited = basis if isinstance(basis, Cited) else self._cited(basis)
        source = Name(cited.title, cited.title_en or cited.title)
        return on_basis(finding, cited.confidence, cited.assumed_from, source)

    def _own_file(self) -> str:
        """The file a bare document path is in: only a rule over one proposal has one."""
        raise TypeError(f"{self.rule.id} runs over many proposals: `at` must be a Place")

    def _cited(self, value: Sourced[Any]) -> Cited:
        """How the pack cites `value`: only a rule over one proposal has its pack at hand."""
        raise TypeError(f"{self.rule.id} runs over many proposals: `basis` must be Cited")


@dataclass(frozen=True)
class CheckContext(RuleContext):
    """The inputs of one rule run over one proposal; `rule` is the rule being run."""

    proposal: Proposal
    pack: Pack
    attachments: Mapping[str, PdfFacts]
    """Facts of each attached file, by the path written in the YAML."""
    today: dt.date
    file: str
    unreferenced_pdfs: int = 0
    """PDFs in the folder nobody names, whether `attachments` lists them or not."""
    folder_walked: bool = True
    """Whether the whole folder was seen: if not, `unreferenced_pdfs` is a lower bound."""
    requested_edition: str = ""
    """The edition asked for (`kipp-2027`) when the pack stands in for it; else the pack's ID."""

    def label(self, item: Label) -> Name:
        """The name of a pack item (aspect, group, document), worded in the reader's language."""
        return Name(item.label, item.label_en)

    def _own_file(self) -> str:
        return self.file

    def _cited(self, value: Sourced[Any]) -> Cited:
        return Cited.of(value, self.pack)


@dataclass(frozen=True)
class RunContext(RuleContext):
    """What a rule over the whole run sees: every valid proposal of the run, in run order."""

    proposals: tuple[Indexed, ...]

    def editions(self) -> list[list[Indexed]]:
        """The proposals grouped by the pack they were checked against, in run order."""
        groups: dict[str, list[Indexed]] = defaultdict(list)
        for indexed in self.proposals:
            groups[indexed[1].pack_id].append(indexed)
        return list(groups.values())


def on_basis(
    finding: Finding,
    confidence: Confidence,
    assumed_from: str | None,
    source: Value,
) -> Finding:
    """`finding` as it stands on a pack value of `confidence`.

    An error resting on a value that is not confirmed becomes a warning, and
    the message says where the value comes from.
    """
    if confidence is Confidence.CONFIRMED:
        return finding
    note = Phrase.of(
        _BASIS_NOTE[(confidence, bool(assumed_from))], edition=assumed_from or "", source=source
    )
    level = Severity.WARNING if finding.severity is Severity.ERROR else finding.severity
    return replace(finding, severity=level, notes=(*finding.notes, note))
