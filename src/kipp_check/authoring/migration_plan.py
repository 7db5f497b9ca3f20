"""Carry a proposal's answers into a newer edition's form, as its pack declares (`migrate`).

The newer pack says, in `migrate_from.<older edition>`, where each older
answer goes: `{old: signifikansi, new: [bentuk_dampak, mekanisme_evaluasi]}`.
The text goes whole to the first question named (never cut: only the author
can decide where a sentence belongs), and the others are listed as questions
it must now also be split into. Two older answers that go to one question are
joined, in the source's order, with a blank line. Everything the mapping does
not place, and every key the newer form does not have, is kept verbatim under
`arsip_migrasi`, so nothing the user wrote is lost. This module only plans:
`migration_text` writes the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kipp_check.models.form import proposal_model, questions
from kipp_check.packs.model import Aspect, MigrationMap, Pack
from kipp_check.pipeline.wordcount import count_words

ARCHIVE_KEY = "arsip_migrasi"
RESHAPED = ("proposal", "data_dukung", "dokumen")
"""Top-level mappings whose keys are the form's own: rebuilt for the newer form."""


@dataclass(frozen=True)
class Note:
    """One line of the migration report; `kind` names its message (`migrate.note.<kind>`)."""

    kind: str
    args: dict[str, object] = field(default_factory=dict)


@dataclass
class Plan:
    """The new proposal, and what the report must say about it."""

    reshaped: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The rebuilt `proposal`, `data_dukung`, `dokumen` mappings, in the newer form's order."""
    moved_from: dict[tuple[str, ...], list[tuple[str, ...]]] = field(default_factory=dict)
    """New document path → the source paths whose text it holds (for comments and checks)."""
    dropped: list[str] = field(default_factory=list)
    """Top-level keys the newer form lacks: their values go to the archive."""
    renamed: dict[str, str] = field(default_factory=dict)
    archive: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)


def plan_migration(data: dict[str, Any], mapping: MigrationMap, target: Pack) -> Plan:
    """How `data` (an older proposal, as parsed) becomes a proposal of `target`."""
    plan = Plan()
    accepted = _aliases(target)
    for key, value in data.items():
        if key in RESHAPED or key in {"kompetisi", ARCHIVE_KEY}:
            continue
        new_key = mapping.fields.get(key, key)
        if new_key in accepted:
            if new_key != key:
                plan.renamed[key] = new_key
                plan.notes.append(Note("renamed", {"old": key, "new": new_key}))
        else:
            plan.dropped.append(key)
            plan.archive[key] = value
            plan.notes.append(Note("unplaced", {"path": key}))
    _move_answers(data.get("proposal"), mapping, target, plan)
    _move_evidence(data.get("data_dukung"), mapping, plan)
    _keep_letters(data.get("dokumen"), target, plan)
    _new_questions(target, data.get("kelompok"), plan)
    if isinstance(data.get(ARCHIVE_KEY), dict):  # an earlier migration's archive stays whole
        plan.archive = {**data[ARCHIVE_KEY], **plan.archive}
    return plan


def _aliases(pack: Pack) -> set[str]:
    model = proposal_model(pack)
    return {info.alias or name for name, info in model.model_fields.items()}


def _move_answers(answers: object, mapping: MigrationMap, target: Pack, plan: Plan) -> None:
    if answers is None:
        return
    if not isinstance(answers, dict):
        plan.archive["proposal"] = answers
        plan.notes.append(Note("unplaced", {"path": "proposal"}))
        return
    moves = {move.old: move.new for move in mapping.answers}
    by_id = {aspect.id: aspect for aspect in questions(target)}
    placed: dict[str, list[str]] = {}
    for question, answer in answers.items():
        pieces = answer.items() if isinstance(answer, dict) else [(None, answer)]
        for part, text in pieces:
            old = question if part is None else f"{question}.{part}"
            new = moves.get(old) or (moves.get(question) if part is None else None)
            if new is None or (text is not None and not isinstance(text, str)):
                plan.archive[f"proposal.{old}"] = text
                plan.notes.append(Note("unplaced", {"path": f"proposal.{old}"}))
                continue
            placed.setdefault(new[0], []).append(old)
            _put(plan.reshaped.setdefault("proposal", {}), new[0], text)
            plan.moved_from.setdefault(("proposal", *new[0].split(".")), []).append(
                ("proposal", question) if part is None else ("proposal", question, part)
            )
            words = count_words(text or "")
            if len(new) > 1:
                others = ", ".join(_limit_label(by_id, t) for t in new[1:])
                first = _limit_label(by_id, new[0])
                plan.notes.append(
                    Note("split", {"old": old, "words": words, "first": first, "others": others})
                )
    for new_path, sources in placed.items():
        text = _get(plan.reshaped.get("proposal", {}), new_path)
        words = count_words(text or "")
        limit = _limit(by_id, new_path)
        if len(sources) > 1:
            plan.notes.append(Note("merged", {"new": new_path, "old": ", ".join(sources)}))
        if limit is not None and words > limit:
            plan.notes.append(Note("too_long", {"new": new_path, "words": words, "limit": limit}))
    plan.reshaped["proposal"] = _ordered(plan.reshaped.get("proposal", {}), by_id)


