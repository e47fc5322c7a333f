"""Text-level cleanup of the sector's boilerplate, after trafilatura or on plain text.

trafilatura removes most page furniture, but some blocks look like prose to it (paywall
prompts, events diaries, "More from ..." rails, comment threads). They are cut here, by
the same rules whether the text came from HTML or from a pasted .txt.

Three kinds of rule, all as data below:
- a *section start* ends the article: that line and everything after it go (comment
  threads, paywall and registration prompts, in the languages listed, sit after the body);
- a *rail heading* ("Related", "See also", "More on ...", "Most read") ends the article
  only when what follows it is built like a rail: a list of headlines, not paragraphs of
  prose. The same words are often an article's own subheading ("More on the inspection"),
  and then nothing is cut: the page's structure decides, not the word;
- a *furniture line* is dropped wherever it is (section tags, contact buttons).
"""

from __future__ import annotations

import re

SECTION_STARTS = [
    r"(?:One|No|\d+|Two|Three|Four|Five) (?:Responses?|Comments?|Repl(?:y|ies)) to\b.*",
    r"(?:\d+ )?Comments?(?: \(\d+\))?:?",
    r"Leave a (?:Reply|Comment)\b.*",
    r"(?:Join the|Add your) (?:discussion|comment)\b.*",
    r"Event Diary",
    r"Knowledge & Resources",
    r"Read Full Story",
]
# Paywall and registration prompts: what follows is the offer, never the article.
PAYWALL_STARTS = [
    # English
    r"Register (?:now )?to (?:continue|keep) reading\b.*",
    r"(?:Subscribe|Sign in|Log in|Register) to (?:continue|keep|read the (?:full|rest))\b.*",
    r"This (?:article|content|story) is (?:available|only available|exclusive|reserved) (?:to|for) (?:subscribers|registered users|members)\b.*",
    # French
    r"(?:Pour|Afin de) (?:lire|continuer à lire|poursuivre) la suite\b.*",
    r"(?:La suite de cet article|Cet article|Ce contenu|La suite) est (?:réservée?|accessible) (?:aux|à nos) (?:abonnés|inscrits)\b.*",
    r"Il vous reste \d+\s?% de cet article à lire\b.*",
    r"(?:Abonnez-vous|Inscrivez-vous|Connectez-vous) pour (?:lire|continuer)\b.*",
    # German
    r"(?:Lesen Sie|Jetzt) (?:jetzt )?(?:weiter|weiterlesen)(?: mit| als)?\b.*",
    r"(?:Weiterlesen|Weiter lesen) mit\b.*",
    r"Dieser (?:Artikel|Beitrag|Inhalt) ist (?:nur )?(?:für|exklusiv für) (?:Abonnenten|Abonnentinnen|registrierte|Abo|Digital)\b.*",
    r"Um (?:diesen|den ganzen|den vollständigen) (?:Artikel|Beitrag) (?:weiter )?zu lesen\b.*",
    # Spanish
    r"(?:Para|Si quieres) (?:seguir|continuar) leyendo\b.*",
    r"(?:Este|Esta) (?:contenido|artículo|noticia) es (?:exclusiv[oa]|sólo|solo) para (?:suscriptores|abonados|socios)\b.*",
    r"(?:Suscríbete|Regístrate|Inicia sesión) para (?:seguir|continuar) leyendo\b.*",
    # Italian
    r"Per (?:continuare a leggere|leggere (?:l'articolo|tutto))\b.*",
    r"(?:Questo|L') ?articolo è riservato agli abbonati\b.*",
    r"(?:Abbonati|Accedi|Registrati) per (?:continuare a )?leggere\b.*",
    # Portuguese
    r"Para continuar (?:a ler|lendo)\b.*",
    r"(?:Este )?conteúdo (?:é )?exclusivo para assinantes\b.*",
    r"Assine (?:para|e) continu(?:e|ar) (?:a ler|lendo)\b.*",
    # Dutch
    r"Lees (?:verder|het hele artikel) met\b.*",
    r"Dit (?:artikel|stuk) is (?:alleen )?(?:voor|beschikbaar voor) abonnees\b.*",
    # Japanese, Chinese
    r"(?:この記事は)?(?:有料)?会員限定(?:の)?記事です.*",
    r"(?:この記事の)?続きを読むには.*",
    r"(?:订阅|登录)后(?:即可)?阅读全文.*",
]
RAIL_HEADINGS = [
    r"More (?:from|on|in) [A-Z][\w&' ]{2,40}",
    r"More like this",
    r"Related",
    r"Read (?:more|next)(?: on [\w ]{2,30})?",
    r"(?:Most (?:read|popular|viewed|shared)|Latest news|Trending|In other news|See also|Sponsored|Also on [\w ]{2,30})",
    r"(?:Related|Recommended|Similar|Latest|Most read|Popular) (?:stories|articles|content|news|posts|reading)\b.*",
    r"You (?:may|might) (?:also )?(?:like|be interested in)\b.*",
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
_section_re = re.compile(
    r"^\s*(?:" + "|".join(SECTION_STARTS + PAYWALL_STARTS) + r")\s*$", re.IGNORECASE
)
_rail_re = re.compile(r"^\s*(?:" + "|".join(RAIL_HEADINGS) + r")\s*$", re.IGNORECASE)
# Scripts written without spaces between words: each character counts as half a word.
_UNSPACED = re.compile(
    r"[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)]*(?:\s|$)")
PROSE_WORDS = 25  # a paragraph of prose, not a headline or a teaser
SENTENCE_WORDS = 10
RAIL_LOOKAHEAD = 4  # lines after a rail heading that decide whether it starts a rail
# Section starts that are a bare word: above the article's first sentence they are a link.
_bare_heading_re = re.compile(r"^\s*(?:\d+ )?Comments?(?: \(\d+\))?:?\s*$", re.IGNORECASE)
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
            skip = (
                bool(re.match(r"^\s*tags?:?\s*$", line, re.I))
                and index + 1 < len(lines)
                and lines[index + 1].count(",") >= 2
            )
            continue
        kept.append(line)
    return "\n".join(kept)


def word_count(text: str) -> int:
    """Words, counted for any script: runs of letters or digits, plus half a word per
    character of a script written without spaces (Chinese, Japanese, Thai, Burmese)."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = len(re.findall(r"\w+", _UNSPACED.sub(" ", text)))
    return spaced + (unspaced + 1) // 2


def _is_prose(line: str) -> bool:
    """A paragraph of running text: long, and with more than one sentence or ending in one."""
    return word_count(line) >= PROSE_WORDS and len(_SENTENCE_END.findall(line.strip())) >= 1


def _is_sentence(line: str) -> bool:
    """A whole sentence of running text (a headline rarely ends with a full stop)."""
    return word_count(line) >= SENTENCE_WORDS and bool(
        _SENTENCE_END.search(line.rstrip()[-3:] + " ")
    )


def _starts_rail(following: list[str]) -> bool:
    """After a rail heading: a rail is a list of headlines or teasers; an article's section
    goes on in paragraphs of prose: a long paragraph, or (news written a sentence to a
    paragraph) most of the lines whole sentences. A rail of headlines with teasers has at
    most every other line a sentence."""
    lines = [line for line in following if line.strip()][:RAIL_LOOKAHEAD]
    if any(_is_prose(line) for line in lines):
        return False
    return sum(_is_sentence(line) for line in lines) < max(3, len(lines) - 1)


def clean_text(text: str) -> str:
    """Drop trailing boilerplate sections and furniture lines; keep the article's own lines."""
    lines = text.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    content_lines = 0  # non-blank lines kept so far (a running count: recounting was quadratic, minutes on a big page)
    told = False  # a sentence of the article kept so far
    for index, line in enumerate(lines):
        if content_lines >= MIN_LINES_BEFORE_CUT:
            if _section_re.match(line):
                if told or not _bare_heading_re.match(line):
                    break
                continue  # "Comments" in the byline's links, above the article: a link, not the thread
            if _rail_re.match(line) and _starts_rail(
                lines[index + 1 : index + 1 + 20 * RAIL_LOOKAHEAD]
            ):
                break
        if _furniture_re.match(line):
            continue
        kept.append(line.rstrip())
        content_lines += bool(line.strip())
        told = told or _is_sentence(line)
    cleaned = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", cleaned)
