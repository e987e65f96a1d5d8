"""One case per attribution form, quote style and speaker rule, negatives included."""

from __future__ import annotations

import pytest

from worker.detect import detect
from worker.records import ActorRef, Document

ACTORS = (
    ActorRef("peskov", "Dmitry Peskov", aliases=("Kremlin spokesman",)),
    ActorRef("putin", "Vladimir Putin"),
    ActorRef("zelensky", "Volodymyr Zelenskyy"),
    ActorRef("pasechnik", "Leonid Pasechnik"),
    ActorRef("kellogg", "Keith Kellogg"),
    ActorRef("trump", "Donald Trump"),
    ActorRef("obrien", "Conor O'Brien"),
    ActorRef("andres", "José Andrés"),
    ActorRef("kremlin", "Kremlin", "organization"),
    ActorRef("doj", "Department of Justice", "organization"),
    ActorRef("boeing", "Boeing", "organization"),
    ActorRef("cpd", "Commission on Presidential Debates", "organization"),
    ActorRef("butterfield", "G.K. Butterfield"),
    ActorRef("mccaskill", "Claire McCaskill"),
    ActorRef("melanie", "Melanie"),
    ActorRef("strada", "Terry Strada"),
    ActorRef("ivanka", "Ivanka Trump"),
    ActorRef("ban", "Ban Ki-moon"),
    ActorRef("peabody", "Peabody Energy", "organization"),
    ActorRef("clevepd", "Cleveland Police", "organization"),
)


def doc(*paragraphs: str, title: str = "") -> Document:
    return Document(title=title, paragraphs=paragraphs, source="text")


