"""Rotating backups of a project, made with SQLite's backup API, and restoring from them.

Backups live in a folder beside the project, ``<name>.caqda.backups/``, so that they travel with
it and a researcher can see them; each is a complete project file named
``<stem>-<UTC time>-<reason>-e<last audit event>.caqda``. The last audit event id lets caqda skip a
backup when nothing changed since the newest one. Automatic backups (when a project opens, and
every few minutes of work) are rotated: only the newest ``KEEP_AUTOMATIC`` are kept. Backups made
on purpose (``caqda backup``, before a restore or a repair) are kept until the user deletes them.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caqda.core import audit, schema
from caqda.core.errors import ProjectError
from caqda.core.project import Project

KEEP_AUTOMATIC = 10
AUTOMATIC_REASONS = ("open", "periodic")
PERIODIC_MINUTES = 5
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)-e(?P<event>\d+)\.caqda$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    last_event: int
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC_REASONS


def backup_folder(project_path: Path) -> Path:
    return project_path.with_name(f"{project_path.name}.backups")


def list_backups(project_path: Path) -> list[Backup]:
    """The project's backups, newest first (files that are not caqda backups are ignored)."""
    folder = backup_folder(Path(project_path))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        made_at = datetime.strptime(match["when"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(Backup(path, made_at, match["reason"], int(match["event"]), path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


@dataclass(frozen=True)
class PlannedBackup:
    """Where a backup of a project is to be written: the file under its final name and the
    partial one it is written as first."""

    source: Path
    target: Path
    partial: Path


def plan_backup(project: Project, reason: str, *, only_if_changed: bool = False) -> PlannedBackup | None:
    """Name the next backup of the open project (None when ``only_if_changed`` and the newest
    backup already holds every change)."""
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"backup reason must be lower-case words, not {reason!r}")
    last_event = audit.last_event_id(project)
    existing = list_backups(project.path)
    if only_if_changed and existing and existing[0].last_event == last_event:
        return None
    folder = backup_folder(project.path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{project.path.stem}-{stamp}-{reason}-e{last_event}.caqda"
    return PlannedBackup(project.path, target, target.with_name(f".{target.name}.partial"))


def make_backup(project: Project, reason: str = "manual", *, only_if_changed: bool = False) -> Backup | None:
    """Copy the open project into its backup folder; returns the new backup (None when
    ``only_if_changed`` and the newest backup already holds every change).

    Uses the project's own connection (it holds the exclusive lock), so the copy is a consistent
    snapshot of what is committed. Written under a temporary name, then renamed.
    """
    planned = plan_backup(project, reason, only_if_changed=only_if_changed)
    if planned is None:
        return None
    try:
        planned.target.parent.mkdir(exist_ok=True)
        destination = sqlite3.connect(planned.partial)
        try:
            project.connection.backup(destination)
        finally:
            destination.close()
    except (OSError, sqlite3.Error) as error:
        discard_backup(planned)
        raise ProjectError(
            f"Could not write a backup of '{project.path.name}' in '{planned.target.parent}': {error}."
        ) from error
    return finish_backup(planned)


def copy_backup(planned: PlannedBackup) -> None:
    """Copy the project's file as it is on disk into the partial backup and check the copy, in
    any thread: what lets the window back up a large project without stopping (SQLite's backup
    API needs the project's connection, and so the window's thread, for the whole copy).

    The file is a consistent project only while no change is being written: the caller starts
    this between transactions and throws the copy away (:func:`discard_backup`) if the project
    changed before the copy ended; a torn copy would also fail the check here."""
    try:
        planned.target.parent.mkdir(exist_ok=True)
        shutil.copyfile(planned.source, planned.partial)
    except OSError as error:
        discard_backup(planned)
        raise ProjectError(
            f"Could not write a backup of '{planned.source.name}' in '{planned.target.parent}': "
            f"{error.strerror or error}."
        ) from error
    if not is_good_backup(planned.partial):
        discard_backup(planned)
        raise ProjectError(
            f"The backup of '{planned.source.name}' did not check out as intact; it was not kept."
        )


def finish_backup(planned: PlannedBackup) -> Backup:
    """Give a written backup its name and let the oldest automatic ones go."""
    try:
        os.replace(planned.partial, planned.target)
    except OSError as error:
        discard_backup(planned)
        raise ProjectError(
            f"Could not keep the backup '{planned.target.name}': {error.strerror or error}."
        ) from error
    _rotate(planned.source)
    return next(backup for backup in list_backups(planned.source) if backup.path == planned.target)


def discard_backup(planned: PlannedBackup) -> None:
    planned.partial.unlink(missing_ok=True)


def _rotate(project_path: Path) -> None:
    automatic = [backup for backup in list_backups(project_path) if backup.automatic]
    for old in automatic[KEEP_AUTOMATIC:]:
        old.path.unlink(missing_ok=True)


def is_good_backup(path: Path) -> bool:
    """A backup that caqda can open: a caqda project, not newer than this caqda, intact."""
    try:
        connection = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return application_id == schema.APPLICATION_ID and 1 <= version <= schema.SCHEMA_VERSION and check == "ok"


def newest_good_backup(project_path: Path) -> Backup | None:
    return next((backup for backup in list_backups(project_path) if is_good_backup(backup.path)), None)


def restore(project_path: Path, backup_path: Path) -> Backup | None:
    """Put ``backup_path`` in place of the project; returns the backup made of the project as it
    was (None when that file could not be opened, e.g. because it is damaged).

    Refuses while the project is open in another caqda, and refuses a backup that is not a good
    caqda project. The swap is a rename, so the project is never half-written.
    """
    project_path, backup_path = Path(project_path), Path(backup_path)
    if not is_good_backup(backup_path):
        raise ProjectError(f"'{backup_path.name}' is not an intact caqda project; it cannot be restored.")
    kept: Backup | None = None
    if project_path.exists():
        from caqda.core.errors import ProjectLockedError

        try:
            with Project.open(project_path) as current:
                kept = make_backup(current, "before-restore")
        except ProjectLockedError:
            raise
        except ProjectError:
            kept = None  # a damaged project: restoring is what the user wants; keep a raw copy
            damaged = (
                backup_folder(project_path)
                / f"{project_path.stem}-damaged-{datetime.now(UTC):%Y%m%dT%H%M%S}.bin"
            )
            damaged.parent.mkdir(exist_ok=True)
            shutil.copy2(project_path, damaged)
    partial = project_path.with_name(f".{project_path.name}.restoring")
    shutil.copyfile(backup_path, partial)
    for suffix in ("-journal", "-wal", "-shm"):  # they belong to the file being replaced
        project_path.with_name(project_path.name + suffix).unlink(missing_ok=True)
    os.replace(partial, project_path)
    return kept
