"""`onrecord detect`: the JSON-lines contract other tools rely on, on texts and pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.site import article_page


def _actors_only_config(tmp: Path, seed: Path) -> Path:
    expected = json.loads((seed / "luhansk-article.expected.json").read_text())
    lines = ["actors:"]
    for actor in expected["actors"]:
        lines.append(f"  - {json.dumps(actor)}")
    config = tmp / "actors.yaml"
    config.write_text("\n".join(lines) + "\n")
    return config


def _detect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "worker.cli", "detect", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_seed_text_scores_perfectly_through_the_cli(tmp_path: Path, shared: Path) -> None:
    seed = shared / "seed"
    config = _actors_only_config(tmp_path, seed)
    result = _detect("--config", str(config), "--json", str(seed / "luhansk-article.txt"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) == {"file", "actor", "kind", "text", "speaker", "confidence"} for r in rows)
    assert all(r["kind"] in ("direct", "indirect") and 0 <= r["confidence"] <= 1 for r in rows)
    assert not any(r["actor"] == "trump" for r in rows)
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(result.stdout)
    score = subprocess.run([sys.executable, str(shared / "tools" / "score_statements.py"),
                            str(seed / "luhansk-article.expected.json"), str(predictions)],
                           capture_output=True, text=True, check=True)
    assert "f1=1.000" in score.stdout, score.stdout


def test_html_page_goes_through_extraction_and_explain_shows_evidence(tmp_path: Path, shared: Path) -> None:
    seed = shared / "seed"
    config = _actors_only_config(tmp_path, seed)
    page = tmp_path / "story.html"
    text = (seed / "luhansk-article.txt").read_text()
    page.write_bytes(article_page("Kremlin rejects US accusation", text))
    missing = tmp_path / "nope.html"
    result = _detect("--config", str(config), "--json", "--explain", str(missing), str(page))
    assert result.returncode == 1 and "nope.html: cannot read" in result.stderr  # the others still run
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    nobody = [r for r in rows if "Nobody came here" in r["text"]]
    assert nobody and nobody[0]["actor"] == "peskov" and nobody[0]["kind"] == "direct"
    assert nobody[0]["evidence"] and nobody[0]["end"] > nobody[0]["start"]


def test_explain_says_when_a_file_holds_no_statement(tmp_path: Path, shared: Path) -> None:
    config = _actors_only_config(tmp_path, shared / "seed")
    quiet = tmp_path / "weather.txt"
    quiet.write_text("Weather\n\nIt rained in Paris on Monday, the forecaster said.\n")
    result = _detect("--config", str(config), "--json", "--explain", str(quiet))
    assert result.returncode == 0 and result.stdout == ""
    assert "weather.txt: no statement by a tracked actor" in result.stderr
    assert _detect("--config", str(config), "--json", str(quiet)).stderr == ""
