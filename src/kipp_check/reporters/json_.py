"""The JSON report: a documented, versioned shape for machines (`--format json`).

Shape version 1, described by `schemas/report.schema.json` (and the README,
"JSON output"). One proposal file gives one report object; a folder, a glob or
several paths give `{"proposals": [...], "summary": ...}`, even when only one
proposal is found, so a pipeline over a folder always sees the same shape.
Waived findings are listed with `suppressed` set and are not counted. Keys are
sorted and nothing depends on the clock or the machine, so the same input
gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator

from kipp_check import __version__
from kipp_check.i18n import Lang
from kipp_check.i18n.render import in_order, render_fix, render_message, rule_title, say
from kipp_check.models.results import BatchReport, Finding, Report, Suppression
from kipp_check.pipeline.findings import format_path
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.safe_text import json_dumps

SCHEMA_VERSION = 1


def render(report: Report, lang: Lang = Lang.ID) -> str:
    """The report as pretty-printed JSON in `lang`, ending in a newline."""
    return _dumps(as_dict(report, lang))


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """The run: a single report object, or the batch shape (see the module docstring)."""
    return "".join(render_chunks(run, settings))


def render_chunks(run: BatchReport, settings: RenderSettings) -> Iterator[str]:
    """`render_run` piece by piece, a proposal at a time: a batch is written as it is made.

    The same bytes as dumping `batch_as_dict` whole: the batch object is dumped
    with no proposals, and each proposal's object, dumped alone and indented to
    its depth, goes into the empty list.
    """
    if not run.batch and len(run.reports) == 1:
        yield render(run.reports[0], settings.lang)
        return
    outline = _dumps({**_batch_outline(run), "proposals": []})
    if not run.reports:
        yield outline
        return
    before, after = outline.split(_NO_PROPOSALS)
    yield before + '\n  "proposals": ['
    for number, report in enumerate(run.reports):
        item = _dumps(as_dict(report, settings.lang)).rstrip("\n").replace("\n", "\n    ")
        yield ("\n    " if number == 0 else ",\n    ") + item
    yield "\n  ]" + after


_NO_PROPOSALS = '\n  "proposals": []'
"""The batch object's empty list of proposals as `_dumps` writes it; `summary`'s is a number."""


def batch_as_dict(run: BatchReport, lang: Lang = Lang.ID) -> dict[str, object]:
    """A run over several proposals as plain data, in the documented batch shape."""
    reports = [as_dict(report, lang) for report in run.reports]
    return {**_batch_outline(run), "proposals": reports}


def _batch_outline(run: BatchReport) -> dict[str, object]:
    """The batch shape without its proposals."""
    totals = {key: run.totals[key] for key in ("error", "warning", "info", "suppressed")}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "kipp-check", "version": __version__},
        "ready": run.ready,
        "fail_on": run.fail_on,
        "max_warnings": run.max_warnings,
        "summary": {
            "proposals": len(run.reports),
            "ready": run.totals["ready"],
            "counts": totals,
            "warnings_over_limit": run.too_many_warnings,
        },
    }


def _dumps(data: dict[str, object]) -> str:
    return json_dumps(data)


def _counts(report: Report) -> dict[str, int]:
    return {**report.counts, "suppressed": len(report.suppressed)}


def as_dict(report: Report, lang: Lang = Lang.ID) -> dict[str, object]:
    """The report as plain data, in the documented shape, its words in `lang`."""
    h = report.header
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "kipp-check", "version": __version__},
        "file": report.file,
        "lang": lang.value,
        "pack": {
            "id": h.pack_id,
            "version": h.pack_version,
            "title": h.pack_title,
            "requested": h.pack_requested or h.pack_id,
            "used": h.pack_id,
            "sources_until": h.sources_until,
            "provisional": h.provisional,
        },
        "notices": [{"kind": n.kind, "message": say(n.message, lang)} for n in h.notices],
        "proposal": {
            "title": h.title,
            "institution": h.institution,
            "group": say(h.group, lang),
            "category": say(h.category, lang),
        },
        "schedule": {
            "today": h.today,
            "days_left": h.days_left,
            "deadline": say(h.deadline_local, lang),
        },
        "ready": report.ready,
        "readiness_percent": report.readiness,
        "counts": _counts(report),
        "criteria": [
            {
                "key": row.key,
                "label": say(row.label, lang),
                "weight": row.weight,
                "status": row.status.value,
                "detail": say(row.detail, lang),
                "findings": len(row.findings),
            }
            for row in report.rows
        ],
        "findings": [_finding(f, lang) for f in in_order(report.every_finding(), lang)],
        "rules": [
            {
                "id": r.rule.id,
                "criterion": r.rule.criterion,
                "title": rule_title(r.rule.id, lang),
                "status": r.status.value,
                "findings": sum(1 for f in r.findings if f.suppressed is None),
                "suppressed": sum(1 for f in r.findings if f.suppressed is not None),
                "reason": say(r.reason, lang) if r.reason else "",
            }
            for r in report.results
        ],
        "attachments": [
            {
                "role": a.role,
                "path": a.path,
                "exists": a.exists,
                "bytes": a.bytes,
                "pages": a.pages,
                "encrypted": a.encrypted,
                "sha256": a.sha256,
                "problem": a.problem or None,
                "referenced": a.referenced,
                "opens_without_password": a.opens_without_password,
                "page_sizes": list(a.page_sizes),
                "page_layers": list(a.page_layers),
                "signature": {"field": a.signature_field, "signed": a.signed},
                "producer": a.producer or None,
                "first_words": a.first_words or None,
            }
            for a in report.attachments
        ],
    }


def _finding(finding: Finding, lang: Lang) -> dict[str, object]:
    return {
        "rule_id": finding.rule_id,
        "severity": finding.severity.value,
        "message": render_message(finding, lang),
        "fix": render_fix(finding, lang),
        "file": finding.file,
        "line": finding.span.line if finding.span else None,
        "column": finding.span.column if finding.span else None,
        "path": format_path(finding.path),
        "criterion": finding.group,
        "aspect": finding.aspect or None,
        "message_key": finding.message_key,
        "suppressed": _suppression(finding.suppressed),
    }


def _suppression(waiver: Suppression | None) -> dict[str, object] | None:
    if waiver is None:
        return None
    return {
        "reason": waiver.reason,
        "by": waiver.by,
        "until": waiver.until,
        "origin": waiver.origin,
        "kind": "inline" if waiver.inline else "config",
    }
