"""The message catalogue: both languages for every key, the same fields in both, no key missing."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from kipp_check.i18n import CATALOGUE, Lang, text
from kipp_check.rules import all_rules

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
