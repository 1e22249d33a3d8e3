"""Codebooks as tables: Taguette's CSV and a spreadsheet (.xlsx) a team edits together.

**CSV (Taguette).** Taguette imports a CSV whose header holds exactly one of ``tag``,
``name`` or ``path`` (the tag) and optionally ``description``; other columns are ignored
(taguette/import_codebook.py). It exports ``tag, description, number of highlights, number
of documents``. caqda writes those four columns, then ``color`` and ``codable``: the tag is the
code's path ("Joint sphere › Peer support", Taguette has no hierarchy of its own) and the
description holds the four definition fields folded as in a .qdc. Reading accepts Taguette's
files and caqda's: a tag holding " › " is a path, so the tree comes back.

**XLSX.** One row per code, parents first: ``Code``, ``Parent path``, ``Colour``,
``Definition``, ``When to use``, ``When not to use``, ``Example``, ``Codable``. Columns are
found by their header (any order, any letter case), so a researcher can reorder them.
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

from caqda.core.codebook import PALETTE, PATH_SEPARATOR, normalise_color
from caqda.core.errors import CodebookError
from caqda.core.models import CodeSpec
from caqda.core.refi.codebook import format_description, parse_description

CSV_HEADER = ("tag", "description", "number of highlights", "number of documents", "color", "codable")
XLSX_HEADER = (
    "Code",
    "Parent path",
    "Colour",
    "Definition",
    "When to use",
    "When not to use",
    "Example",
    "Codable",
)
_FIELDS = ("definition", "when_to_use", "when_not_to_use", "example")
_NO = {"no", "false", "0", "n", "não", "nao"}

Counts = dict[tuple[str, ...], tuple[int, int]]
"""Path of names -> (codings, documents), for the CSV's count columns."""


# --- writing ------------------------------------------------------------------------------------


def _rows(specs: list[CodeSpec], parents: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], CodeSpec]]:
    found: list[tuple[tuple[str, ...], CodeSpec]] = []
    for spec in specs:
        path = (*parents, spec.name)
        found.append((path, spec))
        found.extend(_rows(spec.children, path))
    return found


