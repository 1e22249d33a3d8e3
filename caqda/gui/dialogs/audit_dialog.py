"""The audit trail: who changed what, and when, for supervisors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caqda.gui.models.table_models import RecordTableModel


def trail_model() -> RecordTableModel[dict[str, Any]]:
    return RecordTableModel(
        [
            (QCoreApplication.translate("AuditDialog", "When"), lambda e: e["at"][:19].replace("T", " ")),
            (QCoreApplication.translate("AuditDialog", "Coder"), lambda e: e["coder"] or ""),
            (QCoreApplication.translate("AuditDialog", "Action"), lambda e: e["action"]),
            (QCoreApplication.translate("AuditDialog", "What changed"), lambda e: e["summary"]),
        ]
    )


class AuditDialog(QDialog):
    def __init__(self, events: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 640)
        self.events = events
        self.coder = QComboBox()
        self.coder.addItem(self.tr("Every coder"), None)
        for name in sorted({e["coder"] for e in events if e["coder"]}):
            self.coder.addItem(name, name)
        self.coder.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.model = trail_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.coder)
        top.addStretch()
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._filter()

    def _filter(self) -> None:
        coder = self.coder.currentData()
        shown = [e for e in self.events if coder is None or e["coder"] == coder]
        self.model.load(list(reversed(shown)))
        self.count.setText(self.tr("{count} changes, newest first").format(count=len(shown)))
