"""The findings report: one Word document with the tables and charts a study reports from —
code frequencies, value-sphere profiles, the code matrix, co-occurrence, the social-media
figures and the saved queries' results — each with a numbered caption, and method notes saying
which coders, which unit and which codebook the numbers rest on."""

from __future__ import annotations

import io
import os

from docx.oxml import OxmlElement
from docx.shared import Cm
from matplotlib.figure import Figure

from caqda.core.analysis import charts
from caqda.core.analysis.cooccurrence import cooccurrence
from caqda.core.analysis.frequencies import frequencies, matrix
from caqda.core.analysis.query_results import write_passages
from caqda.core.analysis.saved_queries import list_saved_queries, run_saved_query
from caqda.core.analysis.scope import Filters, Scope
from caqda.core.analysis.social import social_report
from caqda.core.analysis.spheres import sphere_profile
from caqda.core.analysis.table import Table, Value
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportError, ExportSummary, check_target, counted
from caqda.core.exports.docx_common import WordReport, run, table
from caqda.core.project import Project

_PICTURE_WIDTH = Cm(16)
_TOP_PAIRS = 15
_PASSAGES_PER_QUERY = 8
_WIDE = 8
_DPI = 120
_MANY_DOCUMENTS = 40  # sharp at the 16 cm a figure takes on the page
_UNANSWERED_LISTED = 30  # matrices wider than this are shown as a heat map only


class _Numbering:
    def __init__(self) -> None:
        self.tables = 0
        self.figures = 0


def export_findings_docx(
    project: Project, path: str | os.PathLike[str], *, filters: Filters | None = None
) -> ExportSummary:
    """Write the findings report; ``items`` is the number of tables and figures in it.
    Raises ExportError when the project has no codings to report on."""
    target = check_target(path, (".docx",))
    scope = Scope(project, filters)
    codings = scope.codings()
    if not codings:
        raise ExportError("Nothing to report: no codings match (code some text first).")
    report = WordReport(project, kind="Findings", title=f"Findings: {project.path.stem}")
    numbering = _Numbering()
    report.title_block("Findings", f"Project: {report.project_name}", _method_lines(scope, codings))
    report.table_of_contents()

    report.heading(1, "Method notes", page_break_before=True)
    for line in _method_notes(scope):
        report.paragraph(None, line)

    report.heading(1, "Code frequencies", page_break_before=True)
    table_frequencies = frequencies(scope, include_subcodes=True)
    _table(
        report,
        numbering,
        table_frequencies,
        "Codings, documents and coded characters per code (a parent code includes its subcodes; "
        "characters counted once).",
        widths=[4300, 1150, 1150, 1300, 1170],
    )
    _figure(report, numbering, charts.bar_chart(frequencies(scope)), "Codings per code (each code its own).")
    by_coder = _pivot(frequencies(scope, by="coder"), "coder")
    _table(report, numbering, by_coder, "Codings per code and coder.")

    report.heading(1, "Value-sphere profiles", page_break_before=True)
    interviews = Scope(project, filters).only_kind("interview")
    for by, label in (("document", "interviewee"), *(_department(scope))):
        profile = sphere_profile(interviews, by=by)
        if not profile.rows:
            continue
        report.heading(2, f"Per {label}")
        shares = _only_columns(profile, [c for c in profile.value_columns if c.endswith("%")])
        _table(report, numbering, shares, f"Share of sphere-coded text per {label} (rows add up to 100 %).")
        _figure(report, numbering, charts.stacked_bar_chart(profile), f"Value-sphere profile per {label}.")

    report.heading(1, "Codes across documents", page_break_before=True)
    if len(scope.documents) <= _MANY_DOCUMENTS:
        document_matrix = matrix(scope, columns="document")
        caption = "Codings per code (rows) and document (columns)."
        _figure(report, numbering, charts.heat_map(document_matrix), caption)
    else:
        report.paragraph(
            None,
            f"With {len(scope.documents)} documents the code × document matrix is too wide to print; "
            "caqda stats --table matrix --export FILE.xlsx writes it whole.",
        )
    for by, label in _department(scope):
        attribute_matrix = matrix(scope, columns=by, values="column_percent")
        if len(attribute_matrix.value_columns) <= _WIDE:
            _table(
                report,
                numbering,
                attribute_matrix,
                f"Codings per code as a share of each {label}'s codings (%).",
            )
        else:
            caption = f"Codings per code as a share of each {label}'s codings (%)."
            _figure(report, numbering, charts.heat_map(attribute_matrix), caption)

    report.heading(1, "Code co-occurrence", page_break_before=True)
    counts = cooccurrence(scope, within="overlap")
    jaccard = cooccurrence(scope, within="overlap", jaccard=True)
    _table(
        report,
        numbering,
        _top_pairs(counts, jaccard),
        f"The {_TOP_PAIRS} pairs of codes whose codings overlap most often.",
    )
    _figure(
        report, numbering, charts.network(counts), "Co-occurrence network: line width = overlapping codings."
    )

    social = social_report(project, filters)
    if social.posts:
        report.heading(1, "Social media", page_break_before=True)
        for line in social.notes:
            report.paragraph(styles.CODE_NOTE, line)
        _table(report, numbering, social.summary, "Customer posts and the hospital's answers.")
        _table(report, numbering, social.answer_times, "Time to the hospital's first answer, in hours.")
        _figure(
            report, numbering, charts.answer_time_histogram(social.answer_hours), "Time to the first answer."
        )
        _table(report, numbering, social.by_type, "Answers by interaction type.")
        _figure(
            report,
            numbering,
            charts.chart_for(social.by_platform_month),
            "Customer posts by platform and month.",
        )
        unanswered = _only_columns(social.unanswered, ["interaction type", "posts"], labels=[1, 2, 3])
        _table(
            report,
            numbering,
            unanswered,
            "Threads a patient or relative started that the hospital left unanswered.",
        )

    saved = list_saved_queries(project)
    if saved:
        report.heading(1, "Saved queries", page_break_before=True)
        for query in saved:
            result = run_saved_query(project, query.name)
            report.heading(2, query.name)
            report.paragraph(styles.FIELD_LABEL, f"Query: {query.query}")
            notes = [f"within the same {query.within}"] if query.within != "character" else []
            notes += query.filters.describe()
            notes.append(
                f"{counted(len(result.passages), 'passage')} in {counted(result.documents, 'document')}"
            )
            report.paragraph(styles.CODE_NOTE, " · ".join(notes))
            write_passages(report, result, limit=_PASSAGES_PER_QUERY)
    report.save(target)
    return ExportSummary(target, numbering.tables + numbering.figures)


