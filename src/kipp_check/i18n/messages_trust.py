"""Messages of issue 15 (a report you can believe): statuses, text claims, letters, pasting.

See `kipp_check.i18n` for how areas are read; `models/row_status.py` says what
each status means.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "status.advice": M("saran saja", "advice only"),
    "criterion.aspek": M("Jawaban proposal", "Proposal answers"),
    "schema.top_level": M("tingkat teratas", "the top level"),
    "dd.many.missing": M(
        "{count} aspek belum punya data dukung: {labels}",
        "{count} aspects have no supporting data: {labels}",
    ),
    "dd.many.missing.fix": M(
        "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) untuk tiap aspek itu di"
        " bawah `data_dukung` ({keys})",
        "attach evidence (reports, decrees, SOPs, photos as PDF) for each of these aspects under"
        " `data_dukung` ({keys})",
    ),
    "report.and_list": M("{items} dan {last}", "{items} and {last}"),
    "kri.benefit.few_figures": M(
        "manfaat belum terukur: jawaban {label} hanya memuat {figures} angka hasil",
        "the benefit is not measured: the {label} answer gives only {figures} result figure",
    ),
    "kri.benefit.few_figures.fix": M(
        "tulis angka sebelum dan sesudah inovasi (misalnya waktu layanan dari 14 hari menjadi"
        " 2 hari) dan cara mengukurnya",
        "give before and after figures (e.g. service time from 14 days to 2) and how they were"
        " measured",
    ),
    "kri.benefit.targets_only": M(
        "manfaat belum terukur: angka di jawaban {label} berupa target atau proyeksi ({targets}),"
        " belum hasil yang sudah diukur",
        "the benefit is not measured: the figures in the {label} answer are targets or"
        " projections ({targets}), not measured results",
    ),
    "kri.benefit.targets_only.fix": M(
        "tambahkan hasil yang sudah dicapai, dengan angka sebelum dan sesudah inovasi (misalnya"
        " waktu layanan turun dari 14 hari menjadi 2 hari menurut data sistem 2024); target"
        " boleh tetap ditulis sesudahnya",
        "add the results achieved, with figures before and after the innovation (e.g. service"
        " time fell from 14 days to 2 according to 2024 system data); targets may follow",
    ),
    "kri.durability.planned_only": M(
        "dasar hukum di {aspects} baru direncanakan ({planned}); penilai mencari dasar hukum"
        " yang sudah berlaku",
        "the legal basis in {aspects} is only planned ({planned}); the judges look for one in"
        " force",
    ),
    "kri.durability.planned_only.fix": M(
        "sebutkan peraturan atau keputusan yang sudah ditetapkan, dengan jenis, pejabat, nomor"
        " dan tahunnya (misalnya Keputusan Kepala Dinas Nomor 440/123/2023); tulis rencananya"
        " sesudah itu",
        "name the regulation or decree already enacted, with its type, issuer, number and year"
        " (e.g. Keputusan Kepala Dinas Nomor 440/123/2023); the plan may follow",
    ),
    "hint.impact.targets_only": M(
        "{label} menyebut target atau proyeksi ({targets}), belum perbandingan hasil sebelum dan"
        " sesudah inovasi",
        "{label} gives targets or projections ({targets}), not a before-and-after comparison of"
        " results",
    ),
    "hint.impact.targets_only.fix": M(
        'bandingkan hasil yang sudah dicapai dengan keadaan sebelumnya, misalnya "waktu layanan'
        ' turun dari 14 hari menjadi 2 hari"',
        'compare the results achieved with the situation before, e.g. "waktu layanan turun dari'
        ' 14 hari menjadi 2 hari" (service time fell from 14 days to 2)',
    ),
}
