"""Supporting-data criterion: evidence (*data dukung*) attached for each aspect that needs it."""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import joined
from kipp_check.models.results import Finding
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import by_key
from kipp_check.rules.context import CheckContext
from kipp_check.rules.documents import problem_findings

_DD = Criterion.SUPPORTING_DATA


@rule("DD001", _DD)
def evidence_attached_per_aspect(ctx: CheckContext) -> Iterator[Finding]:
    """Each aspect that needs supporting data has at least one file attached.

    Passes when `data_dukung.<aspect>` lists at least one file for every aspect the
    pack marks as needing evidence (2023: all but *ringkasan*).
    Fails when an aspect has none; a warning while the requirement is assumed (2025).
    Aspects with no key under `data_dukung` at all are one finding that names them all
    (one cause, one line); an aspect whose key is written with no file is its own finding.
    Fix: attach the documents that prove the aspect (reports, decrees, SOPs, photos as PDF).
    Source: 2023 socialisation deck (123dok) [confirmed for 2023]; 2025 assumed from 2023.

    Example passes::

        kelompok: umum
        data_dukung:
          latar_belakang_tujuan: [lampiran/profil-masalah.pdf]
          kebaruan: [lampiran/perbandingan-alur.pdf]
          implementasi: [lampiran/sop-layanan.pdf]
          signifikansi: [lampiran/laporan-evaluasi.pdf]
          adaptabilitas: [lampiran/dokumen-replikasi.pdf]
          sumber_daya: [lampiran/rincian-anggaran.pdf]
          strategi_keberlanjutan: [lampiran/perbup-27-2021.pdf]

    Example fails::

        kelompok: umum
        data_dukung:
          signifikansi: [lampiran/laporan-evaluasi.pdf]
    """
    unlisted = []  # aspects with no key under `data_dukung`: one line, so one finding
    for aspect in ctx.pack.aspects_for(ctx.proposal.group):
        needed = aspect.supporting_data
        if needed is None or not needed.value:
            continue
        files = by_key(ctx.proposal.supporting_data, aspect.id)
        if files:
            continue
        if files is None and len(_needing(ctx)) > 1:
            unlisted.append(aspect)
            continue
        at = ("data_dukung", aspect.id)
        label = ctx.label(aspect)
        yield ctx.fail(
            "dd.missing", at=at, aspect=aspect.id, key=aspect.id, label=label, basis=needed
        )
    if len(unlisted) == 1:
        (aspect,) = unlisted
        yield ctx.fail(
            "dd.missing",
            at=("data_dukung", aspect.id),
            aspect=aspect.id,
            key=aspect.id,
            label=ctx.label(aspect),
            basis=aspect.supporting_data,
        )
    elif unlisted:
        yield ctx.fail(
            "dd.many.missing",
            # at the first absent key: the line each absent key's own finding would point at
            at=("data_dukung", unlisted[0].id),
            count=len(unlisted),
            labels=joined(ctx.label(a) for a in unlisted),
            keys=", ".join(f"`{a.id}`" for a in unlisted),
            basis=unlisted[0].supporting_data,
        )


def _needing(ctx: CheckContext) -> list[str]:
    """The group's aspects that need supporting data."""
    return [
        a.id
        for a in ctx.pack.aspects_for(ctx.proposal.group)
        if a.supporting_data is not None and a.supporting_data.value
    ]


@rule("DD002", _DD)
def evidence_files_are_readable(ctx: CheckContext) -> Iterator[Finding]:
    """Every supporting-data file exists inside the proposal's folder and opens as a PDF.

    Passes when each file under `data_dukung` is found (with exactly that spelling),
    is a regular file inside the folder, and opens as a PDF with at least one page.
    Fails when a file is missing, outside the folder, not a PDF, damaged or locked.
    Fix: correct the path or export the document again as PDF.
    Source: supporting data must be relevant and readable (kaltimprov.go.id) [confirmed].

    Example passes (file lampiran/laporan-evaluasi.pdf)::

        data_dukung:
          signifikansi: [lampiran/laporan-evaluasi.pdf]

    Example fails (file lampiran/Laporan-Evaluasi.pdf)::

        data_dukung:
          signifikansi: [lampiran/laporan-evaluasi.pdf]
    """
    for path, written in ctx.proposal.attachment_refs():
        if path[0] == "data_dukung":
            yield from problem_findings(ctx, path, written, aspect=str(path[1]))
