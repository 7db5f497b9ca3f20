"""`kipp-check init`: a commented template that validates, fails only on what is left to write,
never overwrites work, and becomes a ready proposal once filled in (init → edit → check).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kipp_check.authoring.scaffold import render_proposal
from kipp_check.i18n import CATALOGUE, Lang
from kipp_check.packs import load_pack
from tests.support.cli import ROOT, run_cli

SIAP = ROOT / "examples" / "siap"
TODAY = ("--today", "2025-05-20")

EXPECTED_GAPS = [
    ("ADM003", "kategori"),
    ("ADM004", "keselarasan_tema"),
    ("ADM005", "judul"),
    ("ADM008", "instansi.jenis"),
    ("ADM008", "instansi.nama"),
    ("ADM009", "instansi.zona_waktu"),
    ("ADM010", "inovator[0]"),
    ("ADM011", "kontak.email"),
    ("ADM011", "kontak.nama"),
    ("ADM011", "kontak.telepon"),
    # Every empty answer box is listed in its own aspect's row (ASP001, an error here).
    ("ASP001", "proposal.adaptabilitas.potensi_replikasi"),
    ("ASP001", "proposal.adaptabilitas.sudah_direplikasi"),
    ("ASP001", "proposal.implementasi"),
    ("ASP001", "proposal.kebaruan"),
    ("ASP001", "proposal.latar_belakang_tujuan"),
    ("ASP001", "proposal.ringkasan"),
    ("ASP001", "proposal.signifikansi"),
    ("ASP001", "proposal.strategi_keberlanjutan"),
    ("ASP001", "proposal.sumber_daya"),
    ("DD001", "data_dukung.adaptabilitas"),
    ("DD001", "data_dukung.implementasi"),
    ("DD001", "data_dukung.kebaruan"),
    ("DD001", "data_dukung.latar_belakang_tujuan"),
    ("DD001", "data_dukung.signifikansi"),
    ("DD001", "data_dukung.strategi_keberlanjutan"),
    ("DD001", "data_dukung.sumber_daya"),
    ("DOK001", "dokumen.surat_identitas_inovator"),
    ("DOK002", "dokumen.surat_kesediaan_replikasi"),
    ("JDW003", "mulai_implementasi"),
    ("KRI002", "replikasi.sudah"),
    # The video's other keys are checked once it has a link (VID002–VID005, by design).
    ("VID001", "video.tautan"),
]


PACK_2025 = ("--pack", "kipp-2025")
"""These tests read the 2025 template; `init` alone writes the newest edition's (below)."""


def init(folder: Path, *args: str) -> Path:
    ran = run_cli("init", str(folder), *(args if "--pack" in args else (*PACK_2025, *args)))
    assert ran.code == 0, ran
    return folder / "proposal.yaml"


def fill(template: Any, values: Any) -> Any:
    """The template's keys with the example's values; fails if either has a key the other lacks."""
    if isinstance(template, dict):
        assert isinstance(values, dict)
        assert sorted(template) == sorted(values), (sorted(template), sorted(values))
        return {key: fill(template[key], values[key]) for key in template}
    if isinstance(template, list) and template and isinstance(template[0], dict):
        return [fill(template[0], item) for item in values]
    return values


def test_init_writes_the_proposal_its_schema_and_the_attachment_folder(tmp_path: Path) -> None:
    ran = run_cli("init", str(tmp_path / "usulan"), *PACK_2025)
    assert ran.code == 0, ran
    folder = tmp_path / "usulan"
    assert sorted(p.name for p in folder.iterdir()) == [
        "lampiran",
        "proposal.schema.json",
        "proposal.yaml",
    ]
    assert (folder / "lampiran" / ".gitkeep").exists()
    first = (folder / "proposal.yaml").read_text("utf-8").split("\n")[0]
    assert first == "# yaml-language-server: $schema=proposal.schema.json"
    schema = (folder / "proposal.schema.json").read_bytes()
    assert schema == (ROOT / "schemas" / "proposal.schema.json").read_bytes()
    assert "Langkah berikutnya" in ran.out


def test_fresh_template_fails_only_on_the_content_still_to_write(tmp_path: Path) -> None:
    proposal = init(tmp_path)
    ran = run_cli(str(proposal), *TODAY, "--format", "json")
    assert ran.code == 1, ran
    findings = json.loads(ran.out)["findings"]
    assert not [f for f in findings if f["rule_id"].startswith("KC")], "the template must validate"
    assert sorted((f["rule_id"], f["path"]) for f in findings) == EXPECTED_GAPS


