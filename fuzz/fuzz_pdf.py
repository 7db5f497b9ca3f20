"""Atheris entry point: arbitrary bytes as a PDF, through the code a PDF worker runs.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_pdf.py fuzz/corpus/pdf -max_total_time=600 -timeout=30 -rss_limit_mb=2048

`read_pdf` is the whole of a worker's job: pypdf opens the bytes (non-strict),
counts and measures pages, looks for signatures, reads the producer and the
text the rules use. Its contract is to never raise: every failure becomes a
`problem` key of the message catalogue. Hangs and memory blow-ups are
libFuzzer's `-timeout` and `-rss_limit_mb` (in the CLI, the worker's own caps
catch them). Seed corpus: `python fuzz/seed_corpus.py` writes the damaged-PDF
seeds there.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from kipp_check.i18n import has
    from kipp_check.loader.pdf.reading import PdfJob, read_pdf
    from kipp_check.loader.pdf.text import TextPlan

_PLAN = TextPlan(5, 20_000)


def test_one_input(data: bytes) -> None:
    reading = read_pdf(PdfJob(data, _PLAN, 200))
    if reading.problem and not has(reading.problem):
        raise AssertionError(f"problem {reading.problem!r} is not in the message catalogue")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
