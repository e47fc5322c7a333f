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


def _breaks(text: str) -> list[tuple[int, str, str]]:
    """(offset, line before, line after) of each line break between two non-empty lines,
    after the first (headline) line."""
    first = text.find("\n", len(text) - len(text.lstrip()))
    lines = text.split("\n")
    breaks, at = [], -1
    for before, after in zip(lines, lines[1:], strict=False):
        at += len(before) + 1
        if at > first and before.strip() and after.strip():
            breaks.append((at, before, after))
    return breaks


def _continues(before: str, after: str) -> bool:
    """The line after a break carries the sentence on in lower case."""
    return not _ENDS.search(before) and bool(_CARRIES_ON.match(after))


def _wrapped(breaks: list[tuple[int, str, str]]) -> bool:
    wraps = sum(1 for _, before, after in breaks if _continues(before, after))
    return wraps >= MIN_WRAPS and wraps >= WRAP_SHARE * len(breaks)


def is_hard_wrapped(text: str) -> bool:
    """Whether enough of the text's line breaks fall mid-sentence to call it wrapped."""
    return _wrapped(_breaks(text))


def unwrap(text: str) -> str:
    """The text with its wraps as spaces (same length), if it is hard-wrapped; else itself.

    A break is a wrap when the line after it carries on in lower case, or when the line
    before it, ending no sentence, is about as long as the text's wrapped lines (at least
    FULL_LINE of their median): a short line is a line of its own (a byline, a picture
    credit, a crosshead), however it ends."""
    breaks = _breaks(text) if "\n" in text else []
    if not _wrapped(breaks):
        return text
    widths = sorted(
        len(before.rstrip()) for _, before, after in breaks if _continues(before, after)
    )
    full = FULL_LINE * widths[len(widths) // 2]
    chars = list(text)
    for at, before, after in breaks:
        if _continues(before, after) or (not _ENDS.search(before) and len(before.rstrip()) >= full):
            chars[at] = " "
    return "".join(chars)
