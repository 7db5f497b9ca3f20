"""Edition policy said aloud (issue 14, item 4): which edition is checked, and what that means.

A closed edition is said once, in a banner at the top of every format, and
fails nothing by itself; a later edition with no pack is checked against the
newest earlier one, carried over; an edition known not to exist is refused
with its announcement, from data; an unannounced window is not an error.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from kipp_check import packs
from kipp_check.errors import UsageError
from kipp_check.i18n import Lang
from kipp_check.i18n.render import say
from kipp_check.packs import SHIPPED, load_edition, load_pack
from kipp_check.packs.editions import EditionChoice, NoEdition, no_editions, stand_in_for
from kipp_check.pipeline.edition_banner import edition_notices
from tests.support.cli import ROOT, run_cli

READY = ROOT / "examples" / "siap"
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
FORMATS = {
    "json": "r.json",
    "sarif": "r.sarif",
    "junit": "r.xml",
    "markdown": "r.md",
    "github": "r.github.txt",
    "gitlab": "r.gitlab.json",
    "html": "r.html",
}
CLOSED_ID = "KIPP 2025 sudah ditutup (3 Juni 2025); jadwal tidak dinilai."


def _copy_ready(tmp_path: Path, competition: str | None = None) -> Path:
    folder = tmp_path / "usulan"
    shutil.copytree(READY, folder)
    proposal = folder / "proposal.yaml"
    if competition is not None:
        text = proposal.read_text(encoding="utf-8")
        assert "kompetisi: kipp-2025\n" in text
        proposal.write_text(text.replace("kompetisi: kipp-2025\n", f"kompetisi: {competition}\n"))
    return proposal


def _all_formats(tmp_path: Path, *args: str) -> tuple[int, str, dict[str, str]]:
    outputs = []
    for output_format, name in FORMATS.items():
        outputs += ["--format", output_format, "--output", str(tmp_path / name)]
    ran = run_cli(*args, "--format", "terminal", *outputs)
    written = {fmt: (tmp_path / name).read_text(encoding="utf-8") for fmt, name in FORMATS.items()}
    return ran.code, ran.out, written


def test_a_closed_edition_is_said_once_in_every_format_and_fails_nothing(tmp_path: Path) -> None:
    code, terminal, written = _all_formats(
        tmp_path, str(READY / "proposal.yaml"), "--today", "2026-12-04"
    )
    assert code == 0  # no JDW001 error for a reason no one can fix
    assert terminal.startswith("Catatan edisi: " + CLOSED_ID)
    assert terminal.count("sudah ditutup") == 1
    for output_format, body in written.items():
        assert "sudah ditutup (3 Juni 2025)" in body, output_format
    report = json.loads(written["json"])
    assert [n["kind"] for n in report["notices"]] == ["closed"]
    assert report["pack"]["requested"] == report["pack"]["used"] == "kipp-2025"
    assert report["pack"]["sources_until"] == "2026-12-04"
    assert not any(f["rule_id"] == "JDW001" for f in report["findings"])
    validator = jsonschema.Draft202012Validator(REPORT_SCHEMA)
    validator.validate(report)
    assert written["github"].startswith("::notice file=")
    assert json.loads(written["gitlab"])[0]["check_name"] == "edition.closed"
    sarif = json.loads(written["sarif"])["runs"][0]["invocations"][0]
    assert sarif["toolExecutionNotifications"][0]["descriptor"]["id"] == "edition.closed"
    properties = ET.fromstring(written["junit"]).find("testsuite/properties")
    assert properties is not None
    assert any(p.get("name") == "notice.closed" for p in properties)
    assert written["markdown"].split("\n")[2].startswith("> ⚠️ **Catatan edisi:**")
    assert 'class="notice"' in written["html"]


def test_inside_the_window_there_is_no_banner() -> None:
    ran = run_cli(str(READY / "proposal.yaml"), "--today", "2025-05-20", "--format", "json")
    report = json.loads(ran.out)
    assert report["notices"] == []
    assert ran.code == 0


def test_the_banner_speaks_english_on_request() -> None:
    ran = run_cli(str(READY / "proposal.yaml"), "--today", "2026-12-04", "--lang", "en")
    assert ran.out.startswith("Edition note: KIPP 2025 closed on 3 June 2025;")


def test_a_later_edition_without_a_pack_is_checked_against_the_newest_earlier_one(
    tmp_path: Path,
) -> None:
    proposal = _copy_ready(tmp_path, "kipp-2027")
    ran = run_cli(str(proposal), "--today", "2026-12-04", "--format", "json")
    report = json.loads(ran.out)
    used = stand_in_for(2027)
    assert report["pack"]["requested"] == "kipp-2027"
    assert report["pack"]["used"] == used
    assert report["notices"][0]["kind"] == "stand_in"
    assert "Belum ada paket KIPP 2027" in report["notices"][0]["message"]
    rules = {f["rule_id"] for f in report["findings"]}
    assert "ADM001" not in rules  # the proposal names the edition asked for
    assert "JDW001" not in rules  # another year's window would be wrong
    errors = report["counts"]["error"]
    assert ran.code == (1 if errors else 0), ran


def test_a_stand_in_carries_every_value_over_as_an_assumption() -> None:
    pack, choice = load_edition("kipp-2099")
    assert choice == EditionChoice("kipp-2099", SHIPPED[-1], stand_in=True)
    assert not pack.window_known
    assert pack.video.max_seconds.confidence.value == "assumed"
    assert pack.video.max_seconds.assumed_from is not None  # the edition it was carried from
    confidences = {str(v) for v in _confidences(pack.model_dump(mode="json"))}
    assert confidences == {"assumed"}


def test_stand_in_banner_on_the_terminal_via_pack_flag() -> None:
    ran = run_cli(str(READY / "proposal.yaml"), "--pack", "kipp-2030", "--today", "2026-12-04")
    assert ran.out.startswith("Catatan edisi: Belum ada paket KIPP 2030")
    assert ran.code in (0, 1), ran


def test_2024_is_refused_with_its_announcement() -> None:
    ran = run_cli(str(READY / "proposal.yaml"), "--pack", "kipp-2024")
    assert ran.code == 2, ran
    assert "B/51/S.PP.00.05/2024" in ran.err
    assert "Tidak ada KIPP tahun 2024" in ran.err


def test_the_list_of_editions_that_do_not_exist_is_data(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(no_editions()) == {2024}  # from packs/editions.yaml
    invented = NoEdition(
        2031, "Pengumuman X/1/2031", dt.date(2031, 1, 2), "alasan", "reason", "t", ""
    )
    monkeypatch.setattr(packs, "no_editions", lambda: {2031: invented})
    with pytest.raises(UsageError, match="Pengumuman X/1/2031"):
        load_edition("kipp-2031")


def test_an_edition_older_than_every_pack_is_refused() -> None:
    with pytest.raises(UsageError, match="paket tertua: kipp-2023"):
        load_edition("kipp-2019")


def test_a_closed_edition_names_the_next_one_to_migrate_to(monkeypatch: pytest.MonkeyPatch) -> None:
    import kipp_check.pipeline.edition_banner as banner

    monkeypatch.setattr(banner, "next_edition", lambda year: "kipp-2026")
    pack = load_pack("kipp-2025")
    (notice,) = edition_notices(
        pack,
        EditionChoice("kipp-2025", "kipp-2025"),
        file="dinas kesehatan/proposal.yaml",
        today=dt.date(2026, 12, 4),
        zone_name="WITA",
    )
    assert notice.kind == "closed"
    assert say(notice.message, Lang.EN).endswith(
        "`kipp-check migrate 'dinas kesehatan/proposal.yaml' --to kipp-2026`."
    )


def test_the_closing_day_on_the_institution_clock_is_still_open() -> None:
    pack = load_pack("kipp-2025")
    choice = EditionChoice("kipp-2025", "kipp-2025")
    open_day = edition_notices(
        pack, choice, file="p.yaml", today=dt.date(2025, 6, 3), zone_name="WIB"
    )
    assert open_day == ()


def test_every_shipped_pack_says_how_old_its_sources_are() -> None:
    for pack_id in SHIPPED:
        pack = load_pack(pack_id)
        assert pack.id == f"kipp-{pack.year}"
        assert pack.sources_until >= dt.date(pack.year - 1, 1, 1)


def _confidences(node: object) -> list[object]:
    found: list[object] = []
    if isinstance(node, dict):
        if "confidence" in node:
            found.append(node["confidence"])
        for key, value in node.items():
            if key != "sources":
                found += _confidences(value)
    elif isinstance(node, list):
        for item in node:
            found += _confidences(item)
    return found
