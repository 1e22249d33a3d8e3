from __future__ import annotations

import pytest

from caqda.core.analysis import saved_queries
from caqda.core.analysis.query_parser import QuerySyntaxError
from caqda.core.analysis.query_results import code_passages
from caqda.core.analysis.scope import Filters
from caqda.core.audit import events
from caqda.core.errors import CodebookError, NotFoundError

from .conftest import Small


def test_saved_query_runs_again_on_new_codings(small: Small) -> None:
    small.code("A", "Complaint", 50, 60)
    saved = saved_queries.save_query(
        small.project, "Complaints by Ana", "Complaint", filters=Filters.of(coders=["Ana"])
    )
    assert saved.filters.coders == ("Ana",)
    assert len(saved_queries.run_saved_query(small.project, "complaints by ana").passages) == 1
    small.code("B", "Complaint", 10, 20)
    small.code("B", "Complaint", 30, 40, coder="Bruno")
    assert len(saved_queries.run_saved_query(small.project, "Complaints by Ana").passages) == 2
    saved_queries.save_query(small.project, "Complaints by Ana", "Complaint", within="document")
    assert [q.within for q in saved_queries.list_saved_queries(small.project)] == ["document"]
    assert [e.action for e in events(small.project, saved.uuid)] == ["save query", "change query"]
    saved_queries.delete_saved_query(small.project, "Complaints by Ana")
    with pytest.raises(NotFoundError, match="none yet"):
        saved_queries.run_saved_query(small.project, "Complaints by Ana")
    with pytest.raises(QuerySyntaxError):
        saved_queries.save_query(small.project, "Broken", "Complaint AND")
    assert saved_queries.list_saved_queries(small.project) == []


def test_coding_the_passages_is_one_transaction(small: Small) -> None:
    from caqda.core.analysis.query import run_query

    small.code("A", "Complaint", 50, 60)
    small.code("A", "Complaint", 55, 70)
    small.code("B", "Complaint", 5, 9)
    result = run_query(small.project, "Complaint")
    heard = []
    small.project.add_listener(heard.append)
    code = code_passages(small.project, result, code_name="All complaints", coder_id=small.coders["Bruno"])
    assert len(heard) == 1  # one commit
    rows = small.project.rows(
        'SELECT document_id, start, "end" FROM codings WHERE code_id = ? ORDER BY id', (code.id,)
    )
    assert [tuple(r) for r in rows] == [(small.docs["A"], 50, 70), (small.docs["B"], 5, 9)]
    with pytest.raises(CodebookError):
        code_passages(small.project, result, code_name="All complaints", coder_id=small.coders["Bruno"])
    assert small.project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code.id,)) == 2
