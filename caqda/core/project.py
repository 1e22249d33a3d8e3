"""Open, create and close project files; migrations, locking and backups.

A project is one SQLite file. While a caqda process has it open it holds SQLite's exclusive
lock (``locking_mode=EXCLUSIVE``), so a second window or a CLI run gets a plain "already open"
error instead of two writers silently interleaving; the operating system drops the lock if the
process dies, so there is never a stale lock file to clean up. Every change runs inside
:meth:`Project.transaction` and is committed when the block ends: there is no "save".
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import uuid as uuid_module
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caqda.core import checked_files, schema
from caqda.core.errors import (
    NotAProjectError,
    ProjectCorruptError,
    ProjectDamagedError,
    ProjectError,
    ProjectLockedError,
    ProjectTooNewError,
)
from caqda.core.leftovers import clean_leftovers
from caqda.core.models import Coder

if TYPE_CHECKING:
    from caqda.core import check

PROJECT_SUFFIX = ".caqda"
# Told of each project that opens with problems caqda works around (its path and the notices in
# words): the command line sets this to print them; the window reads ``Project.open_notices``.
notice_listener: Callable[[Path, list[str]], None] | None = None
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Change:
    """One committed change, as listeners hear of it: enough to refresh only what it touched."""

    action: str
    entity: str
    uuid: str | None
    # The entity's state before and after, as the audit event records it (None when it did not
    # exist): lets a view apply the change as a running total instead of re-reading the project.
    before: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)
    after: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)


ChangeListener = Callable[[list[Change]], None]


def now() -> str:
    """UTC time as ISO 8601 with milliseconds: sortable as text, unambiguous across time zones."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Project:
    """An open project file. Use :meth:`create` or :meth:`open`, and close it (or use ``with``)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.acting_coder: Coder | None = None
        # Problems found on opening that caqda works around (a setting it cannot read), in
        # words, for the window or command to tell the user; blocking ones refuse the open.
        self.open_notices: list[str] = []
        self._depth = 0
        self._pending_changes: list[Change] = []
        self._listeners: list[ChangeListener] = []
        # Settings written with the next change, or when the project closes (defer_setting)
        self._deferred_settings: dict[str, str] = {}

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Project:
        """Create a new, empty project; refuses to overwrite anything.

        The schema is written to a temporary file that is renamed into place, so a failure
        leaves no half-made project behind.
        """
        path = Path(path)
        if path.exists():
            raise ProjectError(f"'{path}' already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise ProjectError(f"The folder '{path.parent}' does not exist.")
        temporary = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                connection.execute("BEGIN")
                schema.create_schema(connection)
                connection.execute("COMMIT")
            finally:
                connection.close()
            os.replace(temporary, path)
        except OSError as error:
            raise ProjectError(f"Could not create '{path}': {error.strerror or error}.") from error
        finally:
            temporary.unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Project:
        """Open an existing project for reading and writing.

        Raises a :class:`ProjectError` subclass, without modifying the file, when it is not a
        caqda project, is corrupt, comes from a newer caqda, or is open in another process.
        """
        path = Path(path)
        # A file found sound before and unchanged since is not read whole again (checked_files).
        known = None if _journal_left(path) else checked_files.sound_notices(path)
        version = _check_project_file(path, whole=False)
        problems = None
        if known is None:  # an older format's content is checked once it is migrated
            problems = _whole_file_checks(path, content=version == schema.SCHEMA_VERSION)
        clean_leftovers(path.parent)  # of imports and exports killed before
        if version < schema.SCHEMA_VERSION:
            _migrate(path, version)
        try:
            connection = sqlite3.connect(
                f"file:{_uri_path(path)}?mode=rw", uri=True, isolation_level=None, timeout=0.2
            )
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            raise _translate_open_error(path, error) from error
        if known is None:
            known = _refuse_if_damaged(path, connection, problems)
            checked_files.remember(path, known)  # checked whole, and unchanged by opening
        notices = known
        project = cls(path, connection)
        project.open_notices = notices
        if notices and notice_listener is not None:
            notice_listener(path, notices)
        return project

    def close(self) -> None:
        if self._deferred_settings:
            try:
                with self.transaction():
                    pass  # a transaction writes the deferred settings before it commits
            except sqlite3.Error:  # what the user last looked at: not worth keeping a file open
                pass
        self.connection.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions and change notification --------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block as one transaction, committed at its end and rolled back on any error.

        Nested blocks join the outermost one, so composite operations (merge codes, build the
        demo) stay atomic. Listeners hear about the changes only after the commit.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.connection
            finally:
                self._depth -= 1
            return
        self._depth = 1
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
            deferred = dict(self._deferred_settings)
            if deferred:
                self.connection.executemany(_UPSERT_SETTING, deferred.items())
            self.connection.execute("COMMIT")
            for key, value in deferred.items():  # written; a newer value stays deferred
                if self._deferred_settings.get(key) == value:
                    del self._deferred_settings[key]
        except BaseException:
            # SQLite rolls a transaction back itself on some errors (a full disk, an I/O error):
            # a ROLLBACK then fails ("no transaction is active") and would hide the real error.
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            self._pending_changes.clear()
            raise
        finally:
            self._depth = 0
        changes, self._pending_changes = self._pending_changes, []
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    @contextmanager
    def roomy_cache(self) -> Iterator[None]:
        """Thousands of scattered index updates (a merge, auto-coding) run much faster with a
        page cache bigger than SQLite's 2 MB default; the connection gets its own size back
        afterwards."""
        size = self.scalar("PRAGMA cache_size")
        self.connection.execute("PRAGMA cache_size = -65536")  # 64 MB
        try:
            yield
        finally:
            self.connection.execute(f"PRAGMA cache_size = {int(size)}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @property
    def change_count(self) -> int:
        """Rows changed through this connection since it opened (rolled-back changes count
        too): unchanged between two moments means nothing was written in between. Raises
        ``sqlite3.ProgrammingError`` once the project is closed."""
        return self.connection.total_changes

    def note_change(self, change: Change) -> None:
        """Tell listeners, after the commit, of this change (called by audit)."""
        self._pending_changes.append(change)

    def add_listener(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        self._listeners.remove(listener)

    # -- reading -------------------------------------------------------------------------
    def rows(self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.connection.execute(sql, parameters).fetchall()

    def scalar(self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        row = self.connection.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = self._deferred_settings.get(key)
        if value is None:
            value = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else value

    def get_json_setting(self, key: str, kind: type = dict) -> Any:
        """A setting caqda stores as JSON, or None when it is missing or not a ``kind`` (a
        project edited by hand must not stop caqda: ``caqda check`` reports the bad value)."""
        stored = self.get_setting(key)
        if not stored:
            return None
        try:
            value = json.loads(stored)
        except (TypeError, ValueError):
            return None
        return value if isinstance(value, kind) else None

    def set_setting(self, key: str, value: str) -> None:
        self._deferred_settings.pop(key, None)
        with self.transaction() as connection:
            connection.execute(_UPSERT_SETTING, (key, value))

    def prepare_for_writing(self) -> None:
        """Make the first write now, as a window opens the project, not at the user's first
        coding: SQLite creates the rollback journal at a connection's first write and, with the
        exclusive lock caqda holds, keeps it until the project closes. That first commit took
        ~25 ms on the test machine, the ones after it ~1 ms. The write changes nothing (the
        format version, written as it is)."""
        with self.transaction() as connection:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            connection.execute(f"PRAGMA user_version = {version}")

    def defer_setting(self, key: str, value: str) -> None:
        """Keep a setting to be written with the next change, or when the project closes: for
        what the user last looked at (document, scroll position), which is not worth a commit
        of its own (each waits for the disk: 10-15 ms, a tenth of a switch of document). A crash
        loses it back to the last change."""
        self._deferred_settings[key] = value


_UPSERT_SETTING = (
    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
)


def _refuse_if_damaged(
    path: Path, connection: sqlite3.Connection, problems: list[check.Problem] | None = None
) -> list[str]:
    """Run the cheap content checks (unless their ``problems`` are known) and refuse a project
    that would hang or crash caqda (a missing table, codes that are their own ancestors),
    saying how to repair it. Returns the problems caqda works around, in words."""
    from caqda.core import check

    if problems is None:
        try:
            problems = check.quick_problems(connection)
        except sqlite3.Error as error:
            connection.close()
            raise _translate_open_error(path, error) from error
    blocking = [problem for problem in problems if problem.blocking]
    if not blocking:
        return [problem.message for problem in problems]
    connection.close()
    report = check.CheckReport(path, problems)
    lines = "\n".join(f"- {problem.message}" for problem in blocking)
    raise ProjectDamagedError(
        f"'{path.name}' is damaged, and caqda would not work correctly with it:\n{lines}\n"
        f"caqda can repair it after keeping a copy: choose Repair when opening it in caqda, or "
        f"run: caqda check --repair '{path}'",
        report,
    )


def _uri_path(path: Path) -> str:
    return str(path.resolve()).replace("?", "%3f").replace("#", "%23")


def _journal_left(path: Path) -> bool:
    """Whether a crash left a change half-written (a rollback journal beside the project)."""
    try:
        return path.with_name(f"{path.name}-journal").stat().st_size > 0
    except OSError:
        return False


def _check_project_file(path: Path, *, whole: bool = True) -> int:
    """Return the schema version of a caqda project file, touching nothing. ``whole`` False
    leaves out SQLite's ``quick_check``, which reads every page (a file known sound)."""
    if not path.exists():
        raise ProjectError(f"There is no project at '{path}'.")
    if path.is_dir():
        raise NotAProjectError(f"'{path}' is a folder, not a caqda project file.")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise ProjectError(f"Could not read '{path}': {error.strerror or error}.") from error
    if magic != _SQLITE_MAGIC:
        raise NotAProjectError(f"'{path.name}' is not a caqda project (it is not a project database).")
    _finish_interrupted_change(path)
    try:
        connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error as error:
        raise _translate_open_error(path, error) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if application_id != schema.APPLICATION_ID:
            raise NotAProjectError(f"'{path.name}' is an SQLite database, but not a caqda project.")
        if version < 1:
            from caqda.core.check import NO_VERSION, CheckReport

            raise ProjectDamagedError(
                f"'{path.name}' is marked as a caqda project but records no project format version "
                f"(0); it was changed outside caqda. caqda did not change the file; repair it when "
                f"opening it in caqda, or run: caqda check --repair '{path}' (this checks its "
                "tables and records the format version, after keeping a copy).",
                CheckReport(path, [NO_VERSION]),
            )
        if version > schema.SCHEMA_VERSION:
            raise ProjectTooNewError(
                f"'{path.name}' was saved by a newer version of caqda (project format {version}; "
                f"this caqda reads up to {schema.SCHEMA_VERSION}). Update caqda to open it."
            )
        if whole:
            _quick_check(connection, path)
    except sqlite3.Error as error:
        raise _translate_open_error(path, error) from error
    finally:
        connection.close()
    return int(version)


