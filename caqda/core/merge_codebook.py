"""The codebook part of a merge plan: codes added, renamed, moved, recoloured, redefined or
deleted in a coder's copy, and the clashes with this project's own changes (listed, never
resolved silently: this project's value stays and the copy's is kept in a memo on the code)."""

from __future__ import annotations

import json
from typing import Any

from caqda.core.merge_plan import CodeChange, Conflict, MergePlan, shorten, tombstones_by_uuid
from caqda.core.project import Project

CODE_FIELDS = ("name", "parent", "color", "definition", "when_to_use", "when_not_to_use", "example")
_CODE_EVENT_FIELDS = {"parent_id": "parent"}


class CodebookPlanning:
    """Mixed into the planner; uses its ``target``, ``source``, ``plan``, ``since``, ``who``,
    ``names``, ``code_uuid``, ``target_code_uuid`` and ``coding_deletions``."""

    target: Project
    source: Project
    plan: MergePlan
    since: str
    who: str
    names: dict[str, str]
    code_uuid: dict[int, str | None]
    target_code_uuid: dict[int, str]
    coding_deletions: set[str]

    def codes(self) -> None:
        from caqda.core.codebook import list_codes

        target_codes = {code.uuid: code for code in list_codes(self.target)}
        target_by_id = {code.id: code for code in target_codes.values()}
        target_tombs = tombstones_by_uuid(self.target, "code")
        source_codes = list_codes(self.source)
        source_by_id = {code.id: code for code in source_codes}
        created = {row[0]: row[1] for row in self.source.rows("SELECT uuid, created_at FROM codes")}
        changed_here = _code_fields_changed(self.target, self.since)
        changed_there = _code_fields_changed(self.source, self.since)
        used_there = _codes_used_since(self.source, self.since)
        for code in target_codes.values():
            self.names[code.uuid] = _path(code, target_by_id)
        # Names a new code takes among its siblings here: (parent uuid, casefolded name) -> uuid.
        siblings = {
            (self.target_code_uuid.get(c.parent_id) if c.parent_id else None, c.name.casefold()): c.uuid
            for c in target_codes.values()
        }
        for code in source_codes:  # parents first
            path = _path(code, source_by_id)
            parent = self.code_uuid.get(code.parent_id) if code.parent_id is not None else None
            here = target_codes.get(code.uuid)
            if here is not None:
                self.code_uuid[code.id] = code.uuid
                self._code_fields(code, here, parent, target_by_id, changed_here, changed_there, siblings)
                continue
            gone_here = code.uuid in target_tombs or created[code.uuid] <= self.since
            if gone_here and code.uuid not in used_there and not changed_there.get(code.uuid):
                self.code_uuid[code.id] = None  # deleted here, untouched there: stays deleted
                continue
            if code.parent_id is not None and parent is None:
                self.code_uuid[code.id] = None
                continue
            same = siblings.get((parent, code.name.casefold()))
            if same is not None:
                self.code_uuid[code.id] = same
                self.plan.notes.append(
                    f"The code '{path}' was added on both sides; the copy's codings go to the one here."
                )
                continue
            if gone_here:
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{path}': deleted here but used or changed in {self.who}'s copy; it comes back "
                    "so that those codings are not lost.")))  # fmt: skip
            self.plan.codes_added.append(
                {"uuid": code.uuid, "parent": parent, "name": code.name, "color": code.color,
                 "definition": code.definition, "when_to_use": code.when_to_use,
                 "when_not_to_use": code.when_not_to_use, "example": code.example,
                 "created_at": created[code.uuid]}
            )  # fmt: skip
            siblings[(parent, code.name.casefold())] = code.uuid
            self.code_uuid[code.id] = code.uuid
            self.names[code.uuid] = path

    def _code_fields(
        self,
        code: Any,
        here: Any,
        parent: str | None,
        target_by_id: dict[int, Any],
        changed_here: dict[str, set[str]],
        changed_there: dict[str, set[str]],
        siblings: dict[tuple[str | None, str], str],
    ) -> None:
        label = self.names.get(code.uuid, code.name)
        values_there = {**{f: getattr(code, f) for f in CODE_FIELDS if f != "parent"}, "parent": parent}
        here_parent = self.target_code_uuid.get(here.parent_id) if here.parent_id else None
        values_here = {**{f: getattr(here, f) for f in CODE_FIELDS if f != "parent"}, "parent": here_parent}
        taken: dict[str, Any] = {}
        for name in CODE_FIELDS:
            there, mine = values_there[name], values_here[name]
            if there == mine or name not in changed_there.get(code.uuid, set()):
                continue
            if name in changed_here.get(code.uuid, set()):
                shown = self.names.get(there, "the top level") if name == "parent" else there
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{label}': {_FIELD_WORDS[name]} changed on both sides; kept this project's, "
                    f"{self.who}'s copy has “{shorten(shown)}” (kept in a memo on the code).")))  # fmt: skip
                self.plan.code_memos.append(
                    (code.uuid, self.coder_of_copy(), f"From {self.who}'s copy ({self.plan.source_name}): "
                     f"{_FIELD_WORDS[name]} “{shown}”.")
                )  # fmt: skip
                continue
            taken[name] = there
        new_parent = taken.get("parent", here_parent)
        new_name = taken.get("name", here.name)
        if "parent" in taken or "name" in taken:
            clash = siblings.get((new_parent, new_name.casefold()))
            if (
                "parent" in taken
                and new_parent is not None
                and self._inside(new_parent, code.uuid, target_by_id)
            ):
                clash = "cycle"
            if clash is not None and clash != code.uuid:
                self.plan.conflicts.append(Conflict("code", code.uuid, (
                    f"Code '{label}': {self.who}'s copy renames or moves it to “{new_name}”, "
                    "which clashes with a code here; kept as it is here.")))  # fmt: skip
                taken.pop("parent", None)
                taken.pop("name", None)
            else:
                siblings.pop((here_parent, here.name.casefold()), None)
                siblings[(new_parent, new_name.casefold())] = code.uuid
        if taken:
            self.plan.codes_changed.append(CodeChange(code.uuid, label, taken))

    def _inside(self, candidate: str, code_uuid: str, target_by_id: dict[int, Any]) -> bool:
        """Whether ``candidate`` is ``code_uuid`` or one of its subcodes here (a move would loop)."""
        by_uuid = {c.uuid: c for c in target_by_id.values()}
        current = by_uuid.get(candidate)
        while current is not None:
            if current.uuid == code_uuid:
                return True
            current = target_by_id.get(current.parent_id) if current.parent_id else None
        return False

    def coder_of_copy(self) -> str | None:
        return self.plan.handout.coder_uuid if self.plan.handout else None

    def code_deletions(self) -> None:
        """Codes deleted in the copy go here too, unless this project used or changed them."""
        tombs = {uuid: t for uuid, t in tombstones_by_uuid(self.source, "code").items() if t[0] > self.since}
        here = {row[1]: (row[0], row[2]) for row in self.target.rows("SELECT id, uuid, parent_id FROM codes")}
        tombs = {uuid: t for uuid, t in tombs.items() if uuid in here}
        if not tombs:
            return
        changed_here = _code_fields_changed(self.target, self.since)
        left: dict[int, int] = {}
        for row in self.target.rows("SELECT uuid, code_id FROM codings"):
            if row[0] not in self.coding_deletions:
                left[row[1]] = left.get(row[1], 0) + 1
        children: dict[int, list[str]] = {}
        for uuid, (_, parent_id) in here.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(uuid)
        reasons: dict[str, str] = {}
        for uuid in tombs:
            code_id = here[uuid][0]
            if left.get(code_id):
                reasons[uuid] = f"it still has {left[code_id]} codings here"
            elif changed_here.get(uuid):
                reasons[uuid] = "it was changed here after the copy was handed out"
        settled = False
        while not settled:  # a code whose subcode stays must stay too
            settled = True
            for uuid in tombs:
                kids = children.get(here[uuid][0], [])
                if uuid not in reasons and any(kid not in tombs or kid in reasons for kid in kids):
                    reasons[uuid] = "it has subcodes here that stay"
                    settled = False
        for uuid, (at, by) in tombs.items():
            if uuid in reasons:
                self.plan.conflicts.append(Conflict("code", uuid, (
                    f"Code '{self.names.get(uuid, uuid)}': deleted in {self.who}'s copy, but "
                    f"{reasons[uuid]}; kept.")))  # fmt: skip
            else:
                self.plan.codes_deleted.append((uuid, at, by))