def test_filled_template_is_ready_end_to_end(tmp_path: Path) -> None:
    """init → edit (the ready example's answers) → check: ready, exit 0."""
    proposal = init(tmp_path)
    template = yaml.safe_load(proposal.read_text("utf-8"))
    answers = yaml.safe_load((SIAP / "proposal.yaml").read_text("utf-8"))
    filled = fill(template, answers)
    proposal.write_text(yaml.safe_dump(filled, allow_unicode=True, sort_keys=False), "utf-8")
    shutil.copytree(SIAP / "lampiran", tmp_path / "lampiran", dirs_exist_ok=True)
    ran = run_cli(str(proposal), *TODAY)
    assert ran.code == 0, ran
    assert "SIAP DIAJUKAN" in ran.out


def test_writing_one_answer_closes_its_gap_and_keeps_the_comments(tmp_path: Path) -> None:
    proposal = init(tmp_path)
    written = proposal.read_text("utf-8")
    edited = written.replace(
        'judul: ""', "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"
    )
    proposal.write_text(edited, "utf-8")
    ran = run_cli(str(proposal), *TODAY, "--format", "json")
    rules = [f["rule_id"] for f in json.loads(ran.out)["findings"]]
    assert "ADM005" not in rules and "ADM003" in rules


def test_every_key_is_commented(tmp_path: Path) -> None:
    lines = init(tmp_path).read_text("utf-8").split("\n")
    keys = [i for i, line in enumerate(lines) if re.match(r"^\s*(?:- )?[a-z_]+:", line)]
    assert len(keys) > 50
    for index in keys:
        previous = next(line for line in reversed(lines[:index]) if line.strip())
        assert previous.lstrip().startswith("#"), lines[index]


def test_existing_work_is_never_overwritten_without_force(tmp_path: Path) -> None:
    proposal = init(tmp_path)
    proposal.write_text(proposal.read_text("utf-8").replace('judul: ""', "judul: SIGAP"), "utf-8")
    kept = proposal.read_bytes()
    ran = run_cli("init", str(tmp_path))
    assert ran.code == 2, ran
    assert "tidak ditimpa" in ran.err and "--force" in ran.err
    assert proposal.read_bytes() == kept
    forced = run_cli("init", str(tmp_path), "--force")
    assert forced.code == 0, forced
    assert b"judul: SIGAP\n" not in proposal.read_bytes()


def test_running_init_twice_changes_nothing(tmp_path: Path) -> None:
    init(tmp_path)
    again = run_cli("init", str(tmp_path), *PACK_2025)
    assert again.code == 0, again
    assert "Tidak ada yang ditulis" in again.out


def test_force_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("someone else's file", "utf-8")
    folder = tmp_path / "usulan"
    folder.mkdir()
    (folder / "proposal.yaml").symlink_to(target)
    assert run_cli("init", str(folder)).code == 2
    assert run_cli("init", str(folder), "--force").code == 0
    assert target.read_text("utf-8") == "someone else's file"
    assert not (folder / "proposal.yaml").is_symlink()


def test_comments_in_english_on_request(tmp_path: Path) -> None:
    text = init(tmp_path, "--lang", "en").read_text("utf-8")
    assert (
        "# 5. Significance (impact) · weight 30 % · at most 600 words (assumed from KIPP 2023)"
        in text
    )
    assert "Pilihan" not in text


def test_schema_flag_points_the_modeline_and_writes_no_copy(tmp_path: Path) -> None:
    proposal = init(tmp_path, "--schema", "../schemas/proposal.schema.json")
    assert proposal.read_text("utf-8").startswith(
        "# yaml-language-server: $schema=../schemas/proposal.schema.json\n"
    )
    assert not (tmp_path / "proposal.schema.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--group", "khusus"), "kelompok `khusus` tidak ada di paket kipp-2025"),
        (("--pack", "kipp-2024"), "2024"),
    ],
)
def test_bad_choice_is_a_usage_error(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    ran = run_cli("init", str(tmp_path), *(args if "--pack" in args else (*PACK_2025, *args)))
    assert ran.code == 2, ran
    assert message in ran.err
    assert not (tmp_path / "proposal.yaml").exists()


def test_a_file_where_the_folder_should_be_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "usulan").write_text("", "utf-8")
    ran = run_cli("init", str(tmp_path / "usulan"))
    assert ran.code == 2, ran
    assert "bukan folder" in ran.err and "Traceback" not in ran.err


