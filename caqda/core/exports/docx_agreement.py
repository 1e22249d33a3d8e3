"""The agreement report in Word: the method in words, the figures per code with their meaning,
the pooled row, the coder-pair matrix, and every disagreement with the coders' own quotes."""

from __future__ import annotations

import os

from caqda.core.agreement.disagreements import Disagreement, disagreements
from caqda.core.agreement.figures import Figures
from caqda.core.agreement.interpret import ALPHA_SCALE, KAPPA_SCALE, SCALES_LEGEND
from caqda.core.agreement.report import AgreementReport
from caqda.core.codebook import PATH_SEPARATOR
from caqda.core.documents import find_document
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportSummary, check_target, counted, project_name
from caqda.core.exports.docx_common import WordReport, paragraph, run, table
from caqda.core.exports.segments import DocumentContext
from caqda.core.project import Project

# Landscape columns (14,000 twips between the margins): code, agree, on coded, κ, κ's word,
# α, α's word, α's interval. Each number fits its cell on one line.
_WIDTHS = [4300, 1050, 1100, 950, 1950, 950, 1850, 1850]
_NUMBERS = {1, 2, 3, 5, 7}
_GOOD, _FAIR, _POOR = "DFF3E3", "FDF3D7", "FBE3E1"
_QUOTE_LIMIT = 600


def export_agreement_docx(
    project: Project, path: str | os.PathLike[str], report: AgreementReport
) -> ExportSummary:
    """Write ``report`` (from :func:`caqda.core.agreement.project_input.agreement_report`) as a
    Word document; ``items`` is the number of disagreements listed."""
    target = check_target(path, (".docx",))
    word = WordReport(
        project, kind="Agreement report", title=f"Inter-coder agreement: {project_name(project)}"
    )
    word.title_block(
        "Inter-coder agreement",
        f"Project: {word.project_name}",
        [
            f"Coders: {', '.join(report.coders)}; unit: {report.unit}.",
            f"Exported from {project.path.name} on {word.date}.",
        ],
    )
    word.table_of_contents()
    word.heading(1, "Method", page_break_before=True)
    for sentence_block in report.method.split("\n"):
        if sentence_block.strip():
            word.paragraph(None, sentence_block.strip())

    word.new_section(landscape=True)  # the figures table is wide: landscape pages
    word.heading(1, "Agreement per code")
    rows = [["Code", "Agree", "On coded", "κ", f"κ: {KAPPA_SCALE}", "α", f"α: {ALPHA_SCALE}", "α 95% CI"]]
    shading: dict[tuple[int, int], str] = {}
    for row in report.codes:
        indent = "    " * row.path.count(PATH_SEPARATOR)
        label = indent + row.code + (" (with subcodes)" if row.scope == "subtree" else "")
        rows.append([label, *_cells(row.figures)])
        _shade(shading, len(rows) - 1, row.figures)
    rows.append(["Pooled", *_cells(report.pooled)])
    _shade(shading, len(rows) - 1, report.pooled)
    widths = _fitted_widths(_WIDTHS, word.text_width())
    word.add(table(rows, widths, shading=shading, right_aligned=_NUMBERS, total_row=True))
    units = {row.figures.units for row in report.codes if row.scope == "code"}
    word.paragraph(
        styles.SEGMENT_META,
        (
            f"Each code's figures rest on {next(iter(units)):,.0f} {report.unit} units. "
            if len(units) == 1
            else ""
        )
        + "Agree: percent agreement; on coded: agreement over text anyone coded. "
        + SCALES_LEGEND
        + " Green, amber and red cells mark values of .800 and above, .667 to .800, and below .667.",
    )

    word.heading(1, "Coder pairs")
    coders = list(report.coders)
    cells = {pair.coders: pair.figures for pair in report.pairs}
    matrix = [["", *coders]]
    for a in coders:
        line = [a]
        for b in coders:
            figures = cells.get((a, b)) or cells.get((b, a))
            line.append("—" if a == b else _number(figures.kappa if figures else None))
        matrix.append(line)
    width = max(1200, 9072 // (len(coders) + 1))
    word.add(table(matrix, [width] * (len(coders) + 1), right_aligned=set(range(1, len(coders) + 1))))
    word.paragraph(styles.SEGMENT_META, "Cohen's κ between each two coders over all codes used.")

    word.new_section(landscape=False)
    word.heading(1, "Disagreements")
    word.paragraph(
        styles.SEGMENT_META, "Line numbers count the lines of each transcript as caqda shows them."
    )
    texts: dict[str, DocumentContext] = {}
    listed = 0
    for row in report.codes:
        if row.scope != "code" or not row.used:
            continue
        items = disagreements(project, report, row.path)
        if not items:
            continue
        word.heading(2, f"{row.code} ({counted(len(items), 'disagreement')})")
        for item in items:
            _write_disagreement(word, project, item, texts)
            listed += 1
    word.save(target)
    return ExportSummary(target, listed)


def _write_disagreement(
    word: WordReport, project: Project, item: Disagreement, texts: dict[str, DocumentContext]
) -> None:
    if item.document not in texts:
        texts[item.document] = DocumentContext.load(project, find_document(project, item.document).id)
    context = texts[item.document]
    text = context.text
    first, last = context.line_range(item.start, item.end)
    lines = f"line {first}" if first == last else f"lines {first}–{last}"
    word.paragraph(styles.FIELD_LABEL, f"{item.document} · {item.kind} · {lines}")
    for coder in item.coders:
        line = word.paragraph(styles.QUOTE)
        run(line, f"{coder.coder}: ", bold=True)
        if coder.segments:
            quotes = [_quote(text, start, end) for start, end in coder.segments]
            run(line, " … ".join(quotes))
        elif coder.other_codes:
            run(line, f"coded it as {', '.join(coder.other_codes)}: ", italic=True)
            run(line, _quote(text, item.start, item.end))
        else:
            run(line, "did not code this passage.", italic=True)
    word.add(paragraph(None, space_after=0))


def _quote(text: str, start: int, end: int) -> str:
    passage = " ".join(text[start:end].split())
    return f"“{passage[:_QUOTE_LIMIT]}{'…' if len(passage) > _QUOTE_LIMIT else ''}”"


def _cells(figures: Figures) -> list[str]:
    interval = "–"
    if figures.alpha_low is not None and figures.alpha_high is not None:
        interval = f"[{figures.alpha_low:.2f}, {figures.alpha_high:.2f}]"
    return [
        _percent(figures.percent_agreement),
        _percent(figures.coded_agreement),
        _number(figures.kappa),
        figures.kappa_label or "",
        _number(figures.alpha),
        figures.alpha_label or "",
        interval,
    ]


def _shade(shading: dict[tuple[int, int], str], row: int, figures: Figures) -> None:
    cells = (
        (3, figures.kappa),
        (4, figures.kappa),
        (5, figures.alpha),
        (6, figures.alpha),
        (7, figures.alpha),
    )
    for column, value in cells:
        if value is not None:
            shading[(row, column)] = _GOOD if value >= 0.8 else _FAIR if value >= 0.667 else _POOR


def _fitted_widths(widths: list[int], available: int) -> list[int]:
    """``widths`` scaled down to ``available`` twips if they are wider (never up)."""
    total = sum(widths)
    return widths if total <= available else [width * available // total for width in widths]


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"
