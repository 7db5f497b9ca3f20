"""Content hints on replication: the claim names who replicated, and something proves it.

Part (a) of *adaptabilitas* is where SINOVIK asks whether, and by whom, the
innovation was replicated; the evaluators gave priority to replicated
innovations, so a vague claim ("beberapa puskesmas lain") costs the most here.
ASP004 checks the YAML list `replikasi.oleh`; these hints read what the judges
read: the answer itself and the supporting data's file names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from kipp_check.models.criterion import Criterion
from kipp_check.models.phrase import Label
from kipp_check.models.results import DocPath, Finding, Severity
from kipp_check.packs.model import Aspect
from kipp_check.rules._registry import rule
from kipp_check.rules.aspect_text import answer_boxes, by_key, is_blank
from kipp_check.rules.context import CheckContext
from kipp_check.rules.innovation import quoted
from kipp_check.rules.letters import REPLICATION, letter_key
from kipp_check.rules.text_claims import institution_names, replication_claims

_KRI = Criterion.INNOVATION
_PROOF = re.compile(
    r"replika|perjanjian|kerja[-_ ]?sama|pks|mou|kesepakatan|nota|keterangan|pernyataan",
    re.IGNORECASE,
)
_WILLINGNESS = re.compile(r"kesediaan", re.IGNORECASE)


@rule("KRI005", _KRI, severity=Severity.INFO, roles=("replication",))
def replication_claim_names_institutions(ctx: CheckContext) -> Iterator[Finding]:
    """An answer that claims replication names the institutions that replicated it.

    Passes when the answer on replication (*adaptabilitas* part a) makes no claim, or names
    an institution: a word such as Dinas, Disdukcapil, Kabupaten, Kota, Puskesmas or RSUD
    followed by a name, or a vertical office (an acronym and a region: "BPS Kabupaten …",
    "KUA Kecamatan …"), other than the proposing institution and not where a visit went
    ("studi tiru ke Puskesmas …"). Not a claim (`text_claims`): a denial ("belum ada unit
    kerja yang mereplikasi"), an answer opening "Belum." or "Tidak.", a potential ("siap/dapat
    direplikasi"), and anything at all when the proposal declares `replikasi.sudah: false`.
    Fails (info) when it claims replication ("telah direplikasi", or `replikasi.sudah: true`)
    but names nobody: the judges read this text, not `replikasi.oleh`.
    Fix: name each replicating institution and since when, e.g. "Disdukcapil Kabupaten
    Muara Lestari sejak Maret 2023".
    Source: *Adaptabilitas* question (a) asks which units or agencies replicated it
    (regional copy of the 2023 form, form B) [assumed]; the evaluators prioritised replicated
    innovations (suaraborneo.id) [reported]; spotting names is a heuristic.

    Example passes::

        kelompok: umum
        proposal:
          adaptabilitas:
            sudah_direplikasi: |
              Sudah. SIGAP direplikasi oleh Disdukcapil Kabupaten Muara Lestari
              sejak Maret 2023.

    Example fails::

        kelompok: umum
        proposal:
          adaptabilitas:
            sudah_direplikasi: |
              Sudah. SI-ANTRI telah direplikasi oleh beberapa puskesmas lain
              setelah studi tiru ke puskesmas kami.
    """
    path, written = _replication_box(ctx) or ((), None)
    if written is None or is_blank(written):
        return
    claim = _claim(ctx, written)
    if claim and not _names_institution(ctx, written):
        yield ctx.fail("hint.replication.unnamed", at=path, claim=claim, group="kriteria:replikasi")


@rule("KRI006", _KRI, severity=Severity.INFO, roles=("replication",))
def replication_is_evidenced(ctx: CheckContext) -> Iterator[Finding]:
    """A claimed replication is backed by a letter or an agreement among the supporting data.

    Passes when no replication is claimed, no file is listed under
    `data_dukung.adaptabilitas` (DD001 asks for one), or a listed file's name points to
    proof: "replikasi", "perjanjian", "kerja sama", "PKS", "MoU", "keterangan".
    Fails (info) when replication is claimed and the listed files look like something else,
    e.g. only photos; the *surat kesediaan replikasi* does not count, it only offers to be
    replicated.
    Fix: attach a letter from the replicating institution or the cooperation agreement under
    `data_dukung.adaptabilitas`, with a name that says what it is.
    Source: every aspect but the summary needs supporting data (123dok.com, 2023) [assumed
    for 2025]; which document proves replication is advice, a heuristic on file names.

    Example passes::

        replikasi:
          sudah: true
          oleh: [Disdukcapil Kabupaten Muara Lestari]
        data_dukung:
          adaptabilitas: [lampiran/perjanjian-kerja-sama-replikasi.pdf]

    Example fails::

        replikasi:
          sudah: true
          oleh: [Disdukcapil Kabupaten Muara Lestari]
        data_dukung:
          adaptabilitas: [lampiran/foto-kegiatan.pdf]
    """
    question = replication_question(ctx)
    box = _replication_box(ctx)
    claim = _claim(ctx, box[1] if box else "")
    listed = by_key(ctx.proposal.supporting_data, question.id) if question else None
    files = [f for f in listed if isinstance(f, str)] if isinstance(listed, list) else []
    if question is None or not claim or not files:
        return
    letter = by_key(ctx.proposal.documents, letter_key(ctx, REPLICATION))
    proof = [
        f
        for f in files
        if f != letter
        and _PROOF.search(PurePosixPath(f).name)
        and not _WILLINGNESS.search(PurePosixPath(f).name)
    ]
    if not proof:
        yield ctx.fail(
            "hint.replication.no_proof",
            at=("data_dukung", question.id),
            claim=claim,
            files=", ".join(files),
            key=question.id,
            label=short_label(ctx.label(question)),
            group="kriteria:replikasi",
        )


def _replication_box(ctx: CheckContext) -> tuple[DocPath, str | None] | None:
    """Where the proposal answers "already replicated, by whom?", and what it says."""
    aspect = replication_question(ctx)
    if aspect is None:
        return None
    boxes = list(answer_boxes(ctx.proposal, aspect))
    return boxes[0].path, boxes[0].text


def replication_question(ctx: CheckContext) -> Aspect | None:
    """The group's question with role `replication` (whose first box asks who replicated it)."""
    found = ctx.pack.with_role("replication", ctx.proposal.group)
    return found[0] if found else None


def short_label(label: Label) -> Label:
    """A question's name mid-sentence: without its gloss in brackets, lower-case first letter."""
    return Label(_short(label.id), _short(label.en))


def _short(name: str) -> str:
    short = name.split(" (", 1)[0]
    return short[:1].lower() + short[1:]


def _claim(ctx: CheckContext, written: str | None) -> str:
    """The words that claim replication, quoted, or `replikasi.sudah: true`; empty if none.

    A proposal that declares `replikasi.sudah: false` claims nothing, whatever a
    sentence seems to say: a hint never contradicts the proposal's own facts.
    """
    rep = ctx.proposal.replication
    if rep is not None and rep.done is False:
        return ""
    claims = replication_claims(written or "")
    if claims:
        return quoted(claims)
    return "`replikasi.sudah: true`" if rep is not None and rep.done else ""


def _names_institution(ctx: CheckContext, written: str) -> bool:
    """Whether `written` names an institution other than the proposer (or its parent)."""
    inst = ctx.proposal.institution
    own = " ".join(filter(None, [inst.name, inst.parent])) if inst else ""
    return bool(institution_names(written, own=own))
