"""Find where a quote stands in a document, tolerating small edits.

Codings kept as quotes (the demo corpus, codings pasted from elsewhere) survive edits to the
transcript: an exact match is tried first, then one that ignores differences in white space,
then rapidfuzz's best partial alignment.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

DEFAULT_MIN_SCORE = 90.0


def anchor_quote(text: str, quote: str, *, min_score: float = DEFAULT_MIN_SCORE) -> tuple[int, int] | None:
    """``[start, end)`` of the quote in ``text`` (code points), or None when it is not there."""
    quote = unicodedata.normalize("NFC", quote).strip()
    if not quote:
        return None
    position = text.find(quote)
    if position != -1:
        return position, position + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, text)
    if match:
        return match.start(), match.end()
    alignment = fuzz.partial_ratio_alignment(quote, text, score_cutoff=min_score)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
