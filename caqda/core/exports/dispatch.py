"""One entry point for every export, by name, so the command line and the window offer the
same exports with the same options and the same errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from caqda.core import codebook, coders, documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

EXPORT_KINDS = (
    "segments",
    "codebook",
    "agreement",
    "transcript",
    "findings",
    "segments_table",
    "matrix",
    "qdpx",
    "qdc",
    "sqlite",
)


# What each export counts in ``ExportOutcome.items`` (singular): "Wrote x (12 segments)".
COUNTED_NOUNS: dict[str, str | tuple[str, str]] = {
    "segments": "segment",
    "codebook": "code",
    "agreement": "disagreement",
    "transcript": "comment",
    "segments_table": "segment",
    "matrix": "code",
    "qdpx": "document",
    "qdc": "code",
    "findings": ("table or figure", "tables and figures"),
    "sqlite": "coding",
}


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    items: int
    notes: list[str] = field(default_factory=list)
    kind: str = ""

    def counted(self) -> str:
        """'1 segment', '907 segments', '12 documents': what the export holds, by name."""
        from caqda.core.wording import counted

        noun = COUNTED_NOUNS.get(self.kind, "item")
        return counted(self.items, *noun) if isinstance(noun, tuple) else counted(self.items, noun)


def run_export(
    project: Project,
    kind: str,
    path: Path,
    *,
    group_by: str = "code",
    document_names: list[str] | None = None,
    code_names: list[str] | None = None,
    coder_names: list[str] | None = None,
    document: str | None = None,
    unit: str = "character",
    binary: bool = False,
) -> ExportOutcome:
    """Export ``kind`` (one of :data:`EXPORT_KINDS`) to ``path``; names select documents,
    codes and coders (None: all). Raises CaqdaError with a message for the user."""
    from caqda.core import exports

    document_ids = (
        [documents.find_document(project, n).id for n in document_names] if document_names else None
    )
    code_ids = [codebook.find_code(project, n).id for n in code_names] if code_names else None
    coder_ids = [coders.find_coder(project, n).id for n in coder_names] if coder_names else None
    if kind == "segments":
        done = exports.export_segments_docx(
            project,
            path,
            group_by=group_by,
            code_ids=code_ids,
            document_ids=document_ids,
            coder_ids=coder_ids,
        )
    elif kind == "codebook":
        done = exports.export_codebook_docx(project, path)
    elif kind == "transcript":
        if not document:
            raise CaqdaError("A commented transcript needs the document to export.")
        done = exports.export_transcript_docx(
            project, path, documents.find_document(project, document).id, coder_ids=coder_ids
        )
    elif kind == "agreement":
        from caqda.core.agreement.project_input import agreement_report
        from caqda.core.exports.docx_agreement import export_agreement_docx

        names = coder_names or [c.name for c in coders.list_coders(project)]
        report = agreement_report(project, names, unit=unit, documents=document_names, codes=code_names)
        done = export_agreement_docx(project, path, report)
    elif kind == "findings":
        from caqda.core.analysis.findings_report import export_findings_docx
        from caqda.core.analysis.scope import Filters

        done = export_findings_docx(
            project, path, filters=Filters.of(coders=coder_names, documents=document_names)
        )
    elif kind == "segments_table":
        done = exports.export_segments_table(
            project, path, code_ids=code_ids, document_ids=document_ids, coder_ids=coder_ids
        )
    elif kind == "matrix":
        done = exports.export_code_matrix(project, path, binary=binary, coder_ids=coder_ids)
    elif kind == "qdpx":
        from caqda.core.refi.project_export import export_qdpx

        report_ = export_qdpx(project, path)
        return ExportOutcome(path, len(documents.list_documents(project)), list(report_.losses), kind)
    elif kind == "sqlite":
        from caqda.core.analysis.analysis_db import export_analysis_db

        done = export_analysis_db(project, path)
    elif kind == "qdc":
        from caqda.core.codebook_files import export_codebook_with_notes

        written, notes = export_codebook_with_notes(project, path)
        return ExportOutcome(path, written, notes, kind)
    else:
        raise CaqdaError(f"Unknown export '{kind}'; choose one of {', '.join(EXPORT_KINDS)}.")
    return ExportOutcome(Path(done.path), done.items, kind=kind)
