"""The performance targets of issue #7, judged against one benchmark run.

Each target compares measured medians of the same run, so background load
on the machine shifts both sides alike. A target whose rows were not
measured (batch mode missing, qpdf not installed, `--quick`) says so rather
than passing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.cases import DEPS, FLOOR, HELP, PASS, READY, TYPER, VERSION, batch_name
from bench.report import Results, Row, Verdict, mib, seconds

FLAT_WITHIN = 0.15
"""Cost per proposal may differ by at most this fraction between the smallest and largest batch."""
SPEEDUP_EFFICIENCY = 0.85
"""Near-linear: N workers must be at least this fraction of N times faster than one."""
MEMORY_WITHIN = 0.15
"""Peak memory may grow by at most this fraction from the smallest to the largest batch."""
HUGE_PDF_HEADROOM_KIB = 64 * 1024
"""A 200 MB PDF may add at most this much to the ready example's peak memory."""


@dataclass(frozen=True)
class Plan:
    """What this run measured, so the targets know which rows to look for."""

    sizes: Sequence[int]
    jobs: Sequence[int]
    cpus: int
    alternative: str | None
    """The name of the check-jsonschema + qpdf row."""
    alternative_size: int
    """How many proposals that row checked; the batch rows of that size are compared."""
    huge: str | None
    """Name of the row checking the proposal with the 200 MB PDF."""


def evaluate(results: Results, plan: Plan) -> list[Verdict]:
    """Every target, in the order of the issue."""
    rows = results.rows
    verdicts = [
        _ratio("`--version` ≤ 2 × `python -c pass`", rows, VERSION, PASS, 2.0),
        _ratio("`--help` ≤ `import typer` + 20 %", rows, HELP, TYPER, 1.2),
        _ratio("ready example ≤ 1.5 × floor", rows, READY, FLOOR, 1.5),
        _ratio(
            "ready example ≤ 1.5 × import yaml, pypdf, pydantic, typer, rich + read (issue 17)",
            rows,
            READY,
            DEPS,
            1.5,
        ),
    ]
    if not plan.sizes:  # only issue 17's table was measured
        return verdicts[2:]
    verdicts.extend(_flat(rows, plan.sizes, jobs) for jobs in plan.jobs)
    verdicts.extend(_speedup(rows, plan, jobs) for jobs in plan.jobs if jobs > 1)
    verdicts.extend(_alternative(rows, plan, jobs) for jobs in plan.jobs)
    verdicts.extend(_memory_flat(rows, plan.sizes, jobs) for jobs in plan.jobs)
    verdicts.append(_huge(rows, plan.huge))
    return verdicts


def _ratio(target: str, rows: dict[str, Row], ours: str, base: str, limit: float) -> Verdict:
    if ours not in rows or base not in rows:
        return Verdict(target, "–", f"≤ {limit:g} ×", None)
    ratio = rows[ours].median_s / rows[base].median_s
    measured = f"{seconds(rows[ours].median_s)} vs {seconds(rows[base].median_s)}: {ratio:.2f} ×"
    return Verdict(target, measured, f"≤ {limit:g} ×", ratio <= limit)


def _flat(rows: dict[str, Row], sizes: Sequence[int], jobs: int) -> Verdict:
    """Linear cost: the marginal cost per proposal is the same for small and large batches.

    Wall time divided by the number of proposals also spreads the fixed start-up
    (interpreter, imports, workers) and so falls as batches grow; the marginal
    cost between two batch sizes leaves it out. With only two sizes, the
    per-proposal wall times are compared instead.
    """
    target = f"cost per proposal flat, `--jobs {jobs}`"
    limit = f"within {FLAT_WITHIN:.0%}"
    found = [rows.get(batch_name(size, jobs)) for size in sorted(sizes)]
    batches = [row for row in found if row is not None and row.proposals]
    if len(batches) < 2:
        return Verdict(target, "–", limit, None)
    small, large = batches[0], batches[-1]
    assert small.proposals and large.proposals and small.per_proposal_s and large.per_proposal_s
    per = f"wall/N {seconds(small.per_proposal_s)} → {seconds(large.per_proposal_s)}"
    if len(batches) == 2:
        change = large.per_proposal_s / small.per_proposal_s - 1
        return Verdict(target, f"{per} ({change:+.0%})", limit, abs(change) <= FLAT_WITHIN)
    first, second = _marginal(batches[0], batches[1]), _marginal(batches[1], batches[-1])
    change = second / first - 1
    measured = (
        f"marginal {batches[0].proposals}→{batches[1].proposals}: {seconds(first)}, "
        f"{batches[1].proposals}→{large.proposals}: {seconds(second)} ({change:+.0%}); {per}"
    )
    return Verdict(target, measured, limit, abs(change) <= FLAT_WITHIN)


