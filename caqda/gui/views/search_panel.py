"""The search dock: find words in every document (exactly or fuzzily), jump to a hit, code all
hits at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caqda.core.search import Hit
from caqda.gui.models import ID_ROLE
from caqda.gui.models.table_models import RecordTableModel


def hits_model() -> RecordTableModel[Hit]:
    return RecordTableModel(
        [
            (QCoreApplication.translate("SearchPanel", "Document"), lambda h: h.document),
            (
                QCoreApplication.translate("SearchPanel", "Found"),
                lambda h: f"…{h.before[-40:]} »{h.text}« {h.after[:40]}…",
            ),
            (QCoreApplication.translate("SearchPanel", "Score"), lambda h: f"{h.score:.0f}"),
        ]
    )


class SearchPanel(QWidget):
    search_requested = Signal(str, int)  # query, minimum score
    hit_activated = Signal(object)  # Hit
    autocode_requested = Signal(str)  # unit: hit, sentence, paragraph, turn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit(placeholderText=self.tr("Search all documents…"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self._search)
        self.score = QSpinBox(minimum=50, maximum=100, value=100, singleStep=5)
        self.score.setPrefix(self.tr("match ≥ "))
        self.score.setToolTip(
            self.tr("100 finds the words exactly (ignoring case and accents); lower also finds variants")
        )
        go = QPushButton(self.tr("Search"))
        go.clicked.connect(self._search)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("the hits"), "hit")
        self.unit.addItem(self.tr("their sentences"), "sentence")
        self.unit.addItem(self.tr("their paragraphs"), "paragraph")
        self.unit.addItem(self.tr("their speaker turns"), "turn")
        self.code_button = QPushButton(self.tr("Code all…"))
        self.code_button.setEnabled(False)
        self.code_button.clicked.connect(lambda: self.autocode_requested.emit(self.unit.currentData()))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.score)
        top.addWidget(go)
        top.addWidget(self.code_button)
        top.addWidget(self.unit)
        self.model = hits_model()
        self.table = QTableView()
        self.table.setObjectName("search-hits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def show_hits(self, hits: list[Hit]) -> None:
        self.model.load(hits)
        self.code_button.setEnabled(bool(hits))

    def _search(self) -> None:
        if self.query.text().strip():
            self.search_requested.emit(self.query.text(), self.score.value())

    def _clicked(self, index: QModelIndex) -> None:
        hit = index.siblingAtColumn(0).data(ID_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)
