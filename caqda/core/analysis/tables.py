"""One entry point for every analysis table by name, shared by ``caqda stats`` and the window."""

from __future__ import annotations

from dataclasses import dataclass

from caqda.core.analysis.scope import AnalysisError, Filters, Scope
from caqda.core.analysis.table import Table
from caqda.core.project import Project

TABLES = ("frequencies", "matrix", "cooccurrence", "spheres", "social")
SOCIAL_TABLES = ("summary", "answer_times", "by_type", "platform_month", "unanswered")


def build_table(
    project: Project,
    name: str,
    *,
    filters: Filters | None = None,
    by: str | None = None,
    values: str = "count",
    within: str = "overlap",
    jaccard: bool = False,
    include_subcodes: bool = False,
) -> Table:
    """``name`` is one of :data:`TABLES`; ``by`` groups frequencies (coder, document, speaker,
    attribute:NAME), gives a matrix's columns (document, attribute:NAME) or a sphere profile's
    rows (document, coder, attribute:NAME), or which social-media table (:data:`SOCIAL_TABLES`);
    ``values`` is the matrix's cell value; ``within``
    and ``jaccard`` shape the co-occurrence matrix."""
    scope = Scope(project, filters)
    if name == "frequencies":
        from caqda.core.analysis.frequencies import frequencies

        return frequencies(scope, by=by or "none", include_subcodes=include_subcodes)
    if name == "matrix":
        from caqda.core.analysis.frequencies import matrix

        return matrix(scope, columns=by or "document", values=values, include_subcodes=include_subcodes)
    if name == "cooccurrence":
        from caqda.core.analysis.cooccurrence import cooccurrence

        return cooccurrence(scope, within=within, jaccard=jaccard)
    if name == "spheres":
        from caqda.core.analysis.spheres import sphere_profile

        return sphere_profile(scope, by=by or "document")
    if name == "social":
        from caqda.core.analysis.social import social_report

        report = social_report(project, filters)
        which = by or "summary"
        if which not in SOCIAL_TABLES:
            raise AnalysisError(f"The social-media tables are {', '.join(SOCIAL_TABLES)}.")
        return report.tables()[SOCIAL_TABLES.index(which)]
    raise AnalysisError(f"There is no table called '{name}'; choose one of {', '.join(TABLES)}.")


@dataclass(frozen=True)
class CellPassage:
    """A coding behind a table cell, with the names and text a reader needs."""

    document_id: int
    document: str
    code: str
    coder: str
    start: int
    end: int
    text: str


def passages_behind(project: Project, table: Table, row: int, column: int) -> list[CellPassage]:
    """The codings behind a value cell (``column`` counted among the value columns), in
    document order."""
    ids = table.cell_codings(row, column)
    if not ids:
        return []
    found = []
    for chunk in range(0, len(ids), 900):
        part = ids[chunk : chunk + 900]
        found.extend(
            project.rows(
                'SELECT c.document_id, d.name, k.name, r.name, c.start, c."end", d.position FROM codings c '
                "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id "
                f"JOIN coders r ON r.id = c.coder_id WHERE c.id IN ({','.join('?' * len(part))})",
                part,
            )
        )
    found.sort(key=lambda r: (r[6], r[0], r[4], r[5]))
    texts: dict[int, str] = {}
    result = []
    for row_ in found:
        if row_[0] not in texts:
            texts[row_[0]] = project.scalar("SELECT text FROM documents WHERE id = ?", (row_[0],))
        result.append(CellPassage(*row_[:6], texts[row_[0]][row_[4] : row_[5]]))
    return result
