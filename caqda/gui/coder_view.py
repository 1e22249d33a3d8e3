"""Whose codings the window shows and who is coding: the Coders menu (only mine, all, each
coder, switch coder), blind coding, and the status bar's "Coding as … · showing …"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from caqda.core import coders
from caqda.gui.session import ProjectSession


class CoderView(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        session: Callable[[], ProjectSession | None],
        label: QLabel,
        settings: QSettings,
        ask_coder: Callable[[list[str], str | None], str | None],
        before_switch: Callable[[], None],
        set_title: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.session, self.label, self.settings = session, label, settings
        self.ask_coder, self.before_switch, self.set_title = ask_coder, before_switch, set_title
        self.menu: QMenu | None = None  # the View › Coders menu, set when the menus are built

    def refresh(self) -> None:
        """The menu and the status bar as the session now is."""
        self.rebuild_menu()
        self.show_coder()

    def rebuild_menu(self) -> None:
        menu, session = self.menu, self.session()
        if menu is None:
            return
        menu.clear()
        if session is None:
            return
        only_mine = menu.addAction(self.tr("Only my codings"))
        only_mine.triggered.connect(lambda: session.set_visible_coders({session.coder.id}))
        everyone = menu.addAction(self.tr("All coders"))
        everyone.triggered.connect(lambda: session.set_visible_coders(None))
        menu.addSeparator()
        for coder in coders.list_coders(session.project):
            action = menu.addAction(coder.name)
            action.setCheckable(True)
            action.setChecked(session.is_visible(coder.id))
            action.setEnabled(not session.blind)
            action.toggled.connect(lambda checked, c=coder.id: self._toggle_coder(c, checked))
        menu.addSeparator()
        switch = menu.addAction(self.tr("Switch coder…"))
        switch.triggered.connect(self.switch_coder)

    def _toggle_coder(self, coder_id: int, visible: bool) -> None:
        session = self.session()
        if session is None:
            return
        current = session.visible_coder_ids
        if current is None:
            current = {c.id for c in coders.list_coders(session.project)}
        current = (current | {coder_id}) if visible else (current - {coder_id})
        session.set_visible_coders(current)

    def switch_coder(self) -> None:
        session = self.session()
        if session is None:
            return
        name = self.ask_coder([c.name for c in coders.list_coders(session.project)], session.coder.name)
        if name:
            self.before_switch()
            session.set_coder(name)
            self.settings.setValue(f"coder/{session.project.path.resolve()}", session.coder.name)
            self.set_title(f"{session.project.path.name} — {session.coder.name} — caqda")
            self.refresh()

    def set_blind(self, blind: bool) -> None:
        session = self.session()
        if session is not None:
            session.set_blind(blind)

    def show_coder(self) -> None:
        session = self.session()
        if session is None:
            self.label.clear()
            return
        if session.blind:
            shown = self.tr("blind: only your codings")
        elif session.visible_coder_ids is None:
            shown = self.tr("showing all coders")
        else:
            names = [c.name for c in coders.list_coders(session.project) if c.id in session.visible_coder_ids]
            shown = self.tr("showing {names}").format(names=", ".join(names) or self.tr("nobody"))
        self.label.setText(
            self.tr("Coding as {coder} · {shown}").format(coder=session.coder.name, shown=shown)
        )