def _marginal(small: Row, large: Row) -> float:
    """Seconds per extra proposal from the `small` batch to the `large` one."""
    assert small.proposals is not None and large.proposals is not None
    return (large.median_s - small.median_s) / (large.proposals - small.proposals)


def _speedup(rows: dict[str, Row], plan: Plan, jobs: int) -> Verdict:
    target = f"speed-up with {jobs} workers ({plan.cpus} CPUs)"
    wanted = SPEEDUP_EFFICIENCY * jobs
    limit = f"≥ {wanted:.2f} ×"
    one, many = (
        rows.get(batch_name(max(plan.sizes), 1)),
        rows.get(batch_name(max(plan.sizes), jobs)),
    )
    if one is None or many is None or plan.cpus < jobs:
        return Verdict(target, "–", limit, None)
    speedup = one.median_s / many.median_s
    unit = max(one.median_s, many.median_s)
    measured = f"{seconds(one.median_s, unit)} → {seconds(many.median_s, unit)}: {speedup:.2f} ×"
    return Verdict(target, measured, limit, speedup >= wanted)


def _alternative(rows: dict[str, Row], plan: Plan, jobs: int) -> Verdict:
    target = f"batch (`--jobs {jobs}`) faster than check-jsonschema + qpdf"
    ours_name = batch_name(plan.alternative_size, jobs)
    if plan.alternative is None or plan.alternative not in rows or ours_name not in rows:
        return Verdict(target, "–", "their time / ours > 1", None)
    theirs, ours = rows[plan.alternative].median_s, rows[ours_name].median_s
    unit = max(ours, theirs)
    ratio = theirs / ours
    measured = f"{seconds(ours, unit)} vs {seconds(theirs, unit)}: their time / ours = {ratio:.2f}"
    return Verdict(target, measured, "their time / ours > 1", ours < theirs)


def _memory_flat(rows: dict[str, Row], sizes: Sequence[int], jobs: int) -> Verdict:
    target = f"peak memory independent of proposals, `--jobs {jobs}`"
    limit = f"within {MEMORY_WITHIN:.0%}"
    small, large = rows.get(batch_name(min(sizes), jobs)), rows.get(batch_name(max(sizes), jobs))
    if small is None or large is None:
        return Verdict(target, "–", limit, None)
    small_kib = small.tree_rss_kib or small.max_rss_kib
    large_kib = large.tree_rss_kib or large.max_rss_kib
    change = large_kib / small_kib - 1
    measured = (
        f"{small.proposals}: {mib(small_kib)}, {large.proposals}: {mib(large_kib)} ({change:+.0%})"
    )
    return Verdict(target, measured, limit, change <= MEMORY_WITHIN)


def _huge(rows: dict[str, Row], huge: str | None) -> Verdict:
    target = "peak memory bounded with a 200 MB PDF"
    limit = f"≤ ready example + {mib(HUGE_PDF_HEADROOM_KIB)}"
    if huge is None or huge not in rows or READY not in rows:
        return Verdict(target, "–", limit, None)
    peak, base = rows[huge].max_rss_kib, rows[READY].max_rss_kib
    measured = f"{mib(peak)} (ready example {mib(base)})"
    return Verdict(target, measured, limit, peak <= base + HUGE_PDF_HEADROOM_KIB)
