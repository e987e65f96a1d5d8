"""Routing and novelty are pure: tables of cases."""

from __future__ import annotations

import pytest

from worker.config import Route
from worker.novelty import fingerprint, judge, split_entries
from worker.records import FeedEntry, Statement
from worker.route import plan_alerts

PESKOV_D = Statement("peskov", "direct", "Nobody came here,", "Peskov", confidence=0.9)
PESKOV_I = Statement("peskov", "indirect", "Moscow would honor its obligations", "Peskov", confidence=0.6)
PUTIN_D = Statement("putin", "direct", "There are big differences", "Putin", confidence=0.95)
KREMLIN = Statement("kremlin", "indirect", "rejected the accusation", "the Kremlin", confidence=0.4)

ALL = Route(channels=("desk",))
CASES = [
    # (routes, statements, expected plans as (actor, indexes, channels))
    ([ALL], [PESKOV_D, PUTIN_D], [("peskov", (0,), ("desk",)), ("putin", (1,), ("desk",))]),
    ([ALL], [PESKOV_D, PUTIN_D, PESKOV_I],
     [("peskov", (0, 2), ("desk",)), ("putin", (1,), ("desk",))]),
    ([Route(actors=("putin",), channels=("desk",))], [PESKOV_D, PUTIN_D], [("putin", (1,), ("desk",))]),
    ([Route(channels=("desk",)), Route(actors=("peskov",), channels=("mail", "desk"))], [PESKOV_D],
     [("peskov", (0,), ("desk", "mail"))]),
    ([Route(channels=("desk",), kinds=("direct",))], [PESKOV_I, KREMLIN], []),
    ([Route(channels=("desk",), min_confidence=0.5)], [KREMLIN, PESKOV_I], [("peskov", (1,), ("desk",))]),
    ([], [PESKOV_D], []),
]


@pytest.mark.parametrize(("routes", "statements", "expected"), CASES)
def test_plan_alerts(routes, statements, expected) -> None:  # type: ignore[no-untyped-def]
    judged = judge(statements, set())
    plans = plan_alerts(judged, routes)
    assert [(p.actor_id, p.statement_indexes, p.channel_ids) for p in plans] == expected


def test_known_statements_are_not_novel_and_route_nowhere() -> None:
    judged = judge([PESKOV_D, PUTIN_D], {fingerprint(PESKOV_D)})
    assert [novel for _s, _f, novel in judged] == [False, True]
    assert [p.actor_id for p in plan_alerts(judged, [ALL])] == ["putin"]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Nobody came here,", "“Nobody came here.”", True),
    ("Nobody came  here", "nobody came here", True),
    ("We don’t delay", "We don't delay", True),
    ("Nobody came here", "Nobody came there", False),
])
def test_fingerprint_ignores_case_punctuation_and_quote_style(a: str, b: str, same: bool) -> None:
    first, second = Statement("x", "direct", a, "X"), Statement("x", "direct", b, "X")
    assert (fingerprint(first) == fingerprint(second)) is same


def test_same_words_by_another_actor_are_another_statement() -> None:
    by_a, by_b = Statement("a", "direct", "No", "A"), Statement("b", "direct", "No", "B")
    assert fingerprint(by_a) != fingerprint(by_b)


def test_repeat_inside_one_article_alerts_once() -> None:
    judged = judge([PESKOV_D, PESKOV_D], set())
    assert [novel for _s, _f, novel in judged] == [True, False]


def test_split_entries_keeps_unknown_keys_once_and_sets_edits_apart() -> None:
    a, b = FeedEntry("guid:a", content_hash="1"), FeedEntry("guid:b", content_hash="2")
    c = FeedEntry("guid:c")
    b_edited = FeedEntry("guid:b", content_hash="2b")
    assert split_entries([a, b, a, c], {"guid:b": "2"}, {}) == ((a, c), ())
    assert split_entries([b_edited], {"guid:b": "2"}, {}) == ((), (b_edited,))
