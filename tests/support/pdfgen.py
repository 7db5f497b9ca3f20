"""A tiny PDF writer for tests and examples: real text layers, no binary blobs in the repo.

It writes Helvetica text (WinAnsi, so Indonesian Latin text is fine) on A4 pages
with a correct cross-reference table, which pypdf opens in strict mode.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

A4 = (595, 842)


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_stream(lines: list[str]) -> bytes:
    out = [b"BT /F1 11 Tf 14 TL 56 790 Td"]
    out.extend(b"(" + _escape(line) + b") Tj T*" for line in lines)
    out.append(b"ET")
    return b"\n".join(out)


def pdf_bytes(pages: list[str], *, wrap: int = 90, size: tuple[int, int] = A4) -> bytes:
    """Return a PDF with one page per item of `pages`, each wrapped at `wrap` characters."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages; filled below
    font_id = 3
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids: list[int] = []
    for text in pages:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(textwrap.wrap(paragraph, wrap) or [""])
        stream = _page_stream(lines[:52])
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (size[0], size[1], content_id, font_id)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kid_refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kid_refs, len(kids))
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        body += b"%010d 00000 n \n" % off
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)


def write_pdf(path: Path, pages: list[str], *, wrap: int = 90) -> Path:
    """Write `pdf_bytes(pages)` to `path`, creating folders; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, wrap=wrap))
    return path
