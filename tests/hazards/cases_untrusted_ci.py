"""Hazards U40–U79 (issue 12): CI log commands, the main process's budgets, batches, dates,
active PDF content. Process and signal cases (U60–U64) run in `test_untrusted_processes.py`.

Each builds a hostile tree under the test's folder and runs the real CLI; the
checks say what must not happen (a CI command in the log, a flood, a count
that lies) as well as the answer the CLI must give.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from tests.hazards.fixtures import (
    LETTER,
    TODAY,
    Builder,
    Invocation,
    edited_example,
    ready_example,
    with_letter,
)
from tests.hazards.hazard import Check, Hazard
from tests.hazards.runner import Bounded
from tests.support import pdf_samples
from tests.support.pdfgen import pdf_bytes

TITLE = "judul: SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"
CI_TEXT = (
    "SIGAP ##vso[task.prependpath]/tmp/pr ##[error]palsu section_start:1:x "
    "##VSO[task.setvariable variable=A]1"
)
"""Azure and legacy GitHub commands and a GitLab section marker, all acted on mid-line."""
_COMMAND = re.compile(r"##vso\[|##\[|section_start:|section_end:", re.IGNORECASE)
_LINE_COMMAND = re.compile(r"^\s*::(?!stop-commands::|[0-9a-f]{32}::$)", re.MULTILINE)
"""A workflow command at a line's start; not our own `::stop-commands::` fence and its end."""
_FORMATS = ("terminal", "json", "sarif", "junit", "markdown", "gitlab", "html", "github")


def _no_ci_command(ran: Bounded, folder: Path) -> None:
    """Neither stream holds a command any CI would act on, apart from our own annotations."""
    for name, stream in (("stdout", ran.out), ("stderr", ran.err)):
        found = _COMMAND.search(stream)
        assert found is None, f"{name}: {stream[max(0, found.start() - 80) : found.end() + 80]!r}"
    ours = ("::error file=", "::warning file=", "::notice file=", "::notice title=")
    for line in ran.err.splitlines():
        assert not _LINE_COMMAND.match(line), line
    for line in ran.out.splitlines():
        if _LINE_COMMAND.match(line):
            assert line.startswith(ours), line


def _title(new: str, *extra: str) -> Builder:
    return edited_example(TITLE, f'judul: "{new}"', *TODAY, *extra)


def _config(text: str, *extra: str) -> Builder:
    """The ready example with `.kipp-check.yaml` holding `text` beside it."""

    def build(folder: Path) -> Invocation:
        proposal = ready_example(folder)
        (proposal.parent / ".kipp-check.yaml").write_text(text, encoding="utf-8")
        return Invocation([str(proposal), *TODAY, *extra], folder)

    return build


def _producer_letter(letter: Path) -> None:
    letter.write_bytes(pdf_samples.with_producer(pdf_bytes(["SURAT"]), CI_TEXT))


def _export(folder: Path) -> Invocation:
    invocation = _title(CI_TEXT)(folder)
    return Invocation(["export", invocation.args[0], "--format", "text"], folder)


