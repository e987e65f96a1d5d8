"""Every file of ../shared/corpus/feeds, served over loopback, fetched and parsed.

Files are served with the Content-type their test header declares (feedparser's
HTTP cases), else by extension, and .rdf and extension-less files as
application/octet-stream so that sniffing is exercised. The fetch goes through
the guarded batch client with only 127.0.0.1 admitted.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from poll_servers import send, serve

from worker.fetch.batch import fetch_many_sync
from worker.parse import parse_feed
from worker.parse.fast_path import parse_fast
from worker.parse.feedparser_path import parse_slow
from worker.records import FeedEntry

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FEEDS = SHARED / "corpus" / "feeds"
REAL = FEEDS / "real"

pytestmark = pytest.mark.corpus

_HEADER_TYPE = re.compile(rb"^Header:\s*Content-type:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_BY_EXTENSION = {".xml": "application/xml", ".json": "application/json"}

# Real feeds where the two parsers cannot be compared, and why. Any other
# disagreement fails the test.
TOLERATED = {
    "edge-cases/jsonfeed-humanwhocodes.json": "JSON Feed: feedparser 6.0.x cannot read JSON",
    "fastfeedparser-integration/json_feed_sample.json": "JSON Feed: feedparser 6.0.x cannot read JSON",
    "edge-cases/malformed-rss-prefix-dylanharris.xml":
        "junk before <rss>: feedparser finds 0 entries, the fast path recovers 35",
    "fastfeedparser-integration/malformed_rss_namespaced.xml":
        "undeclared namespace prefix: feedparser finds 0 entries, the fast path 2",
    "miniflux/rdf_UTF8.xml": "RSS 0.90 RDF: the fast path finds 0 entries, so parse_feed falls back",
    "miniflux/no_encoding_ISO-8859-1.xml":
        "undeclared Latin-1: the fast path decodes U+FFFD, so parse_feed falls back",
}


def _require_shared() -> None:
    if not FEEDS.is_dir():
        pytest.skip(f"{FEEDS} is absent: the shared corpus ships beside the repository")


def _content_type(path: Path, body: bytes) -> str:
    declared = _HEADER_TYPE.search(body[:2000])
    if declared:
        return declared.group(1).decode("latin-1")
    return _BY_EXTENSION.get(path.suffix, "application/octet-stream")


@pytest.fixture(scope="module")
def corpus_results() -> list[tuple[str, object, object]]:
    _require_shared()
    files = sorted(p for p in FEEDS.rglob("*") if p.is_file())
    routes = {}
    for path in files:
        body = path.read_bytes()
        ctype = _content_type(path, body)
        routes["/" + path.relative_to(FEEDS).as_posix()] = (
            lambda h, b=body, t=ctype: send(h, 200, b, t))
    with serve(routes) as server:
        requests = [(server.url(route), None, None) for route in routes]
        fetched = fetch_many_sync(requests, concurrency=16, per_host_limit=16,
                                  allow_networks=["127.0.0.1/32"])
        assert len(server.hits) == len(files)
    out = []
    for route, result in zip(routes, fetched, strict=True):
        parsed = parse_feed(result.body, result.final_url, result.content_type) if result.ok else None
        out.append((route, result, parsed))
    return out


def test_every_corpus_file_ends_with_entries_or_a_readable_error(corpus_results) -> None:
    outcomes = {"entries": 0, "fetch error": 0, "parse error": 0, "empty feed": 0}
    for route, result, parsed in corpus_results:
        if not result.ok:
            assert result.error and result.error.isprintable(), route
            outcomes["fetch error"] += 1
        elif parsed.entries:
            outcomes["entries"] += 1
        elif parsed.error:
            assert parsed.error.isprintable() and len(parsed.error) < 1000, route
            outcomes["parse error"] += 1
        else:
            # No usable item: feedparser's feed-level and field-level cases (a
            # feed with no items, an entry holding only a geo point or an
            # author). The fast path found none, so feedparser had the last word.
            assert parsed.parser == "feedparser", route
            outcomes["empty feed"] += 1
    print("corpus outcomes:", outcomes)
    assert outcomes["entries"] > 1000
    refused = [result.error for _, result, _ in corpus_results if not result.ok]
    # LICENSE, SOURCE.md and the TSV indexes: plain text, refused by sniffing.
    assert len(refused) <= 6 and all("unsupported content type" in e for e in refused), refused


def test_every_real_feed_yields_entries(corpus_results) -> None:
    real = {route: (result, parsed) for route, result, parsed in corpus_results
            if route.startswith("/real/")}
    for row in _real_feeds():
        result, parsed = real["/real/" + row]
        assert result.ok and parsed.entries and parsed.error is None, row


def _real_feeds() -> list[str]:
    with (REAL / "INDEX.tsv").open(newline="") as handle:
        return [r["file"] for r in csv.DictReader(handle, delimiter="\t") if r["role"] == "feed"]


def _norm(entry: FeedEntry) -> tuple[str, str, str, object]:
    # Exact comparison: the shared clean-up in worker/parse/fields.py (UTC to the
    # second, stripped text, a GUID equal to the link dropped) is all it needs.
    return entry.guid, entry.link, entry.title, entry.published


def test_fast_path_and_feedparser_agree_on_real_feeds(corpus_results) -> None:
    bodies = {route: result.body for route, result, _ in corpus_results}
    disagreements: dict[str, str] = {}
    compared = 0
    for name in _real_feeds():
        body = bodies["/real/" + name]
        failure = ""
        try:
            _, fast = parse_fast(body)
        except Exception as exc:
            fast, failure = (), f"fast path raised {exc!r}"
        _, slow, _, _ = parse_slow(body, "", "")
        fast_rows, slow_rows = [_norm(e) for e in fast], [_norm(e) for e in slow]
        if fast_rows != slow_rows:
            failure = failure or f"{len(fast_rows)} vs {len(slow_rows)} entries"
            for a, b in zip(fast_rows, slow_rows, strict=False):
                if a != b:
                    failure = f"fast {a!r} != feedparser {b!r}"
                    break
            disagreements[name] = failure
        else:
            compared += len(fast_rows)
    for name, why in disagreements.items():
        print(f"tolerated {name}: {TOLERATED.get(name, why)}")
    unexpected = {k: v for k, v in disagreements.items() if k not in TOLERATED}
    assert unexpected == {}
    assert set(disagreements) == set(TOLERATED), "a tolerated disagreement went away: update TOLERATED"
    assert compared > 1000  # entries on which id, link, title and published matched exactly
