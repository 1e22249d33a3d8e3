"""Automatic backups while a project is open, and File › Restore from backup.

A backup is made shortly after a project opens and every few minutes while it stays open, each
only when something changed since the newest backup (core.backups does the copying and the
rotation). Automatic backups copy the file in a worker thread, so the window never stops for
one (half a second on a 50 MB project through SQLite's backup API); a copy during which the
project changed is thrown away and made again a little later. The timers and the thread are
children of this object, so the benchmarks' idle check sees them. A failed backup never
interrupts work: it is said in the status bar.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from caqda.core import backups
from caqda.core.errors import CaqdaError
from caqda.core.project import Project


class _Copier(QObject):
    """Copies and checks one planned backup in the worker thread."""

    done = Signal(object)  # None, or the error's text

    def __init__(self, planned: backups.PlannedBackup) -> None:
        super().__init__()
        self.planned = planned

    @Slot()
    def run(self) -> None:
        try:
            backups.copy_backup(self.planned)
        except CaqdaError as error:
            self.done.emit(str(error))
            return
        self.done.emit(None)


RETRY_MS = 10_000  # a copy the project changed under is made again this much later


class BackupActions(QObject):
    """Backs up the open project; restores a backup in place of a project."""

    def __init__(
        self,
        parent: QWidget,
        status: Callable[[str], None],
        reopen: Callable[[Path], object],
        close_project: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._status = status
        self._reopen = reopen
        self._close_project = close_project
        self._project: Project | None = None
        self._after_open = QTimer(self, singleShot=True, interval=1500)
        self._after_open.timeout.connect(lambda: self.back_up_in_background("open"))
        self._periodic = QTimer(self, interval=backups.PERIODIC_MINUTES * 60_000)
        self._periodic.timeout.connect(lambda: self.back_up_in_background("periodic"))
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(lambda: self.back_up_in_background("periodic"))
        # The copy under way: its thread, worker, project, reason, and the project's change
        # count when it began
        self._copying: tuple[QThread, _Copier, Project, str, int] | None = None

    # -- while a project is open ---------------------------------------------------------------
    def project_opened(self, project: Project) -> None:
        self._project = project
        self._after_open.start()
        self._periodic.start()

    def project_closed(self) -> None:
        self._after_open.stop()
        self._periodic.stop()
        self._retry.stop()
        self._project = None
        if self._copying is not None:  # let the copy end; it is thrown away (the project closed)
            self._copying[0].quit()  # the thread stops once the copy in it returns
            self._copying[0].wait()
            self._copied(None)

    def back_up_in_background(self, reason: str) -> None:
        """Start an automatic backup in the worker thread, if something changed since the newest
        backup and no copy is under way. Started between transactions, as timers fire."""
        project = self._project
        if project is None or self._copying is not None:
            return
        try:
            if project.in_transaction:  # a change being written: try again later
                self._retry.start()
                return
            planned = backups.plan_backup(project, reason, only_if_changed=True)
        except sqlite3.ProgrammingError:  # closed behind the window's back (a test, a crash)
            self.project_closed()
            return
        except (CaqdaError, sqlite3.Error) as error:
            self._status(self.tr("Backup failed: {error}").format(error=error))
            return
        if planned is None:
            return
        thread = QThread(self)
        worker = _Copier(planned)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(self._copied)
        self._copying = (thread, worker, project, reason, project.change_count)
        thread.start()

    def _copied(self, error: str | None) -> None:
        if self._copying is None:
            return
        thread, worker, project, reason, changes = self._copying
        self._copying = None
        thread.quit()
        thread.wait()
        planned = worker.planned
        if project is not self._project:  # closed, or another project opened meanwhile
            backups.discard_backup(planned)
            return
        if error is not None:  # the file could not be read as it lies (a lock on Windows past
            # 1 GB, a full disk): through the project's connection instead, in this thread
            self.back_up(reason)
            return
        try:
            changed = project.change_count != changes
        except sqlite3.ProgrammingError:
            changed = True
        if changed:  # written to while copied: the copy may mix two states
            backups.discard_backup(planned)
            self._retry.start()
            return
        try:
            made = backups.finish_backup(planned)
        except CaqdaError as failure:
            self._status(self.tr("Backup failed: {error}").format(error=failure))
            return
        self._status(self.tr("Backed up to {name}").format(name=made.path.name))

    def back_up(self, reason: str) -> backups.Backup | None:
        if self._project is None:
            return None
        try:
            self._project.change_count  # noqa: B018 - raises once the file is closed
        except sqlite3.ProgrammingError:  # closed behind the window's back (a test, a crash)
            self.project_closed()
            return None
        try:
            made = backups.make_backup(
                self._project, reason, only_if_changed=reason in backups.AUTOMATIC_REASONS
            )
        except sqlite3.ProgrammingError:  # the project was closed under us (a crash test, a test)
            self.project_closed()
            return None
        except (CaqdaError, sqlite3.Error) as error:
            self._status(self.tr("Backup failed: {error}").format(error=error))
            return None
        if made is not None:
            self._status(self.tr("Backed up to {name}").format(name=made.path.name))
        return made

    # -- restoring -----------------------------------------------------------------------------
    def restore_from_backup(self, project_path: Path | None = None) -> bool:
        """Ask which backup to restore (of the open project, or of ``project_path``), then put
        it in place and reopen the project. Returns True when a backup was restored."""
        from caqda.gui.dialogs.restore_backup import RestoreBackupDialog

        path = project_path or (self._project.path if self._project is not None else None)
        if path is None:
            return False
        found = backups.list_backups(path)
        if not found:
            QMessageBox.information(
                self._parent,
                self.tr("Restore from backup"),
                self.tr("There are no backups of {name} yet.").format(name=path.name),
            )
            return False
        dialog = RestoreBackupDialog(path.name, found, self._parent)
        if not dialog.exec() or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        assert chosen is not None
        return self._restore(path, chosen.path)

    def offer_newest_good_backup(self, path: Path, error: Exception) -> bool:
        """For a project that cannot be opened because it is damaged: offer its newest good
        backup instead of only refusing. Returns True when it was restored and reopened."""
        newest = backups.newest_good_backup(path)
        if newest is None:
            return False
        when = newest.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self._parent,
            self.tr("Damaged project"),
            self.tr(
                "{error}\n\nThe newest good backup of this project is from {when}. Restore it? "
                "The damaged file is kept in the backup folder."
            ).format(error=error, when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._restore(path, newest.path)

    def _restore(self, path: Path, backup: Path) -> bool:
        reopen = self._project is not None and self._project.path == path
        if reopen:
            self._close_project()
        try:
            backups.restore(path, backup)
        except CaqdaError as error:
            QMessageBox.warning(self._parent, self.tr("Restore from backup"), str(error))
            return False
        self._status(self.tr("Restored {name} from {backup}").format(name=path.name, backup=backup.name))
        self._reopen(path)
        return True
