"""Memos: the analysts' notes on the project, documents and codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from caqda.core.models import Memo
from caqda.gui.models import ID_ROLE
from caqda.gui.models.table_models import memos_model


class MemosPanel(QWidget):
    new_requested = Signal(str)  # "project" | "document" | "code"
    edit_requested = Signal(object)  # Memo
    delete_requested = Signal(object)  # Memo

    def __init__(
        self,
        describe_target: Callable[[Memo], str],
        coder_name: Callable[[Memo], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = memos_model(describe_target, coder_name)
        self.table = QTableView()
        self.table.setObjectName("memos-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit)
        buttons = QHBoxLayout()
        for label, target in (
            (self.tr("Project memo"), "project"),
            (self.tr("Document memo"), "document"),
            (self.tr("Code memo"), "code"),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, t=target: self.new_requested.emit(t))
            buttons.addWidget(button)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._delete)
        buttons.addStretch()
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def show_memos(self, memos: list[Memo]) -> None:
        self.model.load(memos)

    def _current(self) -> Memo | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None  # type: ignore[no-any-return]

    def _edit(self, index: QModelIndex) -> None:
        memo = index.siblingAtColumn(0).data(ID_ROLE)
        if memo is not None:
            self.edit_requested.emit(memo)

    def _delete(self) -> None:
        memo = self._current()
        if memo is not None:
            self.delete_requested.emit(memo)
