"""The code tree: add, rename, move, merge, recolour, edit and delete codes.

Names are unique among siblings (case-insensitive) so a code can be named on the command line
as ``Name`` or, when two branches share a name, as ``Parent/Name``. Each operation is one
transaction with its audit event.
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
_COLUMNS = "id, uuid, parent_id, name, color, definition, when_to_use, when_not_to_use, example, position"


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
    rows = [Code(**dict(row)) for row in project.rows(f"SELECT {_COLUMNS} FROM codes")]
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
    return Code(**dict(row))


def code_path(project: Project, code: Code) -> str:
    """``Parent/Child`` path of a code, for messages and unambiguous look-up."""
    names = [code.name]
    while code.parent_id is not None:
        code = get_code(project, code.parent_id)
        names.append(code.name)
    return "/".join(reversed(names))


def find_code(project: Project, name: str) -> Code:
    """A code by name, or by ``Parent/Child`` path when the name alone is ambiguous."""
    parts = [part.strip() for part in name.strip().strip("/").split("/")]
    matches = [
        Code(**dict(row))
        for row in project.rows(f"SELECT {_COLUMNS} FROM codes WHERE name = ? COLLATE NOCASE", (parts[-1],))
    ]
    if len(parts) > 1:
        matches = [c for c in matches if code_path(project, c).casefold() == "/".join(parts).casefold()]
    if not matches:
        raise NotFoundError(f"There is no code called '{name}' in the codebook.")
    if len(matches) > 1:
        paths = ", ".join(code_path(project, c) for c in matches)
        raise CodebookError(f"More than one code is called '{name}' ({paths}); give its path.")
    return matches[0]


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
            "example, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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


def _update(project: Project, code: Code, action: str, **changes: str) -> Code:
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
    if "/" in name:
        raise CodebookError(f"'{name}': a code name cannot contain '/' (it separates parent and child).")
    return name


def _sibling(project: Project, name: str, parent_id: int | None) -> Code | None:
    row = project.connection.execute(
        f"SELECT {_COLUMNS} FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE", (parent_id, name)
    ).fetchone()
    return None if row is None else Code(**dict(row))


def _refuse_sibling_clash(project: Project, name: str, parent_id: int | None, code_id: int | None) -> None:
    clash = _sibling(project, name, parent_id)
    if clash is not None and clash.id != code_id:
        where = "at the top level" if parent_id is None else f"under '{get_code(project, parent_id).name}'"
        raise CodebookError(f"There is already a code called '{clash.name}' {where}.")


def _uuid_taken(project: Project, code_uuid: str) -> bool:
    return project.scalar("SELECT 1 FROM codes WHERE uuid = ?", (code_uuid,)) is not None
