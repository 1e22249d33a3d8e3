"""One tallier per unit of analysis: it builds the additive tally of a document for a set of
codes, turns a tally into figures (for all coders or one pair), and bootstraps α.

Per-code tallies are cached, so a code's row, its parent's subtotal, the pooled row and the
coder-pair matrix all reuse the same sweep of each document.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Protocol

from caqda.core.agreement.alpha import LEVELS, Coincidences, coincidences
from caqda.core.agreement.bootstrap import AlphaInterval, Resampler, bootstrap_alpha, bootstrap_unitized
from caqda.core.agreement.corpus import PREDEFINED_UNITS, AgreementCorpus, CorpusDocument
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.figures import (
    ContinuumTallies,
    Figures,
    continuum_figures,
    segment_figures,
    table_figures,
)
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.segments import SegmentTally, segment_tally
from caqda.core.agreement.table import RatingTable, add_tables
from caqda.core.agreement.unitized import (
    Section,
    binary_sections,
    coded_only,
    continuum_tally,
    partition,
)
from caqda.core.agreement.units import character_table, frequency_table, predefined_table, presence_table

Pair = tuple[int, int]


class Tallier(Protocol):
    options: ReportOptions

    def tally(self, document: CorpusDocument, codes: Sequence[str], *, pooled: bool = False) -> Any: ...

    def figures(self, tally: Any, pair: Pair | None = None) -> Figures: ...

    def interval(self, per_document: Sequence[Any], resampler: Resampler | None) -> AlphaInterval | None: ...


FiguresMemo = dict[Hashable, Figures]


def tallier_for(corpus: AgreementCorpus, options: ReportOptions, memo: FiguresMemo | None = None) -> Tallier:
    """``memo``: figures of tables met in earlier reports (the table unit only), kept by the
    caller between reports so a report after a coding recomputes only what the coding changed."""
    if options.unit == "segment":
        return SegmentTallier(corpus, options)
    if options.unit == "continuum":
        return ContinuumTallier(corpus, options)
    return TableTallier(corpus, options, memo)


class TableTallier:
    """Character, presence, frequency and predefined units: tallies are rating tables, pooled
    by summing (units of several codes or documents taken together)."""

    def __init__(
        self, corpus: AgreementCorpus, options: ReportOptions, memo: FiguresMemo | None = None
    ) -> None:
        self.corpus = corpus
        self.options = options
        self.memo = memo
        self._tables: dict[tuple[str, str], RatingTable] = {}
        # Coincidence matrices by table identity (the table is kept with it, so the id stays
        # its own): a per-document table's α and its bootstrap item need the same matrix.
        self._coincidences: dict[int, tuple[RatingTable, Coincidences]] = {}

    def coincidences(self, table: RatingTable) -> Coincidences:
        found = self._coincidences.get(id(table))
        if found is None:
            if len(self._coincidences) >= 20_000:  # a row's worth is what is reused
                self._coincidences.clear()
            found = (table, coincidences(table))
            self._coincidences[id(table)] = found
        return found[1]

    def table(self, document: CorpusDocument, code: str) -> RatingTable:
        key = (document.name, code)
        found = self._tables.get(key)
        if found is None:
            found = self._build(document, code)
            self._tables[key] = found
        return found

    def _build(self, document: CorpusDocument, code: str) -> RatingTable:
        coders = self.corpus.coders
        spans = self.corpus.coder_spans(document.name, code)
        unit = self.options.unit
        if unit == "character":
            return character_table(coders, spans, document.length)
        if unit == "presence":
            return presence_table(coders, spans)
        if unit == "frequency":
            return frequency_table(coders, spans)
        if unit in PREDEFINED_UNITS:
            if unit not in document.units:
                raise AgreementError(f"'{document.name}' has no {unit}s cut; they are needed for this unit.")
            return predefined_table(coders, spans, document.units[unit], self.options.min_share)
        raise AgreementError(f"The unit '{unit}' has no table.")

    def tally(self, document: CorpusDocument, codes: Sequence[str], *, pooled: bool = False) -> RatingTable:
        if len(codes) == 1:
            return self.table(document, codes[0])
        table = add_tables(self.table(document, code) for code in codes)
        if table is None:
            return RatingTable(self.corpus.coders, {}, (False, True))
        return table

    def figures(self, tally: RatingTable, pair: Pair | None = None) -> Figures:
        if pair:
            return table_figures(tally.coder_pair(*pair), self.options.level)
        if self.options.level not in LEVELS:
            return table_figures(tally, self.options.level)  # says which levels there are
        if self.memo is None:
            return table_figures(tally, self.options.level, self.coincidences(tally))
        # Everything the figures depend on: the patterns in their order (sums run in it), the
        # counts' types (5 == 5.0, but one prints as 5.0) and the unit (False == 0).
        patterns = tally.patterns
        key = (
            self.options.unit,
            self.options.level,
            len(tally.coders),
            tally.categories,
            tuple(patterns.items()),
            tuple(map(type, patterns.values())),
        )
        found = self.memo.get(key)
        if found is None:
            found = table_figures(tally, self.options.level, self.coincidences(tally))
            self.memo[key] = found
        return found

    def interval(
        self, per_document: Sequence[RatingTable], resampler: Resampler | None
    ) -> AlphaInterval | None:
        pooled = add_tables(per_document)
        if pooled is None or not pooled.units:
            return None
        options = self.options
        counts = None
        if options.resampled == "documents":
            if resampler is None:
                return None
            items = [
                self.coincidences(t)
                if t.categories == pooled.categories
                else coincidences(RatingTable(t.coders, t.patterns, pooled.categories))
                for t in per_document
            ]
        else:
            patterns = list(pooled.patterns.items())
            counts = [count for _, count in patterns]
            resampler = Resampler.units(counts, options.bootstrap_samples, options.seed)
            items = [coincidences(RatingTable(pooled.coders, {p: 1}, pooled.categories)) for p, _ in patterns]
        self._coincidences.clear()  # this row's α and bootstrap items are done
        return bootstrap_alpha(
            items,
            resampler,
            options.level,
            counts=counts,
            confidence=options.confidence,
            thresholds=options.thresholds,
        )


class SegmentTallier:
    """The segment unit: tallies count segments and agreements; κn uses the number of codes
    the coders used anywhere in the comparison."""

    def __init__(self, corpus: AgreementCorpus, options: ReportOptions) -> None:
        self.corpus = corpus
        self.options = options
        self._tallies: dict[tuple[str, str], SegmentTally] = {}
        names = [document.name for document in corpus.documents]
        self.codes_used = sum(1 for code in corpus.selected if corpus.used(code, names))

    def tally(self, document: CorpusDocument, codes: Sequence[str], *, pooled: bool = False) -> SegmentTally:
        total: SegmentTally | None = None
        for code in codes:
            key = (document.name, code)
            found = self._tallies.get(key)
            if found is None:
                found = segment_tally(self.corpus.coder_spans(document.name, code), self.options.tolerance)
                self._tallies[key] = found
            total = found if total is None else total + found
        return total if total is not None else segment_tally([()] * len(self.corpus.coders))

    def figures(self, tally: SegmentTally, pair: Pair | None = None) -> Figures:
        return segment_figures(tally.for_pair(*pair) if pair else tally, self.codes_used)

    def interval(self, per_document: Sequence[Any], resampler: Resampler | None) -> AlphaInterval | None:
        return None


class ContinuumTallier:
    """The continuum unit: for one code, |uα of that code; for several, uα with the set of
    codes applied as the value, plus |uα (coded vs gap), cuα and, pooled, Cu-α on domains."""

    def __init__(self, corpus: AgreementCorpus, options: ReportOptions) -> None:
        if options.bootstrap_over == "units":
            raise AgreementError(
                "The continuum unit has no units to resample; bootstrap over documents instead."
            )
        self.corpus = corpus
        self.options = options
        self._single: dict[tuple[str, str], ContinuumTallies] = {}

    def tally(
        self, document: CorpusDocument, codes: Sequence[str], *, pooled: bool = False
    ) -> ContinuumTallies:
        if len(codes) == 1 and not pooled:
            key = (document.name, codes[0])
            found = self._single.get(key)
            if found is None:
                found = self._build(document, codes, pooled)
                self._single[key] = found
            return found
        return self._build(document, codes, pooled)

    def _build(self, document: CorpusDocument, codes: Sequence[str], pooled: bool) -> ContinuumTallies:
        length = document.length
        coders = range(len(self.corpus.coders))
        sections = [self._sections(document, codes, coder, None) for coder in coders]
        values = [partition(length, own, combine_overlaps=True) for own in sections]
        value_tally = continuum_tally(values)
        clipped, common, coded = coded_only(values)
        if len(codes) == 1:
            return ContinuumTallies(value_tally, value_tally, None, common, coded, None)
        collapsed = [partition(length, binary_sections(own, None)) for own in sections]
        domains = None
        if pooled:
            by_domain = [self._sections(document, codes, coder, self.corpus.domain) for coder in coders]
            domains = continuum_tally([partition(length, own, combine_overlaps=True) for own in by_domain])
        return ContinuumTallies(
            value_tally, continuum_tally(collapsed), continuum_tally(clipped), common, coded, domains
        )

    def _sections(
        self, document: CorpusDocument, codes: Sequence[str], coder: int, relabel: Any
    ) -> list[Section]:
        name = self.corpus.coders[coder]
        found: list[Section] = []
        for code in codes:
            value: Hashable = relabel(code) if relabel else code
            found.extend((start, end, value) for start, end in self.corpus.spans(document.name, code, name))
        return found

    def figures(self, tally: ContinuumTallies, pair: Pair | None = None) -> Figures:
        return continuum_figures(tally, pair)

    def interval(
        self, per_document: Sequence[ContinuumTallies], resampler: Resampler | None
    ) -> AlphaInterval | None:
        if resampler is None or not per_document:
            return None
        return bootstrap_unitized(
            [tally.values.sums() for tally in per_document],
            resampler,
            confidence=self.options.confidence,
            thresholds=self.options.thresholds,
        )
