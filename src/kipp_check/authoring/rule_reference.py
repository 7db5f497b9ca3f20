"""Render the rule documentation: the `rules` table, `explain`, and `docs/rules.md`.

Everything comes from `rule_docs.rule_doc` (the docstrings and their catalogue
translations) and the registry, so the three can never say different things.
Regenerate the committed pages with:

    python -m kipp_check.authoring.rule_reference --lang id > docs/rules.md
    python -m kipp_check.authoring.rule_reference --lang en > docs/rules.en.md
"""

from __future__ import annotations

import difflib
import io
import json
import re
import sys
import textwrap

from kipp_check.errors import UsageError
from kipp_check.i18n import Lang, has, text
from kipp_check.i18n.render import format_date
from kipp_check.rules.docs import DocumentedRule, RuleDoc, RuleExample, documented_rules, rule_doc

DOCS_PATHS = {Lang.ID: "docs/rules.md", Lang.EN: "docs/rules.en.md"}
_WIDTH = 88
_LEADING_LABEL = re.compile(r"^(?:Fix|Source|Perbaikan|Sumber):\s*")


def find_rule(ref: str, lang: Lang) -> DocumentedRule:
    """The rule named `ref` (any case); a `UsageError` with the closest IDs otherwise."""
    wanted = ref.strip().upper()
    rules = {rule.id: rule for rule in documented_rules()}
    if wanted in rules:
        return rules[wanted]
    from kipp_check.models.reserved import RESERVED

    close = difflib.get_close_matches(wanted, [*RESERVED, *rules], n=3, cutoff=0.6)
    hint = text("explain.did_you_mean", lang, guesses=", ".join(close)) if close else ""
    message = text("explain.unknown", lang, rule=ref.strip()[:40], hint=hint)
    raise UsageError(f"{message}\n  → {text('explain.unknown.fix', lang)}")


def table_rows(lang: Lang) -> list[dict[str, str]]:
    """One row per code a report can show: the reserved KC codes, then every rule."""
    from kipp_check.authoring.reserved_reference import reserved_rows

    return [*reserved_rows(lang), *(_row(rule_doc(rule), lang) for rule in documented_rules())]


def _row(doc: RuleDoc, lang: Lang) -> dict[str, str]:
    rule = doc.rule
    return {
        "id": rule.id,
        "criterion": criterion_label(rule, lang),
        "severity": text(f"severity.{rule.severity.value}", lang),
        "title": text(f"rule.{rule.id}", lang),
        "confidence": confidence_label(doc, lang),
        "source": ", ".join(doc.hosts) or "—",
    }


def criterion_label(rule: DocumentedRule, lang: Lang) -> str:
    key = f"rules.criterion.{rule.criterion.value}"
    return text(key, lang) if has(key) else rule.criterion.value


def confidence_label(doc: RuleDoc, lang: Lang) -> str:
    """`assumed · heuristic`: the weakest confidence the source names; whether it guesses."""
    parts = [text(f"rules.confidence.{doc.confidence}", lang)] if doc.confidence else []
    if doc.heuristic:
        parts.append(text("rules.confidence.heuristic", lang))
    return " · ".join(parts) or "—"


def render_table(lang: Lang, output_format: str, *, width: int = 100) -> str:
    """The `rules` table as plain terminal text, Markdown or JSON."""
    rows = table_rows(lang)
    columns = ["id", "criterion", "severity", "title", "confidence", "source"]
    if output_format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    heads = [text(f"rules.col.{c}", lang) for c in columns]
    if output_format == "markdown":
        return _markdown_table(heads, [[row[c] for c in columns] for row in rows])
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for head in heads:  # only the title wraps; a host name is never cut, one per line
        table.add_column(head, overflow="fold", no_wrap=head != heads[3])
    for row in rows:
        stacked = {c: row[c].replace(", ", "\n").replace(" · ", "\n") for c in columns[4:]}
        cells = {**row, **stacked}
        table.add_row(*(Text(cells[c]) for c in columns))
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False, markup=False)
    console.print(table)
    console.print(Text(text("rules.count", lang, count=len(rows))))
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def render_explain(rule: DocumentedRule, lang: Lang) -> str:
    """Everything about one rule, as plain text for the terminal."""
    doc = rule_doc(rule)
    row = _row(doc, lang)
    out = [f"{rule.id} · {row['title']}"]
    out += [
        f"{text(f'rules.col.{column}', lang):<11} {row[column]}"
        for column in ("criterion", "severity", "confidence", "source")
    ]
    out += _roles(rule, lang)
    for heading, sections in _prose(doc, lang):
        out += ["", heading]
        for section in sections:
            out += [*textwrap.wrap(section, _WIDTH, initial_indent="  ", subsequent_indent="  ")]
    if doc.across_proposals:
        out += ["", *textwrap.wrap(text("explain.across", lang), _WIDTH)]
    for example in doc.examples:
        out += ["", *textwrap.wrap(f"{_example_heading(example, lang)}:", _WIDTH), ""]
        out += _indented(example.yaml)
        for file in example.files:
            if file.text:
                out += ["", f"  {text('explain.file_text', lang, path=file.path)}:", ""]
                out += _indented(file.text)
    return "\n".join(out) + "\n"


