"""The authority linker: finds councils in a Doc and normalises them to GSS codes.

Runs after the statistical NER, whose PERSON and ORG spans it uses as evidence against a
match ("Jane Sutton", "Greater Manchester Police"). Sets:
- doc._.authority_mentions: explicit mentions [(start, end, codes)], token offsets;
- doc._.authority_refs: explicit mentions plus "the council" / "the authority" resolved
  to the council in focus at that point of the article;
- doc._.focus_authority: the council the article is mainly about, or None.

A form that names the council itself ("Kent County Council") counts as it stands. A bare
place name ("Kent") counts unless the text shows it names or locates something else, read
from the structure around it rather than from lists of known phrases:
- it opens another body's capitalised name, up to the word that says what the body is ("the
  Leeds Children's Safeguarding Partnership", "Hampshire and Isle of Wight Constabulary"),
  or follows a body's word ("NHS Kent and Medway") or a title and "of" ("the Bishop of
  Durham"), or is a body's address ("the County Hospital, Stafford");
- the parse attaches it to a noun that is not the council's services, staff or work ("a
  Bristol children's home", "a nursery in Southampton", "Norfolk MPs");
- it says where a person comes from, lives, went, moved to or was born ("a family from
  Leeds", "Their mother, of Wigan,", "had run away to Liverpool", "the family had visited
  Cornwall", "moved to Norfolk"; not a career's move, nor inspectors' visit), where people
  met ("directors met in Nottingham"), or is an MP's seat ("the MP for Stockport").
A place that owns, runs or leads something ("owned by Norfolk", "the Tameside-led
partnership"), or that a party runs ("Plaid-run Gwynedd"), acts as an organisation, which for
a place is its council; so does a place after a noun whose modifiers name the council or its
seat ("Town hall bosses in Wandsworth").
A bare place names the council only in a text about councils or a sentence that speaks of
their work, or in a headline over a text that speaks of "the council" and names none;
and not where a locative on a verb sets an event's scene: opening its sentence ("In Leeds, a
foster carer was jailed"; not "In Croydon, the number of children waiting has halved"), or
later, with a person or an event as subject, in a clause that does not speak of councils'
work, in a text that names a council ("... The boy was later arrested in Manchester"; not
"Standards have also risen in Suffolk"). In a text that speaks of "the council" or
its staff and names no council, a place as a clause's subject is that council ("Ealing has
pledged £3m ... The council said"). An ambiguous name is confirmed by a council form,
a list of councils, or its council's children's trust named in the text. A former council's
name refers to the date its sentence names ("Before 2019, Dorset County Council ...");
after a county council split in two, its bare name is the area's. A place or a body's name followed by "Council" is the council ("Notts
County Council", "North and West Northamptonshire councils"); so is a place in brackets with
a party after a councillor's name ("Cllr Ruth Adebayo (Lab, Hackney)"), and a party's
control before a place is no part of a body's name ("Tory-run Bexley"); a place closing a
person's name and role set off by commas is the person's council ("Jo Bell, DCS, Leeds");
so is a place in apposition to a council's peer ("its neighbour, Stoke-on-Trent", "a
neighbouring authority, Walsall"), or after a peer word ("neighbouring Tameside") in a text
that speaks of councils, and an employer ("worked for Blackburn with Darwen", "a spokeswoman
for Bury", "interim DCS at Southwark", "Former Lambeth social worker Kay Ward"); where a
person lives ("who lives in County Durham") is a place.
The vocabularies are data: patterns/authority_cues.json.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.people_names import NameFinder, load_given_names
from nlp.serialize import DataFiles

# Members whose "for X" is a constituency ("the MP for Stockport", "MSP for Fife", "the hon.
# Member for North Somerset": Parliament capitalises it; a council's "member for" a service
# is written in lower case or names no place).
SEAT_HOLDERS = {"MP", "MPs", "MSP", "MSPs", "MS", "AM", "MEP", "Member", "Members"}
# Dependencies only a noun phrase fills.
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}
# Words that qualify a body's or the council's name without saying which it is.
TITLE_CASE_MODIFIERS = {
    "children",
    "children's",
    "childrens",
    "child",
    "safeguarding",
    "social",
    "care",
    "young",
    "people",
    "family",
    "families",
    "youth",
    "and",
    "&",
    "of",
    "the",
    "local",
}
PATTERNS = Path(__file__).resolve().parent / "patterns" / "authorities.jsonl"
CUES = Path(__file__).resolve().parent / "patterns" / "authority_cues.json"
DATA_DIR = Path(__file__).resolve().parent / "data"
# A form that names the council itself ("Somerset County Council", "Borough of Poole") needs
# none of the checks a bare place name needs.
COUNCIL_NAME = re.compile(r"\b(?:council|borough of|corporation)\b", re.IGNORECASE)

for _name, _default in (
    ("authority_mentions", None),
    ("authority_refs", None),
    ("focus_authority", None),
    ("published", None),
    ("url", None),
    ("publisher_authority", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def name_root(span: Span) -> Token:
    """The word that attaches a place's name to its sentence. spaCy's `Span.root` is a
    preposition or a conjunction when the parse hangs part of a name of several words on
    something outside it ("a hearing in Newcastle upon Tyne" with "upon Tyne" attached to
    "hearing"); the name's first word the parse attaches outside the name is then the one
    the sentence governs, as it is for a name of one word."""
    root = span.root
    if root.pos_ not in ("ADP", "CCONJ", "DET", "PART", "PUNCT", "SCONJ"):
        return root
    outside = [
        t for t in span if not span.start <= t.head.i < span.end and t.pos_ in ("PROPN", "NOUN")
    ]
    return outside[0] if outside else root


@functools.lru_cache(maxsize=1)
def council_domains() -> tuple[dict[str, str], dict[str, str]]:
    """(a council's web domain (the reference table's `website_domain`) -> its GSS code, a
    council's name squeezed to letters ("sthelens", "hull") -> its code, names that one
    council alone has)."""
    domains: dict[str, str] = {}
    slugs: dict[str, set[str]] = {}
    with open(
        DATA_DIR / "uk_childrens_services_authorities.csv", newline="", encoding="utf-8"
    ) as fh:
        for row in csv.DictReader(fh):
            if row["website_domain"]:
                domains[row["website_domain"].lower().removeprefix("www.")] = row["gss_code"]
            for name in (row["name"], row["official_name"], *row["alt_names"].split("|")):
                slug = re.sub(r"[^a-z]", "", name.lower())
                if slug:
                    slugs.setdefault(slug, set()).add(row["gss_code"])
    return domains, {slug: codes.pop() for slug, codes in slugs.items() if len(codes) == 1}


@functools.lru_cache(maxsize=1)
def county_councils() -> frozenset[str]:
    """The GSS codes of councils that are counties, as the reference table says: a county
    council, a unitary named a county council ("Durham County Council"), or a unitary that
    took over a county council of its name ("North Yorkshire", "Somerset"). Only a county can
    place a town in apposition ("Medway, Kent", "Richmond, North Yorkshire"); a borough or a
    city can not ("Croydon, Darlington" is a list of two councils)."""
    with open(
        DATA_DIR / "uk_childrens_services_authorities.csv", newline="", encoding="utf-8"
    ) as fh:
        rows = list(csv.DictReader(fh))
    names = {
        row["name"]
        for row in rows
        if row["la_type"] == "County council" or "County Council" in row["official_name"]
    }
    return frozenset(row["gss_code"] for row in rows if row["name"] in names)


def places_a_town(county: tuple[str, ...], town: tuple[str, ...]) -> bool:
    """The reference data lets `county` place `town`: a county, and not a county itself
    (two-tier districts are no councils' places: they are read in `_names_something_else`)."""
    counties = county_councils()
    return (
        bool(county)
        and all(code in counties for code in county)
        and not any(code in counties for code in town)
    )


def council_of_url(url: str | None) -> str | None:
    """The council whose site published `url`: its domain in the reference table (or a
    subdomain of it: news., democracy.), else a gov.uk domain named after the council
    ("news.hull.gov.uk": the table has Hull's older hullcc.gov.uk)."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    domains, slugs = council_domains()
    labels = host.split(".")
    for start in range(len(labels) - 1):
        if ".".join(labels[start:]) in domains:
            return domains[".".join(labels[start:])]
    if host.endswith(".gov.uk") and len(labels) >= 3:
        return slugs.get(labels[-3])
    return None


def lowered(words: list[str]) -> set[str]:
    """A cue list as the lower-case set it is matched against (token.lower_)."""
    return {w.lower() for w in words}


def doc_places(doc: Doc) -> set[int]:
    """Token offsets of every gazetteer match (councils and places) found in `doc`."""
    return doc.user_data.get("sectorwatch_place_tokens", set())


def doc_place_starts(doc: Doc) -> set[int]:
    """Token offsets where a gazetteer match begins: "Kent Bury" is two places, "Milton
    Keynes" one."""
    return doc.user_data.get("sectorwatch_place_starts", set())


def doc_district_places(doc: Doc) -> set[int]:
    """Token offsets of two-tier districts' names ("Amber Valley"): places, not councils
    with children's services, and no person's name either."""
    return doc.user_data.get("sectorwatch_district_tokens", set())


@dataclass(frozen=True)
class Mention:
    start: int  # token offsets in the Doc
    end: int
    codes: tuple[str, ...]
    kind: str  # council, place, trust, abbreviation, former, or "reference" for "the council"
    text: str


def _date_ok(record: dict, published: str | None) -> bool:
    if not published:
        return True
    date = published[:10]
    if record.get("valid_from") and date < record["valid_from"]:
        return False
    if record.get("kind") == "trust" and record.get("valid_to") and date > record["valid_to"]:
        return False
    return True


def _codes_for(record: dict, published: str | None) -> tuple[str, ...]:
    before = record.get("before")
    if before and published and published[:10] < before["date"]:
        return tuple(before["codes"])
    successors = record.get("successors") or []
    if (
        record["kind"] == "former"
        and len(successors) == 1
        and published
        and published[:10] >= record["valid_to"]
    ):
        # "Somerset County Council" after April 2023: the name outlives the council; the one
        # council that replaced it is meant (two successors leave it the old council).
        return tuple(successors)
    return tuple(record["codes"])


class AuthorityLinker(DataFiles):
    data_files = {"patterns_path": "authorities.jsonl", "cues_path": "authority_cues.json"}

    def __init__(self, nlp: Language, name: str, patterns_path: str | None, cues_path: str | None):
        self.name = name
        with open(patterns_path or PATTERNS, encoding="utf-8") as fh:
            self.records = [json.loads(line) for line in fh if line.strip()]
        with open(cues_path or CUES, encoding="utf-8") as fh:
            cues = json.load(fh)
        self.followers = lowered(cues["not_council_if_followed_by"])
        self.preceders = lowered(cues["not_council_if_preceded_by"])
        self.titles_of = lowered(cues["titles_of"])
        self.bodies_before = lowered(cues["bodies_before"])
        self.body_heads = lowered(cues["named_body_heads"]) | self.followers
        self.council_words = lowered(cues["council_words"])
        self.council_heads = lowered(cues["council_heads"])
        self.given_names = load_given_names()
        self.council_abbreviations = set(cues["council_abbreviations_before"])
        self.locatives = lowered(cues["locative_prepositions"])
        self.movement_verbs = lowered(cues["movement_verbs"])
        self.person_nouns = lowered(cues["person_nouns"])
        self.career_words = lowered(cues["career_words"])
        self.staff_heads = lowered(cues["council_staff_heads"])
        self.possessed_bodies = lowered(cues["possessed_bodies"])
        self.control_participles = lowered(cues["control_participles"])
        self.councillor_titles = lowered(cues["councillor_titles"])
        # (one person's titles and roles: a council's staff heads name departments and
        # groups too, "services", "cabinet", "officers", which vouch for no one's name)
        self.person_roles = (
            lowered(cues["person_roles"])
            | self.preceders
            | self.career_words
            | lowered(cues["role_heads"])
        )
        self.households = lowered(cues["households"])
        self.other_trust_words = lowered(cues["other_trust_words"])
        self.gathering_verbs = lowered(cues["gathering_verbs"])
        self.speaking_verbs = lowered(cues["speaking_verbs"])
        self.rating_re = re.compile(
            r"^\s*(?:" + "|".join(cues["rating_predicates"]) + r")", re.IGNORECASE
        )
        self.locating_participles = lowered(cues["locating_participles"])
        self.visiting_verbs = lowered(cues["visiting_verbs"])
        self.peer_heads = lowered(cues["peer_heads"])
        self.metonyms_re = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in cues["council_metonyms"]) + r")\b",
            re.IGNORECASE,
        )
        self.peer_words = self.peer_heads | lowered(cues["peer_adjectives"])
        self.residence_verbs = lowered(cues["residence_verbs"])
        self.employment_verbs = lowered(cues["employment_verbs"])
        self.event_subjects = self.person_nouns | lowered(cues["event_subjects"])
        self.role_heads = self.staff_heads | lowered(cues["role_heads"])
        self.person_nouns_from = self.person_nouns | {
            w.lower() for w in cues["person_nouns_from_only"]
        }
        self.context_re = re.compile(
            r"\b(?:" + "|".join(cues["council_context"]) + r")", re.IGNORECASE
        )
        self.reference_re = re.compile(
            r"^(?:" + "|".join(cues["references"]) + r")$", re.IGNORECASE
        )
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for index, record in enumerate(self.records):
            self.matcher.add(str(index), [nlp.make_doc(record["pattern"])])
        self.reference_starts = {w.split()[0].lower() for w in cues["references_first_words"]}

    # -- explicit mentions ------------------------------------------------------------------

    def _candidates(self, doc: Doc) -> list[tuple[Span, dict]]:
        spans: dict[tuple[int, int], dict] = {}
        for match_id, start, end in self.matcher(doc):
            record = self.records[int(doc.vocab.strings[match_id])]
            spans[(start, end)] = record
        chosen = filter_spans([doc[s:e] for s, e in spans])
        return [(span, spans[(span.start, span.end)]) for span in chosen]

    def _blocked(self, span: Span, record: dict, doc: Doc) -> bool:
        if not span.text[:1].isupper() or record["kind"] == "district":
            return True
        if span.start > 0 and doc[span.start - 1].text in self.council_abbreviations:
            return False  # "LB Richmond", "RB Kingston": councils' own papers name the council
        if span.start > 0 and self._staff_abbreviation(doc[span.start - 1]):
            return False  # "Tom Reid, DCS Stockport": the council's director, however parsed
        in_list = self._in_council_list(span)
        # Inside a named body (our entity ruler) or a person's name (the statistical NER).
        for ent in doc.ents:
            if (
                ent.start <= span.start
                and span.end <= ent.end
                and any(
                    not (
                        t.is_space or t.is_punct or t.tag_ == "POS" or span.start <= t.i < span.end
                    )
                    for t in ent
                )
            ):
                if ent.ent_id_ == "body":
                    # "Notts County Council": a club's name followed by "Council" is the council
                    return not self._closed_by_council_word(span)
                if (
                    ent.label_ == "PERSON"
                    and not COUNCIL_NAME.search(record["pattern"])
                    and (ent.start, ent.end) in self._vouched_people(doc)[0]
                ):
                    return True  # "Council leader Kent Barnet": a place in a person's name
                if ent.label_ == "PERSON" and not COUNCIL_NAME.search(record["pattern"]):
                    # (a form ending in "Council" names no person, whatever the NER says)
                    # "Mayor of Tower Hamlets Jonathan Biddle": NER swallows the place into the
                    # name; "Coventry Knowsley": a list of places the NER took for a name.
                    rest = [t for t in ent if t.i >= span.end]
                    name_after = (
                        ent.start == span.start and len(rest) >= 2 and all(t.is_title for t in rest)
                    )
                    council_rest = all(
                        t.is_punct
                        or t.tag_ == "POS"
                        or t.lower_ in self.council_words
                        or t.text in self.council_abbreviations
                        or self._staff_abbreviation(t)
                        for t in rest
                    )  # "Calderdale MBC's", "Wigan DCS" read as a person
                    if not (name_after or council_rest or in_list or self._all_places(ent)):
                        return True
                    continue
                # (a party's control before the place is no part of a body's name: the NER
                # takes "Tory-run Bexley" for one organisation)
                start = self._party_control_start(span)
                extra = [t for t in ent if t.i < start or t.i >= span.end]
                if (
                    ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT")
                    and record["kind"] == "place"
                    and not NameFinder.title_case_line(span[0])  # the NER swallows headlines
                ):
                    # "Dorset and Lincolnshire" taken for one organisation is still a list of places.
                    if any(
                        t.lower_ not in self.council_words
                        and t.text not in self.council_abbreviations  # "LB Richmond"
                        and not self._staff_abbreviation(t)  # "DCS Dudley"
                        and not t.is_punct
                        for t in extra
                    ) and not self._all_places(ent):
                        return True
        if record["kind"] in ("place", "former", "abbreviation") and not COUNCIL_NAME.search(
            record["pattern"]
        ):
            if self._closed_by_council_word(span):
                return False  # "North and West Northamptonshire councils", however it is parsed
            after = doc[span.end] if span.end < len(doc) else None
            before = doc[span.start - 1] if span.start > 0 else None
            hyphenated = (
                after is not None and after.text in ("-", "–") and not span[-1].whitespace_
            )  # "Newcastle-under-Lyme"
            council_next = span.end + 1 < len(doc) and doc[span.end + 1].lower_ in (
                "council",
                "councils",
            )  # "Leics County Council", not "Derby County"
            if hyphenated and self._controls_after_hyphen(span):
                hyphenated = False  # "the Tameside-led partnership": the council leads it
            if after is not None and (
                (after.lower_ in self.followers and not council_next) or hyphenated
            ):
                return True
            if before is not None and (
                before.lower_ in self.preceders
                # (a given name that ends another place is the place's: "Waltham Forest
                # Tower Hamlets", two councils run together in an unpunctuated list)
                or (before.text in self.given_names and before.i not in doc_places(doc))
            ):
                return True  # "Lord Sutton", "Simon Blackburn": a name, not a place
            if self._in_a_persons_name(span):
                return True  # "Durham said" of "Children's minister Mark Durham"
            if (
                before is not None
                and before.lower_ == "of"
                and span.start >= 2
                and doc[span.start - 2].lower_ in self.titles_of
            ):
                return True  # "the Bishop of Durham", "the University of Nottingham"
            if self._after_a_body_word(span):
                return True  # "NHS Kent and Medway"
            if self._councillors_council(span):
                return False  # "Cllr Ruth Adebayo (Lab, Hackney)", however it is parsed
            if self._opens_named_body(span) or self._names_something_else(span, in_list):
                return True
            if self._addresses_a_body(span):
                return True
        return False

    def _person_word(self, token: Token) -> bool:
        """A title or role that vouches for the capitalised words beside it as a name."""
        return token.lower_.rstrip(".") in self.person_roles

    def _role_before(self, doc: Doc, start: int) -> bool:
        """A role's noun phrase ends just before `start`: "leader", "director of social
        care" (its head within four words, nothing but its modifiers between)."""
        for i in range(start - 1, max(-1, start - 5), -1):
            if self._person_word(doc[i]):
                return True
            if doc[i].pos_ not in ("NOUN", "ADJ", "ADP", "PROPN", "PART") or doc[i].is_punct:
                return False
        return False

    def _vouched_people(self, doc: Doc) -> tuple[set[tuple[int, int]], set[str], set[str]]:
        """The NER's PERSON spans that the sentence vouches for as people (a title or role
        just before the name, or a role after it and a comma: "Prime Minister Kent Bradford",
        "Kent Kent, director of ..."), and the place names inside them. The NER alone is no
        witness: it takes a list of places ("Coventry Knowsley") for a name."""
        cached = doc.user_data.get("sectorwatch_vouched_people")
        if cached is not None:
            return cached
        places = doc_places(doc)
        spans: set[tuple[int, int]] = set()
        words: set[str] = set()
        surnames: set[str] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            tokens = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
            titled = bool(tokens) and self._person_word(tokens[0]) and tokens[0].i != ent.end - 1
            while tokens and self._person_word(tokens[0]) and len(tokens) > 1:
                tokens = tokens[1:]  # "Councillor Chase Dean", "Cllr Durham"
            if not tokens or len(tokens) > 3 or not all(t.is_title for t in tokens):
                continue  # "Mayor of Tower Hamlets Jonathan Biddle" names a council's mayor
            before = doc[ent.start - 1] if ent.start > 0 else None
            role_after = (
                ent.end + 1 < len(doc)
                and doc[ent.end].text == ","
                and any(self._person_word(t) for t in doc[ent.end + 1 : ent.end + 5])
            )
            # (a name of one word needs its title: "Wiltshire, children's services" is none)
            if titled or (
                len(tokens) > 1
                and (role_after or (before is not None and self._role_before(doc, ent.start)))
            ):
                spans.add((ent.start, ent.end))
                words.update(t.text for t in tokens if t.i in places)
                if len(tokens) > 1 and tokens[-1].i in places:
                    # a surname stands alone for its person, however the NER reads it there
                    # ("the departure of Barnet" after "director of social care Faith Barnet")
                    surnames.add(tokens[-1].text)
        doc.user_data["sectorwatch_vouched_people"] = (spans, words, surnames)
        return spans, words, surnames

    def _in_a_persons_name(self, span: Span) -> bool:
        """The place is a person's name: a word of a vouched person's name that the NER reads
        as a person here too ("Durham said", "Kent's first blog"); or it closes a name after
        a title ("Cllr Summer Durham") or before a role ("Summer Durham, cabinet member")."""
        doc = span.doc
        _, words, surnames = self._vouched_people(doc)
        if span.text in surnames or (
            span.text in words and all(t.ent_type_ == "PERSON" for t in span)
        ):
            return True
        if span.start < 1:
            return False
        given = doc[span.start - 1]
        if not (
            given.is_title
            and given.pos_ == "PROPN"
            and given.i not in doc_places(doc)
            and given.i not in doc_district_places(doc)
            and given.lower_ not in self.council_words
        ):
            return False
        if span.start >= 2 and doc[span.start - 2].lower_.rstrip(".") in self.preceders:
            return True
        return (
            span.end + 1 < len(doc)
            and doc[span.end].text == ","
            and any(self._person_word(t) for t in doc[span.end + 1 : span.end + 5])
        )

    def _heads_a_body_in_title_case(self, span: Span) -> bool:
        """In a headline set in title case every word is capitalised: the name's words are
        read up to the first word that says what it is, a body ("Leeds Children's
        Safeguarding Partnership Publishes Review") or the council's services ("Kent
        Children's Services Rated Inadequate")."""
        doc, places = span.doc, doc_places(span.doc)
        for token in doc[span.end : min(len(doc), span.end + 5)]:
            word = token.lower_.replace("’", "'")
            if "\n" in token.text or token.is_punct and token.tag_ != "POS":
                return False
            if token.i in places or token.tag_ == "POS" or word in TITLE_CASE_MODIFIERS:
                continue
            if word in self.body_heads:
                return True
            return False
        return False

    def _party_control_start(self, span: Span) -> int:
        """Where a hyphenated word saying who controls the council opens before the place
        ("Labour-run Sunderland", "Tory-led Bexley", "Conservative-controlled Kent"): the
        qualifier's first token, else the place's own start."""
        doc, i = span.doc, span.start
        if (
            i >= 3
            and doc[i - 1].lower_ in self.control_participles
            and doc[i - 2].text in ("-", "–")
            and not doc[i - 3].whitespace_
            and not doc[i - 2].whitespace_
        ):
            return i - 3
        return i

    def _controls_after_hyphen(self, span: Span) -> bool:
        """The place opens a hyphenated participle of control ("the Tameside-led
        partnership", "a Norfolk-owned company"): it is the body that leads or owns, which
        a place cannot be ("Kent-based", "Hull-born" only locate)."""
        doc, end = span.doc, span.end
        return (
            end + 1 < len(doc)
            and doc[end].text in ("-", "–")
            and not doc[end].whitespace_
            and doc[end + 1].lower_ in self.control_participles
        )

    def _acts_as_council(self, span: Span) -> bool:
        """The place is the agent of a verb of running, owning or funding ("a company set up
        and owned by Norfolk", "homes run by Sefton") or leads a hyphenated participle of
        control ("the Tameside-led partnership"): only an organisation does that, and a place's
        organisation is its council."""
        if self._controls_after_hyphen(span) or self._party_control_start(span) < span.start:
            return True  # ("Plaid-run Gwynedd wants ...": a party runs only an organisation)
        token = name_root(span)
        prep = token.head
        if token.dep_ != "pobj" or prep.head.pos_ != "VERB":
            return False
        # "homes run by Sefton"; "worked for Blackburn with Darwen as a family support
        # worker": an employer
        return (prep.lower_ == "by" and prep.head.lower_ in self.control_participles) or (
            prep.lower_ == "for" and prep.head.lower_ in self.employment_verbs
        )

    def _closed_by_council_word(self, span: Span) -> bool:
        """The place, or the list of places it is in, is followed by the word "council(s)",
        perhaps after "County", "City" or "Borough": "Notts County Council", "Kent and Medway
        councils", "North Northamptonshire and West Northamptonshire councils"."""
        doc, places, end = span.doc, doc_places(span.doc), span.end
        while end < len(doc) and (end in places or doc[end].text in (",", "and", "&")):
            end += 1
        if end < len(doc) and doc[end].lower_ in ("county", "city", "borough"):
            end += 1
        return end < len(doc) and doc[end].lower_ in ("council", "councils")

    def _after_a_body_word(self, span: Span) -> bool:
        """A body's word ("NHS", "HMP") before the place or before the list it ends."""
        doc, places = span.doc, doc_places(span.doc)
        i = span.start
        while i >= 2 and doc[i - 1].text in ("and", "&", ",") and (i - 2) in places:
            i -= 2
            while i > 0 and (i - 1) in places:
                i -= 1
        return i > 0 and doc[i - 1].lower_ in self.bodies_before

    def _addresses_a_body(self, span: Span) -> bool:
        """'the Princess Royal Hospital, Telford': a place after a named body and a comma is
        that body's address (unless a list of councils goes on: "..., Telford and Wrekin
        council")."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text != ",":
            return False
        body = doc[span.start - 2]
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (
            after.lower_ in self.council_words
            or after.text in ("and", "&")
            or (after.text == "," and (after.i + 1) in doc_places(doc))
        ):
            return False  # a list of places goes on ("..., Telford, Walsall and Dudley councils")
        # ("Station Road, Peterborough, were refused": the comma closes the address)
        return body.text[:1].isupper() and body.lower_ in self.body_heads

    def _opens_named_body(self, span: Span) -> bool:
        """The place opens the capitalised name of another body: "the Leeds Children's
        Safeguarding Partnership", "Hampshire and Isle of Wight Constabulary". The name is read
        word by word (capitalised words, other places, "and", "of", possessives) on the
        place's line; its last capitalised word says what the body is. Title-case lines
        (headlines) capitalise every word, so they say nothing here."""
        doc, places = span.doc, doc_places(span.doc)
        if NameFinder.title_case_line(span[0]):
            return self._heads_a_body_in_title_case(span)
        last: Token | None = None
        j = span.end
        while j < len(doc) and j < span.end + 10 and "\n" not in doc[j - 1].whitespace_:
            token = doc[j]
            if token.lower_ in ("council", "councils"):
                return False  # "Kent and Medway Councils": councils after all
            if j in places or token.lower_ in ("and", "&", "of") or token.tag_ == "POS":
                j += 1
                continue
            if not token.text[:1].isupper() or token.is_sent_start:
                break
            last = token
            j += 1
        return last is not None and last.lower_ in self.body_heads

    def _staff_abbreviation(self, token: Token) -> bool:
        """A council post written as its capitals ("DCS"): beside a place, the council's."""
        return token.text.isupper() and token.lower_ in self.staff_heads

    def _is_council_head(self, token: Token) -> bool:
        return token.lower_.replace("’", "'") in self.council_heads

    def _in_council_list(self, span: Span, sector: bool = False) -> bool:
        """The place is one of a list of three or more gazetteer names ("Surrey, Newham, West
        Sussex, Medway and Bradford") in a sentence about councils' work: such a list names
        councils, however a model labels or attaches its members (one pipeline reads "Medway"
        as a person, or hangs the list's preposition on a noun before it). With `sector`, an
        article about councils' services will do for the sentence: a round-up's line of
        services by grade ("Good - Brent, Bury and Rochdale, Leicester") names councils, as
        its unambiguous members already are without a council word in the line."""
        return self._list_length(span) >= 3 and (
            sector or bool(self.context_re.search(span.sent.text))
        )

    @staticmethod
    def _list_length(span: Span) -> int:
        """How many gazetteer names the list the place is in has ("Surrey, Newham, West
        Sussex, Medway and Bradford": 5), 1 when it is in none."""
        doc, places = span.doc, doc_places(span.doc)
        separators = (",", "and", "&", "'", "‘", "’")

        def run(i: int, step: int) -> int:
            """How many names the list has from `i` on in direction `step`."""
            names, in_name = 0, False
            while 0 <= i < len(doc) and (i in places or doc[i].text in separators):
                if i in places and not in_name:
                    names += 1
                in_name = i in places
                i += step
            return names

        return run(span.start - 1, -1) + 1 + run(span.end, 1)

    def _names_something_else(self, span: Span, in_list: bool = False) -> bool:
        """A bare place that the parse attaches to a noun other than the council's services,
        staff or work names that other thing's place: "an Oxfordshire care home", "Shrewsbury
        and Telford Hospital", "Norfolk MPs" (modifiers), "the Princess Royal Hospital, Telford",
        "Medway, Kent" (appositions), "a school in Reading" (locatives)."""
        token = name_root(span)
        steps = 0
        while (
            token.dep_ == "conj"
            and token.head.pos_ == "PROPN"
            and token.head.i < token.i
            and steps < 8
        ):
            token, steps = (
                token.head,
                steps + 1,
            )  # "Devon and Cornwall Police": climb to the first conjunct
        head = token.head
        if token.dep_ == "poss" and head.i >= span.end:
            # "Manchester's universities", "Liverpool's football clubs": through the
            # possessed noun's modifiers to the first word that says what it is
            # ("Essex's school transport budget": a body's word that qualifies the council's
            # budget, services or work names no body)
            words = [t for t in span.doc[span.end : head.i + 1] if t.tag_ != "POS"]
            return any(
                t.lower_ in self.possessed_bodies for t in [*words[:3], head]
            ) and not self._is_council_head(head)
        if (
            (
                token.dep_ in ("compound", "nmod", "amod")
                or (token.dep_ == "npadvmod" and head.dep_ == "amod")
            )
            and head.i > token.i
            and head.i >= span.end
        ):
            # "a Bristol children's home": through "children's" to the noun it qualifies;
            # "the Rochdale grooming gangs", parsed as a modifier of the participle: through
            # the participle to its noun
            while (
                (head.dep_ in ("compound", "poss") or (head.dep_ == "amod" and head.pos_ == "VERB"))
                and head.head.i > head.i
                and not (head.head.ent_type_ == "PERSON" and head.ent_type_ != "PERSON")
            ):
                # (a role before a person's name is what the place qualifies, not the name:
                # "Former Lambeth social worker Kay Ward")
                head = head.head
            between = span.doc[span.end : head.i]
            if any(
                t.lower_ in ("council", "councils", "authority", "authorities") for t in between
            ):
                return False  # "the Kent local authority area": the place names the council
            if any(
                t.dep_ not in ("compound", "amod", "nmod", "punct", "cc", "conj", "poss", "case")
                for t in between
            ):
                return False  # "North Somerset vulnerable children's needs": the place modifies more than the noun
            if head.lower_ in self.households and any(c.dep_ == "det" for c in head.children):
                return True  # "a Bolton family": a household of the place, not family services
            if self._other_bodys_trust(head, between):
                return True  # "Warrington primary care trust": the NHS's, not the council's
            if head.ent_type_ in ("DATE", "TIME"):
                return False  # "following Stoke-on-Trent last Tuesday": a date is nothing's place
            return not self._is_council_head(head) and not self._in_mention(head)
        if token.dep_ == "appos" and head.i < span.start and head.pos_ in ("NOUN", "PROPN"):
            # (an apposition renames a noun: one the parse hangs on a verb, "Requires
            # improvement: Wokingham", is a label's list, whatever the place's name)
            if head.i in doc_places(span.doc):
                # "Medway, Kent": a county placing a town; not a list ("Birmingham; Coventry",
                # "Bath and North East Somerset, Stockton-on-Tees, Rutland"), nor two councils
                # the reference data does not nest ("Croydon, Darlington")
                codes = span.doc.user_data.get("sectorwatch_place_codes", {})
                return (
                    places_a_town(codes.get(span.start, ()), codes.get(head.i, ()))
                    and self._list_length(span) < 3
                    and span.start >= 2
                    and span.doc[span.start - 1].text == ","
                    and span.doc[span.start - 2].i == head.i
                )
            # ("its neighbour, Stoke-on-Trent": a council's peer is a council)
            return not (
                self._is_council_head(head)
                or head.lower_ in self.peer_heads
                or self._affiliation_after_role(span)
            )
        if token.dep_ == "pobj" and self._where_someone_is(token, head):
            return True
        if token.dep_ == "dobj" and head.lower_ in self.visiting_verbs | self.movement_verbs:
            # "the family had visited Cornwall", unless the clause (with the verbs it is
            # coordinated with) is about councils' work ("Inspectors visited Leeds in
            # March") or the place is one of a list
            verb = head
            while verb.dep_ == "conj" and verb.head.i < verb.i:
                verb = verb.head
            clause = span.doc[verb.left_edge.i : verb.right_edge.i + 1]
            return self._list_length(span) < 3 and not (
                self.context_re.search(clause.text)
                or any(t.lower_ in self.career_words for t in clause)
            )
        if head.lower_ == "for" and head.i > 0 and span.doc[head.i - 1].text in SEAT_HOLDERS:
            return True  # "the MP for Stockport": a constituency, not the council
        if token.dep_ == "pobj" and head.lower_ in self.locatives and not in_list:
            # (a list of councils is not the place of the noun the parse hangs it on:
            # "progress at Surrey, Newham and Medway", whichever word "at" is attached to)
            owner = head.head
            if owner.tag_ == "POS":  # "St Christopher's in Solihull"
                owner = owner.head
            if owner.lower_ in self.locating_participles:
                return True  # "a charity based in Leeds", as "a Leeds-based charity"
            if owner.lower_ in self.gathering_verbs or (
                owner.pos_ in ("VERB", "AUX") and any(c.lower_ == "place" for c in owner.children)
            ):
                return True  # "directors met in Nottingham", "took place in Norwich": a venue
            if owner.lower_ in self.speaking_verbs and owner.pos_ in ("VERB", "AUX"):
                return True  # "the ADCS president said today in Manchester": where she spoke
            if self.metonyms_re.search(span.doc[owner.left_edge.i : owner.i].text):
                return False  # "Town hall bosses in Wandsworth", "council officers in Brent"
            if head.lower_ == "at" and owner.lower_ in self.role_heads:
                return False  # "Helen Ward, interim DCS at Southwark,": the role's employer
            if owner.pos_ in ("VERB", "AUX") and head.i > 0:
                # "inspected a nursery in Southampton": the parse hangs the place on the verb;
                # the object just before it is what the place locates.
                noun = span.doc[head.i - 1]
                if noun.head.i == owner.i and noun.dep_ in ("dobj", "nsubjpass", "attr"):
                    owner = noun
            if any(t.lower_ in self.staff_heads for t in span.doc[owner.i + 1 : head.i]):
                # "weaknesses in social work services in West Lothian", however the second
                # "in" is attached: the place is where the council's services are
                return False
            # (a word in a noun's place is a noun, whatever its tag: "his father's flat in
            # Leeds" with "flat" tagged an adjective)
            nominal = owner.pos_ in ("NOUN", "PROPN") or owner.dep_ in NOMINAL_DEPS
            if owner.lower_ in self.households and any(c.dep_ == "det" for c in owner.children):
                return True  # "placed with a family in Bradford": a household there
            return nominal and not self._is_council_head(owner)
        return False

    def _where_someone_is(self, token: Token, prep: Token) -> bool:
        """The place says where a person comes from, moved to, was born or was sent: "moved
        to Norfolk", "born in Manchester", "a family from Leeds", "as far away as Cumbria"."""
        doc = token.doc
        if prep.lower_ == "as" and prep.i >= 1 and doc[prep.i - 1].lower_ in ("away", "far"):
            return True
        owner = prep.head
        if (
            prep.lower_ == "of"
            and prep.i >= 1
            and doc[prep.i - 1].text == ","
            and (owner.lower_ in self.person_nouns_from or owner.ent_type_ == "PERSON")
        ):
            return True  # "Their mother, of Wigan,", "Joe Marsh, 43, of Wigan": a home
        if prep.lower_ not in ("to", "from", "in", "at", "near", "into"):
            return False
        if owner.pos_ == "ADV" and owner.head.pos_ in ("VERB", "AUX"):
            owner = owner.head  # "had run away to Liverpool"
        if owner.lower_ in self.residence_verbs and owner.tag_ in ("VBZ", "VBD", "VBP"):
            return True  # "a social worker who lives in County Durham": a home, whatever her job
        if owner.pos_ in ("VERB", "AUX") or owner.dep_ in ("acl", "relcl"):
            # "was born in", "moved with his mother to": the verb the preposition hangs on;
            # not a career's move ("moved to Essex as director of children's services"), read
            # in the verb's own clause: "Lincolnshire's director said children were being
            # placed in Nottinghamshire" is a placement
            # (with the noun a relative clause describes: "The director, who moved to Essex")
            verb = owner
            while verb.dep_ == "conj" and verb.head.i < verb.i:
                verb = verb.head
            if verb.dep_ in ("relcl", "acl"):
                verb = verb.head
            if any(t.lower_ in self.career_words for t in verb.subtree):
                return False
            return owner.lower_ in self.movement_verbs or (
                owner.lower_ == "up" and owner.head.lower_ in self.movement_verbs
            )
        if owner.pos_ in ("NOUN", "PROPN"):
            nouns = self.person_nouns_from if prep.lower_ == "from" else self.person_nouns
            return owner.lower_ in nouns
        return False

    def _locates_an_event(self, span: Span, names_a_council: bool) -> bool:
        """The place is the object of a locative preposition that hangs on a verb, and says
        where something happened rather than whose work it was:
        - opening its sentence ("In Leeds, a foster carer was jailed"), when the sentence
          does not speak of councils' work;
        - later in a sentence of a text that names a council ("... The boy was later
          arrested in Manchester"), when the verb's clause does not speak of councils' work
          and the sentence is no career's ("she worked in Essex").
        (Without a council named, "children living in Surrey" is left to the article's
        context: the corpus reads it as the council's children.)"""
        token = name_root(span)
        prep = token.head
        if prep.lower_ in self.peer_words and prep.head.lower_ in self.locatives:
            # "in neighbouring Knowsley", with the adjective parsed as the place's governor
            token, prep = prep, prep.head
        if not (
            token.dep_ in ("pobj", "pcomp")
            and prep.lower_ in self.locatives
            and prep.head.pos_ in ("VERB", "AUX")
        ):
            return False
        if prep.i == span.sent.start:
            # (unless what follows is the area's services: "In Croydon, meanwhile, the number
            # of children waiting for an assessment has halved")
            return not self.context_re.search(span.sent.text) and (
                self._subject_kind(prep.head) != "other"
            )
        if not names_a_council or self._list_length(span) >= 3:
            return False  # (a list of places is councils, not the scene of an event)
        verb = prep.head
        # (what a relative clause or an apposition says of the subject describes the person,
        # not the place: "The boy, who was in the care of Sefton council, was found in ...")
        described = {
            t.i
            for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass")
            for part in subject.children
            if part.dep_ in ("relcl", "acl", "appos")
            for t in part.subtree
        }
        clause = [
            t for t in span.doc[verb.left_edge.i : verb.right_edge.i + 1] if t.i not in described
        ]
        text = "".join(t.text_with_ws for t in clause)
        return self._happens_to_someone(verb) and not (
            self.context_re.search(text) or any(t.lower_ in self.career_words for t in clause)
        )

    def _happens_to_someone(self, verb: Token) -> bool:
        """The verb's subject is a person or an event ("The boy was later arrested", "The
        trial was heard"): its place is where that happened. ("Standards have also risen in
        Suffolk", "Waiting lists are longer in Medway": the area's services, the council's.)"""
        return self._subject_kind(verb) == "person"

    def _subject_kind(self, verb: Token) -> str | None:
        """ "person" when the verb's subject (or that of the verb it is coordinated with) is a
        person or an event, "other" when it is something else, None when it has none."""
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]
                person = (
                    subject.lower_ in self.event_subjects
                    or subject.ent_type_ == "PERSON"
                    or subject.lower_ in ("he", "she", "they", "i")
                )
                return "person" if person else "other"
            if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def _other_bodys_trust(self, head: Token, between: Span) -> bool:
        """The place qualifies a trust that its other words make the NHS's or a school's
        ("Warrington primary care trust", "Telford Co-Operative Multi-Academy Trust"): a
        "trust" is a council word only as the council's children's trust."""
        words = {t.lower_.replace("’", "'") for t in between}
        return (
            head.lower_ in ("trust", "trusts")
            and bool(words & self.other_trust_words)
            and not words & {"children", "children's", "childrens"}
        )

    def _in_mention(self, token: Token) -> bool:
        """True when `token` is itself a council word or a place ("Torbay and Plymouth Councils";
        "Coventry Knowsley", a list that lost its separator)."""
        return token.lower_ in self.council_words or token.i in doc_places(token.doc)

    def _has_context(self, span: Span, record: dict, strong_codes: set[str], sector: bool) -> bool:
        codes = set(record["codes"])
        if codes & strong_codes:
            return True  # the article names this council unambiguously somewhere
        if record.get("strongly_ambiguous"):
            # "Kingston", "Reading": the council must be named next to it, or close a list
            # of places that it belongs to ("Kingston, Richmond and Windsor and Maidenhead councils").
            if span.start > 0 and span.doc[span.start - 1].text in self.council_abbreviations:
                return True  # "LB Richmond", "RB Kingston"
            if span.start > 0 and self._staff_abbreviation(span.doc[span.start - 1]):
                return True  # "Stuart Gallimore, DCS Sutton": the director's employer
            if (
                self._councillors_council(span)
                or self._in_council_list(span, sector)
                or self._qualifies_council_staff(span)
                or (sector and self._rated(span))
                or self._childrens_services_in(span)
            ):
                # "Cllr Amir Khan (Lib Dem, Sutton)"; "between Westminster, Kensington and
                # Chelsea, and Hammersmith and Fulham" in a sentence about councils; "Bury's
                # youth service"
                return True
            doc, places, end = span.doc, doc_places(span.doc), span.end
            while end < len(doc) and (end in places or doc[end].text in (",", "and", "&")):
                end += 1
            window = doc[end : end + 4].text
            return bool(
                re.match(
                    r"^\s*(?:'s\s+|’s\s+)?(?:borough |city |county )?(?:council|children)",
                    window,
                    re.I,
                )
            )
        # "Devon", "Kent": in an article about councils' services, the place is the council.
        return (
            sector
            or bool(self.context_re.search(span.sent.text))
            or self._qualifies_council_staff(span)
        )

    @staticmethod
    def _childrens_services_in(span: Span) -> bool:
        """The place locates children's services or social care ("Children's services in
        Sutton have been rated inadequate", "children's social care services in Reading"): a
        council runs those for its area, so the place's name is the council's, however
        ambiguous the name is elsewhere."""
        token = name_root(span)
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in ("in", "at", "across"):
            return False
        service = prep.head
        return service.lower_ in ("services", "service", "care") and any(
            child.lower_.replace("’", "'") in ("children's", "childrens", "social")
            or (child.lower_ == "children" and any(c.tag_ == "POS" for c in child.children))
            for child in service.subtree
            if child.i < service.i
        )

    def _rated(self, span: Span) -> bool:
        """The place is the subject of a grade: "Reading stayed at requires improvement",
        "Kingston was rated outstanding" (what follows it is a rating predicate)."""
        if name_root(span).dep_ not in ("nsubj", "nsubjpass"):
            return False
        return bool(self.rating_re.match(span.doc.text[span.end_char : span.sent.end_char]))

    def _councillors_council(self, span: Span) -> bool:
        """The place is in brackets with a party after a councillor's name, as reports of
        meetings give members: "Cllr Ruth Adebayo (Lab, Hackney)", "Councillor Ali (Hackney,
        Lab)". (An MP's brackets give a seat, so the title must be a councillor's.)"""
        doc = span.doc
        left, right = span.start - 1, span.end
        if left >= 2 and doc[left].text == ",":
            opening = left - 1  # "(Lab, Hackney)", "(Lib Dem, Sutton)"
            while opening > max(0, left - 4) and doc[opening].text[:1].isupper():
                opening -= 1
            party = doc[opening + 1 : left]
            closed = right < len(doc) and doc[right].text == ")"
        elif left >= 0 and doc[left].text == "(" and right + 2 < len(doc):
            opening, close = left, right + 1  # "(Hackney, Lab)", "(Sutton, Lib Dem)"
            while close < min(len(doc), right + 4) and doc[close].text[:1].isupper():
                close += 1
            party = doc[right + 1 : close]
            closed = doc[right].text == "," and close < len(doc) and doc[close].text == ")"
        else:
            return False
        if not closed or doc[opening].text != "(" or not party:
            return False
        name = [t for t in doc[max(0, opening - 5) : opening]]
        while name and name[-1].is_title:  # back over the name to the title before it
            if name[-1].lower_.rstrip(".") in self.councillor_titles:
                return True
            name.pop()
        return False

    def _affiliation_after_role(self, span: Span) -> bool:
        """The place closes a person's name and role set off by commas, as programmes, panels
        and letters give affiliations: "Jo Bell, DCS, Leeds", "Dan Hope, team manager,
        Calderdale". (Without a role between, "Jo Bell, Leeds" may be where she lives.)"""
        doc = span.doc
        comma = span.start - 1
        if comma < 3 or doc[comma].text != ",":
            return False
        j = comma - 1
        while (
            j > 0
            and comma - j <= 8
            and doc[j].text not in (",", ";", ":", "(")
            and ("\n" not in doc[j].text)
        ):
            j -= 1
        role = doc[j + 1 : comma]
        if doc[j].text != "," or not any(t.lower_ in self.role_heads for t in role):
            return False
        name = doc[j - 1]
        return name.ent_type_ == "PERSON" or (name.is_title and doc[j - 2].is_title)

    def _qualifies_council_staff(self, span: Span) -> bool:
        """The parse makes the place qualify the council's staff, members or departments:
        "Hounslow officials", "officers from Brent", "Enfield's cabinet"; or gives a
        councillor's council ("Cllr Ruth Adebayo (Lab, Hackney)"); or the place acts as an
        organisation ("owned by Norfolk", "the Tameside-led partnership")."""
        if (
            self._councillors_council(span)
            or self._acts_as_council(span)
            or self._affiliation_after_role(span)
        ):
            return True
        token = self._attachment(span)
        head = token.head
        if token.dep_ in ("compound", "nmod", "poss", "amod") and head.i >= span.end:
            while (
                head.dep_ in ("compound", "poss")
                and head.head.i > head.i
                and not (head.head.ent_type_ == "PERSON" and head.ent_type_ != "PERSON")
            ):
                head = head.head  # (to the role before a person's name, as above)
            return head.lower_ in self.staff_heads
        if token.dep_ == "pobj" and head.lower_ in ("from", "of", "at", "for"):
            return head.head.lower_ in self.staff_heads  # "a spokeswoman for Bury"
        if token.dep_ == "appos" and head.i < span.start:
            # "a neighbouring authority, Walsall,"; "its neighbour, Stoke-on-Trent" in a text
            # that speaks of councils at all
            return head.lower_ in ("council", "councils", "authority", "authorities") or (
                head.lower_ in self.peer_heads and bool(self.context_re.search(span.doc.text))
            )
        before = span.doc[span.start - 1] if span.start > 0 else None
        # "Its neighbour Stoke-on-Trent", "neighbouring Tameside", however the peer word is
        # parsed, in a text that speaks of councils at all
        return (
            before is not None
            and before.lower_ in self.peer_words
            and bool(self.context_re.search(span.doc.text))
        )

    @staticmethod
    def _attachment(span: Span) -> Token:
        """The token that attaches the place to the sentence: its root, or the last word of
        a name with a possessive that the parse splits ("Bournemouth, Christchurch and
        Poole's corporate director": the possessive is on "Poole")."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].tag_ == "POS" and span[-1].dep_ == "poss":
            return span[-1]
        return name_root(span)

    def _all_places(self, ent: Span) -> bool:
        """The entity is nothing but places and their separators ("Dorset and Lincolnshire"
        taken for one organisation). A name the entity cuts at its edge counts by the whole
        name's match in the text ("Wrekin, Staffordshire, Hartlepool and Hammersmith" of a
        list running from "Telford and Wrekin" to "Hammersmith and Fulham")."""
        covered: set[int] = set(doc_places(ent.doc))
        for match_id, start, end in self.matcher(ent):
            if self.records[int(ent.doc.vocab.strings[match_id])]["kind"] in (
                "place",
                "council",
                "former",
            ):
                covered.update(range(start, end))
        return all(t.i in covered or t.is_punct or t.dep_ == "cc" for t in ent)

    def council_prefix(self, span: Span) -> int:
        """How many leading tokens of `span` are a council's name ("Tower Hamlets" of
        "Tower Hamlets Jonathan Biddle"), 0 if none."""
        longest = 0
        for match_id, start, end in self.matcher(span):  # offsets are the Doc's
            if (
                start == span.start
                and self.records[int(span.doc.vocab.strings[match_id])]["kind"] != "district"
            ):
                longest = max(longest, end - span.start)
        return longest

    @staticmethod
    def _reference_date(doc: Doc) -> str | None:
        """The article's date; without one, the middle of the latest year its text names (a
        text that names 2013 and no later year is no 2024 article), else None."""
        if doc._.published:
            return doc._.published
        years = [int(y) for y in re.findall(r"\b(?:19[89]\d|20[0-4]\d)\b", doc.text)]
        return f"{max(years)}-07-01" if years else None

    @staticmethod
    def _sentence_date(span: Span, reference: str | None) -> str | None:
        """The date a council's name refers to: the start of the earliest year its sentence
        names, when that is before the article's date ("In 2015 Somerset County Council's
        services were rated inadequate", "Before 2019, Dorset County Council ran ..."), else the
        article's. A year after "since" runs up to the article's date and does not count."""
        years = [
            int(m.group(1))
            for m in re.finditer(r"(?<!since )\b(19[89]\d|20[0-4]\d)\b", span.sent.text, re.I)
        ]
        if years and (reference is None or f"{min(years)}-01-01" < reference[:10]):
            return f"{min(years)}-01-01"
        return reference

    def find_mentions(self, doc: Doc) -> list[Mention]:
        published = doc._.published
        reference = self._reference_date(doc)  # which council a former name means
        found = self._candidates(doc)
        doc.user_data["sectorwatch_district_tokens"] = {
            t.i for span, record in found if record["kind"] == "district" for t in span
        }
        doc.user_data["sectorwatch_place_tokens"] = {
            t.i for span, record in found if record["kind"] != "district" for t in span
        }
        doc.user_data["sectorwatch_place_starts"] = {span.start for span, _ in found}
        doc.user_data["sectorwatch_place_codes"] = {
            t.i: tuple(record["codes"]) for span, record in found for t in span
        }
        candidates = [
            (span, record)
            for span, record in found
            if _date_ok(record, published) and not self._blocked(span, record, doc)
        ]
        if not published:
            # An undated text that names a council by a title only the former council had
            # ("Bucks County Council") dates itself before that council's end: its bare place
            # names ("safeguarding Bucks children") are that council's too, not its successor's.
            ends = [
                r["valid_to"]
                for _, r in candidates
                if r["kind"] == "former" and r.get("valid_to") and COUNCIL_NAME.search(r["pattern"])
            ]
            if ends and (reference is None or min(ends)[:4] + "-01-01" < reference[:10]):
                reference = min(ends)[:4] + "-01-01"
        # Councils the article names unambiguously (a children's trust is not its council).
        strong = {
            c
            for _, r in candidates
            if not r.get("needs_context") and r["kind"] != "trust"
            for c in r["codes"]
        }
        # Councils named by a form that names the council itself ("Dundee City Council").
        named = {
            c
            for _, r in candidates
            if r["kind"] == "council" or COUNCIL_NAME.search(r["pattern"])
            for c in r["codes"]
        }
        sector = len(self.context_re.findall(doc.text)) >= 2
        # An ambiguous name the article once names as a council ("Kensington and Chelsea and
        # Westminster councils") is that council in its other mentions too ("Westminster was
        # rated outstanding"), as an unambiguous name would be.
        # So is one whose children's trust the article names ("In Reading, where Brighter
        # Futures for Children runs services").
        trusts = {c for _, r in candidates if r["kind"] == "trust" for c in r["codes"]}
        confirmed = {
            c
            for span, r in candidates
            if r.get("strongly_ambiguous")
            and (set(r["codes"]) & trusts or self._has_context(span, r, set(), sector))
            for c in r["codes"]
        }
        strong |= confirmed
        named |= confirmed
        # "Barnsley children's homes plan approved ... The council's cabinet backed the plan":
        # an article that speaks of "the council" and names none names it in its headline,
        # or as the subject of what it did ("Ealing has pledged £3m ... The council said").
        unnamed = not named and self._speaks_of_a_council(doc)
        mentions = []
        for span, record in candidates:
            as_unnamed = unnamed and (
                self._in_headline(span) or self._attachment(span).dep_ in ("nsubj", "nsubjpass")
            )
            if (
                record.get("needs_context")
                and not self._has_context(span, record, strong, sector)
                and not (as_unnamed and not record.get("strongly_ambiguous"))
            ):
                continue
            if (
                record["kind"] == "place"
                and not COUNCIL_NAME.search(record["pattern"])
                and not self._has_context(span, record, named, sector)
                and self._attachment(span).dep_ != "poss"  # "Croydon's bankruptcy": a possessor
                and not as_unnamed
            ):
                continue  # "found safe in Dundee" in a police story: a place, not its council
            if (
                record["kind"] == "place"
                and not COUNCIL_NAME.search(record["pattern"])
                and not set(record["codes"]) & named
                and self._locates_an_event(span, bool(named))
            ):
                continue  # "In Leeds, a foster carer was jailed": where it happened
            when = self._sentence_date(span, reference)
            if (
                record["kind"] == "former"
                and not COUNCIL_NAME.search(record["pattern"])
                and len(record.get("successors") or []) > 1
                and when
                and when[:10] >= record["valid_to"]
            ):
                # "Children's services in Cumbria are now run by ...": after a county council
                # split in two, its bare name is the area's, and names neither council
                continue
            mentions.append(
                Mention(span.start, span.end, _codes_for(record, when), record["kind"], span.text)
            )
        if unnamed:
            mentions += self._board_area(doc, found, published)
        return mentions

    def _board_area(
        self, doc: Doc, found: list[tuple[Span, dict]], published: str | None
    ) -> list[Mention]:
        """ "The council's children's services ... chair of the Slough Local Safeguarding
        Children's Board": in a text that speaks of "the council" and names none, the place
        in a safeguarding board's or partnership's name is that council's, as each is set up
        for one council's area (Children Act 2004, s.13 for the boards; s.16E for the
        partnerships of the council, the police and health)."""
        boards = [
            e
            for e in doc.ents
            if e.ent_id_ == "body"
            and "safeguarding" in e.text.lower()
            and re.search(r"\b(?:board|partnership)s?$", e.text.lower())
        ]
        inside = [
            (span, record)
            for span, record in found
            if record["kind"] == "place"
            and _date_ok(record, published)
            # (or overlaps it: the body's pattern takes capitalised words only, so
            # "the Isle of Wight Local Safeguarding Children's Board" is cut at "of")
            and any(b.start < span.end and span.start < b.end for b in boards)
        ]
        codes = {c for _, record in inside for c in record["codes"]}
        if len(codes) != 1:
            return []  # no board, or boards of several places: the words do not say which
        return [
            Mention(span.start, span.end, tuple(record["codes"]), record["kind"], span.text)
            for span, record in inside
        ]

    def _speaks_of_a_council(self, doc: Doc) -> bool:
        """The text refers to a council by a phrase ("the council", "the authority") or
        through its staff ("A council spokesperson said")."""
        return any(
            self.reference_re.match(doc[t.i : t.i + length].text)
            for t in doc
            if t.lower_ in self.reference_starts
            for length in (4, 3, 2)
            if t.i + length <= len(doc)
        ) or any(
            t.text == "council" and t.head.i > t.i and t.head.lower_ in self.staff_heads
            for t in doc
        )

    @staticmethod
    def _in_headline(span: Span) -> bool:
        """The span is on the text's first line, which is followed by more text."""
        before = span.doc[: span.start].text
        return "\n" not in before and "\n" in span.doc[span.start :].text

    # -- references and focus -----------------------------------------------------------------

    def _references(self, doc: Doc, mentions: list[Mention], focus: str | None) -> list[Mention]:
        """'the council', 'the authority': the council most recently named, else the focus."""
        refs = []
        explicit = sorted(mentions, key=lambda m: m.start)
        for token in doc:
            if token.lower_ not in self.reference_starts:
                continue
            for length in (4, 3, 2):
                span = doc[token.i : token.i + length]
                if span.end <= len(doc) and self.reference_re.match(span.text):
                    before = [m for m in explicit if m.end <= span.start and len(m.codes) == 1]
                    code = before[-1].codes[0] if before else focus
                    if code:
                        refs.append(Mention(span.start, span.end, (code,), "reference", span.text))
                    break
        return refs

    @staticmethod
    def _focus(doc: Doc, mentions: list[Mention]) -> str | None:
        counts: Counter[str] = Counter()  # weights: fractions when a mention names several
        for m in mentions:
            # the headline and first paragraph say what it is about
            weight = 3 if m.start < 60 else 1
            for code in m.codes:
                counts[code] += weight / len(m.codes)  # type: ignore[assignment]
        if not counts:
            return None
        (top, top_n), *rest = counts.most_common(2) + [(None, 0)]
        return top if top_n > rest[0][1] else None

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.find_mentions(doc)
        # A council's own page (its newsroom, its committee minutes) is about that council
        # whether or not it names itself: "the council", "we", "our children's services".
        publisher = council_of_url(doc._.url)
        doc._.publisher_authority = publisher
        focus = self._focus(doc, mentions) or publisher
        refs = self._references(doc, mentions, focus)
        doc._.authority_mentions = mentions
        doc._.authority_refs = sorted(mentions + refs, key=lambda m: m.start)
        doc._.focus_authority = focus
        return doc


@Language.factory(
    "sectorwatch_authorities",
    default_config={"patterns_path": None, "cues_path": None},
    requires=["doc.ents", "doc.sents"],
    assigns=["doc._.authority_mentions", "doc._.authority_refs", "doc._.focus_authority"],
)
def make_authority_linker(
    nlp: Language, name: str, patterns_path: str | None, cues_path: str | None
) -> AuthorityLinker:
    return AuthorityLinker.build(
        nlp, name, patterns_path=patterns_path or PATTERNS, cues_path=cues_path or CUES
    )
