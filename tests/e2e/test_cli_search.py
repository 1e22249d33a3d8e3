"""`caqda search` and `caqda autocode` with modes and filters, end to end on the demo project."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from caqda.cli import main
from caqda.core import documents
from caqda.core.project import Project
from caqda.core.search import search


def run(capsys: pytest.CaptureFixture[str], *arguments: object) -> tuple[int, str, str]:
    code = main([str(argument) for argument in arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_filters_narrow_the_hits(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, _ = run(capsys, "search", demo_path, "social", "--whole-word", "--json")
    every = json.loads(out)
    with Project.open(demo_path) as project:
        texts = {d.name: documents.document_text(project, d.id) for d in documents.list_documents(project)}
    brute = sum(len(re.findall(r"\bsocial\b", text, re.IGNORECASE)) for text in texts.values())
    assert code == 0 and len(every) == brute > 0
    code, out, _ = run(
        capsys, "search", demo_path, "social", "--whole-word", "--speaker", "Interviewer", "--json"
    )
    interviewer = json.loads(out)
    assert code == 0 and interviewer and all(h["speaker"] == "Interviewer" for h in interviewer)
    assert len(interviewer) == sum(1 for h in every if h["speaker"] == "Interviewer") < len(every)
    code, out, _ = run(capsys, "search", demo_path, "patient", "--where", "Department=Nursing", "--json")
    nursing = json.loads(out)
    assert code == 0 and nursing and {h["document"] for h in nursing} == {"E05 Nursing coordinator"}
    for hit in nursing:
        assert texts[hit["document"]][hit["start"] : hit["end"]] == hit["text"]
    code, out, _ = run(capsys, "search", demo_path, "patient", "--uncoded", "--json")
    uncoded = json.loads(out)
    code2, out2, _ = run(capsys, "search", demo_path, "patient", "--coded", "--json")
    coded = json.loads(out2)
    contains = json.loads(run(capsys, "search", demo_path, "patient", "--json")[1])
    assert code == code2 == 0 and len(uncoded) + len(coded) <= len(contains) and uncoded and coded


def test_regex_error_is_a_clear_message(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code, out, err = run(capsys, "search", demo_path, "paci(ente", "--regex")
    assert code == 1 and out == "" and "regular expression is not valid" in err and "^" in err


def test_modes_are_exclusive(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["search", str(demo_path), "x", "--regex", "--phrase"])
    assert "not allowed with" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
def test_export_keyword_in_context(
    capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"hits{suffix}"
    expected = json.loads(run(capsys, "search", demo_path, "ouvidoria", "--json")[1])
    code, out, _ = run(capsys, "search", demo_path, "ouvidoria", "--export", target)
    assert code == 0 and f"Wrote {len(expected):,} places" in out
    if suffix == ".xlsx":
        rows = list(load_workbook(target)["Search"].iter_rows(values_only=True))
        assert rows[0][:5] == ("document", "speaker", "before", "hit", "after")
        assert [(r[0], r[3], r[5]) for r in rows[1:]] == [
            (h["document"], h["text"], h["start"]) for h in expected
        ]
    else:
        table = docx.Document(str(target)).tables[0]
        assert len(table.rows) == len(expected) + 1
        assert [row.cells[2].text for row in table.rows[1:]] == [h["text"] for h in expected]


def test_autocode_with_filters_twice(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    arguments = ("autocode", demo_path, "ouvidoria", "--whole-word", "--speaker", "Interviewer",
                 "--code", "Monitoring and listening", "--coder", "Dora", "--new-coder")  # fmt: skip
    expected = json.loads(
        run(capsys, "search", demo_path, "ouvidoria", "--whole-word", "--speaker", "Interviewer", "--json")[1]
    )
    code, out, _ = run(capsys, *arguments)
    assert (
        code == 0 and out.strip() == f"Coded {len(expected)} places as 'Monitoring and listening' for Dora."
    )
    code, out, _ = run(capsys, *arguments)
    assert code == 0 and out.startswith(f"Nothing new to code: all {len(expected)} places were already coded")
    dora = json.loads(run(capsys, "codings", demo_path, "--coder", "Dora", "--json")[1])
    assert sorted((c["start"], c["text"]) for c in dora) == sorted((h["start"], h["text"]) for h in expected)


def test_coded_with_a_code(capsys: pytest.CaptureFixture[str], demo_path: Path) -> None:
    code_name = "Complaint handling and service recovery"
    codings = json.loads(run(capsys, "codings", demo_path, "--code", code_name, "--json")[1])
    assert codings
    covered = {(c["document"], p) for c in codings for p in range(c["start"], c["end"])}
    every = json.loads(run(capsys, "search", demo_path, "the", "--whole-word", "--json")[1])
    expected = [h for h in every if all((h["document"], p) in covered for p in range(h["start"], h["end"]))]
    code, out, _ = run(capsys, "search", demo_path, "the", "--whole-word", "--coded", code_name, "--json")
    assert code == 0 and json.loads(out) == expected and 0 < len(expected) < len(every)


def test_json_is_what_the_standard_encoder_writes(
    capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    """`search --json` bytes equal ``json.dumps`` of the hits (one hit a line), even for text with
    quotes, braces, commas, backslashes, control characters and key names inside it."""
    tricky = (
        'E01: o paciente disse "},{"document": x ,"start": 3}" e\\ depois\t\x01 paciente\\\n'
        'E02: paciente ,"after": "\\" 😀 paciente\u2028fim { "x": [\n  }, {\n    "y" } fim'
    )
    name = 'Odd "name", {x}'
    with Project.open(demo_path) as project:
        documents.store_document(
            project, documents.prepare_text(tricky), name=name, source_name="o.txt", source_format="txt"
        )
    cases = {
        ("paciente",): {},
        ("pacente", "--fuzzy", "80"): {"mode": "fuzzy", "min_score": 80.0},
        ("pac[a-z]+e", "--regex"): {"mode": "regex"},
        ("xylofone",): {},
    }
    for arguments, options in cases.items():
        code, out, _ = run(capsys, "search", demo_path, *arguments, "--json")
        with Project.open(
            demo_path
        ) as project:  # the hits from the core, as the standard encoder writes them
            hits = [
                {
                    "document": h.document,
                    "start": h.start,
                    "end": h.end,
                    "score": h.score,
                    "text": h.text,
                    "speaker": h.speaker,
                    "before": h.before,
                    "after": h.after,
                }
                for h in search(project, arguments[0], **options)  # type: ignore[arg-type]
            ]
        reference = json.dumps(hits, ensure_ascii=False).replace('}, {"document": ', '},\n {"document": ')
        assert code == 0 and out == reference + "\n"
        if arguments[0] != "xylofone":
            odd = [hit for hit in hits if hit["document"] == name]
            assert len(odd) == 4 and any('{ "x"' in hit["after"] for hit in odd)
