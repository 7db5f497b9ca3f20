"""Broken and hostile proposal files through the real CLI: a finding at the line, never a crash.

Each case is written at test time and run as a user would run it. The CLI
must answer with the documented exit code and the reserved rule ID at the
exact line, and never print a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_cli

# name: (file bytes, exit code, "RULE line:col" that must appear)
CASES: dict[str, tuple[bytes, int, str]] = {
    "syntax-unclosed-quote": (b'judul: "SIGAP\nkelompok: umum\n', 1, "KC000"),
    "duplicate-key": (b"judul: A\nkelompok: umum\njudul: B\n", 1, "KC002  galat: kunci `judul`"),
    "python-tag": (b'judul: !!python/object/apply:os.system ["true"]\n', 1, ":1:8  KC005"),
    "custom-tag": (b"judul: !Ref nama\n", 1, ":1:8  KC005"),
    "alias": (b"judul: &a SIGAP\nkategori: *a\n", 1, ":2:11  KC005"),
    "billion-laughs": (
        b'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        1,
        "KC005",
    ),
    "two-documents": (b"judul: A\n---\njudul: B\n", 1, ":2:1  KC005"),
    "list-root": (b"- judul: A\n", 1, ":1:1  KC005"),
    "scalar-root": (b"SIGAP\n", 1, "KC005"),
    "empty-file": (b"", 1, "KC004"),
    "comment-only": (b"# belum diisi\n", 1, "KC004"),
    "latin-1": (b"judul: Caf\xe9\n", 1, ":1:11  KC004"),
    "utf-16": ("judul: SIGAP\n".encode("utf-16"), 1, "KC004"),
    "nul-byte": (b"judul: SI\x00GAP\n", 1, ":1:10  KC004"),
    "deep-nesting": (b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", 1, "KC005"),
    "unknown-key": (b"kelompok: umum\ntitel: SIGAP\n", 1, ":2:1  KC001"),
    "norway-bool": (b"video:\n  takarir: no\n", 1, ":2:12  KC001"),
    "number-for-text": (b"kontak:\n  email: 12\n", 1, ":2:10  KC001"),
    "bad-date": (b"mulai_implementasi: 2024-02-30\n", 1, ":1:21  KC001"),
    "hidden-bidi": ('judul: "SIGAP\u202e"\n'.encode(), 1, ":1:8  KC001"),
    "escape-sequence": (b'judul: "\\e]0;pwned\\a"\n', 1, "KC001"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_input_gives_a_finding_not_a_crash(name: str, tmp_path: Path) -> None:
    content, code, expected = CASES[name]
    proposal = tmp_path / "proposal.yaml"
    proposal.write_bytes(content)
    ran = run_cli("proposal.yaml", "--today", "2025-05-20", cwd=tmp_path)
    assert ran.code == code, ran
    assert "Traceback" not in ran.out + ran.err, ran
    assert expected in ran.out, ran
    assert "\x1b" not in ran.out


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    proposal = tmp_path / "proposal.yaml"
    proposal.write_bytes(b"judul: " + b"x" * (2 * 1024 * 1024) + b"\n")
    ran = run_cli(str(proposal), "--today", "2025-05-20")
    assert ran.code == 1, ran
    assert "KC004" in ran.out


def test_every_yaml_file_in_the_repository_is_answered_cleanly() -> None:
    root = Path(__file__).resolve().parents[1]
    files = sorted(p for p in root.glob("**/*.yaml") if ".venv" not in p.parts)
    assert files
    for path in files:
        ran = run_cli(str(path), "--today", "2025-05-20")
        assert ran.code in (0, 1, 2), (path, ran)
        assert "Traceback" not in ran.err, (path, ran)
