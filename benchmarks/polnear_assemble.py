"""Assemble PolNeAR article texts from chunk files copied out of a file index, and check them.

    python benchmarks/polnear_assemble.py [LISTFILE]

Where the texts cannot be downloaded (no internet), helper sessions copy each file's
`read_file` answer, verbatim, into `$POLNEAR_DIR/chunks/<name>.<offset>.json` (a JSON object
with "path", "offset", "total_chars" and "text"; benchmarks/POLNEAR.md has the brief). This
script joins the chunks of each path in offset order and writes `$POLNEAR_DIR/<path>` only
when the joined text is exactly `total_chars` long and holds every gold `must_contain` of
that file (quote style and spacing aside: PolNeAR texts keep double spaces and curly quotes
the gold may not). It prints OK / BAD / MISSING per path, of LISTFILE's paths or of every
chunk's, and a last line "bad N of M".
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import POLNEAR_DIR  # noqa: E402

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(text: str) -> str:
    # quote marks dropped, as the scorer drops them: 'is “deeply regrettable.”' holds the gold
    # phrase 'is deeply regrettable'
    return re.sub(r"\s+", " ", re.sub(r"[\"']", "", text.translate(_QUOTES)))


def _gold_phrases() -> dict[str, list[str]]:
    phrases: dict[str, list[str]] = {}
    gold = ROOT / "tests" / "data" / "gold"
    for f in [*gold.glob("polnear/*.json"), *gold.glob("holdout/polnear*.json")]:
        for art in json.loads(f.read_text("utf-8"))["articles"]:
            path = art["source"].removeprefix("polnear:")
            phrases.setdefault(path, []).extend(s.get("must_contain", "") for s in art["statements"])
    return phrases


def main() -> int:
    chunks: dict[str, list[dict]] = {}
    for c in sorted((POLNEAR_DIR / "chunks").glob("*.json")):
        try:
            d = json.loads(c.read_text("utf-8"))
        except ValueError as exc:
            print("UNREADABLE", c, exc)
            continue
        chunks.setdefault(d["path"], []).append(d)
    paths = Path(sys.argv[1]).read_text().split() if len(sys.argv) > 1 else sorted(chunks)
    phrases = _gold_phrases()
    bad = 0
    for path in paths:
        parts = sorted(chunks.get(path, []), key=lambda d: d["offset"])
        if not parts:
            print("MISSING", path)
            bad += 1
            continue
        text = ""
        for d in parts:
            if d["offset"] != len(text):
                break
            text += d["text"]
        normed = _norm(text)
        missing = [p for p in phrases.get(path, []) if p and _norm(p) not in normed]
        if len(text) != parts[0]["total_chars"] or missing:
            print("BAD", path, "length", len(text), "of", parts[0]["total_chars"], "missing", missing[:3])
            bad += 1
            continue
        out = POLNEAR_DIR / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, "utf-8", newline="")
        print("OK", path)
    print("bad", bad, "of", len(paths))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
