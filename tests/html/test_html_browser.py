"""The HTML report in a real browser: headless Chromium renders it from a file:// URL.

It checks what a coordinator sees: the content, sorting by a click on a column
heading, filtering by status, institution, category and typed search, that no
script error or CSP refusal happens, that hostile proposal text stays text,
and that the page prints on A4. Skipped, with the reason, only when no
Chromium is installed (`.ci/run` installs Debian's `chromium`).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.html.browser import Browser, find_chromium
from tests.html.conftest import HOSTILE_CATEGORY, HOSTILE_INSTITUTION, HOSTILE_TITLE, Made

ROWS = "Array.from(document.querySelectorAll('#overview tbody tr'))"
VISIBLE = f"{ROWS}.filter((r) => r.getClientRects().length > 0)"
A4_POINTS = (595.3, 841.9)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no Chromium to render the HTML report in: install Debian's `chromium` "
            "(`apt-get install -y chromium`; `.ci/run` does) or set KIPP_TEST_BROWSER"
        )
    opened = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    yield opened
    opened.close()


def _open(browser: Browser, made: Made) -> None:
    browser.open(made.file.as_uri())
    assert browser.evaluate("document.readyState") == "complete"


def _column(browser: Browser, key: str, *, visible: bool = True) -> list[str]:
    rows = VISIBLE if visible else ROWS
    return list(browser.evaluate(f"{rows}.map((r) => r.dataset[{json.dumps(key)}])"))


def _choose(browser: Browser, name: str, value: str) -> None:
    """Pick an option the way the select element reports a user's choice."""
    browser.evaluate(
        f"(() => {{ const s = document.querySelector('select[name={name}]');"
        f" s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )


def _shown_line(browser: Browser) -> str:
    return str(browser.evaluate("document.getElementById('shown').innerText"))


def test_the_page_shows_the_run_and_every_proposal(browser: Browser, batch_id: Made) -> None:
    _open(browser, batch_id)
    seen = str(browser.evaluate("document.body.innerText"))
    assert "2 dari 5 proposal siap diajukan" in seen
    assert "Ringkasan 5 proposal" in seen
    assert "BELUM SIAP — kesiapan 85 % · 4 galat, 10 peringatan, 3 saran" in seen
    assert "dinkes/proposal.yaml:13:11" in seen and "tulis kategori: transformasi_digital" in seen
    fix_code = "Array.from(document.querySelectorAll('.fix code')).map((c) => c.textContent)"
    assert "kategori: transformasi_digital" in browser.evaluate(fix_code)  # code, no backticks
    assert _shown_line(browser) == "5 dari 5 proposal ditampilkan"
    assert browser.evaluate("document.getElementById('filters').hidden") is False
    assert _column(browser, "number") == ["1", "2", "3", "4", "5"]
    assert browser.problems() == []


def test_hostile_text_is_displayed_never_run(browser: Browser, batch_id: Made) -> None:
    _open(browser, batch_id)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.images.length") == 0
    assert browser.evaluate("document.querySelectorAll('b').length") == 0
    headings = browser.evaluate("Array.from(document.querySelectorAll('h2')).map(h => h.innerText)")
    assert HOSTILE_TITLE in headings
    seen = str(browser.evaluate("document.body.innerText"))
    assert HOSTILE_INSTITUTION in seen and HOSTILE_CATEGORY in seen
    browser.click("#overview tr[data-number='4'] a")
    browser.wait_until("location.hash === '#usulan-4'")
    assert browser.problems() == []


def test_a_click_on_a_column_heading_sorts_and_a_second_reverses(
    browser: Browser, batch_id: Made
) -> None:
    _open(browser, batch_id)
    browser.click("button[data-sort-key='readiness']")
    readiness = [int(v) for v in _column(browser, "readiness")]
    assert readiness == sorted(readiness) and readiness[0] == 0
    heading = "document.querySelector('button[data-sort-key=readiness]').closest('th')"
    assert browser.evaluate(f"{heading}.getAttribute('aria-sort')") == "ascending"
    browser.click("button[data-sort-key='readiness']")
    assert [int(v) for v in _column(browser, "readiness")] == sorted(readiness, reverse=True)
    assert browser.evaluate(f"{heading}.getAttribute('aria-sort')") == "descending"
    browser.click("button[data-sort-key='number']")
    assert _column(browser, "number") == ["1", "2", "3", "4", "5"]
    assert browser.evaluate(f"{heading}.hasAttribute('aria-sort')") is False
    browser.click("button[data-sort-key='title']")
    titles = _column(browser, "title")
    assert titles[0] == "" and titles[1] == HOSTILE_TITLE  # `<` sorts before letters
    assert titles[2:] == ["SI-ANTRI", *["SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"] * 2]
    assert browser.problems() == []


def test_filters_by_status_institution_category_and_search(
    browser: Browser, batch_id: Made
) -> None:
    _open(browser, batch_id)
    _choose(browser, "status", "ready")
    assert _column(browser, "number") == ["2", "3"]
    assert _shown_line(browser) == "2 dari 5 proposal ditampilkan"
    _choose(browser, "status", "not_ready")
    assert _column(browser, "number") == ["1", "4", "5"]
    _choose(browser, "institution", HOSTILE_INSTITUTION)
    assert _column(browser, "number") == ["4"]
    _choose(browser, "status", "ready")
    assert _column(browser, "number") == []
    assert browser.evaluate("document.getElementById('no-match').hidden") is False
    browser.click("#show-all")
    assert _column(browser, "number") == ["1", "2", "3", "4", "5"]
    _choose(browser, "category", HOSTILE_CATEGORY)
    assert _column(browser, "number") == ["4"]
    browser.click("#show-all")
    browser.type_into("input[name=q]", "sigap")
    assert _column(browser, "number") == ["2", "3", "4"]  # the hostile title ends in SIGAP
    browser.type_into("input[name=q]", " (sistem")
    assert _column(browser, "number") == ["2", "3"]
    assert _shown_line(browser) == "2 dari 5 proposal ditampilkan"
    assert browser.problems() == []


def test_english_page_speaks_english(browser: Browser, batch_en: Made) -> None:
    _open(browser, batch_en)
    _choose(browser, "status", "ready")
    assert _shown_line(browser) == "2 of 5 proposals shown"
    seen = str(browser.evaluate("document.body.innerText"))
    assert "Summary of 5 proposals" in seen and "Gaps and how to fix them" in seen
    assert browser.problems() == []


def test_printed_on_a4_with_each_proposal_on_its_own_pages(
    browser: Browser, batch_id: Made
) -> None:
    _open(browser, batch_id)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        form = "getComputedStyle(document.getElementById('filters')).display"
        assert browser.evaluate(form) == "none"
        printed = PdfReader(io.BytesIO(browser.pdf()))
    finally:
        browser.send("Emulation.setEmulatedMedia", {"media": ""})
    assert len(printed.pages) >= 6  # the overview, then each of the five proposals
    for page in printed.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=1.5)
    text = "".join(page.extract_text() for page in printed.pages)
    assert "BELUM SIAP" in text and "Perbaikan:" in text
    assert browser.problems() == []


def test_a_single_proposal_prints_from_the_first_page(browser: Browser, single: Made) -> None:
    _open(browser, single)
    printed = PdfReader(io.BytesIO(browser.pdf()))
    first = printed.pages[0].extract_text()
    assert "Laporan kesiapan proposal KIPP" in first and "BELUM SIAP" in first
    assert "Status per kriteria" in first  # no page break between the heading and the report
    assert browser.problems() == []


def test_the_harness_reports_a_script_error(browser: Browser, tmp_path: Path) -> None:
    """Guards the tests above: a page with a failing script and a refused one is caught."""
    broken = tmp_path / "rusak.html"
    broken.write_text(
        "<!DOCTYPE html><html><head><meta http-equiv='Content-Security-Policy' "
        "content=\"script-src 'sha256-0pi9EYReZfOmbRPTpasyyR1UML5t0jwrtw7xbAPiF1E='\">"
        "<script>null.x</script></head><body><script>1</script></body></html>",
        encoding="utf-8",
    )
    browser.open(broken.as_uri())
    browser.evaluate("1")
    problems = browser.problems()
    assert any("TypeError" in p for p in problems) or any("null" in p for p in problems)
    assert any("Content Security Policy" in p for p in problems), problems
