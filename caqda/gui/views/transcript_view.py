"""The transcript: read-only text with coded highlights, line numbers and coding stripes.

Qt counts UTF-16 units; the project counts code points. Every position crosses between the two
through ``self.offsets`` and nowhere else. Highlights are painted under the text from the
:class:`HighlightIndex` (only the segments in view), so opening a long transcript with thousands
of codings costs one sweep, not one text-format call per coding.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from caqda.core.highlights import HighlightIndex, Mark
from caqda.core.text import OffsetMap
from caqda.gui.views.palette import SELECTION_OUTLINE, highlight_color
from caqda.gui.views.speaker_labels import SpeakerLabels
from caqda.gui.views.transcript_content import TranscriptContent
from caqda.gui.views.transcript_margins import LineNumberArea, StripeArea

RANGE_MIME = "application/x-caqda-range"
_HANDLE = 5.0
_WORD = re.compile(r"\w", re.UNICODE)


class TranscriptView(QPlainTextEdit):
    coding_activated = Signal(int)
    digit_pressed = Signal(str)
    context_menu_requested = Signal(QPoint, int)
    resize_requested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcript")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFont(QFont("DejaVu Sans", 11))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.content: TranscriptContent | None = None
        self.offsets = OffsetMap("")
        self.index = HighlightIndex([])
        self._labels: SpeakerLabels | None = None
        self.selected_coding_id: int | None = None
        self.snap_to_words = False
        self._handle_drag: tuple[int, str] | None = None  # coding id, "start" | "end"
        self._drag_preview: tuple[int, int] | None = None
        self.line_numbers = LineNumberArea(self)
        self.stripes = StripeArea(self)
        self.updateRequest.connect(self._scroll_margins)
        self._update_margins()

    # -- content ------------------------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self.content.document_id if self.content else None

    def show_content(self, content: TranscriptContent) -> None:
        self.content = content
        self.offsets = OffsetMap(content.text)
        self.selected_coding_id = None
        self.setPlainText(content.text)
        self._labels = SpeakerLabels(content.text, content.turns, self.offsets)
        self.set_marks(content.marks)

    def clear_content(self) -> None:
        self.content = None
        self.offsets = OffsetMap("")
        self.index = HighlightIndex([])
        self._labels = None
        self.setPlainText("")
        self.stripes.relayout([])
        self._update_margins()

    def set_marks(self, marks: list[Mark]) -> None:
        self.index = HighlightIndex(marks)
        self._refresh_lanes()

    def update_marks(self, removed: set[int], added: list[Mark], memos: dict[int, str] | None = None) -> None:
        """Patch the highlights after single codings changed (cheap: only their stretch, which
        alone is drawn again; the margin's bars are all placed again, as an overlap may move
        a bar to another lane)."""
        changed = [self.index.by_id[coding_id] for coding_id in removed if coding_id in self.index.by_id]
        self.index.update(removed, added)
        if self.content is not None and memos is not None:
            for coding_id in removed:
                self.content.memos.pop(coding_id, None)
            self.content.memos.update({k: v for k, v in memos.items() if v})
        if self.selected_coding_id in removed and self.selected_coding_id not in {m.coding_id for m in added}:
            self.selected_coding_id = None
        self._refresh_lanes(changed + added)

    def _refresh_lanes(self, changed: list[Mark] | None = None) -> None:
        """Place the margin's bars again and draw the highlights again: of the whole view, or
        only of the lines the ``changed`` marks cover (a coding at 1M characters drew ~25
        lines again, 4 ms, for the one or two it changed)."""
        if self.content is None:
            return
        self.stripes.relayout(list(self.index.by_id.values()))
        self._update_margins()
        viewport = self.viewport()
        if not changed:
            viewport.update()
            return
        # From the top of the first line to the bottom of the last, with the selected coding's
        # handles (which stand a pixel out of their lines) and the whole width.
        top = self.y_of(min(mark.start for mark in changed)) - _HANDLE
        bottom = self.y_bottom_of(max(mark.end for mark in changed)) + _HANDLE
        if bottom >= 0 and top <= viewport.height():
            viewport.update(QRect(0, int(top), viewport.width(), int(bottom - top) + 2))

    def format_labels_in_view(self) -> None:
        """Format the speaker labels of the blocks in view that have none yet (see
        :mod:`speaker_labels`): each block before it is laid out, so nothing is laid out twice;
        one that something else laid out already is laid out again."""
        labels = self._labels
        if labels is None:
            return
        bottom = self.viewport().height()
        offset = self.contentOffset()
        stale: list[QTextBlock] = []
        block = self.firstVisibleBlock()
        while block.isValid():
            if labels.format_block(block):
                stale.append(block)
            if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                break
            block = block.next()
        if stale:
            start = stale[0].position()
            self.document().markContentsDirty(start, stale[-1].position() + stale[-1].length() - start)

    def speaker_color(self, block: QTextBlock) -> QColor | None:
        """The colour of the speaker whose turn holds this block, for the line-number margin."""
        return None if self._labels is None else self._labels.color_of_block(block)

    # -- selection in code points ----------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.to_code_point(cursor.selectionStart())
        end = self.offsets.to_code_point(cursor.selectionEnd())
        if self.snap_to_words and self.content is not None:
            start, end = snap_to_words(self.content.text, start, end)
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def position_at(self, point: QPoint) -> int:
        """Code point under a viewport position."""
        return self.offsets.to_code_point(self.cursorForPosition(point).position())

    def highlight_at(self, position: int) -> str | None:
        """The fill colour drawn at a code point: the code's colour, or a mix where codes overlap."""
        if self.content is None:
            return None
        marks = self.index.marks_at(position)
        if not marks:
            return None
        colors = [self.content.codes[m.code_id].color for m in marks if m.code_id in self.content.codes]
        if len(set(colors)) == 1:
            return colors[0]
        return highlight_color(colors).name()

    def codings_at(self, position: int) -> list[Mark]:
        return sorted(self.index.marks_at(position), key=self._mark_order)

    def select_coding(self, coding_id: int, *, scroll: bool = True) -> None:
        mark = self.index.by_id.get(coding_id)
        if mark is None:
            return
        self.selected_coding_id = coding_id
        self.select_range(mark.start, mark.end)
        if scroll:
            self.centerCursor()
        self.viewport().update()
        self.stripes.update()

    def _mark_order(self, mark: Mark) -> tuple[int, int, int]:
        order = (
            self.content.codes[mark.code_id].order
            if self.content and mark.code_id in self.content.codes
            else 0
        )
        return (order, mark.coder_id, mark.start)

    def describe(self, mark: Mark) -> str:
        """Tooltip text of a coding: code, coder, memo."""
        assert self.content is not None
        code = self.content.codes.get(mark.code_id)
        coder = self.content.coders.get(mark.coder_id, "?")
        lines = [f"<b>{code.name if code else '?'}</b> — {coder}"]
        memo = self.content.memos.get(mark.coding_id)
        if memo:
            lines.append(f"<i>{_escape(memo)}</i>")
        return "<br>".join(lines)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.format_labels_in_view()
        if self.content is not None and self.index.by_id:
            painter = QPainter(self.viewport())
            self._paint_highlights(painter, event.rect().top(), event.rect().bottom())
            painter.end()
        super().paintEvent(event)
        if self.content is not None and (self.selected_coding_id is not None or self._drag_preview):
            painter = QPainter(self.viewport())
            self._paint_selected_coding(painter)
            painter.end()

    def visible_blocks(self, top: float = 0, bottom: float | None = None):  # type: ignore[no-untyped-def]
        """(block, its top-left in viewport coordinates) for each block in view."""
        bottom = self.viewport().height() if bottom is None else bottom
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            if block.isVisible() and geometry.bottom() >= top:
                yield block, geometry
            block = block.next()

    def _paint_highlights(self, painter: QPainter, top: float, bottom: float) -> None:
        """Fill the coded stretches of the lines between ``top`` and ``bottom`` (viewport y):
        of a long paragraph only the lines in that band, each stretch only on its own lines (a
        paragraph of a dense transcript holds hundreds of stretches over dozens of lines)."""
        assert self.content is not None
        codes = self.content.codes
        for block, geometry in self.visible_blocks(top, bottom):
            lines = LinesInBand(block, geometry.topLeft(), top, bottom)
            if not lines.starts:
                continue
            block_start16 = block.position()
            start = self.offsets.to_code_point(block_start16 + lines.starts[0])
            end = self.offsets.to_code_point(block_start16 + lines.ends[-1])
            for segment in self.index.segments_between(start, end):
                colors = [codes[m.code_id].color for m in segment.marks if m.code_id in codes]
                fill = highlight_color(colors)
                a16 = self.offsets.to_utf16(max(segment.start, start)) - block_start16
                b16 = self.offsets.to_utf16(min(segment.end, end)) - block_start16
                for rect in lines.rects(a16, b16):
                    painter.fillRect(rect, fill)
                    if len(colors) > 1:  # overlaps: a thin band per code under the line
                        band = 2.0
                        for i, color in enumerate(sorted(set(colors))):
                            y = rect.bottom() - band * (i + 1)
                            painter.fillRect(QRectF(rect.left(), y, rect.width(), band), QColor(color))

    def _paint_selected_coding(self, painter: QPainter) -> None:
        span = self._drag_preview or self._selected_span()
        if span is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(SELECTION_OUTLINE, 1.2))
        for handle in self._handle_rects(span).values():
            painter.setBrush(SELECTION_OUTLINE)
            painter.drawRoundedRect(handle, 1.5, 1.5)

    def _selected_span(self) -> tuple[int, int] | None:
        mark = self.index.by_id.get(self.selected_coding_id) if self.selected_coding_id is not None else None
        return (mark.start, mark.end) if mark else None

    def _handle_rects(self, span: tuple[int, int]) -> dict[str, QRectF]:
        rects: dict[str, QRectF] = {}
        for name, position in (("start", span[0]), ("end", span[1])):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.offsets.to_utf16(position))
            caret = self.cursorRect(cursor)
            rects[name] = QRectF(
                caret.center().x() - _HANDLE / 2, caret.top() - 1, _HANDLE, caret.height() + 2
            )
        return rects

    # -- margins ------------------------------------------------------------------------------
    def _update_margins(self) -> None:
        self.setViewportMargins(self.line_numbers.preferred_width(), 0, self.stripes.preferred_width(), 0)
        self._place_margins()

    def _place_margins(self) -> None:
        rect = self.contentsRect()
        left = self.line_numbers.preferred_width()
        right = self.stripes.preferred_width()
        self.line_numbers.setGeometry(rect.left(), rect.top(), left, rect.height())
        vertical = self.verticalScrollBar()
        scroll_width = vertical.width() if vertical.isVisible() else 0
        self.stripes.setGeometry(rect.right() - right - scroll_width + 1, rect.top(), right, rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margins()

    def _scroll_margins(self, rect: object, dy: int) -> None:
        self.line_numbers.update()
        self.stripes.update()

    def y_of(self, position: int) -> float:
        """Viewport y of the top of the line holding a code point (may lie outside the view)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(
            self.offsets.to_utf16(min(position, len(self.content.text) if self.content else 0))
        )
        return float(self.cursorRect(cursor).top())

    def y_bottom_of(self, position: int) -> float:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(position))
        return float(self.cursorRect(cursor).bottom())

    # -- interaction -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            text in "123456789"
            and text
            and event.modifiers()
            in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
        ):
            self.digit_pressed.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = event.pos()
        self.context_menu_requested.emit(event.globalPos(), self.position_at(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        span = self._selected_span()
        if span is not None and event.button() == Qt.MouseButton.LeftButton:
            for name, rect in self._handle_rects(span).items():
                if rect.adjusted(-3, -2, 3, 2).contains(QPointF(event.position())):
                    assert self.selected_coding_id is not None
                    self._handle_drag = (self.selected_coding_id, name)
                    self._drag_preview = span
                    event.accept()
                    return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._handle_drag is not None and self._drag_preview is not None:
            position = self.position_at(event.position().toPoint())
            start, end = self._drag_preview
            if self._handle_drag[1] == "start":
                start = min(position, end - 1)
            else:
                end = max(position, start + 1)
            self._drag_preview = (start, end)
            self.viewport().update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._handle_drag is not None and self._drag_preview is not None:
            coding_id = self._handle_drag[0]
            start, end = self._drag_preview
            self._handle_drag = None
            self._drag_preview = None
            if self.snap_to_words and self.content is not None:
                start, end = snap_to_words(self.content.text, start, end)
            self.resize_requested.emit(coding_id, start, end)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection() and event.button() == Qt.MouseButton.LeftButton:
            marks = self.codings_at(self.position_at(event.position().toPoint()))
            if marks:
                self.coding_activated.emit(marks[-1].coding_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.content is not None:
            point = event.pos()  # type: ignore[attr-defined]
            marks = self.codings_at(self.position_at(point))
            if marks:
                QToolTip.showText(event.globalPos(), "<br>".join(self.describe(m) for m in marks), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Qt's own mime data lists a fixed set of formats, so ours goes into a plain copy.
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        span = self.selected_range()
        if span is not None and self.document_id is not None:
            payload = {"document_id": self.document_id, "start": span[0], "end": span[1]}
            data.setData(RANGE_MIME, json.dumps(payload).encode())
        return data

    # -- remembering where the reader was -----------------------------------------------------------
    def scroll_state(self) -> int:
        """The line (block) at the top of the view: unlike the scroll bar's value it does not
        depend on the window's width."""
        return self.firstVisibleBlock().blockNumber()

    def restore_scroll(self, line: int) -> None:
        """Bring ``line`` to the top of the view (moves the text cursor there)."""
        block = self.document().findBlockByNumber(line)
        if not block.isValid():
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(block.position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


class LinesInBand:
    """The wrapped lines of a block that lie (even in part) between two viewport heights, with
    where each starts and ends in the block (UTF-16 positions), in order."""

    def __init__(self, block: QTextBlock, top_left: QPointF, top: float, bottom: float) -> None:
        layout = block.layout()
        self.left, self.top = top_left.x(), top_left.y()
        self.lines: list[QTextLine] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            y = self.top + line.y()
            if y > bottom:
                break
            if y + line.height() < top:
                continue
            self.lines.append(line)
            self.starts.append(line.textStart())
            self.ends.append(line.textStart() + line.textLength())

    def rects(self, start: int, end: int) -> list[QRectF]:
        """Rectangles covering UTF-16 positions ``[start, end)`` of the block on these lines."""
        rects = []
        for index in range(max(0, bisect_right(self.starts, start) - 1), len(self.lines)):
            line_start = self.starts[index]
            if line_start >= end:
                break
            a, b = max(start, line_start), min(end, self.ends[index])
            if a >= b:
                continue
            line = self.lines[index]
            x1 = _x(line.cursorToX(a))
            x2 = _x(line.cursorToX(b))
            rects.append(QRectF(self.left + x1, self.top + line.y(), x2 - x1, line.height()))
        return rects


def _x(value: object) -> float:
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[index,arg-type]


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a selection to whole words and drop surrounding blanks, as coders expect."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start > 0 and _WORD.match(text[start - 1]) and start < len(text) and _WORD.match(text[start]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]) and end > 0 and _WORD.match(text[end - 1]):
        end += 1
    return start, end


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
