"""The rule packs we ship read the same with libyaml as with the pure-Python parser.

Shipped packs are parsed with libyaml for start-up speed (`shipped=True`),
while a user's files always go through the pure-Python parser. The two
disagree on a few inputs (hazards Y7, Y24), so every shipped pack must give
the same data, findings, positions and scalar texts either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest
import yaml

from kipp_check.loader import prescan
from kipp_check.loader.resolver import KippLoader
from kipp_check.loader.yaml_source import ParsedYaml, parse_yaml
from kipp_check.models.results import DocPath
from kipp_check.options import Limits
from kipp_check.packs import SHIPPED


def _parse(pack_id: str, *, shipped: bool) -> ParsedYaml:
    raw = resources.files("kipp_check.packs").joinpath(f"{pack_id}.yaml").read_bytes()
    return parse_yaml(raw, file=f"{pack_id}.yaml", limits=Limits(), shipped=shipped)


def _paths(node: object, path: DocPath = ()) -> Iterator[DocPath]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _paths(item, (*path, index))


@pytest.mark.parametrize("pack_id", SHIPPED)
def test_shipped_pack_reads_the_same_with_either_parser(pack_id: str) -> None:
    fast, pure = _parse(pack_id, shipped=True), _parse(pack_id, shipped=False)
    assert fast.data == pure.data
    assert fast.findings == pure.findings
    paths = list(_paths(pure.data))
    assert len(paths) > 100
    for path in paths:
        assert fast.source_map.key_span(path) == pure.source_map.key_span(path), path
        assert fast.source_map.value_span(path) == pure.source_map.value_span(path), path
        assert fast.source_map.scalar(path) == pure.source_map.scalar(path), path


def test_shipped_parsing_uses_libyaml_where_pyyaml_has_it() -> None:
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else KippLoader
    assert prescan._SHIPPED_PARSER is expected


def test_a_users_file_never_goes_through_libyaml() -> None:
    # A tab after a value: libyaml accepts it, the pure-Python parser refuses it (Y24).
    raw = b"judul: x\t\n"
    user = parse_yaml(raw, file="proposal.yaml", limits=Limits())
    assert [f.rule_id for f in user.findings] == ["KC000"]
