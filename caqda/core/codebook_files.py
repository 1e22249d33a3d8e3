"""Codebook files: caqda's JSON codebooks (such as the shipped value-sphere codebook) and,
through ``core.refi.codebook``, REFI-QDA ``.qdc`` files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caqda.core import codebook
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


def read_codebook_file(path: Path) -> tuple[list[CodeSpec], list[str]]:
    """Root codes and the losses to report, from a ``.qdc``/``.qdpx`` or a caqda ``.json``."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        return read_json_codebook(path)[1], []
    if suffix in (".qdc", ".qde", ".xml"):
        from caqda.core.refi.codebook import read_codebook

        result = read_codebook(path)
        return result.codes, list(result.losses)
    raise CodebookError(f"'{path.name}': codebooks are imported from .qdc (REFI-QDA) or caqda .json files.")


def import_codebook(project: Project, path: Path) -> CodebookLoad:
    specs, losses = read_codebook_file(path)
    added, kept = codebook.add_code_tree(project, specs)
    return CodebookLoad(added, kept, losses)


def load_builtin_codebook(project: Project, name: str = "value-spheres") -> CodebookLoad:
    added, kept = codebook.add_code_tree(project, builtin_codebook(name))
    return CodebookLoad(added, kept)


def export_codebook(project: Project, path: Path) -> int:
    """Write the project's codebook as ``.qdc`` or ``.json`` (by suffix); returns codes written."""
    specs = codebook.code_specs(project)
    suffix = path.suffix.lower()
    if suffix == ".json":
        write_json_codebook(project.path.stem, specs, path)
    elif suffix == ".qdc":
        from caqda.core.refi.codebook import write_codebook

        write_codebook(specs, path, origin="caqda")
    else:
        raise CodebookError(f"'{path.name}': export the codebook as .qdc (REFI-QDA) or .json.")
    return sum(len(spec.walk()) for spec in specs)


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
        "children": [_entry(child) for child in spec.children],
    }
