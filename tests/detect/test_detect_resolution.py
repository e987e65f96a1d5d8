"""Whom a name, a shared surname or a pronoun denotes, and where a statement's words end:
cases from PolNeAR development articles, each with the actors an admin would list."""

from __future__ import annotations

from worker.detect import detect
from worker.detect.article import Article
from worker.records import ActorRef, Document

BROTHERS = (
    ActorRef("trump", "Donald Trump"),
    ActorRef("freddy", "Fred Trump Jr.", aliases=("Freddy Trump", "Freddy")),
    ActorRef("robert", "Robert Trump"),
)


def doc(*paragraphs: str) -> Document:
    return Document(title="", paragraphs=paragraphs, source="text")


def said(document: Document, actors: tuple[ActorRef, ...]) -> list[tuple[str, str]]:
    return [(s.actor_id, s.text) for s in detect(document, actors)]


def test_shared_surname_is_not_given_to_someone_named_by_given_name_alone() -> None:
    # "Freddy" names Fred Trump Jr. but not by the surname: "Mr. Trump" stays the first listed
    found = said(
        doc(
            "Donald J. Trump grew up in Queens with his brother.",
            'As Freddy stumbled, Mr. Trump said, "I watched him. And I learned from him."',
        ),
        BROTHERS,
    )
    assert [a for a, _ in found] == ["trump"]


def test_shared_surname_goes_to_the_one_named_in_full_in_the_paragraph() -> None:
    found = said(doc('Freddy Trump was a pilot. "I loved flying," Mr. Trump said.'), BROTHERS)
    assert found == [("freddy", "I loved flying")]


KHANS = (
    ActorRef("khizr", "Khizr Khan"),
    ActorRef("ghazala", "Ghazala Khan"),
    ActorRef("humayun", "Humayun Khan"),
)


def test_ms_before_a_shared_surname_is_the_one_not_known_to_be_a_man() -> None:
    # nyt_2016-08-01 (dev-63): "Ms. Khan" went to Khizr, the first listed; "her son" makes
    # Humayun a man too, so Ghazala is the only one left
    found = said(
        doc(
            "Khizr Khan and his wife, Ghazala Khan, spoke at the convention. Mr. Khan said Mr. Trump "
            "had shown disrespect to his wife.",
            "Ms. Khan said she had not spoken because she could not talk about her son, Humayun Khan.",
            '"All the world, all America, felt my pain," Ms. Khan wrote.',
        ),
        KHANS,
    )
    assert found == [
        ("khizr", "Mr. Trump had shown disrespect to his wife."),
        ("ghazala", "she had not spoken because she could not talk about her son, Humayun Khan."),
        ("ghazala", "All the world, all America, felt my pain"),
    ]


def test_a_short_surname_misspelt_by_two_swapped_letters_is_the_actors() -> None:
    # west-journal_2016-06-21 (dev-63): "Bryne went on to say" is Gary Byrne's; a five-letter name
    # off by another letter is somebody else ("Jonas" is no Jones)
    actors = (ActorRef("byrne", "Gary Byrne"), ActorRef("jones", "Paula Jones"))
    found = said(
        doc(
            "Gary Byrne and Paula Jones spoke on Monday.",
            "Bryne went on to say that the agents had feared her temper for years.",
            "Jonas said that the book was full of lies and would not sell.",
        ),
        actors,
    )
    assert found == [("byrne", "the agents had feared her temper for years.")]


def test_given_name_alone_after_a_full_name_with_a_middle_initial() -> None:
    # "Donald J. Trump" gives "Donald" to no other person: "Donald … he said" is Trump's
    found = said(
        doc(
            "Donald J. Trump grew up in Queens.",
            "Freddy began drinking heavily. And Donald, then in college, did not approve.",
            '"I was too young; I didn\'t realize," he said.',
        ),
        BROTHERS,
    )
    assert found == [("trump", "I was too young; I didn't realize")]


def test_a_statement_cut_inside_a_closing_quote_keeps_the_mark() -> None:
    found = said(
        doc(
            "Donald Trump is insisting that he has “expanded the Republican party,” claiming that he "
            "is responsible for higher voter turnout."
        ),
        BROTHERS[:1],
    )
    assert found == [
        ("trump", "he has “expanded the Republican party,”"),
        ("trump", "he is responsible for higher voter turnout."),
    ]


JUDGES = (ActorRef("trump", "Donald Trump"), ActorRef("geyh", "Charles Geyh"))


def test_he_opening_a_subordinate_clause_after_a_possessive_is_the_possessor() -> None:
    found = said(
        doc(
            "Charles Geyh said the attacks were troubling.",
            "One of Trump’s earlier jeremiads came in February, when he told Fox News that Curiel "
            "was biased against him.",
        ),
        JUDGES,
    )
    assert found[-1] == ("trump", "Curiel was biased against him.")


def test_a_possessive_that_brings_in_another_person_is_no_antecedent() -> None:
    # "Trump's lawyer …, when he told": the lawyer spoke, not Trump
    found = said(
        doc(
            "Charles Geyh said the attacks were troubling.",
            "Trump’s lawyer spoke in February, when he told Fox News that Curiel was biased.",
        ),
        JUDGES,
    )
    assert "trump" not in [a for a, _ in found]


def test_a_name_after_a_preposition_and_a_possessive_is_no_subject() -> None:
    # "in last week's Iowa caucus": Iowa is no subject of "asserting"
    found = said(
        doc(
            "Marco Rubio spoke on Monday.",
            "Instead, he is emphasizing his strong third-place finish in last week’s Iowa caucus, "
            "asserting that he has a chance to do equally as well in New Hampshire.",
        ),
        (ActorRef("rubio", "Marco Rubio"),),
    )
    assert found[-1] == ("rubio", "he has a chance to do equally as well in New Hampshire.")


def test_the_quote_after_an_unnamed_questioner_is_the_answer() -> None:
    found = said(
        doc(
            "Donald Trump says political correctness has run amok in the military.",
            "At a forum with military leaders on Monday, one questioner claimed that social engineering "
            "was hurting the military.",
            "“You’re right, we have a politically correct military,” he said.",
        ),
        BROTHERS[:1],
    )
    assert ("trump", "You’re right, we have a politically correct military") in found


def test_a_named_voter_keeps_the_quote_after_his_own_words() -> None:
    found = said(
        doc(
            "Donald Trump spoke in Virginia on Monday.",
            "A voter, Tom Harris, said that the rally was too long.",
            "“I came for the jobs talk,” he said.",
        ),
        BROTHERS[:1],
    )
    assert found == []


def test_a_given_name_after_a_kinship_word_names_the_tracked_relative() -> None:
    found = said(
        doc(
            "Bernie Sanders is in New York.",
            "But his wife, Jane, offered a preview of the candidate's thinking.",
            '"If he\'s president, he wants to keep this movement going," she said.',
        ),
        (ActorRef("sanders", "Bernie Sanders"), ActorRef("jane", "Jane Sanders")),
    )
    assert found == [("jane", "If he's president, he wants to keep this movement going")]


def test_a_given_name_never_named_in_full_stays_unknown() -> None:
    found = said(
        doc(
            "Bernie Sanders is in New York.",
            "Jane, a volunteer, offered a preview of the candidate's thinking.",
            '"If he\'s president, he wants to keep this movement going," she said.',
        ),
        (ActorRef("sanders", "Bernie Sanders"), ActorRef("jane", "Jane Sanders")),
    )
    assert found == []


def test_a_relative_named_after_a_kinship_word_takes_the_surname_only_in_that_paragraph() -> None:
    # "whose husband, Navy SEAL Ty Woods," is brought in as hers: "Woods said" later is still hers
    actors = (ActorRef("woods", "Dorothy Woods"), ActorRef("trump", "Donald Trump"))
    found = said(
        doc(
            "Benghazi Widow Dorothy Woods Defends Trump.",
            "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in Benghazi, spoke on Thursday.",
            "Woods said she does not believe the Khans should be immune from criticism.",
        ),
        actors,
    )
    assert ("woods", "she does not believe the Khans should be immune from criticism.") in found
    # a namesake named without a kinship word still takes the surname over
    found = said(
        doc(
            "Dorothy Woods spoke on Thursday about Benghazi.",
            "Navy SEAL Ty Woods was killed in Benghazi in 2012.",
            "Woods said he had volunteered for the mission.",
        ),
        actors,
    )
    assert found == []