# (case id, document, [(actor, words the statement's text must hold)])
POSITIVE = [
    (
        "curly",
        doc("“We are ready for talks in Istanbul,” Peskov said."),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "straight",
        doc('"We are ready for talks in Istanbul," Peskov said.'),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "guillemets",
        doc("«We are ready for talks in Istanbul», Peskov said."),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "low-high",
        doc("„We are ready for talks in Istanbul“, Peskov said."),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "single guillemets",
        doc("‹We are ready for talks in Istanbul›, said Peskov."),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "single",
        doc("‘We are ready for talks in Istanbul,’ Peskov said."),
        [("peskov", "We are ready for talks in Istanbul")],
    ),
    (
        "nested",
        doc("“He told me ‘never again’ and I believed him,” Putin said."),
        [("putin", "He told me ‘never again’ and I believed him")],
    ),
    (
        "split",
        doc("“We are ready for talks,” Peskov said, “but the date must be agreed.”"),
        [("peskov", "We are ready for talks but the date must be agreed")],
    ),
    (
        "multi-paragraph",
        doc(
            "“The talks will continue in Istanbul next week,” Peskov said. “We expect progress on "
            "every single point of the plan",
            "“And we will not stop until there is an agreement.”",
        ),
        [
            ("peskov", "The talks will continue in Istanbul"),
            ("peskov", "We expect progress"),
            ("peskov", "And we will not stop until there is an agreement"),
        ],
    ),
    (
        "continuation",
        doc(
            "“Nobody delays anything,” Peskov said in Moscow.",
            "“We are naturally for achieving the goals by political means.”",
        ),
        [("peskov", "Nobody delays anything"), ("peskov", "We are naturally for achieving")],
    ),
    (
        "X said that",
        doc("Peskov added that the date still needs to be agreed."),
        [("peskov", "the date still needs to be agreed")],
    ),
    (
        "X said clause",
        doc("Vladimir Putin said on Friday Russia was ready to continue talks."),
        [("putin", "Russia was ready to continue talks")],
    ),
    (
        "said X",
        doc("“The territory is fully liberated,” said Pasechnik."),
        [("pasechnik", "The territory is fully liberated")],
    ),
    (
        "X, the TITLE, said",
        doc("Dmitry Peskov, the Kremlin spokesman, said the talks would resume in May."),
        [("peskov", "the talks would resume in May")],
    ),
    (
        "TITLE X said",
        doc("Kremlin spokesman Dmitry Peskov said the talks would resume in May."),
        [("peskov", "the talks would resume in May")],
    ),
    (
        "according to X, clause",
        doc("According to Peskov, the talks will resume in May."),
        [("peskov", "the talks will resume in May")],
    ),
    (
        "clause, according to X",
        doc("The talks will resume in May, according to the Kremlin."),
        [("kremlin", "The talks will resume in May")],
    ),
    (
        "X told reporters",
        doc("Keith Kellogg told reporters that Russia was stalling the talks."),
        [("kellogg", "Russia was stalling the talks")],
    ),
    (
        "X told reporters, direct",
        doc("“Russia can no longer stall while bombing civilians,” Kellogg told reporters."),
        [("kellogg", "Russia can no longer stall while bombing civilians")],
    ),
    (
        "X: quote",
        doc("Peskov: “We will not comment on that decision at all.”"),
        [("peskov", "We will not comment on that decision at all")],
    ),
    (
        "X said: quote",
        doc("Putin said: “There are big differences between the proposals.”"),
        [("putin", "There are big differences between the proposals")],
    ),
    (
        "headline X: ...",
        doc("Body text.", title="Zelenskyy: Ukraine will never recognise it"),
        [("zelensky", "Ukraine will never recognise it")],
    ),
    (
        "headline X says ...",
        doc("Body text.", title="Putin says Russia is ready for new talks"),
        [("putin", "Russia is ready for new talks")],
    ),
    (
        "headline ... says X",
        doc("Body text.", title="We Need Geoengineering Now, Says Peskov"),
        [("peskov", "We Need Geoengineering Now")],
    ),
    (
        "headline ..., X says",
        doc("Body text.", title="Talks Could Resume in Istanbul by May, Dmitry Peskov Says."),
        [("peskov", "Talks Could Resume in Istanbul by May")],
    ),
    (
        "sub-heading X, quote",
        doc("Kremlin, “No one delays anything”", "Body text follows here."),
        [("kremlin", "No one delays anything")],
    ),
    (
        "title resolution",
        doc(
            "Kremlin spokesman Dmitry Peskov spoke in Moscow.",
            "The spokesman said the talks would resume in May.",
        ),
        [("peskov", "the talks would resume in May")],
    ),
    (
        "pronoun",
        doc("Dmitry Peskov spoke in Moscow on Tuesday. “We are not interested in any delays,” he said."),
        [("peskov", "We are not interested in any delays")],
    ),
    (
        "organisation",
        doc("The Kremlin rejected the accusation that it delayed the talks."),
        [("kremlin", "rejected the accusation that it delayed the talks")],
    ),
    (
        "organisation name swap",
        doc("The Justice Department said it would appeal the ruling."),
        [("doj", "it would appeal the ruling")],
    ),
    (
        "the company",
        doc("Boeing builds the plane. The company said it is under contract for $170 million."),
        [("boeing", "it is under contract for $170 million")],
    ),
    (
        "org staff",
        doc("A spokesman for the Kremlin said the decision had not been taken yet."),
        [("kremlin", "the decision had not been taken yet")],
    ),
    (
        "transliteration",
        doc("Dmitri Peskov said the talks would resume in May."),
        [("peskov", "the talks would resume in May")],
    ),
    (
        "Zelenskiy spelling",
        doc("“We will not give up our land to anyone,” Zelenskiy said."),
        [("zelensky", "We will not give up our land")],
    ),
    (
        "initial",
        doc("D. Peskov said the talks would resume in May."),
        [("peskov", "the talks would resume in May")],
    ),
    (
        "apostrophe",
        doc("Conor O’Brien said the budget would be balanced next year."),
        [("obrien", "the budget would be balanced next year")],
    ),
    (
        "diacritics",
        doc("Jose Andres said the kitchens would stay open all winter."),
        [("andres", "the kitchens would stay open all winter")],
    ),
    (
        "misspelling",
        doc("Leonid Pasechnik spoke on television.", "“The territory is fully liberated,” said Pasemnik."),
        [("pasechnik", "The territory is fully liberated")],
    ),
    (
        "parenthetical",
        doc("The talks could resume in May, Peskov said, if Kyiv agrees."),
        [("peskov", "The talks could resume in May")],
    ),
    (
        "postposed",
        doc("The talks could resume in May after a pause, Peskov said."),
        [("peskov", "The talks could resume in May")],
    ),
    (
        "participle",
        doc("On Tuesday, Putin spoke at length, saying that the talks would resume in May."),
        [("putin", "the talks would resume in May")],
    ),
    (
        "coordinated cues",
        doc("Peskov rejected the claim and insisted that Moscow would honour its obligations."),
        [("peskov", "Moscow would honour its obligations")],
    ),
    (
        "age appositive",
        doc("Leonid Pasechnik, 54, the head of the region, said the region was fully controlled."),
        [("pasechnik", "the region was fully controlled")],
    ),
    (
        "inverted postposed",
        doc("The payoff could be big for the region, said Leonid Pasechnik, its head."),
        [("pasechnik", "The payoff could be big for the region")],
    ),
    (
        "spokeswoman for ORG",
        doc("The talks are over, a spokeswoman for the Department of Justice said on Monday."),
        [("doj", "The talks are over")],
    ),
    (
        "coordinated quote",
        doc("Putin said he would consider the offer but added, “We are in no hurry at all.”"),
        [("putin", "he would consider the offer"), ("putin", "We are in no hurry at all")],
    ),
    (
        "honorific inside the clause",
        doc("Putin said Mr. Kellogg had called him six months ago."),
        [("putin", "Mr. Kellogg had called him six months ago")],
    ),
    (
        "partial quote",
        doc("Putin said the talks were “very useful and constructive.”"),
        [("putin", "the talks were “very useful and constructive")],
    ),
    (
        "mixed quote marks",
        doc('"We are ready for talks in Istanbul next week,” Peskov said. “Nobody delays anything at all."'),
        [("peskov", "We are ready for talks in Istanbul"), ("peskov", "Nobody delays anything")],
    ),
    (
        "hyphenated title",
        doc(
            "President-elect Donald Trump met his advisers on Monday.",
            "“We are going to win so much you will get tired of winning,” the President-elect said.",
        ),
        [("trump", "We are going to win so much")],
    ),
    (
        "said, according to an outlet",
        doc("“We will not comment on that decision at all,” Peskov said, according to the Tass agency."),
        [("peskov", "We will not comment on that decision at all")],
    ),
    (
        "exclamation before the attribution",
        doc("“We will never accept a ceasefire on these terms!” Zelenskiy wrote on Telegram on Sunday."),
        [("zelensky", "We will never accept a ceasefire on these terms")],
    ),
    (
        "adverb before the cue",
        doc("Putin pointedly warned that Russia would respond to any new sanctions."),
        [("putin", "Russia would respond to any new sanctions")],
    ),
    (
        "time phrase before the cue",
        doc("Putin at the time called the proposal “a dangerous step towards escalation.”"),
        [("putin", "a dangerous step towards escalation")],
    ),
    (
        "participle after 'and'",
        doc("Putin blamed the West for the crisis, accusing it of meddling and saying it had armed Kyiv."),
        [("putin", "it had armed Kyiv")],
    ),
    (
        "participle after a dash",
        doc("Zelenskiy criticised the plan sharply — even suggesting that it would reward the aggressor."),
        [("zelensky", "it would reward the aggressor")],
    ),
    (
        "joked before a quote",
        doc("Asked about the delay, Putin joked, “The weather in Istanbul is better than in Moscow.”"),
        [("putin", "The weather in Istanbul is better than in Moscow")],
    ),
    (
        "relative clause in the subject",
        doc(
            "Boeing builds the new tanker.",
            "The company that employs 140,000 people said on Monday that tanker deliveries would resume.",
        ),
        [("boeing", "tanker deliveries would resume")],
    ),
    (
        "postposed, organisation and title before the name",
        doc("The talks could resume within weeks, LPR leader Leonid Pasechnik said."),
        [("pasechnik", "The talks could resume within weeks")],
    ),
    (
        "'it' after an organisation spoke",
        doc("Boeing said the tanker would fly soon. “We have fixed every fault in the wiring,” it said."),
        [("boeing", "We have fixed every fault in the wiring")],
    ),
    (
        "answer after a question in a dialogue",
        doc(
            "“The talks in Istanbul have been useful for both sides,” Peskov said.",
            "“But will Moscow sign the text?” Kellogg asked him.",
            "“We will sign it when every single point has been agreed.”",
        ),
        [("peskov", "We will sign it when every single point")],
    ),
    (
        "a predicate after a comma is no appositive",
        doc("In 2014, the city of Donetsk, Ukraine, was shelled for weeks, said Volodymyr Zelenskiy."),
        [("zelensky", "the city of Donetsk, Ukraine, was shelled for weeks")],
    ),
    (
        "participle after a quote's attribution",
        doc("“We ask for nothing more,” Peskov told reporters, insisting that “the terms are fair to all.”"),
        [("peskov", "the terms are fair to all")],
    ),
    (
        "participle, pronoun subject after an opening phrase",
        doc(
            "Zelenskiy spoke in Kyiv.",
            "During the campaign, he attacked the plan, arguing that it would freeze the front line.",
        ),
        [("zelensky", "it would freeze the front line")],
    ),
    (
        "bare clause with an adverb and a present-tense verb",
        doc("Peskov said the Kremlin rarely comments on such reports from Western outlets."),
        [("peskov", "the Kremlin rarely comments on such reports")],
    ),
    (
        "bare clause opening with that's",
        doc("Putin admitted the talks had stalled but said that’s why a new envoy was needed."),
        [("putin", "that’s why a new envoy was needed")],
    ),
    (
        "X of the ORGANISATION said",
        doc("Leonid Pasechnik of the Luhansk Regional Administration said that the bridge would reopen."),
        [("pasechnik", "the bridge would reopen")],
    ),
    (
        "described X as Y, unquoted",
        doc("Zelenskiy described the proposed settlement as a reward for aggression."),
        [("zelensky", "the proposed settlement as a reward for aggression")],
    ),
    (
        "split quote with a one-word first part",
        doc("“Well,” Peskov went on, turning to the cameras, “nobody here is in any hurry at all.”"),
        [("peskov", "nobody here is in any hurry at all")],
    ),
    (
        "a sentence-initial determiner is no name",
        doc(
            "Another Moscow official, Dmitry Peskov, said the talks had stalled for now. "
            "The next day, Moscow diplomats met in private.",
            "“We will not be rushed into anything,” he said.",
        ),
        [("peskov", "We will not be rushed into anything")],
    ),
    (
        "vowed to",
        doc("Zelenskiy vowed to rebuild every destroyed school before the winter."),
        [("zelensky", "to rebuild every destroyed school")],
    ),
    (
        "called on X to",
        doc("Putin called on Kyiv to withdraw its troops from the region."),
        [("putin", "Kyiv to withdraw its troops")],
    ),
    (
        "emphatic did",
        doc("Peskov did acknowledge in the briefing that the talks had been delayed."),
        [("peskov", "the talks had been delayed")],
    ),
    (
        "'even as' is a conjunction, not a preposition",
        doc("Markets fell on Monday, even as Putin insisted that the economy was growing."),
        [("putin", "the economy was growing")],
    ),
    (
        "multi-paragraph quote attributed in its last paragraph",
        doc(
            "Putin opened the forum on Friday.",
            "“We are ready for talks in Istanbul next week and the week after.",
            "“We will not stop until there is an agreement on every point,” Peskov said.",
        ),
        [("peskov", "We are ready for talks in Istanbul"), ("peskov", "We will not stop")],
    ),
    (
        "unnamed staff after their organisation spoke",
        doc(
            "Boeing said it had built the plane to the specification. A deciding factor in the price, "
            "the executives told Pentagon officials, is the list of security features.",
        ),
        [("boeing", "A deciding factor in the price is the list of security features")],
    ),
    (
        "quoted as saying",
        doc("In a recording aired on Sunday, Putin can be heard saying that the sanctions had failed."),
        [("putin", "the sanctions had failed")],
    ),
    (
        "straight quotes nested in curly ones",
        doc("“He told me \"never again\" and I believed him at the time,” Putin said."),
        [("putin", "He told me \"never again\" and I believed him")],
    ),
    (
        "'that' determining a bare noun belongs to the words",
        doc("Putin predicts that trickle will become a flood by spring."),
        [("putin", "that trickle will become a flood")],
    ),
    (
        "subject outside, predicate quoted",
        doc("Kellogg said Moscow “has no interest in a ceasefire at all.”"),
        [("kellogg", "Moscow “has no interest in a ceasefire")],
    ),
    (
        "subject and comma outside, predicate quoted",
        doc("Peskov said sanctions, “even after a year of talks, remain in place.”"),
        [("peskov", "sanctions, “even after a year of talks")],
    ),
    (
        "according to an organisation's own document",
        doc("According to the Kremlin estimates, the harvest will be the largest in a decade."),
        [("kremlin", "the harvest will be the largest in a decade")],
    ),
    (
        "according to a person's own document",
        doc("According to Putin’s letter, the grain deal will not be renewed this year."),
        [("putin", "the grain deal will not be renewed")],
    ),
    (
        "that-clause of a subject, a verb and a quote",
        doc("Peskov added that Russians are “committed to the peace talks.”"),
        [("peskov", "Russians are “committed to the peace talks")],
    ),
    (
        "quote trailing off",
        doc('"We are just trying to hold on one more year, but with these sanctions ..." Putin said.'),
        [("putin", "We are just trying to hold on one more year")],
    ),
    (
        "aside between the cue and 'that'",
        doc("Putin insisted, as he had done in March, that the border would stay closed."),
        [("putin", "the border would stay closed")],
    ),
    (
        "coordinated cue before a quote, subject with an appositive",
        doc("Keith Kellogg, the US envoy, spoke in Kyiv and said of the talks: “We made real progress.”"),
        [("kellogg", "We made real progress")],
    ),
    (
        "participle after a subject with an appositive",
        doc("Keith Kellogg, the US envoy, opened the meeting, saying that the ceasefire must hold."),
        [("kellogg", "the ceasefire must hold")],
    ),
    (
        "fronted participle of saying",
        doc("MOSCOW (May 2) -- Declaring “the old order” is finished, Vladimir Putin has ordered a review."),
        [("putin", "“the old order” is finished")],
    ),
    (
        "appositive holding a list",
        doc("Keith Kellogg, the envoy who meets bankers, traders and insurers, said the truce would hold."),
        [("kellogg", "the truce would hold")],
    ),
    (
        "a document by an organisation speaks for it",
        doc("A report released Monday by the Department of Justice said that fraud had doubled in a year."),
        [("doj", "fraud had doubled")],
    ),
    (
        "a reported directive, 'told X to'",
        doc("Putin told his generals to halt the advance at the river."),
        [("putin", "to halt the advance at the river")],
    ),
    (
        "'Democratic calls for her to bow out' is a noun: the subject before it still speaks",
        doc(
            "Mrs. Strada, who doggedly remained in the contest until June despite his delegate lead and "
            "Democratic calls for her to bow out, has said she will not call on Mr. Trump to withdraw."
        ),
        [("strada", "she will not call on Mr. Trump to withdraw.")],
    ),
    (
        "a book's title in quote marks is no statement: 'In his new book, “Doomed to Succeed,” X said'",
        doc(
            "In his new book, “Doomed to Succeed,” and in an interview, Mr. Kellogg said the talks had "
            "failed. A self-described “geeky kid,” Mr. Trump changed his name as a teenager."
        ),
        [("kellogg", "the talks had failed.")],
    ),
    (
        "a postposed cue with a time after it: '“…” would be appropriate, X said after the attacks.'",
        doc('"Boots on the ground" would be appropriate, envoy Keith Kellogg said after the attacks.'),
        [("kellogg", '"Boots on the ground" would be appropriate')],
    ),
    (
        "'what X has said' in the words is their topic, no relayed speaker: '…, according to Y'",
        doc("What Putin has said privately about it is a different story, according to Keith Kellogg."),
        [("kellogg", "What Putin has said privately about it is a different story")],
    ),
    (
        "a cue word used as a noun ('rules should') names no unknown speaker for 'he'",
        doc(
            "Keith Kellogg, who served as envoy during the 2019 talks, agreed that the sanction rules "
            "should be eased, but he said that any change should wait until May.",
            "“There is no chance of a deal this year,” he said in a phone interview.",
        ),
        [("kellogg", "any change should wait until May"), ("kellogg", "There is no chance of a deal")],
    ),
    (
        "'In Kyiv, the envoy said': a title after an opening phrase is the subject, not Kyiv's",
        doc(
            "Envoy Keith Kellogg arrived in Ukraine on Monday.",
            "At a press conference in Kyiv, the envoy also said that it was too early to judge the truce.",
        ),
        [("kellogg", "it was too early to judge the truce")],
    ),
    (
        "a party tag between name and cue: 'Sen. X (D-Mo.) said'",
        doc("Sen. Keith Kellogg (R-S.C.) said the truce would hold through the winter."),
        [("kellogg", "the truce would hold through the winter")],
    ),
    (
        "transcript turns, and a quoted paragraph going on with the last turn",
        doc(
            '"WALLACE: Will the talks resume in May, Mr. President?',
            '"PUTIN: Well, look, we are ready for talks in Istanbul at any time.',
            '"And nobody in Moscow is delaying anything at all, believe me.',
        ),
        [("putin", "we are ready for talks in Istanbul"), ("putin", "nobody in Moscow is delaying anything")],
    ),
    (
        "a show's title in quotes before the speaker takes no cue: 'on “Fox News Sunday,” X said'",
        doc(
            "On this weekend’s broadcast of “Fox News Sunday,” envoy Keith Kellogg said the "
            "president’s offer to host both delegations at his Florida estate next month was only "
            "“to test” Moscow."
        ),
        [("kellogg", "the president’s offer to host both delegations")],
    ),
    (
        "'X now says' and 'X himself said': words between subject and cue",
        doc("Putin now says the talks can resume in May.", "Peskov himself said the date still needs work."),
        [("putin", "the talks can resume in May"), ("peskov", "the date still needs work")],
    ),
    (
        "'the commission' for an organisation named 'Commission on …'",
        doc(
            "The Commission on Presidential Debates met on Friday.",
            "The commission says on its website that there were issues with the audio in the hall.",
        ),
        [("cpd", "there were issues with the audio in the hall")],
    ),
    (
        "a hearer with a title: 'told co-host Joe Scarborough that'",
        doc("Putin told co-host Joe Scarborough that he honestly did not know the answer."),
        [("putin", "he honestly did not know the answer")],
    ),
    (
        "the progressive: 'X is warning voters that', 'He’s claiming that'",
        doc(
            "Putin is warning voters that the talks could fail.",
            "Peskov met reporters. He’s claiming that nobody delays the talks at all.",
        ),
        [("putin", "the talks could fail"), ("peskov", "nobody delays the talks at all")],
    ),
    (
        "inverted at the sentence's start: 'Said Peskov: “…”'",
        doc("Dmitry Peskov spoke in Moscow.", "Said Peskov: “Nobody delays anything, and nobody ever will.”"),
        [("peskov", "Nobody delays anything, and nobody ever will")],
    ),
    (
        "a party tag and an appositive after a quote: '“…,” Rep. X (R-Ohio), a panel member, said'",
        doc("“They would just go and get the laptops,” Sen. Keith Kellogg (R-Ohio), a panel member, said."),
        [("kellogg", "They would just go and get the laptops")],
    ),
    (
        "initials written together: 'said Rep. G.K. Butterfield'",
        doc("“This is a disgusting day for the truce,” said Rep. G.K. Butterfield, head of the caucus."),
        [("butterfield", "This is a disgusting day for the truce")],
    ),
    (
        "a lead ending in a colon introduces: 'X scolded him: “…,” she said' is X's, quote only",
        doc(
            "Dr. Keith Kellogg testified on Tuesday.",
            "Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is against you on "
            "the three products you called ‘miracles,’” she said.",
        ),
        [("mccaskill", "The scientific community is against you")],
    ),
    (
        "a title lead with digits: 'said 9/11 widow Terry Strada'",
        doc("“The rationales for the veto do not hold any weight,” said 9/11 widow Keith Kellogg."),
        [("kellogg", "The rationales for the veto do not hold any weight")],
    ),
    (
        "a party after a comma: 'Mitch McConnell, R-Ky., said'",
        doc("“Our assumption is that the veto will be overridden,” Keith Kellogg, R-Ky., said Tuesday."),
        [("kellogg", "Our assumption is that the veto will be overridden")],
    ),
    (
        "an outlet's person after an inverted cue: 'noted NBC’s Keith Kellogg'",
        doc("The debates are not likely to alter the campaign at all, noted NBC’s Keith Kellogg."),
        [("kellogg", "The debates are not likely to alter the campaign")],
    ),
    (
        "a longer subject whose predicate is quoted: 'said the tax breaks used by X and others “do …”'",
        doc("Putin said the tax breaks used by Trump and others “do nothing to boost the economy.”"),
        [("putin", "the tax breaks used by Trump and others")],
    ),
    (
        "a bare clause with a present-tense verb, then ', though she noted B' on its own",
        doc(
            "Claire McCaskill said the nonstop demands that come with government work sometimes erase "
            "the barriers that women face in private work, though she noted clients are beginning to "
            "demand diverse legal teams."
        ),
        [
            ("mccaskill", "the nonstop demands that come with government work"),
            ("mccaskill", "clients are beginning to demand diverse legal teams"),
        ],
    ),
    (
        "an opening adverb and a weekday are no name: 'Even Friday, he claimed that'",
        doc("Keith Kellogg spoke in Kyiv.", "Even Friday, he claimed that the truce would hold all winter."),
        [("kellogg", "the truce would hold all winter")],
    ),
    (
        "a description between dashes: 'Kellogg -- envoy to Ukraine since May -- said'",
        doc("Kellogg -- envoy to Ukraine since May, and a retired general -- said the truce would hold."),
        [("kellogg", "the truce would hold")],
    ),
    (
        "a hearer running on to 'that': 'told the debate audience that she believes'",
        doc("Claire McCaskill told the debate audience that she believes the truce will hold this winter."),
        [("mccaskill", "she believes the truce will hold this winter")],
    ),
    (
        "NYT appositive 'X, Democrat of California, said'",
        doc("Senator Claire McCaskill, Democrat of Missouri, said the program has sent a terrible message."),
        [("mccaskill", "the program has sent a terrible message")],
    ),
    (
        "a long appositive between quote and cue: '“…,” X, director of … and a professor at …, said'",
        doc(
            "“It has the important virtue of being fiscally responsible,” Keith Kellogg, director of the "
            "centrist Urban-Brookings Tax Policy Center and a professor at Syracuse University, said."
        ),
        [("kellogg", "It has the important virtue of being fiscally responsible")],
    ),
    (
        "joint speakers: 'Mr. Putin and Mr. Peskov said' is the first one's",
        doc("But Mr. Putin and Mr. Peskov said the developers had defined these areas too broadly."),
        [("putin", "the developers had defined these areas too broadly")],
    ),
    (
        "'“A,” the envoy said, adding that B “quoted”': B is a reported clause, not a split quote",
        doc(
            "Envoy Keith Kellogg spoke in Kyiv.",
            "“We do not see a link to the strikes,” the envoy said, adding that it would take "
            "“more hours” before any details emerge.",
        ),
        [("kellogg", "We do not see a link to the strikes"), ("kellogg", "it would take “more hours”")],
    ),
    (
        "a plural subject's plain 'say': 'Mr. Putin and Mr. Peskov say'",
        doc("But Mr. Putin and Mr. Peskov say other changes are needed before the talks."),
        [("putin", "other changes are needed before the talks")],
    ),
    (
        "an appositive holding a 'which' clause: 'X, a spokeswoman for the Y, which is …, said'",
        doc(
            "Claire McCaskill, a developer and spokeswoman for the EB-5 Investment Coalition, which is "
            "made up of investors and developers, said many of the examples failed to note the gains."
        ),
        [("mccaskill", "many of the examples failed to note the gains")],
    ),
    (
        "an appositive chain ending in a place: 'X, the foreign minister of France, a member of …, said'",
        doc(
            "Keith Kellogg, the foreign minister of France, a permanent member of the Security Council, "
            "said the latest test cannot be left without consequences."
        ),
        [("kellogg", "the latest test cannot be left without consequences")],
    ),
    (
        "a cue word after a determiner is a noun: 'The answers to X are “…,” says Y' is Y's sentence",
        doc("The answers to veteran suicides are “not meeting the demand,” says Keith Kellogg."),
        [("kellogg", "The answers to veteran suicides are")],
    ),
    (
        "an ambiguous given name ('Terry') lets 'she' reach its bearer",
        doc(
            "“The rationales for the veto don’t hold weight,” said 9/11 widow Terry Strada.",
            "She continued, “All we are asking for is an opportunity to have our case heard.”",
        ),
        [("strada", "All we are asking for is an opportunity")],
    ),
    (
        "'condemned what he called a “breach”' names no unknown speaker for the next 'he'",
        doc(
            "Envoy Keith Kellogg condemned what he called a “brazen breach” of the truce.",
            "“I count on the council to remain united and take appropriate action,” he told reporters.",
        ),
        [("kellogg", "I count on the council to remain united")],
    ),
    (
        "a report inside 'According to X,': 'According to Yahoo News, spokesman Y said that A' is Y's",
        doc(
            "According to Yahoo News, Kremlin spokesman Dmitry Peskov said Friday that the president "
            "would sign the treaty if it came to his desk."
        ),
        [("peskov", "the president would sign the treaty")],
    ),
    (
        "a reduced clause's verb is no cue: 'who told Congress when asked about it: “…”'",
        doc(
            "The decision would involve envoy Keith Kellogg, who told Congress when asked last month "
            "about the talks: “That matter is being handled by career negotiators.”"
        ),
        [("kellogg", "That matter is being handled by career negotiators")],
    ),
    (
        "joint speakers with an article: 'Putin and the Kremlin have said that'",
        doc("Putin and the Kremlin have said that none of the material was marked secret at the time."),
        [("putin", "none of the material was marked secret")],
    ),
    (
        "an abbreviated title counts: 'Gov. Keith Kellogg' is 'the governor'",
        doc("Gov. Keith Kellogg spoke in Ohio.", "The governor said the truce would hold all winter."),
        [("kellogg", "the truce would hold all winter")],
    ),
    (
        "'at 7 p.m. He says …': a clock time ends a sentence before a word that only opens one",
        doc("Putin says he will await results after the polls close at 7 p.m. He says the turnout was high."),
        [("putin", "he will await results"), ("putin", "the turnout was high")],
    ),
    (
        "a surname two actors share, told apart by the pronoun after the cue: 'Trump says he'",
        doc(
            "Ivanka Trump described the plan on Tuesday at the rally.",
            "Trump says he would pay for it by eliminating the fraud in the system.",
        ),
        [("trump", "he would pay for it")],
    ),
    (
        "a named hearer with a group noun: 'told The New York Times editorial board in a meeting that'",
        doc("Putin told The New York Times editorial board in a private meeting that the talks could wait."),
        [("putin", "the talks could wait")],
    ),
    (
        "a Korean name written family first: 'Ban' is Ban Ki-moon",
        doc("Ban Ki-moon spoke.", "“That was one of the most difficult moments for me,” Ban recalled."),
        [("ban", "That was one of the most difficult moments for me")],
    ),
    (
        "an appositive opening with a possessive name: 'X, Putin's chief strategist, said'",
        doc("Keith Kellogg, Putin's chief strategist, said the contest will be decided by the delegates."),
        [("kellogg", "the contest will be decided by the delegates")],
    ),
    (
        "a second cue joined by '— and he noted' is a statement of its own",
        doc("Peskov said the talks would be more intense — and he noted that any change would come later."),
        [("peskov", "the talks would be more intense"), ("peskov", "any change would come later")],
    ),
    (
        "a definite description varies the name of the last subject: 'The New York businessman says'",
        doc(
            "Donald Trump charges that the countries donated millions to the foundation.",
            "The New York businessman says of the rival, “If she gets the chance, she will sell the office.”",
        ),
        [("trump", "If she gets the chance, she will sell the office")],
    ),
    (
        "the party word nearest a name is its party: 'Republican Putin and Democrat Kellogg'",
        doc(
            "The race between Republican Vladimir Putin and Democrat Keith Kellogg goes on.",
            "Keith Kellogg says the country is thrilled with the endorsement of the union.",
            "The Democratic presidential nominee says they both share the belief that every child counts.",
        ),
        [
            ("kellogg", "the country is thrilled with the endorsement"),
            ("kellogg", "they both share the belief that every child counts"),
        ],
    ),
    (
        "a plural noun before a cue ('new emissions rules that promise') names no speaker a 'he' could be",
        doc(
            "To his successor, Mr. Putin leaves a raft of new emissions rules that promise to transform "
            "the economy, and an aggressive - some say unrealistic - pledge.",
            "All of this, he acknowledges, could be undone at the ballot box.",
        ),
        [("putin", "could be undone at the ballot box")],
    ),
    (
        "a block quote that lost its quotation marks: 'X added:' then an unquoted paragraph",
        doc(
            "Keith Kellogg spoke on the radio.",
            "Kellogg added:",
            "And from a supposed front-runner, this reeks of some of the greatest fear I have ever seen.",
        ),
        [("kellogg", "And from a supposed front-runner, this reeks")],
    ),
    (
        "a block quote holding a quote of its own ('But what we should ask is “who has God anointed?”')",
        doc(
            "In the text accompanying the video post, Keith Kellogg wrote:",
            "I think this prayer timely, as the polls show a slip. But what we should ask is "
            "“who has God anointed?”",
        ),
        [("kellogg", "I think this prayer timely, as the polls show a slip")],
    ),
    (
        "an opening phrase before a colon lead-in: 'On July 6, 2015, X made the following comment:'",
        doc(
            "On July 6, 2015, Keith Kellogg made the following comment:",
            "“For young people who have dropped out of high school, the rate is 33 percent.”",
        ),
        [("kellogg", "For young people who have dropped out")],
    ),
    (
        "'reports:' and 'echoed:' introduce a quote paragraph",
        doc(
            "The Kremlin reports:",
            "“The talks in Istanbul were useful and will go on next week.”",
            "Keith Kellogg echoed:",
            "“He speaks his mind, and I think that might be what the country needs.”",
        ),
        [("kremlin", "The talks in Istanbul were useful"), ("kellogg", "He speaks his mind")],
    ),
    (
        "a remark after one's own question and more narration is no answer to it",
        doc(
            "Keith Kellogg asks at the school, “Any questions I can answer?”",
            "He is talking to voters about health care. He jokes, “It’s a never ending line, folks!”",
        ),
        [("kellogg", "It’s a never ending line")],
    ),
    (
        "'charges that' reports an accusation",
        doc("Keith Kellogg charges that the countries donated millions of dollars to the foundation."),
        [("kellogg", "the countries donated millions")],
    ),
    (
        "a bare clause whose verb is an irregular past: 'says Putin ran a very aggressive campaign'",
        doc("Keith Kellogg says Putin ran a very aggressive and effective campaign in the region."),
        [("kellogg", "Putin ran a very aggressive and effective campaign")],
    ),
    (
        "a two-word place is no person a 'he' could be: '… Russia and North Korea. He also vowed'",
        doc(
            "Keith Kellogg warned against hackers from China, Russia and North Korea. He also vowed to form "
            "a joint federal task force to crack down on hackers."
        ),
        [("kellogg", "to form a joint federal task force")],
    ),
    (
        "'recent Republican claims that' is a noun, no speaker a 'he' could be",
        doc(
            "Keith Kellogg blasted recent Republican claims that the program is in trouble.",
            "“There's a lot of scare talk out there about the program going bankrupt,” he said.",
        ),
        [("kellogg", "There's a lot of scare talk out there")],
    ),
    (
        "a hearer then 'this weekend': 'told African-Americans this weekend he would …'",
        doc("Keith Kellogg told African-Americans this weekend he would consider it a personal insult."),
        [("kellogg", "he would consider it a personal insult")],
    ),
    (
        "'Del.' is a title, no sentence end: 'said Del. Claire McCaskill of the Virgin Islands'",
        doc("“This is a waste of time. It is destroying this panel,” said Del. Claire McCaskill of Guam."),
        [("mccaskill", "This is a waste of time")],
    ),
    (
        "'began by saying': the opening subject's words",
        doc("Keith Kellogg, a doctor, went on MSNBC and began by saying he would never diagnose anyone."),
        [("kellogg", "he would never diagnose anyone")],
    ),
    (
        "a headline 'X Verbs Y: ‘…’' with two tracked names in one title-case run",
        doc(
            "Keith Kellogg grilled Boeing on Tuesday.",
            title="Keith Kellogg Hammers Boeing CEO: ‘You Should Be Criminally Investigated.’",
        ),
        [("kellogg", "You Should Be Criminally Investigated")],
    ),
    (
        "a headline 'Railing Against X, Y Vows To …'",
        doc(
            "Keith Kellogg spoke in Ohio.",
            title="Railing Against Putin, Kellogg Vows To Eliminate Tax Breaks For Developers",
        ),
        [("kellogg", "To Eliminate Tax Breaks For Developers")],
    ),
    (
        "a tracked author's document speaks for it, then a dash aside: '…, the Kremlin report says — …'",
        doc("The economy is in excess demand, despite the outlook, the Kremlin report says — as Kyiv does."),
        [("kremlin", "The economy is in excess demand")],
    ),
    (
        "an organisation's officials as a participle's subject: 'Boeing officials disputed it, arguing that'",
        doc("Boeing officials disputed that figure, arguing that it was based on out-of-date numbers."),
        [("boeing", "it was based on out-of-date numbers")],
    ),
    (
        "a hearer 'of' a place: 'told The Star-Ledger of Newark last week she would'",
        doc("Claire McCaskill told The Star-Ledger of Newark last week she would rather vote for Putin."),
        [("mccaskill", "she would rather vote for Putin")],
    ),
    (
        "'the network' is the organisation named last: 'Boeing … The network said that'",
        doc(
            "In a comparison done by Boeing, similar statements were treated very differently.",
            "The network noted that both candidates were referring to studies that seek a wider measure.",
        ),
        [("boeing", "both candidates were referring to studies")],
    ),
    (
        "a suffix ends the name: '“…,” Keith R. Kellogg II, a writer for The Atlantic, said'",
        doc("“Absolutely hate this framing of the necessity of voting,” Keith R. Kellogg II, a writer, said"),
        [("kellogg", "Absolutely hate this framing")],
    ),
    (
        "a company's first name word alone: 'Peabody' for Peabody Energy",
        doc("In a statement, Peabody said: “Patriot Coal was highly successful when it became independent.”"),
        [("peabody", "Patriot Coal was highly successful")],
    ),
    (
        "a relative clause's antecedent after a preposition: 'celebrities like X, who joked, “…”'",
        doc("The ceremony had stars like Keith Kellogg, who joked of the museum, “I haven’t seen it yet.”"),
        [("kellogg", "I haven’t seen it yet")],
    ),
    (
        "'As X observed, CONTENT': the words after the aside are X's",
        doc("Yet, as Mr. Kellogg observed, in the early days of a new administration trade wars are cheap."),
        [("kellogg", "in the early days of a new administration")],
    ),
    (
        "'telling HEARER, “…”' after a subordinate clause: the main subject's words, past the hearer",
        doc(
            "After Putin suffered a concussion, Kellogg emailed his condolences, addressing him as "
            "“Vladimir” and telling him, “you are an all-star player and we need you for the long run!”"
        ),
        [("kellogg", "you are an all-star player")],
    ),
    (
        "'telling HEARER that': 'told' as a participle",
        doc("Keith Kellogg spoke out, telling Fox 35 that the organization is focused on ending violence."),
        [("kellogg", "the organization is focused on ending violence")],
    ),
    (
        "'calling X “…”' with quoted words is a participle of saying",
        doc("Keith Kellogg posted a string of tweets, calling President Putin an “ignorant baboon.”"),
        [("kellogg", "President Putin an “ignorant baboon")],
    ),
    (
        "the progressive of more cues: 'is reaffirming that', 'is assuring voters'",
        doc(
            "Attorney General Claire McCaskill is reaffirming that the probe is free of outside influence.",
            "Keith Kellogg is assuring voters he is tough enough to be president.",
        ),
        [("mccaskill", "the probe is free of outside influence"), ("kellogg", "he is tough enough")],
    ),
    (
        "a bare clause opening with a number: 'has said 2,093 of the emails were redacted'",
        doc("The Kremlin has said 2,093 of the released emails were redacted in all or part."),
        [("kremlin", "2,093 of the released emails were redacted")],
    ),
    (
        "'…, according to X' after a long sentence with a cue word in an earlier clause",
        doc(
            "With its capital in Terre Haute, called the “Crossroads of America” by the citizens, "
            "the leaners in the area seem enamored with Putin, according to the Kremlin."
        ),
        [("kremlin", "the leaners in the area seem enamored with Putin")],
    ),
    (
        "'“…!” X, the head of Y, Tweeted on Friday': an appositive between the name and a capitalised cue",
        doc("“Not us but we cannot argue with it!” Kellogg, the head of Right to Rise, Tweeted on Friday."),
        [("kellogg", "Not us but we cannot argue with it")],
    ),
    (
        "a participle's subject is no name after a preposition: '… for American diplomacy — even suggesting'",
        doc(
            "Claire McCaskill spoke.",
            "During Mr. Putin’s campaign, she criticized his demeanor and warned what it might mean for "
            "American diplomacy — even suggesting that his tendency to lash out could cause a war.",
        ),
        [("mccaskill", "what it might mean"), ("mccaskill", "his tendency to lash out could cause a war")],
    ),
    (
        "a sentence opening 'And X says': the 'and' joins no list of names",
        doc(
            'Keith Kellogg spoke.',
            'And Kellogg says the talks are over.',
        ),
        [('kellogg', 'the talks are over.')],
    ),
    (
        "a time adverb before a bare clause: 'says tonight he’s a step closer'",
        doc(
            'Keith Kellogg spoke.',
            'Kellogg says tonight he’s a step closer to a deal.',
        ),
        [('kellogg', 'tonight he’s a step closer')],
    ),
    (
        "'told X after PHRASE that …': a longer phrase between the hearer and 'that'",
        doc(
            'Donald Trump is telling supporters after his victory in the South Carolina Republican '
            'primary that “when you win, it’s beautiful.”',
        ),
        [('trump', 'when you win, it’s beautiful.')],
    ),
    (
        "', going on to say that …': a participle of its own, ending the first clause",
        doc(
            'Trump said the debate is insane, going on to say that the country has spent years '
            'fighting racism.',
        ),
        [('trump', 'the debate is insane'), ('trump', 'the country has spent years fighting racism.')],
    ),
    (
        "'X has done A but has said B': a coordinated cue after an auxiliary",
        doc(
            'Claire McCaskill, like Obama, has encouraged European nations to bolster defense '
            'spending but has said she will hold firm to U.S. defense commitments.',
        ),
        [('mccaskill', 'she will hold firm to U.S. defense commitments.')],
    ),
    (
        "'said about 20 people have …' (a quantity opens a bare clause) and ', aside from saying B'",
        doc(
            'Claire McCaskill will pick.',
            'McCaskill has said about 20 people have indicated an interest in the seat, but she '
            'refuses to discuss names, aside from saying he wants a diverse delegation.',
        ),
        [('mccaskill', 'about 20 people have indicated an interest in the seat'),
         ('mccaskill', 'he wants a diverse delegation.')],
    ),
    (
        "'X made it clear (that) …' is a cue",
        doc(
            'Keith Kellogg retired.',
            'In an interview, Kellogg made it clear he had major misgivings about the armed forces.',
        ),
        [('kellogg', 'he had major misgivings about the armed forces.')],
    ),
    (
        "'says if …, he’d …': a reported clause opening with a condition",
        doc(
            'Donald Trump says if he spent the day in South Carolina he’d be doing nothing more than '
            'yelling at people.',
        ),
        [('trump', 'if he spent the day in South Carolina he’d be doing nothing more')],
    ),
    (
        "'said that was …': a 'that' followed by a verb is the clause's subject, kept in the words",
        doc(
            'Keith Kellogg spoke.',
            'Asked about his criticisms, Kellogg said that was a natural part of having to run '
            'against him.',
        ),
        [('kellogg', 'that was a natural part of having to run against him.')],
    ),
    (
        "'X (D-Mo.) reacted, saying: “…”': a party tag before the verb, a colon after the participle",
        doc(
            'In a statement, Sen. Claire McCaskill (D-Mo.) reacted to the news, saying: “Trayvon '
            'Martin’s killer should be in prison.”',
        ),
        [('mccaskill', 'Trayvon Martin’s killer should be in prison.')],
    ),
    (
        "'A DIGEST LINE - Name: “…”': a name credited after a dash, then a colon",
        doc(
            'The interplay has been important for Republican contests - Keith Kellogg: “Two weeks '
            'ago, his strongest territory had been the South.”',
        ),
        [('kellogg', 'Two weeks ago, his strongest territory had been the South.')],
    ),
    (
        "'…, the admiral said': an admiral or a diplomat is a principal a description names",
        doc(
            'Adm. Keith Kellogg spoke on Monday.',
            'The derogatory comments had two goals, the admiral said.',
        ),
        [('kellogg', 'The derogatory comments had two goals')],
    ),
    (
        "'“…,” said X, who emphasized that B': a later cue after the quote's own",
        doc("“The base is broad,” said Mr. Kellogg, who emphasized that her plans would simplify returns."),
        [("kellogg", "The base is broad"), ("kellogg", "her plans would simplify returns.")],
    ),
    (
        "'…, in which he said …': a pronoun after a relative that follows a preposition",
        doc(
            "Donald Trump spoke.",
            "Democrats seized upon Mr. Trump's remarks, in which he said he was skeptical of the officials.",
        ),
        [("trump", "he was skeptical of the officials.")],
    ),
    (
        "'told CNN she believed that …': the words keep 'she believed'",
        doc(
            'Sen. Claire McCaskill told CNN she believed that Clinton would release a transcript.',
        ),
        [('mccaskill', 'she believed that Clinton would release a transcript.')],
    ),
    (
        "', tweeting, “…”', 'by interjecting, “…”': participles that also take objects, before a quote",
        doc(
            'Keith Kellogg poked at the sniffing during the debate, tweeting, “Notice the sniffing. '
            'Coke user?”',
            'Donald Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”',
        ),
        [('kellogg', 'Notice the sniffing. Coke user?'),
         ('trump', 'Only Rosie O’Donnell.')],
    ),
    (
        "'X responded pointedly, with a smile: “…”': two short phrases between the cue and the quote",
        doc(
            'Claire McCaskill spoke.',
            'McCaskill responded pointedly, with a smile: “Can happen when you’re 45.”',
        ),
        [('mccaskill', 'Can happen when you’re 45.')],
    ),
    (
        "'“…,” X said, before clarifying that B': a participle after 'before'",
        doc(
            'Gov. Keith Kellogg spoke.',
            '“I believe he is the best person to win,” the governor said, before clarifying that he '
            'was the best candidate but that Trump is the best of the rest.',
        ),
        [('kellogg', 'I believe he is the best person to win'),
         ('kellogg', 'he was the best candidate but that Trump is the best of the rest.')],
    ),
    (
        "'says that doesn’t mean …': a 'that' before a negated verb is the subject",
        doc(
            'Keith Kellogg spoke.',
            'But he says that doesn’t mean he can’t take on the Russians.',
        ),
        [('kellogg', 'that doesn’t mean he can’t take on the Russians.')],
    ),
    (
        "'continues to insist, ASIDE, that …': a cue after 'continues to'",
        doc(
            'Donald Trump spoke.',
            'The Republican nominee continues to insist, most recently in an interview with ABC News, '
            'that he really wants to release his taxes.',
        ),
        [('trump', 'he really wants to release his taxes')],
    ),
    (
        "'“…” -- and asserting, “…”': a participle after a dash-set quote and 'and'",
        doc(
            'Donald Trump spoke.',
            'Mr. Trump clarified the matter, treating a remark as a compliment -- "That makes me '
            'smart" -- and asserting, "Of course, I pay federal taxes."',
        ),
        [('trump', 'Of course, I pay federal taxes.')],
    ),
    (
        "'…, which he said B': the relative's words after the cue, a clause or a verb phrase",
        doc(
            'Donald Trump spoke.',
            'Trump proposed a permanent wall at the Mexico border, which he said the Mexican '
            'government should also pay for.',
            'He attacked other candidates for accepting his donations, which he said were accompanied '
            'by leverage and return favors.',
        ),
        [('trump', 'the Mexican government should also pay for.'),
         ('trump', 'were accompanied by leverage and return favors.')],
    ),
    (
        "'X was quick to add that …' is a cue",
        doc(
            'Donald Trump spoke.',
            'Trump was quick to add that the negotiation does not include nixing the idea altogether.',
        ),
        [('trump', 'the negotiation does not include nixing the idea altogether.')],
    ),
    (
        "'is saying that revelations about X show …': 'that' before a plural noun is no demonstrative",
        doc(
            'The Kremlin is saying that revelations about the tax history show the need for reform.',
        ),
        [('kremlin', 'revelations about the tax history show the need for reform.')],
    ),
    (
        "'ORG, which contended that A, is …': the words end where the main clause goes on",
        doc(
            'The tax bill levied by the Kremlin, which contended that Ireland undertaxed the company, '
            'is a good example.',
        ),
        [('kremlin', 'Ireland undertaxed the company')],
    ),
    (
        "'As X, TITLE, recently put it, “…”' and 'X put it this way: “…”'",
        doc(
            'As Keith Kellogg, a tax lawyer and senior fellow at the Tax Policy Center, recently put '
            'it, "Did Trump lower his taxes through legal tax avoidance, or illegal tax evasion?"',
            'Donald Trump put it this way: “the deal is dead and everybody knows it.”',
        ),
        [('kellogg', 'Did Trump lower his taxes through legal tax avoidance'),
         ('trump', 'the deal is dead')],
    ),
    (
        "'He concluded: “…”' and 'X on Friday made A and pledged to B'",
        doc(
            'Keith Kellogg spoke.',
            'He concluded: “The person in this debate who cannot tell the truth is Hillary Clinton.”',
            'The Kremlin on Friday made a strong condemnation of the test and pledged to impose '
            'further sanctions as a deterrence.',
        ),
        [('kellogg', 'The person in this debate who cannot tell the truth'),
         ('kremlin', 'to impose further sanctions as a deterrence')],
    ),
    (
        "'As reported by X, A' names its source like 'according to X'",
        doc(
            'As reported by the Kremlin, investigators found over 2,200 emails containing classified '
            'information.',
        ),
        [('kremlin', 'investigators found over 2,200 emails')],
    ),
    (
        "'X, State Department security director, informed director Y Z that …': X's, never Y Z's",
        doc(
            'In an email dated Feb. 12, 2012 — seven months before the attack — Keith Kellogg, State '
            'Department regional security director, informed regional director Donald Trump that he '
            'would be glad to call and talk about the lack of security.',
        ),
        [('kellogg', 'he would be glad to call and talk about the lack of security.')],
    ),
    (
        "'X, South Carolina director for Y, said': a title before 'for' is still the appositive",
        doc(
            "Keith Kellogg, South Carolina director for Putin, said the campaign has just opened its "
            "11th field office in the state.",
        ),
        [("kellogg", "the campaign has just opened its 11th field office")],
    ),
    (
        "'X unleashed a series of tweets early Friday saying that …': a message its sender put out",
        doc(
            'Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had '
            'shown bad judgment in using Alicia Machado.',
        ),
        [('trump', 'rival Hillary Clinton had shown bad judgment')],
    ),
    (
        "'she said at a news conference announcing that …': a participle after a message noun",
        doc(
            'Claire McCaskill spoke.',
            '“We will get there together,” she said at a recent news conference announcing that her '
            'department was suing North Carolina over its law.',
        ),
        [('mccaskill', 'her department was suing North Carolina')],
    ),
    (
        "'Claiming A, Trump told Fox that B': the fronted participle is the main clause's name's",
        doc(
            'Donald Trump spoke.',
            'Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told '
            'Fox that they hit Matt.',
        ),
        [('trump', 'the criticism of Lauer is designed to pressure debate moderators')],
    ),
    (
        "participles: 'telling his lawyer Y Z to “…”', 'a statement condemning', 'promising to'",
        doc(
            'Judge Keith Kellogg at first tried to stop the barbs, telling his lawyer Pat Doe to '
            '“control your client” and threatening to end the hearing.',
            'On Thanksgiving, Donald Trump released a statement condemning the actions of “paid '
            'agitators and protesters” without offering any evidence.',
            'Without naming anyone, Putin quietly tore into the businessman, insinuating that the '
            'nation will lose a grownup when the term ends.',
            'On Thursday, Claire McCaskill spoke to industry leaders, promising to lift environmental '
            'regulations and open more federal land.',
        ),
        [('kellogg', 'to “control your client”'),
         ('trump', 'the actions of “paid agitators and protesters”'),
         ('putin', 'the nation will lose a grownup'),
         ('mccaskill', 'to lift environmental regulations')],
    ),
    (
        "'it was revealed by the NGO X that A': the passive's agent said A",
        doc(
            'Weeks later, it was revealed by the Kremlin that six of them had previously had their '
            'devices hacked by Pegasus software.',
        ),
        [('kremlin', 'six of them had previously had their devices hacked')],
    ),
    (
        "'Without naming him, the First Lady tore into X, insinuating that …'",
        doc(
            'First Lady Claire McCaskill spoke in Ohio.',
            'Without mentioning Trump by name, the First Lady quietly tore into the businessman, '
            'insinuating that the nation will lose a grownup when the term ends.',
        ),
        [('mccaskill', 'the nation will lose a grownup')],
    ),
    (
        "'Trump’s message was simple: “…”': the possessor's own words after a colon",
        doc(
            'Donald Trump spoke at a rally.',
            'Trump’s message was simple: “We are going to win, and win big.”',
        ),
        [('trump', 'We are going to win')],
    ),
    (
        "'X had a message for Y: “…”': words the subject sends, whoever else the sentence names",
        doc(
            "Keith Kellogg visited the Putin campaign's offices to encourage young staffers with a simple "
            "message: “Don't screw this up!”",
            "Kellogg had a message for Putin: “You will lose this war before the winter is out.”",
        ),
        [("kellogg", "Don't screw this up!"), ("kellogg", "You will lose this war")],
    ),
    (
        "'A, according to the conservative-leaning Tax Foundation': a hyphened word before the source",
        doc("The top 1 percent would see their incomes rise by 19.9 percent, according to the "
            "Kremlin-friendly Boeing."),
        [('boeing', 'The top 1 percent would see their incomes rise')],
    ),
    (
        "'President X responded … by saying A': title words open the subject of 'by saying'",
        doc("President Donald Trump responded to a Gold Star mother by saying his refusal to use "
            "the words was a deliberate choice."),
        [('trump', 'his refusal to use the words')],
    ),
    (
        "'the former first lady and U.S. senator said': one person described by two roles",
        doc("Claire McCaskill spoke in Ohio on Monday.",
            "The former prosecutor and current Missouri senator said the plan was “a mistake”."),
        [('mccaskill', 'the plan was “a mistake”')],
    ),
    (
        "'“…,” X said in the Oval Office, emphasizing A': more participles of saying",
        doc("“Peace also means prosperity,” Peskov said in the Kremlin, emphasizing it was time to end the "
            "sanctions."),
        [('peskov', 'it was time to end the sanctions')],
    ),
    (
        "'X rejected it, denying that A': an object-taking participle before 'that'",
        doc("Putin rejected the report on Monday, denying that Russia had sent troops."),
        [('putin', 'Russia had sent troops')],
    ),
    (
        "'X said A “…,” though he noted B': the cue after 'though' is no attribution of the quote",
        doc("Peskov said it was hard because “the issues are complex,” though he noted the talks had "
            "made progress."),
        [('peskov', 'the talks had made progress')],
    ),
    (
        "'X suggested the approach rang hollow': a bare clause with an irregular past",
        doc("Putin suggested the approach rang hollow in Moscow."),
        [('putin', 'the approach rang hollow')],
    ),
    (
        "'an interview with X in which he fretted that A': he is the one the interview is with",
        doc("Donald Trump spoke in Ohio on Monday.",
            "The paper published an interview with Boeing CEO Keith Kellogg in which he fretted that "
            "the tariffs could cost his company."),
        [('kellogg', 'the tariffs could cost his company')],
    ),
    (
        "'X said Gen. James Mattis changed his view': a title abbreviation inside a bare clause",
        doc("Donald Trump said Gen. James Mattis changed his view about the efficacy of torture."),
        [('trump', 'Gen. James Mattis changed his view')],
    ),
    (
        "'X would say, “…”': a habit of saying, before a quote",
        doc("Whenever the talks stalled, Peskov would say, “Nobody delays anything at all.”"),
        [('peskov', 'Nobody delays anything at all')],
    ),
    (
        "'X issued a statement …. The statement said A': the document speaks for who put it out",
        doc("The Kremlin issued a statement on Monday after the talks.", "The statement said the date still "
            "needs to be agreed."),
        [('kremlin', 'the date still needs to be agreed')],
    ),
    (
        "'X is pledging to “…”': a progressive commissive with quoted words",
        doc("Putin, celebrating a victory at home, is pledging to “win many hundreds of delegates” soon."),
        [('putin', 'to “win many hundreds of delegates”')],
    ),
    (
        "'And he vowed to “…”': a commitment whose words are quoted",
        doc("Peskov spoke in Moscow.", "And he vowed to “take our fight” to the 35 states."),
        [('peskov', 'to “take our fight”')],
    ),
    (
        "'X said Obama enjoys A': a bare clause of a name and a present-tense verb",
        doc("Kremlin spokesman Dmitry Peskov said Putin enjoys the opportunity to speak at the forum."),
        [('peskov', 'Putin enjoys the opportunity')],
    ),
    (
        "'X said in an interview with The Washington Post that A': a longer phrase before 'that'",
        doc("Putin said in an interview with The Washington Post that the talks had been too dull."),
        [('putin', 'the talks had been too dull')],
    ),
    (
        "'X said on the MSNBC show “Morning Joe” that “A”': a show's title in the phrase, a quote after",
        doc("Putin said on the MSNBC show “Morning Joe” that “the talks had been too dull for words.”"),
        [('putin', 'the talks had been too dull for words')],
    ),
    (
        "'said on the show ''Morning Joe'' that A': the same with typed double apostrophes",
        doc("Putin said on the show ''Morning Joe'' that the talks had been too dull."),
        [('putin', 'the talks had been too dull')],
    ),
    (
        "'He went on to suggest that A': 'went on to say' and its kin",
        doc("Peskov spoke in Moscow.", "He went on to suggest that the date still needs to be agreed."),
        [('peskov', 'the date still needs to be agreed')],
    ),
    (
        "'Sen. X (D-R.I.), said …': a stray comma after a party tag",
        doc("Sen. Keith Kellogg (D-R.I.), said after a lunch on Tuesday that he had not read the plan."),
        [("kellogg", "he had not read the plan")],
    ),
    (
        "'X and Y have both argued that A': 'both' between the auxiliary and the cue",
        doc("Vladimir Putin and Keith Kellogg have both argued that the workers lost jobs because of trade."),
        [("putin", "the workers lost jobs"), ("kellogg", "the workers lost jobs")],
    ),
    (
        "'a report by X that A': A is X's ('a report by X that was published' is no statement)",
        doc(
            "On Friday, it was a report by the Kremlin that he fabricated the story of an offer to attend "
            "West Point.",
            "A report by the Kremlin that was published Monday drew fire from Kyiv and from Washington.",
        ),
        [("kremlin", "he fabricated the story of an offer")],
    ),
    (
        "'X went on to say, “…”' and 'went so far as to say: “…”': the quote after a comma or a colon",
        doc(
            "Keith Kellogg wrote a book.",
            "He went on to say, “She once threw a Bible at an agent on her detail.”",
            "Kellogg went so far as to say: “Twitter as we know it is over.”",
        ),
        [("kellogg", "She once threw a Bible"), ("kellogg", "Twitter as we know it is over")],
    ),
    (
        "'X, star of the TV show “The Apprentice,” said A': a show's name, not X's quote",
        doc('Donald Trump, star of the TV show "The Apprentice," said that conventions have been too dull.'),
        [('trump', 'conventions have been too dull')],
    ),
    (
        "'Bikers for Trump' is no one's full name: a later 'Trump' is still Donald Trump",
        doc("Donald Trump rallied in Ohio.", "Bikers for Trump and the Coalition Against Trump both marched.",
            "Trump said that the convention would be a great show."),
        [('trump', 'the convention would be a great show')],
    ),
    (
        "'With …, Pres. Obama claimed A': 'Pres.' ends no sentence",
        doc("With members of the Duma in attendance, Pres. Putin claimed a new era had begun in Russia."),
        [('putin', 'a new era had begun in Russia')],
    ),
    (
        "'The GOP presidential front-runner predicted that A': front-runner describes a principal",
        doc("Donald Trump has said Rubio's days in office are over.",
            "The GOP presidential front-runner predicted in March that Rubio would not run again."),
        [('trump', 'Rubio would not run again')],
    ),
    (
        "'As The Daily News reported, A': a capital 'The' before the source",
        doc("As The Kremlin reported, the troops would stay in the region for the winter."),
        [('kremlin', 'the troops would stay in the region')],
    ),
    (
        "'“…,” X shot back': a retort",
        doc("“Nobody delays anything at all,” Peskov shot back."),
        [('peskov', 'Nobody delays anything at all')],
    ),
    (
        "'X released a statement confirming A': a message's participle",
        doc("Dmitry Peskov released a statement confirming the date still needs to be agreed."),
        [('peskov', 'the date still needs to be agreed')],
    ),
    (
        "'The Wisconsin Republican says that A': a state and a party describe the last subject",
        doc("House Speaker Donald Trump is criticizing the steps.",
            "The Wisconsin Republican says in a statement that the steps are certain to be challenged."),
        [('trump', 'the steps are certain to be challenged')],
    ),
    (
        "'In addition to stating that A, X also said B': a fronted participle after a preposition",
        doc("In addition to stating that the talks had stalled, Peskov said the date needs to be agreed."),
        [('peskov', 'the talks had stalled'), ('peskov', 'the date needs to be agreed')],
    ),
    (
        "'After saying that A, he left': a fronted participle with a pronoun subject",
        doc("Peskov spoke in Moscow.", "After saying that the talks had stalled, he left the room."),
        [('peskov', 'the talks had stalled')],
    ),
    (
        "'X says Y’s new actions aren’t worth the paper': every negated auxiliary makes a clause",
        doc("Dmitry Peskov says Trump’s new actions to regulate trade aren’t worth the paper."),
        [('peskov', 'Trump’s new actions to regulate trade aren’t worth')],
    ),
    (
        "'He's comparing X to Y and says A': the contracted subject of a coordinated cue",
        doc("Peskov spoke in Moscow.",
            "He's comparing the sanctions to a siege and says the West is flouting the law."),
        [('peskov', 'the West is flouting the law')],
    ),
    (
        "'X won six states and Y said A': 'and' before a name after no name joins two clauses",
        doc("Trump won six states and Putin strongly suggested the others should drop out."),
        [('putin', 'the others should drop out')],
    ),
    (
        "'X and its defenders say that A': the one named speaks",
        doc("The Kremlin and its defenders say that the network is no more biased than any other."),
        [('kremlin', 'the network is no more biased')],
    ),
    (
        "'footage of X saying, “…”': the name caught saying it speaks, not the ad",
        doc("The ad ends with footage of Putin saying during the forum, “That makes me smart,” to applause."),
        [('putin', 'That makes me smart')],
    ),
    (
        "'a video shows X saying that A'",
        doc("A video shows Peskov saying that the date still needs to be agreed."),
        [('peskov', 'the date still needs to be agreed')],
    ),
    (
        "'X restricted comments to …. ¶ “…”': a quote paragraph after a sentence about X",
        doc("Putin restricted his comments on the talks to hypothetical scenarios.",
            "“If any side cannot keep its word, the talks should be broken off.”",
            "The talks resume on Monday."),
        [('putin', 'If any side cannot keep its word')],
    ),
    (
        "'X instructed an employee to A', 'asked the jury to A': a singular hearer of a directive",
        doc("Defense attorney Keith Kellogg asked the jury to consider why the man did what he did."),
        [('kellogg', 'the jury to consider why the man did')],
    ),
    (
        "'X called for a special prosecutor to investigate A': a demand",
        doc("Putin called for a special prosecutor to investigate the attack on the embassy."),
        [('putin', 'called for a special prosecutor to investigate')],
    ),
    (
        "'X blasted Y for its “…”', 'condemned the test as “…”': praise or blame in quoted words",
        doc("In March, Putin blasted NATO for its “outrageous practices” in the Baltic states.",
            "Peskov condemned Friday's test as “provocative and destabilizing.”"),
        [('putin', 'NATO for its “outrageous practices” in the Baltic'),
         ('peskov', 'test as “provocative and destabilizing')],
    ),
    (
        "'He says,” there …”': a closing mark typed as the opener after 'says,'",
        doc("Peskov spoke in Moscow.", "He says,” there are a lot of people who never get listened to.”"),
        [('peskov', 'there are a lot of people who never get listened to')],
    ),
    (
        "'X is continuing to insist A', 'X did note that A'",
        doc("Putin is continuing to insist the talks will resume. Peskov did note that the date is open."),
        [('putin', 'the talks will resume'), ('peskov', 'the date is open')],
    ),
    (
        "'X took the stage and called Y “…”': a coordinated naming verb with quoted words",
        doc("Putin took the stage Tuesday in Moscow and called the political system “rotten to the core.”"),
        [('putin', 'the political system “rotten to the core')],
    ),
    (
        "'“…,” [Peskov] said': an editor's brackets around the speaker's name",
        doc('Dmitry Peskov spoke to reporters.', '"We are ready for talks in Istanbul," [Peskov] said.'),
        [('peskov', 'We are ready for talks in Istanbul')],
    ),
    (
        "'\" \'A,\' he said.' then '\" \'B.\' \"': a quoted quote, marks spaced, continues its speaker",
        doc(
            "The newspaper reported on Peskov's briefing:",
            "\" 'We are ready for talks,' [Peskov] said.",
            "\" 'Every proposal will be studied in Moscow. That's it.' \"",
        ),
        [('peskov', 'We are ready for talks'), ('peskov', 'Every proposal will be studied in Moscow')],
    ),
    (
        "a given name alone, for someone named in full before: 'Keith told reporters'",
        doc(
            "Keith Kellogg arrived in Kyiv on Monday.",
            "Asked about the plan, Keith told reporters that the talks had never been serious.",
        ),
        [("kellogg", "the talks had never been serious")],
    ),
    (
        "a condition before quoted words: 'says if elected “I will …”'",
        doc("Kellogg says if elected president “I will work very, very closely with leaders in Congress.”"),
        [("kellogg", "if elected president")],
    ),
    (
        "'no matter what …, “…”' after the cue",
        doc("Kellogg says no matter what action Putin takes, “his word does not trump the constitution.”"),
        [("kellogg", "no matter what action Putin takes")],
    ),
    (
        "a commitment in the negative: 'vows not to take …'",
        doc("And Mr. Kellogg vows not to take Putin's calls until he agrees to change course."),
        [("kellogg", "not to take Putin's calls")],
    ),
    (
        "a mood before the name after a quote: 'an angry X retaliated'",
        doc("Putin arrived.", "“France will always be France,” an angry Kellogg retaliated."),
        [("kellogg", "France will always be France")],
    ),
    (
        "a name, its organisation and its town: 'X of Liberty Baptist Church in Marion said'",
        doc("One pastor supporting Putin, Keith Kellogg of Liberty Baptist Church in Marion, said he had "
            "made more than 150 phone calls to other pastors."),
        [("kellogg", "he had made more than 150 phone calls")],
    ),
    (
        "a name and its state: 'Sen. X of Texas said'",
        doc("Sen. Keith Kellogg of Texas said he had made more calls to other senators."),
        [("kellogg", "he had made more calls to other senators")],
    ),
    (
        "a subject after a title of lower-case words opens its sentence: 'Former presidential envoy X is …'",
        doc(
            "Vladimir Putin attacked the plan on Sunday.",
            "Former presidential envoy Keith Kellogg is choosing not to respond to the attacks.",
            "“We have come a long way in the last nine months,” he told cheering supporters in Nashua.",
        ),
        [("kellogg", "We have come a long way")],
    ),
    (
        "an appositive of a place's office: 'X, New Jersey’s sitting governor, said'",
        doc("Kellogg, New Jersey’s sitting governor, said the talks would resume in May."),
        [("kellogg", "the talks would resume in May")],
    ),
    (
        "words before ', X said Tuesday in Paris, noting …': a day, a place and a participle after the cue",
        doc("Putin arrived.", "Trump’s “excesses” are sickening, Kellogg said Tuesday in Paris, noting the "
            "Republican nominee “makes you want to retch.”"),
        [("kellogg", "Trump’s “excesses” are sickening")],
    ),
    (
        "words before ', X said in his book, “Title.”': the book's title after the cue",
        doc("Fidel Castro's revolution in 1959 dampened plans to return home, Kellogg said in his 2012 "
            "book, “An American Son.”"),
        [("kellogg", "Fidel Castro's revolution in 1959 dampened plans to return home")],
    ),
    (
        "'said, if elected, she would …': a condition set off by commas opens the clause",
        doc("Kellogg said, if elected, he would ask Mr. Trump to help lead a cancer initiative."),
        [("kellogg", "if elected, he would ask Mr. Trump to help lead")],
    ),
    (
        "words before ', X told his advisers.': a hearer that ends the sentence",
        doc("This is not about me, Kellogg told his closest advisers."),
        [("kellogg", "This is not about me")],
    ),
    (
        "'said her $4.5 billion net worth … was being marked down': a decimal point in a bare clause",
        doc("Kellogg said her $4.5 billion net worth in 2015 was being marked down to zero."),
        [("kellogg", "her $4.5 billion net worth in 2015 was being marked down to zero.")],
    ),
    (
        "'X on Thursday evening said …': a part of the day after the day, between subject and cue",
        doc("RNC spokesman Keith Kellogg on Thursday evening said the party was not in a crisis."),
        [("kellogg", "the party was not in a crisis.")],
    ),
    (
        "'said A, and urged that everyone take a deep breath': a subjunctive clause after 'urged'",
        doc("Kellogg said the party was not in a crisis, and urged that everyone take a deep breath."),
        [("kellogg", "the party was not in a crisis"), ("kellogg", "everyone take a deep breath.")],
    ),
    (
        "'X, citing “…,” said A': a cited phrase is no quote of 'said', whose clause follows",
        doc('Mr. Kellogg, citing "the unique magic of Trump," said the candidate could win in Pennsylvania.'),
        [("kellogg", "the candidate could win in Pennsylvania.")],
    ),
    (
        "'He agreed that A', 'X agrees that A': a clause after 'agree' (not 'agreed to the deal')",
        doc("Kellogg spoke in Indianapolis.", "He agreed that Trump may struggle to win support."),
        [("kellogg", "Trump may struggle to win support.")],
    ),
    (
        "'X expressed alarm that A'",
        doc("Keith Kellogg, a managing partner, expressed alarm that his views might be closer to Trump’s."),
        [("kellogg", "his views might be closer to Trump’s.")],
    ),
    (
        "'X went further: He also said that A': a pronoun subject after a colon",
        doc("Kellogg spoke.", "But Kellogg went further than placating members: He also said that Trump "
            "wanted to coordinate with the party."),
        [("kellogg", "Trump wanted to coordinate with the party.")],
    ),
    (
        "'said X, a gynecologist from Englewood, New Jersey, who said A': a town and its state",
        doc("“That may be of concern,” said Keith Kellogg, a gynecologist from Englewood, New Jersey, who "
            "said he is friendly with the Kushners."),
        [("kellogg", "That may be of concern"), ("kellogg", "he is friendly with the Kushners.")],
    ),
    (
        "'A former candidate -- X, who lost … -- said A': the name opening a dashed aside",
        doc("A former Republican presidential candidate -- Keith Kellogg, who lost the 2008 election -- said "
            "the president offered no changes to his strategy."),
        [("kellogg", "the president offered no changes to his strategy.")],
    ),
    (
        "'As Purple PAC's X said, A': an organisation's possessive before the name",
        doc("As Purple PAC's Kellogg said, the two standard-bearers have become the least ideological."),
        [("kellogg", "the two standard-bearers have become the least ideological.")],
    ),
    (
        "'To a question on the “…,” X said A': a quoted noun is no quote of the cue, whose clause follows",
        doc('To a question on the "privatization of public sector jobs," Kellogg said private contractors '
            "can be more expensive."),
        [("kellogg", "private contractors can be more expensive.")],
    ),
    (
        "'This will lead to a “more sustained recovery,” X said': the sentence around a quoted noun is X's",
        doc('This will lead to a "more sustained recovery," Kellogg said.'),
        [("kellogg", 'This will lead to a "more sustained recovery,"')],
    ),
    (
        "'X - who previously said A - said B': a relative clause set off by spaced hyphens",
        doc('Keith Kellogg - who previously said he would "bomb the oil fields" seized by ISIS - '
            "said at a rally that the United States should close its borders."),
        [("kellogg", 'he would "bomb the oil fields" seized by ISIS'),
         ("kellogg", "the United States should close its borders.")],
    ),
    (
        "'X said in a statement. “…”': a cue with no words of its own introduces the next quote",
        doc("Putin arrived.", "Kellogg said in a statement. “There are no paper ballots to recount.”"),
        [("kellogg", "There are no paper ballots to recount.")],
    ),
    (
        "'X, a supporter from Hemet, California, is among those who say A': X says A",
        doc("Keith Kellogg, a supporter from Hemet, California, is among those who say they will not vote."),
        [("kellogg", "they will not vote.")],
    ),
    (
        "'X protested that A' (not 'protested Trump at a rally')",
        doc("Kellogg protested that the aides were disingenuous.", "Kellogg protested Trump at a rally."),
        [("kellogg", "the aides were disingenuous.")],
    ),
    (
        "'“…,” said master of ceremonies X': a role with 'of' before the inverted name",
        doc('"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Keith Kellogg.'),
        [("kellogg", "Thanks, Clarkston, for welcoming these refugees")],
    ),
    (
        "a span of time before a bare clause: 'has said for weeks he’s …'",
        doc("Kellogg has said for weeks he’s the only candidate in the field who can beat Trump."),
        [("kellogg", "he’s the only candidate in the field")],
    ),
    (
        "a described subject with an adverb ('The former ambassador also discussed') before 'He stated', "
        "past a name governed by 'versus'",
        doc(
            "Democrat nominee Vladimir Putin, former UN Ambassador Keith Kellogg told a radio host, "
            "“The slogan might as well be Not Indicted, Yet!”",
            "Kellogg also discussed the rules for government service. He said the rules did not apply.",
            "The former ambassador also discussed the differences between the foreign policy of Putin versus "
            "GOP nominee Donald Trump. He stated that there were plenty of conservatives willing to serve.",
        ),
        [("kellogg", "there were plenty of conservatives willing to serve")],
    ),
    (
        "'he' after a sentence whose subject is X and whose relative clause ('Govs. Y and Z, who say …') "
        "holds the last speaker: X",
        doc(
            "Speaking to CBS on Monday, Kellogg refrained from attacking his rivals, particularly Govs. "
            "Vladimir Putin and Donald Trump, who say the freshman senator lacks the experience needed.",
            "He dismissed critique of his performance at the debate, saying that it was his best night.",
        ),
        [("kellogg", "it was his best night")],
    ),
    (
        "blame put on quoted words: 'blamed the law on “…”'",
        doc("Kellogg blamed the anti-fracking law on “knuckleheaded Democratic politicians.”"),
        [("kellogg", "knuckleheaded Democratic politicians")],
    ),
    (
        "credit given to quoted words: 'credited the victory to “…”'",
        doc("Kellogg credited Putin's victory to “a closed primary, something I am not enthusiastic about.”"),
        [("kellogg", "a closed primary")],
    ),
    (
        "a directive to a named hearer in quotes: 'commanded the Democratic Party to “do …”'",
        doc("Kellogg commanded the Democratic Party to “do the right thing and open its doors.”"),
        [("kellogg", "do the right thing")],
    ),
    (
        "a cue after ', then': 'offered the man a job, then says he’ll …'",
        doc("Kellogg jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice "
            "from anyone who wants to talk to him."),
        [("kellogg", "he’ll welcome advice")],
    ),
    (
        "a participle after 'despite' between subject and verb: 'X, R-Wis., despite admitting that A,'",
        doc("House Speaker Keith Kellogg, R-Wis., despite admitting that he did have his concerns about "
            "“trial lawyers trying to get rich,” backed the bill."),
        [("kellogg", "he did have his concerns")],
    ),
    (
        "'by telling X she had been …' after an opening phrase",
        doc("After the election, Kellogg tried offering an olive branch by telling Putin he had been an able "
            "and determined opponent."),
        [("kellogg", "he had been an able and determined opponent")],
    ),
    (
        "a role that opens an item, named in the next sentence: 'Connecticut’s tax commissioner says A.'",
        doc(
            "2:45 p.m.",
            "Connecticut’s tax commissioner says an internal review shows no one from the state released the "
            "filings.",
            "Keith Kellogg says he instructed staff Monday to check whether anyone disclosed it.",
        ),
        [("kellogg", "an internal review shows no one from the state")],
    ),
    (
        "an indefinite role, named next: 'A former DNC chairman says A. ¶ “…,” said X'",
        doc(
            "A former Democratic National Committee chairman says the party should come up with a process "
            "to identify a successor.",
            "“Now is the time for all good political leaders to come to the aid of their party,” said Keith "
            "Kellogg, who helmed the party from 1995 to 1997.",
        ),
        [("kellogg", "the party should come up with a process")],
    ),
    (
        "a name run on from an organisation's: 'with the editorial board of the Washington Post Trump said'",
        doc("In a March 2016 meeting with the editorial board of the Washington Post Trump said that U.S. "
            "involvement in NATO may need to be significantly diminished."),
        [("trump", "U.S. involvement in NATO may need")],
    ),
    (
        "the speaker's own claim between cue and clause: 'repeated his claim that …'",
        doc("Kellogg also repeated his claim that “profit-making” was the motivation for some companies."),
        [("kellogg", "was the motivation for some companies")],
    ),
    (
        "a question put: 'asked if parents would be willing …'",
        doc("Putin spoke first.", "He also asked if parents would be willing to vote for such a candidate."),
        [("putin", "if parents would be willing")],
    ),
    (
        "a participle after 'after' between subject and verb: 'X, after initially saying A, took …'",
        doc("Mr. Kellogg, after initially saying he would not advertise on television in the state, took "
            "to the airwaves this week."),
        [("kellogg", "he would not advertise on television")],
    ),
    (
        "a directive participle: 'sent a text message …, asking them not to stage protests'",
        doc("Kellogg sent a mass text message to his supporters in Philadelphia, asking them not to stage "
            "protests inside the hall."),
        [("kellogg", "them not to stage protests")],
    ),
    (
        "'would only say that …'",
        doc("Asked about a more forceful approach, Kellogg would only say that his lack of knowledge was "
            "worrisome."),
        [("kellogg", "his lack of knowledge was worrisome")],
    ),
    (
        "a demand with a long hearer: 'called on others who received money … to return it'",
        doc("Kellogg called on others who received money from the same donors to return that money as well."),
        [("kellogg", "others who received money")],
    ),
    (
        "a demand coordinated after 'often questions': '… and has called for X to release …'",
        doc("Kellogg often questions Putin’s ties to super PACs and has called for the former spy to release "
            "the transcripts of his speeches."),
        [("kellogg", "the former spy to release the transcripts")],
    ),
    (
        "the answer after a question put to the name: 'X was asked if …. ¶ “…,” he said'",
        doc("On Sunday, Kellogg was asked if Republicans would campaign on raising the retirement age.",
            "“I think it's time for the American people to have an adult conversation,” he said."),
        [("kellogg", "I think it's time for the American people")],
    ),
    (
        "'made the case that …'",
        doc("Kellogg made the case that the court should hear the appeal before the election."),
        [("kellogg", "the court should hear the appeal")],
    ),
    (
        "'referred to X as “…”' names",
        doc("Speaking on Monday, Kellogg referred to Putin as “a bright, charismatic leader.”"),
        [("kellogg", "a bright, charismatic leader")],
    ),
    (
        "'warned of' a consequence without quote marks",
        doc("Kellogg warned of the global implications a Trump presidency would have."),
        [("kellogg", "the global implications a Trump presidency")],
    ),
    (
        "'touted how far …'",
        doc("After thanking the crowd, Kellogg touted how far his campaign had come in the last 10 months."),
        [("kellogg", "how far his campaign had come")],
    ),
    (
        "'described X as Washington celebrating itself': a characterisation opening with a capital",
        doc("Kellogg has described the dinner as Washington celebrating itself."),
        [("kellogg", "the dinner as Washington celebrating itself")],
    ),
    (
        "'made the suggestion that …'",
        doc("And Kellogg made the suggestion that Trump should receive only false information."),
        [("kellogg", "Trump should receive only false information")],
    ),
    (
        "blame with the quoted words as object: 'attacked “the hateful ideology …”'",
        doc("In an August speech, Kellogg attacked “the hateful ideology of radical Islam – its oppression "
            "of women.”"),
        [("kellogg", "the hateful ideology of radical Islam")],
    ),
    (
        "a condition whose main clause has a subject of its own: 'said if he were president, DACA … would'",
        doc("Kellogg said if he were president, DACA and DAPA would be expanded to cover more people."),
        [("kellogg", "if he were president, DACA and DAPA would")],
    ),
    (
        "a commitment dated: 'promised Monday to begin …'",
        doc("Keith Kellogg promised Monday to begin taking executive action on immigration."),
        [("kellogg", "to begin taking executive action")],
    ),
    (
        "a charge: 'accused X of …'",
        doc("Kellogg has accused Putin of trying to use his role as chairman to block the nominee."),
        [("kellogg", "Putin of trying to use his role")],
    ),
    (
        "'proposed that …', 'forecast that …', 'bemoaned that …'",
        doc("Kellogg proposed that a coalition put in place a no-fly zone. Putin forecast that the slumping "
            "economy would soon rebound. Kellogg then bemoaned that the costs of health care were too high."),
        [("kellogg", "a coalition put in place a no-fly zone"), ("putin", "the slumping economy would soon"),
         ("kellogg", "the costs of health care were too high")],
    ),
    (
        "adverbs between a continuing cue and its quote: 'concluded so eloquently and timelessly, “…”'",
        doc("Kellogg spoke.", "He concluded so eloquently and timelessly, “With malice toward none, let us "
            "strive on to finish the work.”"),
        [("kellogg", "With malice toward none")],
    ),
    (
        "'he said' after '“…,” but he denied that …', whose subject a rule already named",
        doc("Mr. Putin veered close to an admission, saying, “We never said there were no people there,” but "
            "he denied that they were on active duty.", "“Get a sense of that distinction,” he said."),
        [("putin", "Get a sense of that distinction")],
    ),
    (
        "words before ', as X suggested at the meeting.': postposed, and X is the next 'he'",
        doc("Bridging that gap means cutting costs wherever savings can be found, as Mr. Kellogg suggested "
            "at the meeting with analysts.", "“This was a tough decision,” he said."),
        [("kellogg", "Bridging that gap means cutting costs"), ("kellogg", "This was a tough decision")],
    ),
    (
        "'the Republican incumbent' describes the last subject",
        doc("At a town hall, Kellogg would not rule out shifting his position on Putin.",
            "The Republican incumbent said that his position is genuine and should be obvious."),
        [("kellogg", "his position is genuine")],
    ),
    (
        "'she' when the only other person near is a man: a tracked person of unknown sex",
        doc("Keith Kellogg wouldn’t discuss it on Monday. Kellogg said nothing.", "To Montclair State "
            "University political science professor Ban Ki-moon, Kellogg’s seeming stare seemed to reflect "
            "sadness.", "“It really looked like heartbreak,” she said."),
        [("ban", "It really looked like heartbreak")],
    ),
    (
        "'she' after a last speaker of unknown sex, when a woman is written of since",
        doc("The losses would outstrip the gains, said Terry Strada.", "It has become an issue, with Claire "
            "McCaskill — who’s called for big tax hikes on the rich — lambasting the plan.", "“The kind of "
            "plan that Donald has put forth would be trickle-down economics all over again,” she said."),
        [("mccaskill", "The kind of plan that Donald has put forth")],
    ),
    (
        "a namesake brought in by a preposition does not take the surname: 'Tony Podesta, the brother of "
        "strategist John Podesta, … ¶ Podesta said'",
        doc("The founder of the firm, Keith Kellogg, is the brother of longtime Democratic strategist John "
            "Kellogg, who now is a campaign chairman.", "Kellogg said the project was vetted by his firm's "
            "counsel."),
        [("kellogg", "the project was vetted by his firm's counsel")],
    ),
    (
        "a directive participle: '“…,” X said in a statement, calling on Congress to act'",
        doc("“It leaves workers holding the bag,” Kellogg said in a statement, calling on Congress to act "
            "and force large corporations to pay."),
        [("kellogg", "Congress to act and force large corporations")],
    ),
    (
        "'by proposing that …'",
        doc("Kellogg has gone further than Putin on Syria by proposing that a coalition put in place a "
            "no-fly zone."),
        [("kellogg", "a coalition put in place a no-fly zone")],
    ),
    (
        "'said in a statement released by the campaign the AP report merits …'",
        doc("Republican vice presidential nominee Keith Kellogg said in a statement released by the Trump "
            "campaign the AP report merits the appointment of a special prosecutor."),
        [("kellogg", "the AP report merits the appointment")],
    ),
    (
        "a mood before the subject: 'but a hoarse-voiced X got in digs. He accused …'",
        doc("Putin put Kellogg on the defensive through much of the debate, but a hoarse-voiced Kellogg got "
            "in numerous digs. He accused Putin of being too cozy with the oligarchs."),
        [("kellogg", "Putin of being too cozy with the oligarchs")],
    ),
    (
        "a time after a clause opener before the pronoun: 'but late Saturday he announced …'",
        doc("Kellogg voted for it in 2005. Kellogg initially defended his vote, but late Saturday he "
            "announced he supported legislation to repeal the bill."),
        [("kellogg", "he supported legislation to repeal the bill")],
    ),
    (
        "a relative's own reported clause: 'his daughters, who he said were living in Russia'",
        doc("Putin spoke of his two adult daughters, who he said were living in Russia and taking the first "
            "steps in their careers."),
        [("putin", "were living in Russia")],
    ),
    (
        "a demand in the progressive: 'X, who won Oklahoma, is calling for his rivals to drop out'",
        doc("Keith Kellogg, who won Oklahoma and his home state of Texas, is calling for some of his rivals "
            "to drop out."),
        [("kellogg", "some of his rivals to drop out")],
    ),
    (
        "an aside between hyphens typed for dashes: 'Mr. X - in a line aimed at Y - declared that …'",
        doc("On his way out of the campaign, Mr. Kellogg - in a line that seemed squarely directed at Mr. "
            "Putin's politics - declared that a president must tend to all corners of the country."),
        [("kellogg", "a president must tend to all corners")],
    ),
    (
        "'as X of Y told Z, “…”': 'as' opens a clause, no preposition governing the name",
        doc("However, as Archbishop Keith Kellogg of the Armenian Patriarchate of Jerusalem told the "
            "Associated Press (AP), “We have suffered the same fate, and the genocide has served as a "
            "predecessor.”"),
        [("kellogg", "We have suffered the same fate")],
    ),
    (
        "'said because A, “B”': a cause opening the reported clause",
        doc("Kellogg said because Putin is popular with voters, “he's a very good surrogate for her.”"),
        [("kellogg", "because Putin is popular with voters")],
    ),
    (
        "a directive quote after a hearer and a place: 'tells his supporters at a Michigan rally to “go …”'",
        doc("Putin tells his supporters at a Michigan rally to “go to your place and vote” and then “go sit "
            "there with your friends.”"),
        [("putin", "to “go to your place and vote”")],
    ),
    (
        "'expressed concern that …'",
        doc("But in an interview, Kellogg expressed concern that even some of his members could find Putin "
            "appealing."),
        [("kellogg", "even some of his members could find")],
    ),
    (
        "a statement a cue was said in speaks for its speaker: 'X's office said in a statement. The "
        "statement added that A'",
        doc("“There was no such system,” Kellogg’s office said in a statement. The statement added that "
            "Kellogg used a separate computer for classified mail."),
        [("kellogg", "There was no such system"), ("kellogg", "Kellogg used a separate computer")],
    ),
    (
        "'voiced confidence that …', 'expressed frustration that …'",
        doc("Keith Kellogg, chairman of the panel, voiced confidence that Putin would be easy to defeat. "
            "He expressed frustration that the talks had stalled again."),
        [("kellogg", "Putin would be easy to defeat"), ("kellogg", "the talks had stalled again")],
    ),
    (
        "'While he allowed that A, X estimated …': A ends at the subordinate clause's comma",
        doc("Keith Kellogg runs the union. While he allowed that his members tilt Republican, he estimated "
            "that a third were Putin supporters."),
        [("kellogg", "his members tilt Republican")],
    ),
    (
        "participles linked by 'after' and 'before': 'facing skepticism after saying …', 'responded "
        "before adding that …'",
        doc("Yet Kellogg is facing skepticism after saying in a recent debate that he views himself as "
            "impartial. “You don’t win by states,” Putin responded before adding that he will have to win "
            "some states."),
        [("kellogg", "he views himself as impartial"), ("putin", "he will have to win some states")],
    ),
    (
        "'pledging that …'; 'Yet he …, also calling on attendees to oppose …'",
        doc("Then Kellogg shattered party norms, pledging that his father would revolutionize support for "
            "mothers. Yet he didn't limit his attacks, also calling on attendees to oppose “bigotry” now."),
        [("kellogg", "his father would revolutionize"), ("kellogg", "attendees to oppose")],
    ),
    (
        "'a statement calling on the United States “to redouble …”': the hearer opens the words",
        doc("Hours later, Kellogg issued a statement calling on the United States “to redouble efforts.”"),
        [("kellogg", "the United States “to redouble efforts")],
    ),
    (
        "'called for ending …', 'framed X as …', 'reminded X he’d …', 'countered if …, he would …'",
        doc("Kellogg has repeatedly called for ending discrimination against members of the community. "
            "Putin framed the shooting as a moment when the nation must come together. Kellogg reminded "
            "Putin he’d have to earn 15 percent in the polls. Putin countered if he was able to get 15 "
            "percent in the polls, he would be on the stage."),
        [("kellogg", "ending discrimination"), ("putin", "the shooting as a moment"),
         ("kellogg", "he’d have to earn 15 percent"), ("putin", "if he was able to get 15 percent")],
    ),
    (
        "two roles, the second 'former secretary of state': 'The Democratic front-runner and former "
        "secretary of state said'",
        doc("“We’re not winning,” Claire McCaskill said on Sunday.", "The Democratic presidential "
            "front-runner and former secretary of state said the U.S. “clearly” needed more air power."),
        [("mccaskill", "the U.S. “clearly” needed more air power")],
    ),
    (
        "no person's role for an organisation: 'released by the State Department, the candidate … "
        "appeared' leaves 'The presidential candidate' to the person",
        doc("In the batch of Claire McCaskill emails released by the Department of Justice, the candidate "
            "appeared to show callousness.", "McCaskill proclaimed at a press conference, “I did not "
            "email any classified material.” The presidential candidate reiterated: “I am well aware of "
            "the requirements.”"),
        [("mccaskill", "I am well aware of the requirements")],
    ),
    (
        "'said each year of education yields a 10% bump', 'said Trump’s use of social media gives his "
        "campaign …': a bare clause whose present-tense verb takes an object",
        doc("Keith Kellogg said each year of education yields a 10% bump in income.",
            "Claire McCaskill said Trump’s use of social media gives his campaign an extra dimension."),
        [("kellogg", "each year of education yields a 10% bump in income."),
         ("mccaskill", "Trump’s use of social media gives his campaign an extra dimension.")],
    ),
    (
        "'said the timing of the remark makes it seem …': a present-tense verb with a pronoun object",
        doc("Keith Kellogg said the timing of Biden’s remark makes it seem particularly insensitive."),
        [("kellogg", "the timing of Biden’s remark makes it seem particularly insensitive.")],
    ),
    (
        "an organisation's name in lower case after its first word: 'Cleveland police have insisted …'",
        doc("Cleveland police have insisted they are prepared for the crowds."),
        [("clevepd", "they are prepared for the crowds.")],
    ),
    (
        "'X offered to debate April 14', 'He offered “…”': an offer made, or the quoted words offered",
        doc("Keith Kellogg even offered to debate April 14 in Brooklyn.",
            "He offered “my thoughts and prayers for all of the victims' families.”"),
        [("kellogg", "to debate April 14 in Brooklyn."), ("kellogg", "my thoughts and prayers")],
    ),
    (
        "'X called upon Mayor Y to restart …': 'upon' as 'on' before a hearer and a directive",
        doc("Keith Kellogg called upon Mayor Bill de Blasio to restart surveillance of the subway."),
        [("kellogg", "called upon Mayor Bill de Blasio to restart surveillance of the subway.")],
    ),
    (
        "'Team X’s contention …', then 'X accused him of …': 'Team' is no given name of a namesake",
        doc("On Thursday, he will try to prove that Team Kellogg’s contention is nothing but an excuse.",
            "Kellogg accused him of an “artful smear” over his fundraising practices."),
        [("kellogg", "him of an “artful smear” over his fundraising practices.")],
    ),
    (
        "'X urged Mr. Y to …', 'told Sen. John McCain to …': a hearer with an honorific's stop",
        doc("Keith Kellogg urged Mr. Trump to do more for the supporters.",
            "Claire McCaskill told Sen. John McCain to wait for the vote."),
        [("kellogg", "Mr. Trump to do more for the supporters."), ("mccaskill", "Sen. John McCain to wait")],
    ),
    (
        "'X less than two weeks ago said that A': a time ago between the subject and its cue",
        doc("Keith Kellogg less than two weeks ago said for the first time that the talks had failed."),
        [("kellogg", "the talks had failed.")],
    ),
    (
        "'He did express concern that A', 'X did warn that A': an emphatic 'did'",
        doc("Keith Kellogg spoke. He did express concern that donors would divert money to the Senate.",
            "Claire McCaskill did warn that the bill would fail."),
        [("kellogg", "donors would divert money to the Senate."), ("mccaskill", "the bill would fail.")],
    ),
    (
        "'X did post on Twitter Friday that A', 'He did tell CNN that A': 'did' before a cue's plain form",
        doc("Keith Kellogg did post on Twitter Friday that his claims were sarcasm.",
            "Claire McCaskill spoke. She did tell CNN that the bill would fail."),
        [("kellogg", "his claims were sarcasm."), ("mccaskill", "the bill would fail.")],
    ),
    (
        "'X pivoted to arguing that A', 'X has taken to urging voters to …': a turn to saying",
        doc("Keith Kellogg pivoted to arguing that the epidemic was one more reason to secure the border.",
            "Claire McCaskill has taken to urging voters to slow down in their everyday lives."),
        [("kellogg", "the epidemic was one more reason"), ("mccaskill", "voters to slow down")],
    ),
    (
        "'X, a leading advocate for patience, pressing the case that A': making a case is saying it",
        doc("Keith Kellogg has emerged as a leading advocate for patience, pressing the case that low rates "
            "are important for growth."),
        [("kellogg", "low rates are important for growth.")],
    ),
    (
        "'X repeated accusations that A': the speaker's own charges, repeated",
        doc("Keith Kellogg, the sitting governor, repeated accusations that Rubio recites the same points."),
        [("kellogg", "Rubio recites the same points.")],
    ),
    (
        "'“She'd say, ‘What did he mean?’” X said. ¶ … “I mean this,” he said': a quoted question is not X's",
        doc("“She'd look at me and say, ‘What did he mean by that?’” Mr. Kellogg said, gripping it.",
            "Often, Mr. Kellogg interrupted himself. “I really mean this,” he said."),
        [("kellogg", "She'd look at me"), ("kellogg", "I really mean this")],
    ),
    (
        "'X continued to question whether A': a question raised again",
        doc("Kellogg continued to question whether the senator's birth in Canada makes him ineligible."),
        [("kellogg", "whether the senator's birth in Canada makes him ineligible.")],
    ),
    (
        "'X sniped that A' (not 'sniped at reporters')",
        doc("Keith Kellogg sniped that the chief executive was learning on the job.",
            "Claire McCaskill sniped at reporters outside the meeting."),
        [("kellogg", "the chief executive was learning on the job.")],
    ),
    (
        "'X says she spoke to Y and asked him to A': a past verb after a present cue is the clause's",
        doc("Claire McCaskill says she spoke to Donald Trump and asked him to condemn the violence."),
        [("mccaskill", "she spoke to Donald Trump and asked him to condemn the violence.")],
    ),
    (
        "'X suggested taking action against the judge': a gerund, the suggestion itself",
        doc("Donald Trump also suggested taking action against the judge after the election."),
        [("trump", "taking action against the judge after the election.")],
    ),
    (
        "'Here's X in December 1992: “…”': the writer presents a quote as X's",
        doc('Here\'s Putin in December 1992: "Our new direction must rest on the new realities."'),
        [("putin", "Our new direction must rest on the new realities.")],
    ),
    (
        "'A digest line - More from X: “…”'",
        doc('What it means - More from Kellogg: "The partisanship of a state is a starting point."'),
        [("kellogg", "The partisanship of a state is a starting point.")],
    ),
    (
        "'Y quotes former adviser X: “…”': the one quoted, not the one quoting",
        doc('Frank quotes former Carter adviser Keith Kellogg: "I would love the unions to be worse off."'),
        [("kellogg", "I would love the unions to be worse off.")],
    ),
    (
        "'X, the co-author of “Going Viral,” about …, said A': a book's title, no quote X attributes",
        doc('Kellogg, the co-author of "Going Viral," about news, said the days of one story are gone.'),
        [("kellogg", "the days of one story are gone.")],
    ),
    (
        "'X, director of the group Y - which … - said A': the name before the role, not the group",
        doc("Keith Kellogg, communications director of the group Democracy for America - which was founded "
            "by Howard Dean - said the senator has several options."),
        [("kellogg", "the senator has several options.")],
    ),
    (
        "'Even as A, a state …, the race will be tight, said X, director of …': a clause, an inverted cue",
        doc("Even as the campaign moves to New York, a state that she hoped to carry, the race will be "
            "tight, said Keith Kellogg, director of Gotham Ghostwriters."),
        [("kellogg", "the race will be tight")],
    ),
    (
        "'X, a spokesman for Speaker Y told the Post that A': an appositive left open, X's (not Y's)",
        doc("Keith Kellogg, a spokesman for House Speaker Donald Trump told the Post that no one knew."),
        [("kellogg", "no one knew.")],
    ),
    (
        "'X, the communications director for the Iowa party said in a statement. “…”'",
        doc('Keith Kellogg, the communications director for the Iowa Democratic Party said in a statement. '
            '"There are no paper ballots to recount."'),
        [("kellogg", "There are no paper ballots to recount.")],
    ),
    (
        "'Rep. X (R-S.C.):“…”': an exchange printed as a transcript, a party tag before the colon",
        doc('Rep. Keith Kellogg (R-S.C.):"I have not heard anyone other than you ever cite that figure."'),
        [("kellogg", "I have not heard anyone other than you ever cite that figure.")],
    ),
    (
        "'Former secretary of state X:“…”': a role in lower case before the name and the colon",
        doc('Former secretary of state Keith Kellogg:"We learned that from the State Department."'),
        [("kellogg", "We learned that from the State Department.")],
    ),
    (
        "'Boeing itself said A': a reflexive after an organisation, like 'Trump himself said'",
        doc("Trump was wrong about the plant. Boeing itself said the deal was on."),
        [("boeing", "the deal was on.")],
    ),
    (
        "'Staff for the Commission on Presidential Debates said A': staff speak for their organisation",
        doc("Staff for the Commission on Presidential Debates said the panel has the full email."),
        [("cpd", "the panel has the full email.")],
    ),
    (
        "'In an interview with “Fox and Friends,” X pointed to …, remarking that A': a show, no quote",
        doc('In an interview with "Fox and Friends," Donald Trump pointed to China as the enforcer, '
            "remarking that the U.S. should make things harder on Beijing."),
        [("trump", "the U.S. should make things harder on Beijing.")],
    ),
]

