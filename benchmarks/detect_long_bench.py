"""detect() on long and malformed pages: does its time grow in proportion to the page?

    python benchmarks/detect_long_bench.py [--shared ../shared] [--scale 4]

Fetch accepts bodies up to 10 MB, and scraped text can lose its paragraph breaks or its full
stops. For each shape below the page is built at 1x and at SCALE x its size, and detect() is
timed on both (the best of three runs), beside the trivial quote-mark scan of detect_bench.py
on the same text. The growth column is the time at SCALE x over the time at 1x: about SCALE for
time linear in the page's length, about SCALE squared for quadratic. Shapes: the 65 news pages
run together as one article (when ../shared is there); one paragraph of many sentences; quotes
alternating with their attributions; a list of straight quotes with no full stop; a sentence
that never ends; nested quote marks; dashed asides; a paragraph per line.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import TIMING_ACTORS, load_page  # noqa: E402
from worker.detect import detect  # noqa: E402
from worker.records import Document  # noqa: E402

_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
Shape = Callable[[int], tuple[str, ...]]  # size factor -> paragraphs


def _shapes(shared: Path) -> dict[str, Shape]:
    shapes: dict[str, Shape] = {
        "one paragraph, 3,000 sentences": lambda k: ("Trump said the talks were good. " * 3000 * k,),
        "quotes and attributions": lambda k: ("“We will win,” Trump said. " * 3000 * k,),
        "straight quotes, no stop": lambda k: ('"We will win," Trump said "and ' * 3000 * k,),
        "a sentence that never ends": lambda k: ("Trump said the talks with Putin went on and " * 1500 * k,),
        "nested quote marks": lambda k: ("Trump said “‘“‘" * 2000 * k + "”",),
        "dashed asides": lambda k: ("Trump -- a man -- said " * 3000 * k,),
        "a paragraph per line": lambda k: ("Putin said it was over, he told me.",) * 5000 * k,
    }
    pages = sorted((shared / "corpus" / "news").rglob("*.html.gz"))
    if pages:
        docs = [load_page(shared, str(p.relative_to(shared))) for p in pages]
        paras = tuple(p for d in docs if d for p in d.paragraphs)
        shapes = {"the 65 news pages as one": lambda k: paras * k, **shapes}
    return shapes


def _best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    k = args.scale
    print(f"{'shape':32s} {'chars at 1x':>12s} {'detect 1x':>10s} {f'{k}x':>9s} {'growth':>7s}"
          f" {'scan 1x':>9s} {f'{k}x':>9s} {'growth':>7s}")
    for name, shape in _shapes(args.shared).items():
        row = []
        for factor in (1, k):
            doc = Document(title="", paragraphs=shape(factor), source="text")
            text = doc.text
            row.append((len(text), _best(lambda d=doc: detect(d, TIMING_ACTORS)),
                        _best(lambda t=text: _QUOTE_MARKS.findall(t))))
        (n, d1, s1), (_, dk, sk) = row
        print(f"{name:32s} {n:>12,d} {d1:>9.3f}s {dk:>8.3f}s {dk / d1:>6.1f}x"
              f" {s1 * 1000:>7.2f}ms {sk * 1000:>7.2f}ms {sk / s1:>6.1f}x")


if __name__ == "__main__":
    main()