def test_he_after_two_men_joined_by_and_is_no_guess() -> None:
    actors = (ActorRef("obama", "Barack Obama"), ActorRef("biden", "Joe Biden"))
    text = "“I held and hugged grieving family members,” he said."
    paired = "President Barack Obama and Vice President Joe Biden placed flowers at a memorial in Orlando."
    assert said(doc(paired, text), actors) == []
    alone = "Vice President Joe Biden placed flowers at a memorial in Orlando with the mayor."
    assert said(doc(alone, text), actors) == [("biden", "I held and hugged grieving family members")]


def test_an_article_naming_no_tracked_actor_ends_after_name_matching() -> None:
    # a misspelling ("Pasemnik") or a given name alone counts only after the full name: with no
    # tracked name anywhere nothing can be found, and the rules are not run at all
    actors = (ActorRef("pasechnik", "Leonid Pasechnik"),)
    text = doc("Leonid spoke in Luhansk.", '"The vote will go ahead," Pasemnik said.')
    assert Article.build(text, actors) is None
    assert said(text, actors) == []
    named = doc("Leonid Pasechnik spoke in Luhansk.", '"The vote will go ahead," Pasemnik said.')
    assert Article.build(named, actors) is not None
    assert said(named, actors) == [("pasechnik", "The vote will go ahead")]


def test_a_name_holding_an_acronym_is_no_person_a_pronoun_could_be() -> None:
    found = said(
        doc(
            "Kelly Ayotte is in a tight race. Michael R. Bloomberg's super PAC, Independence USA, has "
            "spent more than $10 million since June 1.",
            "She acknowledges that she did not expect to be inundated with questions.",
        ),
        (ActorRef("ayotte", "Kelly Ayotte"),),
    )
    assert found == [("ayotte", "she did not expect to be inundated with questions.")]


def test_a_contraction_opens_no_name() -> None:
    # "Don’t Republicans" is no person the next "he" could be
    found = said(
        doc(
            "“That will leave the next president with 100 vacancies to fill,” Carl Tobias said.",
            "But what if Hillary Clinton wins? Don’t Republicans run the risk of more liberal nominees?",
            "“Hillary should just do whatever she wants to do,” he said.",
        ),
        (ActorRef("tobias", "Carl Tobias"),),
    )
    assert found[-1] == ("tobias", "Hillary should just do whatever she wants to do")


def test_an_untracked_name_of_unknown_sex_does_not_outweigh_the_last_speaker() -> None:
    # "Sandy Hook" may be a place: "he" stays with the man who just spoke
    found = said(
        doc(
            "“It changed everything for me,” Chris Murphy said on Friday.",
            "Sandy Hook wasn’t just a national tragedy, but a personal summons. “This was something "
            "different, in part because my son just graduated from first grade,” he added.",
        ),
        (ActorRef("cmurphy", "Chris Murphy"),),
    )
    assert found[-1][0] == "cmurphy"
    assert found[-1][1].startswith("This was something different")


def test_a_relative_clause_without_that_makes_no_unknown_speaker() -> None:
    found = said(
        doc(
            "“We need a president who will make America first,” Phyllis Schlafly said.",
            "Schlafly invoked the title of the book she wrote that helped lay the foundation for "
            "American conservatism as she closed her final column.",
            "“Trump’s strong stance demonstrates that Donald Trump is the choice,” she wrote.",
        ),
        (ActorRef("schlafly", "Phyllis Schlafly"), ActorRef("trump", "Donald Trump")),
    )
    assert found[-1] == ("schlafly", "Trump’s strong stance demonstrates that Donald Trump is the choice")


def test_a_party_tag_before_an_auxiliary() -> None:
    found = said(
        doc("As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s the textbook definition of racism."),
        (ActorRef("ryan", "Paul Ryan"),),
    )
    assert found == [("ryan", "that’s the textbook definition of racism.")]


def test_a_namesake_in_a_story_about_a_tracked_person_takes_the_surname_in_its_paragraph() -> None:
    found = said(
        doc(
            "Sen. Chris Murphy spoke on Monday. Murphy said he was unfocused. Murphy said he was adrift.",
            "Murphy recalled the six-year-old boy and a teacher’s aide, Anne Marie Murphy, who was killed.",
            "“It doesn’t take courage to stand here on the floor,” Murphy said.",
        ),
        (ActorRef("cmurphy", "Chris Murphy"),),
    )
    assert found[-1] == ("cmurphy", "It doesn’t take courage to stand here on the floor")


def test_a_daughter_named_in_full_leaves_her_father_his_surname_later() -> None:
    found = said(
        doc(
            "President Trump said on Tuesday that Ms. Haley would leave. Mr. Trump praised her. Mr. Trump "
            "said she had done a fantastic job.",
            "Earlier he said that his daughter Ivanka Trump would be incredible in the job.",
            "Mr. Trump said he would consider Mr. Grenell for the post.",
        ),
        BROTHERS[:1],
    )
    assert found[-1] == ("trump", "he would consider Mr. Grenell for the post.")


def test_a_namesake_without_a_tracked_story_takes_the_surname() -> None:
    # the tracked Donald Trump is named nowhere before: "Trump" is Eric's
    story = doc("Reporters spoke with Eric Trump, who runs the family business.", "Trump said sales rose.")
    found = said(story, BROTHERS[:1])
    assert found == []


def test_a_parenthetical_attribution_with_a_time() -> None:
    found = said(
        doc("Donald Trump spoke.", "China can build a Great Wall, he observed this week, and we can too."),
        BROTHERS[:1],
    )
    assert found == [("trump", "China can build a Great Wall and we can too.")]


def test_the_columnist_is_the_columnist_named_before() -> None:
    found = said(
        doc(
            '"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times.',
            'But Trump shares something with the Chinese, the columnist suggested: "He is similar."',
        ),
        (ActorRef("aijun", "Ai Jun"),),
    )
    assert found[-1] == ("aijun", "He is similar.")


def test_more_verbs_of_saying() -> None:
    clinton = (ActorRef("clinton", "Hillary Clinton"),)
    found = said(doc("Clinton proclaimed at a rally, “I did not email classified material.”"), clinton)
    assert found == [("clinton", "I did not email classified material.")]
    found = said(doc("Clinton confided to her aides that the campaign was in trouble."), clinton)
    assert found == [("clinton", "the campaign was in trouble.")]


def test_a_full_name_with_a_middle_initial_is_the_full_name() -> None:
    ryan = (ActorRef("ryan", "Paul Ryan"),)
    (s,) = detect(doc('"We will not accept it," House Speaker Paul D. Ryan said.'), ryan)
    assert (s.speaker, s.evidence[-1], s.confidence) == ("Paul D. Ryan", "speaker:name:middle", 0.9)


def test_he_after_a_titled_name_alone_in_the_sentence_before() -> None:
    found = said(
        doc(
            "So Trump has at least seemed to understand that low interest rates are what the economy needs.",
            "That's more than you can say for other Republicans. Just look at House Speaker Paul D. Ryan. "
            "He's said he gets his ideas about monetary policy from a novel.",
        ),
        (ActorRef("trump", "Donald Trump"), ActorRef("ryan", "Paul Ryan")),
    )
    assert found == [("ryan", "he gets his ideas about monetary policy from a novel.")]


def test_an_inverted_cue_before_a_place_and_a_title_is_a_description() -> None:
    found = said(
        doc("Sen. Marco Rubio spoke in Miami.", '"It is a difficult issue," said the Florida senator.'),
        (ActorRef("rubio", "Marco Rubio"),),
    )
    assert found == [("rubio", "It is a difficult issue")]


def test_a_second_cue_with_an_auxiliary_is_a_statement_of_its_own() -> None:
    found = said(
        doc(
            "Donald Trump spoke.",
            'He describes himself as "totally pro-Israel" and has said that he has donated money to Israel.',
        ),
        BROTHERS[:1],
    )
    assert found == [
        ("trump", 'describes himself as "totally pro-Israel"'),
        ("trump", "he has donated money to Israel."),
    ]


def test_a_name_in_a_free_relative_is_the_last_speaker_for_the_next_pronoun() -> None:
    # "what Bradley said she anticipated" states nothing, but Bradley spoke: "she said" is hers
    actors = (ActorRef("bradley", "Betty Bradley"), ActorRef("carson", "Ben Carson"))
    found = said(
        doc(
            "The group’s executive director, Betty Bradley, said Carson’s appearance had been booked a "
            "year ahead. The event raised about $200,000, about double what Bradley said she anticipated.",
            "“It was an overwhelming success,” she said.",
        ),
        actors,
    )
    assert found[-1] == ("bradley", "It was an overwhelming success")
    assert [a for a, _ in found] == ["bradley", "bradley"]


