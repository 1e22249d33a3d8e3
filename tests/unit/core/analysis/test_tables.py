"""Every table against counts made another way: per-character sets and all pairs of codings,
computed in the test from the codings as listed by caqda.core.coding."""

from __future__ import annotations

import random
from collections import defaultdict
from itertools import combinations

import pytest

from caqda.core import documents
from caqda.core.analysis.scope import AnalysisError, Filters
from caqda.core.analysis.tables import build_table, passages_behind
from caqda.core.coding import list_codings

from .conftest import Small

CODE_NAMES = ("Complaint", "Responding to interactions", "Praise", "Process improvement")
PATHS = {
    "Complaint": "Complaint",
    "Responding to interactions": "Joint sphere › Responding to interactions",
    "Praise": "Joint sphere › Praise",
    "Process improvement": "Provider sphere › Process improvement",
}


@pytest.fixture
def coded(small: Small) -> Small:
    generator = random.Random(11)
    for _ in range(60):
        document = generator.choice(("A", "B"))
        length = documents.get_document(small.project, small.docs[document]).characters
        start = generator.randrange(0, length - 5)
        end = min(length, start + generator.randint(1, 40))
        small.code(
            document, generator.choice(CODE_NAMES), start, end, coder=generator.choice(("Ana", "Bruno"))
        )
    return small


def reference(small: Small):  # type: ignore[no-untyped-def]
    """Codings with names, speakers (by scanning the turns) and character sets."""
    names = {v: k for k, v in small.codes.items()}
    coders = {v: k for k, v in small.coders.items()}
    doc_names = {v: k for k, v in small.docs.items()}
    turns = {d: documents.speaker_turns(small.project, d) for d in small.docs.values()}
    found = []
    for c in list_codings(small.project):
        speaker = next(
            (t.speaker for t in turns[c.document_id] if t.start <= c.start < t.end), "(no speaker)"
        )
        found.append(
            {
                "id": c.id,
                "code": names[c.code_id],
                "coder": coders[c.coder_id],
                "doc": doc_names[c.document_id],
                "speaker": speaker,
                "chars": {(c.document_id, i) for i in range(c.start, c.end)},
                "span": (c.document_id, c.start, c.end),
            }
        )
    return found


def test_frequencies_by_each_grouping(coded: Small) -> None:
    codings = reference(coded)
    lengths = {name: documents.get_document(coded.project, i).characters for name, i in coded.docs.items()}
    department = {"A": "Nursing", "B": "Communication"}
    for by, key in (
        ("coder", lambda c: c["coder"]),
        ("document", lambda c: c["doc"]),
        ("speaker", lambda c: c["speaker"]),
        ("attribute:department", lambda c: department[c["doc"]]),
    ):
        table = build_table(coded.project, "frequencies", by=by)
        rows = {(row[0], row[1]): row[2:] for row in table.rows}
        expected = defaultdict(list)
        for c in codings:
            expected[(PATHS[c["code"]], key(c))].append(c)
        assert set(rows) == set(expected), by
        for group, members in expected.items():
            chars = set().union(*(c["chars"] for c in members))
            count, docs, characters, share = rows[group]
            assert (count, docs, characters) == (
                len(members),
                len({c["doc"] for c in members}),
                len(chars),
            ), by
            if by == "document":
                assert share == pytest.approx(100 * len(chars) / lengths[group[1]], abs=0.01)
            if by == "coder":
                assert share == pytest.approx(100 * len(chars) / sum(lengths.values()), abs=0.01)
    # a parent with its subcodes
    table = build_table(coded.project, "frequencies", include_subcodes=True)
    joint = [c for c in codings if c["code"] in ("Praise", "Responding to interactions")]
    assert table.cell("Joint sphere", "codings") == len(joint)
    assert table.cell("Joint sphere", "characters") == len(set().union(*(c["chars"] for c in joint)))


