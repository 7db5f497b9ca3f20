"""The benchmark run: build the corpus, time every section, judge the targets.

Sections, each made of whole-process runs (see `bench.measure`):
start-up (`--version`, `--help`), one proposal against its floors, memory
with a big and a 200 MB PDF, batches of growing size with 1 and 2 workers,
check-jsonschema + qpdf on the same files, and the table of issue 17 for the
first corpus and the dense-text one, 50 proposals each (`bench.throughput`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from bench import cases, throughput
from bench.corpus import ProposalSet, build_big, build_pool, build_set
from bench.dense import build_dense_set
from bench.measure import Command, Spawner, measure, peak_tree_rss_kib
from bench.report import Results, Row, Verdict
from bench.targets import Plan, evaluate

Progress = Callable[[str], None]
_LARGE_BATCH = 200
_TABLE_SIZE = 50
"""Issue 17's table is of 50 proposals, in every preset."""


@dataclass(frozen=True)
class Settings:
    """How much to measure; `quick()` and `full()` are the two documented presets."""

    sizes: tuple[int, ...]
    jobs: tuple[int, ...]
    startup_runs: int
    single_runs: int
    batch_runs: int
    alternative_size: int
    table_runs: int = 5
    """Rounds of issue 17's table (both corpora of 50)."""
    only_table: bool = False
    """Measure only issue 17's table and the ready example against its floors."""
    big_mb: int = 45
    huge_mb: int = 200

    @classmethod
    def full(cls) -> Settings:
        """The default run: every figure of the README, about a quarter hour on two cores."""
        return cls((50, 200, 1000), (1, 2), 15, 11, 3, 200, 7)

    @classmethod
    def quick(cls) -> Settings:
        """A smoke run of every section with smaller batches and fewer runs."""
        return cls((25, 100), (1, 2), 7, 5, 2, 25, 3)

    def runs_for(self, size: int) -> int:
        """Timed runs of a batch: one fewer for the largest ones, to keep the run short."""
        return self.batch_runs if size <= _LARGE_BATCH else max(2, self.batch_runs - 1)


@dataclass(frozen=True)
class Corpus:
    """The generated proposals: one set per batch size, and the two big-PDF proposals."""

    sets: dict[int, ProposalSet]
    big: Path
    huge: Path
    table: ProposalSet
    """The first corpus's 50 proposals, for issue 17's table (one of `sets` when it has 50)."""
    dense: ProposalSet
    """The dense-text corpus of 50 proposals (`bench.dense`)."""


def run_suite(settings: Settings, workdir: Path, progress: Progress) -> Results:
    """Measure everything `settings` asks for; the corpus lives under `workdir`."""
    tools = cases.find_tools()
    results = Results(header=_header(tools))
    corpus = _corpus(settings, workdir / "corpus", progress)
    results.header += [_describe(s) for s in corpus.sets.values()]
    results.header += [_describe(corpus.dense, "dense-text corpus")]
    spawner = Spawner()
    try:
        session = _Session(settings, tools, cases.bench_env(workdir), spawner, corpus, progress)
        plan = session.measure_all(results)
        table_verdicts = session.table(results)
    finally:
        spawner.close()
    results.verdicts = [*evaluate(results, plan), *table_verdicts]
    results.header.append(f"- load average at the end: {_load()}")
    if _busy():
        results.notes.append(
            "the machine was busy with other work (load average above half its CPUs): "
            "ratios between rows measured in the same rounds hold, but absolute times and "
            "the speed-up with workers are pessimistic"
        )
    return results