def _quick_check(connection: sqlite3.Connection, path: Path) -> None:
    """SQLite's own check of every page of the file."""
    result = connection.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise ProjectCorruptError(
            f"'{path.name}' is damaged ({result}). Open a backup copy; caqda did not change the file."
        )


def _whole_file_checks(path: Path, *, content: bool) -> list[check.Problem] | None:
    """SQLite's ``quick_check`` and, with ``content``, caqda's content checks (returned), each on
    a read-only connection of its own, side by side in two threads: both run inside SQLite,
    which lets go of Python's lock, so on two cores they take the longer one's time (0.22-0.29
    s against 0.34-0.38 s on the 50 MB project). Raises what the checks find unreadable."""
    from caqda.core import check

    found: list[check.Problem] = []
    failed: list[BaseException] = []

    def content_checks() -> None:
        try:
            side = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=0.2)
            try:
                found.extend(check.quick_problems(side))
            finally:
                side.close()
        except BaseException as error:  # raised again in the opening thread
            failed.append(error)

    beside = threading.Thread(target=content_checks, name="caqda-content-checks") if content else None
    if beside is not None:
        beside.start()
    try:
        connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, timeout=0.2)
        try:
            _quick_check(connection, path)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _translate_open_error(path, error) from error
    finally:
        if beside is not None:
            beside.join()
    if failed:
        if isinstance(failed[0], sqlite3.Error):
            raise _translate_open_error(path, failed[0]) from failed[0]
        raise failed[0]
    return found if content else None


