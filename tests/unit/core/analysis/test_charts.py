"""Charts are saved and opened again: PNG size, SVG that parses, and bars that show the table."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from lxml import etree

from caqda.core.analysis import charts
from caqda.core.analysis.tables import build_table
from caqda.core.exports.common import ExportError
from caqda.core.project import Project


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("frequencies", {}),
        ("frequencies", {"by": "coder"}),
        ("matrix", {"by": "attribute:Department"}),
        ("cooccurrence", {"within": "turn"}),
        ("spheres", {}),
        ("social", {"by": "platform_month"}),
    ],
)
def test_each_table_draws_to_png_and_svg(demo: Project, tmp_path: Path, name: str, options: dict) -> None:
    table = build_table(demo, name, **options)
    figure = charts.chart_for(table)
    png = charts.save_figure(figure, tmp_path / "chart.png")
    width, height = png_size(png)
    inches = figure.get_size_inches()
    assert (width, height) == (round(inches[0] * 150), round(inches[1] * 150))
    svg = charts.save_figure(figure, tmp_path / "chart.svg")
    root = etree.parse(str(svg)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert (
        table.title in "".join(root.itertext()) or root.find(".//{http://www.w3.org/2000/svg}g") is not None
    )


def test_bars_show_the_tables_numbers_in_code_colours(demo: Project) -> None:
    from matplotlib.colors import to_hex

    table = build_table(demo, "frequencies")
    figure = charts.bar_chart(table)
    bars = figure.axes[0].patches
    assert [bar.get_width() for bar in bars] == [row[1] for row in table.rows]
    assert [to_hex(bar.get_facecolor()) for bar in bars] == table.colors


def test_sphere_bars_add_up_to_a_hundred_and_use_sphere_colours(demo: Project) -> None:
    from matplotlib.colors import to_hex

    table = build_table(demo, "spheres", by="attribute:Department")
    figure = charts.stacked_bar_chart(table)
    bars = figure.axes[0].patches
    rows = len(table.rows)
    assert len(bars) == 3 * rows
    for row in range(rows):
        assert sum(bars[s * rows + row].get_width() for s in range(3)) == pytest.approx(100, abs=0.05)
    assert [to_hex(bars[s * rows].get_facecolor()) for s in range(3)] == table.series_colors


def test_network_and_histogram(demo: Project, tmp_path: Path) -> None:
    from caqda.core.analysis.social import social_report

    table = build_table(demo, "cooccurrence")
    figure = charts.network(table)
    edges = figure.axes[0].collections[0].get_segments()
    pairs = sum(
        1 for i in range(len(table.rows)) for j in range(i + 1, len(table.rows)) if table.values(i)[j]
    )
    assert len(edges) == pairs > 0
    assert png_size(charts.save_figure(figure, tmp_path / "network.png")) == (1200, 1200)
    hours = social_report(demo).answer_hours
    histogram = charts.answer_time_histogram(hours)
    assert sum(bar.get_height() for bar in histogram.axes[0].patches) == len(hours)
    etree.parse(str(charts.save_figure(histogram, tmp_path / "hours.svg")))
    with pytest.raises(ExportError):
        charts.network(build_table(demo, "frequencies"))
    with pytest.raises(ExportError):
        charts.save_figure(histogram, tmp_path / "hours.gif")
