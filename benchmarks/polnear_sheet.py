"""Worksheet for turning one PolNeAR article into gold by ANNOTATING.md.

    python benchmarks/polnear_sheet.py TEXT.txt ANNOTATIONS.ann [--json]

PolNeAR (Newell, Margolin, Ruths, LREC 2018) is political news from 2016 in
which other people marked every attribution as source, cue and content spans
(brat standoff). Its annotators never saw Onrecord, so gold made from it is
independent of the detector. Their spans cover more than statements (beliefs,
demands, reports by documents), and a source may be a pronoun: this sheet
lists each attribution with its cue sorted into `speech`, `maybe` or `other`,
so that an annotator only decides who the source is and whether it counts.
With --json it prints a draft gold article whose statements still need an
actor (resolve "he", "the campaign" by reading the text).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

SPEECH = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|added|adds|wrote|writes|tweeted|tweets|posted|stated|states|"
    r"argued|argues|warned|warns|claimed|claims|denied|denies|insisted|insists|announced|announces|"
    r"explained|explains|noted|notes|testified|declared|declares|asserted|asserts|acknowledged|"
    r"admitted|admits|replied|responded|responds|continued|told|according to|statement|remarks|"
    r"recalled|recalls|suggested|suggests|predicted|predicts|promised|promises|vowed|vows|"
    r"contended|contends|maintained|maintains|conceded|concedes|pointed out|points out|"
    r"complained|complains|confirmed|confirms|reported|reports|asked|asks|quipped|joked|"
    r"added|called|calling|described|describes|pledged|pledges|urged|urges|repeated|echoed|"
    r"countered|counters|emphasized|stressed|boasted|mused|observed|concluded|reiterated)\b",
    re.I,
)
MAYBE = re.compile(
    r"\b(call(ed|s)? for|demand|accus|slam|blast|prais|criticiz|attack|defend|charg|"
    r"threaten|push|want|hope|expect|believe|think)\w*",
    re.I,
)


@dataclass(frozen=True)
class Attribution:
    ident: str
    at: int
    source: str
    cue: str
    content: tuple[str, ...]


def _fragments(where: str, covered: str) -> tuple[int, tuple[str, ...]]:
    # brat joins a discontinuous span's pieces with one space; their lengths split them back, so
    # the sheet reads the annotators' own text and a copy of the article that differs slightly
    # (a quote mark, a space) shifts nothing.
    # brat writes the pieces in the annotator's order, not always the text's: cut in that order,
    # then sort by position.
    spans = [tuple(int(x) for x in part.split()) for part in where.split(";")]
    pieces, at = [], 0
    for begin, end in spans:
        pieces.append((begin, covered[at : at + end - begin]))
        at += end - begin + 1
    pieces.sort()
    return pieces[0][0], tuple(text for _, text in pieces)


def read_ann(path: Path) -> list[Attribution]:
    spans: dict[str, tuple[int, tuple[str, ...]]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            spans[parts[0]] = _fragments(parts[1].partition(" ")[2], parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append((parts[0], dict(arg.split(":", 1) for arg in parts[1].split()[1:])))
    out = []
    for ident, roles in events:
        if "Content" not in roles:
            continue
        at, content = spans[roles["Content"]]
        source = " ".join(spans[roles["Source"]][1]) if "Source" in roles else ""
        cue = " ".join(spans[roles["Cue"]][1]) if "Cue" in roles else ""
        out.append(Attribution(ident, at, source, cue, content))
    return sorted(out, key=lambda a: a.at)


def cue_class(cue: str) -> str:
    if SPEECH.search(cue):
        return "speech"
    return "maybe" if MAYBE.search(cue) else "other"


def opening_words(text: str, limit: int = 10) -> str:
    words = text.strip().lstrip("\"“”‘'«„ ").split()
    if words and words[0].lower() == "that":  # the reported clause, not its complementiser
        words = words[1:]
    return " ".join(words[:limit])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", type=Path)
    parser.add_argument("ann", type=Path)
    parser.add_argument("--json", action="store_true", help="print a draft gold article instead")
    args = parser.parse_args()
    attributions = read_ann(args.ann)
    if args.json:
        draft = [
            {
                "id": a.ident,
                "actor": None,
                "kind": "direct" if any(q in a.content[0] for q in '"“”') else "indirect",
                "must_contain": opening_words(a.content[0]),
                "note": f"source {a.source!r}, cue {a.cue!r}",
            }
            for a in attributions
            if cue_class(a.cue) != "other"
        ]
        print(
            json.dumps(
                {
                    "file": args.text.name,
                    "source": f"polnear:{args.text.name}",
                    "actors": [],
                    "statements": draft,
                    "optional": [],
                    "forbidden_actors": [],
                },
                indent=1,
                ensure_ascii=False,
            )
        )
        return
    for a in attributions:
        frags = " | ".join(opening_words(piece, 14) for piece in a.content)
        print(f"{a.ident:5} {cue_class(a.cue):6} source={a.source!r} cue={a.cue!r}\n      {frags}")


if __name__ == "__main__":
    main()
