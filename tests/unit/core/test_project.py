"""Opening, creating, locking and migrating project files; transactions never half-commit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caqda.core import codebook, coders, schema
from caqda.core.errors import (
    NotAProjectError,
    ProjectCorruptError,
    ProjectError,
    ProjectLockedError,
    ProjectTooNewError,
)
from caqda.core.project import Project


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_created_project_is_marked_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()
    assert {
        "coders",
        "documents",
        "document_attributes",
        "codes",
        "codings",
        "memos",
        "audit_events",
    } <= tables


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "notes.caqda"
    path.write_text("my notes")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)
    assert path.read_text() == "my notes"


def test_create_in_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        Project.create(tmp_path / "nowhere" / "p.caqda")


def test_open_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no project"):
        Project.open(tmp_path / "missing.caqda")
    assert not (tmp_path / "missing.caqda").exists()


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n", b"PK\x03\x04" + bytes(200)])
def test_open_non_project_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing.caqda"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(NotAProjectError, match="not a caqda project"):
        Project.open(path)
    assert _fingerprint(path) == before


def test_open_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t(x)")
    connection.commit()
    connection.close()
    before = _fingerprint(path)
    with pytest.raises(NotAProjectError, match="SQLite database, but not a caqda project"):
        Project.open(path)
    assert _fingerprint(path) == before


def test_project_from_newer_caqda_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.caqda"
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    connection.close()
    before = _fingerprint(path)
    with pytest.raises(ProjectTooNewError, match="newer version of caqda"):
        Project.open(path)
    assert _fingerprint(path) == before


def test_damaged_project_is_refused_untouched(tmp_path: Path, project: Project) -> None:
    coders.ensure_coder(project, "Ana")
    project.close()
    data = bytearray(project.path.read_bytes())
    # Keep the header (so it still looks like SQLite) and wreck the schema page.
    data[100:4096] = b"\xff" * (4096 - 100)
    project.path.write_bytes(bytes(data))
    before = _fingerprint(project.path)
    with pytest.raises(ProjectCorruptError, match="damaged"):
        Project.open(project.path)
    assert _fingerprint(project.path) == before


def test_project_open_elsewhere_in_this_process_is_locked(project: Project) -> None:
    with pytest.raises(ProjectLockedError, match="open in another caqda window"):
        Project.open(project.path)


def test_project_open_in_another_process_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "shared.caqda"
    Project.create(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from caqda.core.project import Project
                project = Project.open({str(path)!r})
                print("open", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError, match="Close it there first"):
            Project.open(path)
    finally:
        holder.communicate("\n", timeout=10)
    Project.open(path).close()  # released when the other process ends


def test_process_killed_mid_transaction_loses_only_that_change(tmp_path: Path) -> None:
    path = tmp_path / "crash.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
    script = textwrap.dedent(
        f"""
        import os
        from caqda.core.project import Project
        project = Project.open({str(path)!r})
        with project.transaction() as connection:
            connection.execute(
                "INSERT INTO coders(uuid, name, created_at) VALUES ('u-1', 'Half', 'now')"
            )
            os._exit(9)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    with Project.open(path) as project:
        assert [coder.name for coder in coders.list_coders(project)] == ["Ana"]


def test_transaction_rolls_back_everything_on_error(project: Project) -> None:
    with pytest.raises(RuntimeError), project.transaction():
        coders.ensure_coder(project, "Ana")
        coders.ensure_coder(project, "Bruno")
        raise RuntimeError("boom")
    assert coders.list_coders(project) == []
    assert project.scalar("SELECT COUNT(*) FROM audit_events") == 0


def test_an_error_after_sqlite_rolled_back_itself_is_told_as_it_was(project: Project) -> None:
    """A full disk or an I/O error makes SQLite roll the transaction back itself: the error
    that did it reaches the caller, not a failed ROLLBACK ("no transaction is active"), and
    the project goes on working."""
    full = pytest.raises(sqlite3.OperationalError, match="database or disk is full")
    with full, project.transaction() as connection:
        codebook.add_code(project, "Never kept")
        connection.execute("ROLLBACK")  # as SQLite does on SQLITE_FULL
        raise sqlite3.OperationalError("database or disk is full")
    assert codebook.list_codes(project) == []
    codebook.add_code(project, "Kept")
    assert [code.name for code in codebook.list_codes(project)] == ["Kept"]


