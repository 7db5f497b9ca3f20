"""The command line as a new user meets it: in a pipe, in a narrow terminal, asking for help.

Each test runs the real `kipp-check` in a subprocess (some on a pseudo-terminal,
which is what decides colour, width and the export's default format).
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.support.cli import ROOT, run_cli
from tests.support.samples import TODAY, copy_example

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def on_terminal(
    *args: str, columns: int = 100, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """`kipp-check ARGS` with its standard output on a terminal `columns` wide."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("KIPP_CHECK", "COLUMNS", "LINES"))
    }
    environment.pop("NO_COLOR", None)
    environment.pop("FORCE_COLOR", None)
    environment.update({"PYTHONIOENCODING": "utf-8", "TERM": "xterm"})
    environment.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "kipp_check", *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env=environment,
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal is gone once the process has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    code = process.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


# --- 5: a closed pipe -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("examples/", "--today", TODAY), 1),
        (("examples/siap", "--today", TODAY), 0),
        (("rules",), 0),
    ],
)
def test_a_reader_that_closes_the_pipe_is_not_an_internal_error(
    args: tuple[str, ...], code: int
) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KIPP_CHECK")}
    process = subprocess.Popen(
        [sys.executable, "-m", "kipp_check", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=environment,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert process.wait(timeout=120) == code, err
    assert "internal" not in err and "Traceback" not in err and "BrokenPipe" not in err


def test_head_one_in_a_shell_pipeline(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"set -o pipefail; {sys.executable} -m kipp_check examples/ --today {TODAY} | head -1",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert re.fullmatch(r"Ringkasan \d+ proposal\n", done.stdout), done.stdout  # its first line
    assert done.returncode == 1, done.stderr  # the run's own verdict: one proposal not ready
    assert "kesalahan internal" not in done.stderr


# --- 6: usage errors in the user's language ----------------------------------------------

_CLICK_ENGLISH = (
    "No such option",
    "Invalid value",
    "Missing ",
    "Got unexpected",
    "Possible options",
    "Error:",
    "Usage:",
    "Input should",
    "Value error",
    "requires an argument",
    "Try '",
)

USAGE_ERRORS = [
    (
        ["--tody", "2025-05-20", "examples/siap"],
        "opsi `--tody` tidak dikenal; mungkin maksudnya --today?",
        "unknown option `--tody`; did you mean --today?",
    ),
    (
        ["examples/siap", "--format", "pdf"],
        "`pdf` bukan nilai --format yang dikenal; pilihan: terminal, json",
        "`pdf` is not a known value of --format; choices: terminal, json",
    ),
    (
        ["examples/siap", "--jobs", "0"],
        "--jobs paling sedikit 1, tertulis `0`",
        "--jobs must be at least 1, found `0`",
    ),
    (
        ["examples/siap", "--max-warnings", "banyak"],
        "--max-warnings harus bilangan bulat, tertulis `banyak`",
        "--max-warnings must be a whole number, found `banyak`",
    ),
    (["examples/siap", "--today"], "opsi --today memerlukan nilai", "option --today needs a value"),
    (
        ["examples/siap", "--debug=ya"],
        "opsi --debug tidak menerima nilai",
        "option --debug does not take a value",
    ),
    (["explain"], "RULE-ID belum ditulis", "RULE-ID is missing"),
    (["explain", "KC001", "lagi"], "argumen berlebih: lagi", "unexpected extra arguments: lagi"),
    (
        ["examples/siap", "--fail-on", "kadang"],
        "`kadang` bukan nilai --fail-on yang dikenal; pilihan: error, warning, info, never",
        "`kadang` is not a known value of --fail-on; choices: error, warning, info, never",
    ),
]


@pytest.mark.parametrize(
    ("args", "indonesian", "english"), USAGE_ERRORS, ids=[" ".join(c[0]) for c in USAGE_ERRORS]
)
def test_usage_errors_are_said_in_the_users_language(
    args: list[str], indonesian: str, english: str
) -> None:
    said = run_cli(*args)
    assert said.code == 2, said
    assert f"kesalahan penggunaan: {indonesian}" in said.err
    assert "lihat `kipp-check" in said.err
    assert not [w for w in _CLICK_ENGLISH if w in said.err], said.err
    english_run = (
        run_cli(*args, "--lang", "en")
        if args != ["examples/siap", "--today"]
        else run_cli("--lang", "en", *args)
    )
    assert english_run.code == 2, english_run
    assert f"usage error: {english}" in english_run.err
    assert "kesalahan" not in english_run.err and "lihat" not in english_run.err


def test_config_choices_are_joined_in_the_users_language(tmp_path: Path) -> None:
    copy_example("siap", tmp_path / "siap")
    (tmp_path / ".kipp-check.yaml").write_text(
        "fail_on: kadang\nmax_warnings: -1\n", encoding="utf-8"
    )
    said = run_cli("siap", "--today", TODAY, cwd=tmp_path)
    assert said.code == 2, said
    assert "'error', 'warning', 'info' atau 'never'" in said.err and " or " not in said.err
    english = run_cli("siap", "--today", TODAY, "--lang", "en", cwd=tmp_path)
    assert "'error', 'warning', 'info' or 'never'" in english.err
    (tmp_path / ".kipp-check.yaml").write_text("max_warnings: -1\n", encoding="utf-8")
    said = run_cli("siap", "--today", TODAY, cwd=tmp_path)
    assert "`max_warnings` paling sedikit 0" in said.err and "→" in said.err


# --- 7: help pages --------------------------------------------------------------------

COMMANDS = ("check", "init", "schema", "rules", "explain", "export")
_ENGLISH_WORDS = {
    "usage",
    "options",
    "arguments",
    "commands",
    "show",
    "this",
    "message",
    "and",
    "exit",
    "required",
    "the",
    "of",
    "or",
    "to",
    "a",
    "an",
    "with",
    "for",
    "file",
    "default",
    "environment",
    "variable",
    "choices",
    "check",
    "write",
    "print",
    "list",
    "run",
    "traceback",
}
_INDONESIAN_WORDS = {
    "pemakaian",
    "opsi",
    "argumen",
    "perintah",
    "tampilkan",
    "bantuan",
    "lalu",
    "keluar",
    "wajib",
    "bawaan",
    "atau",
    "dan",
    "yang",
    "berkas",
    "untuk",
    "dengan",
    "ini",
    "pilihan",
    "variabel",
    "lingkungan",
    "tulis",
    "jalankan",
    "periksa",
    "bahasa",
    "laporan",
    "aturan",
}
_NOT_WORDS = re.compile(
    r"--?[\w-]+|\b[A-Z][A-Z0-9_-]+\b|\S+\.(?:yaml|json|md)\S*|\S*/\S*|kipp-\S+|`[^`]*`"
)


def _words(page: str) -> set[str]:
    """The words of a help page, without option names, placeholders, file names and code."""
    return {w.casefold() for w in re.findall(r"[A-Za-z]+", _NOT_WORDS.sub(" ", page))}


def _help_pages(lang_args: tuple[str, ...], env: dict[str, str] | None = None) -> dict[str, str]:
    pages = {}
    for name, args in (
        [("root --help", ("--help",)), ("root -h", ("-h",))]
        + [(f"{c} --help", (c, "--help")) for c in COMMANDS]
        + [(f"{c} -h", (c, "-h")) for c in COMMANDS]
    ):
        ran = run_cli(*args, *lang_args, env=env)
        assert ran.code == 0, (name, ran)
        pages[name] = ran.out
    return pages


def test_help_pages_in_indonesian_have_no_english() -> None:
    for name, page in _help_pages(()).items():
        assert page.startswith("Pemakaian: kipp-check"), name
        leaked = _words(page) & _ENGLISH_WORDS - set(COMMANDS)  # a command's name is a name
        assert not leaked, (name, leaked, page)


@pytest.mark.parametrize("how", ["--lang en", "KIPP_CHECK_LANG=en"])
def test_help_pages_in_english_have_no_indonesian(how: str) -> None:
    lang_args = ("--lang", "en") if how == "--lang en" else ()
    env = {"KIPP_CHECK_LANG": "en"} if how != "--lang en" else None
    pages = _help_pages(lang_args, env)
    for name, page in pages.items():
        assert page.startswith("Usage: kipp-check"), (name, page)
        leaked = _words(page) & _INDONESIAN_WORDS - set(COMMANDS)
        assert not leaked, (name, leaked, page)


def test_check_help_shows_placeholders_not_python_types() -> None:
    page = run_cli("check", "--help").out
    for shown in (
        "PATH...",
        "--today YYYY-MM-DD",
        "--output FILE",
        "--config FILE",
        "-j, --jobs N",
        "--max-warnings N",
        "--lang id|en",
        "--fail-on error|warning|info|never",
        "--color auto|always|never",
        "--format FORMAT",
        "-h, --help",
    ):
        assert shown in page, shown
    assert not re.search(r"<[a-z]|list\[|int range|\[x>=", page), page
    assert run_cli("examples/siap/proposal.yaml", "-h").out == page  # the default command's help


def test_bare_command_shows_the_help_and_exits_2() -> None:
    ran = run_cli()
    assert ran.code == 2
    assert ran.out.startswith("Pemakaian: kipp-check [OPSI] PERINTAH [ARGUMEN]...")


# --- 8: colour and width --------------------------------------------------------------


def test_force_color_and_the_color_flag() -> None:
    report = ("examples/belum-siap", "--today", TODAY)
    assert ANSI.search(run_cli(*report, env={"NO_COLOR": "", "FORCE_COLOR": "1"}).out)
    assert not ANSI.search(run_cli(*report, env={"NO_COLOR": "", "FORCE_COLOR": "0"}).out)
    assert ANSI.search(run_cli(*report, "--color", "always").out)
    assert not ANSI.search(
        run_cli(*report, "--color", "never", env={"NO_COLOR": "", "FORCE_COLOR": "1"}).out
    )
    assert not ANSI.search(
        run_cli(*report, "--no-color", env={"NO_COLOR": "", "FORCE_COLOR": "1"}).out
    )
    code, shown = on_terminal(*report)
    assert code == 1 and ANSI.search(shown)
    code, shown = on_terminal(*report, env={"NO_COLOR": "1"})
    assert code == 1 and not ANSI.search(shown)


@pytest.mark.parametrize("columns", [40, 60, 79])
def test_a_narrow_terminal_gets_a_stacked_report_that_fits(columns: int) -> None:
    code, shown = on_terminal("examples/", "--today", TODAY, columns=columns)
    assert code == 1
    plain = ANSI.sub("", shown)
    too_wide = [line for line in plain.split("\n") if len(line) > columns]
    assert not too_wide, too_wide
    assert "\nKebaruan/Nilai Tambah\n" in plain  # a criterion's name whole, on its own line
    assert "Bobot 15 %" in plain
    assert re.search(r"\n\d\. SIGAP \(Sistem Integrasi Gerai", plain)  # the overview, a block each


def test_a_wide_terminal_keeps_the_table() -> None:
    code, shown = on_terminal("examples/siap", "--today", TODAY, columns=120)
    assert code == 0
    assert re.search(r"Kriteria +Bobot +Status", ANSI.sub("", shown))


# --- 9: reserved codes are documented ---------------------------------------------------


@pytest.mark.parametrize("code", ["KC000", "KC001", "KC002", "KC003", "KC004", "KC005", "KC006"])
def test_explain_documents_every_reserved_code(code: str) -> None:
    said = run_cli("explain", code.lower())
    assert said.code == 0, said
    assert said.out.startswith(f"{code} · ")
    assert "Yang diperiksa" in said.out and "Cara memperbaiki" in said.out
    english = run_cli("explain", code, "--lang", "en")
    assert english.code == 0 and "What it checks" in english.out and "How to fix" in english.out
    assert re.search(rf"^{code} ", run_cli("rules").out, re.MULTILINE)
    for page in ("docs/rules.md", "docs/rules.en.md"):
        assert f'<a id="{code.lower()}"></a>' in (ROOT / page).read_text(encoding="utf-8")


def test_a_broken_file_points_to_an_explained_code(tmp_path: Path) -> None:
    (tmp_path / "proposal.yaml").write_text("judul: [tidak ditutup\n", encoding="utf-8")
    said = run_cli("proposal.yaml", "--today", TODAY, "--format", "json", cwd=tmp_path)
    codes = {f["rule_id"] for f in json.loads(said.out)["findings"]}
    assert codes and all(c.startswith("KC") for c in codes)
    for code in codes:
        assert run_cli("explain", code).code == 0


# --- 10: export on a terminal ---------------------------------------------------------


def test_export_on_a_terminal_is_plain_text_and_markdown_into_a_pipe() -> None:
    code, shown = on_terminal("export", "examples/belum-siap/proposal.yaml")
    assert code == 0
    assert "\\." not in shown and not re.search(r"\\$", shown, re.MULTILINE)
    piped = run_cli("export", "examples/belum-siap/proposal.yaml")
    assert piped.code == 0 and piped.out.startswith("# ")  # Markdown where it is kept
    code, forced = on_terminal(
        "export", "examples/belum-siap/proposal.yaml", "--format", "markdown"
    )
    assert forced.startswith("# ")


# --- 11: where the report went ----------------------------------------------------------


def test_writing_a_report_file_says_where(tmp_path: Path) -> None:
    copy_example("siap", tmp_path / "siap")
    said = run_cli("siap", "--today", TODAY, "--format", "html", "--output", "r.html", cwd=tmp_path)
    assert said.code == 0, said
    assert said.out == ""
    assert said.err.startswith("Laporan ditulis ke r.html\n")
    english = run_cli(
        "siap",
        "--today",
        TODAY,
        "--format",
        "sarif",
        "--output",
        "hasil/r.sarif",
        "--format",
        "html",
        "--output",
        "r.html",
        "--lang",
        "en",
        cwd=tmp_path,
    )
    assert "Report written to hasil/r.sarif\nReport written to r.html\n" in english.err
    exported = run_cli("export", "siap/proposal.yaml", "--output", "teks.md", cwd=tmp_path)
    assert exported.err == "Laporan ditulis ke teks.md\n" and (tmp_path / "teks.md").is_file()


# --- 3 and 4: paths from the repository root, the concise format ------------------------


def _uris(sarif: str) -> set[str]:
    results = json.loads(sarif)["runs"][0]["results"]
    return {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}


def test_ci_paths_are_relative_to_the_repository_root(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=60)
    copy_example("belum-siap", tmp_path / "usulan" / "belum-siap")
    copy_example("siap", tmp_path / "usulan" / "siap")
    inside = tmp_path / "usulan" / "siap"
    sarif = run_cli("../belum-siap", "--today", TODAY, "--format", "sarif", cwd=inside)
    assert _uris(sarif.out) == {"usulan/belum-siap/proposal.yaml"}
    log = json.loads(sarif.out)["runs"][0]["tool"]["driver"]
    assert log["informationUri"].startswith("https://")
    gitlab = run_cli(".", "--today", TODAY, "--format", "gitlab", cwd=tmp_path / "usulan")
    assert {i["location"]["path"] for i in json.loads(gitlab.out)} == {
        "usulan/belum-siap/proposal.yaml"
    }


def test_ci_variables_name_the_root_without_git(tmp_path: Path) -> None:
    copy_example("belum-siap", tmp_path / "a" / "belum-siap")
    where = tmp_path / "a" / "belum-siap"
    for variable, fmt in (("GITHUB_WORKSPACE", "sarif"), ("CI_PROJECT_DIR", "gitlab")):
        ran = run_cli(
            ".", "--today", TODAY, "--format", fmt, cwd=where, env={variable: str(tmp_path)}
        )
        shown = (
            _uris(ran.out)
            if fmt == "sarif"
            else {i["location"]["path"] for i in json.loads(ran.out)}
        )
        assert shown == {"a/belum-siap/proposal.yaml"}, (variable, shown)


def test_concise_format_is_one_line_a_finding() -> None:
    said = run_cli("examples/", "--today", TODAY, "--format", "concise")
    assert said.code == 1
    lines = said.out.splitlines()
    assert lines and all(
        re.match(
            r"^examples/[a-z0-9-]+/proposal\.yaml:\d+:\d+: "
            r"[A-Z]+\d{3} (galat|peringatan|saran): \S",
            line,
        )
        for line in lines
    ), lines
    assert (
        "examples/belum-siap/proposal.yaml:13:11: ADM003 galat: kategori `digitalisasi_layanan`"
        in said.out
    )
    assert "proposal siap diajukan" in said.err  # the verdict on standard error
    english = run_cli(
        "examples/belum-siap", "--today", TODAY, "--format", "concise", "--lang", "en"
    )
    assert ": ADM003 error: " in english.out
