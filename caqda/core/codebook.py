"""The code tree: add, rename, move, merge, recolour, edit and delete codes.

Names are unique among siblings (case-insensitive) so a code can be named on the command line
as ``Name`` or, when two branches share a name, by its path ``Parent › Name``. A name may hold
"/" (other programs' codebooks use it: "Positive/negative"), so paths are joined with " › ",
which is the one thing a name cannot hold. The same name under different parents is allowed;
exports to programs that need unique names (QualCoder) warn about it
(:func:`repeated_names`). A code marked not codable is a category header: it groups codes
and nobody codes with it. Each operation is one transaction with its audit event.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from caqda.core import audit, tombstones
from caqda.core.errors import CodebookError, NotFoundError
from caqda.core.models import Code, CodeSpec
from caqda.core.project import Project, new_uuid, now

CODE_FIELDS = ("definition", "when_to_use", "when_not_to_use", "example")
_COLOR = re.compile(r"^#[0-9a-f]{6}$")
# Tableau 20, light shades first: readable as text highlights.
PALETTE = (
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#7f7f7f",
    "#c7c7c7",
)
_COLUMNS = (
    "id, uuid, parent_id, name, color, definition, when_to_use, when_not_to_use, example, position, codable"
)
PATH_SEPARATOR = " › "
"""Between the names of a code path ("Joint sphere › Peer support"); never inside a name."""


def _code(row: object) -> Code:
    values = dict(row)  # type: ignore[call-overload]
    values["codable"] = bool(values["codable"])
    return Code(**values)


def normalise_color(color: str) -> str:
    """``#RRGGBB`` in lower case; accepts ``#RGB`` and missing ``#``. Raises CodebookError."""
    value = color.strip().lower()
    if not value.startswith("#"):
        value = "#" + value
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(2 * digit for digit in value[1:])
    if not _COLOR.match(value):
        raise CodebookError(f"'{color}' is not a colour; write it as #RRGGBB, e.g. #1f77b4.")
    return value


def list_codes(project: Project) -> list[Code]:
    """All codes in tree order: each parent followed by its children, depth first."""
    rows = [_code(row) for row in project.rows(f"SELECT {_COLUMNS} FROM codes")]
    children: dict[int | None, list[Code]] = {}
    for code in rows:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []

    def visit(parent_id: int | None) -> None:
        for code in sorted(children.get(parent_id, []), key=lambda c: (c.position, c.id)):
            ordered.append(code)
            visit(code.id)

    visit(None)
    return ordered


