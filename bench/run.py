"""Benchmark kipp-check against its floors and against check-jsonschema + qpdf.

    python bench/run.py            # every figure of the README (about ten minutes, two cores)
    python bench/run.py --quick    # every section, smaller batches, fewer runs
    python bench/run.py --setup    # first install check-jsonschema (pip) and qpdf (apt-get)
    python bench/run.py --table    # only issue 17's table (both corpora of 50) and one proposal

It generates a corpus of proposals in a temporary folder (`--workdir DIR`
keeps it and reuses it next time), times whole processes several times each,
and prints Markdown tables: the measurements (median, fastest and slowest
run, peak memory) and the targets of issue #7 with whether each is met.
Progress goes to standard error; `--json FILE` also keeps the raw figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `bench`, `tests` and `examples` importable
    sys.path.insert(0, str(ROOT))

from bench.measure import UnexpectedExit  # noqa: E402
from bench.report import render, write_json  # noqa: E402
from bench.suite import Settings, run_suite  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables: 0 when it ran, 1 when a command failed."""
    args = _parser().parse_args(argv)
    if args.setup:
        _setup()
    settings = Settings.quick() if args.quick else Settings.full()
    if args.table:
        settings = replace(settings, only_table=True, sizes=())
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kipp-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        results = run_suite(settings, workdir.resolve(), progress)
    except UnexpectedExit as failed:
        print(f"benchmark stopped, a command failed: {failed}", file=sys.stderr)
        return 1
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(render(results), end="")
    if args.json:
        write_json(results, args.json)
    progress("done")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py", description="Benchmark kipp-check (issue #7)."
    )
    parser.add_argument("--quick", action="store_true", help="smaller batches, fewer runs")
    parser.add_argument(
        "--setup", action="store_true", help="install check-jsonschema and qpdf first"
    )
    parser.add_argument(
        "--table", action="store_true", help="only issue 17's table and the ready example"
    )
    parser.add_argument("--workdir", type=Path, help="keep the corpus here and reuse it")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    return parser


def _setup() -> None:
    """Install the tools of the comparison row: check-jsonschema from PyPI, qpdf from apt."""
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "check-jsonschema"]
    subprocess.run(pip, check=True)
    if shutil.which("qpdf"):
        return
    apt = ["apt-get", "install", "--yes", "--quiet", "qpdf"]
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        apt = ["sudo", *apt]
    if shutil.which(apt[0]) is None or subprocess.run(apt, check=False).returncode != 0:
        print("qpdf was not installed: its rows will be skipped", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
