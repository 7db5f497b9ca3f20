"""Messages about a pack's form (questions, identity fields, roles); see `kipp_check.i18n`.

What each question asks is the pack's own text (`help`), since the form changes
between editions; these are the generic sentences around it.
"""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "field.proposal.title": M("Aspek proposal", "Proposal aspects"),
    "field.data_dukung.title": M("Data dukung", "Supporting data"),
    "field.dokumen.title": M("Dokumen wajib", "Required letters"),
    "field.question": M(
        "Jawaban atas pertanyaan formulir ini.", "The answer to this question of the form."
    ),
    "field.data_dukung.generic": M(
        "Dokumen bukti untuk aspek ini, dalam PDF.", "Documents that prove this aspect, as PDFs."
    ),
    "field.dokumen.generic": M(
        "Surat yang sudah ditandatangani, dalam PDF.", "The signed letter, as a PDF."
    ),
    "field.identity": M(
        "Isian identitas formulir edisi ini.", "An identity field of this edition's form."
    ),
    "identity.choice_one": M("salah satu dari: {choices}", "one of: {choices}"),
    "identity.choice_many": M(
        "daftar berisi satu atau lebih dari: {choices}", "a list of one or more of: {choices}"
    ),
    "engine.not_applicable": M(
        "tidak berlaku: formulir {pack} tidak punya pertanyaan berperan {roles}",
        "not applicable: the {pack} form has no question with role {roles}",
    ),
    "jdw.window.not_announced": M(
        "jadwal pendaftaran {pack} belum diumumkan; tanggal dan batas waktu tidak diperiksa",
        "the {pack} registration window is not announced yet; dates and deadline are not checked",
    ),
    "jdw.window.not_announced.fix": M(
        "pantau pengumuman Kementerian PANRB; bila jadwal sudah terbit, tuliskan dalam paket lokal (`extends: {pack_id}`, `submission.opens`/`closes`)",
        "watch for Kementerian PANRB's announcement; once the window is published, write it in a local pack (`extends: {pack_id}`, `submission.opens`/`closes`)",
    ),
    "adm.identity.missing": M(
        "`{key}` ({label}) belum diisi; formulir {pack} memintanya",
        "`{key}` ({label}) is not filled in; the {pack} form asks for it",
    ),
    "adm.identity.missing.fix": M("isi `{key}`: {about}", "fill in `{key}`: {about}"),
    "dok.letter.other_missing": M(
        "{label} belum dilampirkan di `dokumen.{key}`",
        "{label} is not attached under `dokumen.{key}`",
    ),
    "dok.letter.other_missing.fix": M(
        "lampirkan surat yang sudah ditandatangani dalam PDF dan tulis jalurnya di `dokumen.{key}`",
        "attach the signed letter as a PDF and write its path under `dokumen.{key}`",
    ),
}

MESSAGES.update(
    {
        "init.window_unknown": M(
            "Jadwal pendaftaran {pack_title} di SINOVIK belum diumumkan; tuliskan tanggal rencana pengajuan setelah jadwal terbit.",
            "The {pack_title} registration window on SINOVIK is not announced yet; write the planned date once it is published.",
        ),
        "init.min_age_unknown": M(
            "{pack_title}: inovasi sudah berjalan minimal {years} tahun saat pendaftaran ditutup (tanggalnya belum diumumkan){note}.",
            "{pack_title}: the innovation has run at least {years} years when registration closes (date not announced yet){note}.",
        ),
        "init.identity.heading": M("{label}{note}", "{label}{note}"),
        "form.yes": M("ya", "yes"),
        "explain.roles": M(
            "Membaca pertanyaan berperan {roles}; di tiap paket:",
            "Reads the questions with role {roles}; in each pack:",
        ),
        "explain.roles.none": M(
            "tidak ada (aturan ini tidak berlaku)", "none (the rule does not apply)"
        ),
        "form.no": M("tidak", "no"),
        "init.section": M("== {label} ==", "== {label} =="),
        "report.window_not_announced": M(
            "jadwal pendaftaran belum diumumkan (per {today})",
            "registration window not announced (as of {today})",
        ),
    }
)
