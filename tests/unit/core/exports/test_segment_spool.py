"""The segments report's quotes and source lines, rendered document by document into a spool,
are exactly what the general writer (``paragraph_xml``, itself checked against lxml in
test_docx_stream.py) makes of ``collect_segments``' rows: the fast path for plain text must not
change a byte, whatever the text's blanks, breaks, escapes and odd characters. Each test runs
in one process and with a second process rendering the later half of the documents (as a large
report is), and when that second process dies: the report must be the same."""

from __future__ import annotations

import glob
import logging
import os
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, set_coding_memo
from caqda.core.exports import docx_styles as styles
from caqda.core.exports import segment_spool
from caqda.core.exports.docx_common import hex_color
from caqda.core.exports.docx_stream import paragraph_xml
from caqda.core.exports.segment_spool import GroupOf, SegmentSpool, spool_segments
from caqda.core.exports.segments import SegmentQuery, collect_segments
from caqda.core.helper_process import HelperProcess
from caqda.core.project import Project
from caqda.core.review import mark_coding

TEXTS = {
    "Plain": "Interviewer: How was it?\nE01: Fine, thanks & <really> fine.\n\nInterviewer: Good.",
    "Indented": "Interviewer: Tell me.\n   E02: an indented turn\n\tand a tabbed line\n\n\nE02: end ",
    "Blanks": "E03: no\u00a0break space\u00a0\nE03: ideographic\u3000 space\u2009thin\nE03: em space \u2003",
    "Accents": "Interviewer: Olá, café?\nE04: Sim 🙂 — ótimo; 日本語 ok.\nE04: fim",
}
# Text stored as-is (as another program's project may hold it): returns and control characters.
RAW = {
    " Raw & <name>": "E05: carriage\r\nreturn \x01 control \ufffe and\x0bvertical tab\r\nE05: last line",
    "Raw spaces": "E06: a line ending in spaces  \nE06: tab\t here \t\n  indented\n \n last ",
}


def _project(project: Project) -> None:
    coder_ids = [coders.ensure_coder(project, name).id for name in ("Ana", "  Bruno ", "C&<o>")]
    parent = codebook.add_code(project, "Theme", definition="A theme.")
    code_ids = [parent.id] + [
        codebook.add_code(project, f"Code {n}", parent_id=parent.id).id for n in range(3)
    ]
    for name, text in TEXTS.items():
        stored = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        assert stored.document is not None
    for name, text in RAW.items():
        stored = documents.store_document(
            project,
            documents.prepare_text("x" * len(text)),
            name=name,
            source_name="r.txt",
            source_format="txt",
        )
        assert stored.document is not None
        with project.transaction() as connection:
            connection.execute("UPDATE documents SET text = ? WHERE id = ?", (text, stored.document.id))
    generator = random.Random(5)
    rows = project.rows("SELECT id, text FROM documents")
    for document_id, text in rows:
        spans = {(start, end) for start in range(len(text)) for end in range(start + 1, len(text) + 1)}
        for start, end in generator.sample(sorted(spans), 60):
            coding = add_coding(
                project,
                document_id=document_id,
                code_id=generator.choice(code_ids),
                coder_id=generator.choice(coder_ids),
                start=start,
                end=end,
            )
            if generator.random() < 0.1:
                set_coding_memo(project, coding.id, generator.choice(["a memo", " spaced\tmemo\n ", "&<>"]))
            if generator.random() < 0.1:
                mark_coding(project, coding.uuid, coder_ids[0], "rejected", "too <broad>")


@dataclass
class Rendering:
    kind: str  # one process, two processes, a second process that dies
    adopted: int = 0  # second-process spools adopted


@pytest.fixture(params=["one process", "two processes", "a second process that dies"])
def processes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rendering]:
    """How the report is rendered, and what happened: the test checks the report, this
    fixture that the second process's spool was used only when it should have been."""
    rendering = Rendering(request.param)
    if rendering.kind != "one process":
        monkeypatch.setattr(segment_spool, "HELPER_SEGMENTS", 1)
        adopt = SegmentSpool.adopt

        def counted_adopt(spool: SegmentSpool, *args: object) -> None:
            rendering.adopted += 1
            adopt(spool, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(SegmentSpool, "adopt", counted_adopt)
    if rendering.kind == "a second process that dies":
        run = HelperProcess.run

        def run_then_die(helper: HelperProcess, *args: str) -> None:
            run(helper, *args)
            helper._process.kill()

        monkeypatch.setattr(HelperProcess, "run", run_then_die)
    before = _helper_files()
    yield rendering
    assert rendering.adopted == (1 if rendering.kind == "two processes" else 0)
    assert _helper_files() == before  # the second process's input and output deleted


def _helper_files() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "caqda-helper-*")))


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def _general(row) -> str:  # type: ignore[no-untyped-def]
    """One segment as the report wrote it before the spool: paragraph_xml of the row."""
    bar = hex_color(row.color)
    where = [row.document] + ([row.speaker] if row.speaker else [])
    lines = (
        f"line {row.line_start}"
        if row.line_start == row.line_end
        else f"lines {row.line_start}–{row.line_end}"
    )
    where += [lines, row.coder]
    if row.review:
        comment = f": {row.review_comment}" if row.review_comment else ""
        where.append(f"✗ rejected by {row.reviewer}{comment}")
    quote = paragraph_xml(styles.QUOTE, row.text, left_border=bar)
    memo = row.memo.strip()
    if memo:
        return (
            quote
            + paragraph_xml(styles.SEGMENT_META, " · ".join(where), keep_next=True, space_after=0)
            + paragraph_xml(styles.SEGMENT_MEMO, runs=(("Memo: ", True), (memo, False)))
        )
    return quote + paragraph_xml(styles.SEGMENT_META, " · ".join(where))


def test_spooled_segments_are_what_the_general_writer_makes(
    project: Project, processes: Rendering, caplog: pytest.LogCaptureFixture
) -> None:
    _project(project)
    colours = dict(project.rows("SELECT id, color FROM codes"))
    rows = collect_segments(project, SegmentQuery())
    assert len(rows) == 360
    spooled = spool_segments(project, SegmentQuery(), None)
    try:
        for code_id in colours:
            wanted = "".join(
                _general(_Coloured(row, colours[row.code_id])) for row in rows if row.code_id == code_id
            )
            assert spooled.spool.read(code_id).decode() == wanted
            assert spooled.sections[code_id].segments == sum(row.code_id == code_id for row in rows)
        assert spooled.total.segments == 360
        assert spooled.total.documents == 6
        if processes.kind == "a second process that dies":
            [warning] = _warnings(caplog)
            assert "second process stopped unexpectedly (ended by signal 9)" in warning
        else:
            assert _warnings(caplog) == []
    finally:
        spooled.spool.close()


def test_groups_count_their_segments_codes_and_documents(project: Project, processes: Rendering) -> None:
    _project(project)
    rows = collect_segments(project, SegmentQuery())
    spooled = spool_segments(project, SegmentQuery(), GroupOf("coder"))
    try:
        for coder in {row.coder for row in rows}:
            mine = [row for row in rows if row.coder == coder]
            group = spooled.groups[coder]
            assert group.segments == len(mine)
            assert group.codes == {row.code_id for row in mine}
            assert group.documents == len({row.document_id for row in mine})
            assert group.first_document == mine[0].document_id
    finally:
        spooled.spool.close()


class _Coloured:
    def __init__(self, row, color: str) -> None:  # type: ignore[no-untyped-def]
        self._row = row
        self.color = color

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._row, name)
