"""The limits are settings: `limits:` in `.kipp-check.yaml` changes them, within sane bounds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hazards.fixtures import TODAY
from tests.hazards.runner import run_bounded

NESTED = b"instansi:\n" + b"".join(b"  " * (i + 1) + b"a%d:\n" % i for i in range(12))


def _check(folder: Path, config: str) -> tuple[int, str, str]:
    (folder / ".git").mkdir()
    (folder / ".kipp-check.yaml").write_text(config, encoding="utf-8")
    (folder / "proposal.yaml").write_bytes(NESTED + b"  " * 13 + b"x\n")
    ran = run_bounded(["proposal.yaml", *TODAY, "--format", "json"], cwd=folder)
    return ran.code, ran.out, ran.err


def _keys(out: str) -> set[str]:
    return {f["message_key"] for f in json.loads(out)["findings"]}


def test_default_depth_lets_a_moderately_nested_file_through(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "lang: en\n")
    assert code == 1
    assert "loader.too_deep" not in _keys(out)


def test_config_lowers_the_depth_limit(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "limits:\n  max_yaml_depth: 8\n")
    assert code == 1
    assert "loader.too_deep" in _keys(out)


def test_config_limits_out_of_bounds_are_a_usage_error_at_their_line(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, "lang: en\nlimits:\n  max_yaml_depth: 3\n")
    assert code == 2, err
    assert ".kipp-check.yaml:3:" in err


def test_unknown_limit_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, "limits:\n  pdf_second: 3\n")
    assert code == 2, err
    assert "pdf_second" in err
