"""Code frequencies and code × document / code × attribute matrices.

A coding belongs to its code only (a parent code's row does not count its subcodes, unless
``include_subcodes``); to the speaker whose turn it starts in; to the documents' attribute
values. *Characters* are the text a code covers, each character once however many codings
overlap on it; *share* is those characters over the characters of the group's text (the
documents, or the speaker's turns, the group is about).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from caqda.core.analysis import intervals
from caqda.core.analysis.scope import AnalysisError, Scope
from caqda.core.analysis.table import Table, Value

GROUPINGS = ("none", "coder", "document", "speaker", "attribute:NAME")
MATRIX_VALUES = ("count", "row_percent", "column_percent", "presence")

CodingRow = tuple[int, int, int, int, int, int]  # id, document, code, coder, start, end


def group_of(scope: Scope, by: str) -> tuple[str, Callable[[CodingRow], str | None]]:
    """The label of the grouping column and a function ``coding row -> group name``."""
    if by in ("none", ""):
        return "", lambda row: None
    if by == "coder":
        return "coder", lambda row: scope.coder_name(row[3])
    if by == "document":
        return "document", lambda row: scope.documents[row[1]].name
    if by == "speaker":
        scope.preload_turns()
        return "speaker", lambda row: scope.speaker_at(row[1], row[4]) or "(no speaker)"
    if by.startswith("attribute:"):
        name = attribute_name(scope, by.partition(":")[2])
        return name, lambda row: scope.documents[row[1]].attributes.get(name, "(none)")
    raise AnalysisError(f"'{by}' is no grouping; use coder, document, speaker or attribute:NAME.")


def attribute_name(scope: Scope, name: str) -> str:
    """The attribute as stored, matched regardless of case; AnalysisError when no document has it."""
    known = {key for info in scope.documents.values() for key in info.attributes}
    for key in known:
        if key.casefold() == name.strip().casefold():
            return key
    raise AnalysisError(
        f"No document has an attribute called '{name}' (attributes: {', '.join(sorted(known)) or 'none'})."
    )


def _rows_of_code(scope: Scope, include_subcodes: bool) -> dict[int, list[int]]:
    """``code id -> the table rows (code ids) its codings count in``."""
    rows: dict[int, list[int]] = {}
    for code in scope.tree.ordered():
        chain = [code.id]
        if include_subcodes:
            parent = code.parent_id
            while parent is not None:
                chain.append(parent)
                parent = scope.tree.codes[parent].parent_id
        rows[code.id] = chain
    return rows


def frequencies(scope: Scope, *, by: str = "none", include_subcodes: bool = False) -> Table:
    """One row per code (and group): codings, documents, characters and share of the text.

    Counted with numpy (one sort, cumulative maxima for the covered characters) so 60,000
    codings take a fraction of a second; the codings behind a cell are found when asked for.
    """
    import numpy as np

    label, group = group_of(scope, by)
    group_text = _group_text(scope, by, label)
    rows = scope.codings()
    codes = scope.tree.ordered()
    code_index = {code.id: index for index, code in enumerate(codes)}
    names = _speakers(scope, rows) if by == "speaker" else [group(row) for row in rows]
    seen: dict[str | None, int] = {}
    group_of_row = np.fromiter(
        (seen.setdefault(name, len(seen)) for name in names), dtype=np.int64, count=len(rows)
    )
    document_index = {document_id: index for index, document_id in enumerate(scope.documents)}
    array = np.array(rows, dtype=np.int64).reshape(-1, 6)
    ids, starts, ends = array[:, 0], array[:, 4], array[:, 5]
    documents = np.fromiter((document_index[r[1]] for r in rows), dtype=np.int64, count=len(rows))
    code_of_row = np.fromiter((code_index[r[2]] for r in rows), dtype=np.int64, count=len(rows))
    if include_subcodes:  # each coding counts again in every ancestor's row
        parent = np.array([code_index.get(code.parent_id, -1) for code in codes] or [-1], dtype=np.int64)
        parts = [(ids, starts, ends, documents, group_of_row, code_of_row)]
        current = code_of_row
        while True:
            up = parent[current] if len(current) else current
            keep = up >= 0
            if not keep.any():
                break
            last = parts[-1]
            parts.append(
                (last[0][keep], last[1][keep], last[2][keep], last[3][keep], last[4][keep], up[keep])
            )
            current = up[keep]
        ids, starts, ends, documents, group_of_row, code_of_row = (
            np.concatenate(c) for c in zip(*parts, strict=True)
        )
    width = max(len(seen), 1)
    keys = code_of_row * width + group_of_row
    size = max(len(codes) * width, 1)
    counts = np.bincount(keys, minlength=size)
    pairs = np.unique(keys * max(len(document_index), 1) + documents)
    document_counts = np.bincount(pairs // max(len(document_index), 1), minlength=size)
    characters = _covered_by_key(keys, documents, starts, ends, size, len(document_index))
    group_names = list(seen)
    if by == "document":
        groups = [info.name for info in scope.documents.values() if info.name in seen]
    else:
        groups = sorted(group_names, key=lambda g: (g is None, _natural(g or "")))
    table = Table(
        "frequencies",
        "Code frequencies" + (f" by {label}" if label else ""),
        ["code", *([label] if label else [])],
        ["codings", "documents", "characters", "share %"],
    )
    row_keys: list[int] = []
    for index, code in enumerate(codes):
        for key_group in groups or [None]:
            key = index * width + seen.get(key_group, 0)
            found = int(counts[key]) if key_group in seen or not label else 0
            if not found and label:
                continue
            covered = int(characters[key]) if found else 0
            text = group_text.get(None if by == "coder" else key_group, 0)
            share = round(100 * covered / text, 2) if text else None
            table.add(
                [code.path, *([key_group] if label else [])],
                [found, int(document_counts[key]) if found else 0, covered, share],
                [],
                code.color,
            )
            row_keys.append(key if found else -1)
    order = np.argsort(keys, kind="stable")
    sorted_keys, sorted_ids = keys[order], ids[order]

    def behind(row: int, _column: int) -> tuple[int, ...]:
        key = row_keys[row]
        low = int(np.searchsorted(sorted_keys, key, side="left"))
        high = int(np.searchsorted(sorted_keys, key, side="right"))
        return tuple(sorted(int(i) for i in sorted_ids[low:high]))

    table.resolver = behind
    table.notes = _notes(scope, include_subcodes)
    return table


def _covered_by_key(
    keys: object, documents: object, starts: object, ends: object, size: int, document_count: int
) -> object:
    """Characters covered per key, each counted once per document: in (key, document, start)
    order a coding adds what reaches beyond the furthest end before it. Offsets keep keys and
    documents apart, so one cumulative maximum serves them all."""
    import numpy as np

    if not len(keys):  # type: ignore[arg-type]
        return np.zeros(size, dtype=np.int64)
    order = np.lexsort((starts, documents, keys))  # type: ignore[arg-type]
    span = int(np.max(ends)) + 1  # type: ignore[call-overload]
    base = (keys[order] * max(document_count, 1) + documents[order]) * span  # type: ignore[index]
    begin, finish = starts[order] + base, ends[order] + base  # type: ignore[index]
    reach = np.maximum.accumulate(finish)
    before = np.concatenate([[-1], reach[:-1]])
    added = np.maximum(0, finish - np.maximum(begin, before))
    return np.bincount(keys[order], weights=added, minlength=size).astype(np.int64)  # type: ignore[index]


def _speakers(scope: Scope, rows: list[CodingRow]) -> list[str]:
    """The speaker whose turn each coding starts in, found for all codings at once."""
    import numpy as np

    scope.preload_turns()
    offsets: dict[int, int] = {}
    starts, ends, speakers = [], [], []
    names: dict[str, int] = {}
    position = 0
    for document_id, info in scope.documents.items():
        offsets[document_id] = position
        for start, end, speaker, _ in scope.turns(document_id):
            starts.append(position + start)
            ends.append(position + end)
            speakers.append(names.setdefault(speaker, len(names)))
        position += info.characters + 1
    labels = [*names, "(no speaker)"]
    if not rows:
        return []
    where = np.fromiter((offsets[r[1]] + r[4] for r in rows), dtype=np.int64, count=len(rows))
    turn_starts = np.array(starts, dtype=np.int64)
    index = np.searchsorted(turn_starts, where, side="right") - 1
    inside = (
        (index >= 0) & (where < np.array([*ends, 0], dtype=np.int64)[np.maximum(index, 0)])
        if starts
        else index < -1
    )
    chosen = np.where(inside, np.array([*speakers, 0], dtype=np.int64)[np.maximum(index, 0)], len(labels) - 1)
    return [labels[i] for i in chosen.tolist()]


def matrix(
    scope: Scope, *, columns: str = "document", values: str = "count", include_subcodes: bool = False
) -> Table:
    """Codes × documents (``columns="document"``) or codes × an attribute's values
    (``"attribute:NAME"``): codings per cell, or row/column percentages of them, or 1/0."""
    if values not in MATRIX_VALUES:
        raise AnalysisError(f"'{values}' is not a matrix value; use one of {', '.join(MATRIX_VALUES)}.")
    if columns not in ("document",) and not columns.startswith("attribute:"):
        raise AnalysisError("A matrix's columns are documents or attribute:NAME.")
    label, group = group_of(scope, columns)
    if columns == "document":
        names = [info.name for info in scope.documents.values()]
    else:
        names = sorted(
            {info.attributes.get(label, "(none)") for info in scope.documents.values()}, key=_natural
        )
    chains = _rows_of_code(scope, include_subcodes)
    cells: dict[tuple[int, str], list[int]] = defaultdict(list)
    for row in scope.codings():
        for code_id in chains[row[2]]:
            cells[(code_id, group(row))].append(row[0])
    codes = scope.tree.ordered()
    counts = [[len(cells.get((code.id, name), [])) for name in names] for code in codes]
    column_totals = [sum(column) for column in zip(*counts, strict=True)] if codes else []
    kind_title = {
        "count": "codings",
        "row_percent": "row %",
        "column_percent": "column %",
        "presence": "present",
    }
    table = Table(
        "matrix",
        f"Codes × {label}s ({kind_title[values]})",
        ["code"],
        [*names, "total"],
    )
    for code, row_counts in zip(codes, counts, strict=True):
        total = sum(row_counts)
        shown: list[Value]
        if values == "count":
            shown = [*row_counts, total]
        elif values == "presence":
            present = [1 if count else 0 for count in row_counts]
            shown = [*present, sum(present)]
        elif values == "row_percent":
            shown = [round(100 * c / total, 2) if total else 0.0 for c in row_counts] + [
                100.0 if total else 0.0
            ]
        else:
            shown = [
                round(100 * c / t, 2) if t else 0.0 for c, t in zip(row_counts, column_totals, strict=True)
            ]
            grand = sum(column_totals)
            shown.append(round(100 * total / grand, 2) if grand else 0.0)
        ids = [tuple(cells.get((code.id, name), [])) for name in names]
        table.add([code.path], shown, [*ids, tuple(i for part in ids for i in part)], code.color)
    table.notes = _notes(scope, include_subcodes)
    if values == "presence":
        table.notes.append("1 = the code occurs there, 0 = it does not; total = in how many")
    return table


def _group_text(scope: Scope, by: str, label: str) -> dict[str | None, int]:
    """Characters of text behind each group, the denominator of *share*."""
    sizes: dict[str | None, int] = defaultdict(int)
    for info in scope.documents.values():
        if by == "document":
            sizes[info.name] += info.characters
        elif by == "speaker":
            for start, end, speaker, _ in scope.turns(info.id):
                sizes[speaker] += end - start
        elif label and by.startswith("attribute:"):
            sizes[info.attributes.get(label, "(none)")] += info.characters
        else:
            sizes[None] += info.characters
    return sizes


def _covered(rows: Iterable[CodingRow]) -> int:
    """Characters covered, each counted once per document."""
    by_document: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for row in rows:
        by_document[row[1]].append((row[4], row[5]))
    return sum(intervals.size(intervals.normalise(spans)) for spans in by_document.values())


def _notes(scope: Scope, include_subcodes: bool) -> list[str]:
    notes = scope.filters.describe()
    notes.append(
        "a parent code counts its subcodes' codings too"
        if include_subcodes
        else "each code counts its own codings"
    )
    return notes


def _natural(text: str) -> tuple[object, ...]:
    import re

    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))
