"""A code's history: every version of its name, place, colour and definition, with who and when,
and the codebook's current version (number and date) to cite in a methods section."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core.codebook_versions import code_history, codebook_version
from caqda.core.models import Code
from caqda.core.project import Project
from caqda.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("CodeHistoryDialog", "name"),
    "parent": QT_TRANSLATE_NOOP("CodeHistoryDialog", "place"),
    "color": QT_TRANSLATE_NOOP("CodeHistoryDialog", "colour"),
    "definition": QT_TRANSLATE_NOOP("CodeHistoryDialog", "definition"),
    "when_to_use": QT_TRANSLATE_NOOP("CodeHistoryDialog", "when to use"),
    "when_not_to_use": QT_TRANSLATE_NOOP("CodeHistoryDialog", "when not to use"),
    "example": QT_TRANSLATE_NOOP("CodeHistoryDialog", "example"),
    "merged into": QT_TRANSLATE_NOOP("CodeHistoryDialog", "merged into"),
}


class CodeHistoryDialog(QDialog):
    def __init__(self, project: Project, code: Code, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code-history")
        self.setWindowTitle(self.tr("History of “{name}”").format(name=code.name))
        version = codebook_version(project)
        self.version_label = QLabel(
            self.tr("The codebook is at version {number} ({date}).").format(
                number=version.number, date=version.date
            )
        )
        headers = [self.tr("Version"), self.tr("When"), self.tr("Who"), self.tr("Change")]
        headers += [self.tr("Field"), self.tr("Before"), self.tr("After")]
        rows: list[list[str]] = []
        for change in code_history(project, code.uuid):
            first = [
                str(change.version),
                change.at[:16].replace("T", " "),
                change.coder or "–",
                change.action,
            ]
            if not change.changes:
                rows.append([*first, "", "", ""])
            for index, (field, before, after) in enumerate(change.changes):
                label = QCoreApplication.translate("CodeHistoryDialog", FIELD_LABELS.get(field, field))
                rows.append([*(first if index == 0 else [""] * 4), label, _shown(before), _shown(after)])
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if len(value) > 40:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 480)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped texts take the height the column widths give

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def show_code_history(window: MainWindow) -> CodeHistoryDialog | None:
    """Codebook › History…: the history of the code selected in the codebook dock."""
    session = window.session
    code = window.codebook_panel.current_code()
    if session is None or code is None:
        return None
    dialog = CodeHistoryDialog(session.project, code, window)
    dialog.show()
    window.code_history_dialog = dialog  # type: ignore[attr-defined]
    return dialog