def _siblings(folder: Path) -> Invocation:
    """50 sibling YAML files of 1 MiB and 480 empty PDFs beside one proposal."""
    proposal = ready_example(folder)
    line = "catatan: lampiran/bukan-ini.pdf " + "kata " * 200 + "\n"
    body = line * (1024 * 1024 // len(line))
    for number in range(50):
        (proposal.parent / f"lain-{number:02d}.yaml").write_text(body, encoding="utf-8")
    spare = proposal.parent / "lampiran" / "lain"
    spare.mkdir()
    for number in range(480):
        (spare / f"kosong-{number:03d}.pdf").write_bytes(b"")
    return Invocation([str(proposal), *TODAY, "--format", "json"], folder)


def _within(seconds: float) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert ran.seconds < seconds, f"{ran.seconds:.1f} s"

    return check


def _spellings(count: int) -> Builder:
    """One supporting PDF written `count` times under one aspect, each spelled differently."""

    def build(folder: Path) -> Invocation:
        proposal = ready_example(folder)
        text = proposal.read_text(encoding="utf-8")
        old = "    - lampiran/profil-masalah-adminduk-2020.pdf\n"
        assert old in text
        spelled = "".join(
            f"    - {'./' * n}lampiran/profil-masalah-adminduk-2020.pdf\n" for n in range(count)
        )
        proposal.write_text(text.replace(old, spelled, 1), encoding="utf-8")
        return Invocation([str(proposal), *TODAY, "--format", "json"], folder)

    return build


def _at_most_per_rule(limit: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        counts: dict[str, int] = {}
        for finding in json.loads(ran.out)["findings"]:
            counts[finding["rule_id"]] = counts.get(finding["rule_id"], 0) + 1
        assert max(counts.values(), default=0) <= limit, counts

    return check


def _bounded_output(limit: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        assert len(ran.out) < limit, f"{len(ran.out)} characters of output"

    return check


def _many_unreferenced(folder: Path) -> Invocation:
    """620 PDFs in the folder that nobody names: more than the walk keeps facts for."""
    proposal = ready_example(folder)
    spare = proposal.parent / "arsip"
    spare.mkdir()
    for number in range(620):
        (spare / f"lama-{number:03d}.pdf").write_bytes(b"")
    return Invocation([str(proposal), *TODAY, "--format", "json"], folder)


def _counted(rule: str, key: str, number: int) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        messages = [
            f["message"]
            for f in json.loads(ran.out)["findings"]
            if f["rule_id"] == rule and f["message_key"] == key
        ]
        assert len(messages) == 1 and f" {number} " in messages[0], messages

    return check


def _no_rule(rule: str) -> Check:
    def check(ran: Bounded, folder: Path) -> None:
        found = [f for f in json.loads(ran.out)["findings"] if f["rule_id"] == rule]
        assert not found, found

    return check


def _no_separator(ran: Bounded, folder: Path) -> None:
    assert "\u2028" not in ran.out + ran.err and "\u2029" not in ran.out + ran.err


def _inline_waiver(until: str) -> Builder:
    return edited_example(
        TITLE,
        f"{TITLE}  # kipp-check: abaikan ADM006 sampai {until} karena uji (oleh Tim)",
        *TODAY,
        "--format",
        "json",
    )


def _active_letter(kind: str) -> Callable[[Path], None]:
    """The identity letter, its catalogue given an open action that runs a script, an XFA
    form, or nothing (`kind` empty)."""

    def make(letter: Path) -> None:
        original = (Path(__file__).parents[2] / "examples" / "siap" / LETTER).read_bytes()
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(original)))
        if kind == "javascript":
            script = TextStringObject("app.launchURL('https://contoh.invalid');")
            action = {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): script}
            writer.root_object[NameObject("/OpenAction")] = DictionaryObject(action)
        elif kind == "xfa":
            form = {
                NameObject("/Fields"): ArrayObject(),
                NameObject("/XFA"): TextStringObject("<xdp:xdp/>"),
            }
            writer.root_object[NameObject("/AcroForm")] = DictionaryObject(form)
        out = io.BytesIO()
        writer.write(out)
        letter.write_bytes(out.getvalue())

    return make


UNTRUSTED_CI: list[Hazard] = [
    *(
        Hazard(
            "U40",
            f"azure-in-title-{fmt}",
            _title(CI_TEXT, "--format", fmt),
            code=0,
            check=_no_ci_command,
        )
        for fmt in _FORMATS
    ),
    Hazard(
        "U41",
        "commands-in-pdf-producer",
        with_letter(_producer_letter, "--format", "json"),
        code=0,
        check=_no_ci_command,
    ),
    Hazard(
        "U42",
        "config-pack-with-newlines",
        _config('pack: "kipp-20x\\n::error file=README.md::siap\\n##vso[task.complete]x"\n'),
        code=2,
        check=_no_ci_command,
    ),
    Hazard(
        "U43",
        "under-github-actions",
        edited_example(TITLE, f'judul: "{CI_TEXT}"', *TODAY, env={"GITHUB_ACTIONS": "true"}),
        code=0,
        check=_no_ci_command,
    ),
    Hazard("U44", "export-on-stdout", _export, code=0, check=_no_ci_command),
    Hazard("U50", "siblings-scanned-once", _siblings, code=0, check=_within(12.0)),
    Hazard(
        "U51",
        "one-pdf-many-spellings",
        _spellings(120),
        code=0,
        check=_at_most_per_rule(50),
    ),
    Hazard(
        "U52",
        "select-list-not-repeated",
        _config("select: [" + "ADM, " * 20_000 + "ADM]\n", "--format", "json"),
        code=0,
        check=_bounded_output(400_000),
    ),
    Hazard(
        "U53",
        "unreferenced-count-true",
        _many_unreferenced,
        code=0,
        rule="DOK011",
        key="dok.unreferenced.more",
        check=_counted("DOK011", "dok.unreferenced.more", 600),
    ),
    Hazard(
        "U65",
        "line-separator-escape",
        edited_example(TITLE, 'judul: "SIGAP\\LSistem\\PAdminduk"', *TODAY, "--format", "json"),
        rule="KC001",
        key="schema.hidden_character",
        check=_no_separator,
    ),
    Hazard(
        "U66",
        "inline-waiver-week-date",
        _inline_waiver("2025-W30"),
        code=0,
        rule="KC006",
        key="waiver.bad_date",
    ),
    Hazard(
        "U67",
        "config-waiver-timestamp",
        _config("waivers:\n  - {rule: ADM006, until: 1893456000, reason: uji, by: Tim}\n"),
        code=2,
    ),
    Hazard(
        "U70",
        "javascript-open-action",
        with_letter(_active_letter("javascript")),
        code=0,
        rule="DOK013",
        key="dok.active_content",
    ),
    Hazard(
        "U70",
        "xfa-form",
        with_letter(_active_letter("xfa")),
        code=0,
        rule="DOK013",
        key="dok.active_content",
    ),
    Hazard(
        "U70",
        "quiet-on-plain-letter",
        with_letter(_active_letter("")),
        code=0,
        check=_no_rule("DOK013"),
    ),
]
