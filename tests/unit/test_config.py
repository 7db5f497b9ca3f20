"""`.kipp-check.yaml`: found by walking up, validated strictly, problems shown at their line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kipp_check import rules
from kipp_check.config.loading import CONFIG_NAME, LoadedConfig, find_config, load_config
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.i18n.render import say_error
from kipp_check.models.results import Severity


def _config(folder: Path, text: str) -> LoadedConfig:
    path = folder / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return load_config(path, known_ids=rules.ids())


def _problem(folder: Path, text: str, lang: Lang = Lang.ID) -> str:
    with pytest.raises(UsageError) as raised:
        _config(folder, text)
    return say_error(raised.value, lang)


def test_config_is_found_by_walking_up_from_the_proposal(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("lang: en\n", encoding="utf-8")
    deep = tmp_path / "dinas" / "inovasi"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / CONFIG_NAME).resolve()


def test_walk_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("lang: en\n", encoding="utf-8")
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    (repository / "dinas").mkdir()
    assert find_config(repository / "dinas") is None


def test_full_config_is_read(tmp_path: Path) -> None:
    config = _config(
        tmp_path,
        """\
pack: pemprov.yaml
lang: en
fail_on: warning
max_warnings: 3
select: [adm, JDW]
ignore: [ADM006]
severity: {vid: info}
outputs:
  - {format: sarif, file: hasil/kipp.sarif}
waivers:
  - rule: adm007
    proposal: dinkes
    key: judul
    until: 2025-06-01
    reason: nama resmi
    by: Kabag Organisasi
""",
    )
    policy = config.policy(None, ("VID",))
    assert policy.select == ("ADM", "JDW") and policy.ignore == ("VID",)
    assert policy.severity_for("VID001") is Severity.INFO
    assert config.pack_ref() == str(tmp_path.resolve() / "pemprov.yaml")
    assert config.output_path("hasil/kipp.sarif") == tmp_path.resolve() / "hasil" / "kipp.sarif"
    (waiver,) = config.waivers_for(tmp_path / "dinkes" / "proposal.yaml")
    assert (waiver.rule_id, waiver.key, waiver.until) == ("ADM007", ("judul",), dt.date(2025, 6, 1))
    assert waiver.origin.endswith(f"{CONFIG_NAME}:11") and not waiver.inline
    assert config.waivers_for(tmp_path / "disdukcapil" / "proposal.yaml") == ()


def test_shipped_pack_name_stays_a_name(tmp_path: Path) -> None:
    assert _config(tmp_path, "pack: kipp-2023\n").pack_ref() == "kipp-2023"


def test_unknown_key_points_at_its_line_with_a_guess(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "lang: id\nseverty:\n  VID: info\n")
    assert f"{CONFIG_NAME}:2:1" in problem
    assert "`severity`" in problem


def test_bad_choice_is_explained(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "fail_on: sometimes\n", Lang.EN)
    assert f"{CONFIG_NAME}:1:10" in problem and "one of" in problem


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param("select: [ADM, XYZ]\n", 1, "XYZ", id="unknown-prefix"),
        pytest.param("ignore: [KC001]\n", 1, "KC", id="reserved-ignored"),
        pytest.param("severity:\n  KC000: info\n", 2, "KC", id="reserved-regraded"),
        pytest.param(
            "waivers:\n  - {rule: ADM999, until: 2025-06-01, reason: x, by: y}\n",
            2,
            "ADM999",
            id="unknown-waived-rule",
        ),
        pytest.param(
            "waivers:\n  - {rule: ADM, until: 2025-06-01, reason: x, by: y}\n",
            2,
            "ADM",
            id="waiver-by-prefix",
        ),
        pytest.param(
            "waivers:\n  - {rule: ADM007, until: 2025-06-01, reason: x, by: y, key: 'a..b'}\n",
            2,
            "a..b",
            id="bad-key-path",
        ),
    ],
)
def test_rule_entries_must_name_rules(tmp_path: Path, text: str, line: int, words: str) -> None:
    problem = _problem(tmp_path, text)
    assert f"{CONFIG_NAME}:{line}:" in problem and words in problem


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("{rule: ADM007, until: 2025-06-01, by: y}", id="no-reason"),
        pytest.param("{rule: ADM007, reason: x, by: y}", id="no-date"),
        pytest.param("{rule: ADM007, until: 2025-06-01, reason: '', by: y}", id="empty-reason"),
    ],
)
def test_waiver_must_be_accountable(tmp_path: Path, entry: str) -> None:
    assert f"{CONFIG_NAME}:2:" in _problem(tmp_path, f"waivers:\n  - {entry}\n")


def test_yaml_syntax_error_is_a_usage_error_with_its_line(tmp_path: Path) -> None:
    assert f"{CONFIG_NAME}:2:" in _problem(tmp_path, "select: [ADM\nignore: x\n")


def test_config_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    assert "kunci: nilai" in _problem(tmp_path, "- ADM\n")


def test_missing_waiver_part_is_named(tmp_path: Path) -> None:
    problem = _problem(tmp_path, "waivers:\n  - {rule: ADM007, until: 2025-06-01, reason: x}\n")
    assert "`waivers[0].by` wajib diisi" in problem and "README" in problem