def test_a_passive_cue_and_a_plural_noun_note_no_unknown_speaker_for_the_next_pronoun() -> None:
    # "that was reported … by The New York Times" and "in key states means" name no speaker whom
    # the next "he"/"she" could continue: the pronoun is the person named before
    actors = (ActorRef("cruz", "Ted Cruz"), ActorRef("acs", "Nicole Acs"))
    found = said(
        doc(
            'Cruz belittled the issue of the loans, calling it a "paperwork error" that was reported in a '
            '"hit piece" by The New York Times. And he said he is just as much of a natural-born citizen '
            "as Sen. John McCain."
        ),
        actors,
    )
    assert ("cruz", "he is just as much of a natural-born citizen as Sen. John McCain.") in found
    found = said(
        doc(
            '"I\'m not really sure where I stand on him right now," says Acs, the student from New Mexico. '
            'Trump\'s support in key states means "he must be doing something right," she says.'
        ),
        actors,
    )
    assert [a for a, _ in found] == ["acs", "acs"]


def test_after_x_asked_y_the_pronoun_answering_is_y() -> None:
    actors = (ActorRef("sanders", "Bernie Sanders"), ActorRef("conroy", "Scott Conroy"))
    found = said(
        doc(
            "Last month, The Huffington Post’s Scott Conroy asked Sanders whether questions about his health "
            "and age were fair game in the campaign.",
            "“Sure it is. I would not have run if I was not blessed,” he said.",
        ),
        actors,
    )
    assert found == [("sanders", "Sure it is. I would not have run if I was not blessed")]


def test_a_quote_then_a_phrase_then_an_inverted_cue_is_the_named_speakers() -> None:
    # '"This will be a challenge" for Clinton, said Kunin.': four words, counting the quote's own
    actors = (ActorRef("kunin", "Madeleine Kunin"), ActorRef("clinton", "Hillary Clinton"))
    found = said(doc('"This will be a challenge" for Clinton, said Kunin. "She can never be as far left as '
                     'Bernie," she said.'), actors)
    assert [a for a, _ in found] == ["kunin", "kunin"]
    assert "This will be a challenge" in found[0][1]


def test_an_ordinal_rank_and_a_zero_width_space_do_not_break_a_name() -> None:
    actors = (ActorRef("livingston", "Tyler Livingston"), ActorRef("andres", "Doug Andres"))
    found = said(doc("“I really don’t understand how a better candidate didn’t jump in,” said Air "
                     "Force 1st Lt. Tyler Livingston."), actors)
    assert found == [("livingston", "I really don’t understand how a better candidate didn’t jump in")]
    found = said(doc("“We have not been briefed,” Doug \u200bAndres, a spokesman for Speaker Paul Ryan, "
                     "told the Post."), actors)
    assert found == [("andres", "We have not been briefed")]


def test_the_vice_president_is_the_one_titled_vice_president_not_the_president() -> None:
    actors = (ActorRef("biden", "Joe Biden"), ActorRef("obama", "Barack Obama"), BROTHERS[0])
    found = said(
        doc(
            "Vice President Joe Biden spoke in Scranton, with President Obama watching.",
            "Mr. Trump is so reckless, the vice president said, that he would have worried for his son.",
        ),
        actors,
    )
    assert [a for a, _ in found] == ["biden"]


def test_has_added_a_thing_is_no_cue_whose_unknown_speaker_takes_the_next_she() -> None:
    actors = (ActorRef("holan", "Angie Drobnic Holan"),)
    found = said(
        doc(
            '"If you think the moon landing was fake, you can find people just like you," said Holan.',
            "Social media has added another link to the misinformation chain, she noted.",
        ),
        actors,
    )
    assert found[-1] == ("holan", "Social media has added another link to the misinformation chain")


def test_a_parenthetical_pronoun_after_and_may_be_the_name_in_the_clause_before() -> None:
    # "That curiosity prompted Butz to delve …, and coincidentally, he said, “…”": the words he
    # is given open after "and", so Butz named before it may be "he"
    actors = (ActorRef("butz", "Norbert Leo Butz"),)
    found = said(
        doc(
            "“Basically all of my relationships are with women,” Butz, 49, told The Huffington Post.",
            "That curiosity prompted Butz to delve into literature on feminist philosophy, and "
            "coincidentally, he said, “all of these sort of titular female songs started coming on.”",
        ),
        actors,
    )
    assert found[-1][0] == "butz"
    assert found[-1][1].startswith("coincidentally “all of these sort of titular female songs")


def test_a_name_after_a_possessive_role_opening_the_clause_is_its_subject() -> None:
    actors = (ActorRef("green", "Benjamin Green"), ActorRef("hughes", "Rhonda Hughes"), BROTHERS[0])
    found = said(
        doc(
            "Rhonda Hughes, 43, voted for Donald J. Trump.",
            "Ms. Hughes avoids the election with her mother, but their neighbor Benjamin Green, 83, "
            'knows just what Washington needs. "It\'ll take a junkyard dog to fix this country," he said.',
        ),
        actors,
    )
    assert found == [("green", "It'll take a junkyard dog to fix this country")]


def test_who_after_an_apposition_is_the_person_named_before_it() -> None:
    cruz = ActorRef("cruz", "Ted Cruz")
    actors = (ActorRef("sosa", "Lionel Sosa"), ActorRef("driscoll", "Nicky Driscoll"), cruz)
    found = said(
        doc(
            '"I don\'t think so," said Lionel Sosa, a Texas media consultant and an influential Hispanic '
            "Republican who said he would not vote for Mr. Cruz.",
            '"I have never voted in a primary," said Nicky Driscoll, 24, from Manchester, who said Mr. Cruz '
            "is best suited to get corporate money out of government.",
        ),
        actors,
    )
    assert ("sosa", "he would not vote for Mr. Cruz.") in found
    assert ("driscoll", "Mr. Cruz is best suited to get corporate money out of government.") in found
    # "X met Y, who said": Y, named right before "who", is the one who speaks
    assert said(doc("Mr. Cruz met John Doe, who said the plan would fail."), actors) == []
    # wash-post_2016-01-31 (dev-62): the place after "of" is no one who could say it
    assert said(
        doc(
            "The plan was supported Friday by Sen. Ted Cruz of Texas, the ranking Republican on the "
            "Senate Intelligence Committee, who said none of the emails in question originated with her."
        ),
        actors,
    ) == [("cruz", "none of the emails in question originated with her.")]


def test_a_title_followed_by_a_verb_is_no_apposition_of_the_name_before_the_comma() -> None:
    # "into the U.S., the governor ordered …" gives "U.S." no title: "the governor" later is the
    # governor the story is about
    actors = (ActorRef("christie", "Chris Christie"),)
    found = said(
        doc(
            "When heroin began flooding into the U.S., the governor ordered a review of treatment.",
            "In his state, Christie said, nonviolent offenders are sent to treatment. The governor claimed "
            "that crime has gone down 20 percent.",
        ),
        actors,
    )
    assert found[-1][0] == "christie" and "crime has gone down 20 percent" in found[-1][1]


def test_said_of_mr_x_colon_quote_is_the_speakers() -> None:
    actors = (ActorRef("diaz", "Nelson Diaz"), ActorRef("rubio", "Marco Rubio"))
    text = 'Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio: "He is American 100 percent."'
    found = said(doc(text), actors)
    assert found == [("diaz", "He is American 100 percent.")]


def test_the_company_is_no_newspaper_and_a_states_secretary_of_state_no_clinton() -> None:
    actors = (
        ActorRef("exxon", "Exxon Mobil", "organization", ("Exxon",)),
        ActorRef("latimes", "Los Angeles Times", "organization"),
        ActorRef("clinton", "Hillary Clinton"),
    )
    found = said(
        doc(
            "Exxon objected to articles in The Los Angeles Times. The company wrote that the reports were "
            "inaccurate and deliberately misleading.",
            "Former Secretary of State Hillary Clinton won. According to the California secretary "
            "of state, about 350,000 ballots were still to be counted.",
        ),
        actors,
    )
    assert [a for a, _ in found] == ["exxon"]


