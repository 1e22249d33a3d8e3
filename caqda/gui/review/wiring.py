"""Review marks in the main window: signs on the transcript's coding stripes, the Review column
of the coded-segments dock, and the review window. Installed once; reads the session lazily
because the window opens and closes projects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caqda.core import audit, review
from caqda.core.models import Coding
from caqda.gui.review.review_commands import mark_label
from caqda.gui.session import ProjectSession
from caqda.gui.views.segments_panel import SegmentsPanel
from caqda.gui.views.transcript_view import TranscriptView


class ReviewWiring:
    def __init__(
        self,
        session_of: Callable[[], ProjectSession | None],
        transcript: TranscriptView,
        segments: SegmentsPanel,
        show_document: Callable[[int], None],
        parent: QWidget,
    ) -> None:
        self.session_of = session_of
        self.transcript = transcript
        self.show_document = show_document
        self.parent = parent
        self.window: QWidget | None = None
        self._cache_key: tuple[object, ...] | None = None
        self._cache: dict[int, str] = {}
        transcript.stripes.verdicts = self.transcript_verdicts
        segments.verdict_source = self.segment_verdicts
        segments.verdict_label = lambda mark: mark_label(mark) if mark else ""

    def transcript_verdicts(self) -> dict[int, str]:
        """Coding id -> current review mark in the open document; cached until the next change
        (any change writes an audit event, so the newest event id tells when to read again)."""
        session = self.session_of()
        view = self.transcript
        if session is None or view.content is None:
            return {}
        project = session.project
        key = (id(view.content), view.document_id, audit.last_event_id(project))
        if key != self._cache_key:
            self._cache = review.document_marks(project, view.content.document_id)
            self._cache_key = key
        return self._cache

    def show_coding(self, coding: Coding) -> None:
        """Follow the review in the transcript: open the coding's document and select it."""
        if self.transcript.document_id != coding.document_id:
            self.show_document(coding.document_id)
        self.transcript.select_coding(coding.id)

    def segment_verdicts(self, uuids: list[str] | None) -> dict[str, str]:
        """Coding uuid -> current mark, for ``uuids`` (None: every marked coding; a list made
        lazily does not know its uuids up front)."""
        session = self.session_of()
        if session is None:
            return {}
        return {uuid: mark.mark for uuid, mark in review.current_marks(session.project, uuids).items()}

    def open_window(self) -> QWidget | None:
        from caqda.gui.review.review_window import ReviewWindow

        session = self.session_of()
        if session is None:
            return None
        if self.window is not None and getattr(self.window, "session", None) is session:
            self.window.show()
            self.window.raise_()
            return self.window
        if self.window is not None:
            self.window.close()
        window = ReviewWindow(session, self.parent)
        window.alive = lambda: self.session_of() is session
        window.coding_shown.connect(self.show_coding)
        window.show()
        self.window = window
        return window
