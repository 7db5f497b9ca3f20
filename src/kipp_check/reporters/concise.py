"""One line a finding, `file:line:col: RULE severity: message`: for pre-commit and editors.

The shape of `ruff --output-format concise` and `yamllint -f parsable`: a hook
that fails shows the user exactly the lines to fix and nothing else, and an
editor's error format (`%f:%l:%c: %m`) jumps to them. Waived findings are left
out (they are not to fix); a finding with no line, such as a missing file, is
`file: RULE severity: message`. The run's verdict goes to standard error, as
for every other machine format.
"""

from __future__ import annotations

from kipp_check.i18n import Lang, text
from kipp_check.i18n.render import in_order, render_message
from kipp_check.models.results import BatchReport, Finding, location
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.safe_text import one_line, safe


def render_run(run: BatchReport, settings: RenderSettings) -> str:
    """Every active finding of the run, one line each, in file and line order."""
    lines = [
        concise_line(finding, settings.lang)
        for report in run.reports
        for finding in in_order(report.findings, settings.lang)
    ]
    return "".join(f"{line}\n" for line in lines)


def concise_line(finding: Finding, lang: Lang) -> str:
    """`file:line:col: RULE severity: message`, on one line whatever the message holds."""
    where = location(safe(finding.file), finding.span)
    severity = text(f"severity.{finding.severity.value}", lang)
    return f"{where}: {finding.rule_id} {severity}: {one_line(render_message(finding, lang), 400)}"
