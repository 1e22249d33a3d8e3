"""The audit trail: who changed what, and when, for supervisors; filtered by coder, code,
document, action and date range, and exported as shown to CSV or Word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caqda.core import audit, codebook, documents
from caqda.core.audit_filter import AuditFilter, actions, export_trail_csv, export_trail_docx, filtered_trail
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.models.table_models import RecordTableModel
from caqda.gui.screen_fit import fit_to_screen

_NO_LIMIT = QDate(2000, 1, 1)


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
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        fit_to_screen(self, 1100, 680)
        self.project = project
        self.rows: list[dict[str, Any]] = []
        coder_names = audit.coder_names_in_trail(project)
        self.coder = self._combo(self.tr("Every coder"), [(name, name) for name in coder_names])
        self.code = self._combo(
            self.tr("Every code"),
            [(codebook.code_path(project, c), c.uuid) for c in codebook.list_codes(project)],
        )
        self.document = self._combo(
            self.tr("Every document"), [(d.name, d.uuid) for d in documents.list_documents(project)]
        )
        self.action = self._combo(self.tr("Every action"), [(name, name) for name in actions(project)])
        self.since = self._date()
        self.until = self._date()
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
        filters = QGridLayout()
        for column, (label, widget) in enumerate(
            (
                (self.tr("Coder"), self.coder),
                (self.tr("Code"), self.code),
                (self.tr("Document"), self.document),
            )
        ):
            filters.addWidget(QLabel(label), 0, 2 * column)
            filters.addWidget(widget, 0, 2 * column + 1)
        for column, (label, widget) in enumerate(
            ((self.tr("Action"), self.action), (self.tr("From"), self.since), (self.tr("To"), self.until))
        ):
            filters.addWidget(QLabel(label), 1, 2 * column)
            filters.addWidget(widget, 1, 2 * column + 1)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.word_button = QPushButton(self.tr("Export Word…"))
        self.word_button.clicked.connect(lambda: self.export("docx"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.word_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self._filter()

    def _combo(self, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._filter)
        return combo

    def _date(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_LIMIT)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_NO_LIMIT)
        edit.dateChanged.connect(self._filter)
        return edit

    def filters(self) -> AuditFilter:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == _NO_LIMIT else edit.date().toString("yyyy-MM-dd")

        return AuditFilter(
            coder=self.coder.currentData(),
            code_uuid=self.code.currentData(),
            document_uuid=self.document.currentData(),
            action=self.action.currentData(),
            since=day(self.since),
            until=day(self.until),
        )

    def _filter(self) -> None:
        if not hasattr(self, "model"):
            return  # still being built
        self.rows = filtered_trail(self.project, self.filters())
        self.model.load(list(reversed(self.rows)))
        self.count.setText(self.tr("{count} changes, newest first").format(count=len(self.rows)))
        for button in (self.csv_button, self.word_button):
            button.setEnabled(bool(self.rows))

    def export(self, kind: str, path: Path | None = None) -> bool:
        """Write what the table shows (oldest first) to CSV or Word."""
        if path is None:
            pattern = "CSV (*.csv)" if kind == "csv" else self.tr("Word document (*.docx)")
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export audit trail"), f"audit-trail.{kind}", pattern
            )
            if not name:
                return False
            path = Path(name)
        try:
            if kind == "csv":
                export_trail_csv(self.rows, path)
            else:
                export_trail_docx(self.project, self.rows, path, self.filters())
        except CaqdaError as error:
            QMessageBox.warning(self, "caqda", str(error))
            return False
        return True