def _method_lines(scope: Scope, codings: list[tuple[int, int, int, int, int, int]]) -> list[str]:
    kinds: dict[str, int] = {}
    for info in scope.documents.values():
        kinds[info.kind] = kinds.get(info.kind, 0) + 1
    documents = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in sorted(kinds.items()))
    coders = sorted({scope.coder_name(row[3]) for row in codings})
    return [
        f"{counted(len(codings), 'coding')} by {', '.join(coders)} in {len(scope.documents)} documents "
        f"({documents}).",
        *scope.filters.describe(),
    ]


def _method_notes(scope: Scope) -> list[str]:
    codings = scope.codings()
    per_coder: dict[str, int] = {}
    for row in codings:
        per_coder[scope.coder_name(row[3])] = per_coder.get(scope.coder_name(row[3]), 0) + 1
    tops = scope.tree.top_level()
    spheres = scope.tree.spheres()
    return [
        "Coders: "
        + "; ".join(f"{name} ({counted(count, 'coding')})" for name, count in sorted(per_coder.items()))
        + ". Codings of every coder are pooled unless a table says otherwise.",
        f"Codebook: {counted(len(scope.tree.codes), 'code')}, {len(tops)} at the top level "
        f"({', '.join(code.name for code in tops)}).",
        "Unit: the coding. Codings are counted one by one; coded characters are counted once however many "
        "codings overlap on them; a share is those characters over the characters of the text it is about.",
        "Value spheres: "
        + ", ".join(code.name for code in spheres)
        + ". A coding belongs to the sphere at the "
        "top of its code's branch; each interview's profile divides its sphere-coded text between the "
        "spheres.",
        "Co-occurrence: two codings of different codes co-occur when they share at least one character; "
        "Jaccard is the share of the two codes' codings that meet one of the other.",
        "Social media: a patient's or relative's post counts as answered when a post of the hospital's page "
        "replies to it (directly or further down its thread); answer time runs to the first such reply.",
    ]


