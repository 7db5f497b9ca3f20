"""Coordinators' pack tools (issue 14, item 7): `kipp-check packs` and `kipp-check pack new`."""

from __future__ import annotations

import json
from pathlib import Path

from kipp_check.packs import SHIPPED, load_pack
from tests.support.cli import ROOT, run_cli

READY = str(ROOT / "examples" / "siap" / "proposal.yaml")


def test_packs_lists_every_shipped_edition_with_its_facts() -> None:
    ran = run_cli("packs")
    assert ran.code == 0, ran
    head, *rows = ran.out.split("\n")
    assert head.split()[:2] == ["edisi", "tahun"]
    for pack_id in SHIPPED:
        assert any(row.startswith(pack_id) for row in rows), pack_id
    assert "8 April 2025 – 3 Juni 2025" in ran.out
    assert "Nilai terkonfirmasi" in ran.out


def test_packs_in_english_and_as_json() -> None:
    english = run_cli("packs", "--lang", "en")
    assert english.out.split()[:2] == ["edition", "year"]
    ran = run_cli("packs", "--format", "json", "--lang", "en")
    listed = json.loads(ran.out)
    assert [entry["id"] for entry in listed] == list(SHIPPED)
    latest = next(entry for entry in listed if entry["id"] == "kipp-2025")
    assert latest["window"] == "8 April 2025 – 3 June 2025"
    assert latest["sources_until"] == "2026-12-04"
    assert latest["questions"] == {"umum": 8, "replikasi": 11}
    assert 0 < latest["confirmed_values"] < latest["values"]
    expected = 100 * latest["confirmed_values"] // latest["values"]
    assert latest["confirmed_percent"] == expected


def test_pack_new_writes_a_pack_that_loads_and_checks(tmp_path: Path) -> None:
    ran = run_cli(
        "pack", "new", "kipp-2027", "--extends", "kipp-2025", "--today", "2026-12-04", cwd=tmp_path
    )
    assert ran.code == 0, ran
    written = tmp_path / "kipp-2027.yaml"
    body = written.read_text(encoding="utf-8")
    assert "\nextends: kipp-2025\nid: kipp-2027\n" in body
    assert "# submission:\n#   opens:\n#     value: 2025-04-08\n" in body  # to review, commented
    pack = load_pack(str(written))
    assert (pack.id, pack.year, pack.provisional) == ("kipp-2027", 2027, True)
    assert not pack.window_known  # 2025's dates are not 2027's
    assert pack.theme.confidence.value == "assumed"
    assert pack.theme.assumed_from == "KIPP 2025"
    check = run_cli(READY, "--pack", str(written), "--today", "2026-12-04")
    assert "Jadwal pendaftaran KIPP 2027 belum diumumkan" in check.out
    assert "JDW001" not in check.out


def test_a_coordinator_enters_the_new_window_the_day_it_is_published(tmp_path: Path) -> None:
    run_cli(
        "pack", "new", "kipp-2027", "--extends", "kipp-2025", "--today", "2026-12-04", cwd=tmp_path
    )
    written = tmp_path / "kipp-2027.yaml"
    body = written.read_text(encoding="utf-8").replace(
        "sources: {}\n",
        "sources:\n  sk-2027: {title: Surat edaran KIPP 2027, url: https://example.go.id}\n"
        "submission:\n"
        "  opens: {value: 2027-03-01, source: sk-2027, confidence: confirmed}\n"
        "  closes: {value: 2027-05-31, source: sk-2027, confidence: confirmed}\n",
    )
    written.write_text(body, encoding="utf-8")
    pack = load_pack(str(written))
    assert pack.submission.closes is not None
    assert pack.submission.closes.value.isoformat() == "2027-05-31"
    ran = run_cli(READY, "--pack", str(written), "--today", "2027-04-01", "--format", "json")
    report = json.loads(ran.out)
    assert report["schedule"]["days_left"] == 60  # to 31 May, the last whole day on a WITA clock
    assert [n["kind"] for n in report["notices"]] == ["provisional"]


def test_pack_new_never_overwrites_nor_writes_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "milik-orang-lain.yaml"
    target.write_text("jangan diubah\n", encoding="utf-8")
    (tmp_path / "kipp-2027.yaml").symlink_to(target)
    ran = run_cli("pack", "new", "kipp-2027", cwd=tmp_path)
    assert ran.code == 2, ran
    assert "tidak ditimpa" in ran.err
    assert target.read_text(encoding="utf-8") == "jangan diubah\n"
    forced = run_cli("pack", "new", "kipp-2027", "--force", cwd=tmp_path)
    assert forced.code == 0, forced
    assert target.read_text(encoding="utf-8") == "jangan diubah\n"  # the link was replaced
    assert not (tmp_path / "kipp-2027.yaml").is_symlink()


def test_pack_new_refuses_what_it_cannot_use(tmp_path: Path) -> None:
    bad_name = run_cli("pack", "new", "../kipp-2027", cwd=tmp_path)
    assert bad_name.code == 2 and "tidak dapat dipakai" in bad_name.err
    no_year = run_cli("pack", "new", "pemprov-x", cwd=tmp_path)
    assert no_year.code == 2 and "--year" in no_year.err
    earlier = run_cli(
        "pack", "new", "kipp-2024b", "--year", "2023", "--extends", "kipp-2025", cwd=tmp_path
    )
    assert earlier.code == 2 and "--extends kipp-2023" in earlier.err
    unknown = run_cli("pack", "old", "x", cwd=tmp_path)
    assert unknown.code == 2 and "`pack new`" in unknown.err
    assert list(tmp_path.iterdir()) == []
