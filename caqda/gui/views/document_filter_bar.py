"""A row above a documents checklist (export dialog, agreement window) that checks the
documents of a set or those whose attributes match a condition, such as "Department=Nursing"
or "Years in the role>=5", through the same core selection the command line's ``--set`` and
``--where`` use. The checklist stays the one place the choice is read from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from caqda.core import document_sets
from caqda.core.document_filter import DocumentSelection, resolve_document_names
from caqda.core.errors import CaqdaError
from caqda.core.project import Project


class DocumentFilterBar(QWidget):
    def __init__(self, project: Project, checklist: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.checklist = project, checklist
        self.setObjectName("document-filter-bar")
        self.set_choice = QComboBox(self)
        self.set_choice.setObjectName("document-set")
        self.set_choice.addItem(self.tr("Any set"), None)
        for document_set in document_sets.list_sets(project):
            self.set_choice.addItem(document_set.name, document_set.name)
        self.condition = QLineEdit(self)
        self.condition.setObjectName("document-condition")
        self.condition.setPlaceholderText(self.tr("Condition, e.g. Department=Nursing"))
        self.condition.setToolTip(
            self.tr(
                "Only documents whose attribute matches: = != < <= > >= or ~ (contains), "
                "e.g. Years in the role>=5. Press Enter to apply."
            )
        )
        self.condition.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        # One above the other: the bar sits over narrow checklists (the export dialog's third).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_choice)
        layout.addWidget(self.condition)
        layout.addWidget(self.message)
        self.set_choice.currentIndexChanged.connect(lambda _i: self.apply())
        self.condition.editingFinished.connect(self.apply)

    def apply(self) -> None:
        """Check exactly the documents the set and condition select (all when neither is given)."""
        set_name = self.set_choice.currentData()
        condition = self.condition.text().strip()
        self.message.hide()
        try:
            names = resolve_document_names(
                self.project,
                DocumentSelection.from_strings(
                    sets=[set_name] if set_name else None, where=[condition] if condition else None
                ),
            )
        except CaqdaError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        chosen = None if names is None else set(names)
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            on = chosen is None or item.text() in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        if chosen == set():
            self.message.setText(self.tr("No document matches."))
            self.message.show()


def insert_filter_bar(project: Project, checklist: QListWidget) -> DocumentFilterBar | None:
    """Put a filter bar just above ``checklist`` in whatever box layout holds it."""
    parent = checklist.parentWidget()
    layout = _layout_holding(parent.layout(), checklist) if parent is not None and parent.layout() else None
    if layout is None:
        return None
    bar = DocumentFilterBar(project, checklist, parent)
    layout.insertWidget(layout.indexOf(checklist), bar)
    return bar


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None and (found := _layout_holding(child, widget)) is not None:
            return found
    return None
