"""Item models of the analysis windows: a query's passages and any analysis table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caqda.core.analysis.query import Passage
from caqda.core.analysis.table import Table

Index = QModelIndex | QPersistentModelIndex


class PassagesModel(QAbstractTableModel):
    """Passages with their document and speaker; the passage text on one line."""

    def __init__(self) -> None:
        super().__init__()
        self.passages: list[Passage] = []
        self.headers = [self.tr("Document"), self.tr("Speaker"), self.tr("Passage")]

    def show(self, passages: list[Passage]) -> None:
        self.beginResetModel()
        self.passages = list(passages)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.passages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        passage = self.passages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (passage.document, passage.speaker or "", " ".join(passage.text.split()))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return f"…{passage.before[-80:]}【{passage.text}】{passage.after[:80]}…"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class AnalysisTableModel(QAbstractTableModel):
    """Any :class:`Table`: labels left, numbers right-aligned; matrices shaded by value."""

    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None
        self._maximum = 0.0

    def show(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        numbers = [
            v
            for row in range(len(table.rows) if table else 0)
            for v in table.values(row)  # type: ignore[union-attr]
            if isinstance(v, int | float)
        ]
        self._maximum = float(max(numbers, default=0) or 0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        value = self.table.rows[index.row()][index.column()]
        labels = len(self.table.label_columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return f"{value:.2f}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= labels:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            color = self.table.colors[index.row()] if index.row() < len(self.table.colors) else None
            return QColor(color) if color else None
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and self.table.kind in ("matrix", "cooccurrence")
            and index.column() >= labels
            and isinstance(value, int | float)
            and self._maximum
        ):
            strength = max(0.0, min(1.0, float(value) / self._maximum))
            return QColor.fromRgbF(1 - 0.55 * strength, 1 - 0.35 * strength, 1.0)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.header[section]
        return str(section + 1)


class CellPassagesModel(QAbstractTableModel):
    """The codings behind a table cell: document, code, coder and text."""

    def __init__(self) -> None:
        super().__init__()
        self.passages: list[Any] = []
        self.headers = [self.tr("Document"), self.tr("Code"), self.tr("Coder"), self.tr("Text")]

    def show(self, passages: list[Any]) -> None:
        self.beginResetModel()
        self.passages = list(passages)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.passages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        passage = self.passages[index.row()]
        return (passage.document, passage.code, passage.coder, " ".join(passage.text.split()))[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
