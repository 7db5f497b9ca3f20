"""Group findings into the report's rows and derive each row's status and the readiness.

Rows: the proposal file itself (only when it has findings), administrative,
schedule, documents, supporting data, one row per aspect (with its weight), one
per innovation criterion (traced to the aspects that carry it), and the video.
"""

from __future__ import annotations

from dataclasses import replace

from kipp_check.i18n import has
from kipp_check.models.criterion import FILE_GROUP, Criterion
from kipp_check.models.phrase import Label as Name
from kipp_check.models.phrase import Phrase, Value, joined
from kipp_check.models.proposal import Proposal
from kipp_check.models.results import Finding, Header, Row
from kipp_check.models.row_status import RowStatus, readiness_percent, status_from
from kipp_check.options import RunOptions
from kipp_check.packs.editions import EditionChoice
from kipp_check.packs.model import Label, Pack
from kipp_check.pipeline.deadline import days_left, deadline_line
from kipp_check.pipeline.edition_banner import edition_notices
from kipp_check.pipeline.wordcount import count_words
from kipp_check.rules.aspect_text import answer_boxes

_HEAD = tuple(
    c.value
    for c in (Criterion.ADMIN, Criterion.SCHEDULE, Criterion.DOCUMENTS, Criterion.SUPPORTING_DATA)
)
"""The fixed rows between the file's own row and the aspects, in reading order."""
_VIDEO = Criterion.VIDEO.value


def status_of(findings: list[Finding]) -> RowStatus:
    """A row's status from the findings it lists (`row_status` defines the words)."""
    return status_from(findings)


def build_rows(
    pack: Pack,
    proposal: Proposal | None,
    findings: tuple[Finding, ...],
    checked: frozenset[str] | None = None,
) -> tuple[Row, ...]:
    """The report's rows, in the order a reader works through them.

    Every finding is listed in exactly one row: one whose group has no row of
    its own (a rule's criterion without a fixed row) gets a row for that
    criterion, so the counts always equal what the rows list. `checked` names
    the criteria at least one rule ran for (all when `None`): a row of another
    criterion with nothing listed was not checked, not `ready`.
    """

    def own(key: str) -> list[Finding]:
        return [f for f in findings if f.group == key]

    def row(key: str, label: Value, weight: int | None = None, detail: Value = "") -> Row:
        mine = own(key)
        ran = checked is None or key.split(":", 1)[0] in checked
        status = status_of(mine) if proposal and (ran or mine) else RowStatus.NOT_CHECKED
        return Row(key, label, weight, status, detail, tuple(mine))

    aspects = pack.aspects_for(proposal.group if proposal else None)
    labels = {a.id: _label(a) for a in pack.aspects}
    fixed = {
        FILE_GROUP,
        *_HEAD,
        _VIDEO,
        *(f"aspek:{a.id}" for a in aspects),
        *(f"kriteria:{c.id}" for c in pack.innovation_criteria),
    }
    rows: list[Row] = []
    if own(FILE_GROUP):
        rows.append(_always_checked(row(FILE_GROUP, Phrase("criterion.berkas"))))
    rows += [row(key, Phrase(f"criterion.{key}")) for key in _HEAD]
    for other in sorted({f.group for f in findings} - fixed):
        label_key = f"criterion.{other}"
        label: Value = Phrase(label_key) if has(label_key) else other
        rows.append(_always_checked(row(other, label)))
    for aspect in aspects:
        weight = aspect.weight.value if aspect.weight else None
        detail = _words(proposal, pack, aspect.id)
        rows.append(row(f"aspek:{aspect.id}", _label(aspect), weight, detail))
    aspect_status = {r.key: r.status for r in rows if r.key.startswith("aspek:")}
    for criterion in pack.innovation_criteria:
        name = Phrase.of("criterion.kriteria", name=_label(criterion))
        carriers = joined(labels.get(a, a) for a in criterion.aspects)
        detail = Phrase.of("report.carried_by", aspects=carriers)
        base = row(f"kriteria:{criterion.id}", name, None, detail)
        carried = [aspect_status.get(f"aspek:{a}") for a in criterion.aspects]
        rows.append(
            replace(_unjudged_if_unanswered(base, carried), emphasized=criterion.emphasized)
        )
    rows.append(row(_VIDEO, Phrase("criterion.video")))
    return tuple(rows)


