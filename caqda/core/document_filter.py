"""Choosing documents by their attributes: ``Department=Nursing``, ``Age>=40``, ``Site!=B``.

A condition compares one attribute with a value. Numbers compare as numbers when both sides
read as numbers, otherwise text compares ignoring case. A document without the attribute
matches no condition on it (not even ``!=``), so a filter never picks documents by accident.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from caqda.core.errors import CaqdaError
from caqda.core.project import Project

_CONDITION = re.compile(r"^\s*(?P<name>[^=<>!]+?)\s*(?P<op>>=|<=|!=|=|>|<)\s*(?P<value>.*?)\s*$", re.DOTALL)
_OPERATORS: dict[str, Callable[[object, object], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}


class DocumentFilterError(CaqdaError):
    pass


@dataclass(frozen=True)
class Condition:
    name: str
    operator: str
    value: str

    def holds(self, value: str) -> bool:
        compare = _OPERATORS[self.operator]
        left, right = _number(value), _number(self.value)
        if left is not None and right is not None:
            return compare(left, right)
        return compare(value.casefold(), self.value.casefold())


def parse_condition(text: str) -> Condition:
    """``"Department=Nursing"`` as a :class:`Condition`; a clear message for anything else."""
    match = _CONDITION.match(text)
    if match is None or not match["name"].strip():
        raise DocumentFilterError(
            f"'{text}' is not a condition on an attribute; write it like Department=Nursing or Age>=40 "
            "(operators = != > >= < <=)."
        )
    return Condition(match["name"].strip(), match["op"], match["value"])


def matching_document_ids(project: Project, conditions: Iterable[Condition]) -> set[int]:
    """Documents for which every condition holds."""
    conditions = list(conditions)
    matching = {row[0] for row in project.rows("SELECT id FROM documents")}
    for condition in conditions:
        known = project.scalar(
            "SELECT 1 FROM document_attributes WHERE name = ? COLLATE NOCASE LIMIT 1", (condition.name,)
        )
        if known is None:
            names = sorted({row[0] for row in project.rows("SELECT DISTINCT name FROM document_attributes")})
            listed = ", ".join(names[:12]) if names else "none"
            raise DocumentFilterError(
                f"No document has an attribute called '{condition.name}' (attributes: {listed})."
            )
        matching &= {
            row[0]
            for row in project.rows(
                "SELECT document_id, value FROM document_attributes WHERE name = ? COLLATE NOCASE",
                (condition.name,),
            )
            if condition.holds(str(row[1]))
        }
    return matching


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".")) if text.strip() else None
    except ValueError:
        return None
