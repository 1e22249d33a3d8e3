"""The agreement window: choose coders, documents, codes, unit and tolerance; read the figures
per code with their meaning, the pooled row and the coder-pair matrix; open any code's
disagreements side by side in the transcript."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caqda.core import codebook, coders, documents
from caqda.core.agreement.disagreements import Disagreement, disagreements
from caqda.core.agreement.options import UNITS, ReportOptions
from caqda.core.agreement.project_input import corpus_from_project
from caqda.core.agreement.report import AgreementReport, build_report
from caqda.core.agreement.tallies import FiguresMemo
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.agreement.adjudication_panel import AdjudicationPanel
from caqda.gui.agreement.compare_view import CompareView
from caqda.gui.agreement.models import PairsModel, ReportModel, disagreements_model
from caqda.gui.agreement.report_cache import cached_report, figures_memo, project_state, remember_report
from caqda.gui.screen_fit import fit_to_screen
from caqda.gui.views.checklist import checked, checked_or_all, checklist

# unit -> its label; the labels are translated when shown.
UNIT_LABELS = {
    "character": QT_TRANSLATE_NOOP("AgreementWindow", "Character (NVivo-compatible)"),
    "segment": QT_TRANSLATE_NOOP("AgreementWindow", "Segment with overlap tolerance (MAXQDA-compatible)"),
    "presence": QT_TRANSLATE_NOOP("AgreementWindow", "Code presence per document"),
    "frequency": QT_TRANSLATE_NOOP("AgreementWindow", "Code frequency per document"),
    "sentence": QT_TRANSLATE_NOOP("AgreementWindow", "Sentence"),
    "paragraph": QT_TRANSLATE_NOOP("AgreementWindow", "Paragraph"),
    "turn": QT_TRANSLATE_NOOP("AgreementWindow", "Speaker turn"),
    "continuum": QT_TRANSLATE_NOOP("AgreementWindow", "Continuum: unitized α (ATLAS.ti-compatible)"),
}


class _ReportWorker(QObject):
    finished = Signal(object, str)  # report or None, error message

    def __init__(self, corpus: object, options: ReportOptions, memo: FiguresMemo) -> None:
        super().__init__()
        self.corpus, self.options, self.memo = corpus, options, memo

    @Slot()
    def run(self) -> None:
        try:
            report = build_report(self.corpus, self.options, self.memo)  # type: ignore[arg-type]
            self.finished.emit(report, "")
        except CaqdaError as error:
            self.finished.emit(None, str(error))


class AgreementWindow(QMainWindow):
    report_ready = Signal()

    def __init__(
        self, project: Project, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.report: AgreementReport | None = None
        self.corpus: object | None = None
        self.items: list[Disagreement] = []
        self.current = -1
        self._thread: QThread | None = None
        self.setWindowTitle(self.tr("Inter-coder agreement — caqda"))
        fit_to_screen(self, 1400, 900)

        self.coder_list = checklist([c.name for c in coders.list_coders(project)], compact=True)
        self.document_list = checklist([d.name for d in documents.list_documents(project)])
        self.code_list = checklist([codebook.code_path(project, c) for c in codebook.list_codes(project)])
        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(18)  # long unit names must not widen the options panel
        for unit in UNITS:
            self.unit.addItem(QCoreApplication.translate("AgreementWindow", UNIT_LABELS[unit]), unit)
        self.tolerance = QDoubleSpinBox(minimum=0.05, maximum=1.0, singleStep=0.05, value=0.9, decimals=2)
        self.samples = QSpinBox(minimum=0, maximum=20000, singleStep=500, value=1000)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.csv_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Overlap tolerance"), self.tolerance)
        form.addRow(self.tr("Bootstrap samples for α"), self.samples)
        options = QWidget()
        options_layout = QVBoxLayout(options)
        for title, widget, stretch in (
            (self.tr("Coders"), self.coder_list, 0),
            (self.tr("Documents"), self.document_list, 1),
            (self.tr("Codes"), self.code_list, 2),
        ):
            options_layout.addWidget(QLabel(f"<b>{title}</b>"))
            options_layout.addWidget(widget, stretch)
        options_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.csv_button)
        options_layout.addLayout(buttons)
        from caqda.gui.views.document_filter_bar import insert_filter_bar

        self.document_filter = insert_filter_bar(project, self.document_list)  # sets and attributes

        self.method = QTextBrowser()
        self.method.setObjectName("agreement-method")
        self.method.setPlaceholderText(self.tr("Choose the coders and the unit, then Compute."))
        self.method.setMaximumHeight(84)
        self.report_model = ReportModel()
        self.table = self._table(self.report_model)
        self.table.clicked.connect(self._code_clicked)
        self.pairs_model = PairsModel()
        self.pairs = self._table(self.pairs_model)
        self.pairs.verticalHeader().show()
        self.pairs.horizontalHeader().setStretchLastSection(False)
        self.pairs.setMaximumHeight(110)
        self.disagreement_model = disagreements_model(lambda item: self.adjudication.decision_text(item))
        self.disagreement_table = self._table(self.disagreement_model)
        self.disagreement_table.clicked.connect(lambda index: self.show_item(index.row()))
        self.adjudication = AdjudicationPanel(project, undo_stack)
        self.adjudication.settled.connect(self._settled)
        self.adjudication.decisions_changed.connect(self._decisions_changed)
        if undo_stack is not None:
            undo_stack.indexChanged.connect(lambda _index: self.adjudication.refresh())
        self.compare = CompareView()
        self.compare.step_requested.connect(lambda step: self.show_item(self.current + step))

        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.method)
        results_layout.addWidget(self.table, 1)
        self.scales = QLabel(
            self.tr(
                "<small>Two scales: the words beside κ follow <b>Landis &amp; Koch (1977)</b> "
                "(up to .20 slight, .40 fair, .60 moderate, .80 substantial, above almost perfect); "
                "the words beside α follow <b>Krippendorff (2004)</b> (≥ .800 reliable, ≥ .667 tentative, "
                "below unreliable). α's scale is stricter, so one value can be “substantial” as κ and "
                "“unreliable” as α.</small>"
            )
        )
        self.scales.setObjectName("agreement-scales")
        self.scales.setWordWrap(True)
        results_layout.addWidget(QLabel(self.tr("<b>Coder pairs</b> (κ; α and agreement in the tooltip)")))
        below_table = QHBoxLayout()  # the pair matrix beside the legend: the table keeps the height
        below_table.addWidget(self.pairs, 2)
        below_table.addWidget(self.scales, 3)
        results_layout.addLayout(below_table)
        disagreements_box = QWidget()
        disagreements_layout = QVBoxLayout(disagreements_box)
        disagreements_layout.setContentsMargins(0, 0, 0, 0)
        self.disagreements_label = QLabel(self.tr("<b>Disagreements</b>: click a code above"))
        disagreements_layout.addWidget(self.disagreements_label)
        disagreements_layout.addWidget(self.disagreement_table)
        disagreements_layout.addWidget(self.adjudication)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(results)
        right.addWidget(disagreements_box)
        right.addWidget(self.compare)
        right.setSizes([560, 130, 210])  # scaled to the window; the figures get the most
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(options)
        main.addWidget(right)
        main.setStretchFactor(1, 4)
        main.setSizes([300, 1100])
        self.setCentralWidget(main)
        self._check_first_coders()
        self._unit_changed()
        # The first table (two coders) is computed as soon as the window is up, and again after
        # each change of the project while the window is open (timers are the window's own).
        self._first = QTimer(self, singleShot=True, interval=0)
        self._first.timeout.connect(self._compute_if_possible)
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._compute_if_possible)
        project.add_listener(self._project_changed)
        self._listening = True
        if len(checked(self.coder_list)) >= 2:
            self._first.start()

    def _project_changed(self, _changes: list[object]) -> None:
        try:
            if self.report is not None and self.isVisible():
                self._refresh.start(0)
        except RuntimeError:  # the window is gone: stop listening
            self.project.remove_listener(self._project_changed)

    def _compute_if_possible(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._refresh.start(50)  # one computation at a time: try again shortly
            return
        if len(checked(self.coder_list)) >= 2:
            self.compute()

    # -- building blocks -------------------------------------------------------------------------
    def _table(self, model: object) -> QTableView:
        table = QTableView()
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _check_first_coders(self) -> None:
        for row in range(self.coder_list.count()):
            self.coder_list.item(row).setCheckState(
                Qt.CheckState.Checked if row < 2 else Qt.CheckState.Unchecked
            )

    def _unit_changed(self) -> None:
        self.tolerance.setEnabled(self.unit.currentData() == "segment")

    def options(self) -> ReportOptions:
        chosen_documents = checked_or_all(self.document_list)
        chosen_codes = checked_or_all(self.code_list)
        return ReportOptions(
            coders=tuple(checked(self.coder_list)),
            unit=self.unit.currentData(),
            tolerance=self.tolerance.value(),
            documents=None if chosen_documents is None else tuple(chosen_documents),
            codes=None if chosen_codes is None else tuple(chosen_codes),
            bootstrap_samples=self.samples.value(),
        )

    # -- computing -------------------------------------------------------------------------------
    def compute(self) -> None:
        """Read the project here (its connection belongs to this thread), compute in a worker;
        a table already computed for this state of the project is shown at once."""
        try:
            options = self.options()
            cached = cached_report(self.project, options)
            if cached is not None:  # disagreements are then read from the project itself
                self.corpus = None
                self.show_report(cached)
                return
            corpus = corpus_from_project(self.project, options)
        except CaqdaError as error:
            QMessageBox.warning(self, "caqda", str(error))
            return
        self.corpus = corpus
        self._options, self._state = options, project_state(self.project)
        self.compute_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Computing agreement…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setMinimumDuration(400)
        self._thread = QThread(self)
        self._worker = _ReportWorker(corpus, options, figures_memo(self.project))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finished)
        self.progress.canceled.connect(self._cancelled)
        self._cancelled_run = False
        self._thread.start()

    def _cancelled(self) -> None:
        self._cancelled_run = True

    def _finished(self, report: AgreementReport | None, error: str) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self.progress.reset()
        self.compute_button.setEnabled(True)
        if self._cancelled_run:
            return
        if report is None:
            QMessageBox.warning(self, "caqda", error)
            return
        remember_report(self.project, self._options, report, self._state)
        self.show_report(report)

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        self.method.setPlainText(report.method)
        self.report_model.load(report)
        self.pairs_model.load(report)
        self.disagreement_model.load([])
        self.csv_button.setEnabled(True)
        self.report_ready.emit()

    # -- disagreements -----------------------------------------------------------------------------
    def _code_clicked(self, index: QModelIndex) -> None:
        row = self.report_model.code_row(index.row())
        if row is not None:
            self.show_disagreements(row.path if row.scope == "code" else row.code_keys[0])

    def show_disagreements(self, code: str) -> None:
        if self.report is None:
            return
        source = self.corpus if self.corpus is not None else self.project
        self.items = disagreements(source, self.report, code)  # type: ignore[arg-type]
        self.disagreement_model.load(self.items)
        self.disagreements_label.setText(
            self.tr("<b>Disagreements on {code}</b>: {count}").format(code=code, count=len(self.items))
        )
        self.current = -1
        options = self.report.options
        self.adjudication.set_scope(options.coders, self.items, code, options.unit, options.tolerance)
        if self.items:
            self.show_item(0)

    def show_item(self, index: int) -> None:
        if not self.items:
            return
        self.current = index % len(self.items)
        self.disagreement_table.selectRow(self.current)
        item = self.items[self.current]
        self.adjudication.show_item(item)
        self.compare.show_disagreement(
            self.project, item, self.tr("({n} of {total})").format(n=self.current + 1, total=len(self.items))
        )

    def _decisions_changed(self) -> None:
        model = self.disagreement_model
        if model.rowCount():
            column = model.columnCount() - 1
            model.dataChanged.emit(model.index(0, column), model.index(model.rowCount() - 1, column))

    def _settled(self) -> None:
        """After a decision, go on to the next disagreement."""
        if self.current < len(self.items) - 1:
            self.show_item(self.current + 1)

    # -- export ------------------------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> None:
        from caqda.core.agreement.csv_export import write_report_csv

        if self.report is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export agreement"), "agreement.csv", "CSV (*.csv)"
            )
            if not name:
                return
            path = Path(name)
        try:
            write_report_csv(self.report, path)
        except CaqdaError as error:
            QMessageBox.warning(self, "caqda", str(error))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._listening:
            self._listening = False
            self.project.remove_listener(self._project_changed)
        self._first.stop()
        self._refresh.stop()
        if self._thread is not None and self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)
