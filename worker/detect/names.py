"""Actor matching: name variants, capitalised-name spans, and who they denote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from worker.records import ActorRef

from .aliases import PhraseIndex
from .givennames import HONORIFICS, someone_else
from .lexicon import PARTICLES, SUFFIXES, TITLE_SET
from .runs import runs
from .span import Span, ends_org, ends_sentence, is_label
from .variants import skeleton, variants

# A word that may be capitalised, Latin, Greek or Cyrillic (cased scripts), its hyphenated parts whole.
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z\u00c0-\u024f\u0370-\u052f][\w'’.-]*")
_OPENERS = frozenset(".!?:“‘(\n")  # after these (and spaces) a sentence may start


def actor_index(actors: Sequence[ActorRef]) -> ActorIndex:
    """The index of a list of actors, built once: a worker detects with the same list article
    after article (an ActorIndex is never changed once built)."""
    try:
        return _cached_index(tuple(actors))
    except TypeError:  # an actor built with a list of aliases cannot be a cache key
        return ActorIndex(actors)


@lru_cache(maxsize=16)
def _cached_index(actors: tuple[ActorRef, ...]) -> ActorIndex:
    return ActorIndex(actors)


class ActorIndex:
    """Variant keys for every tracked actor; built once per actor list (actor_index)."""

    def __init__(self, actors: Sequence[ActorRef]) -> None:
        self.actors = {a.id: a for a in actors}
        self.keys: dict[tuple[str, ...], tuple[str, str]] = {}
        # Keys two actors share (Donald and Ivanka Trump): resolved by context in coref.
        self.shared: dict[tuple[str, ...], list[str]] = {}
        self.surnames: dict[str, str] = {}  # skeleton surname -> actor, for fuzzy matching
        self.given: dict[str, str] = {}  # actor -> skeleton given name ("" if family-first)
        self.own: dict[str, frozenset[str]] = {}  # actor -> skeletons of all its name words
        for actor in actors:
            for key, how in variants(actor):
                if how == "alias:surname":
                    self.surnames[key[0]] = actor.id
                    first = skeleton(actor.name.split()[0])
                    self.given[actor.id] = first if first != key[0] else ""
                if key in self.keys and self.keys[key][0] != actor.id:
                    self.shared.setdefault(key, [self.keys[key][0]]).append(actor.id)
                self.keys.setdefault(key, (actor.id, how))
            names = (actor.name, *actor.aliases)
            self.own[actor.id] = frozenset(skeleton(w) for p in names for w in p.split())
        self.by_given: dict[str, list[str]] = {}  # skeleton given name -> actors (given_alone.py)
        for actor_id, given in self.given.items():
            if given:
                self.by_given.setdefault(given, []).append(actor_id)
        for key in self.shared:
            del self.keys[key]
        self.key_words = frozenset(w for k in (*self.keys, *self.shared) for w in k)
        # each key's words but its particles ("Department of Justice": department, justice), all
        # of which a text must hold, capitalised, for the key to match there (may_name)
        particles = {skeleton(p) for p in PARTICLES}
        sets = {frozenset(w for w in k if w not in particles) for k in (*self.keys, *self.shared)}
        # only the least of them: "Donald J. Trump" needs nothing "Donald Trump" does not
        self.key_sets = [ws for ws in sets if not any(other < ws for other in sets)]
        self.one_word = frozenset(w for ws in self.key_sets if len(ws) == 1 for w in ws)
        self.max_len = max((len(k) for k in (*self.keys, *self.shared)), default=1)
        self.aliases = PhraseIndex(actors)  # names found as phrases (aliases.py)

    def may_name(self, text: str) -> bool:
        """Could `text` name a tracked actor at all: a capitalised word that is one of the
        actors' name words (as a skeleton: any spelling the matcher takes), or all the words of
        a phrase alias? Most articles a worker reads name none: they end here, untokenised."""
        seen: set[str] = set()
        for w in _CAPITALISED.finditer(text):
            word = w.group()
            if word in seen or not word[0].isupper():
                continue
            seen.add(word)
            for part in (word, *word.split("-")) if "-" in word else (word,):
                key = skeleton(part)
                if key in self.one_word:
                    return True  # (a surname alone: most articles naming an actor stop at the first)
                seen.add(key)
        if any(seen.issuperset(words) for words in self.key_sets):
            return True
        low = text.lower()
        return any(p.may_occur(low) for p in self.aliases.phrases)

    def spans(self, text: str) -> list[Span]:
        """Every capitalised-name span in `text`, matched to actors where possible."""
        spans: list[Span] = []
        for words, j in runs(text):
            span = self._match(text, words[:j])
            at = words[0].start()
            opens_line = at == 0 or text[at - 1] == "\n"
            if span.actor is None and opens_line and is_label(text, at, words[j - 1].end()):
                continue  # "FULL TEXT.", "ABSTRACT.": a section label on a line of its own
            if span.actor and span.seq < span.start:  # "Elizabeth Warren Hammers Wells Fargo CEO"
                k = next(x for x in range(j) if words[x].start() == span.start)
                left = self._match(text, words[:k])
                after = next((x for x in range(k) if words[x].start() >= left.end), k)
                between = [w.group().lower().rstrip(".") for w in words[after:k]]
                # a title-case headline runs two names together with a verb between them; not
                # "EDS President Kim Brace" (an organisation's titled officer)
                if left.actor and any(w not in TITLE_SET and w not in HONORIFICS for w in between):
                    spans.append(left)
                    seq = words[after].start()
                    span = replace(span, lead=text[seq : span.start].strip(), seq=seq)
            spans.append(span)
            runs_on = span.actor is not None and span.end < words[j - 1].end()  # "Ted Cruz of Texas"
            tail = self._tail(text, words, span, 0, j) if runs_on else None
            if tail is not None:
                spans.append(tail)
        return self.aliases.find(text, spans)

    def _tail(self, text: str, words: list[re.Match[str]], span: Span, i0: int, j: int) -> Span | None:
        """The name after a particle that ends a tracked name's run ("Ted Cruz of Texas",
        "Keith Kellogg of Liberty Baptist Church"): a span of its own, so that the verb after
        it finds the person named before "of"."""
        k = next((x for x in range(i0, j) if words[x].start() >= span.end), j)
        if k == j or words[k].group() not in PARTICLES:
            return None
        while k < j and words[k].group() in PARTICLES:
            k += 1
        return self._span(text, words[k:j], 0, j - k, None, "untracked") if k < j else None

    def _match(self, text: str, words: list[re.Match[str]]) -> Span:
        keys = [skeleton(w.group()) for w in words]
        n = len(keys)
        if self.key_words.isdisjoint(keys):  # most runs name nobody tracked: no key to try
            return self._span(text, words, 0, n, None, "untracked")
        for size in range(min(n, self.max_len), 0, -1):
            for k in range(n - size, -1, -1):  # prefer the rightmost: "President Putin"
                key = tuple(keys[k : k + size])
                hit = self.keys.get(key)
                if hit and hit[1] == "alias:surname" and k and self.someone_else(text, words, k, hit[0]):
                    return self._span(text, words, 0, n, None, "untracked")  # "Ellie Hall"
                if hit:
                    return self._span(text, words, k, k + size, hit[0], hit[1])
                if key in self.shared:
                    if k and all(self.someone_else(text, words, k, a) for a in self.shared[key]):
                        return self._span(text, words, 0, n, None, "untracked")  # "Eric Trump"
                    span = self._span(text, words, k, k + size, "?", "shared")
                    return Span(
                        span.start,
                        span.end,
                        span.text,
                        None,
                        "shared",
                        span.lead,
                        span.possessive,
                        span.seq,
                        tuple(self.shared[key]),
                    )
        return self._span(text, words, 0, n, None, "untracked")

    def _span(
        self, text: str, words: list[re.Match[str]], a: int, b: int, actor: str | None, how: str
    ) -> Span:
        while b < len(words) and words[b].group().lower().rstrip(".,") in SUFFIXES:
            b += 1  # "Vann R. Newkirk II", "James Roosevelt Jr.": the suffix ends the name
        last = words[b - 1].group()
        end = words[b - 1].end()
        if ends_sentence(last):
            end -= 1  # a sentence full stop, not an initial or "Sr."
        lead = text[words[0].start() : words[a].start()].strip() if a else ""
        start = words[a].start() if actor else words[0].start()
        poss = last.endswith(("'s", "’s", "s'", "s’"))
        seq = words[0].start()
        if actor and lead and ends_org(lead):  # "… of the Washington Post Trump said": no title
            lead, seq = "", start
        return Span(start, end, text[start:end], actor, how, lead, poss, seq)

    def someone_else(self, text: str, run: Sequence[re.Match[str] | str], k: int, actor: str) -> bool:
        """Is the surname at run[k] another person's, by the words before it in its run?"""
        words = [w if isinstance(w, str) else w.group() for w in run[:k]]
        i = run[0].start() - 1 if isinstance(run[0], re.Match) else -2
        while i >= 0 and text[i].isspace() and text[i] != "\n":
            i -= 1
        if i > 0 and text[i] in "\"”’":  # a closing mark: did its quote end a sentence?
            i -= 1
        opens = i == -1 or (i >= 0 and text[i] in _OPENERS)
        own, given = self.own.get(actor, frozenset()), self.given.get(actor, "")
        return someone_else(words, own, given, skeleton, opens, text)
