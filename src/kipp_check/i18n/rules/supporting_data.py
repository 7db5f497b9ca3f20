"""The words of the supporting-data rules (DD, *data dukung*).

One block per rule: see `kipp_check.i18n.rules`.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M
from kipp_check.i18n.rules import Docs, RuleWords

RULES: dict[str, RuleWords] = {
    "DD001": RuleWords(
        title=M("Data dukung ada untuk setiap aspek", "Supporting data for every aspect"),
        messages={
            "dd.many.missing": M(
                "{count} aspek belum punya data dukung: {labels}",
                "{count} aspects have no supporting data: {labels}",
            ),
            "dd.many.missing.fix": M(
                "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) untuk tiap aspek itu di bawah `data_dukung` ({keys})",
                "attach evidence (reports, decrees, SOPs, photos as PDF) for each of these aspects under `data_dukung` ({keys})",
            ),
            "dd.missing": M(
                "aspek {label} belum punya data dukung (`data_dukung.{key}`)",
                "aspect {label} has no supporting data (`data_dukung.{key}`)",
            ),
            "dd.missing.fix": M(
                "lampirkan dokumen bukti (laporan, SK, SOP, foto dalam PDF) di bawah `data_dukung.{key}`",
                "attach evidence (reports, decrees, SOPs, photos as PDF) under `data_dukung.{key}`",
            ),
        },
        docs=Docs(
            "Setiap aspek yang memerlukan data dukung punya paling sedikit satu berkas.",
            "Lulus bila `data_dukung.<aspect>` memuat paling sedikit satu berkas untuk setiap aspek yang ditandai perlu bukti dalam paket aturan (2023: semua kecuali *ringkasan*).",
            "Gagal bila sebuah aspek tidak punya berkas; peringatan selama persyaratannya diasumsikan (2025). Aspek yang sama sekali tidak punya kunci di bawah `data_dukung` menjadi satu temuan yang menyebut semuanya (satu sebab, satu baris); aspek yang kuncinya ditulis tanpa berkas menjadi temuannya sendiri.",
            "Perbaikan: lampirkan dokumen yang membuktikan aspeknya (laporan, SK, SOP, foto dalam PDF).",
            "Sumber: materi sosialisasi 2023 (123dok) [dikonfirmasi untuk 2023]; 2025 diasumsikan dari 2023.",
        ),
    ),
    "DD002": RuleWords(
        title=M("Berkas data dukung dapat dibuka", "Supporting data files open"),
        messages={},
        docs=Docs(
            "Setiap berkas data dukung ada di dalam folder proposal dan terbuka sebagai PDF.",
            "Lulus bila setiap berkas di bawah `data_dukung` ditemukan (dengan ejaan persis sama), berupa berkas biasa di dalam folder, dan terbuka sebagai PDF dengan paling sedikit satu halaman.",
            "Gagal bila berkas tidak ada, di luar folder, bukan PDF, rusak atau terkunci.",
            "Perbaikan: perbaiki jalurnya atau ekspor ulang dokumennya sebagai PDF.",
            "Sumber: data dukung harus relevan dan dapat dibaca (kaltimprov.go.id) [dikonfirmasi].",
        ),
    ),
}
