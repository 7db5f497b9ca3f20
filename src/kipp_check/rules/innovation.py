"""Innovation criteria: the three that KIPP 2025 stresses, checked in the aspects that carry them.

The five criteria of PermenPANRB 91/2021 are judged by people; what a tool can
see is whether the text gives the judges something to judge: figures for a
measurable benefit, a stated replication status, a legal basis for durability.
Each rule runs only where the pack marks its criterion as emphasized.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kipp_check.models.results import Finding, Severity
from kipp_check.packs.model import Aspect, InnovationCriterion
from kipp_check.rules._registry import Criterion, rule
from kipp_check.rules.aspect_text import aspect_text
from kipp_check.rules.context import CheckContext

_KRI = Criterion.INNOVATION
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Who issues a regulation, decree or instruction: "keputusan" alone is also everyday
# language ("pengambilan keputusan", decision-making), "instruksi kerja" is a work
# instruction and "sesuai peraturan yang berlaku" names nothing, so the bare words need one.
_ISSUER = (
    r"(?:bupati|wali\s*kota|gubernur|menteri|presiden|daerah|desa|kepala|direktur|direksi|"
    r"sekretaris|camat|lurah|rektor|ketua|pemerintah|dirjen|nomor)"
)
LEGAL_BASIS = re.compile(
    rf"\b(?:(?:peraturan|keputusan|instruksi)\s+{_ISSUER}|surat\s+keputusan|surat\s+edaran|"
    r"perda|perdes|perbup|perwali|perwal|pergub|permen\w*|kepmen\w*|kepbup|kepgub|inpres|"
    r"sk|skb|undang-undang|uu)\b",
    re.IGNORECASE,
)


@rule("KRI001", _KRI, severity=Severity.WARNING, roles=("impact",))
def benefit_is_measured(ctx: CheckContext) -> Iterator[Finding]:
    """The measurable benefit is shown with figures.

    Passes when the first aspect carrying *kemanfaatan* (2025: *signifikansi*, where the
    impact is shown) holds at least two figures, such as a before and an after value.
    Fails (warning) when they hold fewer: "pelayanan menjadi lebih cepat" shows no measure.
    Fix: give before/after numbers and how they were measured (e.g. a survey, SKM).
    Source: KIPP 2025 stresses *kebermanfaatan yang terukur* (menpan.go.id) [confirmed];
    counting figures is a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          signifikansi: |
            Cakupan akta kelahiran anak naik dari 78,4% menjadi 97,1%.

    Example fails::

        kelompok: umum
        proposal:
          signifikansi: |
            Pelayanan menjadi jauh lebih cepat dan masyarakat merasa puas.
    """
    criterion = emphasized_criterion(ctx, "kemanfaatan")
    if criterion is None:
        return
    carriers = ctx.pack.with_role("impact", ctx.proposal.group)
    impact = aspect_text(ctx.proposal, carriers[0]) if carriers else ""
    figures = len(_NUMBER.findall(impact))
    if impact and figures < 2:
        yield ctx.fail(
            "kri.benefit.no_figures",
            at=("proposal", carriers[0].id),
            figures=figures,
            aspects=carriers[0].id,
            group=f"kriteria:{criterion.id}",
            aspect=carriers[0].id,
        )


@rule("KRI002", _KRI, severity=Severity.WARNING)
def replication_status_is_stated(ctx: CheckContext) -> Iterator[Finding]:
    """The proposal states whether the innovation has already been replicated.

    Passes when `replikasi.sudah` is true or false.
    Fails (warning) when it is not stated: the evaluators prioritised replicated innovations.
    Fix: add `replikasi: {sudah: true, oleh: [...]}` or `replikasi: {sudah: false}`.
    Source: KIPP 2025 stresses replicability; TE prioritised replicated innovations
    (menpan.go.id, suaraborneo.id) [confirmed].

    Example passes::

        replikasi:
          sudah: false

    Example fails::

        judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)
    """
    criterion = emphasized_criterion(ctx, "replikasi")
    rep = ctx.proposal.replication
    if criterion is not None and (rep is None or rep.done is None):
        yield ctx.fail(
            "kri.replication.unstated", at=("replikasi", "sudah"), group=f"kriteria:{criterion.id}"
        )


@rule("KRI003", _KRI, severity=Severity.WARNING, roles=("legal_basis",))
def durability_has_legal_basis(ctx: CheckContext) -> Iterator[Finding]:
    """The sustainability strategy names the regulation that keeps the innovation alive.

    Passes when the aspects carrying *keberlanjutan* mention a legal basis: a *peraturan*
    (Perda, Perbup, Perwali, Pergub), an SK, a *surat edaran* or an instruction; a bare
    "peraturan" or "keputusan" counts only with its issuer ("Peraturan Bupati", "Keputusan
    Kepala Dinas"), not in "sesuai peraturan yang berlaku" or "pengambilan keputusan".
    Fails (warning) when none is named.
    Fix: name the regulation or decree that institutionalises the innovation.
    Source: KIPP 2025 stresses durability as public policy (menpan.go.id) [confirmed];
    institutional strategy = regulation (regional form B) [assumed].

    Example passes::

        kelompok: umum
        proposal:
          strategi_keberlanjutan: |
            Gerai desa diwajibkan Peraturan Bupati Nomor 27 Tahun 2021.

    Example fails::

        kelompok: umum
        proposal:
          strategi_keberlanjutan: |
            Inovasi akan terus dijalankan oleh seluruh pegawai dengan dukungan
            masyarakat.
    """
    criterion = emphasized_criterion(ctx, "keberlanjutan")
    if criterion is None:
        return
    carriers = legal_basis_questions(ctx)
    texts = [aspect_text(ctx.proposal, a) for a in carriers]
    if any(texts) and not any(LEGAL_BASIS.search(t) for t in texts):
        yield ctx.fail(
            "kri.durability.no_legal_basis",
            at=("proposal", carriers[0].id),
            aspects=", ".join(a.id for a in carriers),
            group=f"kriteria:{criterion.id}",
        )


def emphasized_criterion(ctx: CheckContext, criterion_id: str) -> InnovationCriterion | None:
    for criterion in ctx.pack.innovation_criteria:
        if criterion.id == criterion_id and criterion.emphasized:
            return criterion
    return None


def legal_basis_questions(ctx: CheckContext) -> list[Aspect]:
    """The group's questions where a legal basis may be written: the strategy answer first."""
    found = ctx.pack.with_role("legal_basis", ctx.proposal.group)
    return sorted(found, key=lambda a: "sustainability" not in a.roles)
