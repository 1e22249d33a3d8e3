"""What every importer returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExtractedDocument:
    """Text as read from a source file, before normalisation.

    ``notes`` tell the user what the importer decided or could not keep (an encoding guessed,
    images skipped); ``attributes`` hold metadata found in the file (a Word title, an author).
    """

    text: str
    source_format: str
    notes: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
