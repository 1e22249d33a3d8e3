"""Set a coding's exact start and end, with a preview of the coded words in their context.

Dragging a selection is quick but imprecise at word edges; this dialog lets a coder nudge either
end one character at a time. Offsets are Python string indices (Unicode code points) into the
document text, half-open ``[start, end)``, the same as ``caqda.core.models.Coding``. The preview
inserts Python substrings, so Qt's UTF-16 counting never enters the arithmetic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

CONTEXT = 120
"""How many code points of context to show, at most, on each side of the coded text."""


def context_before(text: str, start: int, limit: int = CONTEXT) -> str:
    """Up to ``limit`` code points before ``start``, cut at a word boundary, "…" if cut."""
    begin = max(0, start - limit)
    snippet = text[begin:start]
    if begin > 0:
        space = snippet.find(" ")
        if 0 <= space < len(snippet) - 1:
            snippet = snippet[space + 1 :]
        snippet = "…" + snippet
    return snippet


def context_after(text: str, end: int, limit: int = CONTEXT) -> str:
    """Up to ``limit`` code points after ``end``, cut at a word boundary, "…" if cut."""
    finish = min(len(text), end + limit)
    snippet = text[end:finish]
    if finish < len(text):
        space = snippet.rfind(" ")
        if space > 0:
            snippet = snippet[:space]
        snippet = snippet + "…"
    return snippet


class CodingRangeDialog(QDialog):
    """Adjust ``[start, end)`` of a coding within ``text``; ``span()`` returns the result."""

    def __init__(self, text: str, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coded text range"))
        self._text = text
        length = len(text)
        start = max(0, min(start, length - 1)) if length else 0
        end = max(start + 1, min(end, length)) if length else 0

        self.start_spin = QSpinBox(self)
        self.end_spin = QSpinBox(self)
        for spin in (self.start_spin, self.end_spin):
            spin.setRange(0, length)
            spin.setAccelerated(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.start_spin.setValue(start)
        self.end_spin.setValue(end)
        self.start_spin.setAccessibleName(self.tr("Start (characters)"))
        self.end_spin.setAccessibleName(self.tr("End (characters)"))

        self.length_label = QLabel(self)
        self.length_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.preview.setAccessibleName(self.tr("Preview of the coded text"))

        row = QHBoxLayout()
        for label_text, spin in ((self.tr("&Start:"), self.start_spin), (self.tr("&End:"), self.end_spin)):
            label = QLabel(label_text, self)
            label.setBuddy(spin)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0" * (len(str(length)) + 4)))
            row.addWidget(label)
            row.addWidget(spin)
            row.addSpacing(12)
        row.addWidget(self.length_label)
        row.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(length > 0)

        explanation = QLabel(
            self.tr("Positions count characters from the start of the document; the end is not included."),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Preview"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self.start_spin.valueChanged.connect(self._update)
        self.end_spin.valueChanged.connect(self._update)
        self._update()
        self.start_spin.setFocus()
        self.resize(540, 340)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def span(self) -> tuple[int, int]:
        """``(start, end)`` in code points, half-open; always ``start < end`` for a non-empty text."""
        return self.start_spin.value(), self.end_spin.value()

    def _update(self) -> None:
        """Keep start before end by narrowing each spin box's range, then redraw the preview."""
        length = len(self._text)
        if length:
            self.start_spin.setMaximum(self.end_spin.value() - 1)
            self.end_spin.setMinimum(self.start_spin.value() + 1)
        start, end = self.span()
        self.length_label.setText(self.tr("Length: {count}").format(count=end - start))
        self._show_preview(start, end)

    def _show_preview(self, start: int, end: int) -> None:
        muted = QTextCharFormat()
        muted.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        coded = QTextCharFormat()
        coded.setFontWeight(QFont.Weight.Bold)
        coded.setForeground(self.palette().color(QPalette.ColorRole.Text))
        self.preview.clear()
        cursor = QTextCursor(self.preview.document())
        cursor.insertText(context_before(self._text, start), muted)
        cursor.insertText(self._text[start:end], coded)
        cursor.insertText(context_after(self._text, end), muted)
        self.preview.setTextCursor(QTextCursor(self.preview.document()))
