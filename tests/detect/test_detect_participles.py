"""Participles after a clause's object: '…, calling for', '…, telling supporters in Columbus,
Ohio, that', 'a statement reassuring voters that', 'stating in an interview on Fox that',
'announcing on Wednesday he would'. Cases from PolNeAR development articles."""

from __future__ import annotations

import pytest

from worker.detect import detect
from worker.records import ActorRef, Document

ACTORS = (
    ActorRef("trump", "Donald Trump"),
    ActorRef("kasich", "John Kasich"),
    ActorRef("detzner", "Ken Detzner"),
    ActorRef("engoron", "Arthur Engoron"),
)

CRUZ = ActorRef("cruz", "Ted Cruz")
BACKER = ActorRef("backer", "Dan Backer")
SCOTT = ActorRef("scott", "Rick Scott")

CASES = [
    (  # a long clause opens the sentence before its pronoun subject
        "Trump spoke. And although he thanked the evangelical community for supporting him, he sounded "
        "a rare note of self-deprecation, saying, \"I'm not sure I really deserve it.\"",
        ("trump", "I'm not sure I really deserve it."),
    ),
    (  # an adverb between the participle and "that"; the adverb is no word of the statement
        '"You know it when you see it," said Mr. Kasich, adding hopefully that he did not think the '
        'party "will get there."',
        ("kasich", 'he did not think the party "will get there."'),
    ),
    (  # a bare clause whose verb is a modal, after "adding"
        "Kasich said the state needs some federal involvement, adding the involvement should be minimal.",
        ("kasich", "the involvement should be minimal."),
    ),
    (  # "succeed" is no past tense: Clinton is no subject, the description is
        "Trump spoke. The candidate left no doubt of his commitment to helping Mr. Kasich succeed him, "
        "saying that nobody is more qualified than Kasich to serve as governor.",
        ("trump", "nobody is more qualified than Kasich to serve as governor."),
    ),
    (  # a negated auxiliary before the sentence's verb
        "Kasich didn’t seem particularly impressed with the comments Tuesday, telling reporters, "
        "“A lot of people said the governor should step down.”",
        ("kasich", "A lot of people said the governor should step down."),
    ),
    (
        "Mr. Trump has repudiated decades of Republican support for free trade, calling for heavy "
        "tariffs on Mexican-made goods.",
        ("trump", "heavy tariffs on Mexican-made goods."),
    ),
    (
        "Ohio Gov. John Kasich suspended his campaign Wednesday evening, telling supporters in "
        "Columbus, Ohio, that he had renewed faith in the party.",
        ("kasich", "he had renewed faith in the party."),
    ),
    (
        "Florida’s Secretary of State Ken Detzner sent out a statement reassuring voters that Trump "
        "had not been left off any presidential ballots.",
        ("detzner", "Trump had not been left off any presidential ballots."),
    ),
    (
        "Trump is touting a cautious stance, stating in an interview on Fox News’ On the Record with "
        "Greta Van Susteren that the Chinese economy was in a precarious situation.",
        ("trump", "the Chinese economy was in a precarious situation."),
    ),
    (
        "Donald Trump also joined the gun debate, announcing on Wednesday he would meet with the "
        "National Rifle Association.",
        ("trump", "he would meet with the National Rifle Association."),
    ),
    (  # a hearer, then a clause with no "that"
        "Donald Trump hedged on whether he would back the plan, telling MSNBC his involvement would "
        "depend upon what she includes in her platform.",
        ("trump", "his involvement would depend upon what she includes in her platform."),
    ),
    (  # politico_2016-02-23 (dev-72), huff-post_2016-06-16 (dev-24): an absolute clause, "with X saying"
        "Republicans were irritated about the lack of detail, with Sen. Donald Trump calling it a "
        "“Chinese menu.”",
        ("trump", "it a “Chinese menu.”"),
    ),
    (  # wash-post_2016-02-09 (dev-73): a hearer after the participle, then the quote
        "Donald Trump offered a retort on the mogul's favourite medium, tweeting at him, “you aren't "
        "just a loser, you are a liar.”",
        ("trump", "you aren't just a loser, you are a liar."),
    ),
    (  # politico_2016-04-17 (dev-67): "accusing X of A", as "accused X of A" is
        "Donald Trump criticized RNC Chairman Reince Priebus and his allies in an email Saturday to his "
        "panel, accusing them of working to scuttle the proposal.",
        ("trump", "them of working to scuttle the proposal."),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + str(i) for i, c in enumerate(CASES)])
