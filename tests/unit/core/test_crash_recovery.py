"""Writers killed at random moments never lock a researcher out nor lose a committed change.

Each round copies a small project, starts a writer in a child process (forked, so a round
costs milliseconds rather than a Python start-up), kills it with SIGKILL after a random delay,
and opens the project as caqda does. The writer reports each change after its transaction
returned, through a pipe; everything it reported must be in the project afterwards. Kills
that land between SQLite writing pages and finishing its commit leave a hot journal, which
opening must roll back (a read-only pre-check used to refuse such a project).
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents, search
from caqda.core.coding import add_coding
from caqda.core.merge import merge_project
from caqda.core.project import Project

ROUNDS = 120
_WORDS = [
    "saúde",
    "família",
    "ouvidoria",
    "atendimento",
    "consulta",
    "fila",
    "remédio",
    "posto",
    "enfermeira",
    "médico",
]

Writer = Callable[[Project, Callable[[str], None], Path], None]


def _text(seed: int, words: int) -> str:
    chooser = random.Random(seed)
    lines = []
    for line in range(words // 12):
        speaker = "Ana" if line % 2 else "P1"
        lines.append(f"{speaker}: " + " ".join(chooser.choice(_WORDS) for _ in range(12)))
    return "\n".join(lines)


def _write_codings(project: Project, report: Callable[[str], None], _: Path) -> None:
    coder = coders.find_coder(project, "Ana")
    code = codebook.find_code(project, "Saúde")
    document = documents.list_documents(project)[0]
    chooser = random.Random(os.getpid())
    while True:
        start = chooser.randrange(document.characters - 20)
        coding = add_coding(
            project, document_id=document.id, code_id=code.id, coder_id=coder.id, start=start, end=start + 10
        )
        report(f"coding {coding.uuid}")


def _write_imports(project: Project, report: Callable[[str], None], folder: Path) -> None:
    for number in range(1000):
        source = folder / f"import-{os.getpid()}-{number}.txt"
        source.write_text(_text(number, 6000), encoding="utf-8")
        result = documents.import_file(project, source, allow_duplicate=True)
        report(f"document {result.document.name}")


def _write_merges(project: Project, report: Callable[[str], None], folder: Path) -> None:
    merge_project(project, folder / "source.caqda")
    report("merge")


def _write_autocodes(project: Project, report: Callable[[str], None], _: Path) -> None:
    coder = coders.find_coder(project, "Ana")
    hits = search.search(project, "fila")
    for number in range(1000):
        code = codebook.add_code(project, f"Fila {os.getpid()} {number}")
        result = search.autocode(project, hits, code_id=code.id, coder_id=coder.id, unit="sentence")
        report(f"autocode {code.uuid} {result.added}")


WRITERS: dict[str, Writer] = {
    "codings": _write_codings,
    "imports": _write_imports,
    "merges": _write_merges,
    "autocodes": _write_autocodes,
}
# How long each writer needs to reach its busiest part (merge opens two projects first).
_DELAY = {"codings": 0.03, "imports": 0.08, "merges": 0.15, "autocodes": 0.08}


def _base(folder: Path) -> Path:
    path = folder / "base.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
        codebook.add_code(project, "Saúde")
        source = folder / "interview.txt"
        source.write_text(_text(1, 3000), encoding="utf-8")
        documents.import_file(project, source)
    source_path = folder / "source.caqda"
    with Project.create(source_path) as other:
        bruno = coders.ensure_coder(other, "Bruno")
        code = codebook.add_code(other, "Família")
        for number in range(4):
            text = folder / f"other-{number}.txt"
            text.write_text(_text(100 + number, 3000), encoding="utf-8")
            document = documents.import_file(other, text).document
            with other.transaction():  # one transaction: quick to prepare
                for start in range(0, document.characters - 20, 40):
                    add_coding(
                        other,
                        document_id=document.id,
                        code_id=code.id,
                        coder_id=bruno.id,
                        start=start,
                        end=start + 15,
                    )
    return path


def _run_killed(path: Path, writer: Writer, folder: Path, delay: float) -> list[str]:
    """Run ``writer`` in a child process, kill it after ``delay`` seconds, return its reports."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(read_end)
        status = 0
        try:
            project = Project.open(path)

            def report(line: str) -> None:
                os.write(write_end, f"{line}\n".encode())

            writer(project, report, folder)
        except BaseException:
            status = 1
        os._exit(status)
    os.close(write_end)
    time.sleep(delay)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)
    chunks = []
    while select.select([read_end], [], [], 0)[0]:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    return b"".join(chunks).decode().splitlines()


