"""Whole-file problems: documents, root type, size, encoding, characters, depth, keys."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kipp_check.i18n import Lang
from kipp_check.loader.yaml_source import ParsedYaml, parse_yaml
from kipp_check.models.results import Span
from kipp_check.options import Limits
from tests.support.checking import Worded, worded


def load(source: str | bytes, lang: Lang = Lang.ID, **limits: int) -> ParsedYaml:
    raw = source.encode("utf-8") if isinstance(source, str) else source
    parsed = parse_yaml(raw, file="proposal.yaml", limits=Limits(**limits))
    return replace(parsed, findings=tuple(worded(f, lang) for f in parsed.findings))


def only(parsed: ParsedYaml) -> Worded:
    assert len(parsed.findings) == 1, parsed.findings
    (finding,) = parsed.findings
    assert isinstance(finding, Worded)
    return finding


def where(parsed: ParsedYaml) -> list[tuple[str, str, Span | None]]:
    return [(f.rule_id, f.message_key, f.span) for f in parsed.findings]


# --- documents and root -------------------------------------------------------------


def test_second_document_is_reported_where_it_starts() -> None:
    parsed = load("a: 1\nb: 2\n---\nc: 3\n")
    assert (where(parsed), parsed.data) == ([("KC005", "loader.multi_document", Span(3, 1))], None)


def test_list_root_is_refused() -> None:
    assert where(load("- a\n- b\n")) == [("KC005", "loader.root_list", Span(1, 1))]


def test_scalar_root_is_refused_and_quoted_back() -> None:
    message = only(load("hello\n")).message
    assert message == (
        "isi file hanya satu nilai (`hello`), padahal proposal harus berupa pasangan `kunci: nilai`"
    )


@pytest.mark.parametrize("source", ["", "\n\n", "# hanya komentar\n# lagi\n", "---\n"])
def test_empty_or_comment_only_file(source: str) -> None:
    parsed = load(source)
    assert (where(parsed), parsed.data) == ([("KC004", "loader.empty", None)], None)


def test_empty_file_in_english() -> None:
    assert only(load("", lang=Lang.EN)).message == "the file is empty"


# --- size ------------------------------------------------------------------------


def test_file_over_the_byte_limit_is_refused_before_parsing() -> None:
    raw = b"a: [" + b"[" * 2_000_000 + b"\n"
    assert only(load(raw)).message == "file terlalu besar: 2000005 byte, batasnya 1048576 byte"


def test_scalar_over_the_length_limit_is_refused() -> None:
    parsed = load("judul: ok\nringkasan: 12345678901\n", max_scalar_chars=10)
    assert where(parsed) == [("KC005", "loader.scalar_too_long", Span(2, 12))]


def test_number_too_long_is_refused_at_its_line() -> None:
    parsed = load("a: 1\nn: 1" + "0" * 5000 + "\n")
    assert where(parsed) == [("KC005", "loader.number_out_of_range", Span(2, 4))]


def test_float_overflow_is_refused() -> None:
    assert where(load("n: 1.0e999\n")) == [("KC005", "loader.number_out_of_range", Span(1, 4))]


# --- encoding and characters ----------------------------------------------------------


def test_latin1_byte_is_reported_with_offset_and_line() -> None:
    finding = only(load(b"judul: x\nnama: Caf\xe9\n"))
    assert (finding.message, finding.span) == (
        "file bukan UTF-8: byte 0xE9 tidak sah di offset byte 18 (baris 2)",
        Span(2, 10),
    )


def test_utf8_bom_is_accepted_without_shifting_columns() -> None:
    parsed = load(b"\xef\xbb\xbfjudul: x\n")
    assert (parsed.data, parsed.findings, parsed.source_map.value_span(("judul",))) == (
        {"judul": "x"},
        (),
        Span(1, 8),
    )


def test_utf16_is_refused() -> None:
    assert where(load("judul: x\n".encode("utf-16"))) == [("KC004", "loader.wrong_encoding", None)]


@pytest.mark.parametrize(
    ("source", "codepoint", "span"),
    [
        ("a: 1\nb: x\x00y\n", "U+0000", Span(2, 5)),
        ("a: \x1b[2J\n", "U+001B", Span(1, 4)),
        ("a: 1\r\nb: \x07\n", "U+0007", Span(2, 4)),
    ],
)
def test_raw_control_character_is_refused(source: str, codepoint: str, span: Span) -> None:
    finding = only(load(source))
    assert (finding.rule_id, finding.span, codepoint in finding.message) == ("KC004", span, True)


@pytest.mark.parametrize("separator", ["\u0085", "\u2028", "\u2029"])
def test_unicode_line_separators_are_refused(separator: str) -> None:
    parsed = load(f"a: 1{separator}b: 2\n")
    assert where(parsed) == [("KC004", "loader.unicode_line_break", Span(1, 5))]


def test_nel_message_names_the_codepoint() -> None:
    message = only(load("a: 1\u0085b: 2\n", lang=Lang.EN)).message
    assert message.startswith("unusual line separator U+0085 at line 1, column 5")


# --- depth -------------------------------------------------------------------------


def test_deep_flow_nesting_is_refused_without_recursion() -> None:
    parsed = load("a: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert where(parsed) == [("KC005", "loader.too_deep", Span(1, 67))]


def test_deep_block_nesting_is_refused_without_recursion() -> None:
    parsed = load("a:\n" + "  " + "- " * 10_000 + "x\n")
    assert where(parsed) == [("KC005", "loader.too_deep", Span(2, 129))]


def test_nesting_at_the_limit_is_fine() -> None:
    assert load("a: [[[x]]]\n", max_yaml_depth=4).findings == ()


def test_recursion_error_is_caught_when_the_limit_is_set_too_high() -> None:
    parsed = load("a: " + "[" * 1500 + "]" * 1500 + "\n", max_yaml_depth=100_000)
    assert where(parsed) == [("KC005", "loader.too_complex", None)]


# --- keys ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "span"),
    [
        ("judul: x\n1: a\n", Span(2, 1)),
        ("judul: x\n~: b\n", Span(2, 1)),
        ("judul: x\ntrue: c\n", Span(2, 1)),
        ("judul: x\n2024-01-01: d\n", Span(2, 1)),
    ],
)
def test_non_text_keys_are_refused(source: str, span: Span) -> None:
    parsed = load(source)
    assert (where(parsed), parsed.data) == ([("KC005", "loader.non_string_key", span)], None)


def test_collection_key_is_refused() -> None:
    assert where(load("? [1, 2]\n: c\n")) == [("KC005", "loader.complex_key", Span(1, 3))]


def test_empty_key_is_refused() -> None:
    assert where(load("?\n: b\n")) == [("KC005", "loader.empty_key", Span(1, 2))]


def test_non_text_key_message_quotes_the_key() -> None:
    assert only(load("~: b\n")).message == "kunci `~` di baris 1 bukan teks"
