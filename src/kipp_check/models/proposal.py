"""The input contract: what `proposal.yaml` may contain.

Keys are Indonesian and mirror the SINOVIK form, so text moves between the two;
Python names stay English through aliases. Almost every key is optional here on
purpose: a missing title or letter is a finding of its criterion, with its own
rule ID and fix, rather than a bare schema error that would hide everything else.
The model is strict (no silent coercion) and forbids unknown keys.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kipp_check.models.text import IsoDate, NumberOrText, ShortText, Text

TimeZone = Literal["WIB", "WITA", "WIT"]


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        hide_input_in_errors=True,
        populate_by_name=False,
    )


class Institution(_Strict):
    """The submitting agency (*instansi*)."""

    name: ShortText | None = Field(None, alias="nama", description="Nama instansi pengusul.")
    kind: ShortText | None = Field(
        None,
        alias="jenis",
        description="Jenis instansi: kementerian, lembaga, pemprov, pemkab, pemkot, bumn, bumd.",
    )
    parent: ShortText | None = Field(
        None, alias="induk", description="Instansi induk, misalnya pemerintah daerahnya."
    )
    time_zone: TimeZone | None = Field(
        None, alias="zona_waktu", description="Zona waktu instansi: WIB, WITA atau WIT."
    )


class Innovator(_Strict):
    """One member of the innovating team."""

    name: ShortText | None = Field(None, alias="nama", description="Nama inovator.")
    position: ShortText | None = Field(None, alias="jabatan", description="Jabatan inovator.")


class Contact(_Strict):
    """The person the secretariat contacts."""

    name: ShortText | None = Field(None, alias="nama", description="Nama narahubung.")
    email: ShortText | None = Field(None, description="Surel narahubung.")
    phone: ShortText | None = Field(
        None, alias="telepon", description='Nomor telepon, dalam tanda kutip: "0812…".'
    )


class Replication(_Strict):
    """Whether other agencies already replicated the innovation, and which."""

    done: bool | None = Field(
        None, alias="sudah", description="true bila inovasi sudah direplikasi instansi lain."
    )
    by: list[ShortText] = Field(
        default_factory=list, alias="oleh", description="Instansi atau unit yang mereplikasi."
    )


class Adaptability(_Strict):
    """*Adaptabilitas*, answered in two parts."""

    replicated: Text | None = Field(
        None, alias="sudah_direplikasi", description="(a) Sudah direplikasi? Oleh siapa?"
    )
    potential: Text | None = Field(
        None, alias="potensi_replikasi", description="(b) Potensi replikasi di tempat lain."
    )


class Aspects(_Strict):
    """The proposal's aspects; which ones a group needs comes from the rule pack."""

    ringkasan: Text | None = Field(None, description="Ringkasan seluruh aspek.")
    latar_belakang_tujuan: Text | None = Field(None, description="Latar belakang dan tujuan.")
    kebaruan: Text | None = Field(None, description="Kebaruan / nilai tambah.")
    implementasi: Text | None = Field(None, description="Implementasi inovasi.")
    signifikansi: Text | None = Field(None, description="Dampak: sebelum dan sesudah, cara ukur.")
    adaptabilitas: Adaptability | None = Field(None, description="Adaptabilitas (dua bagian).")
    sumber_daya: Text | None = Field(None, description="Sumber daya yang digunakan.")
    strategi_keberlanjutan: Text | None = Field(
        None, description="Strategi kelembagaan, manajerial dan sosial."
    )
    inspirasi: Text | None = Field(None, description="Replikasi: inovasi asal yang ditiru.")
    proses_replikasi: Text | None = Field(None, description="Replikasi: cara mereplikasi.")
    faktor_pembeda: Text | None = Field(None, description="Replikasi: beda dari inovasi asal.")
    deskripsi_inovasi_awal: Text | None = Field(None, description="Khusus 2023.")
    pembaruan_peningkatan: Text | None = Field(None, description="Khusus 2023.")
    dampak: Text | None = Field(None, description="Khusus 2023.")
    penguatan_sumber_daya: Text | None = Field(None, description="Khusus 2023.")
    strategi_penguatan_keberlanjutan: Text | None = Field(None, description="Khusus 2023.")


AttachmentList = list[ShortText]


