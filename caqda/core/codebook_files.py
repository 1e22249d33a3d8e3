"""Codebook files: caqda's JSON codebooks (such as the shipped value-sphere codebook), REFI-QDA
``.qdc`` files (through ``core.refi.codebook``), and tables (``core.codebook_tables``):
Taguette's ``.csv`` and an ``.xlsx`` sheet. The format is chosen by the file's extension; an
unknown one is refused with the list of known ones."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caqda.core import code_sets, codebook
from caqda.core.errors import CodebookError
from caqda.core.models import CodeSpec
from caqda.core.project import Project
from caqda.core.resources import builtin_codebooks, codebook_path


@dataclass(frozen=True)
class CodebookLoad:
    added: int
    kept: int
    losses: list[str] = field(default_factory=list)


def read_json_codebook(path: Path) -> tuple[str, list[CodeSpec]]:
    """Name and root codes of a caqda JSON codebook."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data.get("name", path.stem)), [_spec(entry) for entry in data["codes"]]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise CodebookError(f"'{path.name}' is not a readable caqda codebook: {error}.") from error


def write_json_codebook(name: str, specs: list[CodeSpec], path: Path) -> None:
    data = {"name": name, "codes": [_entry(spec) for spec in specs]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def builtin_codebook(name: str) -> list[CodeSpec]:
    if name not in builtin_codebooks():
        raise CodebookError(
            f"There is no built-in codebook '{name}' (available: {', '.join(builtin_codebooks())})."
        )
    return read_json_codebook(codebook_path(name))[1]


CODEBOOK_FORMATS = {
    ".qdc": "REFI-QDA codebook",
    ".json": "caqda codebook",
    ".csv": "CSV codebook (Taguette's columns)",
    ".xlsx": "Excel codebook",
}
_READ_ONLY_SUFFIXES = (".qde", ".xml")


def _known_formats() -> str:
    return ", ".join(f"{suffix} ({what})" for suffix, what in CODEBOOK_FORMATS.items())


def read_codebook_file(path: Path) -> tuple[list[CodeSpec], list[str]]:
    """Root codes and the losses to report, from any codebook file caqda reads."""
    specs, losses, _ = _read_with_sets(path)
    return specs, losses


def _read_with_sets(path: Path) -> tuple[list[CodeSpec], list[str], list[Any]]:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_json_codebook(path)[1], [], []
    if suffix in (".qdc", *_READ_ONLY_SUFFIXES):
        from caqda.core.refi.codebook import read_codebook

        result = read_codebook(path)
        return result.codes, list(result.losses), list(result.sets)
    if suffix == ".csv":
        from caqda.core.codebook_tables import read_codebook_csv

        return (*read_codebook_csv(path), [])
    if suffix == ".xlsx":
        from caqda.core.codebook_tables import read_codebook_xlsx

        return (*read_codebook_xlsx(path), [])
    raise CodebookError(f"'{path.name}': caqda reads codebooks from {_known_formats()} files.")


def import_codebook(project: Project, path: Path) -> CodebookLoad:
    """Add the file's codes (and a .qdc's code sets) to the project, in one transaction."""
    specs, losses, sets = _read_with_sets(path)
    with project.transaction():
        added, kept = codebook.add_code_tree(project, specs)
        for code_set in sets:
            ids = [
                row[0]
                for code_uuid in code_set.code_uuids
                for row in project.rows("SELECT id FROM codes WHERE uuid = ?", (code_uuid,))
            ]
            name, number = code_set.name, 2
            while project.scalar("SELECT 1 FROM code_sets WHERE name = ? COLLATE NOCASE", (name,)):
                name, number = f"{code_set.name} ({number})", number + 1
            code_sets.add_code_set(project, name, ids, description=code_set.description)
    return CodebookLoad(added, kept, losses)


def load_builtin_codebook(project: Project, name: str = "value-spheres") -> CodebookLoad:
    added, kept = codebook.add_code_tree(project, builtin_codebook(name))
    return CodebookLoad(added, kept)


def export_codebook(project: Project, path: Path) -> int:
    """Write the project's codebook in the format its extension names; returns codes written.

    Raises :class:`CodebookError` for an unknown extension (naming the known ones).
    """
    return export_codebook_with_notes(project, path)[0]


def export_codebook_with_notes(project: Project, path: Path) -> tuple[int, list[str]]:
    """As :func:`export_codebook`, with what the format cannot hold in words."""
    suffix = path.suffix.lower()
    if suffix not in CODEBOOK_FORMATS:
        raise CodebookError(f"'{path.name}': caqda writes codebooks as {_known_formats()}.")
    specs = codebook.code_specs(project)
    sets = code_sets.list_code_sets(project)
    notes = []
    if suffix == ".json":
        write_json_codebook(project.path.stem, specs, path)
    elif suffix == ".qdc":
        from caqda.core.refi.codebook import CodeSetSpec, write_codebook

        uuids = {code.id: code.uuid for code in codebook.list_codes(project)}
        set_specs = [
            CodeSetSpec(s.name, s.description, tuple(uuids[i] for i in s.code_ids), s.uuid) for s in sets
        ]
        write_codebook(specs, path, origin="caqda", sets=set_specs)
    elif suffix == ".csv":
        from caqda.core.codebook_tables import codebook_csv

        _write_text(path, codebook_csv(specs, _path_counts(project)))
    else:
        from caqda.core.codebook_tables import write_codebook_xlsx

        try:
            write_codebook_xlsx(specs, path)
        except OSError as error:
            raise CodebookError(f"'{path.name}' could not be written ({error.strerror or error}).") from error
    if sets and suffix in (".json", ".csv", ".xlsx"):
        notes.append(f"Code sets are not part of a {suffix} codebook; export a .qdc to keep them.")
    if suffix == ".csv":
        notes.append(
            "Taguette has no code hierarchy or colours: it shows each code under its full path "
            '("Parent › Child") and the four definition fields as one description.'
        )
        repeated = codebook.repeated_names(project)
        if repeated:
            notes.append(_repeated_note(repeated))
    return sum(len(spec.walk()) for spec in specs), notes


def _repeated_note(repeated: dict[str, list[str]]) -> str:
    examples = "; ".join(" and ".join(paths) for paths in list(repeated.values())[:3])
    return (
        f"{len(repeated)} code name(s) are used under different parents ({examples}); programs that "
        "need unique code names keep only one of each."
    )


def _path_counts(project: Project) -> dict[tuple[str, ...], tuple[int, int]]:
    """Codings and documents per code, keyed by its path (the CSV's Taguette columns)."""
    counts = {
        row[0]: (row[1], row[2])
        for row in project.rows(
            "SELECT code_id, COUNT(*), COUNT(DISTINCT document_id) FROM codings GROUP BY code_id"
        )
    }
    return {
        tuple(codebook.path_names(project, code)): counts.get(code.id, (0, 0))
        for code in codebook.list_codes(project)
    }


def _write_text(path: Path, text: str) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as error:
        raise CodebookError(f"'{path.name}' could not be written ({error.strerror or error}).") from error


def _spec(entry: dict[str, Any]) -> CodeSpec:
    return CodeSpec(
        name=str(entry["name"]),
        color=str(entry.get("color") or "#9e9e9e"),
        definition=str(entry.get("definition", "")),
        when_to_use=str(entry.get("when_to_use", "")),
        when_not_to_use=str(entry.get("when_not_to_use", "")),
        example=str(entry.get("example", "")),
        uuid=entry.get("uuid"),
        children=[_spec(child) for child in entry.get("children", [])],
        codable=bool(entry.get("codable", True)),
    )


def _entry(spec: CodeSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "color": spec.color,
        "definition": spec.definition,
        "when_to_use": spec.when_to_use,
        "when_not_to_use": spec.when_not_to_use,
        "example": spec.example,
        "uuid": spec.uuid,
        "codable": spec.codable,
        "children": [_entry(child) for child in spec.children],
    }
