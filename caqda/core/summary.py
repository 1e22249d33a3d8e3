"""Counts and listings over a whole project, shared by ``caqda info``, ``caqda codings`` and the GUI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from caqda.core.filters import grouped, where_in
from caqda.core.project import Project


def project_info(project: Project) -> dict[str, list[dict[str, Any]]]:
    """Documents, codes and coders with their coding counts, in display order."""
    documents = [
        {"name": row["name"], "kind": row["kind"], "characters": row["characters"], "codings": row["codings"]}
        for row in project.rows(
            "SELECT d.name, d.kind, d.characters, "
            "(SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id) AS codings "
            "FROM documents d ORDER BY d.position, d.id"
        )
    ]
    from caqda.core.codebook import list_codes

    counts = dict(project.rows("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id"))
    names = {}
    codes = []
    for code in list_codes(project):
        names[code.id] = code.name
        codes.append(
            {
                "name": code.name,
                "parent": names.get(code.parent_id) if code.parent_id is not None else None,
                "codings": counts.get(code.id, 0),
            }
        )
    coders = [
        {"name": row["name"], "codings": row["codings"]}
        for row in project.rows(
            "SELECT r.name, (SELECT COUNT(*) FROM codings c WHERE c.coder_id = r.id) AS codings "
            "FROM coders r ORDER BY r.name COLLATE NOCASE"
        )
    ]
    return {"documents": documents, "codes": codes, "coders": coders}


@dataclass(frozen=True)
class CodedSegment:
    """A coding with the names and the text a reader needs, ready to print or export."""

    uuid: str
    document: str
    code: str
    coder: str
    start: int
    end: int
    text: str
    memo: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "code": self.code,
            "coder": self.coder,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "memo": self.memo,
            "uuid": self.uuid,
        }


SegmentKey = tuple[int, int, int, int, int]
"""Where a segment sorts in a listing: (document position, document id, start, end, coding id)."""


def coded_segments(
    project: Project,
    *,
    document_ids: list[int] | None = None,
    code_ids: list[int] | None = None,
    coder_ids: list[int] | None = None,
) -> list[CodedSegment]:
    keyed = keyed_segments(project, document_ids=document_ids, code_ids=code_ids, coder_ids=coder_ids)
    return [segment for _, segment in keyed]


def keyed_segments(
    project: Project,
    *,
    document_ids: list[int] | None = None,
    code_ids: list[int] | None = None,
    coder_ids: list[int] | None = None,
    uuids: list[str] | None = None,
) -> list[tuple[SegmentKey, CodedSegment]]:
    """Coded segments in listing order, each with its sort key, so that a list can place one
    new segment by bisection instead of reloading all of them. With ``uuids`` (a few codings)
    the text is cut in SQL; otherwise each document's text is read once and sliced here."""
    return [
        ((row[0], row[1], row[2], row[3], row[4]), CodedSegment(*row[5:]))
        for row in _segment_rows(project, document_ids, code_ids, coder_ids, uuids)
    ]


_DICTS_AT_ONCE = 5_000  # a document's codings as dictionaries at most this many at a time


def segment_dicts(
    project: Project,
    *,
    document_ids: list[int] | None = None,
    code_ids: list[int] | None = None,
    coder_ids: list[int] | None = None,
) -> Iterator[list[dict[str, Any]]]:
    """``coded_segments(...)`` as ``CodedSegment.as_dict`` gives them, built straight from the
    rows, in lists of one document's (at most _DICTS_AT_ONCE): ``caqda codings --json`` on
    300,000 codings writes each list as it is made instead of holding them all (no record
    object per coding, one document's text at a time); lists rather than a generator step per
    coding took a quarter off the command's CPU time. The codings are read in table order and
    put with their document, each document's sorted on its own: sorting all 300,000 by a key of
    five numbers took a second."""
    where, parameters = where_in(
        (("document_id", document_ids), ("code_id", code_ids), ("coder_id", coder_ids))
    )
    cursor = project.connection.cursor()
    cursor.row_factory = None
    # start first: Python's sort of tuples decides most comparisons on their first items alone
    # (a fast path); with the document first, the same in every row of a list, each comparison
    # went on into the rest of the tuple (twice the time).
    by_document = grouped(
        cursor.execute(
            f'SELECT start, "end", id, document_id, uuid, code_id, coder_id, memo FROM codings {where}',
            tuple(parameters),
        ),
        3,
    )
    codes = dict(cursor.execute("SELECT id, name FROM codes").fetchall())
    coders = dict(cursor.execute("SELECT id, name FROM coders").fetchall())
    for document_id, name in cursor.execute(
        "SELECT id, name FROM documents ORDER BY position, id"
    ).fetchall():
        rows = by_document.pop(document_id, None)
        if not rows:
            continue
        rows.sort()  # by start, end, id (ids are unique)
        whole = project.scalar("SELECT text FROM documents WHERE id = ?", (document_id,))
        for first in range(0, len(rows), _DICTS_AT_ONCE):
            yield [
                {
                    "document": name,
                    "code": codes[code_id],
                    "coder": coders[coder_id],
                    "start": start,
                    "end": end,
                    "text": whole[start:end],
                    "memo": memo,
                    "uuid": uuid,
                }
                for start, end, _, _, uuid, code_id, coder_id, memo in rows[first : first + _DICTS_AT_ONCE]
            ]


