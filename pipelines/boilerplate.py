"""Text-level cleanup of the sector's boilerplate, after trafilatura or on plain text.

trafilatura removes most page furniture, but some blocks look like prose to it (paywall
prompts, events diaries, "More from ..." rails, comment threads). They are cut here, by
the same rules whether the text came from HTML or from a pasted .txt.

Two kinds of rule, both as data below:
- a *section start* ends the article: that line and everything after it go (comment
  threads, related-story rails, paywall prompts sit after the body);
- a *furniture line* is dropped wherever it is (section tags, contact buttons).
"""

from __future__ import annotations

import re

SECTION_STARTS = [
    r"(?:One|No|\d+|Two|Three|Four|Five) (?:Responses?|Comments?|Repl(?:y|ies)) to\b.*",
    r"(?:\d+ )?Comments?(?: \(\d+\))?:?",
    r"Leave a (?:Reply|Comment)\b.*",
    r"(?:Join the|Add your) (?:discussion|comment)\b.*",
    r"More (?:from|on|in) [A-Z][\w&' ]{2,40}",
    r"More like this",
    r"Related",
    r"Read (?:more|next)(?: on [\w ]{2,30})?",
    r"(?:Most (?:read|popular|viewed|shared)|Latest news|Trending|In other news|See also|Sponsored|Also on [\w ]{2,30})",
    r"(?:Related|Recommended|Similar|Latest|Most read|Popular) (?:stories|articles|content|news|posts|reading)\b.*",
    r"You (?:may|might) (?:also )?(?:like|be interested in)\b.*",
    r"Register (?:now )?to (?:continue|keep) reading\b.*",
    r"(?:Subscribe|Sign in|Log in|Register) to (?:continue|read the full)\b.*",
    r"This (?:article|content) is (?:available|only available) to (?:subscribers|registered users)\b.*",
    r"Event Diary",
    r"Knowledge & Resources",
    r"Read Full Story",
]
FURNITURE_LINES = [
    r"Make an Enquiry",
    r"Contact Us",
    r"Subscribe(?: Today| now)?",
    r"Share(?: this| this article| on \w+)?:?",
    r"Advertisement",
    r"\d+ mins? read\b.*",
    r"(?:Print|Email) this (?:page|article)",
    r"Tweet",
    r"News",
]
# A cut this early would be taking the article itself, not a trailing block.
MIN_LINES_BEFORE_CUT = 2

# Page furniture that trafilatura sometimes keeps as a line of its own (any site).
PAGE_FURNITURE = re.compile(
    r"^\s*[-•]?\s*(?:print(?: article| this(?: page| article)?)?|order reprints|text size|share(?: this(?: article| story)?)?"
    r"|tags?:?|categor(?:y|ies|ias):?|read more|advertisement|email|tweet|by|comments?|listen to this article)\s*$",
    re.IGNORECASE,
)
_section_re = re.compile(r"^\s*(?:" + "|".join(SECTION_STARTS) + r")\s*$", re.IGNORECASE)
_furniture_re = re.compile(r"^\s*(?:" + "|".join(FURNITURE_LINES) + r")\s*$", re.IGNORECASE)


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def drop_furniture(text: str, title: str | None = None) -> str:
    """Drop a first line that repeats the headline, furniture lines, and a tag list."""
    lines = text.split("\n")
    if lines and title and _words(lines[0]) == _words(title):
        lines = lines[1:]
    kept: list[str] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if PAGE_FURNITURE.match(line):
            # "Tags" followed by a comma-separated list of tags
            skip = bool(re.match(r"^\s*tags?:?\s*$", line, re.I)) and index + 1 < len(lines) and lines[index + 1].count(",") >= 2
            continue
        kept.append(line)
    return "\n".join(kept)


def clean_text(text: str) -> str:
    """Drop trailing boilerplate sections and furniture lines; keep the article's own lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    content_lines = 0  # non-blank lines kept so far (a running count: recounting was quadratic, minutes on a big page)
    for line in lines:
        if content_lines >= MIN_LINES_BEFORE_CUT and _section_re.match(line):
            break
        if _furniture_re.match(line):
            continue
        kept.append(line.rstrip())
        content_lines += bool(line.strip())
    cleaned = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", cleaned)
