"""Replace the accepted candidates by pseudonyms, everywhere, in one transaction.

The same original (compared ignoring case, accents and spacing) gets the same pseudonym in every
document, speaker label, attribute, memo and document name. Offsets of codings, paragraphs and
speaker turns are carried through each replacement (:mod:`.remap`); characters and sha256 are
recomputed. The audit event counts what was replaced and never names it. What the replacement
returns holds the mapping for the key file and the rows as they were, for undo.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from caqda.core import audit
from caqda.core.naming import text_digest, unique_name
from caqda.core.privacy.detect import Candidate, PrivacyError, _role
from caqda.core.privacy.remap import Edit, Remapper
from caqda.core.privacy.rules import SETTING as RULES_SETTING
from caqda.core.privacy.rules import forget_always
from caqda.core.privacy.status import MARK
from caqda.core.project import Project, now
from caqda.core.search_index import fold


@dataclass(frozen=True)
class Decision:
    """One accepted (possibly edited) candidate: what to replace and, optionally, by what."""

    document_uuid: str
    start: int
    end: int
    text: str
    category: str = "person"
    role: str = "Person"
    field: str = "text"
    pseudonym: str | None = None

    @classmethod
    def from_candidate(cls, candidate: Candidate, pseudonym: str | None = None) -> Decision:
        return cls(
            candidate.document_uuid,
            candidate.start,
            candidate.end,
            candidate.text,
            candidate.category,
            candidate.role,
            candidate.field,
            pseudonym,
        )


@dataclass
class KeyEntry:
    """One original and its pseudonym, with every place it was replaced."""

    original: str
    pseudonym: str
    category: str
    occurrences: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SavedRows:
    """The rows a pseudonymisation changed, as they were: ``(sql, parameters)`` to put them back."""

    statements: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]
    rules: str | None
    mark: str | None
    # the same rows as the replacement left them, for redo
    redo_statements: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...] = ()
    redo_rules: str | None = None
    redo_mark: str | None = None


@dataclass(frozen=True)
class Pseudonymisation:
    entries: tuple[KeyEntry, ...]
    replacements: int
    documents: int
    codings: int
    saved: SavedRows

    def message(self) -> str:
        return (
            f"Replaced {self.replacements:,} places ({len(self.entries):,} distinct details) in "
            f"{self.documents:,} documents; {self.codings:,} codings kept on the same words."
        )


def pseudonymise(
    project: Project,
    decisions: Sequence[Decision],
    *,
    name_list: Iterable[str] = (),
    keep_key: Callable[[list[KeyEntry]], None] | None = None,
) -> Pseudonymisation:
    """Replace every decision's stretch by its pseudonym and every other mention of the same
    original in names, labels, attributes and memos; one transaction, one audit event.

    ``keep_key`` receives the mapping before the commit (to write the key file): if it fails,
    nothing is replaced, so there is never a pseudonymised project whose key was lost."""
    if not decisions:
        raise PrivacyError("Nothing to replace: no candidate was accepted.")
    documents = {
        row["uuid"]: row
        for row in project.rows("SELECT id, uuid, name, text FROM documents ORDER BY position, id")
    }
    order = {uuid: index for index, uuid in enumerate(documents)}  # numbering follows the list
    mark = project.get_setting(MARK)
    counters: dict[str, int] = dict(json.loads(mark).get("counters", {})) if mark else {}
    names = [name for name in name_list if name.strip()]
    chooser = _Chooser(counters, names)
    by_place: dict[tuple[str, str], list[Decision]] = defaultdict(list)
    for decision in decisions:
        if decision.document_uuid not in documents:
            raise PrivacyError("A decision names a document that is not in this project; scan again.")
        by_place[(decision.document_uuid, decision.field)].append(decision)
    entries: dict[str, KeyEntry] = {}
    for decision in decisions:  # a pseudonym the researcher chose holds wherever that original stands
        if decision.pseudonym:
            chooser.entry(entries, decision)
    writer = _Writer()
    codings = 0
    rules_before = project.get_setting(RULES_SETTING)
    with project.transaction() as connection:
        attribute_values = {
            (row[0], row[1]): row[2]
            for row in project.rows("SELECT document_id, name, value FROM document_attributes")
        }
        for (uuid, where), chosen in sorted(
            by_place.items(), key=lambda item: (order[item[0][0]], item[0][1])
        ):
            document = documents[uuid]
            if where == "text":
                source = document["text"]
            elif where.startswith("attribute:") and (document["id"], where[10:]) in attribute_values:
                source = attribute_values[(document["id"], where[10:])]
            else:
                raise PrivacyError(f"A decision points at '{where}', which this project does not have.")
            edits = []
            for decision in sorted(chosen, key=lambda d: d.start):
                if not 0 <= decision.start < decision.end <= len(source) or (
                    source[decision.start : decision.end] != decision.text
                ):
                    raise PrivacyError(
                        f"The text at {decision.start}–{decision.end} of '{document['name']}' is not what "
                        "the decisions say: the project changed since the scan. Scan again."
                    )
                entry = chooser.entry(entries, decision)
                edits.append((Edit(decision.start, decision.end, entry.pseudonym), entry))
            try:
                remapper = Remapper(source, [edit for edit, _ in edits])
            except ValueError:
                raise PrivacyError(
                    f"Two accepted stretches of '{document['name']}' overlap; edit one."
                ) from None
            entry_of = {(edit.start, edit.end): entry for edit, entry in edits}
            for index, edit in enumerate(remapper.edits):
                new_start, new_end = remapper.new_span(index)
                entry_of[(edit.start, edit.end)].occurrences.append(
                    {"document_uuid": uuid, "field": where, "start": new_start, "end": new_end}
                )
            if where == "text":
                codings += _rewrite_text(project, writer, document["id"], source, remapper)
            else:
                writer.change(
                    "UPDATE document_attributes SET value = ? WHERE document_id = ? AND name = ?",
                    (remapper.text, document["id"], where[10:]),
                    (source, document["id"], where[10:]),
                )
                attribute_values[(document["id"], where[10:])] = remapper.text
        _rewrite_fields(project, writer, entries, attribute_values)
        writer.run(connection)
        forget_always(project)
        counts: dict[str, int] = defaultdict(int)
        for entry in entries.values():
            counts[entry.category] += len(entry.occurrences)
        marked = {
            "at": now(),
            "replacements": sum(counts.values()) + (json.loads(mark)["replacements"] if mark else 0),
            "counters": chooser.counters,
        }
        _set(connection, MARK, json.dumps(marked))
        rules_after = project.get_setting(RULES_SETTING)
        names_now = {row["uuid"]: row["name"] for row in project.rows("SELECT uuid, name FROM documents")}
        for entry in entries.values():
            for occurrence in entry.occurrences:
                if "document_uuid" in occurrence:
                    occurrence["document"] = names_now.get(occurrence["document_uuid"], "")
        if keep_key is not None:  # the key is written before the commit: no replacement without it
            keep_key(list(entries.values()))
        audit.record(
            project,
            "pseudonymise",
            "project",
            None,
            after={
                "replacements": sum(counts.values()),
                "details": len(entries),
                "by_category": dict(counts),
            },
        )
    return Pseudonymisation(
        entries=tuple(entries.values()),
        replacements=sum(counts.values()),
        documents=len({uuid for uuid, _ in by_place}),
        codings=codings,
        saved=SavedRows(
            writer.undo_statements(),
            rules_before,
            mark,
            writer.redo_statements(),
            rules_after,
            json.dumps(marked),
        ),
    )


def undo_pseudonymise(project: Project, saved: SavedRows) -> None:
    """Put every changed row back as it was (the exact original text), in one transaction."""
    _put_back(project, saved.statements, saved.rules, saved.mark, "undo pseudonymise")


def redo_pseudonymise(project: Project, saved: SavedRows) -> None:
    """Replace again exactly as the first time (the key file written then still holds)."""
    _put_back(project, saved.redo_statements, saved.redo_rules, saved.redo_mark, "pseudonymise")


def _put_back(
    project: Project,
    statements: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...],
    rules: str | None,
    mark: str | None,
    action: str,
) -> None:
    with project.transaction() as connection:
        for sql, rows in statements:
            connection.executemany(sql, rows)
        for key, value in ((RULES_SETTING, rules), (MARK, mark)):
            if value is None:
                connection.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                _set(connection, key, value)
        audit.record(project, action, "project", None)


# -- choosing pseudonyms ------------------------------------------------------------------
class _Chooser:
    def __init__(self, counters: dict[str, int], names: list[str]) -> None:
        self.counters = counters
        self._names = names

    def entry(self, entries: dict[str, KeyEntry], decision: Decision) -> KeyEntry:
        key = _identity(decision.category, decision.text)
        if key in entries:
            return entries[key]
        if decision.pseudonym:
            pseudonym = decision.pseudonym
        elif decision.category == "person" and self._names:
            pseudonym = self._names.pop(0)
        elif decision.category == "person":
            label = decision.role or "Person"
            self.counters[label] = self.counters.get(label, 0) + 1
            pseudonym = f"[{label} {self.counters[label]}]"
        else:
            pseudonym = f"[{_role(decision.category)}]"
        entries[key] = KeyEntry(decision.text, pseudonym, decision.category)
        return entries[key]


def _identity(category: str, text: str) -> str:
    folded = fold(" ".join(text.split()))
    return f"person:{folded}" if category == "person" else f"{category}:{folded}"


# -- writing ----------------------------------------------------------------------------------
class _Writer:
    """UPDATE statements to run, grouped by SQL, and the same statements with the old values."""

    def __init__(self) -> None:
        self._after: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self._before: dict[str, list[tuple[Any, ...]]] = defaultdict(list)

    def change(self, sql: str, after: tuple[Any, ...], before: tuple[Any, ...]) -> None:
        self._after[sql].append(after)
        self._before[sql].append(before)

    def run(self, connection: Any) -> None:
        for sql, rows in self._after.items():
            connection.executemany(sql, rows)

    def redo_statements(self) -> tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]:
        return tuple((sql, tuple(rows)) for sql, rows in self._after.items())

    def undo_statements(self) -> tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...]:
        # the exact reverse of :meth:`run`'s order, so a row changed twice ends as it began
        return tuple((sql, tuple(reversed(rows))) for sql, rows in reversed(list(self._before.items())))


def _rewrite_text(project: Project, writer: _Writer, document_id: int, old: str, remapper: Remapper) -> int:
    new = remapper.text
    writer.change(
        "UPDATE documents SET text = ?, characters = ?, sha256 = ? WHERE id = ?",
        (new, len(new), text_digest(new), document_id),
        (old, len(old), text_digest(old), document_id),
    )
    count = 0
    for row in project.rows('SELECT id, start, "end" FROM codings WHERE document_id = ?', (document_id,)):
        start, end = remapper.start(row[1]), remapper.end(row[2])
        if (start, end) != (row[1], row[2]):
            writer.change(
                'UPDATE codings SET start = ?, "end" = ? WHERE id = ?',
                (start, end, row[0]),
                (row[1], row[2], row[0]),
            )
        count += 1
    for row in project.rows(
        'SELECT code_id, start, "end" FROM similar_dismissals WHERE document_id = ?', (document_id,)
    ):
        start, end = remapper.start(row[1]), remapper.end(row[2])
        if (start, end) != (row[1], row[2]):
            writer.change(
                'UPDATE similar_dismissals SET start = ?, "end" = ? '
                'WHERE code_id = ? AND document_id = ? AND start = ? AND "end" = ?',
                (start, end, row[0], document_id, row[1], row[2]),
                (row[1], row[2], row[0], document_id, start, end),
            )
    for row in project.rows(
        'SELECT ordinal, start, "end" FROM paragraphs WHERE document_id = ?', (document_id,)
    ):
        start, end = remapper.start(row[1]), remapper.end(row[2])
        if (start, end) != (row[1], row[2]):
            writer.change(
                'UPDATE paragraphs SET start = ?, "end" = ? WHERE document_id = ? AND ordinal = ?',
                (start, end, document_id, row[0]),
                (row[1], row[2], document_id, row[0]),
            )
    for row in project.rows(
        'SELECT ordinal, start, content_start, "end" FROM speaker_turns WHERE document_id = ?', (document_id,)
    ):
        moved = (remapper.start(row[1]), remapper.start(row[2]), remapper.end(row[3]))
        if moved != tuple(row[1:]):
            writer.change(
                'UPDATE speaker_turns SET start = ?, content_start = ?, "end" = ? '
                "WHERE document_id = ? AND ordinal = ?",
                (*moved, document_id, row[0]),
                (*tuple(row[1:]), document_id, row[0]),
            )
    return count


def _rewrite_fields(
    project: Project,
    writer: _Writer,
    entries: dict[str, KeyEntry],
    attribute_values: dict[tuple[int, str], str],
) -> None:
    """Replace the originals wherever else they stand: labels, names, attributes, memos."""
    if not entries:
        return
    by_original = {fold(" ".join(entry.original.split())): entry for entry in entries.values()}
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(
            re.escape(entry.original) for entry in sorted(entries.values(), key=lambda e: -len(e.original))
        )
        + r")(?!\w)",
        re.IGNORECASE,
    )

    def substitute(value: str, where: dict[str, Any]) -> str:
        def one(match: re.Match[str]) -> str:
            entry = by_original.get(fold(" ".join(match.group().split())))
            if entry is None:
                return match.group()
            entry.occurrences.append(dict(where))
            return entry.pseudonym

        return pattern.sub(one, value)

    uuids = {row[0]: row[1] for row in project.rows("SELECT id, uuid FROM documents")}
    for document_id, ordinal, speaker in project.rows(
        "SELECT document_id, ordinal, speaker FROM speaker_turns"
    ):
        new = substitute(speaker, {"document_uuid": uuids[document_id], "field": "speaker label"})
        if new != speaker:
            writer.change(
                "UPDATE speaker_turns SET speaker = ? WHERE document_id = ? AND ordinal = ?",
                (new, document_id, ordinal),
                (speaker, document_id, ordinal),
            )
    for (document_id, name), value in attribute_values.items():
        new = substitute(value, {"document_uuid": uuids[document_id], "field": f"attribute:{name}"})
        if new != value:
            writer.change(
                "UPDATE document_attributes SET value = ? WHERE document_id = ? AND name = ?",
                (new, document_id, name),
                (value, document_id, name),
            )
    taken = {row[0].casefold() for row in project.rows("SELECT name FROM documents")}
    for document_id, name, source_name in project.rows("SELECT id, name, source_name FROM documents"):
        where = {"document_uuid": uuids[document_id], "field": "document name"}
        new_name = substitute(name, where)
        new_source = substitute(source_name, {**where, "field": "source file name"})
        if new_name != name:
            new_name = unique_name(new_name, taken)
        if (new_name, new_source) != (name, source_name):
            writer.change(
                "UPDATE documents SET name = ?, source_name = ? WHERE id = ?",
                (new_name, new_source, document_id),
                (name, source_name, document_id),
            )
    for memo_id, title, text in project.rows("SELECT id, title, text FROM memos"):
        where = {"field": "memo", "memo": memo_id}
        new_title, new_text = substitute(title, where), substitute(text, where)
        if (new_title, new_text) != (title, text):
            writer.change(
                "UPDATE memos SET title = ?, text = ? WHERE id = ?",
                (new_title, new_text, memo_id),
                (title, text, memo_id),
            )
    for coding_id, document_id, memo in project.rows(
        "SELECT id, document_id, memo FROM codings WHERE memo != ''"
    ):
        new = substitute(memo, {"document_uuid": uuids[document_id], "field": "coding memo"})
        if new != memo:
            writer.change("UPDATE codings SET memo = ? WHERE id = ?", (new, coding_id), (memo, coding_id))


def _set(connection: Any, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
