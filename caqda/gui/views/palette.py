"""Colours the views share: code colours as highlights, speakers, muted text."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

HIGHLIGHT_ALPHA = 120
SPEAKER_COLORS = ("#1f4e79", "#7a3e00", "#245c2e", "#6a1b9a", "#8b1a1a", "#00595e")
MUTED = QColor("#8a8f98")
SELECTION_OUTLINE = QColor("#202124")


def highlight_color(colors: list[str]) -> QColor:
    """One fill for a stretch of text coded with these colours: their average, translucent,
    so overlapping codings read as a mix and each single code as its own colour. Remembered
    per combination: a repaint after each coding asks for the same few mixes again."""
    return QColor(_mix(tuple(colors)))


@lru_cache(maxsize=4096)
def _mix(colors: tuple[str, ...]) -> QColor:
    if not colors:
        return QColor(0, 0, 0, 0)
    qcolors = [QColor(color) for color in colors]
    red = sum(c.red() for c in qcolors) // len(qcolors)
    green = sum(c.green() for c in qcolors) // len(qcolors)
    blue = sum(c.blue() for c in qcolors) // len(qcolors)
    return QColor(red, green, blue, HIGHLIGHT_ALPHA)


def readable_text_on(color: QColor) -> QColor:
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#111111") if luminance > 150 else QColor("#ffffff")
