"""`kipp_check.trust`: what an untrusted tree may still do, and what the operator always may.

The hazard corpus (`tests/hazards/cases_untrusted_paths.py`) shows each
refusal; these tests keep the refusals from firing on what is fine: a link
that stays inside the repository, a tightened limit, the operator's own
`--config`, `$GITHUB_STEP_SUMMARY` and `/dev/stdout`, glob semantics.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kipp_check.authoring.manifest import checksum_line
from kipp_check.trust import globbing
from kipp_check.trust.globbing import expand_glob
from kipp_check.trust.outputs import judge_target
from kipp_check.trust.root import PathRefused, confine, foreign_config, repository_root
from tests.support.cli import ROOT, run_cli

TODAY = ("--today", "2025-05-20")


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(ROOT / "examples" / "siap", repo / "siap")
    return repo


def test_the_root_is_the_nearest_git_else_the_working_folder_else_the_named_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path)
    assert repository_root(repo / "siap" / "proposal.yaml") == repo
    loose = tmp_path / "kiriman" / "a"
    loose.mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "kiriman")
    assert repository_root(loose / "proposal.yaml") == tmp_path / "kiriman"
    monkeypatch.chdir(repo)
    assert repository_root(loose / "proposal.yaml") == loose


def test_a_link_that_stays_inside_the_root_is_read(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "usulan.yaml").symlink_to("siap/proposal.yaml")
    real = confine(repo / "usulan.yaml", repo, shown="usulan.yaml")
    assert real == os.path.realpath(repo / "siap" / "proposal.yaml")


def test_a_link_out_of_the_root_or_into_git_is_refused_a_plain_hidden_path_is_not(
    tmp_path: Path,
) -> None:
    repo = _repo(tmp_path)
    (tmp_path / "rahasia").write_text("token", encoding="utf-8")
    (repo / ".git" / "config").write_text("[core]", encoding="utf-8")
    (repo / "keluar.yaml").symlink_to("../rahasia")
    (repo / "git.yaml").symlink_to(".git/config")
    with pytest.raises(PathRefused) as outside:
        confine(repo / "keluar.yaml", repo, shown="keluar.yaml")
    with pytest.raises(PathRefused) as hidden:
        confine(repo / "git.yaml", repo, shown="git.yaml")
    assert (outside.value.key, hidden.value.key) == (
        "trust.read_outside_root",
        "trust.read_hidden_link",
    )
    assert confine(repo / ".git" / "config", repo, shown="x")  # named as it is: not a link


def test_a_proposal_linked_inside_the_repository_is_checked(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "usulan").mkdir()
    (repo / "usulan" / "proposal.yaml").symlink_to("../siap/proposal.yaml")
    ran = run_cli("usulan/proposal.yaml", *TODAY, cwd=repo)
    assert ran.code == 1, ran  # read: its attachments are not beside the link, so not ready
    assert "DOK001" in ran.out, ran


@pytest.mark.parametrize(
    "pattern", ["*/proposal.yaml", "**/proposal.yaml", "a/**", "?/*.yaml", "**", ".h*/*", "a/*/"]
)
def test_globs_match_what_glob_matches_when_there_are_no_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    for name in ("a/proposal.yaml", "a/b/proposal.yaml", "b/x.yaml", ".h/proposal.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "a" / "c").mkdir()
    monkeypatch.chdir(tmp_path)
    expected = sorted(p.rstrip("/") for p in glob.glob(pattern, recursive=True))
    assert sorted(p.as_posix() for p in expand_glob(pattern)) == expected


def test_a_glob_that_looks_at_too_much_stops_with_a_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(30):
        (tmp_path / f"d{index}").mkdir()
    monkeypatch.setattr(globbing, "MAX_VISITED", 20)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PathRefused) as raised:
        expand_glob("**/proposal.yaml")
    assert raised.value.key == "trust.walk_too_big"


def test_a_tree_config_may_tighten_limits_the_operator_may_loosen_them(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / ".kipp-check.yaml").write_text("limits:\n  pdf_seconds: 10\n", encoding="utf-8")
    assert run_cli("siap/proposal.yaml", *TODAY, cwd=repo).code == 0
    loose = tmp_path / "operator.yaml"
    loose.write_text("limits:\n  pdf_seconds: 120\n", encoding="utf-8")
    ran = run_cli("siap/proposal.yaml", *TODAY, "--config", str(loose), cwd=repo)
    assert ran.code == 0, ran


def test_a_tree_config_writes_its_outputs_inside_the_repository(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / ".kipp-check.yaml").write_text(
        "outputs:\n  - {format: json, file: hasil/kipp.json}\n", encoding="utf-8"
    )
    ran = run_cli("siap/proposal.yaml", *TODAY, cwd=repo)
    assert ran.code == 0, ran
    assert (repo / "hasil" / "kipp.json").is_file()


def test_the_operator_may_write_outside_the_tree_and_to_a_device(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    summary = tmp_path / "runner" / "step_summary"
    summary.parent.mkdir()
    summary.write_text("", encoding="utf-8")
    args = ("siap/proposal.yaml", *TODAY, "--format", "markdown", "--output", str(summary))
    assert run_cli(*args, cwd=repo).code == 0
    assert summary.read_text(encoding="utf-8").startswith("#")
    stdout = judge_target(Path("/dev/stdout"), roots=(repo,), inputs=())
    assert stdout.in_place


def test_messages_are_in_english_with_lang_en(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    args = ("siap/proposal.yaml", *TODAY, "--output", "siap/proposal.yaml")
    ran = run_cli(*args, "--lang", "en", cwd=repo)
    assert ran.code == 2
    assert "a report will not overwrite it" in ran.err, ran
    assert "choose another name" in ran.err, ran


def test_a_config_of_ours_in_a_shared_folder_is_obeyed(tmp_path: Path) -> None:
    shared = tmp_path / "bersama"
    shared.mkdir()
    config = shared / ".kipp-check.yaml"
    config.write_text("fail_on: never\n", encoding="utf-8")
    shared.chmod(0o1777)
    assert not foreign_config(config)
    if os.geteuid() == 0:
        os.chown(config, 65534, 65534)
        assert foreign_config(config)
        shared.chmod(0o755)
        assert not foreign_config(config)  # nobody else may write to that folder


def test_init_force_replaces_a_linked_folder_and_leaves_its_target_alone(tmp_path: Path) -> None:
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    (tmp_path / "usulan").mkdir()
    (tmp_path / "usulan" / "lampiran").symlink_to(elsewhere)
    ran = run_cli("init", "usulan", "--force", cwd=tmp_path)
    assert ran.code == 0, ran
    assert (tmp_path / "usulan" / "lampiran").is_dir()
    assert not (tmp_path / "usulan" / "lampiran").is_symlink()
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="no sha256sum here")
def test_an_escaped_checksum_line_verifies_with_sha256sum(tmp_path: Path) -> None:
    name = "a\nb\\c.pdf"
    (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    import hashlib

    digest = hashlib.sha256(b"%PDF-1.4\n").hexdigest()
    line = checksum_line(digest, name)
    assert "\n" not in line and line.startswith("\\")
    (tmp_path / "m.sha256").write_text(line + "\n", encoding="utf-8")
    done = subprocess.run(
        ["sha256sum", "-c", "m.sha256"], cwd=tmp_path, capture_output=True, check=False
    )
    assert done.returncode == 0, done
    assert checksum_line(digest, "x.pdf") == f"{digest}  x.pdf"
