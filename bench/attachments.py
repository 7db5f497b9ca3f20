"""What isolating PDF reading costs: 20 ordinary PDFs, before and after issue #3.

    python bench/attachments.py            # 21 runs of each variant
    python bench/attachments.py --runs 51

Variants, each timed as the median of several runs over the same 20 files
(two letters and 18 supporting PDFs of 1–6 text pages, as `pdfgen` writes them):

- `basic, in-process`: what the loader did before issue #3 — path checks, a
  bounded read, SHA-256, `%PDF-` check, then pypdf in this process to count pages;
- `isolated, no text`: the new path (a worker pool, page sizes and text layers,
  signature field, producer) with no text extracted;
- `isolated, rules' text`: the new path as `load_proposal` runs it, with the text
  the content rules read (letters: 5 pages / 20 000 characters; others: 2 / 4 000);
- `text alone, in-process`: extracting exactly that text in this process, i.e.
  the cost of the text the rules need.

The issue asks that `isolated, rules' text` − `basic` stay within `text alone`.
Timings depend on the machine; no test asserts them.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `tests` importable
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402
from tests.support.pdfgen import pdf_bytes  # noqa: E402

from kipp_check.loader.attachments import (  # noqa: E402
    AttachmentRef,
    _inspect,
    _Learned,
    inspect_attachments,
    text_plan,
)
from kipp_check.loader.pdf.reading import quiet_pypdf  # noqa: E402
from kipp_check.loader.pdf.text import TextPlan, extract_pages  # noqa: E402
from kipp_check.loader.regular_file import open_checked  # noqa: E402
from kipp_check.options import Limits  # noqa: E402

_PARAGRAPH = (
    "Inovasi ini memangkas waktu layanan administrasi kependudukan dari empat belas hari "
    "menjadi tiga hari melalui gerai di kantor desa yang terhubung dengan sistem pusat. "
    "Petugas desa memverifikasi berkas, mengunggah pindaian, dan menyerahkan dokumen jadi. "
)


def build_folder(folder: Path) -> list[AttachmentRef]:
    """Two letters and 18 supporting PDFs of 1–6 pages; returns what a proposal would attach."""
    refs = []
    for index in range(20):
        role = (
            ("dokumen.surat_identitas_inovator", "dokumen.surat_kesediaan_replikasi")[index]
            if index < 2
            else f"data_dukung.signifikansi[{index - 2}]"
        )
        pages = 1 if index < 2 else 1 + index % 6
        texts = [f"Dokumen {index}, halaman {n + 1}\n" + _PARAGRAPH * 6 for n in range(pages)]
        name = f"lampiran/berkas-{index:02d}.pdf"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(pdf_bytes(texts))
        refs.append(AttachmentRef(name, role, text_plan(role, Limits())))
    return refs


def basic_in_process(folder: Path, refs: list[AttachmentRef], limits: Limits) -> None:
    """The inspection before issue #3: checked read, hash, magic, pypdf page count in-process."""
    for ref in refs:
        checked = _inspect(folder, ref.path, limits, _Learned())
        with quiet_pypdf(), open_checked(checked) as stream:
            reader = PdfReader(stream, strict=False)
            _ = reader.is_encrypted
            len(reader.pages)


def isolated(folder: Path, refs: list[AttachmentRef], limits: Limits, text: bool) -> None:
    """The new inspection through the worker pool, with or without the rules' text."""
    wanted = refs if text else [AttachmentRef(r.path, r.role, TextPlan()) for r in refs]
    facts = inspect_attachments(folder, wanted, limits)
    assert not any(f.problem for f in facts), [f.problem for f in facts]


def text_alone(folder: Path, refs: list[AttachmentRef], limits: Limits) -> None:
    """Only the text the rules read, extracted in this process from already-read bytes."""
    for ref, data in zip(refs, _DATA[folder], strict=True):
        with quiet_pypdf():
            extract_pages(PdfReader(io.BytesIO(data), strict=False), ref.text)


_DATA: dict[Path, list[bytes]] = {}


@dataclass(frozen=True)
class Timing:
    """Milliseconds over the runs: wall clock (median, fastest, slowest) and median CPU time.

    CPU time counts this process and the workers it reaped, so it shows the
    work a variant does even when other processes compete for the cores.
    """

    median: float
    fastest: float
    slowest: float
    cpu: float


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(variants: list[tuple[str, Callable[[], None]]], runs: int) -> list[tuple[str, Timing]]:
    """Time every variant `runs` times, interleaved, after one warm-up run of each.

    Interleaving (A B C, A B C, …) spreads any load from other processes over
    all variants alike, so their medians stay comparable on a busy machine.
    """
    for _, action in variants:
        action()
    walls: list[list[float]] = [[] for _ in variants]
    cpus: list[list[float]] = [[] for _ in variants]
    for _ in range(runs):
        for index, (_, action) in enumerate(variants):
            started, cpu = time.perf_counter(), _cpu_seconds()
            action()
            walls[index].append((time.perf_counter() - started) * 1000)
            cpus[index].append((_cpu_seconds() - cpu) * 1000)
    return [
        (name, Timing(statistics.median(w), min(w), max(w), statistics.median(c)))
        for (name, _), w, c in zip(variants, walls, cpus, strict=True)
    ]


def _median(timing: Timing) -> float:
    return timing.median


def _fastest(timing: Timing) -> float:
    return timing.fastest


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table of the variants and the issue's comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per variant (median)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kipp-bench-") as tmp:
        folder = Path(tmp)
        refs = build_folder(folder)
        _DATA[folder] = [(folder / r.path).read_bytes() for r in refs]
        default = Limits()
        variants: list[tuple[str, Callable[[], None]]] = [
            ("basic, in-process (before)", lambda: basic_in_process(folder, refs, default)),
            ("isolated, no text", lambda: isolated(folder, refs, default, text=False)),
            ("isolated, rules' text", lambda: isolated(folder, refs, default, text=True)),
            (
                "isolated, rules' text, 1 worker",
                lambda: isolated(folder, refs, Limits(pdf_workers=1), text=True),
            ),
            ("text alone, in-process", lambda: text_alone(folder, refs, default)),
        ]
        rows = timed(variants, args.runs)
    size = sum(len(data) for files in _DATA.values() for data in files)
    print(f"20 PDFs ({size // 1024} KiB), {args.runs} interleaved runs of each variant\n")
    print("| variant | median ms | fastest | slowest | CPU ms (median) |")
    print("|---|---:|---:|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t.median:.1f} | {t.fastest:.1f} | {t.slowest:.1f} | {t.cpu:.1f} |")
    print()
    for label, pick in (("median", _median), ("fastest", _fastest)):
        figures = {name: pick(timing) for name, timing in rows}
        extra = figures["isolated, rules' text"] - figures["basic, in-process (before)"]
        budget = figures["text alone, in-process"]
        verdict = "within" if extra <= budget else "OVER"
        print(
            f"{label}: isolated with text − basic = {extra:.1f} ms; text alone = {budget:.1f} ms"
            f" ({verdict})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
