"""Extract stage: an article page (or a plain text) becomes a Document."""

from __future__ import annotations

import html as html_lib
import re
from configparser import ConfigParser

import trafilatura
from trafilatura.settings import use_config

from worker.mojibake import repaired
from worker.records import Document

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)

def _settings() -> ConfigParser:
    settings = use_config()
    # Pages with more elements than this are traps (100,000 nested divs), not articles:
    # trafilatura discards them instead of spending seconds of CPU on them.
    settings["DEFAULT"]["max_tree_size"] = "50000"
    # Its timeout uses SIGALRM, which only the main thread may set; workers run threads,
    # and the page size is already capped at fetch.
    settings["DEFAULT"]["extraction_timeout"] = "0"
    return settings


_SETTINGS = _settings()
_SPACE = re.compile(r"[ \t\u00a0]+")


# Typewriter quotation marks: ``…'' and ''…'' (wire and archive copy) are double quotes.
_TWO_APOSTROPHES = re.compile(r"(?<!['’])(?:''|``)(?!['’])")


def _clean(line: str) -> str:
    return _TWO_APOSTROPHES.sub('"', _SPACE.sub(" ", repaired(line))).strip()


def _paragraphs(text: str) -> tuple[str, ...]:
    lines = (_clean(line) for line in text.splitlines())
    return tuple(line for line in lines if line)


def document_from_html(page: bytes | str, url: str = "") -> Document | None:
    """The article body of a page, or None when trafilatura finds no article."""
    result = trafilatura.bare_extraction(
        page,
        url=url or None,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        config=_SETTINGS,
    )
    if result is None or not result.text:
        return None
    title = (result.title or "").strip()
    paragraphs = _paragraphs(result.text)
    if paragraphs and paragraphs[0] == title:  # trafilatura often repeats the headline
        paragraphs = paragraphs[1:]
    return Document(title=title, paragraphs=paragraphs, url=url, source="trafilatura")


def document_from_feed_text(title: str, html_text: str, url: str = "") -> Document:
    """The feed's own text for an entry (summary or content), as a fallback."""
    text = html_lib.unescape(_TAG.sub("", _BLOCK_END.sub("\n", html_text)))
    return Document(title=title.strip(), paragraphs=_paragraphs(text), url=url, source="feed")


# A headline line: short, and no double quotes (a short first paragraph that quotes
# someone stays a paragraph, where the body rules read it).
_HEADLINE = re.compile(r"[^\n\"“”„«»]{3,150}")


def document_from_text(text: str, url: str = "") -> Document:
    """A plain text: one paragraph a line. A first line that stands alone (a blank line
    after it) and reads as a headline is the title, as in most saved articles."""
    first, blank, rest = text.lstrip().partition("\n\n")
    if blank and rest.strip() and _HEADLINE.fullmatch(first.strip()):
        return Document(title=_clean(first), paragraphs=_paragraphs(rest), url=url,
                        source="text")
    return Document(paragraphs=_paragraphs(text), url=url, source="text")
