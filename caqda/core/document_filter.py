"""Which documents a command or window works on: by name, by document set, by attribute.

A selection combines three kinds of criteria. Names (``--documents``) and sets (``--set``)
each list documents, any of which counts; conditions (``--where "Department=Nursing"``,
``--where "Years in the role>=5"``) must all hold. The kinds given are intersected: names or
sets first narrow the corpus, and the conditions keep those that satisfy every one. With no
criterion at all the selection is None: every document.

A condition compares an attribute as its type says (numbers as numbers, dates as dates, text
and choices case-insensitively); an attribute without a type is compared as numbers or dates
when both sides read as such. A document without the attribute never satisfies a condition
except ``!=``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from caqda.core import attributes
from caqda.core.documents import find_document
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

OPERATORS = ("!=", ">=", "<=", "=", ">", "<", "~")
_CONDITION = re.compile(r"^\s*(?P<name>.+?)\s*(?P<op>!=|>=|<=|==|=|>|<|~)\s*(?P<value>.*?)\s*$", re.S)


class FilterError(CaqdaError):
    """A document selection could not be understood (bad condition, unknown set...)."""


@dataclass(frozen=True)
class Condition:
    """``attribute op value``; ``~`` means "contains"."""

    attribute: str
    operator: str
    value: str

    def __str__(self) -> str:
        return f"{self.attribute} {self.operator} {self.value}"


@dataclass(frozen=True)
class DocumentSelection:
    names: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    conditions: tuple[Condition, ...] = ()

    @property
    def is_everything(self) -> bool:
        return not (self.names or self.sets or self.conditions)

    @classmethod
    def from_strings(
        cls,
        names: Iterable[str] | None = None,
        sets: Iterable[str] | None = None,
        where: Iterable[str] | None = None,
    ) -> DocumentSelection:
        return cls(
            tuple(names or ()), tuple(sets or ()), tuple(parse_condition(text) for text in where or ())
        )


def parse_condition(text: str) -> Condition:
    """``"Department=Nursing"``, ``"Years in the role >= 5"``, ``"Site != B"``, ``"Role ~ nurse"``."""
    match = _CONDITION.match(text)
    if not match or not match["name"].strip():
        raise FilterError(
            f"'{text}' is not a condition; write an attribute, an operator "
            f"({', '.join(OPERATORS)}) and a value, "
            'for example "Department=Nursing" or "Years in the role>=5".'
        )
    operator = "=" if match["op"] == "==" else match["op"]
    return Condition(match["name"].strip(), operator, match["value"].strip().strip('"').strip("'"))


def resolve_documents(project: Project, selection: DocumentSelection) -> list[int] | None:
    """Ids of the selected documents in list order, or None when the selection is everything."""
    if selection.is_everything:
        return None
    order = [row[0] for row in project.rows("SELECT id FROM documents ORDER BY position, id")]
    chosen: set[int] = set(order)
    if selection.names or selection.sets:
        listed: set[int] = {find_document(project, name).id for name in selection.names}
        if selection.sets:
            from caqda.core.document_sets import find_set

            for set_name in selection.sets:
                listed.update(find_set(project, set_name).document_ids)
        chosen &= listed
    for condition in selection.conditions:
        chosen &= set(matching_document_ids(project, condition))
    return [document_id for document_id in order if document_id in chosen]


def resolve_document_names(project: Project, selection: DocumentSelection) -> list[str] | None:
    """The selected documents' exact names, for functions that take names (None: all)."""
    ids = resolve_documents(project, selection)
    if ids is None:
        return None
    names = {row[0]: row[1] for row in project.rows("SELECT id, name FROM documents")}
    return [names[document_id] for document_id in ids]


def matching_document_ids(project: Project, condition: Condition | str) -> list[int]:
    """Documents whose attribute satisfies the condition."""
    if isinstance(condition, str):
        condition = parse_condition(condition)
    definition = attributes.get_definition(project, condition.attribute)
    if definition is None:
        known = ", ".join(d.name for d in attributes.list_definitions(project)) or "none yet"
        raise FilterError(
            f"No document has an attribute called '{condition.attribute}' (attributes: {known})."
        )
    compare = _comparer(definition, condition)
    values = attributes.attribute_values(project, definition.name)
    result = []
    for (document_id,) in project.rows("SELECT id FROM documents ORDER BY position, id"):
        value = values.get(document_id)
        if value is None or value == "":
            if condition.operator == "!=" and condition.value != "":
                result.append(document_id)
            continue
        if compare(value):
            result.append(document_id)
    return result


def _comparer(definition: attributes.AttributeDefinition, condition: Condition):  # type: ignore[no-untyped-def]
    operator, wanted = condition.operator, condition.value
    if operator == "~":
        folded = wanted.casefold()
        return lambda value: folded in value.casefold()
    kind = definition.type
    if (kind == "text" and operator in ("<", ">", "<=", ">=")) or (kind == "text" and not definition.defined):
        if attributes.parse_number(wanted) is not None:
            kind = "number?"
        elif attributes.parse_date(wanted) is not None:
            kind = "date?"
    if kind in ("number", "number?"):
        target = attributes.parse_number(wanted)
        if target is None:
            raise FilterError(f"'{definition.name}' holds numbers; '{wanted}' is not one.")
        return lambda value: _holds(attributes.parse_number(value), operator, target, strict=kind == "number")
    if kind in ("date", "date?"):
        day = attributes.parse_date(wanted)
        if day is None:
            raise FilterError(f"'{definition.name}' holds dates; '{wanted}' is not one (write 2024-03-31).")
        return lambda value: _holds(attributes.parse_date(value), operator, day, strict=kind == "date")
    folded = wanted.casefold()
    return lambda value: _holds(value.casefold(), operator, folded, strict=True)


def _holds(
    value: float | date | str | None, operator: str, target: float | date | str, *, strict: bool
) -> bool:
    if value is None:
        return operator == "!=" and not strict
    if operator == "=":
        return value == target
    if operator == "!=":
        return value != target
    if operator == ">":
        return value > target  # type: ignore[operator]
    if operator == "<":
        return value < target  # type: ignore[operator]
    if operator == ">=":
        return value >= target  # type: ignore[operator]
    return value <= target  # type: ignore[operator]


def describe(selection: DocumentSelection) -> str:
    """A selection in words, for reports and window titles."""
    parts: list[str] = []
    if selection.names:
        parts.append(", ".join(selection.names))
    if selection.sets:
        parts.append("sets " + ", ".join(selection.sets))
    parts.extend(str(condition) for condition in selection.conditions)
    return "; ".join(parts) or "all documents"