def get_code(project: Project, code_id: int) -> Code:
    row = project.connection.execute(f"SELECT {_COLUMNS} FROM codes WHERE id = ?", (code_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no code with id {code_id}.")
    return _code(row)


def code_path(project: Project, code: Code) -> str:
    """``Parent › Child`` path of a code, for messages and unambiguous look-up."""
    return PATH_SEPARATOR.join(path_names(project, code))


def path_names(project: Project, code: Code) -> list[str]:
    """The names from the top-level ancestor down to ``code``."""
    names = [code.name]
    while code.parent_id is not None:
        code = get_code(project, code.parent_id)
        names.append(code.name)
    return list(reversed(names))


def find_code(project: Project, name: str) -> Code:
    """A code by name (unique in the codebook), else by its path ``Parent › Child``.

    A name may hold "/", so the whole text is first taken as a name. Paths written the
    old way, ``Parent/Child``, are still understood when no code has that name.
    """
    text = " ".join(name.split())
    matches = _named(project, text)
    if not matches and PATH_SEPARATOR.strip() in text:
        matches = _by_path(project, [part.strip() for part in text.split(PATH_SEPARATOR.strip())])
    if not matches and "/" in text:
        matches = _by_path(project, [part.strip() for part in text.strip("/").split("/")])
    if not matches:
        raise NotFoundError(f"There is no code called '{name}' in the codebook.")
    if len(matches) > 1:
        paths = ", ".join(code_path(project, c) for c in matches)
        raise CodebookError(f"More than one code is called '{name}' ({paths}); give its path.")
    return matches[0]


def _named(project: Project, name: str) -> list[Code]:
    return [
        _code(row)
        for row in project.rows(f"SELECT {_COLUMNS} FROM codes WHERE name = ? COLLATE NOCASE", (name,))
    ]


def _by_path(project: Project, parts: list[str]) -> list[Code]:
    wanted = [part.casefold() for part in parts if part]
    if not wanted:
        return []
    return [
        c for c in _named(project, wanted[-1]) if [n.casefold() for n in path_names(project, c)] == wanted
    ]


def repeated_names(project: Project) -> dict[str, list[str]]:
    """Names used by more than one code (under different parents), with each code's path.

    Programs that need unique code names (QualCoder) merge such codes or drop their codings.
    """
    rows = project.rows(
        "SELECT name FROM codes GROUP BY name COLLATE NOCASE HAVING COUNT(*) > 1 ORDER BY name COLLATE NOCASE"
    )
    return {row[0]: [code_path(project, code) for code in _named(project, row[0])] for row in rows}


def set_codable(project: Project, code_id: int, codable: bool) -> Code:
    """Mark a code as one to code with, or as a category header that only groups codes.

    Existing codings of a code marked not codable are kept (they came from before, or from
    another program); only new codings are refused.
    """
    code = get_code(project, code_id)
    if code.codable == codable:
        return code
    return _update(
        project, code, "mark code codable" if codable else "mark code not codable", codable=int(codable)
    )


def check_codable(code: Code) -> None:
    """Raise :class:`CodebookError` if ``code`` is a category header nobody may code with."""
    if not code.codable:
        raise CodebookError(
            f"'{code.name}' is a category header (marked not for coding); choose one of its subcodes, "
            "or mark it as codable in the codebook first."
        )


def descendants(project: Project, code_id: int) -> list[int]:
    """Ids of the code's whole subtree, itself included."""
    rows = project.rows(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
        "SELECT codes.id FROM codes JOIN tree ON codes.parent_id = tree.id) SELECT id FROM tree",
        (code_id,),
    )
    return [row[0] for row in rows]


def add_code(
    project: Project,
    name: str,
    *,
    parent_id: int | None = None,
    color: str | None = None,
    definition: str = "",
    when_to_use: str = "",
    when_not_to_use: str = "",
    example: str = "",
    uuid: str | None = None,
    codable: bool = True,
) -> Code:
    name = _valid_name(name)
    if parent_id is not None:
        get_code(project, parent_id)
    _refuse_sibling_clash(project, name, parent_id, None)
    if color is None:
        count = project.scalar("SELECT COUNT(*) FROM codes")
        color = PALETTE[int(count) % len(PALETTE)]
    color = normalise_color(color)
    with project.transaction() as connection:
        position = project.scalar(
            "SELECT COALESCE(MAX(position), -1) + 1 FROM codes WHERE parent_id IS ?", (parent_id,)
        )
        code_uuid = uuid or new_uuid()
        cursor = connection.execute(
            "INSERT INTO codes(uuid, parent_id, name, color, definition, when_to_use, when_not_to_use, "
            "example, position, created_at, codable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code_uuid,
                parent_id,
                name,
                color,
                definition,
                when_to_use,
                when_not_to_use,
                example,
                position,
                now(),
                int(codable),
            ),
        )
        code = get_code(project, int(cursor.lastrowid or 0))
        audit.record(project, "add code", "code", code_uuid, after=_state(code))
    return code


def add_code_tree(project: Project, specs: list[CodeSpec], parent_id: int | None = None) -> tuple[int, int]:
    """Add codebook codes under ``parent_id``; returns (codes added, codes already there).

    A code whose name already exists among the siblings is kept (and its empty definition
    fields filled from the spec), so loading a codebook twice changes nothing.
    """
    added = kept = 0
    with project.transaction():
        for spec in specs:
            existing = _sibling(project, spec.name, parent_id)
            if existing is None:
                code = add_code(
                    project,
                    spec.name,
                    parent_id=parent_id,
                    color=spec.color,
                    uuid=spec.uuid if spec.uuid and not _uuid_taken(project, spec.uuid) else None,
                    codable=spec.codable,
                    **{name: getattr(spec, name) for name in CODE_FIELDS},
                )
                added += 1
            else:
                code = existing
                kept += 1
                empty = {
                    f: getattr(spec, f) for f in CODE_FIELDS if not getattr(existing, f) and getattr(spec, f)
                }
                if empty:
                    update_code(project, code.id, **empty)
            child_added, child_kept = add_code_tree(project, spec.children, code.id)
            added += child_added
            kept += child_kept
    return added, kept


def code_specs(project: Project, parent_id: int | None = None) -> list[CodeSpec]:
    """The project's codebook (or a branch of it) as specs, for export."""
    codes = list_codes(project)
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)

    def build(code: Code) -> CodeSpec:
        return CodeSpec(
            name=code.name,
            color=code.color,
            uuid=code.uuid,
            children=[build(child) for child in children.get(code.id, [])],
            codable=code.codable,
            **{f: getattr(code, f) for f in CODE_FIELDS},
        )

    return [build(code) for code in children.get(parent_id, [])]


