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


class LineJoiner:
    """``"\\n".join`` of the lines given one at a time, without holding a string a line until
    the end: lines are joined into pieces of about ``PIECE`` characters as they come, and the
    pieces at the end. A string's own overhead is a third of a short line, and the many freed
    at once leave the allocator's pools partly used: for a document of short lines, about half
    a copy of the text more at the import's peak."""

    PIECE = 1 << 16

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._lines: list[str] = []
        self._size = 0

    def add(self, line: str) -> None:
        self._lines.append(line)
        self._size += len(line)
        if self._size >= self.PIECE:
            self._pieces.append("\n".join(self._lines))
            self._lines.clear()
            self._size = 0

    def add_text(self, line: str) -> None:
        """:meth:`add` a line that holds text; blank ones are left out (a document's empty
        paragraphs; ``not line.isspace()`` rather than ``line.strip()``: no copy of the line)."""
        if line and not line.isspace():
            self.add(line)

    def text(self) -> str:
        """The lines joined (the joiner is emptied)."""
        if self._lines:
            self._pieces.append("\n".join(self._lines))
            self._lines.clear()
        text = "\n".join(self._pieces)
        self._pieces.clear()
        return text
