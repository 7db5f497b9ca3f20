"""The batch's worker pool: started where it works, killed rather than waited for.

Split from `runner` (which decides what each worker checks): how the pool's
processes are started (forked from this process where that is safe, else a
fork server with kipp-check preloaded, a short socket folder under a long
`TMPDIR`, spawn where neither works), tied to the run's life (`lifeline`),
and stopped at once on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress

from kipp_check.loader.pdf import worker as pdf_worker
from kipp_check.pipeline.lifeline import mark_parent, tie_to_parent

_PRELOAD = ["kipp_check.pipeline.lifeline", "kipp_check.pipeline.run", "kipp_check.batch.runner"]
"""`lifeline` first: imported in the fork server, it ties the server to the main process."""


@contextmanager
def worker_pool(workers: int, *, forked: bool = False) -> Iterator[ProcessPoolExecutor]:
    """A pool of `workers` batch processes for the `with` block, tied to this process.

    `forked`: the processes must be forks of this one, because they use what
    it holds (`batch.drawing`); the caller has made sure `fork_is_safe()`.
    """
    mark_parent()
    for stream in (sys.stdout, sys.stderr):  # a forked worker must not write our buffer again
        with suppress(OSError, ValueError, AttributeError):
            stream.flush()
    with _killed_on_interrupt(
        ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork") if forked else _context(),
            initializer=_start_process if forked else _start_batch_worker,
        )
    ) as pool:
        yield pool


def _start_batch_worker() -> None:
    """A batch worker: started as every pool process is, and keeping its PDF workers."""
    _start_process()
    pdf_worker.keep_pool_for_process()


def _start_process() -> None:
    """A pool process dies with the fork server (or the main process) that started it.

    Ctrl-C reaches the whole terminal group: the main process decides (it kills
    the pool), so a worker ignores it instead of printing its own traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in _STOPPING:  # a forked worker inherits the main process's `Stopped` handlers
        with suppress(AttributeError, ValueError):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    tie_to_parent()


@contextmanager
def _killed_on_interrupt(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """The pool, shut down as usual when the block ends, but killed on Ctrl-C or SIGTERM.

    A normal shutdown waits for the proposals being checked, so Ctrl-C used to
    wait out the PDF time limits (34 s; up to an hour with `pdf_seconds`). Its
    PDF workers die with each killed batch worker (`lifeline`).
    """
    try:
        yield pool
    except BaseException:
        processes: dict[int, object] = dict(getattr(pool, "_processes", None) or {})
        for pid in processes:  # `_processes`: pid → process; no public way before 3.14
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _context() -> multiprocessing.context.BaseContext:
    """This process forked where that is safe, else a fork server with kipp-check preloaded.

    Forking this process gives workers with kipp-check already imported at
    no cost; the fork server has to start an interpreter and import it again
    before the first worker exists (issue 17: half a second of CPU and about
    a second of a 50-proposal batch's wall time on a busy machine, with the
    cores idle meanwhile). Fork is safe only while this process runs no other
    thread (`fork_is_safe`); then the fork server is used, or spawn.
    The fork server listens on a socket in the temporary folder, and a socket's
    path may not pass 107 bytes: under a long `TMPDIR` its folder is made in a
    short one instead (`/tmp`, `/var/tmp`, `/dev/shm`), and with none usable the
    workers are spawned (issue 12: a TMPDIR of 76 characters failed every batch).
    """
    if fork_is_safe():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods() and _short_socket_folder():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def fork_is_safe() -> bool:
    """Whether forking this process is safe: no other thread runs, and the platform forks well.

    macOS discourages fork (system libraries may hold threads), and before
    Python 3.11 `ProcessPoolExecutor` forked workers while its manager
    thread ran (CPython issue 90622); from 3.11 it forks them all first.
    """
    if not hasattr(os, "fork") or sys.platform == "darwin" or sys.version_info < (3, 11):
        return False
    return threading.active_count() == 1


_STOPPING = ("SIGTERM", "SIGHUP")
"""The signals the main process turns into `Stopped` (`lifeline.stop_on_signals`)."""
_SOCKET_PATH_BYTES = 107
"""The longest path of an AF_UNIX socket on Linux (`sun_path` is 108 bytes with its NUL)."""
_SOCKET_NAME_BYTES = 40
"""What multiprocessing adds to its folder's path: `/pymp-XXXXXXXX/listener-XXXXXXXX` and room."""
_SHORT_FOLDERS = ("/tmp", "/var/tmp", "/dev/shm")


def _short_socket_folder() -> bool:
    """Whether multiprocessing's own folder suits a socket, choosing a short one if need be."""
    import tempfile
    from multiprocessing import util

    if len(os.fsencode(tempfile.gettempdir())) + _SOCKET_NAME_BYTES <= _SOCKET_PATH_BYTES:
        return True
    for folder in _SHORT_FOLDERS:
        if os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            chosen, tempfile.tempdir = tempfile.tempdir, folder
            try:  # made and remembered once per process, removed at exit by multiprocessing
                made = util.get_temp_dir()
            except OSError:
                continue
            finally:
                tempfile.tempdir = chosen
            return len(os.fsencode(made)) + _SOCKET_NAME_BYTES - 14 <= _SOCKET_PATH_BYTES
    return False