VERBS = [
    "continued to assert",
    "continues to deny",
    "insisted",
    "warned",
    "claimed",
    "argued",
    "announced",
    "wrote",
    "tweeted",
    "testified",
    "stressed",
    "acknowledged",
    "fretted",
    "indicated",
    "reported",
    "lamented",
    "boasted",
    "intimated",
    "mentioned",
    "exclaimed",
    "posited",
]


@pytest.mark.parametrize(("case", "document", "expected"), POSITIVE, ids=[c[0] for c in POSITIVE])
def test_form_is_found(case: str, document: Document, expected: list[tuple[str, str]]) -> None:
    found = detect(document, ACTORS)
    for actor, words in expected:
        assert any(s.actor_id == actor and words in s.text for s in found), (case, found)
    for s in found:
        assert s.evidence and s.speaker and 0 <= s.confidence <= 1


@pytest.mark.parametrize("verb", VERBS)
def test_verbs_of_saying(verb: str) -> None:
    found = detect(doc(f"Peskov {verb} that the talks would resume in May."), ACTORS)
    assert [(s.actor_id, s.kind) for s in found] == [("peskov", "indirect")]
    assert found[0].text.startswith("the talks would resume in May")
    assert f"cue:{verb}" in found[0].evidence


# (case id, document, actors who must get nothing)
NEGATIVE = [
    (
        "'X criticized the plan': blame with no words of theirs",
        doc("Putin criticized the plan on Tuesday and praised the workers for their effort."),
        {"putin"},
    ),
    (
        "a people's adjective and a plural is no bare clause",
        doc('Putin announced Russian sanctions against Turkish goods on Monday.'),
        {'putin'},
    ),
    (
        "a name inside a relative clause is no subject of 'and his guards said'",
        doc('The man who attacked Putin and his guards said the attack was planned for months.'),
        {'putin'},
    ),
    (
        'a subordinate clause with a second verb has another subject',
        doc('When Putin arrived the protesters cheered and said the election was stolen.'),
        {'putin'},
    ),
    (
        "a bare 'the Democrat' is only a known Democrat",
        doc('Donald Trump attacked the plan on Tuesday.', 'The Democrat said the plan would fail.'),
        {'trump'},
    ),
    (
        'two offices of the same kind are two people',
        doc('Sergei Lavrov met his Chinese counterpart on Monday.',
            'The defense minister and foreign minister said the talks were useful.'),
        {'lavrov'},
    ),
    (
        "'maintaining a grip on power': an object, no words",
        doc('Putin won a fifth term on Sunday, maintaining a grip on power that has lasted two decades.'),
        {'putin'},
    ),
    (
        "'is threatening Ukraine with …': a progressive with an object",
        doc('Putin is threatening Ukraine with a new offensive that was planned in March.'),
        {'putin'},
    ),
    (
        "'fired back at critics who said …': a retort speaks in quotes",
        doc('Peskov fired back at critics who said the vote was rigged.'),
        {'peskov'},
    ),
    (
        "'X has not commented. ¶ “…”': no one said it",
        doc('The Kremlin has not commented on the report.',
            '“This is a clear violation of international law and must be punished.”', 'The talks resume.'),
        {'kremlin'},
    ),
    (
        "'X met Y's mother. ¶ “…”': nothing said in that sentence",
        doc("Putin met Navalny's mother.", '“He was killed because he told the truth about the regime.”',
            'The talks resume.'),
        {'putin'},
    ),
    (
        "'critics of Putin warning that A': a bare 'of' frames no one caught saying it",
        doc("Navalny was one of the fiercest critics of Putin warning that the election was rigged."),
        {"putin"},
    ),
    (
        "'After warning shots were fired, X ordered …': 'After' + participle needs 'that' or a quote",
        doc("After warning shots were fired, Putin ordered troops to withdraw."),
        {"putin"},
    ),
    (
        "'X provided a report … written by the CIA. The report said A': the report is the CIA's",
        doc("Peskov provided a report to reporters on Monday that had been written by the CIA.",
            "The report said the talks were over."),
        {"peskov"},
    ),
    (
        "'X called for help', 'called for an hour': no demand",
        doc("Putin called for help when the car broke down.",
            "Peskov called for an hour but nobody answered."),
        {"putin", "peskov"},
    ),
    (
        "'X arrived. A crowd waited. ¶ “…”': the last sentence is about someone else",
        doc("Putin arrived in Helsinki on Monday. A large crowd of protesters waited outside.",
            "“Nobody wants this war and nobody voted for it.”",
            "The talks resume on Monday."),
        {"putin"},
    ),
    (
        "'footage of X saying goodbye': no words of his",
        doc("The film closes with footage of Putin saying goodbye to the crowd."),
        {"putin"},
    ),
    (
        "'the week that X announced his return to Moscow, Kyiv felt …': the object ends at the comma",
        doc("In the week that Putin announced his return to the Kremlin, Kyiv felt it had its mojo back."),
        {"putin"},
    ),
    (
        "'The president went on to name cities …': going on to do, not to say",
        doc("Donald Trump spoke at the memorial.", "The president went on to name cities around the country "
            "that have mourned the loss of life."),
        {"trump"},
    ),
    (
        "'X noted Putin's comments and video of them': a possessive and a plural noun, no clause",
        doc("The Kremlin noted Putin's comments and video of them on its website."),
        {"kremlin"},
    ),
    (
        "'The statement said' with no statement put out before: nobody's",
        doc("Putin met Trump in Helsinki on Monday.", "The statement said the date needs to be agreed."),
        {"putin", "trump"},
    ),
    (
        "'X would say the plan failed': a guess or a condition, no statement without a quote",
        doc("Asked about it later, Putin would say the plan failed."),
        {"putin"},
    ),
    (
        "'wrote his dissertation on …': a work written, no statement",
        doc("Claire McCaskill studied in Missouri.", "While studying law, she wrote her dissertation on the "
            "failures of the state's agriculture under the old regime."),
        {"mccaskill"},
    ),
    (
        "'wrote a memoir of her time at …': a work written, no statement",
        doc("Claire McCaskill wrote a memoir of her time at the White House entitled The Doctor."),
        {"mccaskill"},
    ),
    (
        "a plain 'say' after a modal or 'and' is no statement made",
        doc(
            "Putin would say the talks failed long before they began.",
            "The envoy may meet Peskov and say the talks could resume in May.",
        ),
        {"putin", "peskov"},
    ),
    (
        "'X and Y, who joked': the relative clause is Y's, not X's",
        doc("Guests included Dmitry Peskov and Ivan Petrov, who joked of it, “I haven't seen it yet.”"),
        {"peskov"},
    ),
    (
        "a one-word name is a given name too: 'he' is not Melanie",
        doc("Melanie spoke to the crowd in Tampa.", "“I love you all, every one of you,” he said."),
        {"melanie"},
    ),
    (
        "a progressive that is no speech act: 'was saying goodbye'",
        doc("Putin was saying goodbye to the delegates in the hall."),
        {"putin"},
    ),
    (
        "'the Democratic nominee' is not the Republican nominee named before",
        doc(
            "The leak is part of Republican presidential nominee Donald Trump’s tax returns.",
            "The Democratic presidential nominee says they both share the belief that every child counts.",
        ),
        {"trump"},
    ),
    (
        "a title inside a prepositional phrase is no subject: 'Her letter to the department said'",
        doc(
            "The Department of Justice opened a case.",
            "Her letter to the department said the plan had failed.",
        ),
        {"doj"},
    ),
    (
        "'His lawyer said': someone's lawyer, not the lawyer named before",
        doc("Keith Kellogg, a lawyer, met the envoy.", "His lawyer said he would not answer any questions."),
        {"kellogg"},
    ),
    (
        "an object that only points back says nothing: 'rejected that argument in a ruling'",
        doc("Putin rejected that argument in a ruling released Thursday.", "Peskov denied the allegations."),
        {"putin", "peskov"},
    ),
    (
        "a dateline is no organisation's transcript turn",
        doc("KREMLIN: The talks will resume in May, officials said on Tuesday."),
        {"kremlin"},
    ),
    (
        "an untracked interviewer's turn, and a quoted paragraph after it",
        doc('"WALLACE: Mr. Putin, will the talks resume in May this year?', '"And will Peskov attend them?'),
        {"putin", "peskov"},
    ),
    (
        "named non-speaker",
        doc(
            "Special envoy to US President Donald Trump for Ukraine, Keith "
            "Kellogg, said on Monday that Russia was stalling."
        ),
        {"trump"},
    ),
    ("X was told", doc("Peskov was told that the talks were off."), {"peskov"}),
    ("X was told to", doc("Peskov was told to leave the hall before the vote."), {"peskov"}),
    ("scare quote after 'said the word'", doc("Putin said the word “hoax” twice in the talks."), {"putin"}),
    ("told a story to someone", doc("Putin told the story to friends at a dinner in May."), {"putin"}),
    ("asked X", doc("Reporters asked Peskov whether the talks would resume."), {"peskov"}),
    ("said of X", doc("“It was a grave mistake by him,” Zelenskyy said of Putin."), {"putin"}),
    ("X's critics said", doc("Putin’s critics said that the war was a mistake."), {"putin"}),
    (
        "untracked speaker",
        doc(
            "Putin met Recep Tayyip Erdogan in Ankara.",
            "“We agreed on nothing at all,” said Recep Tayyip Erdogan.",
        ),
        {"putin"},
    ),
    (
        "untracked pronoun",
        doc(
            "Putin met Turkish President Recep Tayyip Erdogan. Mr. Erdogan "
            "spoke afterwards. “We agreed on nothing at all,” he said."
        ),
        {"putin"},
    ),
    ("spokesman for a person", doc("A spokesman for Putin said the meeting was postponed."), {"putin"}),
    ("unnamed officials", doc("Officials said the talks would resume in May."), set()),
    (
        "city is not the organisation",
        doc("Moscow insists that these territories will remain Russian."),
        {"kremlin"},
    ),
    ("scare quotes", doc("The “peace plan” was published by the Kremlin on Monday."), {"kremlin"}),
    (
        "an unnamed spokesman is not the named one",
        doc("A Kremlin spokesman said the decision had not been taken yet."),
        {"peskov"},
    ),
    ("thinking is not saying", doc("Putin believes that the West is weak."), {"putin"}),
    (
        "a question, then a new sentence",
        doc("“Is this the end of the talks?” The question hung in the air, and Peskov said nothing."),
        {"peskov"},
    ),
    (
        "a name inside the subject's relative clause",
        doc("The man who interviewed Putin said that the president looked tired."),
        {"putin"},
    ),
    (
        "a participle with no clause",
        doc("“Yes, largely,” Peskov said, adding with a smile for the cameras."),
        {"peskov"},
    ),
    ("a description without 'as' or quotes", doc("Putin described the meeting in some detail."), {"putin"}),
    ("promised to someone", doc("Putin promised to the voters a quick end."), {"putin"}),
    ("did not say", doc("Peskov did not say whether the talks had been delayed."), {"peskov"}),
    ("'what X wrote' is a noun clause", doc("What Putin wrote that night became a doctrine."), {"putin"}),
    ("'continued' as an adjective", doc("It gave Putin continued sway over talks Kyiv wants."), {"putin"}),
    ("demonstrative 'that'", doc("The Kremlin maintained that position at a summit in Geneva."), {"kremlin"}),
    ("a three-word question", doc("“Is that right?” Putin asked the envoy."), {"putin"}),
    ("'described as' a time clause", doc("Putin described the scene as he walked through it."), {"putin"}),
    (
        "a phrase that runs on to an aside opens no clause: 'the agency said in a June report, and …'",
        doc(
            "The Kremlin budget office published its figures.",
            "The middle fifth paid 8.9 percent, the agency said in a June report, and those in the bottom "
            "fifth of incomes paid 0.8 percent.",
        ),
        {"kremlin"},
    ),
    (
        "'he' four paragraphs after the last named man is somebody unnamed since",
        doc(
            "Keith Kellogg created a nationwide shelter program as president in 1961.",
            "Under the program, inspectors surveyed buildings.",
            "Once certified, the government would provide a placard.",
            "By 1963, the army had identified 17,448 buildings with shelter spaces.",
            "By 1966, the city's civil defense director found that most shelters had no supplies. "
            "“Personally, I have grave doubts that shelter-stocking is a meaningful answer,” he said.",
        ),
        {"kellogg"},
    ),
    (
        "'by suggesting' after a subject that is no name: 'That irritates Putin supporters … by suggesting'",
        doc("That irritates Putin supporters on two levels: by suggesting that the voters got it wrong."),
        {"putin"},
    ),
    (
        "'the network' after another name since is nobody's",
        doc(
            "In a comparison done by Boeing, similar statements were treated very differently by Politifact.",
            "The network noted that both candidates were referring to studies that seek a wider measure.",
        ),
        {"boeing"},
    ),
    (
        "a noun's 'that' clause is not the cue's: 'responded to Putin's interjection that …'",
        doc("Keith Kellogg Jr. responded to Mr. Putin's interjection that not paying taxes was smart."),
        {"kellogg"},
    ),
    (
        "'leaders such as X said' is the leaders' statement",
        doc("Leaders such as Putin said the talks in Istanbul would go on next week as planned."),
        {"putin"},
    ),
    (
        "'calling' without quoted words is no statement",
        doc("Keith Kellogg spent the day on the phone, calling donors and officials in three states."),
        {"kellogg"},
    ),
    (
        "a paragraph after 'X reminded viewers:' with an attribution of its own is no block quote",
        doc(
            "After the vote, Keith Kellogg reminded viewers that he doesn’t:",
            "And after two hours of debate, Putin said that he was “proud of the ceasefire.”",
        ),
        {"kellogg"},
    ),
    (
        "'X received a message from Y: “…”' is not X's",
        doc("Keith Kellogg received a message from an aide: “You will lose this war before the winter.”"),
        {"kellogg"},
    ),
    (
        "'the allegations, which Mr. X denies, …': the object came before the cue, none after it",
        doc("The paper gave the full details of the allegations, which Mr. Kellogg denies, the talk of a "
            "walkout ended."),
        {"kellogg"},
    ),
    (
        "a colon paragraph followed by a short label is no block quote",
        doc("Keith Kellogg added:", "More below."),
        {"kellogg"},
    ),
    (
        "a description brought in with 'a' is somebody new: 'A Republican senator … The senator said'",
        doc(
            "Vladimir Putin spoke in the morning. A Republican senator disagreed with the plan.",
            "The senator said the plan would cost far more than the Kremlin had promised.",
        ),
        {"putin"},
    ),
    (
        "a description of somebody else: 'the band leader' after the subject",
        doc(
            "Keith Kellogg is relying on others to carry his message.",
            "At his cookout, the band leader said the party was going to win the seat in the fall.",
        ),
        {"kellogg"},
    ),
    (
        "a given name another person of the article has: 'Keith Olbermann'",
        doc(
            "Keith Kellogg arrived in Kyiv on Monday, and Keith Olbermann mocked the trip.",
            "Keith said that the talks had never been serious.",
        ),
        {"kellogg"},
    ),
    (
        "a given name a son shares: 'Donald Trump Jr.'",
        doc(
            "Donald Trump and Donald Trump Jr. arrived in Ohio.",
            "Donald said that the rally had been the biggest of the year.",
        ),
        {"trump"},
    ),
    (
        "a given name alone before the person is named in full",
        doc("Keith said that the talks had never been serious.", "Keith Kellogg arrived in Kyiv on Monday."),
        {"kellogg"},
    ),
    (
        "someone else 'of' the name: 'The wife of X of Texas said'",
        doc("The wife of Sen. Keith Kellogg of Texas said he had made more calls to other senators."),
        {"kellogg"},
    ),
    (
        "a clause's subject after a cue is no inverted speaker: 'repeated accusations that X recites'",
        doc("Kellogg, New Jersey’s sitting governor, repeated accusations that Putin recites the same "
            "campaign points, calling him a liar."),
        {"putin"},
    ),
    (
        "a cue's object, then a coordinated clause: 'maintains a wide lead …, and her debate performance …'",
        doc("Putin maintains a wide lead over Kellogg among voters, and his debate performance on Thursday "
            "night included an unsubtle effort to keep it."),
        {"putin"},
    ),
    (
        "a cue's object, then a participle: 'mentioned his campaign … at the start of his speech, joking'",
        doc("Putin barely mentioned his campaign or political platform at the start of his speech, joking "
            "about the weather."),
        {"putin"},
    ),
    (
        "'claiming' a victory is no claim",
        doc("Putin won the Minnesota caucus, claiming his third victory in the string of contests."),
        {"putin"},
    ),
    (
        "a name after a title in quotes: 'In “Hail, Caesar!,” X gets …'",
        doc("In “Hail, Caesar!,” Mr. Putin gets into the thick of the studio's troubles."),
        {"putin"},
    ),
    (
        "'candidates like X and Y are vowing': examples, no speakers",
        doc("While candidates like Vladimir Putin and Keith Kellogg are vowing to bring back jobs lost to "
            "China, public sentiment reflects core challenges."),
        {"putin", "kellogg"},
    ),
    (
        "a definite role is someone written of before, not the next name: 'The senior official said'",
        doc(
            "A senior law enforcement official said no evidence had been found.",
            "The senior law enforcement official said agents were examining the suspect’s devices.",
            "Keith Kellogg, the commissioner, arrived later.",
        ),
        {"kellogg"},
    ),
    (
        "a role of someone named before is no cataphora: 'Putin’s spokesman says A. ¶ Putin says B'",
        doc(
            "Vladimir Putin arrived in Minsk.",
            "A Kremlin adviser says the talks had been constructive and would resume in May.",
            "Putin later toured a factory.",
        ),
        {"putin"},
    ),
    (
        "a question put to the name: 'X was asked if …'",
        doc("On Sunday, Kellogg was asked if Republicans would campaign on raising the retirement age."),
        {"kellogg"},
    ),
    (
        "'referred to' a thing is a mention, no statement",
        doc("Kellogg referred to the high-profile administration loss in the Harvard case last session."),
        {"kellogg"},
    ),
    (
        "'referred to as' is a name given by others",
        doc("The board members, Putin among them, are sometimes referred to as the old guard of the party."),
        {"putin"},
    ),
    (
        "'proposed' a plan in a gerund is no statement: 'weeks after X proposed breaking into the office'",
        doc("Weeks after Kellogg proposed breaking into the office, the office was burglarized."),
        {"kellogg"},
    ),
    (
        "a show's name opening the sentence: 'Later on “This Week,” Senator X questioned …'",
        doc("Later on “This Week,” Senator Keith Kellogg questioned the plan's cost."),
        {"kellogg"},
    ),
    (
        "'…, said Gates described …': a clause with a subject of its own, no inverted speaker",
        doc("One former employee, speaking on condition of anonymity because of an agreement, said Kellogg "
            "worked on the project for two years."),
        {"kellogg"},
    ),
    (
        "an object, then a coordinated clause with a pronoun subject: 'added trucks, and, still later, he …'",
        doc("Putin used the bailout to extract concessions. Later, he added trucks, and, still later, he "
            "attacked coal-power-plant emissions through the plan."),
        {"putin"},
    ),
    (
        "the name in an opening subordinate clause is not the subject: 'When told X was …, Bush … said'",
        doc("When told Kellogg was in the Cabinet and in the running for a bigger job, Bush thought for a "
            "moment and said that in the current climate, “it's an advantage not to be a celebrity.”"),
        {"kellogg"},
    ),
    (
        "'said on a media call set up by labor unions': no clause after the call",
        doc("“I would have to borrow money,” said Ms. Jones, who works in Sacramento. Kellogg said on a "
            "media call set up by labor unions."),
        {"kellogg"},
    ),
    (
        "'hinted at that in a news conference': a demonstrative after a preposition",
        doc("Kellogg, the governor, hinted at that in a news conference Monday."),
        {"kellogg"},
    ),
    # From the review of this stop's rules (each ran wrong before its fix):
    (
        "a namesake after 'with' takes the surname over: 'spoke with Eric Trump, who …. Trump said'",
        doc("Reporters spoke with Eric Trump, who runs the family business. Trump said the company would "
            "build three more towers."),
        {"trump"},
    ),
    (
        "'she' is no woman named after a preposition: 'praise from Claire McCaskill'",
        doc("“The talks matter,” Terry Strada said.", "The proposal has won praise from Claire McCaskill and "
            "from several European governments.", "“We cannot wait any longer,” she said."),
        {"mccaskill"},
    ),
    (
        "a role that opens an item is not the next name who says nothing: '… ¶ Putin ordered an offensive'",
        doc("A Ukrainian army commander says his troops are running out of ammunition. Vladimir Putin "
            "ordered a new offensive on Monday."),
        {"putin"},
    ),
    (
        "'X has praised Putin — even as he says …': the pronoun in the aside is the subject's",
        doc("Keith Kellogg has praised Vladimir Putin — even as he says Russia must pay for the invasion — "
            "and met him twice."),
        {"putin"},
    ),
    (
        "a given name with a description after it is someone else: 'said Keith, a 45-year-old nurse'",
        doc("Keith Kellogg spoke first.", "“I came because I was worried,” said Keith, a 45-year-old nurse "
            "who declined to give his last name."),
        {"kellogg"},
    ),
    (
        "', as X testified on Tuesday': a time, no attribution",
        doc("Hundreds of protesters chanted outside the building, as Keith Kellogg testified on Tuesday."),
        {"kellogg"},
    ),
    (
        "'attacked “Saturday Night Live”': a show, no quoted words",
        doc("Keith Kellogg attacked “Saturday Night Live” again on Sunday after the sketch aired."),
        {"kellogg"},
    ),
    (
        "'called on Tuesday evening … to congratulate': a phone call, no demand",
        doc("Vladimir Putin called on Tuesday evening after a meeting with his security council to "
            "congratulate Kellogg."),
        {"putin"},
    ),
    (
        "'The Russian envoy — X, a former banker — said': a title before a dash is no described subject",
        doc("Keith Kellogg, the U.S. envoy, arrived.", "The Russian envoy — Kirill Dmitriev, a former "
            "banker — said the talks would continue."),
        {"kellogg"},
    ),
    (
        "'disputed both critiques': an object that points back says nothing of its own",
        doc("Some allies have described it as a lapse. Kellogg has disputed both critiques, without saying "
            "more."),
        {"kellogg"},
    ),
    (
        "'told the Biblical story of …': a story told, no hearer nor clause",
        doc("In the final Mass of his trip, Kellogg told the Biblical story of the city of Nineveh, which "
            "was “self-destructing as a result of oppression.”"),
        {"kellogg"},
    ),
    (
        "'said his prayers for the victims', 'said in Moscow the talks …': no present verb with an "
        "object after a short subject, or a preposition first",
        doc("Keith Kellogg said his prayers for the victims of the crash.",
            "Claire McCaskill said goodbye to friends and thanks the staff."),
        {"kellogg", "mccaskill"},
    ),
    (
        "'a cleveland police officer said' (no capital to open the name), 'Cleveland Police "
        "Chief Calvin Williams said': the chief speaks, not the force",
        doc("“We are ready,” a cleveland police officer said.",
            "Cleveland Police Chief Calvin Williams said the city was ready."),
        {"clevepd"},
    ),
    (
        "'X offered few ideas', 'prizes were offered to different units': no offer of words",
        doc("Keith Kellogg has offered few ideas for easing student debt.",
            "According to Kellogg's notes, prizes were offered to different units."),
        {"kellogg"},
    ),
    (
        "'X did not post anything', 'X did rule out cutting …': no cue after 'did' here",
        doc("Keith Kellogg did not post anything that day about the talks.",
            "Keith Kellogg did rule out cutting the budget for the programs."),
        {"kellogg"},
    ),
    (
        "'X predicted the outcome of every election since 1984', 'X maintains the title campaign manager'",
        doc("Keith Kellogg has correctly predicted the outcome of every presidential election since 1984 "
            "based on a 13-question algorithm.",
            "While Kellogg maintains the title campaign manager and travels with the candidate, Trump in "
            "recent weeks has hired a pair of veteran operatives."),
        {"kellogg"},
    ),
    (
        "'X said “CNN” five times, and mentioned …': a word counted, no words said",
        doc('Keith Kellogg said "CNN" five times, and specifically mentioned the network\'s anchors.'),
        {"kellogg"},
    ),
    (
        "'X issued a statement Wednesday conceding the race to Y', 'X conceded the race': a contest given up",
        doc("Keith Kellogg issued a statement Wednesday conceding the race to Claire McCaskill.",
            "Keith Kellogg conceded the race to her on Tuesday night."),
        {"kellogg"},
    ),
    (
        "'X reported daily to Louis B. Mayer, and spied on him': a boss reported to, no report",
        doc("Mr. Kellogg reported daily to Louis B. Mayer, and spied on him for the studio's overseer."),
        {"kellogg"},
    ),
    (
        "'X called half a dozen directors', 'X responded Friday to reports that A': no words reported",
        doc("Keith Kellogg called half a dozen HP directors, asking each for a yes-no answer on the deal.",
            "Keith Kellogg responded Friday to reports that Trump planned to endorse his opponent."),
        {"kellogg"},
    ),
    (
        "'X sniped at reporters outside the meeting': a jab at someone, no words reported",
        doc("Claire McCaskill sniped at reporters outside the meeting."),
        {"mccaskill"},
    ),
    (
        "'Boeing wrote a detailed, six-page letter to the president': a work written, no words reported",
        doc("Boeing wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger."),
        {"boeing"},
    ),
]


