"""Mojibake repair: text that was UTF-8 read as Latin-1 somewhere upstream ("PeÃ±a",
"FranÃ§ois", doubly encoded "FranÃ\x83Â§ois"). Extraction repairs every article line with
it, and the detector the tracked names an admin may have pasted from such a page, so the two
still meet."""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Quotes, dashes and ligatures stay as written: only the encoding is repaired.
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False, unescape_html=False,
    explain=False,
)
# A spacing accent split into a space and a combining mark (compatibility decomposition, as in
# "SÃ©golÃ ̈ne"): joined again first, or the repair cannot see "Ã¨".
_SPLIT_ACCENT = re.compile("(?<=Ã) ([\u0308\u0304\u0301\u0327])")
_SPACING = {"\u0308": "\u00a8", "\u0304": "\u00af", "\u0301": "\u00b4", "\u0327": "\u00b8"}


def repaired(text: str) -> str:
    """`text` with mojibake undone; pure ASCII is returned as it is, at no cost."""
    if text.isascii():
        return text
    text = _SPLIT_ACCENT.sub(lambda m: _SPACING[m.group(1)], unicodedata.normalize("NFC", text))
    return ftfy.fix_text(text, _FTFY)
