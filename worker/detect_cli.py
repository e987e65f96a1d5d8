"""`onrecord detect`: extraction and statement detection on files or URLs, printed."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from worker.config import Config
from worker.detect import detect
from worker.extract import document_from_html, document_from_text
from worker.fetch import fetch_url
from worker.fetch.client import build_client
from worker.records import Document


def _read(path: str, config: Config) -> Document | None:
    if path.startswith(("http://", "https://")):
        with build_client(timeout=config.fetch.timeout,
                          allow_private_networks=config.fetch.allow_private_networks,
                          allow_networks=config.fetch.allow_networks) as client:
            page = fetch_url(client, path, max_bytes=config.fetch.max_bytes)
        if not page.ok or page.body is None:
            raise OSError(page.error or f"HTTP {page.status}")
        return document_from_html(page.body, url=page.final_url or path)
    raw = Path(path).read_bytes()
    name = path.lower()
    if name.endswith(".gz"):
        raw, name = gzip.decompress(raw), name[:-3]
    if name.endswith((".html", ".htm", ".xhtml")):
        return document_from_html(raw, url=path)
    return document_from_text(raw.decode("utf-8", errors="replace"), url=path)


def detect_paths(config: Config, paths: Sequence[str], *, as_json: bool, explain: bool) -> int:
    actors = config.actor_refs()
    status = 0
    for path in paths:
        try:
            document = _read(path, config)
        except (OSError, ValueError) as exc:
            print(f"{path}: cannot read: {exc}", file=sys.stderr)
            status = 1
            continue
        if document is None:
            print(f"{path}: no article text found", file=sys.stderr)
            continue
        found = detect(document, actors)
        if not found and explain:  # an admin tuning aliases learns the file was read (on stderr)
            print(f"{path}: no statement by a tracked actor", file=sys.stderr)
        for s in found:
            if as_json:
                row = {"file": path, "actor": s.actor_id, "kind": s.kind, "text": s.text,
                       "speaker": s.speaker, "confidence": round(s.confidence, 3)}
                if explain:
                    row |= {"start": s.start, "end": s.end, "evidence": list(s.evidence)}
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(f"{path}: {s.actor_id} ({s.kind}, {s.confidence:.2f}, as {s.speaker!r}): {s.text}")
                if explain:
                    print(f"    at {s.start}-{s.end}; " + "; ".join(s.evidence))
    return status
