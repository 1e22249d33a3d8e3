"""Opening projects: a file chosen in a dialog, a recent one, the demo, or a REFI-QDA project
made into a new caqda project; and the list of recent projects kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from caqda.core.errors import CaqdaError, ProjectCorruptError

RECENT_LIMIT = 8


class FileActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        settings: QSettings,
        open_project: Callable[[Path], bool],
        offer_backup: Callable[[Path, ProjectCorruptError], bool],
        show_error: Callable[[Exception | str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.settings = parent, settings
        self.open_project, self.offer_backup, self.show_error = open_project, offer_backup, show_error
        self.recent_menu: QMenu | None = None  # File › Open recent, set when the menus are built

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open project"), "", self.tr("caqda projects (*.caqda)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> None:
        """Open ``path``, saying why not in words; a corrupt file offers its newest good backup."""
        try:
            self.open_project(path)
        except ProjectCorruptError as error:
            if not self.offer_backup(path, error):
                self.show_error(error)
        except CaqdaError as error:
            self.show_error(error)

    def recent_projects(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def remember_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [entry] + [p for p in self.recent_projects() if p != entry]
        self.settings.setValue("recent", recent[:RECENT_LIMIT])
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        for entry in self.recent_projects():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_projects()))

    def open_demo(self) -> None:
        """Open the demo project, building it first in the user's data folder if needed."""
        from caqda.core.demo import build_demo

        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(location or Path.home() / ".local" / "share" / "caqda") / "demo.caqda"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                build_demo(path)
            except CaqdaError as error:
                self.show_error(error)
                return
        self.open_path(path)

    def import_qdpx(self, source: Path | None = None, target: Path | None = None) -> None:
        """Make a caqda project from a REFI-QDA file and open it."""
        from caqda.core.refi.project_import import import_qdpx

        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Open a REFI-QDA project"), "", "REFI-QDA (*.qdpx)"
            )
            if not name:
                return
            source = Path(name)
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Save as caqda project"), str(source.with_suffix(".caqda")),
                "caqda (*.caqda)",
            )  # fmt: skip
            if not name:
                return
            target = Path(name)
        try:
            report = import_qdpx(source, target)
        except CaqdaError as error:
            self.show_error(error)
            return
        if report.losses:
            self.show_error("\n".join([self.tr("Imported, with these losses:"), *report.losses]))
        self.open_path(target)
