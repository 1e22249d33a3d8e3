"""Each coder against the consensus: per-code precision, recall and F1, the consensus taken as
the standard, at the character unit (coded characters) and the segment unit (a segment counts
as found when the other side has one overlapping it by the tolerance, intersection over union),
with Cohen's κ of coder and consensus over every character beside them (character unit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caqda.core.agreement.intervals import intersection_length, total_length
from caqda.core.agreement.kappa import kappa_statistics
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.project_input import corpus_from_project
from caqda.core.agreement.segments import matched
from caqda.core.project import Project


@dataclass(frozen=True)
class Score:
    code: str
    coder: str
    unit: str  # character or segment
    true_positive: int  # characters (or the coder's segments) the consensus also holds
    coder_total: int
    consensus_total: int
    found: int  # consensus characters (or segments) the coder holds
    kappa: float | None = None  # Cohen's κ over every character (character unit only)

    @property
    def precision(self) -> float | None:
        return self.true_positive / self.coder_total if self.coder_total else None

    @property
    def recall(self) -> float | None:
        return self.found / self.consensus_total if self.consensus_total else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "coder": self.coder,
            "unit": self.unit,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "kappa": self.kappa,
        }


def scores_against_consensus(
    project: Project,
    coder_names: list[str],
    consensus: str,
    *,
    codes: list[str] | None = None,
    tolerance: float = 0.9,
) -> list[Score]:
    """For each code the consensus holds codings of (codebook order) and each coder: the
    character-unit and segment-unit scores."""
    options = ReportOptions(
        coders=(*coder_names, consensus),
        codes=None if codes is None else tuple(codes),
        tolerance=tolerance,
        bootstrap_samples=0,
    )
    corpus = corpus_from_project(project, options)
    standard = len(coder_names)
    characters = sum(document.length for document in corpus.documents)
    result: list[Score] = []
    for key in corpus.selected:
        if not any(corpus.coder_spans(document.name, key)[standard] for document in corpus.documents):
            continue  # the consensus has not settled this code: nothing to score against
        for index, coder in enumerate(coder_names):
            tallies = {"character": [0, 0, 0, 0], "segment": [0, 0, 0, 0]}
            for document in corpus.documents:
                spans = corpus.coder_spans(document.name, key)
                own, gold = spans[index], spans[standard]
                shared = intersection_length(own, gold)
                for slot, value in enumerate((shared, total_length(own), total_length(gold), shared)):
                    tallies["character"][slot] += value
                hits = sum(matched(own, gold, tolerance))
                founds = sum(matched(gold, own, tolerance))
                for slot, value in enumerate((hits, len(own), len(gold), founds)):
                    tallies["segment"][slot] += value
            for unit, (tp, total, gold_total, found) in tallies.items():
                kappa = _character_kappa(tp, total, gold_total, characters) if unit == "character" else None
                result.append(Score(key, coder, unit, tp, total, gold_total, found, kappa))
    return result


def _character_kappa(shared: int, coder_total: int, consensus_total: int, characters: int) -> float | None:
    """Cohen's κ of the 2×2 table of characters (coded or not by the coder, by the consensus)."""
    neither = characters - coder_total - consensus_total + shared
    table = [[neither, consensus_total - shared], [coder_total - shared, shared]]
    return kappa_statistics(table).kappa if characters else None