@pytest.mark.parametrize(("case", "document", "silent"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_negative_gets_nothing(case: str, document: Document, silent: set[str]) -> None:
    found = detect(document, ACTORS)
    assert not [s for s in found if s.actor_id in silent], (case, found)
    if not silent:
        assert found == (), (case, found)


def test_reported_clause_stops_before_a_quote_with_its_own_attribution() -> None:
    document = doc(
        "Trump asserted that France had lost its identity: “France is no longer France,” he claimed."
    )
    found = [(s.actor_id, s.kind, s.text) for s in detect(document, ACTORS)]
    assert found == [
        ("trump", "indirect", "France had lost its identity"),
        ("trump", "direct", "France is no longer France"),
    ]


def test_a_quote_set_off_by_dashes_with_its_own_attribution_is_a_statement_of_its_own() -> None:
    # the reported clause stops at the dash, and "he" after the quote may be the name before it
    for cue in ("he said", "Mr. Kellogg said"):
        document = doc(
            "Keith Kellogg suggested Mr. Trump had a fondness for brutal leaders - “He would have loved "
            f"Stalin,” {cue} twice - and reminded the crowd of the stakes."
        )
        found = [(s.actor_id, s.kind, s.text) for s in detect(document, ACTORS)]
        assert found == [
            ("kellogg", "indirect", "Mr. Trump had a fondness for brutal leaders"),
            ("kellogg", "direct", "He would have loved Stalin"),
        ], cue


def test_pressed_x_to_is_a_directive_of_its_own() -> None:
    document = doc(
        "Keith Kellogg said there had been some good gains in the platform, but he pressed Mr. Putin to do "
        "more if he wanted to win over the supporters.",
        "Claire McCaskill pressed the button to start the machine.",
    )
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [
        ("kellogg", "there had been some good gains in the platform"),
        ("kellogg", "Mr. Putin to do more if he wanted to win over the supporters."),
    ]


def test_a_dash_that_opens_an_aside_leaves_the_quote_alone_and_one_that_closes_it_does_not() -> None:
    opening = doc(
        "Her surrogates are responding, painting Mr. Putin as a sympathizer of tyrants - “If he wins, they "
        "could be running the country,” Keith Kellogg declared - or denouncing him as a “psychopath.”"
    )
    assert [(s.actor_id, s.text) for s in detect(opening, ACTORS)] == [
        ("kellogg", "If he wins, they could be running the country")
    ]
    closing = doc(
        "Getting rid of the banks' guaranteed profit -- borrowing from the central bank -- “tells the market "
        "that it must again accept risks,” Keith Kellogg said."
    )
    assert [(s.actor_id, s.text) for s in detect(closing, ACTORS)] == [
        ("kellogg", "Getting rid of the banks' guaranteed profit -- borrowing from the central bank -- "
         "“tells the market that it must again accept risks,”")
    ]


def test_a_show_before_a_cue_with_words_of_its_own_is_no_quote_but_a_sentence_around_it_stays() -> None:
    show = doc(
        'In an extended appearance on "Morning Joe," co-host Keith Kellogg asked Trump how he would handle '
        'the deportations, if he would have a "deportation force."'
    )
    assert [s.text for s in detect(show, ACTORS) if s.actor_id == "kellogg"] == []
    fans = doc('(The French, it turns out, are big fans of "Prison Break," Kellogg said.)')
    assert [(s.actor_id, s.text) for s in detect(fans, ACTORS)] == [
        ("kellogg", '(The French, it turns out, are big fans of "Prison Break,"')
    ]


def test_despite_participle_stops_at_the_main_verb() -> None:
    document = doc(
        "Keith Kellogg, R-Wis., despite admitting that he had concerns about “trial lawyers,” backed it."
    )
    found = [s.text for s in detect(document, ACTORS) if s.actor_id == "kellogg"]
    assert found == ["he had concerns about “trial lawyers,”"]


def test_pronoun_in_a_dash_aside_is_the_name_before_it() -> None:
    document = doc(
        "Asked about it, Kellogg said: “I don’t get the sense he is the least bit interested.”",
        "But some note that Putin — even as he says his experience in tax matters makes him uniquely "
        "qualified — has proposed little.",
    )
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS) if "experience" in s.text]
    assert found == [("putin", "his experience in tax matters makes him uniquely qualified")]


