"""A combo box whose list is read again each time it opens, so that filter lists (speakers,
codes, documents, document sets) never go stale."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox


class RefreshingComboBox(QComboBox):
    """A combo box that fills itself from ``fill`` each time its list opens."""

    def __init__(self, fill: Callable[[QComboBox], None]) -> None:
        super().__init__()
        self._fill = fill

    def showPopup(self) -> None:
        current = self.currentData()
        text = self.currentText()
        self.blockSignals(True)
        self._fill(self)
        position = self.findData(current) if current is not None else self.findText(text)
        if position >= 0:
            self.setCurrentIndex(position)
        elif self.isEditable():
            self.setEditText(text)
        self.blockSignals(False)
        super().showPopup()
