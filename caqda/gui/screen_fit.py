"""Windows open at a comfortable size, but never larger than the screen they open on: on a
1366×768 laptop every control must stay reachable."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.94  # leave room for the window frame and the desktop's panels


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or to the available screen if that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SCREEN_SHARE))
        height = min(height, int(available.height() * SCREEN_SHARE))
    widget.resize(width, height)