def _department(scope: Scope) -> list[tuple[str, str]]:
    names = {name for info in scope.documents.values() for name in info.attributes}
    for name in sorted(names):
        if name.casefold() == "department":
            return [(f"attribute:{name}", name.lower())]
    return []


def _pivot(table: Table, group_label: str) -> Table:
    """Frequencies by a group as one row per code and one column per group (codings)."""
    groups: list[str] = []
    codes: dict[str, dict[str, Value]] = {}
    colors: dict[str, str | None] = {}
    for index, row in enumerate(table.rows):
        code, group = str(row[0]), str(row[1])
        if group not in groups:
            groups.append(group)
        codes.setdefault(code, {})[group] = row[2]
        colors[code] = table.colors[index]
    pivot = Table("frequencies", f"Codings per code and {group_label}", ["code"], sorted(groups))
    for code, values in codes.items():
        pivot.add([code], [values.get(g, 0) for g in pivot.value_columns], [], colors[code])
    return pivot


def _only_columns(source: Table, columns: list[str], labels: list[int] | None = None) -> Table:
    label_indexes = labels if labels is not None else list(range(len(source.label_columns)))
    value_indexes = [source.value_columns.index(c) for c in columns]
    result = Table(source.kind, source.title, [source.label_columns[i] for i in label_indexes], columns)
    for index in range(len(source.rows)):
        row_labels = source.labels(index)
        values = source.values(index)
        result.add([row_labels[i] for i in label_indexes], [values[i] for i in value_indexes], [], None)
    return result


def _top_pairs(counts: Table, jaccard: Table) -> Table:
    pairs = []
    for i in range(len(counts.rows)):
        for j in range(i + 1, len(counts.rows)):
            value = counts.values(i)[j]
            if value:
                pairs.append((value, counts.labels(i)[0], counts.labels(j)[0], jaccard.values(i)[j]))
    pairs.sort(key=lambda p: (-float(p[0] or 0), str(p[1]), str(p[2])))
    result = Table(
        "cooccurrence", "Most frequent co-occurrences", ["code", "with code"], ["co-occurrences", "Jaccard"]
    )
    for value, first, second, share in pairs[:_TOP_PAIRS]:
        result.add([first, second], [value, share], [], None)
    return result


def _text(value: Value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _table(
    report: WordReport, numbering: _Numbering, source: Table, caption: str, *, widths: list[int] | None = None
) -> None:
    if not source.rows:
        return
    numbering.tables += 1
    _caption(report, f"Table {numbering.tables}. {caption}")
    columns = len(source.header)
    labels = len(source.label_columns)
    if widths is None:
        first = 3600 if columns > 3 else 5200
        rest = (
            (styles.TEXT_WIDTH_TWIPS - first * labels) // max(columns - labels, 1)
            if labels == 1
            else (styles.TEXT_WIDTH_TWIPS // columns)
        )
        widths = ([first] * labels + [rest] * (columns - labels)) if labels == 1 else [rest] * columns
    rows = [[str(name) for name in source.header]]
    rows += [[_text(v) for v in row] for row in source.rows]
    report.add(table(rows, widths, right_aligned=set(range(labels, columns))))
    report.paragraph(None, space_after=0)


def _figure(report: WordReport, numbering: _Numbering, figure: Figure, caption: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    image = io.BytesIO()
    figure.savefig(image, format="png", dpi=_DPI)
    image.seek(0)
    numbering.figures += 1
    inline = report.document.part.new_pic_inline(image, _PICTURE_WIDTH, None)
    holder = report.paragraph(None, keep_next=True)
    run_element = OxmlElement("w:r")
    drawing = OxmlElement("w:drawing")
    drawing.append(inline)
    run_element.append(drawing)
    holder.append(run_element)
    _caption(report, f"Figure {numbering.figures}. {caption}")


def _caption(report: WordReport, text: str) -> None:
    label, _, rest = text.partition(". ")
    line = report.paragraph(styles.CODE_NOTE, keep_next=text.startswith("Table"))
    run(line, label + ". ", bold=True)
    run(line, rest, italic=True)
