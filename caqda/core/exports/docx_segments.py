"""The coded-segments report: every quote under its code, ready to cite in a thesis.

Grouped by code, the report follows the codebook: each top-level code (a "sphere" in the
demo) is a Heading 1, its codes Heading 2 (deeper levels Heading 3...). Grouped by document,
coder, speaker or a document attribute, each group is a Heading 1 with its codes as Heading 2
beneath. Every code section opens with its count (and, grouped by code, its definition); every
segment is the quote, set apart with a bar in the code's colour, then a muted line saying
where it comes from (document · speaker · lines · coder) and the coding memo, if any.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from caqda.core.codebook import list_codes
from caqda.core.documents import attributes, list_documents
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted, project_name
from caqda.core.exports.docx_common import WordReport
from caqda.core.exports.segment_spool import GroupKey, GroupOf, SpooledSegments, Tally, spool_segments
from caqda.core.exports.segments import SegmentQuery, canonical_attribute, document_attribute_values
from caqda.core.models import Code
from caqda.core.project import Project

GROUPINGS = ("code", "document", "coder", "speaker", "attribute:<name>")
NO_SPEAKER = "(no speaker)"
NO_VALUE = "(no value)"


def export_segments_docx(
    project: Project,
    path: str | os.PathLike[str],
    *,
    group_by: str = "code",
    code_ids: Iterable[int] | None = None,
    document_ids: Iterable[int] | None = None,
    coder_ids: Iterable[int] | None = None,
    attribute_filter: dict[str, str] | None = None,
) -> ExportSummary:
    """Write the coded segments as a Word report; ``items`` is the number of segments.

    ``group_by`` is ``"code"``, ``"document"``, ``"coder"``, ``"speaker"`` or
    ``"attribute:<name>"`` (e.g. ``"attribute:Department"``). The filters keep only the given
    codes, documents and coders, and documents whose attributes have the given values.
    Raises :class:`ExportError` for an unknown grouping, when nothing matches, or when the
    file cannot be written.

    The segments are rendered document by document into a temporary file (``segment_spool``),
    so memory holds one document's text at a time, not every segment of the project.
    """
    target = check_target(path, (".docx",))
    grouping = _grouping(project, group_by)
    query = SegmentQuery.of(
        code_ids=code_ids, document_ids=document_ids, coder_ids=coder_ids, attribute_filter=attribute_filter
    )
    spooled = spool_segments(project, query, grouping.key)
    try:
        if not spooled.total.segments:
            restriction = "; ".join(query.describe(project))
            raise ExportError(
                "Nothing to export: no coded segments match "
                + (f"the filters ({restriction})." if restriction else "(the project has no codings yet).")
            )
        codes = list_codes(project)
        report = WordReport(project, kind="Coded segments", title=f"Coded segments: {project_name(project)}")
        report.title_block(
            "Coded segments",
            f"Project: {report.project_name}",
            _info_lines(project, query, grouping, spooled.total, report.date),
        )
        writer = _SegmentWriter(report, codes, spooled)
        report.table_of_contents()
        if grouping.kind == "code":
            writer.by_code_tree()
        else:
            writer.by_group(grouping, _document_attributes(project, grouping))
        report.save(target)
    finally:
        spooled.spool.close()
    return ExportSummary(target, spooled.total.segments)


@dataclass(frozen=True)
class _Grouping:
    kind: str  # code, document, coder, speaker, attribute
    label: str  # how the title page names it
    key: GroupKey | None = None
    order: Callable[[str], Any] | None = None


def _grouping(project: Project, group_by: str) -> _Grouping:
    kind, _, argument = group_by.strip().partition(":")
    kind = kind.strip().lower()
    if kind == "code" and not argument:
        return _Grouping("code", "code")
    if kind == "document" and not argument:
        positions = {document.name: index for index, document in enumerate(list_documents(project))}
        return _Grouping(
            "document",
            "document",
            GroupOf("document"),
            lambda name: positions.get(name, 0),
        )
    if kind == "coder" and not argument:
        return _Grouping("coder", "coder", GroupOf("coder"), _natural)
    if kind == "speaker" and not argument:
        return _Grouping(
            "speaker",
            "speaker",
            GroupOf("speaker", NO_SPEAKER),
            _last_if(NO_SPEAKER),
        )
    if kind == "attribute" and argument.strip():
        name = canonical_attribute(project, argument)
        values = document_attribute_values(project, name)
        return _Grouping(
            "attribute",
            f"the attribute '{name}'",
            GroupOf("attribute", NO_VALUE, values),
            _last_if(NO_VALUE),
        )
    raise ExportError(
        f"Segments cannot be grouped by '{group_by}'; group them by {', '.join(GROUPINGS[:-1])} "
        "or attribute:<name> (for example attribute:Department)."
    )


def _natural(text: str) -> list[tuple[int, int, str]]:
    """Sort key reading digit runs as numbers, so 'E2' comes before 'E10' and '3' before '11'."""
    return [
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in re.split(r"(\d+)", text)
    ]


def _last_if(missing: str) -> Callable[[str], Any]:
    return lambda value: (value == missing, _natural(value))


class _SegmentWriter:
    def __init__(self, report: WordReport, codes: list[Code], spooled: SpooledSegments) -> None:
        self.report = report
        self.codes = codes
        self.spooled = spooled
        self.code_by_id = {code.id: code for code in codes}
        self.children: dict[int | None, list[Code]] = {}
        for code in codes:
            self.children.setdefault(code.parent_id, []).append(code)
        self._first_heading = True

    def heading(self, level: int, text: str) -> None:
        # The first section starts on a new page, after the title and contents.
        self.report.heading(level, text, page_break_before=self._first_heading)
        self._first_heading = False

    # -- grouped by code: the codebook's own hierarchy ------------------------------------
    def by_code_tree(self) -> None:
        sections = self.spooled.sections
        totals: dict[int, int] = {}

        def own(code: Code) -> int:
            tally = sections.get(code.id)
            return tally.segments if tally is not None else 0

        def total(code: Code) -> int:
            if code.id not in totals:
                totals[code.id] = own(code) + sum(total(child) for child in self.children.get(code.id, []))
            return totals[code.id]

        def visit(code: Code, depth: int) -> None:
            if not total(code):
                return
            children = [child for child in self.children.get(code.id, []) if total(child)]
            self.heading(depth + 1, code.name)
            if code.definition:
                self.report.paragraph(styles.CODE_NOTE, code.definition)
            if children:
                note = f"{counted(total(code), 'segment')} in {counted(len(children), 'code')}"
                if own(code):
                    note += f"; {counted(own(code), 'segment')} coded with '{code.name}' itself, listed first"
                self._note(note + ".")
            else:
                self._note(_summary(sections.get(code.id)))
            self.segments(code.id)
            for child in children:
                visit(child, depth + 1)

        for top in self.children.get(None, []):
            visit(top, 0)

    # -- grouped by document, coder, speaker or attribute ---------------------------------
    def by_group(self, grouping: _Grouping, document_attributes: dict[int, list[tuple[str, str]]]) -> None:
        assert grouping.order is not None
        code_order = {code.id: index for index, code in enumerate(self.codes)}
        for name in sorted(self.spooled.groups, key=grouping.order):
            group = self.spooled.groups[name]
            self.heading(1, name)
            described = [
                f"{key}: {value}" for key, value in document_attributes.get(group.first_document or 0, [])
            ]
            if described:
                self.report.paragraph(styles.CODE_NOTE, " · ".join(described))
            self._note(
                f"{counted(group.segments, 'segment')} · {counted(len(group.codes), 'code')} · "
                f"{counted(group.documents, 'document')}."
            )
            for code_id in sorted(group.codes, key=code_order.__getitem__):
                code = self.code_by_id[code_id]
                self.heading(2, code.name)
                parent = self.code_by_id.get(code.parent_id) if code.parent_id is not None else None
                summary = _summary(self.spooled.sections[(name, code_id)])
                self._note(f"{parent.name} · {summary}" if parent else summary)
                self.segments((name, code_id))

    def segments(self, section: Hashable) -> None:
        """The section's quotes and source lines, rendered by ``spool_segments``, copied into
        the report's stream."""
        for file, ranges in self.spooled.spool.ranges(section):
            self.report.write_ranges(file, ranges)

    def _note(self, text: str) -> None:
        self.report.paragraph(styles.REPORT_INFO, text, keep_next=True, space_after=120)


