"""The words of the innovation-criteria rules (KRI, *kriteria inovasi*): what the answers show.

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "KRI001": RuleWords(
        title=M("Manfaat terukur dengan angka", "Benefit is measured with figures"),
        messages={
            "kri.benefit.few_figures": M(
                "manfaat belum terukur: jawaban {label} hanya memuat {figures} angka hasil",
                "the benefit is not measured: the {label} answer gives only {figures} result figure",
            ),
            "kri.benefit.few_figures.fix": M(
                "tulis angka sebelum dan sesudah inovasi (misalnya waktu layanan dari 14 hari menjadi 2 hari) dan cara mengukurnya",
                "give before and after figures (e.g. service time from 14 days to 2) and how they were measured",
            ),
            "kri.benefit.no_figures": M(
                "manfaat belum terukur: jawaban {label} belum memuat angka hasil",
                "the benefit is not measured: the {label} answer gives no result figures",
            ),
            "kri.benefit.no_figures.fix": M(
                "tulis angka sebelum dan sesudah inovasi (misalnya waktu layanan dari 14 hari menjadi 2 hari) dan cara mengukurnya",
                "give before and after figures (e.g. service time from 14 days to 2) and how they were measured",
            ),
            "kri.benefit.targets_only": M(
                "manfaat belum terukur: angka di jawaban {label} berupa target atau proyeksi ({targets}), belum hasil yang sudah diukur",
                "the benefit is not measured: the figures in the {label} answer are targets or projections ({targets}), not measured results",
            ),
            "kri.benefit.targets_only.fix": M(
                "tambahkan hasil yang sudah dicapai, dengan angka sebelum dan sesudah inovasi (misalnya waktu layanan turun dari 14 hari menjadi 2 hari menurut data sistem 2024); target boleh tetap ditulis sesudahnya",
                "add the results achieved, with figures before and after the innovation (e.g. service time fell from 14 days to 2 according to 2024 system data); targets may follow",
            ),
        },
        docs=Docs(
            "Manfaat yang terukur ditunjukkan dengan angka.",
            'Lulus bila aspek pertama pembawa *kemanfaatan* (2025: *signifikansi*, tempat dampak ditunjukkan) memuat paling sedikit dua angka, misalnya nilai sebelum dan sesudah, dalam kalimat yang melaporkan hasil. Tahun saja bukan angka hasil, dan target atau proyeksi ("ditargetkan", "akan menurunkan", "hingga 80 %" tanpa nilai awal) bukan hasil.',
            'Gagal (peringatan) bila kurang dari itu: "pelayanan menjadi lebih cepat" tidak menunjukkan ukuran apa pun; bila angkanya hanya target, pesannya mengatakan demikian dan mengutip kata-katanya.',
            "Perbaikan: tulis angka sebelum/sesudah dan cara mengukurnya (misalnya survei, SKM).",
            "Sumber: KIPP 2025 menekankan *kebermanfaatan yang terukur* (menpan.go.id) [dikonfirmasi]; menghitung angka adalah heuristik.",
        ),
    ),
    "KRI002": RuleWords(
        title=M("Status replikasi dinyatakan", "Replication status is stated"),
        messages={
            "kri.replication.unstated": M(
                "belum dinyatakan apakah inovasi sudah direplikasi",
                "it is not stated whether the innovation was replicated",
            ),
            "kri.replication.unstated.fix": M(
                "tambahkan `replikasi: {{sudah: true, oleh: [...]}}` atau `replikasi: {{sudah: false}}`",
                "add `replikasi: {{sudah: true, oleh: [...]}}` or `replikasi: {{sudah: false}}`",
            ),
        },
        docs=Docs(
            "Proposal menyatakan apakah inovasi sudah direplikasi.",
            "Lulus bila `replikasi.sudah` bernilai true atau false.",
            "Gagal (peringatan) bila tidak dinyatakan: Tim Evaluasi mendahulukan inovasi yang sudah direplikasi.",
            "Perbaikan: tambahkan `replikasi: {sudah: true, oleh: [...]}` atau `replikasi: {sudah: false}`.",
            "Sumber: KIPP 2025 menekankan replikasi; TE mendahulukan inovasi yang sudah direplikasi (menpan.go.id, suaraborneo.id) [dikonfirmasi].",
        ),
    ),
    "KRI003": RuleWords(
        title=M("Keberlanjutan punya dasar hukum", "Durability has a legal basis"),
        messages={
            "kri.durability.no_legal_basis": M(
                "strategi keberlanjutan tidak menyebut dasar hukum yang berlaku (peraturan, SK, surat edaran) di {aspects}",
                "the sustainability strategy names no legal basis in force (regulation, decree, circular) in {aspects}",
            ),
            "kri.durability.no_legal_basis.fix": M(
                "sebutkan peraturan atau keputusan yang melembagakan inovasi, misalnya Peraturan Bupati atau SK Kepala Dinas",
                "name the regulation or decree that institutionalises the innovation, e.g. a Peraturan Bupati",
            ),
            "kri.durability.planned_only": M(
                "dasar hukum di {aspects} baru direncanakan ({planned}); penilai mencari dasar hukum yang sudah berlaku",
                "the legal basis in {aspects} is only planned ({planned}); the judges look for one in force",
            ),
            "kri.durability.planned_only.fix": M(
                "sebutkan peraturan atau keputusan yang sudah ditetapkan, dengan jenis, pejabat, nomor dan tahunnya (misalnya Keputusan Kepala Dinas Nomor 440/123/2023); tulis rencananya sesudah itu",
                "name the regulation or decree already enacted, with its type, issuer, number and year (e.g. Keputusan Kepala Dinas Nomor 440/123/2023); the plan may follow",
            ),
        },
        docs=Docs(
            "Strategi keberlanjutan menyebut peraturan yang menjaga inovasi tetap berjalan.",
            'Lulus bila aspek pembawa *keberlanjutan* menyebut dasar hukum yang berlaku, dikenali dari bentuknya (`legal_basis`): jenis (*Peraturan*, *Keputusan*, *Instruksi*, *Surat Edaran*, *Qanun*, atau Perda, Perbup, Perwali, Pergub, Perkada, SK…) dengan penerbitnya (Bupati, Kepala Dinas, Badan Pusat Statistik…) atau nomor dan tahunnya. Kata "peraturan" atau "keputusan" saja tidak dihitung ("sesuai peraturan yang berlaku", "pengambilan keputusan"), begitu pula yang masih akan dibuat ("akan diusulkan Peraturan Bupati", "rancangan Perbup") atau yang disangkal ("belum ada SK").',
            "Gagal (peringatan) bila tidak ada yang berlaku disebut; pesannya mengutip dasar hukum yang baru direncanakan.",
            "Perbaikan: sebutkan peraturan atau keputusan yang melembagakan inovasi.",
            "Sumber: KIPP 2025 menekankan keberlanjutan sebagai kebijakan publik (menpan.go.id) [dikonfirmasi]; strategi kelembagaan = peraturan (formulir regional B) [diasumsikan].",
        ),
    ),
    "KRI004": RuleWords(
        title=M(
            "Dampak dibandingkan sebelum-sesudah, dengan cara ukurnya",
            "Impact compared before and after, with its measurement",
        ),
        messages={
            "hint.impact.no_comparison": M(
                "{label} belum membandingkan keadaan sebelum dan sesudah inovasi: tidak ada kata seperti {words}",
                "{label} does not compare before and after the innovation: no words such as {words}",
            ),
            "hint.impact.no_comparison.fix": M(
                'bandingkan keadaan sebelum dan sesudah dengan angka, misalnya "waktu layanan turun dari 14 hari menjadi 2 hari"',
                'compare before and after with figures, e.g. "waktu layanan turun dari 14 hari menjadi 2 hari" (service time fell from 14 days to 2)',
            ),
            "hint.impact.no_method": M(
                "{label} belum menyebut cara mengukur dampaknya: tidak ada kata seperti {words}",
                "{label} does not say how the impact was measured: no words such as {words}",
            ),
            "hint.impact.no_method.fix": M(
                "sebutkan cara mengukurnya, misalnya Survei Kepuasan Masyarakat, laporan evaluasi internal atau eksternal, atau data sistem",
                "say how it was measured, e.g. a public satisfaction survey (SKM), an internal or external evaluation report, or system data",
            ),
            "hint.impact.targets_only": M(
                "{label} menyebut target atau proyeksi ({targets}), belum perbandingan hasil sebelum dan sesudah inovasi",
                "{label} gives targets or projections ({targets}), not a before-and-after comparison of results",
            ),
            "hint.impact.targets_only.fix": M(
                'bandingkan hasil yang sudah dicapai dengan keadaan sebelumnya, misalnya "waktu layanan turun dari 14 hari menjadi 2 hari"',
                'compare the results achieved with the situation before, e.g. "waktu layanan turun dari 14 hari menjadi 2 hari" (service time fell from 14 days to 2)',
            ),
        },
        docs=Docs(
            "Dampak diceritakan sebagai perbandingan sebelum dan sesudah, beserta cara mengukurnya.",
            'Lulus bila aspek yang menunjukkan dampak (2025: *signifikansi*) memuat kata pembanding ("sebelum", "sesudah", "dari … menjadi", "turun", "naik") dan menyebut metode pengukuran ("survei", "SKM", "evaluasi", "wawancara", "laporan").',
            "Gagal (saran) untuk masing-masing dari keduanya yang tidak ada, dengan menyebut kata yang dicari. KRI001 menghitung angkanya; saran ini membaca cara angka itu disajikan.",
            "Perbaikan: bandingkan keadaan sebelum dan sesudah dengan angka, dan sebutkan cara mengukurnya (survei kepuasan, laporan evaluasi, data sistem).",
            "Sumber: formulir menanyakan dampak sebagai perbandingan sebelum-sesudah dan metode pengukurannya (salinan regional formulir 2023, formulir B) [diasumsikan]; KIPP 2025 menekankan manfaat yang terukur (menpan.go.id) [dikonfirmasi]; daftar katanya heuristik.",
        ),
    ),
    "KRI005": RuleWords(
        title=M(
            "Klaim replikasi menyebut nama instansi pereplikasi",
            "Replication claim names the replicating institutions",
        ),
        messages={
            "hint.replication.unnamed": M(
                "jawaban menyatakan sudah direplikasi ({claim}) tetapi tidak menyebut nama instansi pereplikasi",
                "the answer claims replication ({claim}) but names no replicating institution",
            ),
            "hint.replication.unnamed.fix": M(
                'sebutkan nama setiap instansi pereplikasi dan sejak kapan, misalnya "Disdukcapil Kabupaten Muara Lestari sejak Maret 2023"; penilai membaca jawaban ini, bukan `replikasi.oleh`',
                'name each replicating institution and since when, e.g. "Disdukcapil Kabupaten Muara Lestari sejak Maret 2023"; the judges read this answer, not `replikasi.oleh`',
            ),
        },
        docs=Docs(
            "Jawaban yang mengklaim replikasi menyebut nama instansi yang mereplikasinya.",
            'Lulus bila jawaban tentang replikasi (*adaptabilitas* bagian a) tidak mengklaim apa pun, atau menyebut sebuah instansi: kata seperti Dinas, Disdukcapil, Kabupaten, Kota, Puskesmas atau RSUD yang diikuti nama, atau kantor vertikal (singkatan dan wilayah: "BPS Kabupaten …", "KUA Kecamatan …"), selain instansi pengusul dan bukan tujuan kunjungan ("studi tiru ke Puskesmas …"). Bukan klaim (`text_claims`): penyangkalan ("belum ada unit kerja yang mereplikasi"), jawaban yang dibuka dengan "Belum." atau "Tidak.", sebuah potensi ("siap/dapat direplikasi"), dan apa pun bila proposal menyatakan `replikasi.sudah: false`.',
            'Gagal (saran) bila mengklaim replikasi ("telah direplikasi", atau `replikasi.sudah: true`) tetapi tidak menyebut siapa pun: penilai membaca teks ini, bukan `replikasi.oleh`.',
            'Perbaikan: sebutkan setiap instansi pereplikasi dan sejak kapan, misalnya "Disdukcapil Kabupaten Muara Lestari sejak Maret 2023".',
            "Sumber: pertanyaan (a) *Adaptabilitas* menanyakan unit atau instansi mana yang mereplikasi (salinan regional formulir 2023, formulir B) [diasumsikan]; Tim Evaluasi mendahulukan inovasi yang sudah direplikasi (suaraborneo.id) [satu sumber]; mengenali nama adalah heuristik.",
        ),
    ),
    "KRI006": RuleWords(
        title=M(
            "Replikasi dibuktikan surat atau perjanjian",
            "Replication is backed by a letter or an agreement",
        ),
        messages={
            "hint.replication.no_proof": M(
                "sudah direplikasi ({claim}), tetapi data dukung {label} tidak tampak memuat surat atau perjanjian replikasi: {files}",
                "replication is claimed ({claim}) but the {label} evidence does not look like a replication letter or agreement: {files}",
            ),
            "hint.replication.no_proof.fix": M(
                "lampirkan surat keterangan dari instansi pereplikasi atau perjanjian kerja samanya di `data_dukung.{key}`, dengan nama berkas yang menjelaskan isinya; surat kesediaan replikasi bukan bukti replikasi",
                "attach a letter from the replicating institution or the cooperation agreement under `data_dukung.{key}`, with a file name that says what it is; the letter of willingness to be replicated proves no replication",
            ),
        },
        docs=Docs(
            "Replikasi yang diklaim didukung surat atau perjanjian di antara data dukung.",
            'Lulus bila tidak ada klaim replikasi, tidak ada berkas di bawah `data_dukung.adaptabilitas` (DD001 memintanya), atau nama salah satu berkas menunjuk bukti: "replikasi", "perjanjian", "kerja sama", "PKS", "MoU", "keterangan".',
            "Gagal (saran) bila replikasi diklaim dan berkas yang tercantum tampak berisi hal lain, misalnya hanya foto; *surat kesediaan replikasi* tidak dihitung, karena hanya menawarkan diri untuk direplikasi.",
            "Perbaikan: lampirkan surat dari instansi pereplikasi atau perjanjian kerja samanya di bawah `data_dukung.adaptabilitas`, dengan nama berkas yang menjelaskan isinya.",
            "Sumber: setiap aspek kecuali ringkasan memerlukan data dukung (123dok.com, 2023) [diasumsikan untuk 2025]; dokumen mana yang membuktikan replikasi adalah saran, sebuah heuristik pada nama berkas.",
        ),
    ),
    "KRI007": RuleWords(
        title=M(
            "Strategi keberlanjutan mencakup manajerial dan sosial",
            "Sustainability covers managerial and social strategies",
        ),
        messages={
            "hint.strategies.absent": M(
                "{label} belum menyebut strategi {strategies}: tidak ada kata seperti {words}",
                "{label} does not mention the {strategies} strategy: no words such as {words}",
            ),
            "hint.strategies.absent.fix": M(
                "uraikan ketiga strategi: kelembagaan (peraturan, SK), manajerial (SOP, pelatihan, penjaminan mutu) dan sosial (siapa yang berperan serta dan bagaimana)",
                "set out the three strategies: institutional (regulation, decree), managerial (SOPs, training, quality assurance) and social (who takes part, and how)",
            ),
            "hint.strategy.institutional": M("kelembagaan", "institutional"),
            "hint.strategy.managerial": M("manajerial", "managerial"),
            "hint.strategy.social": M("sosial", "social"),
        },
        docs=Docs(
            "Strategi keberlanjutan mencakup strategi manajerial dan sosial, bukan hanya peraturan.",
            'Lulus bila jawaban strategi (2025: *strategi keberlanjutan*) menyebut strategi manajerial ("SOP", "pelatihan", "penjaminan mutu", "evaluasi", "tim pengelola") dan strategi sosial ("partisipasi", "pemangku kepentingan", "kader", "tokoh", "kemitraan"). Bila KRI003 tidak berjalan (kriterianya tidak ditekankan, seperti pada 2023), saran ini juga mencari strategi kelembagaan: peraturan atau keputusan, sebagaimana KRI003 membacanya.',
            "Gagal (peringatan) dengan menyebut setiap strategi yang tidak ditemukan dan kata yang dicari.",
            "Perbaikan: tulis ketiga strateginya berurutan: kelembagaan (peraturan atau keputusan), manajerial (SOP, pelatihan, penjaminan mutu) dan sosial (siapa yang berperan serta dan bagaimana).",
            "Sumber: formulir menanyakan strategi kelembagaan, manajerial dan sosial (salinan regional formulir 2023, formulir B) [diasumsikan]; KIPP 2025 menekankan keberlanjutan (menpan.go.id) [dikonfirmasi]; daftar katanya heuristik.",
        ),
    ),
    "KRI008": RuleWords(
        title=M("Kebaruan menyebut keadaan sebelum inovasi", "Novelty says what came before"),
        messages={
            "hint.novelty.no_before": M(
                "{label} belum menyebut apa yang berbeda dari keadaan sebelumnya: tidak ada kata seperti {words}",
                "{label} does not say what differs from before: no words such as {words}",
            ),
            "hint.novelty.no_before.fix": M(
                'tulis bagaimana layanan berjalan sebelum inovasi dan apa bedanya sekarang, misalnya "sebelumnya warga harus datang ke kantor dinas; kini cukup ke kantor desa"',
                'describe how the service ran before the innovation and what is different now, e.g. "sebelumnya warga harus datang ke kantor dinas; kini cukup ke kantor desa"',
            ),
        },
        docs=Docs(
            "Jawaban kebaruan menyebut apa yang berbeda sebelum ada inovasi.",
            'Lulus bila jawaban pembawa *kebaruan* memuat kata yang membandingkan inovasi dengan keadaan sebelumnya: "sebelumnya", "selama ini", "dibandingkan", "berbeda dengan", "cara lama", "konvensional", "manual".',
            'Gagal (saran) bila tidak ada satu pun: "yang pertama di kota ini" tidak menceritakan bagaimana layanan dijalankan sebelumnya.',
            'Perbaikan: ceritakan bagaimana layanan berjalan sebelumnya dan apa bedanya sekarang, misalnya "sebelumnya warga datang ke kantor dinas; kini cukup ke kantor desa".',
            "Sumber: *Kebaruan* menanyakan apa yang baru atau berbeda (salinan regional formulir 2023, formulir B) [diasumsikan]; kebaruan, yakni cara yang baru atau berbeda, adalah kriteria PermenPANRB 91/2021 (brida.sultengprov.go.id) [satu sumber]; daftar katanya heuristik.",
        ),
    ),
}