def test_who_he_claims_after_a_sentence_opening_possessive_is_the_possessor() -> None:
    actors = (BROTHERS[0], ActorRef("miringoff", "Lee Miringoff"), ActorRef("kelly", "Megyn Kelly"))
    found = said(
        doc(
            '"Trump is positioned to run the house in these first three states," said Lee Miringoff.',
            "Trump's beef with Fox News was aimed at co-moderator Megyn Kelly, who he claims has been "
            "unfair to him.",
        ),
        actors,
    )
    assert found[-1] == ("trump", "has been unfair to him.")


def test_a_clause_ends_before_and_a_name_with_an_apposition_and_its_own_cue() -> None:
    actors = (ActorRef("whitehouse", "White House", "organization"), ActorRef("deese", "Brian Deese"))
    found = said(
        doc(
            "The White House contends that it is still on track to meet those targets, and Brian Deese, the "
            "White House climate change adviser, said he and his staff were preparing models."
        ),
        actors,
    )
    assert found == [
        ("whitehouse", "it is still on track to meet those targets"),
        ("deese", "he and his staff were preparing models."),
    ]


def test_a_title_of_a_place_or_organisation_is_a_description_of_the_person_before() -> None:
    actors = (ActorRef("sanders", "Bernie Sanders"), ActorRef("clinton", "Hillary Clinton"))
    found = said(
        doc(
            "Bernie Sanders spoke to voters in Iowa on Monday.",
            'The senator from Vermont said the financial system was "corrupt."',
        ),
        actors,
    )
    assert found == [("sanders", 'the financial system was "corrupt."')]


def test_a_party_tag_with_a_hometown_is_no_person_a_pronoun_could_be() -> None:
    # "Murphy, a Jupiter Democrat, has made …": "Jupiter Democrat" describes Murphy; it is no
    # untracked person of unknown sex who hides Murphy from the next "he"
    found = said(
        doc(
            "“We fund schools through property taxes,” Grayson said.",
            "Murphy, a Jupiter Democrat, has made federal funding his chief education priority.",
            "He said he has seen schools in Florida that reminded him of a third-world country.",
        ),
        (ActorRef("grayson", "Alan Grayson"), ActorRef("murphy", "Patrick Murphy")),
    )
    assert ("murphy", "he has seen schools in Florida that reminded him of a third-world country.") in found
    assert [a for a, _ in found] == ["grayson", "murphy"]


def test_she_after_but_in_a_sentence_opened_by_her_possessive_is_hers() -> None:
    # the last speaker is someone else, but the sentence is about Suu Kyi's fate
    found = said(
        doc(
            "Aung San Suu Kyi's party won.",
            '"People stood hours in line," said Meenakshi Ganguly of Human Rights Watch.',
            "Suu Kyi's fate is still unclear, but she said last week that she would govern the country.",
        ),
        (ActorRef("suukyi", "Aung San Suu Kyi"), ActorRef("ganguly", "Meenakshi Ganguly")),
    )
    assert found == [("ganguly", "People stood hours in line"), ("suukyi", "she would govern the country.")]


def test_a_title_of_an_untracked_company_is_a_description_not_a_name() -> None:
    # "CEO of Hewlett-Packard" is one capitalised run, but "the former CEO of …" describes the
    # person named before; "the CEO of Apple Tim Cook" names someone else
    fiorina = (ActorRef("fiorina", "Carly Fiorina"),)
    found = said(
        doc("Trump is on solid ground, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard "
            "added, it's not the way to win."),
        fiorina,
    )
    assert found == [("fiorina", "Trump is on solid ground"), ("fiorina", "But it's not the way to win.")]
    other = said(doc("Carly Fiorina spoke. But, the CEO of Apple Tim Cook added, it's not the way."), fiorina)
    assert other == []


def test_a_negated_cue_notes_no_unknown_speaker_for_the_next_pronoun() -> None:
    # "Trump never mentioned Clinton, who …": nobody new spoke; "he" is still Trump
    found = said(
        doc(
            "Trump spoke in Manchester.",
            "Trump never mentioned Clinton, who trailed Sanders by more than 20 points.",
            '"You know, we learned a lot about ground games in one week," he said.',
        ),
        (ActorRef("trump", "Donald Trump"), ActorRef("clinton", "Hillary Clinton")),
    )
    assert found == [("trump", "You know, we learned a lot about ground games in one week")]


def test_an_appositive_with_a_plural_possessive_after_the_name() -> None:
    # "Sanders' campaign manager": the mark ends the word, and the appositive still ends at the comma
    actors = (ActorRef("weaver", "Jeff Weaver"), ActorRef("sanders", "Bernie Sanders"))
    found = said(
        doc(
            '"This campaign is revolutionizing politics," Jeff Weaver, Sanders\' campaign manager, said.',
            "Jeff Weaver, Sanders' campaign manager, said the campaign had raised $33 million.",
        ),
        actors,
    )
    assert found == [
        ("weaver", "This campaign is revolutionizing politics"),
        ("weaver", "the campaign had raised $33 million."),
    ]


def test_he_skips_past_a_woman_known_by_her_given_name() -> None:
    # "Susannah" is a woman's name: "he" is Grayson, not Randolph, the subject named last
    found = said(
        doc(
            "Alan Grayson's longtime adviser, Susannah Randolph, was his heir apparent. But after "
            "Grayson decided to run for Senate, he told Randolph that she should step aside.",
        ),
        (ActorRef("grayson", "Alan Grayson"), ActorRef("randolph", "Susannah Randolph")),
    )
    assert found == [("grayson", "she should step aside.")]


def test_an_untracked_namesake_lends_no_sex_to_an_actor_whose_id_is_the_surname() -> None:
    # the actor's id is "fiorina": "Frank Fiorina" (untracked) and his "said he" are not hers
    found = said(
        doc(
            "Carly Fiorina ran HP.",
            "Her husband, Frank Fiorina, said he was proud of her.",
            '"The market will hate this deal," she said.',
        ),
        (ActorRef("fiorina", "Carly Fiorina"),),
    )
    assert found == [("fiorina", "The market will hate this deal")]


def test_a_description_answering_a_question_is_not_the_one_who_asked_it() -> None:
    # '“That would be you?” Borger asked. ¶ “…,” the senator said': Sanders answers
    found = said(
        doc(
            '"It tells you that one of us is a candidate of the establishment," Sanders remarked.',
            '"That would be you?" Borger asked.',
            '"That would be me, yes. I think that\'s probably right," the senator said.',
        ),
        (ActorRef("sanders", "Bernie Sanders"), ActorRef("borger", "Gloria Borger")),
    )
    assert ("sanders", "That would be me, yes. I think that's probably right") in found
    assert [a for a, _ in found] == ["sanders", "borger", "sanders"]


def test_a_description_after_a_preposition_is_the_antecedent_of_its_relative_clause() -> None:
    # "a reversal for the Wisconsin Republican, who had pledged …": Ryan, described; no unknown
    # speaker who would take the next "he". With a subject named first ("Trump endured a lecture
    # from the Mexican president, who said"), no guess.
    actors = (ActorRef("ryan", "Paul Ryan"), ActorRef("trump", "Donald Trump"))
    found = said(
        doc(
            "“I’m just not ready to do that at this point,” Ryan told CNN.",
            "It was a partial reversal for the Wisconsin Republican, who had previously pledged to "
            "support the nominee. He said that Trump needs to do more work.",
        ),
        actors,
    )
    assert ("ryan", "Trump needs to do more work.") in found
    other = said(
        doc("Trump spoke in Mexico City.",
            "Trump endured a lecture from the Mexican president, who said that NAFTA has been good."),
        actors,
    )
    assert other == []
    # but one the article gave that title is meant (usa-today_2016-08-31, dev-49)
    pena = (*actors, ActorRef("pena", "Enrique Peña Nieto"))
    titled = said(
        doc("Mexican President Enrique Peña Nieto met Trump in Mexico City.",
            "Trump endured a lecture from the Mexican president, who said that NAFTA has been good."),
        pena,
    )
    assert titled == [("pena", "NAFTA has been good.")]


