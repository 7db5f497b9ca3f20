"""Aspect criterion: every question of the form answered, within its word limit, the background
backed by figures.

Findings go to the aspect's own report row (`aspek:<id>`), so the readiness
percentage can weigh them by the aspect's weight.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Label, Phrase, Value
from kipp_check.models.results import Finding, Severity
from kipp_check.pipeline.wordcount import count_words
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import AspectText, answer_boxes, aspect_text, by_key, is_blank
from kipp_check.rules.context import CheckContext
from kipp_check.rules.text_claims import figures_in

_ASP = Criterion.ASPECTS


@rule("ASP001", _ASP)
def aspects_are_answered(ctx: CheckContext) -> Iterator[Finding]:
    """Every aspect the group must answer has text.

    Passes when each of the pack's aspects for the proposal's group (2025: the eight
    of 2023's Kelompok Umum, plus three for replikasi) is written under `proposal`,
    and each identity field the pack's form asks (2026, provisional: Target Asta Cita,
    Target SDGs, Jenis Inovasi, Sektor, Lokasi) is filled in.
    Fails when one is missing or empty; a warning while the form is assumed (2025).
    A proposal that answers no aspect at all is an error in every edition, each empty box
    listed in its own aspect's row.
    Fix: write the aspect; SINOVIK does not accept an empty answer box.
    Source: 2023 Kelompok Umum aspects (123dok, goindonesia.co) [confirmed for 2023];
    the proposal must be complete (kaltimprov.go.id, 2025) [confirmed].

    Example passes::

        kelompok: umum
        proposal:
          ringkasan: SIGAP memindahkan layanan adminduk ke kantor desa.
          latar_belakang_tujuan: Warga menempuh tujuh jam perjalanan ke kantor dinas.
          kebaruan: Berkas diunggah operator desa, bukan oleh warga sendiri.
          implementasi: Gerai dibuka bertahap di 121 desa sejak 2021.
          signifikansi: Waktu layanan turun dari 14 hari menjadi 2 hari.
          adaptabilitas:
            sudah_direplikasi: Sudah, oleh Disdukcapil Kabupaten Muara Lestari.
            potensi_replikasi: Cocok untuk daerah kepulauan dan pedalaman.
          sumber_daya: APBD, 250 operator desa dan 125 paket komputer.
          strategi_keberlanjutan: Peraturan Bupati Nomor 27 Tahun 2021.

    Example fails::

        kelompok: umum
        proposal:
          ringkasan: SIGAP memindahkan layanan adminduk ke kantor desa.
          signifikansi: Waktu layanan turun dari 14 hari menjadi 2 hari.
    """
    yield from _identity_fields(ctx)
    asked = ctx.pack.aspects_for(ctx.proposal.group)
    if not asked:  # a group the edition does not run: ADM002 says so, and no form is known
        return
    # Nothing answered at all is an error in every edition; each empty box is still
    # listed in its own row, so every aspect's row shows what it lacks.
    nothing = all(is_blank(box.text) for a in asked for box in answer_boxes(ctx.proposal, a))
    for aspect in asked:
        if not aspect.required.value:
            continue
        for box in answer_boxes(ctx.proposal, aspect):
            if is_blank(box.text):
                yield ctx.fail(
                    "asp.missing",
                    at=box.path,
                    label=box_label(ctx, box),
                    severity=Severity.ERROR if nothing else None,
                    basis=None if nothing else aspect.required,
                    group=f"aspek:{aspect.id}",
                )


@rule("ASP002", _ASP)
def aspects_within_word_limit(ctx: CheckContext) -> Iterator[Finding]:
    """Every answer stays within its word limit.

    Passes when each answer box has at most the pack's words, counted as regional copies
    of the SINOVIK form count them: markup stripped, then every whitespace-separated token
    is a word, a bullet `-`, a lone `:` and a table's `|` included (`masing-masing` and
    `25%` are one word). Where a reader's count (tokens with a letter or digit) is higher,
    that is used: the stricter of the two.
    Fails when one is longer; a warning while the limit is assumed (2025: 2023's limits).
    Fix: shorten the answer; move detail into the supporting data.
    Source: *Ringkasan* 200 words (123dok 2023) [confirmed for 2023]; others from
    a regional copy of the form [assumed].

    Example passes::

        proposal:
          adaptabilitas:
            sudah_direplikasi: |
              Sudah, oleh Disdukcapil Kabupaten Muara Lestari sejak Maret 2023.

    Example fails::

        proposal:
          adaptabilitas:
            sudah_direplikasi: |
              Sudah. SIGAP telah direplikasi oleh Dinas Kependudukan dan Pencatatan
              Sipil Kabupaten Muara Lestari sejak Maret 2023 di 34 desa, dan oleh
              Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tana Rawa sejak
              Januari 2024 di 18 desa. Replikasi diawali dengan studi tiru,
              dilanjutkan dengan perjanjian kerja sama, pendampingan penyusunan SOP
              dan pelatihan operator desa oleh tim SIGAP. Kedua daerah menggunakan
              alur layanan, modul pelatihan dan aplikasi gerai yang sama, dan hasil
              pelaksanaannya dilaporkan kepada tim SIGAP setiap triwulan. Pada 2025,
              Disdukcapil Kabupaten Lembah Hijau mulai menyiapkan replikasi yang sama
              di 12 desa binaannya, dengan dukungan Bapperida dan Dinas Komunikasi dan
              Informatika setempat yang menyediakan jaringan serta pelatihan bagi
              seluruh operator desa.
    """
    for aspect in ctx.pack.aspects_for(ctx.proposal.group):
        for box in answer_boxes(ctx.proposal, aspect):
            if box.max_words is None or is_blank(box.text):
                continue
            words = count_words(box.text or "")
            if words > box.max_words.value:
                yield ctx.fail(
                    "asp.too_long",
                    at=box.path,
                    label=box_label(ctx, box),
                    words=words,
                    limit=box.max_words.value,
                    over=words - box.max_words.value,
                    basis=box.max_words,
                    group=f"aspek:{aspect.id}",
                )


@rule("ASP003", _ASP, severity=Severity.WARNING)
def no_answers_outside_the_form(ctx: CheckContext) -> Iterator[Finding]:
    """Only aspects the form asks of this group are written.

    Passes when every text under `proposal` belongs to an aspect of the proposal's group.
    Fails (warning) when an aspect of another group or edition is written (e.g.
    `inspirasi` in Kelompok Umum): SINOVIK has no box for it and the text is lost.
    Fix: move the text into an aspect of your group, or change the group.
    Source: the pack's aspects per group (2023: 123dok; replikasi aspects: regional copy) [assumed].

    Example passes::

        kelompok: umum
        proposal:
          kebaruan: Berkas diunggah operator desa, bukan oleh warga.

    Example fails::

        kelompok: umum
        proposal:
          inspirasi: SIGAP meniru layanan jemput bola Kabupaten Tana Rawa.
    """
    if ctx.proposal.aspects is None:
        return
    asked = {a.id for a in ctx.pack.aspects_for(ctx.proposal.group)}
    if not asked:  # a group the edition does not run: ADM002 says so
        return
    for name, info in type(ctx.proposal.aspects).model_fields.items():
        key = info.alias or name
        if key not in asked and by_key(ctx.proposal.aspects, key) is not None:
            yield ctx.fail(
                "asp.not_asked",
                at=("proposal", key),
                group_name=ctx.proposal.group or "-",
                # `aspect=` is `fail`'s own keyword (the aspect a finding lowers), so the
                # message's {aspect} field goes through `fields`.
                fields={"aspect": key},
            )


@rule("ASP004", _ASP)
def replication_claim_names_replicators(ctx: CheckContext) -> Iterator[Finding]:
    """A proposal that says it was replicated names who replicated it.

    Passes when `replikasi.sudah` is not true, or `replikasi.oleh` names at least one
    institution or unit.
    Fails when replication is claimed but nobody is named.
    Fix: list the institutions that replicated the innovation under `replikasi.oleh`.
    Source: *Adaptabilitas* question (a) asks who replicated it (regional form B) [assumed];
    KIPP 2025 stresses replication (menpan.go.id) [confirmed].

    Example passes::

        replikasi:
          sudah: true
          oleh:
            - Disdukcapil Kabupaten Muara Lestari

    Example fails::

        replikasi:
          sudah: true
          oleh: []
    """
    rep = ctx.proposal.replication
    if rep is not None and rep.done and not [name for name in rep.by if name.strip()]:
        # The finding lowers the row of the question on replication, when the form has one.
        carrier = ctx.pack.with_role("replication", ctx.proposal.group)
        row = f"aspek:{carrier[0].id}" if carrier else None
        yield ctx.fail("asp.replicated_unnamed", at=("replikasi", "oleh"), group=row)


@rule("ASP007", _ASP, severity=Severity.INFO, roles=("background",))
def background_gives_figures(ctx: CheckContext) -> Iterator[Finding]:
    """The background gives figures: how large the problem was before the innovation.

    Passes when the first answer the pack gives the role *background* (2025: *latar
    belakang dan tujuan*) holds at least one figure, a number or a percentage; a bare year
    is not a figure. An answer not written is ASP001's.
    Fails (info) when it holds none: "warga menempuh perjalanan jauh" does not say how far.
    Fix: give the size of the problem in figures, with their source, e.g. "38 desa hanya
    dapat dijangkau melalui sungai".
    Source: the background question asks for the situation before the innovation with a
    measurable target in the 2023 form (regional form B, rules dossier
    `proposal.latar_belakang.elements`) and for *data pendukung* in East Java's 2026 form
    [assumed]; counting figures is a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          latar_belakang_tujuan: |
            Sebanyak 38 desa hanya dapat dijangkau melalui sungai.

    Example fails::

        kelompok: umum
        proposal:
          latar_belakang_tujuan: |
            Warga desa menempuh perjalanan jauh dan lama ke kantor dinas.
    """
    carriers = ctx.pack.with_role("background", ctx.proposal.group)
    background = aspect_text(ctx.proposal, carriers[0]) if carriers else ""
    if background and not figures_in(background):
        yield ctx.fail(
            "asp.background.no_figures",
            at=("proposal", carriers[0].id),
            label=ctx.label(carriers[0]),
            group=f"aspek:{carriers[0].id}",
        )


def _identity_fields(ctx: CheckContext) -> Iterator[Finding]:
    """The pack's identity fields the group must fill in (none before 2026)."""
    for item in ctx.pack.identity_fields:
        if not item.required.value or (
            item.groups is not None and ctx.proposal.group not in item.groups
        ):
            continue
        value = ctx.proposal.written(item.id)
        if value is None or value == [] or (isinstance(value, str) and not value.strip()):
            about: Value = (
                Label(item.help, item.help_en or item.help)
                if item.help
                else Phrase("field.identity")
            )
            yield ctx.fail(
                "adm.identity.missing",
                at=(item.id,),
                key=item.id,
                label=ctx.label(item),
                pack=ctx.pack.title,
                about=about,
                basis=item.required,
                group=Criterion.ADMIN.value,
            )


def box_label(ctx: CheckContext, box: AspectText) -> Value:
    """An answer box's name in messages, e.g. `Adaptabilitas (Potensi replikasi)`."""
    label = ctx.label(box.aspect)
    return (
        Phrase.of("phrase.with_part", label=label, part=ctx.label(box.part)) if box.part else label
    )
