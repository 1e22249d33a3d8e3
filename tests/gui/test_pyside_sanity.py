"""Guards against a broken Qt binding: PySide6 6.12.0 decrements None's reference count on
every void call, and Python 3.11 aborts once it reaches zero (the transcript paints thousands
of such calls a second)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_calls_keep_none_alive() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.save()
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 5, f"PySide6 lost {before - after} references to None in 400 calls"
