"""What a new user meets: a start page instead of an empty workbench, a window that fits a
1366×768 screen, and a plain message instead of a Qt abort when there is no display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from caqda.gui.app import display_problem


def test_no_project_shows_the_start_page_with_recent_projects(
    make_window, demo_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    monkeypatch.setattr(window, "ask_coder", lambda names, last: "Ana")
    assert window.central.currentWidget() is window.start_page
    assert window.docks["codebook"].isHidden()
    window.settings.setValue("recent", [str(demo_path), "/nowhere/gone.caqda"])
    window._update_enabled()
    items = [window.start_page.recent.item(row) for row in range(window.start_page.recent.count())]
    assert [item.toolTip() for item in items] == [str(demo_path), "/nowhere/gone.caqda"]
    assert "missing" in items[1].text()
    window.start_page.recent.itemActivated.emit(items[0])  # as a double-click or Enter does
    assert window.session is not None and window.session.project.path == demo_path
    assert window.central.currentWidget() is window.transcript
    assert not window.docks["codebook"].isHidden()
    window.close_project()
    assert window.central.currentWidget() is window.start_page


def test_open_the_demo_from_the_start_page_builds_it_once(make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(tmp_path / "data"))
    window = make_window()
    monkeypatch.setattr(window, "ask_coder", lambda names, last: "Ana")
    window.start_page.demo_requested.emit()
    assert window.session is not None
    assert window.session.project.path == tmp_path / "data" / "demo.caqda"
    assert window.session.project.scalar("SELECT COUNT(*) FROM documents") == 12


def test_main_window_fits_a_1366_by_768_screen(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    available = QApplication.primaryScreen().availableGeometry()
    assert (available.width(), available.height()) == (1366, 768)  # tests/conftest.py's screen
    for window in (make_window(), make_window(demo_path)):
        assert window.width() <= 1366 and window.height() <= 768
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, hint


def test_no_display_gets_a_plain_message() -> None:
    problem = display_problem({}, "linux")
    assert problem is not None and "no display" in problem and "--screenshot" in problem
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def test_gui_command_without_display_exits_with_the_message(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    environment = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "caqda", "gui"], capture_output=True, text=True, env=environment, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.startswith("caqda: there is no display")
