"""A compact row that narrows a list to some documents: a document set and an attribute
condition ("Department=Nursing", "Years in the role>=5"), read as the same core
:class:`~caqda.core.document_filter.DocumentSelection` the command line's ``--set`` and
``--where`` build. Used where no document checklist exists (the coded-segments dock); the set
list is read from the project each time it opens, so a new set shows up without a reload."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from caqda.core import document_sets
from caqda.core.document_filter import DocumentSelection
from caqda.core.project import Project
from caqda.gui.views.refreshing_combo import RefreshingComboBox


class DocumentScopeRow(QWidget):
    """``changed`` fires when the set or the condition (on Enter or leaving the field) changes."""

    changed = Signal()

    def __init__(self, project_getter: Callable[[], Project | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_getter = project_getter
        self.set_choice = RefreshingComboBox(self._fill_sets)
        self.set_choice.setObjectName("scope-document-set")
        self.set_choice.setToolTip(self.tr("Only the documents of this document set"))
        self.set_choice.setMinimumContentsLength(14)
        self._fill_sets(self.set_choice)
        self.condition = QLineEdit(self)
        self.condition.setObjectName("scope-document-condition")
        self.condition.setPlaceholderText(self.tr("Documents where, e.g. Department=Nursing"))
        self.condition.setToolTip(
            self.tr(
                "Only documents whose attribute matches: = != < <= > >= or ~ (contains), "
                "e.g. Years in the role>=5. Press Enter to apply."
            )
        )
        self.condition.setClearButtonEnabled(True)
        self._applied = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_choice, 1)
        layout.addWidget(self.condition, 2)
        self.set_choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.condition.editingFinished.connect(self._condition_finished)

    def selection(self) -> DocumentSelection:
        """What the row chooses; ``is_everything`` when neither a set nor a condition is given.
        A condition that does not parse raises :class:`~caqda.core.document_filter.FilterError`."""
        set_name = self.set_choice.currentData()
        condition = self.condition.text().strip()
        return DocumentSelection.from_strings(
            sets=[set_name] if set_name else None, where=[condition] if condition else None
        )

    def _condition_finished(self) -> None:
        text = self.condition.text().strip()
        if text != self._applied:  # leaving the field unchanged does not reload the list
            self._applied = text
            self.changed.emit()

    def _fill_sets(self, combo: QComboBox) -> None:
        combo.clear()
        combo.addItem(self.tr("Any document set"), None)
        project = self.project_getter()
        if project is not None:
            for document_set in document_sets.list_sets(project):
                combo.addItem(document_set.name, document_set.name)
