"""The file's ``Cases`` as caqda keeps them: caqda has no cases, so each case's variable values
become attributes of the documents it groups, with a ``Case`` attribute naming it.

Split from :mod:`caqda.core.refi.import_plan`; the planner calls :func:`plan_cases` with itself.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from caqda.core.refi.report import counted, named, were

if TYPE_CHECKING:
    from caqda.core.refi.import_plan import _Planner

CASE_ATTRIBUTE = "Case"


def plan_cases(self: _Planner) -> None:
    """Cases become attributes of the documents they group (caqda has no cases)."""
    variables = {v.guid: v for v in self.read.variables if v.guid is not None}
    case_names: defaultdict[int, list[str]] = defaultdict(list)
    conflicts = grouped_other = described = without_documents = 0
    for case in self.read.cases:
        documents = [self.document_by_guid[g] for g in case.source_refs if g in self.document_by_guid]
        grouped_other += case.code_refs + case.selection_refs
        described += bool(case.description.strip())
        if not documents:
            without_documents += len(case.values)
        for document in documents:
            case_names[document].append(case.name or "unnamed case")
            attributes = self.plan.documents[document].attributes
            for value in case.values:
                variable = variables.get(value.variable) if value.variable else None
                if variable is None or value.text is None:
                    self.values_without_variable += 1
                    continue
                if value.kind != "TextValue" or variable.kind != "Text":
                    self.retyped[f"{variable.name} ({variable.kind})"] += 1
                name = " ".join(variable.name.split()) or "Variable"
                text = self._value_text(value.text)
                if attributes.setdefault(name, text) != text:
                    conflicts += 1
    for document, names in case_names.items():
        attributes = self.plan.documents[document].attributes
        if attributes.setdefault(CASE_ATTRIBUTE, "; ".join(names)) != "; ".join(names):
            conflicts += 1
    cases = self.read.cases
    if cases:
        self.plan.losses.append(
            f"caqda has no cases, so the file's {counted(len(cases), 'case', 'cases')} "
            f"({named(c.name or 'unnamed case' for c in cases)}) became attributes of the "
            f"{counted(len(case_names), 'document', 'documents')} they group: each case's variables, "
            f"and a '{CASE_ATTRIBUTE}' attribute naming the case."
        )
    if conflicts:
        self.plan.losses.append(
            f"{were(conflicts, 'case value', 'case values')} not imported because the document "
            "already had another value for that attribute."
        )
    if without_documents:
        self.plan.losses.append(
            f"{were(without_documents, 'case value', 'case values')} not imported: their case "
            "groups no document that was imported."
        )
    if grouped_other:
        self.plan.losses.append(
            f"{were(grouped_other, 'code or selection', 'codes or selections')} grouped into "
            "cases; caqda groups only documents, so those links were not imported."
        )
    if described:
        self.plan.losses.append(f"{were(described, 'case description', 'case descriptions')} not imported.")
