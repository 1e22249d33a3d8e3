"""The transcript's margins: line numbers with speaker bars on the left, coding stripes on the
right (one labelled stripe per code, and per coder when several coders are shown)."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from caqda.core.highlights import Mark
from caqda.gui.views.palette import MUTED, SELECTION_OUTLINE, readable_text_on

if TYPE_CHECKING:
    from caqda.gui.views.transcript_view import TranscriptView

LANE_WIDTH = 15
_CODER = attrgetter("coder_id")
VERDICT_SIGNS = {
    "approved": ("✓", QColor("#2e7d32")),
    "rejected": ("✗", QColor("#c62828")),
    "discuss": ("?", QColor("#ef6c00")),
}
BAR_WIDTH = 12
MIN_LABEL_HEIGHT = 14  # a bar shorter than this carries no label (hover still names it)
SMALL_WORDS = {
    "and",
    "or",
    "of",
    "the",
    "to",
    "for",
    "with",
    "in",
    "on",
    "a",
    "an",
    "e",
    "de",
    "da",
    "do",
    "com",
}


def label_candidates(name: str, coder: str | None = None) -> list[str]:
    """A stripe's possible labels, longest first: the full name, its first word ("Complaint…"), the initials
    of its words ("Complaint handling and service recovery" → "CHSR"), its first three letters
    ("Com."); with several coders each is followed by the coder ("· Ana", then "· A"). The
    margin draws the first that fits the bar, so a short bar reads "CHSR · A", never "Co…";
    hovering shows the full name."""
    words = name.split()
    significant = [w for w in words if w.lower() not in SMALL_WORDS] or words
    names = [name]
    if len(words) > 1:
        names.append(significant[0] + "…")  # "Complaint…", not to be read as the code "Complaint"
        if len(significant) > 1:
            names.append("".join(w[0].upper() for w in significant if w[:1].isalnum()))
    if len(significant[0]) > 4:
        names.append(significant[0][:3].rstrip("-") + ".")
    names.append(name[:1])
    unique = list(dict.fromkeys(n for n in names if n))
    if not coder:
        return unique
    return [f"{n} · {who}" for n in unique for who in dict.fromkeys((coder, coder[:1]))] + unique[-1:]


def fitted_label(name: str, coder: str | None, fits: Callable[[str], bool]) -> str | None:
    """The longest of :func:`label_candidates` that ``fits`` (None when none does)."""
    return next((label for label in label_candidates(name, coder) if fits(label)), None)


class LineNumberArea(QWidget):
    """Line numbers (one per paragraph line, as exports cite them) and a bar in each speaker's
    colour beside their turn, so turns read apart at a glance."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        font = QFont(view.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 2))
        self.setFont(font)

    def preferred_width(self) -> int:
        digits = len(str(max(1, self.view.blockCount())))
        return 14 + QFontMetrics(self.font()).horizontalAdvance("9") * max(3, digits)

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f4f5f7"))
        painter.setPen(MUTED)
        width = self.width()
        metrics = QFontMetrics(self.font())
        self.view.format_labels_in_view()  # before the blocks are laid out for their numbers
        for block, geometry in self.view.visible_blocks(event.rect().top(), event.rect().bottom()):
            number = block.blockNumber()
            first_line = block.layout().lineAt(0) if block.layout().lineCount() else None
            line_height = first_line.height() if first_line is not None else geometry.height()
            baseline = geometry.top() + (line_height + metrics.ascent() - metrics.descent()) / 2
            painter.drawText(
                QPointF(width - 8 - metrics.horizontalAdvance(str(number + 1)), baseline), str(number + 1)
            )
            color = self.view.speaker_color(block)
            if color is not None:
                painter.fillRect(QRectF(width - 4, geometry.top(), 3, geometry.height()), color)
        painter.end()


