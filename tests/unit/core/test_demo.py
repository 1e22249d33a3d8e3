"""The demo project shows real work: 11 synthetic interviews in several formats, coded by two
coders who agree in part, with every code of the value-sphere codebook used."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import CodingFilter, list_codings
from caqda.core.demo import build_demo
from caqda.core.errors import ProjectError
from caqda.core.project import Project
from caqda.core.resources import demo_dir


def test_transcripts_are_synthetic_interviews_in_several_formats() -> None:
    files = sorted((demo_dir() / "transcripts").iterdir())
    assert len(files) == 11
    formats = Counter(path.suffix for path in files)
    assert formats[".docx"] >= 6 and formats[".txt"] >= 1 and formats[".odt"] + formats[".rtf"] >= 1


def test_demo_documents(demo: Project) -> None:
    docs = [d for d in documents.list_documents(demo) if d.kind == "interview"]
    assert [d.name[:3] for d in docs] == [f"E{n:02d}" for n in range(1, 12)]
    for document in docs:
        text = documents.document_text(demo, document.id)
        assert text.startswith("SYNTHETIC TRANSCRIPT"), document.name
        assert 1500 <= len(text.split()) <= 2600, (document.name, len(text.split()))
        turns = documents.speaker_turns(demo, document.id)
        assert {turn.speaker for turn in turns} == {"Interviewer", document.name[:3]}
        assert sum(turn.timestamp is not None for turn in turns) >= 5
        assert documents.attributes(demo, document.id)["Interviewee"].startswith(document.name[:3])
    assert "São Paulo" in "".join(documents.document_text(demo, d.id) for d in docs)
    # E09 is Windows-1252: its curly quotes must not come out as cp850 mojibake ("ôweö").
    e09 = documents.document_text(demo, docs[8].id)
    assert "“we have a hundred thousand followers”" in e09 and "ô" not in e09


def test_social_media_export_is_part_of_the_demo(demo: Project) -> None:
    [social] = [d for d in documents.list_documents(demo) if d.kind == "social_media"]
    turns = documents.speaker_turns(demo, social.id)
    assert 250 <= len(turns) <= 350 and "Hospital Santa Clara" in {t.speaker for t in turns}
    interaction_types = [
        c for c in codebook.list_codes(demo) if c.parent_id == codebook.find_code(demo, "Interaction type").id
    ]
    on_posts = list_codings(
        demo, CodingFilter(document_ids=(social.id,), code_ids=tuple(c.id for c in interaction_types))
    )
    assert {coders.find_coder(demo, "Ana").id, coders.find_coder(demo, "Bruno").id} == {
        c.coder_id for c in on_posts
    }
    assert len(on_posts) >= 250


def test_every_quote_of_the_demo_is_anchored(tmp_path: Path) -> None:
    report = build_demo(tmp_path / "demo.caqda")
    assert report.unanchored == []
    quotes = 0
    for file in (demo_dir() / "codings").glob("*.json"):
        data = json.loads(file.read_text(encoding="utf-8"))
        quotes += sum(len(entries) for by_code in data["coders"].values() for entries in by_code.values())
    assert report.codings == quotes


def test_two_coders_code_everything_with_partial_agreement(demo: Project) -> None:
    codes = codebook.list_codes(demo)
    assert len(codes) == 28
    for name in ("Ana", "Bruno"):
        coder = coders.find_coder(demo, name)
        codings = list_codings(demo, CodingFilter(coder_ids=(coder.id,)))
        assert len(codings) >= 150
        assert {c.code_id for c in codings} == {code.id for code in codes}, name
        assert {c.document_id for c in codings} == {d.id for d in documents.list_documents(demo)}
    ana, bruno = (coders.find_coder(demo, name).id for name in ("Ana", "Bruno"))
    exact = {
        (c.document_id, c.code_id, c.start, c.end) for c in list_codings(demo, CodingFilter(coder_ids=(ana,)))
    }
    exact_b = {
        (c.document_id, c.code_id, c.start, c.end)
        for c in list_codings(demo, CodingFilter(coder_ids=(bruno,)))
    }
    shared = len(exact & exact_b)
    # Realistic partial agreement: many identical codings, but far from all.
    assert 0.25 * len(exact) < shared < 0.75 * len(exact)


def test_demo_refuses_an_existing_path(tmp_path: Path) -> None:
    path = tmp_path / "demo.caqda"
    path.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        build_demo(path)
    assert path.read_text() == "keep me"
    assert list(tmp_path.iterdir()) == [path]
