"""Counts in messages: '1 place found', '2 places found'; a new user noticed '1 places found'."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 coding', '1,234 codings': a count with its noun in the right number (thousands with
    commas, as every count the command line prints)."""
    word = singular if number == 1 else (plural or f"{singular}s")
    return f"{number:,} {word}"


def agreeing(number: int, singular: str, plural: str) -> str:
    """The verb that agrees with ``number``: agreeing(1, 'was', 'were') == 'was'."""
    return singular if number == 1 else plural
