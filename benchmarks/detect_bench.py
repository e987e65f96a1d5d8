"""Statement detection on the development gold set, and its speed.

    python benchmarks/detect_bench.py [--show] [--by-file] [--shared ../shared] [--out preds.jsonl]
    python benchmarks/detect_bench.py --gold tests/data/gold/polnear --by-file --no-timing

For every article of tests/data/gold/*.json: extract the page from the shared
folder, run detect() with that article's actors, write the predictions as JSON
lines and score them with shared/tools/score_statements.py (statement F1,
precision, recall; alert precision and recall). Then time detect() alone
(extraction excluded) over every page of shared/corpus/news, beside a trivial
baseline (one regex scan for quote marks) over the same texts: five rounds, the median
round's mean per article (one round varies by some 5% from run to run). Pages that name none
of the timing actors end after name matching, so the mean over the pages that do name one is
printed too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.detect import detect  # noqa: E402
from worker.detect.article import Article  # noqa: E402
from worker.extract import document_from_html, document_from_text  # noqa: E402
from worker.records import ActorRef, Document  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
# A representative tracked list for timing: a dozen people and organisations.
TIMING_ACTORS = (
    ActorRef("trump", "Donald Trump"),
    ActorRef("obama", "Barack Obama"),
    ActorRef("clinton", "Hillary Clinton"),
    ActorRef("putin", "Vladimir Putin"),
    ActorRef("peskov", "Dmitry Peskov", aliases=("Kremlin spokesman",)),
    ActorRef("zelensky", "Volodymyr Zelensky"),
    ActorRef("pelosi", "Nancy Pelosi"),
    ActorRef("kremlin", "Kremlin", "organization"),
    ActorRef("whitehouse", "White House", "organization"),
    ActorRef("doj", "Department of Justice", "organization", ("DOJ",)),
    ActorRef("fed", "Federal Reserve", "organization", ("Fed",)),
    ActorRef("boeing", "Boeing", "organization"),
)


# PolNeAR's article texts are the publishers' and carry no licence to redistribute, so they stay out
# of the repository: gold names them "polnear:data/<split>/text/NAME.txt", read from a local copy of
# the public PolNeAR repository (commit 9b85973d) at $POLNEAR_DIR, by default beside the project.
POLNEAR_DIR = Path(os.environ.get("POLNEAR_DIR", ROOT.parent / "polnear"))


def _polnear_path(source: str) -> Path | None:
    return POLNEAR_DIR / source.removeprefix("polnear:") if source.startswith("polnear:") else None


def _text_present(source: str) -> bool:
    local = _polnear_path(source)
    return local is None or local.exists()


def load_page(shared: Path, source: str) -> Document | None:
    local = _polnear_path(source)
    if local is not None:
        return document_from_text(local.read_text("utf-8"))
    path = shared / source
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return document_from_html(raw)


def actors_of(article: dict) -> list[ActorRef]:
    return [
        ActorRef(a["id"], a["name"], a.get("kind", "person"), tuple(a.get("aliases", ())))
        for a in article["actors"]
    ]


def load_gold(files: list[Path]) -> dict[str, list[dict]]:
    """file name -> its gold articles, leaving out (and counting) those whose text is absent."""
    per_file = {f.name: json.loads(f.read_text("utf-8"))["articles"] for f in files}
    missing = 0
    for name, articles in per_file.items():
        kept = [a for a in articles if _text_present(a["source"])]
        missing += len(articles) - len(kept)
        per_file[name] = kept
    if missing:
        print(f"skipped {missing} PolNeAR articles whose text is not under {POLNEAR_DIR}")
    return per_file


def predict(shared: Path, articles: list[dict], out: Path) -> None:
    """detect() on every article once, as JSON lines the scorer reads."""
    with out.open("w", encoding="utf-8") as fh:
        for art in articles:
            doc = load_page(shared, art["source"])
            for s in detect(doc, actors_of(art)) if doc else ():
                row = {"file": art["file"], "actor": s.actor_id, "kind": s.kind, "text": s.text,
                       "speaker": s.speaker, "confidence": s.confidence}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def scored(shared: Path, articles: list[dict], preds: Path, show: bool = False) -> str:
    """shared/tools/score_statements.py's report on `articles` (predictions of other files
    in `preds` are not read)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.json"
        gold.write_text(json.dumps({"articles": articles}), "utf-8")
        cmd = [sys.executable, str(shared / "tools" / "score_statements.py"), str(gold), str(preds)]
        return subprocess.run(cmd + (["--show"] if show else []), capture_output=True, text=True,
                              check=True).stdout.rstrip()


