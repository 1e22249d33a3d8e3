"""Random sequences of coding and codebook operations, each undone the way the GUI's undo
commands do it (core functions and caqda.core.snapshots), keep the project sound.

After every step: SQLite's integrity and foreign keys are ok, every coding lies inside its
document's text, no code is its own ancestor, the codebook lists every code, counts agree when
made two ways, and the open-time checks find nothing. After every undo, the codes and codings
are exactly as before the undone step.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from caqda.core import check, codebook, coders, documents, snapshots
from caqda.core.coding import add_coding, list_codings, remove_coding, resize_coding, restore_coding
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

TEXT = "\n".join(
    f"{'P1' if line % 2 else 'Ana'}: linha {line} da entrevista sobre a fila do posto de saúde."
    for line in range(12)
)
_TEMPLATE: Path | None = None


def _template() -> Path:
    """One small project (2 coders, 1 document, 4 codes) copied for every example."""
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="caqda-properties-"))
        path = folder / "template.caqda"
        source = folder / "E01.txt"
        source.write_text(TEXT, encoding="utf-8")
        with Project.create(path) as project:
            coders.ensure_coder(project, "Ana")
            coders.ensure_coder(project, "Bruno")
            top = codebook.add_code(project, "Espera")
            codebook.add_code(project, "Fila", parent_id=top.id)
            codebook.add_code(project, "Acolhimento")
            codebook.add_code(project, "Queixa")
            documents.import_file(project, source)
        _TEMPLATE = path
    return _TEMPLATE


def _state(project: Project) -> tuple[Any, ...]:
    codes = project.rows(
        "SELECT id, uuid, parent_id, name, color, definition, position FROM codes ORDER BY id"
    )
    codings = project.rows(
        'SELECT id, uuid, document_id, code_id, coder_id, start, "end", memo FROM codings ORDER BY id'
    )
    return tuple(tuple(row) for row in codes), tuple(tuple(row) for row in codings)


class CodingAndCodebook(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="caqda-example-"))
        path = self.folder / "p.caqda"
        shutil.copyfile(_template(), path)
        self.project = Project.open(path)
        # No fsync per step: durability is not what this test checks, and it is 5x faster.
        self.project.connection.execute("PRAGMA synchronous = OFF")
        self.document = documents.list_documents(self.project)[0]
        self.coder_ids = [coder.id for coder in coders.list_coders(self.project)]
        self.undo_stack: list[tuple[tuple[Any, ...], Callable[[], None]]] = []
        self.names = 0

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- helpers ---------------------------------------------------------------------------------
    def _code_ids(self) -> list[int]:
        return [row[0] for row in self.project.rows("SELECT id FROM codes ORDER BY id")]

    def _coding_ids(self) -> list[int]:
        return [row[0] for row in self.project.rows("SELECT id FROM codings ORDER BY id")]

    def _done(self, before: tuple[Any, ...], undo: Callable[[], None], data: st.DataObject) -> None:
        """Remember how to undo the step; half the time undo it at once (a user's Ctrl+Z), so
        that every kind of step is undone often, not only when the undo rule follows it."""
        self.undo_stack.append((before, undo))
        if data.draw(st.booleans(), label="undo at once"):
            self.undo()

    def _snapshot_change(
        self,
        change: Callable[[], object],
        touched: list[int],
        siblings_of: tuple[int | None, ...],
        data: st.DataObject,
    ) -> None:
        """Like the GUI's SnapshotCommand: save the rows, change, undo by restoring them."""
        before = _state(self.project)
        saved = snapshots.snapshot(self.project, touched, with_siblings_of=siblings_of)
        try:
            with self.project.transaction():
                change()
        except CaqdaError:
            assert _state(self.project) == before  # a refusal changes nothing
            return
        self._done(before, lambda: snapshots.restore(self.project, saved, "undo codebook change"), data)

    # -- coding ----------------------------------------------------------------------------------
    @rule(data=st.data())
    def add_coding(self, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(TEXT) - 1))
        end = data.draw(st.integers(start + 1, len(TEXT)))
        code_id = data.draw(st.sampled_from(self._code_ids())) if self._code_ids() else None
        if code_id is None:
            return
        before = _state(self.project)
        coding = add_coding(
            self.project,
            document_id=self.document.id,
            code_id=code_id,
            coder_id=data.draw(st.sampled_from(self.coder_ids)),
            start=start,
            end=end,
        )
        self._done(before, lambda: remove_coding(self.project, coding.id), data)

    @precondition(lambda self: bool(self._coding_ids()))
    @rule(data=st.data())
    def remove_coding(self, data: st.DataObject) -> None:
        before = _state(self.project)
        removed = remove_coding(self.project, data.draw(st.sampled_from(self._coding_ids())))
        self._done(before, lambda: restore_coding(self.project, removed), data)

    @precondition(lambda self: bool(self._coding_ids()))
    @rule(data=st.data())
    def resize_coding(self, data: st.DataObject) -> None:
        coding_id = data.draw(st.sampled_from(self._coding_ids()))
        start = data.draw(st.integers(-3, len(TEXT) + 3))
        end = data.draw(st.integers(-3, len(TEXT) + 3))
        before = _state(self.project)
        old = self.project.rows('SELECT start, "end" FROM codings WHERE id = ?', (coding_id,))[0]
        try:
            resize_coding(self.project, coding_id, start, end)
        except CaqdaError:
            assert _state(self.project) == before
            return
        self._done(before, lambda: resize_coding(self.project, coding_id, old[0], old[1]), data)

    # -- codebook --------------------------------------------------------------------------------
    @rule(data=st.data())
    def add_code(self, data: st.DataObject) -> None:
        parent_id = data.draw(st.sampled_from([None, *self._code_ids()]))
        self.names += 1
        before = _state(self.project)
        code = codebook.add_code(self.project, f"Código {self.names}", parent_id=parent_id)

        def undo() -> None:
            codebook.delete_code(self.project, code.id)

        self._done(before, undo, data)

    @precondition(lambda self: bool(self._code_ids()))
    @rule(data=st.data())
    def delete_code(self, data: st.DataObject) -> None:
        code_id = data.draw(st.sampled_from(self._code_ids()))
        self._snapshot_change(lambda: codebook.delete_code(self.project, code_id), [code_id], (), data)

    @precondition(lambda self: len(self._code_ids()) >= 2)
    @rule(data=st.data())
    def merge_codes(self, data: st.DataObject) -> None:
        source, target = data.draw(
            st.lists(st.sampled_from(self._code_ids()), min_size=2, max_size=2, unique=True)
        )
        self._snapshot_change(
            lambda: codebook.merge_codes(self.project, source, target), [source, target], (target,), data
        )

    @precondition(lambda self: bool(self._code_ids()))
    @rule(data=st.data())
    def move_code(self, data: st.DataObject) -> None:
        code_id = data.draw(st.sampled_from(self._code_ids()))
        new_parent = data.draw(st.sampled_from([None, *self._code_ids()]))
        position = data.draw(st.one_of(st.none(), st.integers(0, 5)))
        old_parent = codebook.get_code(self.project, code_id).parent_id
        self._snapshot_change(
            lambda: codebook.move_code(self.project, code_id, new_parent, position),
            [code_id],
            (old_parent, new_parent),
            data,
        )

    @precondition(lambda self: bool(self.undo_stack))
    @rule()
    def undo(self) -> None:
        before, revert = self.undo_stack.pop()
        revert()
        assert _state(self.project) == before

    # -- invariants ------------------------------------------------------------------------------
    @invariant()
    def project_is_sound(self) -> None:
        project = self.project
        assert project.scalar("PRAGMA integrity_check") == "ok"
        assert project.rows("PRAGMA foreign_key_check") == []
        assert check.quick_problems(project.connection) == []
        assert check.parent_cycles(project.connection) == []
        length = len(documents.document_text(project, self.document.id))
        codings = list_codings(project)
        assert all(0 <= coding.start < coding.end <= length for coding in codings)
        codes = codebook.list_codes(project)
        assert len(codes) == project.scalar("SELECT COUNT(*) FROM codes")
        counted = sum(
            project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code.id,)) for code in codes
        )
        assert counted == len(codings) == project.scalar("SELECT COUNT(*) FROM codings")


CodingAndCodebook.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestCodingAndCodebook = CodingAndCodebook.TestCase
