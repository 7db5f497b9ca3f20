"""How plain scalars are typed, and what YAML 1.1 would have made of them (Y12 to Y16)."""

from __future__ import annotations

import datetime as dt

import pytest

from kipp_check.loader.resolver import NumberOutOfRangeError, resolve_plain, yaml11_reading
from kipp_check.loader.source_map import ScalarInfo
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.options import Limits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("true", True),
        ("False", False),
        ("0", 0),
        ("-12", -12),
        ("+7", 7),
        ("1.5", 1.5),
        ("1.", 1.0),
        (".5", 0.5),
        ("6.02e+23", 6.02e23),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_core_schema_values(text: str, value: object) -> None:
    resolved = resolve_plain(text)
    assert (type(resolved), resolved) == (type(value), value)


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "No",
        "on",
        "OFF",
        "y",
        "010",
        "0812345678",
        "0x1F",
        "0o10",
        "1_000",
        "1:20",
        "4:35",
        ".inf",
        ".NaN",
        "1e3",
        "2024-02-30",
        "0000-01-01",
        "2024-1-2",
        "2024-01-02 10:00:00",
        "١٢٣",
        "1080p",
    ],
)
def test_everything_else_stays_text(text: str) -> None:
    assert resolve_plain(text) == text


@pytest.mark.parametrize("text", ["1" + "0" * 100, "1.0e999", "-" + "9" * 120 + ".5"])
def test_numbers_out_of_range_raise(text: str) -> None:
    with pytest.raises(NumberOutOfRangeError):
        resolve_plain(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("NO", "false"),
        ("yes", "true"),
        ("on", "true"),
        ("Off", "false"),
        ("010", "8"),
        ("0x1F", "31"),
        ("0b101", "5"),
        ("1:20", "80"),
        ("4:35", "275"),
        ("1_000", "1000"),
        ("1:20.5", "80.5"),
        (".inf", "inf"),
        ("2024-01-02 10:00:00", "2024-01-02 10:00:00"),
    ],
)
def test_yaml11_reading_of_text_that_1_1_would_convert(text: str, reading: str) -> None:
    assert yaml11_reading(text, resolve_plain(text)) == reading


@pytest.mark.parametrize(
    "text", ["SIGAP", "08", "0o10", "1e3", "2024-02-30", "true", "12", "2024-01-02", "<<"]
)
def test_no_yaml11_reading_when_both_agree_or_1_1_would_fail(text: str) -> None:
    assert yaml11_reading(text, resolve_plain(text)) is None


def test_base60_bomb_is_never_converted() -> None:
    text = "1" + ":59" * 50_000
    assert yaml11_reading(text, text) is None


@pytest.mark.parametrize(
    ("source", "info"),
    [
        ("a: NO\n", ScalarInfo("NO", True, "false")),
        ("a: on\n", ScalarInfo("on", True, "true")),
        ("a: 010\n", ScalarInfo("010", True, "8")),
        ("a: 0x1F\n", ScalarInfo("0x1F", True, "31")),
        ("a: 1:20\n", ScalarInfo("1:20", True, "80")),
        ("a: 1_000\n", ScalarInfo("1_000", True, "1000")),
        ("a: 4:35\n", ScalarInfo("4:35", True, "275")),
        ("a: '010'\n", ScalarInfo("010", False, None)),
        ("a: SIGAP\n", ScalarInfo("SIGAP", True, None)),
    ],
)
def test_scalar_info_in_the_source_map(source: str, info: ScalarInfo) -> None:
    parsed = parse_yaml(source.encode(), file="p", limits=Limits())
    assert parsed.source_map.scalar(("a",)) == info
