"""Quotes find their place in a transcript, even after small edits."""

from __future__ import annotations

from caqda.core.anchoring import anchor_quote

TEXT = (
    "E03: The ouvidoria called her the same day. The exam request had been lost between the units;\n"
    "we rescheduled it for the next morning and the supervisor apologised to her personally."
)


def test_exact_quote() -> None:
    quote = "The exam request had been lost between the units;"
    start, end = anchor_quote(TEXT, quote) or (0, 0)
    assert TEXT[start:end] == quote


def test_quote_with_different_white_space() -> None:
    span = anchor_quote(TEXT, "between  the units;  we rescheduled it")
    assert span is not None
    assert TEXT[span[0] : span[1]] == "between the units;\nwe rescheduled it"


def test_quote_with_a_small_edit_is_found_by_fuzzy_matching() -> None:
    # The transcript was corrected after the quote was taken ("rescheduled" -> "re-scheduled").
    span = anchor_quote(TEXT, "we re-scheduled it for the next morning and the supervisor apologized")
    assert span is not None
    found = TEXT[span[0] : span[1]]
    assert found.startswith("we rescheduled it") and "supervisor apologised" in found


def test_decomposed_accents_match_composed_text() -> None:
    span = anchor_quote("Hospital em São Paulo.", "Sa\u0303o Paulo")
    assert span == (12, 21)


def test_absent_quote_gives_none() -> None:
    assert (
        anchor_quote(TEXT, "The cafeteria menu changed completely after complaints about cold soup") is None
    )
    assert anchor_quote(TEXT, "   ") is None
