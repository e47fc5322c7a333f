"""Who is named in an article: spans of people's names, with every mention of each person.

The statistical NER is one witness among several, so that the result does not rest on one
model's idea of a British name. A candidate is a run of capitalised words (titles, role
words, places and named bodies break runs); it is a person when something vouches for it:

- the NER calls it PERSON;
- its first word is a given name (nlp/data/given_names.csv);
- a title stands before it ("Cllr Jane Smith"), or a role beside it ("director of children's
  services, Jane Smith"; "Jane Smith, the council's leader"), or a speech verb ("said Jane Smith");
- its surname stands after a title elsewhere ("... Mr Smith said");
- the parse (nlp/people.py): the run is the subject of a verb only people do, in apposition
  with a role's head noun, or after a post's event ("the departure of"), whatever its words:
  tests/perturb_people.py showed the given-names list alone misses names of many origins.

Not people: runs that end in an organisation's word ("Ravenscar House"), bylines and picture
credits ("By Jane Smith | 4 May", "Picture: Jane Smith"), and glued furniture. A surname after a
title with no full name in the text is a person too ("Cllr Revans", "Mr Justice Keehan"), as is
an anonymised subject ("Child Q"). All the vocabularies are data: patterns/roles.json.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Span, Token

GIVEN_NAMES = Path(__file__).resolve().parent / "data" / "given_names.csv"
PARTICLES = {
    "de",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "du",
    "da",
    "di",
    "al",
    "bin",
    "el",
    "-",
    "st",
}
KIN = {
    "daughter",
    "son",
    "wife",
    "husband",
    "partner",
    "brother",
    "sister",
    "mother",
    "father",
    "mum",
    "dad",
    "stepson",
    "stepdaughter",
    "grandson",
    "granddaughter",
    "niece",
    "nephew",
    "baby",
    "toddler",
}
# Organisations' words that are also common surnames ("Becky Hall", "Tom Lane").
SURNAME_ORG_WORDS = {"Hall", "Lane", "Street", "Way", "Bay", "Court", "Box", "Post", "Press"}
PLURAL_TITLES = {"councillors", "cllrs", "messrs", "drs"}
# Who holds a seat named after "for" ("MP for Ashfield", "councillor for Park Ward").
SEAT_HOLDERS = {"mp", "mps", "msp", "member", "councillor", "cllr", "candidate", "commissioner"}
# Surnames written with a capital inside ("McKenzie", "DeSouza", "FitzGerald"): not two words.
GLUED_PREFIXES = r"^(?:Mc|Mac|De|Di|Du|Le|La|Van|Von|O|Fitz)[A-Z]"
INITIAL = re.compile(r"^[A-Z]\.?$")
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
DAYS = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"


@functools.lru_cache(maxsize=2)
def load_given_names(path: Path = GIVEN_NAMES) -> frozenset[str]:
    """English given names (one column, `given_name`); see nlp/data/README.md for the source."""
    with open(path, newline="", encoding="utf-8") as fh:
        return frozenset(row["given_name"] for row in csv.DictReader(fh) if row["given_name"])


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    """'Moffat' and 'Moffatt': one spelling of a surname slipping in the same article."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


