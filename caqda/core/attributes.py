"""Document attributes (variables) with a type: text, number, date or choice.

Values are stored as text in ``document_attributes``; the type in ``attribute_definitions``
decides how a value is checked when entered and how it is compared when documents are
filtered ("Years in the role >= 5" compares numbers, not strings). An attribute that has values
but no definition (stored before types existed, or read from a file) counts as text.
Numbers are stored as written with a dot ("4.5"), dates as ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from caqda.core import audit
from caqda.core.documents import get_document
from caqda.core.errors import CaqdaError, NotFoundError
from caqda.core.project import Project

ATTRIBUTE_TYPES = ("text", "number", "date", "choice")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


class AttributeValueError(CaqdaError):
    """An attribute value or definition was refused (wrong type, unknown choice...)."""


@dataclass(frozen=True)
class AttributeDefinition:
    name: str
    type: str = "text"
    choices: tuple[str, ...] = ()
    defined: bool = True  # False: values exist but nobody gave the attribute a type


# -- definitions ----------------------------------------------------------------------------
def list_definitions(project: Project) -> list[AttributeDefinition]:
    """Defined attributes in their order, then undefined ones found in values (as text)."""
    defined = [
        AttributeDefinition(row[0], row[1], tuple(json.loads(row[2])))
        for row in project.rows("SELECT name, type, choices FROM attribute_definitions ORDER BY position, id")
    ]
    known = {definition.name.casefold() for definition in defined}
    for (name,) in project.rows("SELECT name FROM document_attributes GROUP BY name ORDER BY MIN(rowid)"):
        if name.casefold() not in known:
            known.add(name.casefold())
            defined.append(AttributeDefinition(name, "text", (), defined=False))
    return defined


def get_definition(project: Project, name: str) -> AttributeDefinition | None:
    for definition in list_definitions(project):
        if definition.name.casefold() == name.strip().casefold():
            return definition
    return None


def define_attribute(
    project: Project, name: str, type_: str = "text", choices: list[str] | tuple[str, ...] = ()
) -> AttributeDefinition:
    """Add an attribute or change its type; refused when an existing value does not fit."""
    name = " ".join(name.split())
    if not name:
        raise AttributeValueError("An attribute needs a name.")
    if type_ not in ATTRIBUTE_TYPES:
        raise AttributeValueError(
            f"An attribute's type is one of {', '.join(ATTRIBUTE_TYPES)}, not '{type_}'."
        )
    choices = tuple(dict.fromkeys(c.strip() for c in choices if c.strip()))
    if type_ == "choice" and not choices:
        raise AttributeValueError(f"The choice attribute '{name}' needs its values (for example: yes, no).")
    definition = AttributeDefinition(name, type_, choices if type_ == "choice" else ())
    before = get_definition(project, name)
    stored_name = before.name if before else name
    values = project.rows(
        "SELECT document_id, value FROM document_attributes WHERE name = ? COLLATE NOCASE", (stored_name,)
    )
    converted = [
        (document_id, check_value(definition, value)) for document_id, value in values if value != ""
    ]
    with project.transaction() as connection:
        position = project.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM attribute_definitions")
        connection.execute(
            "INSERT INTO attribute_definitions(name, type, choices, position) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET type = excluded.type, choices = excluded.choices",
            (stored_name, type_, json.dumps(list(definition.choices), ensure_ascii=False), position),
        )
        connection.executemany(
            "UPDATE document_attributes SET value = ? WHERE document_id = ? AND name = ?",
            [(value, document_id, stored_name) for document_id, value in converted],
        )
        audit.record(
            project, "define attribute", "attribute", None,
            before=None if before is None or not before.defined else _definition_state(before),
            after=_definition_state(definition),
        )  # fmt: skip
    return AttributeDefinition(stored_name, type_, definition.choices)


def remove_attribute(project: Project, name: str) -> dict[int, str]:
    """Delete an attribute and its values everywhere; returns the values (document id -> value)."""
    definition = get_definition(project, name)
    if definition is None:
        raise NotFoundError(f"There is no attribute called '{name}'.")
    values = attribute_values(project, definition.name)
    with project.transaction() as connection:
        connection.execute(
            "DELETE FROM document_attributes WHERE name = ? COLLATE NOCASE", (definition.name,)
        )
        connection.execute("DELETE FROM attribute_definitions WHERE name = ?", (definition.name,))
        audit.record(
            project,
            "remove attribute",
            "attribute",
            None,
            before={**_definition_state(definition), "values": len(values)},
        )
    return values


# -- values ------------------------------------------------------------------------------
def check_value(definition: AttributeDefinition, value: str) -> str:
    """The value as stored for this attribute's type, or AttributeValueError saying why it does not fit."""
    value = value.strip()
    if value == "" or definition.type == "text":
        return value
    if definition.type == "number":
        number = parse_number(value)
        if number is None:
            raise AttributeValueError(f"'{value}' is not a number, and '{definition.name}' holds numbers.")
        return _format_number(number)
    if definition.type == "date":
        day = parse_date(value)
        if day is None:
            raise AttributeValueError(
                f"'{value}' is not a date (write 2024-03-31 or 31/03/2024), "
                f"and '{definition.name}' holds dates."
            )
        return day.isoformat()
    for choice in definition.choices:
        if choice.casefold() == value.casefold():
            return choice
    raise AttributeValueError(
        f"'{value}' is not one of the values of '{definition.name}': {', '.join(definition.choices)}."
    )


