"""The form comes from the pack: an invented third form works with no Python change.

`tests/forms/bentuk-x.yaml` is a local pack with a form no edition has: five
questions with other ids, counts, limits, headings and parts, identity fields of
every type and a letter of its own. The proposal is checked, exported,
scaffolded and schema-exported through the real command line. Every rule that
reads a question by role must fire on it; if a rule found its text by an
edition's question id (`signifikansi`, `adaptabilitas`, ...), it would stay
silent here and the test would fail. A last test scans the package's code for
any question id of any pack.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import yaml

from tests.support.cli import ROOT, run_cli

FORMS = ROOT / "tests" / "forms"
PACK = (FORMS / "bentuk-x.yaml").as_posix()
PROPOSAL = (FORMS / "proposal-x.yaml").as_posix()
QUESTIONS = ["masalah_pokok", "gagasan_baru", "hasil_terukur", "penyebaran", "daya_tahan"]


def _json_report(proposal: str, *extra: str) -> dict[str, Any]:
    ran = run_cli(proposal, "--pack", PACK, "--today", "2025-05-01", "--format", "json", *extra)
    assert ran.code in (0, 1), ran
    report: dict[str, Any] = json.loads(ran.out)
    return report


def _fired(report: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f["rule_id"], f["path"]) for f in report["findings"]}


def test_the_invented_form_is_checked_by_role() -> None:
    report = _json_report(PROPOSAL)
    fired = _fired(report)
    assert not [f for f in report["findings"] if f["rule_id"] == "KC001"], report["findings"]
    expected = {
        ("ASP001", "nomor_registrasi"),  # an identity field of the pack, required
        ("DD001", "data_dukung.masalah_pokok"),
        ("DOK001", "dokumen.pernyataan_tim"),  # role identity_letter, another id
        ("DOK001", "dokumen.surat_rekomendasi"),  # a letter only this form asks
        ("DOK002", "dokumen.izin_tiru"),  # role replication_letter
        ("KRI001", "proposal.hasil_terukur"),  # role impact
        ("KRI004", "proposal.hasil_terukur"),
        ("KRI005", "proposal.penyebaran.pereplikasi"),  # role replication, first part
        ("KRI006", "data_dukung.penyebaran"),
        ("KRI003", "proposal.daya_tahan"),  # role legal_basis
        ("KRI007", "proposal.daya_tahan"),  # role sustainability
        ("KRI008", "proposal.gagasan_baru"),  # role novelty
    }
    assert expected <= fired, sorted(expected - fired)
    rows = [row["key"] for row in report["criteria"] if row["key"].startswith("aspek:")]
    assert rows == [f"aspek:{q}" for q in QUESTIONS]
    weights = [row["weight"] for row in report["criteria"] if row["key"].startswith("aspek:")]
    assert weights == [20, 20, 30, 15, 15]


def test_the_invented_limits_are_the_ones_checked(tmp_path: Path) -> None:
    data = yaml.safe_load(Path(PROPOSAL).read_text(encoding="utf-8"))
    data["proposal"]["gagasan_baru"] = " ".join(["kata"] * 31)  # limit 30
    data["proposal"]["penyebaran"]["rencana_perluasan"] = " ".join(["kata"] * 25)  # limit 25
    target = tmp_path / "proposal.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = _json_report(target.as_posix())
    too_long = [f for f in report["findings"] if f["rule_id"] == "ASP002"]
    assert [f["path"] for f in too_long] == ["proposal.gagasan_baru"]
    assert "31" in too_long[0]["message"] and "30" in too_long[0]["message"]
    near = {f["path"] for f in report["findings"] if f["rule_id"] == "ASP005"}
    assert "proposal.penyebaran.rencana_perluasan" in near


def test_another_editions_question_is_an_unknown_key_with_a_suggestion(tmp_path: Path) -> None:
    data = yaml.safe_load(Path(PROPOSAL).read_text(encoding="utf-8"))
    data["proposal"]["gagasan_baruu"] = data["proposal"].pop("gagasan_baru")
    data["proposal"]["signifikansi"] = "Waktu layanan turun dari 14 hari menjadi 2 hari."
    target = tmp_path / "proposal.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = _json_report(target.as_posix())
    unknown = {f["path"]: f["message"] for f in report["findings"] if f["rule_id"] == "KC001"}
    assert set(unknown) == {"proposal.gagasan_baruu", "proposal.signifikansi"}
    assert "gagasan_baru`?" in unknown["proposal.gagasan_baruu"]


def test_the_invented_form_is_exported_in_its_order_with_its_labels() -> None:
    ran = run_cli("export", PROPOSAL, "--pack", PACK)
    assert ran.code == 0, ran
    labels = ["Masalah Pokok", "Gagasan Baru", "Hasil Terukur", "Penyebaran", "Daya Tahan Program"]
    places = [ran.out.find(label) for label in labels]
    assert -1 not in places and places == sorted(places), places
    assert "Siapa yang sudah meniru" in ran.out


def test_the_invented_form_is_scaffolded_and_its_template_checks_cleanly(tmp_path: Path) -> None:
    ran = run_cli("init", (tmp_path / "x").as_posix(), "--pack", PACK, "--group", "lanjutan")
    assert ran.code == 0, ran
    written = (tmp_path / "x" / "proposal.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(written)
    assert list(data["proposal"]) == QUESTIONS
    assert list(data["proposal"]["penyebaran"]) == ["pereplikasi", "rencana_perluasan"]
    assert list(data["dokumen"]) == ["pernyataan_tim", "izin_tiru", "surat_rekomendasi"]
    for key in ("nomor_registrasi", "tanggal_penetapan", "berbasis_aplikasi", "bidang"):
        assert key in data
    assert "Bagian A" in written and "Bagian B" in written
    report = _json_report((tmp_path / "x" / "proposal.yaml").as_posix())
    assert not [f for f in report["findings"] if f["rule_id"] == "KC001"], report["findings"]


def test_the_invented_form_is_schema_exported() -> None:
    ran = run_cli("schema", "--pack", PACK)
    assert ran.code == 0, ran
    schema = json.loads(ran.out)
    assert list(schema["definitions"]["Aspects"]["properties"]) == sorted(QUESTIONS)
    groups = [b.get("const") for b in schema["properties"]["kelompok"]["anyOf"]]
    assert [g for g in groups if g] == ["reguler", "lanjutan"]
    field = schema["properties"]["bidang"]["anyOf"][0]
    assert [b["const"] for b in field["items"]["anyOf"]] == [11, 12]
    assert schema["properties"]["berbasis_aplikasi"]["anyOf"][0]["type"] == "boolean"


def _question_ids() -> set[str]:
    """Every question and part id of the shipped packs and the invented form."""
    ids: set[str] = set()
    spared: set[str] = set()
    for path in [*(ROOT / "src" / "kipp_check" / "packs").glob("*.yaml"), FORMS / "bentuk-x.yaml"]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for aspect in data.get("aspects", []):
            ids.add(aspect["id"])
            ids.update(part["id"] for part in aspect.get("parts", []))
        # Criteria (PermenPANRB 91/2021) and video contents are not questions of a form;
        # an id that is also one of those may be named for that reason.
        spared.update(c["id"] for c in data.get("innovation_criteria", []))
        spared.update(data.get("video", {}).get("contents", {}).get("value", []))
    return ids - spared


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings (documentation may show a form).

    A docstring here is any string standing alone as a statement: a module's, a
    function's, or the one under an attribute; and a rule docstring's translation.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    docstrings |= {  # a docstring's translation (`Docs(...)` in i18n/rules) is documentation too
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Docs"
        for arg in node.args
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_question_id_is_named_in_python() -> None:
    """Python may not find a question by its id: only the pack names its questions.

    In messages (prose) an id is a question only where written as a key: in
    backticks, or after `proposal.`, `data_dukung.` or `aspek:`.
    """
    ids = _question_ids()
    assert {"signifikansi", "ringkasan", "sumber_daya", "masalah_pokok"} <= ids
    named = []
    for path in sorted((ROOT / "src" / "kipp_check").rglob("*.py")):
        prose = "i18n" in path.parts
        for line, value in _code_strings(path):
            for question in ids:
                key = re.escape(question)
                as_key = rf"(?:`|\bproposal\.|\bdata_dukung\.|\baspek:){key}\b"
                pattern = as_key if prose else rf"(?<![\w-]){key}(?![\w-])"
                if re.search(pattern, value):
                    named.append(f"{path.relative_to(ROOT)}:{line}: {question}")
    assert not named, named


def test_a_rule_whose_role_the_form_lacks_is_not_applicable(tmp_path: Path) -> None:
    """Without a question of role `impact`, KRI001/KRI004 neither pass nor fail: skipped."""
    pack = yaml.safe_load(Path(PACK).read_text(encoding="utf-8"))
    for aspect in pack["aspects"]:
        aspect["roles"] = [r for r in aspect.get("roles", []) if r != "impact"]
    local = tmp_path / "tanpa-dampak.yaml"
    local.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    ran = run_cli(PROPOSAL, "--pack", local.as_posix(), "--today", "2025-05-01", "--format", "json")
    assert ran.code == 1, ran
    report = json.loads(ran.out)
    results = {r["id"]: r for r in report["rules"]}
    for rule_id in ("KRI001", "KRI004"):
        assert results[rule_id]["status"] == "skipped", results[rule_id]
        assert "tidak berlaku" in results[rule_id]["reason"], results[rule_id]
        assert "impact" in results[rule_id]["reason"]
    assert results["KRI005"]["status"] == "failed"  # its role is still there
    assert not [f for f in report["findings"] if f["rule_id"] in ("KRI001", "KRI004")]


def test_an_unannounced_window_is_said_not_guessed() -> None:
    """kipp-2026 has no dates: at most a note says so; no deadline is computed or failed."""
    ran = run_cli("examples/siap-2026/proposal.yaml", "--today", "2030-01-01", "--format", "json")
    assert ran.code == 0, ran
    report = json.loads(ran.out)
    schedule = [f for f in report["findings"] if f["rule_id"].startswith("JDW")]
    assert all(f["severity"] == "info" for f in schedule), schedule
    assert report["schedule"] == {"days_left": None, "deadline": "", "today": "2030-01-01"}