class NameFinder:
    """Finds people's names in a Doc; `vouch(doc, run)` is supplied by the caller (roles)."""

    def __init__(self, data: dict, given_names: frozenset[str]):
        self.given = given_names
        self.titles = {t.lower() for t in data["titles"]}
        self.surname_titles = {t.lower() for t in data["surname_titles"]}
        self.stop = (
            {w.lower() for w in data["not_names"]}
            | {w.lower() for w in data["role_words"]}
            | self.titles
        )
        # Words that are no name on their own but are people's names after a title ("Cllr
        # June Bamford", "Cllr Claire Young"): the not-names that are no title or role word.
        self.titled_only = (
            {w.lower() for w in data["not_names"] if w.isalpha()}
            - {w.lower() for w in data["role_words"]}
            - self.titles
            - self.surname_titles
            - {
                w.lower() for w in data["credit_cues"]
            }  # "Baroness Cross Portrait": a picture's label
        )
        self.title_surnames = set(data.get("titles_also_surnames", []))
        # the caller's witness that a span is a person by what stands beside it (a role, a
        # title, a speech verb, the parse): set by nlp/people.py
        self.vouch: Callable[[Span], bool] | None = None
        self.org_words = {w.lower() for w in data["org_words"]}
        self.company_nouns = {w.lower() for w in data["company_nouns"]}
        self.anonymised = {w for w in data["anonymised"] if " " not in w}
        by = "|".join(re.escape(c) for c in data["byline_cues"])
        credit = "|".join(re.escape(c) for c in data["credit_cues"])
        press = "|".join(re.escape(c) for c in sorted(data["press_roles"], key=len, reverse=True))
        # ("WORDS BY Jane Smith"; an all-capitals word only: "Commissioned by the Mayor of
        # Greater Manchester, Andy Burnham" is no byline)
        self.byline_re = re.compile(rf"^\W*(?:(?-i:[A-Z]+)\s+)?(?:{by})\b", re.IGNORECASE)
        # "..., writes David Brown.": the writer named after the verb is the byline
        self.writes_before_re = re.compile(r"(?:^|[,–—])\s*writes\s+$", re.IGNORECASE)
        self.credit_re = re.compile(rf"(?:^|\W)(?:{credit})\s*[:\-–]", re.IGNORECASE)
        picture = "|".join(re.escape(c) for c in data["picture_cues"])
        self.picture_re = re.compile(rf"(?:^|\W)(?:{picture})\s*[:\-–]\s*$", re.IGNORECASE)
        # "Jane Smith's picture" alone on its line: the label of an author's photograph
        self.own_picture_re = re.compile(rf"^(?:'|’)s\s+(?:{credit})\s*$", re.IGNORECASE)
        self.dateline_re = re.compile(
            rf"^\W*(?:(?:{DAYS})\b|(?:{MONTHS})\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})",
            re.IGNORECASE,
        )
        self.press_line_re = re.compile(rf"^\W*(?:[\w'’]+\s+){{0,3}}?(?:{press})\b", re.IGNORECASE)
        self.copyright_re = re.compile(r"©|\bcopyright\b", re.IGNORECASE)
        self.agency_re = re.compile(r"^\s*/\s*\w")
        # "Jane Smith, Political Editor", "Jane Smith is a freelance journalist who..."
        self.press_after_re = re.compile(
            rf"^\s*(?:[,|–-]|\s+is\s+(?:a|an|the|our))\s*(?:the\s+)?(?:[\w'’]+\s+){{0,3}}?(?:{press})\b",
            re.IGNORECASE,
        )
        # "Follow Jane Smith on X", "Email Jane Smith": the author's own furniture
        self.follow_before_re = re.compile(r"(?:^|\n)\W*(?:follow|email|e-mail)\s+$", re.IGNORECASE)
        self.press_before_re = re.compile(rf"(?:{press})\s*[,:|]\s*$", re.IGNORECASE)
        self.residue_re = re.compile(
            rf"\b(?:{MONTHS}|{DAYS}|and|by|post|gmt|bst|am|pm|updated|published|{press})\b|[\d\W_]+",
            re.IGNORECASE,
        )

    # -- runs of capitalised words ------------------------------------------------------------

    def _name_like(self, token: Token, blocked: set[int]) -> bool:
        text = token.text
        if token.i in blocked or not text[:1].isupper() or token.lower_ in self.stop:
            return False
        if (
            token.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART") or token.like_num
        ) and text not in self.given:
            return False  # "Loxley House In Nottingham" in a title-case line
        if not re.match(r"^[A-Z][\w'’.]*$", text) or any(ch.isdigit() for ch in text):
            return False
        if text.isupper() and len(text) > 1 and not INITIAL.match(text):
            # "JOHN Coughlan has been named...": a capitalised lead-in, when a name follows
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return (
                nxt is not None
                and nxt.text[:1].isupper()
                and not nxt.text.isupper()
                and nxt.i not in blocked
            )
        return True

    def _after_title(self, doc: Doc, i: int) -> bool:
        return i > 0 and doc[i - 1].lower_.rstrip(".") in self.titles | self.surname_titles

    def _titled_name_word(self, doc: Doc, i: int, start: int, blocked: set[int]) -> bool:
        """A not-name that is a name here: a given name just after a title, before another
        name ("Cllr June Bamford"), or the surname after a titled given name ("Cllr Claire
        Young")."""
        token = doc[i]
        if (
            i in blocked
            or token.lower_ not in self.titled_only
            or not re.match(r"^[A-Z][a-z]+$", token.text)
        ):
            return False
        if i == start:
            return (
                token.text in self.given
                and i + 1 < len(doc)
                and "\n" not in token.whitespace_
                and self._name_like(doc[i + 1], blocked)
                and (
                    self._after_title(doc, i)
                    or self._ner_name_start(doc, i)
                    # "June Sharp, the council's director, said": a role or a verb beside
                    or (self.vouch is not None and self.vouch(doc[i : i + 2]))
                )
            )
        return i == start + 1 and self._after_title(doc, start) and doc[start].text in self.given

    @staticmethod
    def _ner_name_start(doc: Doc, i: int) -> bool:
        """'June Preston, the director, said': a given name that is also a month or a word
        opens a name the NER reads as one person, both words (not "in May Warwick council")."""
        return (
            i + 1 < len(doc)
            and doc[i].ent_type_ == "PERSON"
            and doc[i].ent_iob_ == "B"
            and doc[i + 1].ent_type_ == "PERSON"
            and doc[i + 1].ent_iob_ == "I"
            and not (i > 0 and doc[i - 1].lower_ in ("in", "on", "of", "since", "until", "by"))
        )

    def runs(self, doc: Doc, blocked: set[int]) -> list[Span]:
        """Maximal runs of 1-4 name-like tokens on one line (particles and hyphens inside).
        A surname run into a given name or a title ("Cllr Sam CorcoranCllr Sam Corcoran": a
        caption printed twice by the page's markup) ends a run, and the next starts after it."""
        found, i = [], 0
        while i < len(doc):
            if not (
                self._name_like(doc[i], blocked) or self._titled_name_word(doc, i, i, blocked)
            ) or self.doubled(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j - i < 4:
                token = doc[j]
                if j == i + 1 and self._wrapped_after_given_name(doc, i, blocked):
                    j += 2  # "chief executive Paul\nDoherty is in talks": a hard-wrapped line
                    continue
                if "\n" in doc[j - 1].whitespace_ or "\n" in token.text or self.doubled(token):
                    break
                if (
                    self._name_like(token, blocked)
                    and not (
                        token.text.isupper()
                        and len(token.text) > 1
                        and not INITIAL.match(token.text)
                    )
                ) or self._titled_name_word(doc, j, i, blocked):
                    j += 1
                elif j == i + 1 and self._title_as_surname(doc, j, blocked):
                    j += 1  # "Cllr Kirsty Lord, cabinet member": a surname, not a title
                    break
                elif self._hyphenated_part(doc, j):
                    j += 2  # "Min-jun Tran", "Seo-yeon Ho": a given name's lower-case part
                elif (
                    token.lower_ in PARTICLES
                    and j + 1 < len(doc)
                    and self._name_like(doc[j + 1], blocked)
                    and (token.text == "-" and not doc[j - 1].whitespace_ or token.text != "-")
                ):
                    j += 2
                else:
                    break
            found.append(doc[i:j])
            i = j
        return found

    def _title_as_surname(self, doc: Doc, j: int, blocked: set[int]) -> bool:
        """'Kirsty Lord said', 'Cllr Tamsin Lord, cabinet member': a title that is also a
        surname ends a name when one name word stands before it and no name word after it
        (a title before a name is followed by one: "Jane Lord Smith" is no such case)."""
        token = doc[j]
        if token.text not in self.title_surnames or j in blocked or doc[j - 1].lower_ in self.stop:
            return False
        if "\n" in doc[j - 1].whitespace_:
            return False
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        return nxt is None or "\n" in token.whitespace_ or not nxt.text[:1].isupper()

    @staticmethod
    def _hyphenated_part(doc: Doc, j: int) -> bool:
        """'Min-jun', 'Ji-woo': a hyphen glued between a capitalised word and a lower-case one,
        inside a name (a capitalised word follows)."""
        return (
            j + 2 < len(doc)
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and re.fullmatch(r"[a-z]{2,5}", doc[j + 1].text) is not None
            and doc[j + 1].whitespace_ == " "
            and re.fullmatch(r"[A-Z][\w'’]+", doc[j + 2].text) is not None
        )

    def _wrapped_after_given_name(self, doc: Doc, i: int, blocked: set[int]) -> bool:
        """A given name ends a long line of prose that the next line goes on with a surname
        and lower-case words ("... the council's chief executive Paul\nDoherty is in talks"):
        text wrapped at a fixed width, as older pages were, not a caption's or a list's lines
        (whose lines hold whole names)."""
        if i + 3 >= len(doc) or doc[i].text not in self.given:
            return False
        brk, surname, after = doc[i + 1], doc[i + 2], doc[i + 3]
        line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
        return (
            brk.text == "\n"
            and not doc[i].whitespace_
            and doc[i].idx - line_start >= 40
            and not doc[i - 1].is_punct
            and self._name_like(surname, blocked)
            and not surname.whitespace_.count("\n")
            and (after.is_lower or after.is_punct and after.text in (",", "."))
        )

    # -- what a run is --------------------------------------------------------------------------

    def display(self, span: Span) -> str:
        words = [t.text.title() if t.text.isupper() and len(t.text) > 1 else t.text for t in span]
        glued = re.match(r"^([A-Z][a-z]+)([A-Z][a-z]+)$", words[0])
        if glued and glued.group(1).lower() in self.titles:
            words[0] = glued.group(2)  # "CouncillorJalal Uddin"
        text = "".join(
            w + span.doc[span.start + k].whitespace_ for k, w in enumerate(words)
        ).strip()
        return re.sub(r"\s+", " ", text.replace("’", "'"))

    def is_organisation(self, span: Span) -> bool:
        """The run names a body: it ends in an organisation's word ("Ravenscar House"), or
        one follows it in the same capitalised name ("the Ann Craft Trust", "the Lucy
        Faithfull Foundation": a body named after a person is not that person)."""
        last = span[-1].lower_
        after = span.doc[span.end] if span.end < len(span.doc) else None
        # (a plural only after no given name: "Julia Waters", "Ian Courts" are people)
        plural = not self.has_given_name(span)
        named_after = (
            after is not None
            and not span[-1].whitespace_.strip(" ")
            and after.text[:1].isupper()
            and self._org_word(after.lower_, plural)
        )
        return (
            self._org_word(last, plural)
            or named_after
            or any(t.lower_ in ("council", "borough", "trust") for t in span)
        )

    def _org_word(self, word: str, plural: bool = True) -> bool:
        """An organisation's word, or (with `plural`) its plural ("Regional Adoption
        Agencies")."""
        singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")
        return word in self.org_words or (plural and singular in self.org_words)

    def surname_like_org_word(self, span: Span) -> bool:
        """'Becky Hall', 'Tom Lane': a given name, then an organisation's word that is also
        a common surname."""
        return (
            len(span) == 2
            and self.has_given_name(span)
            and not self.title_case_line(span[0])
            and span[-1].text in SURNAME_ORG_WORDS
            and not (span.end < len(span.doc) and span.doc[span.end].lower_ in self.org_words)
        )

    def cut(self, run: Span, person_ends: dict[int, int]) -> Span:
        """A run that carries more than a name: a place completing a role before it ("MP for
        Ashfield Kieran Doherty"), or a title-case headline's verbs after it ("... As Leader
        Jane Smith Welcomes Findings", cut where the NER ends the person)."""
        doc = run.doc
        prev = doc[run.start - 1].lower_ if run.start > 0 else ""
        if len(run) >= 3 and prev in ("for", "of") and run[0].text not in self.given:
            seat = run.start >= 2 and doc[run.start - 2].lower_ in SEAT_HOLDERS
            if run[1].text in self.given:
                run = run[1:]
            elif seat:  # "MP for Ashfield Kieran Doherty": the seat, then the name
                run = run[len(run) - 2 :]
        # "Director of the New Local Government Network Adam Lent": a body's name ends at its
        # organisation's word, and the given name after it opens the person's
        for k in range(len(run) - 2, 0, -1):
            if self._org_word(run[k - 1].lower_, False) and run[k].text in self.given:
                run = run[k:]
                break
        end = person_ends.get(run.start)
        if end is not None and run.start + 2 <= end < run.end and self.title_case_line(run[0]):
            run = doc[run.start : end]
        return run

    def has_given_name(self, span: Span) -> bool:
        first = span[0].text
        return (first if not first.isupper() else first.title()) in self.given

    def title_before(self, span: Span) -> str | None:
        """The title just before the span ("Cllr", "Mr Justice"), lower case, or None."""
        i = span.start - 1
        if i >= 0 and span.doc[i].text == ".":
            i -= 1
        if i >= 0 and span.doc[i].lower_.rstrip(".") in self.titles | self.surname_titles:
            return span.doc[i].lower_.rstrip(".")
        if i >= 0 and self.doubled(span.doc[i]):  # "CorcoranCllr Sam Corcoran"
            last = re.findall(r"[A-Z][a-z]+", span.doc[i].text)[-1].lower()
            return last if last in self.titles | self.surname_titles else None
        return None

    def doubled(self, token: Token) -> bool:
        """'WoodcockDeborah', 'CorcoranCllr': a word that is not a given name run into one
        that is, or into a title: where a caption printed twice joins its two copies."""
        parts = re.findall(r"[A-Z][a-z]+", token.text)
        return (
            len(parts) == 2
            and "".join(parts) == token.text
            and not re.match(GLUED_PREFIXES, token.text)
            and parts[0] not in self.given
            and (parts[1] in self.given or parts[1].lower() in self.titles)
        )

    def glued(self, span: Span) -> bool:
        """'WilliamsLeader', 'CouncillorJalal': two words run together by the page's markup."""
        for token in span:
            parts = re.findall(r"[A-Z][a-z]+", token.text)
            if (
                len(parts) >= 2
                and "".join(parts) == token.text
                and not re.match(GLUED_PREFIXES, token.text)
            ):
                if any(p.lower() in self.stop for p in parts[1:]):
                    return True
        return False

    def credit_or_byline(self, span: Span) -> bool:
        """A byline ("By Jane Smith | 4 May"), a picture credit ("Picture: Jane Smith"), or a
        line holding nothing but names and dates (an author's line above the text)."""
        doc = span.doc
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        line_end = doc.text.find("\n", span.end_char)
        line_end = len(doc.text) if line_end < 0 else line_end
        if span.start > 0 and self.doubled(doc[span.start - 1]):
            # "Picture: Habibur RahmanCouncillor Suzy Horton": the credit's name ends at the
            # glue; what follows is the caption's own text
            line_start = doc[span.start - 1].idx + len(doc[span.start - 1].text)
        before = doc.text[line_start : span.start_char]
        after = doc.text[span.end_char : line_end]
        if (self.byline_re.match(before) and len(before) < 60) or self.writes_before_re.search(
            before
        ):
            return True
        if not before.strip(" \t|,") and not after.strip(" \t|,"):
            # a name alone on its line, above a date or a press role: the author's block
            following = doc.text[line_end:].lstrip().split("\n", 1)[0]
            if (
                self.dateline_re.match(following)
                or self.press_line_re.match(following)
                or following.startswith("@")  # the author's handle
            ):
                return True
        if (
            self.credit_re.search(before[-40:])
            or self.copyright_re.search(before[-40:])
            or self.agency_re.match(after)
            or (not before.strip() and self.own_picture_re.match(after))
        ):
            return True
        return bool(
            self.press_after_re.match(after)
            or self.press_before_re.search(before)
            or self.follow_before_re.search(before)
        )

    def picture_credit(self, span: Span) -> bool:
        """The span follows a picture's credit cue on its line ("... with her son. Picture:
        Alison Dilnutt"): whoever supplied the picture, perhaps the person it shows."""
        doc = span.doc
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        return bool(self.picture_re.search(doc.text[line_start : span.start_char][-40:]))

    def bare_line(self, span: Span, names: list[Span]) -> bool:
        """The span's line is names, dates and punctuation only: an author's line."""
        doc = span.doc
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        line_end = doc.text.find("\n", span.end_char)
        line_end = len(doc.text) if line_end < 0 else line_end
        line = doc.text[line_start:line_end]
        for other in names:
            if line_start <= other.start_char and other.end_char <= line_end:
                line = line.replace(other.text, " ")
        return not self.residue_re.sub("", line).strip()

    @staticmethod
    def title_case_line(token: Token) -> bool:
        """A headline or crosshead set in title case, where capitals say nothing about names."""
        doc = token.doc
        start = doc.text.rfind("\n", 0, token.idx) + 1
        end = doc.text.find("\n", token.idx)
        words = re.findall(r"[A-Za-z][\w'’]*", doc.text[start : end if end >= 0 else len(doc.text)])
        # Title case capitalises every word but the short ones ("of", "and", "in").
        return len(words) >= 4 and all(w[0].isupper() for w in words if len(w) > 4)

    def trim(self, run: Span) -> Span:
        """'Meanwhile Dave Hill', 'Responding Lucy Allan': a sentence's first word is no name."""
        # (words, not tokens: "Cath McEvoy-Carr" is two words, and a name)
        while (
            len(run.text.split()) > 2
            and run[0].text not in self.given
            and not INITIAL.match(run[0].text)  # "H. M. Motson"
            and (run[0].pos_ not in ("PROPN", "NOUN") or run[0].is_sent_start)
        ):
            run = run[1:]  # a sentence's first word is capitalised whatever it is
        first = run[0]
        if (
            len(run.text.split()) == 2
            and first.text not in self.given
            and (
                first.pos_ in ("ADP", "SCONJ", "CCONJ", "DET", "PRON")
                # an adverb or a verb by its form ("Meanwhile", "Responding", "Asked"), not
                # a name the tagger calls one because it does not know it ("Segun Adeleke")
                or first.pos_ in ("ADV", "VERB")
                and (
                    first.is_stop
                    or re.search(r"(?:ly|ing|ed)$", first.lower_) is not None
                    or (first.is_sent_start and not self._ner_name_start(run.doc, first.i))
                )
            )
        ):
            run = run[1:]
        return run

    def anonymised_subjects(self, doc: Doc) -> list[Span]:
        """'Child Q', 'Baby P': the subjects of reviews, named by a letter (not "a Baby
        P-type case", a comparison)."""
        out = []
        for token in doc[:-1]:
            nxt = token.nbor(1)
            hyphen = (
                token.i + 2 < len(doc) and not nxt.whitespace_ and doc[token.i + 2].text in "-–"
            )
            if (
                token.text in self.anonymised
                and len(nxt.text) == 1
                and nxt.text.isupper()
                and not hyphen
            ):
                out.append(doc[token.i : token.i + 2])
        return out

    def after_plural_title(self, doc: Doc, singles: list[Span]) -> list[Span]:
        """'Councillors Hartley, Okafor and Mbeki': surnames listed after a plural title."""
        by_start = {run.start: run for run in singles if len(run) == 1}
        out: list[Span] = []
        for token in doc:
            if token.lower_ not in PLURAL_TITLES:
                continue
            i = token.i + 1
            while i in by_start:
                out.append(by_start[i])
                i += 1
                if i < len(doc) and doc[i].text in (",", "and", "&"):
                    i += 1
                    if i < len(doc) and doc[i].lower_ == "and":  # ", and"
                        i += 1
        return out

    def relatives_by_first_name(self, doc: Doc, singles: list[Span]) -> list[Span]:
        """'their daughter Jessica', 'her son Tom': a relative named by a given name alone."""
        return [
            run
            for run in singles
            if len(run) == 1
            and run.text in self.given
            and run.start > 0
            and doc[run.start - 1].lower_ in KIN
        ]

    @staticmethod
    def same_surname(a: str, b: str) -> bool:
        return _edit_distance_at_most_one(a.lower(), b.lower())

    @staticmethod
    def short_form(a: str, b: str) -> bool:
        """'Alli Parkinson' and 'Allison Parkinson': one given name the short form of the
        other (its first three letters or more), with the same surname, in one article: the
        same person, as a letter or quote writes her name the short way."""
        first_a, *rest_a = a.split()
        first_b, *rest_b = b.split()
        short, long = sorted((first_a, first_b), key=len)
        return (
            len(rest_a) == len(rest_b) == 1
            and rest_a == rest_b
            and 3 <= len(short) < len(long)
            and long.startswith(short)
        )
