"""Keeps the docks in step with the project: the transcript's marks, the coded-segments list,
the codebook's counts and the documents' coded shares.

A coding added, resized, recoded or removed (or undone, or redone) is applied as a difference:
each :class:`~caqda.core.project.Change` carries the coding's state before and after (from its
audit event), so the segments list inserts, moves or removes one row, the code counts and each
coder's coded characters are running totals, and the only reads are the few rows around the
changed span. Anything else (codes, documents, coders, visibility) reloads the panels once the
transcript is on screen, through a zero-delay timer that is a child of the window (so the
benchmark harness sees it as pending work).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer

from caqda.core import code_sets, codebook, coders, documents, summary
from caqda.core.coding import coding_by_uuid, coding_uuids
from caqda.core.cycle_collection import no_cycle_collection
from caqda.core.document_filter import resolve_documents
from caqda.core.errors import CaqdaError
from caqda.core.highlights import Mark
from caqda.core.project import Change
from caqda.gui.session import ProjectSession
from caqda.gui.transcript_segments import TranscriptSegments
from caqda.gui.views.codebook_panel import CodebookPanel
from caqda.gui.views.documents_panel import DocumentsPanel
from caqda.gui.views.segments_panel import SegmentsPanel
from caqda.gui.views.transcript_view import TranscriptView

CODING_ACTIONS = frozenset(
    {
        "add coding",
        "remove coding",
        "restore coding",
        "resize coding",
        "change coding code",
        "edit coding memo",
    }
)
State = Mapping[str, Any]
BULK = 200  # more codings than this in one commit (an autocode): reloading is cheaper


class PanelRefresher(QObject):
    """The refresh path of the main window, given only the views it updates."""

    def __init__(
        self,
        window: QObject,
        current_session: Callable[[], ProjectSession | None],
        transcript: TranscriptView,
        documents_panel: DocumentsPanel,
        codebook_panel: CodebookPanel,
        segments_panel: SegmentsPanel,
        refresh_memos: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._current_session = current_session
        self.transcript = transcript
        self.documents_panel = documents_panel
        self.codebook_panel = codebook_panel
        self.segments_panel = segments_panel
        self.refresh_memos = refresh_memos
        self.covered: dict[tuple[int, int], int] = {}  # (document, coder) -> coded characters
        self._full_timer = QTimer(window, singleShot=True, interval=0)
        self._full_timer.timeout.connect(self.refresh_panels)
        self._segments_timer = QTimer(window, singleShot=True, interval=0)
        self._segments_timer.timeout.connect(self.refresh_segments)
        # The documents the selected code's list is narrowed to (a set, a condition), resolved
        # at each reload; None: every document. Codings then come and go by their document id.
        self.segment_documents: frozenset[int] | None = None
        # The open document's list, made from the transcript (None while the list is by code)
        self._transcript_segments: TranscriptSegments | None = None

    @property
    def session(self) -> ProjectSession | None:
        """The window's open project (read each time: the window may drop it at any moment)."""
        return self._current_session()

    # -- whole reloads -------------------------------------------------------------------------
    def reset(self) -> None:
        """A project was opened or closed: forget the running totals and pending refreshes."""
        self.covered = {}
        self._full_timer.stop()
        self._segments_timer.stop()

    def visible_coder_ids(self) -> set[int] | None:
        session = self.session
        assert session is not None
        if session.blind:
            return {session.coder.id}
        return None if session.visible_coder_ids is None else set(session.visible_coder_ids)

    def visible_counts(self) -> dict[int, int]:
        assert self.session is not None
        visible = self.visible_coder_ids()
        return summary.code_counts(self.session.project, None if visible is None else sorted(visible))

    def reload_documents(self) -> None:
        """The documents list with every coder's coded share (once per project, or when the
        documents or coders change)."""
        session = self.session
        assert session is not None
        project = session.project
        self.covered = {}
        self.documents_panel.model.load(
            documents.list_documents(project), coders.list_coders(project), source=self._document_shares
        )
        if self.transcript.document_id is not None:
            self.documents_panel.select_document(self.transcript.document_id)

    def _document_shares(self, document_id: int) -> dict[int, float]:
        """One document's coded shares, asked for when its row is first shown; its coded
        characters then become running totals."""
        session = self.session
        if session is None:
            return {}
        lengths = summary.coded_lengths(session.project, document_ids=[document_id])
        self.covered.update(lengths)
        characters = self.documents_panel.model.characters(document_id)
        return {coder_id: value / characters for (_, coder_id), value in lengths.items() if characters}

    def reload_codebook(self) -> None:
        session = self.session
        assert session is not None

        def load() -> None:
            self.codebook_panel.model.load(
                codebook.list_codes(session.project),
                self.visible_counts(),
                session.shortcuts(),
                code_sets.sets_by_code(session.project),
            )

        self.codebook_panel.reload_keep_state(load)

    def schedule_panels(self) -> None:
        """Reload the docks right after the transcript is drawn."""
        self._full_timer.start()

    def schedule_segments(self) -> None:
        """Another document is shown: only the segments list follows (counts and shares are the
        project's, they do not change with the document)."""
        if not self.segments_panel.by_code():
            self._segments_timer.start()

    def refresh_panels(self) -> None:
        session = self.session
        if session is None:
            return
        self.codebook_panel.model.update_counts(self.visible_counts())
        model = self.documents_panel.model
        if len(coders.list_coders(session.project)) != model.columnCount() - 3 or model.rowCount() != len(
            documents.list_documents(session.project)
        ):
            self.reload_documents()
        else:
            self.covered = {}
            model.forget_shares()
        self.refresh_segments()
        self.refresh_memos()

    def refresh_segments(self) -> None:
        self._segments_timer.stop()
        session = self.session
        if session is None:
            return
        coder_ids = self.visible_coder_ids()
        coder_filter = None if coder_ids is None else sorted(coder_ids)
        keyed: list[tuple[summary.SegmentKey, summary.CodedSegment]] = []
        self.segment_documents = None
        self._transcript_segments = None
        if self.segments_panel.by_code():
            try:
                chosen = resolve_documents(session.project, self.segments_panel.document_selection())
            except CaqdaError as error:  # an unknown attribute or set: said, and nothing listed
                self.segments_panel.show_filter_error(str(error))
                self.segment_documents = frozenset()
                self.segments_panel.model.load_keyed([])
                return
            nothing = self.segments_panel.no_match_text() if chosen == [] else None
            self.segments_panel.show_filter_error(nothing)
            self.segment_documents = None if chosen is None else frozenset(chosen)
            code = self.codebook_panel.current_code()
            if code and chosen != []:
                keyed = summary.keyed_segments(
                    session.project, code_ids=[code.id], coder_ids=coder_filter, document_ids=chosen
                )
        elif self.transcript.content is not None:
            self._segments_from_transcript()
            return
        self.segments_panel.model.load_keyed(keyed)

    def _segments_from_transcript(self) -> None:
        """The current document's segments are the transcript's marks (the same visible
        coders): the list takes them from there, lazily, instead of reading them again."""
        view = self.transcript
        content = view.content
        assert content is not None and self.session is not None
        model = self.segments_panel.model
        source = self._transcript_segments = TranscriptSegments(
            self.session.project,
            content,
            view.index.by_id,
            documents.get_document(self.session.project, content.document_id).position,
            lambda: model.keys,
        )
        with no_cycle_collection():
            model.load_lazy(source.keys(), source.make, source.find_key)

    # -- one coding at a time ------------------------------------------------------------------
    def apply_codings(self, changes: list[Change]) -> bool:
        """Apply coding changes as differences; False when ``changes`` hold anything else (or a
        coding change without its states), which the caller then reloads."""
        if self.session is None or not changes or len(changes) > BULK:
            return False
        if not all(
            change.action in CODING_ACTIONS and (change.before is not None or change.after is not None)
            for change in changes
        ):
            return False
        self._update_transcript(changes)
        self._update_counts(changes)
        self._update_shares(changes)
        self._update_segments(changes)
        return True

    def _update_transcript(self, changes: list[Change]) -> None:
        session = self.session
        view = self.transcript
        assert session is not None
        if view.content is None:
            return
        removed: set[int] = set()
        added = []
        memos_changed: dict[int, str] = {}
        before: dict[str, Mark] = {}  # what the segments list holds of each changed coding
        for change in changes:
            known = self._shown_coding_id(change, removed)
            if known is not None:
                removed.add(known)
                before[str(change.uuid)] = view.index.by_id[known]
            after = change.after
            shown = after is not None and after["document_id"] == view.document_id
            if after is not None and shown and session.is_visible(after["coder_id"]):
                coding_id = known if known is not None else self._coding_id(change.uuid)
                if coding_id is None:
                    continue
                added.append(mark_of_state(coding_id, after))
                memos_changed[coding_id] = after.get("memo", "")
        if self._transcript_segments is not None:
            self._transcript_segments.before = before
        view.update_marks(removed, added, memos_changed)

    def _shown_coding_id(self, change: Change, claimed: set[int]) -> int | None:
        """The id of the coding ``change`` is about, if the transcript shows it. A coding still
        in the project is found by its uuid; a removed one by its last state among the marks
        (of several identical ones, one no longer in the project and not ``claimed`` yet)."""
        view = self.transcript
        document_id = view.document_id
        before, after = change.before, change.after
        if not change.uuid or not any(
            state is not None and state["document_id"] == document_id for state in (before, after)
        ):
            return None
        if after is not None:
            coding_id = self._coding_id(change.uuid)
            return coding_id if coding_id in view.index.by_id else None
        assert before is not None
        fields = (before["code_id"], before["coder_id"], before["start"], before["end"])
        candidates = [found for found in view.index.ids_of(*fields) if found not in claimed]
        if len(candidates) > 1:
            remaining = coding_uuids(self.session.project, candidates)  # type: ignore[union-attr]
            candidates = [found for found in candidates if found not in remaining] or candidates
        return candidates[0] if candidates else None

    def _coding_id(self, uuid: str | None) -> int | None:
        assert self.session is not None
        coding = coding_by_uuid(self.session.project, uuid) if uuid else None
        return None if coding is None else coding.id

    def _update_counts(self, changes: list[Change]) -> None:
        session = self.session
        assert session is not None
        delta: Counter[int] = Counter()
        for change in changes:
            if change.before is not None and session.is_visible(change.before["coder_id"]):
                delta[change.before["code_id"]] -= 1
            if change.after is not None and session.is_visible(change.after["coder_id"]):
                delta[change.after["code_id"]] += 1
        for code_id, step in delta.items():
            self.codebook_panel.model.adjust_count(code_id, step)

    def _update_shares(self, changes: list[Change]) -> None:
        """Each coder's coded characters as a running total: what the changed span alone covers
        is added or taken away. A pair touched twice in one commit is recounted from its index."""
        project = self.session.project  # type: ignore[union-attr]
        model = self.documents_panel.model
        # A document whose row was never shown has no running total yet: it is counted when shown.
        touched = Counter(pair for change in changes for pair in _pairs(change) if model.is_loaded(pair[0]))
        recount = [pair for pair, times in touched.items() if times > 1]
        for change in changes:
            before, after = change.before, change.after
            if _same_span(before, after):
                continue
            coding_id = None
            for state, sign in ((before, -1), (after, 1)):
                if state is None or touched[_pair(state)] != 1:
                    continue
                coding_id = coding_id if coding_id is not None else self._coding_id(change.uuid)
                pair = _pair(state)
                alone = summary.uncovered_length(project, *pair, state["start"], state["end"], coding_id)
                self.covered[pair] = self.covered.get(pair, 0) + sign * alone
        self.covered.update({pair: 0 for pair in recount})
        self.covered.update(summary.coded_lengths(project, recount))
        for pair in touched:
            characters = model.characters(pair[0])
            value = self.covered.get(pair, 0)
            if not value:
                self.covered.pop(pair, None)
            model.set_share(pair[0], pair[1], value / characters if value and characters else None)

    def _update_segments(self, changes: list[Change]) -> None:
        session = self.session
        assert session is not None
        model = self.segments_panel.model
        if self.segments_panel.by_code():
            code = self.codebook_panel.current_code()
            allowed = self.segment_documents
            wanted: Callable[[State], bool] = lambda state: (  # noqa: E731
                code is not None
                and state["code_id"] == code.id
                and (allowed is None or state["document_id"] in allowed)
            )
        else:
            document_id = self.transcript.document_id
            wanted = lambda state: state["document_id"] == document_id  # noqa: E731
        visible = self.visible_coder_ids()
        fresh: list[str] = []
        for change in changes:
            after = change.after
            if after is not None and wanted(after) and (visible is None or after["coder_id"] in visible):
                fresh.append(str(change.uuid))
            else:
                model.remove_uuid(str(change.uuid))
        for key, segment in summary.keyed_segments(session.project, uuids=fresh) if fresh else []:
            model.replace_keyed(key, segment)


def mark_of_state(coding_id: int, state: State) -> Mark:
    """The transcript mark of a coding from its audit state (no database read)."""
    return Mark(coding_id, state["code_id"], state["coder_id"], state["start"], state["end"])


def _pair(state: State) -> tuple[int, int]:
    return (state["document_id"], state["coder_id"])


def _same_span(before: State | None, after: State | None) -> bool:
    """A recode or a memo edit: the coded characters stay as they were."""
    return (
        before is not None
        and after is not None
        and _pair(before) == _pair(after)
        and (before["start"], before["end"]) == (after["start"], after["end"])
    )


def _pairs(change: Change) -> set[tuple[int, int]]:
    return {_pair(state) for state in (change.before, change.after) if state is not None}