def _segment_rows(
    project: Project,
    document_ids: list[int] | None,
    code_ids: list[int] | None,
    coder_ids: list[int] | None,
    uuids: list[str] | None,
) -> Iterator[tuple[Any, ...]]:
    """``(position, document id, start, end, coding id, uuid, document, code, coder, start,
    end, text, memo)`` in listing order. Names come from small dictionaries instead of joins,
    the sort runs here on plain tuples (faster than SQLite sorting joined rows), and each
    document's text is read once, kept only while its codings are made (they come together)."""
    where, parameters = where_in(
        (("document_id", document_ids), ("code_id", code_ids), ("coder_id", coder_ids), ("uuid", uuids))
    )
    cursor = project.connection.cursor()
    cursor.row_factory = None
    codings = cursor.execute(
        f'SELECT document_id, start, "end", id, uuid, code_id, coder_id, memo FROM codings {where}',
        tuple(parameters),
    ).fetchall()
    few = sorted({row[0] for row in codings}) if len(codings) < 100 else None  # one coding's row
    documents = {
        row[0]: (row[1], row[2])
        for row in cursor.execute(
            "SELECT id, position, name FROM documents"
            + ("" if few is None else f" WHERE id IN ({','.join('?' * len(few))})"),
            () if few is None else tuple(few),
        )
    }
    codes = dict(cursor.execute("SELECT id, name FROM codes").fetchall())
    coders = dict(cursor.execute("SELECT id, name FROM coders").fetchall())
    codings.sort(key=lambda row: (documents[row[0]][0], row[0], row[1], row[2], row[3]))
    if uuids is not None:  # a few codings: cut in SQL, no whole text read
        cut = {
            row[0]: row[1]
            for row in cursor.execute(
                f'SELECT c.id, substr(d.text, c.start + 1, c."end" - c.start) FROM codings c '
                f"JOIN documents d ON d.id = c.document_id {where.replace('uuid', 'c.uuid')}",
                tuple(parameters),
            )
        }
    current_id, whole = None, ""
    for document_id, start, end, coding_id, uuid, code_id, coder_id, memo in codings:
        position, name = documents[document_id]
        if uuids is not None:
            text = cut[coding_id]
        else:
            if document_id != current_id:
                current_id = document_id
                whole = project.scalar("SELECT text FROM documents WHERE id = ?", (document_id,))
            text = whole[start:end]
        yield (
            position,
            document_id,
            start,
            end,
            coding_id,
            uuid,
            name,
            codes[code_id],
            coders[coder_id],
            start,
            end,
            text,
            memo,
        )


def coded_lengths(
    project: Project,
    pairs: list[tuple[int, int]] | None = None,
    *,
    document_ids: list[int] | None = None,
) -> dict[tuple[int, int], int]:
    """Characters of each document that each coder has coded with any code, overlapping codings
    counted once: ``(document_id, coder_id) -> characters``; only ``pairs`` (or only the
    documents ``document_ids``) when given. Pairs without codings are left out. Reads the
    ``codings_coverage`` index in order (no sort)."""
    if pairs is not None:
        lengths: dict[tuple[int, int], int] = {}
        for document_id, coder_id in sorted(set(pairs)):
            spans = project.connection.execute(
                'SELECT start, "end" FROM codings WHERE document_id = ? AND coder_id = ? ORDER BY start',
                (document_id, coder_id),
            ).fetchall()
            if spans:
                lengths[(document_id, coder_id)] = _union_length(spans)
        return lengths
    where, parameters = where_in((("document_id", document_ids),))
    covered: dict[tuple[int, int], int] = {}
    key, total, furthest = None, 0, -1
    for document_id, coder_id, start, end in project.connection.execute(
        f'SELECT document_id, coder_id, start, "end" FROM codings {where} '
        "ORDER BY document_id, coder_id, start",
        tuple(parameters),
    ):
        if (document_id, coder_id) != key:
            if key is not None:
                covered[key] = total
            key, total, furthest = (document_id, coder_id), 0, -1
        if end > furthest:
            total += end - (start if start > furthest else furthest)
            furthest = end
    if key is not None:
        covered[key] = total
    return covered


def _union_length(spans: list[tuple[int, int]]) -> int:
    """Length of the union of ``[start, end)`` spans sorted by start."""
    total, furthest = 0, -1
    for start, end in spans:
        if end > furthest:
            total += end - (start if start > furthest else furthest)
            furthest = end
    return total


def uncovered_length(
    project: Project, document_id: int, coder_id: int, start: int, end: int, exclude_id: int | None = None
) -> int:
    """Characters of ``[start, end)`` that no other coding of this coder in this document covers
    (``exclude_id``: the coding itself): what adding or removing that one coding changes in the
    coder's coded length, so a window keeps the share as a running total."""
    overlapping = project.connection.execute(
        'SELECT max(start, ?), min("end", ?) FROM codings WHERE document_id = ? AND coder_id = ? '
        'AND start < ? AND "end" > ? AND id IS NOT ? ORDER BY start',
        (start, end, document_id, coder_id, end, start, exclude_id),
    ).fetchall()
    return (end - start) - _union_length(overlapping)


def coded_shares(project: Project) -> dict[tuple[int, int], float]:
    """Share of each document's characters that each coder has coded with any code:
    ``(document_id, coder_id) -> 0..1``. Overlapping codings count once."""
    lengths = dict(project.rows("SELECT id, characters FROM documents"))
    return {
        key: value / lengths[key[0]] for key, value in coded_lengths(project).items() if lengths.get(key[0])
    }


def code_counts(project: Project, coder_ids: list[int] | None = None) -> dict[int, int]:
    """Codings per code, counting only these coders' (None: everyone's)."""
    where, parameters = where_in((("coder_id", coder_ids),))
    return dict(
        project.rows(f"SELECT code_id, COUNT(*) FROM codings {where} GROUP BY code_id", tuple(parameters))
    )
