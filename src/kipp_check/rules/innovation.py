"""Innovation criteria: the three that KIPP 2025 stresses, checked in the aspects that carry them.

The five criteria of PermenPANRB 91/2021 are judged by people; what a tool can
see is whether the text gives the judges something to judge: figures for a
measurable benefit, a stated replication status, a legal basis for durability.
Each rule runs only where the pack marks its criterion as emphasized.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Phrase, Value, joined
from kipp_check.models.results import Finding, Severity
from kipp_check.packs.model import Aspect, InnovationCriterion
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import aspect_text
from kipp_check.rules.context import CheckContext
from kipp_check.rules.legal_basis import read_legal_basis
from kipp_check.rules.text_claims import read_impact

_KRI = Criterion.INNOVATION


@rule("KRI001", _KRI, severity=Severity.WARNING, roles=("impact",))
def benefit_is_measured(ctx: CheckContext) -> Iterator[Finding]:
    """The measurable benefit is shown with figures.

    Passes when the first aspect carrying *kemanfaatan* (2025: *signifikansi*, where the
    impact is shown) holds at least two figures, such as a before and an after value, in
    sentences that report a result. A bare year is not a figure, and a target or projection
    ("ditargetkan", "akan menurunkan", "hingga 80 %" with no starting value) is not a result.
    Fails (warning) when they hold fewer: "pelayanan menjadi lebih cepat" shows no measure;
    when the only figures are targets, the message says so and quotes the words.
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
    reading = read_impact(impact)  # results counted apart from targets and projections
    if impact and reading.measured_figures < 2:
        key = "kri.benefit.targets_only" if reading.targets else "kri.benefit.no_figures"
        if not reading.targets and reading.measured_figures:
            key = "kri.benefit.few_figures"
        yield ctx.fail(
            key,
            at=("proposal", carriers[0].id),
            figures=reading.measured_figures,
            label=ctx.label(carriers[0]),
            targets=quoted(reading.targets),
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

    Passes when the aspects carrying *keberlanjutan* cite a legal basis in force, recognised
    by its shape (`legal_basis`): a type (*Peraturan*, *Keputusan*, *Instruksi*, *Surat
    Edaran*, *Qanun*, or Perda, Perbup, Perwali, Pergub, Perkada, SK…) with its issuer
    (Bupati, Kepala Dinas, Badan Pusat Statistik…) or its number and year. A bare "peraturan"
    or "keputusan" does not count ("sesuai peraturan yang berlaku", "pengambilan keputusan"),
    nor does one still to come ("akan diusulkan Peraturan Bupati", "rancangan Perbup") or
    denied ("belum ada SK").
    Fails (warning) when none in force is named; the message quotes a planned one.
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
    readings = [read_legal_basis(t) for t in texts]
    if any(texts) and not any(r.enacted for r in readings):
        planned = tuple(dict.fromkeys(p for r in readings for p in r.planned))
        yield ctx.fail(
            "kri.durability.planned_only" if planned else "kri.durability.no_legal_basis",
            at=("proposal", carriers[0].id),
            aspects=and_list([ctx.label(a) for a in carriers]),
            planned=quoted(planned),
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


def quoted(words: tuple[str, ...]) -> str:
    """Words quoted for a message: `"a", "b"`."""
    return ", ".join(f'"{word}"' for word in words)


def and_list(items: list[Value]) -> Value:
    """Items as a sentence names them: `A`, `A dan B`, `A, B dan C` (`and` in English)."""
    if len(items) < 2:
        return items[0] if items else ""
    return Phrase.of("report.and_list", items=joined(items[:-1]), last=items[-1])
