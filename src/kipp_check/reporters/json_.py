"""The JSON report: a documented, versioned shape for machines (`--format json`).

Shape version 1 (see README, "JSON output"). Keys are sorted and nothing
depends on the clock or the machine, so the same input gives the same bytes.
"""

from __future__ import annotations

import json

from kipp_check import __version__
from kipp_check.findings import format_path
from kipp_check.models.results import Finding, Report

SCHEMA_VERSION = 1


def render(report: Report) -> str:
    """The report as pretty-printed JSON, ending in a newline."""
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def as_dict(report: Report) -> dict[str, object]:
    """The report as plain data, in the documented shape."""
    h = report.header
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "kipp-check", "version": __version__},
        "file": report.file,
        "lang": report.lang,
        "pack": {"id": h.pack_id, "version": h.pack_version, "title": h.pack_title},
        "proposal": {
            "title": h.title,
            "institution": h.institution,
            "group": h.group,
            "category": h.category,
        },
        "schedule": {"today": h.today, "days_left": h.days_left, "deadline": h.deadline_local},
        "ready": report.ready,
        "readiness_percent": report.readiness,
        "counts": dict(report.counts),
        "criteria": [
            {
                "key": row.key,
                "label": row.label,
                "weight": row.weight,
                "status": row.status,
                "detail": row.detail,
                "findings": len(row.findings),
            }
            for row in report.rows
        ],
        "findings": [_finding(f) for f in report.findings],
        "rules": [
            {
                "id": r.rule.id,
                "criterion": r.rule.criterion,
                "title": r.rule.title,
                "status": r.status.value,
                "findings": len(r.findings),
                "reason": r.reason,
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
            }
            for a in report.attachments
        ],
    }


def _finding(finding: Finding) -> dict[str, object]:
    return {
        "rule_id": finding.rule_id,
        "severity": finding.severity.value,
        "message": finding.message,
        "fix": finding.fix,
        "file": finding.file,
        "line": finding.span.line if finding.span else None,
        "column": finding.span.column if finding.span else None,
        "path": format_path(finding.path),
        "criterion": finding.group,
        "aspect": finding.aspect or None,
        "message_key": finding.message_key,
    }
