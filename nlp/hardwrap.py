"""Hard-wrapped text (a blog or e-mail wrapped at a fixed width) read as its sentences.

The tagger treats a line break as the end of a sentence: headlines, crossheads, list items
and paragraphs never run on into the next line. Text wrapped at a fixed width breaks that:
"were judged to be\\n'inadequate' by inspectors" becomes two sentences, and neither parses as a
rating. `unwrap(text)` turns the wraps back into spaces (one character for one, so every
offset into the text stays valid), and only in a text that is wrapped: one with at least
MIN_WRAPS lines that stop mid-sentence before a line that carries on in lower case, making up
at least WRAP_SHARE of its line breaks inside paragraphs. In such a text, a break is a wrap
when the next line carries on in lower case, or when the line before it is as long as the
wrapped lines and ends no sentence or clause (. ! ? : ;); the headline, short lines (bylines,
credits, crossheads) and blank lines (paragraphs) are never joined. Ordinary articles, with one paragraph per line, have no
line continuing in lower case, and come out unchanged.
"""

from __future__ import annotations

import re

MIN_WRAPS = 3
WRAP_SHARE = 0.25
FULL_LINE = 0.7  # of the wrapped lines' median length: a line that long was cut by the wrap
# A line that ends a sentence or a clause (closing quotes and brackets may follow).
_ENDS = re.compile(r"[.!?:;][\"'’”)\]]*\s*$")
# A line carrying on a sentence: a lower-case word that is no list marker ("a)", "ii.").
_CARRIES_ON = re.compile(r"\s*(?![ivx]+[.)]\s|[a-z][.)]\s)[a-z]")


def _breaks(text: str) -> list[int]:
    """Offsets of the line breaks between two non-empty lines, after the first (headline) line."""
    first = text.find("\n", len(text) - len(text.lstrip()))
    breaks = []
    for match in re.finditer(r"\n", text):
        at = match.start()
        if at <= first:
            continue
        before = text[text.rfind("\n", 0, at) + 1 : at]
        after_end = text.find("\n", at + 1)
        after = text[at + 1 : after_end if after_end >= 0 else len(text)]
        if before.strip() and after.strip():
            breaks.append(at)
    return breaks


def _line_before(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : at]


def _line_after(text: str, at: int) -> str:
    end = text.find("\n", at + 1)
    return text[at + 1 : end if end >= 0 else len(text)]


def is_hard_wrapped(text: str) -> bool:
    """Whether enough of the text's line breaks fall mid-sentence to call it wrapped."""
    breaks = _breaks(text)
    wraps = sum(1 for at in breaks if _continues(text, at))
    return wraps >= MIN_WRAPS and wraps >= WRAP_SHARE * len(breaks)


def _continues(text: str, at: int) -> bool:
    """The line after the break at `at` carries the sentence on in lower case."""
    return not _ENDS.search(_line_before(text, at)) and bool(
        _CARRIES_ON.match(_line_after(text, at))
    )


def unwrap(text: str) -> str:
    """The text with its wraps as spaces (same length), if it is hard-wrapped; else itself.

    A break is a wrap when the line after it carries on in lower case, or when the line
    before it, ending no sentence, is about as long as the text's wrapped lines (at least
    FULL_LINE of their median): a short line is a line of its own (a byline, a picture
    credit, a crosshead), however it ends."""
    if "\n" not in text or not is_hard_wrapped(text):
        return text
    breaks = _breaks(text)
    widths = sorted(len(_line_before(text, at).rstrip()) for at in breaks if _continues(text, at))
    full = FULL_LINE * widths[len(widths) // 2]
    chars = list(text)
    for at in breaks:
        before = _line_before(text, at)
        if _continues(text, at) or (not _ENDS.search(before) and len(before.rstrip()) >= full):
            chars[at] = " "
    return "".join(chars)
