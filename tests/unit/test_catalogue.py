"""The message catalogue: both languages for every key, the same fields in both, no key missing."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest

from kipp_check import i18n
from kipp_check.i18n import CATALOGUE, Lang, text
from kipp_check.i18n.rules import RuleWords
from kipp_check.models.criterion import PREFIXES, Criterion
from kipp_check.rules import all_rules
from kipp_check.rules.docs import documented_rules

SOURCE = Path(__file__).resolve().parents[2] / "src" / "kipp_check"
_FIELDS = string.Formatter()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in _FIELDS.parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_message_has_both_languages_with_the_same_fields(key: str) -> None:
    message = CATALOGUE[key]
    assert message.id.strip() and message.en.strip()
    assert _fields(message.id) == _fields(message.en)


def test_every_rule_has_a_title_in_both_languages() -> None:
    for rule in all_rules():
        assert text(f"rule.{rule.id}", Lang.ID) != text(f"rule.{rule.id}", Lang.EN)


def test_every_literal_message_key_in_the_code_exists() -> None:
    pattern = re.compile(
        r"\"((?:adm|jdw|dok|dd|asp|kri|vid|schema|loader|pdf|pack|cli|engine)"
        r"\.[a-z_.]+)\""
    )
    used = {m for path in SOURCE.rglob("*.py") for m in pattern.findall(path.read_text("utf-8"))}
    missing = sorted(key for key in used if key not in CATALOGUE)
    assert not missing


def test_indonesian_is_the_default() -> None:
    assert text("verdict.not_ready", "id") == "BELUM SIAP"
    assert text("verdict.not_ready", "en") == "NOT READY"


def _criterion_modules() -> dict[str, dict[str, RuleWords]]:
    return {
        name: importlib.import_module(f"kipp_check.i18n.rules.{name}").RULES
        for name in i18n._CRITERIA.values()
    }


def test_every_criterion_has_a_words_module() -> None:
    assert set(i18n._CRITERIA) == {p for c, p in PREFIXES.items() if c is not Criterion.FILE}


@pytest.mark.parametrize("name", sorted(set(i18n._CRITERIA.values())))
def test_a_rule_s_words_are_where_its_keys_are_routed(name: str) -> None:
    """A key in the wrong criterion module could never be found: each is routed to its own."""
    for rule_id, words in _criterion_modules()[name].items():
        assert i18n._criterion_of(rule_id) == name, rule_id
        for key in words.messages:
            assert name in (i18n._owners(key) or ()), (
                f"{key} ({rule_id}): start it with its criterion's word, e.g. "
                f"{rule_id[:3].lower()}., or route its prefix in i18n._RULE_KEYS"
            )


def test_no_area_holds_a_key_routed_to_a_criterion() -> None:
    for area in i18n._AREAS:
        module = importlib.import_module(f"kipp_check.i18n.{area}")
        routed = sorted(key for key in module.MESSAGES if i18n._owners(key) is not None)
        assert not routed, f"{area}: move {routed} to its rule's module in i18n/rules"


def test_every_rule_s_words_belong_to_a_rule() -> None:
    known = {rule.id for rule in documented_rules()}
    for name, table in _criterion_modules().items():
        assert set(table) <= known, name
