"""Krippendorff's unitized α family on a continuum (Krippendorff, Mathet, Bouvry & Widlöcher
2016; Krippendorff 2019, ch. 12.6), the measure ATLAS.ti reports.

Each coder's coding of a document is a partition of [0, L) into valued sections and gaps
(value ``None``). For m coders:

- l_ck = 1/(m−1) Σ_i Σ_{j≠i} Σ |g ∩ h| over sections g of coder i valued c and h of coder j
  valued k (gaps are a value too);
- e_ck = l..(l_c. l_.k − [c=k] Σ_{g valued c} ℓ'(g)) / (l..² − Σ_g ℓ'(g)), with ℓ'(g) the
  squared length of a coded section and the plain length of a gap (a gap's characters are
  not one unit);
- uα = 1 − Σ_{c≠k} l_ck / Σ_{c≠k} e_ck.

The sums are additive, so documents laid end to end are pooled by adding their tallies.
Variants: |uα ("binary") collapses one value (or every value) against the gaps; cuα keeps
only the text that every coder coded and reports how much of the coded text that is.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.intervals import Intervals, intersect, merge_intervals, total_length, union

Section = tuple[int, int, Hashable | None]
VARIANTS = ("u", "binary", "cu")
CODED = "coded"


@dataclass(frozen=True)
class UnitizedTally:
    """The additive sums behind uα: ``coincidences`` l_ck (``None`` = gap), ``self_pairs``
    Σℓ'(g) per value, and the number of coders."""

    coders: int
    coincidences: Mapping[tuple[Hashable | None, Hashable | None], float]
    self_pairs: Mapping[Hashable | None, float]

    @property
    def total(self) -> float:
        """l.., which is m times the continuum length."""
        return sum(self.coincidences.values())

    def __add__(self, other: UnitizedTally) -> UnitizedTally:
        return add_unitized((self, other))


def add_unitized(tallies: Sequence[UnitizedTally]) -> UnitizedTally:
    """Continua laid end to end: their sums added, in one pass."""
    coincidences: dict[tuple[Hashable | None, Hashable | None], float] = {}
    self_pairs: dict[Hashable | None, float] = {}
    for tally in tallies:
        if tally.coders != tallies[0].coders:
            raise AgreementError("Continua coded by different numbers of coders cannot be pooled.")
        for key, value in tally.coincidences.items():
            coincidences[key] = coincidences.get(key, 0.0) + value
        for value_key, value in tally.self_pairs.items():
            self_pairs[value_key] = self_pairs.get(value_key, 0.0) + value
    return UnitizedTally(tallies[0].coders, coincidences, self_pairs)


@dataclass(frozen=True)
class UnitizedResult:
    """One uα figure with what it rests on: ``coverage`` (cuα only) is the share of the text
    coded by anyone that every coder coded, the text cuα is computed on."""

    alpha: float | None
    variant: str
    value: Hashable | None
    observed_disagreement: float
    expected_disagreement: float
    coverage: float | None = None


@dataclass(frozen=True)
class UnitizedSums:
    """All that uα needs of a tally: l.., Σ_c l_cc, the margins l_c. and Σℓ'(g)."""

    total: float
    agreeing: float
    margins: Mapping[Hashable | None, float]
    self_total: float


def sums_of(tally: UnitizedTally) -> UnitizedSums:
    margins: dict[Hashable | None, float] = {}
    agreeing = 0.0
    for (c, k), value in tally.coincidences.items():
        margins[c] = margins.get(c, 0.0) + value
        if c == k:
            agreeing += value
    return UnitizedSums(sum(margins.values()), agreeing, margins, sum(tally.self_pairs.values()))


