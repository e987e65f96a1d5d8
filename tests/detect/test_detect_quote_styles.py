"""Typewriter quotes: two apostrophes for a double mark, as NYT copy writes them, with a
nested single quote closing on the third apostrophe."""

from __future__ import annotations

from worker.detect import detect
from worker.detect.quotes import find_quotes
from worker.records import ActorRef, Document

PUTIN = (ActorRef("putin", "Vladimir Putin"), ActorRef("english", "Bryan English"))


def said(*paragraphs: str) -> list[tuple[str, str]]:
    return [(s.actor_id, s.text) for s in detect(Document(paragraphs=paragraphs, source="text"), PUTIN)]


def test_typewriter_quotes_are_one_quote_with_a_nested_one() -> None:
    text = "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said."
    (q,) = find_quotes([(0, text)])
    assert text[q.start : q.end] == "We are told all the time, 'Kosovo is a special case,'"


def test_a_quote_split_by_its_attribution_in_typewriter_quotes() -> None:
    text = "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''"
    found = said(text)
    assert found == [("putin", "We are told all the time, 'Kosovo is a special case,' It is all lies.")]


def test_typewriter_close_after_a_straight_open_ends_the_quote() -> None:
    # the attribution after it is no longer inside a quote left open
    found = said(
        "Bryan English spoke in Iowa.",
        "\"Part of my job is to say: 'Hey, this guy's for real. He's one of us,''' Mr. English said of "
        "Mr. Cruz. He said he had reached out to fellow social conservatives.",
    )
    assert ("english", "he had reached out to fellow social conservatives.") in found


def test_an_apostrophe_pair_with_a_space_after_opens_nothing() -> None:
    assert find_quotes([(0, "The Joneses'' house was sold, Putin said.")]) == []


def test_a_quoted_title_before_and_another_subjects_cue_is_not_attributed_to_it() -> None:
    text = 'ABC is axing its revival of "The Muppets," and on Monday, CBS said it was canceling "Rush Hour."'
    found = detect(Document(paragraphs=(text,), source="text"), (ActorRef("cbs", "CBS", "organization"),))
    assert [(s.actor_id, s.text) for s in found] == [("cbs", 'it was canceling "Rush Hour."')]


def test_a_curly_quote_closed_by_a_straight_mark_before_its_attribution() -> None:
    # '“A," X said. "B.”': the straight mark after A closes it (a curly closer further on is B's);
    # a straight pair inside a curly quote ('“He said "no" to us”') still nests
    text = '“I heard parts of the speech," Putin said. "He wants to give away our country, folks.”'
    assert [text[q.start : q.end] for q in find_quotes([(0, text)])] == [
        "I heard parts of the speech,",
        "He wants to give away our country, folks.",
    ]
    nested = '“He said "no" to us," Putin said. "Again and again.”'
    assert [nested[q.start : q.end] for q in find_quotes([(0, nested)])] == [
        'He said "no" to us,',
        "Again and again.",
    ]
    assert said(text) == [
        ("putin", "I heard parts of the speech"),
        ("putin", "He wants to give away our country, folks."),
    ]


def test_a_quote_with_no_comma_before_its_attribution() -> None:
    # '“… a battle of niches” Grubbs said.': the comma left out, the name and cue still attribute it
    found = said("“The caucus is a battle of niches” Putin said. “The RFS is a strong niche.”")
    assert found == [("putin", "The caucus is a battle of niches"), ("putin", "The RFS is a strong niche.")]


def test_a_second_quote_after_adding_is_a_statement_of_its_own() -> None:
    # usa-today_2016-08-10 (dev-31), nyt_2016-04-23 (dev-52): '“A,” X said before adding: “B.”' and
    # '“A,” X said, adding of Y, “B.”' are two statements; '“A,” X said, “B.”' stays one
    assert said(
        '"If she gets to pick her judges, nothing you can do," Putin said before adding: "Though the '
        'Second Amendment people, maybe there is."'
    ) == [
        ("putin", "If she gets to pick her judges, nothing you can do"),
        ("putin", "Though the Second Amendment people, maybe there is."),
    ]
    assert said(
        '"We\'ve started all those conversations," Mr. Putin said, adding of Mr. English, "He cares about '
        'the united team."'
    ) == [("putin", "We've started all those conversations"), ("putin", "He cares about the united team.")]
    assert said('"We\'ve started all those talks," Putin said, "and he cares about the united team."') == [
        ("putin", "We've started all those talks and he cares about the united team.")
    ]


def test_a_passive_cue_before_a_quote_ending_the_sentence_leaves_the_sentence_the_speakers() -> None:
    # politico_2016-07-11 (dev-66): "they are asked" is no attribution of its own, so the words
    # before the quote are the speaker's too, as in 'The plane is “an airborne White House,” said X'
    found = said(
        "Delegates are asked to rank their choices, and the foreign policy group is less likely to be "
        "“overrun with social conservatives,” Putin said."
    )
    assert len(found) == 1 and "the foreign policy group is less likely to be" in found[0][1]


def test_a_cue_and_name_after_typewriter_closing_marks() -> None:
    # '…,'' said X': the quote's close is the last of its marks, so the attribution follows it
    assert said("''It is not our business,'' said President Vladimir Putin of Russia.") == [
        ("putin", "It is not our business")
    ]
    assert said("\"It is not our business, 'they say,''' said President Vladimir Putin.") == [
        ("putin", "It is not our business, 'they say,'")
    ]
    (q,) = find_quotes([(0, "''It is not,'' he said.")])
    assert (q.start, q.end, q.close) == (2, 12, 13)


def test_single_guillemets_are_quote_marks() -> None:
    text = "‹We are told all the time it is lies›, said President Vladimir Putin."
    document = Document(paragraphs=(text,), source="text")
    assert [(s.actor_id, s.kind, s.text) for s in detect(document, PUTIN)] == [
        ("putin", "direct", "We are told all the time it is lies")
    ]
