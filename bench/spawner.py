"""A small process that starts each measured command, so its peak memory is the command's own.

Linux keeps a process's peak RSS across `exec`, and a child started by a
fork or vfork of a big process begins with that process's pages: a command
started straight from the benchmark (60 MB of Python) would report at least
60 MB, whatever it used. This helper is started once, stays small, and
forks each command from itself; it times the command (fork to reap, as a
shell does) and reads its peak RSS from `wait4`.

Protocol, one JSON object per line: the benchmark writes `{"argv", "env",
"cwd", "stderr"}` to standard input; the helper answers `{"pid"}` as soon as
the command runs (so the benchmark can watch its process tree), then
`{"seconds", "max_rss_kib", "exit_code", "cpu_seconds"}` when it ended. Standard library
only, and run with `python -S`, so nothing else is loaded.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def _start(request: dict[str, Any]) -> int:
    """Fork and exec the requested command with stdout discarded; return its pid."""
    argv = [str(a) for a in request["argv"]]
    env = {str(k): str(v) for k, v in request["env"].items()}
    pid = os.fork()
    if pid == 0:  # the child: never returns
        try:
            if request.get("cwd"):
                os.chdir(str(request["cwd"]))
            null = os.open(os.devnull, os.O_RDWR)
            errors = os.open(str(request["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(null, 0)
            os.dup2(null, 1)
            os.dup2(errors, 2)
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    return pid


def _answer(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> None:
    """Serve requests until standard input closes."""
    for line in sys.stdin:
        request = json.loads(line)
        started = time.perf_counter()
        pid = _start(request)
        _answer({"pid": pid})
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - started
        peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        code = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        _answer({"seconds": seconds, "max_rss_kib": peak, "exit_code": code, "cpu_seconds": cpu})


if __name__ == "__main__":
    main()