def rename_code(project: Project, code_id: int, new_name: str) -> Code:
    code = get_code(project, code_id)
    new_name = _valid_name(new_name)
    _refuse_sibling_clash(project, new_name, code.parent_id, code.id)
    return _update(project, code, "rename code", name=new_name)


def recolour_code(project: Project, code_id: int, color: str) -> Code:
    return _update(project, get_code(project, code_id), "recolour code", color=normalise_color(color))


def update_code(project: Project, code_id: int, **fields: str) -> Code:
    """Edit definition, when to use, when not to use or example."""
    unknown = set(fields) - set(CODE_FIELDS)
    if unknown:
        raise CodebookError(f"Unknown code field(s): {', '.join(sorted(unknown))}.")
    return _update(project, get_code(project, code_id), "edit code", **fields)


def move_code(project: Project, code_id: int, new_parent_id: int | None, position: int | None = None) -> Code:
    """Nest a code under another (or at the top level), at ``position`` among its new siblings."""
    code = get_code(project, code_id)
    if new_parent_id is not None:
        if new_parent_id in descendants(project, code_id):
            raise CodebookError(f"'{code.name}' cannot be moved inside itself or its own subcodes.")
        get_code(project, new_parent_id)
    _refuse_sibling_clash(project, code.name, new_parent_id, code.id)
    with project.transaction() as connection:
        siblings = [
            row[0]
            for row in project.rows(
                "SELECT id FROM codes WHERE parent_id IS ? AND id != ? ORDER BY position, id",
                (new_parent_id, code_id),
            )
        ]
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(index, code_id)
        connection.executemany(
            "UPDATE codes SET position = ? WHERE id = ?", [(i, sibling) for i, sibling in enumerate(siblings)]
        )
        connection.execute("UPDATE codes SET parent_id = ? WHERE id = ?", (new_parent_id, code_id))
        moved = get_code(project, code_id)
        audit.record(project, "move code", "code", code.uuid, before=_state(code), after=_state(moved))
    return moved


