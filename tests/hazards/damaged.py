"""A deterministic corpus of damaged PDFs, and proposals that attach them.

Seeds are the example proposals' PDFs (written by `tests/support/pdfgen`),
the same files rewritten by pypdf (object streams, cross-reference streams,
compressed content), and the small hostile samples of `pdf_samples`. Each
damaged file is one seed with one mutation: truncated, bits flipped, a chunk
deleted, duplicated or zeroed, or its cross-reference offsets shifted. The
same `seed` always gives the same files, so a failure is reproducible from
its name alone.
"""

from __future__ import annotations

import io
import os
import random
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pypdf

from tests.hazards.fixtures import LETTER
from tests.support import pdf_samples
from tests.support.cli import ROOT

Mutation = Callable[[bytes, random.Random], bytes]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(0, len(data))]


def _flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _chunk(data: bytes, rng: random.Random) -> tuple[int, int]:
    start = rng.randrange(len(data))
    return start, min(len(data), start + rng.randint(1, 2048))


def _delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start, end = _chunk(data, rng)
    return data[:start] + data[end:]


def _duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    start, end = _chunk(data, rng)
    return data[:end] + data[start:end] * rng.randint(1, 50) + data[end:]


def _zero_chunk(data: bytes, rng: random.Random) -> bytes:
    start, end = _chunk(data, rng)
    return data[:start] + bytes(end - start) + data[end:]


def _shift_offsets(data: bytes, rng: random.Random) -> bytes:
    """Rewrite every 10-digit xref offset by the same random amount: a lying xref table."""
    shift = rng.randint(-500, 500)
    out = bytearray()
    for line in data.splitlines(keepends=True):
        if len(line) >= 18 and line[:10].isdigit() and line[16:17] in b"nf":
            line = b"%010d" % max(0, int(line[:10]) + shift) + line[10:]
        out += line
    return bytes(out)


MUTATIONS: dict[str, Mutation] = {
    "truncate": _truncate,
    "flip": _flip_bits,
    "delete": _delete_chunk,
    "duplicate": _duplicate_chunk,
    "zero": _zero_chunk,
    "xref": _shift_offsets,
}


def _rewritten(data: bytes) -> bytes:
    """`data` as pypdf writes it: compressed content and object/xref streams."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.compress_identical_objects()
    for page in writer.pages:
        page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@cache
def seeds() -> tuple[tuple[str, bytes], ...]:
    """The undamaged seed files, by name, in a fixed order."""
    found: list[tuple[str, bytes]] = []
    for path in sorted((ROOT / "examples").glob("*/lampiran/*.pdf")):
        data = path.read_bytes()
        found.append((f"{path.parent.parent.name}-{path.stem}", data))
        found.append((f"{path.parent.parent.name}-{path.stem}-pypdf", _rewritten(data)))
    found += [
        ("cyclic-pages", pdf_samples.cyclic_page_tree()),
        ("deep-nesting", pdf_samples.deeply_nested()),
        ("scanned", pdf_samples.scanned(pages=2, side=64)),
        ("encrypted", pdf_samples.encrypted("")),
        ("small-bomb", pdf_samples.content_bomb(size=2_000_000)),
    ]
    return tuple(found)


def damaged(count: int, seed: int = 6) -> list[tuple[str, bytes]]:
    """`count` damaged files, each named `<seed file>.<mutation>.<n>`; deterministic in `seed`."""
    rng = random.Random(seed)
    bases = seeds()
    out: list[tuple[str, bytes]] = []
    for number in range(count):
        base_name, data = bases[number % len(bases)]
        kind = sorted(MUTATIONS)[rng.randrange(len(MUTATIONS))]
        out.append((f"{base_name}.{kind}.{number}", MUTATIONS[kind](data, rng)))
    return out


def write_proposals(root: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """One copy of the ready example per file under `root`, the file as its identity letter.

    The other attachments are hard links to the example's PDFs (symbolic
    links would be refused as leaving the folder), so a corpus of hundreds
    of proposals costs little disk.
    """
    example = ROOT / "examples" / "siap"
    proposals: list[Path] = []
    for name, data in files:
        folder = root / name
        (folder / "lampiran").mkdir(parents=True)
        shutil.copy(example / "proposal.yaml", folder / "proposal.yaml")
        for pdf in (example / "lampiran").glob("*.pdf"):
            os.link(pdf, folder / "lampiran" / pdf.name)
        (folder / LETTER).unlink()
        (folder / LETTER).write_bytes(data)
        proposals.append(folder / "proposal.yaml")
    return proposals
