"""The agreement report in Word: the method in words, the figures per code with their meaning,
the pooled row, the coder-pair matrix, and every disagreement with the coders' own quotes."""

from __future__ import annotations

import os

from caqda.core.agreement.disagreements import Disagreement, disagreements
from caqda.core.agreement.figures import Figures
from caqda.core.agreement.report import AgreementReport
from caqda.core.codebook import PATH_SEPARATOR
from caqda.core.documents import document_text, find_document
from caqda.core.exports import docx_styles as styles
from caqda.core.exports.common import ExportSummary, check_target, counted, project_name
from caqda.core.exports.docx_common import WordReport, paragraph, run, table
from caqda.core.project import Project

_WIDTHS = [2870, 900, 900, 700, 1300, 700, 1400]
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

    word.heading(1, "Agreement per code")
    rows = [["Code", "Agree", "On coded", "κ", "κ means", "α", "α 95% CI"]]
    shading: dict[tuple[int, int], str] = {}
    for row in report.codes:
        indent = "    " * row.path.count(PATH_SEPARATOR)
        label = indent + row.code + (" (with subcodes)" if row.scope == "subtree" else "")
        rows.append([label, *_cells(row.figures)])
        _shade(shading, len(rows) - 1, row.figures)
    rows.append(["Pooled", *_cells(report.pooled)])
    _shade(shading, len(rows) - 1, report.pooled)
    word.add(table(rows, _WIDTHS, shading=shading, right_aligned={1, 2, 3, 5, 6}, total_row=True))
    units = {row.figures.units for row in report.codes if row.scope == "code"}
    word.paragraph(
        styles.SEGMENT_META,
        (
            f"Each code's figures rest on {next(iter(units)):,.0f} {report.unit} units. "
            if len(units) == 1
            else ""
        )
        + "Agree: percent agreement; on coded: agreement over text anyone coded. κ labels: Landis & Koch "
        "(1977). α: ≥ .800 reliable, ≥ .667 tentative (Krippendorff). Green, amber and red cells mark "
        "these bands.",
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

    word.heading(1, "Disagreements")
    texts: dict[str, str] = {}
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
    word: WordReport, project: Project, item: Disagreement, texts: dict[str, str]
) -> None:
    if item.document not in texts:
        texts[item.document] = document_text(project, find_document(project, item.document).id)
    text = texts[item.document]
    word.paragraph(styles.FIELD_LABEL, f"{item.document} · {item.kind} · characters {item.start}–{item.end}")
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
        interval,
    ]


def _shade(shading: dict[tuple[int, int], str], row: int, figures: Figures) -> None:
    for column, value in ((3, figures.kappa), (4, figures.kappa), (5, figures.alpha), (6, figures.alpha)):
        if value is not None:
            shading[(row, column)] = _GOOD if value >= 0.8 else _FAIR if value >= 0.667 else _POOR


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"
