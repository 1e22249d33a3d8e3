"""The report as a readable text table: the method in words, one row per code (indented by
depth, parents' subtotals, the pooled row), labels beside the values, and the coder-pair
matrix. What ``caqda agreement`` prints."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from caqda.core.agreement.figures import Figures
from caqda.core.agreement.interpret import ALPHA_SCALE, KAPPA_SCALE, SCALES_LEGEND
from caqda.core.agreement.report import AgreementReport
from caqda.core.codebook import PATH_SEPARATOR

Column = tuple[str, int, Callable[[Figures], str]]
"""(title, width, how to show a row's figures): numbers are right-aligned in their width; a
column whose title starts with ``WORD`` holds words (κ's and α's labels) and is left-aligned."""

WORD = "~"  # marks a words column in :func:`_columns`; never shown
NAME_LIMIT = 40  # a longer code name is cut with "…" so every row keeps its columns


def format_table(report: AgreementReport, width: int = 110) -> str:
    """A plain-text table of ``report`` (no colour, fixed-width columns)."""
    columns = _columns(report)
    name_width = max(
        [len("Pooled (all codes used)")] + [_indent(row.path) + len(_row_name(row)) for row in report.codes]
    )
    name_width = min(name_width, NAME_LIMIT)
    lines = [
        f"Inter-coder agreement, unit: {report.unit}; coders: {', '.join(report.coders)}",
        "",
        *textwrap.wrap(report.method, width),
        "",
    ]
    header = "Code".ljust(name_width) + _cells(columns, None)
    lines += [header.rstrip(), "-" * len(header)]
    for row in report.codes:
        name = _fitted(" " * _indent(row.path) + _row_name(row), name_width)
        suffix = "  (not used)" if not row.used else ""
        lines.append((name + _cells(columns, row.figures)).rstrip() + suffix)
    lines.append("-" * len(header))
    lines.append(("Pooled (all codes used)".ljust(name_width) + _cells(columns, report.pooled)).rstrip())
    lines += ["", *_scales(report), "", *_pooled_details(report), "", *_pair_matrix(report)]
    return "\n".join(lines) + "\n"


def _cells(columns: list[Column], figures: Figures | None) -> str:
    """One line's cells (the titles when ``figures`` is None): each number right-aligned in its
    column, each words column left-aligned after a two-space gap; a value wider than its column
    is cut, never shifting the next."""
    cells = []
    for title, size, render in columns:
        value = title.removeprefix(WORD) if figures is None else render(figures)
        if title.startswith(WORD):
            cells.append("  " + _fitted(value, size - 2))
        else:
            cells.append(value.rjust(size) if len(value) <= size else _fitted(value, size))
    return "".join(cells)


def _fitted(text: str, width: int) -> str:
    """``text`` in exactly ``width`` characters: padded, or cut with "…" when longer."""
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def _scales(report: AgreementReport) -> list[str]:
    """Which scale each column's words come from: κ and α use different scales, so the same
    value can read 'substantial' as κ and 'unreliable' as α."""
    if report.unit == "segment":
        return [f"Words beside κn: {KAPPA_SCALE}."]
    if report.unit == "continuum":
        return [f"Words beside uα: {ALPHA_SCALE}."]
    return textwrap.wrap(SCALES_LEGEND, 110)


def _pooled_details(report: AgreementReport) -> list[str]:
    """The pooled row's other figures, which explain its κ and α (prevalence, bias, chance)."""
    f = report.pooled
    lines = ["Pooled, in detail:"]
    if f.alpha_below:
        below = ", ".join(f"P(α < {threshold:.3f}) = {share:.2f}" for threshold, share in f.alpha_below)
    else:
        below = "no bootstrap"
    if report.unit == "segment":
        lines.append(
            f"  {_count(f.agreements)} of {_count(f.units)} segments agree "
            f"({_percent(f.percent_agreement)}); κn = {_number(f.kappa)} ({f.kappa_label or '–'})"
        )
        return lines
    if report.unit == "continuum":
        lines.append(
            f"  uα = {_number(f.alpha)} {_interval(f)}; |uα (any code vs gap) = {_number(f.alpha_binary)}; "
            f"cuα = {_number(f.alpha_cu)} on {_percent(f.cu_coverage)} of the coded text; "
            f"Cu-α (top-level codes) = {_number(f.alpha_domains)}"
        )
        lines.append(f"  {below}")
        return lines
    kappa = f"κ = {_number(f.kappa)}"
    if f.kappa_se is not None:
        kappa += f" ± {f.kappa_se:.3f} (SE)"
    lines.append(
        f"  agreement {_percent(f.percent_agreement)}"
        + (f", over coded text {_percent(f.coded_agreement)}" if f.coded_agreement is not None else "")
        + f"; {kappa}; α = {_number(f.alpha)} {_interval(f)}; {below}"
    )
    lines.append(
        f"  Scott's π = {_number(f.scott_pi)}; Fleiss' κ = {_number(f.fleiss_kappa)}; "
        f"Brennan–Prediger = {_number(f.brennan_prediger)}; Gwet's AC1 = {_number(f.gwet_ac1)}"
    )
    if f.pabak is not None:
        lines.append(
            f"  PABAK = {_number(f.pabak)}; prevalence index = {_number(f.prevalence_index)}; "
            f"bias index = {_number(f.bias_index)}"
        )
    lines.append(
        f"  size-weighted mean of the per-document values: agreement {_percent(f.mean_percent_agreement)}, "
        f"κ = {_number(f.mean_kappa)}, α = {_number(f.mean_alpha)}"
    )
    return lines


def _row_name(row: object) -> str:
    name = row.code
    return f"{name}: all codes" if row.scope == "subtree" else name


def _indent(path: str) -> int:
    return 2 * path.count(PATH_SEPARATOR)


def _number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _interval(figures: Figures) -> str:
    if figures.alpha_low is None or figures.alpha_high is None:
        return "–"
    return f"[{figures.alpha_low:.3f}, {figures.alpha_high:.3f}]"


def _count(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"


def _columns(report: AgreementReport) -> list[Column]:
    if report.unit == "segment":
        return [
            ("Segments", 10, lambda f: _count(f.units)),
            ("Agreeing", 10, lambda f: _count(f.agreements)),
            ("Agreement", 11, lambda f: _percent(f.percent_agreement)),
            ("κn (Brennan–Prediger)", 22, lambda f: _number(f.kappa)),
            (WORD + "Landis & Koch 1977", 20, lambda f: f.kappa_label or ""),
        ]
    if report.unit == "continuum":
        return [
            ("Characters", 12, lambda f: _count(f.units)),
            ("uα (|uα per code)", 18, lambda f: _number(f.alpha)),
            (WORD + "Krippendorff 2004", 19, lambda f: f.alpha_label or ""),
            ("95 % CI", 18, _interval),
            ("|uα any", 9, lambda f: _number(f.alpha_binary)),
            ("cuα", 8, lambda f: _number(f.alpha_cu)),
            ("coverage", 10, lambda f: _percent(f.cu_coverage)),
        ]
    kappa_name = "κ" if len(report.coders) == 2 else "Fleiss κ"
    columns: list[Column] = [
        ("Units", 11, lambda f: _count(f.units)),
        ("Agreement", 10, lambda f: _percent(f.percent_agreement)),
    ]
    if report.unit == "character":
        columns.append(("Coded", 8, lambda f: _percent(f.coded_agreement)))
    columns += [
        (kappa_name, 9, lambda f: _number(f.kappa)),
        (WORD + "Landis & Koch 1977", 20, lambda f: f.kappa_label or ""),
        ("κ doc mean", 11, lambda f: _number(f.mean_kappa)),
        ("α", 8, lambda f: _number(f.alpha)),
        (WORD + "Krippendorff 2004", 19, lambda f: f.alpha_label or ""),
        (f"{report.options.confidence:.0%} CI α", 18, _interval),
    ]
    return columns


def _pair_matrix(report: AgreementReport) -> list[str]:
    if report.unit == "continuum":
        title, pick = "Coder pairs, uα over all codes used:", (lambda f: f.alpha)
    elif report.unit == "segment":
        title, pick = "Coder pairs, segment agreement:", (lambda f: f.percent_agreement)
    else:
        title, pick = "Coder pairs, Cohen's κ over all codes used:", (lambda f: f.kappa)
    values = {pair.coders: pick(pair.figures) for pair in report.pairs}
    size = max(8, *(len(name) + 2 for name in report.coders))
    lines = [title, " " * size + "".join(name.rjust(size) for name in report.coders)]
    for first in report.coders:
        cells = []
        for second in report.coders:
            if first == second:
                cells.append("·".rjust(size))
            else:
                value = values.get((first, second), values.get((second, first)))
                cells.append(_number(value).rjust(size))
        lines.append(first.ljust(size) + "".join(cells))
    return lines
