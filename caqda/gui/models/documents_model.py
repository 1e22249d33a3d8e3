"""The documents list: name, kind, size and number of codings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from caqda.core import documents, summary
from caqda.core.project import Project
from caqda.gui.models import ID_ROLE

_KIND_LABELS = {"interview": "Interview", "social_media": "Social media", "other": "Other"}
Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, str, str, int, int]] = []
        self._headers = [self.tr("Document"), self.tr("Kind"), self.tr("Characters"), self.tr("Codings")]

    def load(self, project: Project | None) -> None:
        self.beginResetModel()
        self._rows = []
        if project is not None:
            counts = {entry["name"]: entry["codings"] for entry in summary.project_info(project)["documents"]}
            self._rows = [
                (d.id, d.name, _KIND_LABELS.get(d.kind, d.kind), d.characters, counts.get(d.name, 0))
                for d in documents.list_documents(project)
            ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row[index.column() + 1]
            return f"{value:,}" if isinstance(value, int) else value
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
