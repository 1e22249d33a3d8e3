"""The open project as the GUI sees it: who is coding, whose codings are shown, the undo stack.

Widgets never talk to the database; they call core functions through undo commands and
refresh when this object tells them something changed (the Anki pattern: one change signal,
views re-read what they show).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from caqda.core import codebook, coders
from caqda.core.models import Code, Coder
from caqda.core.project import Change, Project

SHORTCUT_KEYS = tuple(str(digit) for digit in range(1, 10))


class ProjectSession(QObject):
    """Emits ``changed`` with the committed :class:`Change` list after every change."""

    changed = Signal(list)
    coder_changed = Signal()
    visibility_changed = Signal()

    def __init__(self, project: Project, coder: Coder) -> None:
        super().__init__()
        self.project = project
        self.coder = coder
        project.acting_coder = coder
        self.undo_stack = QUndoStack(self)
        self.visible_coder_ids: set[int] | None = {coder.id}  # None: every coder
        self.blind = False
        project.add_listener(self._on_project_change)

    def close(self) -> None:
        self.project.remove_listener(self._on_project_change)
        self.undo_stack.clear()
        self.project.close()

    def _on_project_change(self, changes: list[Change]) -> None:
        self.changed.emit(changes)

    # -- who codes, whose codings are visible -------------------------------------------------
    def set_coder(self, name: str) -> None:
        self.coder = coders.ensure_coder(self.project, name)
        self.project.acting_coder = self.coder
        if self.visible_coder_ids is not None and not self.blind:
            self.visible_coder_ids.add(self.coder.id)
        elif self.blind:
            self.visible_coder_ids = {self.coder.id}
        self.coder_changed.emit()
        self.visibility_changed.emit()

    def set_visible_coders(self, coder_ids: set[int] | None) -> None:
        """Show these coders' codings (None: all). Ignored while blind mode is on."""
        if not self.blind:
            self.visible_coder_ids = None if coder_ids is None else set(coder_ids)
            self.visibility_changed.emit()

    def set_blind(self, blind: bool) -> None:
        """Blind coding: only the current coder's codings are shown, until switched off."""
        self.blind = blind
        self.visible_coder_ids = {self.coder.id} if blind else self.visible_coder_ids
        self.visibility_changed.emit()

    def is_visible(self, coder_id: int) -> bool:
        if self.blind:
            return coder_id == self.coder.id
        return self.visible_coder_ids is None or coder_id in self.visible_coder_ids

    # -- code shortcuts ----------------------------------------------------------------------
    def shortcuts(self) -> dict[str, int]:
        """Digit -> code id. By default the first nine codes without subcodes, in tree order.

        Category headers (codes marked not codable) never get a key.
        """
        every_code = codebook.list_codes(self.project)
        codes = [code for code in every_code if code.codable]
        by_uuid = {code.uuid: code.id for code in codes}
        stored = self.project.get_json_setting("shortcuts")
        if stored:
            return {
                str(key): by_uuid[value]
                for key, value in stored.items()
                if isinstance(value, str) and value in by_uuid
            }
        parents = {code.parent_id for code in every_code}
        leaves = [code for code in codes if code.id not in parents]
        return dict(zip(SHORTCUT_KEYS, (code.id for code in leaves), strict=False))

    def assign_shortcut(self, key: str, code: Code | None) -> None:
        codes = {code.id: code.uuid for code in codebook.list_codes(self.project)}
        mapping = {k: codes[v] for k, v in self.shortcuts().items() if v in codes and k != key}
        if code is not None:
            mapping = {k: v for k, v in mapping.items() if v != code.uuid}
            mapping[key] = code.uuid
        self.project.set_setting("shortcuts", json.dumps(mapping))
        self.changed.emit([Change("assign shortcut", "settings", None)])

    # -- what the user last looked at (per coder, stored in the project) -----------------------
    def view_state(self) -> dict[str, object]:
        return _valid_view_state(self.project.get_json_setting(f"view:{self.coder.uuid}") or {})

    def save_view_state(self, state: dict[str, object]) -> None:
        """Written with the next change or when the project closes, not by a commit of its own
        at every switch of document (``Project.defer_setting``)."""
        self.project.defer_setting(f"view:{self.coder.uuid}", json.dumps(state))


def _valid_view_state(state: dict[str, object]) -> dict[str, object]:
    """Only the entries of a stored view state that have the shape caqda writes."""
    valid: dict[str, object] = {}
    visible = state.get("visible")
    if visible is None and "visible" in state:
        valid["visible"] = None
    elif isinstance(visible, list) and all(isinstance(item, int) for item in visible):
        valid["visible"] = visible
    if isinstance(state.get("blind"), bool):
        valid["blind"] = state["blind"]
    if isinstance(state.get("document"), int):
        valid["document"] = state["document"]
    scroll = state.get("scroll")
    if isinstance(scroll, dict) and all(isinstance(value, int) for value in scroll.values()):
        valid["scroll"] = scroll
    return valid