def test_listeners_hear_only_committed_changes(project: Project) -> None:
    heard: list[list[str]] = []
    project.add_listener(lambda changes: heard.append([change.action for change in changes]))
    with project.transaction():
        coders.ensure_coder(project, "Ana")
        assert heard == []  # nothing before the commit
    with pytest.raises(ValueError), project.transaction():
        coders.ensure_coder(project, "Bruno")
        raise ValueError
    assert heard == [["add coder"]]


def test_every_change_is_committed_at_once(project: Project) -> None:
    coders.ensure_coder(project, "Ana")
    # Another connection (as after a crash) sees it without any save.
    connection = sqlite3.connect(project.path)
    project.close()
    assert connection.execute("SELECT name FROM coders").fetchall() == [("Ana",)]
    connection.close()


def test_older_project_is_migrated_after_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")

    def add_coder_colour(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE coders ADD COLUMN colour TEXT NOT NULL DEFAULT '#888888'")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, add_coder_colour)
    with Project.open(path) as project:
        assert project.scalar("PRAGMA user_version") == current + 1
        assert project.scalar("SELECT colour FROM coders WHERE name = 'Ana'") == "#888888"
    backup = tmp_path / f"old.caqda.v{current}.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == current


def test_failed_migration_leaves_the_project_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE coders ADD COLUMN x TEXT")
        raise RuntimeError("migration bug")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, broken)
    with pytest.raises(ProjectError, match=r"could not be upgraded.*left as it was"):
        Project.open(path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == current
    columns = [row[1] for row in connection.execute("PRAGMA table_info(coders)")]
    connection.close()
    assert "x" not in columns


def test_every_entity_has_a_unique_uuid(demo: Project) -> None:
    for table in ("coders", "documents", "codes", "codings", "audit_events"):
        total, distinct = project_counts = demo.connection.execute(
            f"SELECT COUNT(*), COUNT(DISTINCT uuid) FROM {table} WHERE uuid IS NOT NULL AND uuid != ''"
        ).fetchone()
        assert total == distinct == demo.scalar(f"SELECT COUNT(*) FROM {table}") > 0, (table, project_counts)


def test_a_deferred_setting_is_written_with_the_next_change_or_at_close(tmp_path: Path) -> None:
    """What the user last looked at is kept for the next commit instead of a commit of its own;
    a change that fails keeps it for the one after; closing writes it."""
    import sqlite3 as sqlite

    from caqda.core import coders

    path = tmp_path / "p.caqda"
    project = Project.create(path)
    stored = lambda: project.scalar("SELECT value FROM settings WHERE key = 'view:x'")  # noqa: E731
    project.defer_setting("view:x", '{"document": 1}')
    assert project.get_setting("view:x") == '{"document": 1}' and stored() is None
    with pytest.raises(sqlite.IntegrityError), project.transaction() as connection:
        connection.execute("INSERT INTO coders(id, uuid, name, created_at) VALUES (1, 'a', 'A', 'now')")
        connection.execute("INSERT INTO coders(id, uuid, name, created_at) VALUES (1, 'b', 'B', 'now')")
    assert stored() is None and project.get_setting("view:x") == '{"document": 1}'
    coders.ensure_coder(project, "Ana")  # any change carries it
    assert stored() == '{"document": 1}'
    project.defer_setting("view:x", '{"document": 2}')
    project.close()
    with Project.open(path) as reopened:
        assert reopened.get_setting("view:x") == '{"document": 2}'


def test_preparing_for_writing_changes_nothing(tmp_path: Path) -> None:
    """The window's first write at opening (the rollback journal made then, not at the first
    coding) leaves every row and the format version as they were."""
    import sqlite3 as sqlite

    path = tmp_path / "p.caqda"
    Project.create(path).close()
    before = list(sqlite.connect(path).iterdump())
    with Project.open(path) as project:
        version = project.scalar("PRAGMA user_version")
        project.prepare_for_writing()
        assert project.scalar("PRAGMA user_version") == version
        assert project.path.with_name(project.path.name + "-journal").exists()  # kept while open
    assert list(sqlite.connect(path).iterdump()) == before
