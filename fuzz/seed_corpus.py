"""Write the seed corpora of the fuzzers: `fuzz/corpus/yaml` and `fuzz/corpus/pdf`.

    python fuzz/seed_corpus.py

YAML seeds are the examples' proposals and the YAML fixtures of the hazard
corpus; PDF seeds are the undamaged seeds of the damaged-PDF corpus (the
examples' PDFs, their pypdf rewrites and the small hostile samples). The
corpora are generated, not committed (`fuzz/corpus/` is ignored).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hazards.cases_yaml import YAML  # noqa: E402
from tests.hazards.damaged import seeds  # noqa: E402


def main() -> None:
    yaml_dir, pdf_dir = ROOT / "fuzz" / "corpus" / "yaml", ROOT / "fuzz" / "corpus" / "pdf"
    yaml_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(ROOT.glob("examples/*/proposal.yaml")):
        (yaml_dir / f"{path.parent.name}.yaml").write_bytes(path.read_bytes())
    for hazard in YAML:
        if hazard.build is None:
            continue
        with tempfile.TemporaryDirectory() as temp:
            invocation = hazard.build(Path(temp))
            written = invocation.cwd / invocation.args[0]
            if written.stat().st_size <= 64 * 1024:  # the fuzzer mutates small inputs best
                (yaml_dir / f"{hazard.name}.yaml").write_bytes(written.read_bytes())
    for name, data in seeds():
        (pdf_dir / f"{name}.pdf").write_bytes(data)
    print(f"{len(list(yaml_dir.iterdir()))} YAML and {len(list(pdf_dir.iterdir()))} PDF seeds")


if __name__ == "__main__":
    main()
