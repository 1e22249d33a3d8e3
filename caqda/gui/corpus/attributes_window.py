"""The attributes table: one row per document, one column per attribute (variable), edited in
place or filled by pasting a block copied from a spreadsheet. Each attribute has a type (text,
number, date, choice) and every value is checked against it; a refused value changes nothing
and says why. Every edit, paste, new attribute and file import is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core import attribute_files, attributes
from caqda.core.errors import CaqdaError
from caqda.gui.corpus_commands import DefineAttribute, RemoveAttribute, SetAttributeValues
from caqda.gui.screen_fit import fit_to_screen

Runner = Callable[[QUndoCommand], bool]
_ID = Qt.ItemDataRole.UserRole


class AttributeDialog(QDialog):
    """Name, type and (for a choice) the values of a new attribute, or a changed type."""

    def __init__(
        self, parent: QWidget | None = None, definition: attributes.AttributeDefinition | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attribute"))
        self.name = QLineEdit(definition.name if definition else "", self)
        self.name.setObjectName("attribute-name")
        self.name.setReadOnly(definition is not None)
        self.type = QComboBox(self)
        self.type.setObjectName("attribute-type")
        for value, text in (
            ("text", self.tr("Text")),
            ("number", self.tr("Number")),
            ("date", self.tr("Date (2024-03-31)")),
            ("choice", self.tr("Choice from a list")),
        ):
            self.type.addItem(text, value)
        if definition:
            self.type.setCurrentIndex(self.type.findData(definition.type))
        self.choices = QLineEdit("; ".join(definition.choices) if definition else "", self)
        self.choices.setObjectName("attribute-choices")
        self.choices.setPlaceholderText(self.tr("Values separated by ;  e.g. Day; Night"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(self.tr("Values:"), self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(420, 160)

    def _update(self) -> None:
        self.choices.setEnabled(self.type.currentData() == "choice")

    def values(self) -> tuple[str, str, list[str]]:
        choices = [c.strip() for c in self.choices.text().split(";") if c.strip()]
        return self.name.text().strip(), str(self.type.currentData()), choices


class ChoiceDelegate(QStyledItemDelegate):
    """A choice attribute is edited with a list of its values (and an empty one to clear it)."""

    def __init__(self, window: AttributesWindow) -> None:
        super().__init__(window)
        self.window = window

    def createEditor(self, parent: QWidget, option, index):  # type: ignore[no-untyped-def]
        definition = self.window.definitions[index.column()]
        if definition.type != "choice":
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        editor.addItems(["", *definition.choices])
        # Picking a value is the edit: commit it at once instead of waiting for Enter.
        editor.activated.connect(lambda _index: (self.commitData.emit(editor), self.closeEditor.emit(editor)))
        return editor

    def setEditorData(self, editor: QWidget, index) -> None:  # type: ignore[no-untyped-def]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(index.data() or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index) -> None:  # type: ignore[no-untyped-def]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class AttributesWindow(QWidget):
    def __init__(self, session, run: Runner, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.run = session, run
        self.setWindowTitle(self.tr("Document attributes"))
        self.setObjectName("attributes-window")
        self.definitions: list[attributes.AttributeDefinition] = []
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("attributes-table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table.setItemDelegate(ChoiceDelegate(self))
        self.hint = QLabel(
            self.tr("Double-click a cell to edit it; paste a block copied from a spreadsheet with Ctrl+V."),
            self,
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("add", self.tr("&Add attribute…"), self.add_attribute),
            ("type", self.tr("Change &type…"), self.change_type),
            ("remove", self.tr("&Delete attribute…"), self.remove_attribute),
            ("import", self.tr("&Import table…"), self.import_table),
            ("export", self.tr("&Export table…"), self.export_table),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.installEventFilter(self)
        session.changed.connect(lambda _changes: self.reload())
        fit_to_screen(self, 1000, 520)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+V pastes a block and Delete clears the selected cells (not while a cell is
        being edited: the editor is another widget and gets its own keys)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
                self.clear_selection()
                return True
        return super().eventFilter(watched, event)

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        table = attributes.attribute_table(self.session.project)
        self.definitions = list(table.attributes)
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(self.definitions))
        self.table.setRowCount(len(table.rows))
        for column, definition in enumerate(self.definitions):
            header = QTableWidgetItem(f"{definition.name}\n({self._type_name(definition.type)})")
            header.setToolTip(
                self.tr("Values: {choices}").format(choices=", ".join(definition.choices))
                if definition.choices
                else self._type_name(definition.type)
            )
            self.table.setHorizontalHeaderItem(column, header)
        for row, (document_id, name, values) in enumerate(table.rows):
            label = QTableWidgetItem(name)
            label.setData(_ID, document_id)
            self.table.setVerticalHeaderItem(row, label)
            for column, definition in enumerate(self.definitions):
                item = QTableWidgetItem(values.get(definition.name, ""))
                if definition.type == "number":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 90), 260))
        self.table.blockSignals(False)
        has_column = self.table.columnCount() > 0
        self.buttons["type"].setEnabled(has_column)
        self.buttons["remove"].setEnabled(has_column)

    def _type_name(self, type_: str) -> str:
        return {
            "text": self.tr("text"),
            "number": self.tr("number"),
            "date": self.tr("date"),
            "choice": self.tr("choice"),
        }.get(type_, type_)

    def document_id(self, row: int) -> int:
        return int(self.table.verticalHeaderItem(row).data(_ID))

    def current_definition(self) -> attributes.AttributeDefinition | None:
        column = self.table.currentColumn()
        return self.definitions[column] if 0 <= column < len(self.definitions) else None

    # -- asking (replaced in tests) ----------------------------------------------------------------
    def ask_attribute(
        self, definition: attributes.AttributeDefinition | None = None
    ) -> tuple[str, str, list[str]] | None:
        dialog = AttributeDialog(self, definition)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Document attributes"), question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_path(self, save: bool) -> Path | None:
        pattern = self.tr("Tables (*.xlsx *.csv)")
        if save:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export attributes"), "attributes.xlsx", pattern
            )
        else:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import attributes"), "", pattern)
        return Path(name) if name else None

    # -- changing --------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        definition = self.definitions[item.column()]
        change = (self.document_id(item.row()), definition.name, item.text())
        label = self.tr("Set {attribute}").format(attribute=definition.name)
        if not self.run(SetAttributeValues(self.session.project, [change], label)):
            self.reload()

    def paste(self) -> None:
        """Paste a tab-separated block (from a spreadsheet) from the current cell on."""
        text = QGuiApplication.clipboard().text()
        if not text or self.table.currentRow() < 0:
            return
        lines = text.rstrip("\n").replace("\r\n", "\n").split("\n")
        first_row = max(0, self.table.currentRow())
        first_column = max(0, self.table.currentColumn())
        changes: list[tuple[int, str, str | None]] = []
        for row_offset, line in enumerate(lines):
            row = first_row + row_offset
            if row >= self.table.rowCount():
                break
            for column_offset, value in enumerate(line.split("\t")):
                column = first_column + column_offset
                if column < len(self.definitions):
                    changes.append((self.document_id(row), self.definitions[column].name, value))
        if changes:
            label = self.tr("Paste {count} attribute values").format(count=len(changes))
            if not self.run(SetAttributeValues(self.session.project, changes, label)):
                self.reload()

    def clear_selection(self) -> None:
        changes: list[tuple[int, str, str | None]] = [
            (self.document_id(index.row()), self.definitions[index.column()].name, None)
            for index in self.table.selectedIndexes()
            if index.data()
        ]
        if changes:
            self.run(SetAttributeValues(self.session.project, changes, self.tr("Clear attribute values")))

    def add_attribute(self) -> None:
        answer = self.ask_attribute()
        if answer is not None and answer[0]:
            self.run(DefineAttribute(self.session.project, *answer))

    def change_type(self) -> None:
        definition = self.current_definition()
        if definition is None:
            return
        answer = self.ask_attribute(definition)
        if answer is not None:
            self.run(DefineAttribute(self.session.project, definition.name, answer[1], answer[2]))

    def remove_attribute(self) -> None:
        definition = self.current_definition()
        if definition is not None and self.confirm(
            self.tr(
                "Delete the attribute “{name}” and its values in every document? You can undo this."
            ).format(name=definition.name)
        ):
            self.run(RemoveAttribute(self.session.project, definition.name))

    def import_table(self) -> None:
        path = self.ask_path(save=False)
        if path is None:
            return
        try:
            read = attribute_files.read_attributes(self.session.project, path)
        except CaqdaError as error:
            QMessageBox.warning(self, self.tr("Import attributes"), str(error))
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Import attributes from {name}").format(name=path.name))
        try:
            for name, (type_, choices) in read.types.items():
                self.run(DefineAttribute(self.session.project, name, type_, choices))
            self.run(SetAttributeValues(self.session.project, read.changes))
        finally:
            stack.endMacro()
        if read.unknown_documents:
            QMessageBox.information(
                self,
                self.tr("Import attributes"),
                self.tr("No document is called: {names}. Those rows were skipped.").format(
                    names=", ".join(read.unknown_documents)
                ),
            )

    def export_table(self) -> None:
        path = self.ask_path(save=True)
        if path is None:
            return
        try:
            attribute_files.export_attributes(self.session.project, path)
        except CaqdaError as error:
            QMessageBox.warning(self, self.tr("Export attributes"), str(error))