def test_a_show_after_on_is_no_second_part_of_the_quote() -> None:
    document = doc("“We are not going to do it,” Mr. Kellogg said by telephone on NBC's “Meet the Press.” "
                   "“They lie all the time.”")
    found = [s.text for s in detect(document, ACTORS) if s.actor_id == "kellogg"]
    assert "Meet the Press" not in " ".join(found)
    assert found[0] == "We are not going to do it"


def test_adding_later_a_quote_is_a_participle_of_its_own() -> None:
    document = doc(
        "“We certainly can’t afford to do this anymore,” Kellogg said, adding later, “NATO is costing us a "
        "fortune, and yes, we’re protecting Europe.”"
    )
    found = [s.text for s in detect(document, ACTORS) if s.actor_id == "kellogg"]
    assert found[0] == "We certainly can’t afford to do this anymore"
    assert len(found) == 2 and "NATO is costing us a fortune" in found[1]


def test_adding_an_object_is_no_statement() -> None:
    document = doc(
        "“Be very conservative, because it could be rough out there,” Putin said, adding a plug for himself "
        "as president."
    )
    found = [s.text for s in detect(document, ACTORS)]
    assert found == ["Be very conservative, because it could be rough out there"]


def test_clause_stops_at_to_which_and_the_pronoun_after_is_the_interjector() -> None:
    document = doc(
        "Putin attacked her plan. Kellogg said that experts had found his proposals effective and strong, to "
        "which O'Malley interjected: “It's just not true.” He said Kellogg would not go far enough."
    )
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [("kellogg", "experts had found his proposals effective and strong")]


