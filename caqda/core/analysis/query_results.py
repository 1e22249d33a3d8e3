"""What a researcher does with a query's passages: code them with a new code, or export them
to Word or a table (.xlsx/.csv)."""

from __future__ import annotations

import os

from caqda.core import codebook
from caqda.core.analysis.query import QueryResult
from caqda.core.coding import add_coding
from caqda.core.errors import CodingError
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, write_atomically
from caqda.core.models import Code
from caqda.core.project import Project


def code_passages(
    project: Project,
    result: QueryResult,
    *,
    code_name: str,
    coder_id: int,
    parent_id: int | None = None,
    color: str | None = None,
) -> Code:
    """Make a new code and code every passage of ``result`` with it, as one transaction (so one
    undo removes code and codings together). Raises CodebookError for a taken name."""
    if not result.passages:
        raise CodingError("The query found no passages to code.")
    with project.transaction():
        code = codebook.add_code(
            project,
            code_name,
            parent_id=parent_id,
            color=color,
            definition=f"Passages found by the query: {result.query}"
            + (f" (within {result.within})" if result.within != "character" else ""),
        )
        for passage in result.passages:
            add_coding(
                project,
                document_id=passage.document_id,
                code_id=code.id,
                coder_id=coder_id,
                start=passage.start,
                end=passage.end,
            )
    return code


QUERY_COLUMNS = ("document", "speaker", "start", "end", "before", "text", "after")


def export_query_result(project: Project, result: QueryResult, path: str | os.PathLike[str]) -> ExportSummary:
    """Write the passages to ``.docx``, ``.xlsx`` or ``.csv`` (chosen by the suffix)."""
    target = check_target(path, (".docx", ".xlsx", ".csv"))
    if not result.passages:
        raise ExportError("Nothing to export: the query found no passages.")
    if target.suffix.lower() == ".docx":
        _write_docx(project, result, target)
    else:
        from caqda.core.exports.tables import _about, _write_csv, _write_xlsx

        rows: list[list[str | int | None]] = [
            [p.document, p.speaker or "", p.start, p.end, p.before, p.text, p.after] for p in result.passages
        ]
        if target.suffix.lower() == ".csv":
            write_atomically(target, lambda temporary: _write_csv(temporary, QUERY_COLUMNS, rows))
        else:
            about = _about(project, "Coding query", describe(result))
            write_atomically(
                target,
                lambda temporary: _write_xlsx(
                    temporary,
                    "Query",
                    QUERY_COLUMNS,
                    rows,
                    widths=(28, 14, 8, 8, 30, 70, 30),
                    wrapped={4, 5, 6},
                    frozen="A2",
                    about=about,
                ),
            )
    return ExportSummary(target, len(result.passages))


def describe(result: QueryResult) -> list[str]:
    """The query, its unit, its filters and what it found, one line each."""
    lines = [f"Query: {result.query}"]
    if result.within != "character":
        lines.append(f"within the same {result.within}")
    lines.extend(result.filters.describe())
    lines.append(
        f"{counted(len(result.passages), 'passage')} in {counted(result.documents, 'document')}, "
        f"{counted(result.characters, 'character')}"
    )
    return lines


def _write_docx(project: Project, result: QueryResult, target: os.PathLike[str]) -> None:
    from pathlib import Path

    from caqda.core.exports.docx_common import WordReport

    report = WordReport(project, kind="Query results", title=f"Query: {result.query}")
    report.title_block("Query results", f"Project: {report.project_name}", describe(result))
    write_passages(report, result)
    report.save(Path(target))


def write_passages(report: object, result: QueryResult, *, limit: int | None = None) -> None:
    """Append the passages, grouped by document, to a :class:`WordReport` (at most ``limit``)."""
    from caqda.core.exports import docx_styles as styles
    from caqda.core.exports.docx_common import WordReport, run

    assert isinstance(report, WordReport)
    current = None
    shown = result.passages if limit is None else result.passages[:limit]
    for passage in shown:
        if passage.document != current:
            current = passage.document
            report.paragraph(styles.FIELD_LABEL, passage.document, keep_next=True)
        line = report.paragraph(styles.QUOTE)
        if passage.before:
            run(line, "…" + passage.before[-60:], color=styles.MUTED)
        run(line, passage.text, bold=True)
        if passage.after:
            run(line, passage.after[:60] + "…", color=styles.MUTED)
        info = f"{passage.speaker + ' · ' if passage.speaker else ''}characters {passage.start}–{passage.end}"
        report.paragraph(styles.CODE_NOTE, info)
    if limit is not None and len(result.passages) > limit:
        report.paragraph(None, f"… and {len(result.passages) - limit} more passages.")