def _put(answers: dict[str, Any], path: str, text: str | None) -> None:
    """Place `text` at `question` or `question.part`; a second text is joined after a blank line."""
    question, _, part = path.partition(".")
    holder: dict[str, Any] = answers
    key = question
    if part:
        holder = answers.setdefault(question, {})
        key = part
    before = holder.get(key)
    if before and text:
        holder[key] = f"{before.rstrip(chr(10))}\n\n{text}"
    elif text or key not in holder:
        holder[key] = text


def _get(answers: dict[str, Any], path: str) -> str | None:
    question, _, part = path.partition(".")
    value = answers.get(question)
    if part and isinstance(value, dict):
        value = value.get(part)
    return value if isinstance(value, str) else None


def _ordered(answers: dict[str, Any], by_id: dict[str, Aspect]) -> dict[str, Any]:
    """The answers in the newer form's order (parts too)."""
    out: dict[str, Any] = {}
    for question_id, aspect in by_id.items():
        if question_id not in answers:
            continue
        value = answers[question_id]
        if isinstance(value, dict):
            order = [p.id for p in aspect.parts]
            value = {k: value[k] for k in sorted(value, key=order.index)}
        out[question_id] = value
    return out


def _limit(by_id: dict[str, Aspect], path: str) -> int | None:
    question, _, part = path.partition(".")
    aspect = by_id.get(question)
    if aspect is None:
        return None
    if part:
        found = next((p for p in aspect.parts if p.id == part), None)
        return found.max_words.value if found and found.max_words else None
    return aspect.max_words.value if aspect.max_words else None


def _limit_label(by_id: dict[str, Aspect], path: str) -> str:
    limit = _limit(by_id, path)
    return f"{path} ({limit})" if limit is not None else path


def _move_evidence(evidence: object, mapping: MigrationMap, plan: Plan) -> None:
    """Supporting data follows its answer to the first question it went to."""
    if evidence is None:
        return
    if not isinstance(evidence, dict):
        plan.archive["data_dukung"] = evidence
        plan.notes.append(Note("unplaced", {"path": "data_dukung"}))
        return
    moves = {move.old.partition(".")[0]: move.new[0].partition(".")[0] for move in mapping.answers}
    moved: dict[str, list[Any]] = {}
    for question, files in evidence.items():
        new = moves.get(question)
        if new is None or not isinstance(files, list):
            plan.archive[f"data_dukung.{question}"] = files
            plan.notes.append(Note("unplaced", {"path": f"data_dukung.{question}"}))
            continue
        moved.setdefault(new, []).extend(files)
    plan.reshaped["data_dukung"] = moved


def _keep_letters(letters: object, target: Pack, plan: Plan) -> None:
    if letters is None:
        return
    known = [document.id for document in target.required_documents]
    if not isinstance(letters, dict):
        plan.archive["dokumen"] = letters
        plan.notes.append(Note("unplaced", {"path": "dokumen"}))
        return
    kept = {key: value for key, value in letters.items() if key in known}
    for key, value in letters.items():
        if key not in known:
            plan.archive[f"dokumen.{key}"] = value
            plan.notes.append(Note("unplaced", {"path": f"dokumen.{key}"}))
    plan.reshaped["dokumen"] = {key: kept[key] for key in known if key in kept}
    for document in target.required_documents:
        if document.id not in kept and document.required.value:
            plan.notes.append(Note("new_letter", {"key": document.id}))


def _new_questions(target: Pack, group: object, plan: Plan) -> None:
    answered = plan.reshaped.get("proposal", {})
    split_into = {
        str(t).split(" ")[0]
        for n in plan.notes
        if n.kind == "split"
        for t in str(n.args["others"]).split(", ")
    }
    by_id = {aspect.id: aspect for aspect in questions(target)}
    for aspect in target.aspects_for(group if isinstance(group, str) else None):
        if aspect.id not in answered and aspect.id not in split_into:
            limit = _limit(by_id, aspect.id)
            words = f" ({limit})" if limit is not None else ""
            args: dict[str, object] = {
                "key": aspect.id,
                "label": aspect.label + words,
                "label_en": aspect.label_en + words,
            }
            plan.notes.append(Note("new_question", args))
