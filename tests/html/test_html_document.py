"""The HTML report as a document: self-contained, escaped, accessible, deterministic.

These tests read the file the command line wrote with the standard library's
HTML parser; `test_html_browser.py` renders the same files in Chromium.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kipp_check.i18n import CATALOGUE
from kipp_check.models.results import BatchReport
from kipp_check.reporters import RenderSettings
from kipp_check.reporters.html import page as html
from kipp_check.reporters.html.assets import SCRIPT, STYLE, csp_hash
from kipp_check.reporters.html.markup import esc, tag
from tests.html.conftest import (
    HOSTILE_CATEGORY,
    HOSTILE_INSTITUTION,
    HOSTILE_TITLE,
    PROPOSALS,
    Made,
    make_report,
)
from tests.support.cli import ROOT, run_cli
from tests.support.samples import TODAY, copy_example

SOURCE = ROOT / "src" / "kipp_check"
TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p",
    "span", "strong", "code", "main", "section", "form", "fieldset", "legend", "label",
    "select", "option", "input", "button", "table", "caption", "thead", "tbody", "tr", "th",
    "td", "a", "meter", "dl", "dt", "dd", "ul", "li", "footer", "script",
}  # fmt: skip
"""Every element the reporter writes; anything else would have come from a proposal."""
ATTRIBUTES = {
    "lang", "charset", "name", "content", "http-equiv", "id", "class", "aria-labelledby",
    "aria-live", "aria-hidden", "hidden", "type", "autocomplete", "value", "scope", "href",
    "title", "min", "max", "low", "high", "optimum",
}  # fmt: skip


class Page(HTMLParser):
    """The parsed document: elements with their attributes, visible text, raw blocks."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._inside: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, element: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((element, dict(attrs)))
        if element in self.raw:
            self._inside = element

    def handle_endtag(self, element: str) -> None:
        self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.raw[self._inside].append(data)
        else:
            self.text.append(data)

    def all(self, element: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.elements if name == element]


def test_a_batch_report_is_written_and_the_exit_code_says_not_ready(batch_id: Made) -> None:
    assert batch_id.ran.code == 1, batch_id.ran
    assert batch_id.ran.out == ""  # the report went to the file; the verdict to stderr
    assert "2 dari 5 proposal siap diajukan" in batch_id.ran.err
    assert batch_id.html.startswith('<!DOCTYPE html>\n<html lang="id">')


def test_only_the_reporters_own_elements_and_attributes_appear(batch_id: Made) -> None:
    page = Page(batch_id.html)
    assert {name for name, _ in page.elements} <= TAGS
    used = {key for _, attrs in page.elements for key in attrs if not key.startswith("data-")}
    assert used <= ATTRIBUTES
    assert len(page.all("script")) == 1 and len(page.all("style")) == 1
    assert not page.all("img")


def test_hostile_text_is_shown_as_text(batch_id: Made) -> None:
    page = Page(batch_id.html)
    visible = "".join(page.text)
    for hostile in (HOSTILE_TITLE, HOSTILE_INSTITUTION, HOSTILE_CATEGORY):
        assert hostile in visible
    rows = [a for name, a in page.elements if name == "tr" and "data-number" in a]
    assert [a["data-title"] for a in rows if a["data-number"] == "4"] == [HOSTILE_TITLE]
    assert HOSTILE_INSTITUTION in [a["value"] for a in page.all("option")]


def test_nothing_is_fetched_and_only_the_pinned_blocks_may_run(batch_id: Made) -> None:
    page = Page(batch_id.html)
    assert all((a.get("href") or "").startswith("#") for a in page.all("a"))
    assert not any("src" in attrs or "style" in attrs for _, attrs in page.elements)
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", "".join(page.raw["style"]))
    (policy,) = [m["content"] for m in page.all("meta") if m.get("http-equiv")]
    assert policy is not None and policy.startswith("default-src 'none';")
    assert f"script-src {csp_hash(''.join(page.raw['script']))};" in policy
    assert f"style-src {csp_hash(''.join(page.raw['style']))};" in policy
    assert page.raw["script"] == [SCRIPT] and page.raw["style"] == [STYLE]


def test_the_script_never_writes_markup() -> None:
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", SCRIPT)


def test_tables_have_headers_with_scope_and_a_caption(batch_id: Made) -> None:
    page = Page(batch_id.html)
    headers = page.all("th")
    assert headers and all(h.get("scope") in ("col", "row") for h in headers)
    assert len(page.all("caption")) == len(page.all("table")) == PROPOSALS + 1
    levels = [name for name, _ in page.elements if re.fullmatch(r"h[1-4]", name)]
    assert levels[0] == "h1" and levels.count("h1") == 1
    assert levels.count("h2") == PROPOSALS + 1  # the overview and one per proposal


