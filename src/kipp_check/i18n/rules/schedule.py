"""The words of the schedule rules (JDW, *jadwal*): the window, the deadline, the innovation's age.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "JDW001": RuleWords(
        title=M("Diajukan dalam masa pendaftaran", "Submitted within the registration window"),
        messages={
            "jdw.window.not_open": M(
                "tanggal {date} sebelum pendaftaran dibuka pada {opens}",
                "{date} is before registration opens on {opens}",
            ),
            "jdw.window.not_open.fix": M(
                "ajukan setelah pendaftaran dibuka", "submit once registration is open"
            ),
            "jdw.window.planned_late": M(
                "rencana pengajuan {date} melewati batas akhir {deadline}",
                "the planned submission on {date} is after the deadline {deadline}",
            ),
            "jdw.window.planned_late.fix": M(
                "ajukan sebelum batas akhir dan perbarui `rencana_pengajuan`",
                "submit before the deadline and update `rencana_pengajuan`",
            ),
        },
        docs=Docs(
            "Proposal diajukan selama pendaftaran SINOVIK dibuka.",
            "Lulus bila tanggal rencana pengajuan (`rencana_pengajuan`, atau hari ini) berada dalam masa pendaftaran paket aturan, sampai hari terakhir pengajuan: tanggal penutupan menurut jam instansi atau jam paket aturan, mana yang lebih awal (23:59 WIB pada 3 Juni sama dengan 00:59 WITA pada 4 Juni, jadi 4 Juni di WITA sudah terlambat kecuali jam pertamanya). Setelah hari ini melewati hari penutupan, edisi itu sudah ditutup: spanduk laporan menyampaikannya sekali dan menyebut edisi berikutnya (`kipp-check migrate`), dan aturan ini diam, karena tidak ada perubahan proposal yang dapat membuka kembali pendaftaran. Selama jadwal belum diumumkan (paket sementara, atau edisi yang diperiksa dengan aturan edisi sebelumnya) jadwal tidak diperiksa.",
            "Gagal bila tanggal rencana itu setelah hari penutupan (galat: tanggalnya dikonfirmasi); peringatan bila sebelum pendaftaran dibuka.",
            "Perbaikan: ajukan sebelum batas akhir; tenggat internal dapat diatur dalam paket aturan lokal.",
            "Sumber: masa pendaftaran 2025, 8 April – 3 Juni (kaltimprov.go.id) [dikonfirmasi]; jam penutupan diambil dari 2023 (23:59 WIB) [diasumsikan].",
        ),
    ),
    "JDW002": RuleWords(
        title=M("Masih ada waktu sebelum batas akhir", "Time is left before the deadline"),
        messages={
            "jdw.deadline.soon": M(
                "tinggal {days} hari sebelum batas akhir {deadline}",
                "only {days} days are left before the deadline {deadline}",
            ),
            "jdw.deadline.soon.fix": M(
                "pastikan Admin Lokal menekan *Ajukan* di SINOVIK; proposal yang hanya disimpan tidak dinilai",
                "make sure the Admin Lokal presses *Ajukan* on SINOVIK; a proposal only saved is not assessed",
            ),
        },
        docs=Docs(
            "Masih ada waktu untuk mengajukan, dan Admin Lokal tahu bahwa proposal yang hanya disimpan belum diajukan.",
            "Lulus bila sisa waktu lebih dari tujuh hari, bila pendaftaran sudah ditutup (spanduk laporan menyampaikannya), atau selama jadwal belum diumumkan.",
            "Gagal (peringatan) bila sisa waktu tujuh hari atau kurang.",
            "Perbaikan: minta Admin Lokal menekan *Ajukan*; hanya proposal yang diajukan yang sampai ke Tim Sekretariat.",
            "Sumber: pada 2022 hanya 2.454 dari 3.478 proposal di SINOVIK yang diajukan (menpan.go.id) [dikonfirmasi].",
        ),
    ),
    "JDW003": RuleWords(
        title=M("Tanggal mulai implementasi valid", "Implementation start date is valid"),
        messages={
            "jdw.start.future": M(
                "tanggal mulai implementasi {date} belum terjadi",
                "the implementation start date {date} is in the future",
            ),
            "jdw.start.future.fix": M(
                "tulis tanggal mulai yang sebenarnya", "write the actual start date"
            ),
            "jdw.start.missing": M(
                "tanggal mulai implementasi (`mulai_implementasi`) belum diisi",
                "the implementation start date (`mulai_implementasi`) is missing",
            ),
            "jdw.start.missing.fix": M(
                "tulis tanggal inovasi pertama kali dipakai masyarakat, misalnya `2022-03-01`",
                "write the date the public first used it, e.g. `2022-03-01`",
            ),
        },
        docs=Docs(
            "Tanggal mulai implementasi diisi dan tidak di masa depan.",
            "Lulus bila `mulai_implementasi` berisi tanggal yang sama dengan atau sebelum hari ini.",
            "Gagal bila tidak diisi atau setelah hari ini.",
            "Perbaikan: tulis tanggal inovasi pertama kali dipakai masyarakat, sebagai TTTT-BB-HH (YYYY-MM-DD).",
            "Sumber: *Waktu Mulai Implementasi* adalah isian formulir (salinan regional, formulir A) [diasumsikan]; tanggal ini diperlukan untuk aturan usia minimal.",
        ),
    ),
    "JDW004": RuleWords(
        title=M("Usia inovasi mencukupi", "Innovation is old enough"),
        messages={
            "jdw.age.too_young": M(
                "inovasi baru berjalan {ran} (sejak {start}) saat pendaftaran ditutup {closes}; minimal {minimum} tahun",
                "the innovation will have run {ran} (since {start}) when registration closes on {closes}; the minimum is {minimum:year|years}",
            ),
            "jdw.age.too_young.fix": M(
                "ajukan inovasi yang sudah lebih lama berjalan, atau ikutkan pada edisi berikutnya",
                "enter a more mature innovation, or enter this one in a later edition",
            ),
            "jdw.age.young_window_unknown": M(
                "inovasi baru berjalan {years} tahun per {today}; minimal {minimum} tahun pada penutupan pendaftaran (belum diumumkan)",
                "the innovation has run {years} full year(s) as of {today}; the minimum is {minimum} year(s) at the close of registration (not announced)",
            ),
            "jdw.age.young_window_unknown.fix": M(
                "pastikan usianya cukup saat pendaftaran ditutup, atau ikutkan pada edisi berikutnya",
                "make sure it is old enough when registration closes, or enter it in a later edition",
            ),
        },
        docs=Docs(
            "Inovasi sudah cukup lama berjalan sebelum pendaftaran ditutup.",
            "Lulus bila `mulai_implementasi` paling sedikit sejauh usia minimal kelompoknya dalam paket aturan sebelum tanggal penutupan (aturan 2021: 2 tahun untuk umum, 1 untuk replikasi).",
            "Gagal bila lebih muda; peringatan selama usia minimalnya belum dikonfirmasi untuk edisi itu. Selama tanggal penutupan belum diumumkan, usia dihitung sampai hari ini, dan kekurangannya hanya peringatan (masih dapat terpenuhi saat pendaftaran ditutup).",
            "Perbaikan: ajukan inovasi yang lebih matang, atau tunggu edisi berikutnya.",
            "Sumber: KIPP 2021 (menpan.go.id) [dikonfirmasi untuk 2021; diasumsikan untuk 2025].",
        ),
    ),
}