def _code_fields_changed(project: Project, since: str) -> dict[str, set[str]]:
    """Which fields of which codes this file changed after ``since``, read from its audit trail."""
    changed: dict[str, set[str]] = {}
    for row in project.rows(
        "SELECT entity_uuid, before, after FROM audit_events WHERE entity = 'code' AND at > ? "
        "AND entity_uuid IS NOT NULL",
        (since,),
    ):
        before = json.loads(row[1]) if row[1] else {}
        after = json.loads(row[2]) if row[2] else {}
        fields = changed.setdefault(row[0], set())
        for key in set(before) | set(after):
            if key in before and key in after and before[key] != after[key]:
                fields.add(_CODE_EVENT_FIELDS.get(key, key))
    return changed


def _codes_used_since(project: Project, since: str) -> set[str]:
    """Codes that have a coding made or changed after ``since`` in this file."""
    return {
        row[0]
        for row in project.rows(
            "SELECT DISTINCT c.uuid FROM codings g JOIN codes c ON c.id = g.code_id WHERE g.updated_at > ?",
            (since,),
        )
    }


def _path(code: Any, by_id: dict[int, Any]) -> str:
    names = [code.name]
    while code.parent_id is not None and code.parent_id in by_id:
        code = by_id[code.parent_id]
        names.append(code.name)
    return "/".join(reversed(names))


_FIELD_WORDS = {
    "name": "its name",
    "parent": "its place in the tree",
    "color": "its colour",
    "definition": "its definition",
    "when_to_use": "when to use it",
    "when_not_to_use": "when not to use it",
    "example": "its example",
}
