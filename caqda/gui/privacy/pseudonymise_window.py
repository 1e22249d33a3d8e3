"""The Pseudonymise window: every candidate in context with its category and how it was found;
the researcher ticks (accepts) or unticks (rejects) each, edits its text or pseudonym, flags a
string always or never, and applies. Applying asks where to keep the key file and for its
passphrase twice, then replaces everything as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core.errors import CaqdaError
from caqda.core.privacy.detect import Candidate, scan
from caqda.core.privacy.replace import Decision
from caqda.core.privacy.status import pseudonymised_note
from caqda.gui.privacy.commands import Pseudonymise, SetPrivacyRule
from caqda.gui.privacy.key_dialog import KeyFileDialog

Runner = Callable[[QUndoCommand], bool]
COLUMNS = ("accept", "document", "before", "text", "after", "category", "found_by", "pseudonym")
_TEXT, _PSEUDONYM = COLUMNS.index("text"), COLUMNS.index("pseudonym")
_SHOWN = 34  # characters of context shown each side (the tooltip holds the rest)


class _ElideRight(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class PseudonymiseWindow(QWidget):
    def __init__(self, session, run: Runner, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.run = session, run
        self.candidates: list[Candidate] = []
        self.setWindowTitle(self.tr("Pseudonymise"))
        self.setObjectName("pseudonymise-window")
        self.names = QLineEdit(self)
        self.names.setObjectName("names")
        self.names.setPlaceholderText(self.tr("Names to look for as well, separated by commas"))
        scan_button = QPushButton(self.tr("&Scan"), self)
        scan_button.setObjectName("scan")
        scan_button.clicked.connect(self.rescan)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Also look for:"), self))
        top.addWidget(self.names, 1)
        top.addWidget(scan_button)
        self.status = QLabel("", self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("candidates")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Replace"),
                self.tr("Document"),
                self.tr("Before"),
                self.tr("Text"),
                self.tr("After"),
                self.tr("Category"),
                self.tr("Found by"),
                self.tr("Pseudonym (blank: automatic)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # the words nearest the candidate stay in view: cut the left of "before", the right of "after"
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.table.setItemDelegateForColumn(COLUMNS.index("after"), _ElideRight(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((64, 130, 250, 150, 250, 70, 140)):
            self.table.setColumnWidth(column, width)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("accept_all", self.tr("Tick &all"), lambda: self._tick_all(True)),
            ("reject_all", self.tr("&Untick all"), lambda: self._tick_all(False)),
            ("always", self.tr("Al&ways flag this text"), lambda: self._rule("always")),
            ("never", self.tr("&Never flag this text"), lambda: self._rule("never")),
            ("apply", self.tr("&Replace ticked…"), self.apply),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            if name == "apply":
                buttons.addStretch(1)
            buttons.addWidget(button)
        hint = QLabel(
            self.tr(
                "Untick what is not identifying. Double-click a text to shorten or widen it, or a "
                "pseudonym to choose it; the same person gets the same pseudonym everywhere."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1200, 640)
        self.rescan()

    # -- scanning ---------------------------------------------------------------------------
    def rescan(self) -> None:
        names = [name.strip() for name in self.names.text().split(",") if name.strip()]
        project = self.session.project
        try:
            self.candidates = scan(project, names=names)
        except CaqdaError as error:
            self.status.setText(str(error))
            return
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            tick = QTableWidgetItem()
            tick.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            where = (
                candidate.document
                if candidate.field == "text"
                else f"{candidate.document} ({candidate.field})"
            )
            values = (
                where,
                candidate.before,
                candidate.text,
                candidate.after,
                candidate.category,
                candidate.found_by,
            )
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                if column != _TEXT:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column in (2, 3, 4):
                    item.setToolTip(f"…{candidate.before}[{candidate.text}]{candidate.after}…")
                self.table.setItem(row, column, item)
            self.table.setItem(row, _PSEUDONYM, QTableWidgetItem(""))
        note = pseudonymised_note(project)
        count = self.tr("{count} candidates.").format(count=len(self.candidates))
        self.status.setText(f"{note}  {count}" if note else count)

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)

    def _rule(self, kind: str) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.status.setText(self.tr("Select a candidate first."))
            return
        candidate = self.candidates[row]
        text = self.table.item(row, _TEXT).text()
        if self.run(SetPrivacyRule(self.session.project, text, kind, candidate.category)):
            self.rescan()

    # -- applying ----------------------------------------------------------------------------
    def decisions(self) -> list[Decision]:
        """The ticked candidates, with their edited text and chosen pseudonyms."""
        chosen = []
        for row, candidate in enumerate(self.candidates):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            start, end, text = self._span(candidate, self.table.item(row, _TEXT).text())
            chosen.append(
                Decision(
                    candidate.document_uuid,
                    start,
                    end,
                    text,
                    candidate.category,
                    candidate.role,
                    candidate.field,
                    self.table.item(row, _PSEUDONYM).text().strip() or None,
                )
            )
        return chosen

    def _span(self, candidate: Candidate, edited: str) -> tuple[int, int, str]:
        """Where an edited text stands: found in the candidate's context, nearest the original."""
        if edited == candidate.text or not edited.strip():
            return candidate.start, candidate.end, candidate.text
        context = candidate.before + candidate.text + candidate.after
        offset = candidate.start - len(candidate.before)
        places = [i for i in range(len(context)) if context.startswith(edited, i)]
        if not places:
            raise CaqdaError(
                self.tr(
                    "“{text}” is not in the context of the candidate; edit it to a part of the passage."
                ).format(text=edited)
            )
        best = min(places, key=lambda i: abs(i - len(candidate.before)))
        return offset + best, offset + best + len(edited), edited

    def ask_key(self) -> tuple[Path, str] | None:
        dialog = KeyFileDialog(self.session.project.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.key_path(), dialog.passphrase.text()

    def apply(self) -> None:
        try:
            decisions = self.decisions()
        except CaqdaError as error:
            self.status.setText(str(error))
            return
        if not decisions:
            self.status.setText(self.tr("Nothing is ticked: nothing to replace."))
            return
        answer = self.ask_key()
        if answer is None:
            return
        key_path, passphrase = answer
        command = Pseudonymise(self.session.project, decisions, key_path, passphrase)
        if self.run(command) and command.result is not None:
            message = self.tr("Replaced {count} places; the key is in {path}.").format(
                count=command.result.replacements, path=key_path
            )
            self.rescan()
            self.status.setText(message)
