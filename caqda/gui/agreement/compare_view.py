"""Two coders' codings of the same passage, side by side, with next/previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from caqda.core import coders, documents
from caqda.core.agreement.disagreements import Disagreement
from caqda.core.project import Project
from caqda.gui.agreement.models import core_word
from caqda.gui.views.transcript_content import load_content
from caqda.gui.views.transcript_view import TranscriptView


class CompareView(QWidget):
    step_requested = Signal(int)  # -1 previous, +1 next

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        previous = QPushButton(self.tr("◀ Previous"))
        previous.setShortcut("Alt+Left")
        previous.clicked.connect(lambda: self.step_requested.emit(-1))
        following = QPushButton(self.tr("Next ▶"))
        following.setShortcut("Alt+Right")
        following.clicked.connect(lambda: self.step_requested.emit(1))
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(previous)
        bar.addWidget(following)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.panes: list[tuple[QLabel, TranscriptView]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def show_disagreement(self, project: Project, item: Disagreement, position: str = "") -> None:
        """Each coder's codings of the document in a pane of its own, the passage selected."""
        self._ensure_panes(len(item.coders))
        document = documents.find_document(project, item.document)
        ids = {coder.name: coder.id for coder in coders.list_coders(project)}
        self.title.setText(
            self.tr("<b>{code}</b> in {document}: {kind} {position}").format(
                code=item.code, document=item.document, kind=core_word(item.kind), position=position
            )
        )
        for (label, view), coder in zip(self.panes, item.coders, strict=False):
            label.setText(f"<b>{coder.coder}</b>")
            content = load_content(project, document.id, {ids[coder.coder]} if coder.coder in ids else set())
            view.show_content(content)
            start, end = coder.segments[0] if coder.segments else (item.start, item.end)
            for mark in view.index.marks_between(start, end):
                if (mark.start, mark.end) == (start, end):
                    view.select_coding(mark.coding_id)
                    break
            else:
                view.select_range(start, end)
                view.centerCursor()

    def _ensure_panes(self, count: int) -> None:
        while len(self.panes) < count:
            pane = QWidget()
            label = QLabel()
            view = TranscriptView()
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label)
            layout.addWidget(view)
            self.splitter.addWidget(pane)
            self.panes.append((label, view))
        for index, (label, _view) in enumerate(self.panes):
            visible = index < count
            label.parentWidget().setVisible(visible)
