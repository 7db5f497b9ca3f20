"""PDFs for the attachment tests, built at test time: hostile structures and special pages.

`pdfgen.pdf_bytes` writes ordinary text pages; this module adds what it does
not: hand-assembled objects for the hazards of `shared/design/hazards.md` §3
(bombs, nested filters, deep nesting, cyclic or huge page trees), scanned
pages (an image and no text), signature fields, metadata and encryption.
"""

from __future__ import annotations

import io
import random
import zlib

import pypdf
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
NESTED = b"[" * 50_000 + b"]" * 50_000
MM = 72 / 25.4


def raw_pdf(*objects: bytes, trailer: bytes = b"") -> bytes:
    """A PDF with `objects` numbered from 1 and a correct xref table."""
    body, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    return bytes(body + b"startxref\n%d\n%%%%EOF\n" % xref)


def one_page(pages_dict: bytes, *rest: bytes) -> bytes:
    """A catalog, the given `/Pages` dictionary body and further objects from number 3."""
    return raw_pdf(CATALOG, b"<< /Type /Pages %s >>" % pages_dict, *rest)


def stream(data: bytes, filters: int = 1) -> bytes:
    """A content stream compressed `filters` times with FlateDecode (a nested chain when >1)."""
    for _ in range(filters):
        data = zlib.compress(data, 9)
    names = b" ".join([b"/FlateDecode"] * filters)
    return b"<< /Length %d /Filter [%s] >>\nstream\n%s\nendstream" % (len(data), names, data)


def content_bomb(size: int = 300_000_000, filters: int = 1) -> bytes:
    """One page whose content stream inflates to `size` bytes of spaces (hazards P1, P2)."""
    page = PAGE.replace(b">>", b"/Contents 4 0 R >>")
    return one_page(b"/Kids [3 0 R] /Count 1", page, stream(b" " * size, filters))


def nested_filter_bomb() -> bytes:
    """Three FlateDecode filters, 200 MB once inflated; the file stays small (P2)."""
    return content_bomb(200_000_000, filters=3)


def deeply_nested() -> bytes:
    """A page-tree entry holding 50 000 nested arrays (P8: RecursionError in pypdf)."""
    return one_page(b"/Kids [3 0 R] /Count 1 /X " + NESTED, PAGE)


def cyclic_page_tree() -> bytes:
    """`/Pages` whose `/Kids` lists itself (P9)."""
    return one_page(b"/Kids [2 0 R] /Count 1", PAGE)


def huge_kids(count: int = 200_000) -> bytes:
    """A `/Kids` array with `count` entries, over pypdf's array limit (P9)."""
    return one_page(b"/Kids [%s] /Count 1" % (b" 3 0 R" * count), PAGE)


def _written(writer: pypdf.PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted(user_password: str, pages: int = 2) -> bytes:
    """Blank pages encrypted with AES-256; an empty user password opens without asking."""
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    writer.encrypt(user_password=user_password, owner_password="x", algorithm="AES-256")
    return _written(writer)


def scanned(pages: int = 1, side: int = 200) -> bytes:
    """Pages that only draw an image, as a scanner writes them: no font, no text layer.

    The image is `side` × `side` grey pixels of deterministic noise, stored
    uncompressed, so `side=1500` makes a scan-sized file of over 2 MB.
    """
    pixels = random.Random(side).randbytes(side * side)
    image = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray" % (
        side,
        side,
    )
    image += b" /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream" % (len(pixels), pixels)
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects = [image, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw)]
    kids = []
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 3 0 R >> >> >>"
        )
        kids.append(b"%d 0 R" % (len(objects) + 2))
    pages_dict = b"/Kids [%s] /Count %d" % (b" ".join(kids), pages)
    return one_page(pages_dict, *objects)


def with_signature_field(data: bytes, *, signed: bool) -> bytes:
    """`data` with a signature form field, holding a (dummy) signature value when `signed`."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject("Tanda tangan kepala dinas"),
        }
    )
    if signed:
        value = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Sig"),
                NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/M"): TextStringObject("D:20250512090000+07'00'"),
            }
        )
        field[NameObject("/V")] = writer._add_object(value)
    form = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([writer._add_object(field)]),
            NameObject("/SigFlags"): NumberObject(3),
        }
    )
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)
    return _written(writer)


def with_producer(data: bytes, producer: str) -> bytes:
    """`data` with `producer` in its document information."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Producer": producer})
    return _written(writer)
