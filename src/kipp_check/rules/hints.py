"""Content hints: what the judges look for in the text, caught while the innovator writes.

Each hint reads one answer box and names the words that triggered it, or the
kind of words it looked for and did not find, so the innovator can judge the
advice. They are heuristics on Indonesian wording: `info`, except the three
sustainability strategies the form itself asks for (`warning`). They
complement the criterion rules rather than repeat them: KRI001 counts the
impact's figures, KRI003 looks for the legal basis, ADM007 for an acronym
title, ASP002 for an answer over its limit. The hints on replication are in
`hints_replication`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Phrase, joined
from kipp_check.models.results import Finding, Severity
from kipp_check.packs.model import Aspect
from kipp_check.pipeline.wordcount import count_words
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import answer_boxes, aspect_text, is_blank
from kipp_check.rules.aspects import box_label
from kipp_check.rules.context import CheckContext
from kipp_check.rules.innovation import emphasized_criterion, quoted
from kipp_check.rules.legal_basis import cites_enacted_basis
from kipp_check.rules.text_claims import read_impact

_KRI = Criterion.INNOVATION
_NEAR_LIMIT = 0.9
"""Share of the word limit from which an answer is close to it."""

_METHOD = re.compile(
    r"\b(?:survei|survey|skm|ikm|indeks\s+kepuasan|kuesioner|angket|responden|wawancara"
    r"|evaluasi|diukur|mengukur|pengukuran|metode|laporan|log|dasbor|dashboard|rekap\w*"
    r"|statistik|bps|audit|penelitian|kajian|sampel|observasi|pemantauan|monitoring)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(?:sebelum\w*|semula|dahulu|dulu|selama\s+ini|biasanya|dibanding\w*"
    r"|berbeda\s+(?:dengan|dari)|tidak\s+seperti|alih-alih|menggantikan|mengganti"
    r"|cara\s+lama|konvensional|manual|awalnya|tadinya)\b",
    re.IGNORECASE,
)
_MANAGERIAL = re.compile(
    r"\b(?:manajerial|sop|standar\s+operasional|pelatihan|bimbingan\s+teknis|bimtek|kapasitas"
    r"|penjaminan\s+mutu|kinerja|evaluasi|monitoring|pemantauan|supervisi|pengawasan|audit"
    r"|tim\s+pengelola)\b",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"\b(?:strategi\s+sosial|partisipasi|peran\s+serta|pemangku\s+kepentingan|stakeholder"
    r"|tokoh|kader|komunitas|forum|kemitraan|mitra|kolaborasi|relawan|swadaya|keterlibatan"
    r"|melibatkan|dilibatkan|sosialisasi|organisasi\s+masyarakat|lsm|csr"
    r"|dukungan\s+masyarakat)\b",
    re.IGNORECASE,
)

_COMPARISON_WORDS = ("sebelum", "sesudah", "dari … menjadi", "turun", "naik")
_METHOD_WORDS = ("survei", "SKM", "evaluasi", "wawancara", "laporan")
_BEFORE_WORDS = ("sebelumnya", "selama ini", "dibandingkan", "berbeda dengan", "cara lama")
_STRATEGY_WORDS = {
    "institutional": ("Peraturan Bupati", "SK", "surat edaran"),
    "managerial": ("SOP", "pelatihan", "penjaminan mutu"),
    "social": ("partisipasi", "pemangku kepentingan", "kader"),
}


@rule("KRI004", _KRI, severity=Severity.INFO, roles=("impact",))
def impact_is_compared_and_measured(ctx: CheckContext) -> Iterator[Finding]:
    """The impact is told as a before-versus-after comparison, with how it was measured.

    Passes when the aspect showing the impact (2025: *signifikansi*) has comparison words
    ("sebelum", "sesudah", "dari … menjadi", "turun", "naik") and names a measurement
    method ("survei", "SKM", "evaluasi", "wawancara", "laporan").
    Fails (info) for each of the two that is missing, naming the words looked for.
    KRI001 counts the figures; this hint reads how they are framed.
    Fix: compare the situation before and after with figures, and say how they were
    measured (a satisfaction survey, an evaluation report, system data).
    Source: the form asks for the impact as before-versus-after and the measurement method
    (regional copy of the 2023 form, form B) [assumed]; KIPP 2025 stresses measurable
    benefit (menpan.go.id) [confirmed]; the word lists are a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          signifikansi: |
            Waktu penyelesaian akta turun dari 14 hari menjadi 2 hari kerja
            menurut Survei Kepuasan Masyarakat 2024.

    Example fails::

        kelompok: umum
        proposal:
          signifikansi: |
            Pada 2024 gerai desa menerbitkan 46.935 dokumen bagi warga 121 desa.
    """
    aspect = _carrier(ctx, "impact")
    written = aspect_text(ctx.proposal, aspect) if aspect else ""
    if aspect is None or not written:
        return
    at = ("proposal", aspect.id)
    label = ctx.label(aspect)
    row = "kriteria:kemanfaatan"
    reading = read_impact(written)  # a comparison counts only in a sentence reporting a result
    if not reading.compared:
        words = quoted(_COMPARISON_WORDS)
        key = "hint.impact.targets_only" if reading.targets else "hint.impact.no_comparison"
        targets = quoted(reading.targets)
        yield ctx.fail(key, at=at, label=label, words=words, targets=targets, group=row)
    if not _METHOD.search(written):
        words = quoted(_METHOD_WORDS)
        yield ctx.fail("hint.impact.no_method", at=at, label=label, words=words, group=row)


@rule("KRI007", _KRI, severity=Severity.WARNING, roles=("sustainability",))
def sustainability_covers_three_strategies(ctx: CheckContext) -> Iterator[Finding]:
    """The sustainability strategy covers the managerial and the social strategy, not only rules.

    Passes when the strategy answer (2025: *strategi keberlanjutan*) mentions a managerial
    strategy ("SOP", "pelatihan", "penjaminan mutu", "evaluasi", "tim pengelola") and a
    social one ("partisipasi", "pemangku kepentingan", "kader", "tokoh", "kemitraan").
    Where KRI003 does not run (its criterion is not stressed, as in 2023) this hint also
    looks for the institutional strategy: a regulation or decree, as KRI003 reads it.
    Fails (warning) naming each strategy not found and the words looked for.
    Fix: write the three strategies in turn: institutional (the regulation or decree),
    managerial (SOPs, training, quality assurance) and social (who takes part and how).
    Source: the form asks for institutional, managerial and social strategies (regional
    copy of the 2023 form, form B) [assumed]; KIPP 2025 stresses durability
    (menpan.go.id) [confirmed]; the word lists are a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          strategi_keberlanjutan: |
            Peraturan Bupati Nomor 27 Tahun 2021 mewajibkan gerai di setiap desa.
            SOP dan pelatihan operator tiap semester menjaga mutu layanan, dan
            kader posyandu serta tokoh masyarakat ikut melaporkan kelahiran.

    Example fails::

        kelompok: umum
        proposal:
          strategi_keberlanjutan: |
            Peraturan Bupati Nomor 27 Tahun 2021 mewajibkan gerai di setiap desa,
            dan anggarannya tersedia setiap tahun dalam APBD.
    """
    aspect = _carrier(ctx, "sustainability")
    written = aspect_text(ctx.proposal, aspect) if aspect else ""
    if aspect is None or not written:
        return
    checks: dict[str, Callable[[str], object]] = {
        "managerial": _MANAGERIAL.search,
        "social": _SOCIAL.search,
    }
    if emphasized_criterion(ctx, "keberlanjutan") is None:  # KRI003 is silent: read it here
        checks = {"institutional": cites_enacted_basis, **checks}
    missing = [name for name, found in checks.items() if not found(written)]
    if missing:
        yield ctx.fail(
            "hint.strategies.absent",
            at=("proposal", aspect.id),
            label=ctx.label(aspect),
            strategies=joined(Phrase(f"hint.strategy.{name}") for name in missing),
            words="; ".join(quoted(_STRATEGY_WORDS[name]) for name in missing),
            group="kriteria:keberlanjutan",
        )


@rule("KRI008", _KRI, severity=Severity.INFO, roles=("novelty",))
def novelty_says_what_came_before(ctx: CheckContext) -> Iterator[Finding]:
    """The novelty answer says what was different before the innovation.

    Passes when the answer carrying *kebaruan* has words that set the innovation against
    what came before: "sebelumnya", "selama ini", "dibandingkan", "berbeda dengan",
    "cara lama", "konvensional", "manual".
    Fails (info) when it has none: "the first in the city" says nothing of how it was done.
    Fix: describe how the service ran before and what is different now, e.g. "sebelumnya
    warga datang ke kantor dinas; kini cukup ke kantor desa".
    Source: *Kebaruan* asks what is new or different (regional copy of the 2023 form,
    form B) [assumed]; novelty, a new or different way, is a criterion of PermenPANRB
    91/2021 (brida.sultengprov.go.id) [reported]; the word list is a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          kebaruan: |
            Sebelumnya warga harus datang ke kantor dinas di ibu kota kabupaten;
            kini dokumen diterbitkan di kantor desa.

    Example fails::

        kelompok: umum
        proposal:
          kebaruan: |
            SI-ANTRI adalah aplikasi antrean pertama di puskesmas kota ini yang
            dapat diakses melalui WhatsApp.
    """
    aspect = _carrier(ctx, "novelty")
    written = aspect_text(ctx.proposal, aspect) if aspect else ""
    if aspect is not None and written and not _BEFORE.search(written):
        yield ctx.fail(
            "hint.novelty.no_before",
            at=("proposal", aspect.id),
            label=ctx.label(aspect),
            words=quoted(_BEFORE_WORDS),
            group="kriteria:kebaruan",
        )


@rule("ASP005", Criterion.ASPECTS, severity=Severity.INFO)
def answers_leave_room_below_the_limit(ctx: CheckContext) -> Iterator[Finding]:
    """Each answer leaves some room below its word limit.

    Passes when an answer uses less than 90 % of its limit (or has no limit).
    Fails (info) from 90 % up to the limit itself, giving the count; beyond the limit is
    ASP002's error.
    Fix: trim a few sentences, so a count that differs slightly on SINOVIK still fits.
    Source: SINOVIK's way of counting words is not published (rules dossier,
    `word_count_method`) [assumed]; the 90 % margin is advice, a heuristic.

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
              di 12 desa binaannya.
    """
    for aspect in ctx.pack.aspects_for(ctx.proposal.group):
        for box in answer_boxes(ctx.proposal, aspect):
            if box.max_words is None or is_blank(box.text):
                continue
            words, limit = count_words(box.text or ""), box.max_words.value
            if _NEAR_LIMIT * limit <= words <= limit:
                yield ctx.fail(
                    "hint.near_limit",
                    at=box.path,
                    label=box_label(ctx, box),
                    words=words,
                    limit=limit,
                    percent=100 * words // limit,
                    group=f"aspek:{aspect.id}",
                )


def _carrier(ctx: CheckContext, role: str) -> Aspect | None:
    """The first of the group's questions the pack gives `role`."""
    found = ctx.pack.with_role(role, ctx.proposal.group)
    return found[0] if found else None
