"""The commands the benchmark times: kipp-check, its floors, and what a user would run instead."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Command

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schemas" / "proposal.schema.json"
EXAMPLE = ROOT / "examples" / "siap" / "proposal.yaml"
TODAY = "2025-05-20"
"""A day inside the KIPP 2025 window, so the ready example is ready."""

PASS, TYPER = "python -c pass", "python -c 'import typer'"
VERSION, HELP = "kipp-check --version", "kipp-check --help"
FLOOR, DEPS = "floor: import yaml, pypdf + read files", "deps: + pydantic, typer, rich"
READY, READY_JSON = "kipp-check ready example", "kipp-check ready example --format json"

_READ_FILES = (
    "import sys\nfor name in sys.argv[1:]:\n    with open(name, 'rb') as f:\n        f.read()"
)
_ALTERNATIVE = """cjs="$1"; schema="$2"; qpdf="$3"; root="$4"; shift 4
"$cjs" --schemafile "$schema" "$@" >/dev/null
[ $? -le 1 ] || exit 10  # 1: a proposal is invalid (every fifth is), a normal outcome
find "$root" -name '*.pdf' -exec "$qpdf" --check {} \\; >/dev/null 2>&1
"""
"""check-jsonschema over every proposal, then `qpdf --check` on every PDF, one by one."""


@dataclass(frozen=True)
class Tools:
    """Where the measured programs are; `None` for an optional one that is not installed."""

    python: str
    kipp: tuple[str, ...]
    check_jsonschema: str | None
    qpdf: str | None


def find_tools() -> Tools:
    """The tools of this interpreter's environment first, then of PATH."""
    scripts = Path(sys.executable).parent
    kipp = scripts / "kipp-check"
    return Tools(
        python=sys.executable,
        kipp=(str(kipp),) if kipp.exists() else (sys.executable, "-m", "kipp_check"),
        check_jsonschema=_which("check-jsonschema", scripts),
        qpdf=_which("qpdf", scripts),
    )


def bench_env(workdir: Path) -> dict[str, str]:
    """The environment of every measured process: like a user's, with a warm bytecode cache.

    `PYTHONDONTWRITEBYTECODE` (set on some CI images) would make every run
    compile kipp-check's sources again, which no installed copy does; the
    bytecode goes to a cache inside the work folder instead of the tree.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KIPP_CHECK") and key != "PYTHONDONTWRITEBYTECODE"
    }
    env.update({"NO_COLOR": "1", "PYTHONPYCACHEPREFIX": str(workdir / "pycache")})
    return env


def batch_supported(tools: Tools, env: dict[str, str]) -> bool:
    """Whether this kipp-check checks a folder of proposals in parallel (`--jobs`)."""
    for args in (("--help",), ("check", "--help")):
        done = subprocess.run(
            [*tools.kipp, *args], capture_output=True, text=True, env=env, check=False
        )
        if "--jobs" in done.stdout:
            return True
    return False


def startup_commands(tools: Tools) -> list[Command]:
    """`--version` and `--help` against the bare interpreter and `import typer`."""
    return [
        Command(PASS, (tools.python, "-c", "pass")),
        Command(TYPER, (tools.python, "-c", "import typer")),
        Command(VERSION, (*tools.kipp, "--version")),
        Command(HELP, (*tools.kipp, "--help")),
    ]


def single_commands(tools: Tools) -> list[Command]:
    """The ready example, terminal and JSON, against the floor and the dependencies' floor."""
    files = tuple(str(p) for p in sorted(EXAMPLE.parent.rglob("*")) if p.is_file())
    deps = "import yaml, pypdf, pydantic, typer, rich.console\n" + _READ_FILES
    example = (*tools.kipp, str(EXAMPLE), "--today", TODAY)
    return [
        Command(FLOOR, (tools.python, "-c", _floor(), *files)),
        Command(DEPS, (tools.python, "-c", deps, *files)),
        Command(READY, example),
        Command(READY_JSON, (*example, "--format", "json")),
    ]


def one_proposal_command(tools: Tools, proposal: Path, name: str) -> Command:
    """kipp-check on one proposal; ready or not, both are normal outcomes."""
    argv = (*tools.kipp, str(proposal), "--today", TODAY)
    return Command(name, argv, ok_codes=frozenset({0, 1}))


def batch_name(count: int, jobs: int) -> str:
    """The row name of a batch of `count` proposals with `jobs` workers."""
    return f"batch of {count} --jobs {jobs}"


def batch_command(tools: Tools, folder: Path, count: int, jobs: int) -> Command:
    """kipp-check over a whole folder of `count` proposals with `jobs` workers."""
    argv = (*tools.kipp, str(folder), "--jobs", str(jobs), "--today", TODAY)
    return Command(batch_name(count, jobs), argv, ok_codes=frozenset({0, 1}))


def alternative_command(tools: Tools, folder: Path, name: str) -> Command | None:
    """check-jsonschema plus `qpdf --check` over `folder`, or `None` when one is missing."""
    if tools.check_jsonschema is None or tools.qpdf is None:
        return None
    proposals = sorted(str(p) for p in folder.glob("*/proposal.yaml"))
    if not proposals:
        proposals = [str(folder / "proposal.yaml")]
    argv = ("sh", "-c", _ALTERNATIVE, "alternative")
    args = (tools.check_jsonschema, str(SCHEMA), tools.qpdf, str(folder), *proposals)
    return Command(name, (*argv, *args))


def _floor() -> str:
    return "import yaml, pypdf\n" + _READ_FILES


def _which(name: str, scripts: Path) -> str | None:
    beside = scripts / name
    return str(beside) if beside.exists() else shutil.which(name)
