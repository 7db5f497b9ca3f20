"""Hostile PDFs not covered by `tests/support/pdf_samples`: hazards P3–P7 and P13–P16.

Each builder returns the bytes of a small file that is expensive, looping or
malformed for a PDF reader. They are built by hand (raw objects and a
correct cross-reference table) so that the hostile part is exactly the one
the hazard names and nothing else is broken.
"""

from __future__ import annotations

import zlib

from pypdf._codecs._codecs import LzwCodec

from tests.support import pdf_samples
from tests.support.pdfgen import pdf_bytes

PAGE_WITH_CONTENT = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
KIDS = b"/Kids [3 0 R] /Count 1"


def _page_with(stream_object: bytes) -> bytes:
    return pdf_samples.one_page(KIDS, PAGE_WITH_CONTENT, stream_object)


def lzw_bomb(cycles: int = 12) -> bytes:
    """An LZWDecode stream of ~70 KB that decodes to ~88 MB of zeros (P3).

    Each table cycle is the code stream an encoder writes for a run of one
    byte: the literal, then every new code in turn (258, 259, … 4095), each
    one byte longer than the last, and a clear-table code to start again.
    """
    cycle = [LzwCodec.CLEAR_TABLE_MARKER, 0, *range(258, 4096)]
    codes = [*(cycle * cycles), LzwCodec.EOD_MARKER]
    data = LzwCodec()._pack_codes_into_bytes(codes)
    return _page_with(
        b"<< /Length %d /Filter /LZWDecode >>\nstream\n%s\nendstream" % (len(data), data)
    )


def run_length_bomb(megabytes: int = 90) -> bytes:
    """A RunLengthDecode stream: every 2 bytes repeat one byte 128 times (P4)."""
    data = b"\x81 " * (megabytes * 1024 * 1024 // 128) + b"\x80"
    return _page_with(
        b"<< /Length %d /Filter /RunLengthDecode >>\nstream\n%s\nendstream" % (len(data), data)
    )


def absurd_length() -> bytes:
    """A content stream that declares a length of a terabyte (P5)."""
    return _page_with(b"<< /Length 999999999999 >>\nstream\nBT ET\nendstream")


def inline_image_without_end() -> bytes:
    """An inline image whose `EI` never comes (P6: a known loop class)."""
    content = (
        b"BT /F1 12 Tf (Surat) Tj ET\nBI /W 100 /H 100 /BPC 8 /CS /G ID " + b"\x00\xff" * 40_000
    )
    compressed = zlib.compress(content)
    return _page_with(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
        % (len(compressed), compressed)
    )


def prev_cycle() -> bytes:
    """A cross-reference section whose `/Prev` points back to itself (P6, CVE-2026-27628)."""
    body = pdf_samples.one_page(KIDS, pdf_samples.PAGE)
    start = body.rindex(b"startxref\n") + len(b"startxref\n")
    xref_at = int(body[start:].split(b"\n", 1)[0])
    return body.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref_at)


def startxref_whitespace() -> bytes:
    """A wrong `startxref` followed by 3 MB of whitespace (P7, CVE-2026-22691)."""
    body = pdf_samples.one_page(KIDS, pdf_samples.PAGE)
    head = body[: body.rindex(b"startxref")]
    return head + b"startxref\n999999\n" + b" " * 3_000_000 + b"\n%%EOF\n"


def missing_root() -> bytes:
    """A trailer with no `/Root` and an absurd `/Size` (P7, CVE-2026-22690)."""
    body = pdf_samples.one_page(KIDS, pdf_samples.PAGE)
    return body.replace(b"/Size 4 /Root 1 0 R", b"/Size 2000000000")


def xmp_entity_bomb() -> bytes:
    """Document metadata (XMP) with nested entity declarations: XML billion laughs (P13)."""
    entities = b'<!ENTITY a0 "lol">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE x [' + entities + b"]>"
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><r>&a9;</r></x:xmpmeta>'
    )
    catalog = b"<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>"
    meta = b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream" % (
        len(xml),
        xml,
    )
    return pdf_samples.raw_pdf(catalog, b"<< /Type /Pages " + KIDS + b" >>", pdf_samples.PAGE, meta)


def warning_flood(objects: int = 20_000) -> bytes:
    """Thousands of objects defined twice and a cross-reference table that lies (P14)."""
    twice = [b"<< /N %d >>" % i for i in range(objects)]
    body = pdf_samples.one_page(KIDS, pdf_samples.PAGE, *twice, *twice)
    return body.replace(b"0000000", b"9999999")


def text_flood(runs: int = 100_000) -> bytes:
    """One page whose content shows `runs` tiny text runs: costly extraction (P15)."""
    content = b"BT /F1 1 Tf " + b"(x) Tj 0 -0.001 Td " * runs + b"ET"
    compressed = zlib.compress(content, 9)
    page = PAGE_WITH_CONTENT.replace(b">>", b"/Resources << /Font << /F1 5 0 R >> >> >>")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        len(compressed),
        compressed,
    )
    return pdf_samples.one_page(KIDS, page, stream, font)


def wrong_types() -> bytes:
    """Objects of the wrong type where pypdf expects others: `/Kids 5`, letters in a box (P16)."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 a b] /Rotate /X /Contents 7 >>"
    return pdf_samples.one_page(b"/Kids [3 0 R 5] /Count (two)", page)


def truncated() -> bytes:
    """A real letter cut in half (P10)."""
    whole = pdf_bytes(["PEMERINTAH KABUPATEN SEKALA RAYA\nSurat pernyataan identitas inovator."])
    return whole[: len(whole) // 2]
