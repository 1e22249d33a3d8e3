"""Keyword-in-context results of a search written to Excel or Word, for reading and sharing.

Each row is one place: the document, the speaker, the words before, the hit, the words after,
and its offsets (code points, as everywhere in a project) and score. The workbook's "About"
sheet and the Word report's front page say what was searched for and with which filters, so a
table found later still says where it came from.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, write_atomically
from caqda.core.exports.docx_common import WordReport, table
from caqda.core.exports.tables import _about, _write_xlsx
from caqda.core.project import Project
from caqda.core.search import Hit

SUFFIXES = (".xlsx", ".docx")
COLUMNS = ("document", "speaker", "before", "hit", "after", "start", "end", "score")
_WIDTHS = (28, 14, 50, 24, 50, 8, 8, 7)
# Word table columns (twips): document and speaker, before, hit, after.
_WORD_WIDTHS = [1900, 2900, 1400, 2872]


def export_hits(
    project: Project, hits: Sequence[Hit], path: str | os.PathLike[str], *, description: list[str]
) -> ExportSummary:
    """Write ``hits`` to ``path`` (.xlsx or .docx); ``description`` lines say what was searched
    (query, mode, filters). ``items`` is the number of places written."""
    target = check_target(path, SUFFIXES)
    if not hits:
        raise ExportError("Nothing to export: the search found no places.")
    if target.suffix.lower() == ".xlsx":
        rows: list[list[str | int | None]] = [
            [h.document, h.speaker or "", h.before, h.text, h.after, h.start, h.end, round(h.score)]
            for h in hits
        ]
        about = _about(
            project, "Search results (keyword in context)", [counted(len(hits), "place"), *description]
        )
        write_atomically(
            target,
            lambda temporary: _write_xlsx(
                temporary,
                "Search",
                COLUMNS,
                rows,
                widths=_WIDTHS,
                wrapped={2, 4},
                frozen="A2",
                about=about,
            ),
        )
        return ExportSummary(target, len(hits))
    word = WordReport(project, kind="Search results", title=f"Search results: {description[0]}")
    word.title_block(
        "Search results",
        f"Project: {word.project_name}",
        [counted(len(hits), "place"), *description, f"Exported from {project.path.name} on {word.date}."],
    )
    rows_text = [["Document · speaker", "Before", "Hit", "After"]]
    for hit in hits:
        where = f"{hit.document} [{hit.start}–{hit.end}]" + (f" · {hit.speaker}" if hit.speaker else "")
        rows_text.append([where, hit.before, hit.text, hit.after])
    element = table(rows_text, _WORD_WIDTHS)
    _bold_hits(element)
    word.add(element)
    word.paragraph(styles.SEGMENT_META, "Offsets are characters from the start of each document's text.")
    word.save(target)
    return ExportSummary(target, len(hits))


def _bold_hits(element: object) -> None:
    """Make the hit column bold (the table helper bolds only the header)."""
    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for row in list(element.iter(f"{namespace}tr"))[1:]:  # type: ignore[attr-defined]
        cells = row.findall(f"{namespace}tc")
        for text_run in cells[2].iter(f"{namespace}r"):
            properties = text_run.find(f"{namespace}rPr")
            if properties is None:
                properties = text_run.makeelement(f"{namespace}rPr", {})
                text_run.insert(0, properties)
            properties.insert(0, properties.makeelement(f"{namespace}b", {}))
