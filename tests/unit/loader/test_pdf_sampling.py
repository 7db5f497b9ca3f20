"""Page sampling (issue 17): which pages get a paper size and a layer, and which still get all.

A supporting file within the pack's size limit gets a size and a layer for
its first `SAMPLED_PAGES` pages only; the letters, and any file over the
limit (DOK003 counts its scanned pages), get them for every examined page.
Active content is still looked for on every examined page.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DictionaryObject, NameObject

from kipp_check.loader.attachments import (
    SAMPLED_PAGES,
    AttachmentRef,
    inspect_attachments,
    page_sample,
    text_plan,
)
from kipp_check.loader.pdf.text import _clean
from kipp_check.models.results import PdfFacts
from kipp_check.options import Limits
from tests.support.cli import ROOT, run_cli
from tests.support.pdf_samples import scanned
from tests.support.pdfgen import pdf_bytes

LETTER = "dokumen.surat_identitas_inovator"
EVIDENCE = "data_dukung.signifikansi[0]"
_BIG = 10**9


def _mixed(scans: int, texts: int, *, action_on: int | None = None) -> bytes:
    """`scans` image-only pages, then `texts` text pages; page `action_on` carries an `/AA`."""
    writer = pypdf.PdfWriter()
    for part in (scanned(scans), pdf_bytes([f"halaman {n}" for n in range(texts)])):
        for page in pypdf.PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    if action_on is not None:
        action = DictionaryObject({NameObject("/S"): NameObject("/Named")})
        writer.pages[action_on][NameObject("/AA")] = DictionaryObject({NameObject("/O"): action})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _inspect(tmp_path: Path, data: bytes, role: str, sample_upto: int | None) -> PdfFacts:
    (tmp_path / "berkas.pdf").write_bytes(data)
    limits = Limits()
    ref = AttachmentRef("berkas.pdf", role, text_plan(role, limits), sample_upto)
    facts = inspect_attachments(tmp_path, [ref], limits)[0]
    assert facts.problem == "", facts
    return facts


def test_a_supporting_file_within_the_limit_gets_its_first_pages_sampled(tmp_path: Path) -> None:
    facts = _inspect(tmp_path, _mixed(3, 11), EVIDENCE, page_sample(EVIDENCE, _BIG))
    assert facts.pages == 14
    assert facts.page_layers == ("image",) * 3 + ("text",) * (SAMPLED_PAGES - 3)
    assert facts.page_sizes == ("a4",) * SAMPLED_PAGES
    assert len(facts.page_images) == SAMPLED_PAGES


def test_a_short_file_is_examined_in_full_whatever_the_sample(tmp_path: Path) -> None:
    facts = _inspect(tmp_path, _mixed(1, 2), EVIDENCE, page_sample(EVIDENCE, _BIG))
    assert facts.page_layers == ("image", "text", "text")


def test_letters_get_every_page_whatever_their_size(tmp_path: Path) -> None:
    assert page_sample(LETTER, _BIG) is None
    facts = _inspect(tmp_path, _mixed(2, 12), LETTER, page_sample(LETTER, _BIG))
    assert facts.page_layers == ("image",) * 2 + ("text",) * 12
    assert len(facts.page_images) == facts.pages == 14  # DOK016 looks at the last page


def test_a_file_over_the_size_limit_gets_every_page(tmp_path: Path) -> None:
    data = _mixed(12, 2)
    facts = _inspect(tmp_path, data, EVIDENCE, page_sample(EVIDENCE, len(data) - 1))
    assert facts.page_layers == ("image",) * 12 + ("text",) * 2  # DOK003 counts the scans


def test_active_content_is_still_looked_for_on_every_examined_page(tmp_path: Path) -> None:
    facts = _inspect(tmp_path, _mixed(1, 13, action_on=12), EVIDENCE, _BIG)
    assert len(facts.page_layers) == SAMPLED_PAGES
    assert "additional_actions" in facts.active_content


def test_dok003_counts_every_scanned_page_of_a_long_file_over_the_limit(tmp_path: Path) -> None:
    home = tmp_path / "siap"
    shutil.copytree(ROOT / "examples" / "siap", home)
    scan = home / "lampiran" / "pindaian-panjang.pdf"
    scan.write_bytes(scanned(14, side=1500))  # one image shared by 14 pages: over 2 MB
    proposal = home / "proposal.yaml"
    text = proposal.read_text(encoding="utf-8")
    text = text.replace(
        "    - lampiran/laporan-evaluasi-dampak.pdf\n",
        "    - lampiran/laporan-evaluasi-dampak.pdf\n    - lampiran/pindaian-panjang.pdf\n",
    )
    proposal.write_text(text, encoding="utf-8")
    ran = run_cli(str(proposal), "--format", "json", "--lang", "en", "--today", "2025-05-20")
    assert ran.code == 0, ran  # DOK003 warns while the 2025 limit is not confirmed
    report = json.loads(ran.out)
    (attached,) = [a for a in report["attachments"] if a["path"].endswith("panjang.pdf")]
    assert attached["page_layers"] == ["image"] * 14
    (size,) = [f for f in report["findings"] if f["rule_id"] == "DOK003"]
    assert "14 of its 14 pages" in size["message"]


@pytest.mark.parametrize("text", ["".join(map(chr, range(128))), "a\r\nb\rc\x00d\x1fe\x7f"])
def test_ascii_text_is_cleaned_as_the_general_walk_cleans_it(text: str) -> None:
    import unicodedata

    walked = "".join(
        ch
        for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        if ch in "\n\t" or ch.isspace() or unicodedata.category(ch)[0] not in "CZ"
    )
    assert _clean(text) == walked
    assert _clean(text + "é\u200b") == walked + "é"  # the general walk still runs beside it
