"""Run the rules over a loaded proposal and assemble the report.

Each rule runs in isolation: a rule that crashes becomes an `ERRORED` result
with one `KC003` finding, and the others still run. Rules that need a valid
proposal are skipped, with a reason, when validation failed.

The rules over a whole run (`Scope.RUN`) run here too, once every proposal
of the run is checked (`check_run`), and their results join each report
(`add_results`). The run's rule policy is applied here, in one place, for
both: rules that are not selected are skipped with the reason, severity
overrides replace the rule's severity, and waived findings are marked as
suppressed, so they stay in the report but no longer count for the verdict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kipp_check.loader.proposal import LoadedProposal
from kipp_check.models.phrase import Phrase
from kipp_check.models.reserved import RULE_CRASHED
from kipp_check.models.results import (
    DocPath,
    Finding,
    Report,
    Row,
    RuleResult,
    Severity,
    Status,
)
from kipp_check.options import RunOptions
from kipp_check.packs.editions import EditionChoice
from kipp_check.packs.model import Pack
from kipp_check.pipeline.findings import make_finding
from kipp_check.pipeline.report_rows import build_header, build_rows, readiness, status_of
from kipp_check.pipeline.waivers import apply_waivers
from kipp_check.rules import Rule, Scope, all_rules
from kipp_check.rules.context import CheckContext, RunContext
from kipp_check.rules.cross_facts import CrossFacts


def check(
    loaded: LoadedProposal,
    pack: Pack,
    options: RunOptions,
    rules: Iterable[Rule] | None = None,
    *,
    edition: EditionChoice | None = None,
) -> Report:
    """Apply `rules` (all by default) of `pack` to `loaded`; never raises for content.

    `edition` says which edition was asked for when `pack` stands in for it.
    """
    chosen = edition or EditionChoice(requested=pack.id, used=pack.id)
    results = tuple(
        _governed(_run(rule, loaded, pack, options, chosen.requested), options)
        for rule in (rules or all_rules())
    )
    found = [*loaded.findings, *(f for r in results for f in r.findings)]
    findings = tuple(sorted((f for f in found if f.suppressed is None), key=Finding.sort_key))
    ran = frozenset(r.rule.criterion for r in results if r.status is not Status.SKIPPED)
    rows = build_rows(pack, loaded.proposal, findings, checked=ran)
    ready = not any(options.fail_on.trips(f.severity) for f in findings)
    return Report(
        file=loaded.file,
        header=build_header(pack, loaded.proposal, options, chosen, loaded.file),
        rows=rows,
        results=results,
        findings=findings,
        # The PDF text was for the rules; no report shows it, and a batch keeps every
        # report until its summary is printed (it was 70 % of a report's memory).
        attachments=tuple(replace(a, text=()) for a in loaded.attachments),
        readiness=readiness(pack, loaded.proposal, rows, ready=ready),
        ready=ready,
        counts=_counts(findings),
        suppressed=_waived(results),
    )


def check_run(facts: Sequence[CrossFacts | None]) -> list[list[RuleResult]]:
    """Each proposal's results for every rule over the whole run, in run order.

    `facts` are the proposals' in run order; one that did not validate has
    none, and its results are skipped with the reason the per-proposal rules
    give. A finding belongs to the proposal whose file it names: a run checks
    each file once (discovery sees to it).
    """
    valid = tuple((number, own) for number, own in enumerate(facts) if own is not None)
    number_of = {own.file: number for number, own in valid}
    if len(number_of) < len(valid):
        raise ValueError("a run checks each proposal file once")
    per_proposal: list[list[RuleResult]] = [[] for _ in facts]
    for rule in all_rules(Scope.RUN):
        found: dict[int, list[Finding]] = defaultdict(list)
        for finding in rule.func(RunContext(rule, valid)):
            found[number_of[finding.file]].append(finding)
        info = rule.info()
        for number, own in enumerate(facts):
            if own is None:
                reason = Phrase("engine.skipped_invalid")
                per_proposal[number].append(RuleResult(info, Status.SKIPPED, reason=reason))
                continue
            mine = tuple(found.get(number, ()))
            status = Status.FAILED if mine else Status.PASSED
            per_proposal[number].append(RuleResult(info, status, mine))
    return per_proposal


def add_results(report: Report, results: Iterable[RuleResult], options: RunOptions) -> Report:
    """`report` with more rule results (a batch's cross-proposal rules), governed the same way.

    Their active findings join the report row of their criterion, and the
    counts and the verdict are computed again; the aspects' readiness is not
    touched, since these rules concern no aspect.
    """
    added = tuple(_governed(result, options) for result in results)
    if not added:
        return report
    new = [f for r in added for f in r.findings if f.suppressed is None]
    findings = tuple(sorted((*report.findings, *new), key=Finding.sort_key))
    rows = tuple(_with_findings(row, [f for f in new if f.group == row.key]) for row in report.rows)
    ready = not any(options.fail_on.trips(f.severity) for f in findings)
    return replace(
        report,
        rows=rows,
        results=tuple(sorted((*report.results, *added), key=lambda r: r.rule.id)),
        findings=findings,
        ready=ready,
        readiness=report.readiness if ready else min(report.readiness, 99),
        counts=_counts(findings),
        suppressed=tuple(sorted((*report.suppressed, *_waived(added)), key=Finding.sort_key)),
    )


def _governed(result: RuleResult, options: RunOptions) -> RuleResult:
    """`result` under the run's policy: deselected, re-graded, and with waivers applied."""
    rule_id = result.rule.id
    if not options.policy.selects(rule_id):
        reason = options.policy.skip_reason(rule_id)
        return RuleResult(result.rule, Status.SKIPPED, reason=reason)
    info, findings = result.rule, result.findings
    severity = options.policy.severity_for(rule_id)
    if severity is not None:
        info = replace(info, severity=severity)
        findings = tuple(
            replace(f, severity=severity) if f.rule_id == rule_id else f  # never a KC003 crash
            for f in findings
        )
    findings = apply_waivers(findings, options.waivers, today=options.today)
    status = result.status
    if findings and status is Status.FAILED and all(f.suppressed for f in findings):
        status = Status.SUPPRESSED
    return replace(result, rule=info, status=status, findings=findings)


def _with_findings(row: Row, added: list[Finding]) -> Row:
    if not added:
        return row
    findings = tuple(sorted((*row.findings, *added), key=Finding.sort_key))
    return replace(row, findings=findings, status=status_of(list(findings)))


def _about_dropped(finding: Finding, dropped: tuple[DocPath, ...]) -> bool:
    """Whether `finding` is about a value the schema refused (its KC001 already says so)."""
    return any(finding.path[: len(path)] == path for path in dropped)


def _waived(results: Iterable[RuleResult]) -> tuple[Finding, ...]:
    waived = (f for r in results for f in r.findings if f.suppressed is not None)
    return tuple(sorted(waived, key=Finding.sort_key))


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    listed = list(findings)
    return {s.value: sum(1 for f in listed if f.severity is s) for s in Severity}


def _run(
    rule: Rule, loaded: LoadedProposal, pack: Pack, options: RunOptions, requested: str
) -> RuleResult:
    info = rule.info()
    if not options.policy.selects(rule.id):
        return RuleResult(info, Status.SKIPPED)  # `_governed` gives the reason
    if loaded.proposal is None:
        return RuleResult(info, Status.SKIPPED, reason=Phrase("engine.skipped_invalid"))
    if rule.roles and not any(pack.has_role(role) for role in rule.roles):
        # The form has no question this rule reads: it does not apply, it neither passes nor fails.
        roles = ", ".join(rule.roles)
        reason = Phrase.of("engine.not_applicable", pack=pack.title, roles=roles)
        return RuleResult(info, Status.SKIPPED, reason=reason)
    ctx = CheckContext(
        proposal=loaded.proposal,
        pack=pack,
        attachments={facts.path: facts for facts in loaded.attachments},
        today=options.today,
        file=loaded.file,
        rule=rule,
        unreferenced_pdfs=loaded.unreferenced_pdfs,
        folder_walked=loaded.folder_walked,
        requested_edition=requested,
    )
    try:
        produced = list(rule.func(ctx))
    except Exception as exc:  # a rule bug must not hide the other rules' findings
        crash = make_finding(
            RULE_CRASHED,
            Severity.ERROR,
            "engine.rule_crashed",
            file=loaded.file,
            group=rule.criterion.value,
            rule=rule.id,
            error=type(exc).__name__,
        )
        return RuleResult(info, Status.ERRORED, (crash,))
    kept = _capped(
        [f for f in produced if not _about_dropped(f, loaded.dropped)],
        options.limits.max_findings_per_rule,
        rule,
        options,
    )
    located = tuple(replace(f, span=loaded.source_map.lookup(f.path)) for f in kept)
    return RuleResult(info, Status.FAILED if located else Status.PASSED, located)


def _capped(produced: list[Finding], limit: int, rule: Rule, options: RunOptions) -> list[Finding]:
    """At most `limit` findings of one rule, then one that counts the rest (any rule).

    The loader's findings were always capped; a rule's were not, so one PDF
    written in 1,000 spellings gave 999 DOK010 findings (issue 12).
    """
    if len(produced) <= limit:
        return produced
    last = produced[limit - 1]
    more = make_finding(
        rule.id,
        last.severity,
        "engine.more_findings",
        file=last.file,
        group=last.group,
        count=len(produced) - limit + 1,
        rule=rule.id,
        limit=limit,
    )
    return [*produced[: limit - 1], more]
