"""The table of issue 17: a batch of 50 proposals against what it costs to count their pages.

For each corpus of 50 (the first one, `bench.corpus`, and the dense-text
one, `bench.dense`), in interleaved rounds:

- `import yaml, pypdf` and reading every byte of the corpus (the I/O floor);
- naive pypdf: open every PDF, ask whether it is encrypted, count its pages;
- check-jsonschema over the 50 YAML files, then `qpdf --check` on every PDF,
  two at a time (what a user would script instead; skipped when missing);
- kipp-check over the folder with `--jobs 2` and with `--jobs 1`.

kipp-check's rows also get the CPU time of their whole process tree (main
process, batch workers, PDF workers), sampled in the untimed warm-up run,
so the speed-up a second worker buys can be set against the speed-up the
CPU time allows: a `--jobs 1` run of W seconds that used C seconds of CPU
can at best take C / 2 on two cores, a speed-up of at most W / (C / 2),
and never more than 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.cases import SCHEMA, TODAY, Tools
from bench.measure import Command, Spawner, measure, tree_cpu_seconds
from bench.report import Results, Verdict, seconds

NAIVE_WITHIN = 2.0
"""kipp-check with two workers may take at most this many times the naive page count."""
SPEEDUP_SHARE = 0.85
"""Two workers must give at least this share of the speed-up the CPU time allows (1.7 of 2)."""

_READ_ALL = """import os, sys
import yaml, pypdf
for top, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(top, name), 'rb') as f:
            f.read()
"""
_NAIVE = """import sys
from pathlib import Path
import pypdf
for path in sorted(Path(sys.argv[1]).rglob('*.pdf')):
    reader = pypdf.PdfReader(path)
    reader.is_encrypted
    len(reader.pages)
"""
_ALTERNATIVE = """cjs="$1"; schema="$2"; qpdf="$3"; root="$4"; shift 4
"$cjs" --schemafile "$schema" "$@" >/dev/null
[ $? -le 1 ] || exit 10  # 1: a proposal is invalid (every fifth is), a normal outcome
find "$root" -name '*.pdf' -print0 | xargs -0 -n 1 -P 2 "$qpdf" --check >/dev/null 2>&1
exit 0
"""
"""check-jsonschema over every proposal, then `qpdf --check` per PDF, two processes at a time."""


@dataclass(frozen=True)
class Corpus50:
    """One corpus of 50 proposals and the label its rows carry."""

    label: str
    folder: Path


@dataclass(frozen=True)
class _Names:
    floor: str
    naive: str
    alternative: str
    jobs2: str
    jobs1: str


def _names(label: str) -> _Names:
    return _Names(
        f"{label}: import yaml, pypdf + read every byte",
        f"{label}: naive pypdf (open, encrypted?, page count)",
        f"{label}: check-jsonschema + qpdf --check, 2 processes",
        f"{label}: kipp-check --jobs 2",
        f"{label}: kipp-check --jobs 1",
    )


def commands(tools: Tools, corpus: Corpus50) -> list[Command]:
    """The rows of one corpus's table, in the issue's order; the alternative only if installed."""
    names, folder = _names(corpus.label), str(corpus.folder)
    found = [
        Command(names.floor, (tools.python, "-c", _READ_ALL, folder)),
        Command(names.naive, (tools.python, "-c", _NAIVE, folder)),
    ]
    if tools.check_jsonschema and tools.qpdf:
        proposals = sorted(str(p) for p in corpus.folder.glob("*/proposal.yaml"))
        script = ("sh", "-c", _ALTERNATIVE, "alternative", tools.check_jsonschema, str(SCHEMA))
        found.append(Command(names.alternative, (*script, tools.qpdf, folder, *proposals)))
    for jobs, name in ((2, names.jobs2), (1, names.jobs1)):
        argv = (*tools.kipp, folder, "--jobs", str(jobs), "--today", TODAY)
        found.append(Command(name, argv, ok_codes=frozenset({0, 1})))
    return found


def measure_corpus(
    spawner: Spawner,
    tools: Tools,
    corpus: Corpus50,
    env: dict[str, str],
    runs: int,
    results: Results,
) -> None:
    """Time one corpus's rows in interleaved rounds and add its table and verdicts."""
    found = commands(tools, corpus)
    cpu = {c.name: tree_cpu_seconds(spawner, c, env) for c in found if "kipp-check" in c.name}
    for command in found:
        if command.name not in cpu:
            spawner.run(command, env)  # warm-up: page cache
    stats = measure(spawner, found, env, runs, warm_up=False)
    names = _names(corpus.label)
    naive = stats[names.naive].median
    lines = [
        "",
        f"**{corpus.label}** ({runs} interleaved rounds; CPU: whole process tree, warm-up run)",
        "",
        "| run | median wall | fastest – slowest | × naive page count | CPU |",
        "|---|---:|---:|---:|---:|",
    ]
    for command in found:
        s = stats[command.name]
        spread = f"{seconds(s.low, s.median)} – {seconds(s.high, s.median)}"
        used = seconds(cpu[command.name]) if command.name in cpu else "–"
        lines.append(
            f"| {command.name.split(': ', 1)[1]} | {seconds(s.median)} | {spread} "
            f"| {s.median / naive:.2f} × | {used} |"
        )
    results.tables.append(lines)
    medians = {name: st.median for name, st in stats.items()}
    results.verdicts.extend(verdicts(corpus.label, medians, cpu))