def alpha_from_tally(tally: UnitizedTally | UnitizedSums) -> UnitizedResult:
    """uα of a tally; ``alpha`` is ``None`` when 0/0 (e.g. nobody coded anything).

    uα = 1 − (l.. − Σl_cc) / (l.. − l..(Σ l_c.² − Σℓ') / (l..² − Σℓ')), which is the spec's
    1 − Σ_{c≠k} l_ck / Σ_{c≠k} e_ck, since Σ_ck e_ck = l..."""
    sums = tally if isinstance(tally, UnitizedSums) else sums_of(tally)
    total, all_self = sums.total, sums.self_total
    observed = total - sums.agreeing
    if total <= 0 or total * total - all_self <= 0:
        return UnitizedResult(None, "u", None, observed, 0.0)
    squares = sum(margin * margin for margin in sums.margins.values())
    expected = total - total * (squares - all_self) / (total * total - all_self)
    alpha = 1 - observed / expected if expected > 1e-9 * total else None
    return UnitizedResult(alpha, "u", None, observed, expected)


@dataclass(frozen=True)
class ContinuumTally:
    """Raw sums of one or more continua, kept per coder pair so that the tally of any subset
    of coders (a coder pair, for the pair matrix) can be derived: ``overlaps[i, j]`` holds
    Σ|g ∩ h| by (value of g, value of h) for coders i < j, ``self_pairs[i]`` Σℓ'(g) by value
    for coder i. Additive over documents."""

    coders: int
    overlaps: Mapping[tuple[int, int], Mapping[tuple[Hashable | None, Hashable | None], float]]
    self_pairs: tuple[Mapping[Hashable | None, float], ...]
    _everyone: UnitizedSums | None = field(default=None, init=False, repr=False, compare=False)

    def __add__(self, other: ContinuumTally) -> ContinuumTally:
        return add_continua((self, other))

    def sums(self, coders: Sequence[int] | None = None) -> UnitizedSums:
        """What uα needs, for all coders (memoized) or the given subset, straight from the
        pair overlaps without building the coincidence matrix."""
        if coders is None and self._everyone is not None:
            return self._everyone
        chosen = sorted(range(self.coders) if coders is None else coders)
        if len(chosen) < 2:
            raise AgreementError("Unitized α needs at least two coders.")
        share = 1 / (len(chosen) - 1)
        margins: dict[Hashable | None, float] = {}
        agreeing = 0.0
        for position, first in enumerate(chosen):
            for second in chosen[position + 1 :]:
                for (c, k), value in self.overlaps.get((first, second), {}).items():
                    weighted = value * share
                    margins[c] = margins.get(c, 0.0) + weighted
                    margins[k] = margins.get(k, 0.0) + weighted
                    if c == k:
                        agreeing += 2 * weighted
        self_total = sum(sum(self.self_pairs[coder].values()) for coder in chosen)
        found = UnitizedSums(sum(margins.values()), agreeing, margins, self_total)
        if coders is None:
            object.__setattr__(self, "_everyone", found)
        return found

    def unitized(self, coders: Sequence[int] | None = None) -> UnitizedTally:
        """The uα tally (coincidence matrix) of all coders, or of the given subset."""
        chosen = sorted(range(self.coders) if coders is None else coders)
        if len(chosen) < 2:
            raise AgreementError("Unitized α needs at least two coders.")
        share = 1 / (len(chosen) - 1)
        coincidences: dict[tuple[Hashable | None, Hashable | None], float] = {}
        for position, first in enumerate(chosen):
            for second in chosen[position + 1 :]:
                for (c, k), value in self.overlaps.get((first, second), {}).items():
                    coincidences[c, k] = coincidences.get((c, k), 0.0) + value * share
                    coincidences[k, c] = coincidences.get((k, c), 0.0) + value * share
        self_pairs: dict[Hashable | None, float] = {}
        for coder in chosen:
            for key, value in self.self_pairs[coder].items():
                self_pairs[key] = self_pairs.get(key, 0.0) + value
        return UnitizedTally(len(chosen), coincidences, self_pairs)


