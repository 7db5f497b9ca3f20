"""Rule documentation, read from the rules themselves: `rules`, `explain` and `docs/rules.md`.

A rule's docstring is its documentation (yamllint's way): a first paragraph
saying what it checks, then `Passes when`, `Fails`, `Fix:` and `Source:`
paragraphs, then an example that passes and one that fails::

    Example passes::

        kategori: transformasi_digital

    Example fails (today 2025-05-30; file lampiran/surat.pdf 3 MB)::

        kategori: digitalisasi_layanan

An example header may name the date of the check (`today`), the rule pack
(`pack`) and the files that exist beside the proposal (`file PATH [N MB]
[with JavaScript]`, a valid one-page PDF, padded to about that size, with a
document-level script); by default the check runs on
20 May 2025 with `kipp-2025` and no files. A `Text of PATH::` block gives a
file the text on its page, for the rules that read the letters: after an
example it belongs to that example, before the first one to both. A test runs
every example through the loader and the engine.

The English prose is the docstring's paragraphs, written once; users read
Indonesian, so the translation of each paragraph sits with the rule's other
words in `i18n/rules/<criterion>` (`Docs`), and a test holds each to its
paragraph's code spans and numbers.
Which confidence a rule rests on is read from its `Source:` paragraph: the
weakest of *confirmed*, *reported* and *assumed* it mentions, else *advice*
when it says it is advice; the word *heuristic* marks a check that guesses
from wording.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import textwrap
from dataclasses import dataclass, replace

from kipp_check.i18n import Lang, translated_docs
from kipp_check.i18n.rules import Docs
from kipp_check.rules import Rule, Scope, all_rules

__all__ = [
    "SECTIONS",
    "DocumentedRule",
    "ExampleFile",
    "RuleDoc",
    "RuleExample",
    "documented_rules",
    "rule_doc",
]

SECTIONS: tuple[str, ...] = Docs._fields
"""The paragraphs of a rule's documentation, in docstring order."""

DocumentedRule = Rule
"""A rule of either scope: over one proposal, or over the proposals of one run (batch)."""

_MARKERS = {"passes": "Passes when", "fails": "Fails", "fix": "Fix:", "source": "Source:"}
_EXAMPLE = re.compile(r"Example (passes|fails)(?: \((?P<options>[^)]*)\))?::")
_TEXT_OF = re.compile(r"Text of (?P<path>\S+)::")
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:go\.id|co\.id|ac\.id|com|id|org|net|co)\b")
_CONFIDENCE = ("assumed", "reported", "confirmed")
_SIZE = re.compile(r"(?P<path>\S+)(?:\s+(?P<mb>\d+(?:\.\d+)?)\s*MB)?(?P<js>\s+with JavaScript)?")

EXAMPLE_TODAY = dt.date(2025, 5, 20)
EXAMPLE_PACK = "kipp-2025"


@dataclass(frozen=True)
class ExampleFile:
    """A file that exists beside the example proposal: a valid one-page PDF."""

    path: str
    megabytes: float = 0.0
    """Its size when it matters (padded to about this many MB), else 0."""
    text: str = ""
    """The text on its page; none (a page without a text layer) when empty."""
    javascript: bool = False
    """Whether it carries a document-level JavaScript (`file PATH with JavaScript`)."""


@dataclass(frozen=True)
class RuleExample:
    """A proposal on which the rule passes (`fires` false) or fires."""

    fires: bool
    yaml: str
    today: dt.date = EXAMPLE_TODAY
    pack: str = EXAMPLE_PACK
    files: tuple[ExampleFile, ...] = ()


@dataclass(frozen=True)
class RuleDoc:
    """Everything the documentation shows of one rule."""

    rule: DocumentedRule
    sections: dict[str, str]
    """The docstring's English paragraphs, by section name (whitespace joined)."""
    examples: tuple[RuleExample, ...]
    confidence: str
    heuristic: bool
    hosts: tuple[str, ...]

    def section(self, name: str, lang: Lang) -> str:
        """A paragraph in `lang`: the docstring's own, or its Indonesian translation."""
        if lang is Lang.EN:
            return self.sections[name]
        return str(getattr(translated_docs(self.rule.id), name))

    def example(self, fires: bool) -> RuleExample:
        """The example that passes (`fires=False`) or the one that fails."""
        return next(e for e in self.examples if e.fires is fires)

    @property
    def across_proposals(self) -> bool:
        """A rule over several proposals: a one-file example cannot show it."""
        return self.rule.scope is Scope.RUN


