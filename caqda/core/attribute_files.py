"""The documents × attributes table as a CSV or XLSX file, both ways.

The first column holds the document names, the header row the attribute names. An XLSX file
also gets a sheet "Attribute types" (name, type, choices) so types travel with the values; a
CSV carries values only. Importing checks every value against its attribute's type first and
then writes all of them in one transaction, or nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from caqda.core import attributes
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

TYPES_SHEET = "Attribute types"
_DOCUMENT_HEADER = "Document"


@dataclass
class AttributeImport:
    changed: int = 0
    new_attributes: list[str] = field(default_factory=list)
    unknown_documents: list[str] = field(default_factory=list)


def export_attributes(project: Project, path: Path) -> int:
    """Write the table; returns the number of documents written."""
    table = attributes.attribute_table(project)
    names = [definition.name for definition in table.attributes]
    rows = [[_DOCUMENT_HEADER, *names]] + [
        [name, *(values.get(a, "") for a in names)] for _, name, values in table.rows
    ]
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                csv.writer(handle).writerows(rows)
        elif suffix == ".xlsx":
            _write_xlsx(path, rows, table.attributes)
        else:
            raise CaqdaError(f"Attributes are exported as .csv or .xlsx, not '{path.suffix or path.name}'.")
    except OSError as error:
        raise CaqdaError(f"Could not write '{path}': {error.strerror or error}.") from error
    return len(table.rows)


@dataclass
class AttributeFile:
    """What a table file asks for: types to define, values to set, rows that name no document."""

    types: dict[str, tuple[str, list[str]]]
    changes: list[tuple[int, str, str | None]]
    new_attributes: list[str]
    unknown_documents: list[str]


def read_attributes(project: Project, path: Path) -> AttributeFile:
    """Read a table written by :func:`export_attributes` (or by hand) without changing anything,
    so the GUI can apply it as undoable steps."""
    rows, types = _read(path)
    if not rows or not rows[0] or (rows[0][0].strip() == "" and len(rows[0]) < 2):
        raise CaqdaError(f"'{path.name}' has no header row with attribute names.")
    header = [cell.strip() for cell in rows[0]]
    by_name = {row[1].casefold(): row[0] for row in project.rows("SELECT id, name FROM documents")}
    known = {d.name.casefold() for d in attributes.list_definitions(project)}
    changes: list[tuple[int, str, str | None]] = []
    unknown: list[str] = []
    for row in rows[1:]:
        if not row or not row[0].strip():
            continue
        document_id = by_name.get(row[0].strip().casefold())
        if document_id is None:
            unknown.append(row[0].strip())
            continue
        for column, name in enumerate(header[1:], start=1):
            if name:
                changes.append((document_id, name, row[column] if column < len(row) else ""))
    types = {name: spec for name, spec in types.items() if spec[0] != "text" or name.casefold() not in known}
    new = [name for name in header[1:] if name and name.casefold() not in known]
    return AttributeFile(types, changes, new, unknown)


def import_attributes(project: Project, path: Path) -> AttributeImport:
    """Read a table file into the project in one transaction (all values or none)."""
    read = read_attributes(project, path)
    with project.transaction():
        for name, (type_, choices) in read.types.items():
            attributes.define_attribute(project, name, type_, choices)
        before = attributes.set_values(project, read.changes)
    changed = sum(
        1
        for (_, _, old), (_, _, new) in zip(before, read.changes, strict=True)
        if (old or "") != (new or "").strip()
    )
    return AttributeImport(changed, read.new_attributes, read.unknown_documents)


def _read(path: Path) -> tuple[list[list[str]], dict[str, tuple[str, list[str]]]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            with path.open(newline="", encoding="utf-8-sig") as handle:
                sample = handle.read(4096)
                handle.seek(0)
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
                return [list(row) for row in csv.reader(handle, dialect)], {}
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CaqdaError(f"Could not read '{path.name}': {error}.") from error
    raise CaqdaError(f"Attributes are imported from .csv or .xlsx, not '{path.suffix or path.name}'.")


def _write_xlsx(
    path: Path, rows: list[list[str]], definitions: tuple[attributes.AttributeDefinition, ...]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Attributes"
    for row in rows:
        sheet.append(row)
    types = book.create_sheet(TYPES_SHEET)
    types.append(["Attribute", "Type", "Choices"])
    for definition in definitions:
        types.append([definition.name, definition.type, "; ".join(definition.choices)])
    book.save(path)


def _read_xlsx(path: Path) -> tuple[list[list[str]], dict[str, tuple[str, list[str]]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise CaqdaError(f"'{path.name}' could not be read as an Excel workbook ({error}).") from error
    sheet = book.worksheets[0]
    rows = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    types: dict[str, tuple[str, list[str]]] = {}
    if TYPES_SHEET in book.sheetnames:
        for row in list(book[TYPES_SHEET].iter_rows(values_only=True))[1:]:
            if row and row[0]:
                type_ = _cell(row[1] if len(row) > 1 else "text") or "text"
                choices = [c.strip() for c in _cell(row[2] if len(row) > 2 else "").split(";") if c.strip()]
                types[_cell(row[0]).strip()] = (type_, choices)
    book.close()
    return rows, types


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "date") and callable(value.date):  # datetime from a date cell
        return value.date().isoformat()  # type: ignore[no-any-return]
    return str(value)
