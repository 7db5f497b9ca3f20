"""The input contract: what `proposal.yaml` may contain.

Keys are Indonesian and mirror the SINOVIK form, so text moves between the two;
Python names stay English through aliases. Almost every key is optional here on
purpose: a missing title or letter is a finding of its criterion, with its own
rule ID and fix, rather than a bare schema error that would hide everything else.
The model is strict (no silent coercion) and forbids unknown keys.

Titles, descriptions and examples only shape the exported JSON Schema, which
editors show while the innovator types; each description is the catalogue's
`field.<path>` sentence in Indonesian, the same one `kipp-check init` writes
above the key.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kipp_check.i18n import Lang, text
from kipp_check.models.text import IsoDate, NumberOrText, ShortText, Text

TimeZone = Literal["WIB", "WITA", "WIT"]


def _about(path: str) -> str:
    """The Indonesian description of the key at `path`, from the message catalogue."""
    return text(f"field.{path}", Lang.ID)


def _titled(title: str, path: str) -> ConfigDict:
    """Schema title and description of a nested mapping (its `$defs` entry)."""
    return ConfigDict(title=title, json_schema_extra={"description": _about(path)})


def _field(path: str, alias: str | None = None, *, examples: list[Any] | None = None) -> Any:
    """An optional key: absent means `None`, described from the catalogue."""
    return Field(None, alias=alias, description=_about(path), examples=examples)


class Strict(BaseModel):
    # defer_build: only `Proposal` is ever validated, and its validator holds the
    # nested models' schemas; a validator of each nested model would go unused.
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        hide_input_in_errors=True,
        populate_by_name=False,
        defer_build=True,
    )


class Institution(Strict):
    """The submitting agency (*instansi*)."""

    model_config = _titled("Instansi", "instansi")

    name: ShortText | None = _field(
        "instansi.nama", "nama", examples=["Dinas Kependudukan dan Pencatatan Sipil Kabupaten X"]
    )
    kind: ShortText | None = _field("instansi.jenis", "jenis", examples=["pemkab", "pemkot"])
    parent: ShortText | None = _field(
        "instansi.induk", "induk", examples=["Pemerintah Kabupaten X"]
    )
    time_zone: TimeZone | None = _field("instansi.zona_waktu", "zona_waktu")


class Innovator(Strict):
    """One member of the innovating team."""

    model_config = _titled("Inovator", "inovator")

    name: ShortText | None = _field("inovator.nama", "nama")
    position: ShortText | None = _field("inovator.jabatan", "jabatan")


class Contact(Strict):
    """The person the secretariat contacts."""

    model_config = _titled("Narahubung", "kontak")

    name: ShortText | None = _field("kontak.nama", "nama")
    email: ShortText | None = _field("kontak.email", examples=["inovasi@contohkab.go.id"])
    phone: ShortText | None = _field("kontak.telepon", "telepon", examples=["081234567890"])


class Replication(Strict):
    """Whether other agencies already replicated the innovation, and which."""

    model_config = _titled("Replikasi", "replikasi")

    done: bool | None = _field("replikasi.sudah", "sudah")
    by: list[ShortText] = Field(
        default_factory=list, alias="oleh", description=_about("replikasi.oleh")
    )


class VideoContents(Strict):
    """What the video shows, as the innovator attests it."""

    model_config = _titled("Isi video", "video.isi")

    idea: bool | None = _field("video.isi.gagasan", "gagasan")
    implementation: bool | None = _field("video.isi.implementasi", "implementasi")
    impact: bool | None = _field("video.isi.dampak", "dampak")
    testimony: bool | None = _field("video.isi.testimoni", "testimoni")


class Video(Strict):
    """The innovation video and its declared properties."""

    model_config = _titled("Video", "video")

    link: ShortText | None = _field(
        "video.tautan", "tautan", examples=["https://youtu.be/kode-video"]
    )
    duration: ShortText | None = _field("video.durasi", "durasi", examples=["4:35"])
    resolution: NumberOrText | None = _field(
        "video.resolusi", "resolusi", examples=["720p", "1080p"]
    )
    language: ShortText | None = _field("video.bahasa", "bahasa", examples=["id"])
    subtitles: bool | None = _field("video.takarir", "takarir")
    contents: VideoContents | None = _field("video.isi", "isi")
    no_commercial: bool | None = _field("video.tanpa_promosi_komersial", "tanpa_promosi_komersial")


class Proposal(Strict):
    """A KIPP proposal as written in `proposal.yaml`."""

    model_config = ConfigDict(
        title="Proposal KIPP",
        json_schema_extra={
            "description": "Proposal Kompetisi Inovasi Pelayanan Publik (KIPP) untuk SINOVIK. "
            "Periksa dengan: kipp-check proposal.yaml"
        },
    )

    competition: ShortText | None = _field("kompetisi", "kompetisi", examples=["kipp-2025"])
    group: ShortText | None = _field("kelompok", "kelompok")
    title: ShortText | None = _field(
        "judul", "judul", examples=["SIGAP (Sistem Integrasi Gerai Adminduk Perdesaan)"]
    )
    category: ShortText | None = _field("kategori", "kategori")
    theme_alignment: Text | None = _field("keselarasan_tema", "keselarasan_tema")
    institution: Institution | None = _field("instansi", "instansi")
    innovators: list[Innovator] | None = _field("inovator", "inovator")
    contact: Contact | None = _field("kontak", "kontak")
    implementation_start: IsoDate | None = _field(
        "mulai_implementasi", "mulai_implementasi", examples=["2021-08-02"]
    )
    planned_submission: IsoDate | None = _field(
        "rencana_pengajuan", "rencana_pengajuan", examples=["2025-05-26"]
    )
    replication: Replication | None = _field("replikasi", "replikasi")
    # The form's own parts: a pack's model (`models.form.proposal_model`) gives each
    # its questions, letters and identity fields; the common core above is every edition's.
    aspects: BaseModel | None = _field("proposal", "proposal")
    supporting_data: BaseModel | None = _field("data_dukung", "data_dukung")
    documents: BaseModel | None = _field("dokumen", "dokumen")
    video: Video | None = _field("video")
    carried_over: dict[str, Any] | None = _field("arsip_migrasi", "arsip_migrasi")
    """What `kipp-check migrate` could not place in this edition's form, kept verbatim."""

    def attachment_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every file the proposal attaches, with the document path where it is written."""
        refs: list[tuple[tuple[str | int, ...], str]] = []
        if self.documents is not None:
            for name, info in type(self.documents).model_fields.items():
                value = getattr(self.documents, name)
                if isinstance(value, str) and value.strip():
                    refs.append((("dokumen", info.alias or name), value))
        if self.supporting_data is not None:
            for name, info in type(self.supporting_data).model_fields.items():
                for index, value in enumerate(getattr(self.supporting_data, name) or []):
                    refs.append((("data_dukung", info.alias or name, index), value))
        return refs

    def written(self, key: str) -> object:
        """The value of a pack-defined identity field written as `key`, or `None`."""
        for name, info in type(self).model_fields.items():
            if (info.alias or name) == key:
                return getattr(self, name)
        return None
