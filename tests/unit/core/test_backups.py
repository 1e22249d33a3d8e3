"""Backups: made with SQLite's backup API beside the project, rotated, skipped when nothing
changed, and restored in place of a damaged project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caqda.core import backups, coders
from caqda.core.errors import ProjectError, ProjectLockedError
from caqda.core.project import Project


def _coder_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM coders ORDER BY name")]
    finally:
        connection.close()


def test_backup_is_a_complete_project_beside_the_original(project: Project) -> None:
    coders.ensure_coder(project, "Ana")
    made = backups.make_backup(project, "manual")
    assert made is not None
    assert made.path.parent == project.path.with_name(project.path.name + ".backups")
    assert backups.is_good_backup(made.path)
    assert _coder_names(made.path) == ["Ana"]
    assert [b.path for b in backups.list_backups(project.path)] == [made.path]


def test_automatic_backup_is_skipped_when_nothing_changed(project: Project) -> None:
    coders.ensure_coder(project, "Ana")
    assert backups.make_backup(project, "open", only_if_changed=True) is not None
    assert backups.make_backup(project, "periodic", only_if_changed=True) is None
    coders.ensure_coder(project, "Bruno")
    assert backups.make_backup(project, "periodic", only_if_changed=True) is not None
    assert len(backups.list_backups(project.path)) == 2


def test_automatic_backups_rotate_but_manual_ones_stay(project: Project) -> None:
    manual = backups.make_backup(project, "manual")
    for number in range(backups.KEEP_AUTOMATIC + 4):
        coders.ensure_coder(project, f"Coder {number}")
        backups.make_backup(project, "periodic")
    kept = backups.list_backups(project.path)
    automatic = [backup for backup in kept if backup.automatic]
    assert len(automatic) == backups.KEEP_AUTOMATIC
    assert manual is not None and manual.path in [backup.path for backup in kept]
    # the newest are the ones kept: the last coder added is in the newest backup
    assert "Coder 13" in _coder_names(kept[0].path)


def test_restore_puts_the_backup_in_place_and_keeps_the_current_state(tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
        made = backups.make_backup(project, "manual")
        coders.ensure_coder(project, "Bruno")
    assert made is not None
    kept = backups.restore(path, made.path)
    assert _coder_names(path) == ["Ana"]
    assert kept is not None and _coder_names(kept.path) == ["Ana", "Bruno"]
    with Project.open(path) as reopened:
        assert [c.name for c in coders.list_coders(reopened)] == ["Ana"]


def test_a_damaged_project_is_replaced_by_its_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        coders.ensure_coder(project, "Ana")
        backups.make_backup(project, "open")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError):
        Project.open(path)
    newest = backups.newest_good_backup(path)
    assert newest is not None
    assert backups.restore(path, newest.path) is None  # nothing to keep: the project was damaged
    with Project.open(path) as project:
        assert [c.name for c in coders.list_coders(project)] == ["Ana"]
    assert any(p.suffix == ".bin" for p in backups.backup_folder(path).iterdir())  # raw copy kept


def test_restore_refuses_a_project_open_elsewhere_and_a_bad_backup(tmp_path: Path) -> None:
    path = tmp_path / "study.caqda"
    with Project.create(path) as project:
        made = backups.make_backup(project, "manual")
        assert made is not None
        before = path.read_bytes()
        with pytest.raises(ProjectLockedError):
            backups.restore(path, made.path)
    assert path.read_bytes() == before
    junk = tmp_path / "junk.caqda"
    junk.write_bytes(b"not a project")
    with pytest.raises(ProjectError, match="not an intact caqda project"):
        backups.restore(path, junk)
    assert path.read_bytes() == before