def codebook_csv(specs: list[CodeSpec], counts: Counts | None = None) -> str:
    """The CSV text (``\\r\\n`` line ends, as Python's csv module and Taguette write)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for path, spec in _rows(specs):
        codings, documents = (counts or {}).get(path, (0, 0))
        writer.writerow(
            [
                PATH_SEPARATOR.join(path),
                format_description(spec),
                codings,
                documents,
                spec.color,
                "yes" if spec.codable else "no",
            ]
        )
    return buffer.getvalue()


def write_codebook_xlsx(specs: list[CodeSpec], path: Path) -> None:
    """A workbook with one sheet "Codebook": bold frozen header, filters, readable widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Codebook"
    sheet.append(list(XLSX_HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for names, spec in _rows(specs):
        sheet.append(
            [
                names[-1],
                PATH_SEPARATOR.join(names[:-1]),
                spec.color,
                *(getattr(spec, field) for field in _FIELDS),
                "yes" if spec.codable else "no",
            ]
        )
    for row in sheet.iter_rows(min_row=2):
        for cell in row[3:7]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGH", (28, 36, 10, 48, 36, 36, 36, 9), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.save(path)


# --- reading ------------------------------------------------------------------------------------


class _TreeBuilder:
    """Specs from rows naming a path each; a parent named only in a path is created."""

    def __init__(self) -> None:
        self.roots: list[CodeSpec] = []
        self.by_path: dict[tuple[str, ...], CodeSpec] = {}
        self.implicit: set[tuple[str, ...]] = set()
        self.repeated = 0

    def _node(self, path: tuple[str, ...]) -> CodeSpec:
        key = tuple(name.casefold() for name in path)
        spec = self.by_path.get(key)
        if spec is None:
            spec = CodeSpec(name=path[-1], color=PALETTE[len(self.by_path) % len(PALETTE)])
            siblings = self.roots if len(path) == 1 else self._node(path[:-1]).children
            siblings.append(spec)
            self.by_path[key] = spec
            self.implicit.add(key)
        return spec

    def add(self, path: tuple[str, ...]) -> CodeSpec:
        """The code a row describes (a second row for the same path is counted)."""
        key = tuple(name.casefold() for name in path)
        if key in self.by_path and key not in self.implicit:
            self.repeated += 1
        spec = self._node(path)
        self.implicit.discard(key)
        return spec


def _split(path: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in path.split(PATH_SEPARATOR.strip()) if part.strip())


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise UnicodeDecodeError(encoding, data, 0, 1, "no BOM")
            return text
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def read_codebook_csv(path: Path) -> tuple[list[CodeSpec], list[str]]:
    """Codes from a Taguette (or caqda) CSV codebook; returns (root codes, notes).

    Raises :class:`CodebookError` with Taguette's own rules: one column among ``tag``,
    ``name`` and ``path``; every row as long as the columns it needs; no empty tag.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CodebookError(f"'{path.name}' could not be read ({error.strerror or error}).") from error
    rows = list(csv.reader(io.StringIO(_decode(data, path.name), newline="")))
    if not rows:
        raise CodebookError(f"'{path.name}' is empty; a CSV codebook starts with a header row.")
    header = [cell.strip().lower() for cell in rows[0]]
    tag_columns = [name for name in ("tag", "name", "path") if name in header]
    if len(tag_columns) != 1:
        problem = "has none of" if not tag_columns else "has more than one of"
        raise CodebookError(
            f"'{path.name}' {problem} the columns 'tag', 'name' and 'path'; a CSV codebook names each "
            "code in exactly one of them (as Taguette reads it)."
        )
    columns = {name: header.index(name) for name in header if name}
    tag = columns[tag_columns[0]]
    needed = max(tag, columns.get("description", -1)) + 1
    builder = _TreeBuilder()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < needed:
            raise CodebookError(f"'{path.name}', row {number}: not enough columns.")
        names = _split(row[tag])
        if not names:
            raise CodebookError(f"'{path.name}', row {number}: the code has no name.")
        spec = builder.add(names)

        def cell(column: str, row: list[str] = row) -> str:
            index = columns.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        for field, value in parse_description(cell("description").replace("\r\n", "\n")).items():
            setattr(spec, field, value)
        _colour_and_codable(spec, cell("color") or cell("colour"), cell("codable"))
    return builder.roots, _notes(builder, path.name)


def read_codebook_xlsx(path: Path) -> tuple[list[CodeSpec], list[str]]:
    """Codes from a codebook workbook (first sheet); returns (root codes, notes)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError) as error:
        raise CodebookError(f"'{path.name}' is not a readable Excel workbook (.xlsx): {error}.") from error
    try:
        rows = [
            ["" if value is None else str(value) for value in row]
            for row in book.worksheets[0].iter_rows(values_only=True)
        ]
    finally:
        book.close()
    if not rows:
        raise CodebookError(f"'{path.name}' is empty; a codebook sheet starts with a header row.")
    header = [cell.strip().lower() for cell in rows[0]]
    columns = {name: header.index(name) for name in header if name}
    name_column = columns.get("code", columns.get("name"))
    if name_column is None:
        raise CodebookError(f"'{path.name}' has no 'Code' column naming each code in its first row.")
    builder = _TreeBuilder()
    for row in rows[1:]:

        def cell(column: str, row: list[str] = row) -> str:
            index = columns.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        name = " ".join(cell(header[name_column]).split())
        if not name:
            continue
        spec = builder.add((*_split(cell("parent path")), name))
        for field, label in zip(_FIELDS, XLSX_HEADER[3:7], strict=True):
            spec_value = row[columns[label.lower()]] if label.lower() in columns else ""
            setattr(spec, field, spec_value.replace("\r\n", "\n").strip())
        _colour_and_codable(spec, cell("colour") or cell("color"), cell("codable"))
    if not builder.roots:
        raise CodebookError(f"'{path.name}' holds no codes.")
    return builder.roots, _notes(builder, path.name)


def _colour_and_codable(spec: CodeSpec, colour: str, codable: str) -> None:
    if colour:
        with contextlib.suppress(CodebookError):  # keeps the palette colour for "red" and such
            spec.color = normalise_color(colour)
    spec.codable = codable.strip().lower() not in _NO


def _notes(builder: _TreeBuilder, name: str) -> list[str]:
    notes = []
    if builder.implicit:
        notes.append(
            f"{len(builder.implicit)} parent code(s) named in a path but not on a row of '{name}' "
            "were created without a definition."
        )
    if builder.repeated:
        notes.append(
            f"{builder.repeated} row(s) of '{name}' repeated a code already listed; the last one counts."
        )
    return notes
