"""`kipp-check export`: clean text in the portal's order, and a manifest that proves the files.

The paste pack must carry no YAML artefacts (hard wraps, indentation, trailing
spaces), keep the paragraphs and list items as written, count words as the
check does, and never let the proposal's text become markup. The manifest
must match the bytes on disk, verify with `sha256sum -c`, and never change
between two runs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from kipp_check.authoring.paste_pack import clean_text
from kipp_check.authoring.paste_render import escape_markdown
from kipp_check.pipeline.wordcount import count_words
from tests.support.checking import write_case
from tests.support.cli import ROOT, run_cli

READY = "examples/siap/proposal.yaml"
NOT_READY = "examples/belum-siap/proposal.yaml"


@pytest.mark.parametrize(
    ("written", "pasted"),
    [
        ("Satu baris\nyang dibungkus\neditor.\n", "Satu baris yang dibungkus editor."),
        ("Paragraf satu.\n\nParagraf dua.\n", "Paragraf satu.\n\nParagraf dua."),
        (
            "Tujuan:\n1. cepat;\n2. murah\n   dan mudah.\n",
            "Tujuan:\n1. cepat;\n2. murah dan mudah.",
        ),
        ("- satu\n- dua\n\n\n\nAkhir.", "- satu\n- dua\n\nAkhir."),
        ("Spasi   ganda  \r\ndan CRLF.  \r\n", "Spasi ganda dan CRLF."),
        ("   \n\n", ""),
        (None, ""),
    ],
)
def test_clean_text_unwraps_paragraphs_and_keeps_items(written: str | None, pasted: str) -> None:
    assert clean_text(written) == pasted


def test_markdown_follows_the_portals_order_with_counts_and_limits() -> None:
    ran = run_cli("export", READY)
    assert ran.code == 0, ran
    assert ran.out.startswith("# SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)\n")
    headings = [line for line in ran.out.split("\n") if line.startswith("## ")]
    assert headings[1:] == [
        "## 1. Ringkasan",
        "## 2. Latar Belakang dan Tujuan",
        "## 3. Kebaruan/Nilai Tambah",
        "## 4. Implementasi Inovasi",
        "## 5. Signifikansi",
        "## 6. Adaptabilitas",
        "## 7. Sumber Daya",
        "## 8. Strategi Keberlanjutan",
    ]
    assert "*173 / 200 kata · bobot 0 %*" in ran.out
    assert "*65 / 100 kata*" in ran.out  # adaptabilitas (a), under its own heading


def test_plain_text_has_no_yaml_artefacts() -> None:
    ran = run_cli("export", READY, "--format", "text")
    assert ran.code == 0, ran
    lines = ran.out.split("\n")
    assert all(line == line.rstrip() for line in lines)
    assert not [line for line in lines if line.startswith("  ") or line.strip() == "|"]
    summary = ran.out.split("=\n", 1)[1].split("\n\n\n")[0]
    assert summary.count("\n\n") == 2, "the summary's three paragraphs, each on one line"
    assert "\n1. waktu penyelesaian dokumen paling lama 3 hari kerja;\n" in ran.out


def test_word_counts_match_the_check_and_the_limit_breach_is_flagged() -> None:
    ran = run_cli("export", NOT_READY, "--format", "json")
    data = json.loads(ran.out)
    source = yaml.safe_load((ROOT / NOT_READY).read_text("utf-8"))["proposal"]
    boxes = {box["key"]: box for box in data["boxes"]}
    background = boxes["proposal.latar_belakang_tujuan"]
    assert background["words"] == count_words(source["latar_belakang_tujuan"]) == 337
    assert (background["limit"], background["over"]) == (300, 37)
    assert len(data["boxes"]) == 9  # eight aspects, adaptabilitas in two parts
    assert data["pack"] == {"id": "kipp-2025", "title": "KIPP 2025", "version": "2025.1"}
    markdown = run_cli("export", NOT_READY).out
    assert "⚠ melebihi batas 37 kata" in markdown


def test_same_input_gives_same_bytes() -> None:
    assert run_cli("export", READY).out == run_cli("export", READY).out
    assert run_cli("export", READY, "--manifest").out == run_cli("export", READY, "--manifest").out


def test_proposal_text_never_becomes_markup(tmp_path: Path) -> None:
    proposal = write_case(
        tmp_path,
        """
        kelompok: umum
        judul: "<script>alert(1)</script> *SIGAP* [klik](https://contoh.id)"
        proposal:
          ringkasan: |
            # Bukan judul
            - bukan butir | bukan tabel
        """,
    )
    out = run_cli("export", str(proposal)).out
    assert "# \\<script\\>alert(1)\\</script\\> \\*SIGAP\\* \\[klik\\](https://contoh.id)" in out
    assert "\\# Bukan judul\\\n\\- bukan butir \\| bukan tabel" in out
    assert escape_markdown("a_b & c") == "a\\_b \\& c"


def test_manifest_lists_every_file_with_its_sha256(tmp_path: Path) -> None:
    folder = tmp_path / "siap"
    shutil.copytree(ROOT / "examples" / "siap", folder)
    ran = run_cli("export", "proposal.yaml", "--manifest", cwd=folder)
    assert ran.code == 0, ran
    rows = [
        line.split("  ", 1) for line in ran.out.split("\n") if line and not line.startswith("#")
    ]
    assert rows[0] == [
        hashlib.sha256((folder / "proposal.yaml").read_bytes()).hexdigest(),
        "proposal.yaml",
    ]
    assert len(rows) == 13
    for digest, name in rows[1:]:
        assert digest == hashlib.sha256((folder / name).read_bytes()).hexdigest(), name
    assert "# kipp-check" not in ran.out  # never a line `kipp-check:` could take for a waiver
    assert "kipp-check 0.1.0, paket aturan kipp-2025 2025.1 (KIPP 2025)" in ran.out


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs GNU coreutils")
def test_manifest_verifies_with_sha256sum(tmp_path: Path) -> None:
    folder = tmp_path / "siap"
    shutil.copytree(ROOT / "examples" / "siap", folder)
    manifest = run_cli("export", "proposal.yaml", "--manifest", cwd=folder).out
    (tmp_path / "manifes.sha256").write_text(manifest, "utf-8")
    done = subprocess.run(
        ["sha256sum", "--strict", "-c", str(tmp_path / "manifes.sha256")],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (folder / "lampiran" / "sop-layanan-sigap.pdf").write_bytes(b"%PDF-1.4 diganti")
    changed = subprocess.run(
        ["sha256sum", "-c", str(tmp_path / "manifes.sha256")],
        cwd=folder,
        capture_output=True,
        check=False,
    )
    assert changed.returncode == 1


def test_manifest_as_json_names_pack_and_tool() -> None:
    data = json.loads(run_cli("export", READY, "--manifest", "--format", "json").out)
    assert data["tool"] == {"name": "kipp-check", "version": "0.1.0"}
    assert data["pack"]["id"] == "kipp-2025"
    assert data["files"][0]["role"] == "proposal"
    assert {f["role"] for f in data["files"]} >= {"dokumen.surat_identitas_inovator"}


def test_manifest_with_a_missing_file_is_incomplete_and_says_so(tmp_path: Path) -> None:
    proposal = write_case(
        tmp_path,
        "dokumen:\n  surat_identitas_inovator: lampiran/tidak-ada.pdf\n",
    )
    ran = run_cli("export", str(proposal), "--manifest")
    assert ran.code == 1, ran
    assert "# tidak dapat dibaca, tanpa sidik: lampiran/tidak-ada.pdf" in ran.out
    assert "manifes tidak lengkap: 1 berkas" in ran.err


def test_unreadable_proposal_exports_nothing_and_says_where(tmp_path: Path) -> None:
    proposal = write_case(tmp_path, "judul: SIGAP\ntitel: salah ketik\n")
    ran = run_cli("export", str(proposal))
    assert ran.code == 1, ran
    assert ran.out == ""
    assert "belum dapat diekspor" in ran.err
    assert "proposal.yaml:2:1  KC001" in ran.err


def test_missing_proposal_is_a_usage_error() -> None:
    ran = run_cli("export", "tidak-ada/proposal.yaml")
    assert ran.code == 2, ran
    assert "tidak ditemukan" in ran.err and "Traceback" not in ran.err


def test_export_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "untuk-sinovik.txt"
    ran = run_cli("export", READY, "--format", "text", "--output", str(target), "--lang", "en")
    assert ran.code == 0, ran
    assert ran.out == ""
    assert target.read_text("utf-8").startswith("TEXT FOR SINOVIK\n")
