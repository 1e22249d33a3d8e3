"""Issue 14: each kind of damage in a project is shown in words when the main window opens it,
never as a traceback or a crash, and cancelling leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.gui.test_damaged_project import _answer_modals


def _damage(path: Path, *statements: str, writable_schema: bool = False) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    if writable_schema:
        connection.execute("PRAGMA writable_schema = ON")
    for statement in statements:
        connection.execute(statement)
    connection.close()


def _relax_and_null(path: Path, table: str, declared: str, column: str) -> None:
    """A NULL where caqda requires a value, as an SQLite browser can leave one: the NOT NULL
    declaration removed, then the value emptied."""
    relaxed = declared.removesuffix(" NOT NULL")
    _damage(
        path,
        f"UPDATE sqlite_master SET sql = replace(sql, '{declared}', '{relaxed}') WHERE name = '{table}'",
        writable_schema=True,
    )
    _damage(path, f'UPDATE {table} SET "{column}" = NULL WHERE rowid = (SELECT MIN(rowid) FROM {table})')


DAMAGES = {
    "null in paragraphs": (
        lambda p: _relax_and_null(p, "paragraphs", "start INTEGER NOT NULL", "start"),
        "row(s) of 'paragraphs' have no start",
    ),
    "null in speaker turns": (
        lambda p: _relax_and_null(p, "speaker_turns", "speaker TEXT NOT NULL", "speaker"),
        "row(s) of 'speaker_turns' have no speaker",
    ),
    "null in the audit trail": (
        lambda p: _relax_and_null(p, "audit_events", "action TEXT NOT NULL", "action"),
        "row(s) of 'audit_events' have no action",
    ),
    "coding past its text": (
        lambda p: _damage(
            p,
            'UPDATE codings SET "end" = (SELECT characters FROM documents d WHERE d.id = document_id) + 40 '
            "WHERE id = (SELECT MIN(id) FROM codings)",
        ),
        "1 coding(s) reach outside their document's text",
    ),
    "code its own parent": (
        lambda p: _damage(p, "UPDATE codes SET parent_id = id WHERE name = 'Peer support'"),
        "'Peer support' → back to the first",
    ),
    "dropped codings table": (
        lambda p: _damage(p, "DROP TABLE codings"),
        "The table 'codings' is missing",
    ),
    "dropped paragraphs table": (
        lambda p: _damage(p, "DROP TABLE paragraphs"),
        "The table 'paragraphs' is missing",
    ),
    "dropped settings table": (
        lambda p: _damage(p, "DROP TABLE settings"),
        "The table 'settings' is missing",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGES))
def test_damage_is_told_in_words_and_cancelling_changes_nothing(
    make_window, demo_path: Path, kind: str
) -> None:  # type: ignore[no-untyped-def]
    damage, words = DAMAGES[kind]
    damage(demo_path)
    before = demo_path.read_bytes()
    window = make_window()
    seen: list[str] = []
    _answer_modals(["Cancel"], seen)
    assert not window.open_project(demo_path, coder="Ana")
    assert len(seen) == 1
    assert "is damaged, and caqda would not work correctly with it" in seen[0]
    assert words in seen[0]
    assert "Traceback" not in seen[0] and "Error" not in seen[0]
    assert window.session is None
    assert demo_path.read_bytes() == before


def test_unreadable_settings_are_told_in_the_status_bar_and_left_alone(
    make_window, demo_path: Path, tmp_path: Path, demo_source_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _damage(demo_path, "INSERT OR REPLACE INTO settings(key, value) VALUES ('shortcuts', '[1, 2')")
    window = make_window(demo_path)
    assert window.session is not None
    message = window.statusBar().currentMessage()
    assert "The setting 'shortcuts' is not what caqda writes (not readable JSON)" in message
    assert "caqda check --repair" in message
    assert len(window.session.shortcuts()) == 9  # the defaults meanwhile
    value = window.session.project.scalar("SELECT value FROM settings WHERE key = 'shortcuts'")
    assert value == "[1, 2"  # nothing removed behind the user's back
    sound = tmp_path / "sound.caqda"
    shutil.copyfile(demo_source_path, sound)
    assert window.open_project(sound, coder="Ana")
    assert window.statusBar().currentMessage() == ""  # the notice went with its project


@pytest.mark.parametrize("kind", list(DAMAGES))
def test_repaired_project_opens_and_shows_its_documents(make_window, demo_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    damage, _ = DAMAGES[kind]
    damage(demo_path)
    window = make_window()
    seen: list[str] = []
    _answer_modals(["Repair", "OK"], seen)
    assert window.open_project(demo_path, coder="Ana")
    assert "Repaired:" in seen[1]
    assert window.session is not None
    assert window.documents_panel.model.rowCount() == 12
    assert window.transcript.document_id is not None
    assert len(list(demo_path.parent.glob("demo before repair *.caqda"))) == 1
