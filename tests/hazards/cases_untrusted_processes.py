"""Hazards U60–U64 (issue 12): the run's processes, signals and temporary folder.

U60 and U61 are ordinary corpus entries; the signal cases need a run that is
stopped half-way, so they are tests of their own in `test_untrusted_processes.py`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from tests.hazards.fixtures import TODAY, Invocation, ready_example
from tests.hazards.hazard import Hazard
from tests.hazards.runner import Bounded

_PINNED = "tests/hazards/test_untrusted_processes.py::"


def _long_tmpdir(folder: Path) -> Invocation:
    """A batch of two under a `TMPDIR` of 120 characters (too long for a socket's path)."""
    first = ready_example(folder)
    shutil.copytree(first.parent, folder / "kedua")
    long = folder / ("t" * max(1, 120 - len(str(folder)) - 1))
    long.mkdir()
    return Invocation([str(folder), *TODAY, "--format", "json"], folder, {"TMPDIR": str(long)})


def _unreadable_in_batch(folder: Path) -> Invocation:
    """Two proposals, one of them a FIFO where `proposal.yaml` should be (never a file)."""
    ready_example(folder)
    other = folder / "kedua"
    other.mkdir()
    (other / "proposal.yaml").unlink(missing_ok=True)
    os.mkfifo(other / "proposal.yaml")
    return Invocation([str(folder), *TODAY, "--format", "json"], folder)


def _both(ran: Bounded, folder: Path) -> None:
    """Both proposals have a report; the unreadable one holds the finding that says so."""
    reports = {r["file"]: r for r in json.loads(ran.out)["proposals"]}
    assert len(reports) == 2, sorted(reports)
    (fifo,) = [r for file, r in reports.items() if "kedua" in file]
    keys = {(f["rule_id"], f["message_key"]) for f in fifo["findings"]}
    assert ("KC004", "loader.batch_unreadable") in keys, keys


UNTRUSTED_PROCESSES: list[Hazard] = [
    Hazard("U60", "long-tmpdir-batch", _long_tmpdir, code=0),
    Hazard("U61", "unreadable-proposal-in-batch", _unreadable_in_batch, code=1, check=_both),
    Hazard("U62", "sigterm-mid-batch", pinned_by=_PINNED + "test_sigterm_ends_run_and_children"),
    Hazard("U63", "ctrl-c-mid-batch", pinned_by=_PINNED + "test_ctrl_c_ends_batch_quickly"),
    Hazard("U64", "parent-killed", pinned_by=_PINNED + "test_children_die_with_killed_parent"),
]
