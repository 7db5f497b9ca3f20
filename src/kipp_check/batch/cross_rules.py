"""Rules that compare the proposals of one run with each other.

A coordinator checks every department's proposals at once; some gaps show
only then: the same innovation entered twice, an institution over the
edition's quota, one letter file reused by two proposals. These rules run in
the main process after every proposal has been checked, over the facts each
check gathered (`batch.facts`), and only compare proposals checked against the
same edition. Each involved proposal gets its own finding, at its own line.

They have IDs in the criterion they belong to, numbered from 101 so that they
never meet the per-proposal rules' numbers, and the same docstring contract.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from kipp_check.batch.facts import CrossFacts
from kipp_check.findings import make_finding
from kipp_check.models.criterion import PREFIXES, Criterion
from kipp_check.models.phrase import Phrase, Value
from kipp_check.models.results import DocPath, Finding, RuleInfo, RuleResult, Severity, Span, Status
from kipp_check.rules import all_rules
from kipp_check.rules.context import on_basis

Indexed = tuple[int, CrossFacts]
"""A proposal's place in the run, with its facts."""
CrossCheck = Callable[["CrossContext"], Iterator[tuple[int, Finding]]]
_SHOWN_OTHERS = 5


@dataclass(frozen=True)
class CrossRule:
    """A rule over several proposals; the same metadata contract as a per-proposal rule."""

    id: str
    criterion: Criterion
    severity: Severity
    func: CrossCheck
    doc: str

    def info(self) -> RuleInfo:
        """The code-free view that results and reporters carry."""
        return RuleInfo(self.id, self.criterion.value, self.severity)


_REGISTRY: dict[str, CrossRule] = {}


def cross_rule(
    rule_id: str, criterion: Criterion, *, severity: Severity = Severity.ERROR
) -> Callable[[CrossCheck], CrossCheck]:
    """Register the decorated function as cross-proposal rule `rule_id`."""

    def register(func: CrossCheck) -> CrossCheck:
        if not re.fullmatch(r"[A-Z]{2,4}1\d{2}", rule_id):
            raise ValueError(f"cross-proposal rule IDs are numbered from 101: {rule_id}")
        if not rule_id.startswith(PREFIXES[criterion]) or rule_id in _REGISTRY:
            raise ValueError(f"rule ID {rule_id} does not fit or is registered twice")
        _REGISTRY[rule_id] = CrossRule(rule_id, criterion, severity, func, func.__doc__ or "")
        return func

    return register


def cross_rules() -> tuple[CrossRule, ...]:
    """Every cross-proposal rule, in ID order."""
    return tuple(_REGISTRY[key] for key in sorted(_REGISTRY))


def known_rule_ids() -> tuple[str, ...]:
    """Every rule ID a config or a waiver may name: per-proposal and cross-proposal rules."""
    return tuple(sorted({rule.id for rule in all_rules()} | set(_REGISTRY)))


@dataclass(frozen=True)
class CrossContext:
    """What a cross-proposal rule sees: every valid proposal of the run, by edition."""

    proposals: tuple[Indexed, ...]
    rule: CrossRule

    def editions(self) -> list[list[Indexed]]:
        """The proposals grouped by the pack they were checked against, in run order."""
        groups: dict[str, list[Indexed]] = defaultdict(list)
        for indexed in self.proposals:
            groups[indexed[1].pack_id].append(indexed)
        return list(groups.values())

    def fail(
        self, index: int, facts: CrossFacts, key: str, *, at: DocPath, span: Span, **args: Value
    ) -> tuple[int, Finding]:
        """A finding of the running rule for the proposal at `index`, at its own line."""
        finding = make_finding(
            self.rule.id,
            self.rule.severity,
            key,
            file=facts.file,
            path=at,
            span=span,
            group=self.rule.criterion.value,
            fields=args,
        )
        return index, finding


def run_cross_rules(facts: Sequence[CrossFacts | None]) -> list[list[RuleResult]]:
    """Each proposal's results for every cross-proposal rule, in run order.

    A proposal that did not validate has no facts; its results are skipped
    with the same reason the per-proposal rules give.
    """
    valid = tuple((i, f) for i, f in enumerate(facts) if f is not None)
    per_proposal: list[list[RuleResult]] = [[] for _ in facts]
    for rule in cross_rules():
        found: dict[int, list[Finding]] = defaultdict(list)
        for index, finding in rule.func(CrossContext(valid, rule)):
            found[index].append(finding)
        info = rule.info()
        for index, own in enumerate(facts):
            if own is None:
                reason = Phrase("engine.skipped_invalid")
                per_proposal[index].append(RuleResult(info, Status.SKIPPED, reason=reason))
                continue
            mine = tuple(found.get(index, ()))
            per_proposal[index].append(
                RuleResult(info, Status.FAILED if mine else Status.PASSED, mine)
            )
    return per_proposal


