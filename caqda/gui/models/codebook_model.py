"""The codebook as a tree model: colour swatches, coding counts, shortcuts; drag to nest codes,
drop a text selection on a code to code it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from caqda.core.models import Code
from caqda.gui.models import ID_ROLE

CODE_MIME = "application/x-caqda-code"
RANGE_MIME = "application/x-caqda-range"
DEFINITION_ROLE = Qt.ItemDataRole.UserRole + 2
SETS_ROLE = Qt.ItemDataRole.UserRole + 3  # the names of the code sets a code belongs to
Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Node:
    code: Code | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    count: int = 0
    shortcut: str = ""
    sets: tuple[str, ...] = ()

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class CodebookModel(QAbstractItemModel):
    code_move_requested = Signal(int, object, int)  # code id, new parent id or None, row
    range_dropped = Signal(int, dict)  # code id, {"document_id", "start", "end"}

    def __init__(self) -> None:
        super().__init__()
        self._root = _Node(None, None)
        self._nodes: dict[int, _Node] = {}
        self._headers = [self.tr("Code"), self.tr("Codings"), self.tr("Key")]
        self._header_tips = [
            None,
            self.tr("How many codings the visible coders made with this code"),
            self.tr("The digit key that codes the selected text with this code"),
        ]

    def load(
        self,
        codes: list[Code],
        counts: dict[int, int],
        shortcuts: dict[str, int],
        sets: dict[int, list[str]] | None = None,
    ) -> None:
        """Rebuild from core results (codes in tree order; ``sets``: code id -> its code sets)."""
        self.beginResetModel()
        self._root = _Node(None, None)
        self._nodes = {}
        keys = {code_id: key for key, code_id in shortcuts.items()}
        for code in codes:
            parent = self._nodes.get(code.parent_id, self._root) if code.parent_id is not None else self._root
            node = _Node(
                code,
                parent,
                count=counts.get(code.id, 0),
                shortcut=keys.get(code.id, ""),
                sets=tuple((sets or {}).get(code.id, ())),
            )
            parent.children.append(node)
            self._nodes[code.id] = node
        self.endResetModel()

    def set_names(self) -> list[str]:
        """The code sets that have members, in the order first met in the tree."""
        return list(dict.fromkeys(name for node in self._nodes.values() for name in node.sets))

    def update_counts(self, counts: dict[int, int]) -> None:
        for code_id, node in self._nodes.items():
            new = counts.get(code_id, 0)
            if node.count != new:
                node.count = new
                index = self.createIndex(node.row(), 1, node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def adjust_count(self, code_id: int, delta: int) -> None:
        """A running total: one coding more or fewer with this code (one cell repainted)."""
        node = self._nodes.get(code_id)
        if node is None or not delta:
            return
        node.count += delta
        index = self.createIndex(node.row(), 1, node)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def counts(self) -> dict[int, int]:
        """Codings per code as shown (codes without codings left out)."""
        return {code_id: node.count for code_id, node in self._nodes.items() if node.count}

    def code(self, index: Index) -> Code | None:
        node = self._node(index)
        return node.code if node is not self._root else None

    def index_of(self, code_id: int) -> QModelIndex:
        node = self._nodes.get(code_id)
        return QModelIndex() if node is None else self.createIndex(node.row(), 0, node)

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self._headers):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        code = node.code
        assert code is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (code.name, str(node.count), node.shortcut)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.FontRole and column == 0 and not code.codable:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return code.id
        if role == DEFINITION_ROLE:
            return code
        if role == SETS_ROLE:
            return list(node.sets)
        return None

    def _tooltip(self, node: _Node) -> str | None:
        code = node.code
        assert code is not None
        lines = []
        if not code.codable:
            lines.append(self.tr("Category header: groups codes, not for coding."))
        if code.definition:
            lines.append(code.definition)
        if node.sets:
            lines.append(self.tr("Code sets: {names}").format(names=", ".join(node.sets)))
        return "\n\n".join(lines) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop ---------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, RANGE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = sorted({index.data(ID_ROLE) for index in indexes if index.isValid()})
        if ids:
            data.setData(CODE_MIME, json.dumps(ids[0]).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(RANGE_MIME):
            code = self.code(parent) if parent.isValid() else None
            return code is not None and code.codable
        return data.hasFormat(CODE_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(RANGE_MIME):
            code = self.code(parent)
            if code is None:
                return False
            self.range_dropped.emit(code.id, json.loads(bytes(data.data(RANGE_MIME).data()).decode()))
            return False  # the text stays where it is; the coding arrives through the project
        if data.hasFormat(CODE_MIME):
            code_id = json.loads(bytes(data.data(CODE_MIME).data()).decode())
            target = self.code(parent)
            self.code_move_requested.emit(code_id, target.id if target else None, row)
            return False  # the tree is rebuilt from the project after the move
        return False