def verdicts(label: str, medians: dict[str, float], cpu: dict[str, float]) -> list[Verdict]:
    """The batch targets of issue 17 for one corpus, from its medians and CPU times."""
    names = _names(label)
    two, one, naive = medians[names.jobs2], medians[names.jobs1], medians[names.naive]
    found = [
        Verdict(
            f"{label}: `--jobs 2` ≤ {NAIVE_WITHIN:g} × naive pypdf page count",
            f"{seconds(two)} vs {seconds(naive)}: {two / naive:.2f} ×",
            f"≤ {NAIVE_WITHIN:g} ×",
            two <= NAIVE_WITHIN * naive,
        )
    ]
    if names.alternative in medians:
        theirs = medians[names.alternative]
        found.append(
            Verdict(
                f"{label}: `--jobs 2` faster than check-jsonschema + qpdf (2 processes)",
                f"{seconds(two)} vs {seconds(theirs)}: their time / ours = {theirs / two:.2f}",
                "their time / ours > 1",
                two < theirs,
            )
        )
    else:
        found.append(Verdict(f"{label}: faster than check-jsonschema + qpdf", "–", "", None))
    allowed = allowed_speedup(one, cpu.get(names.jobs1))
    speedup = one / two
    found.append(
        Verdict(
            f"{label}: speed-up 1 → 2 workers ≥ {SPEEDUP_SHARE:.0%} of what the CPU time allows",
            f"{seconds(one)} → {seconds(two)}: {speedup:.2f} × of {allowed:.2f} × allowed "
            f"({speedup / allowed:.0%})",
            f"≥ {SPEEDUP_SHARE * allowed:.2f} ×",
            speedup >= SPEEDUP_SHARE * allowed,
        )
    )
    return found


def allowed_speedup(wall: float, cpu: float | None, cores: int = 2) -> float:
    """The most `cores` can speed up a run of `wall` seconds that used `cpu` seconds of CPU.

    Perfectly spread, the work takes `cpu / cores`; a run that already kept
    more than one core busy (`cpu > wall`) has less to gain. Unknown CPU: `cores`.
    """
    if cpu is None or cpu <= 0:
        return float(cores)
    return min(float(cores), wall / (cpu / cores))


def corpora(standard: Path, dense: Path) -> Sequence[Corpus50]:
    """The two corpora of the table, in the issue's order of interest: dense text first."""
    return (Corpus50("dense text, 50", dense), Corpus50("first corpus, 50", standard))
