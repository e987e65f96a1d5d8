"""Two or more named people as one subject: each tracked one says the words."""

from __future__ import annotations

from worker.detect import detect
from worker.records import ActorRef, Document

ACTORS = (
    ActorRef("bush", "Jeb Bush"),
    ActorRef("christie", "Chris Christie"),
    ActorRef("rubio", "Marco Rubio"),
    ActorRef("toretti", "Christine Toretti"),
    ActorRef("rao", "Anne Rao"),
    ActorRef("biden", "Joe Biden"),
)


def said(*paragraphs: str) -> list[tuple[str, str]]:
    document = Document(paragraphs=paragraphs, source="text")
    return sorted((s.actor_id, s.text) for s in detect(document, ACTORS))


def test_a_list_that_opens_the_sentence() -> None:
    words = "their networks of donors were almost exclusively men."
    found = said(f"Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties said {words}")
    assert found == [("rao", words), ("toretti", words)]


def test_names_before_a_who_clause() -> None:
    words = "the freshman senator doesn’t have the experience."
    found = said(f"Rubio spared his rivals, particularly Govs. Jeb Bush and Chris Christie, who say {words}")
    assert found == [("bush", words), ("christie", words)]


def test_an_aside_set_off_by_commas_is_no_list() -> None:
    found = said('Vice President Joe Biden, Rubio said, had been in the Senate for "a thousand years."')
    assert [a for a, _ in found] == ["rubio"]


def test_an_object_and_a_subject_are_no_list() -> None:
    found = said("Chris Christie met Jeb Bush and Marco Rubio said the talks went well.")
    assert "christie" not in [a for a, _ in found]


def test_two_people_named_together_with_a_plain_verb_before_that() -> None:
    actors = (ActorRef("autor", "David Autor"), ActorRef("hanson", "Gordon Hanson"))
    text = "Mr. Autor and Mr. Hanson emphasize that trade is only one factor among many."
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,)), actors)]
    assert [a for a, _ in found] == ["autor", "hanson"]
    assert all("trade is only one factor among many." in t for _, t in found)


def test_two_people_named_after_their_shared_role_both_speak() -> None:
    actors = (ActorRef("bush", "Jeb Bush"), ActorRef("christie", "Chris Christie"))
    text = (
        "Republican presidential hopefuls Jeb Bush and Chris Christie say Florida Sen. Marco Rubio hasn't "
        "been tested in a way that the governors running for president have."
    )
    found = [s.actor_id for s in detect(Document(paragraphs=(text,)), actors)]
    assert found == ["bush", "christie"]


def test_a_coordinated_cue_goes_with_the_subject_of_the_clause_joined_last() -> None:
    actors = (ActorRef("sanders", "Bernie Sanders"), ActorRef("trump", "Donald Trump"))
    text = (
        "In a year in which Mr. Sanders has demonized Wall Street and Mr. Trump has disparaged immigrants, "
        "and vowed to reverse job losses and economic malaise, the race has been rough."
    )
    found = [s.actor_id for s in detect(Document(paragraphs=(text,)), actors)]
    assert found == ["trump"]


def test_a_pair_with_a_who_clause_between_commas_speaks() -> None:
    actors = (ActorRef("graham", "Lindsey Graham"), ActorRef("perdue", "David Perdue"))
    text = (
        "Lindsey Graham and David Perdue, who are both on the Judiciary Committee, said on the record that "
        "it would be inappropriate."
    )
    found = sorted(s.actor_id for s in detect(Document(paragraphs=(text,)), actors))
    assert found == ["graham", "perdue"]


def test_a_pronoun_opening_a_concessive_clause_is_the_subject_of_a_coordinated_cue() -> None:
    clinton = ActorRef("clinton", "Hillary Clinton")
    text = "Clinton, though she praised Garland and said Republicans should give him a hearing, stopped."
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,)), (clinton,))]
    assert len(found) == 1 and found[0][0] == "clinton"
    assert found[0][1].startswith("Republicans should give him a hearing")


def test_a_name_set_off_after_a_relative_clause_is_the_subject_of_a_coordinated_cue() -> None:
    # "who still backs Rao": Rao is the clause's object; the subject is the name set off after it
    found = said(
        "One of Rubio’s former supporters who still backs Rao, former Rep. Christine Toretti, lives in "
        "his district and wrote in an email that the campaign was “tragic in the Year of the Woman.”"
    )
    assert found == [("toretti", "the campaign was “tragic in the Year of the Woman.”")]


def test_names_joined_past_party_tags_and_lower_case_titles() -> None:
    # "Gov. Jeb Bush (R) and former New Jersey Gov. Chris Christie (R) announced …": both
    found = said(
        "Florida Gov. Jeb Bush (R) and former New Jersey Gov. Chris Christie (R) announced they will "
        "suspend their campaigns."
    )
    words = "they will suspend their campaigns."
    assert found == [("bush", words), ("christie", words)]


def test_a_coordinated_cue_after_an_adverb() -> None:
    # "…, and even admitted A": the sentence's subject admits it
    found = said("Joe Biden was apologetic when he visited Ankara, and even admitted he was there belatedly.")
    assert found == [("biden", "he was there belatedly.")]


def test_two_names_each_with_a_relative_clause_of_saying() -> None:
    # "candidates like X, who claimed A, and Y, who suggested B, are …": A is X's, B is Y's
    found = said(
        "Republicans may ask whether candidates like Mr. Rubio, who claimed that China was involved in "
        "Syria, and Jeb Bush, who suggested the battle could be left to Russia, are wise choices."
    )
    assert found == [
        ("bush", "the battle could be left to Russia"),
        ("rubio", "China was involved in Syria"),
    ]
