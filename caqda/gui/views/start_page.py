"""What the window shows when no project is open: the ways to begin, not an empty workbench.

Open a recent project, open (or first build) the demo, start a new project, open one, or make a
project from a REFI-QDA file. The page only emits requests; the window carries them out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    open_recent_requested = Signal(Path)
    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    qdpx_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        title = QLabel(self.tr("Welcome to caqda"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "Code interview transcripts and social-media posts, compare coders and settle "
                "their disagreements. Start with the demo project to look around, or begin your own."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)

        buttons = QHBoxLayout()
        for text, signal in (
            (self.tr("Open the &demo project"), self.demo_requested),
            (self.tr("&New project…"), self.new_requested),
            (self.tr("&Open project…"), self.open_requested),
            (self.tr("Open a REFI-QDA project (.&qdpx)…"), self.qdpx_requested),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        self.recent_label = QLabel(self.tr("Recent projects"))
        column.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(220)
        self.recent.itemActivated.connect(self._open_item)
        column.addWidget(self.recent)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def show_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for entry in paths:
            path = Path(entry)
            item = QListWidgetItem(f"{path.name}    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(entry)
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("{name} (missing)").format(name=item.text()))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
