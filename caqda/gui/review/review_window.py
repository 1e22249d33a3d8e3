"""The review window: a supervisor walks the codings one by one, each shown in its context, and
marks it approved (A), rejected (R) or to discuss (D), with an optional comment; J/K (or the
arrows) move to the next/previous coding. Marks are undoable steps on the project's undo stack."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caqda.core import codebook, coders, documents, review
from caqda.core.coding import coding_by_uuid
from caqda.core.errors import CaqdaError
from caqda.core.models import Coding
from caqda.gui.review.review_commands import MARK_COLORS, MarkCoding, mark_label, run_command
from caqda.gui.screen_fit import fit_to_screen
from caqda.gui.session import ProjectSession

_MARK_KEYS = {Qt.Key.Key_A: "approved", Qt.Key.Key_R: "rejected", Qt.Key.Key_D: "discuss"}
_NEXT_KEYS = (Qt.Key.Key_J, Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS_KEYS = (Qt.Key.Key_K, Qt.Key.Key_Left, Qt.Key.Key_Up)


class ReviewWindow(QWidget):
    """Walks a queue of codings chosen by code, coder, document, or only the unreviewed ones."""

    coding_shown = Signal(object)  # Coding: the main window may show it in the transcript

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Review codings — caqda"))
        self.setObjectName("review-window")
        self.session = session
        self.queue: list[Coding] = []
        self.current = -1
        # Whether the session is still the open project's; the wiring replaces this, so a
        # window left open after its project closed shuts instead of touching a closed file.
        self.alive: Callable[[], bool] = lambda: True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        project = session.project

        self.code_filter = self._combo(
            self.tr("All codes"),
            [(codebook.code_path(project, c), c.id) for c in codebook.list_codes(project)],
        )
        self.coder_filter = self._combo(
            self.tr("All coders"), [(c.name, c.id) for c in coders.list_coders(project)]
        )
        self.document_filter = self._combo(
            self.tr("All documents"), [(d.name, d.id) for d in documents.list_documents(project)]
        )
        self.only_unreviewed = QCheckBox(self.tr("Only unreviewed"))
        self.only_unreviewed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for combo in (self.code_filter, self.coder_filter, self.document_filter):
            combo.currentIndexChanged.connect(lambda _index: self.load_queue())
        self.only_unreviewed.toggled.connect(lambda _checked: self.load_queue())
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Code"), self.code_filter),
            (self.tr("Coder"), self.coder_filter),
            (self.tr("Document"), self.document_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1)
        filters.addWidget(self.only_unreviewed)

        self.position = QLabel()
        self.position.setObjectName("review-position")
        self.context = QTextBrowser()
        self.context.setObjectName("review-context")
        self.context.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.marks = QLabel()
        self.marks.setObjectName("review-marks")
        self.marks.setWordWrap(True)
        self.marks.setTextFormat(Qt.TextFormat.RichText)
        self.comment = QLineEdit()
        self.comment.setObjectName("review-comment")
        self.comment.setPlaceholderText(self.tr("Comment (optional), saved with the next mark"))
        self.comment.returnPressed.connect(self.setFocus)
        self.advance = QCheckBox(self.tr("Go to the next coding after marking"))
        self.advance.setChecked(True)
        self.advance.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("previous", self.tr("← Previous (K)"), self.previous),
            ("approved", self.tr("✓ Approve (A)"), lambda: self.mark("approved")),
            ("rejected", self.tr("✗ Reject (R)"), lambda: self.mark("rejected")),
            ("discuss", self.tr("? Discuss (D)"), lambda: self.mark("discuss")),
            ("clear", self.tr("Clear mark (C)"), lambda: self.mark(None)),
            ("next", self.tr("Next (J) →"), self.next),
            ("summary", self.tr("Summary…"), self.show_summary),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            if name in MARK_COLORS:
                button.setStyleSheet(f"color: {MARK_COLORS[name]}; font-weight: bold")
            buttons.addWidget(button)
            self.buttons[name] = button

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.position)
        layout.addWidget(self.context, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.marks)
        layout.addWidget(self.comment)
        layout.addWidget(self.advance)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 680)
        session.changed.connect(self._project_changed)
        self.load_queue()

    def _combo(self, everything: str, items: list[tuple[str, int]]) -> QComboBox:
        combo = QComboBox()
        combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # -- the queue -------------------------------------------------------------------------------
    def _closed_project(self) -> bool:
        if self.alive():
            return False
        self.close()
        return True

    def load_queue(self) -> None:
        if self._closed_project():
            return

        def chosen(combo: QComboBox) -> list[int] | None:
            value = combo.currentData()
            return None if value is None else [int(value)]

        self.queue = review.review_queue(
            self.session.project,
            code_ids=chosen(self.code_filter),
            coder_ids=chosen(self.coder_filter),
            document_ids=chosen(self.document_filter),
            only_unreviewed=self.only_unreviewed.isChecked(),
            reviewer_id=self.session.coder.id,
        )
        self.current = -1
        self.show_index(0)

    def show_index(self, index: int) -> None:
        if self._closed_project():
            return
        if not self.queue:
            self.current = -1
            self.position.setText(self.tr("No codings to review with these choices."))
            self.context.clear()
            self.details.clear()
            self.marks.clear()
            return
        self.current = max(0, min(index, len(self.queue) - 1))
        self.comment.setText(self._own_mark().comment if self._own_mark() else "")
        self._render()
        coding = self.current_coding()
        if coding is not None:
            self.coding_shown.emit(coding)

    def current_coding(self) -> Coding | None:
        if not 0 <= self.current < len(self.queue):
            return None
        return coding_by_uuid(self.session.project, self.queue[self.current].uuid)

    def next(self) -> None:
        if self.queue and self.current < len(self.queue) - 1:
            self.show_index(self.current + 1)

    def previous(self) -> None:
        if self.queue and self.current > 0:
            self.show_index(self.current - 1)

    # -- marking ---------------------------------------------------------------------------------
    def mark(self, mark: str | None) -> None:
        if self._closed_project():
            return
        coding = self.current_coding()
        if coding is None:
            return
        command = MarkCoding(
            self.session.project, coding.uuid, self.session.coder.id, mark, self.comment.text()
        )
        if not run_command(self.session, command, self._show_error):
            return
        if self.advance.isChecked() and mark is not None:
            self.next()

    def _own_mark(self) -> review.ReviewMark | None:
        if not 0 <= self.current < len(self.queue):
            return None
        uuid = self.queue[self.current].uuid
        return review.current_marks(self.session.project, [uuid], reviewer_id=self.session.coder.id).get(uuid)

    # -- showing ---------------------------------------------------------------------------------
    def _render(self) -> None:
        project = self.session.project
        total = len(self.queue)
        coding = self.current_coding()
        self.position.setText(
            self.tr("Coding {n} of {total}").format(n=self.current + 1, total=total)
            if coding is not None
            else self.tr("Coding {n} of {total} (removed since)").format(n=self.current + 1, total=total)
        )
        if coding is None:
            self.context.clear()
            self.details.clear()
            self.marks.clear()
            return
        code = codebook.get_code(project, coding.code_id)
        document = documents.get_document(project, coding.document_id)
        coder = next((c.name for c in coders.list_coders(project) if c.id == coding.coder_id), "?")
        before, passage, after = review.context_of(project, coding, margin=700)
        self.context.setHtml(
            "<div style='font-size: 12pt; line-height: 140%'>"
            f"<span style='color: #666'>{_html(before)}</span>"
            f"<span style='background: {code.color}40; border-bottom: 2px solid {code.color}'>"
            f"{_html(passage)}</span><span style='color: #666'>{_html(after)}</span></div>"
        )
        details = self.tr("<b>{code}</b> — coded by {coder} in {document} ({start}–{end})").format(
            code=html.escape(codebook.code_path(project, code)),
            coder=html.escape(coder),
            document=html.escape(document.name),
            start=coding.start,
            end=coding.end,
        )
        if coding.memo:
            details += "<br>" + self.tr("Memo: <i>{memo}</i>").format(memo=html.escape(coding.memo))
        self.details.setText(details)
        self._render_marks(coding)

    def _render_marks(self, coding: Coding) -> None:
        lines = []
        latest: dict[str, review.ReviewMark] = {}
        for entry in review.mark_history(self.session.project, coding.uuid):
            latest[entry.reviewer] = entry
        for reviewer, entry in latest.items():
            if entry.mark == review.CLEARED:
                continue
            line = self.tr("{reviewer}: <b style='color: {color}'>{mark}</b>").format(
                reviewer=html.escape(reviewer),
                color=MARK_COLORS.get(entry.mark, "#000"),
                mark=mark_label(entry.mark),
            )
            if entry.comment:
                line += f" — {html.escape(entry.comment)}"
            lines.append(line)
        self.marks.setText("<br>".join(lines) if lines else self.tr("Not reviewed yet."))

    def _project_changed(self, _changes: list[object]) -> None:
        if self.current >= 0 and self.alive():
            self._render()

    def show_summary(self) -> QDialog | None:
        """The marks counted per coder and per code (by anyone's newest mark)."""
        if self._closed_project():
            return None
        dialog = ReviewSummaryDialog(review.review_summary(self.session.project), self)
        dialog.show()
        self.summary_dialog = dialog
        return dialog

    def _show_error(self, error: CaqdaError) -> None:
        QMessageBox.warning(self, "caqda", str(error))

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in _MARK_KEYS:
            self.mark(_MARK_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_C:
            self.mark(None)
        elif key in _NEXT_KEYS:
            self.next()
        elif key in _PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Slash:
            self.comment.setFocus()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.changed.disconnect(self._project_changed)
        super().closeEvent(event)


class ReviewSummaryDialog(QDialog):
    """Approved, rejected, to discuss and unreviewed codings per coder and per code."""

    def __init__(self, counts: dict[str, list[dict[str, Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review summary"))
        layout = QVBoxLayout(self)
        self.tables: dict[str, QTableWidget] = {}
        for key, title in (("coder", self.tr("Per coder")), ("code", self.tr("Per code"))):
            rows = counts[f"{key}s"]
            headers = [self.tr("Coder") if key == "coder" else self.tr("Code")]
            headers += [mark_label(mark) for mark in (*review.MARKS, review.UNREVIEWED)] + [self.tr("Total")]
            table = QTableWidget(len(rows), len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            for row, values in enumerate(rows):
                cells = [str(values[key])]
                cells += [str(values[mark]) for mark in (*review.MARKS, review.UNREVIEWED, "total")]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, item)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            layout.addWidget(table, 1 if key == "coder" else 3)
            self.tables[key] = table
        fit_to_screen(self, 760, 560)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
