"""DOK013: an attachment that runs something by itself when Acrobat opens it (issue 12)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from tests.support.checking import Case, a_pdf, rule_findings, run_case

LETTER = "lampiran/surat-identitas.pdf"
REPORT = "lampiran/laporan.pdf"
PLAIN = a_pdf("SURAT PERNYATAAN IDENTITAS INOVATOR SIPANDU")


def _with(data: bytes, entries: dict[str, object], *, on_page: bool = False) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    target = writer.pages[0] if on_page else writer.root_object
    for key, value in entries.items():
        target[NameObject(key)] = value
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _action(kind: str, **more: object) -> DictionaryObject:
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    for key, value in more.items():
        action[NameObject(f"/{key}")] = value
    return action


SCRIPT = _with(PLAIN, {"/OpenAction": _action("/JavaScript", JS=TextStringObject("app.alert(1)"))})
LAUNCH = _with(PLAIN, {"/OpenAction": _action("/Launch", F=TextStringObject("cmd.exe"))})
XFA = _with(
    PLAIN,
    {
        "/AcroForm": DictionaryObject(
            {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp/>")}
        )
    },
)
PAGE_AA = _with(
    PLAIN, {"/AA": DictionaryObject({NameObject("/O"): _action("/JavaScript")})}, on_page=True
)
GO_TO_PAGE = _with(PLAIN, {"/OpenAction": ArrayObject()})  # "show this page": harmless


def proposal() -> str:
    """The letter at line 3, the report at line 6."""
    return (
        "kelompok: umum\ndokumen:\n"
        f"  surat_identitas_inovator: {LETTER}\n"
        f"data_dukung:\n  signifikansi:\n    - {REPORT}\n"
    )


def _files(letter: bytes, report: bytes = PLAIN) -> tuple[tuple[str, bytes], ...]:
    return ((LETTER, letter), (REPORT, report))


CASES = [
    Case("DOK013", "plain letter and report", proposal(), (), files=_files(PLAIN)),
    Case("DOK013", "open action that only shows a page", proposal(), (), files=_files(GO_TO_PAGE)),
    Case("DOK013", "javascript on opening", proposal(), (3,), files=_files(SCRIPT)),
    Case("DOK013", "launch action", proposal(), (3,), files=_files(LAUNCH)),
    Case("DOK013", "xfa form", proposal(), (3,), files=_files(XFA)),
    Case(
        "DOK013", "page action in a supporting file", proposal(), (6,), files=_files(PLAIN, PAGE_AA)
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule_id}-{c.name}")
def test_active_content_rule(tmp_path: Path, case: Case) -> None:
    assert run_case(tmp_path, case) == list(case.lines)


def test_message_names_what_the_file_holds(tmp_path: Path) -> None:
    (found,) = rule_findings(tmp_path, proposal(), "DOK013", files=_files(SCRIPT))
    assert "JavaScript" in found.message and "aksi saat dibuka" in found.message
    assert found.severity.value == "warning"
