"""Speaker labels of a transcript formatted block by block, as the blocks come into view.

A label is drawn in its speaker's colour and bold, its timestamp muted, and the line-number
margin marks each line of a turn in the speaker's colour. Formatting all 2,000 labels of a
1,000,000-character interview took about a fifth of a switch to it; a reader sees only a
screenful. So a block is formatted the first time it is about to be laid out for painting
(:meth:`SpeakerLabels.format_block`), and a line's colour is looked up when its number is
drawn (:meth:`SpeakerLabels.color_of_block`): both by bisection over the turns' starts, with no
pass over the whole document. The result on screen is the same as formatting everything at
once: the same ranges, formats and colours, a later turn's label winning where two turns start
in one block.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextLayout

from caqda.core.models import SpeakerTurn
from caqda.core.text import OffsetMap
from caqda.gui.views.palette import MUTED, SPEAKER_COLORS


class SpeakerLabels:
    """The label formats of one document's turns, applied lazily to its blocks."""

    def __init__(self, text: str, turns: Sequence[SpeakerTurn], offsets: OffsetMap) -> None:
        self._text = text
        self._turns = turns
        self._offsets = offsets
        self._starts = [turn.start for turn in turns]
        # Colours in the order speakers first speak, as a reader meets them.
        self._colors = {
            speaker: QColor(SPEAKER_COLORS[rank % len(SPEAKER_COLORS)])
            for rank, speaker in enumerate(dict.fromkeys(turn.speaker for turn in turns))
        }
        self._labels: dict[str, QTextCharFormat] = {}
        self._muted = QTextCharFormat()
        self._muted.setForeground(MUTED)
        self._muted.setFontWeight(QFont.Weight.Normal)
        self._formatted: set[int] = set()  # block numbers already given their formats

    def _span(self, block: QTextBlock) -> tuple[int, int]:
        """The block's code points, its separator included."""
        position = block.position()
        return self._offsets.to_code_point(position), self._offsets.to_code_point(position + block.length())

    def format_block(self, block: QTextBlock) -> bool:
        """Give ``block`` its label formats if it has none yet; True when the block was already
        laid out and must be laid out again to show them."""
        number = block.blockNumber()
        if number in self._formatted:
            return False
        self._formatted.add(number)
        first, past = self._span(block)
        index = bisect_left(self._starts, past) - 1
        if index < 0 or self._starts[index] < first:
            return False  # no turn starts in this block
        turn = self._turns[index]  # the last turn starting here (an earlier one is overwritten)
        to_utf16 = self._offsets.to_utf16
        position = block.position()
        start16 = to_utf16(turn.start)
        label = self._label(turn.speaker)
        ranges = [_range(start16 - position, to_utf16(turn.content_start) - start16, label)]
        if turn.timestamp:
            found = self._text.find(turn.timestamp, turn.start, turn.content_start)
            if found >= 0:
                stamp16 = to_utf16(found) - position
                ranges.append(_range(stamp16 - 1, len(turn.timestamp) + 2, self._muted))
        layout = block.layout()
        layout.setFormats(ranges)
        return layout.lineCount() > 0

    def color_of_block(self, block: QTextBlock) -> QColor | None:
        """The colour of the speaker whose turn covers this block (line), if any."""
        first, past = self._span(block)
        index = bisect_left(self._starts, past) - 1
        if index < 0:
            return None
        turn = self._turns[index]
        return self._colors[turn.speaker] if max(turn.start, turn.end - 1) >= first else None

    def _label(self, speaker: str) -> QTextCharFormat:
        label = self._labels.get(speaker)
        if label is None:
            label = self._labels[speaker] = QTextCharFormat()
            label.setForeground(self._colors[speaker])
            label.setFontWeight(QFont.Weight.Bold)
        return label


def _range(start: int, length: int, text_format: QTextCharFormat) -> QTextLayout.FormatRange:
    format_range = QTextLayout.FormatRange()
    format_range.start = max(0, start)
    format_range.length = length
    format_range.format = text_format
    return format_range
