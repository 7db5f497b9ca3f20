"""Hypothesis strategies for proposal files: YAML built from parts, and mutated real files.

The documents mix the proposal's real keys (so generated values reach the
schema and the rules) with near misses and hostile text: control, bidi and
zero-width characters, lone surrogates, rich markup, workflow commands,
YAML 1.1 traps, tags, anchors and very deep or very long values.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from tests.support.cli import ROOT

KEYS = (
    "kompetisi", "kelompok", "judul", "kategori", "keselarasan_tema", "instansi", "nama",
    "jenis", "zona_waktu", "inovator", "jabatan", "kontak", "email", "telepon",
    "mulai_implementasi", "rencana_pengajuan", "proposal", "ringkasan", "data_dukung",
    "signifikansi", "dokumen", "surat_identitas_inovator", "video", "tautan", "durasi",
    "resolusi", "bahasa", "takarir", "judu1", "tіtle", "<<", "on", "~",
)  # fmt: skip
HOSTILE = (
    "\x1b]0;pwned\x07", "\x1b[2J", "\u202e", "\u200b", "\ufeff", "\x85", "[/]", "[bold red]",
    "::error::x", "%0A", "no", "010", "1:20", "2024-02-30", ".nan", "!!python/name:os.system",
    "&a", "*a", "../../etc/passwd", "/dev/zero", "lampiran/surat.pdf", "kipp-2025", "umum",
)  # fmt: skip

_CHARS = st.characters(codec=None, exclude_categories=())
text = st.one_of(
    st.text(_CHARS, max_size=30),
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE), max_size=4).map("".join),
)


def _quoted(value: str) -> str:
    """A double-quoted YAML scalar holding exactly `value` (surrogates and controls escaped)."""
    out = []
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _scalar(value: str | int | bool | None, plain: bool) -> str:
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return value if plain and value and "\n" not in value else _quoted(value)


def _emit(node: Any, plain: bool, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(node, dict):
        if not node:
            return "{}"
        return "".join(
            f"\n{pad}{_quoted(str(k))}: {_emit(v, plain, indent + 1)}" for k, v in node.items()
        )
    if isinstance(node, list):
        return "[" + ", ".join(_emit(item, False, indent) for item in node) + "]"
    return _scalar(node, plain)


leaves = st.one_of(text, st.integers(-(10**30), 10**30), st.booleans(), st.none())
trees = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), text), children, max_size=5),
    ),
    max_leaves=25,
)


@st.composite
def yaml_documents(draw: st.DrawFn) -> bytes:
    """A proposal-like mapping, written as YAML with plain or quoted scalars."""
    root = draw(st.dictionaries(st.sampled_from(KEYS), trees, min_size=1, max_size=8))
    return _emit(root, draw(st.booleans())).lstrip("\n").encode("utf-8", "surrogatepass")


EXAMPLE = (ROOT / "examples" / "siap" / "proposal.yaml").read_bytes()


@st.composite
def mutated_proposals(draw: st.DrawFn) -> bytes:
    """The ready example's bytes with a few splices: deletions, insertions, overwrites."""
    data = bytearray(EXAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.one_of(st.binary(max_size=20), st.sampled_from(HOSTILE).map(str.encode)))
        data[at : at + cut] = insert
    return bytes(data)
