"""Start the desktop application (or render it to a PNG for docs and checks)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run(path: Path | None = None, *, screenshot: Path | None = None, document: str | None = None) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMessageBox

    from caqda.core.errors import CaqdaError
    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("caqda")
    app.setOrganizationName("caqda")
    window = MainWindow()
    if path is not None:
        try:
            window.open_project(path)
            if document:
                window.show_document_named(document)
        except CaqdaError as error:
            if screenshot is not None:
                print(f"caqda: {error}", file=sys.stderr)
                return 1
            QMessageBox.warning(window, "caqda", str(error))
    if screenshot is not None:
        window.show()
        app.processEvents()
        ok = window.grab().save(str(screenshot))
        window.close()
        return 0 if ok else 1
    window.show()
    return app.exec()
