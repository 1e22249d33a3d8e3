"""Passages like the ones a code holds (or like the transcript's selection), best first, each
with its score and the most similar coded passage. Accept codes a suggestion with the code and
dismiss forgets it for that code; both are undo steps. Double-click shows it in the transcript.
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
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core.errors import CaqdaError
from caqda.core.models import Code
from caqda.core.similar import Suggestion, passages_like, similar_passages
from caqda.gui.commands import AddCoding
from caqda.gui.similar.commands import DismissSuggestion

Runner = Callable[[QUndoCommand], bool]


class SimilarWindow(QWidget):
    def __init__(  # type: ignore[no-untyped-def]
        self,
        session,
        run: Runner,
        current_code: Callable[[], Code | None],
        current_selection: Callable[[], tuple[int, int, int] | None],
        show_passage: Callable[[int, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.run = session, run
        self.current_code, self.current_selection, self.show_passage = (
            current_code,
            current_selection,
            show_passage,
        )
        self.code: Code | None = None
        self.suggestions: list[Suggestion] = []
        self.setWindowTitle(self.tr("Similar passages"))
        self.setObjectName("similar-window")
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        for value, text in (
            ("sentence", self.tr("Sentences")),
            ("paragraph", self.tr("Paragraphs")),
            ("turn", self.tr("Speaker turns")),
        ):
            self.unit.addItem(text, value)
        self.top = QSpinBox(self)
        self.top.setRange(1, 500)
        self.top.setValue(20)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare:"), self))
        top.addWidget(self.unit)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.top)
        for name, text, slot in (
            ("like_code", self.tr("Like the selected &code"), self.like_code),
            ("like_selection", self.tr("Like the &selected text"), self.like_selection),
        ):
            top.addWidget(self._button(name, text, slot))
        top.addStretch(1)
        self.status = QLabel(self.tr("Select a code in the codebook, then Like the selected code."), self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("suggestions")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Score"),
                self.tr("Document"),
                self.tr("Suggestion"),
                self.tr("Most similar coded passage"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._show(row))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self._button("accept", self.tr("&Accept (code it)"), self.accept_current))
        bottom.addWidget(self._button("dismiss", self.tr("&Dismiss"), self.dismiss_current))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(1100, 600)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    # -- finding -------------------------------------------------------------------------------
    def like_code(self) -> None:
        code = self.current_code()
        if code is None:
            self.status.setText(self.tr("Select a code in the codebook first."))
            return
        self.code = code
        self._fill(
            lambda: similar_passages(self.session.project, code.id, unit=self._unit(), top=self.top.value())
        )

    def like_selection(self) -> None:
        selection = self.current_selection()
        if selection is None:
            self.status.setText(self.tr("Select some text in the transcript first."))
            return
        self.code = self.current_code()
        document_id, start, end = selection
        self._fill(
            lambda: passages_like(
                self.session.project, document_id, start, end, unit=self._unit(), top=self.top.value()
            )
        )

    def _unit(self) -> str:
        return str(self.unit.currentData())

    def _fill(self, find: Callable[[], list[Suggestion]]) -> None:
        try:
            self.suggestions = find()
        except CaqdaError as error:
            self.status.setText(str(error))
            return
        self.table.setRowCount(len(self.suggestions))
        for row, suggestion in enumerate(self.suggestions):
            score = QTableWidgetItem(f"{suggestion.score:.2f}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            values = (
                score,
                QTableWidgetItem(suggestion.passage.document),
                QTableWidgetItem(" ".join(suggestion.passage.text.split())),
                QTableWidgetItem(" ".join(suggestion.nearest.text.split())),
            )
            for column, item in enumerate(values):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.suggestions:
            self.table.selectRow(0)
        target = self.code.name if self.code is not None else ""
        self.status.setText(
            self.tr("{count} suggestions; accepting codes them as “{code}”.").format(
                count=len(self.suggestions), code=target
            )
            if target
            else self.tr("{count} suggestions.").format(count=len(self.suggestions))
        )

    # -- acting on a suggestion ------------------------------------------------------------------
    def _chosen(self) -> Suggestion | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.suggestions):
            self.status.setText(self.tr("Select a suggestion first."))
            return None
        if self.code is None:
            self.status.setText(self.tr("Select a code in the codebook first."))
            return None
        return self.suggestions[row]

    def accept_current(self) -> None:
        suggestion = self._chosen()
        if suggestion is None or self.code is None:
            return
        passage = suggestion.passage
        command = AddCoding(
            self.session.project,
            passage.document_id,
            self.code,
            self.session.coder.id,
            passage.start,
            passage.end,
        )
        if self.run(command):
            self._drop(suggestion)

    def dismiss_current(self) -> None:
        suggestion = self._chosen()
        if suggestion is None or self.code is None:
            return
        if self.run(DismissSuggestion(self.session.project, suggestion, self.code.id)):
            self._drop(suggestion)

    def _drop(self, suggestion: Suggestion) -> None:
        row = self.suggestions.index(suggestion)
        self.suggestions.pop(row)
        self.table.removeRow(row)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.suggestions):
            passage = self.suggestions[row].passage
            self.show_passage(passage.document_id, passage.start, passage.end)
