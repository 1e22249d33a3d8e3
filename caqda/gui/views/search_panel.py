"""The search dock: find passages in every document (contains, whole word, phrase, fuzzy or a
regular expression), narrowed by speaker, coded or uncoded text, a code, a document, a document
set or an attribute; the places appear as a sortable keyword-in-context table with every hit listed and
counted; a click jumps to one, "Code all…" codes them (one undo step), "Export…" writes them to
Excel or Word.

The panel calls the core search itself (through ``project_getter``); the filter lists are read
from the project each time they are opened, so they never go stale.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caqda.core.document_filter import DocumentSelection, resolve_documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.core.search import Hit, Hits, Scope, search
from caqda.core.search_index import fold
from caqda.gui.models import ID_ROLE
from caqda.gui.views.refreshing_combo import RefreshingComboBox

Index = QModelIndex | QPersistentModelIndex
BEFORE, HIT, AFTER, SCORE = 2, 3, 4, 5


class HitsModel(QAbstractTableModel):
    """Keyword in context: document, speaker, the words before, the hit, the words after, score.
    A row's hit is made when the row is shown (a search may find 100,000 places); sorting makes
    every hit once and reorders the rows (by the words nearest the hit for the contexts)."""

    def __init__(self) -> None:
        super().__init__()
        self.found = Hits()  # the hits in the order found
        self._made: list[Hit] | None = None  # every hit, made by the first sort
        self._order: list[int] | None = None  # row -> position in ``found``, once sorted
        self._headers = [
            self.tr("Document"),
            self.tr("Speaker"),
            self.tr("Before"),
            self.tr("Found"),
            self.tr("After"),
            self.tr("Score"),
        ]

    def load(self, hits: Hits) -> None:
        self.beginResetModel()
        self.found, self._made, self._order = hits, None, None
        self.endResetModel()

    @property
    def rows(self) -> Sequence[Hit]:
        """The hits in the rows' order (the order found until sorted)."""
        if self._order is None:
            return self.found
        made = self._made
        assert made is not None
        return [made[position] for position in self._order]

    def hit(self, row: int) -> Hit:
        if self._order is None:
            return self.found[row]
        assert self._made is not None
        return self._made[self._order[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.found)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            hit = self.hit(index.row())
            return (
                hit.document,
                hit.speaker or "",
                hit.before,
                " ".join(hit.text.split()),
                hit.after,
                f"{hit.score:.0f}",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (BEFORE, HIT, AFTER):
            hit = self.hit(index.row())
            return f"{hit.before} »{hit.text}« {hit.after}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == BEFORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == HIT:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return self.hit(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._made is None:  # not made on loading: most lists are never sorted
            self._made = list(self.found)
            self._order = list(range(len(self._made)))
        made, rows = self._made, self._order
        assert rows is not None
        # Keys of positions in the order found (a document's hits come in the order found).
        keys: dict[int, Callable[[int], Any]] = {
            0: lambda at: at,
            1: lambda at: ((made[at].speaker or "").casefold(), at),
            BEFORE: lambda at: fold(made[at].before).split()[::-1],
            HIT: lambda at: fold(made[at].text),
            AFTER: lambda at: fold(made[at].after).split(),
            SCORE: lambda at: made[at].score,
        }
        self.layoutAboutToBeChanged.emit()
        rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class _LeftElidingDelegate(QStyledItemDelegate):
    """Cuts the context before a hit on the left, so the words next to the hit stay visible."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class SearchPanel(QWidget):
    hit_activated = Signal(object)  # Hit
    autocode_requested = Signal(str)  # unit: hit, sentence, paragraph, turn
    searched = Signal(int)  # number of places found

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_getter: Callable[[], Project | None] = lambda: None
        self.query = QLineEdit(placeholderText=self.tr("Search all documents…"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.mode = QComboBox()
        for label, mode in (
            (self.tr("Contains"), "contains"),
            (self.tr("Whole word"), "whole_word"),
            (self.tr("Phrase"), "phrase"),
            (self.tr("Fuzzy"), "fuzzy"),
            (self.tr("Regular expression"), "regex"),
        ):
            self.mode.addItem(label, mode)
        self.mode.setToolTip(
            self.tr(
                "Contains: the letters anywhere, even inside words. Whole word: only whole words. "
                "Phrase: these words in this order. Fuzzy: also misspellings and variants. "
                "Regular expression: a Python pattern. Case and accents are ignored (a regular "
                "expression ignores case only)."
            )
        )
        self._warming: threading.Thread | None = None  # the fuzzy search's imports, once
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.score = QSpinBox(minimum=50, maximum=99, value=85, singleStep=5)
        self.score.setPrefix(self.tr("match ≥ "))
        self.score.setToolTip(self.tr("How close a variant must be: 99 nearly exact, 50 very loose"))
        self.score.setVisible(False)
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self.run_search)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.mode)
        top.addWidget(self.score)
        top.addWidget(go)

        self.speaker = RefreshingComboBox(self._fill_speakers)
        self.speaker.setEditable(True)
        self.speaker.setToolTip(self.tr("Only what this speaker says"))
        self.speaker.lineEdit().setPlaceholderText(self.tr("Any speaker"))
        self.speaker.setMinimumContentsLength(12)
        self.coded = RefreshingComboBox(self._fill_coded)
        self.coded.setMinimumContentsLength(16)
        self._fill_coded(self.coded)
        self.document = RefreshingComboBox(self._fill_documents)
        self.document.setMinimumContentsLength(16)
        self._fill_documents(self.document)
        self.document_set = RefreshingComboBox(self._fill_sets)
        self.document_set.setObjectName("search-document-set")
        self.document_set.setToolTip(self.tr("Only the documents of this document set"))
        self.document_set.setMinimumContentsLength(12)
        self._fill_sets(self.document_set)
        self.where = QLineEdit(placeholderText=self.tr("Attribute, e.g. Department=Nursing"))
        self.where.setClearButtonEnabled(True)
        self.where.returnPressed.connect(self.run_search)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Speaker:"), self.speaker),
            (self.tr("Text:"), self.coded),
            (self.tr("Document:"), self.document),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.document_set)
        filters.addWidget(self.where, 1)

        self.count = QLabel()
        self.count.setObjectName("search-count")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write every place found to Excel or Word"))
        self.export_button.clicked.connect(self.export_hits)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("the hits"), "hit")
        self.unit.addItem(self.tr("their sentences"), "sentence")
        self.unit.addItem(self.tr("their paragraphs"), "paragraph")
        self.unit.addItem(self.tr("their speaker turns"), "turn")
        self.code_button = QPushButton(self.tr("Code all…"))
        self.code_button.clicked.connect(lambda: self.autocode_requested.emit(self.unit.currentData()))
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.code_button)
        actions.addWidget(self.unit)

        self.model = HitsModel()
        self.table = QTableView()
        self.table.setObjectName("search-hits")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self._before_delegate = _LeftElidingDelegate(self.table)
        self.table.setItemDelegateForColumn(BEFORE, self._before_delegate)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(SCORE, 60)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(HIT, 140)
        # Room for a few places under the three rows of controls: the bottom docks share a
        # short area, where the list showed two places at 1366×768.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + 4 * rows + 2 * self.table.frameWidth())
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        self.show_hits(Hits())

    # -- searching ------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Search with what the panel shows; a refusal (a bad pattern, an unknown attribute) is
        shown in the panel, and the previous results are cleared."""
        project = self.project_getter()
        if project is None or not self.query.text().strip():
            return
        mode = self.mode.currentData()
        try:
            hits = search(
                project,
                self.query.text(),
                mode=mode,
                min_score=float(self.score.value()) if mode == "fuzzy" else 100.0,
                scope=self.scope(),
            )
        except CaqdaError as error:
            self.show_hits(Hits())
            self._show_error(str(error))
            return
        self.show_hits(hits)
        self.searched.emit(len(hits))

    def scope(self) -> Scope:
        """The filters as a core search scope; a chosen set is resolved here (an unknown one
        raises a :class:`~caqda.core.errors.CaqdaError`, shown by ``run_search``)."""
        speaker = self.speaker.currentText().strip()
        coded = self.coded.currentData()
        document = self.document.currentData()
        where = self.where.text().strip()
        document_ids = (document,) if document is not None else None
        set_name = self.document_set.currentData()
        project = self.project_getter()
        if set_name and project is not None:
            in_set = resolve_documents(project, DocumentSelection(sets=(set_name,))) or []
            document_ids = tuple(i for i in document_ids or in_set if i in set(in_set))
        return Scope(
            document_ids=document_ids,
            where=(where,) if where else (),
            speakers=(speaker,) if speaker else (),
            coded=True if coded == "coded" else False if coded == "uncoded" else None,
            code_id=coded if isinstance(coded, int) else None,
        )

    def show_hits(self, hits: Hits) -> None:
        self.model.load(hits)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.code_button.setEnabled(bool(hits))
        self.export_button.setEnabled(bool(hits))
        self.count.setFont(QFont())
        self.count.setStyleSheet("")
        if hits:
            documents = hits.document_count
            if len(hits) == 1:
                found = self.tr("1 place in 1 document")
            elif documents == 1:
                found = self.tr("{count} places in 1 document, all listed").format(count=f"{len(hits):,}")
            else:
                found = self.tr("{count} places in {documents} documents, all listed").format(
                    count=f"{len(hits):,}", documents=documents
                )
            self.count.setText(found)
        else:
            self.count.setText(self.tr("No places found.") if self.query.text().strip() else "")

    def clear(self) -> None:
        self.show_hits(Hits())
        self.count.setText("")

    def _show_error(self, message: str) -> None:
        if "\n" in message:  # a pattern with a caret under the error: keep the columns
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            self.count.setFont(font)
        self.count.setStyleSheet("color: #b91c1c;")
        self.count.setText(message)

    def _mode_changed(self) -> None:
        fuzzy = self.mode.currentData() == "fuzzy"
        self.score.setVisible(fuzzy)
        if fuzzy and self._warming is None:
            from caqda.core import fuzzy_runs

            # Not a daemon: a window closed meanwhile waits for the imports to end.
            self._warming = threading.Thread(target=fuzzy_runs.warm_up, name="caqda-fuzzy-warm-up")
            self._warming.start()

    # -- filter lists, read when opened -------------------------------------------------------
    def _fill_speakers(self, combo: QComboBox) -> None:
        from caqda.core.search import speakers

        project = self.project_getter()
        combo.clear()
        combo.addItem("")
        if project is not None:
            combo.addItems(speakers(project))

    def _fill_coded(self, combo: QComboBox) -> None:
        from caqda.core.codebook import list_codes

        combo.clear()
        combo.addItem(self.tr("All text"), None)
        combo.addItem(self.tr("Only coded text"), "coded")
        combo.addItem(self.tr("Only uncoded text"), "uncoded")
        project = self.project_getter()
        if project is not None:
            for code in list_codes(project):
                combo.addItem(self.tr("Coded “{name}”").format(name=code.name), code.id)

    def _fill_sets(self, combo: QComboBox) -> None:
        from caqda.core.document_sets import list_sets

        combo.clear()
        combo.addItem(self.tr("Any document set"), None)
        project = self.project_getter()
        if project is not None:
            for document_set in list_sets(project):
                combo.addItem(document_set.name, document_set.name)

    def _fill_documents(self, combo: QComboBox) -> None:
        from caqda.core.documents import list_documents

        combo.clear()
        combo.addItem(self.tr("All documents"), None)
        project = self.project_getter()
        if project is not None:
            for document in list_documents(project):
                combo.addItem(document.name, document.id)

    # -- results --------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        hit = index.siblingAtColumn(0).data(ID_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)

    def export_hits(self, path: str | None = None) -> None:
        """Write the places listed to a workbook or a Word document (asks where)."""
        from caqda.core.search_export import export_hits

        project = self.project_getter()
        if project is None or not self.model.rows:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export search results"),
                str(project.path.with_name("search-results.xlsx")),
                self.tr("Excel workbook (*.xlsx);;Word document (*.docx)"),
            )
        if not path:
            return
        try:
            summary = export_hits(project, self.model.rows, path, description=self._description())
        except CaqdaError as error:
            self._show_error(str(error))
            return
        self.count.setText(
            self.tr("Wrote {count} places to {name}.").format(
                count=f"{summary.items:,}", name=summary.path.name
            )
        )

    def _description(self) -> list[str]:
        """What was searched, in words, for the export's front page (in English, like exports)."""
        lines = [f"“{self.query.text()}” ({str(self.mode.currentData()).replace('_', ' ')})"]
        for label, combo in (("Speaker", self.speaker), ("Text", self.coded), ("Document", self.document)):
            if combo.currentIndex() > 0 or (combo is self.speaker and combo.currentText().strip()):
                lines.append(f"{label}: {combo.currentText()}")
        if self.document_set.currentData():
            lines.append(f"Documents in the set {self.document_set.currentData()}")
        if self.where.text().strip():
            lines.append(f"Documents where {self.where.text().strip()}")
        return lines
