"""Messages about editions; see `kipp_check.i18n`.

`pack.no_edition`, `pack.not_shipped`, `pack.no_earlier`: asking for an edition
that does not exist or is not shipped (exit 2). `banner.*`: the one-line notes
a report opens with when the edition checked is not simply the one asked for,
in its window (`report_banner`). `edition.*`: the edition's facts in a report.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "pack.no_edition": M(
        "Tidak ada KIPP tahun {year}: {reason} ({announcement}, {date}).",
        "There was no KIPP in {year}: {reason} ({announcement}, {date}).",
    ),
    "pack.no_edition.fix": M(
        "Gunakan {newest} (edisi terbaru yang dikenal) atau edisi lain yang diselenggarakan.",
        "Use {newest} (the newest known edition) or another edition that was held.",
    ),
    "pack.not_shipped": M(
        "Belum ada paket aturan `{ref}` di kipp-check; paket terbaru: {newest}.",
        "kipp-check ships no rule pack `{ref}` yet; the newest is {newest}.",
    ),
    "pack.not_shipped.fix": M(
        "Buat paket lokal: `kipp-check pack new {ref} --extends {newest}`, lalu berikan jalurnya.",
        "Write a local pack: `kipp-check pack new {ref} --extends {newest}`, then give its path.",
    ),
    "pack.no_earlier": M(
        "Tidak ada paket aturan untuk `{ref}` atau edisi sebelumnya; paket tertua: {oldest}.",
        "No rule pack for `{ref}` or an earlier edition; the oldest is {oldest}.",
    ),
    "pack.no_earlier.fix": M(
        "Periksa dengan `--pack {oldest}` atau paket lokal yang menggambarkan edisi itu.",
        "Check with `--pack {oldest}` or a local pack that describes that edition.",
    ),
    "edition.window_unknown": M("belum diumumkan", "not announced"),
    "edition.sources_until": M("sumber s.d. {date}", "sources to {date}"),
    "edition.provisional": M("sementara", "provisional"),
    "banner.label": M("Catatan edisi", "Edition note"),
    "banner.stand_in": M(
        "Belum ada paket {requested}: diperiksa dengan aturan {used} sebagai asumsi; jadwal "
        "tidak diperiksa.",
        "No pack for {requested} yet: checked against the {used} rules, taken as assumptions; "
        "the window is not checked.",
    ),
    "banner.closed": M(
        "{edition} sudah ditutup ({closes}); jadwal tidak dinilai. Pindah ke edisi berikutnya: "
        "`kipp-check migrate {file} --to {next}`.",
        "{edition} closed on {closes}; the window is not assessed. Move to the next edition: "
        "`kipp-check migrate {file} --to {next}`.",
    ),
    "banner.closed_no_next": M(
        "{edition} sudah ditutup ({closes}); jadwal tidak dinilai. Untuk edisi berikutnya: "
        "`kipp-check pack new`, lalu `kipp-check migrate`.",
        "{edition} closed on {closes}; the window is not assessed. For the next edition: "
        "`kipp-check pack new`, then `kipp-check migrate`.",
    ),
    "banner.not_announced": M(
        "Jadwal pendaftaran {edition} belum diumumkan: batas akhir tidak diperiksa.",
        "The {edition} registration window is not announced: the deadline is not checked.",
    ),
    "banner.provisional": M(
        "{edition} adalah paket sementara dari sumber tidak resmi (s.d. {until}): periksa ulang "
        "setelah Pedoman resmi terbit.",
        "{edition} is a provisional pack built from unofficial sources (to {until}): check again "
        "once the official guideline is published.",
    ),
    "packs.help": M(
        "Daftar edisi KIPP yang dikenal: tahun, jadwal, formulir, porsi nilai terkonfirmasi, "
        "tanggal sumber.",
        "The KIPP editions shipped: year, window, form, share of confirmed values, sources' date.",
    ),
    "packs.help.format": M("`terminal` (tabel) atau `json`.", "`terminal` (a table) or `json`."),
    "packs.col.id": M("edisi", "edition"),
    "packs.col.year": M("tahun", "year"),
    "packs.col.window": M("jadwal pendaftaran", "registration window"),
    "packs.col.form": M("pertanyaan per kelompok", "questions per group"),
    "packs.col.share": M("nilai terkonfirmasi", "confirmed values"),
    "packs.col.until": M("sumber s.d.", "sources to"),
    "packs.legend": M(
        "Nilai terkonfirmasi: halaman resmi Kementerian PANRB atau ≥ 2 sumber yang sepakat; "
        "sisanya dilaporkan satu sumber atau diasumsikan. Edisi baru: `kipp-check pack new`.",
        "Confirmed: an official Kementerian PANRB page or ≥ 2 agreeing sources; the rest is "
        "reported by one source or assumed. A new edition: `kipp-check pack new`.",
    ),
    "pack.help": M(
        "Alat paket aturan: `pack new NAMA --extends EDISI` menulis paket lokal untuk edisi baru.",
        "Rule pack tools: `pack new NAME --extends EDITION` writes a local pack for a new edition.",
    ),
    "pack.help.action": M("`new`: tulis paket lokal baru.", "`new`: write a new local pack."),
    "pack.help.name": M(
        "ID paket baru, mis. kipp-2027 (juga nama berkasnya).",
        "The new pack's ID, e.g. kipp-2027 (also its file name).",
    ),
    "pack.help.extends": M(
        "Edisi dasar yang dikirim bersama kipp-check (bawaan: edisi terbaru).",
        "The shipped edition it builds on (default: the newest).",
    ),
    "pack.help.year": M(
        "Tahun edisi baru (bawaan: dari NAMA, mis. kipp-2027 → 2027).",
        "The new edition's year (default: from NAME, e.g. kipp-2027 → 2027).",
    ),
    "pack.help.output": M(
        "Berkas yang ditulis (bawaan: NAMA.yaml di folder ini).",
        "The file to write (default: NAME.yaml in this folder).",
    ),
    "pack.help.today": M(
        "Tanggal `sources_until` paket baru (bawaan: hari ini; juga KIPP_CHECK_TODAY).",
        "The new pack's `sources_until` date (default: today; also KIPP_CHECK_TODAY).",
    ),
    "pack.help.force": M("Timpa berkas yang sudah ada.", "Overwrite a file that already exists."),
    "pack.action_unknown": M(
        "Perintah `pack {action}` tidak dikenal; yang tersedia: `pack new`.",
        "Unknown command `pack {action}`; available: `pack new`.",
    ),
    "pack.action_unknown.fix": M(
        "Tulis `kipp-check pack new kipp-2027 --extends kipp-2026`.",
        "Write `kipp-check pack new kipp-2027 --extends kipp-2026`.",
    ),
    "pack.bad_name": M(
        "Nama paket `{name}` tidak dapat dipakai sebagai ID dan nama berkas.",
        "Pack name `{name}` cannot be used as an ID and a file name.",
    ),
    "pack.bad_name.fix": M(
        "Pakai huruf kecil, angka, titik, garis bawah atau tanda hubung, mis. kipp-2027.",
        "Use lower-case letters, digits, dots, underscores or hyphens, e.g. kipp-2027.",
    ),
    "pack.year_needed": M(
        "Tahun edisi `{name}` tidak terbaca dari namanya.",
        "The year of `{name}` cannot be read from its name.",
    ),
    "pack.year_needed.fix": M("Tambahkan `--year 2027`.", "Add `--year 2027`."),
    "pack.year_earlier": M(
        "Tahun {year} lebih awal dari edisi dasar {base} ({base_year}).",
        "Year {year} is before the base edition {base} ({base_year}).",
    ),
    "pack.year_earlier.fix": M(
        "Pilih edisi dasar yang tidak lebih baru: `--extends {suggestion}`.",
        "Choose a base that is not later: `--extends {suggestion}`.",
    ),
    "pack.exists": M(
        "`{file}` tidak ditimpa, karena sudah ada.", "`{file}` is not overwritten: it exists."
    ),
    "pack.exists.fix": M(
        "Pilih nama lain dengan `--output`, atau tambahkan `--force` untuk menimpanya.",
        "Choose another name with `--output`, or add `--force` to overwrite it.",
    ),
    "pack.unwritable": M(
        "`{file}` tidak dapat ditulis: {reason}.", "`{file}` cannot be written: {reason}."
    ),
    "pack.new_done": M(
        "Paket lokal ditulis: {file}. Tinjau setiap nilai yang dikomentari, lalu periksa "
        "dengan `kipp-check proposal.yaml --pack {file}`.",
        "Local pack written: {file}. Review every commented value, then check with "
        "`kipp-check proposal.yaml --pack {file}`.",
    ),
    "pack_new.header": M(
        "Paket aturan lokal {name}, di atas {base} (ditulis oleh `kipp-check pack new`).\n"
        "Di bawah blok identitas, setiap nilai {base} tertulis sebagai komentar. Selama sebuah\n"
        "nilai tetap dikomentari, nilai {base} dipakai sebagai ASUMSI (peringatan, bukan galat)\n"
        "dan jadwal {base} tidak dipakai. Saat Pedoman terbit: hapus `# ` pada blok yang berubah,\n"
        "perbaiki nilainya, tulis `source:` (ID di `sources`) dan `confidence:` untuk setiap nilai.\n"
        "Daftar dan mapping digabung per kunci; daftar dan nilai bersumber diganti utuh.\n"
        "Pakai: kipp-check proposal.yaml --pack {name}.yaml",
        "Local rule pack {name}, on top of {base} (written by `kipp-check pack new`).\n"
        "Below the identity block, every value of {base} is written as a comment. While a value\n"
        "stays commented, the {base} value is used as an ASSUMPTION (a warning, not an error)\n"
        "and the {base} window is not used. When the guideline is published: remove `# ` from the\n"
        "blocks that change, correct them, and give each value `source:` (an ID in `sources`)\n"
        "and `confidence:`. Mappings merge key by key; lists and sourced values replace whole.\n"
        "Use: kipp-check proposal.yaml --pack {name}.yaml",
    ),
    "pack_new.sources": M(
        "Sumber nilai yang Anda ubah, mis.:\n"
        '  pedoman: {{title: "Pedoman Menteri PANRB Nomor … Tahun …", url: https://…}}',
        "Sources of the values you change, e.g.:\n"
        '  pedoman: {{title: "Pedoman Menteri PANRB Nomor … Tahun …", url: https://…}}',
    ),
    "pack_new.review": M("nilai {base}, tinjau", "the {base} value, to review"),
    "pack_new.base_sources": M(
        "Sumber {base} yang juga dapat dirujuk:", "Sources of {base} you may also refer to:"
    ),
    "field.arsip_migrasi": M(
        "Ditulis oleh `kipp-check migrate`: jawaban edisi lama yang belum ditempatkan di formulir "
        "ini, apa adanya. Pindahkan isinya ke pertanyaan yang sesuai, lalu hapus kunci ini. "
        "Tidak diperiksa dan tidak diekspor.",
        "Written by `kipp-check migrate`: answers of the older edition not yet placed in this "
        "form, verbatim. Move them to the right questions, then delete this key. Not checked "
        "and not exported.",
    ),
}
