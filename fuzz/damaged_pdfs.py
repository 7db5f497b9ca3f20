"""Run kipp-check over a directory of damaged PDFs: never a crash, a hang or an exit outside 0–3.

    python fuzz/damaged_pdfs.py --count 400 [--seed 6] [--each] [--keep DIR]

Builds `--count` damaged PDFs (see `tests/hazards/damaged.py`: the examples'
PDFs, the same rewritten by pypdf, and hostile samples, each with one
mutation), makes each the identity letter of a copy of the ready example,
and checks them all in one batch run; with `--each` every proposal is also
run on its own. Every run is bounded (`tests/hazards/runner.py`: time and
address-space caps). Prints a summary and exits 1 if any run broke the
contract; the damaged files are kept under `--keep` for a fixture.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hazards.damaged import damaged, write_proposals
from tests.hazards.runner import DOCUMENTED_CODES, run_bounded

TODAY = ["--today", "2025-05-20"]


def _batch(root: Path, count: int) -> list[str]:
    ran = run_bounded(["corpus", *TODAY, "--format", "json"], cwd=root, seconds=60 + 2 * count)
    problems: list[str] = []
    if ran.code not in (0, 1) or "Traceback" in ran.err:
        return [f"batch: {ran}"]
    keys: collections.Counter[str] = collections.Counter()
    for report in json.loads(ran.out)["proposals"]:
        if any(f["rule_id"] == "KC003" for f in report["findings"]):
            problems.append(f"rule crashed: {report['file']}")
        letters = [a for a in report["attachments"] if a["role"].endswith("identitas_inovator")]
        keys.update(a["problem"] or "read" for a in letters)
    print(f"batch: exit {ran.code} in {ran.seconds:.1f} s; letters: {dict(keys.most_common())}")
    return problems


def _each(proposals: list[Path]) -> list[str]:
    problems: list[str] = []
    codes: collections.Counter[int] = collections.Counter()
    slowest = 0.0
    for proposal in proposals:
        ran = run_bounded([str(proposal), *TODAY])
        codes[ran.code] += 1
        slowest = max(slowest, ran.seconds)
        if ran.code not in DOCUMENTED_CODES or "Traceback" in ran.out + ran.err:
            problems.append(f"{proposal.parent.name}: {ran}")
    print(f"each: exit codes {dict(codes)}; slowest run {slowest:.1f} s")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--each", action="store_true", help="also run every proposal alone")
    parser.add_argument("--keep", type=Path, help="write the corpus here instead of a temp dir")
    args = parser.parse_args()
    files = damaged(args.count, args.seed)
    with tempfile.TemporaryDirectory() as temp:
        root = args.keep or Path(temp)
        proposals = write_proposals(root / "corpus", files)
        print(f"{len(files)} damaged PDFs (seed {args.seed}) under {root / 'corpus'}")
        problems = _batch(root, len(files))
        if args.each:
            problems += _each(proposals)
    for problem in problems:
        print("FAIL", problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
