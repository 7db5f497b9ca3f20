"""Hazards U1–U39 (docs/hazards-untrusted.md): a checked tree is untrusted input (issue 12).

Every case builds a repository `repo/` (with a `.git`, holding a copy of the
ready example in `siap/`) and the sentinel folder `luar/` beside it, then
runs the real CLI in the repository the way CI does. Whatever the tree
commits (a link, a config, a glob match) must not make kipp-check read or
write outside it; `outside.unchanged` checks that on every case.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hazards.fixtures import TODAY, Invocation
from tests.hazards.hazard import Check, Hazard
from tests.hazards.outside import OUTSIDE, SECRET, make_outside, snapshot, unchanged
from tests.hazards.runner import Bounded
from tests.support.cli import ROOT

Prepare = Callable[[Path], list[str]]
"""Sets up the repository (its argument) and returns the CLI's arguments."""
LETTER = "siap/lampiran/surat-pernyataan-identitas-inovator.pdf"
EVIDENCE = "lampiran/sop-layanan-sigap.pdf"


def in_repo(prepare: Prepare, cwd: str = "repo") -> Callable[[Path], Invocation]:
    """A builder: the repository and the sentinel beside it, prepared, then snapshotted."""

    def build(folder: Path) -> Invocation:
        repo = folder / "repo"
        (repo / ".git").mkdir(parents=True)
        (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
        shutil.copytree(ROOT / "examples" / "siap", repo / "siap")
        make_outside(folder)
        args = prepare(repo)
        snapshot(folder)
        return Invocation(args, folder / cwd)

    return build


def _config(text: str) -> Prepare:
    def prepare(repo: Path) -> list[str]:
        (repo / ".kipp-check.yaml").write_text(text, encoding="utf-8")
        return ["siap/proposal.yaml", *TODAY]

    return prepare


def _link(name: str, target: str, *args: str) -> Prepare:
    """`repo/name` is a committed link to `target`; the run gets `args`."""

    def prepare(repo: Path) -> list[str]:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).symlink_to(target)
        return [*args, *TODAY] if args and args[0] not in ("export", "init") else list(args)

    return prepare


def _output(target: str, *, fmt: str = "sarif", command: str = "check") -> Prepare:
    def prepare(repo: Path) -> list[str]:
        if command == "export":
            return ["export", "siap/proposal.yaml", "--output", target]
        if command == "manifest":
            return ["export", "siap/proposal.yaml", "--manifest", "--output", target]
        return ["siap/proposal.yaml", *TODAY, "--format", fmt, "--output", target]

    return prepare


def _then(*checks: Check) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        for each in checks:
            each(ran, folder)

    return check


def _said(*words: str) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        for word in words:
            assert word in ran.err, (word, ran)

    return check


def _kept(relative: str) -> Check:
    """The repository file `relative` is byte for byte the example's."""

    def check(ran: Bounded, folder: Path) -> None:
        mine = (folder / "repo" / relative).read_bytes()
        original = (ROOT / "examples" / relative).read_bytes()
        assert mine == original, f"{relative} was changed\n{ran}"

    return check


def _fast(seconds: float) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert ran.seconds < seconds, ran

    return check


def _config_in_linked_folder(repo: Path) -> list[str]:
    (repo / "hasil").symlink_to(f"../{OUTSIDE}")
    return _config("outputs:\n  - {format: json, file: hasil/report.json}\n")(repo)


def _linked_report_folder(repo: Path) -> list[str]:
    (repo / "hasil").symlink_to(f"../{OUTSIDE}")
    return ["siap/proposal.yaml", *TODAY, "--format", "json", "--output", "hasil/baru/r.json"]


def _two_outputs_one_file(repo: Path) -> list[str]:
    out = repo.parent / "keluaran"
    out.mkdir()
    (out / "r1.json").write_text("{}", encoding="utf-8")
    (out / "r2.json").symlink_to("r1.json")
    return [
        "siap/proposal.yaml", *TODAY,
        "--format", "json", "--output", "../keluaran/r1.json",
        "--format", "sarif", "--output", "../keluaran/r2.json",
    ]  # fmt: skip


