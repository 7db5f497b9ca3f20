"""`kipp-check migrate` (issue 14, item 6): a 2025 proposal carried into the 2026 form.

The new file validates against the 2026 schema, holds every character the
user wrote (placed, or kept under `arsip_migrasi`), keeps the comments, and
the source file is never touched, nor written over, nor written through a link.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kipp_check.authoring.schema_export import proposal_schema
from kipp_check.models.form import questions
from kipp_check.packs import load_pack
from tests.support.cli import ROOT, run_cli

EXAMPLES = ("siap", "belum-siap")


def _copy(tmp_path: Path, example: str) -> Path:
    folder = tmp_path / example
    shutil.copytree(ROOT / "examples" / example, folder)
    return folder / "proposal.yaml"


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


class _TextDates(yaml.SafeLoader):
    """Dates stay text, as an editor's YAML language server validates them."""


_TextDates.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(path: Path) -> dict[str, Any]:
    loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)
    assert isinstance(loaded, dict)
    return loaded


def _schema_problems(data: dict[str, Any], pack_id: str) -> list[tuple[str, ...]]:
    schema = proposal_schema(load_pack(pack_id))
    errors = jsonschema.Draft7Validator(schema).iter_errors(data)
    return sorted(tuple(str(p) for p in error.path) for error in errors)


@pytest.mark.parametrize("example", EXAMPLES)
def test_both_2025_examples_become_valid_2026_proposals_losing_nothing(
    tmp_path: Path, example: str
) -> None:
    source = _copy(tmp_path, example)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    ran = run_cli("migrate", str(source), "--to", "kipp-2026")
    assert ran.code == 0, ran
    written = source.with_name("proposal.kipp-2026.yaml")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before  # never touched
    new = _load(written)
    # Valid against `schema --pack kipp-2026`, but for the source's own mistakes (the
    # not-ready example's unknown category), which migrate never "corrects".
    assert _schema_problems(new, "kipp-2026") == _schema_problems(_load(source), "kipp-2025")
    if example == "siap":
        assert _schema_problems(new, "kipp-2026") == []
    assert new["kompetisi"] == "kipp-2026"
    # Every text of the source is in the new file, whole: placed, joined, or archived.
    old_texts = [t for t in _strings(_load(source)) if t.strip() and t != "kipp-2025"]
    new_texts = list(_strings(new))
    for text in old_texts:
        assert any(text == t or text.rstrip("\n") in t for t in new_texts), text[:80]
    old_answers = _load(source)["proposal"]
    assert new["arsip_migrasi"]["proposal.ringkasan"] == old_answers["ringkasan"]
    assert new["proposal"]["bentuk_dampak"] == old_answers["signifikansi"]
    assert new["proposal"]["keunggulan_ide"] == old_answers["kebaruan"]


def test_the_report_says_what_needs_rewriting(tmp_path: Path) -> None:
    source = _copy(tmp_path, "siap")
    ran = run_cli("migrate", str(source), "--to", "kipp-2026")
    assert "`signifikansi` (479 kata) kini di bentuk_dampak (300)" in ran.out
    assert "pecah sebagian ke mekanisme_evaluasi (200)" in ran.out
    assert "`proposal.ringkasan` tidak ada di formulir baru" in ran.out
    assert "`dokumen.surat_pernyataan_implementasi`" in ran.out
    english = run_cli("migrate", str(source), "--to", "kipp-2026", "--lang", "en", "--force")
    assert "split part of it into mekanisme_evaluasi (200)" in english.out


def test_comments_of_the_source_are_kept(tmp_path: Path) -> None:
    source = _copy(tmp_path, "siap")
    run_cli("migrate", str(source), "--to", "kipp-2026")
    body = source.with_name("proposal.kipp-2026.yaml").read_text(encoding="utf-8")
    assert body.startswith("# yaml-language-server:")  # the modeline stays first
    assert "# Salah satu dari 9 kategori KIPP 2025.\nkategori: transformasi_digital\n" in body
    assert "  # Signifikansi: paling banyak 600 kata;" in body
    above = body.split("  bentuk_dampak: |")[0].rstrip().split("\n")[-1]
    assert above.startswith("  # ")


def test_the_source_is_never_written_over_nor_through_a_link(tmp_path: Path) -> None:
    source = _copy(tmp_path, "siap")
    before = source.read_bytes()
    same = run_cli("migrate", str(source), "--to", "kipp-2026", "--output", str(source))
    assert same.code == 2 and "berkas asal" in same.err
    link = source.with_name("proposal.kipp-2026.yaml")
    link.symlink_to(source.name)
    taken = run_cli("migrate", str(source), "--to", "kipp-2026")
    assert taken.code == 2 and "berkas asal" in taken.err  # the link leads to the source
    forced = run_cli("migrate", str(source), "--to", "kipp-2026", "--force")
    assert forced.code == 2 and "berkas asal" in forced.err
    assert source.read_bytes() == before
    other = tmp_path / "lain.yaml"
    other.write_text("milik orang lain\n", encoding="utf-8")
    link.unlink()
    link.symlink_to(other)
    kept = run_cli("migrate", str(source), "--to", "kipp-2026")
    assert kept.code == 2 and "tidak ditimpa" in kept.err
    replaced = run_cli("migrate", str(source), "--to", "kipp-2026", "--force")
    assert replaced.code == 0, replaced
    assert other.read_text(encoding="utf-8") == "milik orang lain\n"
    assert not link.is_symlink()


def test_an_unusable_source_is_a_usage_error(tmp_path: Path) -> None:
    broken = tmp_path / "proposal.yaml"
    broken.write_text("judul: [tidak ditutup\n", encoding="utf-8")
    ran = run_cli("migrate", str(broken), "--to", "kipp-2026")
    assert ran.code == 2, ran
    assert "tidak dapat dipindahkan" in ran.err
    unnamed = tmp_path / "b.yaml"
    unnamed.write_text("judul: X\n", encoding="utf-8")
    assert "--from kipp-2025" in run_cli("migrate", str(unnamed), "--to", "kipp-2026").err
    assert run_cli("migrate", str(tmp_path / "none.yaml"), "--to", "kipp-2026").code == 2


def test_every_declared_move_names_questions_of_both_forms() -> None:
    new = load_pack("kipp-2026")
    for old_id, mapping in new.migrate_from.items():
        old = load_pack(old_id)
        known = {a.id for a in questions(old)}
        known |= {f"{a.id}.{p.id}" for a in questions(old) for p in a.parts}
        assert mapping.answers
        for move in mapping.answers:
            assert move.old in known, (old_id, move.old)


def test_a_letter_missing_before_is_not_called_new(tmp_path: Path) -> None:
    # belum-siap lacks the replication letter that KIPP 2025 already required.
    folder = tmp_path / "belum-siap"
    shutil.copytree(ROOT / "examples" / "belum-siap", folder)
    ran = run_cli("migrate", str(folder / "proposal.yaml"), "--to", "kipp-2026")
    assert ran.code == 0, ran
    said = ran.out + ran.err
    assert "belum dilampirkan: `dokumen.surat_kesediaan_replikasi`" in said
    assert "surat baru" not in said
