"""Statement detection on the held-out gold: pages the detector was never tuned on.

    python benchmarks/detect_holdout.py [--shared ../shared]

tests/data/gold/holdout/*.json were annotated by people who did not see the
detector's output, and nobody tuning the detector reads them or this script's
details (only its totals go into closing notes). Prints the same figures as
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

from benchmarks.detect_bench import actors_of, load_page  # noqa: E402
from worker.detect import detect  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    files = sorted((ROOT / "tests" / "data" / "gold" / "holdout").glob("*.json"))
    articles = [a for f in files for a in json.loads(f.read_text("utf-8"))["articles"]]
    with tempfile.TemporaryDirectory() as tmp:
        gold, preds = Path(tmp) / "gold.json", Path(tmp) / "preds.jsonl"
        gold.write_text(json.dumps({"articles": articles}), "utf-8")
        with preds.open("w", encoding="utf-8") as out:
            for article in articles:
                doc = load_page(args.shared, article["source"])
                for s in detect(doc, actors_of(article)) if doc else ():
                    row = {"file": article["file"], "actor": s.actor_id, "kind": s.kind, "text": s.text}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        score = subprocess.run([sys.executable, str(args.shared / "tools" / "score_statements.py"),
                                str(gold), str(preds)], capture_output=True, text=True, check=True)
    print(f"held-out gold: {len(articles)} articles from {len(files)} files")
    print(score.stdout.rstrip())


if __name__ == "__main__":
    main()
