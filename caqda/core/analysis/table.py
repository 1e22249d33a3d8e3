"""The shape every analysis table has, whatever it counts: labelled rows, value columns, and
for each value the codings behind it (so a click on a cell can open its passages)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Value = int | float | str | None


@dataclass
class Table:
    """``rows[i]`` are the label cells then the value cells of row ``i``; ``codings[i][j]`` the
    ids of the codings behind value ``j`` of row ``i``. ``colors[i]`` is the row's code colour
    (None when a row is no code), used by charts."""

    kind: str
    title: str
    label_columns: list[str]
    value_columns: list[str]
    rows: list[list[Value]] = field(default_factory=list)
    codings: list[list[tuple[int, ...]]] = field(default_factory=list)
    colors: list[str | None] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    series_colors: list[str] = field(default_factory=list)  # per value column, when they are codes
    resolver: Callable[[int, int], tuple[int, ...]] | None = None  # computes cells on demand
    # (document_id, start, end) a row stands for, when it is one place (an unanswered thread)
    row_locations: list[tuple[int, int, int]] = field(default_factory=list)

    def cell_codings(self, row: int, column: int) -> tuple[int, ...]:
        """Ids of the codings behind value ``column`` of ``row``."""
        if self.resolver is not None:
            return self.resolver(row, column)
        return self.codings[row][column]

    def add(
        self, labels: list[Value], values: list[Value], codings: list[tuple[int, ...]], color: str | None
    ) -> None:
        self.rows.append([*labels, *values])
        self.codings.append(codings)
        self.colors.append(color)

    @property
    def header(self) -> list[str]:
        return [*self.label_columns, *self.value_columns]

    def values(self, row: int) -> list[Value]:
        return self.rows[row][len(self.label_columns) :]

    def labels(self, row: int) -> list[Value]:
        return self.rows[row][: len(self.label_columns)]

    def column(self, name: str) -> list[Value]:
        index = self.header.index(name)
        return [row[index] for row in self.rows]

    def cell(self, row_label: str, column: str) -> Value:
        """The value in the first row whose first label is ``row_label`` (for tests and scripts)."""
        index = self.header.index(column)
        for row in self.rows:
            if row[0] == row_label:
                return row[index]
        raise KeyError(row_label)

    def as_dict(self) -> dict[str, object]:
        return {
            "table": self.kind,
            "title": self.title,
            "columns": self.header,
            "rows": self.rows,
            "notes": self.notes,
        }