def test_participle_after_an_object(text: str, expected: tuple[str, str]) -> None:
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ACTORS)]
    assert expected in found


def test_telling_someone_to_do_something_is_no_statement() -> None:
    # a directive to hearers four words long and more: not the judge's words on the record
    text = (
        "“I am not here to hear what he has to say,” Engoron said, raising his voice and telling "
        "Trump attorney Alina Habba and Kise to sit down."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ACTORS)]
    assert found == [("engoron", "I am not here to hear what he has to say")]


def test_a_clause_after_that_may_open_with_a_prepositional_phrase() -> None:
    text = (
        "Mr. Cruz has pursued a national strategy of uniting evangelicals behind him, arguing that "
        "with the backing of energized conservatives alone he can win the nomination."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), (CRUZ,))]
    assert found == [("cruz", "with the backing of energized conservatives alone he can win the nomination.")]


def test_an_appositive_listing_roles_before_the_verb() -> None:
    text = (
        "Dan Backer, the fund's lawyer, treasurer and strategist, has rejected the label, noting that "
        "it costs money to raise money."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), (BACKER,))]
    assert found == [("backer", "it costs money to raise money.")]


def test_a_clause_between_commas_is_no_appositive_list() -> None:
    # "…, and obtained by AP, concluded that A but said B": the opinion's, not AP's
    text = (
        "A legal opinion drafted for the project in May 2012, and obtained by AP, concluded that the "
        "centre qualified as a foreign principal but said disclosure to the Justice Department was "
        "not required."
    )
    found = detect(Document(paragraphs=(text,), source="text"), (ActorRef("ap", "AP", "organization"),))
    assert found == ()


def test_a_description_of_two_titles_heads_the_participle() -> None:
    paragraphs = (
        "Donald Trump is taking questions in Salem.",
        "The billionaire businessman began by talking about the drug crisis, saying that heroin is now "
        "cheaper than candy.",
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=paragraphs, source="text"), ACTORS)]
    assert found == [("trump", "heroin is now cheaper than candy.")]


ONE = (
    ActorRef("shen", "Shen Dingcheng"),
    ActorRef("cmurphy", "Chris Murphy"),
    ActorRef("francis", "Pope Francis"),
    ActorRef("trump", "Donald Trump"),
)
MORE = [
    (
        "Donald Trump spoke. \"I guess I'll have to get used to a lot of that,\" he added, while also "
        "saying that he expects to do well with female voters.",
        ("trump", "he expects to do well with female voters."),
    ),
    (
        "At a rally on Tuesday, Senator Chris Murphy of Connecticut endorsed Mrs. Clinton, saying that his "
        "colleague would make an outstanding president.",
        ("cmurphy", "his colleague would make an outstanding president."),
    ),
    (
        "Shen Dingcheng, a doctoral candidate, urged Chinese people not to rush to judgment.",
        ("shen", "Chinese people not to rush to judgment."),
    ),
    (
        "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) "
        "says he was unfocused in the weeks after being elected.",
        ("cmurphy", "he was unfocused in the weeks after being elected."),
    ),
    (
        "Pope Francis spoke in Ciudad Juarez as he called for greater Christian ethics in business.",
        ("francis", "called for greater Christian ethics in business."),
    ),
    (
        "In Beaumont, Mr. Trump was just as blunt, claiming without any evidence that President Obama "
        "wanted to take in 250,000 Syrian refugees.",
        ("trump", "President Obama wanted to take in 250,000 Syrian refugees."),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE, ids=[c[1][0] for c in MORE])
def test_more_forms_from_development_misses(text: str, expected: tuple[str, str]) -> None:
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ONE)]
    assert expected in found


def test_a_coordinated_cue_after_a_day_with_a_sum_as_the_clause_subject() -> None:
    text = (
        "Scott has freed up $26 million in state funds and on Monday announced $5 million more was being "
        "sent to Miami-Dade County."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), (SCOTT,))]
    assert found == [("scott", "$5 million more was being sent to Miami-Dade County.")]


def test_calling_a_long_object_a_quoted_name() -> None:
    text = (
        "Trump defended eminent domain, calling the expropriation of private property for public use an "
        '"absolute necessity" for the government.'
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ACTORS)]
    words = 'the expropriation of private property for public use an "absolute necessity" for the government.'
    assert found == [("trump", words)]


