"""GitLab Code Quality JSON, for the merge-request widget (`artifacts:reports:codequality`).

A list of issues, one per active finding: `description`, `check_name` (the rule
ID), `fingerprint` (stable and unique per issue, or GitLab shows only the
first of a kind), `severity` on GitLab's scale and `location` (a path relative
to the repository and a line). Waived findings are left out: Code Quality has
no notion of a dismissed issue, and the JSON and SARIF reports keep them.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from kipp_check.i18n import Lang
from kipp_check.i18n.render import in_order, render_fix, render_message, say
from kipp_check.models.results import BatchReport, Finding, Notice, Severity
from kipp_check.pipeline.findings import format_path
from kipp_check.reporters import RenderSettings, repo_path
from kipp_check.reporters.safe_text import json_dumps, one_line

_SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "minor", Severity.INFO: "info"}
"""An error would fail the administrative selection: above GitLab's `major`, short of `blocker`."""


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """Every active finding of the run as a Code Quality issue, in report order."""
    lang = settings.lang
    seen: Counter[str] = Counter()
    issues: list[dict[str, object]] = []
    for report in run.reports:
        issues += [_notice(report.file, notice, lang) for notice in report.header.notices]
    issues += [
        _issue(f, seen, lang) for report in run.reports for f in in_order(report.findings, lang)
    ]
    return json_dumps(issues)


def _notice(file: str, notice: Notice, lang: Lang) -> dict[str, object]:
    """An edition banner line as an `info` issue on the proposal's first line, listed first."""
    path = repo_path(file)
    basis = f"edition|{notice.kind}|{path}"
    return {
        "description": one_line(say(notice.message, lang), 1000),
        "check_name": f"edition.{notice.kind}",
        "fingerprint": hashlib.sha256(basis.encode()).hexdigest()[:32],
        "severity": "info",
        "location": {"path": path, "lines": {"begin": 1}},
    }


def _issue(finding: Finding, seen: Counter[str], lang: Lang) -> dict[str, object]:
    path = repo_path(finding.file)
    description = f"{finding.rule_id}: {one_line(render_message(finding, lang), 1000)}"
    fix = render_fix(finding, lang)
    if fix:
        description += f" → {one_line(fix, 1000)}"
    return {
        "description": description,
        "check_name": finding.rule_id,
        "fingerprint": _fingerprint(finding, path, seen),
        "severity": _SEVERITY[finding.severity],
        "location": {"path": path, "lines": {"begin": finding.span.line if finding.span else 1}},
    }


def _fingerprint(finding: Finding, path: str, seen: Counter[str]) -> str:
    basis = "|".join((finding.rule_id, path, format_path(finding.path), finding.message_key))
    seen[basis] += 1
    return hashlib.sha256(f"{basis}|{seen[basis]}".encode()).hexdigest()[:32]
