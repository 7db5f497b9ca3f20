"""Which processes of a run are still alive: no child may outlive the run (issue 12).

A run is started in a session of its own (`start_new_session`), so every
process it makes, however deep (fork server, batch workers, PDF workers,
multiprocessing's resource tracker), shares that session ID unless it makes
a session itself, which kipp-check never does. A zombie is dead: it waits
only for its parent (or a container's init) to collect its exit status, and
holds no memory, files or CPU, so it does not count.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

PROC = Path("/proc")


def alive_in_session(session: int) -> list[str]:
    """`PID command` of every live (not zombie) process whose session is `session`."""
    alive: list[str] = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while we looked
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after `pid (comm)`: state, ppid, pgrp, session
        if fields[0] != "Z" and int(fields[3]) == session:
            alive.append(f"{entry.name} {command[:120]}")
    return alive


def survivors(session: int, *, grace: float = 3.0) -> list[str]:
    """The processes of `session` still alive after `grace` seconds (empty is the goal)."""
    deadline = time.monotonic() + grace
    while True:
        alive = alive_in_session(session)
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def kill_session(session: int) -> None:
    """End what is left of a failed run, so one failing test does not load the next."""
    for line in alive_in_session(session):
        with contextlib.suppress(OSError):
            os.kill(int(line.split()[0]), signal.SIGKILL)
