"""Read what an answer claims: a measured result or a target, a replication or its potential.

Real answers say "waktu layanan turun dari 14 hari menjadi 2 hari" (a measured
result) beside "ditargetkan cakupan hingga 95 % pada 2026" (a target), and
"telah direplikasi oleh BPS Kabupaten Muara Lestari" (a claim) beside "siap
direplikasi oleh daerah lain" (a potential) or "belum ada unit kerja yang
mereplikasi" (a denial). A hint that takes one for the other misleads, so these
pure functions read each sentence for what it asserts; the rules decide what
to report, and never against a fact the proposal declares itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kipp_check.rules.legal_basis import sentences

_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?%)?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_TARGET = re.compile(
    r"\b(?:target\w*|ditargetkan|menargetkan|akan|diharapkan|diproyeksikan|proyeksi"
    r"|diperkirakan|perkiraan|estimasi|diestimasi|berpotensi|rencana\w*|direncanakan|sasaran"
    r"|diupayakan|ke\s+depan|nantinya|kelak|dapat\s+(?:menurunkan|meningkatkan|mempercepat"
    r"|memangkas|menekan|menghemat))\b",
    re.IGNORECASE,
)
_UP_TO = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?)\s+\d+(?:[.,]\d+)?\s?(?:%|persen)", re.I)
""""hingga 80 %" with no "dari …" before it gives no starting point: an aim, not a result."""
_FROM = re.compile(r"\bdari\b", re.IGNORECASE)
_COMPARISON = re.compile(
    r"\b(?:sebelum\w*|sesudah\w*|setelah\w*|dibanding\w*|semula|awalnya|tadinya|naik|turun"
    r"|meningkat\w*|menurun\w*|berkurang|bertambah|peningkatan|penurunan|tahun\s+dasar|kini"
    r"|sekarang|saat\s+ini)\b|\bdari\b[^.;\n]{0,80}?\bmenjadi\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ImpactReading:
    """What an impact answer shows: measured figures and comparisons, or only targets."""

    measured_figures: int
    """Figures (not years) in sentences that report a result, not a target or projection."""
    compared: bool
    """A sentence reporting a result compares it: before and after, from … to, up or down."""
    targets: tuple[str, ...]
    """The words that made a sentence with figures a target or projection, as written."""


def figures_in(sentence: str) -> int:
    """The figures in `sentence`, a bare year ("2024") not counted."""
    return sum(1 for f in _FIGURE.findall(sentence) if not _YEAR.match(f.rstrip("% ")))


def read_impact(text: str) -> ImpactReading:
    """Sort each sentence of `text` into a reported result or a target (see `ImpactReading`)."""
    measured, compared, targets = 0, False, []
    for sentence in sentences(text):
        figures = figures_in(sentence)
        up_to = _UP_TO.search(sentence)
        target = _TARGET.search(sentence)
        if target is None and up_to and not _FROM.search(sentence[: up_to.start()]):
            target = up_to
        if target:
            if figures:
                targets.append(target.group())
            continue
        measured += figures
        compared = compared or bool(_COMPARISON.search(sentence))
    return ImpactReading(measured, compared, tuple(dict.fromkeys(t.lower() for t in targets)))


_CLAIM = re.compile(
    r"\b(?:(?:sudah|telah)\s+(?:di)?replikasi|direplikasi|mereplikasi|diadopsi|mengadopsi"
    r"|ditiru|meniru|mengikuti\s+jejak)\b",
    re.IGNORECASE,
)
_POTENTIAL = re.compile(
    r"\b(?:siap|dapat|bisa|mudah|layak|berpotensi|potensi\w*|memungkinkan|mungkin|akan|untuk"
    r"|agar|supaya|mampu|diharapkan|rencana\w*|direncanakan|berminat|tertarik|ingin|cocok"
    r"|sangat|sedang\s+menjajaki|menjajaki|terbuka|bersedia|kesediaan|calon)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:belum|tidak|bukan|tanpa|tak)\b", re.IGNORECASE)
_NO_ANSWER = re.compile(r"^\W*(?:belum|tidak|belum\s+pernah|belum\s+ada)\b[\W]*$", re.IGNORECASE)


def replication_claims(text: str) -> tuple[str, ...]:
    """The words in `text` that claim the innovation was replicated, quoted as written.

    Not a claim: a denial anywhere before it in its sentence ("belum ada unit
    kerja … yang mereplikasi"), a potential ("siap/dapat direplikasi", "untuk
    mereplikasi"), or anything after an answer that opens with "Belum." or
    "Tidak." — the question was answered no.
    """
    found: list[str] = []
    for index, sentence in enumerate(sentences(text)):
        if index == 0 and _NO_ANSWER.match(re.split(r"[.,:;]", sentence, maxsplit=1)[0]):
            return ()
        for match in _CLAIM.finditer(sentence):
            before = sentence[: match.start()]
            if _NEGATION.search(before) or _POTENTIAL.search(before[-40:]):
                continue
            found.append(match.group())
    return tuple(dict.fromkeys(found))


_PROPER_NAME = re.compile(r"(?<!\w)[A-Z][\w.-]*(?:\s+(?:dan\s+|dan\s+)?[A-Z][\w.-]*)+")
"""Capitalised words in a row, such as "Dinas Kependudukan dan Pencatatan Sipil Kabupaten X"."""
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_REGION = frozenset({"Kabupaten", "Kab.", "Kota", "Provinsi", "Kecamatan", "Kelurahan", "Desa"})
INSTITUTION_WORDS = frozenset(
    {
        *("Dinas", "Disdukcapil", "Dispendukcapil", "Dinkes", "Disdik", "Diskominfo", "Dinsos"),
        *("Badan", "Bappeda", "Bapperida", "Bapenda", "Kantor", "Kementerian", "Kemenag"),
        *("Pemerintah", "Pemkab", "Pemkot", "Pemprov", "Pemda", "Kabupaten", "Kota", "Provinsi"),
        *("Kecamatan", "Kelurahan", "Desa", "Puskesmas", "RSUD", "RSU", "Rumah", "Klinik"),
        *("UPTD", "UPT", "Unit", "Sekretariat", "Biro", "Bagian", "Lembaga", "Balai", "Kanwil"),
        *("Perumda", "PDAM", "BUMD", "BUMN", "BPS", "BPJS", "BPN", "KUA", "Polres", "Polsek"),
        *("Polda", "Kejaksaan", "Kejari", "Pengadilan", "Lapas", "Rutan", "Imigrasi", "Samsat"),
        *("Inspektorat", "Satpol", "BPBD", "BKPSDM", "BKD", "BPKAD", "DPMPTSP", "Sekolah"),
        *("SMA", "SMK", "SMP", "SD", "Universitas", "Politeknik", "Mal", "MPP", "Kodim"),
    }
)
"""First words of an institution's name; "Rumah" begins "Rumah Sakit"."""
_PLACE_BEFORE = re.compile(r"\b(?:ke|dari)\s+$", re.IGNORECASE)
""""ke UPTD Puskesmas X" is where a study visit went, not who replicated it."""


def institution_names(text: str, *, own: str = "") -> tuple[str, ...]:
    """The institutions `text` names, other than `own` and not where a visit went.

    A run of capitalised words is an institution when it opens with an
    institution word (Dinas, Puskesmas, Kantor …), or opens with an acronym and
    names a region — the vertical offices: "BPS Kabupaten Muara Lestari",
    "KUA Kecamatan Sukamaju".
    """
    names: list[str] = []
    for match in _PROPER_NAME.finditer(text):
        name = " ".join(match.group().split())
        words = name.split()
        opens = words[0] in INSTITUTION_WORDS
        vertical = bool(_ACRONYM.match(words[0])) and any(w in _REGION for w in words[1:])
        if not (opens or vertical) or name in own:
            continue
        if not _PLACE_BEFORE.search(text[: match.start()]):
            names.append(name)
    return tuple(dict.fromkeys(names))
