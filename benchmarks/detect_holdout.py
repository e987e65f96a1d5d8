"""Statement detection on the held-out gold: pages the detector was never tuned on.

    python benchmarks/detect_holdout.py [--shared ../shared]

tests/data/gold/holdout/*.json were annotated by people who did not see the
detector's output (polnear-test-*.json: from PolNeAR's test split, see
benchmarks/POLNEAR.md), and nobody tuning the detector reads them or this
script's details (only its totals, overall and per file, go into closing notes).
Prints the same figures as detect_bench.py: statement precision, recall and F1,
alert precision and recall.
Run it rarely: every look at a held-out score spends some of its independence.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import load_gold, predict, scored  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "data" / "gold" / "holdout").glob("*.json"))
    per_file = load_gold(files)
    articles = [a for arts in per_file.values() for a in arts]
    print(f"held-out gold: {len(articles)} articles from {len(files)} files")
    with tempfile.TemporaryDirectory() as tmp:
        preds = Path(tmp) / "preds.jsonl"
        predict(args.shared, articles, preds)  # once; each file is scored from the same lines
        for name, arts in [("all", articles), *per_file.items()]:
            if arts:
                print(f"{name}: " + " | ".join(scored(args.shared, arts, preds).splitlines()))


if __name__ == "__main__":
    main()