def parse_number(value: str) -> float | None:
    text = value.strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"[+-]?\d+,\d+", text):  # 4,5 as written in Brazil
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def parse_date(value: str) -> date | None:
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]) and (len(text) == 10 or text[10] in "T "):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    match = _DAY_FIRST.fullmatch(text)
    if match:
        try:
            return date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    return None


def _format_number(number: float) -> str:
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def attribute_values(project: Project, name: str) -> dict[int, str]:
    return {
        row[0]: row[1]
        for row in project.rows(
            "SELECT document_id, value FROM document_attributes WHERE name = ? COLLATE NOCASE", (name,)
        )
    }


def set_value(project: Project, document_id: int, name: str, value: str) -> str | None:
    """Set (or with "" clear) one document's value, checked against the attribute's type.
    Returns the value before (None when there was none), so an undo can put it back."""
    return set_values(project, [(document_id, name, value)])[0][2]


def set_values(
    project: Project, changes: list[tuple[int, str, str | None]]
) -> list[tuple[int, str, str | None]]:
    """Set many values in one transaction ((document id, attribute, value); None or "" clears).
    Every value is checked first, so a bad one changes nothing. Returns the values before, in
    the same form, for undo."""
    definitions = {definition.name.casefold(): definition for definition in list_definitions(project)}
    checked: list[tuple[int, str, str | None]] = []
    for document_id, name, value in changes:
        get_document(project, document_id)
        definition = definitions.get(
            name.strip().casefold(), AttributeDefinition(" ".join(name.split()), defined=False)
        )
        if not definition.name:
            raise AttributeValueError("An attribute needs a name.")
        stored = None if value is None else check_value(definition, value)
        checked.append((document_id, definition.name, stored or None))
    before = [
        (document_id, name, project.scalar(
            "SELECT value FROM document_attributes WHERE document_id = ? AND name = ? COLLATE NOCASE",
            (document_id, name),
        ))
        for document_id, name, _ in checked
    ]  # fmt: skip
    with project.transaction() as connection:
        for (document_id, name, value), (_, _, old) in zip(checked, before, strict=True):
            if value == old:
                continue
            connection.execute(
                "DELETE FROM document_attributes WHERE document_id = ? AND name = ? COLLATE NOCASE",
                (document_id, name),
            )
            if value is not None:
                connection.execute(
                    "INSERT INTO document_attributes(document_id, name, value) VALUES (?, ?, ?)",
                    (document_id, name, value),
                )
            audit.record(
                project, "set attribute", "document", get_document(project, document_id).uuid,
                before={name: old}, after={name: value},
            )  # fmt: skip
    return before


@dataclass(frozen=True)
class AttributeTable:
    """Documents × attributes: ``rows`` holds (document id, document name, values by attribute)."""

    attributes: tuple[AttributeDefinition, ...]
    rows: tuple[tuple[int, str, dict[str, str]], ...]


def attribute_table(project: Project) -> AttributeTable:
    definitions = tuple(list_definitions(project))
    canonical = {definition.name.casefold(): definition.name for definition in definitions}
    values: dict[int, dict[str, str]] = {}
    for document_id, name, value in project.rows("SELECT document_id, name, value FROM document_attributes"):
        values.setdefault(document_id, {})[canonical.get(name.casefold(), name)] = value
    rows = tuple(
        (row[0], row[1], values.get(row[0], {}))
        for row in project.rows("SELECT id, name FROM documents ORDER BY position, id")
    )
    return AttributeTable(definitions, rows)


def _definition_state(definition: AttributeDefinition) -> dict[str, object]:
    return {"name": definition.name, "type": definition.type, "choices": list(definition.choices)}