def merge_codes(project: Project, source_id: int, target_id: int) -> int:
    """Fold ``source`` into ``target``: its codings and subcodes move over, then it is deleted.

    A coding that the target already has for the same coder and range is not duplicated.
    Returns the number of codings moved.
    """
    if source_id == target_id:
        raise CodebookError("A code cannot be merged into itself.")
    source, target = get_code(project, source_id), get_code(project, target_id)
    if target_id in descendants(project, source_id):
        raise CodebookError(f"'{source.name}' cannot be merged into its own subcode '{target.name}'.")
    with project.transaction() as connection:
        duplicates = project.rows(
            "SELECT uuid FROM codings WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings t "
            "WHERE t.code_id = ? AND t.document_id = codings.document_id AND t.coder_id = codings.coder_id "
            'AND t.start = codings.start AND t."end" = codings."end")',
            (source_id, target_id),
        )
        tombstones.bury(project, "coding", [row[0] for row in duplicates])
        connection.execute(
            "DELETE FROM codings WHERE code_id = ? AND EXISTS (SELECT 1 FROM codings t WHERE t.code_id = ? "
            "AND t.document_id = codings.document_id AND t.coder_id = codings.coder_id "
            'AND t.start = codings.start AND t."end" = codings."end")',
            (source_id, target_id),
        )
        moved = connection.execute(
            "UPDATE codings SET code_id = ?, updated_at = ? WHERE code_id = ?", (target_id, now(), source_id)
        ).rowcount
        for child in project.rows("SELECT id FROM codes WHERE parent_id = ? ORDER BY position", (source_id,)):
            child_code = get_code(project, child[0])
            clash = _sibling(project, child_code.name, target_id)
            if clash is not None:
                merge_codes(project, child_code.id, clash.id)
            else:
                move_code(project, child_code.id, target_id)
        connection.execute("DELETE FROM codes WHERE id = ?", (source_id,))
        tombstones.bury(project, "code", [source.uuid])
        audit.record(
            project,
            "merge code",
            "code",
            source.uuid,
            before=_state(source),
            after={"merged_into": target.uuid, "codings_moved": moved},
        )
    return moved


def codings_under(project: Project, code_id: int) -> int:
    """How many codings deleting this code would remove (its subcodes' included)."""
    ids = descendants(project, code_id)
    marks = ",".join("?" * len(ids))
    return int(project.scalar(f"SELECT COUNT(*) FROM codings WHERE code_id IN ({marks})", tuple(ids)))


def delete_code(project: Project, code_id: int) -> int:
    """Delete a code with its subcodes and their codings; returns the number of codings removed."""
    code = get_code(project, code_id)
    removed = codings_under(project, code_id)
    with project.transaction() as connection:
        subtree = descendants(project, code_id)
        marks = ",".join("?" * len(subtree))
        buried = project.rows(f"SELECT uuid FROM codings WHERE code_id IN ({marks})", tuple(subtree))
        tombstones.bury(project, "coding", [row[0] for row in buried])
        codes = project.rows(f"SELECT uuid FROM codes WHERE id IN ({marks})", tuple(subtree))
        tombstones.bury(project, "code", [row[0] for row in codes])
        connection.execute("DELETE FROM codes WHERE id = ?", (code_id,))
        audit.record(
            project,
            "delete code",
            "code",
            code.uuid,
            before={**_state(code), "subcodes": len(subtree) - 1, "codings": removed},
        )
    return removed


def _update(project: Project, code: Code, action: str, **changes: str | int) -> Code:
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with project.transaction() as connection:
        connection.execute(f"UPDATE codes SET {assignments} WHERE id = ?", (*changes.values(), code.id))
        updated = get_code(project, code.id)
        audit.record(project, action, "code", code.uuid, before=_state(code), after=_state(updated))
    return updated


def _state(code: Code) -> dict[str, object]:
    state = asdict(code)
    state.pop("id")
    return state


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CodebookError("A code needs a name.")
    if PATH_SEPARATOR in name:
        raise CodebookError(
            f"'{name}': a code name cannot contain '{PATH_SEPARATOR.strip()}' between spaces "
            "(it separates parent and child in a code path)."
        )
    return name


def _sibling(project: Project, name: str, parent_id: int | None) -> Code | None:
    row = project.connection.execute(
        f"SELECT {_COLUMNS} FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE", (parent_id, name)
    ).fetchone()
    return None if row is None else _code(row)


def _refuse_sibling_clash(project: Project, name: str, parent_id: int | None, code_id: int | None) -> None:
    clash = _sibling(project, name, parent_id)
    if clash is not None and clash.id != code_id:
        where = "at the top level" if parent_id is None else f"under '{get_code(project, parent_id).name}'"
        raise CodebookError(f"There is already a code called '{clash.name}' {where}.")


def _uuid_taken(project: Project, code_uuid: str) -> bool:
    return project.scalar("SELECT 1 FROM codes WHERE uuid = ?", (code_uuid,)) is not None