def _corpus(settings: Settings, folder: Path, progress: Progress) -> Corpus:
    """Build the corpus, or reuse the one in `folder` if it was built with the same settings."""
    manifest = folder / "manifest.json"
    wanted = {
        "sizes": list(settings.sizes),
        "big": settings.big_mb,
        "huge": settings.huge_mb,
        "dense": _TABLE_SIZE,
    }
    if manifest.exists() and json.loads(manifest.read_text())["settings"] == wanted:
        progress("corpus: reusing " + str(folder))
        saved = json.loads(manifest.read_text())
        sets = {s["count"]: _set_of(s) for s in saved["sets"]}
        table, dense = _set_of(saved["table"]), _set_of(saved["dense"])
        return Corpus(sets, Path(saved["big"]), Path(saved["huge"]), table, dense)
    started = time.perf_counter()
    pool = build_pool(folder / "pool")
    sets = {}
    for size in sorted(settings.sizes):
        progress(f"corpus: {size} proposals")
        sets[size] = build_set(folder / f"n{size:04d}", size, pool)
    table = sets.get(_TABLE_SIZE) or build_set(folder / f"n{_TABLE_SIZE:04d}", _TABLE_SIZE, pool)
    progress(f"corpus: {_TABLE_SIZE} dense-text proposals")
    dense = build_dense_set(folder / f"dense{_TABLE_SIZE:04d}", _TABLE_SIZE)
    progress(f"corpus: proposals with a {settings.big_mb} MB and a {settings.huge_mb} MB PDF")
    big = build_big(folder / f"pdf-{settings.big_mb}mb", pool, megabytes=settings.big_mb)
    huge = build_big(folder / f"pdf-{settings.huge_mb}mb", pool, megabytes=settings.huge_mb)
    record = {
        "settings": wanted,
        "sets": [_saved(s) for s in sets.values()],
        "big": str(big),
        "huge": str(huge),
        "table": _saved(table),
        "dense": _saved(dense),
    }
    manifest.write_text(json.dumps(record, indent=2) + "\n")
    progress(f"corpus built in {time.perf_counter() - started:.1f} s")
    return Corpus(sets, big, huge, table, dense)


def _saved(found: ProposalSet) -> dict[str, object]:
    return {**asdict(found), "folder": str(found.folder)}


