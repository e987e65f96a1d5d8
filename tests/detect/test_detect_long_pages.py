"""Long pages: the bookkeeping that made detection quadratic (which stretches are already
stated, which words the text writes in lower case) answers exactly as the plain scans it
replaced, and a page that repeats an article finds that article's statements in every copy."""

from __future__ import annotations

import itertools
import random
import re

from worker.detect import detect
from worker.detect.descriptions import introduced
from worker.detect.intervals import Intervals
from worker.detect.layout import LONGEST_SENTENCE, layout, paragraph_offsets
from worker.detect.mention_words import written_lower
from worker.detect.quotes import find_quotes
from worker.records import ActorRef, Document


def test_intervals_answer_as_a_scan_of_every_stretch() -> None:
    rng = random.Random(7)
    for _ in range(200):
        starts = [rng.randint(0, 300) for _ in range(rng.randint(0, 25))]
        stretches = [(a, a + rng.randint(0, 40)) for a in starts]
        table = Intervals()
        for s in stretches:  # in any order, as rules claim text out of document order
            table.append(s)
        assert sorted(table) == sorted(stretches) and len(table) == len(stretches)
        for _ in range(60):
            start = rng.randint(-5, 345)
            end = start + rng.randint(0, 30)
            assert table.covers(start, end) == any(a <= start and end <= b for a, b in stretches)
            assert table.holds(start) == any(a <= start < b for a, b in stretches)


def test_written_lower_is_a_search_for_the_word_between_spaces() -> None:
    short = "Realtor Ghulam said the realtor  knew.\nrealtor Smith, and the inflation rate rose; realtor"
    long = short + " Filler words and more filler." * 1500  # (a long text is read as a set of its words)
    words = ("realtor", "knew.", "inflation", "rate", "smith,", "ghulam", "the", "said", "rose;", "rose")
    for text in (short, long):
        for word in words:
            assert written_lower(text, word) == (f" {word} " in text), word


def test_introduced_finds_what_a_scan_of_all_the_text_before_finds() -> None:
    text = (
        "A New York judge has ruled on the case. The judge said more. Another senior U.S. diplomat spoke; "
        "the diplomat left. One state's governor-elect, and an ex-senator, and a president-elect came. "
        "Non-judge rulings. The pope and one pope. A very, very senior senator said."
    ) * 3
    for head in ("judge", "diplomat", "governor", "senator", "president-elect", "pope", "mayor"):
        scan = re.compile(rf"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.-]+\s+){{0,3}}{head}\b")
        for before in range(0, len(text) + 1, 7):
            found = scan.search(text, 0, before) is not None
            assert introduced(text, head, before) == found, (head, before)


def test_text_that_never_ends_a_sentence_is_read_in_pieces_cut_at_spaces() -> None:
    words = "Trump said the talks were good and Putin told reporters that "
    paragraphs = ("Lead. " + words * 400, "A short one. Then another.")
    stopless = Document(title="", paragraphs=paragraphs, source="text")
    paras = layout(stopless, find_quotes(paragraph_offsets(stopless)))
    first = paras[0].sentences
    assert first[0] == (0, 6) and first[-1][1] == paras[0].end  # the pieces tile the paragraph
    assert all(a == b_prev for (_, b_prev), (a, _) in itertools.pairwise(first))
    assert len(first) > 8 and all(b - a <= LONGEST_SENTENCE for a, b in first)
    assert all(stopless.text[a - 1] == " " for a, _ in first[1:])  # cut after a space, no word split
    assert paras[1].sentences == ((paras[1].start, paras[1].start + 13), (paras[1].start + 13, paras[1].end))


ACTORS = (
    ActorRef("peskov", "Dmitry Peskov", aliases=("Kremlin spokesman",)),
    ActorRef("kellogg", "Keith Kellogg"),
    ActorRef("kremlin", "Kremlin", "organization"),
)
ARTICLE = (
    "Kremlin spokesman Dmitry Peskov said on Monday that Moscow would honor its obligations.",
    "“Nobody came here,” Peskov told reporters. “We are not interested in drawing anything out.”",
    "Special envoy Keith Kellogg, who met Peskov last week, said the talks had stalled again.",
    "He added that a new round could start “within weeks, not months.”",
    "The Kremlin rejected the accusation that it was delaying the negotiations.",
)


def test_a_page_repeating_an_article_finds_its_statements_in_every_copy() -> None:
    one = detect(Document(title="", paragraphs=ARTICLE, source="text"), ACTORS)
    assert {s.actor_id for s in one} == {"peskov", "kellogg", "kremlin"} and len(one) >= 5
    copies = 300  # some 110,000 characters: thousands of claimed stretches and name lookups
    page = Document(title="", paragraphs=ARTICLE * copies, source="text")
    many = detect(page, ACTORS)
    assert len(many) == copies * len(one)
    block = page.text.index(ARTICLE[0], 1)  # where the second copy starts
    for i, s in enumerate(many):
        first = one[i % len(one)]
        shift = (i // len(one)) * block
        assert (s.actor_id, s.kind, s.text) == (first.actor_id, first.kind, first.text)
        assert s.evidence == first.evidence
        assert (s.start, s.end) == (first.start + shift, first.end + shift)
