"""Ask where to write an analysis result (unless a path is given) and write it, reporting a
refusal in the window's message line instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QFileDialog, QWidget

from caqda.core.errors import CaqdaError

Written = TypeVar("Written")


def save_as(
    parent: QWidget,
    path: Path | None,
    *,
    title: str,
    suggested: Path,
    filters: str,
    write: Callable[[Path], Written],
    show: Callable[[str], None],
) -> Written | None:
    """``write(path)``'s result, or None when the user cancels or caqda refuses (``show`` says why)."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not name:
            return None
        path = Path(name)
    try:
        return write(path)
    except CaqdaError as error:
        show(str(error))
        return None
