"""Each document's ``PlainTextSelection`` elements as XML text, rendered here or, for a large
project, the later half of the documents' in a second process (``helper_process``).

One selection is ~4 µs of Python (its GUID derived with SHA-1, its times and memo escaped):
300,000 on the 50 MB project took ~1.2 s of the ``.qdpx`` export, on one core (issue 9). With
its zip entries deflated by ISA-L (``fast_deflate``), the other core has room: from
``SECOND_PROCESS_FROM`` codings on, a second process renders the later half of the documents
while this one renders the first half; the pieces are spliced in the same order, so the file
is the same byte for byte. If the second process fails, this one renders its half from what it
was sent (logged).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from caqda.core.helper_process import SECOND_PROCESS_FROM, HelperFailed, HelperProcess
from caqda.core.refi import selection_xml

_UNSEEN = object()
_log = logging.getLogger(__name__)
# From this many codings the second process is started (helper_process.SECOND_PROCESS_FROM).
HELPER_CODINGS = SECOND_PROCESS_FROM


@dataclass
class SelectionRenderer:
    """Renders a document's selections and counts the characters XML cannot hold it drops from
    memos. Picklable: the second process is given one."""

    code_guids: dict[int, str]  # code id -> its uuid, escaped as an attribute
    creators: dict[int, str]  # coder id -> its uuid, escaped
    dropped_characters: int = 0
    stamps: dict[str | None, str | None] = field(default_factory=dict)  # codings made together

    def document(self, codings: list[tuple]) -> bytes:
        """The ``PlainTextSelection`` of each coding (rows ``(document_id, start, end, id, uuid,
        code_id, coder_id, memo, created_at, updated_at)``), in text order, as XML text (every
        value is a uuid, a number, a time or escaped text)."""
        code_guids, creators, stamps = self.code_guids, self.creators, self.stamps
        selection, text, guid_of, stamp = (
            selection_xml.selection, selection_xml.text, selection_xml.guid_of, selection_xml.xsd_stamp
        )  # fmt: skip
        sha1, named = hashlib.sha1, selection_xml.GUID_PREFIX + b"selection:"  # as derived_guid does
        written = []
        codings.sort()  # by (document,) start, end, id: ids are unique, the rest is never compared
        for _, start, end, _, coding_uuid, code_id, coder_id, memo, created_at, updated_at in codings:
            created = stamps.get(created_at, _UNSEEN)
            if created is _UNSEEN:
                created = stamps[created_at] = stamp(created_at)
            modified = stamps.get(updated_at, _UNSEEN)
            if modified is _UNSEEN:
                modified = stamps[updated_at] = stamp(updated_at)
            described = None
            if memo:
                cleaned, dropped = selection_xml.NOT_XML.subn("", memo)
                self.dropped_characters += dropped
                described = text(cleaned)
            # The coding uuids passed the schema's GUID pattern (sources): nothing to escape.
            written.append(
                selection(
                    guid_of(sha1(named + coding_uuid.encode()).hexdigest()),
                    start,
                    end,
                    creators[coder_id],
                    created,  # type: ignore[arg-type]
                    modified,  # type: ignore[arg-type]
                    described,
                    coding_uuid,
                    code_guids[code_id],
                )
            )
        return "".join(written).encode("utf-8")


class SplitSelections:
    """``selections(index)`` for ``selection_xml.spliced``: the selections of the first half of
    the documents rendered here, of the later half by the second process, if one was started."""

    def __init__(
        self, renderer: SelectionRenderer, codings: list[list[tuple]], helper: HelperProcess | None
    ) -> None:
        self.renderer = renderer
        self._codings: list[list[tuple] | None] = list(codings)
        self._own = len(codings)
        self._helper = helper
        self._failed: HelperFailed | None = None
        self._later: Iterator[bytes] | None = None
        self._helper_dropped = 0
        if helper is not None:
            self._hand_over(helper)

    def _hand_over(self, helper: HelperProcess) -> None:
        total = sum(len(rows or ()) for rows in self._codings)
        counted = 0
        for index, rows in enumerate(self._codings):
            counted += len(rows or ())
            if counted * 2 >= total:
                self._own = index + 1
                break
        helper.send(self.renderer)
        for index in range(self._own, len(self._codings)):
            helper.send(self._codings[index])
            self._codings[index] = None
        try:
            helper.run(__name__, "render_documents")
        except HelperFailed as error:
            self._failed = error

    def __call__(self, index: int) -> bytes:
        if index < self._own:
            rows, self._codings[index] = self._codings[index], None
            return self.renderer.document(rows or [])
        if self._later is None:
            self._later = self._second_half()
        return next(self._later)

    def _second_half(self) -> Iterator[bytes]:
        assert self._helper is not None
        try:
            if self._failed is not None:
                raise self._failed
            (lengths, self._helper_dropped), file = self._helper.finish()
        except HelperFailed as error:
            _log.warning("%s The export is finished without it.", error)
            sent = self._helper.sent()
            next(sent)  # the renderer
            for rows in sent:
                yield self.renderer.document(rows)
            return
        with file:
            for length in lengths:
                yield file.read(length)

    @property
    def dropped_characters(self) -> int:
        """What the memos lost, in both processes (known once every selection is written)."""
        return self.renderer.dropped_characters + self._helper_dropped


def render_documents(items: Iterator[Any], output: IO[bytes]) -> tuple[list[int], int]:
    """The second process's part (``HelperProcess.run``): the selections of each document sent
    after the renderer, written one after another; their lengths, and the characters dropped."""
    renderer: SelectionRenderer = next(items)
    lengths = []
    for rows in items:
        data = renderer.document(rows)
        output.write(data)
        lengths.append(len(data))
    output.flush()
    return lengths, renderer.dropped_characters