def _read_only_report(repo: Path) -> list[str]:
    report = repo / "r.json"
    report.write_text('{"disimpan": true}', encoding="utf-8")
    report.chmod(0o444)
    return ["siap/proposal.yaml", *TODAY, "--format", "json", "--output", "r.json"]


def _read_only_kept(ran: Bounded, folder: Path) -> None:
    assert (folder / "repo" / "r.json").read_text(encoding="utf-8") == '{"disimpan": true}'


def _credentials_in_git(repo: Path) -> list[str]:
    (repo / ".git" / "credentials").write_text(f"https://x:{SECRET}@github.com\n")
    (repo / "usulan").mkdir()
    (repo / "usulan" / "proposal.yaml").symlink_to("../.git/credentials")
    return ["usulan/proposal.yaml", *TODAY]


def _glob_match_outside(repo: Path) -> list[str]:
    (repo / "dinas-x").mkdir()
    (repo / "dinas-x" / "proposal.yaml").symlink_to(f"../../{OUTSIDE}/secret")
    return ["dinas-*/proposal.yaml", *TODAY]


def _folder_glob_through_link(repo: Path) -> list[str]:
    (repo / "usulan-luar").symlink_to(f"../{OUTSIDE}/usulan")
    return ["*", *TODAY, "--format", "json"]


def _not_in_report(name: str) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert name not in ran.out, ran

    return check


def _pack_through_link(repo: Path) -> list[str]:
    (repo / "paket.yaml").symlink_to(f"../{OUTSIDE}/pack.yaml")
    (repo / ".kipp-check.yaml").write_text("pack: paket.yaml\n", encoding="utf-8")
    return ["siap/proposal.yaml", *TODAY]


def _looping_links(repo: Path) -> list[str]:
    (repo / "a").symlink_to(".")
    (repo / "b").symlink_to(".")
    return ["**/proposal.yaml", *TODAY]


def _big_pdf(path: Path, size: int) -> None:
    """A valid PDF holding one uncompressed stream of `size` zero bytes (a sparse hole)."""
    head = b"%PDF-1.4\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    offsets, body = [], head
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    offsets.append(len(body))
    stream_head = b"4 0 obj\n<< /Length %d >>\nstream\n" % size
    tail_start = len(body) + len(stream_head) + size
    tail = b"\nendstream\nendobj\n"
    xref_at = tail_start + len(tail)
    xref = b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    with path.open("wb") as handle:
        handle.write(body + stream_head)
        handle.seek(tail_start)
        handle.write(tail + xref + trailer)


def _thousand_spellings(repo: Path) -> list[str]:
    proposal = repo / "siap" / "proposal.yaml"
    _big_pdf(repo / "siap" / EVIDENCE, 48 * 1024 * 1024)
    spellings = "".join(
        f"    - {'./' * (i % 32)}lampiran/{'./' * (i // 32)}sop-layanan-sigap.pdf\n"
        for i in range(1, 1001)
    )
    text = proposal.read_text(encoding="utf-8")
    old = f"  implementasi:\n    - {EVIDENCE}\n"
    assert old in text
    proposal.write_text(text.replace(old, old + spellings), encoding="utf-8")
    return ["siap/proposal.yaml", *TODAY, "--format", "json"]


def _foreign_config(repo: Path) -> list[str]:
    if os.geteuid() != 0:
        pytest.skip("making a file another user's needs root")
    shared = repo.parent / "bersama"
    shutil.copytree(ROOT / "examples" / "belum-siap", shared / "usulan")
    config = shared / ".kipp-check.yaml"
    config.write_text("fail_on: never\n", encoding="utf-8")
    os.chown(config, 65534, 65534)
    shared.chmod(0o1777)
    return ["usulan/proposal.yaml", *TODAY]


def _init_linked_lampiran(repo: Path) -> list[str]:
    (repo / "usulan-baru").mkdir()
    (repo / "usulan-baru" / "lampiran").symlink_to(f"../../{OUTSIDE}")
    return ["init", "usulan-baru"]


