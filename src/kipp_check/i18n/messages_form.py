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
