"""A small hand-made project for the analysis tests: two interviews with turns, a department
attribute, a two-level codebook and two coders, with codings placed by the test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.project import Project

INTERVIEW_A = (
    "Interviewer: How do you answer complaints?\n"
    "E05: We answer every complaint. Praise is rarely answered.\n"
    "Interviewer: And then?\n"
    "E05: The ward changes the process. Patients notice it."
)
INTERVIEW_B = (
    "Interviewer: What do patients post?\n"
    "E07: Mostly questions about exams. Some complaints too.\n"
    "Interviewer: Who answers?\n"
    "E07: The communication team answers within a day."
)


@dataclass
class Small:
    project: Project
    docs: dict[str, int]
    codes: dict[str, int]
    coders: dict[str, int]
    code: Callable[..., None]


@pytest.fixture
def small(project: Project) -> Small:
    docs = {}
    for name, text, department in (("A", INTERVIEW_A, "Nursing"), ("B", INTERVIEW_B, "Communication")):
        result = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        assert result.document is not None
        docs[name] = result.document.id
        documents.set_attribute(project, result.document.id, "Department", department)
    joint = codebook.add_code(project, "Joint sphere")
    provider = codebook.add_code(project, "Provider sphere")
    codes = {
        "Joint sphere": joint.id,
        "Provider sphere": provider.id,
        "Complaint": codebook.add_code(project, "Complaint").id,
        "Responding to interactions": codebook.add_code(
            project, "Responding to interactions", parent_id=joint.id
        ).id,
        "Praise": codebook.add_code(project, "Praise", parent_id=joint.id).id,
        "Process improvement": codebook.add_code(project, "Process improvement", parent_id=provider.id).id,
    }
    team = {name: coders.ensure_coder(project, name).id for name in ("Ana", "Bruno")}

    def code(document: str, code_name: str, start: int, end: int, coder: str = "Ana") -> None:
        add_coding(
            project,
            document_id=docs[document],
            code_id=codes[code_name],
            coder_id=team[coder],
            start=start,
            end=end,
        )

    return Small(project, docs, codes, team, code)
