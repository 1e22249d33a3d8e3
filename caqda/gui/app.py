"""Start the desktop application (or render it to a PNG for docs and checks)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run(
    path: Path | None = None,
    *,
    screenshot: Path | None = None,
    document: str | None = None,
    coder: str | None = None,
    code: str | None = None,
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem()
    if problem:
        print(f"caqda: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from caqda.core.errors import CaqdaError
    from caqda.gui.main_window import MainWindow
    from caqda.gui.translations import install_translations, requested_locale

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("caqda")
    app.setOrganizationName("caqda")
    locale = requested_locale()
    QLocale.setDefault(locale)  # numbers in spin boxes follow CAQDA_LANG too
    install_translations(app, locale)  # before any window: texts are translated when created
    # A screenshot must not depend on (or change) the user's saved window layout.
    scratch = tempfile.TemporaryDirectory() if screenshot else None
    settings = (
        QSettings(str(Path(scratch.name) / "caqda.ini"), QSettings.Format.IniFormat) if scratch else None
    )
    window = MainWindow(settings)
    if screenshot is not None:
        window.resize(1440, 900)  # an image for documents, not bound to this machine's screen
    if path is not None:
        try:
            if screenshot is not None and coder is None:
                from caqda.core import coders
                from caqda.core.project import Project

                with Project.open(path) as project:
                    names = [c.name for c in coders.list_coders(project)]
                coder = names[0] if names else "Screenshot"
            window.open_project(path, coder=coder)
            if document and window.session is not None:
                from caqda.core import documents

                window.show_document(documents.find_document(window.session.project, document).id)
            if code and window.session is not None:
                from caqda.core import codebook

                window.codebook_panel.select_code(codebook.find_code(window.session.project, code).id)
        except CaqdaError as error:
            if screenshot is not None:
                print(f"caqda: {error}", file=sys.stderr)
                return 1
            window.show_error(error)
    if screenshot is not None:
        result = _screenshot(app, window, screenshot)
        del settings
        if scratch is not None:
            scratch.cleanup()
        return result
    window.show()
    return app.exec()


def _screenshot(app, window, out: Path) -> int:  # type: ignore[no-untyped-def]
    window.show()
    if window.session is not None:
        window.session.set_visible_coders(None)
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(str(out))
    window.close()
    return 0 if ok else 1


def display_problem(environment: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why a window cannot open here, in words, or None. Checked before Qt starts, because Qt
    aborts without a display with a message about plugins that misleads a researcher."""
    environment = dict(os.environ) if environment is None else environment
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environment.get("QT_QPA_PLATFORM"):
        return None
    if environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Run caqda "
        "from a desktop session; over SSH use `ssh -X`; or use the command line (caqda --help), "
        "or render the window to an image with caqda gui PROJECT --screenshot OUT.png."
    )