class SupportingData(_Strict):
    """*Data dukung*: PDF paths per aspect, relative to the proposal file."""

    latar_belakang_tujuan: AttachmentList | None = None
    kebaruan: AttachmentList | None = None
    implementasi: AttachmentList | None = None
    signifikansi: AttachmentList | None = None
    adaptabilitas: AttachmentList | None = None
    sumber_daya: AttachmentList | None = None
    strategi_keberlanjutan: AttachmentList | None = None
    inspirasi: AttachmentList | None = None
    proses_replikasi: AttachmentList | None = None
    faktor_pembeda: AttachmentList | None = None
    deskripsi_inovasi_awal: AttachmentList | None = None
    pembaruan_peningkatan: AttachmentList | None = None
    dampak: AttachmentList | None = None
    penguatan_sumber_daya: AttachmentList | None = None
    strategi_penguatan_keberlanjutan: AttachmentList | None = None


class Documents(_Strict):
    """The required letters, as PDF paths relative to the proposal file."""

    identity_letter: ShortText | None = Field(
        None, alias="surat_identitas_inovator", description="Surat pernyataan identitas inovator."
    )
    replication_letter: ShortText | None = Field(
        None, alias="surat_kesediaan_replikasi", description="Surat kesediaan replikasi."
    )


class VideoContents(_Strict):
    """What the video shows, as the innovator attests it."""

    idea: bool | None = Field(None, alias="gagasan")
    implementation: bool | None = Field(None, alias="implementasi")
    impact: bool | None = Field(None, alias="dampak")
    testimony: bool | None = Field(None, alias="testimoni")


class Video(_Strict):
    """The innovation video and its declared properties."""

    link: ShortText | None = Field(None, alias="tautan", description="Tautan YouTube atau drive.")
    duration: ShortText | None = Field(
        None, alias="durasi", description='Durasi "menit:detik", dalam tanda kutip: "4:35".'
    )
    resolution: NumberOrText | None = Field(
        None, alias="resolusi", description="Resolusi, misalnya 1080p."
    )
    language: ShortText | None = Field(None, alias="bahasa", description="Bahasa: id.")
    subtitles: bool | None = Field(None, alias="takarir", description="Ada takarir (subtitle).")
    contents: VideoContents | None = Field(None, alias="isi")
    no_commercial: bool | None = Field(
        None, alias="tanpa_promosi_komersial", description="Tanpa promosi produk atau merek."
    )


class Proposal(_Strict):
    """A KIPP proposal as written in `proposal.yaml`."""

    model_config = ConfigDict(title="Proposal KIPP")

    competition: ShortText | None = Field(
        None, alias="kompetisi", description="Paket aturan: kipp-2025 atau kipp-2023."
    )
    group: ShortText | None = Field(None, alias="kelompok", description="umum atau replikasi.")
    title: ShortText | None = Field(None, alias="judul", description="Judul inovasi.")
    category: ShortText | None = Field(None, alias="kategori", description="ID kategori.")
    theme_alignment: Text | None = Field(
        None, alias="keselarasan_tema", description="Keselarasan dengan tema tahun ini."
    )
    institution: Institution | None = Field(None, alias="instansi")
    innovators: list[Innovator] | None = Field(None, alias="inovator")
    contact: Contact | None = Field(None, alias="kontak")
    implementation_start: IsoDate | None = Field(
        None, alias="mulai_implementasi", description="Tanggal mulai implementasi, YYYY-MM-DD."
    )
    planned_submission: IsoDate | None = Field(
        None, alias="rencana_pengajuan", description="Rencana tanggal pengajuan di SINOVIK."
    )
    replication: Replication | None = Field(None, alias="replikasi")
    aspects: Aspects | None = Field(None, alias="proposal")
    supporting_data: SupportingData | None = Field(None, alias="data_dukung")
    documents: Documents | None = Field(None, alias="dokumen")
    video: Video | None = None

    def attachment_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every file the proposal attaches, with the document path where it is written."""
        refs: list[tuple[tuple[str | int, ...], str]] = []
        if self.documents is not None:
            for name, info in Documents.model_fields.items():
                value = getattr(self.documents, name)
                if value and value.strip():
                    refs.append((("dokumen", info.alias or name), value))
        if self.supporting_data is not None:
            for name, info in SupportingData.model_fields.items():
                for index, value in enumerate(getattr(self.supporting_data, name) or []):
                    refs.append((("data_dukung", info.alias or name, index), value))
        return refs
