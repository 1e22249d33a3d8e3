"""What every importer returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from caqda.core.text import Turn


@dataclass(frozen=True)
class ExtractedDocument:
    """Text as read from a source file, before normalisation.

    ``notes`` tell the user what the importer decided or could not keep (an encoding guessed,
    images skipped); ``attributes`` hold metadata found in the file (a Word title, an author).
    An importer that knows the structure itself (a social-media export knows its posts) gives
    ``paragraphs`` and ``turns`` over already normalised text, and the document's ``kind``;
    otherwise caqda finds them in the text.
    """

    text: str
    source_format: str
    notes: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    paragraphs: list[tuple[int, int]] | None = None
    turns: list[Turn] | None = None
    kind: str | None = None
