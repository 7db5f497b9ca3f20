"""The benchmark's output: one table of measurements, one table of targets, both in Markdown.

Markdown so that the figures can go into the README as printed. Times are
medians with the fastest and slowest run beside them; memory is the peak
resident set of the largest single process and, where sampled, of the whole
process tree.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.measure import Stats


@dataclass(frozen=True)
class Row:
    """One measured command."""

    name: str
    runs: int
    median_s: float
    low_s: float
    high_s: float
    max_rss_kib: int
    proposals: int | None = None
    tree_rss_kib: int | None = None

    @classmethod
    def of(cls, name: str, stats: Stats, proposals: int | None = None) -> Row:
        """A row from the runs of one command."""
        return cls(
            name,
            len(stats.runs),
            stats.median,
            stats.low,
            stats.high,
            stats.max_rss_kib,
            proposals,
        )

    @property
    def per_proposal_s(self) -> float | None:
        """Wall time per proposal, start-up included, for a batch row."""
        return self.median_s / self.proposals if self.proposals else None


@dataclass(frozen=True)
class Verdict:
    """One target from issue #7: what was measured, against which limit, and whether it holds."""

    target: str
    measured: str
    limit: str
    met: bool | None
    """`None` when the target could not be measured in this run."""


@dataclass
class Results:
    """Everything one benchmark run found."""

    header: list[str] = field(default_factory=list)
    rows: dict[str, Row] = field(default_factory=dict)
    verdicts: list[Verdict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tables: list[list[str]] = field(default_factory=list)
    """Further tables, as Markdown lines (issue 17's, one per corpus: `bench.throughput`)."""

    def add(self, row: Row) -> Row:
        """Record `row` under its name and return it."""
        self.rows[row.name] = row
        return row


def render(results: Results) -> str:
    """The whole report as Markdown."""
    lines = [*results.header, ""]
    lines += [
        "| measurement | runs | median | fastest – slowest | per proposal | peak RSS | tree RSS |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [_row_line(row) for row in results.rows.values()]
    for table in results.tables:
        lines += table
    lines += ["", "| target | measured | limit | met |", "|---|---|---|---|"]
    lines += [
        f"| {v.target} | {v.measured} | {v.limit} | {_met(v.met)} |" for v in results.verdicts
    ]
    if results.notes:
        lines += ["", *(f"- {note}" for note in results.notes)]
    return "\n".join(lines) + "\n"


def write_json(results: Results, path: Path) -> None:
    """Keep the raw figures, for comparing runs over time."""
    data = {
        "header": results.header,
        "rows": [asdict(row) for row in results.rows.values()],
        "verdicts": [asdict(v) for v in results.verdicts],
        "notes": results.notes,
        "tables": results.tables,
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def seconds(value: float, like: float | None = None) -> str:
    """A duration the way people read it: ms below ten seconds, s above.

    `like` picks the unit from another value, so a row's figures share one unit.
    """
    if (value if like is None else like) < 10:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def mib(kib: int | None) -> str:
    """KiB as MiB with one decimal, or a dash when not measured."""
    return "–" if kib is None else f"{kib / 1024:.1f} MiB"


def _row_line(row: Row) -> str:
    spread = f"{seconds(row.low_s, row.median_s)} – {seconds(row.high_s, row.median_s)}"
    per = seconds(row.per_proposal_s) if row.per_proposal_s is not None else "–"
    return (
        f"| {row.name} | {row.runs} | {seconds(row.median_s)} | {spread} | {per} "
        f"| {mib(row.max_rss_kib)} | {mib(row.tree_rss_kib)} |"
    )


def _met(met: bool | None) -> str:
    if met is None:
        return "not measured"
    return "yes" if met else "**no**"