def _unjudged_if_unanswered(row: Row, carriers: list[RowStatus | None]) -> Row:
    """A criterion with no gaps of its own is not `ready` while an aspect carrying it is
    unanswered: the rules had no text to judge, so the row says `not checked`, and its
    gap count (0) still agrees with its status."""
    if row.status is RowStatus.READY and RowStatus.MISSING in carriers:
        return replace(row, status=RowStatus.NOT_CHECKED)
    return row


def _always_checked(row: Row) -> Row:
    """A row made only for findings the loader or a crash produced: it was checked."""
    if row.status is RowStatus.NOT_CHECKED:
        return replace(row, status=status_of(list(row.findings)))
    return row


def readiness(
    pack: Pack, proposal: Proposal | None, rows: tuple[Row, ...], *, ready: bool = False
) -> int:
    """The weighted share of the aspects without gaps; 100 only with a ready verdict.

    Aspects count by their weight: a row `ready` or with advice only earns it all,
    one that `needs_work` half, one `missing` nothing (`row_status.readiness_percent`).
    """
    if proposal is None:
        return 0
    weighted = [
        (r.weight, RowStatus(r.status)) for r in rows if r.key.startswith("aspek:") and r.weight
    ]
    if not any(r.weight for r in rows if r.key.startswith("aspek:")):
        # A form without published weights (KIPP 2026, provisional): every question counts
        # the same, rather than a percentage of nothing.
        weighted = [(1, RowStatus(r.status)) for r in rows if r.key.startswith("aspek:")]
    return readiness_percent(weighted, ready=ready)


def build_header(
    pack: Pack,
    proposal: Proposal | None,
    options: RunOptions,
    edition: EditionChoice | None = None,
    file: str = "proposal.yaml",
) -> Header:
    """The facts the report opens with, and its banner."""
    chosen = edition or EditionChoice(requested=pack.id, used=pack.id)
    inst = proposal.institution if proposal else None
    zone = inst.time_zone if inst else None
    groups = {g.id: _label(g) for g in pack.groups.value}
    categories = {c.id: _label(c) for c in pack.categories.value}
    group = (proposal.group if proposal else None) or ""
    category = (proposal.category if proposal else None) or ""
    return Header(
        title=(proposal.title or "") if proposal else "",
        institution=(inst.name or "") if inst else "",
        group=groups.get(group, group),
        category=categories.get(category, category),
        pack_id=pack.id,
        pack_version=pack.version,
        pack_title=pack.title,
        today=options.today.isoformat(),
        days_left=days_left(pack, options.today, zone) if pack.window_known else None,
        deadline_local=deadline_line(pack, zone) if pack.window_known else "",
        pack_requested=chosen.requested,
        sources_until=pack.sources_until.isoformat(),
        provisional=pack.provisional,
        notices=edition_notices(pack, chosen, file=file, today=options.today, zone_name=zone),
    )


def _label(item: Label) -> Value:
    return Name(item.label, item.label_en)


def _words(proposal: Proposal | None, pack: Pack, aspect_id: str) -> Value:
    if proposal is None:
        return ""
    aspect = next(a for a in pack.aspects if a.id == aspect_id)
    parts = []
    for box in answer_boxes(proposal, aspect):
        words = count_words(box.text or "")
        limit = f"/{box.max_words.value}" if box.max_words else ""
        parts.append(f"{words}{limit}")
    return Phrase.of("report.words", counts=" + ".join(parts))
