"""Check a gold file made from PolNeAR before it joins tests/data/gold.

    python benchmarks/polnear_gold_check.py GOLD.json

Every `must_contain` must stand in its article's text as shared/tools/score_statements.py
compares words (its own folding of quotes, dashes, case and spacing), every
statement's actor and every forbidden actor must be declared, and a `must_contain` should hold
4 to 12 words (ANNOTATING.md; a shorter one is printed as a warning) and must not open with
the "that" of a reported clause (PolNeAR's content spans do; the seed gold's do not). The texts
are read from $POLNEAR_DIR, as detect_bench.py reads them. Prints each problem and a last line
"N articles, M statements, P problems"; exits 1 when there is a problem.
"""

from __future__ import annotations

import json
import re
import runpy
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import POLNEAR_DIR  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_statements.py"
# "that" opening a reported clause, not "that was wrong" / "that fact" (content of its own)
_COMPLEMENTIZER = re.compile(
    r"that\s+(?!(?:was|is|will|would|doesn['’]t|fact|accord|to)\b)"
)


def _scorer_norm() -> Callable[[str], str]:
    """The scorer's own folding of quotes, dashes, case and spacing: a phrase stands in the
    text when it stands there as the scorer will compare it."""
    if not SCORER.exists():
        sys.exit(f"scorer not found: {SCORER} (the shared folder is needed)")
    return runpy.run_path(str(SCORER))["norm"]


def main(path: str) -> int:
    gold = json.loads(Path(path).read_text("utf-8"))
    _norm = _scorer_norm()
    problems = 0
    for art in gold["articles"]:
        local = POLNEAR_DIR / art["source"].removeprefix("polnear:")
        if not local.exists():
            print("NO TEXT", local)
            problems += 1
            continue
        text = _norm(local.read_text("utf-8"))
        ids = {a["id"] for a in art["actors"]}
        for s in art["statements"] + art.get("optional", []):
            if s["actor"] not in ids:
                print("UNKNOWN ACTOR", art["file"], s["id"], s["actor"])
                problems += 1
            if _norm(s["must_contain"]) not in text:
                print("NOT IN TEXT", art["file"], s["id"], repr(s["must_contain"]))
                problems += 1
            elif not 4 <= len(s["must_contain"].split()) <= 12:
                print("LENGTH (warning)", art["file"], s["id"], len(s["must_contain"].split()))
            if _COMPLEMENTIZER.match(s["must_contain"]):
                # PolNeAR's content spans open with "that"; the seed gold's do not ("Peskov added
                # that the date …" is "the date …"), and a statement's text is the clause alone
                print("OPENS WITH 'that'", art["file"], s["id"], repr(s["must_contain"]))
                problems += 1
        for actor in art.get("forbidden_actors", []):
            if actor not in ids:
                print("UNKNOWN FORBIDDEN", art["file"], actor)
                problems += 1
    statements = sum(len(a["statements"]) for a in gold["articles"])
    print(f"{len(gold['articles'])} articles, {statements} statements, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
