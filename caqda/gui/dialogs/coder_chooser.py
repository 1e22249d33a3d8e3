"""Ask "Who are you?" when a project opens, so every coding and memo records its coder.

Coders are identities, not logins: the user picks an existing name or types a new one. A name
typed with different capitals than an existing coder's is taken to be that coder, so "ana" does
not split Ana's work into two coders.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CoderChooserDialog(QDialog):
    """Choose an existing coder or type a new name; ``coder_name()`` gives the result."""

    def __init__(self, coders: Sequence[str], last: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self._coders = list(dict.fromkeys(coders))

        question = QLabel(self.tr("Who are you?"), self)
        font = question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        question.setFont(font)

        explanation = QLabel(
            self.tr(
                "Each coding records who made it, and other coders' work can be hidden while you "
                "code (blind coding)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.coder_list = QListWidget(self)
        self.coder_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coder_list.setAccessibleName(self.tr("Coders in this project"))
        row_height = self.coder_list.fontMetrics().height() + 10
        for name in self._coders:
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(0, row_height))
            self.coder_list.addItem(item)
        self.coder_list.setVisible(bool(self._coders))

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(
            self.tr("Or type a new name") if self._coders else self.tr("Your name")
        )
        self.name_edit.setAccessibleName(self.tr("Your name"))

        self.new_coder_note = QLabel(self)
        self.new_coder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.new_coder_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(explanation)
        layout.addSpacing(6)
        if self._coders:
            layout.addWidget(QLabel(self.tr("Coders in this project:"), self))
        layout.addWidget(self.coder_list, 1)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.new_coder_note)
        layout.addWidget(self.buttons)

        self.coder_list.currentTextChanged.connect(self._take_list_choice)
        self.coder_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.name_edit.textChanged.connect(self._follow_typing)

        if last is not None and last in self._coders:
            self.coder_list.setCurrentRow(self._coders.index(last))
        self._follow_typing(self.name_edit.text())
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.resize(420, self.sizeHint().height() if not self._coders else 340)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def coder_name(self) -> str:
        """The chosen coder: an existing coder's exact spelling, or the new name as typed."""
        return self._existing(self.name_edit.text().strip()) or self.name_edit.text().strip()

    def is_new_coder(self) -> bool:
        return bool(self.coder_name()) and self._existing(self.coder_name()) is None

    def accept(self) -> None:
        if self.coder_name():
            super().accept()

    def _existing(self, typed: str) -> str | None:
        folded = typed.casefold()
        return next((name for name in self._coders if name.casefold() == folded), None)

    def _take_list_choice(self, name: str) -> None:
        if name and self._existing(self.name_edit.text().strip()) != name:
            self.name_edit.setText(name)
            self.name_edit.selectAll()

    def _follow_typing(self, text: str) -> None:
        match = self._existing(text.strip())
        if match is None:
            self.coder_list.clearSelection()
            self.coder_list.setCurrentRow(-1)
        else:
            self.coder_list.setCurrentRow(self._coders.index(match))
        is_new = bool(text.strip()) and match is None and bool(self._coders)
        self.new_coder_note.setText(
            self.tr("“{name}” will be added as a new coder.").format(name=text.strip()) if is_new else ""
        )
        self.new_coder_note.setVisible(is_new)
        self.ok_button.setEnabled(bool(text.strip()))
