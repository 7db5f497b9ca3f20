"""The dense-text corpus of issue 17: supporting data as real reports are, text on every page.

The first corpus (`bench.corpus`) attaches the example's short pages; a real
proposal attaches evaluation reports, regulations and SK scans of many pages
of dense text. Here every proposal is the ready example with its two letters
(1–2 pages each) and 3–8 supporting PDFs of 1–60 pages carrying about 450
words on every page, and every fifth proposal also attaches a 2–4 page scan
of noise images. The pages are written as an office suite writes them: the
text in a Flate-compressed content stream, one `Tj` per line, Helvetica.

Each supporting PDF is a file of its own (no hard links: a province's folder
holds no two equal reports), built from fixed seeds: the same arguments give
the same bytes.
"""

from __future__ import annotations

import random
import textwrap
import zlib
from pathlib import Path

from examples.build_pdfs import SIAP, WRAP

from bench.corpus import LETTERS, ProposalSet, localise, template_text, write_proposal
from bench.scans import write_scan

WORDS_PER_PAGE = 450
_LINE_CHARS = 95
_SCAN_EVERY = 5
_MAX_PAGES = 60
_KB = 1000


def build_dense_set(folder: Path, count: int, seed: int = 17) -> ProposalSet:
    """Write `count` dense proposals under `folder` (p0000, …): letters, reports, a scan."""
    rng = random.Random(seed)
    words = _vocabulary()
    template = template_text()
    pdfs = scans = size = 0
    for number in range(count):
        home = folder / f"p{number:04d}"
        attachments = home / "lampiran"
        attachments.mkdir(parents=True, exist_ok=True)
        attached: list[Path] = []
        for index in range(rng.randint(3, 8)):
            path = attachments / f"laporan-{index:02d}.pdf"
            pages = [_dense_page(rng, words) for _ in range(rng.randint(1, _MAX_PAGES))]
            path.write_bytes(dense_pdf(pages))
            attached.append(path)
        if number % _SCAN_EVERY == 0:
            path = attachments / "pindaian-sk.pdf"
            sizes = [rng.randint(1000 * _KB, 1500 * _KB) for _ in range(rng.randint(2, 4))]
            write_scan(path, page_bytes=sizes, seed=seed * 1000 + number)
            attached.append(path)
            scans += 1
        write_proposal(home, template, number, attached, letters=_letters(rng, number))
        pdfs += len(attached) + len(LETTERS)
        size += sum(p.stat().st_size for p in attachments.iterdir())
    return ProposalSet(folder, count, pdfs, scans, size)


def dense_pdf(pages: list[str]) -> bytes:
    """A PDF with one A4 page per item of `pages`, each a compressed stream of text lines."""
    objects: list[bytes] = [b"", b""]
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids: list[int] = []
    for text in pages:
        lines = [b"BT /F1 9 Tf 11 TL 50 800 Td"]
        lines += [b"(" + _escape(line) + b") Tj T*" for line in text.split("\n")]
        stream = zlib.compress(b"\n".join([*lines, b"ET"]), 6)
        header = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
        objects.append(header + stream + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kid_refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kid_refs, len(kids))
    body = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)


def _escape(line: str) -> bytes:
    """`line` as a PDF string's bytes (WinAnsi), its backslashes and parentheses escaped."""
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _vocabulary() -> list[str]:
    """The words of the example's supporting documents, the source of every dense page."""
    return " ".join(p for name, doc in SIAP.items() if name not in LETTERS for p in doc).split()


def _dense_page(rng: random.Random, words: list[str]) -> str:
    """About 450 words drawn from the example's text, as lines of at most 95 characters."""
    start = rng.randrange(len(words))
    chosen = [words[(start + i) % len(words)] for i in range(WORDS_PER_PAGE)]
    lines, line = [], ""
    for word in chosen:
        if line and len(line) + 1 + len(word) > _LINE_CHARS:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _letters(rng: random.Random, number: int) -> dict[str, bytes]:
    """The two letters of proposal `number`, each on one page or, half the time, on two.

    A two-page letter breaks at the blank line nearest its middle, so its
    closing and signature stay on the last page, where a signed letter has them.
    """
    out = {}
    for name in LETTERS:
        lines = _wrapped(localise("\n".join(SIAP[name]), number))
        if rng.random() < 0.5:
            blanks = [i for i, line in enumerate(lines) if not line]
            cut = min(blanks, key=lambda i: abs(i - len(lines) // 2))
            pages = ["\n".join(lines[:cut]), "\n".join(lines[cut + 1 :])]
        else:
            pages = ["\n".join(lines)]
        out[name] = dense_pdf(pages)
    return out


def _wrapped(text: str) -> list[str]:
    """`text` as the example's letters are printed: paragraphs wrapped at 90 characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, WRAP) or [""])
    return lines