def score(shared: Path, show: bool, out: Path | None, by_file: bool = False, gold_dir: Path = GOLD) -> None:
    # Top level only (glob, not rglob): tests/data/gold/holdout/ is never read here.
    gold_files = sorted(gold_dir.glob("*.json"))
    per_file = load_gold(gold_files)
    articles = [a for arts in per_file.values() for a in arts]
    if not articles:
        print(f"no gold articles in {gold_dir}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        preds = out or Path(tmp) / "preds.jsonl"
        predict(shared, articles, preds)
        report = scored(shared, articles, preds, show)
        # Each file alone too: the tuned files and a newer one may tell different stories.
        parts = [f"{name}: " + " | ".join(scored(shared, arts, preds).splitlines()[1:])
                 for name, arts in (per_file.items() if by_file else ())]
    print(f"dev gold ({gold_dir}): {len(articles)} articles from {len(gold_files)} files")
    print(report)
    for line in parts:
        print(line)


ROUNDS = 5  # one pass over 65 pages varies by ±5% run to run on a shared 2-core machine


def timing(shared: Path) -> None:
    pages = sorted((shared / "corpus" / "news").rglob("*.html.gz"))
    docs = [d for d in (load_page(shared, str(p.relative_to(shared))) for p in pages) if d]
    texts = [d.text for d in docs]
    for d in docs[:3]:  # warm the regex caches, as a long-running worker would be
        detect(d, TIMING_ACTORS)
    # per article, its time in each round: the figures are the median round's mean, and the
    # p95 of each article's median time
    ours: list[list[float]] = [[] for _ in docs]
    base: list[list[float]] = [[] for _ in docs]
    for _ in range(ROUNDS):
        for i, (doc, text) in enumerate(zip(docs, texts, strict=True)):
            t0 = time.perf_counter()
            detect(doc, TIMING_ACTORS)
            t1 = time.perf_counter()
            _QUOTE_MARKS.findall(text)
            t2 = time.perf_counter()
            ours[i].append((t1 - t0) * 1000)
            base[i].append((t2 - t1) * 1000)

    def rounds(xs: list[list[float]]) -> list[float]:
        return sorted(statistics.mean(x[r] for x in xs) for r in range(ROUNDS))

    def p95(xs: list[list[float]]) -> float:
        per_article = sorted(statistics.median(x) for x in xs)
        return per_article[max(0, round(0.95 * len(per_article)) - 1)]

    chars = statistics.mean(len(t) for t in texts)
    print(
        f"speed over {len(docs)} of {len(pages)} news pages (mean {chars:.0f} chars), "
        f"{len(TIMING_ACTORS)} actors, extraction excluded, median of {ROUNDS} rounds:"
    )
    r = rounds(ours)
    print(f"  detect():            mean {statistics.median(r):.2f} ms/article  p95 {p95(ours):.2f}"
          f"  (rounds {r[0]:.2f}-{r[-1]:.2f})")
    named = [x for x, doc in zip(ours, docs, strict=True) if Article.build(doc, TIMING_ACTORS)]
    r = rounds(named)
    print(f"    the {len(named)} pages naming a tracked actor: mean {statistics.median(r):.2f} ms/article"
          f"  p95 {p95(named):.2f}")
    r = rounds(base)
    print(f"  baseline quote scan: mean {statistics.median(r):.3f} ms/article  p95 {p95(base):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", action="store_true", help="list false positives and misses")
    parser.add_argument("--out", type=Path, help="keep the predictions (JSON lines) here")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--by-file", action="store_true", help="also score each gold file alone")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files")
    args = parser.parse_args()
    if not args.shared.exists():
        sys.exit(f"shared folder not found: {args.shared}")
    score(args.shared, args.show, args.out, args.by_file, args.gold)
    if not args.no_timing:
        timing(args.shared)


if __name__ == "__main__":
    main()