def test_matrices(coded: Small) -> None:
    codings = reference(coded)
    counts = defaultdict(int)
    for c in codings:
        counts[(PATHS[c["code"]], c["doc"])] += 1
    table = build_table(coded.project, "matrix")
    assert table.value_columns == ["A", "B", "total"]
    for name in CODE_NAMES:
        a, b = counts[(PATHS[name], "A")], counts[(PATHS[name], "B")]
        assert table.values([r[0] for r in table.rows].index(PATHS[name])) == [a, b, a + b]
    rows = build_table(coded.project, "matrix", values="row_percent")
    columns = build_table(coded.project, "matrix", values="column_percent", by="attribute:Department")
    presence = build_table(coded.project, "matrix", values="presence")
    column_total_a = sum(v for (_, d), v in counts.items() if d == "A")
    for name in CODE_NAMES:
        a, b = counts[(PATHS[name], "A")], counts[(PATHS[name], "B")]
        assert rows.cell(PATHS[name], "A") == pytest.approx(100 * a / (a + b), abs=0.01)
        assert columns.cell(PATHS[name], "Nursing") == pytest.approx(100 * a / column_total_a, abs=0.01)
        assert presence.cell(PATHS[name], "total") == (a > 0) + (b > 0)
    with pytest.raises(AnalysisError):
        build_table(coded.project, "matrix", values="median")


@pytest.mark.parametrize("within", ["overlap", "turn", 25])
def test_cooccurrence_against_all_pairs(coded: Small, within: object) -> None:
    codings = reference(coded)
    turns = {d: documents.speaker_turns(coded.project, d) for d in coded.docs.values()}

    def meet(x: dict, y: dict) -> bool:
        (d1, s1, e1), (d2, s2, e2) = x["span"], y["span"]
        if d1 != d2:
            return False
        if within == "overlap":
            return bool(x["chars"] & y["chars"])
        if within == "turn":
            touched = [
                {i for i, t in enumerate(turns[d1]) if t.start < e and s < t.end}
                for s, e in ((s1, e1), (s2, e2))
            ]
            return bool(touched[0] & touched[1])
        return max(s1, s2) - min(e1, e2) <= within

    pairs = defaultdict(int)
    met = defaultdict(set)
    for x, y in combinations(codings, 2):
        if x["code"] != y["code"] and meet(x, y):
            pairs[frozenset((x["code"], y["code"]))] += 1
            met[frozenset((x["code"], y["code"]))] |= {x["id"], y["id"]}
    table = build_table(coded.project, "cooccurrence", within=str(within))
    jaccard = build_table(coded.project, "cooccurrence", within=str(within), jaccard=True)
    per_code = defaultdict(int)
    for c in codings:
        per_code[c["code"]] += 1
    for first in CODE_NAMES:
        assert table.cell(PATHS[first], PATHS[first]) == per_code[first]
        for second in CODE_NAMES:
            if first != second:
                key = frozenset((first, second))
                assert table.cell(PATHS[first], PATHS[second]) == pairs[key], (first, second)
                expected = len(met[key]) / (per_code[first] + per_code[second])
                assert jaccard.cell(PATHS[first], PATHS[second]) == pytest.approx(expected, abs=1e-4)
    assert any(pairs.values())


def test_sphere_profile_by_document_coder_and_attribute(coded: Small) -> None:
    codings = reference(coded)
    sphere_of = {
        "Praise": "Joint sphere",
        "Responding to interactions": "Joint sphere",
        "Process improvement": "Provider sphere",
    }
    for by, key in (
        ("document", lambda c: c["doc"]),
        ("coder", lambda c: c["coder"]),
        ("attribute:Department", lambda c: {"A": "Nursing", "B": "Communication"}[c["doc"]]),
    ):
        chars = defaultdict(set)
        for c in codings:
            if c["code"] in sphere_of:
                chars[(key(c), sphere_of[c["code"]])] |= c["chars"]
        table = build_table(coded.project, "spheres", by=by)
        assert table.value_columns[:2] == ["Joint sphere %", "Provider sphere %"]
        for row in table.rows:
            joint, provider = len(chars[(row[0], "Joint sphere")]), len(chars[(row[0], "Provider sphere")])
            assert row[3:5] == [joint, provider]
            assert row[1] == pytest.approx(100 * joint / (joint + provider), abs=0.01)
            assert row[1] + row[2] == pytest.approx(100, abs=0.02)


def test_coder_filter_and_cells_open_their_codings(coded: Small) -> None:
    codings = [c for c in reference(coded) if c["coder"] == "Ana"]
    table = build_table(coded.project, "frequencies", filters=Filters.of(coders=["Ana"]))
    row = [r[0] for r in table.rows].index("Complaint")
    assert table.rows[row][1] == sum(c["code"] == "Complaint" for c in codings)
    behind = passages_behind(coded.project, table, row, 0)
    assert len(behind) == table.rows[row][1]
    assert {b.code for b in behind} == {"Complaint"} and {b.coder for b in behind} == {"Ana"}
    assert all(len(b.text) == b.end - b.start for b in behind)
