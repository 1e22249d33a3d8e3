"""A project file found sound opens again without being read whole while it is unchanged
(checked_files); any write, inside caqda or outside it, a copy, a crash, or a newer caqda makes
the next open check it whole again, and damage is then found as before."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from caqda.core import check, checked_files, codebook
from caqda.core import project as project_module
from caqda.core.errors import ProjectCorruptError, ProjectDamagedError
from caqda.core.project import Project


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The whole-file checks run by each open, in order: "sqlite" (quick_check), "caqda"."""
    ran: list[str] = []
    real_whole, real_problems = project_module._whole_file_checks, check.quick_problems

    def whole(path: Path, *, content: bool) -> list[check.Problem] | None:
        ran.append("sqlite")
        return real_whole(path, content=content)

    def problems(connection: sqlite3.Connection) -> list[check.Problem]:
        ran.append("caqda")
        return real_problems(connection)

    monkeypatch.setattr(project_module, "_whole_file_checks", whole)
    monkeypatch.setattr(check, "quick_problems", problems)
    return ran


def _settled(path: Path) -> Path:
    """``path`` as if last written a minute ago (a file written in the last seconds is checked
    at every open: see test_a_file_written_seconds_ago_is_checked_until_it_settles)."""
    past = time.time_ns() - 60 * 10**9
    os.utime(path, ns=(past, past))
    return path


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    path = tmp_path / "sound.caqda"
    with Project.create(path) as project:
        codebook.add_code(project, "Espera")
    return _settled(path)


def _opened(path: Path) -> list[str]:
    with Project.open(path) as project:
        return project.open_notices


def test_an_unchanged_file_is_checked_once(sound: Path, checks: list[str]) -> None:
    _opened(sound)
    assert checks == ["sqlite", "caqda"]
    _opened(sound)
    _opened(sound)
    assert checks == ["sqlite", "caqda"]


def test_a_file_changed_outside_caqda_is_checked_and_its_damage_found(sound: Path, checks: list[str]) -> None:
    _opened(sound)
    connection = sqlite3.connect(sound, isolation_level=None)
    connection.execute("UPDATE codes SET parent_id = id")  # a code its own parent
    connection.close()
    with pytest.raises(ProjectDamagedError, match=r"ancestors|parent"):
        _opened(sound)
    assert checks == ["sqlite", "caqda", "sqlite", "caqda"]


def test_caqda_s_own_writes_are_checked_at_the_next_open(sound: Path, checks: list[str]) -> None:
    with Project.open(sound) as project, project.transaction() as connection:  # as a bug of caqda's would
        connection.execute("UPDATE codes SET parent_id = id")
    with pytest.raises(ProjectDamagedError):
        _opened(sound)
    assert checks == ["sqlite", "caqda", "sqlite", "caqda"]


def test_a_copy_and_a_moved_file_are_checked(sound: Path, tmp_path: Path, checks: list[str]) -> None:
    _opened(sound)
    copy = tmp_path / "copy.caqda"
    shutil.copy2(sound, copy)  # the same bytes and modification time, another file
    _opened(copy)
    replaced = tmp_path / "replaced.caqda"
    shutil.copy2(sound, replaced)
    os.replace(replaced, sound)  # the same path, size and time, another inode
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 3
    _opened(copy)
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 3  # each now known as it is


def test_the_notices_of_the_checks_are_told_at_every_open(sound: Path, checks: list[str]) -> None:
    connection = sqlite3.connect(sound, isolation_level=None)
    connection.execute("INSERT INTO settings(key, value) VALUES ('shortcuts', '[1, 2')")
    connection.close()
    first = _opened(_settled(sound))
    assert first and "shortcuts" in first[0]
    assert _opened(sound) == first
    assert checks == ["sqlite", "caqda"]


def test_a_change_a_crash_left_half_written_is_checked(sound: Path, checks: list[str]) -> None:
    _opened(sound)
    journal = sound.with_name(f"{sound.name}-journal")
    journal.write_bytes(b"")  # an empty journal is no interrupted change
    _opened(sound)
    assert checks == ["sqlite", "caqda"]
    journal.write_bytes(b"\x00" * 512)  # not a valid journal: SQLite ignores it, caqda checks
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 2


def test_another_caqda_version_checks_again(
    sound: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _opened(sound)
    monkeypatch.setattr("caqda.__version__", "99.0")
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 2


def test_without_a_cache_folder_every_open_checks(
    sound: Path, tmp_path: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("CAQDA_CACHE_DIR", str(blocker / "caqda"))
    _opened(sound)
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 2


def test_a_broken_cache_file_is_read_as_empty(sound: Path, checks: list[str]) -> None:
    (checked_files.cache_folder() / "checked-projects.json").write_text("{not json")
    _opened(sound)
    _opened(sound)
    assert checks == ["sqlite", "caqda"]


def test_only_the_last_files_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAQDA_CACHE_DIR", str(tmp_path / "cache"))
    files = []
    for number in range(checked_files.KEPT + 3):
        path = tmp_path / f"f{number}"
        path.write_text(str(number))
        checked_files.remember(_settled(path), [])
        files.append(path)
    assert checked_files.sound_notices(files[0]) is None
    assert checked_files.sound_notices(files[-1]) == []
    assert checked_files.sound_notices(files[3]) == []


def test_a_file_written_seconds_ago_is_checked_until_it_settles(sound: Path, checks: list[str]) -> None:
    """On FAT a modification time is kept to 2 s: a write in the same tick as a check would
    leave the file's identity unchanged, so a file written so recently is not remembered."""
    now = time.time_ns() - checked_files.SETTLED_NS // 2
    os.utime(sound, ns=(now, now))
    _opened(sound)
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 2
    _opened(_settled(sound))
    _opened(sound)
    assert checks == ["sqlite", "caqda"] * 3


def test_an_error_of_the_content_checks_beside_quick_check_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The content checks run in a thread of their own while SQLite checks the pages: what they
    raise reaches the caller as an open error in words, and nothing is remembered."""
    path = tmp_path / "p.caqda"
    Project.create(path).close()
    _settled(path)

    def unreadable(connection: sqlite3.Connection) -> list[check.Problem]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(check, "quick_problems", unreadable)
    with pytest.raises(ProjectCorruptError, match="damaged"):
        Project.open(path)
    assert checked_files.sound_notices(path) is None
