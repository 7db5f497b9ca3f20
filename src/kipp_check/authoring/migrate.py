"""`kipp-check migrate`: a proposal of one edition, carried into a newer edition's form.

It writes a NEW file beside the source (`proposal.kipp-2026.yaml` by default,
so the attachments' relative paths still hold) and never touches the source:
not over it, not through a link (`new_file`). Answers move where the newer
pack's `migrate_from` says (`migration_plan`); a question whose id the newer
form also has keeps its answer. What cannot be placed is kept verbatim under
`arsip_migrasi`. Before anything is written, the new text is read back and
every answer compared with the source, character for character.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kipp_check.authoring.migration_plan import ARCHIVE_KEY, RESHAPED, Note, Plan, plan_migration
from kipp_check.authoring.migration_text import migrated_text
from kipp_check.authoring.new_file import write_new
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import render_message
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.form import proposal_model, questions
from kipp_check.models.results import Severity
from kipp_check.options import Limits
from kipp_check.packs import SHIPPED, load_pack
from kipp_check.packs.model import AnswerMove, MigrationMap, Pack


@dataclass(frozen=True)
class Migrated:
    """What `migrate` wrote and what the report says."""

    output: Path
    source_pack: str
    target_pack: str
    notes: tuple[Note, ...]
    schema_problems: int
    """Problems the new file still has against the newer form's schema (the source's own too)."""


def migrate(
    source: Path,
    target_ref: str,
    *,
    output: Path | None,
    force: bool,
    from_ref: str | None,
    lang: Lang,
) -> Migrated:
    """Write `source` carried into pack `target_ref`; `UsageError` for what the user must fix."""
    raw_bytes = _read(source, lang)
    parsed = parse_yaml(raw_bytes, file=source.as_posix(), limits=Limits())
    errors = [f for f in parsed.findings if f.severity is Severity.ERROR]
    if errors or not isinstance(parsed.data, dict):
        detail = render_message(errors[0], lang) if errors else text("migrate.not_mapping", lang)
        raise _usage("migrate.unreadable_yaml", lang, file=source.as_posix(), detail=detail)
    data: dict[str, Any] = parsed.data
    target = load_pack(target_ref, base_dir=Path.cwd())
    old_id = _source_edition(data, from_ref, lang)
    old = load_pack(old_id, base_dir=Path.cwd())
    mapping = _effective_mapping(target, old)
    plan = plan_migration(data, mapping, target)
    if not target.migrate_from.get(old.id) and not target.migrate_from.get(old.extends or ""):
        plan.notes.insert(0, Note("no_mapping", {"old": old.id, "new": target.id}))
    destination = output or source.with_name(f"{source.stem}.{target.id}.yaml")
    _refuse_same_file(source, destination, lang)
    body = migrated_text(
        raw_bytes.decode("utf-8"),
        data,
        parsed.source_map,
        plan,
        target_id=target.id,
        header=[text("migrate.header", lang, old=old.id, new=target.id, file=source.name)],
        archive_note=text("migrate.archive_note", lang),
    )
    problems = verify(body, data, plan, target, destination.as_posix())
    try:
        write_new(destination, body, force=force)
    except FileExistsError:
        raise _usage("migrate.exists", lang, file=destination.as_posix()) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _usage(
            "migrate.unwritable", lang, file=destination.as_posix(), reason=reason
        ) from None
    return Migrated(destination, old.id, target.id, tuple(plan.notes), problems)


def _read(source: Path, lang: Lang) -> bytes:
    if not source.is_file():
        raise _usage("migrate.no_source", lang, file=source.as_posix())
    limit = Limits().max_yaml_bytes
    try:
        with source.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise _usage("migrate.no_source", lang, file=f"{source.as_posix()} ({reason})") from None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _usage(
            "migrate.unreadable_yaml", lang, file=source.as_posix(), detail="UTF-8"
        ) from None
    return raw


def _source_edition(data: dict[str, Any], from_ref: str | None, lang: Lang) -> str:
    """The older edition: `--from`, else the proposal's `kompetisi` when it is shipped."""
    if from_ref:
        return from_ref
    written = data.get("kompetisi")
    if isinstance(written, str) and written.strip() in SHIPPED:
        return written.strip()
    shown = written if isinstance(written, str) else "-"
    raise _usage("migrate.source_unknown", lang, value=shown[:40])


def _effective_mapping(target: Pack, old: Pack) -> MigrationMap:
    """The declared map from `old` (or its base); a question both forms have keeps its answer."""
    declared = target.migrate_from.get(old.id) or target.migrate_from.get(old.extends or "")
    moves = list(declared.answers) if declared else []
    named = {move.old for move in moves}
    ids = {aspect.id for aspect in questions(target)}
    for aspect in questions(old):
        if aspect.id in ids and aspect.id not in named:
            moves.append(AnswerMove(old=aspect.id, new=[aspect.id]))
    if declared is not None:
        return declared.model_copy(update={"answers": moves})
    return MigrationMap(source="", confidence="assumed", answers=moves)  # type: ignore[arg-type]


def _refuse_same_file(source: Path, destination: Path, lang: Lang) -> None:
    same = os.path.abspath(source) == os.path.abspath(destination)
    if not same and destination.exists():
        try:
            same = os.path.samefile(source, destination)
        except OSError:
            same = False
    if same:
        raise _usage("migrate.same_file", lang, file=destination.as_posix())


def verify(body: str, data: dict[str, Any], plan: Plan, target: Pack, file: str) -> int:
    """Read `body` back: every answer as in the source, or a bug (exit 3); schema problems left."""
    parsed = parse_yaml(body.encode("utf-8"), file=file, limits=Limits())
    broken = [f for f in parsed.findings if f.severity is Severity.ERROR]
    if broken or not isinstance(parsed.data, dict):
        raise RuntimeError(f"migrate wrote YAML it cannot read: {broken[:1]}")
    new = parsed.data
    for new_path, sources in plan.moved_from.items():
        written = _at(new, new_path)
        texts = [
            t for t in (_at(data, old_path) for old_path in sources) if isinstance(t, str) and t
        ]
        if not texts:
            continue
        joined = "\n\n".join(t.rstrip("\n") for t in texts[:-1])
        expected = f"{joined}\n\n{texts[-1]}" if len(texts) > 1 else texts[0]
        if written != expected:
            raise RuntimeError(f"migrate changed the text placed at {'.'.join(new_path)}")
    for key, value in plan.archive.items():
        if new.get(ARCHIVE_KEY, {}).get(key) != value:
            raise RuntimeError(f"migrate lost archived {key}")
    rebuilt = {"kompetisi", *RESHAPED, ARCHIVE_KEY, *plan.dropped}
    for key, value in data.items():
        if key not in rebuilt and new.get(plan.renamed.get(key, key)) != value:
            raise RuntimeError(f"migrate changed {key}")
    try:
        proposal_model(target).model_validate(new)
    except ValidationError as error:
        return error.error_count()
    return 0


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _usage(key: str, lang: Lang, **args: object) -> UsageError:
    message = text(key, lang, **args)
    fix = f"{key}.fix"
    from kipp_check.i18n import has

    if has(fix):
        message += "\n  → " + text(fix, lang, **args)
    return UsageError(message)
