"""Instructions detect() executes over the 65 news pages, beside a baseline, counted by callgrind.

    python benchmarks/detect_instructions.py [--shared ../shared]

Wall-clock time differs by a factor of two between machines (and by some 5% between runs on one),
so the ms figure of detect_bench.py only compares code run side by side. An instruction count
does not depend on the machine: this script extracts the pages once, then runs detect() over them
under `valgrind --tool=callgrind`, and the trivial quote-mark scan of detect_bench.py the same way,
and prints each one's instructions per article net of a run that only loads the pages; then
detect()'s over the pages that name a tracked actor alone (the others end after name matching). Needs
valgrind on the PATH; takes a few minutes (callgrind runs Python some 50 times slower).
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_COLLECTED = re.compile(r"Collected : (\d+)")


def _run(mode: str, pages: Path) -> None:
    """The body callgrind counts: load the pages, warm the regex caches, then run `mode`."""
    from benchmarks.detect_bench import _QUOTE_MARKS, TIMING_ACTORS
    from worker.detect import detect

    docs = pickle.loads(pages.read_bytes())
    detect(docs[0], TIMING_ACTORS)  # compile the patterns in every mode alike
    if mode == "detect":
        for doc in docs:
            detect(doc, TIMING_ACTORS)
    elif mode == "baseline":
        for doc in docs:
            _QUOTE_MARKS.findall(doc.text)


def _named(docs: list) -> list:
    """The pages that name a tracked actor (the others end after name matching)."""
    from benchmarks.detect_bench import TIMING_ACTORS
    from worker.detect.article import Article

    return [doc for doc in docs if Article.build(doc, TIMING_ACTORS)]


def _count(mode: str, pages: Path) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--run", mode, str(pages)]
    # one hash seed for every run: set and dict orders (and so the counts) are the same each time
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stderr
    found = _COLLECTED.search(out)
    if found is None:
        sys.exit(f"callgrind printed no count for {mode}:\n{out[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--run", nargs=2, metavar=("MODE", "PAGES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        _run(args.run[0], Path(args.run[1]))
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: install it (Debian: apt-get install valgrind)")
    from benchmarks.detect_bench import load_page

    files = sorted((args.shared / "corpus" / "news").rglob("*.html.gz"))
    docs = [d for d in (load_page(args.shared, str(p.relative_to(args.shared))) for p in files) if d]
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages.pickle"
        pages.write_bytes(pickle.dumps(docs))
        idle = _count("none", pages)
        ours, base = _count("detect", pages) - idle, _count("baseline", pages) - idle
        chosen = _named(docs)  # the same count again over those pages alone, with an idle run of its own
        n = len(chosen)
        pages.write_bytes(pickle.dumps(chosen))
        named = _count("detect", pages) - _count("none", pages)
    print(f"instructions over {len(docs)} news pages, extraction excluded (callgrind):")
    print(f"  detect():            {ours / 1e6:8.1f}M in all, {ours / len(docs) / 1e6:6.2f}M per article")
    print(f"    the {n} naming a tracked actor: {named / 1e6:8.1f}M, {named / n / 1e6:6.2f}M per article")
    print(f"  baseline quote scan: {base / 1e6:8.1f}M in all, {base / len(docs) / 1e6:6.2f}M per article")


if __name__ == "__main__":
    main()
