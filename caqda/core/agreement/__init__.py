"""Inter-coder agreement: every unit of analysis and coefficient of ``AGREEMENT.md``, on
character intervals, for any number of coders.

Layers, each in its own module: the input model (:mod:`.corpus`, :mod:`.intervals`), unit
builders (:mod:`.units`, :mod:`.segments`, :mod:`.unitized`, :mod:`.sentences`),
coefficients on tables (:mod:`.kappa`, :mod:`.multirater`, :mod:`.alpha`, :mod:`.bootstrap`),
and the report (:mod:`.tallies`, :mod:`.report`, :mod:`.render`, :mod:`.disagreements`,
:mod:`.project_input`). Scripts use :mod:`caqda.agreement`, which re-exports this.
"""

from caqda.core.agreement.bootstrap import AlphaInterval
from caqda.core.agreement.corpus import AgreementCorpus, CorpusCode, CorpusDocument, build_corpus
from caqda.core.agreement.disagreements import (
    BOUNDARY,
    DIFFERENT_CODE,
    ONE_CODER,
    CoderSegments,
    Disagreement,
    disagreements,
)
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.figures import Figures
from caqda.core.agreement.interpret import alpha_label, kappa_label
from caqda.core.agreement.kappa import KappaStatistics, kappa_statistics
from caqda.core.agreement.multirater import MultiRaterStatistics
from caqda.core.agreement.options import UNITS, ReportOptions
from caqda.core.agreement.project_input import agreement_report, corpus_from_project
from caqda.core.agreement.render import format_table
from caqda.core.agreement.report import AgreementReport, CodeRow, DocumentFigures, PairFigures, build_report
from caqda.core.agreement.scripting import (
    alpha_interval,
    brennan_prediger,
    cohen_kappa,
    cohen_kappa_statistics,
    cohen_kappa_table,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    multirater,
    percent_agreement,
    scott_pi,
    unitized_alpha,
    unitized_alpha_details,
)
from caqda.core.agreement.sentences import sentence_spans
from caqda.core.agreement.unitized import UnitizedResult

__all__ = [
    "BOUNDARY",
    "DIFFERENT_CODE",
    "ONE_CODER",
    "UNITS",
    "AgreementCorpus",
    "AgreementError",
    "AgreementReport",
    "AlphaInterval",
    "CodeRow",
    "CoderSegments",
    "CorpusCode",
    "CorpusDocument",
    "Disagreement",
    "DocumentFigures",
    "Figures",
    "KappaStatistics",
    "MultiRaterStatistics",
    "PairFigures",
    "ReportOptions",
    "UnitizedResult",
    "agreement_report",
    "alpha_interval",
    "alpha_label",
    "brennan_prediger",
    "build_corpus",
    "build_report",
    "cohen_kappa",
    "cohen_kappa_statistics",
    "cohen_kappa_table",
    "corpus_from_project",
    "disagreements",
    "fleiss_kappa",
    "format_table",
    "gwet_ac1",
    "kappa_label",
    "kappa_statistics",
    "krippendorff_alpha",
    "multirater",
    "percent_agreement",
    "scott_pi",
    "sentence_spans",
    "unitized_alpha",
    "unitized_alpha_details",
]
