"""A command-palette picker: type a few letters of a code's path, press Enter to choose it.

Coding is the most repeated action in the program, so the picker must work from the keyboard
alone: the search field keeps focus while Up/Down move through the list. Matching folds case
and accents, so "sao" finds "São Paulo experiences".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from caqda.core.codebook import PATH_SEPARATOR as CODE_PATH_SEPARATOR
from caqda.gui.models import ID_ROLE

CodeRow = tuple[int, str, str, str]
"""(code id, path such as "Joint sphere › Peer support", colour "#rrggbb", definition)."""

PATH_SEPARATOR = CODE_PATH_SEPARATOR

KIND_ROLE = Qt.ItemDataRole.UserRole + 10
PARENT_PATH_ROLE = Qt.ItemDataRole.UserRole + 11
FOLDED_PATH_ROLE = Qt.ItemDataRole.UserRole + 12
FOLDED_NAME_ROLE = Qt.ItemDataRole.UserRole + 13
ORDER_ROLE = Qt.ItemDataRole.UserRole + 14


class RowKind(IntEnum):
    """What a row of the picker's model is; headers are labels, never choosable."""

    RECENT_HEADER = 0
    RECENT = 1
    ALL_HEADER = 2
    CODE = 3


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, so that matching ignores both."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def query_terms(query: str) -> list[str]:
    """Split a typed query into terms; "/" and "›" separate terms like a space does."""
    return fold(query).replace("/", " ").replace("›", " ").split()


class CodeFilterProxy(QSortFilterProxyModel):
    """Shows every row (with recent codes first) for an empty query, else the matching codes.

    Every term of the query must occur in the folded path. Matches are ranked: the name
    starting with the first term, then a word of the name starting with it, then the name
    containing all terms, then the path; ties keep the codebook's order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_query(self, query: str) -> None:
        self._terms = query_terms(query)
        self.invalidate()  # both filter and order depend on the query

    def has_query(self) -> bool:
        return bool(self._terms)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        kind = index.data(KIND_ROLE)
        if not self._terms:
            return True
        if kind != RowKind.CODE:
            return False
        path = index.data(FOLDED_PATH_ROLE)
        return all(term in path for term in self._terms)

    def lessThan(
        self,
        source_left: QModelIndex | QPersistentModelIndex,
        source_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self._sort_key(source_left) < self._sort_key(source_right)

    def _sort_key(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int]:
        order = int(index.data(ORDER_ROLE))
        if not self._terms:
            return (0, order)
        name = index.data(FOLDED_NAME_ROLE)
        first = self._terms[0]
        if name.startswith(first):
            return (0, order)
        if any(word.startswith(first) for word in name.split()):
            return (1, order)
        if all(term in name for term in self._terms):
            return (2, order)
        return (3, order)


class CodeRowDelegate(QStyledItemDelegate):
    """Paints a colour swatch, the code's name, and its parent path muted beside it."""

    SWATCH = 12
    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        if index.data(KIND_ROLE) in (RowKind.RECENT_HEADER, RowKind.ALL_HEADER):
            return QSize(200, height + 10)
        return QSize(200, height + 12)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        palette: QPalette = opt.palette
        rect: QRect = opt.rect
        painter.save()
        if index.data(KIND_ROLE) in (RowKind.RECENT_HEADER, RowKind.ALL_HEADER):
            font = QFont(opt.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text_rect = rect.adjusted(self.PADDING, 2, -self.PADDING, 0)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, index.data()
            )
            painter.restore()
            return
        opt.text = ""
        opt.icon = QIcon()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        if selected:
            muted.setAlphaF(0.75)
        else:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)

        swatch = QRect(0, 0, self.SWATCH, self.SWATCH)
        swatch.moveCenter(rect.center())
        swatch.moveLeft(rect.left() + self.PADDING)
        color = QColor(index.data(Qt.ItemDataRole.DecorationRole))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(color.darker(140))
        painter.setBrush(color)
        painter.drawRoundedRect(swatch, 3, 3)

        left = swatch.right() + self.PADDING
        available = rect.right() - self.PADDING - left
        metrics = opt.fontMetrics
        name = metrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, available)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(opt.font)
        painter.setPen(text_color)
        painter.drawText(QRect(left, rect.top(), available, rect.height()), flags, name)

        parent_path = index.data(PARENT_PATH_ROLE)
        used = metrics.horizontalAdvance(name) + 2 * self.PADDING
        if parent_path and available - used > 3 * metrics.averageCharWidth():
            elided = metrics.elidedText(parent_path, Qt.TextElideMode.ElideLeft, available - used)
            painter.setPen(muted)
            painter.drawText(QRect(left + used, rect.top(), available - used, rect.height()), flags, elided)
        painter.restore()


