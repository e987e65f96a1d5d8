"""Entry identity that survives publishers: tables of cases."""

from __future__ import annotations

import dataclasses

import pytest

from worker.novelty import split_entries
from worker.parse.identity import (
    canonical_link,
    entry_key,
    guids_unstable,
    keyed,
)
from worker.records import FeedEntry


def _e(guid: str = "", link: str = "", title: str = "t", summary: str = "s",
       content_hash: str = "h") -> FeedEntry:
    return FeedEntry(key="", guid=guid, link=link, title=title, summary=summary,
                     content_hash=content_hash)


@pytest.mark.parametrize(("link", "canonical"), [
    ("https://ex.org/a?utm_source=rss&utm_medium=x", "https://ex.org/a"),
    ("https://www.bbc.com/news/x?at_medium=RSS&at_campaign=rss", "https://www.bbc.com/news/x"),
    ("HTTPS://Ex.Org:443/a?id=7&fbclid=abc#frag", "https://ex.org/a?id=7"),
    ("http://ex.org:80", "http://ex.org/"),
    ("https://ex.org/a?page=2", "https://ex.org/a?page=2"),
    ("  ", ""),
])
def test_canonical_link(link: str, canonical: str) -> None:
    assert canonical_link(link) == canonical


@pytest.mark.parametrize(("args", "use_guid", "key"), [
    (("g1", "https://ex.org/a", "t", "s"), True, "guid:g1"),
    (("g1", "https://ex.org/a?utm_source=x", "t", "s"), False, "link:https://ex.org/a"),
    (("", "https://ex.org/a?utm_source=x", "t", "s"), True, "link:https://ex.org/a"),
    (("  ", "", "t", "s"), True, "hash:"),
])
def test_entry_key_layers(args: tuple[str, str, str, str], use_guid: bool, key: str) -> None:
    assert entry_key(*args, use_guid=use_guid).startswith(key)


def test_same_text_same_hash_key() -> None:
    assert entry_key("", "", "Title", "Body") == entry_key("", "", "Title ", " Body")


def test_keyed_makes_keys_unique_within_a_fetch() -> None:
    entries = [_e("g", "https://ex.org/1"), _e("g", "https://ex.org/2"), _e("g", "https://ex.org/2")]
    keys = [e.key for e in keyed(entries)]
    assert keys[0] == "guid:g" and keys[1] == "link:https://ex.org/2"
    assert keys[2].startswith("link:https://ex.org/2|") and len(set(keys)) == 3


@pytest.mark.parametrize(("previous", "entries", "unstable"), [
    ({}, [_e("g1", "https://ex.org/a")], False),  # first sighting
    ({"https://ex.org/a": "g1"}, [_e("g1", "https://ex.org/a?utm_source=x")], False),
    ({"https://ex.org/a": "g1"}, [_e("g2", "https://ex.org/a")], True),  # GUID churned
    ({"https://ex.org/a": "g1"}, [_e("", "https://ex.org/a")], False),  # GUID dropped: not churn
    ({}, [_e("g", "https://ex.org/a"), _e("g", "https://ex.org/b")], True),  # one GUID, two stories
    ({}, [_e("g1", "https://ex.org/a"), _e("g2", "https://ex.org/b")], False),
])
def test_guids_unstable(previous: dict[str, str], entries: list[FeedEntry], unstable: bool) -> None:
    assert guids_unstable(previous, entries) is unstable


def test_a_guid_moving_to_another_link_marks_the_feed_unstable() -> None:
    assert guids_unstable({"https://ex.org/a": "g1"}, [_e("headline-v2", "https://ex.org/a?utm_source=rss")])
    assert not guids_unstable({"https://ex.org/a": "g1"}, [_e("g1", "https://ex.org/a")])


def test_an_edited_entry_is_not_new() -> None:
    a, b = keyed([_e("g1", content_hash="h1"), _e("g2", content_hash="h2")])
    edited_a = dataclasses.replace(a, title="fixed typo", content_hash="h1b")
    c = keyed([_e("g3", content_hash="h3")])[0]
    new, edited = split_entries([edited_a, b, c], {a.key: "h1", b.key: "h2"}, {})
    assert new == (c,) and edited == (edited_a,)


def test_a_churned_guid_on_a_known_link_is_not_new() -> None:
    stored = keyed([_e("g1", "https://ex.org/a", content_hash="h1")])[0]
    churned = keyed([_e("g1-v2", "https://ex.org/a?utm_source=rss", content_hash="h1")])[0]
    new, edited = split_entries([churned], {stored.key: "h1"}, {"https://ex.org/a": "h1"})
    assert new == () and edited == ()


def test_rekeying_an_unstable_feed_by_link_recognises_known_entries() -> None:
    before = keyed([_e("v1-headline", "https://ex.org/a")], use_guid=False)
    after = keyed([_e("v2-headline", "https://ex.org/a?utm_source=rss")], use_guid=False)
    assert before[0].key == after[0].key == "link:https://ex.org/a"
