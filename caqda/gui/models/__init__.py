"""Qt item models over core results; ids live in ``ID_ROLE``, never parsed from display text."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
