"""The tables window: choose a table (frequencies, matrix, co-occurrence, sphere profile) and
how it is grouped, read it, click a cell to list the codings behind it (a double click opens
one in the transcript), export the table or its chart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caqda.core import coders
from caqda.core.analysis.scope import Filters
from caqda.core.analysis.table import Table
from caqda.core.analysis.table_files import export_table
from caqda.core.analysis.tables import build_table, passages_behind
from caqda.core.errors import CaqdaError
from caqda.core.exports.segments import attribute_names
from caqda.core.project import Project
from caqda.gui.analysis.models import AnalysisTableModel, CellPassagesModel
from caqda.gui.analysis.save_as import save_as
from caqda.gui.views.checklist import checked_or_all, checklist


class TablesWindow(QMainWindow):
    """``open_passage(document_id, start, end)`` shows a coding in the main window."""

    table_ready = Signal()

    def __init__(
        self, project: Project, open_passage: Callable[[int, int, int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project, self._open_passage = project, open_passage
        self.table: Table | None = None
        self.setWindowTitle(self.tr("Tables and charts — caqda"))
        self.resize(1300, 820)

        self.kind = QComboBox()
        for kind, label in (
            ("frequencies", self.tr("Code frequencies")),
            ("matrix", self.tr("Code × document matrix")),
            ("cooccurrence", self.tr("Code co-occurrence")),
            ("spheres", self.tr("Value-sphere profile")),
            ("social", self.tr("Social media: answers")),
        ):
            self.kind.addItem(label, kind)
        self.by = QComboBox()
        self.values = QComboBox()
        for value, label in (
            ("count", self.tr("codings")),
            ("row_percent", self.tr("row %")),
            ("column_percent", self.tr("column %")),
            ("presence", self.tr("present (1/0)")),
        ):
            self.values.addItem(label, value)
        self.cooccur = QComboBox()
        for value, label in (
            ("overlap", self.tr("overlapping")),
            ("turn", self.tr("in the same speaker turn")),
            ("100", self.tr("within 100 characters")),
            ("500", self.tr("within 500 characters")),
        ):
            self.cooccur.addItem(label, value)
        self.jaccard = QCheckBox(self.tr("Jaccard instead of counts"))
        self.subcodes = QCheckBox(self.tr("Parent codes count their subcodes"))
        self.as_network = QCheckBox(self.tr("Draw co-occurrence as a network"))
        self.as_network.toggled.connect(lambda _checked: self._draw_chart())
        self.coder_list = checklist([c.name for c in coders.list_coders(project)], compact=True)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QPushButton(self.tr("Export table…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.chart_button = QPushButton(self.tr("Save chart…"))
        self.chart_button.clicked.connect(self.save_chart)
        self.chart_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Table"), self.kind)
        form.addRow(self.tr("By"), self.by)
        form.addRow(self.tr("Cells"), self.values)
        form.addRow(self.tr("Codings meet"), self.cooccur)
        form.addRow("", self.jaccard)
        form.addRow("", self.subcodes)
        form.addRow("", self.as_network)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        coders_title = self.tr("Coders")
        left_layout.addWidget(QLabel(f"<b>{coders_title}</b>"))
        left_layout.addWidget(self.coder_list)
        left_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.export_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.chart_button)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.model = AnalysisTableModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.clicked.connect(self.open_cell)
        self.view.doubleClicked.connect(self.open_row)
        self.cell_label = QLabel(
            self.tr(
                "Click a number to list the codings behind it; double-click an unanswered thread to open it."
            )
        )
        self.cell_model = CellPassagesModel()
        self.cell_view = QTableView()
        self.cell_view.setModel(self.cell_model)
        self.cell_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cell_view.verticalHeader().hide()
        self.cell_view.horizontalHeader().setStretchLastSection(True)
        self.cell_view.doubleClicked.connect(self._open_passage_at)
        self.cell_view.activated.connect(self._open_passage_at)
        cell_box = QWidget()
        cell_layout = QVBoxLayout(cell_box)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(self.cell_label)
        cell_layout.addWidget(self.cell_view)

        self.right = QSplitter()
        self.right.setOrientation(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.notes)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("Table"))
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.chart_box, self.tr("Chart"))
        self.tabs.currentChanged.connect(self._draw_chart)
        self.canvas: QWidget | None = None
        self.figure: object | None = None
        top_layout.addWidget(self.tabs)
        self.right.addWidget(top)
        self.right.addWidget(cell_box)
        self.right.setSizes([520, 240])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([330, 970])
        self.setCentralWidget(splitter)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.by.clear()
        attributes = [(f"attribute:{name}", name) for name in attribute_names(self.project)]
        choices: list[tuple[str, str]] = {
            "frequencies": [
                ("none", self.tr("(all together)")),
                ("coder", self.tr("coder")),
                ("document", self.tr("document")),
                ("speaker", self.tr("speaker")),
                *attributes,
            ],
            "matrix": [("document", self.tr("document")), *attributes],
            "cooccurrence": [],
            "spheres": [
                ("document", self.tr("document (interviewee)")),
                ("coder", self.tr("coder")),
                *attributes,
            ],
            "social": [
                ("summary", self.tr("posts answered")),
                ("answer_times", self.tr("time to the first answer")),
                ("by_type", self.tr("answers by interaction type")),
                ("platform_month", self.tr("posts by platform and month")),
                ("unanswered", self.tr("unanswered threads")),
            ],
        }[kind]
        for value, label in choices:
            self.by.addItem(label, value)
        self.by.setEnabled(bool(choices))
        self.values.setEnabled(kind == "matrix")
        self.cooccur.setEnabled(kind == "cooccurrence")
        self.jaccard.setEnabled(kind == "cooccurrence")
        self.subcodes.setEnabled(kind in ("frequencies", "matrix"))
        self.as_network.setEnabled(kind == "cooccurrence")

    def compute(self) -> None:
        try:
            self.table = build_table(
                self.project,
                self.kind.currentData(),
                filters=Filters.of(coders=checked_or_all(self.coder_list)),
                by=self.by.currentData(),
                values=self.values.currentData(),
                within=self.cooccur.currentData(),
                jaccard=self.jaccard.isChecked(),
                include_subcodes=self.subcodes.isChecked(),
            )
        except CaqdaError as error:
            self.table = None
            self.notes.setText(str(error))
        else:
            self.notes.setText(" · ".join([f"<b>{self.table.title}</b>", *self.table.notes]))
        self.model.show(self.table)
        self.view.resizeColumnsToContents()
        if self.table is not None and self.view.columnWidth(0) > 380:
            self.view.setColumnWidth(0, 380)
        self.cell_model.show([])
        self.export_button.setEnabled(self.table is not None and bool(self.table.rows))
        self.chart_button.setEnabled(self.table is not None and bool(self.table.rows))
        self.figure = None
        self._draw_chart()
        self.table_ready.emit()

    # -- charts ----------------------------------------------------------------------------
    def make_figure(self) -> object | None:
        """The chart of the current table (matplotlib), or None when there is nothing to draw."""
        from caqda.core.analysis import charts

        if self.table is None or not self.table.rows or self.table.kind == "unanswered_threads":
            return None
        if self.table.kind == "cooccurrence" and self.as_network.isChecked():
            return charts.network(self.table)
        return charts.chart_for(self.table)

    def _draw_chart(self) -> None:
        """Draw lazily: only while the Chart tab is shown."""
        if self.tabs.currentWidget() is not self.chart_box:
            self.figure = None
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        self.figure = self.make_figure()
        if self.figure is not None:
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.chart_layout.addWidget(self.canvas)

    def save_chart(self, path: Path | None = None) -> None:
        from caqda.core.analysis import charts

        figure = self.make_figure()
        if figure is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                str(self.project.path.with_name(f"{self.table.kind if self.table else 'chart'}.png")),
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            saved = charts.save_figure(figure, path)  # type: ignore[arg-type]
        except CaqdaError as error:
            self.notes.setText(str(error))
            return
        self.notes.setText(self.tr("Wrote {path}.").format(path=saved))

    def open_cell(self, index: QModelIndex) -> None:
        if self.table is None:
            return
        column = index.column() - len(self.table.label_columns)
        if column < 0:
            return
        passages = passages_behind(self.project, self.table, index.row(), column)
        self.cell_model.show(passages)
        if not passages and self.table.row_locations:
            return
        label = " · ".join(str(v) for v in self.table.labels(index.row()))
        self.cell_label.setText(
            self.tr("{count} codings behind {row} / {column}.").format(
                count=len(passages), row=label, column=self.table.header[index.column()]
            )
        )

    def open_row(self, index: QModelIndex) -> None:
        """A row that stands for one place (an unanswered thread) opens it in the transcript."""
        if self.table is not None and index.row() < len(self.table.row_locations):
            self._open_passage(*self.table.row_locations[index.row()])

    def _open_passage_at(self, index: QModelIndex) -> None:
        passage = self.cell_model.passages[index.row()]
        self._open_passage(passage.document_id, passage.start, passage.end)

    def export(self, path: Path | None = None) -> None:
        table = self.table
        if table is None:
            return
        summary = save_as(
            self,
            path,
            title=self.tr("Export table"),
            suggested=self.project.path.with_name(f"{table.kind}.xlsx"),
            filters=self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            write=lambda target: export_table(self.project, table, target),
            show=self.notes.setText,
        )
        if summary is not None:
            self.notes.setText(self.tr("Wrote {path}.").format(path=summary.path))