def _check(path: Path, reports: list[str]) -> None:
    with Project.open(path) as project:  # no lockout: this must succeed every time
        assert project.scalar("PRAGMA integrity_check") == "ok"
        codings = {row[0] for row in project.rows("SELECT uuid FROM codings")}
        names = {row[0] for row in project.rows("SELECT name FROM documents")}
        merges = project.scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'merge project'")
        for line in reports:
            kind, *rest = line.split()
            if kind == "coding":
                assert rest[0] in codings
            elif kind == "document":
                assert rest[0] in names
            elif kind == "merge":
                assert merges == 1
                assert project.scalar("SELECT COUNT(*) FROM coders WHERE name = 'Bruno'") == 1
            elif kind == "autocode":
                code_id = project.scalar("SELECT id FROM codes WHERE uuid = ?", (rest[0],))
                assert code_id is not None
                assert project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code_id,)) == int(
                    rest[1]
                )


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_killed_writers_never_lock_out_nor_lose_committed_changes(tmp_path: Path) -> None:
    base = _base(tmp_path)
    chooser = random.Random(14)
    hot_journals = 0
    acknowledged = 0
    for round_number in range(ROUNDS):
        kind = list(WRITERS)[round_number % len(WRITERS)]
        path = tmp_path / "round.caqda"
        for leftover in tmp_path.glob("round.caqda*"):
            leftover.unlink()
        shutil.copyfile(base, path)
        reports = _run_killed(path, WRITERS[kind], tmp_path, chooser.uniform(0.002, _DELAY[kind]))
        acknowledged += len(reports)
        hot_journals += _has_hot_journal(path)
        _check(path, reports)
    assert acknowledged > ROUNDS // 2  # the writers did commit changes before most kills
    # Not asserted (kill timing varies with load), but shown with -rP: how often a kill
    # landed inside a commit and left a journal that opening had to roll back.
    print(f"{hot_journals} of {ROUNDS} kills left a hot journal; {acknowledged} changes acknowledged")


def _has_hot_journal(path: Path) -> bool:
    journal = path.with_name(f"{path.name}-journal")
    return journal.exists() and journal.read_bytes()[:8] == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"


def test_hot_journal_is_rolled_back_when_opening(tmp_path: Path) -> None:
    """A commit interrupted after SQLite overwrote pages: the old content comes back."""
    path = tmp_path / "hot.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
    before = path.read_bytes()
    # Make a hot journal by hand: a second connection writes a large change, and a copy of the
    # files is taken mid-commit (the journal holds the original pages, the database new ones).
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA cache_size = 1")  # spill pages to the file before COMMIT
    connection.execute("BEGIN")
    connection.execute("INSERT INTO settings(key, value) VALUES ('big', ?)", ("x" * 200_000,))
    crashed = tmp_path / "crashed.caqda"
    shutil.copyfile(path, crashed)
    shutil.copyfile(tmp_path / "hot.caqda-journal", tmp_path / "crashed.caqda-journal")
    connection.execute("ROLLBACK")
    connection.close()
    assert crashed.read_bytes() != before  # the copy really is half-written
    with Project.open(crashed) as project:
        assert project.scalar("SELECT COUNT(*) FROM settings WHERE key = 'big'") == 0
        assert [coder.name for coder in coders.list_coders(project)] == ["Ana"]
        assert project.scalar("PRAGMA integrity_check") == "ok"


def test_hot_journal_in_read_only_folder_is_explained_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "hot.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA cache_size = 1")
    connection.execute("BEGIN")
    connection.execute("INSERT INTO settings(key, value) VALUES ('big', ?)", ("x" * 200_000,))
    folder = tmp_path / "readonly"
    folder.mkdir()
    crashed = folder / "crashed.caqda"
    shutil.copyfile(path, crashed)
    shutil.copyfile(tmp_path / "hot.caqda-journal", folder / "crashed.caqda-journal")
    connection.execute("ROLLBACK")
    connection.close()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        from caqda.core.errors import ProjectError

        with pytest.raises(ProjectError, match="interrupted") as raised:
            Project.open(crashed)
        assert "do not delete" in str(raised.value)
        assert (folder / "crashed.caqda-journal").exists()
    finally:
        folder.chmod(0o755)


_GUI_WRITER = """
import random, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from caqda.core import codebook, documents
from caqda.core.coding import CodingFilter, list_codings

app = QApplication([])
from caqda.gui.main_window import MainWindow

window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.open_project(Path(sys.argv[1]), coder="Ana")
project = window.session.project
document = documents.list_documents(project)[0]
window.show_document(document.id)
code = codebook.find_code(project, "Saúde")
print("ready", flush=True)
chooser = random.Random()
while True:
    start = chooser.randrange(document.characters - 20)
    window.coding.code_selection(code.id, (start, start + 12))
    app.processEvents()
    newest = max(list_codings(project, CodingFilter(document_ids=(document.id,))), key=lambda c: c.id)
    print("coding", newest.uuid, flush=True)
"""


@pytest.mark.slow
def test_killed_gui_never_locks_out_nor_loses_committed_codings(tmp_path: Path) -> None:
    """The GUI codes as a coder does (undo commands calling core), killed at random moments."""
    import subprocess
    import sys

    base = _base(tmp_path)
    chooser = random.Random(41)
    coded = 0
    for _ in range(6):
        path = tmp_path / "gui.caqda"
        for leftover in tmp_path.glob("gui.caqda*"):
            leftover.unlink()
        shutil.copyfile(base, path)
        process = subprocess.Popen(
            [sys.executable, "-c", _GUI_WRITER, str(path), str(tmp_path / "settings.ini")],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate(timeout=30)
        reports = [line for line in output.splitlines() if line.startswith("coding ")]
        coded += len(reports)
        _check(path, reports)
    assert coded > 6
