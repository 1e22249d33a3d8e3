"""Small rules about names and fingerprints that several parts of caqda share."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import sqlite3
from collections.abc import Iterator


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when it is taken (compared without case);
    the name chosen is added to ``taken``."""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({number})"
        number += 1
    taken.add(candidate.casefold())
    return candidate


# Long texts are encoded a piece at a time: encoding a whole text reserves up to four bytes a
# character before trimming, several times what the text itself holds.
_PIECE = 1 << 16


def text_digest(text: str) -> str:
    """The SHA-256 of a document's text (UTF-8), as stored in ``documents.sha256``."""
    digest = hashlib.sha256()
    for start in range(0, len(text), _PIECE):
        digest.update(text[start : start + _PIECE].encode("utf-8"))
    return digest.hexdigest()


def stored_text(text: str) -> str | bytearray:
    """What to bind for ``CAST(? AS TEXT)`` to store ``text``: the text itself when it is ASCII
    (sqlite3 reads its characters in place), otherwise its UTF-8 bytes, made a piece at a time.
    Binding a non-ASCII str makes Python keep a UTF-8 copy inside the string for as long as the
    string lives; the bytes here go as soon as the row is written. The stored value is the same
    text either way."""
    if text.isascii():
        return text
    # Sized exactly before it is filled (the pieces are encoded twice): a bytearray grown piece
    # by piece over-allocates and may be copied as it grows, up to twice its size at a moment.
    starts = range(0, len(text), _PIECE)
    encoded = bytearray(sum(len(text[start : start + _PIECE].encode("utf-8")) for start in starts))
    filled = 0
    for start in starts:
        piece = text[start : start + _PIECE].encode("utf-8")
        encoded[filled : filled + len(piece)] = piece
        filled += len(piece)
    return encoded


_HANDED_OVER = "caqda_handed_over_text"
_CALLS = itertools.count(1)
_LEAN_CACHE = -256  # kibibytes


@contextlib.contextmanager
def handed_over_text(connection: sqlite3.Connection, holder: list[str]) -> Iterator[str]:
    """An SQL expression for one INSERT that stores the text in ``holder`` (the caller's only
    reference to it) as TEXT, exactly as ``CAST(? AS TEXT)`` bound to :func:`stored_text` would.

    A bound parameter is copied by SQLite while Python still holds its own copy (and the str
    beside its UTF-8 bytes), and the copy stays with the cached statement after the INSERT. Here
    a function hands the value to SQLite as the row is made: the str is let go once its UTF-8
    bytes exist, and those bytes once SQLite has copied them, so an import holds one copy fewer
    while SQLite builds its record and the search index its terms. Called a second time, the
    function raises rather than store an empty text.

    For that INSERT the page cache is kept small (256 KB instead of SQLite's 2 MB): the text's
    overflow pages are written once and never read back, so caching them only adds to the peak.
    """

    def hand_over() -> str | bytearray:
        return stored_text(holder.pop())

    # A name of its own each time: SQLite refuses to replace or remove a function while another
    # statement of the connection is still running (a cursor not read to its end), so removing
    # it afterwards may fail, and is then left to the connection's end.
    name = f"{_HANDED_OVER}_{next(_CALLS)}"
    cache_size = int(connection.execute("PRAGMA cache_size").fetchone()[0])
    connection.create_function(name, 0, hand_over)
    connection.execute(f"PRAGMA cache_size = {_LEAN_CACHE}")
    try:
        yield f"CAST({name}() AS TEXT)"
    finally:
        connection.execute(f"PRAGMA cache_size = {cache_size}")
        with contextlib.suppress(sqlite3.OperationalError):
            connection.create_function(name, 0, None)


_INDEX_TRIGGER = "search_index_insert"


@contextlib.contextmanager
def search_index_afterwards(connection: sqlite3.Connection) -> Iterator[None]:
    """Documents inserted in the block are added to the full-text index at its end, in one
    statement of their own, instead of by the ``search_index_insert`` trigger while each row is
    written (inside the caller's transaction, so the index is never seen out of date).

    Fired by the INSERT, the trigger indexes a text while SQLite still holds the value it was
    given and the row's record, so the index's pending terms (about 1.3 times a Latin text's
    size) come on top of two copies: a resident peak near 3.4 times the text in SQLite alone.
    Indexed afterwards, from the stored row, the terms meet only the one copy read back (2.35
    times). The trigger is dropped for the block and made again from its own SQL as stored in
    the project, so the schema stays as it was; the statement here does what its body does
    (``INSERT INTO search_index(rowid, text) VALUES (new.id, new.text)``), for every row whose
    id is above the highest before the block. A project without the trigger is left so. The
    text is read back through a small page cache (``_LEAN_CACHE``), as it was written: its
    overflow pages are read once, and a full cache of them would add half a copy to the peak.
    """
    row = connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
    ).fetchone()
    if row is None:
        yield
        return
    before = int(connection.execute("SELECT COALESCE(MAX(id), 0) FROM documents").fetchone()[0])
    connection.execute(f"DROP TRIGGER {_INDEX_TRIGGER}")
    try:
        yield
        cache_size = int(connection.execute("PRAGMA cache_size").fetchone()[0])
        connection.execute(f"PRAGMA cache_size = {_LEAN_CACHE}")
        try:
            connection.execute(
                "INSERT INTO search_index(rowid, text) "
                "SELECT id, text FROM documents WHERE id > ? ORDER BY id",
                (before,),
            )
        finally:
            connection.execute(f"PRAGMA cache_size = {cache_size}")
    finally:
        # Made again unless the transaction was rolled back already (which put it back).
        if (
            connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
            ).fetchone()
            is None
        ):
            connection.execute(row[0])