@cross_rule("ADM101", Criterion.ADMIN, severity=Severity.WARNING)
def titles_are_unique(ctx: CrossContext) -> Iterator[tuple[int, Finding]]:
    """Each proposal of the run has its own title.

    Passes when no two proposals checked against the same edition share a title
    (compared without regard to case and spacing).
    Fails (warning) for each proposal whose title another proposal also uses:
    usually one innovation entered twice, or a copied file whose title was not changed.
    Fix: keep one proposal per innovation, or give each proposal its own descriptive title.
    Source: 2025 requirements, a title that describes the innovation (kaltimprov.go.id)
    [confirmed]; agencies run an internal pre-selection first (klikanggaran.com, 2022). The
    duplicate check itself is a heuristic.
    """
    for edition in ctx.editions():
        for same in _alike(edition, lambda facts: facts.title):
            for index, facts in same:
                others = _others(same, index)
                yield ctx.fail(
                    index,
                    facts,
                    "cross.title_reused",
                    at=("judul",),
                    span=facts.title_span,
                    others=others,
                    count=len(same),
                )


@cross_rule("ADM102", Criterion.ADMIN)
def institution_within_quota(ctx: CrossContext) -> Iterator[tuple[int, Finding]]:
    """An institution enters no more proposals than the edition's quota.

    Passes when, among the proposals checked against the same edition, no
    institution has more than the pack's `quota_per_institution` (2025: 15), or
    the pack sets no quota. Proposals are counted per parent institution
    (`instansi.induk`, e.g. the regency), or per `instansi.nama` when no parent is written.
    Fails for each proposal of an institution over the quota; a warning while the
    quota is reported by a single source, as for 2025.
    Fix: choose which proposals the institution enters (the internal pre-selection).
    Source: the pack's `quota_per_institution` (2025: at most 15, Perpusnas, 21 May 2025)
    [reported]; 2021: 10 umum + 5 replikasi (menpan.go.id) [confirmed].
    """
    for edition in ctx.editions():
        quota = edition[0][1].quota
        if quota is None:
            continue
        for same in _alike(edition, lambda facts: facts.institution, minimum=quota.value + 1):
            for index, facts in same:
                found_index, finding = ctx.fail(
                    index,
                    facts,
                    "cross.quota_exceeded",
                    at=facts.institution_key,
                    span=facts.institution_span,
                    institution=facts.institution,
                    count=len(same),
                    quota=quota.value,
                    others=_others(same, index),
                )
                source = quota.source_title
                yield (
                    found_index,
                    on_basis(finding, quota.confidence, quota.assumed_from, source),
                )


@cross_rule("DOK101", Criterion.DOCUMENTS, severity=Severity.WARNING)
def letters_are_not_shared(ctx: CrossContext) -> Iterator[tuple[int, Finding]]:
    """Each proposal attaches its own letters.

    Passes when no letter file (identity letter, replication-willingness letter) of one
    proposal is also attached by another proposal of the same edition, by real path or by
    identical content (SHA-256).
    Fails (warning) for each letter shared with another proposal: a letter names one
    innovation and its innovators, so a shared file is almost always a copy left unchanged.
    Fix: attach the letter signed for this innovation.
    Source: 2025 requirements, each proposal has its own *surat pernyataan identitas inovator*
    and *surat kesediaan replikasi* (kaltimprov.go.id, metronewstv.co.id) [confirmed]; the
    shared-file check itself is a heuristic.
    """
    for edition in ctx.editions():
        owners: dict[str, set[int]] = defaultdict(set)
        for index, facts in edition:
            for letter in facts.letters:
                for identity in (letter.resolved, letter.sha256):
                    if identity:
                        owners[identity].add(index)
        files = dict(edition)
        for index, facts in edition:
            for letter in facts.letters:
                sharing = set().union(
                    *(owners[i] for i in (letter.resolved, letter.sha256) if i)
                ) - {index}
                if sharing:
                    shown = _shown([files[i].file for i in sorted(sharing)])
                    yield ctx.fail(
                        index,
                        facts,
                        "cross.letter_shared",
                        at=letter.key,
                        span=letter.span,
                        file=letter.written,
                        others=shown,
                    )


def _alike(
    edition: list[Indexed], value: Callable[[CrossFacts], str], minimum: int = 2
) -> Iterator[list[Indexed]]:
    """Groups of at least `minimum` proposals whose `value` is the same (case and spacing aside)."""
    groups: dict[str, list[Indexed]] = defaultdict(list)
    for indexed in edition:
        written = " ".join(value(indexed[1]).split()).casefold()
        if written:
            groups[written].append(indexed)
    yield from (same for same in groups.values() if len(same) >= minimum)


def _others(same: list[Indexed], index: int) -> str:
    return _shown([facts.file for i, facts in same if i != index])


def _shown(files: list[str]) -> str:
    """Up to five file names, then how many more."""
    listed = ", ".join(files[:_SHOWN_OTHERS])
    if len(files) > _SHOWN_OTHERS:
        listed += f" (+{len(files) - _SHOWN_OTHERS})"
    return listed