def add_continua(tallies: Sequence[ContinuumTally]) -> ContinuumTally:
    """Several continua (documents) laid end to end: their sums added, in one pass."""
    coders = tallies[0].coders
    overlaps: dict[tuple[int, int], dict[tuple[Hashable | None, Hashable | None], float]] = {}
    self_pairs: list[dict[Hashable | None, float]] = [{} for _ in range(coders)]
    for tally in tallies:
        if tally.coders != coders:
            raise AgreementError("Continua coded by different numbers of coders cannot be pooled.")
        for pair, values in tally.overlaps.items():
            into = overlaps.setdefault(pair, {})
            for key, value in values.items():
                into[key] = into.get(key, 0.0) + value
        for into, values in zip(self_pairs, tally.self_pairs, strict=True):
            for key, value in values.items():
                into[key] = into.get(key, 0.0) + value
    return ContinuumTally(coders, overlaps, tuple(self_pairs))


def continuum_tally(partitions: Sequence[Sequence[Section]]) -> ContinuumTally:
    """The raw tally of complete partitions (one per coder, sorted, covering the same stretch)."""
    coders = len(partitions)
    overlaps = {
        (first, second): _pair_overlaps(partitions[first], partitions[second])
        for first in range(coders)
        for second in range(first + 1, coders)
    }
    self_pairs: list[dict[Hashable | None, float]] = []
    for sections in partitions:
        sums: dict[Hashable | None, float] = {}
        for start, end, value in sections:
            size = end - start
            sums[value] = sums.get(value, 0.0) + (size if value is None else size * size)
        self_pairs.append(sums)
    return ContinuumTally(coders, overlaps, tuple(self_pairs))


def tally_partitions(partitions: Sequence[Sequence[Section]]) -> UnitizedTally:
    """The uα tally of complete partitions (one per coder, sorted, covering the same stretch)."""
    if len(partitions) < 2:
        raise AgreementError(f"Unitized α needs at least two coders; got {len(partitions)}.")
    return continuum_tally(partitions).unitized()


def partition(length: int, sections: Iterable[Section], *, combine_overlaps: bool = False) -> list[Section]:
    """A coder's sections completed into a partition of [0, length) by gaps.

    Overlapping sections of the same value are merged. Overlapping sections of different
    values are an error, unless ``combine_overlaps``: then each stretch takes as value the set
    of values applied there (a frozenset when more than one), so "A and B" is its own value.
    """
    by_value: dict[Hashable, list[tuple[int, int]]] = {}
    for start, end, value in sections:
        if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= length:
            raise AgreementError(
                f"The section {start}–{end} is empty or not inside the continuum 0–{length}."
            )
        if value is None:
            continue
        by_value.setdefault(value, []).append((start, end))
    layers = {value: merge_intervals(spans) for value, spans in by_value.items()}
    events: list[tuple[int, int, Hashable]] = []
    for value, spans in layers.items():
        for start, end in spans:
            events.append((start, 1, value))
            events.append((end, -1, value))
    events.sort(key=lambda event: (event[0], event[1]))
    pieces: list[Section] = []
    active: dict[Hashable, int] = {}
    position = 0
    for at, change, value in events:
        if at > position:
            pieces.append((position, at, _value_of(active, combine_overlaps)))
            position = at
        if change > 0:
            active[value] = active.get(value, 0) + 1
        else:
            active[value] -= 1
            if not active[value]:
                del active[value]
    if length > position:
        pieces.append((position, length, None))
    return pieces


def binary_sections(sections: Iterable[Section], value: Hashable | None) -> list[Section]:
    """Sections of ``value`` kept (every coded section when ``value`` is None, merged where
    they overlap); all other text becomes gap."""
    if value is None:
        spans = merge_intervals((start, end) for start, end, found in sections if found is not None)
        return [(start, end, CODED) for start, end in spans]
    return [(start, end, found) for start, end, found in sections if found == value]


