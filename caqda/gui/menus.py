"""The main window's menus and their actions (names in ``window.action(name)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from caqda.gui.dialogs.code_history import show_code_history
from caqda.gui.session import SHORTCUT_KEYS

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow


class MainMenus(QObject):
    """Builds the main window's menu bar. A QObject (a child of the window) so that ``self.tr``
    translates under the "MainMenus" context, where ``pyside6-lupdate`` finds the texts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.build(window)

    def build(self, window: MainWindow) -> None:
        bar = window.menuBar()

        def make(name: str, text: str, slot, shortcut=None, *, checkable: bool = False) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            action.triggered.connect(slot)
            window.addAction(action)
            return window.add_action(name, action)

        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            make("new", self.tr("&New project…"), window.new_project, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(
            make("open", self.tr("&Open project…"), window.files.ask_open, QKeySequence.StandardKey.Open)
        )
        window.files.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        window.files.rebuild_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(
            make("import", self.tr("&Import documents…"), lambda: window.import_documents(), "Ctrl+Shift+I")
        )
        corpus = window.corpus_actions
        file_menu.addAction(
            make("documents_window", self.tr("&Documents and sets…"), corpus.open_documents, "Ctrl+Shift+D")
        )
        file_menu.addAction(
            make("attributes_window", self.tr("Document &attributes…"), corpus.open_attributes)
        )
        file_menu.addAction(make("pseudonymise", self.tr("&Pseudonymise…"), corpus.open_pseudonymise))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for kind, label in (
            ("segments", self.tr("Coded &segments (Word)…")),
            ("codebook", self.tr("&Codebook (Word)…")),
            ("agreement", self.tr("&Agreement report (Word)…")),
            ("transcript", self.tr("Commented &transcript (Word)…")),
            ("findings", self.tr("&Findings report (Word)…")),
            ("segments_table", self.tr("Segments &table (Excel, CSV)…")),
            ("matrix", self.tr("Code × document &matrix (Excel, CSV)…")),
            ("qdpx", self.tr("&REFI-QDA project (.qdpx)…")),
            ("qdc", self.tr("Code&book for other tools (.qdc, .csv, .xlsx)…")),
            ("sqlite", self.tr("Analysis &database (SQLite)…")),
        ):
            export_menu.addAction(make(f"export_{kind}", label, lambda _=False, k=kind: window.export(k)))
        file_menu.addAction(
            make("import_qdpx", self.tr("Open a REFI-QDA project (.&qdpx)…"), window.files.import_qdpx)
        )
        file_menu.addAction(make("copy_for", self.tr("Prepare a coder's &copy…"), window.team.prepare_copy))
        file_menu.addAction(make("merge", self.tr("&Merge a coder's copy…"), lambda: window.merge_copy()))
        file_menu.addSeparator()
        backups = window.backups
        file_menu.addAction(make("back_up", self.tr("Bac&k up now"), lambda: backups.back_up("manual")))
        file_menu.addAction(
            make("restore_backup", self.tr("Restore from &backup…"), lambda: backups.restore_from_backup())
        )
        file_menu.addSeparator()
        file_menu.addAction(
            make("close", self.tr("&Close project"), window.close_project, QKeySequence.StandardKey.Close)
        )
        file_menu.addAction(make("quit", self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))

        coding = window.coding
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(make("undo", self.tr("&Undo"), _undo(window), QKeySequence.StandardKey.Undo))
        redo = make("redo", self.tr("&Redo"), _redo(window), QKeySequence.StandardKey.Redo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(make("code_with", self.tr("Code selection &with…"), coding.pick_and_code, "Ctrl+K"))
        edit.addAction(make("in_vivo", self.tr("&In-vivo code"), coding.code_in_vivo, "Ctrl+I"))
        edit.addAction(
            make(
                "code_turn", self.tr("Code whole speaker &turn…"), lambda: coding.code_unit("turn"), "Ctrl+T"
            )
        )
        edit.addAction(
            make(
                "code_paragraph",
                self.tr("Code whole &paragraph…"),
                lambda: coding.code_unit("paragraph"),
                "Ctrl+Shift+P",
            )
        )
        edit.addSeparator()
        edit.addAction(make("recode", self.tr("&Change code of coding…"), coding.recode, "Ctrl+Shift+K"))
        edit.addAction(make("resize_coding", self.tr("Re&size coding…"), coding.resize_with_dialog, "Ctrl+R"))
        edit.addAction(
            make(
                "apply_range",
                self.tr("Give coding the &selected range"),
                coding.apply_selection_as_range,
                "Ctrl+Shift+R",
            )
        )
        edit.addAction(make("coding_memo", self.tr("Coding &memo…"), lambda: coding.edit_memo(), "Ctrl+M"))
        edit.addAction(
            make(
                "remove_coding",
                self.tr("&Remove coding"),
                lambda: coding.remove_coding(),
                QKeySequence.StandardKey.Delete,
            )
        )

        actions = window.codebook_actions
        book = bar.addMenu(self.tr("&Codebook"))
        book.addAction(make("new_code", self.tr("&New code…"), lambda: actions.new_code(False)))
        book.addAction(make("new_subcode", self.tr("New &subcode…"), lambda: actions.new_code(True)))
        book.addAction(make("edit_code", self.tr("&Edit code…"), actions.edit_code, "F2"))
        book.addAction(make("recolour_code", self.tr("&Colour…"), actions.recolour_code))
        book.addAction(
            make("toggle_codable", self.tr("Category &header (not for coding)"), actions.toggle_codable)
        )
        book.addAction(make("merge_code", self.tr("&Merge into…"), actions.merge_code))
        book.addAction(make("delete_code", self.tr("&Delete code…"), actions.delete_code))
        book.addAction(make("code_history", self.tr("&History…"), lambda: show_code_history(window)))
        window.shortcut_menu = book.addMenu(self.tr("Assign &key"))
        for key in SHORTCUT_KEYS:
            window.shortcut_menu.addAction(self.tr("Key {key}").format(key=key)).triggered.connect(
                lambda _=False, k=key: actions.assign_shortcut(k)
            )

        analysis = bar.addMenu(self.tr("&Analysis"))
        analysis.addAction(
            make("agreement", self.tr("Inter-coder &agreement…"), window.open_agreement, "Ctrl+Shift+A")
        )
        analysis.addAction(
            make("coding_query", self.tr("Coding &query…"), window.analysis.open_query, "Ctrl+Shift+Q")
        )
        analysis.addAction(
            make("analysis_tables", self.tr("Tables and c&harts…"), window.analysis.open_tables)
        )
        analysis.addAction(
            make("search", self.tr("&Search documents…"), window.search_actions.focus_search, "Ctrl+Shift+F")
        )
        analysis.addAction(make("similar", self.tr("Find s&imilar passages…"), window.similar_actions.open))
        analysis.addAction(make("audit", self.tr("Audit &trail…"), window.open_audit))
        analysis.addAction(
            make("review", self.tr("&Review codings…"), window.review.open_window, "Ctrl+Shift+V")
        )

        view = bar.addMenu(self.tr("&View"))
        window.coder_view.menu = view.addMenu(self.tr("&Coders"))
        blind = make(
            "blind", self.tr("&Blind coding (hide other coders)"), window.coder_view.set_blind, checkable=True
        )
        view.addAction(blind)
        snap = make("snap", self.tr("&Snap selections to words"), _snap(window), checkable=True)
        view.addAction(snap)
        view.addSeparator()
        # Keyboard-only work: jump between the places a coder types in.
        view.addAction(
            make("focus_transcript", self.tr("Go to &transcript"), window.transcript.setFocus, "Alt+1")
        )
        view.addAction(
            make(
                "focus_documents", self.tr("Go to &documents"), window.documents_panel.table.setFocus, "Alt+2"
            )
        )
        view.addAction(
            make("focus_codebook", self.tr("Go to code&book"), window.codebook_panel.tree.setFocus, "Alt+3")
        )
        view.addAction(
            make("find_code", self.tr("&Find code…"), window.codebook_panel.filter.setFocus, "Ctrl+F")
        )
        view.addAction(
            make(
                "focus_segments",
                self.tr("Go to coded &segments"),
                window.segments_panel.table.setFocus,
                "Alt+4",
            )
        )
        view.addSeparator()
        for dock in window.docks.values():
            view.addAction(dock.toggleViewAction())


def build_menus(window: MainWindow) -> MainMenus:
    return MainMenus(window)


def _undo(window: MainWindow):  # type: ignore[no-untyped-def]
    return lambda: window.session.undo_stack.undo() if window.session else None


def _redo(window: MainWindow):  # type: ignore[no-untyped-def]
    return lambda: window.session.undo_stack.redo() if window.session else None


def _snap(window: MainWindow):  # type: ignore[no-untyped-def]
    def toggle(checked: bool) -> None:
        window.transcript.snap_to_words = checked

    return toggle
