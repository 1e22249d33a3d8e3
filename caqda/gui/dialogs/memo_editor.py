"""Write a memo about a coding, a code, a document or the project.

The heading says what the memo belongs to (for example 'Coding "Peer support" by Ana in E05'),
so a memo is never written into the wrong place. Enter makes new lines in the memo, so
Ctrl+Enter saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class MemoEditorDialog(QDialog):
    """Edit one memo's text; ``memo_text()`` returns it with trailing whitespace removed."""

    def __init__(self, title: str, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)

        self.heading_label = QLabel(heading, self)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setWordWrap(True)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)

        self.text_edit = QPlainTextEdit(text, self)
        self.text_edit.setPlaceholderText(self.tr("Write your memo here…"))
        self.text_edit.setAccessibleName(self.tr("Memo"))
        self.text_edit.setTabChangesFocus(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_keys = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
        self.save_button.setToolTip(
            self.tr("Save the memo ({keys})").format(
                keys=save_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.text_edit.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)

        self.text_edit.setFocus()
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.resize(520, 360)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in the text saves; a plain Enter stays a new line."""
        if (
            watched is self.text_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def memo_text(self) -> str:
        """The memo as written, without trailing blank lines or spaces."""
        return self.text_edit.toPlainText().rstrip()
