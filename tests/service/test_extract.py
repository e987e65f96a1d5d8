"""Extract stage: pages, traps, the feed's own text, and no network."""

from __future__ import annotations

import socket

import pytest

from tests.e2e.site import article_page
from worker.extract import document_from_feed_text, document_from_html, document_from_text


def test_article_page_gives_title_and_paragraphs_without_the_repeated_headline() -> None:
    filler = [f"Paragraph {i} of the story goes on about the talks and the delays." for i in range(6)]
    body = "\n".join(["“Nobody came here,” Peskov said.", *filler])
    page = article_page("Kremlin rejects claims", body)
    doc = document_from_html(page, url="https://news.test/a")
    assert doc is not None and doc.title == "Kremlin rejects claims"
    assert doc.paragraphs[0] == "“Nobody came here,” Peskov said."
    assert "Kremlin rejects claims" not in doc.paragraphs and "Home" not in doc.text
    assert doc.text.startswith("Kremlin rejects claims\n\n“Nobody")  # offsets count from here


def test_a_page_of_100000_nested_divs_is_discarded() -> None:
    body = "<div>" * 100_000 + "<p>" + "Words of an article. " * 50 + "</p>" + "</div>" * 100_000
    assert document_from_html(f"<html><body>{body}</body></html>".encode()) is None


def test_feed_text_fallback_strips_markup() -> None:
    doc = document_from_feed_text("Title", "<p>“Hi,” she said &amp; left.</p><p>Next<br>line</p>")
    assert doc.paragraphs == ("“Hi,” she said & left.", "Next", "line") and doc.source == "feed"


def test_plain_text_is_one_paragraph_a_line() -> None:
    assert document_from_text("a\n\n  b  \nc\n").paragraphs == ("a", "b", "c")


def test_typewriter_quotation_marks_become_double_quotes() -> None:
    doc = document_from_text("''It won't end,'' he said, ``not soon.'' Putin's aides' plans.")
    assert doc.paragraphs == ('"It won\'t end," he said, "not soon." Putin\'s aides\' plans.',)


def test_mojibake_is_repaired_and_quotes_stay_as_written() -> None:
    # UTF-8 read as Latin-1 upstream (PolNeAR's Washington Post and USA Today copies): the name
    # must match its actor and the alert must read right; curly quotes and dashes are not touched
    text = "“It is over,” said Arturo SarukhÃ¡n — and Enrique PeÃ±a Nieto agreed.\nSÃ©golÃ \u0308ne Royal"
    doc = document_from_text(text)
    assert doc.paragraphs == (
        "“It is over,” said Arturo Sarukhán — and Enrique Peña Nieto agreed.",
        "Ségolène Royal",
    )
    # decomposed ("A" + a combining tilde) and doubly encoded forms too
    doubly = document_from_text("FranA\u0303\u0083A\u0302\u00a7ois Hollande")
    assert doubly.paragraphs == ("François Hollande",)
    assert document_from_feed_text("T", "<p>Ren&eacute;e said ‘no’</p>").paragraphs == ("Renée said ‘no’",)


def test_a_headline_line_standing_alone_is_the_title() -> None:
    doc = document_from_text("Pence: Flowers won’t be at debate.\n\nPence said it.\nMore.\n")
    assert doc.title == "Pence: Flowers won’t be at debate." and doc.paragraphs == ("Pence said it.", "More.")
    # No blank line after it (the seed's layout), or a quotation in it: an ordinary paragraph.
    assert document_from_text("Short first line.\nNext line.").title == ""
    assert document_from_text("“We are ready,” Peskov said.\n\nNext line.").title == ""


def test_extraction_opens_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = article_page("T", "A long enough paragraph with <img src='http://10.0.0.1/x.png'> text.")
    page = page.replace(b"</article>", b"<img src='http://169.254.169.254/x'><iframe src='http://10.0.0.1/'></iframe></article>")
    assert document_from_html(page, url="https://news.test/a") is not None
