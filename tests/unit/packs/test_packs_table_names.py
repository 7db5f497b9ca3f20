"""`kipp-check packs` names each group in the reader's language, not by its ID."""

from __future__ import annotations

from kipp_check.authoring.pack_tools import as_json, edition_row, render_table
from kipp_check.i18n import Lang
from kipp_check.packs import load_pack


def test_table_shows_group_names_and_json_keeps_ids() -> None:
    pack = load_pack("kipp-2025")
    english = render_table([edition_row(pack, Lang.EN)], Lang.EN)
    assert "General group 8, Replication group 11" in english
    assert "umum 8" not in english
    indonesian = render_table([edition_row(pack, Lang.ID)], Lang.ID)
    assert "Kelompok Umum 8" in indonesian
    assert as_json([edition_row(pack, Lang.EN)])[0]["questions"] == {"umum": 8, "replikasi": 11}
