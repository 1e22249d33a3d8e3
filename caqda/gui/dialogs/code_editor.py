"""Edit a code's name, colour and the codebook guidance that tells coders when to apply it.

The definition, when to use, when not to use and an example are what make a codebook usable by
a second coder; agreement suffers when they are missing, so they get room here. A name may hold
"/" but not " › ", which separates codes in a path such as "Joint sphere › Peer support".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caqda.core.codebook import PATH_SEPARATOR

FIELD_KEYS = ("definition", "when_to_use", "when_not_to_use", "example")


def swatch_icon(color: QColor, size: int = 16) -> QIcon:
    """A small rounded square in ``color``, for buttons that show a code's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(140))
    painter.setBrush(color)
    painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
    painter.end()
    return QIcon(pixmap)


class CodeEditorDialog(QDialog):
    """Edit one code; ``values()`` returns the edited fields as plain strings."""

    def __init__(
        self,
        name: str,
        color: str,
        definition: str,
        when_to_use: str,
        when_not_to_use: str,
        example: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit code") if name else self.tr("New code"))
        self._color = QColor(color) if QColor.isValidColorName(color) else QColor("#9e9e9e")
        self._color_dialog: QColorDialog | None = None

        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("Name of the code"))
        self.name_problem = QLabel(self)
        self.name_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.name_problem.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.color_button = QPushButton(self)
        self.color_button.setToolTip(self.tr("Choose the colour of this code's highlights"))
        self.color_button.setAccessibleName(self.tr("Colour"))
        self.color_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.color_button.clicked.connect(self._choose_color)

        labels = {
            "definition": self.tr("&Definition"),
            "when_to_use": self.tr("When to &use"),
            "when_not_to_use": self.tr("When &not to use"),
            "example": self.tr("E&xample"),
        }
        placeholders = {
            "definition": self.tr("What this code means"),
            "when_to_use": self.tr("Which passages it applies to"),
            "when_not_to_use": self.tr("Near misses, and which code to use instead"),
            "example": self.tr("A typical quotation"),
        }
        texts = dict(zip(FIELD_KEYS, (definition, when_to_use, when_not_to_use, example), strict=True))
        self.text_edits: dict[str, QPlainTextEdit] = {}
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow("", self.name_problem)
        form.addRow(self.tr("&Colour"), self.color_button)
        for key in FIELD_KEYS:
            edit = QPlainTextEdit(texts[key], self)
            edit.setPlaceholderText(placeholders[key])
            edit.setTabChangesFocus(True)
            lines = 4 if key == "definition" else 3
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
            edit.setAccessibleName(labels[key].replace("&", ""))
            self.text_edits[key] = edit
            form.addRow(labels[key], edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._check_name)
        self._show_color()
        self._check_name()
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.resize(560, self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, str]:
        """Keys name, color ("#rrggbb"), definition, when_to_use, when_not_to_use, example."""
        result = {"name": self.name_edit.text().strip(), "color": self._color.name()}
        for key, edit in self.text_edits.items():
            result[key] = edit.toPlainText().strip()
        return result

    def set_color(self, color: QColor | str) -> None:
        """Use ``color`` for the code; invalid colours are ignored."""
        chosen = QColor(color)
        if chosen.isValid():
            self._color = chosen
            self._show_color()

    def _show_color(self) -> None:
        self.color_button.setIcon(swatch_icon(self._color))
        self.color_button.setText(self._color.name())

    def _choose_color(self) -> None:
        """Open the colour chooser without blocking, so the dialog stays scriptable in tests."""
        dialog = QColorDialog(self._color, self)
        dialog.setWindowTitle(self.tr("Colour of the code"))
        dialog.colorSelected.connect(self.set_color)
        dialog.finished.connect(dialog.deleteLater)
        self._color_dialog = dialog
        dialog.open()

    def _check_name(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            problem = self.tr("A code needs a name.")
        elif PATH_SEPARATOR in " ".join(name.split()):
            problem = self.tr("A name cannot contain “ › ”: it separates codes in a path.")
        else:
            problem = ""
        self.name_problem.setText(problem)
        self._form.setRowVisible(self.name_problem, bool(problem))
        self.ok_button.setEnabled(not problem)
