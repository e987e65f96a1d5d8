"""The seed article: every expected statement, nothing for the named non-speaker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from worker.detect import detect
from worker.extract import document_from_text
from worker.records import ActorRef

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seed"


@pytest.mark.corpus
def test_seed_article_scores_perfectly(tmp_path: Path) -> None:
    if not (SEED / "luhansk-article.txt").exists():
        pytest.skip(f"shared seed not found at {SEED} (the repo's sibling ../shared)")
    gold_path = SEED / "luhansk-article.expected.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    actors = [
        ActorRef(a["id"], a["name"], a.get("kind", "person"), tuple(a.get("aliases", ())))
        for a in gold["actors"]
    ]
    doc = document_from_text((SEED / "luhansk-article.txt").read_text(encoding="utf-8"))
    statements = detect(doc, actors)
    preds = tmp_path / "preds.jsonl"
    with preds.open("w", encoding="utf-8") as fh:
        for s in statements:
            row = {
                "file": gold["article"],
                "actor": s.actor_id,
                "kind": s.kind,
                "text": s.text,
                "speaker": s.speaker,
                "confidence": s.confidence,
            }
            fh.write(json.dumps(row) + "\n")
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_statements.py"), str(gold_path), str(preds)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "f1=1.000" in result.stdout, result.stdout
    assert all(s.actor_id != "trump" for s in statements)
    assert [s.start for s in statements] == sorted(s.start for s in statements)
    for s in statements:
        assert 0.0 <= s.confidence <= 1.0 and s.evidence
        if "direct:split" not in s.evidence:
            assert doc.text[s.start : s.end] == s.text
