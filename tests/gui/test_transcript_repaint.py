"""A coding changed draws again only the lines it covers (``TranscriptView.update_marks``), and
what it leaves undrawn is what did not change: after random codings, resizes, recodes, removals,
memo changes, undos and redos in the part of a transcript on screen, every pixel of the view that differs
from before lies in a region that was painted again. Before and after are whole fresh
renderings (``grab``), independent of what was repainted; the painted regions are recorded from
the viewport's paint events."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage, QRegion

from caqda.core import codebook, documents
from caqda.gui.main_window import MainWindow
from tests.gui.test_incremental_refresh import random_step, settle


class _PaintedRegion(QObject):
    """The union of the regions the viewport painted while recording."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()
        self.recording = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.recording and event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())  # type: ignore[attr-defined]
        return False


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].copy()


def test_what_a_coding_change_leaves_undrawn_did_not_change(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(demo_path)
    session = window.session
    assert session is not None
    session.set_visible_coders(None)
    busiest = max(
        documents.list_documents(session.project),
        key=lambda d: session.project.scalar("SELECT COUNT(*) FROM codings WHERE document_id = ?", (d.id,)),
    )
    window.show_document(busiest.id)
    settle(window)
    view = window.transcript
    viewport = view.viewport()
    painted = _PaintedRegion()
    viewport.installEventFilter(painted)
    code_ids = [code.id for code in codebook.list_codes(session.project)][:8]
    generator = random.Random(7)
    compared = partial = 0
    for _ in range(80):
        viewport.grab()  # a rendering formats the speaker labels it shows: once, before comparing
        settle(window)
        scroll = view.verticalScrollBar().value()
        before = _pixels(viewport.grab().toImage())
        painted.region = QRegion()
        painted.recording = True
        first = view.offsets.to_code_point(view.firstVisibleBlock().position())
        bottom_right = viewport.rect().bottomRight()
        last = view.offsets.to_code_point(view.cursorForPosition(bottom_right).position())
        random_step(window, generator, code_ids, within=(first, last))
        settle(window)
        painted.recording = False
        after = _pixels(viewport.grab().toImage())
        if view.verticalScrollBar().value() != scroll or after.shape != before.shape:
            continue  # scrolled, or the margin grew a lane: Qt draws the whole view again
        changed = (before != after).reshape(after.shape[0], -1, 4).any(axis=2)
        drawn = np.zeros_like(changed)
        for rect in painted.region:
            drawn[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1] = True
        undrawn = np.argwhere(changed & ~drawn)
        assert not len(undrawn), f"{len(undrawn)} pixels changed but were not drawn, e.g. (y, x) {undrawn[0]}"
        if changed.any():
            compared += 1
            partial += painted.region.boundingRect().height() < viewport.height()
    assert compared >= 20, "too few steps changed what the transcript shows"
    assert partial >= compared // 2, "most steps drew the whole transcript again"


def _every_line_rects(block, left: float, top: float, start: int, end: int) -> list[tuple[float, ...]]:  # type: ignore[no-untyped-def]
    """The stretch's rectangles found the plain way: every line of the block looked at."""
    layout = block.layout()
    found = []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        a, b = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if a < b:
            x1, x2 = line.cursorToX(a), line.cursorToX(b)
            x1, x2 = (x1[0] if isinstance(x1, tuple) else x1), (x2[0] if isinstance(x2, tuple) else x2)
            found.append((left + x1, top + line.y(), x2 - x1, line.height()))
    return found


def test_the_lines_in_a_band_give_the_rectangles_of_every_line_in_it(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.gui.views.transcript_view import LinesInBand

    window: MainWindow = make_window(demo_path)
    settle(window)
    view = window.transcript
    generator = random.Random(3)
    checked = 0
    for block, geometry in view.visible_blocks():
        length = block.length() - 1
        if length < 2:
            continue
        left, top = geometry.left(), geometry.top()
        for _ in range(20):
            start = generator.randrange(0, length)
            end = generator.randrange(start + 1, length + 1)
            band_top = generator.uniform(top - 20, geometry.bottom())
            band_bottom = generator.uniform(band_top, geometry.bottom() + 20)
            every = _every_line_rects(block, left, top, start, end)
            whole = LinesInBand(block, geometry.topLeft(), -1e9, 1e9).rects(start, end)
            assert [(r.x(), r.y(), r.width(), r.height()) for r in whole] == every
            band = LinesInBand(block, geometry.topLeft(), band_top, band_bottom).rects(start, end)
            in_band = [r for r in every if r[1] <= band_bottom and r[1] + r[3] >= band_top]
            assert [(r.x(), r.y(), r.width(), r.height()) for r in band] == in_band
            checked += 1
    assert checked >= 40
