"""Messages of `kipp_check.trust`: paths refused for reading or writing; see `kipp_check.i18n`."""

from __future__ import annotations

from kipp_check.i18n.message import Message as M

MESSAGES: dict[str, M] = {
    "trust.read_outside_root": M(
        "{path} adalah tautan (symlink) yang mengarah ke luar folder repositori {root}; "
        "berkas itu tidak dibaca",
        "{path} is a link (symlink) that leads outside the repository folder {root}; "
        "it is not read",
    ),
    "trust.read_outside_root.fix": M(
        "ganti tautan itu dengan berkasnya sendiri di dalam repositori",
        "replace the link with the file itself, inside the repository",
    ),
    "trust.read_hidden_link": M(
        "{path} adalah tautan (symlink) ke folder tersembunyi {folder} (mis. .git, tempat token "
        "CI disimpan); berkas itu tidak dibaca",
        "{path} is a link (symlink) into the hidden folder {folder} (e.g. .git, where the CI "
        "token is kept); it is not read",
    ),
    "trust.read_hidden_link.fix": M(
        "ganti tautan itu dengan berkasnya sendiri", "replace the link with the file itself"
    ),
    "trust.walk_too_big": M(
        "{pattern} menelusuri lebih dari {limit} entri; penelusuran dihentikan",
        "{pattern} looks at more than {limit} entries; the search was stopped",
    ),
    "trust.walk_too_big.fix": M(
        "persempit pola atau sebut folder proposal secara langsung",
        "narrow the pattern, or name the proposals' folders directly",
    ),
    "trust.output_link": M(
        "{path} adalah tautan (symlink); laporan tidak ditulis melalui tautan",
        "{path} is a link (symlink); a report is never written through a link",
    ),
    "trust.output_link.fix": M(
        "hapus tautan itu atau pilih berkas lain untuk --output",
        "remove the link, or choose another file for --output",
    ),
    "trust.output_parent_link": M(
        "{path} berada di balik tautan (symlink) {link}; laporan tidak ditulis melalui tautan",
        "{path} lies behind the link (symlink) {link}; a report is never written through a link",
    ),
    "trust.output_parent_link.fix": M(
        "ganti tautan itu dengan folder biasa atau pilih tempat lain untuk laporan",
        "replace the link with a plain folder, or choose another place for the report",
    ),
    "trust.output_not_regular": M(
        "{path} bukan berkas biasa (folder, FIFO atau perangkat) di dalam repositori; laporan "
        "tidak ditulis ke sana",
        "{path} is not a regular file (a folder, FIFO or device) inside the repository; the "
        "report is not written there",
    ),
    "trust.output_not_regular.fix": M(
        "pilih nama berkas lain untuk laporan", "choose another file name for the report"
    ),
    "trust.output_is_input": M(
        "{path} adalah berkas yang diperiksa (proposal, lampiran, konfigurasi atau paket aturan); "
        "laporan tidak akan menimpanya",
        "{path} is one of the files being checked (a proposal, attachment, config or rule pack); "
        "a report will not overwrite it",
    ),
    "trust.output_is_input.fix": M(
        "pilih nama lain untuk laporan, mis. --output hasil/laporan.html",
        "choose another name for the report, e.g. --output hasil/report.html",
    ),
    "trust.output_twice": M(
        "{path} dan {other} adalah berkas yang sama; dua laporan akan saling menimpa",
        "{path} and {other} are the same file; two reports would overwrite each other",
    ),
    "trust.output_twice.fix": M(
        "beri setiap --output berkasnya sendiri", "give each --output a file of its own"
    ),
    "trust.output_read_only": M(
        "{path} hanya-baca; laporan tidak akan menggantinya",
        "{path} is read-only; the report will not replace it",
    ),
    "trust.output_read_only.fix": M(
        "izinkan penulisan (chmod u+w) bila memang boleh diganti, atau pilih berkas lain",
        "make it writable (chmod u+w) if it may be replaced, or choose another file",
    ),
    "trust.config_output_outside": M(
        "outputs[].file {path} dari .kipp-check.yaml di repositori berada di luar folder "
        "repositori {root}",
        "outputs[].file {path} of the repository's .kipp-check.yaml lies outside the repository "
        "folder {root}",
    ),
    "trust.config_output_outside.fix": M(
        "tulis jalur relatif di dalam repositori, atau sebut tempat lain dengan --output "
        "(atau --config) dari baris perintah",
        "write a relative path inside the repository, or name another place with --output "
        "(or --config) on the command line",
    ),
    "trust.config_output_absolute": M(
        "{where}: outputs[].file {path} adalah jalur mutlak; konfigurasi di repositori hanya "
        "boleh menulis di dalam repositori",
        "{where}: outputs[].file {path} is an absolute path; a config in the repository may "
        "write only inside the repository",
    ),
    "trust.config_output_absolute.fix": M(
        "tulis jalur relatif terhadap .kipp-check.yaml, atau gunakan --output di baris perintah",
        "write a path relative to .kipp-check.yaml, or use --output on the command line",
    ),
    "trust.config_pack_outside": M(
        "{where}: pack menunjuk berkas di luar folder repositori {root}",
        "{where}: pack names a file outside the repository folder {root}",
    ),
    "trust.config_pack_outside.fix": M(
        "simpan paket lokal di dalam repositori, atau sebut dengan --pack di baris perintah",
        "keep the local pack inside the repository, or name it with --pack on the command line",
    ),
    "trust.config_limit_loosened": M(
        "{where}: limits.{key}: {value} melonggarkan batas bawaan ({default}); "
        ".kipp-check.yaml di repositori hanya boleh memperketat batas",
        "{where}: limits.{key}: {value} loosens the default limit ({default}); "
        "a .kipp-check.yaml in the repository may only tighten limits",
    ),
    "trust.config_limit_loosened.fix": M(
        "tulis nilai paling besar {default}, atau longgarkan lewat berkas --config yang "
        "disebut di baris perintah",
        "write at most {default}, or loosen it in a --config file named on the command line",
    ),
    "trust.config_foreign": M(
        "peringatan: {path} milik pengguna lain di folder yang dapat ditulisi siapa saja; "
        "konfigurasi itu diabaikan (seperti safe.directory pada git). Bila memang dipakai, "
        "sebut dengan --config",
        "warning: {path} belongs to another user, in a folder anyone may write to; it is "
        "ignored (like git's safe.directory). To use it anyway, name it with --config",
    ),
    "trust.init_linked_folder": M(
        "{path} adalah tautan (symlink); init tidak menulis melalui tautan",
        "{path} is a link (symlink); init never writes through a link",
    ),
    "trust.init_linked_folder.fix": M(
        "hapus tautan itu, atau jalankan lagi dengan --force untuk menggantinya dengan folder "
        "biasa",
        "remove the link, or run again with --force to replace it with a plain folder",
    ),
}
