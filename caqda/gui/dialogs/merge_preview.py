"""File › Merge a coder's copy: what the merge will add, change and delete, and what clashed,
shown before anything is written; Merge or Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caqda.core.merge_plan import MergePlan


class MergePreviewDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Merge “{name}”").format(name=plan.source_name))
        heading = QLabel(self._heading(), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        counts = plan.counts()
        self.grid = QGridLayout()
        for column, title in enumerate((self.tr("Added"), self.tr("Changed"), self.tr("Deleted")), start=1):
            self.grid.addWidget(self._cell(title, bold=True), 0, column)
        for row, (label, key) in enumerate(
            ((self.tr("Codings"), "codings"), (self.tr("Memos"), "memos"), (self.tr("Codes"), "codes")),
            start=1,
        ):
            self.grid.addWidget(self._cell(label, bold=True, right=False), row, 0)
            for column, kind in enumerate(("added", "changed", "deleted"), start=1):
                self.grid.addWidget(self._cell(str(counts[f"{key}_{kind}"])), row, column)
        self.grid.setColumnStretch(4, 1)
        others = QLabel(
            self.tr("New documents: {documents}. New coders: {coders}.").format(
                documents=counts["documents"], coders=counts["coders"]
            ),
            self,
        )
        supervision = QLabel(
            self.tr(
                "Review marks added: {marks}. Settled disagreements: {added} added, "
                "{withdrawn} withdrawn or replaced."
            ).format(
                marks=counts["review_marks_added"],
                added=counts["settlements_added"],
                withdrawn=counts["settlements_withdrawn"],
            ),
            self,
        )
        supervision.setWordWrap(True)
        supervision.setVisible(not plan.supervision.empty)
        corpus = QLabel(
            self.tr("Document set changes: {sets}. Attribute values set: {values}.").format(
                sets=counts["document_set_changes"], values=counts["attribute_values"]
            ),
            self,
        )
        corpus.setVisible(not plan.corpus.empty)

        self.conflicts = QListWidget(self)
        self.conflicts.setWordWrap(True)
        self.conflicts.setAlternatingRowColors(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        for conflict in plan.conflicts:
            self.conflicts.addItem(conflict.description)
        for note in plan.notes:
            self.conflicts.addItem(self.tr("Note: {note}").format(note=note))
        conflict_title = QLabel(
            self.tr(
                "Conflicts ({count}): nothing is resolved silently; each is listed with what was kept."
            ).format(count=len(plan.conflicts))
            if plan.conflicts
            else self.tr("No conflicts."),
            self,
        )
        conflict_title.setWordWrap(True)
        undo_hint = QLabel(
            self.tr("The merge is one step: Edit › Undo puts the project back as it was."), self
        )
        undo_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button: QPushButton = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(not plan.empty)
        if plan.empty:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        else:
            self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.grid)
        layout.addWidget(others)
        layout.addWidget(supervision)
        layout.addWidget(corpus)
        layout.addSpacing(6)
        layout.addWidget(conflict_title)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(undo_hint)
        layout.addWidget(self.buttons)
        self.conflicts.setVisible(bool(plan.conflicts or plan.notes))
        undo_hint.setVisible(not plan.empty)
        self.merge_button.setVisible(not plan.empty)
        self.resize(720, 520 if plan.conflicts or plan.notes else self.sizeHint().height())

    def _heading(self) -> str:
        plan = self.plan
        if plan.empty:
            return self.tr("Nothing to merge: this project already has everything in “{name}”.").format(
                name=plan.source_name
            )
        if plan.handout is None:
            return self.tr("Merging “{name}” will change this project as follows.").format(
                name=plan.source_name
            )
        return self.tr(
            "Merging {coder}'s copy (handed out {when} UTC) will change this project as follows."
        ).format(coder=plan.handout.coder, when=plan.handout.at[:16].replace("T", " "))

    def _cell(self, text: str, *, bold: bool = False, right: bool = True) -> QLabel:
        label = QLabel(text, self)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        label.setMinimumWidth(90)
        label.setAlignment(
            (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
        )
        return label
