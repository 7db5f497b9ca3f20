"""Time whole processes and read their peak memory, the way a user or a CI job runs them.

Every figure comes from a real process started from scratch: start-up, imports
and exit are part of what a commit hook pays. Commands are started by a small
helper process (`bench/spawner.py`) so that their peak RSS (`wait4`'s
`ru_maxrss`: the largest single process, workers included) is their own and
not inherited from this one. The total of a whole process tree at its peak is
sampled from `/proc` in an untimed run (the warm-up), because sampling costs
CPU that would otherwise be charged to the timed process on a two-core machine.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SPAWNER = Path(__file__).with_name("spawner.py")
_PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4
_SAMPLE_EVERY_S = 0.02


class UnexpectedExit(RuntimeError):
    """A measured command ended with an exit code the case does not allow: its time is void."""


@dataclass(frozen=True)
class Command:
    """One thing to measure: argv, where to run it, and the exit codes that mean it worked."""

    name: str
    argv: tuple[str, ...]
    ok_codes: frozenset[int] = frozenset({0})
    cwd: Path | None = None


@dataclass(frozen=True)
class Run:
    """One process run: wall seconds, peak RSS of its largest process (KiB), exit code."""

    seconds: float
    max_rss_kib: int
    exit_code: int
    cpu_seconds: float = 0.0
    """User + system time of the process and the descendants it waited for (`wait4`)."""


@dataclass(frozen=True)
class Stats:
    """Several runs of one command, summarised."""

    runs: tuple[Run, ...]

    @property
    def median(self) -> float:
        """The median wall time in seconds: robust to the odd slow run on a shared machine."""
        return statistics.median(r.seconds for r in self.runs)

    @property
    def low(self) -> float:
        """The fastest run in seconds."""
        return min(r.seconds for r in self.runs)

    @property
    def high(self) -> float:
        """The slowest run in seconds."""
        return max(r.seconds for r in self.runs)

    @property
    def max_rss_kib(self) -> int:
        """The highest peak RSS of any single process over all runs."""
        return max(r.max_rss_kib for r in self.runs)


class Spawner:
    """The helper process that starts commands; one per benchmark run."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-S", "-u", str(_SPAWNER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def close(self) -> None:
        """Let the helper end once it has read everything."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        self._process.wait()
        self._process.stdout.close()

    def start(self, command: Command, env: dict[str, str], stderr: Path) -> int:
        """Start `command`; returns its pid at once."""
        request = {"argv": command.argv, "env": env, "cwd": command.cwd, "stderr": stderr}
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(request, default=str) + "\n")
        self._process.stdin.flush()
        return int(self._read()["pid"])

    def finish(self, command: Command, stderr: Path) -> Run:
        """Wait for the started command; `UnexpectedExit` on an exit code it does not allow."""
        answer = self._read()
        run = Run(
            float(answer["seconds"]),
            int(answer["max_rss_kib"]),
            int(answer["exit_code"]),
            float(answer.get("cpu_seconds", 0.0)),
        )
        if run.exit_code not in command.ok_codes:
            tail = stderr.read_bytes()[-2000:].decode("utf-8", "replace")
            raise UnexpectedExit(f"{command.name}: exit {run.exit_code}\n{tail}")
        return run

    def run(self, command: Command, env: dict[str, str]) -> Run:
        """Run `command` once, start to end."""
        with tempfile.NamedTemporaryFile(prefix="kipp-bench-stderr-") as errors:
            stderr = Path(errors.name)
            self.start(command, env, stderr)
            return self.finish(command, stderr)

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark's spawner process ended unexpectedly")
        answer: dict[str, Any] = json.loads(line)
        return answer


def measure(
    spawner: Spawner,
    commands: Sequence[Command],
    env: dict[str, str],
    runs: int,
    *,
    warm_up: bool = True,
) -> dict[str, Stats]:
    """Run each command `runs` times after one warm-up run, interleaved round by round.

    Interleaving spreads any background load over all commands alike, so the
    ratios between them (which the targets are about) stay fair. `warm_up`
    False is for a caller whose own untimed run (say, a memory sample) warmed up.
    """
    for command in commands if warm_up else ():
        spawner.run(command, env)  # page cache, bytecode cache
    collected: dict[str, list[Run]] = {c.name: [] for c in commands}
    for _ in range(runs):
        for command in commands:
            collected[command.name].append(spawner.run(command, env))
    return {name: Stats(tuple(found)) for name, found in collected.items()}


def peak_tree_rss_kib(spawner: Spawner, command: Command, env: dict[str, str]) -> int:
    """Run `command` once and return the highest total RSS of its whole process tree.

    Linux only (it reads `/proc`); elsewhere the answer is the largest single
    process, as `wait4` reports it.
    """
    with tempfile.NamedTemporaryFile(prefix="kipp-bench-stderr-") as errors:
        stderr = Path(errors.name)
        pid = spawner.start(command, env, stderr)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set() and Path("/proc/self/stat").exists():
                peak[0] = max(peak[0], _tree_rss_kib(pid))
                done.wait(_SAMPLE_EVERY_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            run = spawner.finish(command, stderr)
        finally:
            done.set()
            sampler.join()
    return max(peak[0], run.max_rss_kib)


def tree_cpu_seconds(spawner: Spawner, command: Command, env: dict[str, str]) -> float:
    """Run `command` once and return the CPU time (user + system) of its whole process tree.

    `wait4` counts only the processes that were waited for, and a batch's
    fork server is never waited for by the main process, so its workers'
    time would be missing. Every process of the tree is sampled from `/proc`
    instead, and its last figure kept; a process's last few milliseconds
    before it ends may be missed. Elsewhere than Linux: `wait4`'s figure.
    """
    with tempfile.NamedTemporaryFile(prefix="kipp-bench-stderr-") as errors:
        stderr = Path(errors.name)
        pid = spawner.start(command, env, stderr)
        last: dict[int, float] = {}
        done = threading.Event()

        def sample() -> None:
            while not done.is_set() and Path("/proc/self/stat").exists():
                last.update(_tree_cpu(pid))
                done.wait(_SAMPLE_EVERY_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            run = spawner.finish(command, stderr)
        finally:
            done.set()
            sampler.join()
    return max(sum(last.values()), run.cpu_seconds)


def _tree_cpu(root: int) -> dict[int, float]:
    """Seconds of CPU (user + system, own only) of `root` and each of its descendants."""
    return {pid: stat.cpu for pid, stat in _tree(root).items()}


def _tree_rss_kib(root: int) -> int:
    """The summed RSS of `root` and all its descendants, from one pass over `/proc`."""
    return sum(stat.rss_kib for stat in _tree(root).values())


@dataclass(frozen=True)
class _ProcStat:
    parent: int
    rss_kib: int
    cpu: float


_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _tree(root: int) -> dict[int, _ProcStat]:
    """`/proc/PID/stat` of `root` and all its descendants, from one pass over `/proc`."""
    stats: dict[int, _ProcStat] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                raw = handle.read()
        except OSError:  # the process ended while we looked
            continue
        fields = raw[raw.rfind(b")") + 2 :].split()
        cpu = (int(fields[11]) + int(fields[12])) / _TICKS
        stats[int(entry.name)] = _ProcStat(int(fields[1]), int(fields[21]) * _PAGE_KIB, cpu)
    found: dict[int, _ProcStat] = {}
    for pid, stat in stats.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in stats:
            ancestor = stats[ancestor].parent
        if ancestor == root:
            found[pid] = stat
    return found
