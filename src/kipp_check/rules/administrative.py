"""Administrative criterion: edition, group, category, theme, title, institution, people.

These are what the secretariat's *seleksi administrasi* checks first; in 2025
about 935 proposals fell at this gate.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from kipp_check.models.criterion import Criterion
from kipp_check.models.results import Finding, Severity
from kipp_check.packs.model import Label
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import is_blank
from kipp_check.rules.context import CheckContext

_ADM = Criterion.ADMIN


@rule("ADM001", _ADM)
def edition_is_known(ctx: CheckContext) -> Iterator[Finding]:
    """The proposal names the edition it is written for, and that edition's rules are shipped.

    Passes when `kompetisi` is the ID of the pack being applied (e.g. `kipp-2025`), or a
    later edition with no shipped pack that this pack stands in for (the report's banner
    names both).
    Fails when it is missing, or names another edition than the one checked.
    Fix: write `kompetisi: kipp-2025` (there was no KIPP in 2024).
    Source: Kementerian PANRB, no KIPP held in 2024 (daelpos.com/?p=117267) [confirmed].

    Example passes::

        kompetisi: kipp-2025

    Example fails::

        kompetisi: kipp-2024
    """
    written = ctx.proposal.competition
    if is_blank(written):
        yield ctx.fail(
            "adm.edition.missing", at=("kompetisi",), severity=Severity.WARNING, pack=ctx.pack.id
        )
    elif written not in {ctx.pack.id, ctx.pack.extends} and (
        not ctx.requested_edition or (written or "").strip() != ctx.requested_edition
    ):
        yield ctx.fail("adm.edition.other", at=("kompetisi",), value=written, pack=ctx.pack.id)


@rule("ADM002", _ADM)
def group_is_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """The group (*kelompok*) is one the edition runs.

    Passes when `kelompok` is one of the pack's groups (2025: umum, replikasi).
    Fails when it is missing or another value (2025 has no *kelompok khusus*).
    Fix: choose one of the listed groups.
    Source: the pack's `groups` (2025: kabar24.id, menpan.go.id) [confirmed].

    Example passes::

        kelompok: umum

    Example fails::

        kelompok: khusus
    """
    allowed = [g.id for g in ctx.pack.groups.value]
    written = ctx.proposal.group
    if is_blank(written):
        yield ctx.fail("adm.group.missing", at=("kelompok",), allowed=", ".join(allowed))
    elif written not in allowed:
        yield ctx.fail(
            "adm.group.unknown",
            at=("kelompok",),
            value=written,
            allowed=", ".join(allowed),
            basis=ctx.pack.groups,
        )


@rule("ADM003", _ADM)
def category_is_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """The category (*kategori*) is exactly one of the edition's categories.

    Passes when `kategori` is one of the pack's category IDs (2025: nine, Asta Cita aligned).
    Fails when it is missing or not one of them; a close ID is suggested.
    Fix: use the ID of the category the innovation serves, e.g. `transformasi_digital`.
    Source: the pack's `categories` (2025: kaltimprov.go.id) [reported wording, confirmed count].

    Example passes::

        kategori: transformasi_digital

    Example fails::

        kategori: digitalisasi_layanan
    """
    ids = [c.id for c in ctx.pack.categories.value]
    written = ctx.proposal.category
    if is_blank(written):
        yield ctx.fail("adm.category.missing", at=("kategori",), allowed=", ".join(ids))
        return
    assert written is not None
    if written in ids:
        return
    guess = _closest_category(written, ctx.pack.categories.value)
    key = "adm.category.unknown_hint" if guess else "adm.category.unknown"
    yield ctx.fail(key, at=("kategori",), value=written, guess=guess, allowed=", ".join(ids))


@rule("ADM004", _ADM, severity=Severity.WARNING)
def theme_alignment_is_written(ctx: CheckContext) -> Iterator[Finding]:
    """The proposal says how it serves the edition's theme.

    Passes when `keselarasan_tema` holds text. Whether it really fits is for the judges.
    Fails (warning) when it is missing or empty.
    Fix: explain in a few sentences how the innovation serves the theme.
    Source: the pack's `theme` (2025: metronewstv.co.id socialisation report) [confirmed].

    Example passes::

        keselarasan_tema: |
          SIGAP mendekatkan layanan adminduk ke desa, sehingga bantuan sosial
          lebih tepat sasaran bagi keluarga miskin.

    Example fails::

        keselarasan_tema: ""
    """
    if is_blank(ctx.proposal.theme_alignment):
        yield ctx.fail("adm.theme.missing", at=("keselarasan_tema",), theme=ctx.pack.theme.value)


@rule("ADM005", _ADM)
def title_is_present(ctx: CheckContext) -> Iterator[Finding]:
    """The innovation has a title.

    Passes when `judul` holds text.
    Fails when it is missing or empty.
    Fix: write the innovation's title as it will appear on SINOVIK.
    Source: 2025 requirements (kaltimprov.go.id) [confirmed].

    Example passes::

        judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)

    Example fails::

        judul: ""
    """
    if is_blank(ctx.proposal.title):
        yield ctx.fail("adm.title.missing", at=("judul",))


@rule("ADM006", _ADM, severity=Severity.WARNING)
def title_respects_propriety(ctx: CheckContext) -> Iterator[Finding]:
    """The title respects *norma dan kepantasan* and reads as a title.

    Passes when the title has no word from the impropriety list and is not shouted:
    an all-capital title is fine when it is a short acronym or carries its expansion.
    Fails (warning) on an improper word, or a long all-capital title.
    Fix: reword the title; write words in normal case, keep capitals for the acronym.
    Source: 2025 requirements, title must respect decency (kaltimprov.go.id) [confirmed];
    the checks themselves are heuristics.

    Example passes::

        judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)

    Example fails::

        judul: SISTEM INFORMASI ANTREAN PASIEN TERPADU
    """
    title = ctx.proposal.title or ""
    words = re.findall(r"[^\W\d_]+", title.casefold())
    improper = sorted(set(words) & _IMPROPER)
    if improper:
        yield ctx.fail("adm.title.improper", at=("judul",), words=", ".join(improper))
    letters = [c for c in title if c.isalpha()]
    if len(title.split()) > 3 and letters and all(c.isupper() for c in letters):
        yield ctx.fail("adm.title.shouting", at=("judul",))


@rule("ADM007", _ADM, severity=Severity.INFO)
def acronym_title_is_expanded(ctx: CheckContext) -> Iterator[Finding]:
    """An acronym title carries its expansion, so the title describes the innovation.

    Passes when the title is not a bare acronym, or the acronym is followed by its
    expansion, e.g. "SUMPAH BERUANG (Sulap Sampah Berubah menjadi Uang)".
    Fails (info) when the title is only an acronym such as "SI-ANTRI".
    Fix: add the expansion in parentheses after the acronym.
    Source: practice of winning entries (123dok 2023 deck) [assumed]; the rule that
    the title must describe the innovation is confirmed (kaltimprov.go.id).

    Example passes::

        judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)

    Example fails::

        judul: SI-ANTRI
    """
    title = (ctx.proposal.title or "").strip()
    if title and "(" not in title and all(_is_acronym(w) for w in title.split()):
        yield ctx.fail("adm.title.bare_acronym", at=("judul",), title=title)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _closest_category(value: str, categories: list[Label]) -> str:
    """The category a user most likely meant: a near-spelling of an ID, or the one
    whose ID and label share the most word stems (`digitalisasi_layanan` →
    `transformasi_digital`); empty when nothing stands out."""
    ids = [c.id for c in categories]
    found = difflib.get_close_matches(value, ids, n=1, cutoff=0.6)
    if found:
        return found[0]
    wanted = _stems(value)
    scores = sorted(
        ((len(wanted & _stems(f"{c.id} {c.label}")), c.id) for c in categories), reverse=True
    )
    best = scores[0] if scores else (0, "")
    runner_up = scores[1][0] if len(scores) > 1 else 0
    return best[1] if best[0] > runner_up else ""


def _stems(words: str) -> set[str]:
    return {w[:6] for w in re.split(r"[_\W]+", words.casefold()) if len(w) > 2}


_IMPROPER = frozenset({"bangsat", "goblok", "tolol", "bodoh", "kampret", "brengsek", "sialan"})
"""Words that are only insults. *Anjing* and *babi* are left out: they name animals in
real services (rabies vaccination, African swine fever control)."""
