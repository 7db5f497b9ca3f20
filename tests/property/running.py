"""Run the CLI in this process on generated input, and the properties every run must keep."""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from kipp_check.cli.app import main

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 controls other than tab and line feed: a terminal could act on them."""


@dataclass(frozen=True)
class InProcess:
    """Exit code and the two streams of one in-process run."""

    code: int
    out: str
    err: str


def run_in_process(*args: str) -> InProcess:
    """`kipp-check ARGS` through the real entry point, streams captured as UTF-8 text."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    code = -1
    with (
        mock.patch.object(sys, "argv", ["kipp-check", *args]),
        mock.patch.object(sys, "stdout", out),
        mock.patch.object(sys, "stderr", err),
    ):
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else -1
    return InProcess(code, _text(out), _text(err))


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


def assert_contract(code: int, out: str, err: str) -> None:
    """Exit 0, 1 or 2 (never 3, never a signal), no traceback, nothing a terminal would run."""
    assert code in (0, 1, 2), f"exit {code}\n{out[-2000:]}\n{err[-2000:]}"
    assert "Traceback" not in out + err, err[-2000:]
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
    assert not RAW_CONTROL.search(err), repr(RAW_CONTROL.search(err))


def write(folder: Path, content: bytes) -> Path:
    """The proposal file under `folder`."""
    path = folder / "proposal.yaml"
    path.write_bytes(content)
    return path
