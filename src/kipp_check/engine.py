"""Run the rules over a loaded proposal and assemble the report.

Each rule runs in isolation: a rule that crashes becomes an `ERRORED` result
with one `KC003` finding, and the others still run. Rules that need a valid
proposal are skipped, with a reason, when validation failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kipp_check.findings import make_finding
from kipp_check.i18n import text
from kipp_check.loader.proposal import LoadedProposal
from kipp_check.models.results import Finding, Report, RuleResult, Severity, Status
from kipp_check.options import RunOptions
from kipp_check.packs.model import Pack
from kipp_check.report_rows import build_header, build_rows, readiness
from kipp_check.rules import Rule, all_rules
from kipp_check.rules.context import CheckContext


def check(
    loaded: LoadedProposal,
    pack: Pack,
    options: RunOptions,
    rules: Iterable[Rule] | None = None,
) -> Report:
    """Apply `rules` (all by default) of `pack` to `loaded`; never raises for content."""
    results = tuple(_run(rule, loaded, pack, options) for rule in (rules or all_rules()))
    found = [*loaded.findings, *(f for r in results for f in r.findings)]
    findings = tuple(sorted(found, key=Finding.sort_key))
    rows = build_rows(pack, loaded.proposal, findings, options.lang)
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    return Report(
        file=loaded.file,
        lang=options.lang.value,
        header=build_header(pack, loaded.proposal, options),
        rows=rows,
        results=results,
        findings=findings,
        attachments=loaded.attachments,
        readiness=readiness(pack, loaded.proposal, rows),
        ready=not any(options.fail_on.trips(f.severity) for f in findings),
        counts=counts,
    )


def _run(rule: Rule, loaded: LoadedProposal, pack: Pack, options: RunOptions) -> RuleResult:
    info = rule.info(options.lang)
    if loaded.proposal is None:
        return RuleResult(info, Status.SKIPPED, reason=text("engine.skipped_invalid", options.lang))
    ctx = CheckContext(
        proposal=loaded.proposal,
        pack=pack,
        attachments={facts.path: facts for facts in loaded.attachments},
        today=options.today,
        lang=options.lang,
        file=loaded.file,
        rule=rule,
    )
    try:
        produced = list(rule.func(ctx))
    except Exception as exc:  # a rule bug must not hide the other rules' findings
        crash = make_finding(
            "KC003",
            Severity.ERROR,
            "engine.rule_crashed",
            lang=options.lang,
            file=loaded.file,
            group=rule.criterion.value,
            rule=rule.id,
            error=type(exc).__name__,
        )
        return RuleResult(info, Status.ERRORED, (crash,))
    located = tuple(replace(f, span=loaded.source_map.lookup(f.path)) for f in produced)
    return RuleResult(info, Status.FAILED if located else Status.PASSED, located)
