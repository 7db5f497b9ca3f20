"""Image-heavy "scanned" PDFs: one large, incompressible image per page, written as a stream.

A scanned letter or report is mostly image data: a few structure objects and
megabytes of pixels. Random pixels are the honest worst case (nothing
compresses them), and writing them as FlateDecode "stored" blocks keeps the
file a valid PDF that every reader, pypdf and `qpdf --check` alike, can decode.
The file is written page by page, so a 200 MB PDF never sits in memory.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path
from typing import BinaryIO

A4_POINTS = (595, 842)
_WIDTH = 2048
"""Image width in pixels (grey, 8 bits): one row is 2 KiB."""


def write_scan(path: Path, *, page_bytes: list[int], seed: int) -> int:
    """Write a scanned PDF with one image of about `page_bytes[i]` bytes on page i.

    The pixels come from `random.Random(seed)`, so the same arguments give the
    same file. Returns the size of the file in bytes.
    """
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    offsets: list[int] = []
    pages = len(page_bytes)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(pages))
    with path.open("wb") as out:
        out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        _object(out, offsets, b"<< /Type /Catalog /Pages 2 0 R >>")
        _object(out, offsets, f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
        for index, size in enumerate(page_bytes):
            _page(out, offsets, index, rows=max(1, size // _WIDTH), rng=rng)
        xref = out.tell()
        out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
        out.writelines(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
        trailer = f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        out.write(trailer.encode())
        return out.tell()


def _page(out: BinaryIO, offsets: list[int], index: int, *, rows: int, rng: random.Random) -> None:
    """Page `index`: the page object, its content stream, and its image (objects 3+3i..5+3i)."""
    page_id = 3 + 3 * index
    width, height = A4_POINTS
    resources = f"/Resources << /XObject << /Im0 {page_id + 2} 0 R >> >>"
    page = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] "
    page += f"/Contents {page_id + 1} 0 R {resources} >>"
    _object(out, offsets, page.encode())
    content = f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q".encode()
    _object(out, offsets, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    pixels = rng.randbytes(_WIDTH * rows)
    data = zlib.compress(pixels, 0)  # "stored": valid Flate, as big as the pixels
    header = (
        f"<< /Type /XObject /Subtype /Image /Width {_WIDTH} /Height {rows} "
        f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "
        f"/Length {len(data)} >>\nstream\n"
    ).encode()
    _object(out, offsets, header + data + b"\nendstream")


def _object(out: BinaryIO, offsets: list[int], body: bytes) -> None:
    """Append the next numbered object, recording its offset for the cross-reference table."""
    offsets.append(out.tell())
    out.write(b"%d 0 obj\n" % len(offsets) + body + b"\nendobj\n")
