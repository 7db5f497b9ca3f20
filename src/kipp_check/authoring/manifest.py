"""The submission manifest: each checked file with its SHA-256, the pack and the tool version.

A coordinator keeps it beside the check report to prove which bytes were
checked. The plain-text form is `sha256sum`'s own format, headed by `#`
comment lines, so `sha256sum -c` in the proposal's folder verifies it as it is.
Nothing in it depends on the clock: the same files give the same manifest.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kipp_check import __version__
from kipp_check.authoring.paste_render import ExportMeta, escape_markdown
from kipp_check.i18n import text
from kipp_check.models.results import PdfFacts

_CHUNK = 1024 * 1024
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


@dataclass(frozen=True)
class ManifestEntry:
    """One file: its path relative to the proposal's folder, where it is used, its fingerprint."""

    path: str
    role: str
    bytes: int | None
    sha256: str | None


def manifest_entries(proposal_path: Path, attachments: tuple[PdfFacts, ...]) -> list[ManifestEntry]:
    """The proposal file, then every attachment it refers to, in the order it names them."""
    size, digest = _hash_file(proposal_path)
    # A PDF that lies in the folder but no key names (`referenced` false) is not submitted.
    named = [facts for facts in attachments if getattr(facts, "referenced", True)]
    return [
        ManifestEntry(proposal_path.name, "", size, digest),
        *(ManifestEntry(f.path, f.role, f.bytes, f.sha256) for f in named),
    ]


def unhashed(entries: list[ManifestEntry]) -> list[ManifestEntry]:
    """The files that could not be read, so the manifest cannot vouch for them."""
    return [entry for entry in entries if entry.sha256 is None]


def render_manifest(entries: list[ManifestEntry], meta: ExportMeta, output_format: str) -> str:
    """The manifest as `sha256sum` text, a Markdown table or JSON."""
    if output_format == "json":
        return _json(entries, meta)
    about = text(
        "manifest.about",
        meta.lang,
        version=__version__,
        pack_id=meta.pack_id,
        pack_version=meta.pack_version,
        pack_title=meta.pack_title,
    )
    if output_format == "markdown":
        return _markdown(entries, meta, about)
    lines = [f"# {text('manifest.heading', meta.lang)}: {visible(meta.file)}", f"# {about}"]
    lines.append(f"# {text('manifest.verify', meta.lang)}")
    for entry in entries:
        if entry.sha256 is None:
            lines.append("# " + text("manifest.unhashed", meta.lang, file=visible(entry.path)))
        else:
            lines.append(checksum_line(entry.sha256, entry.path))
    return "\n".join(lines) + "\n"


def checksum_line(digest: str, path: str) -> str:
    r"""One `sha256sum` line, with `sha256sum`'s own escaping for a name it cannot hold raw.

    A name with a backslash, a line feed or a carriage return gets a leading
    backslash and those characters escaped (`\\`, `\n`, `\r`), as GNU
    `sha256sum` writes it; so a crafted attachment name can never add a line
    that `sha256sum -c` obeys (issue 12). Other invisible characters are kept:
    they cannot end the line.
    """
    if not any(ch in path for ch in "\\\n\r"):
        return f"{digest}  {path}"
    escaped = path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return f"\\{digest}  {escaped}"


def visible(value: str) -> str:
    """`value` with every control, format and line-break character shown as `<U+XXXX>`."""
    return "".join(
        f"<U+{ord(ch):04X}>" if unicodedata.category(ch) in _INVISIBLE else ch for ch in value
    )


def _markdown(entries: list[ManifestEntry], meta: ExportMeta, about: str) -> str:
    lang = meta.lang
    columns = ("file", "role", "bytes", "sha256")
    heading = f"# {text('manifest.heading', lang)}: {escape_markdown(visible(meta.file))}"
    out = [heading, "", about, ""]
    out += ["| " + " | ".join(text(f"manifest.col.{c}", lang) for c in columns) + " |"]
    out.append("|---|---|---:|---|")
    for entry in entries:
        role = entry.role or text("manifest.proposal", lang)
        size = str(entry.bytes) if entry.bytes is not None else "-"
        digest = f"`{entry.sha256}`" if entry.sha256 else "-"
        shown = escape_markdown(visible(entry.path))
        out.append(f"| {shown} | {escape_markdown(role)} | {size} | {digest} |")
    out += ["", text("manifest.verify", lang)]
    return "\n".join(out) + "\n"


def _json(entries: list[ManifestEntry], meta: ExportMeta) -> str:
    data = {
        "schema_version": 1,
        "tool": {"name": "kipp-check", "version": __version__},
        "proposal": meta.file,
        "pack": {"id": meta.pack_id, "version": meta.pack_version, "title": meta.pack_title},
        "files": [
            {"path": e.path, "role": e.role or "proposal", "bytes": e.bytes, "sha256": e.sha256}
            for e in entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _hash_file(path: Path) -> tuple[int | None, str | None]:
    """Size and SHA-256 of the file at `path`, read in chunks; `None`s when it cannot be read."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return None, None
    return size, digest.hexdigest()