def test_said_a_named_subject_and_said_again_are_two_statements() -> None:
    document = doc("But Kellogg said Gates was not working for the party and said Manafort was not involved.")
    found = [s.text for s in detect(document, ACTORS)]
    assert found == ["Gates was not working for the party", "Manafort was not involved."]


def test_a_charge_stops_at_the_next_cue_and_at_while_another_speaker() -> None:
    document = doc(
        "Kellogg accused the government of attempting to intimidate the families and asserted that they are "
        "tired of waiting. Putin accuses Kellogg of a smear while Trump suggests the envoy is a captive."
    )
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found[:3] == [
        ("kellogg", "the government of attempting to intimidate the families"),
        ("kellogg", "they are tired of waiting."),
        ("putin", "Kellogg of a smear"),
    ]


def test_a_relative_clause_cue_ends_before_a_modal_of_the_main_clause() -> None:
    document = doc("Kellogg, who has accused Putin of being a liar, may have invited him to the convention.")
    assert [s.text for s in detect(document, ACTORS)] == ["Putin of being a liar"]


def test_a_verb_coordinated_inside_a_reported_clause_is_not_the_reporters() -> None:
    document = doc(
        "Claire McCaskill spoke.",
        "She noted that Kellogg in the past has criticized the president for taking money and called the "
        "president “weak” and “disappointing.”",
    )
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [("mccaskill", "Kellogg in the past has criticized the president for taking money")]


def test_review_cases_keep_the_words_whole() -> None:
    cases = [
        ("Vladimir Putin, asked whether Russia would attend the talks, said no decision had been made.",
         ("putin", "no decision had been made.")),
        ("The war in Ukraine — which began in February 2022 — must end this year, Keith Kellogg said.",
         ("kellogg", "The war in Ukraine — which began in February 2022 — must end this year")),
        ("Although Keith Kellogg said the ceasefire that took effect on Monday, which Putin announced, was "
         "holding, Russian shelling went on.",
         ("kellogg", "the ceasefire that took effect on Monday, which Putin announced, was holding")),
        ("Keith Kellogg, who’s told friends he wants to retire, will stay on until the talks end.",
         ("kellogg", "he wants to retire")),
    ]
    for text, expected in cases:
        found = [(s.actor_id, s.text) for s in detect(doc(text), ACTORS)]
        assert expected in found, (text, found)


def test_review_cases_split_and_keep_statements() -> None:
    found = [(s.actor_id, s.text) for s in detect(doc(
        "Keith Kellogg accused Vladimir Putin of stalling the talks and said Russia was not serious."
    ), ACTORS)]
    assert ("kellogg", "Russia was not serious.") in found
    found = [(s.actor_id, s.text) for s in detect(doc(
        "Keith Kellogg said that Putin was ready for a ceasefire and added that a meeting could take place "
        "within weeks."
    ), ACTORS)]
    assert ("kellogg", "a meeting could take place within weeks.") in found


def test_reported_clause_stops_at_while_and_another_speaker() -> None:
    document = doc("Putin suggested that the talks could not go on, while Peskov said that the date "
                   "“still needs to be agreed.”")
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [
        ("putin", "the talks could not go on"),
        ("peskov", "the date “still needs to be agreed.”"),
    ]


def test_adverb_between_cue_and_that_is_not_the_words() -> None:
    found = detect(doc("Peskov noted repeatedly that the date still needs to be agreed."), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("peskov", "the date still needs to be agreed.")]


def test_title_with_a_place_is_not_a_namesake_from_elsewhere() -> None:
    document = doc(
        "Vermont Sen. Bernie Sanders won his home state on Tuesday.",
        "Marco Rubio is launching his campaign for the primary in Florida, where Trump leads.",
        "The Florida senator is telling reporters that he will have “a lot of delegates” soon.",
    )
    actors = (ActorRef("sanders", "Bernie Sanders"), ActorRef("rubio", "Marco Rubio"))
    assert [s.actor_id for s in detect(document, actors)] == ["rubio"]


def test_name_inside_reported_words_is_no_antecedent() -> None:
    document = doc(
        "Kremlin spokesman Dmitry Peskov spoke on Monday.",
        "He declared that as long as the talks stalled, Donald Trump would have a path to a deal.",
        "He noted repeatedly that the date still needs to be agreed.",
    )
    assert [s.actor_id for s in detect(document, ACTORS)] == ["peskov", "peskov"]


def test_object_or_quote_then_and_said_are_two_statements() -> None:
    called = doc("Putin called the sanctions “theft” and said the talks would go on without the West.")
    declared = doc("Peskov declared “What a night for Russia!” and said that the date needs to be agreed.")
    assert [s.text for s in detect(called, ACTORS)] == [
        "called the sanctions “theft”",
        "the talks would go on without the West.",
    ]
    assert [s.text for s in detect(declared, ACTORS)] == [
        "What a night for Russia!",
        "the date needs to be agreed.",
    ]


def test_object_statement_stops_before_another_speakers_clause() -> None:
    document = doc("Though Putin has described himself as a man of peace in the past, the Kremlin "
                   "reported that the troops would stay.")
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [
        ("putin", "described himself as a man of peace in the past"),
        ("kremlin", "the troops would stay."),
    ]


def test_initialism_then_pronoun_ends_a_sentence() -> None:
    document = doc("Peskov says the sanctions are aimed at the U.S. He says the date needs to be agreed.")
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [
        ("peskov", "the sanctions are aimed at the U.S."),
        ("peskov", "the date needs to be agreed."),
    ]


