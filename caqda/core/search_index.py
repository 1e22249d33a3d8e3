"""Reading the full-text index, and turning a folded query into a pattern over the original text.

The index (``search_index``, made by :mod:`caqda.core.migrations.search_index`) answers which
documents *may* hold a query, in milliseconds, so an absent or rare word never reads the 10 MB
of text. The places themselves are then found by a regular expression over the original text
of those documents only, where every letter of the query stands for all the letters that fold
to it ("a" for "aáàâãä..." in either case). Offsets are therefore code points of the original
text, and the index only ever narrows the documents to read: a document it names that turns
out not to match costs time, never a wrong hit.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import cache

from caqda.core.project import Project

# Tokens as the FTS5 unicode61 tokenizer sees them: runs of letters and digits.
_TOKEN = re.compile(r"[^\W_]+")
# Past this many index terms in an OR query, reading every document is as quick.
_MAX_TERMS_IN_QUERY = 300
# The row of ``search_vocabulary`` saying it holds every term: the empty term, which the index
# never has, so it sorts first.
_COMPLETE = ""


def fold(text: str) -> str:
    """Lower case without accents: the form a query and the text are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_char(char: str) -> str:
    """One character folded to one character (``fold`` when that keeps the length, else its
    lower case), so that a folded query lines up letter for letter with the text."""
    folded = fold(char)
    if len(folded) == 1:
        return folded
    lower = char.lower()
    return lower if len(lower) == 1 else char


@cache
def _variants() -> dict[str, str]:
    """For each folded letter, every letter of the Latin blocks that folds to it."""
    found: dict[str, set[str]] = {}
    for block in (range(0x20, 0x250), range(0x1E00, 0x1F00)):
        for point in block:
            char = chr(point)
            if char.isalnum():
                found.setdefault(fold_char(char), set()).add(char)
    return {key: "".join(sorted(chars)) for key, chars in found.items()}


def char_variants(char: str) -> set[str]:
    """``char`` in any case and with any accent: the letters :func:`char_pattern` matches."""
    folded = fold_char(char)
    chars = set(_variants().get(folded, "")) | {char, folded, folded.upper(), char.lower(), char.upper()}
    return {c for c in chars if len(c) == 1}


def char_pattern(char: str) -> str:
    """A regular expression matching ``char`` in any case and with any accent."""
    chars = char_variants(char)
    if len(chars) == 1:
        return re.escape(chars.pop())
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def literal_pattern(text: str) -> str:
    """``text`` as a pattern ignoring case and accents; any run of spaces matches any other."""
    pieces = []
    for word in text.split():
        pieces.append("".join(char_pattern(char) if char.isalnum() else re.escape(char) for char in word))
    return r"\s+".join(pieces)


def tokens(text: str) -> list[str] | None:
    """The index terms of ``text``, or ``None`` when the index cannot be trusted to fold them
    the way :func:`fold` does (letters outside the Latin alphabets, e.g. Greek accents): then
    every document is read instead."""
    found = _TOKEN.findall(fold(text))
    known = _variants()
    if any(char not in known for token in found for char in token):
        return None
    return found


def vocabulary(project: Project) -> list[str]:
    """Every term in the index, in its order."""
    return list(term_counts(project))


def term_counts(project: Project) -> dict[str, int]:
    """How often each indexed term occurs, over all documents, in the index's order.

    Read from ``search_vocabulary`` when it holds the complete list; otherwise counted from
    the index (which decodes all of it) and kept there for the next search. The triggers that
    empty it on any change of the documents make a kept list always current."""
    connection = project.connection
    kept = connection.execute("SELECT term, occurrences FROM search_vocabulary ORDER BY term").fetchall()
    if kept and kept[0][0] == _COMPLETE:
        return {row[0]: row[1] for row in kept[1:]}
    counts = {row[0]: row[1] for row in connection.execute("SELECT term, cnt FROM search_terms")}
    try:
        with project.transaction():
            connection.execute("DELETE FROM search_vocabulary")
            connection.executemany(
                "INSERT INTO search_vocabulary(term, occurrences) VALUES (?, ?)", counts.items()
            )
            # Written last: a list cut short (a failure inside a caller's transaction) is not
            # taken for a complete one.
            connection.execute("INSERT INTO search_vocabulary(term, occurrences) VALUES (?, 0)", (_COMPLETE,))
    except sqlite3.Error:
        pass  # kept for speed only: the next search counts again
    return counts


def documents_with_any(project: Project, terms: list[str]) -> set[int] | None:
    """Documents holding at least one of ``terms`` (whole index terms); ``None`` when there are
    too many terms to ask for and every document has to be read."""
    if not terms:
        return set()
    if len(terms) > _MAX_TERMS_IN_QUERY:
        return None
    expression = " OR ".join(_quoted(term) for term in terms)
    return _matching(project, expression)


def documents_with_phrase(project: Project, phrase_tokens: list[str] | None) -> set[int] | None:
    """Documents holding these terms one after the other (``None``: read every document)."""
    if not phrase_tokens:
        return None
    return _matching(project, _quoted(" ".join(phrase_tokens)))


def documents_containing(project: Project, query_tokens: list[str] | None) -> set[int] | None:
    """Documents that may contain the query's letters anywhere, even inside words: each query
    token lies inside some indexed term. ``None`` means: read every document."""
    if not query_tokens:
        return None
    longest = max(query_tokens, key=len)
    # Words beginning with the token come straight from the index; when every document has one,
    # every document is read anyway and the vocabulary need not be scanned for words holding it.
    beginning = _matching(project, _quoted(longest) + "*")
    if len(beginning) == project.scalar("SELECT COUNT(*) FROM documents"):
        return None
    terms = [term for term in vocabulary(project) if longest in term]
    return documents_with_any(project, terms)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _matching(project: Project, expression: str) -> set[int]:
    return {
        row[0]
        for row in project.connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", (expression,)
        )
    }