def test_a_parenthetical_cue_in_a_tweet_and_continued_to_suggest() -> None:
    clinton = (ActorRef("clinton", "Hillary Clinton"),)
    text = "If she becomes president, Clinton suggested in a tweet, women won’t be punished for it."
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), clinton)]
    assert found == [("clinton", "If she becomes president women won’t be punished for it.")]
    text = "Clinton continued to suggest that the emails were not marked classified."
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), clinton)]
    assert found == [("clinton", "the emails were not marked classified.")]


def test_chiding_a_hearer_with_a_quote() -> None:
    clinton = (ActorRef("clinton", "Hillary Clinton"),)
    text = "Clinton sparred with Sen. Ron Johnson, chiding him, “What difference at this point does it make?”"
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), clinton)]
    assert found == [("clinton", "What difference at this point does it make?")]


def test_telling_someone_a_noun_is_no_statement() -> None:
    text = "Trump hedged on the question, telling reporters his plan for the economy in detail."
    assert [s.actor_id for s in detect(Document(paragraphs=(text,)), ACTORS)] == []


def test_two_participles_joined_by_and_are_two_statements() -> None:
    couric = ActorRef("couric", "Katie Couric")
    text = (
        "Katie Couric has promoted a self-effacing approach in several recent commencement speeches, "
        'advising Williams College graduates in 2007 to "become members of the two-H club: hard work and '
        'humility," and telling American University\'s class of 2014, "If you\'re too big for a small '
        'job, you\'re too small for a big one."'
    )
    found = [s.text for s in detect(Document(paragraphs=(text,)), (couric,))]
    assert len(found) == 2
    assert found[0].endswith('hard work and humility,"') and 'to "become members' in found[0]
    assert found[1].endswith('"If you\'re too big for a small job, you\'re too small for a big one."')


def test_a_name_set_off_after_an_opening_description_is_the_subject() -> None:
    clinton = ActorRef("clinton", "Hillary Clinton")
    text = (
        "But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, "
        "saying that concerns about potential job loss were not to be dismissed."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,)), (clinton,))]
    assert found == [("clinton", "concerns about potential job loss were not to be dismissed.")]


def test_a_participle_after_a_postposed_cue_is_the_cues_speakers_next_statement() -> None:
    # "A, Mr. Kasich said, adding that B": A (not "A adding …"), then B, Kasich's (not Trump's,
    # though Trump opens the sentence)
    text = (
        "Mr. Trump intends to deliver a foreign policy address this month, Mr. Kasich said, adding that "
        "he would also hold similar events."
    )
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ACTORS)]
    assert found == [
        ("kasich", "Mr. Trump intends to deliver a foreign policy address this month"),
        ("kasich", "he would also hold similar events."),
    ]


INFINITIVES = [
    (
        "Donald Trump, who is vying to be the next president, tweeted on Friday to say he had never "
        "suggested the U.S. should use a database to track Muslims.",
        [("trump", "he had never suggested the U.S. should use a database to track Muslims.")],
    ),
    ("Trump took to Twitter to argue that the polls were rigged.", [("trump", "the polls were rigged.")]),
    ("Trump declined to say whether he would accept the result.", []),
    ("Trump is expected to say that the wall will be built.", []),
    ("Trump called reporters to say goodbye.", []),
    ("Trump went on Fox to explain his remarks about the judge.", []),
    ("Trump's win led her to declare that the race was over.", []),
    ("The win in New York led Donald Trump to declare that the race was over.", []),
    ("It's fair to say that Trump has changed the party.", []),
    ("Trump would do better to say that the wall is a metaphor.", []),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVES, ids=[c[0][:40] for c in INFINITIVES])
def test_a_saying_in_the_infinitive_is_the_subjects_only_when_made(text: str, expected: list) -> None:
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), ONE)]
    assert found == expected


def test_the_name_heading_an_absolute_clause_speaks_whatever_letter_it_ends_in() -> None:
    # "with Bernie Sanders saying": PARTICIPLE also reads "s saying"; the name after "with" wins
    actors = (ActorRef("trump", "Donald Trump"), ActorRef("sanders", "Bernie Sanders"))
    text = "Donald Trump spoke for hours, with Bernie Sanders saying that the plan would fail in the Senate."
    found = [(s.actor_id, s.text) for s in detect(Document(paragraphs=(text,), source="text"), actors)]
    assert found == [("sanders", "the plan would fail in the Senate.")]
