"""Export options: what to export, for which codes, documents and coders, into which file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caqda.gui.screen_fit import fit_to_screen
from caqda.gui.views.checklist import checked_or_all, checklist

# kind -> (label, file suffixes, uses filters, needs a document); labels are translated when shown.
KINDS: dict[str, tuple[str, tuple[str, ...], bool, bool]] = {
    "segments": (QT_TRANSLATE_NOOP("ExportDialog", "Coded segments (Word)"), (".docx",), True, False),
    "codebook": (QT_TRANSLATE_NOOP("ExportDialog", "Codebook (Word)"), (".docx",), False, False),
    "agreement": (QT_TRANSLATE_NOOP("ExportDialog", "Agreement report (Word)"), (".docx",), True, False),
    "transcript": (QT_TRANSLATE_NOOP("ExportDialog", "Commented transcript (Word)"), (".docx",), False, True),
    "findings": (
        QT_TRANSLATE_NOOP("ExportDialog", "Findings report with tables and charts (Word)"),
        (".docx",),
        False,
        False,
    ),
    "segments_table": (
        QT_TRANSLATE_NOOP("ExportDialog", "Coded segments table (Excel or CSV)"),
        (".xlsx", ".csv"),
        True,
        False,
    ),
    "matrix": (
        QT_TRANSLATE_NOOP("ExportDialog", "Code × document matrix (Excel or CSV)"),
        (".xlsx", ".csv"),
        False,
        False,
    ),
    "qdpx": (
        QT_TRANSLATE_NOOP("ExportDialog", "Whole project for other tools (REFI-QDA .qdpx)"),
        (".qdpx",),
        False,
        False,
    ),
    "sqlite": (
        QT_TRANSLATE_NOOP("ExportDialog", "Analysis database for Datasette, R or pandas (SQLite)"),
        (".db",),
        False,
        False,
    ),
    "qdc": (
        QT_TRANSLATE_NOOP(
            "ExportDialog", "Codebook for other tools (REFI-QDA .qdc, Taguette .csv, Excel, JSON)"
        ),
        (".qdc", ".csv", ".xlsx", ".json"),
        False,
        False,
    ),
}
GROUPS = (
    ("code", QT_TRANSLATE_NOOP("ExportDialog", "Sphere › code")),
    ("document", QT_TRANSLATE_NOOP("ExportDialog", "Document")),
    ("coder", QT_TRANSLATE_NOOP("ExportDialog", "Coder")),
    ("speaker", QT_TRANSLATE_NOOP("ExportDialog", "Speaker")),
)


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    path: Path
    group_by: str = "code"
    documents: list[str] | None = None
    codes: list[str] | None = None
    coders: list[str] | None = None
    document: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


class ExportDialog(QDialog):
    def __init__(
        self,
        documents: list[str],
        codes: list[str],
        coders: list[str],
        attributes: list[str],
        current_document: str | None,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        fit_to_screen(self, 860, 600)
        self.folder = folder
        self.kind = QComboBox()
        for key, (label, _, _, _) in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.group_by = QComboBox()
        for key, label in GROUPS:
            self.group_by.addItem(QCoreApplication.translate("ExportDialog", label), key)
        for name in attributes:
            self.group_by.addItem(self.tr("Attribute: {name}").format(name=name), f"attribute:{name}")
        self.document = QComboBox()
        self.document.addItems(documents)
        if current_document in documents:
            self.document.setCurrentText(current_document)
        self.documents = checklist(documents)
        self.codes = checklist(codes)
        self.coders = checklist(coders)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        form.addRow(self.tr("Group by"), self.group_by)
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("File"), file_row)
        self.filters = QWidget()
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.tr("Documents"), self.documents),
            (self.tr("Codes"), self.codes),
            (self.tr("Coders"), self.coders),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget)
            filters.addLayout(column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.filters, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path.textChanged.connect(self._validate)
        self._kind_changed()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        _, suffixes, filtered, needs_document = KINDS[kind]
        self.group_by.setEnabled(kind == "segments")
        self.document.setEnabled(needs_document)
        self.filters.setEnabled(filtered or kind == "matrix")
        current = (
            Path(self.path.text()) if self.path.text() else self.folder / f"caqda-{kind.replace('_', '-')}"
        )
        if current.suffix.lower() not in suffixes:
            current = current.with_suffix(suffixes[0])
        self.path.setText(str(current))
        self._validate()

    def _validate(self) -> None:
        suffixes = KINDS[self.kind.currentData()][1]
        ok = Path(self.path.text()).suffix.lower() in suffixes and bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        suffixes = KINDS[self.kind.currentData()][1]
        pattern = " ".join(f"*{suffix}" for suffix in suffixes)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), pattern)
        if name:
            self.path.setText(name)

    def request(self) -> ExportRequest:
        return ExportRequest(
            kind=self.kind.currentData(),
            path=Path(self.path.text()),
            group_by=self.group_by.currentData(),
            documents=checked_or_all(self.documents),
            codes=checked_or_all(self.codes),
            coders=checked_or_all(self.coders),
            document=self.document.currentText() or None,
        )
