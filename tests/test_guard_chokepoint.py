"""One outbound-HTTP chokepoint (checklist 1.8): a lint over worker/.

Feed URLs, entry links and redirect targets are attacker-influenced; they
must be fetched only through worker.fetch (guarded transport, caps, scheme
checks). A parser or extractor handed a URL or a path fetches or opens it
itself, with none of those checks. This test fails on any new code path that
would reopen the hole, so that adding one is a decision, not an accident.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[1] / "worker"

# pattern -> the only files allowed to contain it (relative to worker/)
RULES: dict[str, frozenset[str]] = {
    r"\bhttpx\.(Client|AsyncClient)\(": frozenset({"fetch/client.py"}),
    r"\bhttpx\.(get|post|put|head|request|stream)\(": frozenset({
        # An admin-configured webhook, not feed content; still worth routing
        # through a guarded client some day (checklist 1.8 names Slack too).
        "channels/slack.py",
    }),
    r"\b(HTTPTransport|AsyncHTTPTransport)\(": frozenset({"fetch/guard.py"}),
    r"\bfeedparser\.parse\(": frozenset({"parse/feedparser_path.py"}),
    r"\bfastfeedparser\.parse\(": frozenset({"parse/fast_path.py"}),
    r"\btrafilatura\.fetch_url\b|\bfetch_url\s*\(\s*url\s*=": frozenset(),
    r"\burllib\.request\b|\burlopen\(|^\s*import requests\b|^\s*from requests\b": frozenset(),
    r"\b(etree|lxml\.html)\.parse\(": frozenset(),  # both open URLs and paths
}


def _sources() -> list[Path]:
    return sorted(WORKER.rglob("*.py"))


@pytest.mark.parametrize("pattern", list(RULES))
def test_outbound_calls_only_in_their_chokepoint(pattern: str) -> None:
    regex = re.compile(pattern, re.MULTILINE)
    offenders = []
    for path in _sources():
        rel = path.relative_to(WORKER).as_posix()
        if rel in RULES[pattern]:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if regex.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"worker/{rel}:{number}: {line.strip()}")
    assert offenders == [], "outbound call outside worker.fetch:\n" + "\n".join(offenders)


def test_parsers_are_handed_bytes_only() -> None:
    # feedparser takes a str as a URL or a file path: only BytesIO may reach it.
    source = (WORKER / "parse" / "feedparser_path.py").read_text(encoding="utf-8")
    calls = re.findall(r"feedparser\.parse\((io\.BytesIO\(\w+\)|[^,)]*)", source)
    assert calls == ["io.BytesIO(body)"]
