"""Group findings into the report's rows and derive each row's status and the readiness.

Rows: the proposal file itself (only when it has findings), administrative,
schedule, documents, supporting data, one row per aspect (with its weight), one
per innovation criterion (traced to the aspects that carry it), and the video.
"""

from __future__ import annotations

from dataclasses import replace

from kipp_check.deadline import days_left, format_deadline
from kipp_check.edition_banner import edition_notices
from kipp_check.findings import FILE_GROUP
from kipp_check.i18n import Lang, text
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import Finding, Header, Row, Severity
from kipp_check.options import RunOptions
from kipp_check.packs.editions import EditionChoice
from kipp_check.packs.model import Label, Pack
from kipp_check.rules.aspect_text import answer_boxes
from kipp_check.wordcount import count_words

READY, NEEDS_WORK, MISSING, NOT_CHECKED = "ready", "needs_work", "missing", "not_checked"
_SCORE = {READY: 1.0, NEEDS_WORK: 0.5, MISSING: 0.0, NOT_CHECKED: 0.0}
_HEAD = ("administrasi", "jadwal", "dokumen", "data_dukung")


def status_of(findings: list[Finding]) -> str:
    """`missing` when something required is absent, `needs_work` on any error or warning."""
    serious = [f for f in findings if f.severity is not Severity.INFO]
    if any(f.message_key.endswith(".missing") for f in serious):
        return MISSING
    return NEEDS_WORK if serious else READY


def build_rows(
    pack: Pack, proposal: Proposal | None, findings: tuple[Finding, ...], lang: Lang
) -> tuple[Row, ...]:
    """The report's rows, in the order a reader works through them."""

    def own(key: str) -> list[Finding]:
        return [f for f in findings if f.group == key]

    def row(key: str, label: str, weight: int | None = None, detail: str = "") -> Row:
        mine = own(key)
        status = status_of(mine) if proposal else NOT_CHECKED
        return Row(key, label, weight, status, detail, tuple(mine))

    rows: list[Row] = []
    if own(FILE_GROUP):
        rows.append(
            Row(
                FILE_GROUP,
                text("criterion.berkas", lang),
                None,
                status_of(own(FILE_GROUP)),
                "",
                tuple(own(FILE_GROUP)),
            )
        )
    rows += [row(key, text(f"criterion.{key}", lang)) for key in _HEAD]
    aspect_status: dict[str, str] = {}
    for aspect in pack.aspects_for(proposal.group if proposal else None):
        key = f"aspek:{aspect.id}"
        weight = aspect.weight.value if aspect.weight else None
        base = row(key, _label(aspect, lang), weight, _words(proposal, pack, aspect.id, lang))
        related = [*base.findings, *(f for f in findings if f.aspect == aspect.id)]
        status = status_of(related) if proposal else NOT_CHECKED
        aspect_status[aspect.id] = status
        rows.append(replace(base, status=status))
    for criterion in pack.innovation_criteria:
        key = f"kriteria:{criterion.id}"
        label = text("criterion.kriteria", lang, name=_label(criterion, lang))
        detail = text("report.carried_by", lang, aspects=", ".join(criterion.aspects))
        base = row(key, label, None, detail)
        carried = [aspect_status.get(a, READY) for a in criterion.aspects]
        status = _worst([base.status, *carried])
        rows.append(replace(base, status=status, emphasized=criterion.emphasized))
    rows.append(row("video", text("criterion.video", lang)))
    return tuple(rows)


def readiness(pack: Pack, proposal: Proposal | None, rows: tuple[Row, ...]) -> int:
    """The percentage of the aspects' weight that is ready (half for `needs_work`)."""
    if proposal is None:
        return 0
    weighted = [
        (r.weight, _SCORE[r.status]) for r in rows if r.key.startswith("aspek:") and r.weight
    ]
    if not any(r.weight for r in rows if r.key.startswith("aspek:")):
        # A form without published weights (KIPP 2026, provisional): every question counts
        # the same, rather than a percentage of nothing.
        weighted = [(1, _SCORE[r.status]) for r in rows if r.key.startswith("aspek:")]
    total = sum(w for w, _ in weighted)
    return int(100 * sum(w * s for w, s in weighted) / total) if total else 0


def build_header(
    pack: Pack,
    proposal: Proposal | None,
    options: RunOptions,
    edition: EditionChoice | None = None,
    file: str = "proposal.yaml",
) -> Header:
    """The facts the report opens with, in the report's language, and its banner."""
    lang = options.lang
    chosen = edition or EditionChoice(requested=pack.id, used=pack.id)
    inst = proposal.institution if proposal else None
    zone = inst.time_zone if inst else None
    groups = {g.id: _label(g, lang) for g in pack.groups.value}
    categories = {c.id: _label(c, lang) for c in pack.categories.value}
    group = proposal.group if proposal else None
    category = proposal.category if proposal else None
    return Header(
        title=(proposal.title or "") if proposal else "",
        institution=(inst.name or "") if inst else "",
        group=groups.get(group or "", group or ""),
        category=categories.get(category or "", category or ""),
        pack_id=pack.id,
        pack_version=pack.version,
        pack_title=pack.title,
        today=options.today.isoformat(),
        days_left=days_left(pack, options.today, zone) if pack.window_known else None,
        deadline_local=format_deadline(pack, zone, lang) if pack.window_known else "",
        pack_requested=chosen.requested,
        sources_until=pack.sources_until.isoformat(),
        provisional=pack.provisional,
        notices=edition_notices(
            pack, chosen, file=file, today=options.today, zone_name=zone, lang=lang
        ),
    )


def _worst(statuses: list[str]) -> str:
    order = [NOT_CHECKED, MISSING, NEEDS_WORK, READY]
    return min(statuses, key=order.index)


def _label(item: Label, lang: Lang) -> str:
    return item.label_en if lang is Lang.EN else item.label


def _words(proposal: Proposal | None, pack: Pack, aspect_id: str, lang: Lang) -> str:
    if proposal is None:
        return ""
    aspect = next(a for a in pack.aspects if a.id == aspect_id)
    parts = []
    for box in answer_boxes(proposal, aspect):
        words = count_words(box.text or "")
        limit = f"/{box.max_words.value}" if box.max_words else ""
        parts.append(f"{words}{limit}")
    return text("report.words", lang, counts=" + ".join(parts))
