"""What a REFI-QDA project exchange (.qdpx) did, and the error it raises when it cannot.

The standard (§7) asks programs to tell the user, at import and export, what data is lost
between programs "in as much detail as possible". Every loss is a whole sentence in
:attr:`QdpxReport.losses`, ready to show in a dialog or print on the command line;
:attr:`QdpxReport.notes` tells what caqda decided without losing anything (how positions
were converted, names changed to stay unique).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from caqda.core.errors import CaqdaError

PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"


class QdpxError(CaqdaError):
    """A .qdpx file could not be read or written; nothing was created or changed."""


@dataclass(frozen=True)
class QdpxReport:
    """Counts of what was exported or imported, and in words what was not."""

    documents: int = 0
    codes: int = 0
    coders: int = 0
    codings: int = 0
    memos: int = 0
    attributes: int = 0
    losses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a status bar: '11 documents, 28 codes, 2 coders, 468 codings, …'."""
        parts = [
            counted(self.documents, "document", "documents"),
            counted(self.codes, "code", "codes"),
            counted(self.coders, "coder", "coders"),
            counted(self.codings, "coding", "codings"),
            counted(self.memos, "memo", "memos"),
            counted(self.attributes, "attribute value", "attribute values"),
        ]
        return ", ".join(parts)


def counted(count: int, singular: str, plural: str) -> str:
    """'1 code', '3 codes'."""
    return f"{count} {singular if count == 1 else plural}"


def were(count: int, singular: str, plural: str) -> str:
    """'1 code was', '3 codes were': the start of most loss sentences."""
    return f"{count} {singular} was" if count == 1 else f"{count} {plural} were"


def named(names: Iterable[str], limit: int = 5) -> str:
    """``'a', 'b' and 3 more``: examples for a message, never a wall of text."""
    listed = list(names)
    shown = ", ".join(f"'{name}'" for name in listed[:limit])
    if len(listed) > limit:
        shown += f" and {len(listed) - limit} more"
    return shown
