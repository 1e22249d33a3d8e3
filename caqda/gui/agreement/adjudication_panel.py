"""Settle disagreements from the agreement window: Take A / Take B / Both / Neither / Adjust…
for the disagreement shown, Accept all agreements for the code, the progress ("3 of 8
disagreements settled", kept in the project), and each coder against the consensus. Every
decision is an undoable step on the project's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core import adjudication, documents
from caqda.core.agreement.disagreements import Disagreement
from caqda.core.consensus_scores import Score
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.commands import CaqdaCommand
from caqda.gui.screen_fit import fit_to_screen

RangeAsker = Callable[[str, int, int], "tuple[int, int] | None"]


class SettleDisagreement(CaqdaCommand):
    def __init__(self, project: Project, where: adjudication.Scope, item: Disagreement, take: str,
                 ranges: list[tuple[int, int]] | None = None) -> None:  # fmt: skip
        super().__init__(QCoreApplication.translate("Commands", "Settle a disagreement on “{code}”").format(
            code=where.code.name))  # fmt: skip
        self.project, self.where, self.item, self.take, self.ranges = project, where, item, take, ranges
        self.previous: adjudication.Settled | None = None

    def do(self) -> None:
        self.previous = adjudication.settle(self.project, self.where, self.item, self.take, self.ranges)

    def revert(self) -> None:
        item = self.item
        adjudication.restore(self.project, self.where, item.document, item.start, item.end, self.previous)


class AcceptAgreements(CaqdaCommand):
    def __init__(self, project: Project, where: adjudication.Scope) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Accept the agreements on “{code}”").format(
            code=where.code.name))  # fmt: skip
        self.project, self.where = project, where
        self.created: list[str] = []

    def do(self) -> None:
        self.created = adjudication.accept_agreements(self.project, self.where)

    def revert(self) -> None:
        adjudication.withdraw(self.project, self.created)


class AdjudicationPanel(QWidget):
    """Buttons under the disagreement list; ``settled`` tells the window to move on."""

    settled = Signal()
    decisions_changed = Signal()

    def __init__(
        self, project: Project, undo_stack: QUndoStack | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self.where: adjudication.Scope | None = None
        self.items: list[Disagreement] = []
        self.item: Disagreement | None = None
        self.ask_range: RangeAsker = self._ask_range
        self.progress = QLabel()
        self.progress.setObjectName("adjudication-progress")
        self.decision = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.progress)
        status.addSpacing(16)
        status.addWidget(self.decision, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, text in (
            ("a", self.tr("Take A")),
            ("b", self.tr("Take B")),
            ("both", self.tr("Both")),
            ("none", self.tr("Neither")),
            ("hand", self.tr("Adjust…")),
            ("agreements", self.tr("Accept all agreements")),
            ("scores", self.tr("Coders vs consensus…")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, n=name: self._clicked(n))
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(status)
        layout.addLayout(row)
        self.set_scope(None, [])

    # -- what is shown ---------------------------------------------------------------------------
    def set_scope(
        self, coders: tuple[str, ...] | None, items: list[Disagreement], code: str = "", unit: str = "",
        tolerance: float = 0.9,
    ) -> None:  # fmt: skip
        """The window's coders, unit and code, and the code's disagreements (in their order)."""
        self.items = items
        self.where = None
        reason = ""
        if coders is None or not code:
            reason = self.tr("Choose a code to settle its disagreements.")
        elif len(coders) != 2:
            reason = self.tr("A consensus is built from exactly two coders.")
        elif unit not in adjudication.ADJUDICATION_UNITS:
            reason = self.tr("Settle disagreements at the character or segment unit.")
        else:
            try:
                self.where = adjudication.scope(
                    self.project, coders[0], coders[1], code, unit=unit, tolerance=tolerance, create=False
                )
            except CaqdaError as error:
                reason = str(error)
        self.setToolTip(reason)
        for button in self.buttons.values():
            button.setEnabled(self.where is not None)
        self.show_item(None)

    def show_item(self, item: Disagreement | None) -> None:
        self.item = item
        for name in ("a", "b", "both", "none", "hand"):
            self.buttons[name].setEnabled(self.where is not None and item is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.where is None:
            self.progress.setText("")
            self.decision.setText(self.toolTip())
            return
        done, total = adjudication.progress(self.project, self.where, self.items)
        self.progress.setText(
            self.tr("{done} of {total} disagreements settled").format(done=done, total=total)
        )
        decision = adjudication.decision_of(self.project, self.where, self.item) if self.item else None
        self.decision.setText(
            "" if self.item is None else
            self.tr("This one: open") if decision is None else
            self.tr("This one: settled ({decision})").format(decision=self._decision_label(decision))
        )  # fmt: skip
        self.decisions_changed.emit()
        names = (self.where.coder_a.name, self.where.coder_b.name)
        self.buttons["a"].setText(self.tr("Take {coder}").format(coder=names[0]))
        self.buttons["b"].setText(self.tr("Take {coder}").format(coder=names[1]))

    def decision_text(self, item: Disagreement) -> str:
        """How this disagreement was settled, for the list ("" while open or out of scope)."""
        if self.where is None or item not in self.items:
            return ""
        decision = adjudication.decision_of(self.project, self.where, item)
        return "" if decision is None else self._decision_label(decision)

    def _decision_label(self, decision: str) -> str:
        assert self.where is not None
        labels = {
            "a": self.where.coder_a.name,
            "b": self.where.coder_b.name,
            "both": self.tr("both"),
            "none": self.tr("neither"),
            "hand": self.tr("adjusted by hand"),
        }
        return labels.get(decision, decision)

    # -- deciding --------------------------------------------------------------------------------
    def _clicked(self, name: str) -> None:
        if name == "scores":
            self.show_scores()
        elif name == "agreements":
            self.accept_agreements()
        else:
            self.take(name)

    def _scope_for_writing(self) -> adjudication.Scope | None:
        if self.where is None:
            return None
        if self.where.consensus.id < 0:  # the consensus coder is made on the first decision
            where = self.where
            self.where = adjudication.scope(
                self.project, where.coder_a.name, where.coder_b.name, where.code_path,
                consensus=where.consensus.name, unit=where.unit, tolerance=where.tolerance,
            )  # fmt: skip
        return self.where

    def take(self, take: str) -> bool:
        item = self.item
        if self.where is None or item is None:
            return False
        ranges = None
        if take == "hand":  # asked first: a cancelled range makes no consensus coder
            document = documents.find_document(self.project, item.document)
            chosen = self.ask_range(documents.document_text(self.project, document.id), item.start, item.end)
            if chosen is None:
                return False
            ranges = [chosen]
        try:
            where = self._scope_for_writing()
        except CaqdaError as error:
            self._error(error)
            return False
        if where is None:
            return False
        done = self._run(SettleDisagreement(self.project, where, item, take, ranges))
        if done:
            self.settled.emit()
        return done

    def accept_agreements(self) -> bool:
        try:
            where = self._scope_for_writing()
        except CaqdaError as error:
            self._error(error)
            return False
        return where is not None and self._run(AcceptAgreements(self.project, where))

    def _run(self, command: CaqdaCommand) -> bool:
        try:
            command.do()
        except CaqdaError as error:
            self._error(error)
            return False
        if self.undo_stack is not None:
            command.skip_next_redo = True
            self.undo_stack.push(command)
        self.refresh()
        return True

    def _error(self, error: CaqdaError) -> None:
        QMessageBox.warning(self, "caqda", str(error))

    def _ask_range(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        from caqda.gui.dialogs.coding_range import CodingRangeDialog

        dialog = CodingRangeDialog(text, start, end, self)
        return dialog.span() if dialog.exec() else None

    # -- coders against the consensus ------------------------------------------------------------
    def show_scores(self) -> QDialog | None:
        from caqda.core.consensus_scores import scores_against_consensus

        where = self.where
        if where is None:
            return None
        try:
            scores = scores_against_consensus(
                self.project, [where.coder_a.name, where.coder_b.name], where.consensus.name,
                tolerance=where.tolerance,
            )  # fmt: skip
        except CaqdaError as error:
            self._error(error)
            return None
        dialog = ScoresDialog(scores, where.consensus.name, self)
        dialog.show()
        self.scores_dialog = dialog
        return dialog


class ScoresDialog(QDialog):
    """Per code and coder: precision, recall and F1 against the consensus, character and segment."""

    def __init__(self, scores: list[Score], consensus: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coders against the consensus ({name})").format(name=consensus))
        headers = [self.tr("Code"), self.tr("Coder"), self.tr("Unit")]
        headers += [self.tr("Precision"), self.tr("Recall"), self.tr("F1"), self.tr("κ (characters)")]
        self.table = QTableWidget(len(scores), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        units = {"character": self.tr("character"), "segment": self.tr("segment")}
        for row, score in enumerate(scores):
            values = [score.code, score.coder, units.get(score.unit, score.unit)]
            figures = (score.precision, score.recall, score.f1, score.kappa)
            values += ["–" if v is None else f"{v:.3f}" for v in figures]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column >= 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr("The consensus is the standard: precision is the share of a coder's coding the consensus "
                    "keeps, recall the share of the consensus the coder found.")
        )  # fmt: skip
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        fit_to_screen(self, 820, 520)
