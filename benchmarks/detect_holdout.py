"""Statement detection on the held-out gold: pages the detector was never tuned on.

    python benchmarks/detect_holdout.py [--shared ../shared]

tests/data/gold/holdout/*.json were annotated by people who did not see the
detector's output (polnear-test-*.json: from PolNeAR's test split, see
benchmarks/POLNEAR.md), and nobody tuning the detector reads them or this
script's details (only its totals, overall and per file, go into closing notes). Prints the same figures as
detect_bench.py: statement precision, recall and F1, alert precision and recall.
Run it rarely: every look at a held-out score spends some of its independence.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import POLNEAR_DIR, actors_of, available, load_page  # noqa: E402
from worker.detect import detect  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "data" / "gold" / "holdout").glob("*.json"))
    per_file = {f.name: json.loads(f.read_text("utf-8"))["articles"] for f in files}
    missing = sum(not available(a) for arts in per_file.values() for a in arts)
    if missing:
        print(f"skipped {missing} PolNeAR articles whose text is not under {POLNEAR_DIR}")
    per_file = {name: [a for a in arts if available(a)] for name, arts in per_file.items()}
    print(f"held-out gold: {sum(map(len, per_file.values()))} articles from {len(files)} files")
    for name, articles in [("all", [a for arts in per_file.values() for a in arts]), *per_file.items()]:
        if articles:
            print(f"{name}: {_score(args.shared, articles)}")


def _score(shared: Path, articles: list[dict]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        gold, preds = Path(tmp) / "gold.json", Path(tmp) / "preds.jsonl"
        gold.write_text(json.dumps({"articles": articles}), "utf-8")
        with preds.open("w", encoding="utf-8") as out:
            for article in articles:
                doc = load_page(shared, article["source"])
                for s in detect(doc, actors_of(article)) if doc else ():
                    row = {"file": article["file"], "actor": s.actor_id, "kind": s.kind, "text": s.text}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        score = subprocess.run([sys.executable, str(shared / "tools" / "score_statements.py"),
                                str(gold), str(preds)], capture_output=True, text=True, check=True)
    return " | ".join(score.stdout.strip().splitlines())


if __name__ == "__main__":
    main()
