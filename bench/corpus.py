"""A realistic, reproducible corpus: many proposals, their letters and their supporting PDFs.

Each proposal is the bundled ready example (`examples/siap`) made into its own
innovation: a numbered title, its own regency (five proposals per regency, so
no quota is crossed), its own two letters naming both, and 3 to 8 supporting
PDFs drawn from a pool of text reports (1 to 60 pages) and image-heavy scans
(several MB). Every fifth proposal names a category that does not exist, so
a batch holds ready and not-ready proposals, as a province's folder would.

Pool files are hard-linked into each proposal's `lampiran/` (copied where
links are not possible): a 1,000-proposal corpus then costs tens of MB of
disk, while every proposal still reads its files through its own paths.
Everything comes from fixed seeds: the same arguments give the same bytes.
"""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from examples.build_pdfs import SIAP, SIGAP, WRAP
from tests.support.pdfgen import pdf_bytes

from bench.scans import write_scan

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "examples" / "siap" / "proposal.yaml"
LETTERS = ("surat-pernyataan-identitas-inovator.pdf", "surat-kesediaan-replikasi.pdf")
ASPECTS_WITH_DATA = (
    "latar_belakang_tujuan",
    "kebaruan",
    "implementasi",
    "signifikansi",
    "adaptabilitas",
    "sumber_daya",
    "strategi_keberlanjutan",
)
_REPORT_PAGES = (1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 60)
_TEXT_REPORTS, _SCANS = 34, 6
"""Pool sizes: about one supporting PDF in seven is a scan."""
_MB = 1_000_000
_DATA_START, _DATA_END = "data_dukung:\n", "\n# Dua surat wajib"
_NOT_READY_EVERY = 5


@dataclass(frozen=True)
class ProposalSet:
    """A folder of `count` proposal folders, with what they attach."""

    folder: Path
    count: int
    pdfs: int
    scans: int
    pdf_bytes: int


def build_pool(folder: Path, seed: int = 7) -> list[Path]:
    """Write the pool of supporting PDFs: text reports, then scans; returns their paths."""
    rng = random.Random(seed)
    pages = [p for name, doc in SIAP.items() if name not in LETTERS for p in doc]
    folder.mkdir(parents=True, exist_ok=True)
    pool: list[Path] = []
    for index in range(_TEXT_REPORTS):
        count = rng.choice(_REPORT_PAGES)
        report = [pages[(index + i) % len(pages)] for i in range(count)]
        path = folder / f"laporan-{index:02d}.pdf"
        path.write_bytes(pdf_bytes(report, wrap=WRAP))
        pool.append(path)
    for index in range(_SCANS):
        sizes = [rng.randint(1 * _MB, 3 * _MB // 2) for _ in range(rng.randint(1, 6))]
        path = folder / f"pindaian-{index:02d}.pdf"
        write_scan(path, page_bytes=sizes, seed=seed * 100 + index)
        pool.append(path)
    return pool


def template_text() -> str:
    """The ready example's YAML, which every proposal of a corpus is made from."""
    return TEMPLATE.read_text(encoding="utf-8")


def build_set(folder: Path, count: int, pool: list[Path], seed: int = 11) -> ProposalSet:
    """Write `count` proposals under `folder` (p0000, …); any count starts with the same ones."""
    template = template_text()
    rng = random.Random(seed)
    pdfs = scans = size = 0
    for number in range(count):
        picks = rng.sample(pool, rng.randint(3, 8))
        home = folder / f"p{number:04d}"
        write_proposal(home, template, number, picks)
        pdfs += len(picks) + len(LETTERS)
        scans += sum(1 for p in picks if p.name.startswith("pindaian"))
        size += sum(p.stat().st_size for p in picks)
        size += sum((home / "lampiran" / name).stat().st_size for name in LETTERS)
    return ProposalSet(folder, count, pdfs, scans, size)


def build_big(folder: Path, pool: list[Path], *, megabytes: int, seed: int = 13) -> Path:
    """One proposal whose supporting data includes a scan of `megabytes` MB; returns its YAML."""
    scan = folder / "lampiran" / f"pindaian-{megabytes}mb.pdf"
    pages, rest = divmod(megabytes * _MB, 8 * _MB)
    write_scan(scan, page_bytes=[8 * _MB] * pages + ([rest] if rest else []), seed=seed)
    template = template_text()
    return write_proposal(folder, template, 10_000, [*pool[:3], scan])


def write_proposal(
    home: Path,
    template: str,
    number: int,
    attached: list[Path],
    *,
    letters: dict[str, bytes] | None = None,
) -> Path:
    """Write one proposal folder: its YAML, its two letters, links to its supporting PDFs.

    `letters` gives the letters' bytes by file name; by default they are the
    example's, naming proposal `number`.
    """
    attachments = home / "lampiran"
    attachments.mkdir(parents=True, exist_ok=True)
    for name in LETTERS:
        if letters is None:
            letter = [localise(page, number) for page in SIAP[name]]
            (attachments / name).write_bytes(pdf_bytes(letter, wrap=WRAP))
        else:
            (attachments / name).write_bytes(letters[name])
    for source in attached:
        _link(source, attachments / source.name)
    text = localise(template, number)
    if number % _NOT_READY_EVERY == _NOT_READY_EVERY - 1:
        text = text.replace("kategori: transformasi_digital", "kategori: digitalisasi_layanan")
    head, _, tail = text.partition(_DATA_START)
    _, _, tail = tail.partition(_DATA_END)
    proposal = home / "proposal.yaml"
    proposal.write_text(head + _supporting_data(attached) + _DATA_END + tail, encoding="utf-8")
    return proposal


def _supporting_data(attached: list[Path]) -> str:
    """The `data_dukung:` block: files spread over the aspects that need supporting data."""
    by_aspect: dict[str, list[str]] = {}
    for index, path in enumerate(attached):
        aspect = ASPECTS_WITH_DATA[index % len(ASPECTS_WITH_DATA)]
        by_aspect.setdefault(aspect, []).append(f"lampiran/{path.name}")
    lines = [_DATA_START.rstrip("\n")]
    for aspect in ASPECTS_WITH_DATA:
        if aspect in by_aspect:
            lines.append(f"  {aspect}:")
            lines.extend(f"    - {item}" for item in by_aspect[aspect])
    return "\n".join(lines) + "\n"


def localise(text: str, number: int) -> str:
    """The example's text made into proposal `number`: its own title and regency."""
    regency = f"{number // 5 + 1:03d}"
    title = SIGAP.replace("SIGAP", f"SIGAP-{number:04d}", 1)
    text = text.replace(SIGAP, title)
    return text.replace("Sekala Raya", f"Sekala Raya {regency}").replace(
        "SEKALA RAYA", f"SEKALA RAYA {regency}"
    )


def _link(source: Path, target: Path) -> None:
    """Hard-link `source` to `target`, or copy it where the file system cannot link."""
    if target == source:
        return
    if target.exists():
        target.unlink()
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
