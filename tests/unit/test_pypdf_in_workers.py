"""pypdf is imported where PDFs are parsed: not in a one-proposal run's main process.

Importing pypdf costs about 50 ms, a tenth of checking the ready example
(issue 17). A one-proposal run's main process only makes jobs and reads the
answers (`loader/pdf/job.py`); its PDF workers import pypdf themselves. A
batch imports it once before forking its workers, so each inherits it. Each
run is a fresh interpreter, asked what it imported.
"""

from __future__ import annotations

import json

from tests.support.cli import imports_of_a_run


def _run(*args: str) -> tuple[int, bool, str]:
    """Exit code, whether the main process imported pypdf, and standard output."""
    code, modules, out = imports_of_a_run(*args)
    return code, "pypdf" in modules, out


def test_a_one_proposal_json_run_reads_its_pdfs_without_importing_pypdf() -> None:
    code, imported, out = _run(
        "examples/siap/proposal.yaml", "--today", "2025-05-20", "--format", "json"
    )
    assert code == 0, out
    assert not imported
    attachments = json.loads(out)["attachments"]
    assert attachments and all(a["pages"] for a in attachments)  # the workers did read them


def test_a_batch_imports_pypdf_before_forking_its_workers() -> None:
    """The probe sees pypdf when the main process has it, so the test above can fail."""
    code, imported, _ = _run("examples/siap", "--today", "2025-05-20", "--jobs", "1")
    assert code == 0
    assert imported