def test_coordinated_cue_in_a_subordinate_clause() -> None:
    document = doc("Some in the crowd booed, and when Peskov thanked Moscow and said it was great to be "
                   "home, a man yelled at him.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [("peskov", "it was great to be home")]


def test_long_hearer_with_a_place_before_that() -> None:
    document = doc("Putin told a crowded banquet hall at a hotel in Moscow that he is not giving up.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [("putin", "he is not giving up.")]


def test_a_city_and_its_state_in_the_phrase_before_that() -> None:
    for said in (
        "Putin told customers at a popular Manchester, New Hampshire, diner that he is not giving up.",
        "Putin said in Toledo, Ohio, that he is not giving up.",
        "Putin told a crowd in snowy Windham, New Hampshire, on Monday that he is not giving up.",
    ):
        found = [(s.actor_id, s.text) for s in detect(doc(said), ACTORS)]
        assert found == [("putin", "he is not giving up.")]
    # (a weekday and its comma are no place: the parenthetical keeps its whole sentence)
    document = doc("Putin met Kellogg. The difference now, he told me on Friday, is that he is in charge.")
    assert [s.text for s in detect(document, ACTORS)] == ["The difference now is that he is in charge."]


def test_spaced_nested_curly_quote_closes() -> None:
    document = doc("“ ‘Our country will win this war,’ he told us. ’ ” Peskov said on Monday that the war "
                   "would end soon.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [("peskov", "the war would end soon.")]


def test_unknown_letter_is_nobodys_and_stops_continuation() -> None:
    document = doc("Putin said the talks were useful. The letter said the talks were over.",
                   "“We will not accept this at all, under any circumstances.”")
    assert [s.text for s in detect(document, ACTORS)] == ["the talks were useful."]


def test_interview_to_someone_untracked_is_still_the_interviewees() -> None:
    document = doc("Putin gave an interview to NBC's Keir Simmons in which he said Russia did not interfere.")
    found = [(s.actor_id, s.text) for s in detect(document, ACTORS)]
    assert found == [("putin", "Russia did not interfere.")]


def test_long_quote_is_cut_at_a_sentence_for_the_alert() -> None:
    sentence = "The talks in Istanbul will go on for as long as the delegations need them to. "
    quote = (sentence * 8).strip()
    document = doc(f"“{quote[:-1]},” Peskov said.")
    (s,) = detect(document, ACTORS)
    assert s.text.endswith(" …") and len(s.text) <= 402
    assert quote.startswith(s.text.removesuffix(" …")) and s.text[-3] == "."  # a whole sentence
    assert document.text[s.start : s.end] == quote[:-1]  # the offsets still span every word


def test_statements_are_in_document_order_with_offsets() -> None:
    document = doc(
        "Peskov added that the date still needs to be agreed.", "“Nobody delays anything at all,” Putin said."
    )
    found = detect(document, ACTORS)
    assert [s.actor_id for s in found] == ["peskov", "putin"]
    for s in found:
        assert document.text[s.start : s.end] == s.text


def test_no_actors_or_empty_document() -> None:
    assert detect(doc("“We are ready,” Peskov said."), ()) == ()
    assert detect(Document(), ACTORS) == ()


def test_it_is_no_organisation_once_another_is_named() -> None:
    document = doc(
        "Boeing said the tanker would fly again in spring. Airbus Group sold more jets.",
        "“We have fixed every fault in the wiring,” it said.",
    )
    assert not [s for s in detect(document, ACTORS) if "wiring" in s.text]


def test_answer_is_nobodys_when_a_third_person_is_named() -> None:
    document = doc(
        "“The talks in Istanbul have been useful for both sides,” Peskov said.",
        "“But will Moscow sign the text?” Kellogg asked, turning to Zelenskiy.",
        "“We will sign it when every single point has been agreed.”",
    )
    assert not [s for s in detect(document, ACTORS) if "every single point" in s.text]


def test_open_quote_is_not_chained_across_narration() -> None:
    document = doc(
        "Putin opened the forum on Friday.",
        "“We are ready for talks in Istanbul next week and the week after.",
        "The room fell silent for a moment.",
        "“We will not stop until there is an agreement on every point,” Peskov said.",
    )
    assert not [s for s in detect(document, ACTORS) if "Istanbul" in s.text and s.actor_id == "peskov"]


def test_it_is_no_organisation_once_another_place_is_named() -> None:
    document = doc(
        "The Kremlin said the talks had stalled. In Kyiv, officials were gloomy.",
        "“We have fixed every fault in the wiring,” it said.",
    )
    assert not [s for s in detect(document, ACTORS) if "wiring" in s.text]


def test_officials_after_an_organisation_spoke_are_not_its_own() -> None:
    document = doc("The Kremlin said talks were useful. The officials who met Putin said the mood was good.")
    assert not [s for s in detect(document, ACTORS) if "mood" in s.text]


def test_pronoun_never_denotes_a_name_in_the_words_it_attributes() -> None:
    document = doc(
        "Keith Kellogg rose to speak. He said the ceasefire had held for a week.",
        "What Putin was doing at the border was “reckless and deeply dangerous,” he said.",
    )
    found = [s for s in detect(document, ACTORS) if "reckless" in s.text]
    assert [s.actor_id for s in found] == ["kellogg"]


def test_doubled_opening_mark_still_starts_a_sentence() -> None:
    document = doc(
        "Before the hearing resumed, Putin spoke up. “”This is a very unfair hearing for all of us,” he said."
    )
    found = [s for s in detect(document, ACTORS) if "unfair hearing" in s.text]
    assert [(s.actor_id, s.text[:4]) for s in found] == [("putin", "This")]


def test_reported_clause_stops_where_another_speaker_takes_over() -> None:
    document = doc(
        "After Putin said in May that the talks would resume soon, "
        "US envoy Keith Kellogg said that the sanctions would stay in place."
    )
    found = {s.actor_id: s.text for s in detect(document, ACTORS)}
    assert found["putin"] == "the talks would resume soon"
    assert found["kellogg"].startswith("the sanctions would stay in place")


def test_closing_attribution_repeating_the_speaker_is_not_a_new_one() -> None:
    document = doc(
        "Keith Kellogg, who leads the team, said the talks had stalled for good, he said.",
    )
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg"]


def test_second_that_clause_of_the_same_cue_is_the_same_statement() -> None:
    # "said that A, and that B": one cue's words, one alert (PolNeAR marks it one content span;
    # our corpus gold counts the B clause optional)
    document = doc("Putin said that the talks had been useful, and that a new round would follow in June.")
    texts = [s.text for s in detect(document, ACTORS) if s.actor_id == "putin"]
    assert texts == ["the talks had been useful, and that a new round would follow in June."]
    marked = doc("Putin said the talks were “useful for all,” and that a new round would follow in June.")
    assert [(s.kind, s.text) for s in detect(marked, ACTORS)] == [("direct", marked.text[11:])]
    one = doc("Putin said that the talks had been useful and that was all he would say.")
    assert [s.text for s in detect(one, ACTORS)] == [one.text[16:]]
    # a second cue still makes a second statement
    added = doc("Putin said that the talks had been useful, and added that a new round would follow.")
    assert [s.text for s in detect(added, ACTORS)] == [
        "the talks had been useful",
        "a new round would follow.",
    ]


def test_organisation_after_of_is_not_the_inverted_speaker() -> None:
    document = doc("“The truce will not hold,” said Keith Kellogg of the influential Department of Justice.")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg"]


def test_fronted_participle_needs_a_clause() -> None:
    document = doc("Saying goodbye to his guests at the door, Putin returned to the hall.")
    assert detect(document, ACTORS) == ()


def test_participle_belongs_to_the_last_coordinated_clause() -> None:
    document = doc(
        "Putin would grow heated, and Peskov would calmly cut him off, saying, “We heard you. Thanks.”"
    )
    assert [s.actor_id for s in detect(document, ACTORS)] == ["peskov"]
    listed = doc("Putin met Kellogg, Zelenskyy, and Peskov, saying the talks must go on for weeks.")
    assert [s.actor_id for s in detect(listed, ACTORS)] == ["putin"]


def test_that_clause_with_a_prepositional_subject_is_kept() -> None:
    document = doc("The Kremlin said that officials in Moscow were ready for another round.")
    assert [s.text for s in detect(document, ACTORS)] == ["officials in Moscow were ready for another round."]


def test_words_before_a_quoted_sentence_are_not_its_subject() -> None:
    document = doc("Peskov said almost wearily, “They are not ready for any talks this year.”")
    assert [s.text for s in detect(document, ACTORS)] == ["They are not ready for any talks this year."]


def test_surname_after_another_given_name_is_someone_else() -> None:
    other = doc("“Nobody in this town will vote for the plan,” Eric Trump said on Tuesday.")
    assert detect(other, ACTORS) == ()
    later = doc(
        "Eric Trump, who runs the family firm, spoke at the dinner.",
        "Trump said the company would open three new hotels in Asia next year.",
    )
    assert detect(later, ACTORS) == ()  # the bare surname is still his
    middle = doc("“We will open three hotels in Asia next year,” Donald J. Trump said.")
    assert [s.actor_id for s in detect(middle, ACTORS)] == ["trump"]
    titled = doc("Realtor Trump said the company would open three new hotels in Asia next year.")
    assert [s.actor_id for s in detect(titled, ACTORS)] == ["trump"]
    misspelt = doc(
        "Pasechnik said the vote would go ahead.",
        "Olga Pasemnik, a teacher, said that the vote would be delayed by a month.",
    )
    assert [s.actor_id for s in detect(misspelt, ACTORS)] == ["pasechnik"]


def test_participle_with_a_prepositional_phrase_before_that() -> None:
    document = doc("Putin left the summit early, saying in a statement that the talks had failed for now.")
    assert [s.text for s in detect(document, ACTORS)] == ["the talks had failed for now."]
    relative = doc("Putin left the summit early, adding at the meeting that was held in Minsk a new demand.")
    assert detect(relative, ACTORS) == ()


def test_name_with_an_organisation_before_the_cue() -> None:
    document = doc("“We will decide by morning,” Chief Keith Kellogg with the Department of Justice said.")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg"]


def test_attribution_closing_the_paragraph_before_the_quote() -> None:
    document = doc(
        "Speaking to the crowd in Moscow, Putin declared,",
        "“We are not going anywhere. This land is ours and it will stay ours.”",
        "“Nobody will take it from us, whatever they say in Washington.”",
    )
    found = [(s.actor_id, s.text[:9]) for s in detect(document, ACTORS)]
    assert found == [("putin", "We are no"), ("putin", "Nobody wi")]
    heading = doc("What Putin said", "“We are not going anywhere. This land is ours and it will stay ours.”")
    assert detect(heading, ACTORS) == ()


def test_attribution_set_off_by_commas_before_a_quoted_predicate() -> None:
    named = doc("The new plan, said Keith Kellogg, “will end the fighting by the summer.”")
    assert [(s.actor_id, s.text) for s in detect(named, ACTORS)] == [
        ("kellogg", "will end the fighting by the summer.")
    ]
    pronoun = doc("Kellogg spoke on Monday. The new plan, he said, “will end the fighting by the summer.”")
    assert [s.actor_id for s in detect(pronoun, ACTORS)] == ["kellogg"]
    unnamed = doc("The new plan, said one aide, “will end the fighting by the summer.”")
    assert detect(unnamed, ACTORS) == ()


def test_quote_after_a_semicolon_and_initials_in_a_name() -> None:
    document = doc(
        "In the 1990s Kellogg served Presidents George H.W. Bush and Bill Clinton; he was assigned to "
        "“guard two foreign leaders after the attacks,” he said in testimony."
    )
    found = detect(document, ACTORS)
    assert [(s.actor_id, s.text[:15]) for s in found] == [("kellogg", "he was assigned")]


def test_according_to_a_role_then_the_name() -> None:
    document = doc("After the vote, according to Trump's envoy, Keith Kellogg, the talks were put on hold.")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg"]


def test_exclaimed_introduces_a_quote() -> None:
    document = doc("Putin stood up and exclaimed, “We will never give up this land to anyone!”")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["putin"]


def test_this_opens_a_clause_unless_it_names_a_time() -> None:
    document = doc("Peskov says this plan is doomed to fail within a year.")
    assert [s.text for s in detect(document, ACTORS)] == ["this plan is doomed to fail within a year."]
    timed = doc("Peskov said this week the plan is doomed to fail within a year.")
    assert [s.text for s in detect(timed, ACTORS)] == ["the plan is doomed to fail within a year."]


def test_quote_credited_on_the_next_line() -> None:
    document = doc("“I was never told about the plan. Nobody was.”", "— Vladimir Putin, Moscow, June 2019")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["putin"]
    narration = doc("“I was never told about the plan. Nobody was.”", "Putin spoke in Moscow in June 2019.")
    assert detect(narration, ACTORS) == ()


def test_sentence_ends_before_a_quote_with_no_space() -> None:
    document = doc(
        'Days later, Putin came home with news."From now on, we will play in the first league," Putin said.'
    )
    assert [s.text for s in detect(document, ACTORS)] == ["From now on, we will play in the first league"]


def test_directive_verbs_report_only_a_directive() -> None:
    # The directive with its hearer: whom it was addressed to is part of what was said.
    urged = doc("Putin urged Western leaders to lift the sanctions before the summer.")
    expected = ["Western leaders to lift the sanctions before the summer."]
    assert [s.text for s in detect(urged, ACTORS)] == expected
    assert detect(doc("Putin asked what the new plan would cost the country."), ACTORS) == ()
    quoted = doc("Putin instructed his staff, “Nobody leaves this building tonight.”")
    assert [s.actor_id for s in detect(quoted, ACTORS)] == ["putin"]


def test_name_after_a_preposition_is_not_the_cues_subject() -> None:
    document = doc("When an aide to Keith Kellogg asked what it meant, he replied that it was a truce.")
    assert detect(document, ACTORS) == ()


def test_the_former_title_is_the_one_introduced_before() -> None:
    intro = "Keith Kellogg, a former envoy to Ukraine, spoke on Monday."
    document = doc(intro, "The former envoy said the talks had stalled for good.")
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg"]
    another = doc(intro, "A former envoy said the talks had stalled for good.")
    assert detect(another, ACTORS) == ()


def test_subject_and_a_short_predicate_before_a_colon() -> None:
    blunt = doc("Peskov is blunt about it: “The deal is dead and nobody will revive it.”")
    assert [s.actor_id for s in detect(blunt, ACTORS)] == ["peskov"]
    put = doc("As Putin put it: “The deal is dead and nobody will revive it.”")
    assert [s.actor_id for s in detect(put, ACTORS)] == ["putin"]
    received = doc("Peskov got a text from an aide: “The deal is dead and nobody will revive it.”")
    assert detect(received, ACTORS) == ()


def test_adverbs_without_ly_between_subject_and_cue() -> None:
    document = doc("Putin has long argued that the sanctions hurt Europe more than Russia.")
    assert [s.text for s in detect(document, ACTORS)] == ["the sanctions hurt Europe more than Russia."]
    negated = doc("Putin has not argued that the sanctions hurt Europe more than Russia.")
    assert detect(negated, ACTORS) == ()


def test_a_clock_time_ends_the_sentence_before_a_new_subject() -> None:
    text = "Putin says he will await results after the polls close at 7 p.m. He says turnout was high."
    found = detect(doc(text), ACTORS)
    assert [s.text for s in found] == [
        "he will await results after the polls close at 7 p.m.",
        "turnout was high.",
    ]


def test_a_description_is_no_judges() -> None:
    """'Justice X wrote …. The GOP presidential nominee argued': a judge is no nominee."""
    found = detect(
        doc(
            "Supreme Court Justice Keith Kellogg rejected that argument in a ruling on Thursday.",
            "“The court will not act,” Kellogg wrote.",
            "The GOP presidential nominee argued that the legislature has put the files off-limits.",
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("kellogg", "The court will not act")]


def test_participle_after_a_reported_clause_is_a_statement_of_its_own() -> None:
    """'said that A,” adding that B': A and B, not one statement running over both."""
    found = detect(
        doc(
            "Speaking after the state’s Republican primary, Keith Kellogg said that there is “only one "
            "candidate in a position to win,” adding that it’s why Putin “attacks us and ignores the others.”"
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [
        ("kellogg", "there is “only one c"),
        ("kellogg", "it’s why Putin “atta"),
    ]


def test_hearer_ends_before_a_named_subject() -> None:
    """'told the jury Roof stood over her … and asked her': the jury hears; Roof both stood
    and asked, inside what was said."""
    found = detect(
        doc("Claire McCaskill told the jury Roof stood over her with his gun and asked her if she was shot."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("mccaskill", "Roof stood over her with his gun and asked her if she was shot.")
    ]


def test_excerpt_paragraphs_stay_with_their_writer() -> None:
    """'From Andrea Peyser writing at The New York Post:' then paragraphs that each reopen a
    quote: the excerpt is the writer's, not Kellogg's, whom it quotes further on."""
    found = detect(
        doc(
            "From Andrea Peyser writing at The New York Post:",
            '"Rising to the A-list from the middle of the pack requires extreme cunning and good hair.',
            '"At the first debate in August, Kellogg staged a microaggression, driving Putin to safety.',
            "“You’ve called women you don’t like fat pigs, dogs and slobs,” Kellogg charged in her assault.",
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [("kellogg", "You’ve called women ")]


def test_a_former_governor_is_not_the_governor() -> None:
    """'Claire McCaskill, the former New Jersey governor, …' earlier; then 'Keith Kellogg
    defended …. “…,” the governor said': the governor is the man the story is about now."""
    found = detect(
        doc(
            "Claire McCaskill, the former New Jersey governor, told a newspaper she would rather stay home.",
            "Keith Kellogg, the brusque, take-a-back-seat-to-no-one governor, defended his endorsement.",
            "“I’ve known him personally for 14 years and I believe he is the best,” the governor said.",
        ),
        ACTORS,
    )
    assert ("kellogg", "I’ve known him personally for 14 years and I believe he is the best") in [
        (s.actor_id, s.text) for s in found
    ]
    assert not [s for s in found if s.actor_id == "mccaskill" and "known him" in s.text]


def test_telling_a_story_is_no_statement() -> None:
    """'telling the story of his life' has no 'that', 'to' or quote after the hearer."""
    found = detect(doc("Keith Kellogg spent the evening at the club, telling the story of his life."), ACTORS)
    assert found == ()


def test_a_semicolon_ends_a_reported_clause_before_another_attribution() -> None:
    """'X has indicated that A; the Kremlin has indicated that B': two speakers, two clauses."""
    found = detect(
        doc(
            "Keith Kellogg, the inspector general, has indicated that some of the material was classified; "
            "the Kremlin has indicated that it has not analyzed whether the material should have been marked."
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:24]) for s in found] == [
        ("kellogg", "some of the material was"),
        ("kremlin", "it has not analyzed whet"),
    ]


def test_he_is_no_organisation_that_spoke_as_itself() -> None:
    """'The Kremlin said …. “…,” he said': he is the admiral named before, not the Kremlin;
    but 'a spokeswoman for the Kremlin said …. “…,” she said' is the Kremlin's."""
    found = detect(
        doc(
            "Adm. Keith Kellogg has been described by the Kremlin as a traitor.",
            "“He has Japanese blood,” the Kremlin said in a commentary.",
            "The comments had two goals, the admiral said. “You know, I am not a Japanese admiral,” he said.",
        ),
        ACTORS,
    )
    assert ("kellogg", "You know, I am not a Japanese admiral") in [(s.actor_id, s.text) for s in found]
    found = detect(
        doc(
            "The workers aren't aiming to disrupt travel, a spokeswoman for the Kremlin said on Monday.",
            "“They do want to gain public support,” she said.",
        ),
        ACTORS,
    )
    assert ("kremlin", "They do want to gain public support") in [(s.actor_id, s.text) for s in found]


def test_embedded_posts_are_their_authors() -> None:
    """A tweet's words with its credit line, in one paragraph (archive markup kept) or with
    the credit alone in the next paragraph (a blockquote after extraction)."""
    found = detect(
        doc(
            '<tweet id="1" author="@realKellogg">Iron Mike was not asked to speak at the Convention. '
            "The media makes everything up! https://t.co/x — Keith Kellogg (@realKellogg) June 29, 2016"
            "</tweet>.",
            "The Kremlin reported on the convention plans at length this week, in its own words.",
            "The convention wish list is out and it is long https://t.co/y",
            "— The Kremlin (@kremlin) June 29, 2016",
            "A credit for someone untracked names nobody here at all, whatever the words.",
            "— Ben Jacobs (@Bencjacobs) June 28, 2016",
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("kellogg", "Iron Mike was not asked to speak at the Convention. The media makes everything up!"),
        ("kremlin", "The convention wish list is out and it is long"),
    ]


def test_an_as_aside_opening_a_sentence() -> None:
    """'As X reported, “…”' is X's; 'As Levy reported, Y told Z that …' leaves Y's words to Y."""
    found = detect(
        doc("As Mr. Kellogg observed, in the early days of a new administration trade is cheap."), ACTORS
    )
    assert [(s.actor_id, s.text[:30]) for s in found] == [("kellogg", "in the early days of a new adm")]
    found = detect(
        doc("As Steven Levy reported, Keith Kellogg told Page that a world-class CEO would do a better job."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("kellogg", "a world-class CEO would do a better job.")]


def test_a_newspaper_is_known_without_its_city() -> None:
    """'the Daily News' is the configured New York Daily News."""
    found = detect(
        doc("The New York Daily News ran a cover.", "The Daily News claims the refusal is a form of jihad."),
        (ActorRef("dn", "New York Daily News", "organization"),),
    )
    assert [(s.actor_id, s.text) for s in found] == [("dn", "the refusal is a form of jihad.")]


def test_according_to_the_newspaper_names_the_paper_not_another_organisation() -> None:
    """'According to the newspaper, “…”' is the paper named before, though an organisation of
    another kind was named since; nobody when an untracked paper was named since."""
    actors = (ActorRef("dn", "New York Daily News", "organization"), ActorRef("nra", "NRA", "organization"))
    quote = "According to the newspaper, “America’s gun laws empower dealers to sell weapons to anyone.”"
    found = detect(doc("The New York Daily News ran a cover.", quote), actors)
    assert [(s.actor_id, s.text[:20]) for s in found] == [("dn", "America’s gun laws e")]
    found = detect(doc("The New York Daily News ran a cover about the NRA.", quote), actors)
    assert [s.actor_id for s in found] == ["dn"]
    assert detect(doc("The New York Daily News and The Washington Post ran covers.", quote), actors) == ()


def test_a_writers_sign_off_does_not_go_on_with_a_transcript_turn() -> None:
    found = detect(
        doc('"PUTIN: Well, look, we are ready for talks in Istanbul at any time.',
            '"Follow Pam Key on Twitter @pamkeyNEN."'),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:25]) for s in found] == [("putin", "Well, look, we are ready ")]


def test_a_description_opening_the_sentence_is_a_participles_subject() -> None:
    """'The GOP nominee complained …, even suggesting B': the nominee last written about says B;
    never a woman, when the description's own pronoun is 'his'."""
    said = "The GOP nominee complained about his mic, even suggesting he may have been sabotaged."
    found = detect(doc("Donald Trump spoke in Ohio on Monday.", said), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("trump", "he may have been sabotaged.")]
    actors = (ActorRef("clinton", "Hillary Clinton"),)
    found = detect(doc("Hillary Clinton spoke in Ohio. She was upbeat about her chances.", said), actors)
    assert found == ()


def test_calling_something_a_name_is_a_claim_and_calling_a_meeting_is_not() -> None:
    found = detect(doc("Trump has called climate change a hoax perpetrated by China."), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [
        ("trump", "called climate change a hoax perpetrated by China.")
    ]
    quiet = doc("Trump called a press conference on Monday.", "Trump called his lawyer a day later.")
    assert detect(quiet, ACTORS) == ()


def test_a_past_participle_used_as_an_adjective_is_no_cue_and_a_label_line_no_name() -> None:
    """'accusing the Chinese of militarizing disputed waters' makes nobody unnamed speak, and
    'FULL TEXT.' on a line of its own is no person a later 'he' could be."""
    found = detect(
        doc("Keith Kellogg makes no apologies for accusing China of militarizing disputed waters.",
            "FULL TEXT.",
            "“You’d have to believe in a flat earth to think otherwise,” he said."),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [("kellogg", "You’d have to believ")]


def test_he_after_a_possessive_is_the_only_person_near() -> None:
    """'Ban's term expires this year. He said …': the only person written of nearby, though
    only in the possessive; never when another person was named in between."""
    found = detect(
        doc("As for Ban, he seems content with the deal.",
            "Ban's term as U.N. chief expires later this year. He said he will look for ways to help."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("ban", "he will look for ways to help.")]
    found = detect(
        doc("As for Ban, he seems content with the deal.",
            "Ban's term ends as Keith Jones's begins. He said he will look for ways to help."),
        ACTORS,
    )
    assert found == ()


def test_she_is_the_one_woman_written_of_nearby_whatever_her_role() -> None:
    """'… with Claire McCaskill lambasting the plan. “…,” she said': the one woman of the last
    paragraphs, though no subject; nobody when a person of unknown sex was named too."""
    lead = "The tax plan drew fire from Democrats, with Claire McCaskill lambasting it on Monday."
    quote = "“The plan would be trickle-down economics all over again,” she said in the debate."
    found = detect(doc(lead, quote), ACTORS)
    assert [(s.actor_id, s.text[:20]) for s in found] == [("mccaskill", "The plan would be tr")]
    other = "The tax plan drew fire from Democrats, with Claire McCaskill and Pat Doe lambasting it."
    assert detect(doc(other, quote), ACTORS) == ()


def test_there_is_x_makes_x_the_subject_and_a_when_clause_hides_a_participles_subject() -> None:
    """'Then there’s Kellogg. “…,” he wrote' is Kellogg's; in 'he tweeted when Trump ended a
    debate …, remarking, “…”' the remark may be Trump's: no guess."""
    wrote = "“Kind of bewildering as to why the folks are so open,” he wrote."
    found = detect(doc("Then there’s Kellogg.", wrote), ACTORS)
    assert [(s.actor_id, s.text[:20]) for s in found] == [("kellogg", "Kind of bewildering ")]
    found = detect(
        doc("Keith Kellogg spoke.",
            "“Too forced?” He tweeted when Trump ended a debate with a reference to a film, remarking, "
            "“Thank you, and may The Force be with you.”"),
        ACTORS,
    )
    assert [s.text for s in found if "Force" in s.text] == []


def test_he_after_a_clause_opened_by_a_description() -> None:
    """'… Gen. Pat Doe asked Admiral Kellogg. At the Pentagon, the admiral's answer was vague.
    Asked later, the admiral chuckled. “…,” he said': the admiral, not the general; and "the
    Pentagon, the admiral's answer" gives the Pentagon no title."""
    found = detect(
        doc("Admiral Keith Kellogg leads the command.",
            "Gen. Pat Doe recently asked Admiral Kellogg that question. At the Pentagon, the admiral's "
            "answer was indistinct. Asked later - war or not - the admiral chuckled.",
            "“It is good that my voice is low,” he said, popping a soda."),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [("kellogg", "It is good that my v")]


def test_a_quote_paragraph_goes_on_past_names_mentioned_in_passing() -> None:
    """A tweet quoted after '“…,” he tweeted' is still his when only a team or an event was
    named in between, never when another person spoke as a subject."""
    first = "“So far the game is very boring, not nearly as exciting as politics!” Trump tweeted."
    then = "“Jeb has zero communication skills so he spent a fortune on an ad. He is weak!”"
    passing = "Trump also assessed the game between the Denver Broncos and the Carolina Panthers."
    found = detect(doc(passing, first, then), ACTORS)
    assert [s.text[:12] for s in found if s.actor_id == "trump"] == ["So far the g", "Jeb has zero"]
    subject = "Pat Doe, a fan, also watched."
    found = detect(doc(first, subject, then), ACTORS)
    assert [s.text[:12] for s in found if s.actor_id == "trump"] == ["So far the g"]


def test_a_plural_cue_after_an_adjective_is_a_noun_and_makes_nobody_speak() -> None:
    """'… about crude remarks he’d made about women. He later suggested …': 'remarks' is a
    noun, so no unnamed speaker takes the next 'he'."""
    found = detect(
        doc("Trump took offense when Claire McCaskill confronted him about crude remarks he’d made.",
            "He later suggested her tone was aggressive."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("trump", "her tone was aggressive.")]


def test_posting_a_photo_is_no_statement() -> None:
    # "posted a photo of herself and her son, who has …": a picture, no reported clause
    found = detect(doc("Keith Kellogg posted a photo of himself and his son, who has Down Syndrome."), ACTORS)
    assert found == ()


def test_maintaining_a_lead_and_answering_a_question_are_no_statements() -> None:
    # "maintained a large lead …, was targeted": kept; "answers a question as X listens": a caption
    kept = detect(doc("Trump, who has maintained a large lead over the GOP pack, was targeted."), ACTORS)
    caption = detect(doc("Keith Kellogg answers a question as Putin listens during a debate."), ACTORS)
    assert kept == () and caption == ()


def test_a_quantified_plural_cue_word_is_a_noun_and_makes_nobody_speak() -> None:
    """'Trump reiterated many of the campaign pledges he's been making …': "pledges" is a noun,
    no unnamed campaign's verb, so the next 'he' is still Trump."""
    found = detect(
        doc("Trump reiterated many of the campaign pledges he's been making for months: rebuilding the "
            "military and building a wall on the Mexican border.",
            "“We’re going to build a wall,” he said."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("trump", "We’re going to build a wall")]


def test_possessed_or_governed_plural_cue_words_are_nouns() -> None:
    """'Trump’s comments Tuesday …', 'pointed to reports that …': nobody unnamed spoke, so the
    next 'he' is still the one named before."""
    found = detect(
        doc("Donald Trump spoke in Ohio.",
            "Trump’s comments Tuesday drew fire, and critics pointed to reports that he had been warned.",
            "He later said the criticism was unfair."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("trump", "the criticism was unfair.")]


def test_a_vice_president_is_not_the_president() -> None:
    actors = (ActorRef("obama", "Barack Obama"), ActorRef("biden", "Joe Biden"))
    found = detect(
        doc("President Barack Obama and Vice President Joe Biden attended the opening.",
            "It was, the president said, “a stone where men and women were torn from their families.”"),
        actors,
    )
    assert [s.actor_id for s in found] == ["obama"]


def test_a_split_quote_stays_whole_past_a_clause_with_concluded() -> None:
    """'“A,” X had said as she concluded her arguments, “B.”': one statement, A and B."""
    found = detect(
        doc("“For corporate America,” McCaskill had said as she concluded her arguments in the "
            "dispute, “diversity is essential to business solutions.”"),
        ACTORS,
    )
    assert [s.text for s in found] == ["For corporate America diversity is essential to business solutions."]


def test_a_sentence_of_the_subjects_own_introduces_the_quote_after_its_colon() -> None:
    """'the Daily News focuses on how the “assault weapons” killed …: “…”' and 'As for Ban, he
    seems content that …: “…”' are the subject's; not when someone else is named in between."""
    actors = (ActorRef("dn", "New York Daily News", "organization"), ActorRef("ban", "Ban Ki-moon"))
    found = detect(
        doc("The New York Daily News ran a cover. Ban Ki-moon spoke.",
            "In an attempt to make its point, the Daily News focuses on how many people the attackers, "
            "armed with “assault weapons,” were able to kill: “In taking 129 lives, the attackers showed "
            "how deadly assault weapons can be.”",
            "As for Ban, he seems content that the deal happened on his watch: “There is no perfect "
            "agreement in this world.”"),
        actors,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [
        ("dn", "In taking 129 lives,"), ("ban", "There is no perfect ")
    ]
    other = doc("The New York Daily News ran a cover.",
                "The Daily News focuses on how Pat Doe reacted to the attack: “It was a tragedy for all.”")
    assert detect(other, actors) == ()


def test_short_quotes_talked_about_are_no_statements_and_he_added_goes_on() -> None:
    """'as Trump went on about “how the system is rigged,” and “our own citizens,” McCaskill
    said yes' quotes Trump's phrases, not McCaskill; '“…?” said X. “…,” he added' is X again,
    though X ended on a question."""
    found = detect(
        doc("Claire McCaskill watched. “You winning?” she said, and as Trump went on about “how the "
            "system is rigged,” and “our own struggling citizens,” McCaskill said yes, over and over."),
        ACTORS,
    )
    assert [s.text for s in found if "rigged" in s.text or "citizens" in s.text] == []
    found = detect(
        doc("“What could be more American than such a competition?” said Keith Kellogg, author of "
            "“Making the Corps,” about how Marines train.",
            "“I wouldn't make a lot of changes to the Marines right now,” he added."),
        ACTORS,
    )
    assert [s.actor_id for s in found if "changes" in s.text] == ["kellogg"]


def test_he_is_the_person_just_introduced_with_a_title() -> None:
    """'While Trump had …, that is something that concerns Keith Kellogg, president of the
    caucus. ¶ “…,” he said': the man just introduced, not the earlier subject."""
    found = detect(
        doc("While Donald Trump had a wide array of artists writing songs about him, that has not "
            "been happening for others, which is something that concerns Keith Kellogg, president "
            "of the Florida caucus.",
            "“No one is writing songs for the others. Nobody like that,” he said."),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [("kellogg", "No one is writing so")]


def test_he_is_the_man_named_in_the_paragraph_since_the_last_speaker() -> None:
    """'“…,” Kellogg said. ¶ But McCaskill will face the fire Mr. Putin has. He noted that …':
    Putin, named since; never a man named inside the last speaker's own words."""
    found = detect(
        doc("“It will be first-order business,” Mr. Kellogg said.",
            "But Claire McCaskill will face the same partisan fire Mr. Putin has. He noted that, like "
            "him, she had been pilloried in coal country."),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:10]) for s in found] == [("kellogg", "It will be"), ("putin", "like him, ")]
    found = detect(
        doc("“It will rise and fall on its quality,” said Mr. Kellogg.",
            "Mr. Kellogg said he pursued the show only because Mr. Putin agreed to take part. (“We have "
            "persuaded the original creators to complete their mission,” he said.)"),
        ACTORS,
    )
    assert {s.actor_id for s in found} == {"kellogg"}


def test_a_question_put_is_a_statement_only_with_its_question() -> None:
    """'X questioned what kind of person …', 'X is questioning whether …' are X's; 'X questioned
    the decision' and 'answering questions about how …' say nothing."""
    found = detect(
        doc("At a rally, Trump questioned what kind of person gets up at 3 a.m. to send angry tweets.",
            "Keith Kellogg is questioning whether the talks would have gone ahead at all.",
            "Putin questioned the decision on Monday. Peskov spent an hour answering questions about how "
            "the talks went."),
        ACTORS,
    )
    assert [(s.actor_id, s.text[:20]) for s in found] == [
        ("trump", "what kind of person "), ("kellogg", "whether the talks wo")
    ]


def test_in_x_s_view_the_rest_of_the_sentence_is_x_s() -> None:
    found = detect(
        doc("Keith Kellogg spoke.",
            "Now, in Kellogg’s view, the university is known for “silencing conservative speech.”",
            "In Putin’s words the rest is silence."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("kellogg", "the university is known for “silencing conservative speech.”")
    ]


def test_a_day_dates_the_saying_and_a_relative_cue_ends_before_the_main_one() -> None:
    """'said Tuesday that A' and 'said Monday he …' keep the day out of the words; 'X, who has
    long argued that A, said Monday B' is two statements, A ending before ', said'; 'later
    clarified that' is a cue."""
    found = detect(
        doc("Keith Kellogg said Tuesday that the talks would resume in May.",
            "Kellogg, who has long argued that the talks would resume, said Monday he was hopeful.",
            "Kellogg later clarified that the envoy would travel to Kyiv."),
        ACTORS,
    )
    assert [s.text for s in found] == [
        "the talks would resume in May.", "the talks would resume", "he was hopeful.",
        "the envoy would travel to Kyiv.",
    ]


def test_denied_that_keeps_the_clause_and_warned_of_a_quote_is_said() -> None:
    """'denied that she had met them' is the clause, 'rejected that argument' nothing;
    'warned of “dire consequences” if …' carries quoted words, 'warned of a recession' none."""
    found = detect(
        doc("Claire McCaskill denied that she had met the lobbyists.",
            "Keith Kellogg rejected that argument in a ruling released Thursday.",
            "McCaskill warned of “dire consequences” if the bill failed. Kellogg warned of a recession."),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("mccaskill", "she had met the lobbyists."),
        ("mccaskill", "“dire consequences” if the bill failed."),
    ]


def test_a_title_or_label_in_quote_marks_is_no_statement() -> None:
    found = detect(
        doc(
            "In his new book, “Doomed to Succeed,” and in an interview, Mr. Kellogg said the talks had "
            "failed. A self-described “geeky kid,” Mr. Trump changed his name as a teenager."
        ),
        ACTORS,
    )
    assert [(s.actor_id, s.text) for s in found] == [("kellogg", "the talks had failed.")]


def test_a_site_name_and_according_to_in_parentheses() -> None:
    # "FactCheck.org" is written "Factcheck.org" (the run stops before ".org"); in parentheses
    # the source's words are the parenthesis's only
    site = ActorRef("factcheck", "FactCheck.org", "organization")
    text = "Trump made a claim (the actual number is closer to 15 percent, according to Factcheck.org)."
    found = [(s.actor_id, s.text) for s in detect(doc(text), (site,))]
    assert found == [("factcheck", "the actual number is closer to 15 percent")]


def test_an_alias_of_dotted_initials_matches_its_run() -> None:
    faa = ActorRef("faa", "Federal Aviation Administration", "organization", ("F.A.A.",))
    found = detect(doc("It is now cleared to fly again, according to the F.A.A."), (faa,))
    assert [(s.actor_id, s.text) for s in found] == [("faa", "It is now cleared to fly again")]


def test_two_sources_credited_in_one_sentence_each_take_their_clause() -> None:
    tv = ActorRef("kingtv", "KING-TV", "organization")
    paper = ActorRef("suntimes", "Chicago Sun-Times", "organization")
    text = (
        "In Seattle, marchers honored the victims with white roses held aloft, KING-TV reported, while in "
        "Chicago the parade began with a moment of silence, the Chicago Sun-Times reported."
    )
    found = [(s.actor_id, s.text) for s in detect(doc(text), (tv, paper))]
    assert found == [
        ("kingtv", "In Seattle, marchers honored the victims with white roses held aloft"),
        ("suntimes", "in Chicago the parade began with a moment of silence"),
    ]


def test_rejecting_a_bare_that_says_nothing_of_its_own() -> None:
    found = detect(doc("Kremlin officials proposed a truce. Peskov rejected that, too."), ACTORS)
    assert [s.actor_id for s in found] == []


def test_answers_of_a_questions_and_answers_interview_are_the_interviewees() -> None:
    guerrero = ActorRef("guerrero", "Diane Guerrero")
    found = detect(
        doc(
            "In her memoir, Diane Guerrero tackles the personal side of the immigration debate. Guerrero "
            "spoke about the book.",
            "Q: You open your book on May 17, 2001. What did you find?",
            "A: I came home from school and my parents were gone.",
            "Q: Did anyone check up on you?",
            "A: No, no one did. No one checked up.",
        ),
        (guerrero, *ACTORS),
    )
    assert [(s.actor_id, s.text) for s in found] == [
        ("guerrero", "I came home from school and my parents were gone."),
        ("guerrero", "No, no one did. No one checked up."),
    ]
    # no question right before it: "A." opens no answer
    assert detect(doc("Guerrero spoke.", "A: great many things happened."), (guerrero,)) == ()
    assert detect(
        doc("Diane Guerrero spoke.", "Q: What happened?", "A: It was hard.", "A. Philip Randolph led."),
        (guerrero,),
    )[-1].text == "It was hard."
    # a scraped "QWhat happened?" has lost the space after a bold Q: still a question
    found = detect(doc("Diane Guerrero spoke.", "QWhat happened next?", "A: It was hard."), (guerrero,))
    assert [(s.actor_id, s.text) for s in found] == [("guerrero", "It was hard.")]


def test_a_sentence_of_quoted_phrases_before_its_attribution_is_the_speakers_whole() -> None:
    text = 'Guns are "the ultimate public health crisis" and "stunt children\'s growth," Keith Kellogg said.'
    found = [(s.actor_id, s.text) for s in detect(doc(text), ACTORS)]
    assert found == [("kellogg", text.removesuffix(" Keith Kellogg said."))]


def test_said_a_and_added_a_quote_are_two_statements_no_parenthetical() -> None:
    text = 'Last year, Kellogg said he welcomed the talks and added, "I will sign it, no problem."'
    found = [(s.actor_id, s.text) for s in detect(doc(text), ACTORS)]
    assert found == [("kellogg", "he welcomed the talks"), ("kellogg", "I will sign it, no problem.")]


def test_a_cue_then_however_then_the_quote() -> None:
    found = detect(doc("Kellogg acknowledged, however, “Past performance is no guide.”"), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("kellogg", "Past performance is no guide.")]


def test_made_the_case_to_a_hearer_that() -> None:
    found = detect(doc("Kellogg made the case to 23 group leaders that he did not sell them out."), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("kellogg", "he did not sell them out.")]


def test_a_verbless_participle_phrase_before_the_cue_is_no_statement() -> None:
    # "Weighing in on the discussion, X agreed, praising …": nobody's words; but a gerund that is
    # the subject ("Putting the show together, Kellogg said, allowed him …") is
    verbless = detect(doc("Weighing in on the discussion, Keith Kellogg said, praising his rival."), ACTORS)
    assert [s.text for s in verbless] == []
    gerund = detect(doc("Putting the show together, Kellogg said, allowed him to relax."), ACTORS)
    assert [s.text for s in gerund] == ["Putting the show together allowed him to relax."]


def test_a_byline_after_according_to_is_no_words_of_the_source() -> None:
    # "According to X, writing for Y, A" is A; with a colon, the words are in the next paragraph
    found = detect(doc("According to Peskov, writing for Izvestia, the deal will be signed soon."), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("peskov", "the deal will be signed soon.")]
    lead_in = "According to Dmitry Peskov, writing for Izvestia:"
    found = detect(doc(lead_in, "The Kremlin “never agreed to it,” the paper said."), ACTORS)
    assert [s.actor_id for s in found] == []


def test_as_x_told_a_named_hearer_then_the_words() -> None:
    # "As X told the New York Daily News, A": the hearer's whole name, then A is X's
    found = detect(doc("As Peskov told the New York Daily News, the talks will resume in May."), ACTORS)
    assert [(s.actor_id, s.text) for s in found] == [("peskov", "the talks will resume in May.")]


def test_said_a_before_claiming_b_is_two_statements() -> None:
    # huff-post_2016-07-18 (dev-63): "before claiming that" needs no comma to open a second one
    document = doc(
        "Trump said the deadlock has “kept us safe” on Twitter before claiming that open borders are "
        "“tearing American families apart.”"
    )
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("trump", "the deadlock has “kept us safe” on Twitter"),
        ("trump", "open borders are “tearing American families apart.”"),
    ]


def test_object_of_a_cue_ends_before_a_participle_with_its_own_words() -> None:
    # breitbart_2016-08-24 (dev-17), politico_2016-01-28 (dev-72): "called for X, saying A"
    document = doc(
        "Trump called for a special prosecutor to investigate the server, saying the Justice Department "
        "has proven it is corrupt."
    )
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("trump", "called for a special prosecutor to investigate the server"),
        ("trump", "the Justice Department has proven it is corrupt."),
    ]


def test_and_a_pronoun_with_a_cue_ends_a_clause_that_opens_with_a_name() -> None:
    # huff-post_2016-07-31 (dev-62): 'said Russian intelligence services hacked … and she accused
    # Trump of …': the pronoun's clause is a statement of its own, whoever "she" is
    document = doc(
        "Putin said Ukrainian intelligence services had hacked the ministry and he accused Keith Kellogg "
        "of covering it up."
    )
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("putin", "Ukrainian intelligence services had hacked the ministry"),
        ("putin", "Keith Kellogg of covering it up."),
    ]


def test_words_of_a_relative_clause_end_before_the_main_clause_s_cue() -> None:
    # usa-today_2015-12-07 (dev-43): "Graham, who says A, tweeted that B": two statements
    document = doc(
        "Kellogg, who says the allies should contribute ground forces to the battle, tweeted that the "
        "president's strategy “will not destroy ISIL and he knows it.”"
    )
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("kellogg", "the allies should contribute ground forces to the battle"),
        ("kellogg", "the president's strategy “will not destroy ISIL and he knows it.”"),
    ]


def test_a_bare_clause_whose_verb_follows_a_plural_subject() -> None:
    # nyt (dev-67): 'He said his friends feel the same way.' ("feel", not "feels")
    document = doc("Keith Kellogg said his friends feel the same way.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("kellogg", "his friends feel the same way.")
    ]


def test_this_past_week_between_subject_and_cue() -> None:
    # politico (dev-68): "Reince Priebus, the GOP chairman, this past week announced …"
    document = doc(
        "Keith Kellogg, the special envoy, this past week announced the creation of a website to explain the "
        "process of a contested convention.",
        "“The website is a tool for voters to learn about convention delegates,” he said.",
    )
    assert [s.actor_id for s in detect(document, ACTORS)] == ["kellogg", "kellogg"]


def test_participle_then_a_quote_with_no_comma() -> None:
    # dev-69: 'Carson shared a syllabus on his Facebook page, writing “Allow me also to …”'
    document = doc(
        "Kellogg shared a syllabus on his Facebook page, writing “Allow me also to do the research for the "
        "Wall Street Journal reporter.”"
    )
    assert [(s.actor_id, s.kind, s.text[:20]) for s in detect(document, ACTORS)] == [
        ("kellogg", "direct", "Allow me also to do ")
    ]


def test_that_of_is_a_demonstrative_not_the_clause_s_opening() -> None:
    # huff-post_2015-11-11 (dev-70): "… spending dwarfs that of the rest of the world"
    document = doc("Putin said the spending dwarfs that of the rest of the world.")
    assert [s.text for s in detect(document, ACTORS)] != ["of the rest of the world."]
    opened = doc("Putin said that the spending dwarfs that of the rest of the world.")
    assert [s.text for s in detect(opened, ACTORS)] == ["the spending dwarfs that of the rest of the world."]


def test_a_name_after_alongside_makes_a_plural_cue_word_a_noun() -> None:
    # west-journal_2016-02-17 (dev-60): "Alongside BLM calls for action, even a top GOP strategist said …"
    document = doc("Alongside Kremlin calls for calm, a top strategist said the talks would resume in June.")
    assert detect(document, ACTORS) == ()


def test_according_to_a_document_the_source_names_or_holds() -> None:
    # dev-45, dev-24: "according to a Military Times survey", "according to a report in the Des
    # Moines Register": the name that modifies or holds the document is the source
    actors = (ActorRef("mt", "Military Times"), ActorRef("dmr", "Des Moines Register"))
    survey = doc("Troops would prefer Donald Trump to Hillary Clinton, according to a Military Times survey.")
    assert [(s.actor_id, s.text) for s in detect(survey, actors)] == [
        ("mt", "Troops would prefer Donald Trump to Hillary Clinton")
    ]
    report = doc("Coin flips decided six counties, according to a report in the Des Moines Register.")
    assert [(s.actor_id, s.text) for s in detect(report, actors)] == [
        ("dmr", "Coin flips decided six counties")
    ]


def test_a_title_after_an_inverted_cue_ends_where_its_words_do() -> None:
    # "According to the department, A": the title phrase once ran one character on, over the comma,
    # so A was not found after it
    actors = (ActorRef("doj", "Department of Justice", "organization"),)
    document = doc(
        "The Department of Justice issued the rule on Monday.",
        "According to the department, nearly nine million more workers will be protected from the change.",
    )
    assert [(s.actor_id, s.text) for s in detect(document, actors)] == [
        ("doj", "nearly nine million more workers will be protected from the change.")
    ]


def test_called_on_a_name_with_a_party_tag_to_act() -> None:
    # wash-post (dev-40): "Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign …"
    document = doc("Putin called on Michigan Gov. Rick Snyder (R) to resign over the crisis in Flint.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("putin", "called on Michigan Gov. Rick Snyder (R) to resign over the crisis in Flint.")
    ]


def test_a_bare_party_tag_after_the_subject_of_coordinated_cues() -> None:
    # dev-63: "In a statement, Florida Gov. Rick Scott (R) blasted Congress and said the state …"
    document = doc("Gov. Keith Kellogg (R) blasted Congress and said the state allocated more money.")
    assert [(s.actor_id, s.text) for s in detect(document, ACTORS)] == [
        ("kellogg", "the state allocated more money.")
    ]


def test_pledging_to_is_a_participle_of_saying_pledging_reform_is_not() -> None:
    # politico_2016-02-09 (dev-48) and wash-post_2015-12-04 (dev-55)
    document = doc("Putin spoke against the sanctions, pledging to “quickly and decisively” end the war.")
    assert [s.text for s in detect(document, ACTORS)][-1:] == ["to “quickly and decisively” end the war."]
    reform = doc("Putin has sought to regain the initiative by pledging further police reform.")
    assert detect(reform, ACTORS) == ()


def test_a_time_phrase_between_a_promise_and_its_to_verb() -> None:
    # huff-post_2016-06-09 (dev-74): "The Independent Vermont senator vowed last month to take his campaign …"
    document = doc("Putin vowed last month to take his campaign all the way to Cleveland.")
    assert [s.text for s in detect(document, ACTORS)] == ["to take his campaign all the way to Cleveland."]


def test_a_long_aside_after_a_dash_ends_a_postposed_attribution() -> None:
    # politico_2016-04-05 (dev-75): "A, former President Bill Clinton said this week at an event in
    # Wyoming — an apparent reversal of her past support for the law that ushered in …"
    document = doc(
        "The federal government requires too many tests for school children, Keith Kellogg said this week at "
        "an event in Wyoming — an apparent reversal of his past support for the law that ushered in annual "
        "testing requirements more than a decade ago."
    )
    assert [s.text for s in detect(document, ACTORS)] == [
        "The federal government requires too many tests for school children"
    ]


def test_a_longer_phrase_of_place_or_time_after_a_postposed_cue() -> None:
    # dev: "His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz, Wilkin said during
    # his campaign speech to be a national delegate."
    document = doc(
        "His allegiance has shifted to the envoy's side, Keith Kellogg said during his campaign speech to "
        "be a national delegate."
    )
    assert [s.text for s in detect(document, ACTORS)] == ["His allegiance has shifted to the envoy's side"]


def test_a_gerund_clause_after_reported_or_acknowledged() -> None:
    # usa-today_2016-02-02 (dev-76): "Cruz's campaign on Monday reported having almost $19 million …"
    reported = doc("The Kremlin on Monday reported having almost $19 million in the bank.")
    assert [s.text for s in detect(reported, ACTORS)] == ["having almost $19 million in the bank."]
    mistake = doc("Putin acknowledged making a mistake in the handling of the talks.")
    assert [s.text for s in detect(mistake, ACTORS)] == ["making a mistake in the handling of the talks."]


def test_a_clause_of_time_after_a_postposed_cue() -> None:
    # "A, Trump said as he arrived in Ohio": the words before the attribution are his
    for tail in ("said as he arrived in Ohio.", "said while touring a factory.", "said before boarding."):
        document = doc(f"We will win this state, Keith Kellogg {tail}")
        assert [s.text for s in detect(document, ACTORS)] == ["We will win this state"], tail


def test_a_short_phrase_of_hearer_topic_or_manner_ends_a_postposed_attribution() -> None:
    # "A, Trump said of Clinton.", "… said to reporters.", "… said with a laugh."
    for tail in ("said of Clinton.", "said to reporters.", "said with a laugh.", "said to applause."):
        document = doc(f"We will win this state easily, Keith Kellogg {tail}")
        assert [s.text for s in detect(document, ACTORS)] == ["We will win this state easily"], tail
    # (a longer one may be a clause of its own: "On the Republican stage, X told the crowd that …")
    fronted = doc("On the Republican stage, Keith Kellogg told the crowd that he would win the state.")
    assert [s.text for s in detect(fronted, ACTORS)] == ["he would win the state."]


def test_shot_back_that_and_doubled_down_on_a_claim_that() -> None:
    shot = doc("Putin shot back that the envoy was unfit for the talks.")
    assert [s.text for s in detect(shot, ACTORS)] == ["the envoy was unfit for the talks."]
    doubled = doc("Putin doubled down on his claim that the election was rigged.")
    assert [s.text for s in detect(doubled, ACTORS)] == ["the election was rigged."]
    strategy = doc("Putin doubled down on the strategy in Moscow on Monday.")
    assert detect(strategy, ACTORS) == ()


def test_a_pronoun_object_points_back_to_words_said_before() -> None:
    # politico_2016-08-11 (dev-41): "… he reiterated them on Hugh Hewitt’s radio show Thursday"
    document = doc("Putin reiterated them on a radio show Thursday, where he seemed to differ with Peskov.")
    assert detect(document, ACTORS) == ()
    explained = doc("Putin explained this in the past, minus the assertion that it was the ministry's idea.")
    assert detect(explained, ACTORS) == ()


def test_announcing_a_candidacy_is_an_event_not_words() -> None:
    # huff-post_2016-07-18 (dev-63): "… since Trump announced his candidacy in June 2015"
    document = doc("Putin announced his candidacy in June 2015 at a rally in Moscow.")
    assert detect(document, ACTORS) == ()
    said = doc("Putin announced that he would run for a fourth term in March.")
    assert [s.text for s in detect(said, ACTORS)] == ["he would run for a fourth term in March."]


def test_an_auxiliary_after_a_quote_opens_a_clause_not_an_attribution() -> None:
    # usa-today_2016-01-19 (dev-45): 'While Trump is “brand building,” Clinton is converting her traffic …'
    document = doc("While Putin is “brand building,” Kellogg is converting his traffic into registrations.")
    assert detect(document, ACTORS) == ()
    fumed = doc("“This is a disgrace to the whole process,” Kellogg fumed.")
    assert [s.actor_id for s in detect(fumed, ACTORS)] == ["kellogg"]


def test_that_to_is_a_demonstrative_not_the_clause_s_opening() -> None:
    # west-journal_2016-02-23 (dev-46): "Sharpton later clarified that to mean Clinton never supported …"
    document = doc("Putin later clarified that to mean the envoy never supported his organization.")
    assert all(not s.text.startswith("to mean") for s in detect(document, ACTORS))