def documented_rules() -> tuple[DocumentedRule, ...]:
    """Every rule a report can name: per-proposal and cross-proposal, in ID order."""
    return all_rules(scope=None)


def rule_doc(rule: DocumentedRule) -> RuleDoc:
    """The documentation of `rule`, parsed from its docstring."""
    doc = inspect.cleandoc(rule.doc)
    head = re.split(r"\n(?=Example |Text of )", doc)[0]
    sections = _sections(head)
    source = sections.get("source", "")
    found = [level for level in _CONFIDENCE if re.search(rf"\b{level}\b", source, re.I)]
    if not found and re.search(r"\badvice\b", source, re.I):
        found = ["advice"]
    return RuleDoc(
        rule=rule,
        sections=sections,
        examples=tuple(_examples(doc)),
        confidence=found[0] if found else "",
        heuristic="heuristic" in source.casefold(),
        hosts=tuple(dict.fromkeys(_HOST.findall(source))),
    )


def _sections(head: str) -> dict[str, str]:
    """Split the prose into paragraphs by their opening words."""
    paragraphs = [
        " ".join(p.split()) for p in re.split(r"\n(?=Passes when|Fails|Fix:|Source:)", head)
    ]
    sections = {"summary": paragraphs[0]}
    for paragraph in paragraphs[1:]:
        name = next(n for n, marker in _MARKERS.items() if paragraph.startswith(marker))
        sections[name] = paragraph
    return sections


def _examples(doc: str) -> list[RuleExample]:
    """Every `Example …::` block, with the `Text of PATH::` blocks that belong to it.

    A text block after an example is that example's file; one before the first
    example is shared by both, unless an example gives the file its own text.
    """
    found: list[RuleExample] = []
    shared: dict[str, str] = {}
    for header, block in _literal_blocks(doc):
        example = _EXAMPLE.fullmatch(header)
        text_of = _TEXT_OF.fullmatch(header)
        if example is not None:
            fires = example.group(1) == "fails"
            found.append(_example(fires, block, example.group("options")))
        elif text_of is not None and found:
            found[-1] = _with_text(found[-1], text_of.group("path"), block)
        elif text_of is not None:
            shared[text_of.group("path")] = block
    for index in range(len(found)):
        for path, block in shared.items():
            if not any(f.path == path and f.text for f in found[index].files):
                found[index] = _with_text(found[index], path, block)
    return found


def _literal_blocks(doc: str) -> list[tuple[str, str]]:
    """`(header, dedented block)` for every line ending in `::` and the indented lines after it."""
    lines = doc.split("\n")
    blocks = []
    for index, line in enumerate(lines):
        if not line.rstrip().endswith("::") or line.startswith(" "):
            continue
        body: list[str] = []
        for following in lines[index + 1 :]:
            if following.strip() and not following.startswith("    "):
                break
            body.append(following)
        blocks.append((line.strip(), textwrap.dedent("\n".join(body)).strip("\n") + "\n"))
    return blocks


def _with_text(example: RuleExample, path: str, content: str) -> RuleExample:
    """`example` where the file at `path` holds `content` (the file is added when not listed)."""
    files = list(example.files)
    index = next((i for i, f in enumerate(files) if f.path == path), None)
    if index is None:
        files.append(ExampleFile(path, text=content))
    else:
        files[index] = replace(files[index], text=content)
    return replace(example, files=tuple(files))


def _example(fires: bool, yaml_text: str, options: str | None) -> RuleExample:
    today, pack, files = EXAMPLE_TODAY, EXAMPLE_PACK, []
    for option in (options or "").split(";"):
        name, _, value = option.strip().partition(" ")
        if name == "today":
            today = dt.date.fromisoformat(value)
        elif name == "pack":
            pack = value
        elif name == "file":
            match = _SIZE.fullmatch(value.strip())
            if match is None:
                raise ValueError(f"unreadable example file {value!r}")
            files.append(
                ExampleFile(match["path"], float(match["mb"] or 0), javascript=bool(match["js"]))
            )
        elif name:
            raise ValueError(f"unknown example option {name!r}")
    return RuleExample(fires, yaml_text, today, pack, tuple(files))
