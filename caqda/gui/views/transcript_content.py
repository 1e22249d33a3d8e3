"""What a transcript view shows, gathered from the core in one place (no Qt here).

The view draws from this; the main window builds it with :func:`load_content` and patches it
with :func:`coding_marks` when single codings change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat

from caqda.core import codebook, coders, documents
from caqda.core.coding import coding_marks, coding_memos
from caqda.core.highlights import Mark
from caqda.core.models import Coding, SpeakerTurn
from caqda.core.project import Project


@dataclass(frozen=True)
class CodeLook:
    name: str
    color: str
    order: int


@dataclass
class TranscriptContent:
    document_id: int
    name: str
    text: str
    turns: list[SpeakerTurn]
    marks: list[Mark]
    codes: dict[int, CodeLook]
    coders: dict[int, str]
    memos: dict[int, str] = field(default_factory=dict)


def code_looks(project: Project) -> dict[int, CodeLook]:
    return {
        code.id: CodeLook(code.name, code.color, order)
        for order, code in enumerate(codebook.list_codes(project))
    }


def load_content(project: Project, document_id: int, coder_ids: set[int] | None) -> TranscriptContent:
    """The document with the codings of the visible coders (None: all coders)."""
    document = documents.get_document(project, document_id)
    visible = None if coder_ids is None else tuple(coder_ids)
    return TranscriptContent(
        document_id=document_id,
        name=document.name,
        text=documents.document_text(project, document_id),
        turns=documents.speaker_turns(project, document_id),
        # A row of coding_marks holds a Mark's fields in its order: made in C, no Python line
        # per coding (a switch to a document with 15,000 codings spends milliseconds here).
        marks=list(map(tuple.__new__, repeat(Mark), coding_marks(project, document_id, visible))),
        codes=code_looks(project),
        coders={coder.id: coder.name for coder in coders.list_coders(project)},
        memos=coding_memos(project, document_id, visible),
    )


def mark_of(coding: Coding) -> Mark:
    return Mark(coding.id, coding.code_id, coding.coder_id, coding.start, coding.end)
