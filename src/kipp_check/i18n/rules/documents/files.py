"""The words of the required-document rules (DOK) on the attachments as files, and across proposals.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "DOK001": RuleWords(
        title=M("Surat identitas inovator terlampir", "Innovator identity letter is attached"),
        messages={
            "dok.letter.encrypted": M(
                "surat `{file}` terenkripsi: terbuka tanpa kata sandi, tetapi dengan pembatasan yang dapat menghalangi portal atau sekretariat memprosesnya",
                "the letter `{file}` is encrypted: it opens without a password, but its restrictions may stop the portal or the secretariat from processing it",
            ),
            "dok.letter.encrypted.fix": M(
                "simpan ulang PDF tanpa kata sandi atau pembatasan",
                "save the PDF again without password or restrictions",
            ),
            "dok.letter.missing": M(
                "{label} (`dokumen.{key}`) belum dilampirkan",
                "the {label} (`dokumen.{key}`) is not attached",
            ),
            "dok.letter.missing.fix": M(
                "lampirkan surat yang sudah ditandatangani dalam PDF dan tulis `{key}: lampiran/nama-berkas.pdf` di bawah `dokumen`",
                "attach the signed letter as PDF and write `{key}: lampiran/file-name.pdf` under `dokumen`",
            ),
        },
        docs=Docs(
            "*Surat pernyataan identitas inovator* dilampirkan sebagai PDF yang dapat dibaca.",
            "Lulus bila `dokumen.surat_identitas_inovator` menunjuk PDF di dalam folder proposal yang terbuka, punya paling sedikit satu halaman dan tidak meminta kata sandi. Setiap surat lain yang diminta paket aturan dari kelompok ini (2026, sementara: *surat pernyataan implementasi*) diperiksa dengan cara yang sama.",
            "Gagal bila kuncinya tidak ada, atau berkasnya tidak ada, tidak terbaca, kosong atau terkunci; peringatan bila terbuka tanpa kata sandi tetapi terenkripsi (pembatasan pemilik), atau bila surat itu hanya diasumsikan wajib.",
            "Perbaikan: lampirkan surat yang sudah ditandatangani dalam PDF dan tulis jalurnya.",
            "Sumber: persyaratan 2025 (kaltimprov.go.id, metronewstv.co.id) [dikonfirmasi]; surat implementasi: formulir regional 2026 [diasumsikan].",
        ),
    ),
    "DOK002": RuleWords(
        title=M(
            "Surat kesediaan replikasi terlampir", "Replication willingness letter is attached"
        ),
        messages={},
        docs=Docs(
            "*Surat kesediaan replikasi* dilampirkan sebagai PDF yang dapat dibaca.",
            "Lulus bila `dokumen.surat_kesediaan_replikasi` menunjuk PDF di dalam folder proposal yang terbuka, punya paling sedikit satu halaman dan tidak meminta kata sandi.",
            "Gagal bila kuncinya tidak ada, atau berkasnya tidak ada, tidak terbaca, kosong atau terkunci; peringatan bila terbuka tanpa kata sandi tetapi terenkripsi (pembatasan pemilik).",
            "Perbaikan: lampirkan surat yang sudah ditandatangani dalam PDF dan tulis jalurnya. Setiap kelompok memerlukannya.",
            "Sumber: persyaratan 2025 (kaltimprov.go.id) [dikonfirmasi].",
        ),
    ),
    "DOK003": RuleWords(
        title=M("Ukuran berkas dalam batas portal", "Files are within the portal's size limit"),
        messages={
            "dok.size.over": M(
                "berkas `{file}` berukuran {size}, melebihi batas {limit}",
                "file `{file}` is {size}, over the {limit} limit",
            ),
            "dok.size.over.fix": M(
                'perkecil PDF (ekspor ulang dengan gambar 150 dpi atau fitur "Reduce File Size") atau pecah menjadi beberapa berkas',
                'shrink the PDF (export again with 150 dpi images or "Reduce File Size") or split it',
            ),
            "dok.size.over_scanned": M(
                "berkas `{file}` berukuran {size}, melebihi batas {limit}; {scanned} dari {pages} halamannya berupa gambar pindaian",
                "file `{file}` is {size}, over the {limit} limit; {scanned} of its {pages} pages are scanned images",
            ),
            "dok.size.over_scanned.fix": M(
                'pindai ulang pada 150–200 dpi dalam skala abu-abu, atau kompres dengan fitur "Reduce File Size"/"Optimize PDF"; pecah berkas bila masih terlalu besar',
                'rescan at 150–200 dpi in greyscale, or compress it with "Reduce File Size"/"Optimize PDF"; split the file if it is still too big',
            ),
        },
        docs=Docs(
            "Setiap berkas lampiran tidak melebihi batas ukuran berkas portal.",
            "Lulus bila setiap lampiran paling besar `files.max_bytes` dalam paket aturan.",
            "Gagal bila ada yang lebih besar; peringatan selama batasnya belum dikonfirmasi (2025: 2 MB, dari salinan formulir regional).",
            'Perbaikan: kompres PDF-nya (misalnya ekspor pada 150 dpi, atau "Reduce File Size") atau pecah berkasnya; untuk hasil pindaian (halaman tanpa lapisan teks), pindai ulang pada 150–200 dpi dalam skala abu-abu.',
            "Sumber: formulir regional mirip SINOVIK, PDF 1–2 MB [diasumsikan].",
        ),
    ),
    "DOK004": RuleWords(
        title=M("Format berkas diterima portal", "File format is accepted by the portal"),
        messages={
            "dok.format.other": M(
                "berkas `{file}` bukan format yang diterima ({formats})",
                "file `{file}` is not in an accepted format ({formats})",
            ),
            "dok.format.other.fix": M(
                "ekspor dokumen sebagai PDF dan lampirkan berkas itu",
                "export the document as PDF and attach that file",
            ),
        },
        docs=Docs(
            "Setiap berkas lampiran berformat yang diterima portal.",
            "Lulus bila nama setiap lampiran berakhiran salah satu format dalam paket aturan (`.pdf`).",
            "Gagal bila berakhiran lain; peringatan selama aturan formatnya diasumsikan.",
            "Perbaikan: ekspor dokumennya sebagai PDF dan lampirkan berkas itu.",
            "Sumber: formulir regional mirip SINOVIK hanya menerima PDF [diasumsikan].",
        ),
    ),
    "DOK010": RuleWords(
        title=M("Tidak ada lampiran ganda", "No file is attached twice"),
        messages={
            "dok.duplicate.letters": M(
                "surat identitas inovator dan surat kesediaan replikasi adalah berkas yang sama (`{file}`); salah satu surat belum dilampirkan",
                "the identity letter and the replication letter are the same file (`{file}`); one of the letters is not attached",
            ),
            "dok.duplicate.letters.fix": M(
                "lampirkan kedua surat sebagai dua berkas terpisah, masing-masing di kuncinya sendiri",
                "attach the two letters as two separate files, each under its own key",
            ),
            "dok.duplicate.same_file": M(
                "`{file}` sama persis isinya dengan `{other}`: berkas yang sama dilampirkan dua kali dengan nama berbeda",
                "`{file}` has exactly the same content as `{other}`: one file attached twice under different names",
            ),
            "dok.duplicate.same_file.fix": M(
                "lampirkan dokumen yang memang dimaksud di tempat itu, atau tulis satu nama berkas saja",
                "attach the document that belongs there, or write one file name only",
            ),
        },
        docs=Docs(
            "Tidak ada berkas yang dilampirkan dua kali dengan nama berbeda, dan kedua surat adalah dua berkas.",
            "Lulus bila isi (SHA-256) setiap lampiran berbeda dari yang lain, kecuali jalur yang sama yang dicantumkan sebagai bukti untuk beberapa aspek.",
            "Gagal (peringatan) bila dua jalur berbeda berisi bita yang identik, atau bila kedua surat adalah berkas yang sama (berarti salah satu dari dua surat wajib sebenarnya tidak ada).",
            "Perbaikan: lampirkan dokumen yang semestinya untuk kunci itu, atau tulis satu nama berkas saja.",
            "Sumber: kedua surat wajib sebagai dokumen terpisah (kaltimprov.go.id 2025); bukti identik dengan dua nama adalah heuristik untuk unggahan yang keliru.",
        ),
    ),
    "DOK011": RuleWords(
        title=M("Setiap PDF di folder dirujuk proposal", "Every PDF in the folder is referenced"),
        messages={
            "dok.unreferenced": M(
                "`{file}` ada di folder proposal tetapi tidak dirujuk di `dokumen` maupun `data_dukung`",
                "`{file}` is in the proposal's folder but neither `dokumen` nor `data_dukung` refers to it",
            ),
            "dok.unreferenced.fix": M(
                "tulis jalurnya di `dokumen` atau `data_dukung.<aspek>` bila berkas itu harus ikut diajukan, atau pindahkan dari folder proposal",
                "write its path under `dokumen` or `data_dukung.<aspect>` if it belongs to the submission, or move it out of the proposal's folder",
            ),
            "dok.unreferenced.more": M(
                "dan {count} PDF lain di folder proposal yang tidak dirujuk",
                "and {count:more PDF|more PDFs} in the proposal's folder that nothing refers to",
            ),
            "dok.unreferenced.more.fix": M(
                "periksa folder proposal: lampirkan berkas yang perlu dan pindahkan sisanya",
                "go through the proposal's folder: attach the files that belong and move the rest out",
            ),
            "dok.unreferenced.more_at_least": M(
                "dan sedikitnya {count} PDF lain di folder proposal yang tidak dirujuk (folder terlalu besar untuk dihitung seluruhnya)",
                "and at least {count:more PDF|more PDFs} in the proposal's folder that nothing refers to (the folder is too large to count in full)",
            ),
            "dok.unreferenced.more_at_least.fix": M(
                "periksa folder proposal: lampirkan berkas yang perlu dan pindahkan sisanya",
                "go through the proposal's folder: attach the files that belong and move the rest out",
            ),
        },
        docs=Docs(
            "Setiap PDF di folder proposal dirujuk oleh salah satu kunci proposal.",
            "Lulus bila setiap `*.pdf` di bawah folder proposal (kecuali folder tersembunyi dan tautan simbolik, beberapa tingkat ke dalam) ditulis di bawah `dokumen` atau `data_dukung`, atau disebut berkas YAML lain di folder yang sama (proposal saudara).",
            "Gagal (saran) untuk setiap PDF yang tidak dirujuk apa pun, misalnya surat yang disimpan tetapi tidak pernah dilampirkan; setelah 20 berkas, satu temuan lagi menghitung sisanya.",
            "Perbaikan: tulis jalurnya di bawah `dokumen` atau `data_dukung.<aspect>`, atau pindahkan keluar dari folder.",
            "Sumber: saran; hanya berkas yang disebut proposal yang diajukan.",
        ),
    ),
    "DOK012": RuleWords(
        title=M("Lampiran bebas teks templat", "Attachments hold no template text"),
        messages={
            "dok.residue": M(
                "`{file}` halaman {page} masih memuat teks templat `{found}`",
                "`{file}` page {page} still holds template text `{found}`",
            ),
            "dok.residue.fix": M(
                "ganti teks templat dengan isi sebenarnya di dokumen asal, ekspor ulang PDF-nya, lalu ganti lampirannya",
                "replace the template text with the real content in the source document, export the PDF again and replace the attachment",
            ),
        },
        docs=Docs(
            "Tidak ada PDF lampiran yang masih memuat teks isian dari templat, pada halaman yang dibaca.",
            "Lulus bila teks yang dibaca dari setiap lampiran (halaman awal surat, halaman awal setiap berkas pendukung) tidak memuat isian yang dicari ADM012.",
            "Gagal (peringatan) sekali untuk setiap berkas, dengan menyebut halaman dan isiannya.",
            "Perbaikan: ganti teks templat di dokumen sumbernya, ekspor ulang PDF-nya, lalu lampirkan lagi.",
            'Sumber: saran; surat yang masih bertuliskan "Nama Inovasi" atau "Nomor: xxx" tampak belum selesai.',
        ),
    ),
    "DOK013": RuleWords(
        title=M(
            "Lampiran tanpa skrip atau aksi otomatis",
            "Attachments hold no scripts or automatic actions",
        ),
        messages={
            "active.additional_actions": M("aksi otomatis (/AA)", "automatic actions (/AA)"),
            "active.javascript": M("JavaScript", "JavaScript"),
            "active.launch": M("perintah menjalankan program", "a command that starts a program"),
            "active.open_action": M("aksi saat dibuka", "an action on opening"),
            "active.xfa": M("formulir XFA", "an XFA form"),
            "dok.active_content": M(
                "`{file}` memuat konten aktif ({kinds}) yang dijalankan Acrobat saat juri membukanya",
                "`{file}` holds active content ({kinds}) that Acrobat runs when a judge opens it",
            ),
            "dok.active_content.fix": M(
                "buat ulang PDF-nya tanpa skrip dan formulir (ekspor dari dokumen sumber, atau cetak ke PDF), lalu lampirkan lagi",
                "make the PDF again without scripts or forms (export it from the source document, or print to PDF), then attach it again",
            ),
        },
        docs=Docs(
            "Tidak ada PDF lampiran yang memuat JavaScript, aksi saat dibuka, aksi otomatis, atau formulir XFA.",
            "Lulus bila tidak ada lampiran yang memuat JavaScript dokumen atau halaman, aksi `/OpenAction` atau `/AA`, aksi menjalankan program, atau formulir XFA, di katalog dokumen maupun di halaman yang dibaca.",
            "Gagal (peringatan) sekali untuk setiap berkas, dengan menyebut isinya.",
            "Perbaikan: buat ulang PDF-nya tanpa skrip dan formulir (ekspor dari dokumen sumbernya, atau cetak ke PDF), lalu lampirkan lagi.",
            "Sumber: saran; Acrobat menjalankan isi seperti itu saat berkas dibuka (ISO 32000-1 §12.6 aksi dan pemicunya, §12.7.8 formulir XFA), dan juri membuka surat-surat di Acrobat.",
        ),
    ),
    "DOK101": RuleWords(
        title=M(
            "Setiap proposal melampirkan suratnya sendiri", "Each proposal attaches its own letters"
        ),
        messages={
            "cross.letter_shared": M(
                "berkas surat `{file}` juga dilampirkan oleh: {others}",
                "letter file `{file}` is also attached by: {others}",
            ),
            "cross.letter_shared.fix": M(
                "lampirkan surat yang ditandatangani untuk inovasi ini, bukan salinan surat proposal lain",
                "attach the letter signed for this innovation, not a copy of another proposal's letter",
            ),
        },
        docs=Docs(
            "Setiap proposal melampirkan suratnya sendiri.",
            "Lulus bila tidak ada berkas surat (surat identitas, surat kesediaan replikasi) sebuah proposal yang juga dilampirkan proposal lain dari edisi yang sama, menurut jalur sebenarnya atau isi yang identik (SHA-256).",
            "Gagal (peringatan) untuk setiap surat yang dipakai bersama proposal lain: sebuah surat menyebut satu inovasi dan para inovatornya, jadi berkas yang dipakai bersama hampir selalu salinan yang lupa diubah.",
            "Perbaikan: lampirkan surat yang ditandatangani untuk inovasi ini.",
            "Sumber: persyaratan 2025, setiap proposal punya *surat pernyataan identitas inovator* dan *surat kesediaan replikasi* sendiri (kaltimprov.go.id, metronewstv.co.id) [dikonfirmasi]; pemeriksaan berkas bersama itu sendiri heuristik.",
        ),
    ),
}
