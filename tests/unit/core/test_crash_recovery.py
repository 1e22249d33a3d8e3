"""Writers killed at random moments never lock a researcher out nor lose a committed change.

Each round copies a small project, starts a writer in a child process (forked by a small
server, crash_writers.py, so a round costs milliseconds rather than a Python start-up), kills
it with SIGKILL after a random delay, and opens the project as caqda does. The writer reports
each change after its transaction returned, through a pipe; everything it reported must be in
the project afterwards. Kills that land between SQLite writing pages and finishing its commit
leave a hot journal, which opening must roll back (a read-only pre-check used to refuse such a
project).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.project import Project
from caqda.core.team_copies import copy_for

ROUNDS = 120
_HELPER = Path(__file__).with_name("crash_writers.py")
_spec = importlib.util.spec_from_file_location("crash_writers", _HELPER)
assert _spec is not None and _spec.loader is not None
crash_writers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(crash_writers)
_text = crash_writers.text
REPO = Path(__file__).resolve().parents[3]


def _base(folder: Path) -> Path:
    path = folder / "base.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
        codebook.add_code(project, "Saúde")
        source = folder / "interview.txt"
        source.write_text(_text(1, 3000), encoding="utf-8")
        documents.import_file(project, source)
        coders.ensure_coder(project, "Bruno")
        source_path = folder / "source.caqda"
        copy_for(project, "Bruno", source_path)  # merge takes only copies of the project
    with Project.open(source_path) as other:
        bruno = coders.find_coder(other, "Bruno")
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


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_killed_writers_never_lock_out_nor_lose_committed_changes(tmp_path: Path) -> None:
    base = _base(tmp_path)
    chooser = random.Random(14)
    hot_journals = 0
    acknowledged = dict.fromkeys(crash_writers.WRITERS, 0)
    server = subprocess.Popen(
        [sys.executable, str(_HELPER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        for round_number in range(ROUNDS):
            kind = list(crash_writers.WRITERS)[round_number % len(crash_writers.WRITERS)]
            path = tmp_path / "round.caqda"
            for leftover in tmp_path.glob("round.caqda*"):
                leftover.unlink()
            shutil.copyfile(base, path)
            delay = chooser.uniform(0.002, crash_writers._DELAY[kind])
            request = {"path": str(path), "kind": kind, "folder": str(tmp_path), "delay": delay}
            server.stdin.write(json.dumps(request) + "\n")
            server.stdin.flush()
            reports = json.loads(server.stdout.readline())
            acknowledged[kind] += len(reports)
            hot_journals += _has_hot_journal(path)
            _check(path, reports)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    # Every kind of writer committed changes before some kills (the kills are not all too early).
    assert all(acknowledged.values()), acknowledged
    # Not asserted (kill timing varies with load), but shown with -rP: how often a kill
    # landed inside a commit and left a journal that opening had to roll back.
    print(f"{hot_journals} of {ROUNDS} kills left a hot journal; changes acknowledged: {acknowledged}")


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
