"""Build the demo project from ``resources/demo``: transcripts, the value-sphere codebook and
two coders' codings, kept as quotes so the transcripts stay editable.

The project is written to a temporary file and renamed into place at the end, so a failed
build leaves nothing behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caqda.core import codebook, coders, documents
from caqda.core.anchoring import anchor_quote
from caqda.core.codebook_files import load_builtin_codebook
from caqda.core.coding import add_coding
from caqda.core.errors import ProjectError
from caqda.core.project import Project
from caqda.core.resources import demo_dir


@dataclass
class DemoReport:
    documents: int = 0
    codings: int = 0
    unanchored: list[str] = field(default_factory=list)


def build_demo(path: str | os.PathLike[str], source: Path | None = None) -> DemoReport:
    """Create the demo project at ``path`` (which must not exist yet)."""
    path = Path(path)
    source = source or demo_dir()
    if path.exists():
        raise ProjectError(f"'{path}' already exists; choose another name or delete it first.")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.building")
    temporary.unlink(missing_ok=True)
    report = DemoReport()
    try:
        with Project.create(temporary) as project:
            _fill(project, source, report)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return report


def _fill(project: Project, source: Path, report: DemoReport) -> None:
    with project.transaction():
        load_builtin_codebook(project, "value-spheres")
        for file in sorted((source / "transcripts").iterdir()):
            if file.name.startswith("."):
                continue
            result = documents.import_file(project, file, kind="interview")
            report.documents += result.document is not None
        social = source / "social"
        for file in sorted(social.glob("*.csv")) if social.is_dir() else []:
            result = documents.import_file(project, file, kind="social_media")
            report.documents += result.document is not None
        for file in sorted((source / "codings").glob("*.json")):
            _add_codings(project, json.loads(file.read_text(encoding="utf-8")), report)


def _add_codings(project: Project, data: dict[str, Any], report: DemoReport) -> None:
    document = documents.find_document(project, data["document"])
    text = documents.document_text(project, document.id)
    for coder_name, quotes_by_code in data["coders"].items():
        coder = coders.ensure_coder(project, coder_name)
        for code_name, quotes in quotes_by_code.items():
            code = codebook.find_code(project, code_name)
            for entry in quotes:
                quote, memo = (
                    (entry, "") if isinstance(entry, str) else (entry["quote"], entry.get("memo", ""))
                )
                span = anchor_quote(text, quote)
                if span is None:
                    report.unanchored.append(f"{document.name} / {coder_name} / {code_name}: {quote[:60]}")
                    continue
                add_coding(
                    project,
                    document_id=document.id,
                    code_id=code.id,
                    coder_id=coder.id,
                    start=span[0],
                    end=span[1],
                    memo=memo,
                )
                report.codings += 1
