"""Checking a project for damage, and repairing what can be repaired safely.

A project may be damaged by hand (an SQLite browser), by another program, or by a disk. The
file-level checks (SQLite header, application id, ``quick_check``) run in
``project._check_project_file``; this module checks the *content* against what caqda expects:

- cheap checks, run every time a project opens (:func:`quick_problems`): missing tables or
  columns, codes that are their own ancestors (a parent cycle hangs every tree walk), NULLs
  where a value is required (every table) and bytes stored as text (the tables views read),
  codings outside their document's text, settings that are not what caqda writes. Problems
  that would hang or crash caqda block opening
  (:class:`~caqda.core.errors.ProjectDamagedError`) until repaired;
- the rest on demand (``caqda check PATH``): the full ``integrity_check`` and foreign keys,
  bytes stored as text in the structure tables and the audit trail, document text that no
  longer matches the sha256 stored when it was imported.

:func:`check_project` reports each problem in words and, with ``repair=True``, first copies the
file beside it and then repairs what is safe in one transaction recorded in the audit trail.
Changed document text is reported, never "repaired": caqda cannot know which text is right.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from caqda.core import schema
from caqda.core.errors import ProjectCorruptError, ProjectError, ProjectLockedError

# Settings whose value caqda parses as JSON, and the shape it expects.
_JSON_SETTINGS: dict[str, type] = {"shortcuts": dict}
_JSON_SETTING_PREFIXES: dict[str, type] = {"view:": dict}
_DEFAULT_COLOR = "#9e9e9e"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a project, in words for a researcher."""

    kind: str
    message: str
    repair: str | None = None  # what --repair does about it, or None if it cannot be repaired
    blocking: bool = False  # caqda cannot work with the project until it is repaired


NO_VERSION = Problem(
    "no version",
    "The project records no format version (0), as if it had not been written by caqda.",
    "record this caqda's format version, since every table and column it needs is there",
    blocking=True,
)


@dataclass
class CheckReport:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if not self.problems:
            return [f"'{self.path.name}' has no problems caqda knows how to find."]
        out = [f"'{self.path.name}' has {len(self.problems)} problem(s):"]
        for problem in self.problems:
            suffix = f" Repair: {problem.repair}" if problem.repair else " (cannot be repaired by caqda)"
            out.append(f"- {problem.message}{suffix if not self.repaired else ''}")
        if self.backup is not None:
            out.append(f"A copy of the project as it was is in '{self.backup.name}'.")
        out.extend(f"Repaired: {line}" for line in self.repaired)
        return out


# -- the schema caqda expects ---------------------------------------------------------------------
@dataclass(frozen=True)
class _Column:
    name: str
    not_null: bool
    text: bool


