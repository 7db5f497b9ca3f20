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
    "jdw.age.young_window_unknown": M(
        "inovasi baru berjalan {years} tahun per {today}; minimal {minimum} tahun pada "
        "penutupan pendaftaran (belum diumumkan)",
        "the innovation has run {years} full year(s) as of {today}; the minimum is {minimum} "
        "year(s) at the close of registration (not announced)",
    ),
    "jdw.age.young_window_unknown.fix": M(
        "pastikan usianya cukup saat pendaftaran ditutup, atau ikutkan pada edisi berikutnya",
        "make sure it is old enough when registration closes, or enter it in a later edition",
    ),
}