def _summary(tally: Tally | None) -> str:
    """'12 segments · 7 documents · Ana 6, Bruno 6.'"""
    tally = tally or Tally()
    parts = [counted(tally.segments, "segment"), counted(tally.documents, "document")]
    if len(tally.coders) > 1:
        parts.append(", ".join(f"{coder} {count}" for coder, count in sorted(tally.coders.items())))
    return " · ".join(parts) + "."


def _info_lines(
    project: Project, query: SegmentQuery, grouping: _Grouping, total: Tally, date: str
) -> list[str]:
    coders = sorted(total.coders)
    lines = [
        f"{counted(total.segments, 'segment')} from {counted(total.documents, 'document')}, "
        f"coded by {', '.join(coders)}; grouped by {grouping.label}.",
    ]
    restrictions = query.describe(project)
    if restrictions:
        lines.append("Only " + "; ".join(restrictions) + ".")
    lines.append(
        f"Exported from {project.path.name} on {date}. "
        "Line numbers count the lines of each transcript as caqda shows them."
    )
    return lines


def _document_attributes(project: Project, grouping: _Grouping) -> dict[int, list[tuple[str, str]]]:
    """Grouped by document, each document's section lists its attributes (interviewee, date...)."""
    if grouping.kind != "document":
        return {}
    return {
        document.id: list(attributes(project, document.id).items()) for document in list_documents(project)
    }