def coded_only(partitions: Sequence[Sequence[Section]]) -> tuple[list[list[Section]], int, int]:
    """Partitions cut down to the text that every coder coded (gaps removed), for cuα, with
    the length of that text and of the text anyone coded (its coverage is their ratio)."""
    coded: list[Intervals] = [
        tuple((start, end) for start, end, value in sections if value is not None) for sections in partitions
    ]
    common = coded[0]
    for spans in coded[1:]:
        common = intersect(common, spans)
    clipped = [_clip(sections, common) for sections in partitions]
    return clipped, total_length(common), total_length(union(coded))


def _clip(sections: Sequence[Section], keep: Intervals) -> list[Section]:
    """The coded parts of sorted ``sections`` inside the sorted spans ``keep`` (one walk)."""
    pieces: list[Section] = []
    i = j = 0
    while i < len(sections) and j < len(keep):
        start, end, value = sections[i]
        piece_start = max(start, keep[j][0])
        piece_end = min(end, keep[j][1])
        if piece_end > piece_start and value is not None:
            pieces.append((piece_start, piece_end, value))
        if end <= keep[j][1]:
            i += 1
        else:
            j += 1
    return pieces


def unitized_result(
    length: int,
    codings: Sequence[Iterable[Section]],
    variant: str = "u",
    value: Hashable | None = None,
    *,
    combine_overlaps: bool = False,
) -> UnitizedResult:
    """uα, |uα or cuα of one continuum. ``codings`` holds one list of ``(start, end, value)``
    per coder; the text between sections is gap. Raises AgreementError for bad input."""
    if variant not in VARIANTS:
        raise AgreementError(f"Unknown unitized α variant '{variant}'; use one of {', '.join(VARIANTS)}.")
    if not isinstance(length, int) or length <= 0:
        raise AgreementError("The continuum needs a positive whole length (characters).")
    if len(codings) < 2:
        raise AgreementError(f"Unitized α needs at least two coders; got {len(codings)}.")
    lists = [list(sections) for sections in codings]
    if variant == "binary":
        lists = [binary_sections(sections, value) for sections in lists]
    partitions = [partition(length, sections, combine_overlaps=combine_overlaps) for sections in lists]
    coverage = None
    if variant == "cu":
        partitions, common, anyone = coded_only(partitions)
        coverage = common / anyone if anyone else 0.0
        if not common:
            return UnitizedResult(None, variant, value, 0.0, 0.0, coverage)
    result = alpha_from_tally(tally_partitions(partitions))
    return UnitizedResult(
        result.alpha, variant, value, result.observed_disagreement, result.expected_disagreement, coverage
    )


def _value_of(active: dict[Hashable, int], combine: bool) -> Hashable | None:
    if not active:
        return None
    if len(active) == 1:
        return next(iter(active))
    if not combine:
        names = " and ".join(sorted(map(str, active)))
        raise AgreementError(
            f"One coder's sections of {names} overlap; unitized α needs each coder's sections to "
            "form a partition (use the binary variant per value instead)."
        )
    return frozenset(active)


def _pair_overlaps(first: Sequence[Section], second: Sequence[Section]) -> dict[tuple, float]:
    """Σ|g ∩ h| by (value of g, value of h) for two partitions of the same stretch (one walk;
    the hot loop of the continuum unit, hence the unpacked locals)."""
    shared: dict[tuple, float] = {}
    if not first or not second:
        return shared
    get = shared.get
    i = j = 0
    a_start, a_end, a_value = first[0]
    b_start, b_end, b_value = second[0]
    while True:
        start = a_start if a_start > b_start else b_start
        end = a_end if a_end < b_end else b_end
        if end > start:
            key = (a_value, b_value)
            shared[key] = get(key, 0.0) + (end - start)
        if a_end <= b_end:
            i += 1
            if i == len(first):
                return shared
            a_start, a_end, a_value = first[i]
        else:
            j += 1
            if j == len(second):
                return shared
            b_start, b_end, b_value = second[j]
