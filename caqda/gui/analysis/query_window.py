"""The coding-query window: write a query (or pick a saved one), narrow it by coders,
documents (checked by name, or by set and attribute through the filter bar, as ``caqda query
--documents/--set/--where`` do), attributes and speakers, read the passages, open one in the
transcript, code them all with a new code (one undoable step) or export them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caqda.core import coders, documents
from caqda.core.analysis import saved_queries
from caqda.core.analysis.query import QueryResult, run_query
from caqda.core.analysis.query_results import export_query_result
from caqda.core.analysis.scope import UNITS, Filters
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.analysis.commands import CodeQueryPassages
from caqda.gui.analysis.models import PassagesModel
from caqda.gui.analysis.save_as import save_as
from caqda.gui.views.checklist import checked, checked_or_all, checklist
from caqda.gui.views.document_filter_bar import insert_filter_bar


class QueryWindow(QMainWindow):
    """``open_passage(document_id, start, end)`` shows a passage in the main window; ``run``
    puts an undo command on the project's stack."""

    result_ready = Signal()

    def __init__(
        self,
        project: Project,
        coder_id: int,
        run: Callable[[object], bool],
        open_passage: Callable[[int, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.coder_id, self._run, self._open_passage = project, coder_id, run, open_passage
        self.result: QueryResult | None = None
        self.setWindowTitle(self.tr("Coding query — caqda"))
        self.resize(1200, 760)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr('e.g. Complaint AND NOT "Responding to interactions"'))
        self.query.returnPressed.connect(self.run_query)
        self.within = QComboBox()
        unit_labels = {
            "character": self.tr("overlapping text"),
            "sentence": self.tr("the same sentence"),
            "paragraph": self.tr("the same paragraph"),
            "turn": self.tr("the same speaker turn"),
            "document": self.tr("the same document"),
        }
        for unit in UNITS:
            self.within.addItem(unit_labels[unit], unit)
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("Department=Nursing; several separated by ;"))
        self.speakers = QLineEdit()
        self.speakers.setPlaceholderText(self.tr("E05, Interviewer (empty: everyone)"))
        self.coder_list = checklist([c.name for c in coders.list_coders(project)], compact=True)
        self.document_list = checklist([d.name for d in documents.list_documents(project)])
        self.document_list.setObjectName("query-documents")
        self.document_list.setMinimumHeight(90)
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(24)
        self.saved.activated.connect(self._load_saved)
        self._fill_saved()

        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_query)
        self.save_button = QPushButton(self.tr("Save query…"))
        self.save_button.clicked.connect(self.save_query)
        self.code_button = QPushButton(self.tr("Code passages with a new code…"))
        self.code_button.clicked.connect(self.code_passages)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        for button in (self.code_button, self.export_button):
            button.setEnabled(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(QFont("monospace"))
        self.model = PassagesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.resizeSection(1, 110)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)

        form = QFormLayout()
        form.addRow(self.tr("Query"), self.query)
        form.addRow(self.tr("AND, NOT within"), self.within)
        form.addRow(self.tr("Documents where"), self.where)
        form.addRow(self.tr("Speakers"), self.speakers)
        form.addRow(self.tr("Saved queries"), self.saved)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        coders_title = self.tr("Coders")
        left_layout.addWidget(QLabel(f"<b>{coders_title}</b>"))
        left_layout.addWidget(self.coder_list)
        documents_title = self.tr("Documents")
        left_layout.addWidget(QLabel(f"<b>{documents_title}</b>"))
        left_layout.addWidget(self.document_list, 1)
        self.document_filter = insert_filter_bar(project, self.document_list)
        help_text = QLabel(
            self.tr(
                "Codes by name or path (Parent › Child); in quotes when a name holds AND, OR or NOT. "
                "AND: coded by both; OR: either; NOT: not coded so; A WITHIN 200 B, A WITHIN turn B; "
                "A FOLLOWED BY B."
            )
        )
        help_text.setWordWrap(True)
        left_layout.addWidget(help_text)
        buttons = QHBoxLayout()
        for button in (self.run_button, self.save_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.code_button)
        actions.addWidget(self.export_button)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 820])
        self.setCentralWidget(splitter)

    # -- running ---------------------------------------------------------------------------
    def filters(self) -> Filters:
        where = [part.strip() for part in self.where.text().split(";") if part.strip()]
        speakers = [part.strip() for part in self.speakers.text().split(",") if part.strip()]
        return Filters.of(
            coders=checked_or_all(self.coder_list),
            documents=checked_or_all(self.document_list),
            where=where,
            speakers=speakers,
        )

    def run_query(self) -> None:
        try:
            if not checked(self.document_list) and self.document_list.count():
                raise CaqdaError(self.tr("No document is checked: check the documents to query."))
            if not checked(self.coder_list) and self.coder_list.count():
                raise CaqdaError(self.tr("No coder is checked: check the coders whose codings count."))
            self.result = run_query(
                self.project, self.query.text(), filters=self.filters(), within=self.within.currentData()
            )
        except CaqdaError as error:
            self.result = None
            self.model.show([])
            self.message.setText(str(error))
            self.message.setStyleSheet("color: #b91c1c")
        else:
            self.message.setStyleSheet("")
            self.message.setText(
                self.tr("{passages} passages in {documents} documents.").format(
                    passages=len(self.result.passages), documents=self.result.documents
                )
            )
            self.model.show(self.result.passages)
        found = bool(self.result and self.result.passages)
        self.code_button.setEnabled(found)
        self.export_button.setEnabled(found)
        self.result_ready.emit()

    def _open(self, index: QModelIndex) -> None:
        passage = self.model.passages[index.row()]
        self._open_passage(passage.document_id, passage.start, passage.end)

    # -- saved queries -----------------------------------------------------------------------
    def _fill_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(choose a saved query)"), None)
        for saved in saved_queries.list_saved_queries(self.project):
            self.saved.addItem(saved.name, saved.name)

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        if not name:
            return
        saved = saved_queries.get_saved_query(self.project, name)
        self.query.setText(saved.query)
        self.within.setCurrentIndex(max(0, self.within.findData(saved.within)))
        self.where.setText("; ".join(saved.filters.where))
        self.speakers.setText(", ".join(saved.filters.speakers or ()))
        _check_only(self.document_list, saved.filters.documents)
        _check_only(self.coder_list, saved.filters.coders)
        self.run_query()

    def save_query(self, name: str | None = None) -> None:
        if not name:
            name, accepted = QInputDialog.getText(self, self.tr("Save query"), self.tr("Name of the query:"))
            if not accepted or not name.strip():
                return
        try:
            saved_queries.save_query(
                self.project,
                name,
                self.query.text(),
                within=self.within.currentData(),
                filters=self.filters(),
            )
        except CaqdaError as error:
            self.message.setText(str(error))
            return
        self._fill_saved()
        self.saved.setCurrentIndex(max(0, self.saved.findData(name.strip())))

    # -- using the passages ------------------------------------------------------------------
    def code_passages(self, name: str | None = None) -> bool:
        if self.result is None or not self.result.passages:
            return False
        if not name:
            name, accepted = QInputDialog.getText(
                self, self.tr("Code passages"), self.tr("Name of the new code for these passages:")
            )
            if not accepted or not name.strip():
                return False
        done = self._run(CodeQueryPassages(self.project, self.result, name.strip(), self.coder_id))
        if done:
            self.message.setText(
                self.tr("Coded {count} passages as “{name}”.").format(
                    count=len(self.result.passages), name=name
                )
            )
        return done

    def export(self, path: Path | None = None) -> None:
        result = self.result
        if result is None:
            return
        summary = save_as(
            self,
            path,
            title=self.tr("Export passages"),
            suggested=self.project.path.with_name("query.docx"),
            filters=self.tr("Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)"),
            write=lambda target: export_query_result(self.project, result, target),
            show=self.message.setText,
        )
        if summary is not None:
            self.message.setText(self.tr("Wrote {path}.").format(path=summary.path))


def _check_only(widget: QListWidget, names: tuple[str, ...] | None) -> None:
    """Check the named rows of a checklist (every row when ``names`` is None: no restriction)."""
    chosen = set(names or ())
    for row in range(widget.count()):
        item = widget.item(row)
        on = not chosen or item.text() in chosen
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
