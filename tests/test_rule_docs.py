"""Rule documentation: every rule is explained, its examples really behave, nothing drifts.

The registry is the list to test against: a rule added without a passing and
a failing example, or without the Indonesian translation of its docstring,
fails here. Each example is written to disk and run through the real loader
and engine, so the passing one passes and the failing one fires.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from kipp_check import i18n
from kipp_check.authoring.rule_reference import (
    DOCS_PATHS,
    render_explain,
    render_reference,
    render_table,
)
from kipp_check.i18n import CATALOGUE, Lang, translated_docs
from kipp_check.models.reserved import RESERVED
from kipp_check.rules import Rule, all_rules
from kipp_check.rules.docs import (
    SECTIONS,
    DocumentedRule,
    ExampleFile,
    RuleExample,
    documented_rules,
    rule_doc,
)
from tests.support.checking import rule_findings
from tests.support.cli import ROOT, run_cli
from tests.support.pdfgen import pdf_bytes

RULES = all_rules()
"""Per-proposal rules: each has a passing and a failing one-file example."""
DOCUMENTED = documented_rules()
"""Those and the cross-proposal rules of a batch run: each is explained in both languages."""
_MARKERS_ID = {
    "passes": "Lulus bila",
    "fails": "Gagal",
    "fix": "Perbaikan:",
    "source": "Sumber:",
}
_CODE = re.compile(r"`[^`]+`")
_NUMBER = re.compile(r"\d+")


def example_pdf(file: ExampleFile) -> bytes:
    """A one-page PDF with the example's text, padded to its size when it has one."""
    data = pdf_bytes([file.text])
    if not file.megabytes and not file.javascript:
        return data
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    if file.megabytes:
        writer.add_attachment("pindaian.bin", b"\0" * int(file.megabytes * 1024 * 1024))
    if file.javascript:  # an open action that runs a script, as a crafted letter would carry
        action = {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
        writer.root_object[NameObject("/OpenAction")] = DictionaryObject(action)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def run_example(folder: Path, rule: Rule, example: RuleExample) -> list[str]:
    files = tuple((f.path, example_pdf(f)) for f in example.files)
    found = rule_findings(
        folder, example.yaml, rule.id, files=files, today=example.today, pack=example.pack
    )
    return [f.message for f in found]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_one_passing_and_one_failing_example(rule: Rule) -> None:
    doc = rule_doc(rule)
    assert sorted(e.fires for e in doc.examples) == [False, True], (
        f"{rule.id}: add `Example passes::` and `Example fails::` blocks to its docstring"
    )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_passing_example_passes(rule: Rule, tmp_path: Path) -> None:
    assert run_example(tmp_path, rule, rule_doc(rule).example(False)) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_failing_example_fires(rule: Rule, tmp_path: Path) -> None:
    assert run_example(tmp_path, rule, rule_doc(rule).example(True))


@pytest.mark.parametrize("rule", DOCUMENTED, ids=lambda r: r.id)
def test_docstring_translation_is_current(rule: DocumentedRule) -> None:
    """Each docstring paragraph has its Indonesian, with the same code spans and numbers.

    The English is read from the docstring itself, so only the translation can
    fall behind: a changed `code` span or number in the docstring fails here.
    """
    doc = rule_doc(rule)
    docs = translated_docs(rule.id)  # KeyError: add its `docs=Docs(...)` in i18n/rules
    for section in SECTIONS:
        english, indonesian = doc.sections[section], getattr(docs, section)
        assert doc.section(section, Lang.EN) == english
        assert doc.section(section, Lang.ID) == indonesian
        where = f"{rule.id}.{section}: update its translation in i18n/rules to\n{english}"
        assert indonesian.startswith(_MARKERS_ID.get(section, "")), where
        assert sorted(_CODE.findall(indonesian)) == sorted(_CODE.findall(english)), where
        assert set(_NUMBER.findall(indonesian)) == set(_NUMBER.findall(english)), where


def test_no_translation_is_left_for_a_rule_that_is_gone() -> None:
    ids = {rule.id for rule in DOCUMENTED}
    CATALOGUE  # noqa: B018 (reading it reads every criterion's words)
    assert not sorted(set(i18n._docs) - ids)


@pytest.mark.parametrize("rule", DOCUMENTED, ids=lambda r: r.id)
def test_source_states_how_sure_the_rule_is(rule: DocumentedRule) -> None:
    doc = rule_doc(rule)
    assert doc.confidence in {"confirmed", "reported", "assumed", "advice"} or doc.heuristic, (
        f"{rule.id}: its Source paragraph should say [confirmed], [reported] or [assumed], "
        "or that it is advice or a heuristic"
    )


@pytest.mark.parametrize("lang", list(Lang))
def test_explain_renders_every_rule(lang: Lang) -> None:
    for rule in DOCUMENTED:
        shown = render_explain(rule, lang)
        assert shown.startswith(f"{rule.id} · ")
        for example in rule_doc(rule).examples:
            assert example.yaml.split("\n")[0] in shown


@pytest.mark.parametrize("lang", list(Lang))
def test_committed_rule_pages_have_not_drifted(lang: Lang) -> None:
    page = ROOT / DOCS_PATHS[lang]
    assert page.read_text(encoding="utf-8") == render_reference(lang), (
        "regenerate: python -m kipp_check.authoring.rule_reference"
        f" --lang {lang.value} > {DOCS_PATHS[lang]}"
    )


def test_rules_table_lists_every_rule_with_its_columns() -> None:
    ran = run_cli("rules")
    assert ran.code == 0, ran
    for rule in DOCUMENTED:
        assert re.search(rf"^ *{rule.id} ", ran.out, re.MULTILINE), rule.id
    assert "Keyakinan" in ran.out and "Sumber" in ran.out
    assert "ADM003" in ran.out and "kaltimprov.go.id" in ran.out


def test_rules_table_as_json_and_markdown() -> None:
    rows = render_table(Lang.EN, "json")
    assert '"id": "KRI004"' in rows and '"confidence": "assumed · heuristic"' in rows
    markdown = render_table(Lang.ID, "markdown")
    assert markdown.startswith("| ID | Kriteria | Tingkat | Judul | Keyakinan | Sumber |")
    assert markdown.count("\n") == len(DOCUMENTED) + len(RESERVED) + 2


def test_explain_in_indonesian_by_default() -> None:
    ran = run_cli("explain", "adm003")
    assert ran.code == 0, ran
    assert ran.out.startswith("ADM003 · Kategori salah satu kategori resmi\n")
    for heading in ("Yang diperiksa", "Mengapa", "Cara memperbaiki", "Contoh yang lulus"):
        assert f"\n{heading}" in ran.out
    assert "    kategori: digitalisasi_layanan" in ran.out


def test_explain_in_english() -> None:
    ran = run_cli("explain", "KRI004", "--lang", "en")
    assert ran.code == 0, ran
    assert "What it checks" in ran.out and "An example that fails" in ran.out


def test_explain_unknown_rule_is_a_usage_error_with_a_suggestion() -> None:
    ran = run_cli("explain", "ADM03")
    assert ran.code == 2, ran
    assert "tidak ada aturan `ADM03`; mungkin maksudnya" in ran.err
    assert "ADM003" in ran.err
    assert "Traceback" not in ran.err


def test_a_cross_proposal_rule_is_explained_without_a_one_file_example() -> None:
    ran = run_cli("explain", "ADM102")
    assert ran.code == 0, ran
    assert "membandingkan beberapa proposal" in ran.out
    assert "Contoh yang lulus" not in ran.out