class CodePickerDialog(QDialog):
    """Choose one code by typing part of its path; recent codes come first when nothing is typed."""

    def __init__(
        self, codes: Sequence[CodeRow], recent: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a code"))
        self._chosen: int | None = None

        self.model = QStandardItemModel(self)
        self._fill_model(codes, recent)
        self.proxy = CodeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find a code…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a code"))

        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(CodeRowDelegate(self.list_view))
        self.list_view.setUniformItemSizes(False)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list_view.setMouseTracking(True)

        self.no_match = QLabel(self)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_match.hide()

        hint = QLabel(self.tr("↑ ↓ to move · Enter to choose · Esc to cancel"), self)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(hint)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.list_view.doubleClicked.connect(self._choose_index)
        self.search.setFocus()
        self._select_first()
        self.resize(520, 440)

    @staticmethod
    def pick(parent: QWidget | None, codes: Sequence[CodeRow], recent: Sequence[int]) -> int | None:
        """Show the picker modally; the chosen code's id, or None if the user cancelled."""
        dialog = CodePickerDialog(codes, recent, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.selected_code_id()
            return None
        finally:
            dialog.deleteLater()

    def selected_code_id(self) -> int | None:
        """The id of the chosen code once the dialog is accepted; None before or if cancelled."""
        return self._chosen if self.result() == QDialog.DialogCode.Accepted else None

    def highlighted_code_id(self) -> int | None:
        """The id of the code Enter would choose now, or None when nothing matches."""
        return self._code_id(self.list_view.currentIndex())

    def accept(self) -> None:
        chosen = self._code_id(self.list_view.currentIndex())
        if chosen is None:
            QApplication.beep()
            return
        self._chosen = chosen
        super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if watched is self.search:
                steps = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 8,
                    Qt.Key.Key_PageUp: -8,
                }
                if key in steps:
                    self._move(steps[key])
                    return True
            elif watched is self.list_view and event.text().isprintable() and event.text():
                # Typing while the list has focus goes on refining the search.
                self.search.setFocus()
                self.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)

    def _fill_model(self, codes: Sequence[CodeRow], recent: Sequence[int]) -> None:
        by_id = {code[0]: code for code in codes}
        recent_ids = list(dict.fromkeys(code_id for code_id in recent if code_id in by_id))
        order = 0
        root = self.model.invisibleRootItem()
        if recent_ids:
            root.appendRow(self._header(self.tr("Recent"), RowKind.RECENT_HEADER, order))
            for code_id in recent_ids:
                order += 1
                root.appendRow(self._code_item(by_id[code_id], RowKind.RECENT, order))
            order += 1
            root.appendRow(self._header(self.tr("All codes"), RowKind.ALL_HEADER, order))
        for code in codes:
            order += 1
            root.appendRow(self._code_item(code, RowKind.CODE, order))

    @staticmethod
    def _header(text: str, kind: RowKind, order: int) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(int(kind), KIND_ROLE)
        item.setData(order, ORDER_ROLE)
        item.setData("", FOLDED_PATH_ROLE)
        item.setData("", FOLDED_NAME_ROLE)
        return item

    @staticmethod
    def _code_item(code: CodeRow, kind: RowKind, order: int) -> QStandardItem:
        code_id, path, color, definition = code
        parent_path, _, name = path.rpartition(PATH_SEPARATOR)
        item = QStandardItem(name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(code_id, ID_ROLE)
        item.setData(QColor(color), Qt.ItemDataRole.DecorationRole)
        item.setData(int(kind), KIND_ROLE)
        item.setData(parent_path.replace(PATH_SEPARATOR, " › "), PARENT_PATH_ROLE)
        item.setData(fold(path), FOLDED_PATH_ROLE)
        item.setData(fold(name), FOLDED_NAME_ROLE)
        item.setData(order, ORDER_ROLE)
        item.setData(path, Qt.ItemDataRole.AccessibleTextRole)
        if definition:
            item.setToolTip(definition)
        return item

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._select_first()
        empty = self._first_selectable() is None
        if empty and text.strip():
            self.no_match.setText(self.tr("No code matches “{query}”.").format(query=text.strip()))
        self.no_match.setVisible(empty and bool(text.strip()))

    def _code_id(self, index: QModelIndex) -> int | None:
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        return int(index.data(ID_ROLE))

    def _choose_index(self, index: QModelIndex) -> None:
        if self._code_id(index) is not None:
            self.list_view.setCurrentIndex(index)
            self.accept()

    def _selectable_rows(self) -> list[int]:
        return [
            row
            for row in range(self.proxy.rowCount())
            if self.proxy.index(row, 0).flags() & Qt.ItemFlag.ItemIsSelectable
        ]

    def _first_selectable(self) -> int | None:
        rows = self._selectable_rows()
        return rows[0] if rows else None

    def _select_first(self) -> None:
        row = self._first_selectable()
        if row is None:
            self.list_view.clearSelection()
            self.list_view.setCurrentIndex(QModelIndex())
            return
        self._set_current(row)
        self.list_view.scrollToTop()

    def _move(self, step: int) -> None:
        rows = self._selectable_rows()
        if not rows:
            return
        current = self.list_view.currentIndex()
        position = rows.index(current.row()) if current.isValid() and current.row() in rows else -1
        target = max(0, min(len(rows) - 1, position + step)) if position >= 0 else 0
        self._set_current(rows[target])

    def _set_current(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
