"""Rules that compare the proposals of one run with each other.

A coordinator checks every department's proposals at once; some gaps show
only then: the same innovation entered twice, an institution over the
edition's quota, one letter file reused by two proposals. These rules run
once every proposal has been checked (`engine.check_run`), over the facts
each check gathered (`rules.cross_facts`), and only compare proposals checked
against the same edition. Each involved proposal gets its own finding, at its
own line.

They are rules like the others, registered with `scope=Scope.RUN`: IDs in the
criterion they belong to, numbered from 101 so that they never meet the
per-proposal rules' numbers, the same docstring contract and the same `fail`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.results import Finding, Severity
from kipp_check.rules._registry import Scope, rule
from kipp_check.rules.context import Indexed, RunContext
from kipp_check.rules.cross_facts import CrossFacts

_SHOWN_OTHERS = 5


@rule("ADM101", Criterion.ADMIN, severity=Severity.WARNING, scope=Scope.RUN)
def titles_are_unique(ctx: RunContext) -> Iterator[Finding]:
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
                    "cross.title_reused",
                    at=facts.title_at,
                    others=others,
                    count=len(same),
                )


@rule("ADM102", Criterion.ADMIN, scope=Scope.RUN)
def institution_within_quota(ctx: RunContext) -> Iterator[Finding]:
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
                yield ctx.fail(
                    "cross.quota_exceeded",
                    at=facts.institution_at,
                    basis=quota.basis,
                    institution=facts.institution,
                    count=len(same),
                    quota=quota.value,
                    others=_others(same, index),
                )


@rule("DOK101", Criterion.DOCUMENTS, severity=Severity.WARNING, scope=Scope.RUN)
def letters_are_not_shared(ctx: RunContext) -> Iterator[Finding]:
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
                        "cross.letter_shared",
                        at=letter.at,
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
