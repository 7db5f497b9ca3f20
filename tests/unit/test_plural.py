"""English nouns agree with their counts; Indonesian ones never change."""

from __future__ import annotations

import string

import pytest

from kipp_check.i18n import CATALOGUE, Lang, text
from kipp_check.i18n.plural import fill

_FIELDS = string.Formatter()


@pytest.mark.parametrize(
    ("errors", "warnings", "infos", "expected"),
    [
        (1, 1, 1, "1 error, 1 warning, 1 note"),
        (0, 2, 7, "0 errors, 2 warnings, 7 notes"),
    ],
)
def test_report_counts_agree_in_english(
    errors: int, warnings: int, infos: int, expected: str
) -> None:
    counts = {"errors": errors, "warnings": warnings, "infos": infos}
    assert text("report.counts", Lang.EN, **counts) == expected


def test_indonesian_counts_keep_one_form() -> None:
    counts = {"errors": 1, "warnings": 2, "infos": 0}
    assert text("report.counts", Lang.ID, **counts) == "1 galat, 2 peringatan, 0 saran"


def test_a_count_given_as_text_agrees_too() -> None:
    assert (
        fill("{count:file|files} could not be read", {"count": "1"}) == "1 file could not be read"
    )


def test_other_fields_and_specs_read_as_str_format_does() -> None:
    template = "{name} | {share:.1f} % | {count:item|items}"
    assert fill(template, {"name": "x", "share": 2.25, "count": 3}) == "x | 2.2 % | 3 items"


def test_only_english_templates_use_the_plural_form() -> None:
    def plural_fields(template: str) -> list[str]:
        specs = (spec or "" for _, name, spec, _ in _FIELDS.parse(template) if name)
        return [spec for spec in specs if "|" in spec]

    assert not [key for key, message in CATALOGUE.items() if plural_fields(message.id)]
    assert [key for key, message in CATALOGUE.items() if plural_fields(message.en)]
