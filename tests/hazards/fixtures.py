"""Builders for the hazard fixtures: each writes its files under a folder and says how to run.

Small fixtures are literal bytes; large ones (deep nesting, number bombs,
huge lists) are generated here at test time so the repository holds no
multi-kilobyte blobs. Attachment hazards replace the identity letter of a
copy of the ready example, so the rest of the proposal is valid and the
finding on that letter is the only reason it is not ready.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.cli import ROOT

TODAY = ("--today", "2025-05-20")
LETTER = "lampiran/surat-pernyataan-identitas-inovator.pdf"
LETTER_KEY = "surat_identitas_inovator: "


@dataclass(frozen=True)
class Invocation:
    """How to run the CLI on a built fixture."""

    args: list[str]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)


Builder = Callable[[Path], Invocation]


def _json_unless(extra: tuple[str, ...]) -> tuple[str, ...]:
    """`extra`, asking for the JSON report unless it names a format itself."""
    return extra if "--format" in extra else ("--format", "json", *extra)


def yaml_doc(content: bytes, *extra: str) -> Builder:
    """A proposal file holding exactly `content`, checked with the JSON report."""

    def build(folder: Path) -> Invocation:
        (folder / "proposal.yaml").write_bytes(content)
        return Invocation(["proposal.yaml", *TODAY, *_json_unless(extra)], folder)

    return build


def generated(make: Callable[[], bytes], *extra: str) -> Builder:
    """Like `yaml_doc`, the content made at test time (large fixtures)."""

    def build(folder: Path) -> Invocation:
        return yaml_doc(make(), *extra)(folder)

    return build


def ready_example(folder: Path) -> Path:
    """A copy of the ready example under `folder`; returns its proposal file."""
    target = folder / "siap"
    shutil.copytree(ROOT / "examples" / "siap", target)
    return target / "proposal.yaml"


def with_letter(make: Callable[[Path], None], *extra: str) -> Builder:
    """The ready example whose identity letter `make` replaces (a file, a link, a folder…)."""

    def build(folder: Path) -> Invocation:
        proposal = ready_example(folder)
        letter = proposal.parent / LETTER
        letter.unlink()
        make(letter)
        return Invocation([str(proposal), *TODAY, *_json_unless(extra)], folder)

    return build


def letter_bytes(data: Callable[[], bytes], *extra: str) -> Builder:
    """The ready example with the identity letter's bytes replaced."""

    def make(letter: Path) -> None:
        letter.write_bytes(data())

    return with_letter(make, *extra)


def letter_path(written: str, prepare: Callable[[Path], None] | None = None) -> Builder:
    """The ready example whose YAML names the identity letter as `written` (a hostile path).

    `written` is put in double quotes with YAML escapes, so NUL and the like
    reach the path checks; `prepare` may add files beside the proposal.
    """

    def build(folder: Path) -> Invocation:
        proposal = ready_example(folder)
        text = proposal.read_text(encoding="utf-8")
        old = LETTER_KEY + LETTER
        assert old in text
        proposal.write_text(text.replace(old, f'{LETTER_KEY}"{written}"'), encoding="utf-8")
        if prepare is not None:
            prepare(proposal.parent)
        return Invocation([str(proposal), *TODAY, "--format", "json"], folder)

    return build


def edited_example(old: str, new: str, *extra: str, env: dict[str, str] | None = None) -> Builder:
    """The ready example with one piece of its YAML replaced (a hostile value in a valid file)."""

    def build(folder: Path) -> Invocation:
        proposal = ready_example(folder)
        text = proposal.read_text(encoding="utf-8")
        assert old in text, old
        proposal.write_bytes(text.replace(old, new, 1).encode("utf-8", "surrogatepass"))
        return Invocation([str(proposal), *TODAY, *extra], folder, env or {})

    return build


def symlink_to(target: str) -> Callable[[Path], None]:
    """Make the letter a symbolic link to `target` (relative to the letter's folder)."""

    def make(letter: Path) -> None:
        letter.symlink_to(target)

    return make


def git_config_inside(folder: Path) -> None:
    """A `.git/config` holding a token beside the proposal, as `actions/checkout` leaves it."""
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text(
        '[core]\n[http "https://github.com/"]\n  extraheader = AUTHORIZATION: basic c2VjcmV0\n'
    )


def case_twin(folder: Path) -> None:
    """`lampiran/Surat.PDF` exists where the YAML says `lampiran/surat.pdf`."""
    shutil.copy(folder / LETTER, folder / "lampiran" / "Surat.PDF")


def nfd_twin(folder: Path) -> None:
    """The letter stored under an NFD name where the YAML writes NFC `café`."""
    shutil.copy(folder / LETTER, folder / "lampiran" / "cafe\u0301.pdf")


def directory(letter: Path) -> None:
    """The letter is a folder."""
    letter.mkdir()
    (letter / "isi.pdf").write_bytes(b"%PDF-1.4\n")