def _manifest_with_crlf(repo: Path) -> list[str]:
    proposal = repo / "siap" / "proposal.yaml"
    forged = "0" * 64 + "  ../../luar/secret"
    text = proposal.read_text(encoding="utf-8")
    old = f"    - {EVIDENCE}\n"
    proposal.write_text(text.replace(old, f'    - "{EVIDENCE}\\r\\n{forged}"\n'), encoding="utf-8")
    return ["export", "siap/proposal.yaml", "--manifest"]


def _no_forged_checksum_line(ran: Bounded, folder: Path) -> None:
    for line in ran.out.split("\n"):
        assert "\r" not in line, line
        assert not line.startswith("0" * 64), line


def _named_folder_link(repo: Path) -> list[str]:
    (repo / "kiriman").symlink_to(f"../{OUTSIDE}")
    return ["kiriman", *TODAY]


_GUARD = unchanged
_CFG = ".kipp-check.yaml"
_REFUSED_LINK = _said("symlink")

UNTRUSTED_PATHS: list[Hazard] = [
    # 1. A tree's config writes only inside its repository, never onto an input.
    Hazard(
        "U1",
        "config-output-absolute",
        in_repo(lambda r: _config(
            f"outputs:\n  - {{format: html, file: {r.parent / OUTSIDE / 'report.json'}}}\n"
        )(r)),
        code=2,
        check=_then(_GUARD, _said(".kipp-check.yaml:")),
    ),
    Hazard(
        "U2",
        "config-output-dotdot",
        in_repo(_config(f"outputs:\n  - {{format: html, file: ../{OUTSIDE}/report.json}}\n")),
        code=2,
        check=_GUARD,
    ),
    Hazard(
        "U3",
        "config-output-onto-proposal",
        in_repo(_config("outputs:\n  - {format: html, file: siap/proposal.yaml}\n")),
        code=2,
        check=_then(_GUARD, _kept("siap/proposal.yaml")),
    ),
    Hazard(
        "U4",
        "config-output-linked-folder",
        in_repo(_config_in_linked_folder),
        code=2,
        check=_GUARD,
    ),
    Hazard(
        "U5",
        "config-loosens-limits",
        in_repo(_config("limits:\n  pdf_seconds: 3600\n  max_yaml_bytes: 67108864\n")),
        code=2,
        check=_then(_GUARD, _said("limits.pdf_seconds", "--config")),
    ),
    Hazard(
        "U6",
        "config-pack-outside",
        in_repo(_config(f"pack: ../{OUTSIDE}/pack.yaml\n")),
        code=2,
        check=_GUARD,
    ),
    # 2. --output never writes through a committed link.
    Hazard(
        "U7",
        "output-committed-link",
        in_repo(_link("kipp-check.sarif", f"../{OUTSIDE}/bashrc", "siap/proposal.yaml",
                      "--format", "sarif", "--output", "kipp-check.sarif")),
        code=2,
        check=_then(_GUARD, _REFUSED_LINK),
    ),
    Hazard(
        "U8",
        "output-dangling-link",
        in_repo(_link("kipp-check.sarif", f"../{OUTSIDE}/baru.sarif", "siap/proposal.yaml",
                      "--format", "sarif", "--output", "kipp-check.sarif")),
        code=2,
        check=_GUARD,
    ),
    Hazard(
        "U9",
        "output-linked-folder",
        in_repo(_link("hasil", f"../{OUTSIDE}", "siap/proposal.yaml",
                      "--format", "json", "--output", "hasil/report.json")),
        code=2,
        check=_GUARD,
    ),
    Hazard("U10", "output-parent-made-through-link", in_repo(_linked_report_folder), code=2,
           check=_GUARD),
    Hazard(
        "U11",
        "export-output-linked-folder",
        in_repo(_link("hasil", f"../{OUTSIDE}", "export", "siap/proposal.yaml",
                      "--output", "hasil/teks.md")),
        code=2,
        check=_GUARD,
    ),
    # 3. An output never replaces an input, another output, or a read-only file.
    Hazard("U12", "output-onto-proposal", in_repo(_output("siap/proposal.yaml")), code=2,
           check=_then(_GUARD, _kept("siap/proposal.yaml"))),
    Hazard("U13", "output-onto-attachment", in_repo(_output(LETTER, fmt="html")), code=2,
           check=_then(_GUARD, _kept(LETTER))),
    Hazard(
        "U14",
        "output-onto-config",
        in_repo(lambda r: (_config("fail_on: error\n")(r), ["siap/proposal.yaml", *TODAY,
                           "--format", "json", "--output", _CFG])[1]),
        code=2,
        check=_GUARD,
    ),
    Hazard(
        "U15",
        "output-onto-local-pack",
        in_repo(lambda r: (shutil.copy(r.parent / OUTSIDE / "pack.yaml", r / "paket.yaml"),
                           ["siap/proposal.yaml", *TODAY, "--pack", "paket.yaml",
                            "--format", "json", "--output", "paket.yaml"])[1]),
        code=2,
        check=_GUARD,
    ),
    Hazard("U16", "export-onto-proposal", in_repo(_output("siap/proposal.yaml", command="export")),
           code=2, check=_then(_GUARD, _kept("siap/proposal.yaml"))),
    Hazard("U17", "manifest-onto-attachment", in_repo(_output(LETTER, command="manifest")),
           code=2, check=_then(_GUARD, _kept(LETTER))),
    Hazard("U18", "two-outputs-one-real-file", in_repo(_two_outputs_one_file), code=2,
           check=_GUARD),
    Hazard("U19", "read-only-report", in_repo(_read_only_report), code=2,
           check=_then(_GUARD, _read_only_kept)),
    # 4. Never read through a link that leaves the root; never quote what a link reads.
    Hazard(
        "U20",
        "named-proposal-link-outside",
        in_repo(_link("usulan/proposal.yaml", f"../../{OUTSIDE}/secret", "usulan/proposal.yaml")),
        code=2,
        check=_then(_GUARD, _REFUSED_LINK),
    ),
    Hazard("U21", "glob-match-link-outside", in_repo(_glob_match_outside), code=2, check=_GUARD),
    Hazard(
        "U22",
        "folder-glob-through-link",
        in_repo(_folder_glob_through_link),
        code=0,
        check=_then(_GUARD, _not_in_report("usulan-luar")),
    ),
    Hazard("U23", "named-folder-link-outside", in_repo(_named_folder_link), code=2, check=_GUARD),
    Hazard(
        "U24",
        "config-link-outside",
        in_repo(_link(_CFG, f"../{OUTSIDE}/secret", "siap/proposal.yaml")),
        code=2,
        check=_then(_GUARD, _REFUSED_LINK),
    ),
    Hazard("U25", "pack-link-outside", in_repo(_pack_through_link), code=2, check=_GUARD),
    Hazard(
        "U32",
        "named-pack-link-outside",
        in_repo(_link("paket.yaml", f"../{OUTSIDE}/pack.yaml", "siap/proposal.yaml",
                      "--pack", "paket.yaml")),
        code=2,
        check=_then(_GUARD, _REFUSED_LINK),
    ),
    Hazard("U26", "proposal-link-into-git", in_repo(_credentials_in_git), code=2, check=_GUARD),
    # 6. Globs never follow links; one file in many spellings is read once.
    Hazard("U27", "glob-two-looping-links", in_repo(_looping_links), code=0,
           check=_then(_GUARD, _fast(30))),
    Hazard("U28", "one-pdf-1000-spellings", in_repo(_thousand_spellings), code=0,
           check=_then(_GUARD, _fast(25))),
    # 8. A stranger's config, init through a linked folder, the manifest's lines.
    Hazard("U29", "foreign-config-world-writable", in_repo(_foreign_config, cwd="bersama"),
           code=1, check=_then(_GUARD, _said("safe.directory"))),
    Hazard("U30", "init-linked-lampiran", in_repo(_init_linked_lampiran), code=2, check=_GUARD),
    Hazard("U31", "manifest-crlf-in-path", in_repo(_manifest_with_crlf), code=1,
           check=_then(_GUARD, _no_forged_checksum_line)),
]  # fmt: skip
