"""A small proposals repository built from the bundled examples, the same for every format test.

`sample_repository(root)` lays out what a coordinator's repository looks like:

- `dinkes/`: the not-ready example, with an inline waiver (ADM007, valid) and
  an expired one (ADM004), and a config waiver (JDW004) in `.kipp-check.yaml`;
- `disdukcapil/` and `disdukcapil-salinan/`: the ready example twice, so the
  cross-proposal rules find the same title (ADM101) and the same letters (DOK101);
- `rusak/`: a proposal whose YAML cannot be read (KC000);
- `.kipp-check.yaml`: a severity override (VID rules as warnings) and the waiver.

Reports are made with `--today 2025-05-20` and relative paths, so every
format's output is the same bytes on every machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.cli import ROOT

TODAY = "2025-05-20"

CONFIG = """\
# Konfigurasi kipp-check untuk repositori proposal Pemerintah Kota Tirtarejo.
severity:
  VID: warning
waivers:
  - rule: JDW004
    proposal: dinkes
    until: 2025-12-31
    reason: usia inovasi dihitung sejak uji coba 2022, surat Kepala Dinas terlampir
    by: Kabag Organisasi Setda Kota Tirtarejo
"""

INLINE_WAIVER = (
    "judul: SI-ANTRI  # kipp-check: abaikan ADM007 sampai 2025-12-31 karena nama aplikasi "
    "resmi sesuai Perwali (oleh Kepala Dinas Kesehatan)"
)
EXPIRED_WAIVER = (
    "# kipp-check: ignore ADM004 until 2025-05-01 because theme text follows "
    "(by Kasubbag Perencanaan)"
)


def copy_example(example: str, target: Path) -> Path:
    """Copy `examples/<example>` (YAML and PDFs) to `target`; returns the proposal's path."""
    shutil.copytree(ROOT / "examples" / example, target)
    return target / "proposal.yaml"


def sample_repository(root: Path) -> Path:
    """Write the sample repository under `root`; returns `root`."""
    dinkes = copy_example("belum-siap", root / "dinkes")
    text = dinkes.read_text(encoding="utf-8")
    text = text.replace("judul: SI-ANTRI", INLINE_WAIVER, 1)
    text = text.replace('keselarasan_tema: ""', f'{EXPIRED_WAIVER}\nkeselarasan_tema: ""', 1)
    dinkes.write_text(text, encoding="utf-8")
    copy_example("siap", root / "disdukcapil")
    copy_example("siap", root / "disdukcapil-salinan")
    broken = root / "rusak" / "proposal.yaml"
    broken.parent.mkdir()
    broken.write_text("kompetisi: kipp-2025\njudul: [tidak ditutup\n", encoding="utf-8")
    (root / ".kipp-check.yaml").write_text(CONFIG, encoding="utf-8")
    return root
