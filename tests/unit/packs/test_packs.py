"""The shipped rule packs and the pack loader, as a user and a rule author rely on them."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import kipp_check.packs
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.i18n.render import say_error
from kipp_check.models.results import Confidence
from kipp_check.packs import DEFAULT_PACK, SHIPPED, load_pack
from kipp_check.packs.model import Pack, Sourced

UNLINKED_SOURCES = {
    "form-a",
    "form-b",
    "tidak-ditemukan-2026",
    "bps-draft-2026",
    "vue-form",
    "asta-cita",
}
"""Regional copies of the SINOVIK form (and, for 2026, the research note and copies in public
code) that the dossiers cite without a URL."""


def _sourced_values(node: object) -> Iterator[Sourced[Any]]:
    """Every sourced value in a pack, however deeply nested."""
    if isinstance(node, Sourced):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _sourced_values(getattr(node, name))
    elif isinstance(node, list | dict):
        for item in node.values() if isinstance(node, dict) else node:
            yield from _sourced_values(item)


def _write(folder: Path, name: str, body: str) -> str:
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return name


@pytest.fixture(params=SHIPPED)
def pack(request: pytest.FixtureRequest) -> Pack:
    return load_pack(request.param)


# --- the shipped packs ------------------------------------------------------------------


def test_shipped_packs_load_under_their_own_id(pack: Pack) -> None:
    assert pack.id in SHIPPED
    assert pack.year == int(pack.id.removeprefix("kipp-"))
    assert pack.title == f"KIPP {pack.year}"
    assert DEFAULT_PACK == "kipp-2025"


def test_every_source_says_who_and_where(pack: Pack) -> None:
    for source_id, source in pack.sources.items():
        assert source.title.strip(), source_id
        if source_id not in UNLINKED_SOURCES:
            assert source.url.startswith("https://"), source_id


def test_every_source_is_used(pack: Pack) -> None:
    used = {value.source for value in _sourced_values(pack)}
    used |= {criterion.source for criterion in pack.innovation_criteria}
    assert used == set(pack.sources)


def test_a_carried_over_value_is_never_more_than_assumed(pack: Pack) -> None:
    for value in _sourced_values(pack):
        if value.assumed_from is not None:
            assert value.confidence is Confidence.ASSUMED, value


def test_umum_weights_sum_to_100(pack: Pack) -> None:
    weights = [a.weight.value for a in pack.aspects_for("umum") if a.weight is not None]
    if pack.provisional and not weights:
        return  # no weights were found for a provisional edition: none are invented
    assert sum(weights) == 100


def test_references_between_sections_resolve(pack: Pack) -> None:
    groups = {group.id for group in pack.groups.value}
    for group in groups:
        ids = [aspect.id for aspect in pack.aspects_for(group)]
        assert len(ids) == len(set(ids)), f"aspect IDs repeat within group {group}"
    for aspect in pack.aspects:
        assert set(aspect.groups) <= groups, aspect.id
    aspect_ids = {aspect.id for aspect in pack.aspects}
    for criterion in pack.innovation_criteria:
        assert criterion.aspects, criterion.id
        assert set(criterion.aspects) <= aspect_ids, criterion.id
    assert set(pack.min_age_years.value) == groups


def test_the_five_innovation_criteria_are_present(pack: Pack) -> None:
    ids = [criterion.id for criterion in pack.innovation_criteria]
    assert ids == ["kebaruan", "efektivitas", "kemanfaatan", "replikasi", "keberlanjutan"]


def test_2025_has_nine_categories_and_two_groups() -> None:
    pack = load_pack("kipp-2025")
    assert len({category.id for category in pack.categories.value}) == 9
    assert [group.id for group in pack.groups.value] == ["umum", "replikasi"]
    opens, closes = pack.submission.opens, pack.submission.closes
    assert opens is not None and closes is not None
    assert opens.value.isoformat() == "2025-04-08"
    assert closes.value.isoformat() == "2025-06-03"
    assert closes.confidence is Confidence.CONFIRMED


def test_2025_proposal_structure_is_marked_as_taken_from_2023() -> None:
    pack = load_pack("kipp-2025")
    limits = [a.max_words for a in pack.aspects if a.max_words is not None]
    limits += [p.max_words for a in pack.aspects for p in a.parts if p.max_words is not None]
    limits += [a.weight for a in pack.aspects if a.weight is not None]
    assert len(limits) == 7 + 2 + 8
    for limit in limits:
        assert limit.confidence is Confidence.ASSUMED
        assert limit.assumed_from == "KIPP 2023"
    hour = pack.submission.closing_time
    assert (hour.value, hour.confidence, hour.assumed_from) == (
        "23:59",
        Confidence.ASSUMED,
        "KIPP 2023",
    )


def test_only_the_2025_emphasis_is_flagged() -> None:
    emphasized = {c.id for c in load_pack("kipp-2025").innovation_criteria if c.emphasized}
    assert emphasized == {"kemanfaatan", "replikasi", "keberlanjutan"}
    assert not any(c.emphasized for c in load_pack("kipp-2023").innovation_criteria)


def test_2023_has_umum_and_khusus_with_the_extended_deadline() -> None:
    pack = load_pack("kipp-2023")
    assert [group.id for group in pack.groups.value] == ["umum", "khusus"]
    assert len(pack.aspects_for("umum")) == 8
    assert len(pack.aspects_for("khusus")) == 7
    assert pack.submission.closes is not None
    assert pack.submission.closes.value.isoformat() == "2023-05-06"
    assert pack.submission.closing_time.confidence is Confidence.CONFIRMED


# --- choosing a pack by ID ----------------------------------------------------------------


@pytest.mark.parametrize("ref", ["2025", "2023", " KIPP-2025 "])
def test_shorthand_names_the_same_cached_pack(ref: str) -> None:
    expected = "kipp-2025" if "2025" in ref else "kipp-2023"
    assert load_pack(ref) is load_pack(expected)


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("ref", ["kipp-2024", "2024"])
def test_2024_is_refused_with_the_reason(ref: str, lang: Lang) -> None:
    with pytest.raises(UsageError) as raised:
        load_pack(ref)
    message = say_error(raised.value, lang)
    assert "2024" in message
    assert "B/51/S.PP.00.05/2024" in message  # the announcement, from packs/editions.yaml
    assert SHIPPED[-1] in message
    assert ("Tidak ada KIPP" if lang is Lang.ID else "There was no KIPP") in message


def test_an_unknown_id_lists_the_packs_and_suggests_the_close_one() -> None:
    with pytest.raises(UsageError) as raised:
        load_pack("kipp-2o25")
    message = say_error(raised.value, Lang.EN)
    assert ", ".join(SHIPPED) in message
    assert "Did you mean `kipp-2025`?" in message


def test_a_later_edition_without_a_pack_says_how_to_write_one() -> None:
    with pytest.raises(UsageError) as raised:
        load_pack("kipp-2052")
    message = say_error(raised.value, Lang.EN)
    assert f"ships no rule pack `kipp-2052` yet; the newest is {SHIPPED[-1]}" in message
    assert f"`kipp-check pack new kipp-2052 --extends {SHIPPED[-1]}`" in message


# --- local packs --------------------------------------------------------------------------


def test_a_local_pack_moves_the_deadline_and_inherits_the_rest(tmp_path: Path) -> None:
    ref = _write(
        tmp_path,
        "pemprov-x.yaml",
        """\
        extends: kipp-2025
        sources:
          biro-org: {title: "Biro Organisasi Pemprov X", url: "https://example.go.id/kipp"}
        submission:
          closes: {value: 2025-05-20, source: biro-org, confidence: confirmed}
        """,
    )
    base = load_pack("kipp-2025")
    local = load_pack(ref, base_dir=tmp_path)
    assert local.submission.closes is not None
    assert local.submission.closes.value.isoformat() == "2025-05-20"
    assert local.submission.closes.source == "biro-org"
    assert local.submission.opens == base.submission.opens
    assert local.aspects == base.aspects
    assert set(base.sources) < set(local.sources)
    assert (local.id, local.version, local.extends) == ("pemprov-x", "2025.1+local", "kipp-2025")


def test_the_documented_example_loads(tmp_path: Path) -> None:
    doc = kipp_check.packs.__doc__ or ""
    example = doc.split("::\n\n", 1)[1].split("\n\n", 1)[0]
    ref = _write(tmp_path, "pemprov-x.yaml", example)
    pack = load_pack(ref, base_dir=tmp_path)
    assert pack.files.max_bytes.value == 1024 * 1024
    assert pack.files.formats == load_pack("kipp-2025").files.formats


def test_an_override_without_its_own_source_is_refused_at_its_line(tmp_path: Path) -> None:
    ref = _write(
        tmp_path,
        "pack.yaml",
        """\
        extends: kipp-2025
        submission:
          closes: {value: 2025-05-20, confidence: confirmed}
        """,
    )
    with pytest.raises(UsageError) as raised:
        load_pack(ref, base_dir=tmp_path)
    message = str(raised.value)
    assert message.startswith("pack.yaml:3:")
    assert "`submission.closes.source` wajib diisi" in message
    assert "→" in message


def test_an_undefined_source_id_is_refused_at_its_line(tmp_path: Path) -> None:
    ref = _write(
        tmp_path,
        "pack.yaml",
        """\
        extends: kipp-2025
        files:
          max_bytes: {value: 1048576, source: biro-org, confidence: confirmed}
        """,
    )
    with pytest.raises(UsageError) as raised:
        load_pack(ref, base_dir=tmp_path)
    assert re.match(r"pack\.yaml:3:\d+: Source `biro-org`", say_error(raised.value, Lang.EN))


def test_a_local_pack_cannot_extend_2024(tmp_path: Path) -> None:
    ref = _write(tmp_path, "pack.yaml", "extends: kipp-2024\n")
    with pytest.raises(UsageError) as raised:
        load_pack(ref, base_dir=tmp_path)
    assert say_error(raised.value, Lang.EN).startswith("pack.yaml:1:10: There was no KIPP in 2024")


def test_a_local_pack_must_say_what_it_extends(tmp_path: Path) -> None:
    ref = _write(tmp_path, "pack.yaml", "title: Tenggat internal\n")
    with pytest.raises(UsageError, match="extends: kipp-2025"):
        load_pack(ref, base_dir=tmp_path)


def test_a_missing_local_pack_names_the_file_and_the_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as raised:
        load_pack("packs/tidak-ada.yaml", base_dir=tmp_path)
    message = str(raised.value)
    assert "`packs/tidak-ada.yaml` tidak ditemukan" in message
    assert str(tmp_path) in message


def test_broken_yaml_in_a_local_pack_points_at_the_line(tmp_path: Path) -> None:
    ref = _write(tmp_path, "pack.yaml", "extends: kipp-2025\nfiles: [1\n")
    with pytest.raises(UsageError, match=r"^pack\.yaml:3:1: "):
        load_pack(ref, base_dir=tmp_path)
