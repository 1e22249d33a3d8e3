"""After an import: the ``Key: value`` header lines found at the top of the documents, each
offered as an attribute the researcher keeps or drops. Nothing becomes an attribute unseen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class HeaderAttributesDialog(QDialog):
    """``found`` maps an attribute name to the values found (one per document that has it)."""

    def __init__(self, found: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attributes found in the documents"))
        intro = QLabel(
            self.tr(
                "These lines at the top of the imported documents look like attributes. "
                "Tick the ones to keep as document attributes; the others stay only in the text."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("header-attributes")
        for name, values in found.items():
            examples = ", ".join(dict.fromkeys(values))
            if len(examples) > 80:
                examples = examples[:79] + "…"
            item = QListWidgetItem(
                self.tr("{name} — {count} documents: {examples}").format(
                    name=name, count=len(values), examples=examples
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep the ticked ones"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep none"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def kept(self) -> set[str]:
        return {
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }


def ask_header_attributes(parent: QWidget, found: dict[str, list[str]]) -> set[str]:
    """The names the researcher keeps (none when the dialog is cancelled)."""
    dialog = HeaderAttributesDialog(found, parent)
    return dialog.kept() if dialog.exec() == QDialog.DialogCode.Accepted else set()
