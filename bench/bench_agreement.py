"""Inter-coder agreement on a synthetic 10 MB corpus: 200 documents of 50,000 characters,
3 coders, 60 codes (6 parents with 9 children each), 60,000 codings.

Times the full character-level and segment-level reports (per code, per parent, per document,
pooled, coder pairs, α's bootstrap interval over documents), built straight from intervals in
the engine's input form, and compares the character-level α with the ``krippendorff`` package
fed the per-character matrix, for a few codes, extrapolated to all 60.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import REPEAT
from timing import measure

from caqda.core.agreement import (
    AgreementCorpus,
    CorpusCode,
    CorpusDocument,
    ReportOptions,
    build_corpus,
    build_report,
)

DOCUMENTS = 200
LENGTH = 50_000
CODERS = ("Ana", "Bruno", "Caio")
CODINGS = 60_000
SAMPLE_CODES = 2


def make_codes() -> list[CorpusCode]:
    codes = []
    for parent in range(6):
        codes.append(CorpusCode(f"P{parent}", f"P{parent}"))
        codes += [CorpusCode(f"P{parent}/C{child}", f"C{child}", f"P{parent}") for child in range(9)]
    return codes


def make_corpus(seed: int = 7) -> AgreementCorpus:
    """20,000 passages, each coded by all three coders with jittered boundaries; now and then a
    coder picks another code or codes some other passage instead (realistic partial agreement)."""
    rng = random.Random(seed)
    codes = [code.key for code in make_codes()]
    documents = [CorpusDocument(f"D{index:03d}", LENGTH) for index in range(DOCUMENTS)]
    codings = []
    for _ in range(CODINGS // len(CODERS)):
        document = rng.choice(documents).name
        code = rng.choice(codes)
        start = rng.randrange(0, LENGTH - 700)
        end = start + rng.randint(50, 600)
        for coder in CODERS:
            roll = rng.random()
            if roll < 0.08:
                own_start = rng.randrange(0, LENGTH - 700)
                codings.append((document, code, coder, own_start, own_start + end - start))
            elif roll < 0.15:
                codings.append((document, rng.choice(codes), coder, start, end))
            else:
                jitter_start = max(0, start + rng.randint(-25, 25) * (rng.random() < 0.4))
                jitter_end = min(LENGTH, end + rng.randint(-25, 25) * (rng.random() < 0.4))
                codings.append((document, code, coder, jitter_start, max(jitter_start + 1, jitter_end)))
    assert len(codings) == CODINGS
    return build_corpus(CODERS, documents, codings, make_codes())


def _codings(corpus: AgreementCorpus) -> list[tuple[str, str, str, int, int]]:
    """The corpus's merged spans as codings again (to build a corpus of fewer coders)."""
    return [
        (document, code, coder, start, end)
        for document, by_code in corpus.intervals.items()
        for code, by_coder in by_code.items()
        for coder, spans in by_coder.items()
        for start, end in spans
    ]


def krippendorff_alpha_by_matrix(corpus: AgreementCorpus, code: str) -> float:
    """α of one code the way a script would get it: a coders × characters matrix, documents
    end to end, handed to the ``krippendorff`` package."""
    import krippendorff
    import numpy as np

    matrix = np.zeros((len(corpus.coders), DOCUMENTS * LENGTH), dtype=np.float64)
    for index, document in enumerate(corpus.documents):
        offset = index * LENGTH
        for row, spans in enumerate(corpus.coder_spans(document.name, code)):
            for start, end in spans:
                matrix[row, offset + start : offset + end] = 1
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def main() -> None:
    import numpy

    try:
        from importlib.metadata import version

        package = version("krippendorff")
    except Exception:
        package = "not installed"
    print(f"numpy {numpy.__version__}, krippendorff package {package}, Python {sys.version.split()[0]}")
    started = time.perf_counter()
    corpus = make_corpus()
    print(
        f"Synthetic corpus: {DOCUMENTS} documents × {LENGTH:,} characters = "
        f"{DOCUMENTS * LENGTH / 1e6:.0f} MB, "
        f"{len(CODERS)} coders, {len(corpus.codes)} codes, {CODINGS:,} codings "
        f"(built and merged in {time.perf_counter() - started:.2f} s)"
    )
    character = ReportOptions(coders=CODERS, unit="character")
    segment = ReportOptions(coders=CODERS, unit="segment")
    no_interval = ReportOptions(coders=CODERS, unit="character", bootstrap_samples=0)
    continuum = ReportOptions(coders=CODERS, unit="continuum")
    report = build_report(corpus, character)
    engine = measure(
        "character-level report (60 codes + 6 parents, per document, pooled, pairs, "
        "1000 bootstrap resamples)",
        lambda: build_report(corpus, character),
        goal_seconds=2.0,
        repeat=REPEAT,
    )
    two = ReportOptions(coders=CODERS[:2], unit="character")
    two_corpus = build_corpus(CODERS[:2], corpus.documents, _codings(corpus), make_codes())
    measure(
        "character-level report, two coders (Ana, Bruno: the default of the window and the CLI, "
        "computed as arrays), 1000 bootstrap resamples, every per-document figure made",
        lambda: [len(row.documents[:1]) for row in build_report(two_corpus, two).codes],
        goal_seconds=1.0,
        repeat=REPEAT,
    )
    measure(
        "character-level report without the bootstrap interval",
        lambda: build_report(corpus, no_interval),
        goal_seconds=2.0,
        repeat=REPEAT,
    )
    measure(
        "segment-level report (90 % overlap tolerance)",
        lambda: build_report(corpus, segment),
        goal_seconds=2.0,
        repeat=REPEAT,
    )
    measure(
        "continuum report, unitized α family (for information: not part of the 2 s goal)",
        lambda: build_report(corpus, continuum),
        goal_seconds=10.0,
        repeat=1,
    )
    print(f"pooled character-level α = {report.pooled.alpha:.4f}, Fleiss κ = {report.pooled.kappa:.4f}")

    try:
        import krippendorff  # noqa: F401
    except ImportError:
        print("The krippendorff package is not installed; skipping the comparison.")
        return
    sample = [code.key for code in corpus.codes[1 : 1 + SAMPLE_CODES]]
    started = time.perf_counter()
    package_values = [krippendorff_alpha_by_matrix(corpus, code) for code in sample]
    per_code = (time.perf_counter() - started) / len(sample)
    for code, value in zip(sample, package_values, strict=True):
        ours = report.row(code).figures.alpha
        assert ours is not None
        print(
            f"  {code}: krippendorff package α = {value:.9f}, caqda α = {ours:.9f} "
            f"(|Δ| = {abs(value - ours):.1e})"
        )
    extrapolated = per_code * len(corpus.codes)
    print(
        f"krippendorff package on the per-character matrix: {per_code:.2f} s per code, measured on "
        f"{len(sample)} codes and EXTRAPOLATED to {len(corpus.codes)} codes: {extrapolated:.1f} s "
        f"(α only, no κ, no per-document or pair figures, no interval)"
    )
    print(
        f"ratio: the package takes {extrapolated / engine:.0f}× as long as caqda's whole "
        "character-level report"
    )


if __name__ == "__main__":
    main()
