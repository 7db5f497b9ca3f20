"""Messages of the rule titles (`rule.<ID>`), one short statement of each requirement; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "rule.ADM001": M(
        "Edisi kompetisi disebutkan dan dikenal", "Competition edition is named and known"
    ),
    "rule.ADM002": M("Kelompok inovasi sesuai edisi", "Innovation group is one the edition runs"),
    "rule.ADM003": M("Kategori salah satu kategori resmi", "Category is one of the official ones"),
    "rule.ADM004": M("Keselarasan dengan tema dijelaskan", "Alignment with the theme is explained"),
    "rule.ADM005": M("Judul inovasi diisi", "Innovation title is present"),
    "rule.ADM006": M("Judul sesuai norma dan kepantasan", "Title respects decency and propriety"),
    "rule.ADM007": M(
        "Judul akronim disertai kepanjangannya", "Acronym title carries its expansion"
    ),
    "rule.ADM008": M(
        "Instansi pengusul disebut dan memenuhi syarat", "Institution is named and eligible"
    ),
    "rule.ADM009": M("Zona waktu instansi diisi", "Institution's time zone is given"),
    "rule.ADM010": M("Inovator disebut namanya", "Innovators are named"),
    "rule.ADM011": M("Narahubung dapat dihubungi", "Contact person is reachable"),
    "rule.JDW001": M("Diajukan dalam masa pendaftaran", "Submitted within the registration window"),
    "rule.JDW002": M("Masih ada waktu sebelum batas akhir", "Time is left before the deadline"),
    "rule.JDW003": M("Tanggal mulai implementasi valid", "Implementation start date is valid"),
    "rule.JDW004": M("Usia inovasi mencukupi", "Innovation is old enough"),
    "rule.DOK001": M("Surat identitas inovator terlampir", "Innovator identity letter is attached"),
    "rule.DOK002": M(
        "Surat kesediaan replikasi terlampir", "Replication willingness letter is attached"
    ),
    "rule.DOK003": M(
        "Ukuran berkas dalam batas portal", "Files are within the portal's size limit"
    ),
    "rule.DOK004": M("Format berkas diterima portal", "File format is accepted by the portal"),
    "rule.DD001": M("Data dukung ada untuk setiap aspek", "Supporting data for every aspect"),
    "rule.DD002": M("Berkas data dukung dapat dibuka", "Supporting data files open"),
    "rule.ASP001": M("Semua aspek proposal diisi", "Every proposal aspect is answered"),
    "rule.ASP002": M("Jawaban dalam batas jumlah kata", "Answers are within their word limit"),
    "rule.ASP003": M("Tidak ada aspek di luar formulir", "No aspect outside the form"),
    "rule.ASP004": M("Klaim replikasi menyebut pereplikasi", "Replication claim names replicators"),
    "rule.KRI001": M("Manfaat terukur dengan angka", "Benefit is measured with figures"),
    "rule.KRI002": M("Status replikasi dinyatakan", "Replication status is stated"),
    "rule.KRI003": M("Keberlanjutan punya dasar hukum", "Durability has a legal basis"),
    "rule.VID001": M("Tautan video di layanan yang diizinkan", "Video link is on an allowed host"),
    "rule.VID002": M("Durasi video dalam batas", "Video length is within the limit"),
    "rule.VID003": M("Resolusi video mencukupi", "Video resolution is high enough"),
    "rule.VID004": M(
        "Bahasa video Indonesia atau bertakarir", "Video is in Indonesian or subtitled"
    ),
    "rule.VID005": M("Isi video lengkap, tanpa promosi", "Video contents complete, no promotion"),
}
