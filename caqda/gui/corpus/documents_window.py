"""The documents window: every document with where it came from (source file and format),
when and by whom it was imported, its codings, memos and sets; rename, delete, reorder and
group documents into sets, each step undoable. A set or attribute condition narrows the list.

The window reads through core functions only and changes the project through undo commands
(``run``); it re-reads itself whenever the session announces a committed change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core import document_edits, document_sets, documents
from caqda.core.document_details import DocumentDetails, document_details
from caqda.core.document_filter import DocumentSelection, resolve_documents
from caqda.core.errors import CaqdaError
from caqda.gui.corpus_commands import (
    ChangeSetMembers,
    CreateDocumentSet,
    DeleteDocuments,
    DeleteDocumentSet,
    RenameDocument,
    ReorderDocuments,
)
from caqda.gui.screen_fit import fit_to_screen

Runner = Callable[[QUndoCommand], bool]
_ID = Qt.ItemDataRole.UserRole


class DocumentsWindow(QWidget):
    """A tool window (its own top-level window) over the session's project."""

    def __init__(self, session, run: Runner, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.run = session, run
        self.setWindowTitle(self.tr("Documents"))
        self.setObjectName("documents-window")
        self._kinds = {
            "interview": self.tr("Interview"),
            "social_media": self.tr("Social media"),
            "other": self.tr("Other"),
        }
        self.set_filter = QComboBox(self)
        self.set_filter.setObjectName("set-filter")
        self.set_filter.setAccessibleName(self.tr("Show the documents of a set"))
        self.condition = QLineEdit(self)
        self.condition.setObjectName("condition")
        self.condition.setPlaceholderText(self.tr("Attribute condition, e.g. Department=Nursing"))
        self.condition.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setObjectName("filter-message")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Set:"), self))
        filters.addWidget(self.set_filter, 1)
        filters.addWidget(QLabel(self.tr("Where:"), self))
        filters.addWidget(self.condition, 2)
        filters.addWidget(self.message, 1)

        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("documents-details")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda _index: self.rename_selected())

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("rename", self.tr("&Rename…"), self.rename_selected),
            ("delete", self.tr("&Delete…"), self.delete_selected),
            ("up", self.tr("Move &up"), lambda: self.move_selected(-1)),
            ("down", self.tr("Move do&wn"), lambda: self.move_selected(1)),
            ("new_set", self.tr("&New set from selection…"), self.new_set_from_selection),
            ("add_to_set", self.tr("&Add to set"), None),
            ("remove_from_set", self.tr("Take &out of the shown set"), self.remove_selected_from_set),
            ("delete_set", self.tr("Delete the shown &set…"), self.delete_shown_set),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            if slot is not None:
                button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        self.add_menu = QMenu(self)
        self.buttons["add_to_set"].setMenu(self.add_menu)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.condition.editingFinished.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        fit_to_screen(self, 1100, 560)
        self._fill_sets()
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            "#",
            self.tr("Document"),
            self.tr("Kind"),
            self.tr("Source file"),
            self.tr("Format"),
            self.tr("Imported"),
            self.tr("Imported by"),
            self.tr("Characters"),
            self.tr("Codings"),
            self.tr("Memos"),
            self.tr("Sets"),
        ]

    def shown_set(self) -> document_sets.DocumentSet | None:
        set_id = self.set_filter.currentData()
        if set_id is None:
            return None
        try:
            return document_sets.get_set(self.session.project, set_id)
        except CaqdaError:
            return None

    def reload(self) -> None:
        project = self.session.project
        shown = self.shown_set()
        condition = self.condition.text().strip()
        self.message.clear()
        try:
            selection = DocumentSelection.from_strings(
                sets=[shown.name] if shown else None, where=[condition] if condition else None
            )
            chosen = resolve_documents(project, selection)
        except CaqdaError as error:
            self.message.setText(str(error))
            chosen = None
        details = document_details(project, chosen)
        selected = set(self.selected_ids())
        self.table.clearContents()
        self.table.setColumnCount(len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setRowCount(len(details))
        for row, entry in enumerate(details):
            for column, value in enumerate(self._cells(entry)):
                item = QTableWidgetItem(value)
                item.setData(_ID, entry.id)
                if column in (0, 7, 8, 9):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 1:
                    item.setToolTip(self._tooltip(entry))
                self.table.setItem(row, column, item)
            if entry.id in selected:
                self.table.selectRow(row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if len(details) != len(documents.list_documents(self.session.project)):
            self.message.setText(self.tr("{shown} of the documents shown").format(shown=len(details)))
        self._update_buttons()

    def _cells(self, entry: DocumentDetails) -> list[str]:
        return [
            str(entry.position),
            entry.name,
            self._kinds.get(entry.kind, entry.kind),
            entry.source_name,
            entry.source_format,
            entry.imported_at[:16].replace("T", " "),
            entry.imported_by or "–",
            f"{entry.characters:,}",
            str(entry.codings),
            str(entry.memos),
            ", ".join(entry.sets),
        ]

    def _tooltip(self, entry: DocumentDetails) -> str:
        return self.tr("{name}\nimported from {source} ({format}) on {when} by {who}").format(
            name=entry.name,
            source=entry.source_name,
            format=entry.source_format,
            when=entry.imported_at[:16].replace("T", " "),
            who=entry.imported_by or self.tr("an unknown coder"),
        )

    def _fill_sets(self) -> None:
        current = self.set_filter.currentData()
        self.set_filter.blockSignals(True)
        self.set_filter.clear()
        self.set_filter.addItem(self.tr("All documents"), None)
        for document_set in document_sets.list_sets(self.session.project):
            self.set_filter.addItem(
                self.tr("{name} ({count})").format(
                    name=document_set.name, count=len(document_set.document_ids)
                ),
                document_set.id,
            )
        index = self.set_filter.findData(current)
        self.set_filter.setCurrentIndex(max(0, index))
        self.set_filter.blockSignals(False)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for document_set in document_sets.list_sets(self.session.project):
            action = self.add_menu.addAction(document_set.name)
            action.triggered.connect(lambda _=False, s=document_set: self.add_selected_to_set(s))
        if self.add_menu.isEmpty():
            self.add_menu.addAction(self.tr("No sets yet: make one from the selection")).setEnabled(False)

    def _on_changed(self, changes: list) -> None:  # type: ignore[type-arg]
        if self.isVisible() or self.table.rowCount():
            self._fill_sets()
            self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(_ID) for row in rows if self.table.item(row, 0)]

    def select_ids(self, document_ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(_ID) in document_ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids())
        shown = self.shown_set() is not None
        for name in ("delete", "up", "down", "new_set", "add_to_set"):
            self.buttons[name].setEnabled(selected)
        self.buttons["rename"].setEnabled(len(self.selected_ids()) == 1)
        self.buttons["remove_from_set"].setEnabled(selected and shown)
        self.buttons["delete_set"].setEnabled(shown)

    # -- asking (replaced in tests) ---------------------------------------------------------------
    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Documents"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- changing ------------------------------------------------------------------------------
    def rename_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        row = next(r for r in range(self.table.rowCount()) if self.table.item(r, 0).data(_ID) == ids[0])
        old = self.table.item(row, 1).text()
        name = self.ask_text(self.tr("Rename document"), self.tr("New name:"), old)
        if name and name != old:
            self.run(RenameDocument(self.session.project, ids[0], old, name))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        project = self.session.project
        impact = document_edits.deletion_impact(project, ids)
        names = [
            self.table.item(row, 1).text()
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).data(_ID) in set(ids)
        ]
        label = names[0] if len(names) == 1 else self.tr("{count} documents").format(count=len(names))
        question = self.tr(
            "Delete {what}? {codings} codings and {memos} memos go with it. You can undo this."
        ).format(what=label, codings=impact.codings, memos=impact.memos)
        if self.confirm(question):
            self.run(DeleteDocuments(project, ids, label))

    def move_selected(self, step: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        order = document_edits.document_order(self.session.project)
        moving = [d for d in order if d in set(ids)]
        rest = [d for d in order if d not in set(ids)]
        first = order.index(moving[0])
        # Where the block lands among the others: one place earlier or later.
        before = sum(1 for d in order[:first] if d not in set(ids))
        place = max(0, min(len(rest), before + step))
        new_order = rest[:place] + moving + rest[place:]
        if new_order != order:
            self.run(ReorderDocuments(self.session.project, new_order))
            self.select_ids(ids)

    def new_set_from_selection(self) -> None:
        ids = self.selected_ids()
        name = self.ask_text(self.tr("New document set"), self.tr("Name of the set:"))
        if name:
            self.run(CreateDocumentSet(self.session.project, name, ids))

    def add_selected_to_set(self, document_set: document_sets.DocumentSet) -> None:
        ids = self.selected_ids()
        if ids:
            self.run(ChangeSetMembers(self.session.project, document_set, ids, add=True))

    def remove_selected_from_set(self) -> None:
        shown, ids = self.shown_set(), self.selected_ids()
        if shown is not None and ids:
            self.run(ChangeSetMembers(self.session.project, shown, ids, add=False))

    def delete_shown_set(self) -> None:
        shown = self.shown_set()
        if shown is not None and self.confirm(
            self.tr("Delete the set “{name}”? Its documents stay in the project.").format(name=shown.name)
        ):
            self.run(DeleteDocumentSet(self.session.project, shown))