def test_a_party_word_before_a_title_leaves_the_name_a_person() -> None:
    # "Republican Sen. John McCain says …" is a person (untracked here), so "The Arizona
    # Republican … says" is not Sanders, named before him; "The Wisconsin Republican did give …,
    # saying" is Ryan, named before
    found = said(
        doc(
            "Bernie Sanders spoke in New Hampshire.",
            "Republican Sen. John McCain says the loose talk about waterboarding skips over the facts.",
            "The Arizona Republican survived five years in prison and says such techniques are inhumane.",
        ),
        (ActorRef("sanders", "Bernie Sanders"),),
    )
    assert found == []
    ryan = said(
        doc("Ryan told CNN he was not ready.",
            "The Wisconsin Republican did give Trump some credit, saying he should be congratulated."),
        (ActorRef("ryan", "Paul Ryan"), ActorRef("trump", "Donald Trump")),
    )
    assert ("ryan", "he should be congratulated.") in ryan


def test_an_outlet_described_by_what_it_is_and_then_as_the_paper() -> None:
    # "as the nationalist Global Times tabloid noted": the outlet; "As the paper noted": the same
    # outlet, named last; a name inside the paper's words still leads the next "he" (an
    # organisation's statement is no one's own voice)
    actors = (ActorRef("gt", "Global Times", "organization"), ActorRef("trump", "Donald Trump"))
    found = said(
        doc(
            'But as the nationalist Global Times tabloid noted Thursday, the leading GOP candidate "has '
            'earned himself a few fans in China."',
            "As the paper noted, it is surprising because Trump has not always had good things to say "
            "about China. Although he says he loves China, he also accuses it of stealing jobs.",
        ),
        actors,
    )
    assert found == [
        ("gt", 'the leading GOP candidate "has earned himself a few fans in China."'),
        ("gt", "it is surprising because Trump has not always had good things to say about China."),
        ("trump", "he loves China"),
        ("trump", "it of stealing jobs."),
    ]


def test_an_organisations_role_is_no_persons() -> None:
    # "the government denied …": whatever role the article gave Tsege, "the government" is not him
    found = said(
        doc(
            "Andargachew Tsege, a critic of the government, fled.",
            "Nega was poised to become mayor, but the government denied his party the victory.",
        ),
        (ActorRef("tsege", "Andargachew Tsege"),),
    )
    assert found == []


def test_a_pronoun_in_a_fronted_subordinate_clause_is_the_main_clauses_subject() -> None:
    # "Even as he accused …, Giuliani wouldn’t …": he is Giuliani, not the last speaker; his
    # words end where the main clause begins
    found = said(
        doc(
            '"That would change the whole texture of the story," Aftergood said.',
            "Even as he accused the Justice Department of giving Clinton special treatment, Giuliani "
            "wouldn’t directly speculate about Comey’s motives.",
        ),
        (ActorRef("giuliani", "Rudy Giuliani"), ActorRef("aftergood", "Steven Aftergood")),
    )
    assert found == [
        ("aftergood", "That would change the whole texture of the story"),
        ("giuliani", "the Justice Department of giving Clinton special treatment"),
    ]



def test_a_possessive_opening_the_sentence_before_leads_the_next_pronoun() -> None:
    # "Palin’s pugnacious posts … . ¶ “…,” she posted": Palin, not the woman who commented before
    found = said(
        doc(
            "Sarah Palin posted a photo.",
            '"God bless her, she is a wonderful mother and daughter of the Lord," wrote Sharon Geyer.',
            "Palin’s pugnacious posts about ISIS include one saying the danger had been understated.",
            "“We are right in calling for shucking the political correctness,” she posted.",
        ),
        (ActorRef("palin", "Sarah Palin"), ActorRef("geyer", "Sharon Geyer")),
    )
    assert ("palin", "We are right in calling for shucking the political correctness") in found



def test_he_is_never_an_organisation_described_before() -> None:
    # "the Turkish government declared … . He denounced …": whoever "he" is, not the government
    turkey = ActorRef("turkey", "Government of Turkey", "organization", ("Turkish government",))
    found = said(
        doc("The Turkish government claims the cleric runs a worldwide network. In the wake of the coup "
            "attempt July 15, the Turkish government declared Oksuz was a leader of the plot. He was briefly "
            "detained. He denounced the coup attempt, telling USA TODAY he had nothing to do with it."),
        (ActorRef("oksuz", "Adil Oksuz"), turkey),
    )
    assert ("turkey", "he had nothing to do with it.") not in found


def test_a_parenthetical_cue_after_including_attributes_only_the_words_after_it() -> None:
    # "Obama's remarks were directed at critics, including, he said, “…”": the quote is his,
    # and the head (naming Obama) is no part of it, so "he" may be Obama
    found = said(
        doc(
            "Trump has demanded that Obama use the phrase.",
            '"This is a political distraction," Obama said.',
            "Obama's remarks were directed broadly at Republican critics, including, he said, "
            '"politicians who tweet and appear on cable news shows."',
        ),
        (ActorRef("obama", "Barack Obama"), ActorRef("trump", "Donald Trump")),
    )
    assert found[-2:] == [
        ("obama", "This is a political distraction"),
        ("obama", "politicians who tweet and appear on cable news shows."),
    ]


def test_a_name_set_off_by_dashes_after_the_subject_is_the_subject() -> None:
    # "Trump’s running mate — Indiana Gov. Mike Pence — has thrown …. ¶ And he claims …": Pence
    found = said(
        doc(
            "While Donald Trump has yet to endorse Paul Ryan, Trump’s running mate — Indiana Gov. Mike "
            "Pence — has thrown his support behind Ryan.",
            "And he claims his boss is OK with it.",
        ),
        (ActorRef("pence", "Mike Pence"), ActorRef("trump", "Donald Trump"), ActorRef("ryan", "Paul Ryan")),
    )
    assert found == [("pence", "his boss is OK with it.")]


def test_a_sentence_opened_by_no_is_no_untracked_subject() -> None:
    # "No photographers were invited …": "No" is no one's name, so "he" is still Netanyahu
    found = said(
        doc(
            "But Mr. Netanyahu did not see it that way. He felt squeezed in. No photographers were invited "
            'to record the moment. "That wasn\'t a good way to treat me," he complained afterward.',
        ),
        (ActorRef("netanyahu", "Benjamin Netanyahu"), ActorRef("obama", "Barack Obama")),
    )
    assert found == [("netanyahu", "That wasn't a good way to treat me")]


def test_the_self_described_democratic_socialist_is_the_one_written_of() -> None:
    found = said(
        doc("Sanders visited Missouri on Saturday, holding a rally that drew crowds. The self-described "
            "democratic socialist said he would win the state’s primary if turnout were high."),
        (ActorRef("sanders", "Bernie Sanders"),),
    )
    assert found == [("sanders", "he would win the state’s primary if turnout were high.")]


def test_an_aide_to_a_titled_person_is_not_that_person() -> None:
    # "A spokesman for Democratic presidential candidate Hillary Clinton called …": the aide's words
    found = said(
        doc("A spokesman for Democratic presidential candidate Hillary Clinton called the report “awful.”"),
        (ActorRef("clinton", "Hillary Clinton"),),
    )
    assert found == []


def test_when_asked_names_no_unknown_speaker() -> None:
    # "When asked whether …, he said: “…”": the one asked is the main clause's "he"
    found = said(
        doc("Trump spoke to NBC.",
            'When asked whether D.C. should have a vote in the House, he said: "I think that is okay."'),
        (ActorRef("trump", "Donald Trump"),),
    )
    assert found == [("trump", "I think that is okay.")]


def test_a_rhetorical_question_the_speaker_said_goes_on_in_the_next_quote() -> None:
    # '“… are they small hands?” Trump said. ¶ “…”': his own question, said, not asked of
    # someone: the next quote paragraph is still his
    found = said(
        doc(
            "“Nobody has ever hit my hands. Look at those hands, are they small hands?” Trump said.",
            "“He referred to my hands. I guarantee you there’s no problem.”",
        ),
        (ActorRef("trump", "Donald Trump"), ActorRef("rubio", "Marco Rubio")),
    )
    assert [a for a, _ in found] == ["trump", "trump"]


def test_the_justice_is_the_justice_written_of() -> None:
    # "The Supreme Court justice -- who has been involved in a scuffle … -- said A": Ginsburg
    found = said(
        doc("Ruth Bader Ginsburg regrets her insults of Donald Trump.",
            "The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican "
            "nominee -- said she regretted her remarks."),
        (ActorRef("ginsburg", "Ruth Bader Ginsburg"), ActorRef("trump", "Donald Trump")),
    )
    assert found == [("ginsburg", "she regretted her remarks.")]


