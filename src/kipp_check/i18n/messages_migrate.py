"""Messages of `kipp-check migrate`; see `kipp_check.i18n`.

`migrate.note.*` are the lines of its report: what the user must still rewrite.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "migrate.help": M(
        "Pindahkan proposal ke formulir edisi yang lebih baru: menulis berkas baru di sebelahnya.",
        "Carry a proposal into a newer edition's form: writes a new file beside it.",
    ),
    "migrate.help.file": M("Proposal yang dipindahkan.", "The proposal to carry over."),
    "migrate.help.to": M(
        "Edisi tujuan: ID paket (kipp-2026) atau berkas paket lokal.",
        "The target edition: a pack ID (kipp-2026) or a local pack file.",
    ),
    "migrate.help.from": M(
        "Edisi asal, bila `kompetisi` proposal tidak menyebutnya.",
        "The source edition, when the proposal's `kompetisi` does not name it.",
    ),
    "migrate.help.output": M(
        "Berkas baru (bawaan: NAMA.<edisi>.yaml di folder proposal, agar jalur lampiran tetap).",
        "The new file (default: NAME.<edition>.yaml in the proposal's folder, so attachment "
        "paths still hold).",
    ),
    "migrate.help.force": M(
        "Timpa berkas tujuan yang sudah ada (tidak pernah berkas asal).",
        "Overwrite an existing target file (never the source).",
    ),
    "migrate.header": M(
        "Dipindahkan dari {old} ke {new} oleh `kipp-check migrate` dari {file}; berkas asal tidak "
        "diubah. Tinjau setiap jawaban terhadap pertanyaan dan batas kata {new}.",
        "Carried from {old} to {new} by `kipp-check migrate` from {file}; the source file is "
        "unchanged. Review every answer against the {new} questions and word limits.",
    ),
    "migrate.archive_note": M(
        "arsip_migrasi: teks edisi lama yang belum ada tempatnya di formulir ini, apa adanya. "
        "Pindahkan ke pertanyaan yang sesuai, lalu hapus kunci ini.",
        "arsip_migrasi: text of the older edition with no place in this form yet, verbatim. "
        "Move it to the right questions, then delete this key.",
    ),
    "migrate.not_mapping": M("bukan daftar pasangan kunci: nilai", "not a mapping of keys"),
    "migrate.unreadable_yaml": M(
        "`{file}` tidak dapat dipindahkan: {detail}",
        "`{file}` cannot be carried over: {detail}",
    ),
    "migrate.unreadable_yaml.fix": M(
        "Perbaiki dulu berkasnya (jalankan `kipp-check {file}`), lalu ulangi.",
        "Fix the file first (run `kipp-check {file}`), then try again.",
    ),
    "migrate.no_source": M("Proposal `{file}` tidak ditemukan.", "Proposal `{file}` not found."),
    "migrate.source_unknown": M(
        "Edisi asal tidak diketahui: `kompetisi` bernilai `{value}`.",
        "The source edition is unknown: `kompetisi` is `{value}`.",
    ),
    "migrate.source_unknown.fix": M(
        "Sebutkan dengan `--from kipp-2025`.", "Name it with `--from kipp-2025`."
    ),
    "migrate.same_file": M(
        "`{file}` adalah berkas asal: migrate tidak pernah menimpanya.",
        "`{file}` is the source file: migrate never writes over it.",
    ),
    "migrate.same_file.fix": M(
        "Pilih berkas lain dengan `--output`.", "Choose another file with `--output`."
    ),
    "migrate.exists": M(
        "`{file}` tidak ditimpa, karena sudah ada.", "`{file}` is not overwritten: it exists."
    ),
    "migrate.exists.fix": M(
        "Pilih nama lain dengan `--output`, atau tambahkan `--force`.",
        "Choose another name with `--output`, or add `--force`.",
    ),
    "migrate.unwritable": M(
        "`{file}` tidak dapat ditulis: {reason}.", "`{file}` cannot be written: {reason}."
    ),
    "migrate.done": M(
        "Ditulis: {file} ({old} → {new}); berkas asal tidak diubah.",
        "Written: {file} ({old} → {new}); the source file is unchanged.",
    ),
    "migrate.todo": M("Perlu ditinjau ({count}):", "To review ({count}):"),
    "migrate.nothing_todo": M("Tidak ada yang perlu ditulis ulang.", "Nothing to rewrite."),
    "migrate.schema_left": M(
        "Berkas baru masih punya {count} masalah skema (termasuk yang sudah ada di berkas asal).",
        "The new file still has {count} schema problem(s) (those of the source included).",
    ),
    "migrate.next": M(
        "Periksa: kipp-check {file} --pack {pack}", "Check: kipp-check {file} --pack {pack}"
    ),
    "migrate.note.no_mapping": M(
        "{new} tidak menyatakan peta dari {old}: hanya pertanyaan yang sama ID-nya dipindahkan",
        "{new} declares no map from {old}: only questions with the same ID were moved",
    ),
    "migrate.note.split": M(
        "`{old}` ({words} kata) kini di {first}; pecah sebagian ke {others}",
        "`{old}` ({words} words) is now in {first}; split part of it into {others}",
    ),
    "migrate.note.merged": M(
        "`proposal.{new}` menggabungkan {old}: satukan menjadi satu jawaban",
        "`proposal.{new}` joins {old}: rewrite them as one answer",
    ),
    "migrate.note.too_long": M(
        "`proposal.{new}`: {words} kata, batasnya {limit}; ringkas",
        "`proposal.{new}`: {words} words, the limit is {limit}; shorten it",
    ),
    "migrate.note.unplaced": M(
        "`{path}` tidak ada di formulir baru: disimpan di `arsip_migrasi`",
        "`{path}` has no place in the new form: kept under `arsip_migrasi`",
    ),
    "migrate.note.renamed": M("`{old}` kini `{new}`", "`{old}` is now `{new}`"),
    "migrate.note.new_question": M(
        "pertanyaan baru, belum dijawab: `proposal.{key}` — {label}",
        "new question, not answered yet: `proposal.{key}` — {label}",
    ),
    # Said of every letter the newer form asks for that the file does not attach: a letter
    # the older form asked for too, but was simply missing, is not "new".
    "migrate.note.new_letter": M(
        "surat yang diminta formulir baru belum dilampirkan: `dokumen.{key}`",
        "a letter the new form asks for is not attached: `dokumen.{key}`",
    ),
}
