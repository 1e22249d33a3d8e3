"""Charts of analysis tables with matplotlib: bars and stacked bars, heat maps, a co-occurrence
network and the answer-time histogram.

Figures are built on :class:`matplotlib.figure.Figure` without pyplot (no global state), so the
same figure is saved as PNG or SVG here (Agg) and shown in the window by the Qt backend. Codes
are drawn in their own colours; anything else in the Okabe–Ito palette, and heat maps in
*cividis*, both readable with the common colour-vision deficiencies and in grey print.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

from caqda.core.analysis.table import Table
from caqda.core.exports.common import ExportError, check_target, write_atomically

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HEAT_MAP = "cividis"
CHART_SUFFIXES = (".png", ".svg")


MAX_WIDTH, MAX_HEIGHT = 12.0, 14.0  # inches: a page, or a screen, at most
MAX_BARS = 40  # rows a bar chart shows; more are left to the table


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(min(width, MAX_WIDTH), min(height, MAX_HEIGHT)), dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _short(label: object, size: int = 38) -> str:
    text = str(label).split(" › ")[-1] if " › " in str(label) else str(label)
    return text if len(text) <= size else text[: size - 1] + "…"


def _numbers(values: list[object]) -> list[float]:
    return [float(v) if isinstance(v, int | float) else 0.0 for v in values]


def bar_chart(table: Table, column: str | None = None) -> Figure:
    """One horizontal bar per row (``column``: which value; the first by default), in the
    rows' code colours."""
    index = table.value_columns.index(column) if column else 0
    shown = min(len(table.rows), MAX_BARS * 2)
    labels = [
        _short(table.labels(r)[-1] if len(table.label_columns) > 1 else table.labels(r)[0])
        for r in range(shown)
    ]
    values = [_numbers(table.values(r))[index] for r in range(shown)]
    colors = [c or OKABE_ITO[0] for c in (table.colors or [None] * len(table.rows))[:shown]]
    figure = _figure(8, max(2.5, 0.28 * len(values) + 1.2))
    axes = figure.add_subplot()
    positions = list(range(len(values)))[::-1]
    axes.barh(positions, values, color=colors, edgecolor="#374151", linewidth=0.4)
    axes.set_yticks(positions, labels, fontsize=8 if shown <= 40 else 6)
    axes.set_xlabel(table.value_columns[index])
    axes.set_title(table.title + _first_of(shown, len(table.rows)), fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def stacked_bar_chart(table: Table, columns: list[str] | None = None) -> Figure:
    """One horizontal bar per row, stacked by ``columns`` (a sphere profile: the sphere shares,
    in the spheres' colours)."""
    columns = columns or [c for c in table.value_columns if c.endswith("%")] or table.value_columns
    indexes = [table.value_columns.index(c) for c in columns]
    colors = list(table.series_colors) if len(table.series_colors) >= len(columns) else list(OKABE_ITO)
    shown = min(len(table.rows), MAX_BARS)
    labels = [_short(table.labels(r)[0]) for r in range(shown)]
    figure = _figure(9, max(2.5, 0.32 * len(labels) + 1.6))
    axes = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]
    left = [0.0] * len(labels)
    for series, (column, index) in enumerate(zip(columns, indexes, strict=True)):
        values = [_numbers(table.values(r))[index] for r in range(shown)]
        axes.barh(
            positions,
            values,
            left=left,
            color=colors[series % len(colors)],
            edgecolor="white",
            linewidth=0.6,
            label=column.removesuffix(" %"),
            hatch=("", "//", "..", "xx", "\\\\")[series % 5],  # readable in grey print too
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions, labels, fontsize=8)
    axes.set_title(table.title, fontsize=11)
    axes.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=min(4, len(columns)), fontsize=8, frameon=False
    )
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def heat_map(table: Table) -> Figure:
    """A matrix (or co-occurrence table) as coloured cells, with their numbers when they fit."""
    columns = [c for c in table.value_columns if c != "total"]
    indexes = [table.value_columns.index(c) for c in columns]
    data = []
    for r in range(len(table.rows)):
        numbers = _numbers(table.values(r))
        data.append([numbers[i] for i in indexes])
    figure = _figure(max(6, 0.45 * len(columns) + 4), max(3, 0.3 * len(data) + 2))
    axes = figure.add_subplot()
    image = axes.imshow(data or [[0]], cmap=HEAT_MAP, aspect="auto")
    step = max(1, -(-len(columns) // 40))  # at most some 40 labels a side stay readable
    axes.set_xticks(
        range(0, len(columns), step),
        [_short(c, 24) for c in columns[::step]],
        rotation=60,
        ha="right",
        fontsize=7,
    )
    row_step = max(1, -(-len(data) // 60))
    axes.set_yticks(
        range(0, len(data), row_step),
        [_short(table.labels(r)[0]) for r in range(0, len(data), row_step)],
        fontsize=7 if len(data) <= 40 else 5,
    )
    top = max((v for row in data for v in row), default=0) or 1
    if len(data) * len(columns) <= 600:
        for r, row in enumerate(data):
            for c, value in enumerate(row):
                text = f"{value:.2f}" if not float(value).is_integer() else f"{value:.0f}"
                axes.text(
                    c,
                    r,
                    text,
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if value < top / 2 else "black",
                )
    figure.colorbar(image, ax=axes, shrink=0.6)
    axes.set_title(table.title, fontsize=11)
    return figure


def network(table: Table) -> Figure:
    """Codes on a circle, sized by their codings, joined by lines as thick as their
    co-occurrences (the table must be a co-occurrence table with counts)."""
    if table.kind != "cooccurrence":
        raise ExportError("A network is drawn from a co-occurrence table.")
    names = [table.labels(r)[0] for r in range(len(table.rows))]
    count = len(names)
    figure = _figure(8, 8)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_aspect("equal")
    points = [
        (math.cos(2 * math.pi * i / max(count, 1)), math.sin(2 * math.pi * i / max(count, 1)))
        for i in range(count)
    ]
    values = [_numbers(table.values(r)) for r in range(count)]
    strongest = max((values[i][j] for i in range(count) for j in range(i + 1, count)), default=0) or 1
    segments, widths, colors = [], [], []
    for i in range(count):
        for j in range(i + 1, count):
            weight = values[i][j]
            if weight > 0:
                segments.append([points[i], points[j]])
                widths.append(0.5 + 5 * weight / strongest)
                colors.append((0.42, 0.45, 0.5, 0.25 + 0.6 * weight / strongest))
    # one collection, not a line each: 60 codes can make 1,700 edges
    axes.add_collection(LineCollection(segments, linewidths=widths, colors=colors, zorder=1))
    sizes = [values[i][i] for i in range(count)]
    biggest = max(sizes, default=0) or 1
    axes.scatter(
        [p[0] for p in points],
        [p[1] for p in points],
        s=[80 + 600 * s / biggest for s in sizes],
        c=[c or OKABE_ITO[0] for c in table.colors],
        edgecolors="#1F2937",
        linewidths=0.6,
        zorder=2,
    )
    for (x, y), name in zip(points, names, strict=True):
        axes.text(
            x * 1.12, y * 1.12, _short(name, 26), ha="left" if x >= 0 else "right", va="center", fontsize=7
        )
    axes.set_xlim(-1.7, 1.7)
    axes.set_ylim(-1.4, 1.4)
    axes.set_title(table.title, fontsize=11)
    return figure


def answer_time_histogram(hours: list[float], title: str = "Time to the hospital's first answer") -> Figure:
    figure = _figure(8, 4)
    axes = figure.add_subplot()
    if hours:
        top = max(hours)
        bins = [0, 0.5, 1, 2, 4, 8, 12, 24, 48, 72, 168]
        bins = [b for b in bins if b < top] + [max(top, 1) * 1.0001]
        axes.hist(hours, bins=bins, color=OKABE_ITO[0], edgecolor="white")
        axes.set_xscale("symlog", linthresh=1)
        axes.set_xticks([b for b in bins[:-1]], [f"{b:g}" for b in bins[:-1]])
    axes.set_xlabel("hours")
    axes.set_ylabel("answered posts")
    axes.set_title(title, fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _first_of(shown: int, total: int) -> str:
    return f" (first {shown} of {total})" if shown < total else ""


def chart_for(table: Table) -> Figure:
    """The chart that suits the table: bars for frequencies, stacked bars for sphere profiles
    and the posts by platform and month, a heat map for matrices and co-occurrence."""
    if table.kind in ("matrix", "cooccurrence"):
        return heat_map(table)
    if table.kind in ("spheres", "interactions_by_platform_month"):
        if table.kind == "interactions_by_platform_month":
            return _platform_months(table)
        return stacked_bar_chart(table)
    if table.kind == "frequencies" and len(table.label_columns) == 1:
        return bar_chart(table)
    if table.kind == "frequencies":
        return _grouped_frequencies(table)
    return bar_chart(table)


def _platform_months(table: Table) -> Figure:
    months = [c for c in table.value_columns if c != "total"]
    figure = _figure(9, 4)
    axes = figure.add_subplot()
    bottom = [0.0] * len(months)
    for r in range(len(table.rows)):
        values = _numbers(table.values(r))[: len(months)]
        axes.bar(
            months,
            values,
            bottom=bottom,
            color=OKABE_ITO[r % len(OKABE_ITO)],
            label=str(table.labels(r)[0]),
            hatch=("", "//", "..")[r % 3],
            edgecolor="white",
        )
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    axes.tick_params(axis="x", rotation=45, labelsize=8)
    axes.legend(frameon=False, fontsize=8)
    axes.set_title(table.title, fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _grouped_frequencies(table: Table) -> Figure:
    """Frequencies by group as bars per code stacked by group."""
    codes: list[str] = []
    groups: list[str] = []
    value: dict[tuple[str, str], float] = {}
    color: dict[str, str | None] = {}
    for r in range(len(table.rows)):
        code, group = (str(v) for v in table.labels(r))
        if code not in codes:
            codes.append(code)
            color[code] = table.colors[r]
        if group not in groups:
            groups.append(group)
        value[(code, group)] = _numbers(table.values(r))[0]
    if len(groups) > 12:  # too many groups to stack readably: the totals per code
        totals = Table("frequencies", table.title, ["code"], ["codings"])
        for code in codes:
            totals.add([code], [sum(value.get((code, g), 0) for g in groups)], [()], color[code])
        return bar_chart(totals)
    figure = _figure(9, max(3, 0.28 * len(codes) + 1.6))
    axes = figure.add_subplot()
    positions = list(range(len(codes)))[::-1]
    left = [0.0] * len(codes)
    for index, group in enumerate(groups):
        values = [value.get((code, group), 0.0) for code in codes]
        axes.barh(
            positions,
            values,
            left=left,
            color=OKABE_ITO[index % len(OKABE_ITO)],
            label=group,
            edgecolor="white",
            linewidth=0.5,
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions, [_short(c) for c in codes], fontsize=8)
    axes.set_xlabel("codings")
    axes.legend(frameon=False, fontsize=8, title=table.label_columns[1])
    axes.set_title(table.title, fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def save_figure(figure: Figure, path: str | os.PathLike[str]) -> Path:
    """Write the figure as PNG (150 dpi) or SVG, by the file's suffix; atomically."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    target = check_target(path, CHART_SUFFIXES)
    FigureCanvasAgg(figure)
    suffix = target.suffix.lower().lstrip(".")
    write_atomically(target, lambda temporary: figure.savefig(temporary, format=suffix, dpi=150))
    return target
