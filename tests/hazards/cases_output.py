"""Hazards V1–V5 and R1–R6: validation errors and what reaches a terminal or a CI log."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.hazards.fixtures import Invocation, edited_example, generated, with_letter, yaml_doc
from tests.hazards.hazard import Check, Hazard
from tests.hazards.runner import Bounded
from tests.support import pdf_samples
from tests.support.pdfgen import pdf_bytes

TITLE = "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"
SECRET = "ghp_R4hasiaToken0123456789abcdef"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MARKUP = "[/] [bold red]SIAP[/bold red] [link=file:///etc/passwd]klik[/link]"
FORGED = "::error file=README.md,line=1::Semua proposal siap"


def _bounded_output(limit: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert len(ran.out) < limit, f"{len(ran.out)} characters of output"

    return check


def _absent(*words: str) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        for word in words:
            assert word not in ran.out + ran.err, word

    return check


def _present(*words: str) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        for word in words:
            assert word in ran.out, word
        assert not RAW_CONTROL.search(ran.out.replace("\n", "").replace("\t", "")), ran.out

    return check


def _short_lines(limit: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        longest = max(ran.out.splitlines(), key=len)
        assert len(longest) <= limit, longest

    return check


def _no_raw_controls(ran: Bounded, folder: Path) -> None:
    assert not RAW_CONTROL.search(ran.out.replace("\n", "").replace("\t", "")), ran.out


def _ascii_only(ran: Bounded, folder: Path) -> None:
    ran.out.encode("ascii")  # raises if the stream was not kept to ASCII
    assert "Traceback" not in ran.err


def _no_forged_line(ran: Bounded, folder: Path) -> None:
    for line in ran.out.splitlines():
        assert not line.lstrip(" \"'<>").startswith("::error file=README.md"), line


def _escaping_letter(letter: Path) -> None:
    """A letter whose text and producer carry terminal escapes (OSC title, clear screen, CSI)."""
    text = "\x1b]0;pwned\x07\x1b[2J PEMERINTAH \x9b31m SURAT \u202eIDENTITAS"
    letter.write_bytes(pdf_samples.with_producer(pdf_bytes([text]), "\x1b]0;pwned\x07 Writer"))


def _nested_unknown(depth: int) -> bytes:
    return (
        b"instansi:\n"
        + b"".join(b"  " * (i + 1) + b"a%d:\n" % i for i in range(depth))
        + (b"  " * (depth + 1) + b"x\n")
    )


def _title(
    new: str, *extra: str, env: dict[str, str] | None = None
) -> Callable[[Path], Invocation]:
    return edited_example(TITLE, f"judul: {new}", *extra, env=env)


OUTPUT: list[Hazard] = [
    Hazard(
        "V1",
        "100000-errors",
        generated(lambda: b"inovator: [" + b"1," * 100_000 + b"1]\n"),
        rule="KC001",
        check=_bounded_output(200_000),
    ),
    Hazard(
        "V2",
        "secret-in-wrong-type",
        yaml_doc(f"video:\n  takarir: {SECRET}\nkontak:\n  email: [{SECRET}]\n".encode()),
        rule="KC001",
        check=_absent(SECRET),
    ),
    Hazard(
        "V3",
        "deep-location",
        generated(lambda: _nested_unknown(55), "--format", "terminal"),
        check=_short_lines(400),
    ),
    Hazard("V4", "homoglyph-key", yaml_doc("kel\u043empok: umum\n".encode()), rule="KC001"),
    Hazard("V4", "typo", pinned_by="tests/test_broken_inputs.py::CASES::unknown-key"),
    Hazard("V5", "quoted-no", yaml_doc(b'video:\n  takarir: "no"\n'), rule="KC001"),
    Hazard("R1", "markup", _title(f'"{MARKUP}"', "--lang", "en"), code=0, check=_present(MARKUP)),
    Hazard(
        "R2",
        "escapes-in-pdf-text",
        with_letter(_escaping_letter, "--lang", "en", "--format", "terminal"),
        code=0,
        check=_no_raw_controls,
    ),
    Hazard(
        "R2", "escapes-in-yaml", pinned_by="tests/test_broken_inputs.py::CASES::escape-sequence"
    ),
    Hazard(
        "R3",
        "zero-width-key",
        yaml_doc("jud\u200bul: SIGAP\n".encode(), "--format", "terminal"),
        check=_present("<U+200B>"),
    ),
    Hazard("R3", "bidi-title", pinned_by="tests/test_broken_inputs.py::CASES::hidden-bidi"),
    Hazard("R4", "lone-surrogate", _title('"SIGAP \\ud800"', "--format", "json"), rule="KC001"),
    Hazard(
        "R5",
        "github-actions",
        pinned_by="tests/unit/reporters/test_hostile_text.py::"
        "test_github_output_cannot_be_hijacked_by_proposal_text",
    ),
    *(
        Hazard(
            "R5",
            f"forged-{fmt}",
            _title(f'"{FORGED}"', "--format", fmt),
            code=0,
            check=_no_forged_line,
        )
        for fmt in ("github", "junit", "sarif", "gitlab", "markdown")
    ),
    Hazard(
        "R6",
        "pythonioencoding-ascii",
        _title('"Layanan Café Ñ — ★ ✓"', env={"PYTHONIOENCODING": "ascii"}),
        code=0,
        check=_ascii_only,
    ),
    Hazard(
        "R6",
        "lang-c",
        _title('"Layanan Café Ñ — ★ ✓"', env={"PYTHONIOENCODING": "", "LANG": "C", "LC_ALL": "C"}),
        code=0,
    ),
]
