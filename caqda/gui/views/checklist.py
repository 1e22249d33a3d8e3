"""A list of names with check boxes, all checked at first: how the agreement and export views
let a user narrow documents, codes and coders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def checklist(names: list[str], *, compact: bool = False) -> QListWidget:
    """``compact``: no taller than its rows (a short list such as the coders, beside longer ones)."""
    widget = QListWidget()
    for name in names:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)
    if compact:
        widget.setMaximumHeight(max(60, 22 * widget.count() + 8))
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).text()
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def checked_or_all(widget: QListWidget) -> list[str] | None:
    """The checked names, or None when every one is checked (meaning: no restriction)."""
    names = checked(widget)
    return None if len(names) == widget.count() else names
