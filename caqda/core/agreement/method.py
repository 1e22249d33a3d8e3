"""The method of a report in plain words, for the researcher who has to write it up: which
unit, which formula, how documents and codes were pooled, how the interval was obtained."""

from __future__ import annotations

from caqda.core.agreement.corpus import AgreementCorpus
from caqda.core.agreement.options import ReportOptions

_UNITS = {
    "character": (
        "Unit: character (as NVivo). For each code and document every character is a unit that each "
        "coder either coded with the code or not, giving a coded / not-coded table over the characters "
        "(for two coders the 2×2 table: both, only one, only the other, neither)."
    ),
    "segment": (
        "Unit: coded segment (as MAXQDA). Every segment of every coder counts once; it agrees when {others} "
        "a segment of the same code overlapping it by at least {tolerance:.0%} (intersection over union "
        "of the two segments). Percent agreement = agreeing segments / all segments. κ is Brennan & "
        "Prediger's κn = (Po − 1/k)/(1 − 1/k) with k = {codes_used} codes used."
    ),
    "presence": (
        "Unit: document (as MAXQDA's code presence). For each code, every document is a unit that each "
        "coder either used the code in or not."
    ),
    "frequency": (
        "Unit: document (as MAXQDA's code frequency). For each code, every document is a unit valued by "
        "how many segments each coder coded with the code; coders agree when the counts are equal."
    ),
    "predefined": (
        "Unit: {unit} ({source}). Each {unit} carries a code for a coder when the coder's coding covers "
        "{share} of it, giving a true units × coders table."
    ),
    "continuum": (
        "Unit: continuum (as ATLAS.ti; Krippendorff, Mathet, Bouvry & Widlöcher 2016). Each coder's coding "
        "of a document is a partition into coded sections and gaps. A code's row gives |uα (α-binary: "
        "that code against everything else); a parent code's subtotal and the pooled row give uα with the "
        "codes applied as values (where one coder applied several codes to the same text, that "
        "combination counts as one value), |uα (any code vs gap) and cuα (only the text every coder "
        "coded; its coverage is that text's share of the text anyone coded). The pooled row also gives "
        "Cu-α, with the top-level codes (semantic domains) as values. Documents are laid end to end."
    ),
}

_SOURCES = {
    "sentence": "cut by caqda's sentence splitter within paragraphs",
    "paragraph": "as the project's paragraphs",
    "turn": "the project's speaker turns, label excluded",
}


def describe_method(options: ReportOptions, corpus: AgreementCorpus, codes_used: int) -> str:
    """A paragraph stating the unit, formulas, pooling and interval of a report."""
    unit = options.unit
    coders = len(corpus.coders)
    parts: list[str] = []
    if unit in _SOURCES:
        share = "any part" if options.min_share <= 0 else f"at least {options.min_share:.0%}"
        parts.append(_UNITS["predefined"].format(unit=unit, source=_SOURCES[unit], share=share))
    else:
        others = "the other coder has" if coders == 2 else "every other coder has"
        parts.append(_UNITS[unit].format(others=others, tolerance=options.tolerance, codes_used=codes_used))
    parts.append("A coder's overlapping codings of the same code are merged first.")
    if unit not in ("segment", "continuum"):
        kappa = "Cohen's κ (with its large-sample standard error)" if coders == 2 else "Fleiss' κ"
        parts.append(
            f"Percent agreement is the share of units on which the coders agree"
            f"{'' if coders == 2 else ' (averaged over coder pairs)'}; κ is {kappa}; α is Krippendorff's "
            f"α ({options.level}); Scott's π, Brennan–Prediger's κ, Gwet's AC1 and, for two coders, PABAK "
            "with the prevalence and bias indices are given beside them."
        )
    if unit == "character":
        parts.append(
            "Where neither coder used a code in a document, κ and percent agreement are set to 1 for that "
            "document (NVivo's convention) and α is undefined. Because uncoded text dominates transcripts, "
            "'coded agreement' gives the agreement over text anyone coded: characters all coders coded / "
            "characters any coder coded. κ's standard error treats every character as independent, so it "
            "is far too small here; α's bootstrap interval, resampling documents, is the honest one."
        )
    if unit in ("segment", "continuum"):
        pool = "adding their counts" if unit == "segment" else "adding their coincidences"
    else:
        pool = "summing their tables"
    parts.append(
        f"Per code, the documents are pooled by {pool}; the size-weighted mean of the per-document values is "
        f"shown beside. A parent code's subtotal pools its own and its descendants' codes the same way, and "
        f"the pooled row pools all {codes_used} codes that were used; codes nobody used are listed but not "
        "pooled."
    )
    if options.bootstrap_samples and unit != "segment":
        parts.append(
            f"The {options.confidence:.0%} interval for α is a percentile bootstrap of "
            f"{options.bootstrap_samples} resamples of {options.resampled} (seed {options.seed}); "
            "P(α < t) is the share of resamples below each threshold t "
            f"({', '.join(f'{t:.3f}' for t in options.thresholds)})."
        )
    parts.append(
        f"Coders: {', '.join(corpus.coders)}; {len(corpus.documents)} documents. Labels: Landis & Koch "
        "for κ, Krippendorff's .667/.800 for α."
    )
    return " ".join(parts)
