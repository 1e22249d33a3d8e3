"""A large project's selections are rendered half in a second process (selection_render): the
exported file must be the same byte for byte as one process makes, and the same again when the
second process dies mid-way (this one then renders its half)."""

from __future__ import annotations

import logging
import random
import re
import uuid
import zipfile
from pathlib import Path

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, set_coding_memo
from caqda.core.helper_process import HelperProcess
from caqda.core.project import Project
from caqda.core.refi import selection_render
from caqda.core.refi.project_export import export_qdpx


def _project(project: Project) -> int:
    """Fill the project; return how many characters XML cannot hold its memos have."""
    dropped = 0
    generator = random.Random(7)
    coder_ids = [coders.ensure_coder(project, name).id for name in ("Ana", "Bruno")]
    code_ids = [codebook.add_code(project, f"Code {n}").id for n in range(4)]
    for number in range(8):
        text = "\n".join(f"E{number:02}: line {line} of a synthetic answer" for line in range(40))
        stored = documents.store_document(
            project,
            documents.prepare_text(text),
            name=f"Interview {number}",
            source_name="i.txt",
            source_format="txt",
        )
        assert stored.document is not None
        for _ in range(generator.randint(0, 30)):  # some documents have no codings
            start = generator.randrange(len(text) - 20)
            coding = add_coding(
                project,
                document_id=stored.document.id,
                code_id=generator.choice(code_ids),
                coder_id=generator.choice(coder_ids),
                start=start,
                end=start + generator.randint(1, 20),
            )
            if generator.random() < 0.2:
                memo = generator.choice(["a <memo> & more", "bell\x07 here", "\x01"])
                set_coding_memo(project, coding.id, memo)
                dropped += memo.count("\x07") + memo.count("\x01")
    return dropped


def _qde(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("project.qde")
    return re.sub(rb' modifiedDateTime="[^"]*"', b"", xml, count=1)  # the root's: when exported


@pytest.mark.parametrize("how", ["two processes", "a second process that dies"])
def test_the_second_process_changes_nothing_in_the_file(
    project: Project,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    how: str,
) -> None:
    dropped = _project(project)
    alone = export_qdpx(project, tmp_path / "alone.qdpx")
    assert dropped > 1
    assert f"{dropped} control characters were left out" in " ".join(alone.losses)

    monkeypatch.setattr(selection_render, "HELPER_CODINGS", 1)
    finished: list[str] = []
    finish = HelperProcess.finish

    def counted_finish(helper: HelperProcess) -> object:
        result = finish(helper)
        finished.append("finished")
        return result

    monkeypatch.setattr(HelperProcess, "finish", counted_finish)
    if how == "a second process that dies":
        run = HelperProcess.run

        def run_then_die(helper: HelperProcess, *args: str) -> None:
            run(helper, *args)
            helper._process.kill()

        monkeypatch.setattr(HelperProcess, "run", run_then_die)
    split = export_qdpx(project, tmp_path / "split.qdpx")
    assert _qde(tmp_path / "split.qdpx") == _qde(tmp_path / "alone.qdpx")
    assert split == alone  # counts and losses, the dropped characters among them
    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    if how == "two processes":
        assert finished == ["finished"] and warnings == []
    else:
        assert finished == [] and len(warnings) == 1 and "stopped unexpectedly" in warnings[0]


def test_selection_guids_are_name_based_uuids_of_the_coding(project: Project) -> None:
    from caqda.core.refi.project_export import _Writer
    from caqda.core.refi.selection_xml import GUID_NAMESPACE

    renderer = _Writer(project).selection_renderer()
    renderer.code_guids, renderer.creators = {1: "k"}, {1: "u"}
    coding = str(uuid.uuid4())
    row = (1, 0, 5, 1, coding, 1, 1, None, "2024-01-02T03:04:05.000+00:00", None)
    written = renderer.document([row]).decode()
    wanted = uuid.uuid5(GUID_NAMESPACE, f"selection:{coding}")
    assert f'<PlainTextSelection guid="{wanted}"' in written
