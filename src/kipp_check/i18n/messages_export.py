"""Messages of `kipp-check export`: the paste pack for SINOVIK and the manifest; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "export.heading": M("Teks untuk SINOVIK", "Text for SINOVIK"),
    "export.prepared": M(
        "Disiapkan dengan kipp-check {version} dari {file}, paket aturan {pack_id} {pack_version}. "
        "Salin setiap teks ke kotak isian SINOVIK dengan urutan yang sama; jumlah kata dihitung "
        "seperti pada laporan pemeriksaan.",
        "Prepared with kipp-check {version} from {file}, rule pack {pack_id} {pack_version}. "
        "Copy each text into the SINOVIK answer box in the same order; words are counted as in "
        "the check report.",
    ),
    "export.identity": M("Identitas inovasi", "The innovation"),
    "export.field.title": M("Judul inovasi", "Innovation title"),
    "export.field.institution": M("Instansi", "Institution"),
    "export.field.group": M("Kelompok", "Group"),
    "export.field.category": M("Kategori", "Category"),
    "export.field.start": M("Waktu mulai implementasi", "Implementation start"),
    "export.field.video": M("Tautan video", "Video link"),
    "export.field.theme": M("Keselarasan dengan tema", "Alignment with the theme"),
    "export.col.field": M("Isian", "Field"),
    "export.col.value": M("Nilai", "Value"),
    "export.aspects": M("Aspek proposal", "Proposal aspects"),
    "export.count": M("{words} kata", "{words} words"),
    "export.count_limit": M("{words} / {limit} kata", "{words} / {limit} words"),
    "export.over": M("melebihi batas {over} kata", "{over} words over the limit"),
    "export.weight": M("bobot {weight} %", "weight {weight} %"),
    "export.empty": M("(belum diisi)", "(not written yet)"),
    "export.none": M("-", "-"),
    "export.invalid": M(
        "{file} belum dapat diekspor: berkasnya belum terbaca atau belum sah menurut skema",
        "{file} cannot be exported yet: it cannot be read or does not pass the schema",
    ),
    "export.invalid.fix": M(
        "perbaiki temuan berikut (atau jalankan kipp-check {file}), lalu ekspor lagi",
        "fix the findings below (or run kipp-check {file}), then export again",
    ),
    "manifest.heading": M("Manifes pengajuan", "Submission manifest"),
    "manifest.about": M(
        "Berkas yang diperiksa, dengan sidik SHA-256 masing-masing: kipp-check {version}, paket aturan {pack_id} {pack_version} ({pack_title}).",
        "The files checked, each with its SHA-256 fingerprint: kipp-check {version}, rule pack {pack_id} {pack_version} ({pack_title}).",
    ),
    "manifest.verify": M(
        "Cocokkan di folder proposal dengan: sha256sum -c NAMA-BERKAS-MANIFES",
        "Verify in the proposal's folder with: sha256sum -c MANIFEST-FILE",
    ),
    "manifest.col.file": M("Berkas", "File"),
    "manifest.col.role": M("Kunci", "Key"),
    "manifest.col.bytes": M("Bita", "Bytes"),
    "manifest.col.sha256": M("SHA-256", "SHA-256"),
    "manifest.proposal": M("proposal", "proposal"),
    "manifest.unhashed": M(
        "tidak dapat dibaca, tanpa sidik: {file}", "could not be read, no fingerprint: {file}"
    ),
    "manifest.incomplete": M(
        "manifes tidak lengkap: {count} berkas tidak dapat dibaca; jalankan kipp-check {file} untuk penyebabnya",
        "the manifest is incomplete: {count:file|files} could not be read; run kipp-check {file} for the reason",
    ),
    "help.cmd.export": M(
        "Ekspor teks proposal untuk ditempel di SINOVIK (Markdown atau teks biasa), atau manifes berkasnya.",
        "Export the proposal's text to paste into SINOVIK (Markdown or plain text), or its file manifest.",
    ),
    "help.cmd.export_format": M(
        "Format: text, markdown atau json (bawaan teks proposal: text di terminal, markdown ke berkas atau pipa; manifes: text).",
        "Format: text, markdown or json (the text's default: text on a terminal, markdown into a file or a pipe; the manifest's: text).",
    ),
    "help.cmd.manifest": M(
        "Cetak manifes berkas (SHA-256, versi paket dan alat) alih-alih teksnya.",
        "Print the file manifest (SHA-256, pack and tool versions) instead of the text.",
    ),
    "help.cmd.output": M(
        "Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."
    ),
    "help.cmd.proposal": M("Berkas proposal.yaml.", "The proposal.yaml file."),
}
