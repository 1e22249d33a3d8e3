"""Small rules about names and fingerprints that several parts of caqda share."""

from __future__ import annotations

import hashlib


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when it is taken (compared without case);
    the name chosen is added to ``taken``."""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({number})"
        number += 1
    taken.add(candidate.casefold())
    return candidate


def text_digest(text: str) -> str:
    """The SHA-256 of a document's text (UTF-8), as stored in ``documents.sha256``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
