"""The documents list: name, kind, size, and each coder's coded share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caqda.core.models import Coder, Document
from caqda.gui.models import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._documents: list[Document] = []
        self._coders: list[Coder] = []
        self._shares: dict[tuple[int, int], float] = {}
        self._rows: dict[int, int] = {}
        self._source: Callable[[int], dict[int, float]] | None = None
        self._loaded: set[int] = set()
        self._kinds = {
            "interview": self.tr("Interview"),
            "social_media": self.tr("Social media"),
            "other": self.tr("Other"),
        }

    def load(
        self,
        documents: list[Document],
        coders: list[Coder],
        shares: dict[tuple[int, int], float] | None = None,
        source: Callable[[int], dict[int, float]] | None = None,
    ) -> None:
        """The documents with ``shares``, or with a ``source`` of one document's shares
        (coder -> share) asked the first time its row is shown: a project of 1,000 documents
        opens without reading every coding."""
        self.beginResetModel()
        self._documents, self._coders, self._shares = documents, coders, dict(shares or {})
        self._rows = {document.id: row for row, document in enumerate(documents)}
        self._source = source
        self._loaded = set() if source is not None else set(self._rows)
        self.endResetModel()

    def forget_shares(self) -> None:
        """Ask the source again for every row (after a change the model could not follow)."""
        if self._source is None:
            return
        self._shares, self._loaded = {}, set()
        if self._documents and self._coders:
            self.dataChanged.emit(
                self.index(0, 3), self.index(len(self._documents) - 1, self.columnCount() - 1)
            )

    def is_loaded(self, document_id: int) -> bool:
        return document_id in self._loaded

    def _ensure(self, document_id: int) -> None:
        if document_id not in self._loaded and self._source is not None:
            self._loaded.add(document_id)
            for coder_id, share in self._source(document_id).items():
                self._shares[(document_id, coder_id)] = share

    def update_shares(self, shares: dict[tuple[int, int], float]) -> None:
        self._shares = dict(shares)
        self._loaded = set(self._rows)
        if self._documents and self._coders:
            self.dataChanged.emit(
                self.index(0, 3), self.index(len(self._documents) - 1, self.columnCount() - 1)
            )

    def set_share(self, document_id: int, coder_id: int, share: float | None) -> None:
        """Change one cell (after a coding): no other row is touched."""
        if share is None:
            self._shares.pop((document_id, coder_id), None)
        else:
            self._shares[(document_id, coder_id)] = share
        row = self.row_of(document_id)
        column = next((3 + i for i, coder in enumerate(self._coders) if coder.id == coder_id), -1)
        if row >= 0 and column >= 0:
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def shares(self) -> dict[tuple[int, int], float]:
        """Every document's shares (asking the source for rows not shown yet)."""
        for document in self._documents:
            self._ensure(document.id)
        return dict(self._shares)

    def characters(self, document_id: int) -> int:
        row = self.row_of(document_id)
        return self._documents[row].characters if row >= 0 else 0

    def row_of(self, document_id: int) -> int:
        if len(self._rows) != len(self._documents):
            self._rows = {document.id: row for row, document in enumerate(self._documents)}
        return self._rows.get(document_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._coders)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return document.name
            if column == 1:
                return self._kinds.get(document.kind, document.kind)
            if column == 2:
                return f"{document.characters:,}"
            self._ensure(document.id)
            share = self._shares.get((document.id, self._coders[column - 3].id))
            return "–" if share is None else f"{share:.0%}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("{name}\nimported from {source}").format(
                name=document.name, source=document.source_name
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return document.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < 3:
                return (self.tr("Document"), self.tr("Kind"), self.tr("Characters"))[section]
            return self._coders[section - 3].name
        if role == Qt.ItemDataRole.ToolTipRole and section >= 3:
            return self.tr("Share of the document {coder} has coded").format(
                coder=self._coders[section - 3].name
            )
        return None