class StripeArea(QWidget):
    """Coding stripes: each visible coding is a bar beside the lines it covers, labelled with its
    code. Bars are packed into the fewest lanes that keep overlapping ones apart (as MAXQDA
    draws them), so the margin stays narrow with 28 codes and two coders. Hover shows code,
    coder and memo; a click selects the coding in the text."""

    MAX_LANES = 12

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        self.lane_count = 0
        self._hits: list[tuple[QRectF, Mark]] = []
        self.drawn_labels: dict[int, str] = {}  # coding id -> the label its bar shows (for tests)
        self.hidden = 0
        self._several_coders = False
        # coding id -> review mark ("approved", "rejected", "discuss"), drawn as a sign on the bar
        self.verdicts: Callable[[], dict[int, str]] | None = None
        self._verdicts: dict[int, str] = {}
        self.setMouseTracking(True)
        font = QFont(view.font())
        font.setPointSizeF(7.5)
        self.setFont(font)

    def relayout(self, marks: list[Mark]) -> None:
        """Size the margin for the deepest overlap in the document (plus room for bars that
        share lines without sharing characters), up to :attr:`MAX_LANES`."""
        depth = self.view.index.depth(enough=self.MAX_LANES - 2)  # deeper adds no lane
        self._several_coders = len(set(map(_CODER, marks))) > 1
        self.lane_count = 0 if not marks else min(self.MAX_LANES, depth + 2)
        self.update()

    def preferred_width(self) -> int:
        return 6 + LANE_WIDTH * self.lane_count if self.lane_count else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#fafbfc"))
        self._hits = []
        self.drawn_labels = {}
        self.hidden = 0
        content = self.view.content
        self.view.format_labels_in_view()  # before its blocks are laid out to place the bars
        span = self._visible_span() if content is not None and self.lane_count else None
        if content is None or span is None:
            painter.end()
            return
        height = self.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lane_bottoms: list[float] = []
        self._verdicts = self.verdicts() if self.verdicts is not None else {}
        marks = sorted(self.view.index.marks_between(*span), key=lambda m: (m.start, -m.end, m.coding_id))
        for mark in marks:
            code = content.codes.get(mark.code_id)
            if code is None:
                continue
            top = -2.0 if mark.start < span[0] else self.view.y_of(mark.start)
            bottom = (
                height + 2.0 if mark.end > span[1] else self.view.y_bottom_of(max(mark.start, mark.end - 1))
            )
            lane = next(
                (i for i, lane_bottom in enumerate(lane_bottoms) if lane_bottom <= top), len(lane_bottoms)
            )
            if lane >= self.lane_count:
                self.hidden += 1
                continue
            if lane == len(lane_bottoms):
                lane_bottoms.append(bottom)
            else:
                lane_bottoms[lane] = bottom
            rect = QRectF(4 + lane * LANE_WIDTH, top + 1, BAR_WIDTH, max(6.0, bottom - top - 2))
            self._paint_bar(painter, rect, mark, code.name, QColor(code.color))
            self._hits.append((rect, mark))
        painter.end()

    def _paint_bar(self, painter: QPainter, rect: QRectF, mark: Mark, name: str, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 3, 3)
        if mark.coding_id == self.view.selected_coding_id:
            painter.setPen(QPen(SELECTION_OUTLINE, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        content = self.view.content
        coder = content.coders.get(mark.coder_id) if self._several_coders and content is not None else None
        verdict = self._verdicts.get(mark.coding_id)
        label_rect = rect if verdict is None else rect.adjusted(0, 14, 0, 0)  # the sign on top
        label = self._paint_label(painter, label_rect, name, coder, color)
        if label:
            self.drawn_labels[mark.coding_id] = label
        if verdict is not None:
            self._paint_verdict(painter, rect, verdict)

    def _paint_verdict(self, painter: QPainter, rect: QRectF, verdict: str) -> None:
        """A review mark as a sign in a white disc at the bar's top: ✓, ✗ or ?."""
        sign, color = VERDICT_SIGNS.get(verdict, ("", MUTED))
        disc = QRectF(rect.center().x() - 6.5, rect.top() + 0.5, 13, 13)
        painter.save()
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(disc)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, sign)
        painter.restore()

    def _paint_label(
        self, painter: QPainter, rect: QRectF, name: str, coder: str | None, color: QColor
    ) -> str | None:
        """Write the longest label that fits along the bar (see :func:`label_candidates`)."""
        if rect.height() < MIN_LABEL_HEIGHT:
            return None
        metrics = QFontMetrics(self.font())
        room = rect.height() - 6
        label = fitted_label(name, coder, lambda text: metrics.horizontalAdvance(text) <= room)
        if label is None:
            return None
        painter.save()
        painter.setPen(readable_text_on(color))
        painter.translate(
            rect.left() + (rect.width() - metrics.ascent() + metrics.descent()) / 2, rect.top() + 3
        )
        painter.rotate(90)
        painter.drawText(QPointF(0, -metrics.descent()), label)
        painter.restore()
        return label

    def _visible_span(self) -> tuple[int, int] | None:
        blocks = list(self.view.visible_blocks())
        if not blocks:
            return None
        first, last = blocks[0][0], blocks[-1][0]
        offsets = self.view.offsets
        return offsets.to_code_point(first.position()), offsets.to_code_point(last.position() + last.length())

    def _describe(self, mark: Mark) -> str:
        """The view's tooltip for a coding, with its review mark when it has one."""
        text = self.view.describe(mark)
        verdict = self._verdicts.get(mark.coding_id)
        labels = {
            "approved": self.tr("✓ approved"),
            "rejected": self.tr("✗ rejected"),
            "discuss": self.tr("? to discuss"),
        }
        if verdict in labels:
            text += "<br>" + self.tr("Review: {mark}").format(mark=labels[verdict])
        return text

    def drawn_verdicts(self) -> dict[int, str]:
        """The review marks drawn in the last paint, by coding id (what the reader sees)."""
        return {
            mark.coding_id: self._verdicts[mark.coding_id]
            for _, mark in self._hits
            if mark.coding_id in self._verdicts
        }

    def mark_at(self, point: QPointF) -> Mark | None:
        for rect, mark in reversed(self._hits):
            if rect.adjusted(-1, 0, 1, 0).contains(point):
                return mark
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = QHelpEvent(event.type(), event.pos(), event.globalPos())  # type: ignore[attr-defined]
            mark = self.mark_at(QPointF(help_event.pos()))
            if mark is not None:
                QToolTip.showText(help_event.globalPos(), self._describe(mark), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None:
            self.view.select_coding(mark.coding_id, scroll=False)
            self.view.coding_activated.emit(mark.coding_id)
        event.accept()
