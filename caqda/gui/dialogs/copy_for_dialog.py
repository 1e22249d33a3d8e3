"""File › Prepare a coder's copy: for whom, where to write it, and whether it is blind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
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


class CopyForDialog(QDialog):
    """``choice()`` gives (coder name, copy path, blind) once accepted."""

    def __init__(self, coders: Sequence[str], project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a coder's copy"))
        self.project_path = project_path
        self._last_suggestion = ""
        explanation = QLabel(
            self.tr(
                "The copy has the same documents and codebook. The coder works in it and sends it "
                "back; File › Merge a coder's copy brings their codings, changes and deletions here."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.coder = QComboBox(self)
        self.coder.setEditable(True)
        self.coder.addItems(list(coders))
        self.coder.setCurrentText("")
        self.coder.lineEdit().setPlaceholderText(self.tr("A coder's name"))
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.blind = QCheckBox(self.tr("&Blind: leave out the other coders' codings"), self)
        self.blind.setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("&Coder:"), self.coder)
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        form.addRow("", self.blind)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Prepare copy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.coder.currentTextChanged.connect(self._suggest_path)
        self._suggest_path("")
        self.resize(560, self.sizeHint().height())

    def _suggest_path(self, name: str) -> None:
        """Follow the coder's name in the file name until the user types a path of their own."""
        suggested = self._default(name)
        if not self.path.text() or self.path.text() == self._last_suggestion:
            self.path.setText(str(suggested))
        self._last_suggestion = str(suggested)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(name.strip()))

    def _default(self, name: str) -> Path:
        stem = self.project_path.stem
        suffix = re.sub(r"[^\w]+", "-", name.strip()).strip("-").lower() or self.tr("coder")
        return self.project_path.with_name(f"{stem}-{suffix}.caqda")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the coder's copy"), self.path.text(), self.tr("caqda projects (*.caqda)")
        )
        if name:
            self.path.setText(name)

    def choice(self) -> tuple[str, Path, bool]:
        return self.coder.currentText().strip(), Path(self.path.text().strip()), self.blind.isChecked()

    def accept(self) -> None:
        if self.coder.currentText().strip() and self.path.text().strip():
            super().accept()
