"""What a rule sees: the validated proposal, the pack, the attachments' facts, the date.

Rules never do I/O and never compute line numbers; `CheckContext.fail` makes a
finding that points at a document path, and the engine resolves the path to
`file:line:col` through the source map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from kipp_check.findings import make_finding
from kipp_check.models.phrase import Label as Name
from kipp_check.models.phrase import Phrase, Value
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import Confidence, DocPath, Finding, PdfFacts, Severity
from kipp_check.packs.model import Label, Pack, Sourced
from kipp_check.rules._registry import Rule

_BASIS_NOTE = {
    (Confidence.ASSUMED, True): "rule.basis_assumed",
    (Confidence.ASSUMED, False): "rule.basis_assumed_unknown",
    (Confidence.REPORTED, True): "rule.basis_assumed",
    (Confidence.REPORTED, False): "rule.basis_reported",
}


@dataclass(frozen=True)
class CheckContext:
    """The inputs of one rule run; `rule` is the rule being run."""

    proposal: Proposal
    pack: Pack
    attachments: Mapping[str, PdfFacts]
    """Facts of each attached file, by the path written in the YAML."""
    today: dt.date
    file: str
    rule: Rule
    unreferenced_pdfs: int = 0
    """PDFs in the folder nobody names, whether `attachments` lists them or not."""
    folder_walked: bool = True
    """Whether the whole folder was seen: if not, `unreferenced_pdfs` is a lower bound."""
    requested_edition: str = ""
    """The edition asked for (`kipp-2027`) when the pack stands in for it; else the pack's ID."""

    def label(self, item: Label) -> Name:
        """The name of a pack item (aspect, group, document), worded in the reader's language."""
        return Name(item.label, item.label_en)

    def fail(
        self,
        key: str,
        /,
        *,
        at: DocPath,
        severity: Severity | None = None,
        basis: Sourced[Any] | None = None,
        group: str | None = None,
        aspect: str = "",
        fields: Mapping[str, Value] | None = None,
        **args: Value,
    ) -> Finding:
        """A finding of the running rule at document path `at`.

        `basis` is the pack value the rule enforces: a value that is not
        confirmed for this edition lowers an error to a warning, and the
        message says where the assumption comes from. `group` puts the finding
        in another report row than the rule's criterion (an aspect's row);
        `aspect` marks the aspect whose readiness the finding lowers.
        """
        level = severity or self.rule.severity
        finding = make_finding(
            self.rule.id,
            level,
            key,
            file=self.file,
            path=at,
            group=group or self.rule.criterion.value,
            fields={**(fields or {}), **args},
        )
        finding = replace(finding, aspect=aspect)
        if basis is None:
            return finding
        cited = self.pack.sources[basis.source]
        source = Name(cited.title, cited.title_en or cited.title)
        return on_basis(finding, basis.confidence, basis.assumed_from, source)


def on_basis(
    finding: Finding,
    confidence: Confidence,
    assumed_from: str | None,
    source: Value,
) -> Finding:
    """`finding` as it stands on a pack value of `confidence`.

    An error resting on a value that is not confirmed becomes a warning, and
    the message says where the value comes from (shared with the batch rules).
    """
    if confidence is Confidence.CONFIRMED:
        return finding
    note = Phrase.of(
        _BASIS_NOTE[(confidence, bool(assumed_from))], edition=assumed_from or "", source=source
    )
    level = Severity.WARNING if finding.severity is Severity.ERROR else finding.severity
    return replace(finding, severity=level, notes=(*finding.notes, note))
