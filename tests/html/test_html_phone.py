"""The HTML report on a phone, where a forwarded report is usually opened: 400 px wide.

Rendered in headless Chromium with a phone's viewport: nothing may overflow
sideways, the overview and the criteria become one card per row, no word is
broken across two lines, code in messages is set as code (never literal
backticks), and within a criterion an error comes before a warning before a
note.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.html.browser import Browser, find_chromium
from tests.html.conftest import Made

PHONE = {"width": 400, "height": 860, "deviceScaleFactor": 2, "mobile": True}

_BROKEN_WORDS = """
(() => {
  const broken = [];
  const scopes = document.querySelectorAll(
    "#overview tbody, table.criteria tbody, dl.facts, .finding .message, .finding .fix, h2, h4");
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".where, .file, code")) continue;  // paths may break
      if (node.parentElement.getClientRects().length === 0) continue;  // not shown
      for (const match of node.data.matchAll(/[\\p{L}\\p{N}]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
})()
"""

_OVERFLOWING = """
Array.from(document.querySelectorAll("body *"))
  .filter((e) => e.getClientRects().length > 0)
  .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .map((e) => e.tagName + "." + e.className)
"""

_SEVERITY_ORDER = """
Array.from(document.querySelectorAll("ul.findings")).map((list) =>
  Array.from(list.children, (item) =>
    ["sev-error", "sev-warning", "sev-info"].findIndex((c) => item.classList.contains(c))))
"""


@pytest.fixture(scope="module")
def phone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no Chromium to render the HTML report in: install Debian's `chromium` "
            "(`apt-get install -y chromium`; `.ci/run` does) or set KIPP_TEST_BROWSER"
        )
    opened = Browser(executable, tmp_path_factory.mktemp("chromium-phone"))
    opened.send("Emulation.setDeviceMetricsOverride", PHONE)
    yield opened
    opened.close()


def _open(phone: Browser, made: Made) -> None:
    phone.open(made.file.as_uri())
    assert phone.evaluate("document.readyState") == "complete"
    assert phone.evaluate("window.innerWidth") == PHONE["width"]


@pytest.mark.parametrize("report", ["batch_id", "batch_en", "single"])
def test_nothing_overflows_sideways_at_400_px(
    phone: Browser, report: str, request: pytest.FixtureRequest
) -> None:
    made: Made = request.getfixturevalue(report)
    _open(phone, made)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert phone.evaluate(_OVERFLOWING) == []
    assert phone.problems() == []


def test_the_overview_and_the_criteria_are_cards(phone: Browser, batch_id: Made) -> None:
    _open(phone, batch_id)
    shown = "(s) => Array.from(document.querySelectorAll(s), (e) => getComputedStyle(e).display)"
    assert set(phone.evaluate(f"({shown})('#overview tbody tr')")) == {"block"}
    assert set(phone.evaluate(f"({shown})('table.criteria tbody tr')")) == {"block"}
    # each card says what each figure is: the column's name before the value
    labels = phone.evaluate(
        "Array.from(document.querySelector('#overview tbody tr').cells,"
        " (c) => getComputedStyle(c, '::before').content)"
    )
    assert '"Kesiapan: "' in labels and '"Galat: "' in labels and '"Status: "' in labels
    heading = "document.querySelector('#overview thead').getBoundingClientRect().height"
    assert phone.evaluate(heading) <= 1  # the headings are there for screen readers only


def test_no_word_is_broken_across_lines(phone: Browser, batch_id: Made) -> None:
    _open(phone, batch_id)
    assert phone.evaluate(_BROKEN_WORDS) == []


def test_code_is_code_and_errors_come_first(phone: Browser, batch_id: Made) -> None:
    _open(phone, batch_id)
    messages = "Array.from(document.querySelectorAll('.message, .fix'), (e) => e.innerText)"
    assert not [m for m in phone.evaluate(messages) if "`" in m]
    assert phone.evaluate("document.querySelectorAll('.message code, .fix code').length") > 5
    for order in phone.evaluate(_SEVERITY_ORDER):
        assert order == sorted(order), order