def _set_of(saved: dict[str, object]) -> ProposalSet:
    return ProposalSet(**{**saved, "folder": Path(str(saved["folder"]))})  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Session:
    """What every section needs: the settings, the tools, the environment, the corpus."""

    settings: Settings
    tools: cases.Tools
    env: dict[str, str]
    spawner: Spawner
    corpus: Corpus
    progress: Progress

    def measure_all(self, results: Results) -> Plan:
        """Every section in turn; returns what was measured, for the targets."""
        if self.settings.only_table:
            self.progress("one proposal")
            self._add_all(results, cases.single_commands(self.tools), self.settings.single_runs)
            return Plan((), (), os.cpu_count() or 1, None, 0, None)
        self.progress("start-up")
        self._add_all(results, cases.startup_commands(self.tools), self.settings.startup_runs)
        self.progress("one proposal")
        self._add_all(results, cases.single_commands(self.tools), self.settings.single_runs)
        huge = self._memory(results)
        alternative = self._alternatives(results)
        if cases.batch_supported(self.tools, self.env):
            self._batches(results, alternative)
        else:
            results.notes.append(
                "batch rows skipped: this kipp-check has no batch mode yet "
                "(`kipp-check DIR --jobs N`); the batch targets are not measured"
            )
            if alternative is not None:
                self._add_all(results, [alternative], self.settings.batch_runs)
        cpus = os.cpu_count() or 1
        size = self.settings.alternative_size
        name = alternative.name if alternative else None
        return Plan(self.settings.sizes, self.settings.jobs, cpus, name, size, huge)

    def table(self, results: Results) -> list[Verdict]:
        """Issue 17's table for both corpora of 50; returns its targets."""
        found = Results()
        standard, dense = self.corpus.table.folder, self.corpus.dense.folder
        for corpus in throughput.corpora(standard, dense):
            self.progress(f"issue 17 table: {corpus.label}")
            throughput.measure_corpus(
                self.spawner, self.tools, corpus, self.env, self.settings.table_runs, found
            )
        if not (self.tools.check_jsonschema and self.tools.qpdf):
            results.notes.append(
                "issue 17 table: the check-jsonschema + qpdf row is skipped, one of them is "
                "not installed (`python bench/run.py --setup`)"
            )
        results.tables.extend(found.tables)
        return found.verdicts

    def _add_all(self, results: Results, commands: list[Command], runs: int) -> None:
        for name, stats in measure(self.spawner, commands, self.env, runs).items():
            results.add(Row.of(name, stats))

    def _memory(self, results: Results) -> str:
        """One proposal with a big PDF, one with a 200 MB PDF; returns the name of the last."""
        self.progress("memory with big PDFs")
        name = ""
        sizes = (self.settings.big_mb, self.settings.huge_mb)
        for proposal, size in zip((self.corpus.big, self.corpus.huge), sizes, strict=True):
            name = f"kipp-check proposal with a {size} MB PDF"
            command = cases.one_proposal_command(self.tools, proposal, name)
            self._add_all(results, [command], 3)
        return name

    def _batches(self, results: Results, alternative: Command | None) -> None:
        """Every batch size with every worker count, interleaved, with the memory of each tree.

        check-jsonschema + qpdf joins the rounds of its batch size, so the
        ratio between them is measured under the same background load.
        """
        for size in sorted(self.settings.sizes):
            folder = self.corpus.sets[size].folder
            jobs = self.settings.jobs
            commands = [cases.batch_command(self.tools, folder, size, j) for j in jobs]
            trees = {}
            for command in commands:  # the warm-up run samples the whole process tree
                self.progress(f"{command.name}: warm-up and memory of the process tree")
                trees[command.name] = peak_tree_rss_kib(self.spawner, command, self.env)
            if alternative is not None and size == self.settings.alternative_size:
                self.spawner.run(alternative, self.env)
                commands.append(alternative)
            runs = self.settings.runs_for(size)
            self.progress(f"batch of {size}: {runs} rounds of {len(commands)} commands")
            measured = measure(self.spawner, commands, self.env, runs, warm_up=False)
            for name, stats in measured.items():
                row = Row.of(name, stats, proposals=size)
                results.add(replace(row, tree_rss_kib=trees.get(name)))

    def _alternatives(self, results: Results) -> Command | None:
        """check-jsonschema + `qpdf --check` on the ready example; the command for a batch."""
        name = "check-jsonschema + qpdf, example"
        one = cases.alternative_command(self.tools, cases.EXAMPLE.parent, name)
        if one is None:
            results.notes.append(
                "check-jsonschema + qpdf rows skipped: install them with "
                "`python bench/run.py --setup` (pip install check-jsonschema; apt-get install qpdf)"
            )
            return None
        self.progress("check-jsonschema + qpdf, example")
        self._add_all(results, [one], self.settings.single_runs)
        size = self.settings.alternative_size
        name = f"check-jsonschema + qpdf, {size} proposals"
        return cases.alternative_command(self.tools, self.corpus.sets[size].folder, name)


def _header(tools: cases.Tools) -> list[str]:
    from kipp_check import __version__

    return [
        f"## kipp-check {__version__} benchmark, {dt.date.today().isoformat()}",
        "",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        f"- kipp-check: `{' '.join(tools.kipp)}`",
        f"- check-jsonschema: {tools.check_jsonschema or '–'}; qpdf: {tools.qpdf or '–'}",
        f"- load average at the start: {_load()}",
    ]


def _describe(found: ProposalSet, kind: str = "corpus") -> str:
    return (
        f"- {kind} of {found.count}: {found.pdfs} PDFs ({found.scans} image-heavy scans), "
        f"{found.pdf_bytes / 1e6:.0f} MB of PDF"
    )


def _busy() -> bool:
    if not hasattr(os, "getloadavg"):
        return False
    return os.getloadavg()[1] > (os.cpu_count() or 1) / 2


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "–"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())
