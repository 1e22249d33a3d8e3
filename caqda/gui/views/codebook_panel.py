"""The codebook dock: a filter box, the code tree, and the selected code's definition."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caqda.core.models import Code
from caqda.gui.models import ID_ROLE
from caqda.gui.models.codebook_model import DEFINITION_ROLE, SETS_ROLE, CodebookModel
from caqda.gui.views.table_sizing import fit_columns_on_reset


class _CodebookFilter(QSortFilterProxyModel):
    """The filter box's text, and optionally one code set (its codes, with their parents)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.code_set: str | None = None

    def set_code_set(self, name: str | None) -> None:
        if name != self.code_set:
            self.code_set = name
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self.code_set is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.code_set in (index.data(SETS_ROLE) or [])


class CodebookPanel(QWidget):
    code_activated = Signal(int)  # double-click: code the selection with it
    current_code_changed = Signal(object)  # Code | None
    context_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CodebookModel()
        self.proxy = _CodebookFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit(placeholderText=self.tr("Filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.set_choice = QComboBox()
        self.set_choice.setObjectName("code-set-filter")
        self.set_choice.setToolTip(self.tr("Show only the codes of one code set"))
        self.set_choice.currentIndexChanged.connect(self._set_chosen)
        self.set_choice.hide()

        self.tree = QTreeView()
        self.tree.setObjectName("codebook-tree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.context_menu_requested)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        fit_columns_on_reset(self.tree, stretch=0)  # not re-measured on each count
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.definition = QTextBrowser()
        self.definition.setObjectName("code-definition")
        self.definition.setOpenLinks(False)
        self.definition.setPlaceholderText(self.tr("Select a code to see its definition."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.definition)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.set_choice, 1)
        layout.addLayout(filters)
        layout.addWidget(splitter)

    def current_code(self) -> Code | None:
        index = self.tree.currentIndex()
        return index.data(DEFINITION_ROLE) if index.isValid() else None  # type: ignore[no-any-return]

    def select_code(self, code_id: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def code_at(self, point: QPoint) -> Code | None:
        index = self.tree.indexAt(point)
        return index.data(DEFINITION_ROLE) if index.isValid() else None  # type: ignore[no-any-return]

    def reload_keep_state(self, load: object) -> None:
        """Rebuild the model with ``load()`` while keeping expanded codes and the current code."""
        expanded = self._expanded_ids()
        current = self.current_code()
        load()  # type: ignore[operator]
        self._fill_set_choice()
        if expanded is None:
            self.tree.expandAll()
        else:
            for code_id in expanded:
                self.tree.expand(self.proxy.mapFromSource(self.model.index_of(code_id)))
        if current is not None:
            self.select_code(current.id)

    def _expanded_ids(self) -> set[int] | None:
        if self.model.rowCount() == 0:
            return None
        found: set[int] = set()

        def visit(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.add(index.data(ID_ROLE))
                visit(index)

        visit(QModelIndex())
        return found

    def _fill_set_choice(self) -> None:
        chosen = self.proxy.code_set
        names = self.model.set_names()
        self.set_choice.blockSignals(True)
        self.set_choice.clear()
        self.set_choice.addItem(self.tr("All codes"), None)
        for name in names:
            self.set_choice.addItem(self.tr("Set: {name}").format(name=name), name)
        self.set_choice.setCurrentIndex(max(0, self.set_choice.findData(chosen)) if chosen in names else 0)
        self.set_choice.blockSignals(False)
        self.set_choice.setVisible(bool(names))
        self.proxy.set_code_set(chosen if chosen in names else None)

    def _set_chosen(self, _row: int) -> None:
        self.proxy.set_code_set(self.set_choice.currentData())
        if self.proxy.code_set is not None:
            self.tree.expandAll()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        code_id = index.data(ID_ROLE)
        if code_id is not None:
            self.code_activated.emit(code_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(DEFINITION_ROLE) if current.isValid() else None
        self.show_definition(code, current.data(SETS_ROLE) if current.isValid() else None)
        self.current_code_changed.emit(code)

    def show_definition(self, code: Code | None, sets: list[str] | None = None) -> None:
        if code is None:
            self.definition.clear()
            return
        sections = [
            (self.tr("Definition"), code.definition),
            (self.tr("When to use"), code.when_to_use),
            (self.tr("When not to use"), code.when_not_to_use),
            (self.tr("Example"), code.example),
        ]
        html = [f'<h3 style="margin:0"><span style="color:{code.color}">■</span> {_escape(code.name)}</h3>']
        if not code.codable:
            header = self.tr("Category header: groups codes, not for coding.")
            html.append(f'<p style="margin:4px 0 0 0"><i>{header}</i></p>')
        if sets:
            in_sets = self.tr("Code sets: {names}").format(names=_escape(", ".join(sets)))
            html.append(f'<p style="margin:4px 0 0 0">{in_sets}</p>')
        for title, text in sections:
            if text:
                body = _escape(text).replace("\n", "<br>")
                if title == self.tr("Example"):
                    body = f"<i>“{body}”</i>"
                html.append(f'<p style="margin:6px 0 0 0"><b>{title}</b><br>{body}</p>')
        self.definition.setHtml("".join(html))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
