"""A campaign speaks for its candidate: "the Trump campaign said", "Huckabee's campaign
acknowledged". The statement is the candidate's, with the campaign as the speaker mention, as
PolNeAR's annotators resolve it; a campaign tracked as an organisation of its own keeps its
words. Cases from PolNeAR development articles."""

from __future__ import annotations

import pytest

from worker.detect import detect
from worker.records import ActorRef, Document

ACTORS = (
    ActorRef("huckabee", "Mike Huckabee"),
    ActorRef("clinton", "Hillary Clinton"),
    ActorRef("trump", "Donald Trump"),
    ActorRef("sanders", "Bernie Sanders"),
    ActorRef("fiorina", "Carly Fiorina"),
    ActorRef("rubio", "Marco Rubio"),
)


def doc(*paragraphs: str) -> Document:
    return Document(title="", paragraphs=paragraphs, source="text")


@pytest.mark.parametrize(
    ("text", "actor", "words", "mention"),
    [
        (  # a time word between the message and its participle
            "The Rubio campaign sent a fundraising email Wednesday saying that the results in Iowa "
            "show a two-man race.",
            "rubio", "the results in Iowa show a two-man race", "The Rubio campaign",
        ),
        (
            "Huckabee’s campaign acknowledged that the candidate has delivered paid speeches since "
            "announcing his bid but declined to provide a list of venues.",
            "huckabee", "the candidate has delivered paid speeches", "Huckabee’s campaign",
        ),
        (
            "Following Wednesday’s leak of the report, Clinton’s campaign contended that it wasn’t hiding "
            "anything by refusing to cooperate.",
            "clinton", "it wasn’t hiding anything by refusing to cooperate", "Clinton’s campaign",
        ),
        (
            "Mr. Sanders's campaign vowed Tuesday to remain in the fight through the California primary "
            "on June 7.",
            "sanders", "to remain in the fight through the California primary", "Mr. Sanders's campaign",
        ),
        (
            "The Trump campaign said the poll was fake and biased against him.",
            "trump", "the poll was fake and biased against him", "The Trump campaign",
        ),
        (
            "The Wall Street Journal reported on the gigs, but Fiorina's team denied that she would be "
            "accepting new speeches.",
            "fiorina", "she would be accepting new speeches", "Fiorina's team",
        ),
        (  # a participle after what the campaign put out
            "Minutes later, the Trump campaign issued a statement saying that Trump meant people who "
            "support the Second Amendment are unified and will vote together.",
            "trump", "Trump meant people who support the Second Amendment", "the Trump campaign",
        ),
        (
            "After the call ended, Rubio’s campaign sent out a press release saying Murphy owes “Florida "
            "an explanation.”",
            "rubio", "Murphy owes “Florida an explanation.”", "Rubio’s campaign",
        ),
    ],
)
def test_a_campaign_speaks_for_its_candidate(text: str, actor: str, words: str, mention: str) -> None:
    found = [(s.actor_id, s.speaker, s.text) for s in detect(doc(text), ACTORS)]
    assert len(found) == 1
    assert found[0][0] == actor and found[0][1] == mention and words in found[0][2]
    assert detect(doc(text), ACTORS)[0].evidence[-1].startswith("speaker:campaign:")


def test_his_campaign_is_the_campaign_of_the_one_he_denotes() -> None:
    text = (
        "Donald Trump routinely netted hundreds of thousands of dollars per speech before launching his "
        "bid, but his campaign said he halted all paid speeches since announcing his candidacy."
    )
    found = [(s.actor_id, s.speaker, s.text) for s in detect(doc(text), ACTORS)]
    assert found == [("trump", "his campaign", "he halted all paid speeches since announcing his candidacy.")]


def test_a_campaign_tracked_as_an_organisation_keeps_its_words() -> None:
    camp = ActorRef("omalleycamp", "O'Malley campaign", "organization")
    actors = (*ACTORS, camp, ActorRef("omalley", "Martin O'Malley"))
    text = "Martin O'Malley spoke in Iowa. O'Malley's campaign says it will shift staff to the early states."
    found = [(s.actor_id, s.text) for s in detect(doc(text), actors)]
    assert found == [("omalleycamp", "it will shift staff to the early states.")]


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the Trump campaign said the poll was fake.",  # the critics speak
        "The Trump administration said the tariffs would stay.",  # an administration is no campaign
        "A Trump campaign said to be struggling announced layoffs.",  # no one's statement
        "Donors to Clinton's campaign said the event was a success.",  # the donors speak
        "Clinton spoke in Ohio. Donors to her campaign said the event was a success.",
        "Trump spoke in Ohio. A team of lawyers said the filing was late.",  # no one's team
    ],
)
def test_no_candidate_speaks_through_what_is_not_their_campaign(text: str) -> None:
    assert [s.actor_id for s in detect(doc(text), ACTORS)] == []


def test_a_campaign_email_speaks_for_the_candidate_and_goes_on_as_it() -> None:
    # "The Cruz campaign sent an email … . “…,” the email read. It stated that A": all the candidate's
    found = detect(
        doc(
            "The Rubio campaign sent a fundraising email Wednesday saying that the race is a two-man race.",
            '"Friend, let me be blunt. I can beat Hillary Clinton," the email read. It stated that Trump is '
            "rattled by the surge in the polls.",
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("rubio", "the race is a two-man race."),
        ("rubio", "Friend, let me be blunt. I can beat Hillary Clinton"),
        ("rubio", "Trump is rattled by the surge in the polls."),
    ]
