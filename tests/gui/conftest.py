"""A main window on a copy of the demo project, as coder Ana, with settings in a temp file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from caqda.gui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "caqda.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(path: Path | None = None, coder: str = "Ana") -> MainWindow:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        if path is not None:
            assert window.open_project(path, coder=coder)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, demo_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(demo_path)