def test_a_plural_possessive_mark_makes_a_possessive() -> None:
    # "Sanders’ campaign called …" is the campaign's (so the candidate's), as "Sanders’s" is;
    # "Indeed, Francis' message is …. He …. His critique …, as he laments A": Francis, whose
    # message the sentences are about, not the spokesman quoted before
    found = said(doc("Sanders’ campaign called the report a “rush to judgment,” because it is early."),
                 (ActorRef("sanders", "Bernie Sanders"),))
    assert [a for a, _ in found] == ["sanders"]
    pope = said(
        doc('"It is his general position," the Vatican spokesman, Federico Lombardi, told Vatican Radio.',
            "Indeed, Francis' message is to call on all Christians to be more Christian. He has challenged "
            'his own bishops to be humbler. His critique is also a moral one, as he laments a "throwaway '
            'culture" in which poor people are collateral damage.'),
        (ActorRef("francis", "Pope Francis"), ActorRef("lombardi", "Federico Lombardi")),
    )
    assert pope[-1][0] == "francis"


def test_a_pronoun_after_a_day_in_a_bracketed_aside() -> None:
    # "(On Monday he said he would … .)": he is Trump; the closing bracket is no part of the words
    found = said(
        doc('Trump said he would deport refugees. (On Monday he said he would "strongly consider" it.)'),
        (ActorRef("trump", "Donald Trump"),),
    )
    assert found == [("trump", "he would deport refugees."), ("trump", 'he would "strongly consider" it.')]


def test_a_scare_quote_then_and_a_cue_notes_no_unknown_speaker() -> None:
    # '… voters “cling to guns or religion,” and bragged about …': the sentence's subject goes on;
    # nobody unnamed spoke, so "she" is Clinton
    found = said(
        doc("Mark Penn argued that gun control hurt the party.",
            "And in 2008, Hillary Clinton slammed Barack Obama for suggesting that rural voters “cling to "
            "guns,” and bragged about her father. “Americans believe it’s a right,” she said."),
        (ActorRef("clinton", "Hillary Clinton"), ActorRef("penn", "Mark Penn")),
    )
    assert ("clinton", "Americans believe it’s a right") in found


def test_a_group_in_a_relative_clause_notes_no_unknown_speaker() -> None:
    # "rebuked critics who say he should …": the critics are a group, no "he" of the next quote
    found = said(
        doc('President Obama rebuked critics who say he should condemn terrorists as "radical Islamists."',
            '"What exactly would using this label accomplish?" he said. "The answer is none of the above."'),
        (ActorRef("obama", "Barack Obama"),),
    )
    assert ("obama", "The answer is none of the above.") in found


def test_a_quote_ending_the_paragraph_after_a_sentence_telling_of_its_speaker() -> None:
    # 'Clinton touted her credentials as a co-sponsor. “We need to …”': the quote is hers
    found = said(
        doc('"It is time for low-wage workers to organize," Sanders said.',
            'Clinton touted her credentials as an original co-sponsor of the legislation. "We need to find '
            'ways to support workers that want a union."'),
        (ActorRef("clinton", "Hillary Clinton"), ActorRef("sanders", "Bernie Sanders")),
    )
    assert found[-1] == ("clinton", "We need to find ways to support workers that want a union.")


def test_a_name_in_apposition_inside_a_relative_clause_is_no_subject() -> None:
    # "George Bush, ticked" looks like a subject and its verb, but the relative clause after
    # "Gray, who" holds the name: "he" is Gray, the sentence's subject
    actors = (ActorRef("gray", "C. Boyden Gray"), ActorRef("jbush", "Jeb Bush"))
    found = said(
        doc(
            "C. Boyden Gray, who served as White House counsel under Mr. Bush's father, George Bush, "
            'ticked through the code of conduct: "Civility and good manners were kind of assumed," he said.'
        ),
        actors,
    )
    assert found == [("gray", "Civility and good manners were kind of assumed")]


def test_a_question_in_reported_words_is_no_question_someone_else_answers() -> None:
    # "“…?” X asked Y. “No,” he said" gives the answer to Y; a question inside X's reported
    # words is put to the reader, and X's "he said" after it is still X
    found = said(
        doc(
            "Keith Kellogg suggested that voters ask themselves this: would they rather pay more in taxes?",
            "Harsh? He doesn't think so. \"I don't judge what people choose to spend money on,\" he said.",
        ),
        (ActorRef("kellogg", "Keith Kellogg"),),
    )
    assert ("kellogg", "I don't judge what people choose to spend money on") in found


def test_a_later_named_attribution_takes_the_words_from_a_cue_inside_a_relative_clause() -> None:
    # "Nothing the president said “…”": "said" is in a relative clause; the Florida senator speaks
    found = said(
        doc(
            "President Barack Obama addressed the nation on Sunday night.",
            "Marco Rubio, R-Fla., appearing on Fox News right after the speech, said Obama failed to "
            'address public concerns. Nothing the president said "will assuage people\'s fears," the '
            "Florida senator said.",
        ),
        (ActorRef("obama", "Barack Obama"), ActorRef("rubio", "Marco Rubio")),
    )
    assert [a for a, _ in found] == ["rubio", "rubio"]
    assert found[1] == ("rubio", "will assuage people's fears")


def test_a_quoted_nickname_inside_a_name_leaves_it_the_subject() -> None:
    found = said(
        doc(
            "In downtown San Francisco, a group marched in silence. Juan \"Chico\" Manriquez of Oakland "
            'carried one of the photos. "I pretty much cried the whole parade," he said.'
        ),
        (ActorRef("manriquez", "Juan Manriquez"),),
    )
    assert found == [("manriquez", "I pretty much cried the whole parade")]


def test_a_quote_paragraph_continues_a_speaker_who_named_someone_in_his_own_words() -> None:
    # Clinton is named in Trump's reported words, not as a new speaker: the next quote is his
    found = said(
        doc(
            '"By the way, if she gets to pick her judges, nothing you can do, folks," Donald Trump told '
            'a North Carolina rally, saying Hillary Clinton would "abolish the second amendment."',
            '"Although the Second Amendment people, maybe there is. I don\'t know."',
        ),
        (ActorRef("trump", "Donald Trump"), ActorRef("clinton", "Hillary Clinton")),
    )
    assert ("trump", "Although the Second Amendment people, maybe there is. I don't know.") in found
    assert "clinton" not in {a for a, _ in found}


def test_a_presidential_description_passes_over_a_mayor_named_since() -> None:
    actors = (ActorRef("trump", "Donald Trump"), ActorRef("deblasio", "Bill de Blasio"))
    found = said(
        doc(
            "Donald Trump called upon Mayor Bill de Blasio to restart surveillance of mosques. "
            "De Blasio disbanded the unit in April 2014.",
            '"There is hatred like nobody has ever seen," the Republican presidential candidate said.',
        ),
        actors,
    )
    assert found[-1] == ("trump", "There is hatred like nobody has ever seen")


def test_the_president_is_not_a_senator_named_since() -> None:
    actors = (ActorRef("obama", "Barack Obama"), ActorRef("rubio", "Marco Rubio"))
    found = said(
        doc(
            "President Barack Obama spoke on Sunday. Sen. Marco Rubio left the chamber early.",
            '"We will not be terrorized," the president said.',
        ),
        actors,
    )
    assert found == [("obama", "We will not be terrorized")]


def test_the_pope_is_the_pontiff_named_last_as_a_subject() -> None:
    found = said(
        doc(
            "On Saturday, Francis made clear that his meeting with Sanders was not political.",
            "The pontiff met Sanders at the Vatican guest house, where the pope lives.",
            '"When I came down, I greeted him, I shook his hand and nothing more," the pope told reporters.',
        ),
        (ActorRef("francis", "Pope Francis", aliases=("Francis",)), ActorRef("sanders", "Bernie Sanders")),
    )
    assert ("francis", "When I came down, I greeted him, I shook his hand and nothing more") in found


def test_he_after_a_topic_set_before_the_clause_is_that_topic() -> None:
    found = said(
        doc(
            'Ted Cruz warned against a brokered convention. "I think that would be an absolute disaster," '
            "the Texas senator said.",
            "As for Donald Trump, he said he's not worried.",
        ),
        (ActorRef("cruz", "Ted Cruz"), ActorRef("trump", "Donald Trump")),
    )
    assert found[-1] == ("trump", "he's not worried.")


