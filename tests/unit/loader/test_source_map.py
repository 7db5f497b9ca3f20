"""Positions of keys and values, so every finding can point at a line and column."""

from __future__ import annotations

import pytest

from kipp_check.loader.source_map import ScalarInfo, SourceMap
from kipp_check.loader.yaml_source import parse_yaml
from kipp_check.models.results import DocPath, Span
from kipp_check.options import Limits

PROPOSAL = """\
judul: SIGAP
instansi:
  nama: Dinas X
  zona_waktu: WITA
inovator:
  - nama: Ani
    jabatan: Kepala
  - nama: Budi
video: {tautan: "https://x", durasi: 4:35}
ringkasan: |
  Teks
"""


@pytest.fixture(scope="module")
def source_map() -> SourceMap:
    parsed = parse_yaml(PROPOSAL.encode(), file="p.yaml", limits=Limits())
    assert parsed.findings == ()
    return parsed.source_map


@pytest.mark.parametrize(
    ("path", "span"),
    [
        (("judul",), Span(1, 1)),
        (("instansi",), Span(2, 1)),
        (("instansi", "nama"), Span(3, 3)),
        (("inovator", 0, "jabatan"), Span(7, 5)),
        (("inovator", 1, "nama"), Span(8, 5)),
        (("video", "durasi"), Span(9, 30)),
    ],
)
def test_key_span(source_map: SourceMap, path: DocPath, span: Span) -> None:
    assert source_map.key_span(path) == span


@pytest.mark.parametrize(
    ("path", "span"),
    [
        ((), Span(1, 1)),
        (("judul",), Span(1, 8)),
        (("instansi",), Span(3, 3)),
        (("instansi", "zona_waktu"), Span(4, 15)),
        (("inovator",), Span(6, 3)),
        (("inovator", 0), Span(6, 5)),
        (("inovator", 1, "nama"), Span(8, 11)),
        (("video",), Span(9, 8)),
        (("video", "tautan"), Span(9, 17)),
        (("ringkasan",), Span(10, 12)),
    ],
)
def test_value_span(source_map: SourceMap, path: DocPath, span: Span) -> None:
    assert source_map.value_span(path) == span


def test_list_item_has_no_key_span(source_map: SourceMap) -> None:
    assert source_map.key_span(("inovator", 0)) is None


def test_absent_path_has_no_spans(source_map: SourceMap) -> None:
    assert (source_map.key_span(("x",)), source_map.value_span(("x",))) == (None, None)


@pytest.mark.parametrize(
    ("path", "span"),
    [
        (("instansi", "nama"), Span(3, 9)),
        (("instansi", "induk"), Span(2, 1)),
        (("kontak", "email"), Span(1, 1)),
        (("inovator", 1, "jabatan"), Span(8, 5)),
        (("inovator", 5, "nama"), Span(5, 1)),
        (("video", "isi", "gagasan"), Span(9, 1)),
    ],
)
def test_lookup_falls_back_to_the_nearest_existing_ancestor(
    source_map: SourceMap, path: DocPath, span: Span
) -> None:
    assert source_map.lookup(path) == span


def test_lookup_in_an_empty_map_is_the_file_start() -> None:
    assert SourceMap().lookup(("a", "b")) == Span(1, 1)


def test_keys_at_lists_keys_in_source_order(source_map: SourceMap) -> None:
    assert source_map.keys_at(()) == (
        "judul",
        "instansi",
        "inovator",
        "video",
        "ringkasan",
    )


def test_keys_at_a_nested_mapping(source_map: SourceMap) -> None:
    assert source_map.keys_at(("inovator", 0)) == ("nama", "jabatan")


def test_keys_at_a_scalar_is_empty(source_map: SourceMap) -> None:
    assert source_map.keys_at(("judul",)) == ()


def test_plain_scalar_info_carries_the_yaml11_reading(source_map: SourceMap) -> None:
    assert source_map.scalar(("video", "durasi")) == ScalarInfo("4:35", plain=True, yaml11="275")


def test_quoted_scalar_info(source_map: SourceMap) -> None:
    assert source_map.scalar(("video", "tautan")) == ScalarInfo("https://x", False, None)


def test_block_scalar_is_not_plain(source_map: SourceMap) -> None:
    assert source_map.scalar(("ringkasan",)) == ScalarInfo("Teks\n", False, None)


def test_collection_has_no_scalar_info(source_map: SourceMap) -> None:
    assert source_map.scalar(("instansi",)) is None


def test_duplicate_key_maps_only_the_winning_value() -> None:
    raw = b"a:\n  x: 1\nb: 2\na:\n  y: 3\n"
    source_map = parse_yaml(raw, file="p", limits=Limits()).source_map
    assert (
        source_map.key_span(("a",)),
        source_map.value_span(("a", "y")),
        source_map.value_span(("a", "x")),
        source_map.keys_at(()),
    ) == (Span(4, 1), Span(5, 6), None, ("a", "b"))


def test_crlf_line_endings_count_as_one_line() -> None:
    raw = b"a: 1\r\nb:\r\n  c: 2\r\n"
    source_map = parse_yaml(raw, file="p", limits=Limits()).source_map
    assert source_map.value_span(("b", "c")) == Span(3, 6)
