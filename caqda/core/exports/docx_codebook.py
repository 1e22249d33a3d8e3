"""The codebook as a Word document: the appendix a thesis needs.

Every code appears under a heading that follows the tree (top-level codes Heading 1, their
codes Heading 2, deeper ones Heading 3...), with a swatch of its colour, its definition, when
to use and not to use it, an example, and how often each coder applied it.
"""

from __future__ import annotations

import os

from lxml import etree

from caqda.core.codebook import list_codes
from caqda.core.coders import list_coders
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, project_name
from caqda.core.exports.docx_common import WordReport, hex_color, lighten, paragraph, run, table
from caqda.core.models import Code, Coder
from caqda.core.project import Project

_FIELDS = (
    ("definition", "Definition"),
    ("when_to_use", "When to use"),
    ("when_not_to_use", "When not to use"),
)
_COUNT_WIDTHS = [3400, 1500, 1500]


def export_codebook_docx(project: Project, path: str | os.PathLike[str]) -> ExportSummary:
    """Write the codebook as a Word document; ``items`` is the number of codes.

    Raises :class:`ExportError` when the project has no codes or the file cannot be written.
    """
    target = check_target(path, (".docx",))
    codes = list_codes(project)
    if not codes:
        raise ExportError("Nothing to export: the codebook has no codes yet.")
    coders = list_coders(project)
    counts: dict[tuple[int, int], tuple[int, int]] = {
        (row[0], row[1]): (row[2], row[3])
        for row in project.rows(
            "SELECT code_id, coder_id, COUNT(*), COUNT(DISTINCT document_id) FROM codings "
            "GROUP BY code_id, coder_id"
        )
    }
    totals: dict[int, tuple[int, int]] = {
        row[0]: (row[1], row[2])
        for row in project.rows(
            "SELECT code_id, COUNT(*), COUNT(DISTINCT document_id) FROM codings GROUP BY code_id"
        )
    }
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)

    report = WordReport(project, kind="Codebook", title=f"Codebook: {project_name(project)}")
    top_level = len(children.get(None, []))
    codings = sum(total for total, _ in totals.values())
    report.title_block(
        "Codebook",
        f"Project: {report.project_name}",
        [
            f"{counted(len(codes), 'code')} ({top_level} at the top level); "
            f"{counted(codings, 'coding')} by {counted(len(coders), 'coder')}"
            + (f" ({', '.join(coder.name for coder in coders)})." if coders else "."),
            f"Exported from {project.path.name} on {report.date}.",
        ],
    )
    report.table_of_contents()

    first = True

    def visit(code: Code, depth: int) -> None:
        nonlocal first
        report.heading(depth + 1, code.name, page_break_before=first)
        first = False
        swatch = report.paragraph(styles.CODE_NOTE)
        run(swatch, "■ ", color=hex_color(code.color), size=28)
        total, documents = totals.get(code.id, (0, 0))
        line = f"{code.color} · {counted(total, 'coding')} in {counted(documents, 'document')}"
        subtree = _subtree_total(code, children, totals)
        if subtree != total:
            line += f" ({subtree} with its subcodes)"
        run(swatch, line, color=styles.MUTED, size=18)
        for field, label in _FIELDS:
            value = getattr(code, field).strip()
            if value:
                report.paragraph(styles.FIELD_LABEL, label)
                report.paragraph(None, value)
        if code.example.strip():
            report.paragraph(styles.FIELD_LABEL, "Example")
            report.paragraph(styles.QUOTE, code.example.strip(), left_border=hex_color(code.color))
        if coders:
            report.paragraph(styles.FIELD_LABEL, "Codings per coder")
            report.add(_count_table(code, coders, counts, totals))
            report.add(paragraph(None, space_after=0))
        for child in children.get(code.id, []):
            visit(child, depth + 1)

    for code in children.get(None, []):
        visit(code, 0)
    report.save(target)
    return ExportSummary(target, len(codes))


def _count_table(
    code: Code,
    coders: list[Coder],
    counts: dict[tuple[int, int], tuple[int, int]],
    totals: dict[int, tuple[int, int]],
) -> etree._Element:
    rows = [["Coder", "Codings", "Documents"]]
    for coder in coders:
        codings, documents = counts.get((code.id, coder.id), (0, 0))
        rows.append([coder.name, str(codings), str(documents)])
    total, documents = totals.get(code.id, (0, 0))
    rows.append(["All coders", str(total), str(documents)])
    header_fill = lighten(code.color, 0.8)
    shading = {(0, column): header_fill for column in range(3)}
    return table(rows, _COUNT_WIDTHS, shading=shading, right_aligned={1, 2}, total_row=True)


def _subtree_total(
    code: Code, children: dict[int | None, list[Code]], totals: dict[int, tuple[int, int]]
) -> int:
    return totals.get(code.id, (0, 0))[0] + sum(
        _subtree_total(child, children, totals) for child in children.get(code.id, [])
    )
