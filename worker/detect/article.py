"""One article prepared for detection: text, masked text, quotes, sentences, names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from worker.records import ActorRef, Document, Statement

from .coref import Resolver
from .intervals import Intervals
from .layout import Paragraph, cut, layout, paragraph_offsets
from .names import ActorIndex, Span, actor_index
from .phrases import Phrase
from .quotes import MASK, Quote, find_quotes, mask
from .speaker import Speaker
from .turn_labels import TURN, label_actor

_CLOSE_AFTER = re.compile(r",?[”\"]")


def _turn_named(text: str, offsets: list[tuple[int, str]], index: ActorIndex) -> bool:
    """Does a transcript turn's label ("PUTIN:") name a tracked person?"""
    for base, para in offsets:
        turn = TURN.match(text, base, base + len(para))
        if turn and label_actor(index, turn.group("label")):
            return True
    return False


@dataclass
class Article:
    text: str
    masked: str
    paras: list[Paragraph]
    quotes: list[Quote]
    spans: list[Span]
    ends: dict[int, Span]
    starts: dict[int, Span]
    resolver: Resolver
    statements: list[Statement] = field(default_factory=list)
    # Speaker of each attribution found, tracked or not, by paragraph, in order:
    # what an unattributed quote paragraph continues.
    speakers: dict[int, list[tuple[int, Speaker]]] = field(default_factory=dict)
    used_verbs: set[int] = field(default_factory=set)  # cue offsets already spent
    claimed: Intervals = field(default_factory=Intervals)  # spans already stated
    # those a person (or someone unknown) stated: a name inside is no antecedent of the next
    # "he" ("As the paper noted, … Trump has not … . Although he says …": Trump)
    voiced: Intervals = field(default_factory=Intervals)
    para_starts: list[int] = field(default_factory=list)
    span_starts: list[int] = field(default_factory=list)
    quote_opens: list[int] = field(default_factory=list)
    by_verb: dict[int, int] = field(default_factory=dict)  # cue offset -> statement index
    short_parts: dict[int, Speaker] = field(default_factory=dict)  # cue of a too-short quote

    @classmethod
    def build(cls, doc: Document, actors: Sequence[ActorRef]) -> Article | None:
        """The article ready for the rules, or None when it names no tracked actor at all."""
        text = doc.text
        index = actor_index(actors)
        if not index.may_name(text):
            return None  # (no tracked name, in any spelling: nothing to tokenise)
        offsets = paragraph_offsets(doc)
        quotes = find_quotes(offsets)
        masked = mask(text, quotes)
        spans = index.spans(masked)
        if not any(s.actor or s.shared for s in spans) and not _turn_named(text, offsets, index):
            # Every speaker resolves through a tracked name met before (a misspelling or a
            # given name alone only after the full name) or a transcript label, so there is
            # nothing to find: most articles a worker reads name no one it tracks.
            return None
        paras = layout(doc, quotes)  # (only now: sentences are read for the articles that need them)
        sentence_starts = [a for para in paras for a, _ in para.sentences]
        resolver = Resolver(masked, spans, index, sentence_starts)
        ends = resolver.ends  # built once, for the resolver and the attribution rules
        starts = {s.seq: s for s in spans}
        art = cls(text, masked, paras, quotes, spans, ends, starts, resolver)
        resolver.said = art.voiced
        return art

    def sentence_of(self, pos: int) -> tuple[int, int]:
        para = self.para_of(pos)
        for a, b in para.sentences:
            if a <= pos < b:
                return a, b
        return para.start, para.end

    def spans_in(self, a: int, b: int) -> list[Span]:
        if len(self.span_starts) != len(self.spans):
            self.span_starts = [s.start for s in self.spans]
        starts = self.span_starts
        return self.spans[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    def quotes_in(self, a: int, b: int) -> list[Quote]:
        """Quotes opening in [a, b)."""
        if len(self.quote_opens) != len(self.quotes):
            self.quote_opens = [q.open for q in self.quotes]
        opens = self.quote_opens
        return self.quotes[bisect.bisect_left(opens, a) : bisect.bisect_left(opens, b)]

    def para_of(self, pos: int) -> Paragraph:
        if not self.para_starts:
            self.para_starts = [p.start for p in self.paras]
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paras[max(i, 0)]

    def recent(self, pos: int) -> tuple[int, Speaker] | None:
        """The last speaker noted before `pos`, in this paragraph or the two before."""
        index = self.para_of(pos).index
        for i in (index, index - 1, index - 2):
            last = next((n for n in reversed(self.speakers.get(i, ())) if n[0] < pos), None)
            if last is not None:
                return last
        return None

    def note_unknown(self, pos: int) -> None:
        if any(at == pos for at, _ in self.speakers.get(self.para_of(pos).index, ())):
            return  # a rule has already named whom this cue's subject is
        self.note_speaker(pos, Speaker(None, "?", "unparsed", 0.0, f"?{pos}"))

    def speaker(self, phrase: Phrase, content: int | None = None) -> Speaker | None:
        """`content`: start of the words a postposed attribution ('A, he said') attributes."""
        return self.resolver.speaker(phrase, self.recent(phrase.start), content)

    def is_claimed(self, start: int, end: int) -> bool:
        return self.claimed.covers(start, end)

    def _close_quote(self, start: int, end: int) -> int:
        """`end`, moved past the closing mark of a quote the statement opens but stops short of
        ('he has “expanded the party,” claiming …' keeps ',”': its words, as printed, whole)."""
        seg = self.text[start:end]
        if seg.count("“") > seg.count("”") or seg.count('"') % 2:
            close = _CLOSE_AFTER.match(self.text, end)
            return close.end() if close else end
        return end

    def note_speaker(self, pos: int, speaker: Speaker) -> None:
        self.speakers.setdefault(self.para_of(pos).index, []).append((pos, speaker))

    def add(
        self,
        speaker: Speaker,
        kind: str,
        start: int,
        end: int,
        conf: float,
        evidence: tuple[str, ...],
        text: str | None = None,
    ) -> None:
        """Record a statement (only for a tracked speaker) and claim its span."""
        while end > start and self.text[end - 1] in " ,;:—–-":
            end -= 1
        if self.text[end - 2 : end] not in (":)", ";)") and self.text[end - 1 : end] == ")" and (
            "(" not in self.text[start:end]
        ):
            end -= 1  # "(On Monday he said he would close mosques.)": the aside's bracket is no word
        while start < end and self.text[start] in " ,;:—–-":
            start += 1
        end = self._close_quote(start, end)
        self.claimed.append((start, end))
        if speaker.actor is None or self.resolver.index.actors[speaker.actor].kind == "person":
            self.voiced.append((start, end))
        whole = end - start > 2 and self.masked[start] in "“\"" and self.masked[end - 1] in "”\""
        if not text and whole and self.masked.count(MASK, start + 1, end - 1) == end - start - 2:
            start, end = start + 1, end - 1  # one whole quote ("telling reporters, “…”"): its words
        text = cut(text or self.text[start:end])
        n = len(text.split())
        if speaker.actor is None or n < 3:
            return  # untracked, or too short to be more than a scare quote or a "Yes"
        if n < 4 and text.rstrip(" ”\"’'").endswith("?"):
            return  # "Is that right?": a turn in an exchange, no claim to alert on
        ev = (*evidence, f"speaker:{speaker.how}")
        self.statements.append(
            Statement(
                actor_id=speaker.actor,
                kind=kind,  # type: ignore[arg-type]
                text=text,
                speaker=speaker.mention,
                start=start,
                end=end,
                confidence=round(min(conf, speaker.confidence), 2),
                evidence=ev,
            )
        )