def test_the_newspaper_is_a_paper_named_without_news_or_times() -> None:
    found = said(
        doc(
            "That did not sit well with the editors of The Advocate.",
            "The newspaper said that the toll was huge.",
        ),
        (ActorRef("advocate", "The Advocate", "organization"),),
    )
    assert found == [("advocate", "the toll was huge.")]


def test_a_parenthetical_after_a_dash_attributes_only_the_words_after_it() -> None:
    # the narration before the dash names Trump; the words after it are his, not Lewandowski's
    found = said(
        doc(
            '"I never touched her," Corey Lewandowski said.',
            "At the end of the day, Donald Trump was back to implying that she had lied - if the grab "
            "was as bad as she said, he said, why hadn't she screamed?",
        ),
        (ActorRef("trump", "Donald Trump"), ActorRef("lewandowski", "Corey Lewandowski")),
    )
    assert found[-1][0] == "trump" and found[-1][1].startswith("if the grab was as bad as she said")


def test_a_day_and_a_phrase_before_that_are_no_part_of_the_words() -> None:
    # "said Monday in an interview that A": the words are A (before, the day and the phrase led them)
    text = doc("Mr. Trump said Monday in an interview that the plan would fail by the spring.")
    found = said(text, BROTHERS)
    assert found == [("trump", "the plan would fail by the spring.")]


def test_she_after_a_man_reports_her_words_is_the_woman_named_in_them() -> None:
    # huff-post_2016-06-22 (dev-63): Clinton was last a sentence's subject paragraphs back, but
    # Israel's words name her just before "She", and no other woman since
    actors = (ActorRef("hillary", "Hillary Clinton"), ActorRef("israel", "Steve Israel"))
    found = said(
        doc(
            "Hillary Clinton met House Democrats on Wednesday.",
            "The meeting was closed to the press.",
            "Members asked about the platform.",
            "Some wanted more time.",
            "Others left early.",
            "Rep. Steve Israel said Clinton called on members to be “closely coordinated.” She added that "
            "the race can’t just be about reacting to the other side.",
        ),
        actors,
    )
    assert found[-1] == ("hillary", "the race can’t just be about reacting to the other side.")


def test_an_honorific_before_a_first_name_reads_it_as_a_family_name_written_first() -> None:
    # nyt_2016-06-07 (dev-66): "Mr. Lou" is Lou Jiwei; "Mr. Ryan" stays Paul Ryan's, never a
    # tracked Ryan Dubicki's (Ryan is a common given name)
    lou, ryan = ActorRef("lou", "Lou Jiwei"), ActorRef("ryan", "Paul Ryan")
    actors = (lou, ryan, ActorRef("dubicki", "Ryan Dubicki"))
    found = said(
        doc(
            "Mr. Lou said there was nothing wrong with raising the excess capacity problem.",
            "Mr. Ryan said the House would vote on the bill next week.",
        ),
        actors,
    )
    assert found == [
        ("lou", "there was nothing wrong with raising the excess capacity problem."),
        ("ryan", "the House would vote on the bill next week."),
    ]


def test_she_no_rule_settles_is_the_nearest_woman_as_a_guess() -> None:
    # wash-post_2016-07-22 (dev-55): Ivanka Trump is named only inside a phrase ("the introduction
    # by his daughter Ivanka Trump"), and another woman was named before, so no subject, last
    # speaker or lone woman settles "She"; the nearest woman is taken, with a guess's confidence
    actors = (
        ActorRef("trump", "Donald Trump"),
        ActorRef("ivanka", "Ivanka Trump"),
        ActorRef("hillary", "Hillary Clinton"),
    )
    document = doc(
        "Trump said Hillary Clinton had failed.",
        "Trump's gloomy tone was a jarring contrast to the sunny introduction by his daughter Ivanka "
        "Trump, who portrayed him as a generous, magnanimous business executive.",
        "She said her father has been an advocate for women in his company.",
    )
    found = detect(document, actors)[1:]
    assert [(s.actor_id, s.text, s.confidence) for s in found] == [
        ("ivanka", "her father has been an advocate for women in his company.", 0.4)
    ]
    assert "speaker:coref:pronoun-nearest->ivanka" in found[0].evidence
    # someone unnamed in between ("a woman in the crowd") may be "she": no guess
    crowd = doc(*document.paragraphs[:2], "A woman in the crowd cheered. She said the speech was too long.")
    assert [s.actor_id for s in detect(crowd, actors)] == ["trump"]
    # nor for a pronoun opening a clause about someone (nyt_2016-01-30, dev-22: "… a sense that he
    # rejects the norms of Washington discourse"): it says something of them, not what they said
    about = "Many came away with a sense that she says her father has been an advocate for women."
    assert [s.actor_id for s in detect(doc(*document.paragraphs[:2], about), actors)] == ["trump"]


def test_a_participle_s_speaker_is_the_last_speaker_for_a_he_said_after_it() -> None:
    # usa-today_2016-06-30 (dev-49): "And even Obama tried …, noting that he'd demur too …. ¶
    # “When I visit other countries, …,” he said.": Obama, the last to speak (not Peña Nieto)
    actors = (
        ActorRef("obama", "Barack Obama"),
        ActorRef("pena", "Enrique Peña Nieto"),
        ActorRef("trudeau", "Justin Trudeau"),
    )
    document = doc(
        "Peña Nieto urged people not to “choose the road toward isolationism.”",
        "Both Justin Trudeau and Peña Nieto gave assurances that they would work with whomever voters elect. "
        "And even Obama tried to help them off the hook, noting that he'd demur too in their position.",
        "“When I visit other countries, it's not my job to comment on candidates,” he said.",
    )
    assert [s.actor_id for s in detect(document, actors)] == ["pena", "obama", "obama"]


def test_he_after_a_question_put_in_a_when_clause_is_the_one_asked() -> None:
    # dev-53: "Ryan also did not exude confidence when Tapper asked whether …. ¶ “…,” he said":
    # the untracked asker is no answer; the sentence's subject answers
    actors = (ActorRef("ryan", "Paul Ryan"), ActorRef("trump", "Donald Trump"))
    document = doc(
        "Paul Ryan has previously called out Trump.",
        "Ryan also did not exude confidence when Tapper asked whether Republicans would be able to hold on "
        "to the House and Senate in November.",
        "“The one thing I think you can predict of this year, it is gonna be unpredictable,” he said.",
    )
    assert [(s.actor_id, s.text[:16]) for s in detect(document, actors)] == [("ryan", "The one thing I ")]


def test_a_place_opening_a_sentence_is_no_one_he_could_be() -> None:
    # dev-72: "Schuette said …. Michigan was only doing what 40 states already do, he told the court":
    # "40 states" is a noun (no cue), and "Michigan was" names nobody a "he" could be
    actors = (ActorRef("schuette", "Bill Schuette"), ActorRef("elias", "Marc Elias"))
    document = doc(
        "Michigan Attorney General Bill Schuette asked the Supreme Court for quick action. Schuette said the "
        "lower-court judges are disallowing in some states what is accepted practice in others. Michigan was "
        "only doing what 40 states already do, he told the court in his filing."
    )
    assert [(s.actor_id, s.text[:20]) for s in detect(document, actors)] == [
        ("schuette", "the lower-court judg"),
        ("schuette", "Michigan was only do"),
    ]


def test_a_tracked_name_pasted_from_a_garbled_page_meets_the_repaired_text() -> None:
    # extraction repairs "PeÃ±a" to "Peña"; a name an admin copied from such a page is repaired too
    from worker.extract import document_from_text

    document = document_from_text("Enrique PeÃ±a Nieto said trade with the United States had grown.")
    found = detect(document, (ActorRef("pena", "Enrique PeÃ±a Nieto"),))
    assert [(s.actor_id, s.speaker) for s in found] == [("pena", "Enrique Peña Nieto")]


def test_no_guess_past_a_man_the_words_themselves_name() -> None:
    # nyt_2015-12-15 (dev-68): "When she finally noticed Mr. Rogan, her eyes widened …, he said":
    # Rogan is named in the words he reports, so "he" is no guess at Bill Clinton named before
    actors = (
        ActorRef("rogan", "James Rogan"),
        ActorRef("billclinton", "Bill Clinton"),
        ActorRef("hillary", "Hillary Clinton"),
    )
    document = doc(
        "In 1999, Representative James E. Rogan lined up to be photographed with President Bill Clinton.",
        "But Mrs. Clinton was not as friendly. When she finally noticed Mr. Rogan, her eyes widened with "
        "surprise, he said, and she gripped his hands tensely.",
    )
    assert [s.actor_id for s in detect(document, actors)] == []


