"""The figures of one report cell (a code, a document, a coder pair, the pooled row), computed
from whichever tally the unit of analysis produced. Fields that do not apply to a unit stay
``None``, so every row has the same keys in JSON and CSV."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from itertools import repeat
from typing import Any

from caqda.core.agreement.alpha import Coincidences, alpha_from_coincidences, alpha_of_table
from caqda.core.agreement.bootstrap import AlphaInterval
from caqda.core.agreement.interpret import alpha_label, kappa_label
from caqda.core.agreement.kappa import kappa_statistics
from caqda.core.agreement.multirater import multirater_statistics
from caqda.core.agreement.segments import SegmentTally, brennan_prediger_segments
from caqda.core.agreement.table import RatingTable, contingency
from caqda.core.agreement.unitized import ContinuumTally, add_continua, alpha_from_tally


@dataclass(frozen=True)
class Figures:
    """``units``: how many units the figures rest on (characters, segments, documents,
    sentences...). ``kappa`` is Cohen's κ for two coders, Fleiss' κ for more, and
    Brennan–Prediger's κn for the segment unit. ``coded_agreement`` is the agreement over text
    that anyone coded (character and continuum units). ``mean_*`` are size-weighted means of
    the per-document values. ``alpha_low``/``alpha_high`` bound the bootstrap interval and
    ``alpha_below`` holds (threshold, P(α < threshold))."""

    units: float
    percent_agreement: float | None = None
    coded_agreement: float | None = None
    kappa: float | None = None
    kappa_se: float | None = None
    kappa_label: str | None = None
    alpha: float | None = None
    alpha_low: float | None = None
    alpha_high: float | None = None
    alpha_below: tuple[tuple[float, float], ...] = ()
    alpha_label: str | None = None
    scott_pi: float | None = None
    fleiss_kappa: float | None = None
    brennan_prediger: float | None = None
    gwet_ac1: float | None = None
    pabak: float | None = None
    prevalence_index: float | None = None
    bias_index: float | None = None
    agreements: float | None = None
    alpha_binary: float | None = None
    alpha_cu: float | None = None
    cu_coverage: float | None = None
    alpha_domains: float | None = None
    mean_percent_agreement: float | None = None
    mean_kappa: float | None = None
    mean_alpha: float | None = None

    def with_interval(self, interval: AlphaInterval) -> Figures:
        return replace(self, alpha_low=interval.low, alpha_high=interval.high, alpha_below=interval.below)


_FIELDS = {item.name: item.default for item in fields(Figures)}


def figures_of(values: dict[str, Any]) -> Figures:
    """``Figures(**values)``, for the tens of thousands of cells of a large report: a frozen
    dataclass's ``__init__`` sets each of the 26 fields through ``object.__setattr__``; this
    fills the instance's dict at once, in the declared order (``vars()`` gives the same dict,
    so JSON keys keep their order)."""
    return figures_from_columns({name: [value] for name, value in values.items()}, 1)[0]


def figures_from_columns(columns: dict[str, list[Any]], count: int) -> list[Figures]:
    """``count`` :func:`figures_of`, the i-th from the i-th value of each column (fields
    without a column keep their default)."""
    found = []
    new = object.__new__
    for values in field_dicts(columns, count):
        figures = new(Figures)
        figures.__dict__.update(values)
        found.append(figures)
    return found


def field_dicts(
    columns: dict[str, Iterable[Any]], count: int, before: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """What ``vars()`` of each of :func:`figures_from_columns`'s figures holds (after the
    keys in ``before``, taken from their columns too)."""
    names = [*before, *_FIELDS]
    values = [columns[name] if name in columns else repeat(_FIELDS[name], count) for name in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*values, strict=False)]


def table_figures(table: RatingTable, level: str = "nominal", found: Coincidences | None = None) -> Figures:
    """Figures of a units × coders table (character, presence, frequency, predefined units);
    ``found``: the table's coincidence matrix when the caller already has it.

    Convention (NVivo's): when the coders put every unit into one and the same
    category (typically: neither used the code), κ = 1 and percent agreement = 1; α stays
    undefined, as Krippendorff has it (no variation)."""
    multi = multirater_statistics(table)
    binary = table.categories == (False, True)
    alpha = alpha_of_table(table, level) if found is None else alpha_from_coincidences(found, level)
    kappa = se = scott = pabak = prevalence = bias = None
    if len(table.coders) == 2:
        stats = kappa_statistics(contingency(table)[1]) if table.units else None
        if stats is not None:
            kappa, se, scott = stats.kappa, stats.kappa_se, stats.scott_pi
            pabak, prevalence, bias = stats.pabak, stats.prevalence_index, stats.bias_index
    else:
        kappa = multi.fleiss_kappa
    coded = None
    if binary:
        anyone = sum(count for pattern, count in table.patterns.items() if any(pattern))
        everyone = sum(count for pattern, count in table.patterns.items() if all(pattern))
        coded = everyone / anyone if anyone else None
    if kappa is None and multi.percent_agreement == 1:
        kappa = 1.0  # every unit in one and the same category for both: perfect, by convention
    return Figures(
        units=table.units,
        percent_agreement=multi.percent_agreement,
        coded_agreement=coded,
        kappa=kappa,
        kappa_se=se,
        kappa_label=kappa_label(kappa),
        alpha=alpha,
        alpha_label=alpha_label(alpha),
        scott_pi=scott,
        fleiss_kappa=multi.fleiss_kappa,
        brennan_prediger=multi.brennan_prediger,
        gwet_ac1=multi.gwet_ac1,
        pabak=pabak,
        prevalence_index=prevalence,
        bias_index=bias,
    )


def segment_figures(tally: SegmentTally, codes_used: int) -> Figures:
    """Figures of the segment unit: agreements / segments and Brennan–Prediger's κn."""
    total = tally.total
    observed = tally.agreements / total if total else None
    kappa = brennan_prediger_segments(observed, codes_used)
    return Figures(
        units=total,
        percent_agreement=observed,
        kappa=kappa,
        kappa_label=kappa_label(kappa),
        brennan_prediger=kappa,
        agreements=tally.agreements,
    )


@dataclass(frozen=True)
class ContinuumTallies:
    """What the continuum unit needs for a set of codes, all additive over documents:
    ``values`` (sections valued by the code, or by the set of codes, applied), ``collapsed``
    (coded vs gap; the same as ``values`` for one code), ``coded_only`` (cuα: text every coder
    coded; ``None`` for one code, where it has a single value) with ``common``/``coded``
    lengths for its coverage, and ``domains`` (values = top-level codes, for Cu-α)."""

    values: ContinuumTally
    collapsed: ContinuumTally
    coded_only: ContinuumTally | None
    common: int
    coded: int
    domains: ContinuumTally | None

    def __add__(self, other: ContinuumTallies) -> ContinuumTallies:
        return ContinuumTallies.total((self, other))

    @staticmethod
    def total(items: Sequence[ContinuumTallies]) -> ContinuumTallies:
        """Documents laid end to end."""

        def pooled(name: str) -> ContinuumTally | None:
            parts = [getattr(item, name) for item in items]
            return add_continua(parts) if all(part is not None for part in parts) else None

        values = add_continua([item.values for item in items])
        collapsed = values if all(item.collapsed is item.values for item in items) else pooled("collapsed")
        return ContinuumTallies(
            values,
            collapsed or values,
            pooled("coded_only"),
            sum(item.common for item in items),
            sum(item.coded for item in items),
            pooled("domains"),
        )


def continuum_figures(tallies: ContinuumTallies, coders: Sequence[int] | None = None) -> Figures:
    """uα (the values), |uα (coded vs gap), cuα with its coverage, and Cu-α (domains)."""
    sums = tallies.values.sums(coders)
    alpha = alpha_from_tally(sums).alpha
    if tallies.collapsed is tallies.values:
        binary = alpha
    else:
        binary = alpha_from_tally(tallies.collapsed.sums(coders)).alpha
    cu = None
    if tallies.coded_only is not None:
        cu = alpha_from_tally(tallies.coded_only.sums(coders)).alpha
    domains = None
    if tallies.domains is not None:
        domains = alpha_from_tally(tallies.domains.sums(coders)).alpha
    coder_count = tallies.values.coders if coders is None else len(coders)
    return Figures(
        units=sums.total / coder_count,
        alpha=alpha,
        alpha_label=alpha_label(alpha),
        alpha_binary=binary,
        alpha_cu=cu,
        cu_coverage=tallies.common / tallies.coded if tallies.coded else None,
        alpha_domains=domains,
    )


def with_means(pooled: Figures, per_document: Sequence[Figures]) -> Figures:
    """``pooled`` with the size-weighted means of the per-document percent agreement, κ and α
    (documents where a value is undefined are left out of that mean)."""
    return replace(
        pooled,
        mean_percent_agreement=_weighted(per_document, "percent_agreement"),
        mean_kappa=_weighted(per_document, "kappa"),
        mean_alpha=_weighted(per_document, "alpha"),
    )


def _weighted(figures: Sequence[Figures], name: str) -> float | None:
    total = weight = 0.0
    for item in figures:
        value = getattr(item, name)
        if value is not None and item.units:
            total += value * item.units
            weight += item.units
    return total / weight if weight else None