def _roles(rule: DocumentedRule, lang: Lang) -> list[str]:
    """Which questions the rule reads in each shipped pack (by role), or that it does not apply."""
    roles: tuple[str, ...] = getattr(rule, "roles", ())
    if not roles:
        return []
    from kipp_check.packs import SHIPPED, load_pack

    out = ["", text("explain.roles", lang, roles=", ".join(roles))]
    for pack_id in SHIPPED:
        pack = load_pack(pack_id)
        carriers = [a.id for a in pack.aspects if set(roles) & set(a.roles)]
        found = ", ".join(dict.fromkeys(carriers)) or text("explain.roles.none", lang)
        out += textwrap.wrap(f"{pack.id}: {found}", _WIDTH, initial_indent="  ")
    return out


def _indented(block: str) -> list[str]:
    return [f"    {line}" if line else "" for line in block.rstrip("\n").split("\n")]


def render_reference(lang: Lang) -> str:
    """The Markdown page `docs/rules.md` (Indonesian) or `docs/rules.en.md` (English)."""
    other = Lang.EN if lang is Lang.ID else Lang.ID
    link = DOCS_PATHS[other].removeprefix("docs/")
    path = DOCS_PATHS[lang]
    out = [
        f"# {text('docs.title', lang)}",
        "",
        text("docs.generated", lang, lang=lang.value, path=path),
    ]
    out += [
        "",
        text("docs.intro", lang),
        "",
        text("docs.other_language", lang, link=f"[{link}]({link})"),
    ]
    rows = table_rows(lang)
    columns = ["id", "criterion", "severity", "title", "confidence", "source"]
    body = [[f"[{r['id']}](#{r['id'].lower()})", *(r[c] for c in columns[1:])] for r in rows]
    out += ["", _markdown_table([text(f"rules.col.{c}", lang) for c in columns], body).rstrip("\n")]
    for rule in documented_rules():
        out += ["", *_reference_section(rule, lang)]
    from kipp_check.authoring.reserved_reference import reserved_reference

    out += reserved_reference(lang)
    return "\n".join(out) + "\n"


def _reference_section(rule: DocumentedRule, lang: Lang) -> list[str]:
    doc = rule_doc(rule)
    row = _row(doc, lang)
    facts = " · ".join(
        f"**{text(f'rules.col.{c}', lang)}** {row[c]}"
        for c in ("criterion", "severity", "confidence", "source")
    )
    out = [f'<a id="{rule.id.lower()}"></a>', "", f"## {rule.id} · {row['title']}", "", facts]
    for heading, sections in _prose(doc, lang):
        out += ["", f"**{heading}.** " + " ".join(sections)]
    if doc.across_proposals:
        out += ["", text("explain.across", lang)]
    for example in doc.examples:
        out += ["", f"{_example_heading(example, lang)}:", "", "```yaml", example.yaml.rstrip()]
        out.append("```")
        for file in example.files:
            if file.text:
                heading = text("explain.file_text", lang, path=file.path)
                out += ["", f"{heading}:", "", "```text", file.text.rstrip(), "```"]
    return out


def _prose(doc: RuleDoc, lang: Lang) -> list[tuple[str, list[str]]]:
    """The rule's paragraphs under their headings, without a repeated `Fix:`/`Source:` label."""
    section = doc.section
    return [
        (text("explain.checks", lang), [section(n, lang) for n in ("summary", "passes", "fails")]),
        (text("explain.why", lang), [_unlabelled(section("source", lang))]),
        (text("explain.fix", lang), [_unlabelled(section("fix", lang))]),
    ]


def _unlabelled(paragraph: str) -> str:
    """`Fix: write …` as `Write …`: the heading already says what the paragraph is."""
    rest = _LEADING_LABEL.sub("", paragraph)
    return rest[:1].upper() + rest[1:]


def _example_heading(example: RuleExample, lang: Lang) -> str:
    title = text("explain.failing" if example.fires else "explain.passing", lang)
    notes = [
        text("explain.setting", lang, pack=example.pack, today=format_date(example.today, lang))
    ]
    if example.files:
        shown = [
            text("explain.file_size", lang, path=f.path, megabytes=f"{f.megabytes:g}")
            if f.megabytes
            else f.path
            for f in example.files
        ]
        notes.append(text("explain.with_files", lang, files=", ".join(shown)))
    return f"{title} ({'; '.join(notes)})"


def _markdown_table(heads: list[str], rows: list[list[str]]) -> str:
    def cell(value: str) -> str:
        return value.replace("|", "\\|")

    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    chosen = Lang(sys.argv[sys.argv.index("--lang") + 1]) if "--lang" in sys.argv else Lang.ID
    sys.stdout.write(render_reference(chosen))
