"""Choose one of a project's backups to restore: when, why it was made, and its size."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core.backups import Backup

REASONS = {
    "open": QT_TRANSLATE_NOOP("RestoreBackupDialog", "when the project opened"),
    "periodic": QT_TRANSLATE_NOOP("RestoreBackupDialog", "during work"),
    "manual": QT_TRANSLATE_NOOP("RestoreBackupDialog", "by hand"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before a restore"),
    "before-repair": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before a repair"),
}


class RestoreBackupDialog(QDialog):
    def __init__(self, project_name: str, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = found
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup of {name} to put in its place. The project as it is now is "
                "backed up first, so a restore can itself be undone."
            ).format(name=project_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(found), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(found):
            when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            reason = QCoreApplication.translate(
                "RestoreBackupDialog", REASONS.get(backup.reason, backup.reason)
            )
            size = self.tr("{size:.1f} MB").format(size=backup.size / 1e6)
            for column, text in enumerate((when, reason, size)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None
