"""Messages of the content hints (`rules/hints*.py`): titles, findings, fixes; see `kipp_check.i18n`.

A hint names the words that triggered it, or the words it looked for; those
words are Indonesian in both languages, because the proposal is.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

TITLES: dict[str, M] = {
    "rule.KRI004": M(
        "Dampak dibandingkan sebelum-sesudah, dengan cara ukurnya",
        "Impact compared before and after, with its measurement",
    ),
    "rule.KRI005": M(
        "Klaim replikasi menyebut nama instansi pereplikasi",
        "Replication claim names the replicating institutions",
    ),
    "rule.KRI006": M(
        "Replikasi dibuktikan surat atau perjanjian",
        "Replication is backed by a letter or an agreement",
    ),
    "rule.KRI007": M(
        "Strategi keberlanjutan mencakup manajerial dan sosial",
        "Sustainability covers managerial and social strategies",
    ),
    "rule.KRI008": M("Kebaruan menyebut keadaan sebelum inovasi", "Novelty says what came before"),
    "rule.ASP005": M(
        "Jawaban menyisakan ruang di bawah batas kata", "Answers leave room below the word limit"
    ),
}

FINDINGS: dict[str, M] = {
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
    "hint.replication.unnamed": M(
        "jawaban menyatakan sudah direplikasi ({claim}) tetapi tidak menyebut nama instansi pereplikasi",
        "the answer claims replication ({claim}) but names no replicating institution",
    ),
    "hint.replication.unnamed.fix": M(
        'sebutkan nama setiap instansi pereplikasi dan sejak kapan, misalnya "Disdukcapil Kabupaten Muara Lestari sejak Maret 2023"; penilai membaca jawaban ini, bukan `replikasi.oleh`',
        'name each replicating institution and since when, e.g. "Disdukcapil Kabupaten Muara Lestari sejak Maret 2023"; the judges read this answer, not `replikasi.oleh`',
    ),
    "hint.replication.no_proof": M(
        "sudah direplikasi ({claim}), tetapi data dukung {label} tidak tampak memuat surat atau perjanjian replikasi: {files}",
        "replication is claimed ({claim}) but the {label} evidence does not look like a replication letter or agreement: {files}",
    ),
    "hint.replication.no_proof.fix": M(
        "lampirkan surat keterangan dari instansi pereplikasi atau perjanjian kerja samanya di `data_dukung.{key}`, dengan nama berkas yang menjelaskan isinya; surat kesediaan replikasi bukan bukti replikasi",
        "attach a letter from the replicating institution or the cooperation agreement under `data_dukung.{key}`, with a file name that says what it is; the letter of willingness to be replicated proves no replication",
    ),
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
    "hint.novelty.no_before": M(
        "{label} belum menyebut apa yang berbeda dari keadaan sebelumnya: tidak ada kata seperti {words}",
        "{label} does not say what differs from before: no words such as {words}",
    ),
    "hint.novelty.no_before.fix": M(
        'tulis bagaimana layanan berjalan sebelum inovasi dan apa bedanya sekarang, misalnya "sebelumnya warga harus datang ke kantor dinas; kini cukup ke kantor desa"',
        'describe how the service ran before the innovation and what is different now, e.g. "sebelumnya warga harus datang ke kantor dinas; kini cukup ke kantor desa"',
    ),
    "hint.near_limit": M(
        "{label}: {words} dari {limit} kata ({percent} %), dekat batas",
        "{label}: {words} of {limit} words ({percent} %), close to the limit",
    ),
    "hint.near_limit.fix": M(
        "pangkas beberapa kalimat: cara SINOVIK menghitung kata tidak diumumkan, jadi hitungan portal bisa sedikit berbeda",
        "trim a few sentences: SINOVIK does not publish how it counts words, so the portal's count may differ slightly",
    ),
}

MESSAGES: dict[str, M] = {**TITLES, **FINDINGS}
