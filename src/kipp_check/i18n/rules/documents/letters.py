"""The words of the required-document rules (DOK) on what the letters say.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "DOK005": RuleWords(
        title=M("Surat identitas menyebut para inovator", "Identity letter names the innovators"),
        messages={
            "dok.identity.innovator_absent": M(
                "inovator `{name}` tidak disebut dalam {label} (`{file}`)",
                "innovator `{name}` is not named in the {label} (`{file}`)",
            ),
            "dok.identity.innovator_absent.fix": M(
                "tulis nama yang sama persis di proposal.yaml dan di surat (gelar boleh berbeda), atau perbaiki suratnya lalu pindai atau ekspor ulang",
                "write the same name in proposal.yaml and in the letter (titles may differ), or correct the letter and scan or export it again",
            ),
            "dok.identity.not_identity": M(
                "`{file}`, yang dilampirkan sebagai {label}, tidak menyebut inovator maupun identitas; tampaknya dokumen lain",
                "`{file}`, attached as the {label}, mentions neither innovators nor identity; it looks like another document",
            ),
            "dok.identity.not_identity.fix": M(
                "lampirkan surat pernyataan identitas inovator yang menyebut nama setiap inovator dan judul inovasi",
                "attach the innovator identity statement that names every innovator and the innovation",
            ),
        },
        docs=Docs(
            "Surat identitas membahas para inovator dan menyebut setiap inovator yang ada di YAML.",
            "Lulus bila teks `dokumen.surat_identitas_inovator` membicarakan inovator atau identitas dan menyebut setiap `inovator[].nama` (huruf besar-kecil, spasi, sapaan dan gelar diabaikan).",
            "Gagal (peringatan) bila berkasnya tidak pernah menyebut inovator (kemungkinan dokumen yang salah), atau ada inovator dari YAML yang tidak disebut di dalamnya. Diam pada surat tanpa teks (DOK009).",
            "Perbaikan: lampirkan surat yang benar, atau tulis nama yang sama di YAML dan di surat.",
            "Sumber: surat identitas menyatakan siapa inovatornya, perorangan atau tim (kaltimprov.go.id 2025; pendahulunya SK 2022, nusakini.com) — isinya belum dikonfirmasi, heuristik.",
        ),
    ),
    "DOK006": RuleWords(
        title=M(
            "Surat replikasi menyebut replikasi dan instansi",
            "Replication letter names replication and institution",
        ),
        messages={
            "dok.replication.institution_absent": M(
                "instansi `{name}` tidak disebut dalam {label} (`{file}`)",
                "the institution `{name}` is not named in the {label} (`{file}`)",
            ),
            "dok.replication.institution_absent.fix": M(
                "tulis nama instansi yang sama di `instansi.nama` dan di surat kesediaan replikasi",
                "write the same institution name in `instansi.nama` and in the replication letter",
            ),
            "dok.replication.not_replication": M(
                "`{file}`, yang dilampirkan sebagai {label}, tidak menyebut replikasi; tampaknya dokumen lain",
                "`{file}`, attached as the {label}, never mentions replication; it looks like another document",
            ),
            "dok.replication.not_replication.fix": M(
                "lampirkan surat pernyataan kesediaan inovasi untuk direplikasi, ditandatangani pimpinan instansi",
                "attach the statement of willingness to have the innovation replicated, signed by the head of the institution",
            ),
        },
        docs=Docs(
            "Surat kesediaan replikasi membicarakan replikasi dan menyebut instansi pengusul.",
            "Lulus bila teks `dokumen.surat_kesediaan_replikasi` menyebut replikasi (*replikasi*, *direplikasi*, *ditiru*) dan menyebut `instansi.nama`, atau `instansi.induk` bila pemerintah induknya yang menandatangani (singkatan seperti Kab., Dinkes, Disdukcapil dibaca dua arah).",
            "Gagal (peringatan) bila tidak pernah menyebut replikasi (kemungkinan dokumen yang salah), atau tidak menyebut instansinya. Diam pada surat tanpa teks (DOK009).",
            "Perbaikan: lampirkan surat kesediaan replikasi instansi ini yang sudah ditandatangani.",
            "Sumber: surat kesediaan replikasi wajib pada 2025 (kaltimprov.go.id) — teks templatnya tidak diumumkan, heuristik.",
        ),
    ),
    "DOK007": RuleWords(
        title=M("Judul inovasi tercantum di kedua surat", "Both letters carry the title"),
        messages={
            "dok.title.absent": M(
                "judul `{title}` tidak tercantum dalam {label} (`{file}`)",
                "the title `{title}` does not appear in the {label} (`{file}`)",
            ),
            "dok.title.absent.fix": M(
                "tulis judul inovasi persis sama di `judul` dan di kedua surat",
                "write the innovation's title exactly the same in `judul` and in both letters",
            ),
            "dok.title.acronym_only": M(
                "{label} (`{file}`) hanya menyebut `{short}`, tanpa judul lengkap `{title}`",
                "the {label} (`{file}`) names only `{short}`, not the full title `{title}`",
            ),
            "dok.title.acronym_only.fix": M(
                "tulis judul lengkap beserta kepanjangannya di surat, sama dengan `judul`",
                "write the full title with its expansion in the letter, as in `judul`",
            ),
        },
        docs=Docs(
            "Kedua surat menyebut inovasi dengan judul yang ditulis di `judul`.",
            "Lulus bila judul muncul di teks setiap surat yang dilampirkan, tanpa memedulikan huruf besar-kecil dan tanda baca; untuk judul `ACRONYM (Expansion)`, kedua bagian yang muncul terpisah juga lulus.",
            "Gagal (peringatan) bila sebuah surat tidak memuat judulnya, atau hanya menyebut akronimnya. Diam bila `judul` kosong (ADM005) atau surat tidak punya teks (DOK009).",
            "Perbaikan: tulis judul yang sama di `judul` dan di kedua surat.",
            "Sumber: kedua surat menyertai satu inovasi yang bernama (kaltimprov.go.id 2025) — heuristik.",
        ),
    ),
    "DOK008": RuleWords(
        title=M("Tanggal surat tidak sesudah pengajuan", "Letters are not dated after submission"),
        messages={
            "dok.date.after_submission": M(
                "{label} (`{file}`) memuat tanggal {date}, sesudah rencana pengajuan {submission}",
                "the {label} (`{file}`) is dated {date}, after the planned submission on {submission}",
            ),
            "dok.date.after_submission.fix": M(
                "surat harus sudah ditandatangani sebelum diajukan: perbaiki tanggal surat atau `rencana_pengajuan`",
                "the letter must be signed before it is submitted: correct its date or `rencana_pengajuan`",
            ),
            "dok.date.future": M(
                "{label} (`{file}`) memuat tanggal {date}, sesudah hari ini ({today}); surat yang sudah ditandatangani tidak bertanggal di masa depan",
                "the {label} (`{file}`) is dated {date}, after today ({today}); a signed letter is not dated in the future",
            ),
            "dok.date.future.fix": M(
                "periksa tanggal surat dan lampirkan surat yang sudah ditandatangani pada tanggal sebenarnya",
                "check the letter's date and attach the letter as actually signed, with its real date",
            ),
        },
        docs=Docs(
            "Tidak ada tanggal di surat yang jatuh setelah tanggal pengajuan, atau setelah hari ini.",
            'Lulus bila setiap tanggal yang tertulis di surat (misalnya `12 Mei 2025`, `12-05-2025`) sama dengan atau sebelum `rencana_pengajuan` (hari ini bila tidak diisi) dan tidak setelah hari ini. Tanggal yang dinantikan surat ("berlaku sampai …") diabaikan.',
            "Gagal (peringatan) dengan tanggal terakhir semacam itu: setelah rencana pengajuan, atau di masa depan (surat belum ditandatangani, atau tanggalnya salah ketik).",
            "Perbaikan: lampirkan surat yang sudah ditandatangani, dengan tanggal sebenarnya, sebelum mengajukan.",
            "Sumber: surat harus sudah ada dan ditandatangani saat proposal diajukan — heuristik.",
        ),
    ),
    "DOK009": RuleWords(
        title=M("Isi surat dapat dibaca (bukan pindaian)", "Letters have readable text"),
        messages={
            "dok.letter.no_text": M(
                "{label} (`{file}`) tidak memuat teks yang dapat dibaca, sehingga isinya tidak dapat diperiksa",
                "the {label} (`{file}`) holds no readable text, so its content could not be checked",
            ),
            "dok.letter.no_text.fix": M(
                "buka berkasnya untuk memastikan isinya benar, lalu ekspor ulang sebagai PDF dari pengolah kata",
                "open the file to make sure it is the right one, then export it again as PDF from the word processor",
            ),
            "dok.letter.scanned": M(
                "{label} (`{file}`) berupa pindaian tanpa lapisan teks, sehingga isinya (nama, judul, tanggal) tidak dapat diperiksa",
                "the {label} (`{file}`) is a scan without a text layer, so its content (names, title, date) could not be checked",
            ),
            "dok.letter.scanned.fix": M(
                "lampirkan PDF yang diekspor dari pengolah kata lalu ditandatangani, atau jalankan OCR pada pindaian; lalu periksa lagi",
                "attach the PDF exported from the word processor and then signed, or run OCR on the scan; then check again",
            ),
        },
        docs=Docs(
            "Setiap surat punya lapisan teks, sehingga isinya dapat diperiksa.",
            "Lulus bila setiap surat yang dilampirkan dan dapat dibuka menghasilkan teks yang terbaca di halaman-halaman awalnya.",
            "Gagal (peringatan) untuk hasil pindaian tanpa lapisan teks, atau surat tanpa teks yang terbaca: nama, judul dan tanggal di dalamnya tidak dapat diperiksa, dan hal itu disampaikan alih-alih diloloskan diam-diam.",
            "Perbaikan: lampirkan PDF hasil ekspor dari pengolah kata (lalu ditandatangani), atau jalankan OCR pada hasil pindaian.",
            "Sumber: saran; aturan isi DOK005–DOK008 memerlukan teks surat.",
        ),
    ),
    "DOK014": RuleWords(
        title=M("Surat bukan contoh atau templat", "Letters are not specimens or templates"),
        messages={
            "dok.letter.specimen": M(
                "{label} (`{file}`) halaman {page} memuat tanda contoh atau templat: {marks}",
                "the {label} (`{file}`) shows specimen or template markers on page {page}: {marks}",
            ),
            "dok.letter.specimen.fix": M(
                "lampirkan surat asli yang sudah bernomor, bertanggal dan ditandatangani, bukan contoh atau templatnya",
                "attach the letter as issued, numbered, dated and signed, not its specimen or template",
            ),
        },
        docs=Docs(
            "Tidak ada surat yang berupa contoh atau templat.",
            'Lulus bila tidak ada halaman surat yang memuat tanda contoh atau templat: "BUKAN DOKUMEN ASLI", "SPESIMEN", "template", "contoh surat", baris yang hanya berbunyi "CONTOH" atau "DRAF". Isian yang belum diisi ("Nomor: xxx", "Nama : ......") adalah urusan DOK012.',
            "Gagal (peringatan) sekali untuk setiap halaman yang memuatnya, dengan mengutip tandanya.",
            "Perbaikan: lampirkan surat sebagaimana diterbitkan dan ditandatangani, bukan contoh yang menjadi dasarnya.",
            "Sumber: kedua surat adalah dokumen wajib proposal (kaltimprov.go.id 2025) [dikonfirmasi]; templatnya tidak dipublikasikan (kipp-rules §11.7), jadi tanda-tanda ini heuristik.",
        ),
    ),
    "DOK015": RuleWords(
        title=M("Surat bernomor dan bertanggal", "Letters have a number and a date"),
        messages={
            "dok.letter.date.missing": M(
                "{label} (`{file}`) tidak memuat tanggal surat (dicari sampai halaman {page})",
                "the {label} (`{file}`) has no date (looked for up to page {page})",
            ),
            "dok.letter.date.missing.fix": M(
                'lampirkan surat yang sudah diberi tempat dan tanggal, misalnya "Tanjung Sekala, 12 Mei 2025"',
                'attach the letter with its place and date, e.g. "Tanjung Sekala, 12 Mei 2025"',
            ),
            "dok.letter.number.missing": M(
                '{label} (`{file}`) tidak memuat nomor surat (dicari di halaman {page}, misalnya "Nomor: 470/318/Disdukcapil/2025")',
                'the {label} (`{file}`) has no letter number (looked for on page {page}, e.g. "Nomor: 470/318/Disdukcapil/2025")',
            ),
            "dok.letter.number.missing.fix": M(
                "lampirkan surat yang sudah diberi nomor oleh instansi penerbitnya",
                "attach the letter as numbered by the issuing office",
            ),
        },
        docs=Docs(
            "Setiap surat punya nomor dan tanggal, sebagaimana surat dinas.",
            'Lulus bila teks surat memuat baris nomor ("Nomor: 470/318/Disdukcapil/2025") dan tanggal ("Tanjung Sekala, 12 Mei 2025", "12-05-2025").',
            "Gagal (peringatan) untuk masing-masing yang tidak ada, dengan menyebut halaman tempat mencarinya (nomor di halaman pertama, tanggal di halaman terakhir yang dibaca).",
            "Perbaikan: lampirkan surat yang sudah diberi nomor dan tanggal oleh instansi penerbitnya.",
            "Sumber: surat dinas memuat nomor dan tanggal (*tata naskah dinas*); templat 2025 tidak dipublikasikan (kipp-rules §11.7) — heuristik.",
        ),
    ),
    "DOK016": RuleWords(
        title=M(
            "Surat ditandatangani pejabat yang disebut nama dan jabatannya",
            "Letters are signed by a named official in a stated position",
        ),
        messages={
            "dok.letter.signatory.missing": M(
                "{label} (`{file}`) tidak menyebut nama dan jabatan penanda tangan (halaman {page})",
                "the {label} (`{file}`) names neither the signatory nor their position (page {page})",
            ),
            "dok.letter.signatory.missing.fix": M(
                "tulis di bawah tanda tangan nama lengkap pejabat, NIP dan jabatannya",
                "give the official's full name, NIP and position under the signature",
            ),
            "dok.letter.signatory_name.missing": M(
                "{label} (`{file}`) tidak menyebut nama penanda tangan (halaman {page})",
                "the {label} (`{file}`) does not name its signatory (page {page})",
            ),
            "dok.letter.signatory_name.missing.fix": M(
                "tulis di bawah tanda tangan nama lengkap pejabat dan NIP-nya",
                "give the official's full name and NIP under the signature",
            ),
            "dok.letter.signatory_position.missing": M(
                "{label} (`{file}`) tidak menyebut jabatan penanda tangan (halaman {page})",
                "the {label} (`{file}`) does not state its signatory's position (page {page})",
            ),
            "dok.letter.signatory_position.missing.fix": M(
                "tulis jabatan penanda tangan di atas tanda tangannya, misalnya Kepala Dinas",
                "give the signatory's position above the signature, e.g. Kepala Dinas",
            ),
            "dok.letter.signature.missing": M(
                '{label} (`{file}`) tidak tampak ditandatangani: tidak ada blok "ttd.", gambar tanda tangan atau tanda tangan digital di halaman {page}',
                'the {label} (`{file}`) does not look signed: no "ttd." block, signature image or digital signature on page {page}',
            ),
            "dok.letter.signature.missing.fix": M(
                "lampirkan surat yang sudah ditandatangani (pindaian surat bertanda tangan, atau tanda tangan elektronik)",
                "attach the signed letter (a scan of the signed letter, or an electronic signature)",
            ),
        },
        docs=Docs(
            "Setiap surat ditandatangani, dan menyebut siapa penanda tangannya serta jabatannya.",
            'Lulus bila surat menunjukkan tanda tangan — blok "ttd."/"TTD" atau "tertanda", tanda tangan elektronik, gambar di halaman terakhirnya atau kolom tanda tangan digital — dan menyebut penanda tangan (baris "Nama :", NIP, atau nama di bawah tanda tangan) serta jabatannya ("Jabatan :", atau baris yang dibuka dengan Kepala, Bupati, Wali Kota, Direktur…).',
            "Gagal (peringatan) bila tidak tampak tanda tangan di halaman terakhir (diam bila halaman terakhir tidak diperiksa), dan bila nama atau jabatan penanda tangan tidak ada.",
            "Perbaikan: lampirkan surat yang sudah ditandatangani; blok tanda tangan memuat nama, NIP dan jabatan pejabat.",
            "Sumber: heuristik `docs.signed_stamped`: gambar atau kolom tanda tangan di halaman terakhir, nama dan jabatan penanda tangan (kipp-rules §12) [belum dikonfirmasi untuk 2025].",
        ),
    ),
}