def test_the_institute_is_the_organisation_whose_name_holds_the_word() -> None:
    # nyt (dev-49): "The Public Policy Institute of California …. …, according to the institute."
    actors = (ActorRef("ppic", "Public Policy Institute of California", "organization"),)
    document = doc(
        "The Public Policy Institute of California released a poll on Monday.",
        "Among Democrats, Mrs. Clinton leads Mr. Sanders 49 percent to 41, according to the institute.",
    )
    assert [(s.actor_id, s.text[:20]) for s in detect(document, actors)] == [("ppic", "Among Democrats, Mrs")]


def test_a_passive_cue_in_the_present_notes_no_unknown_speaker() -> None:
    # politico_2016-06-22 (dev-76): "states are called alphabetically, he noted": "are called" is
    # no one's saying, so "he" is still Bruch
    actors = (ActorRef("bruch", "Bill Bruch"), ActorRef("trump", "Donald Trump"))
    document = doc(
        "Bruch said he’s prepared to challenge any attempt to declare the delegation’s support. But "
        "during roll call votes, states are called alphabetically, he noted, so it may already be clear.",
    )
    assert [s.actor_id for s in detect(document, actors)] == ["bruch", "bruch"]


def test_a_common_noun_opening_a_sentence_is_no_one_he_or_she_could_be() -> None:
    # huff-post_2016-08-31 (dev-74): "Opinion polls see Le Pen making it to a run-off …": "Opinion"
    # (a noun's ending, -ion) is nobody the "she" after it could be
    actors = (ActorRef("lepen", "Marine Le Pen"), ActorRef("trump", "Donald Trump"))
    document = doc(
        "Marine Le Pen said she backs Trump.",
        "Opinion polls see Le Pen making it to a run-off in France’s presidential election.",
        "“What we have in common is that we’re not insiders,” she told CNN.",
    )
    assert [s.actor_id for s in detect(document, actors)] == ["lepen", "lepen"]


def test_a_persons_office_speaks_for_them() -> None:
    # west-journal_2016-08-19 (dev-76): "Powell’s office, when contacted by Reuters, said …"
    actors = (ActorRef("powell", "Colin Powell"), ActorRef("hillary", "Hillary Clinton"))
    document = doc(
        "Colin Powell advised Hillary Clinton to use a private email account, the Times reported.",
        "Powell’s office said the former top diplomat couldn’t recall the exact dinner conversation.",
    )
    assert [(s.actor_id, s.text[:10]) for s in detect(document, actors)] == [("powell", "the former")]


def test_a_subject_named_paragraphs_back_and_since_in_another_role_is_not_far() -> None:
    # huff-post_2016-08-31 (dev-74, its first seven paragraphs): Le Pen the subject four paragraph
    # breaks back, named since only as an object ("Opinion polls see Le Pen …") with no other woman
    # in between (the names inside quotes count for none): "she" is still her
    actors = (
        ActorRef("lepen", "Marine Le Pen"),
        ActorRef("trump", "Donald Trump"),
        ActorRef("hillary", "Hillary Clinton"),
    )
    document = doc(
        "PARIS, Aug 31 (Reuters) - France’s far-right National Front party leader, Marine Le Pen, "
        "voiced support for U.S. Republican presidential candidate Donald Trump on Wednesday, "
        "saying his Democratic rival Hillary Clinton would bring war and hardship to the world.",
        "Le Pen is a candidate in France’s April 2017 presidential election. While her "
        "increasingly popular party thrives on anti-immigration sentiment, she has been more "
        "careful in her speeches than Trump has been, keen to make her party more mainstream.",
        "“As far as France’s best interest is concerned it’s, ‘Everything but Hillary Clinton’,” "
        "Le Pen told CNN in an interview when asked which U.S. candidate she would back.",
        "“It’s everything but Hillary Clinton because I believe Hillary Clinton means war, Hillary "
        "Clinton means devastation, destabilizing the world, economic choices that would be "
        "devastating for my people, geostrategic choices that would lead to global conflicts.”",
        "Opinion polls see Le Pen making it to an early May run-off in France’s presidential "
        "election but losing that second round to a mainstream candidate as a majority of voters "
        "do not want her as president, despite her growing popularity.",
        "She shares with Trump a strategy that banks on presenting herself as “anti-system.”",
        "“What we have in common is that we’re not insiders, we are not taking part in the "
        "‘system’, we depend on no one and do not take our orders from any financial "
        "institutions,” she told CNN in the interview taped and released on Wednesday.",
    )
    found = [s.text[:19] for s in detect(document, actors) if s.actor_id == "lepen"]
    assert found[-1:] == ["What we have in com"]


def test_a_quote_paragraph_naming_the_last_speaker_by_surname_is_not_theirs() -> None:
    # huff-post_2016-02-24 (dev-24): "… wrote David Byler. ¶ “One of the shortcomings of Byler’s
    # otherwise excellent piece …”": someone else's words about him (but "Trump University" in a
    # Trump quote is the name of something else)
    actors = (ActorRef("byler", "David Byler"), ActorRef("trump", "Donald Trump"))
    byler = doc(
        "“The establishment has its candidate,” wrote David Byler.",
        "“One of the shortcomings of Byler’s otherwise excellent piece is that it ignores Rule 40.”",
    )
    assert [s.actor_id for s in detect(byler, actors)] == ["byler"]
    trump = doc(
        "“I do not feel that one's heritage makes them incapable of being impartial,” Trump said.",
        "“Based on the rulings that I have received in the Trump University civil case, I feel justified.”",
    )
    assert [s.actor_id for s in detect(trump, actors)] == ["trump", "trump"]


def test_an_article_naming_no_actor_in_any_spelling_ends_before_tokenising() -> None:
    # names.ActorIndex.may_name: the early end must keep every form the matcher takes
    from worker.detect.names import actor_index

    index = actor_index(
        (
            ActorRef("zelensky", "Volodymyr Zelensky"),
            ActorRef("assad", "Bashar al-Assad"),
            ActorRef("doj", "Department of Justice", "organization"),
            ActorRef("peskov", "Dmitry Peskov", aliases=("Kremlin spokesman",)),
        )
    )
    assert not index.may_name("The minister said the talks had stalled. “Nothing has moved,” he said.")
    for text in (
        "Zelenskiy’s office said the talks had stalled.",  # a transliteration, possessive
        "Al-Assad said the talks had stalled.",  # hyphenated
        "AL-ASSAD: The talks have stalled.",  # a transcript label
        "The Department of Justice said the talks had stalled.",  # a particle in the key
        "A kremlin spokesman said the talks had stalled.",  # a phrase alias in lower case
    ):
        assert index.may_name(text), text
    assert not index.may_name("Justice Minister Ivan Petrov said the talks had stalled.")  # not every word


def test_a_surname_before_a_suffix_is_the_one_a_quote_paragraph_names() -> None:
    # the surname of "James Roosevelt Jr." is Roosevelt (mention_words.surname_of), not "Jr."
    actors = (ActorRef("roosevelt", "James Roosevelt Jr."),)
    document = doc(
        "“The party has its candidate,” wrote James Roosevelt Jr.",
        "“One of the shortcomings of Roosevelt’s otherwise excellent piece is that it ignores Rule 40.”",
    )
    assert [s.actor_id for s in detect(document, actors)] == ["roosevelt"]


def test_an_honorific_tells_a_tracked_spouse_from_the_namesake_named_last() -> None:
    # NYT copy: "Bill Clinton" takes the bare surname over, but "Mrs. Clinton" is not he
    actors = (ActorRef("hillary", "Hillary Clinton"), ActorRef("trump", "Donald Trump"))
    document = Document(
        paragraphs=(
            "Hillary Clinton and Donald Trump spoke in Iowa.",
            "Bill Clinton and Melania Trump were there too.",
            "Mrs. Clinton said she intends to fill half her cabinet with women.",
            "Mr. Trump said he would win the state easily. Mr. Clinton said the race was close.",
            "Mrs. Trump said she was proud of her husband.",
        ),
        source="text",
    )
    found = [(s.actor_id, s.text) for s in detect(document, actors)]
    assert found == [
        ("hillary", "she intends to fill half her cabinet with women."),
        ("trump", "he would win the state easily."),
    ]
