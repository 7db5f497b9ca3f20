"""SARIF 2.1.0, for GitHub code scanning and any other SARIF viewer.

One run for the whole check. `tool.driver.rules` lists the rules that
produced findings, with the catalogue title as short description, the first
paragraph of the docstring as full description and the whole docstring
(passes / fails / fix / source) as help. Locations are relative to the
repository (`uriBaseId: %SRCROOT%`). Waived findings are results with a
`suppressions` entry (`inSource` for a comment in the proposal, `external` for
the config), so viewers show them as dismissed. `informationUri` is the
repository of `[project.urls]`. The output is deterministic:
no timestamps, no absolute paths of the machine, sorted keys.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from kipp_check import __version__
from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_fix, render_message, say
from kipp_check.models.results import BatchReport, Finding, Severity, Suppression
from kipp_check.pipeline.findings import format_path
from kipp_check.reporters import RenderSettings, is_relative, repo_path
from kipp_check.reporters.rule_meta import rule_doc
from kipp_check.reporters.safe_text import json_dumps, safe
from kipp_check.reporters.summary import waiver_note

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """The run as one SARIF log, pretty-printed, ending in a newline."""
    lang = settings.lang
    findings = [f for report in run.reports for f in in_order(report.every_finding(), lang)]
    rule_ids = sorted({f.rule_id for f in findings})
    index = {rule_id: number for number, rule_id in enumerate(rule_ids)}
    seen: Counter[str] = Counter()
    results = [_result(f, index, lang, seen) for f in findings]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kipp-check",
                        "version": __version__,
                        "semanticVersion": __version__,
                        **_information_uri(),
                        "rules": [_rule(rule_id, lang) for rule_id in rule_ids],
                    }
                },
                "originalUriBaseIds": {
                    BASE_ID: {"description": {"text": text("sarif.base", lang)}}
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(run, lang)],
                "results": results,
            }
        ],
    }
    return json_dumps(log)


def _information_uri() -> dict[str, str]:
    """The tool's home page, from the one place it is written (`[project.urls]`)."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("kipp-check").get_all("Project-URL") or []
    except PackageNotFoundError:  # run from a source tree that was never installed
        return {}
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "repository" and url.strip():
            return {"informationUri": url.strip()}
    return {}


def _invocation(run: BatchReport, lang: Lang) -> dict[str, object]:
    """The run's invocation; the edition banner as its notifications, each line once."""
    invocation: dict[str, object] = {"executionSuccessful": True}
    seen: dict[tuple[str, str], None] = {}
    for report in run.reports:
        for notice in report.header.notices:
            seen.setdefault((notice.kind, say(notice.message, lang)))
    if seen:
        invocation["toolExecutionNotifications"] = [
            {"descriptor": {"id": f"edition.{kind}"}, "level": "note", "message": {"text": safe(m)}}
            for kind, m in seen
        ]
    return invocation


def _rule(rule_id: str, lang: Lang) -> dict[str, object]:
    doc = rule_doc(rule_id, lang)
    return {
        "id": rule_id,
        "shortDescription": {"text": doc.title},
        "fullDescription": {"text": doc.summary},
        "help": {"text": doc.help, "markdown": doc.help},
        "defaultConfiguration": {"level": _LEVEL[doc.severity]},
        "properties": {"tags": ["kipp", doc.criterion] if doc.criterion else ["kipp"]},
    }


def _result(
    finding: Finding, index: dict[str, int], lang: Lang, seen: Counter[str]
) -> dict[str, object]:
    message = safe(render_message(finding, lang))
    fix_text = render_fix(finding, lang)
    if fix_text:
        message += f"\n{text('github.fix', lang)}: {safe(fix_text)}"
    result: dict[str, object] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": _LEVEL[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": _physical(finding)}],
        "partialFingerprints": {"kippCheck/v1": _fingerprint(finding, seen)},
        "properties": {
            "criterion": finding.group,
            "path": format_path(finding.path),
            "messageKey": finding.message_key,
        },
    }
    if finding.suppressed is not None:
        result["suppressions"] = [_suppression(finding.suppressed, lang)]
    return result


def _physical(finding: Finding) -> dict[str, object]:
    location: dict[str, object]
    if is_relative(finding.file):
        location = {"uri": quote(repo_path(finding.file), safe="/"), "uriBaseId": BASE_ID}
    else:  # outside the repository: only an absolute URI can say where
        location = {"uri": Path(finding.file).absolute().as_uri()}
    physical: dict[str, object] = {"artifactLocation": location}
    if finding.span is not None:
        physical["region"] = {"startLine": finding.span.line, "startColumn": finding.span.column}
    return physical


def _fingerprint(finding: Finding, seen: Counter[str]) -> str:
    """Stable across runs and line moves: rule, file, document path, message key, occurrence."""
    basis = "|".join(
        (finding.rule_id, repo_path(finding.file), format_path(finding.path), finding.message_key)
    )
    seen[basis] += 1
    return hashlib.sha256(f"{basis}|{seen[basis]}".encode()).hexdigest()[:32]


def _suppression(waiver: Suppression, lang: Lang) -> dict[str, object]:
    justification = waiver_note(waiver, lang, escape=True)
    return {
        "kind": "inSource" if waiver.inline else "external",
        "status": "accepted",
        "justification": justification,
    }
