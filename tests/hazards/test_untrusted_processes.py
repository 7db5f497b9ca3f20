"""Hazards U62–U64: a run stopped by a signal ends at once, and takes every child with it.

A batch of four proposals whose identity letters are slow to read (each
about 6 s of text extraction in a PDF worker) is started through the real
CLI in a session of its own, stopped after two seconds, and then watched:
the main process must answer within a few seconds with exit code 3 and a
line saying why, and no process of its session may stay alive
(`liveness.py`). Linux only: `/proc` tells which processes are alive.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hazards.fixtures import LETTER, TODAY, ready_example
from tests.hazards.liveness import alive_in_session, kill_session, survivors
from tests.hazards.pdf_bombs import text_flood
from tests.hazards.runner import clean_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc to see which processes live"
)
STOP_AFTER = 1.0
"""Seconds into the first letter's reading (about 6 s in all) when the signal is sent."""
ANSWER_WITHIN = 5.0
"""Seconds from the signal to the main process's exit: the letters would need 12 s more."""


def _slow_letter() -> bytes:
    """A one-page letter whose text takes seconds to extract (150 000 text runs)."""
    return text_flood(150_000)


def _slow_batch(folder: Path) -> Path:
    first = ready_example(folder / "usulan").parent
    (first / LETTER).write_bytes(_slow_letter())
    for number in range(2, 5):
        shutil.copytree(first, folder / "usulan" / f"p{number}")
    return folder / "usulan"


def _start(folder: Path, jobs: str) -> subprocess.Popen[bytes]:
    batch = _slow_batch(folder)
    return subprocess.Popen(
        [sys.executable, "-m", "kipp_check", str(batch), *TODAY, f"-j{jobs}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        cwd=folder,
        start_new_session=True,  # the run's processes share its session: see liveness.py
    )


def _wait_until_reading(run: subprocess.Popen[bytes]) -> None:
    """Until a PDF worker reads a letter (the deepest process of the run), then `STOP_AFTER`.

    Under load a fixed delay could signal a run still starting its workers,
    which is not the case these tests are about. With `-j2` the PDF worker is
    two levels down (main, batch worker, PDF worker: the batch workers are
    forked from the main process), three where they come from a fork server.
    """
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and run.poll() is None:
        deepest = max((_depth(pid, run.pid) for pid in _session(run.pid)), default=0)
        if deepest >= (1 if "-j1" in list(map(str, _args(run))) else 2):
            break
        time.sleep(0.1)
    time.sleep(STOP_AFTER)


def _args(run: subprocess.Popen[bytes]) -> list[object]:
    args = run.args
    return list(args) if isinstance(args, list | tuple) else [args]


def _session(session: int) -> list[int]:
    return [int(line.split()[0]) for line in alive_in_session(session)]


def _depth(pid: int, root: int) -> int:
    """How many parents lie between `pid` and `root` (0 for `root`, -1 when not below it)."""
    depth = 0
    while pid != root:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return -1
        pid = int(stat.rsplit(")", 1)[1].split()[1])
        depth += 1
        if pid <= 1:
            return -1
    return depth


def _stopped(
    run: subprocess.Popen[bytes], send: signal.Signals, *, group: bool
) -> tuple[int | None, str, float, list[str]]:
    """Signal the run mid-batch (its PDF workers at work); its exit code (`None`: it did not
    end), stderr, the seconds it took to answer, and the processes that survived it."""
    _wait_until_reading(run)
    sent = time.monotonic()
    if group:  # Ctrl-C in a terminal reaches the whole foreground group
        os.killpg(run.pid, send)
    else:  # a CI runner, `timeout` or `kill` signals the process it started
        os.kill(run.pid, send)
    try:
        _, err = run.communicate(timeout=20)  # ends when every holder of its pipes has ended
    except subprocess.TimeoutExpired:
        left = survivors(run.pid, grace=0)
        kill_session(run.pid)
        run.kill()
        _, err = run.communicate()
        return None, err.decode("utf-8", "replace"), time.monotonic() - sent, left
    seconds = time.monotonic() - sent
    left = survivors(run.pid)
    kill_session(run.pid)
    return run.returncode, err.decode("utf-8", "replace"), seconds, left


@pytest.mark.timeout(90)
@pytest.mark.parametrize("jobs", ["2", "1"])
def test_sigterm_ends_run_and_children(tmp_path: Path, jobs: str) -> None:
    run = _start(tmp_path, jobs)
    code, err, seconds, left = _stopped(run, signal.SIGTERM, group=False)
    assert not left, left
    assert code == 3, (code, err)
    assert "SIGTERM" in err and "Traceback" not in err, err
    assert seconds < ANSWER_WITHIN, seconds


@pytest.mark.timeout(90)
def test_ctrl_c_ends_batch_quickly(tmp_path: Path) -> None:
    run = _start(tmp_path, "2")
    code, err, seconds, left = _stopped(run, signal.SIGINT, group=True)
    assert not left, left
    assert code == 3, (code, err)
    assert "SIGINT" in err and "Traceback" not in err, err
    assert seconds < ANSWER_WITHIN, seconds


@pytest.mark.timeout(90)
def test_children_die_with_killed_parent(tmp_path: Path) -> None:
    """SIGKILL cannot be caught: the children must notice on their own (PR_SET_PDEATHSIG)."""
    run = _start(tmp_path, "2")
    code, _, _, left = _stopped(run, signal.SIGKILL, group=False)
    assert not left, left
    assert code == -signal.SIGKILL