def test_status_is_never_only_a_colour(batch_id: Made) -> None:
    visible = "".join(Page(batch_id.html).text)
    for word in ("siap", "belum siap", "perlu perbaikan", "belum ada", "tidak diperiksa"):
        assert word in visible
    for severity in ("galat", "peringatan", "saran"):
        assert severity in visible


def test_each_proposal_has_its_criteria_gaps_locations_and_fixes(batch_id: Made) -> None:
    visible = "".join(Page(batch_id.html).text)
    assert "Ringkasan 5 proposal" in visible
    assert "BELUM SIAP — kesiapan 85 % · 4 galat, 10 peringatan, 3 saran" in visible
    assert "dinkes/proposal.yaml:13:11" in visible and "ADM003" in visible
    assert "tulis kategori: transformasi_digital" in visible
    assert "tulis <code>kategori: transformasi_digital</code>" in batch_id.html
    assert "Temuan yang dikecualikan (2)" in visible
    assert "dikecualikan sampai 2025-12-31 oleh Kepala Dinas Kesehatan" in visible
    assert "rusak/proposal.yaml:3:1" in visible  # the broken file's syntax finding
    assert "tidak menjamin lolos seleksi administrasi" in visible
    assert "Kembali ke ringkasan" in visible


def test_the_same_run_gives_the_same_bytes(batch_id: Made, html_repo: Path, tmp_path: Path) -> None:
    again = make_report(html_repo, tmp_path / "lagi.html", ".")
    assert again.file.read_bytes() == batch_id.file.read_bytes()
    assert str(html_repo) not in batch_id.html  # relative paths only


def test_english_on_request(batch_en: Made) -> None:
    visible = "".join(Page(batch_en.html).text)
    assert batch_en.html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "Summary of 5 proposals" in visible and "NOT READY" in visible
    assert "Gaps and how to fix them" in visible and "Ringkasan" not in visible


def test_a_single_proposal_has_no_overview(single: Made) -> None:
    assert single.ran.code == 1, single.ran
    page = Page(single.html)
    assert not page.all("form") and len(page.all("section")) == 1
    (title,) = [t for t in page.text if t.startswith("Laporan kesiapan KIPP:")]
    assert title == f"Laporan kesiapan KIPP: {HOSTILE_TITLE}"


def test_a_ready_proposal_exits_0_with_html(tmp_path: Path) -> None:
    copy_example("siap", tmp_path / "sigap")
    ran = run_cli("sigap/proposal.yaml", "--today", TODAY, "--format", "html", cwd=tmp_path)
    assert ran.code == 0, ran
    assert "✓ </span>SIAP DIAJUKAN" in ran.out  # to standard output without --output
    assert "Tidak ada celah yang ditemukan." in ran.out


def test_the_config_file_can_ask_for_an_html_report(tmp_path: Path) -> None:
    copy_example("siap", tmp_path / "sigap")
    config = "outputs:\n  - {format: html, file: hasil/laporan.html}\n"
    (tmp_path / ".kipp-check.yaml").write_text(config, encoding="utf-8")
    ran = run_cli("sigap/proposal.yaml", "--today", TODAY, cwd=tmp_path)
    assert ran.code == 0, ran
    assert "<html" in (tmp_path / "hasil" / "laporan.html").read_text(encoding="utf-8")


def test_an_empty_run_still_renders() -> None:
    page = html.render_run(BatchReport(()), RenderSettings())
    assert "Tidak ada proposal yang diperiksa." in page


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('<b x="1">&', "&lt;b x=&quot;1&quot;&gt;&amp;"),
        ("it's", "it&#x27;s"),
        ("\u202etxt.pdf", "&lt;U+202E&gt;txt.pdf"),
        ("\x1b[31m", "&lt;U+001B&gt;[31m"),
    ],
)
def test_escaping_covers_markup_quotes_and_hidden_characters(value: str, shown: str) -> None:
    assert esc(value) == shown
    assert tag("p", value, title=value) == f'<p title="{shown}">{shown}</p>'


def test_every_html_message_key_in_the_reporter_exists() -> None:
    used = Counter(
        key
        for path in (SOURCE / "reporters" / "html").glob("*.py")
        for key in re.findall(r"[\"'](html\.[a-z_.]+)[\"']", path.read_text(encoding="utf-8"))
    )
    assert used and not [key for key in used if key not in CATALOGUE]
    defined = {key for key in CATALOGUE if key.startswith("html.")}
    assert defined == set(used)  # and none is left unused
