"""Column widths measured when a table is (re)loaded, not on every changed cell.

``QHeaderView.ResizeToContents`` re-measures a column over its rows each time any cell changes:
on the documents list that is every row of the project after each coding (a coder's share
changed in one cell). Sizing the columns from their contents once per reset keeps the look and
makes a one-cell update cost one cell.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView


def fit_columns_on_reset(
    table: QTableView | QTreeView,
    stretch: int | None = None,
    precision: int = 40,
    keep: tuple[int, ...] = (),
) -> None:
    """Columns the user can drag, fitted to the first ``precision`` rows (about a dock's
    height) after each reset; ``stretch`` takes the remaining width, columns in ``keep`` keep
    their width (a long memo must not push the text out of view)."""
    header = table.header() if isinstance(table, QTreeView) else table.horizontalHeader()
    header.setResizeContentsPrecision(precision)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit() -> None:
        for column in range(header.count()):
            if column != stretch and column not in keep:
                table.resizeColumnToContents(column)

    table.model().modelReset.connect(fit)
    table.model().headerDataChanged.connect(lambda *_: fit())
