"""The HTML report's stylesheet and script, inlined so the file works offline.

A coordinator mails the report or leaves it on a shared drive: nothing may be
fetched (no fonts, no scripts, no images), so both live here as strings and
the page's Content-Security-Policy allows exactly these two blocks by hash.

The script only sorts and filters the overview: it moves the existing table
rows and toggles their `hidden` flag, reading the `data-*` attributes the
Python side wrote. It never builds markup from data (no `innerHTML`), so text
from a proposal can only ever be text. Without the script (a mail client that
blocks it, a printout) the table shows every proposal in the run's order and
the filter form stays hidden.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { color-scheme: light; --ok: #1a7f37; --warn: #8a5a00; --bad: #c0162a; --note: #0969da;
  --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --ink: #1f2328; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff;
  margin: 0 auto; max-width: 78rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
a { color: #0550ae; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible {
  outline: 3px solid var(--note); outline-offset: 2px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono",
  monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { caption-side: top; text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--soft); white-space: nowrap; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.file { display: block; font-weight: 400; color: var(--muted); font-size: .85rem;
  overflow-wrap: anywhere; }
.sort { font: inherit; font-weight: 700; color: inherit; background: none; border: 0;
  padding: 0; cursor: pointer; text-align: inherit; }
th[aria-sort=ascending] .sort::after { content: " \\25B2"; }
th[aria-sort=descending] .sort::after { content: " \\25BC"; }
meter { width: 5.5rem; height: .9rem; vertical-align: middle; margin-right: .35rem; }
.status { font-weight: 600; white-space: nowrap; }
.status-ready, .status-advice { color: var(--ok); }
.status-needs_work { color: var(--warn); }
.status-missing, .status-not_ready { color: var(--bad); }
.status-not_checked { color: var(--muted); }
.verdict { font-size: 1.1rem; font-weight: 700; margin: .75rem 0; padding: .5rem .75rem;
  background: var(--soft); border-left: 6px solid var(--line); }
.verdict.ready { border-left-color: var(--ok); }
.verdict.not-ready { border-left-color: var(--bad); }
.verdict .counts { font-weight: 400; }
.notice { margin: .5rem 0; padding: .4rem .75rem; border-left: .35rem solid var(--warn); }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: flex-end;
  margin: .75rem 0; padding: .75rem; background: var(--soft); border: 1px solid var(--line); }
.filters legend { font-weight: 700; padding: 0 .25rem; }
.filters label { display: flex; flex-direction: column; font-size: .9rem; gap: .15rem; }
.filters select, .filters input, .filters button { font: inherit; padding: .2rem .4rem; }
.shown { color: var(--muted); margin: .25rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
  margin: .5rem 0 1rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid var(--line); padding: .3rem .75rem; margin: .5rem 0; }
.finding p { margin: .15rem 0; }
.finding.sev-error { border-left-color: var(--bad); }
.finding.sev-warning { border-left-color: var(--warn); }
.finding.sev-info { border-left-color: var(--note); }
.sev { font-weight: 700; }
.sev-error .sev { color: var(--bad); }
.sev-warning .sev { color: var(--warn); }
.sev-info .sev { color: var(--note); }
.where { color: var(--muted); overflow-wrap: anywhere; }
.waiver { color: var(--muted); }
.back { font-size: .9rem; }
.disclaimer { font-style: italic; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted);
  font-size: .9rem; }
@media (max-width: 40rem) {
  body { padding: .75rem; font-size: 16px; }
  h2 { margin-top: 1.75rem; }
  .filters label { flex: 1 1 100%; min-width: 0; }
  .filters select, .filters input { width: 100%; max-width: 100%; }
  #overview, #overview tbody, #overview tr, #overview th, #overview td,
  table.criteria, .criteria tbody, .criteria tr, .criteria th, .criteria td { display: block; }
  #overview caption, .criteria caption { display: block; }
  #overview thead, .criteria thead { position: absolute; width: 1px; height: 1px;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  #overview tr, .criteria tr { border: 1px solid var(--line); border-radius: .4rem;
    margin: .6rem 0; padding: .4rem .7rem; }
  #overview th, #overview td, .criteria th, .criteria td { border: 0; padding: .1rem 0;
    text-align: left; }
  #overview td[data-label]::before, .criteria td[data-label]::before {
    content: attr(data-label) ": "; color: var(--muted); }
  #overview td:empty, .criteria td:empty { display: none; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .35rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; max-width: none; padding: 0; }
  #filters, .shown, .back, .sort::after { display: none !important; }
  #ikhtisar ~ .proposal { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .finding, .verdict { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

SCRIPT = """
(() => {
  "use strict";
  const table = document.getElementById("overview");
  const form = document.getElementById("filters");
  if (!table || !form) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const shownLine = document.getElementById("shown");
  const noMatch = document.getElementById("no-match");
  const collator = new Intl.Collator(document.documentElement.lang,
    { numeric: true, sensitivity: "base" });
  const choices = ["status", "institution", "category"];

  const matches = (row) => {
    for (const name of choices) {
      const wanted = form.elements[name].value;
      if (wanted !== "" && row.dataset[name] !== wanted) return false;
    }
    const query = form.elements.q.value.trim().toLocaleLowerCase();
    return query === "" || row.dataset.search.toLocaleLowerCase().includes(query);
  };

  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = !matches(row);
      if (!row.hidden) shown += 1;
    }
    shownLine.textContent = shownLine.dataset.template
      .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    noMatch.hidden = shown > 0;
  };

  const key = (row, name, type) => {
    const raw = row.dataset[name];
    if (type !== "number") return raw;
    return raw === "" ? null : Number(raw);
  };

  const sortBy = (button) => {
    const cell = button.closest("th");
    const name = button.dataset.sortKey;
    const type = button.dataset.sortType;
    const direction = cell.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    for (const other of table.tHead.rows[0].cells) other.removeAttribute("aria-sort");
    cell.setAttribute("aria-sort", direction);
    const sign = direction === "ascending" ? 1 : -1;
    const ordered = rows.slice().sort((a, b) => {
      const x = key(a, name, type);
      const y = key(b, name, type);
      if (x === null && y !== null) return 1;
      if (y === null && x !== null) return -1;
      let order = 0;
      if (x !== null && y !== null) order = type === "number" ? x - y : collator.compare(x, y);
      return order * sign || Number(a.dataset.number) - Number(b.dataset.number);
    });
    for (const row of ordered) body.appendChild(row);
  };

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("show-all").addEventListener("click", () => {
    form.reset();
    apply();
  });
  for (const button of table.querySelectorAll("button[data-sort-key]")) {
    button.addEventListener("click", () => sortBy(button));
  }
  form.hidden = false;
  shownLine.hidden = false;
  apply();
})();
"""


def csp_hash(block: str) -> str:
    """The `'sha256-…'` source that lets exactly this inline block run under the page's CSP."""
    digest = hashlib.sha256(block.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    f"style-src {csp_hash(STYLE)}; "
    f"script-src {csp_hash(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing loads from anywhere; only our own style and script run, even if escaping failed."""
