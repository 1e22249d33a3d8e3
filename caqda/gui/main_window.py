"""The main window: docks around the transcript, menus and actions, and the open project.

It stays thin: panels show what core functions return, the action controllers
(``coding_actions``, ``codebook_actions``) turn user intents into undo commands, and every
committed change comes back through :meth:`_on_changed`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from caqda.core import codebook, coders, documents, summary
from caqda.core.coding import coding_by_uuid
from caqda.core.cycle_collection import no_cycle_collection
from caqda.core.errors import CaqdaError, ProjectDamagedError
from caqda.core.models import Code
from caqda.core.project import Change, Project
from caqda.gui.analysis.analysis_actions import AnalysisActions
from caqda.gui.backup_actions import BackupActions
from caqda.gui.codebook_actions import CodebookActions, ask_color
from caqda.gui.coder_view import CoderView
from caqda.gui.coding_actions import CodingActions, code_rows
from caqda.gui.commands import CaqdaCommand
from caqda.gui.corpus_actions import CorpusActions
from caqda.gui.file_actions import FileActions
from caqda.gui.memo_actions import MemoActions
from caqda.gui.menus import build_menus
from caqda.gui.panel_refresh import CODING_ACTIONS, PanelRefresher
from caqda.gui.review.wiring import ReviewWiring
from caqda.gui.screen_fit import fit_to_screen
from caqda.gui.search_actions import SearchActions
from caqda.gui.session import SHORTCUT_KEYS, ProjectSession
from caqda.gui.similar.actions import SimilarActions
from caqda.gui.team_actions import TeamActions
from caqda.gui.views.codebook_panel import CodebookPanel
from caqda.gui.views.documents_panel import DocumentsPanel
from caqda.gui.views.search_panel import SearchPanel
from caqda.gui.views.segments_panel import SegmentsPanel
from caqda.gui.views.start_page import StartPage
from caqda.gui.views.transcript_content import load_content
from caqda.gui.views.transcript_view import TranscriptView


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.session: ProjectSession | None = None
        self.setWindowTitle("caqda")
        fit_to_screen(self, 1440, 900)
        self.setDockNestingEnabled(True)

        self.transcript = TranscriptView()
        self.start_page = StartPage()
        self.central = QStackedWidget()
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.transcript)
        self.setCentralWidget(self.central)
        self.documents_panel = DocumentsPanel()
        self.codebook_panel = CodebookPanel()
        self.segments_panel = SegmentsPanel()
        self.memo_actions = MemoActions(
            self,
            session=lambda: self.session,
            transcript=self.transcript,
            current_code=self.codebook_panel.current_code,
            run=lambda command: self.run(command),
            ask_memo=lambda title, heading, text: self.ask_memo(title, heading, text),
            confirm=lambda question: self.confirm(question),
            status=lambda message: self.status(message),
        )
        self.memos_panel = self.memo_actions.panel
        self.search_panel = SearchPanel()
        self.docks = {
            "documents": self._dock(
                self.tr("Documents"), "documents", self.documents_panel, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "codebook": self._dock(
                self.tr("Codebook"), "codebook", self.codebook_panel, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "segments": self._dock(
                self.tr("Coded segments"),
                "segments",
                self.segments_panel,
                Qt.DockWidgetArea.BottomDockWidgetArea,
            ),
            "memos": self._dock(
                self.tr("Memos"), "memos", self.memos_panel, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
            "search": self._dock(
                self.tr("Search"), "search", self.search_panel, Qt.DockWidgetArea.BottomDockWidgetArea
            ),
        }
        self.tabifyDockWidget(self.docks["segments"], self.docks["memos"])
        self.tabifyDockWidget(self.docks["memos"], self.docks["search"])
        self.docks["segments"].raise_()
        self.resizeDocks(
            [self.docks["documents"], self.docks["codebook"]], [390, 360], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["segments"]], [210], Qt.Orientation.Vertical)

        self.panels = PanelRefresher(
            self,
            lambda: self.session,
            self.transcript,
            self.documents_panel,
            self.codebook_panel,
            self.segments_panel,
            self.memo_actions.refresh,
        )
        self.coding = CodingActions(self)
        self.codebook_actions = CodebookActions(self)
        self.review = ReviewWiring(
            lambda: self.session, self.transcript, self.segments_panel, self.show_document, self
        )
        self.backups = BackupActions(self, self.status, self.open_path, self.close_project)
        self.corpus_actions = CorpusActions(self)
        self.team = TeamActions(self, lambda: self.session, self.run, self.show_error, self.show_message)
        self.analysis = AnalysisActions(
            self,
            session=lambda: self.session,
            run=self.run,
            show_document=self.show_document,
            transcript=self.transcript,
        )
        self.similar_actions = SimilarActions(self)
        self.files = FileActions(
            self, settings=self.settings, open_project=lambda path: self.open_project(path),
            offer_backup=lambda path, error: self.backups.offer_newest_good_backup(path, error),
            show_error=lambda error: self.show_error(error),
        )  # fmt: skip
        self.coder_label = QLabel()
        self.statusBar().addPermanentWidget(self.coder_label)
        self.coder_view = CoderView(
            self, session=lambda: self.session, label=self.coder_label, settings=self.settings,
            ask_coder=lambda names, last: self.ask_coder(names, last),
            before_switch=lambda: self._save_view_state(), set_title=self.setWindowTitle,
        )  # fmt: skip
        self.search_actions = SearchActions(
            self, session=lambda: self.session, panel=self.search_panel, dock=self.docks["search"],
            transcript=self.transcript, show_document=lambda document: self.show_document(document),
            ask_code=lambda: self.ask_code(self.coding.recent), run=lambda command: self.run(command),
            status=lambda message: self.status(message),
        )  # fmt: skip
        self._actions: dict[str, QAction] = {}
        self._docks_before_start: dict[str, bool] | None = None
        self.menus = build_menus(self)
        self._connect()
        CaqdaCommand.on_error = self.show_error
        self._restore_layout()
        self._update_enabled()

    # -- construction helpers -------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def add_action(self, name: str, action: QAction) -> QAction:
        self._actions[name] = action
        return action

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def _connect(self) -> None:
        view = self.transcript
        view.digit_pressed.connect(self.coding.code_with_shortcut)
        view.context_menu_requested.connect(self._show_context_menu)
        view.resize_requested.connect(self.coding.resize_coding)
        view.coding_activated.connect(lambda coding_id: view.select_coding(coding_id, scroll=False))
        self.documents_panel.document_activated.connect(self.show_document)
        self.codebook_panel.code_activated.connect(self.coding.code_selection)
        self.codebook_panel.current_code_changed.connect(lambda _code: self._refresh_segments())
        self.codebook_panel.context_menu_requested.connect(self._show_codebook_menu)
        self.codebook_panel.model.range_dropped.connect(self.coding.code_dropped_range)
        self.codebook_panel.model.code_move_requested.connect(self.codebook_actions.move_code)
        self.segments_panel.segment_activated.connect(self.jump_to_segment)
        self.segments_panel.scope_changed.connect(self._refresh_segments)
        self.search_panel.project_getter = lambda: self.session.project if self.session else None
        self.segments_panel.project_getter = self.search_panel.project_getter
        self.search_panel.searched.connect(
            lambda count: self.status(
                self.tr("1 place found.")
                if count == 1
                else self.tr("{count} places found.").format(count=f"{count:,}")
            )
        )
        self.search_panel.hit_activated.connect(self.search_actions.jump_to_hit)
        self.search_panel.autocode_requested.connect(self.search_actions.autocode_hits)
        self.start_page.open_recent_requested.connect(self.open_path)
        self.start_page.demo_requested.connect(self.files.open_demo)
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.open_requested.connect(self.files.ask_open)
        self.start_page.qdpx_requested.connect(self.files.import_qdpx)

    # -- the project -----------------------------------------------------------------------------
    def open_project(self, path: Path, coder: str | None = None) -> bool:
        """Open ``path`` as ``coder`` (asked when None). Errors raise CaqdaError; the previous
        project stays open then. Returns False if the user cancels choosing a coder (or the
        repair of a damaged project)."""
        try:
            project = Project.open(path)
        except ProjectDamagedError as damaged:
            from caqda.gui.dialogs.damaged_project import offer_repair

            if not offer_repair(self, path, damaged.report):  # type: ignore[arg-type]
                return False
            project = Project.open(path)
        try:
            names = [c.name for c in coders.list_coders(project)]
            last = self.settings.value(f"coder/{path.resolve()}", None)
            name = coder or self.ask_coder(names, str(last) if last else None)
            if not name:
                project.close()
                return False
            coder_record = coders.ensure_coder(project, name)
        except BaseException:
            project.close()
            raise
        self.close_project()
        self.settings.setValue(f"coder/{path.resolve()}", coder_record.name)
        self.session = ProjectSession(project, coder_record)
        self.panels.reset()
        self.session.changed.connect(self._on_changed)
        self.session.visibility_changed.connect(self._visibility_changed)
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(self.action("undo").setEnabled)
        stack.canRedoChanged.connect(self.action("redo").setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.setWindowTitle(f"{path.name} — {coder_record.name} — caqda")
        project.prepare_for_writing()
        self.backups.project_opened(project)
        self.files.remember_recent(path)
        self._reload_all()
        self._restore_view_state()
        self._update_enabled()
        self.statusBar().clearMessage()  # a notice about the project open before
        if project.open_notices:  # worked around (a setting caqda cannot read): say so, stay open
            self.statusBar().showMessage(
                self.tr(
                    "This project has problems caqda works around: {problems} "
                    "Run “caqda check --repair” to remove them."
                ).format(problems=" ".join(project.open_notices))
            )
        return True

    def _undo_text_changed(self, text: str) -> None:
        self.action("undo").setText(
            self.tr("&Undo {action}").format(action=text) if text else self.tr("&Undo")
        )

    def _redo_text_changed(self, text: str) -> None:
        self.action("redo").setText(
            self.tr("&Redo {action}").format(action=text) if text else self.tr("&Redo")
        )

    def close_project(self) -> None:
        if self.session is None:
            return
        self._save_view_state()
        self._close_project_windows()
        self.backups.project_closed()
        self.session.undo_stack.blockSignals(True)
        self.session.blockSignals(True)
        self.session.close()
        self.session = None
        self.panels.reset()
        self.transcript.clear_content()
        self.documents_panel.model.load([], [], {})
        self.codebook_panel.model.load([], {}, {})
        self.segments_panel.show_segments([])
        self.search_panel.clear()
        self.memos_panel.show_memos([])
        self.setWindowTitle("caqda")
        self._update_enabled()

    def _close_project_windows(self) -> None:
        """Windows opened on the project (agreement, review, queries, audit, corpus…) close with
        it: left open, they would act on a closed file."""
        for widget in self.findChildren(QWidget):
            if widget.isWindow() and widget.isVisible() and not isinstance(widget, QDockWidget):
                widget.close()

    def run(self, command: QUndoCommand) -> bool:
        """Do ``command`` now and put it on the undo stack; report refusals in plain words."""
        if self.session is None:
            return False
        try:
            command.do()  # type: ignore[attr-defined]
        except CaqdaError as error:
            self.show_error(error)
            return False
        command.skip_next_redo = True  # type: ignore[attr-defined]
        self.session.undo_stack.push(command)
        return True

    # -- refreshing views --------------------------------------------------------------------------
    def _reload_all(self) -> None:
        assert self.session is not None
        self.panels.reload_documents()
        self.panels.reload_codebook()
        self.coder_view.rebuild_menu()
        self.memo_actions.refresh()
        self.coder_view.show_coder()

    def show_document(self, document_id: int, scroll: int | None = None) -> None:
        session = self.session
        if session is None:
            return
        if self.transcript.document_id is not None and self.transcript.document_id != document_id:
            self._save_view_state()
        with no_cycle_collection():  # 15,000 codings' tuples in a window of many objects
            content = load_content(session.project, document_id, self._visible_coder_ids())
            self.transcript.show_content(content)
        if scroll is not None:
            self.transcript.restore_scroll(scroll)
        self.documents_panel.select_document(document_id)
        self.documents_panel.attributes.load(list(documents.attributes(session.project, document_id).items()))
        self.panels.schedule_segments()  # the list follows once the transcript is on screen

    def _visible_coder_ids(self) -> set[int] | None:
        return self.panels.visible_coder_ids()

    def _on_changed(self, changes: list[Change]) -> None:
        """Bring the views up to date after a commit: codings as differences (see
        ``panel_refresh``); anything else reloads the transcript now and the docks right after."""
        session = self.session
        if session is None or self.panels.apply_codings(changes):
            return
        view = self.transcript
        if view.document_id is not None:
            scroll = view.scroll_state()
            if view.document_id in {d.id for d in documents.list_documents(session.project)}:
                self.show_document(view.document_id, scroll)
            else:
                view.clear_content()
        if not all(change.action in CODING_ACTIONS for change in changes):
            self.panels.reload_codebook()
            self.coder_view.rebuild_menu()
        self.panels.schedule_panels()

    def _refresh_panels(self) -> None:
        self.panels.refresh_panels()

    def _refresh_segments(self) -> None:
        self.panels.refresh_segments()

    def jump_to_segment(self, segment: summary.CodedSegment) -> None:
        session = self.session
        if session is None:
            return
        document = documents.find_document(session.project, segment.document)
        if self.transcript.document_id != document.id:
            self.show_document(document.id)
        coding = coding_by_uuid(session.project, segment.uuid)
        if coding is not None:
            self.transcript.select_coding(coding.id)

    # -- coders and visibility -------------------------------------------------------------------
    def _visibility_changed(self) -> None:
        self.coder_view.refresh()
        if self.transcript.document_id is not None:
            self.show_document(self.transcript.document_id, self.transcript.scroll_state())
        self.panels.schedule_panels()

    # -- menus -----------------------------------------------------------------------------------------
    def _show_context_menu(self, global_position: QPoint, position: int) -> None:
        menu = self.coding.context_menu(global_position, position)
        if not menu.isEmpty():
            menu.popup(global_position)

    def _show_codebook_menu(self, point: QPoint) -> None:
        menu = self.codebook_context_menu()
        menu.popup(self.codebook_panel.tree.viewport().mapToGlobal(point))

    def codebook_context_menu(self):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for name in ("new_code", "new_subcode", "edit_code", "recolour_code", "toggle_codable"):
            menu.addAction(self.action(name))
        for name in ("merge_code", "delete_code", "code_history"):
            menu.addAction(self.action(name))
        menu.addMenu(self.shortcut_menu)
        return menu

    def _update_enabled(self) -> None:
        has_project = self.session is not None
        self.central.setCurrentWidget(self.transcript if has_project else self.start_page)
        self._show_docks(has_project)
        if not has_project:
            self.start_page.show_recent(self.files.recent_projects())
        for name in (
            "import", "close", "code_with", "in_vivo", "code_turn", "code_paragraph", "remove_coding",
            "coding_memo", "resize_coding", "apply_range", "recode", "new_code", "new_subcode",
            "edit_code", "recolour_code", "toggle_codable", "merge_code", "delete_code", "blind", "agreement",
            "export_segments", "export_codebook", "export_agreement", "export_transcript",
            "export_segments_table", "export_matrix", "export_qdpx", "export_qdc", "merge", "search", "audit",
            "review", "code_history", "back_up", "restore_backup",
            "documents_window", "attributes_window",
            "copy_for", "coding_query", "analysis_tables", "export_findings", "export_sqlite",
            "pseudonymise", "similar",
        ):  # fmt: skip
            self.action(name).setEnabled(has_project)
        stack = self.session.undo_stack if self.session else None
        self.action("undo").setEnabled(bool(stack and stack.canUndo()))
        self.action("redo").setEnabled(bool(stack and stack.canRedo()))

    # -- files: new, open, recent, import -------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        self.files.open_path(path)

    def new_project(self) -> None:
        from caqda.gui.new_project import create_from_wizard

        create_from_wizard(self)

    def import_documents(self, paths: list[Path] | None = None) -> None:
        from caqda.gui.import_runner import ImportRunner

        if self.session is None:
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import documents"),
                "",
                self.tr("Transcripts and exports ({patterns});;All files (*)").format(
                    patterns="*.txt *.docx *.odt *.rtf *.pdf *.md *.csv *.json"
                ),
            )
            paths = [Path(name) for name in names]
        if paths:
            ImportRunner(self, self.session.project, paths).start()

    def export(self, kind: str | None = None) -> None:
        from caqda.gui.export_actions import ask_export, export

        request = ask_export(self, kind)
        if request is not None:
            export(self, request)

    # -- search, merge, audit ------------------------------------------------------------------------
    def merge_copy(self, source: Path | None = None) -> None:
        self.team.merge_copy(source)

    def open_audit(self) -> None:
        from caqda.gui.dialogs.audit_dialog import AuditDialog

        if self.session is not None:
            self.audit_dialog = AuditDialog(self.session.project, self)
            self.audit_dialog.show()

    def open_agreement(self) -> None:
        from caqda.gui.agreement.agreement_window import AgreementWindow

        if self.session is None:
            return
        self.agreement_window = AgreementWindow(self.session.project, self, self.session.undo_stack)
        self.agreement_window.setWindowFlag(Qt.WindowType.Window)
        self.agreement_window.show()

    # -- questions to the user (tests replace these) ------------------------------------------------
    def ask_coder(self, names: list[str], last: str | None) -> str | None:
        from caqda.gui.dialogs.coder_chooser import CoderChooserDialog

        dialog = CoderChooserDialog(names, last, self)
        return dialog.coder_name() if dialog.exec() else None

    def ask_code(self, recent: list[int], exclude: int | None = None) -> int | None:
        from caqda.gui.dialogs.code_picker import CodePickerDialog

        if self.session is None:
            return None
        codes = [c for c in codebook.list_codes(self.session.project) if c.id != exclude]
        return CodePickerDialog.pick(self, code_rows(codes), recent)

    def ask_range(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        from caqda.gui.dialogs.coding_range import CodingRangeDialog

        dialog = CodingRangeDialog(text, start, end, self)
        return dialog.span() if dialog.exec() else None

    def ask_memo(self, title: str, heading: str, text: str) -> str | None:
        from caqda.gui.dialogs.memo_editor import MemoEditorDialog

        dialog = MemoEditorDialog(title, heading, text, self)
        return dialog.memo_text() if dialog.exec() else None

    def ask_code_fields(self, code: Code) -> dict[str, str] | None:
        from caqda.gui.dialogs.code_editor import CodeEditorDialog

        dialog = CodeEditorDialog(
            code.name, code.color, code.definition, code.when_to_use, code.when_not_to_use, code.example, self
        )
        return dialog.values() if dialog.exec() else None

    def ask_color(self, color: str) -> str | None:
        return ask_color(self, color)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, "caqda", question)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: Exception | str) -> None:
        QMessageBox.warning(self, "caqda", str(error))

    def show_message(self, message: str) -> None:
        QMessageBox.information(self, "caqda", message)

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    # -- remembering state -----------------------------------------------------------------------------
    def _save_view_state(self) -> None:
        session = self.session
        if session is None or self.transcript.document_id is None:
            return
        state = session.view_state()
        scrolls = dict(state.get("scroll", {}))  # type: ignore[call-overload]
        scrolls[str(self.transcript.document_id)] = self.transcript.scroll_state()
        visible = None if session.visible_coder_ids is None else sorted(session.visible_coder_ids)
        session.save_view_state(
            {
                "document": self.transcript.document_id,
                "scroll": scrolls,
                "visible": visible,
                "blind": session.blind,
            }
        )

    def _restore_view_state(self) -> None:
        session = self.session
        assert session is not None
        state = session.view_state()
        known = {c.id for c in coders.list_coders(session.project)}
        if "visible" in state:
            visible = state["visible"]
            session.visible_coder_ids = None if visible is None else {int(i) for i in visible} & known  # type: ignore[union-attr]
        if state.get("blind"):
            session.blind = True
            session.visible_coder_ids = {session.coder.id}
            self.action("blind").setChecked(True)
        self.coder_view.refresh()
        ids = [d.id for d in documents.list_documents(session.project)]
        document_id = state.get("document")
        if document_id not in ids:
            document_id = ids[0] if ids else None
        if document_id is not None:
            scroll = dict(state.get("scroll", {})).get(str(document_id))  # type: ignore[call-overload]
            self.show_document(int(document_id), int(scroll) if scroll is not None else None)  # type: ignore[arg-type]

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]

    def _show_docks(self, shown: bool) -> None:
        """The start page has the window to itself: the docks step aside while no project is
        open and come back as the user had them (their layout is what gets saved)."""
        if not shown and self._docks_before_start is None:
            self._docks_before_start = {name: not dock.isHidden() for name, dock in self.docks.items()}
            for dock in self.docks.values():
                dock.hide()
        elif shown and self._docks_before_start is not None:
            for name, visible in self._docks_before_start.items():
                self.docks[name].setVisible(visible)
            self._docks_before_start = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._show_docks(True)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_project()
        CaqdaCommand.on_error = None
        super().closeEvent(event)


__all__ = ["SHORTCUT_KEYS", "MainWindow"]

_ = (QActionGroup, QKeySequence)