@functools.cache
def _expected() -> tuple[dict[str, tuple[_Column, ...]], dict[str, str]]:
    """Tables with their columns, and every CREATE statement by name, of a new project."""
    connection = sqlite3.connect(":memory:")
    try:
        schema.create_schema(connection)
        virtual = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        # A full-text index and its own shadow tables are SQLite's to keep; their presence is
        # checked, their columns are not (some have no rowid, none holds user values).
        tables = {
            name: ()
            if any(name == table or name.startswith(f"{table}_") for table in virtual)
            else tuple(
                _Column(row[1], bool(row[3]), "TEXT" in (row[2] or "").upper())
                for row in connection.execute(f'PRAGMA table_info("{name}")')
            )
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        statements = {
            name: sql
            for name, sql in connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        }
    finally:
        connection.close()
    return tables, statements


def _tables_of(connection: sqlite3.Connection) -> dict[str, set[str]]:
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {name: {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')} for name in names}


# -- cheap checks ------------------------------------------------------------------------------------
def quick_problems(connection: sqlite3.Connection) -> list[Problem]:
    """Problems found in milliseconds: run every time a project opens."""
    problems: list[Problem] = []
    expected, _ = _expected()
    present = _tables_of(connection)
    missing_tables = sorted(set(expected) - set(present))
    for table in missing_tables:
        problems.append(
            Problem(
                "missing table",
                f"The table '{table}' is missing, so what it held ({_HOLDS.get(table, table)}) is lost.",
                f"recreate it empty, so that caqda can open the project ({_HOLDS.get(table, table)} "
                "must be re-entered or taken from a backup)",
                blocking=True,
            )
        )
    for table, columns in expected.items():
        if table in present:
            lost = [column.name for column in columns if column.name not in present[table]]
            if lost:
                problems.append(
                    Problem(
                        "missing column",
                        f"The table '{table}' lacks the column(s) {', '.join(lost)}.",
                        None,
                        blocking=True,
                    )
                )
    if "codes" in present and {"id", "parent_id", "name"} <= present["codes"]:
        for cycle in parent_cycles(connection):
            names = " → ".join(f"'{name}'" for _, name in cycle)
            problems.append(
                Problem(
                    "parent cycle",
                    f"Codes are their own ancestors, each filed under the next: {names} → back to "
                    "the first. Showing the codebook would never end.",
                    f"make '{cycle[0][1]}' a top-level code, which breaks the loop",
                    blocking=True,
                )
            )
    if not missing_tables and not any(problem.kind == "missing column" for problem in problems):
        problems.extend(_null_and_blob_problems(connection, quick=True))
        problems.extend(_coding_problems(connection, quick=True))
    if "settings" in present:
        for key, reason in bad_settings(connection):
            problems.append(
                Problem(
                    "bad setting",
                    f"The setting '{key}' is not what caqda writes ({reason}).",
                    "remove it (caqda then uses its default)",
                )
            )
    return problems


_HOLDS = {
    "coders": "the coders",
    "documents": "the documents",
    "document_attributes": "the documents' attributes",
    "paragraphs": "the paragraph boundaries",
    "speaker_turns": "the speaker turns",
    "codes": "the codebook",
    "codings": "the codings",
    "memos": "the memos",
    "audit_events": "the audit trail",
    "settings": "the settings",
}


def parent_cycles(connection: sqlite3.Connection) -> list[list[tuple[int, str]]]:
    """Each loop of codes that are their own ancestors, as (id, name) from its lowest id."""
    parent = {}
    names = {}
    for code_id, parent_id, name in connection.execute("SELECT id, parent_id, name FROM codes"):
        parent[code_id] = parent_id
        names[code_id] = name if isinstance(name, str) else f"#{code_id}"
    cycles: list[list[tuple[int, str]]] = []
    finished: set[int] = set()
    for start in parent:
        path: list[int] = []
        on_path: dict[int, int] = {}
        current = start
        while current is not None and current in parent and current not in finished:
            if current in on_path:
                loop = path[on_path[current] :]
                first = loop.index(min(loop))
                loop = loop[first:] + loop[:first]
                cycles.append([(code_id, names[code_id]) for code_id in loop])
                break
            on_path[current] = len(path)
            path.append(current)
            current = parent[current]
        finished.update(path)
    return cycles


def bad_settings(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(key, reason) for each JSON setting caqda could not read back."""
    bad = []
    for key, value in connection.execute("SELECT key, value FROM settings"):
        shape = _JSON_SETTINGS.get(key) or next(
            (kind for prefix, kind in _JSON_SETTING_PREFIXES.items() if str(key).startswith(prefix)), None
        )
        if shape is None:
            continue
        try:
            parsed = json.loads(value)
        except (TypeError, ValueError):
            bad.append((key, "not readable JSON"))
            continue
        if not isinstance(parsed, shape):
            bad.append((key, f"a JSON {type(parsed).__name__}, not an object"))
        elif key == "shortcuts" and not all(isinstance(v, str) for v in parsed.values()):
            bad.append((key, "its codes are not code identifiers"))
    return bad


# -- thorough checks -------------------------------------------------------------------------------
def full_problems(connection: sqlite3.Connection) -> list[Problem]:
    """Every check: the cheap ones, then integrity, foreign keys, values and offsets."""
    problems = quick_problems(connection)
    if any(problem.kind in ("missing table", "missing column") for problem in problems):
        return problems  # the checks below need every table
    integrity = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    if integrity != ["ok"]:
        problems.append(
            Problem(
                "integrity",
                f"SQLite finds the file damaged ({'; '.join(integrity[:3])}).",
                None,
                blocking=True,
            )
        )
        return problems
    dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        tables = sorted({row[0] for row in dangling})
        problems.append(
            Problem(
                "dangling reference",
                f"{len(dangling)} row(s) in {', '.join(tables)} refer to a document, code or coder "
                "that no longer exists.",
                "delete those rows (they belong to nothing)",
            )
        )
    problems = [problem for problem in problems if problem.kind not in _REDONE_IN_FULL]
    problems.extend(_null_and_blob_problems(connection))
    problems.extend(_coding_problems(connection))
    problems.extend(_text_problems(connection))
    return problems


_REDONE_IN_FULL = {"missing value", "bytes instead of text", "coding outside text"}


# Checked at every open: the tables every view and export reads (SQLite answers "IS NULL" and
# typeof() from a row's header, without reading a document's text: ~30 ms for 60,000 codings).
_QUICK_TABLES = {"coders", "codes", "documents", "codings", "memos", "settings"}
# Also at every open, for NULLs only: the structure tables and the audit trail, hundreds of
# thousands of rows in a large project. One query a table that stops at the first NULL; where
# the schema still declares the columns NOT NULL, SQLite answers it without reading a row
# (0 ms on the 50 MB benchmark project), and a damaged table is read only up to its first NULL.
# Bytes stored as text there wait for ``caqda check``.
_QUICK_NULL_TABLES = {"paragraphs", "speaker_turns", "audit_events"}
# At every open, the codings' text columns that an index answers for bytes (the uuid's unique
# index; the memos through ``codings_with_memo``, which holds every row whose memo is not '', a
# value in bytes included): reading all 300,000 rows of a 50 MB project took a tenth of a
# second. Bytes as a coding's timestamps wait for ``caqda check``.
_QUICK_INDEXED_BLOBS = {
    "codings": {"uuid": "typeof(uuid) = 'blob'", "memo": "memo != '' AND typeof(memo) = 'blob'"}
}


def _has_nulls(connection: sqlite3.Connection, table: str, columns: list[_Column]) -> bool:
    nulls = " OR ".join(f'"{column.name}" IS NULL' for column in columns)
    return connection.execute(f'SELECT 1 FROM "{table}" WHERE {nulls} LIMIT 1').fetchone() is not None


def _null_and_blob_problems(connection: sqlite3.Connection, *, quick: bool = False) -> list[Problem]:
    """NULLs where caqda requires a value, and bytes where it stores text: one scan a table.
    ``quick`` checks only the tables of ``_QUICK_TABLES``, and those of ``_QUICK_NULL_TABLES``
    for NULLs."""
    problems = []
    expected, _ = _expected()
    for table, columns in expected.items():
        nulls_only = quick and table in _QUICK_NULL_TABLES
        if quick and table not in _QUICK_TABLES and not nulls_only:
            continue
        checked = list(columns)
        tests = [(column, "null") for column in checked if column.not_null]
        indexed = _QUICK_INDEXED_BLOBS.get(table) if quick else None
        if nulls_only or indexed is not None:
            if not tests or not _has_nulls(connection, table, [column for column, _ in tests]):
                tests = []
        else:
            tests += [(column, "blob") for column in checked if column.text]
        found: list[tuple[_Column, str, int]] = []
        if tests:
            # SQLite answers "IS NULL" of a column declared NOT NULL with "no" without reading
            # it: free at every open (a NULL written behind the declaration is found by the
            # quick_check that opening runs first). The full check reads each value (typeof()).
            null_test = '"{}" IS NULL' if quick else "typeof(\"{}\") = 'null'"
            # Bytes sort after every text and number, and an empty BLOB before any other: ">= X''"
            # is true for bytes only, the same as typeof() = 'blob' but a third quicker (no
            # function call a row).
            sums = ", ".join(
                f"COALESCE(SUM({null_test.format(column.name)}), 0)"
                if test == "null"
                else f"COALESCE(SUM(\"{column.name}\" >= X''), 0)"
                for column, test in tests
            )
            counts = connection.execute(f'SELECT {sums} FROM "{table}"').fetchone()
            found += [(column, test, count) for (column, test), count in zip(tests, counts, strict=True)]
        for name, where in (indexed or {}).items():
            column = next(column for column in checked if column.name == name)
            count = connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {where}').fetchone()[0]
            found.append((column, "blob", count))
        for column, test, count in found:
            if not count:
                continue
            if test == "null":
                problems.append(
                    Problem(
                        "missing value",
                        f"{count} row(s) of '{table}' have no {column.name}, which caqda requires.",
                        f"fill in {_filler_words(table, column.name)}",
                        blocking=True,
                    )
                )
            else:
                problems.append(
                    Problem(
                        "bytes instead of text",
                        f"{count} row(s) of '{table}' hold bytes, not text, as {column.name}.",
                        "read those bytes as UTF-8 text (undecodable bytes become \ufffd)",
                        blocking=True,
                    )
                )
    return problems


def _filler_words(table: str, column: str) -> str:
    if column == "name":
        return "a name such as 'Unnamed 3'"
    if column == "color":
        return f"the colour {_DEFAULT_COLOR}"
    if table == "documents" and column in ("text", "characters", "sha256"):
        return "the text as empty (the document's text is lost)"
    return "an empty value"


def _codings_outside(connection: sqlite3.Connection, length: str) -> int:
    """How many codings lie outside their document's ``length`` (a SQL expression).

    A document's length is stored after its text, so reading it once per coding would read the
    text thousands of times: the lengths go once into a temporary table (tens of
    milliseconds for 60,000 codings, cheap enough for every open).
    """
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS caqda_check_lengths(id INTEGER PRIMARY KEY, n)")
    try:
        connection.execute("DELETE FROM temp.caqda_check_lengths")
        connection.execute(f"INSERT INTO temp.caqda_check_lengths SELECT id, {length} FROM documents")
        return int(
            connection.execute(
                "SELECT COUNT(*) FROM codings c JOIN temp.caqda_check_lengths l "
                'ON l.id = c.document_id WHERE c.start < 0 OR c."end" <= c.start OR c."end" > l.n'
            ).fetchone()[0]
        )
    finally:
        connection.execute("DROP TABLE IF EXISTS temp.caqda_check_lengths")


def _coding_problems(connection: sqlite3.Connection, *, quick: bool = False) -> list[Problem]:
    outside = _codings_outside(connection, "characters" if quick else "length(text)")
    problems = []
    if outside:
        problems.append(
            Problem(
                "coding outside text",
                f"{outside} coding(s) reach outside their document's text (or are empty); exports "
                "and the transcript cannot show them.",
                "trim them to the text; a coding with nothing left is removed",
                blocking=True,
            )
        )
    if quick:
        return problems
    wrong_length = connection.execute(
        "SELECT name FROM documents WHERE typeof(text) = 'text' AND characters != length(text)"
    ).fetchall()
    if wrong_length:
        problems.append(
            Problem(
                "wrong length",
                f"{len(wrong_length)} document(s) record a length that is not their text's "
                f"({', '.join(repr(row[0]) for row in wrong_length[:5])}).",
                "record the text's real length",
            )
        )
    return problems


def _text_problems(connection: sqlite3.Connection) -> list[Problem]:
    changed = [
        name
        for name, text, digest in connection.execute(
            "SELECT name, text, sha256 FROM documents WHERE typeof(text) = 'text'"
        )
        if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != digest
    ]
    if not changed:
        return []
    return [
        Problem(
            "changed text",
            f"The text of {len(changed)} document(s) changed after import, outside caqda "
            f"({', '.join(repr(name) for name in changed[:5])}{', …' if len(changed) > 5 else ''}); "
            "codings may now mark the wrong words. Compare with the source or a backup.",
            None,
        )
    ]


# -- checking and repairing a file ------------------------------------------------------------------
def check_project(path: str | Path, *, repair: bool = False) -> CheckReport:
    """Check the project file at ``path``; with ``repair``, back it up and repair what is safe.

    Raises :class:`ProjectError` for a file that is not a caqda project, is open elsewhere, or
    is damaged below what caqda can read (restore a backup then).
    """
    from caqda.core.project import _check_project_file, _finish_interrupted_change, _uri_path

    path = Path(path)
    version_problem: Problem | None = None
    try:
        _check_project_file(path)
    except ProjectCorruptError as error:
        if "format version" not in str(error):
            raise
        version_problem = NO_VERSION
    _finish_interrupted_change(path)
    try:
        connection = sqlite3.connect(
            f"file:{_uri_path(path)}?mode=rw", uri=True, timeout=0.2, isolation_level=None
        )
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise ProjectLockedError(
                f"'{path.name}' is open in another caqda window or program. Close it there first."
            ) from error
        raise ProjectError(f"'{path.name}' could not be checked: {error}.") from error
    try:
        problems = full_problems(connection)
        if version_problem is not None:
            problems.insert(0, version_problem)
        report = CheckReport(path, problems)
        if repair and any(problem.repair for problem in problems):
            report.backup = _backup(path, connection)
            from caqda.core.check_repair import repair

            with _transaction(connection):
                report.repaired = repair(connection, problems)
    finally:
        connection.close()
    return report


def _backup(path: Path, connection: sqlite3.Connection) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem} before repair {stamp}{path.suffix}")
    target = sqlite3.connect(backup)
    try:
        connection.backup(target)
    finally:
        target.close()
    return backup


class _transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind: object, *rest: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
