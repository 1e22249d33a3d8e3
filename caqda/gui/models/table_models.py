"""Read-only table models over lists of core records: attributes, memos (and the base of the
coded-segments model)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from caqda.core.models import Memo
from caqda.gui.models import ID_ROLE

Row = TypeVar("Row")
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE})
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Columns are (header, how to show a row); ``ID_ROLE`` gives the row record itself."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Row], str]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self.rows: list[Row] = []

    def load(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles (font, alignment, colours...): those this model
        # does not give are answered before a row is looked up (or, in a lazy list, made).
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](row)
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(value.split())
            return value if len(value) > 40 else None
        if role == ID_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None


def attributes_model() -> RecordTableModel[tuple[str, str]]:
    return RecordTableModel(
        [
            (QCoreApplication.translate("AttributesModel", "Attribute"), lambda a: a[0]),
            (QCoreApplication.translate("AttributesModel", "Value"), lambda a: a[1]),
        ]
    )


def memos_model(
    describe_target: Callable[[Memo], str], coder_name: Callable[[Memo], str]
) -> RecordTableModel[Memo]:
    return RecordTableModel(
        [
            (QCoreApplication.translate("MemosModel", "About"), describe_target),
            (QCoreApplication.translate("MemosModel", "Title"), lambda m: m.title),
            (QCoreApplication.translate("MemosModel", "Memo"), lambda m: m.text),
            (QCoreApplication.translate("MemosModel", "By"), coder_name),
            (
                QCoreApplication.translate("MemosModel", "Changed"),
                lambda m: m.updated_at[:16].replace("T", " "),
            ),
        ]
    )