def test_comments_come_from_the_pack_that_checks_the_file() -> None:
    """2023's summary limit is confirmed, so no note; 2025 carries it over, so it says so."""
    edition_2023 = render_proposal(load_pack("kipp-2023"), "umum", Lang.ID, "s.json")
    assert "  # 1. Ringkasan · bobot 0 % · paling banyak 200 kata\n" in edition_2023
    edition_2025 = render_proposal(load_pack("kipp-2025"), "umum", Lang.ID, "s.json")
    assert "paling banyak 200 kata (diasumsikan dari KIPP 2023)" in edition_2025
    assert "kesehatan             penyediaan pelayanan kesehatan" in edition_2025


def test_replication_group_template_asks_its_extra_aspects(tmp_path: Path) -> None:
    proposal = init(tmp_path, "--group", "replikasi")
    data = yaml.safe_load(proposal.read_text("utf-8"))
    assert data["kelompok"] == "replikasi"
    assert list(data["proposal"])[-3:] == ["inspirasi", "proses_replikasi", "faktor_pembeda"]


_OWN_KEYS = re.compile(
    r"\"((?:init|help|field|label|export|manifest|explain|rules|docs|hint)\.[a-z_.]+)\""
)
_OWN_FILES = [
    "authoring/scaffold.py",
    "authoring/schema_export.py",
    "authoring/rule_reference.py",
    "authoring/paste_pack.py",
    "authoring/paste_render.py",
    "authoring/manifest.py",
    "models/proposal.py",
    "rules/hints.py",
    "rules/hints_replication.py",
    "cli/init_cmd.py",
    "cli/schema_cmd.py",
    "cli/rules_cmd.py",
    "cli/export_cmd.py",
    "cli/guard.py",
]


def test_every_literal_message_key_of_the_writing_aids_exists() -> None:
    source = ROOT / "src" / "kipp_check"
    used = {k for name in _OWN_FILES for k in _OWN_KEYS.findall((source / name).read_text("utf-8"))}
    assert len(used) > 30
    assert sorted(k for k in used if k not in CATALOGUE) == []


def test_local_pack_text_cannot_break_out_of_a_comment(tmp_path: Path) -> None:
    """A label holding a line break YAML honours (U+2028, NEL) stays inside its comment."""
    pack = tmp_path / "lokal.yaml"
    pack.write_text(
        "extends: kipp-2025\n"
        "groups:\n"
        "  value:\n"
        '    - {id: umum, label: "Umum\\u2028kompetisi: palsu", label_en: "G\\x85judul: x"}\n'
        "  source: menpan-2025-tpi\n"
        "  confidence: confirmed\n",
        "utf-8",
    )
    proposal = init(tmp_path / "usulan", "--pack", str(pack))
    data = yaml.safe_load(proposal.read_text("utf-8"))
    assert (data["kompetisi"], data["judul"]) == ("kipp-2025", "")
    assert "#   umum  Umum kompetisi: palsu\n" in proposal.read_text("utf-8")


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("pack_id", ["kipp-2025", "kipp-2023"])
def test_every_group_template_loads_without_a_finding(
    pack_id: str, lang: Lang, tmp_path: Path
) -> None:
    from kipp_check.loader.proposal import load_proposal
    from kipp_check.options import Limits

    pack = load_pack(pack_id)
    for group in pack.groups.value:
        proposal = tmp_path / group.id / "proposal.yaml"
        proposal.parent.mkdir()
        proposal.write_text(render_proposal(pack, group.id, lang, "s.json"), "utf-8")
        loaded = load_proposal(proposal, limits=Limits())
        assert loaded.proposal is not None and not loaded.findings, [
            f.message_key for f in loaded.findings
        ]
        assert loaded.proposal.group == group.id and loaded.competition == pack_id


def test_init_alone_writes_the_newest_edition_and_says_it_is_provisional(tmp_path: Path) -> None:
    ran = run_cli("init", str(tmp_path / "usulan"))
    assert ran.code == 0, ran
    assert "KIPP 2026 adalah paket sementara" in ran.err  # the banner, before anything else
    proposal = tmp_path / "usulan" / "proposal.yaml"
    assert yaml.safe_load(proposal.read_text("utf-8"))["kompetisi"] == "kipp-2026"
    schema = (tmp_path / "usulan" / "proposal.schema.json").read_bytes()
    assert schema == (ROOT / "schemas" / "proposal.kipp-2026.schema.json").read_bytes()
    checked = run_cli(str(proposal), *TODAY, "--format", "json")
    findings = json.loads(checked.out)["findings"]
    assert not [f for f in findings if f["rule_id"].startswith("KC")], "the template must validate"
