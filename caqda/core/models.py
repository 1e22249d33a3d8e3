"""Plain records that cross from the core to the GUI and CLI.

Offsets (``start``, ``end``) are always Unicode code points over the document's normalised
text, half-open ``[start, end)``. Qt's UTF-16 positions are converted in ``core.offsets``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Coder:
    id: int
    uuid: str
    name: str


@dataclass(frozen=True)
class Document:
    id: int
    uuid: str
    name: str
    kind: str
    characters: int
    source_name: str
    source_format: str
    sha256: str
    imported_at: str
    position: int


@dataclass(frozen=True)
class Paragraph:
    ordinal: int
    start: int
    end: int


class SpeakerTurn(NamedTuple):
    """One speaker's turn: ``start`` is where the label (or timestamp) begins, ``content_start``
    where the spoken words begin; ``end`` covers continuation paragraphs without a label.

    A named tuple: a long interview's thousands of turns are made each time it opens, and a
    frozen dataclass took ~1.5 µs each (6 ms of a switch to a 1M-character transcript)."""

    ordinal: int
    speaker: str
    timestamp: str | None
    start: int
    content_start: int
    end: int


@dataclass(frozen=True)
class Code:
    id: int
    uuid: str
    parent_id: int | None
    name: str
    color: str
    definition: str
    when_to_use: str
    when_not_to_use: str
    example: str
    position: int
    codable: bool = True
    """False for a category header (REFI ``isCodable="false"``): it groups codes, nobody codes with it."""


@dataclass(frozen=True)
class CodeSet:
    """A named group of codes from anywhere in the tree (REFI-QDA ``Set`` of ``MemberCode``)."""

    id: int
    uuid: str
    name: str
    description: str
    code_ids: tuple[int, ...]


@dataclass(frozen=True)
class Coding:
    id: int
    uuid: str
    document_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    memo: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Memo:
    id: int
    uuid: str
    coder_id: int | None
    target_kind: str
    target_id: int | None
    title: str
    text: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AuditEvent:
    id: int
    uuid: str
    at: str
    coder_id: int | None
    action: str
    entity: str
    entity_uuid: str | None
    before: str | None
    after: str | None


@dataclass
class CodeSpec:
    """A code and its subtree as held in a codebook file, before it is in any project.

    Used by codebook import/export (JSON resource, REFI-QDA ``.qdc``) and by
    :func:`caqda.core.codebook.add_code_tree`.
    """

    name: str
    color: str = "#9e9e9e"
    definition: str = ""
    when_to_use: str = ""
    when_not_to_use: str = ""
    example: str = ""
    uuid: str | None = None
    children: list[CodeSpec] = field(default_factory=list)
    codable: bool = True

    def walk(self) -> list[CodeSpec]:
        """This code and all its descendants, depth first."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found