def _finish_interrupted_change(path: Path) -> None:
    """Undo a change that a crash left half-written, the way SQLite intends.

    A process killed while committing leaves a "hot" rollback journal beside the project. A
    read-only connection cannot roll it back (it fails with "attempt to write a readonly
    database"), but the first read through a writable connection does, restoring the project as
    it was before the unfinished change. This runs before any read-only check, so a crash never
    locks a researcher out; the journal must never be deleted by hand, since it holds the only
    copy of the pages the unfinished change overwrote.
    """
    if not _journal_left(path):
        return
    journal = path.with_name(f"{path.name}-journal")
    try:
        connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=rw", uri=True, timeout=0.2)
    except sqlite3.Error:
        return  # a read-only file: the read-only check below reports what it finds
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        message = str(error).lower()
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise ProjectError(
                f"'{path.name}' holds a change that was interrupted (caqda or the computer stopped "
                f"while saving), and caqda cannot undo it because it may not write in "
                f"'{path.parent}'. Copy the project together with '{journal.name}' beside it to a "
                "folder you can write in and open it there; do not delete that file, it is "
                "needed to restore the project."
            ) from error
        if "locked" in message or "busy" in message:
            raise _translate_open_error(path, error) from error
    except sqlite3.Error:
        pass  # not a database after all: the checks below say so
    finally:
        connection.close()


def _translate_open_error(path: Path, error: sqlite3.Error) -> ProjectError:
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return ProjectLockedError(
            f"'{path.name}' is open in another caqda window or program. Close it there first."
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return ProjectCorruptError(
            f"'{path.name}' is damaged ({error}). Open a backup copy; caqda did not change the file."
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return ProjectError(
            f"'{path.name}' cannot be opened for writing ({error}): check that the file and its "
            "folder may be written, or copy the project to a folder you can write in."
        )
    return ProjectError(f"'{path.name}' could not be opened: {error}.")


def _migrate(path: Path, version: int) -> None:
    """Bring an older project up to date, after keeping a copy of it as it was."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    if not backup.exists():
        shutil.copy2(path, backup)
    connection = sqlite3.connect(path, isolation_level=None, timeout=0.2)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("BEGIN EXCLUSIVE")
        try:
            for step in range(version, schema.SCHEMA_VERSION):
                schema.MIGRATIONS[step](connection)
                connection.execute(f"PRAGMA user_version = {step + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as error:
        raise _translate_open_error(path, error) from error
    except Exception as error:
        raise ProjectError(
            f"'{path.name}' could not be upgraded to this caqda's project format ({error}); "
            f"it was left as it was, and a copy is in '{backup.name}'."
        ) from error
    finally:
        connection.close()
