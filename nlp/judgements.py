"""Judgements: who rated what, with which grade, and when; and the article's alert decision.

Each grade mention (a Matcher over tokens: "inadequate", "requires improvement", "good",
"outstanding", "the lowest rating") is read from the dependency parse of its sentence:

- the predicate that governs it: the lowest verb above the grade ("rated", "judged ... to
  be", "given an ... rating", "remains", "require"), raised through "to be" complements;
  a grade that only modifies a noun ("inadequate funding", "good practice") is no rating,
  one that modifies a council ("the 'inadequate' council") is a standing label;
- whose rating it is: the agent ("by Ofsted"), the rater as subject ("Ofsted rates ..."),
  "according to ..."; another inspectorate, a court, an MP or a review named there (or a
  speaker of a plain "services are inadequate") makes it not Ofsted's;
- what is rated: the subject noun phrase (passive subject, object, copula subject, the
  noun a relative clause hangs on) or "for help and protection"; a place inside another
  body (a school, an NHS trust, a children's home, the police) is that body, not the council;
- when: the tense and the clause's own modifiers and DATE entities, read against the
  article's publication date ("last year", "in June", "since 2022", "had been", "after
  being rated", "again", "remains", "no longer", "for the first time since 2015").

Then the article as a whole (news puts its news in the headline and the lede):

- a rating the body tells in the simple past ("Services were deemed inadequate") is the
  article's news only when the headline names that grade, the headline or lede calls the
  report new ("latest", "today"), or the article reports that council's inspection elsewhere;
  otherwise it is background (a follow-up's "Ofsted rated the council inadequate");
- an alert needs Ofsted or an inspection named in the rating's sentence or in the headline
  and lede (not anywhere in the article), the council named in the headline or lede or
  being the article's focus (not a side mention), and fewer than three councils newly rated
  inadequate (three or more are a round-up).

Sets doc._.judgements (dicts, one per authority/grade/subject/current), doc._.alert and
doc._.inspection_type. The vocabulary is data: patterns/judgements.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nlp.serialize import DataFiles

CUES = Path(__file__).resolve().parent / "patterns" / "judgements.json"
GRADE_ORDER = {"outstanding": 1, "good": 2, "requires improvement": 3, "inadequate": 4}
AREA_SUBJECTS = ("help and protection", "children in care", "care leavers", "leadership")
COUNCIL_SUBJECTS = (
    "children's services",
    *AREA_SUBJECTS,
    "adoption",
    "adult social care",
    "youth justice",
)
CHILDRENS_SUBJECTS = ("children's services", *AREA_SUBJECTS, "adoption")
UNGRADED_TYPES = ("focused visit", "monitoring visit", "JTAI", "SEND area inspection")
NOT_OFSTED_TYPES = (*UNGRADED_TYPES, "CQC")
REFORM_DATE = "2026-04-01"  # Ofsted dropped the overall effectiveness grade from ILACS
# ... for inspections from April 2026: reports published before June 2026 are of inspections
# under the old framework and still have an overall grade (Ofsted's record: Hull, Norfolk,
# Coventry, Southwark, Wandsworth in May 2026; the first reports without one in June)
REFORM_REPORTS_FROM = "2026-06-01"
SIF_START, ILACS_START = "2013-11-01", "2018-01-01"
# Help and protection limits the overall grade in SIF and ILACS reports: every full report in
# Ofsted's record (the bundled history, 2014-2026) that grades it inadequate grades overall
# effectiveness inadequate too (63 of 63; leadership inadequate: 60 of 63).
LIMITING_AREA = "help and protection"
MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES.split(), start=1)}
YEAR = re.compile(r"^(?:19|20)\d\d$")
ORDINAL = re.compile(r"^(?:first|second|third|\d+(?:st|nd|rd|th)|\w+th)$")
QUOTES = "'\"‘’“”"
# A picture's credit ends its caption ("... last year. Photograph: Joe Giddens/PA"): the
# caption's sentences describe the picture, not the news, even when they read as sentences.
PICTURE_CREDIT = re.compile(
    r"\b(?:photograph|photo|picture|image|image source|image caption|credit)s?\s*:", re.I
)
OTHER_INSPECTORATES = re.compile(
    r"\b(?:CQC|Care Quality Commission|HMI Probation|Inspectorate of Probation|Probation|HMICFRS|"
    r"Care Inspectorate|CIW|Estyn)\b"
)
SPEECH = {
    "say",
    "said",
    "says",
    "saying",
    "tell",
    "told",
    "describe",
    "described",
    "describes",
    "call",
    "called",
    "calls",
    "claim",
    "claimed",
    "claims",
    "argue",
    "argued",
    "argues",
    "warn",
    "warned",
    "warns",
    "insist",
    "insisted",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "admit",
    "admitted",
    "admits",
    "accept",
    "accepted",
    "accepts",
    "agree",
    "agreed",
}
# What a council's other services are named for ("adult learning service", "youth justice
# service", "housing services"): none of them is the children's services Ofsted rates.
OTHER_SERVICES = {
    "adult",
    "adults",
    "learning",
    "education",
    "skills",
    "youth",
    "justice",
    "offending",
    "housing",
    "library",
    "libraries",
    "leisure",
    "waste",
    "planning",
    "transport",
    "highways",
    "fostering",
    "adoption",
    "health",
}
# Where a rating is given ("in a report on ...", "in its inspection of ..."), not what is rated.
EARLIER_WORDS = {"previous", "last", "earlier", "former", "prior"}
REPORT_NOUNS = {"report", "reports", "inspection", "inspections", "letter", "findings", "visit"}
TIME_PREPS = {"after", "since", "following", "before", "until", "when", "once"}
BE_FORMS = {"is", "was", "are", "were", "be", "been", "being", "'s"}
# words that make a report's publication today's news ("published yesterday")
RECENT_WORDS = {
    *"yesterday today recently monday tuesday wednesday thursday friday".split(),
}
# a phrase set before a clause's subject that can carry its time ("Ahead of ... in 2019, ...")
FRONTED_DEPS = ("prep", "advcl", "npadvmod", "advmod")
KEEP_VERBS = {  # a grade kept stands (the pipeline has no lemmatizer to go by)
    *"keep keeps kept keeping retain retains retained retaining".split(),
    *"maintain maintains maintained maintaining".split(),
}
ALL_AREAS = re.compile(
    r"\b(?:all|each of the|every one of the) (?:the )?(?:four )?areas\b|\b(?:every|each) area\b",
    re.I,
)
BE_FORMS = {"is", "was", "are", "were", "be", "been", "'s"}
MODALS = {"would", "could", "might", "may", "should", "will", "must", "'d", "can", "shall"}
# Body words too common to decide a subject from anywhere in the sentence (only in the subject phrase).
LOOSE_BODY_WORDS = {
    "home",
    "homes",
    "unit",
    "residential",
    "health",
    "force",
    "board",
    "partnership",
    "provider",
    "providers",
    "agency",
    "agencies",
    "company",
    "firm",
    "charity",
    "trust's",
    "foundation",
    "ward",
    "wards",
    "surgery",
    "clinic",
    "primary",
    "secondary",
    "sixth",
    "fostering",
    "send",
    "mat",
    "fe",
    "probation",
    "university",
    "universities",
    "pupil",
    "pupils",
    "early years",
    "headteacher",
}

for _name in ("judgements", "alert", "inspection_type"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class Context:
    """What the whole article says that each grade mention needs."""

    published: str | None
    pub: tuple[int, int] | None  # (year, month) of publication; month 0 when unknown
    main_type: str | None  # the inspection the headline and first sentence report
    opinion: bool
    post_reform_text: bool
    other_lead: bool = (
        False  # the headline and first sentence name another inspectorate, not Ofsted
    )
    topic: str | None = (
        None  # a body the headline and first sentence are about (a children's home, a school)
    )
    lede: frozenset[int] = frozenset()  # starts of the first two sentences after the headline
    lead_sents: frozenset[int] = frozenset()  # starts of the headline's sentences and the lede's
    headline_report: bool = False  # the headline names Ofsted, an inspection, a report or the grade
    headline_text: str = (
        ""  # the headline's words, lower case (repeated headlines are the article's)
    )
    lead_ofsted: bool = False  # the headline or the lede names Ofsted or an inspection
    lead_current: bool = (
        False  # the headline or the lede says the report is new ("latest", "today")
    )
    # the text says an Ofsted report came out just now ("the findings were published
    # yesterday", "the recently published report"), wherever it says so
    report_news: bool = False
    # grades the headline tells only as background ("X was rated inadequate and has since
    # ..."): filled in as the headline is read, before the body
    headline_past: frozenset[str] = frozenset()
    # for a text with no publication date: the month of the last event it tells in the past
    # tense ("following a monitoring visit in May"), the earliest it can have been written
    told_month: int | None = None
    # where the text dates a report's publication ("a report published in August", "the
    # report was published on 5 September"): (the date's token, months before the text)
    report_dates: tuple[tuple[int, int], ...] = ()

    @property
    def post_reform(self) -> bool:
        return (self.published or "") >= REFORM_DATE or self.post_reform_text


def doc_text(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] ("" when empty)."""
    return doc[start:end].text if end > start else ""


def _phrases(words: list[str]) -> re.Pattern[str]:
    """One pattern for a list of words and phrases, matched on word boundaries."""
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)


class JudgementReader(DataFiles):
    data_files = {"cues_path": "judgements.json"}

    def __init__(self, nlp: Language, name: str, cues_path: str | None):
        self.name = name
        with open(cues_path or CUES, encoding="utf-8") as fh:
            cues = json.load(fh)
        self.matcher = Matcher(nlp.vocab)
        for grade, patterns in cues["grade_patterns"].items():
            self.matcher.add(grade, patterns)
        self.rating_verbs = set(cues["rating_verbs"])
        self.award_verbs = set(cues["award_verbs"])
        # past forms of verbs that move a body into a grade ("slipped to", "progressed to"):
        # each is a verb that states a grade as much as "moved" or "fell" is
        self.move_verbs = set(cues["move_verbs"])
        self.state_verbs = set(cues["state_verbs"]) | self.move_verbs
        self.rating_nouns = set(cues["rating_nouns"])
        self.ofsted = set(cues["ofsted"])
        self.other_raters = _phrases(cues["other_raters"])
        self.bodies = [(subject, _phrases(words)) for subject, words in cues["bodies"].items()]
        self.strong_bodies = [
            (subject, _phrases([w for w in words if w not in LOOSE_BODY_WORDS]))
            for subject, words in cues["bodies"].items()
        ]
        self.areas = [
            (subject, _phrases(words)) for subject, words in cues["area_subjects"].items()
        ]
        self.council_subjects = _phrases(cues["council_subjects"])
        self.overall = _phrases(cues["overall_words"])
        self.repeat = _phrases(cues["repeat"])
        self.remain = set(cues["remain"])
        self.past_markers = _phrases(cues["past_markers"])
        self.improve_from = _phrases(cues["improve_from"])
        self.down_from = _phrases(cues["down_from"])
        self.hope_words = set(cues["hope_words"])
        self.grade_modifiers = set(cues["grade_modifiers"])
        self.quantities = set(cues["quantities"])
        self.current_markers = _phrases(cues["current_markers"])
        # Words that date a report to now wherever they stand in the lead: "published" alone
        # does not ("a report published in September").
        self.lead_current_markers = _phrases(
            [w for w in cues["current_markers"] if w != "published"]
        )
        self.opinion_headline = re.compile(cues["opinion_headline"], re.I)
        self.types = [(t, re.compile(p, re.I)) for t, p in cues["inspection_types"]]
        self.post_reform_markers = re.compile(cues["post_reform_markers"], re.I)
        self._doc_topic: str | None = None  # the article's topic while it is read (see _topic)
        self._doc_pub: tuple[int, int] | None = None  # its publication (year, month)

    # -- the article as a whole -------------------------------------------------------------

    def _context(self, doc: Doc) -> Context:
        published = doc._.published or None
        pub = None
        if published and re.match(r"^\d{4}", published):
            pub = (
                int(published[:4]),
                int(published[5:7]) if re.match(r"^\d{4}-\d\d", published) else 0,
            )
        sents = list(doc.sents)
        lead = doc[: sents[min(1, len(sents) - 1)].end].text if sents else doc.text
        first_line = doc.text.strip().split("\n", 1)[0]
        headline_end = len(doc.text) - len(doc.text.lstrip()) + len(first_line)
        lede = self._lede(sents, headline_end)
        lead_sents = [s for s in sents if s.start_char < headline_end or s.start in lede]
        return Context(
            published=published,
            pub=pub,
            main_type=next((t for t, pattern in self.types if pattern.search(lead)), None),
            opinion=bool(self.opinion_headline.match(first_line)),
            post_reform_text=bool(self.post_reform_markers.search(doc.text)),
            other_lead=bool(OTHER_INSPECTORATES.search(lead))
            and not re.search(r"\bOfsted\b", lead, re.I),
            topic=self._topic(lead),
            lede=lede,
            lead_sents=frozenset(s.start for s in lead_sents),
            headline_text=re.sub(r"\W+", " ", first_line).strip().lower(),
            headline_report=any(
                t.lower_ in self.ofsted or t.lower_ == "inadequate"
                for s in lead_sents
                if s.start_char < headline_end
                for t in s
            ),
            lead_ofsted=any(t.lower_ in self.ofsted for s in lead_sents for t in s),
            lead_current=any(self.lead_current_markers.search(s.text) for s in lead_sents),
            report_news=self._report_news(doc),
            told_month=None if pub else self._told_month(doc),
        )

    def _report_dates(self, doc: Doc, ctx: Context) -> tuple[tuple[int, int], ...]:
        """The publication dates the text gives a report, as (token, months before the text):
        a follow-up names when the report it returns to came out ("in the wake of a report
        published in August", "the report was published on 5 September"), and every rating
        told after it without a date of its own is that report's."""
        found = []
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            for verb in (ent.root.head, ent.root.head.head):
                if verb.lower_ not in ("published", "released"):
                    continue
                nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else []
                nouns += [c for c in verb.children if c.dep_ == "nsubjpass"]
                if any(
                    n.lower_ in REPORT_NOUNS
                    # (not "the last full inspection, published on July 29 2019": an
                    # earlier report the text recalls, not the one it follows up)
                    and not any(a.lower_ in EARLIER_WORDS for a in n.children)
                    for n in nouns
                ):
                    months = self._months_before(ent, ctx)
                    if months is not None:
                        found.append((ent.start, months))
                break
        return tuple(found)

    @staticmethod
    def _told_month(doc: Doc) -> int | None:
        """The month (no year) of the last past event an undated text tells: "a report
        published in January ... Following a monitoring visit in May": the text was written
        in May or after, so January's report is not its news."""
        told = None
        for ent in doc.ents:
            words = re.findall(r"[a-z]+", ent.text.lower())
            months = [MONTHS[w] for w in words if w in MONTHS]
            if (
                ent.label_ != "DATE"
                or not months
                or re.search(r"\d", ent.text)
                or {"next", "coming", "until", "by"} & set(words)
            ):
                continue
            verb = next(
                (h for h in (ent.root.head, ent.root.head.head) if h.pos_ in ("VERB", "AUX")),
                ent.root.head.head if ent.root.head.head.dep_ == "ROOT" else None,
            )
            if verb is None or verb.tag_ not in ("VBD", "VBN"):
                continue
            if any(c.lower_ in ("will", "would", "'ll", "should") for c in verb.children):
                continue
            told = months[-1]
        return told

    def _report_news(self, doc: Doc) -> bool:
        """Does the text say an Ofsted report was published just now? A verb or noun of
        publishing with a recent time of its own ("were published yesterday", "the recently
        published report", "published on Monday"), in a sentence about Ofsted's report or
        findings: the body's ratings told in the past then belong to that report."""
        for tok in doc:
            if tok.lower_ not in ("published", "released", "publication"):
                continue
            near = [*tok.children, *(g for c in tok.children for g in c.children)]
            if tok.i and doc[tok.i - 1].head == tok:
                near.append(doc[tok.i - 1])
            recent = any(
                t.lower_ in RECENT_WORDS
                or (t.lower_ in ("week", "morning") and any(c.lower_ == "this" for c in t.children))
                for t in near
            )
            words = {t.lower_ for t in tok.sent}
            if recent and words & self.ofsted and words & {"report", "findings", "verdict"}:
                return True
        return False

    @staticmethod
    def _lede(sents: list[Span], headline_end: int) -> frozenset[int]:
        """The first two sentences of the body: after the headline, skipping lines without a
        verb or of a few words (bylines, dates, captions), and a picture's caption even when
        it is a sentence (_caption_line)."""
        out: list[int] = []
        for sent in sents:
            if sent.start_char < headline_end or _caption_line(sent):
                continue
            words = [t for t in sent if t.is_alpha]
            if (
                len(words) >= 6
                and any(t.pos_ in ("VERB", "AUX") for t in sent)
                and sent.text.rstrip()[-1:] in ".!?\"'”’"  # a caption or a byline has no stop
            ):
                out.append(sent.start)
            if len(out) == 2:
                break
        return frozenset(out)

    def _topic(self, lead: str) -> str | None:
        """The body an article is about when its lead names one and no council's services."""
        lead = lead.replace("’", "'")
        if re.search(r"children's (?:services|social care)|services for children", lead, re.I):
            return None
        return next(
            (subject for subject, pattern in self.strong_bodies if pattern.search(lead)), None
        )

    # -- one grade mention ------------------------------------------------------------------

    @staticmethod
    def _quoted(span: Span) -> bool:
        doc = span.doc
        before = doc[span.start - 1].text if span.start else ""
        after = doc[span.end].text if span.end < len(doc) else ""
        return bool(before and before[-1] in QUOTES) or bool(after and after[0] in QUOTES)

    def _predicate(self, grade: Token) -> tuple[Token, list[Token]]:
        """The lowest verb above the grade (raised through "to be" complements and "as"),
        and the tokens on the way up."""
        path: list[Token] = []
        t = grade
        if (
            t.pos_ in ("VERB", "AUX")
            and t.lower_.startswith("requir")
            and (
                t.dep_ in ("ROOT", "conj", "ccomp", "relcl", "advcl", "parataxis")
                or any(c.dep_ == "nsubj" for c in t.children)
            )
        ):
            # "services require improvement": the grade is a verb phrase of its own, unless
            # a rating verb governs it ("rated as requires improvement").
            if (
                t.head != t
                and t.head.lower_ in self.rating_verbs | self.award_verbs
                and not any(c.dep_ == "nsubj" for c in t.children)
            ):
                return t.head, [
                    t
                ]  # "rated as requires improvement" (but "found that services require improvement")
            return t, []
        for _ in range(6):
            if t.head == t:
                break
            path.append(t)
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                break
        while (
            t.lower_ in ("be", "being", "been", "as", "become")
            and t.dep_ in ("xcomp", "ccomp", "oprd", "advcl", "prep")
            and t.head != t
            and t.head.lower_ in self.rating_verbs | self.award_verbs
        ):
            path.append(t)
            t = t.head
        return t, path

    def _awarded_to(self, grade: Token) -> Span | None:
        """ "outstanding grades awarded to 10 of the 23 councils", "a rating given to Kent":
        the rating noun's own award clause names what is rated, whatever verb governs it."""
        doc = grade.doc
        noun = next((t for t in (grade, grade.head) if t.lower_ in self.rating_nouns), None)
        award = (
            next(
                (c for c in noun.children if c.dep_ == "acl" and c.lower_ in self.award_verbs),
                None,
            )
            if noun is not None
            else None
        )
        to = (
            next(
                (c for c in award.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"),
                None,
            )
            if award is not None
            else None
        )
        if to is None or to.right_edge.i <= to.i:
            return None
        return doc[to.i + 1 : min(to.right_edge.i + 1, to.i + 12)]

    def _rated_phrase(self, pred: Token, grade: Token) -> Span | None:
        """The noun phrase that is rated: passive subject, object, copula subject, or the noun
        a relative clause hangs on; inherited from a verb this one is conjoined to."""
        doc = pred.doc
        awarded = self._awarded_to(grade)
        if awarded is not None:
            return awarded
        gapped = grade.head
        if (
            gapped.pos_ in ("NOUN", "PROPN")
            and gapped.dep_ == "conj"
            and gapped.head == pred
            and gapped.i < grade.i
        ):
            # "A and B were graded outstanding, and C and D good": the verb left out of the
            # second clause, whose nouns (parsed as a conjunct of the verb) are what is rated
            return doc[gapped.left_edge.i : grade.i]
        own_subject = [c for c in grade.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own_subject and grade.i != pred.i:
            # "judges the services inadequate" parsed as a clause of its own ("the services"
            # the subject of "inadequate"): that subject is what is rated
            subj = own_subject[0]
            return doc[subj.left_edge.i : min(subj.right_edge.i + 1, subj.i + 12)]
        for verb in (pred, pred.head if pred.dep_ in ("conj", "xcomp") else None):
            if verb is None:
                continue
            deps: dict[str, Token] = {}
            for c in verb.children:  # the first of each (an apposition-like second is not it)
                if c.i != grade.i and not (c.left_edge.i <= grade.i <= c.right_edge.i):
                    deps.setdefault(c.dep_, c)
            active_rater = (
                verb.lower_ in self.rating_verbs | self.award_verbs
                and "nsubjpass" not in deps
                and not any(c.dep_ == "auxpass" for c in verb.children)
            )
            order: tuple[str, ...]
            if active_rater and verb.lower_ in self.award_verbs:
                # "Kent received a rating", "Ofsted gave Kent a rating"
                order = ("nsubjpass", "dative", "nsubj")
            elif active_rater:
                order = ("nsubjpass", "dobj", "dative", "nsubj")
            else:
                order = ("nsubjpass", "nsubj", "dobj", "attr")
            for dep in order:
                tok = deps.get(dep)
                if tok is None:
                    continue
                if tok.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    # the noun the clause hangs on, up to the clause ("Cornwall Council, which
                    # was rated outstanding in 2019 and provides some ...": not its "some")
                    head = verb.head
                    return doc[
                        head.left_edge.i : max(head.i + 1, min(verb.left_edge.i, head.i + 12))
                    ]
                if (
                    dep == "nsubj"
                    and active_rater
                    and self._rater_of(doc[tok.left_edge.i : tok.right_edge.i + 1])
                ):
                    continue  # "Ofsted rated ...": the subject is the rater
                if (split := self._split_council_name(tok)) is not None:
                    return split
                return doc[tok.left_edge.i : min(tok.right_edge.i + 1, tok.i + 12)]
            if (
                verb.dep_ in ("relcl", "acl")
                and verb.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                # "X was the only aspect to receive ...": a clause on a copula's complement
                # describes the copula's subject (see below), not the complement noun
                and not (verb.head.dep_ == "attr" and verb.head.head.lower_ in BE_FORMS)
            ):
                head = (
                    verb.head
                )  # "services for care leavers rated outstanding": the noun with its own modifiers
                return doc[head.left_edge.i : max(head.i + 1, verb.left_edge.i)]
            # "labelled the leadership of X as inadequate" with "as inadequate" parsed inside the
            # object: the object up to the grade is what is rated
            obj = next(
                (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < grade.i),
                None,
            )
            if obj is not None and verb.lower_ in self.rating_verbs and obj.right_edge.i >= grade.i:
                end = grade.i
                while end > obj.i + 1 and (
                    # "as", and a floating "all"/"both" ("judged A, B and C all good")
                    doc[end - 1].lower_ in ("as", "all", "both", "each") or doc[end - 1].is_punct
                ):
                    end -= 1
                return doc[obj.left_edge.i : end]
        # "They left intervention in 2022 after being rated inadequate": a clause with no
        # subject of its own (a gerund after a preposition, a participle) is its main verb's
        main: Token | None = (
            pred.head.head if pred.dep_ == "pcomp" and pred.head.dep_ == "prep" else None
        )
        if pred.dep_ == "advcl" and pred.tag_ in ("VBG", "VBN"):
            main = pred.head
        if pred.dep_ in ("prep", "acl", "relcl") and pred.head.dep_ in ("attr", "acomp", "oprd"):
            # "A and B have become the latest given (to receive) a 'requires improvement'
            # judgment": the clause describes the complement, which is the subject's
            main = pred.head.head
        described = pred.dep_ in ("prep", "acl", "relcl") and pred.head.dep_ in (
            "attr",
            "acomp",
            "oprd",
        )
        if (
            main is not None
            and main.pos_ in ("VERB", "AUX")
            and (pred.tag_ in ("VBG", "VBN") or described)
        ):
            main_subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if main_subj is not None:
                left, right = main_subj.left_edge.i, main_subj.right_edge.i
                return doc[left : min(right + 1, main_subj.i + 12)]
        return None

    @staticmethod
    def _split_council_name(tok: Token) -> Span | None:
        """The phrase a council's name heads when the parser split the name at a word inside
        it ("Kingston upon Thames Council's fostering service": "Kingston" the subject, the
        service hung on "upon"): the noun the name possesses is what is rated, as it is after
        a one-word name ("Tameside Council's fostering service"); None when tok is no such
        name."""
        doc = tok.doc
        for mention in doc._.authority_mentions:
            if not mention.start <= tok.i < mention.end or mention.end - mention.start < 3:
                continue
            for word in doc[mention.start : mention.end]:
                owner = word.head
                if (
                    word.dep_ == "poss"
                    and owner.i >= mention.end
                    and owner.pos_ in ("NOUN", "PROPN")
                ):
                    # (from the possessive on: the phrase's root is then the possessed noun)
                    return doc[word.i : min(owner.right_edge.i + 1, owner.i + 12)]
        return None

    def _core(self, phrase: Span) -> str:
        """The head noun of a phrase with its compounds and adjectives ("Bradford Council
        children's home" -> "children's home"; "the leadership of the council" -> "leadership")."""
        root = phrase.root
        parts = [
            t
            for c in root.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < root.i
            for t in c.subtree
        ]
        for child in (
            root.children
        ):  # "services for care leavers", "care of children", "experiences and progress of ..."
            if (
                child.dep_ == "prep" and child.lower_ in ("for", "of", "to") or child.dep_ == "conj"
            ) and child.i > root.i:
                parts += list(child.subtree)
        return (
            " ".join(t.text for t in sorted({*parts, root}, key=lambda t: t.i))
            .replace("’", "'")
            .replace(" 's", "'s")
        )

    def _rater_of(self, span: Span) -> str | None:
        words = {t.lower_ for t in span}
        if self.other_raters.search(span.text):
            return "other"
        if words & self.ofsted:
            return "ofsted"
        return None

    def _rater(self, pred: Token, sent: Span) -> str | None:
        """'ofsted', 'other' or None (unsaid), from the agent, the rater as subject, or the
        inspectorates named in the sentence."""
        doc = pred.doc
        for verb in (pred, pred.head):
            for child in verb.children:
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                    found = self._rater_of(doc[child.i : child.right_edge.i + 1])
                    if found:
                        return found
                if child.dep_ == "nsubj" and verb.lower_ in self.rating_verbs | self.award_verbs:
                    found = self._rater_of(doc[child.left_edge.i : child.right_edge.i + 1])
                    if found:
                        return found
                if child.dep_ == "prep" and child.lower_ == "according":
                    return self._rater_of(doc[child.i : child.right_edge.i + 1])
            if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
                break
        text = sent.text
        if OTHER_INSPECTORATES.search(text) and not re.search(r"\bOfsted\b", text, re.I):
            return "other"
        # A plain "services are inadequate" under someone's "said" (or with a "..., X said"
        # hanging on it) is what that speaker says; "we received (accepted) the inadequate
        # rating" is the inspectorate's, reported by the speaker.
        if pred.lower_ not in self.rating_verbs | self.award_verbs:
            said = [c for c in pred.children if c.dep_ == "parataxis" and c.lower_ in SPEECH]
            head = pred
            for _ in range(3):
                if said:
                    break
                if head.dep_ in ("ccomp", "parataxis") and head.head.lower_ in SPEECH:
                    said = [head.head]
                    break
                if head.head == head:
                    break
                head = head.head
            speaker = [c for v in said[:1] for c in v.children if c.dep_ == "nsubj"]
            if speaker:
                said_by = doc[speaker[0].left_edge.i : speaker[0].right_edge.i + 1]
                # Ofsted's words are its rating; anybody else's (an MP, a campaigner, a
                # councillor) are a view.
                return "ofsted" if self._rater_of(said_by) == "ofsted" else "speaker"
        return None

    def _subject(
        self, phrase: Span | None, grade: Span, pred: Token, sent: Span, last_subject: str | None
    ) -> tuple[str | None, Span | None]:
        """(subject, the span it was read from); None when nothing says."""
        doc = grade.doc
        # "inadequate for help and protection", "rated good in all areas", "in children's social care"
        rating_noun = [
            t for t in grade.doc[grade.end : grade.end + 3] if t.lower_ in self.rating_nouns
        ][:1]
        # (and the "to be" a grade is the complement of: "found the council to be inadequate
        # in 12 out of 15 categories")
        copula = [t for t in (grade.root.head,) if t.lower_ in BE_FORMS | {"be"} and t != pred]
        for holder in (*grade, *rating_noun, *copula, pred):
            for child in holder.children:
                if holder in copula and not any(
                    t.like_num and not YEAR.match(t.text) for t in child.subtree
                ):
                    continue  # the copula's own phrases count only as a count
                if (
                    child.dep_ == "prep"
                    and child.lower_ in ("for", "in", "on")
                    and child.i > grade.start
                ):
                    if any(c.dep_ == "pobj" and c.lower_ in REPORT_NOUNS for c in child.children):
                        continue  # "in a report on the council's children's services": where, not what
                    tail = doc[child.i : child.right_edge.i + 1]
                    text = tail.text.replace("’", "'")
                    # "inadequate in 12 out of 15 categories, including the overall effectiveness
                    # of ...": what the count includes does not make it one judgement
                    counted = re.split(r"\b(?:including|includes|such as|among them)\b", text)[0]
                    if (
                        any(
                            t.like_num
                            or t.lower_ in ("some", "most", "many", "several", "aspects", "parts")
                            for t in tail
                            # a count, not an ordinal ("for the second inspection running")
                            if not YEAR.match(t.text) and not ORDINAL.match(t.lower_)
                        )
                        and not self.overall.search(counted)
                        and not re.search(r"\b(?:time|times|years?|months?|row)\b", text, re.I)
                    ):
                        return None, tail  # "good in two of the three categories": no one judgement
                    if self.overall.search(text) or re.search(
                        r"children's (?:services|social care)|(?<!adult )social care", text, re.I
                    ):
                        body = (
                            self._phrase_subject(phrase, last_subject)
                            if phrase is not None
                            else None
                        )
                        return (
                            body if body and body not in COUNCIL_SUBJECTS else "children's services"
                        ), tail
                    for subject, pattern in self.areas:
                        if pattern.search(text):
                            return subject, tail
                    for subject, pattern in self.strong_bodies:
                        if pattern.search(text):
                            return subject, tail
        if phrase is not None:
            subject = self._phrase_subject(phrase, last_subject)
            if subject:
                return subject, phrase
        text = sent.text.replace("’", "'")
        for subject, pattern in self.strong_bodies:
            if pattern.search(text) and not re.search(
                r"children's services|children's social care|social care", text, re.I
            ):
                return subject, None
        if (
            self._doc_topic
            and not self._councils_in(sent)
            and not re.search(r"children's (?:services|social care)", text, re.I)
        ):
            return (
                self._doc_topic,
                None,
            )  # an article about a home: "the report rated it inadequate"
        if re.search(
            r"children's services|children's social care|services for children|social care|social services|"
            r"\bcouncils?\b|\bauthority\b",
            text,
            re.I,
        ) or self._councils_in(sent):
            return "children's services", None
        # Nothing in the sentence says: what the article was just talking about (an area
        # judgement is one line of a list, not the topic).
        return ("children's services" if last_subject in CHILDRENS_SUBJECTS else last_subject), None

    def _phrase_subject(self, phrase: Span, last_subject: str | None) -> str | None:
        """What a noun phrase names: a body, an area judgement, the council's services."""
        if phrase.root.lower_ in ("we", "us"):
            # a body's own "we" (a council's statement, a quote): the body the article is
            # about, else the council's services, not the last noun before it
            return self._doc_topic or "children's services"
        if phrase.root.lower_ in ("it", "they", "them", "this", "which"):
            # the body the article is about, else the thing it was just talking about
            return self._doc_topic or self._antecedent(phrase) or last_subject
        if (
            phrase.root.lower_ in ("area", "judgement", "judgment")
            and phrase.root.i > 0
            and phrase.doc[phrase.root.i - 1].lower_ in ("that", "this")
        ):
            # "children in care were doing well, with that area graded good": the area the
            # text named last (a parser may have split the sentence before "that area")
            named = self._areas_named(phrase.doc[max(0, phrase.start - 40) : phrase.start])
            if named:
                return named[-1]
        core = self._core(phrase)
        for subject, pattern in self.bodies:
            if pattern.search(core) and not re.search(
                r"children's services|children's social care", core, re.I
            ):
                return subject
        areas = [subject for subject, pattern in self.areas if pattern.search(core)]
        if not areas:
            # the words of the phrase itself, however the parser attached them ("children in
            # care" with "in care" hung elsewhere, "help and protection" split by its "and")
            areas = self._areas_named(self._own_words(phrase))
        if len(areas) >= 2 and phrase.root.lower_ in ("services", "service"):
            return "children's services"  # "services for children in need of help and protection, ... care leavers"
        if areas:
            return areas[0]
        if phrase.root.lower_ in ("children", "families", "people", "youngsters", "pupils"):
            return None  # "Essex children rated ...": people are not rated, a misread is
        if phrase.root.lower_ in ("service", "services"):
            # "the council's adult and community learning service": a service named for what
            # it does, and not for children or social care, is not the children's services
            kinds = {
                t.lower_.replace("’", "'")
                for t in phrase
                if t.i < phrase.root.i
                and t.pos_ in ("NOUN", "ADJ", "VERB")
                and t.dep_ in ("compound", "amod", "conj", "nmod")
                and not self._councils_in(phrase.doc[t.i : t.i + 1])
            }
            childrens = {"children", "children's", "child", "social", "care", "family", "families"}
            if kinds & OTHER_SERVICES and not kinds & childrens:
                return "other"
        if self.council_subjects.search(phrase.text.replace("’", "'")) or self._councils_in(phrase):
            return "children's services"
        if self.overall.search(core):
            # "the overall experiences and progress of children": a home's judgement in an article about a home
            return (
                last_subject
                if last_subject and last_subject not in COUNCIL_SUBJECTS
                else "children's services"
            )
        return None

    def _antecedent(self, pronoun: Span) -> str | None:
        """The subject of the nearest noun phrase before a pronoun that names a body or a
        council's services ("The home was inspected in May. It was rated inadequate")."""
        doc = pronoun.doc
        found: list[tuple[bool, str]] = []
        for t in reversed(doc[max(0, pronoun.start - 80) : pronoun.start]):
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "appos") and t.pos_ in (
                "NOUN",
                "PROPN",
            ):
                start = min(
                    (
                        c.i
                        for c in t.children
                        if c.dep_ in ("compound", "amod", "poss", "det") and c.i < t.i
                    ),
                    default=t.i,
                )
                subject = (
                    self._phrase_subject(doc[start : t.i + 1], None)
                    if t.lower_ not in ("it", "they")
                    else None
                )
                if subject:
                    found.append((t.dep_ in ("nsubj", "nsubjpass"), subject))
        # the nearest subject of a clause, else the nearest noun phrase
        return next((s_ for is_subject, s_ in found if is_subject), found[0][1] if found else None)

    def _areas_named(self, span: Span | str) -> list[str]:
        """The area judgements a stretch of text names, in the order it names them (each
        once; "children who need help and protection" is one area, not two)."""
        text = (span if isinstance(span, str) else span.text).replace("’", "'")
        hits: list[tuple[int, int, str]] = []
        for subject, pattern in self.areas:
            for m in pattern.finditer(text):
                hits.append((m.start(), -m.end(), subject))
        out: list[str] = []
        end = -1
        for start, neg_end, subject in sorted(hits):
            if start < end:
                continue  # inside a longer match already taken
            end = -neg_end
            if subject not in out:
                out.append(subject)
        return out

    @staticmethod
    def _own_words(phrase: Span) -> Span:
        """A noun phrase without the clauses that hang on it ("the help and protection given
        to children in Trafford" -> "the help and protection"), and what a rating in it is
        praised for."""
        doc = phrase.doc
        cut = [
            c.left_edge.i
            for t in phrase
            for c in t.children
            if (
                c.dep_ in ("relcl", "acl", "appos")
                # "a 'good' rating with strong leadership": what it is praised for
                or (c.dep_ == "prep" and c.lower_ in ("with", "including", "despite", "after"))
            )
            and phrase.start < c.left_edge.i < phrase.end
        ]
        return doc[phrase.start : min([phrase.end, *cut])]

    def _adjacent_area(self, grade: Span) -> tuple[str, Span, bool] | None:
        """(area, its words, whether a dash or colon stands between) when the words right
        before the grade, back to a verb, a comma or a "but", name an area judgement."""
        doc = grade.doc
        first = grade.sent.start
        i = grade.start - 1
        while i >= 0 and (doc[i].text in QUOTES or doc[i].is_space):
            i -= 1
        separated = i >= 0 and doc[i].text in ("-", "–", "—", ":")
        if separated:
            # "Help and protection: Inadequate", however the parser split the sentences
            first = max(0, min(first, i - 8))
            i -= 1
        elif i < first:
            return None
        end = i + 1
        while (
            i >= first
            and not doc[i].is_space
            and not (doc[i].is_punct and doc[i].text not in QUOTES)
            and doc[i].pos_ not in ("VERB", "AUX", "SCONJ")
            and doc[i].lower_ not in ("but", "while", "whereas", "as", "with")
            and end - i <= 6
        ):
            i -= 1
        words = doc[i + 1 : end]
        if not len(words):
            return None
        text = words.text.replace("’", "'")
        tail = len(text.rstrip(QUOTES + " "))
        if self._one_judgement_then(self._areas_named(words)):
            return "children in care", words, separated
        for subject, pattern in self.areas:
            if any(m.end() == tail for m in pattern.finditer(text)):
                return subject, words, separated
        return None

    def _areas_listed_after(self, grade: Span) -> list[str]:
        """The areas of a list that a grade and a colon introduce, one item a line ("three
        key areas require improvement:" then "- children who need help and protection", ...)."""
        doc = grade.doc
        i = grade.end
        while i < len(doc) and (doc[i].text in QUOTES or doc[i].is_space):
            i += 1
        if i >= len(doc) or doc[i].text != ":":
            return []
        rest = doc.text[doc[i].idx + 1 : doc[i].idx + 600]
        items: list[str] = []
        for line in rest.split("\n")[1:]:
            if not line.strip():
                continue
            if not re.match(r"\s*(?:[-–•*·]|\d+[.)])\s", line):
                break  # the list ends where a line is no item
            items.append(line)
        named: list[str] = []
        for item in items:
            found = self._areas_named(item)
            if self._one_judgement_then(found):
                found = found[:1]
            named += [a for a in found if a not in named]
        return named

    def _areas_inline_after(self, grade: Span, phrase: Span | None) -> list[str]:
        """The areas a count of areas names after its grade and a colon, on the same line
        ("All three areas inspected were graded inadequate: help and protection, children in
        care and the impact of leaders")."""
        if phrase is None or not any(
            t.pos_ == "NOUN" and t.lower_.rstrip("s") in ("area", "judgement", "judgment")
            for t in phrase  # (the pipeline has no lemmatizer)
        ):
            return []
        doc = grade.doc
        i = grade.end
        while i < len(doc) and doc[i].text in QUOTES:
            i += 1
        if i >= len(doc) or doc[i].text != ":":
            return []
        # to the end of the line (the parser may end the sentence at the colon)
        rest = doc.text[doc[i].idx + 1 : doc[i].idx + 300].split("\n")[0]
        named = self._areas_named(rest)
        if self._one_judgement_then(named[-2:]):
            named = named[:-1]
        return named if len(named) >= 2 else []

    def _other_areas(self, phrase: Span | None, grade: Span) -> list[str]:
        """ "every other area required improvement", "the other judgements were good": the
        areas its sentence does not name elsewhere."""
        if phrase is None or not (
            any(t.lower_ in ("other", "remaining") for t in phrase)
            and any(t.lower_.rstrip("s") in ("area", "judgement", "judgment") for t in phrase)
        ):
            return []
        sent = grade.sent
        named = set(self._areas_named(doc_text(sent.doc, sent.start, phrase.start)))
        named |= set(self._areas_named(doc_text(sent.doc, phrase.end, sent.end)))
        areas = [a for a in AREA_SUBJECTS if a not in named]
        if self._doc_pub is not None and self._doc_pub < (2023, 1):
            areas = [a for a in areas if a != "care leavers"]  # one judgement with children in care
        return areas if named and len(areas) < len(AREA_SUBJECTS) else []

    def _list_begun_before(self, span: Span, grade: Span, pred: Token) -> Span:
        """A list of what is rated that the parser split: its first items taken as the object
        of the rating verb (or hung on it some other way), the rest as the grade's own subject
        ("found the help and protection of children, the impact of leaders and ... were all
        inadequate"; "judged help and protection, children in care and the impact of leaders
        all good"). The list runs from the verb's object when only list items stand between."""
        doc = grade.doc
        k = span.start - 1
        if k < 1 or doc[k].lower_ not in (",", "and"):
            return span
        t = doc[k - 1]
        for _ in range(4):
            if t.dep_ == "dobj" or t.head == t:
                break
            t = t.head
        if t.dep_ == "dobj" and t.left_edge.i < span.start:
            start, verb = t.left_edge.i, t.head
        elif pred.i < k and pred.lower_ in self.rating_verbs:
            start, verb = pred.i + 1, pred  # however the items between were attached
        else:
            return span
        if not (verb.left_edge.i <= grade.root.i <= verb.right_edge.i):
            return span
        if any(
            x.pos_ not in ("NOUN", "PROPN", "DET", "ADP", "CCONJ", "PUNCT", "PART", "PRON")
            for x in doc[start : span.start]
        ):
            return span  # items only: not "found leadership weak, and children in care ..."
        return doc[start : span.end]

    def _one_judgement_then(self, named: list[str]) -> bool:
        """Before January 2023 "children in care and care leavers" was one judgement (children
        in care), graded separately since."""
        return (
            self._doc_pub is not None
            and self._doc_pub < (2023, 1)
            and named == ["children in care", "care leavers"]
        )

    def _councils_listed_after(self, grade: Span) -> list:
        """The councils a grade labels when a list of them follows it ("'inadequate' Surrey,
        Newham, West Sussex, Medway and Bradford", "good-rated Gateshead and Bromley"): read
        from the commas and "and"s between council names, not from one parse of the list."""
        doc = grade.doc
        i = grade.end
        while i < len(doc) and doc[i].text in QUOTES:
            i += 1
        if (
            i + 1 < len(doc)
            and doc[i].text in ("-", "–")
            and doc[i + 1].lower_
            in (
                "rated",
                "judged",
                "graded",
            )
        ):
            i += 2
        refs = sorted(
            (r for r in (doc._.authority_refs or []) if len(r.codes) == 1 and r.start >= i),
            key=lambda r: r.start,
        )
        out: list = []
        for ref in refs:
            gap = doc[(out[-1].end if out else i) : ref.start]
            if any(t.text not in QUOTES and t.lower_ not in (",", "and", "&", "or") for t in gap):
                break
            out.append(ref)
        return out

    def _listed_subjects(self, phrase: Span | None, last_subject: str | None) -> list[str]:
        """ "leadership, help and protection, and overall effectiveness were all inadequate":
        each conjunct's subject, when the phrase lists two or more different ones."""
        if phrase is None:
            return []
        if phrase.root.lower_ not in ("services", "service"):
            # the list read from its commas and "and"s, not from one parse of them (parsers
            # attach "help and protection, children in care and care leavers" many ways)
            own = self._own_words(phrase)
            if any(t.lower_ in (",", "and", "&", "or") for t in phrase):
                # an item may be named with a clause of its own ("children who need help and
                # protection"): the whole list, when it names more areas than its cut words
                named = max(self._areas_named(own), self._areas_named(phrase), key=len)
                if self._one_judgement_then(named[-2:]):
                    named = named[:-1]
                if len(named) >= 2:
                    return named
        if not phrase.root.conjuncts:
            return []
        doc = phrase.doc
        found: list[str] = []
        for head in (
            phrase.root,
            *(c for c in phrase.root.conjuncts if phrase.start <= c.i < phrase.end),
        ):
            if head.lower_ in ("that", "those"):
                continue  # "the leadership of the council and that of the trust"
            nested = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
            tokens = [t.i for t in head.subtree if t.i not in nested]
            subject = self._phrase_subject(doc[min(tokens) : max(tokens) + 1], None)
            if subject in CHILDRENS_SUBJECTS and subject not in found:
                found.append(subject)
        return found if len(found) >= 2 else []

    def _count_before_aux(self, pred: Token) -> bool:
        """ "over 73% of ... services inspected under this regime had been rated": a count
        that ends right before the verb's auxiliaries is the subject the parse lost (it hung
        the count on an earlier noun), so the rating is no one council's."""
        doc = pred.doc
        aux = [c.i for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i]
        if not aux:
            return False
        end = min(aux)
        return any(
            t.right_edge.i == end - 1
            and (t.left_edge.like_num or t.left_edge.lower_ in self.quantities)
            and self._generic(doc[t.left_edge.i : end])
            for t in doc[pred.sent.start : end]
        )

    def _generic(self, phrase: Span | None) -> bool:
        """ "73% of councils", "the seven (councils)", "eight (services)": a count, no one's judgement."""
        if phrase is None:
            return False
        counted = [
            t
            for t in phrase
            if not YEAR.match(t.text)
            and (t.dep_ == "nummod" or t.like_num or t.lower_ in self.quantities)
            # a count, not an ordinal ("the third council to be rated", not "a third of")
            and not (t.tag_ == "JJ" and t.i > 0 and t.doc[t.i - 1].lower_ in ("the", "its"))
        ]
        if counted and all(t.lower_ in ("councils", "authorities") for t in counted):
            # "Westminster councils, both Kensington and Chelsea and Westminster": a plural
            # noun with the councils named is a list of them, not a count
            return not self._councils_in(phrase)
        if counted:
            # "Two further authorities – Waltham Forest ... and St Helens ... – have become
            # ...": a count of councils named in it is a list of them
            return not (
                phrase.root.lower_ in ("services", "service", "councils", "authorities")
                and self._councils_in(phrase)
            )
        # "children's services departments judged inadequate will have ...": a plural of
        # the kind of body, no council named, is any such body, not one council's
        return phrase.root.lower_ in ("councils", "authorities", "departments") and not (
            self._councils_in(phrase)
        )

    @staticmethod
    def _councils_in(span: Span) -> list:
        return [
            r
            for r in (span.doc._.authority_refs or [])
            if span.start <= r.start < span.end and len(r.codes) == 1
        ]

    def _compared_councils(self, grade: Span, sent: Span) -> list:
        """The councils a rating is compared with after it: "the third council rated inadequate
        following Lambeth last Tuesday and Cumbria last Wednesday", "given Ofsted's lowest
        grading, following Cumbria, Lambeth and West Berkshire last month": councils only,
        with their times, in a "following"/"after" phrase after the grade."""
        doc = grade.doc
        for prep in doc[grade.end : sent.end]:
            if prep.lower_ not in ("following", "after"):
                continue
            # the words to the end of the sentence (a parser may hang the later names and
            # times on the verb), else the phrase as parsed
            for words in (doc[prep.i + 1 : sent.end], doc[prep.i + 1 : prep.right_edge.i + 1]):
                refs = self._councils_in(words)
                named = {t.i for r in refs for t in doc[r.start : r.end]}
                if refs and all(
                    t.i in named
                    or t.is_punct
                    or t.is_space
                    or t.lower_ in ("and", "&", "in", "on", "last", "earlier", "this")
                    or t.ent_type_ in ("DATE", "TIME")
                    for t in words
                ):
                    return refs
        return []

    def _authority(
        self, grade: Span, sent: Span, phrase: Span | None, subject: str, compared: tuple = ()
    ) -> str | None:
        doc = grade.doc
        if subject not in COUNCIL_SUBJECTS:
            return None
        if phrase is not None:
            inside = self._councils_in(phrase)
            if inside:
                return inside[0].codes[0]
        in_sent = [r for r in self._councils_in(sent) if r not in compared]
        before = [r for r in in_sent if r.start < grade.start]
        after = [r for r in in_sent if r.start >= grade.end]
        earlier = [
            r for r in (doc._.authority_refs or []) if r.start < sent.start and len(r.codes) == 1
        ]
        if before:
            return before[-1].codes[0]
        if (
            earlier
            and phrase is not None
            and phrase.root.lower_ in ("council", "authority", "it", "they", "services")
        ):
            # "The council has been judged inadequate since 2016 and ... a commissioner from
            # Hampshire": an unnamed council refers back to the one named before, not forward
            return earlier[-1].codes[0]
        if after:
            return after[0].codes[0]
        if earlier:
            return earlier[-1].codes[0]
        return doc._.focus_authority

    def _clause(self, pred: Token, grade: Span) -> list[Token]:
        """The predicate's own clause: its subtree without other clauses that hang on it."""
        out: list[Token] = []
        stack = [pred]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                holds_grade = c.left_edge.i <= grade.start <= c.right_edge.i
                if (
                    c.dep_
                    in (
                        "relcl",
                        "advcl",
                        "ccomp",
                        "xcomp",
                        "conj",
                        "parataxis",
                        "acl",
                        "csubj",
                        "pcomp",
                    )
                    and not holds_grade
                    # a clause has a verb: "rated as 'inadequate' two years ago" can come
                    # out with "ago" a pcomp of "as", and its date is still the rating's
                    and not (c.dep_ == "pcomp" and c.pos_ not in ("VERB", "AUX"))
                ):
                    continue
                stack.append(c)
        return sorted(out, key=lambda t: t.i)

    def _months_before(self, date: Span, ctx: Context) -> int | None:
        """How many months before publication a DATE entity (or year) puts the rating;
        None when it says nothing usable."""
        text = date.text.lower()
        if re.search(r"\b(?:now|today|currently)\b", text):
            return 0
        if ctx.pub is None:
            # No reference date: a rating the text dates by its year is history (news of a
            # new rating says "today", "this week", not the year); one it dates by a month
            # before a later month it tells ("published in January", "a visit in May")
            # is that many months before the text.
            if re.search(r"\b(?:19|20)\d\d\b", text):
                return 24
            months = [MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS]
            if months and ctx.told_month and ctx.told_month >= months[-1]:
                return ctx.told_month - months[-1]
            return None
        pub_year, pub_month = ctx.pub
        if re.search(
            r"\b(?:last|previous) year\b|\byear before\b|\byears? ago\b|\ba year earlier\b", text
        ):
            return 12 if not re.search(r"\byears? ago\b", text) else 24
        if re.search(r"\b(?:last|previous) (?:spring|summer|autumn|fall|winter)\b", text):
            return 6  # "last autumn": a season gone by, months before
        if re.search(
            r"\b(?:that|the same|the following|the previous) (?:year|month|week|spring|summer|"
            r"autumn|winter)\b",
            text,
        ):
            return 12  # "judged inadequate that year": a time the text told before, not today
        if re.search(
            r"\b(?:today|yesterday|this (?:week|month|year)|last (?:week|month)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            text,
        ):
            return 0
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
        months = [MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS]
        if years:
            year = max(years)
            if months and pub_month:
                return (pub_year - year) * 12 + pub_month - months[-1]
            if year >= pub_year:
                return 0
            if year == pub_year - 1 and 0 < pub_month <= 2:
                return 2
            return (pub_year - year) * 12
        if months and pub_month:
            diff = pub_month - months[-1]
            return diff if diff >= 0 else diff + 12
        return None

    @staticmethod
    def _ancestors(token: Token, stop: Token, n: int = 5) -> list[Token]:
        """Heads above `token`, up to `stop` (excluded) or n steps."""
        out: list[Token] = []
        t = token
        while len(out) < n and t.head != t and t.head != stop:
            t = t.head
            out.append(t)
        return out

    @staticmethod
    def _modifies(token: Token, own: set[int]) -> bool:
        """Does a date token modify the rating (the predicate or the grade), directly or
        through prepositions ("rated inadequate by inspectors in 2014"), rather than
        another noun ("a step back from 2014")?"""
        t = token
        for _ in range(5):
            if t.head.i in own:
                return True
            if (
                t.dep_
                not in (
                    "pobj",
                    "prep",
                    "agent",
                    "npadvmod",
                    "nummod",
                    "compound",
                    "appos",
                    "advmod",
                )
                # (a verbless pcomp is a preposition's object: "rated as 'inadequate' two
                # years ago" can come out with "ago" under "as")
                and not (t.dep_ == "pcomp" and t.pos_ not in ("VERB", "AUX"))
                or t.head == t
            ):
                return False
            t = t.head
        return False

    @staticmethod
    def _words_before(span: Span, n: int) -> list[str]:
        """The `n` words before `span` in lower case, quote marks skipped."""
        words = [
            t.lower_
            for t in span.doc[max(0, span.start - 2 * n) : span.start]
            if not (t.is_quote or t.text in QUOTES)
        ]
        return words[-n:]

    @staticmethod
    def _word_before(span: Span) -> str:
        i = span.start - 1
        while i >= 0 and (
            span.doc[i].is_quote or span.doc[i].is_punct and span.doc[i].text in QUOTES
        ):
            i -= 1
        return span.doc[i].lower_ if i >= 0 else ""

    def _timing(
        self,
        pred: Token,
        grade: Span,
        root: Token,
        clause: list[Token],
        ctx: Context,
        headline: bool,
        path: list[Token],
        flat: bool = False,
        lede_news: bool = False,
        not_after: int | None = None,
    ) -> tuple[bool, str | None, int | None]:
        """(current, change, year) of one rating. `flat`: the clause is the words from the
        rating verb to the grade (no parse to go by), so any date in it dates the rating."""
        doc = grade.doc
        words = " ".join(t.lower_ for t in clause)
        before = " ".join(t.lower_ for t in clause if t.i < grade.start)
        verbs = (
            [pred, pred.head]
            if pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX")
            else [pred]
        )
        own = {pred.i, root.i, *(t.i for t in grade), *(v.i for v in verbs), *(t.i for t in path)}
        year = None
        year_at = len(doc)  # where the year stands: words after a grade moved from are its own
        for t in clause:
            if (
                YEAR.match(t.text)
                and t.like_num
                and (flat or t.head.i in own or self._modifies(t, own))
            ):
                year, year_at = int(t.text), t.i
        ups = self._ancestors(root, pred)
        window = [
            t.lower_
            for t in doc[max(grade.sent.start, grade.start - 14) : grade.start]
            if t.text not in QUOTES
        ]
        # "from good to inadequate", "down from good", "since an inadequate rating last year"
        # "downgraded ... from requires improvement to inadequate": a verb moved the grade
        # (not "the leap from 'inadequate' to 'outstanding'" at some earlier inspection)
        from_tok = next(
            (t for t in reversed(doc[grade.sent.start : grade.start]) if t.lower_ == "from"), None
        )
        from_to = (
            bool(window)
            and window[-1] == "to"
            and from_tok is not None
            and (
                from_tok.head.lower_ in self.rating_verbs | self.state_verbs | self.rating_nouns
                # "lifting its rating from ... to 'good'", however "from" was attached
                or any(c.lower_ in self.rating_nouns for c in from_tok.head.children)
                or doc[from_tok.i - 1].lower_ in self.rating_nouns
            )
        )
        if not from_to and (
            self._word_before(grade) == "from"
            or any(t.lower_ == "from" and t.dep_ == "prep" for t in ups)
        ):
            return False, None, year
        to = next((t for t in ups if t.lower_ == "to" and t.dep_ in ("prep", "dative")), None)
        moved: str | None = None  # "from 'inadequate' ... to 'good'": the grade moved to
        if (to is not None and any(c.lower_ == "from" for c in to.head.children)) or from_to:
            old = [
                g
                for g in doc._.grade_spans
                if g.sent == grade.sent and g.start < grade.start and g.label_ != grade.label_
            ]
            moved = "downgrade"
            if old and GRADE_ORDER.get(old[-1].label_, 0) > GRADE_ORDER.get(grade.label_, 0):
                moved = "improvement"
        if moved is None and self.down_from.search(before[-30:]):
            return False, None, year
        if moved is None and self.improve_from.search(before[-40:]):
            return False, "improvement", year
        latest = bool(
            self.current_markers.search(words)
        )  # "in its latest report", "published today"
        if not latest and any(
            t.lower_ in ("since", "before") or (t.lower_ in ("after", "following") and not headline)
            for t in ups
            if t.dep_ in ("prep", "mark")
        ):
            return False, None, year
        first_time = "first time" in words
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for v in verbs for c in v.children):
            return False, None, year  # "had been rated", "Ofsted had found ... and it was rated"
        past_tense = pred.tag_ in ("VBD", "VBN", "VBG")
        if (
            not latest
            and pred.dep_ in ("pcomp", "advcl", "relcl")
            and past_tense
            and (
                pred.head.lower_ in TIME_PREPS | {"from"}
                or any(
                    c.dep_ in ("mark", "prep", "advmod") and c.lower_ in TIME_PREPS
                    for c in pred.children
                )
            )
            # a headline's "X sorry after services rated inadequate" is the news itself (not
            # "eight years after being judged inadequate"), and so is its lede's "X apologised
            # after Ofsted found its services inadequate" when the headline is about the report
            and not (
                (
                    headline
                    or (
                        lede_news
                        and (
                            any(
                                c.dep_ == "nsubj" and c.lower_ in self.ofsted for c in pred.children
                            )
                            # "... after its children's services slipped to an 'inadequate'
                            # rating": the move into the grade is the report's news too
                            or (to is not None and pred.lower_ in self.move_verbs)
                        )
                    )
                )
                and not any(c.lower_ == "being" or c.dep_ == "npadvmod" for c in pred.children)
                and any(
                    p.lower_ in ("after", "following")
                    and not any(c.dep_ == "npadvmod" for c in p.children)
                    for p in (pred.head, *(c for c in pred.children if c.dep_ in ("mark", "prep")))
                )
            )
        ):
            # "two months after Ofsted rated ...": a time after the rating, so the article
            # dates the rating it reports (see _reconcile)
            after = [
                p
                for p in (pred.head, *(c for c in pred.children if c.dep_ in ("mark", "prep")))
                if p.lower_ in ("after", "since", "following")
            ]
            if after and any(c.dep_ == "npadvmod" for p in (*after, pred) for c in p.children):
                return False, "dated", year
            return False, None, year
        if (
            any(
                c.dep_ == "advmod"
                and (
                    c.lower_ in ("first", "when", "where", "last", "originally")
                    # "has since improved to ...": since then, after an earlier event
                    or (c.lower_ == "since" and not list(c.children))
                )
                for c in pred.children
            )
            and not first_time
        ):
            return False, None, year
        if self._joined_since(pred, grade):
            return False, None, year
        # Words that place the rating in the past, where they modify it ("previously rated",
        # "at its last inspection"), not anywhere in the clause; nor in a phrase that holds
        # another grade ("rated good, up from requires improvement at the last inspection in
        # 2023": those words date the grade it moved from).
        others = self._other_grades(grade)
        # "rated good, up from requires improvement at the last inspection in 2022", however
        # the parser attached the words after the grade it moved from: they are that grade's
        old_tail = min(
            (
                g.end
                for g in doc._.grade_spans or []
                if g.sent == grade.sent and g.start > grade.end and self._word_before(g) == "from"
            ),
            default=len(doc),
        )
        if not_after is not None:  # the councils it is compared with, and their times
            old_tail = min(old_tail, not_after)
        others |= set(range(old_tail, grade.sent.end))
        if year_at >= old_tail:
            year = None  # "rated good, up from inadequate at the previous inspection in 2019"
        modifiers = (
            " ".join(t.lower_ for t in clause if t.i < grade.start and grade.start - t.i <= 3)
            + " "
            + " ".join(
                " ".join(x.lower_ for x in t.subtree)
                for t in clause
                if (
                    t.head.i in {pred.i, root.i, *(g.i for g in grade)}
                    and (
                        t.dep_ in ("advmod", "npadvmod", "amod")
                        or (t.dep_ == "prep" and t.lower_ in ("at", "in", "during", "on", "under"))
                    )
                    or (  # "rated as 'inadequate' two years ago", with "ago" parsed under "as"
                        t.dep_ == "pcomp"
                        and t.pos_ not in ("VERB", "AUX")
                        and t.head.dep_ == "prep"
                        and t.head.head.i in {pred.i, root.i}
                    )
                )
                and not others & {x.i for x in t.subtree}
            )
        )
        if flat:
            # no parse to go by: the words before the rating verb in its sentence ("Ten years
            # ago Ofsted rated ...") place it too
            modifiers += " " + " ".join(t.lower_ for t in doc[grade.sent.start : pred.i])
        if not first_time and self.past_markers.search(modifiers):
            return False, None, year
        dates = [
            ent
            for ent in doc.ents
            if ent.label_ == "DATE"
            and (ent.root in clause or len(verbs) > 1)
            and (flat or self._modifies(ent.root, own))
        ]
        sent = grade.sent
        dates += [
            ent
            for ent in sent.ents
            if ent.label_ == "DATE"
            and ent.start - sent.start <= 3
            and ent.end <= pred.i
            and ent not in dates
        ]  # "In 2017, the council ... but inspectors ruled it still required improvement"
        dates += [
            ent for ent in self._fronted_dates(pred) if ent not in dates
        ]  # "Ahead of the launch of X in 2019, inspectors uplifted its rating to ..."
        when = [
            c
            for i in own
            for c in doc[i].children
            if c.dep_ == "advcl"
            and any(w.lower_ == "when" and w.dep_ in ("advmod", "mark") for w in c.children)
        ]
        # "found to be good when (it was last) inspected in 2012": the clause that says when
        # the rating was made dates it
        dates += _dates_within(sent, when, dates)
        dates += [
            ent
            for ent in sent.ents
            if ent.label_ == "DATE"
            and ent not in dates
            and ent.root.head.dep_ == "prep"
            and ent.root.head.head.dep_ in ("nsubj", "nsubjpass")
            and ent.root.head.head.head == pred
            and ent.end <= pred.i
        ]  # "whose children's services in July were judged ...": a time between the subject and
        # its verb is the verb's, however the parser attached it
        if pred.dep_ in ("ccomp", "xcomp", "oprd") and pred.head.lower_ in self.rating_verbs:
            # "an inspection in December 2021 found (that) services were still inadequate"
            dates += [
                ent
                for ent in sent.ents
                if ent.label_ == "DATE" and ent.root.head.head == pred.head and ent not in dates
            ]
            dates += [
                ent
                for ent in sent.ents
                if ent.label_ == "DATE"
                and ent.root.head.head.head == pred.head
                and ent.root.head.head.dep_ in ("nsubj", "nsubjpass")
                and ent not in dates
            ]
            # "A report, published in January, found that ... were inadequate": the date
            # anywhere in the finder's own phrase (its subject, or the participle set between
            # it and the verb, however the parser attached it) is the finding's
            finders = [
                c
                for c in pred.head.children
                if c.dep_ in ("nsubj", "nsubjpass")
                or (c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < pred.head.i)
            ]
            dates += _dates_within(sent, finders, dates)
        governing = self._governing_ratings(pred)
        if governing:
            # "rated inadequate overall in January, with inspectors judging care leavers'
            # services inadequate": a rating told alongside another shares its time
            dates += [
                ent
                for ent in sent.ents
                if ent.label_ == "DATE"
                and ent not in dates
                and not (pred.left_edge.i <= ent.root.i <= pred.right_edge.i)
                and self._modifies(ent.root, {v.i for v in governing})
            ]
        clause_ids = {t.i for t in clause}
        dates += [
            ent
            for ent in sent.ents
            if ent.label_ == "DATE"
            and ent not in dates
            and any(
                v.lower_ in ("published", "publication", "released")
                and {v.i, v.head.i} & clause_ids
                for v in (
                    ent.root.head,
                    ent.root.head.head,
                )  # "published in August", "... last month"
            )
        ]  # "rated inadequate in a report published in August": the report's date
        # "The last full inspection ... saw every category rated as ...", "the previous
        # report found ...": a rating an earlier inspection gave, whatever its verb's tense
        if not latest and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ in REPORT_NOUNS
            and any(
                a.dep_ == "amod" and a.lower_ in ("previous", "last", "earlier", "former", "prior")
                for a in c.children
            )
            for v in (
                (pred, pred.head) if pred.dep_ in ("ccomp", "xcomp", "oprd", "conj") else (pred,)
            )
            for c in v.children
        ):
            return False, None, year
        report = self._report_clause(pred)
        if report is not None and report is not pred:
            # "the inspection in 2012 which found that ... services ... to be inadequate": the
            # report's own date is the rating's, however deep the rating sits in its clause
            noun_own = {t.i for t in report.head.subtree} - {t.i for t in report.subtree}
            dates += [
                ent
                for ent in doc.ents
                if ent.label_ == "DATE" and ent.root.i in noun_own and ent not in dates
            ]
        if pred.dep_ == "relcl":  # "the 2015 report which rated ...": the noun's own date
            if any(
                c.dep_ == "amod" and c.lower_ in ("previous", "last", "earlier", "former", "prior")
                for c in pred.head.children
            ):
                return False, None, year  # "its previous inspection, which resulted in ..."
            noun_own = {t.i for t in pred.head.subtree} - {t.i for t in pred.subtree}
            dates += [
                ent
                for ent in doc.ents
                if ent.label_ == "DATE"
                and (ent.root.head == pred.head or ent.root.i in noun_own)
                and ent not in dates
            ]
            year = year or next((int(t.text) for t in pred.head.lefts if YEAR.match(t.text)), None)
        if moved and from_tok is not None:
            # "from the 'inadequate' awarded in 2013, to 'requires improvement'": the dates of
            # the grade it moved from are not the new grade's
            old_part = {x.i for x in from_tok.subtree}
            dates = [ent for ent in dates if ent.root.i not in old_part]
            if year and any(YEAR.match(x.text) and int(x.text) == year for x in from_tok.subtree):
                year = None
        dates = [ent for ent in dates if ent.start < old_tail]
        repeat = bool(self.repeat.search(words))
        placed = False  # did a date place the rating in time?
        for ent in dates:
            if first_time:
                break
            # (a count in digits is a count: "in 6 years" as "in six years")
            counted = re.sub(r"^\d+(?= )", "n", ent.text)
            if repeat and not re.search(r"\d|\b(?:last|previous)\b", counted):
                if not any(w in MONTHS for w in re.findall(r"[a-z]+", ent.text.lower())):
                    continue  # "for the second time in six years": a span, not a time
                # "which in October was rated inadequate for the second time": a month
                # places the repeat as any rating's month does
            if (
                ent.root.head.lower_ == "since"
                or (ent.start and doc[ent.start - 1].lower_ == "since")
                or re.match(
                    r"^(?:the )?(?:past|last) (?:\w+ )?(?:years|decade|months)|^(?:\w+ )?(?:years|decades)$",
                    ent.text.lower(),
                )
            ):
                return (
                    False,
                    "remains",
                    year,
                )  # "has been inadequate since 2022", "for the past eight years"
            if re.search(
                r"\blast (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                ent.text.lower(),
            ):
                # news of a rating says "today", "this week", "on Tuesday"; a rating "last
                # week" is one the article looks back on (a reaction, a comment, a round-up)
                return False, "dated", year
            months = self._months_before(ent, ctx)
            placed = placed or months is not None
            # An inspection's dates run weeks ahead of its report ("after an inspection in
            # January"); a report's own date ("a report published in August") does not.
            published = ent.root.head.head.lower_ in ("published", "publication", "released")
            # A rating received or given ("the inadequate rating it received in May") is
            # the report's, not its fieldwork's: its month is nearer the publication.
            awarded = ent.root.head.head.lower_ in self.award_verbs and pred.lower_ not in (
                self.rating_verbs
            )
            # A rating verb's own month ("rated good by Ofsted in December") is the report's
            # too; an inspection's ("after an inspection in January") runs weeks ahead of it.
            awarded = awarded or any(
                # (or the verb of the rating it is told alongside: "rated good in December,
                # with leadership judged outstanding")
                (
                    ent.root.head.head == verb
                    # (or the time set between its subject and it: "whose services in July
                    # were judged")
                    or (
                        ent.root.head.head.head == verb
                        and ent.root.head.head.dep_ in ("nsubj", "nsubjpass")
                        and ent.end <= verb.i
                    )
                )
                and verb.lower_ in self.rating_verbs
                # "rated ... in December", and a passive's "which in October was rated"
                # (the rated thing is its subject: the month is the rating's, not a visit's)
                and (verb.i < ent.start or any(c.dep_ == "auxpass" for c in verb.children))
                for verb in (pred, *governing)
            )
            if months is not None and months >= (1 if published else 2 if awarded else 4):
                return False, "dated", year
        now = any(c.lower_ == "now" for c in pred.children) or "now" in window[-3:]
        told = [m for i, m in ctx.report_dates if i < grade.start]
        if not placed and not first_time and not now and not headline and told and told[-1] >= 1:
            # a rating the text tells after dating its report a month or more back ("the
            # report, published in August, ... The report assessed X as inadequate") is
            # that report's, so a follow-up's, not news
            return False, "dated", year
        if (
            not placed
            and not first_time
            and not now
            and year
            and (
                ctx.pub is None or year < ctx.pub[0] - (1 if ctx.pub[1] and ctx.pub[1] <= 2 else 0)
            )
        ):
            return False, "dated", year
        if repeat:
            return (
                True,
                "repeat",
                year or self._pub_year(ctx),
            )  # "inadequate again": a new report, alerts
        if pred.lower_ in self.remain or any(
            t.lower_ in self.remain for t in clause if t.i < grade.start
        ):
            # "remains inadequate": the article reports the grade (current) but no new one (no alert)
            return True, "remains", year or self._pub_year(ctx)
        change = moved or (
            "downgrade"
            if re.search(
                r"\b(?:downgraded|dropped|fell|slipped|plunged|plummeted|slumped)\b", words
            )
            else "new"
        )
        return True, change, year or self._pub_year(ctx)

    @staticmethod
    def _report_clause(pred: Token) -> Token | None:
        """The relative clause on a report noun that tells the rating ("the inspection in 2012
        which found ... to be inadequate"): the rating verb's nearest such ancestor, or None."""
        t = pred
        for _ in range(6):
            if t.dep_ == "relcl" and t.head.lower_ in REPORT_NOUNS:
                return t
            if t.head == t:
                return None
            t = t.head
        return None

    @staticmethod
    def _fronted_dates(pred: Token) -> list[Span]:
        """Dates in a phrase fronted before the clause's subject ("Ahead of the launch in 2019,
        inspectors uplifted its rating to ...", "In the spring of 2021, Ofsted judged ..."):
        they place the whole clause, the rating with it, whatever the parser hung them on.
        The clause is the rating verb's, or the verb it complements ("uplifted ... to")."""
        main = pred
        for _ in range(2):
            if main.dep_ in ("xcomp", "ccomp", "advcl", "oprd", "acomp") and main.head.pos_ in (
                "VERB",
                "AUX",
            ):
                main = main.head
        phrases = [c for c in main.children if c.dep_ in FRONTED_DEPS]
        # or the rating is itself told inside such a phrase of the sentence's main clause
        # ("Following the inspection in 2012 which found ... inadequate, the DfE issued ..."):
        # the phrase's dates are its time too
        t = pred
        for _ in range(8):
            if t.head == t:
                break
            if t.head.dep_ == "ROOT" and t.dep_ in FRONTED_DEPS:
                phrases.append(t)
                break
            t = t.head
        doc = pred.doc
        out = []
        for c in phrases:
            subject = next((x for x in c.head.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if (
                subject is None
                or c.i >= subject.left_edge.i
                or c.right_edge.i >= subject.left_edge.i
                or c.lower_ in ("since", "until")
            ):
                continue  # not before the subject; "since 2019": a span up to now, not a time
            out += [
                ent
                for ent in doc.ents
                if ent.label_ == "DATE"
                and c.left_edge.i <= ent.root.i <= c.right_edge.i
                and re.search(r"\b(?:19|20)\d\d\b", ent.text)
            ]
        return out

    @staticmethod
    def _joined_since(pred: Token, grade: Span) -> bool:
        """ "X received an inadequate rating and has since been criticised ...": the rating
        comes before what the clause it is joined to tells as the news."""
        return any(
            c.dep_ == "conj"
            and c.i > grade.end
            and any(
                a.dep_ == "advmod" and a.lower_ == "since" and not list(a.children)
                for a in c.children
            )
            for c in pred.children
        )

    def _governing_ratings(self, pred: Token) -> list[Token]:
        """The rating verbs whose clauses a rating hangs on as an accompanying "with ..." or
        "while ..." clause ("rated inadequate in January, with inspectors judging ..."), up to
        one that a time word sets apart ("after", "since", "before": another time)."""
        out: list[Token] = []
        t = pred
        for _ in range(6):
            if t.dep_ not in ("pcomp", "prep", "advcl") or t.head == t:
                break
            if any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_PREPS for c in t.children) or (
                t.dep_ == "prep" and t.lower_ in TIME_PREPS
            ):
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.lower_ in self.rating_verbs | self.award_verbs:
                out.append(t)
        return out

    @staticmethod
    def _from_to(grade: Span) -> bool:
        """Is the grade one end of "from <grade> to <grade>" in its sentence?"""
        doc = grade.doc
        others = [g for g in doc._.grade_spans or [] if g.sent == grade.sent and g != grade]

        def word_before(span: Span) -> str:
            i = span.start - 1
            while i > span.sent.start and doc[i].text in QUOTES:
                i -= 1
            return doc[i].lower_

        mine = word_before(grade)
        if mine == "from":
            return any(
                g.start > grade.end and g.start - grade.end <= 3 and word_before(g) == "to"
                for g in others
            )
        if mine == "to":
            return any(
                g.end < grade.start and grade.start - g.end <= 3 and word_before(g) == "from"
                for g in others
            )
        return False

    @staticmethod
    def _other_grades(grade: Span) -> set[int]:
        """The token indices of the other grades in the grade's sentence."""
        return {
            t.i
            for g in grade.doc._.grade_spans or []
            if g.sent == grade.sent and g.start != grade.start
            for t in g
        }

    @staticmethod
    def _pub_year(ctx: Context) -> int | None:
        return ctx.pub[0] if ctx.pub else None

    @staticmethod
    def _outside_grades(token: Token) -> Token:
        """The token, or the first head above it that is no grade's word ("downgraded ...
        from 'requires improvement' to 'inadequate'": the verb is "downgraded")."""
        inside = {t.i for g in token.doc._.grade_spans or [] for t in g}
        for _ in range(4):
            if token.i not in inside or token.head == token:
                break
            token = token.head
        return token

    @staticmethod
    def _tense(pred: Token) -> str | None:
        """'perfect', 'present' or 'past': the tense of the finite verb the rating hangs on
        (up through participles: "inspected in May and rated", "which was rated"); None when
        there is none ("to be rated")."""
        t = pred
        for _ in range(4):
            aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"has", "have", "'s", "'ve"} and t.tag_ == "VBN":
                return "perfect"
            if aux & {"was", "were"} or (t.tag_ == "VBD" and not aux):
                return "past"
            if aux & {"is", "are", "am", "'re"} or t.tag_ in ("VBZ", "VBP"):
                return "present"
            if aux or t.head == t or t.head.pos_ not in ("VERB", "AUX"):
                return None
            t = t.head
        return None

    def _hypothetical(self, pred: Token, grade: Span) -> bool:
        """Aims, fears, conditions, modals and negation: no rating is stated."""
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in pred.children):
            return True
        if any(c.dep_ == "neg" for c in pred.children) or self._word_before(grade) in (
            "not",
            "never",
            "no",
        ):
            return True
        if any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "until")
            for c in pred.children
        ):
            return True
        if any(
            c.lower_ == "by"
            and any(
                d.ent_type_ == "DATE"
                or YEAR.match(d.text)
                or any(m.lower_ in ("next", "end") for m in d.subtree)
                for d in c.children
                if d.dep_ == "pobj"
            )
            for c in pred.children
            if c.dep_ == "prep"
        ):
            return True  # "good by the next inspection", "by 2027": a target, a time by when
        t = pred
        for _ in range(
            4
        ):  # up through complements: "aim to be good", "ambition was to show that they are good"
            if (
                t.dep_
                not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "oprd", "attr", "advcl")
                or t.head == t
            ):
                break
            if t.dep_ == "advcl" and not any(
                c.lower_ in ("to", "in") for c in t.children if c.dep_ in ("aux", "mark")
            ):
                break
            t = t.head
            # "aim to become good" is a hope; "have become the latest given ..." a fact
            became = t.lower_ == "become" and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in t.children
            )
            if (t.lower_ in self.hope_words and not became) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.hope_words for c in t.children
            ):
                return True
        return False

    def read(
        self, grade: Span, sent: Span, ctx: Context, headline: bool, last_subject: str | None
    ) -> list[dict]:
        """The judgements one grade mention states ([] when it is no rating)."""
        doc = grade.doc
        root = grade.root
        quoted = self._quoted(grade)
        named = (
            grade.label_ in ("inadequate", "outstanding") and len(grade) > 1
        )  # "the lowest rating"
        standing = False
        if self._word_before(grade) in ("below", "above", "than", "beneath", "between") or (
            len(grade) > 1 and self._word_before(grade) in ("second", "third", "fourth")
        ):
            return []  # "the second highest grade below outstanding": the scale, not a rating
        if grade.label_ == "good" and self._words_before(grade, 3) == ["improvement", "to", "be"]:
            # "requiring improvement to be 'good'": the end of the other grade's name, however
            # the outlet quoted or worded it, not a grade of its own
            return []
        if any(c.dep_ == "advmod" and c.lower_ in self.grade_modifiers for c in root.children):
            return []  # "very good", "woefully inadequate": a description, not a grade
        nxt_words = [t.lower_ for t in doc[grade.end : grade.end + 6] if t.text not in QUOTES]
        if nxt_words[:1] == ["enough"] or (
            nxt_words[:1] in (["is"], ["are"], ["was"], ["were"]) and nxt_words[2:3] == ["enough"]
        ):
            # "not good enough", "only 'good' is good enough": the standard, not a rating
            return []
        nxt = grade.end
        while nxt < len(doc) and doc[nxt].text in QUOTES:
            nxt += 1
        following = doc[nxt] if nxt < len(doc) else None
        # the words up to the noun the grade qualifies ("'inadequate' children's social care":
        # not "children" alone)
        labelled = doc[nxt : nxt + 1]
        if following is not None:
            noun = following
            while (
                noun.dep_ in ("poss", "compound", "amod", "nmod")
                and noun.head.i > noun.i
                and noun.head.i - nxt <= 5
            ):
                noun = noun.head
            labelled = doc[nxt : noun.i + 1]
        if (
            following is not None
            and following.pos_ == "NOUN"
            and following.lower_ not in self.rating_nouns
            and not (
                self.council_subjects.search(labelled.text.lower().replace("\u2019", "'"))
                or self._councils_in(doc[nxt : nxt + 1])
                or following.lower_ in ("councils", "authorities", "areas")
            )
        ):
            return []  # "outstanding features", "good practice", "inadequate funding": an adjective, not a grade
        if (
            not quoted
            and grade.label_ in ("good", "outstanding")
            and following is not None
            and following.lower_ in ("service", "services", "job", "council")
        ):
            return []  # "provide a good service"
        if (
            following is not None
            and following.lower_ in self.rating_nouns
            and root.dep_ not in ("amod", "compound", "nmod")
        ):
            root = doc[
                nxt
            ]  # "its 'requires improvement' rating", however the parser attached the grade
            named = True
            if any(c.dep_ == "nummod" or c.lower_ in self.quantities for c in root.children):
                return []
        # A grade that qualifies a noun: a rating noun ("an inadequate rating"), a council (a
        # standing label: "the 'inadequate' council"), or something else ("inadequate funding").
        if (
            root.dep_ in ("amod", "compound", "nmod")
            and root.head.pos_ in ("NOUN", "PROPN")
            and root.head.i > root.i
        ):
            noun = root.head
            while (  # "'INADEQUATE' children's social care": the noun its words lead to
                noun.dep_ in ("poss", "compound")
                and noun.head.i > noun.i
                and noun.head.pos_ in ("NOUN", "PROPN")
                and noun.lower_ not in self.rating_nouns
            ):
                noun = noun.head
            if noun.lower_ in self.rating_nouns:
                if any(c.dep_ == "nummod" or c.lower_ in self.quantities for c in noun.children):
                    return []  # "two 'outstanding' judgements", "many years of inadequate ratings"
                named = True
                root = noun
            elif (
                self.council_subjects.search(
                    doc[root.i + 1 : noun.i + 1].text.lower().replace("\u2019", "'")
                )
                or self._councils_in(doc[noun.i : noun.i + 1])
                or noun.lower_ in ("councils", "authorities", "areas")
            ):
                standing = True
            else:
                return []
        after = doc[grade.end : grade.end + 2]
        if (
            len(after) == 2
            and after[0].text in ("-", "–")
            and after[1].lower_ in ("rated", "judged", "graded")
        ):
            standing = True  # "good-rated Gateshead", "inadequate-rated councils"
        k = grade.start - 1
        while k > sent.start and (
            doc[k].text in QUOTES or doc[k].lower_ in self.rating_verbs or doc[k].pos_ == "ADV"
        ):
            k -= 1
        if k < grade.start - 1 and doc[k].lower_ in ("councils", "authorities", "las"):
            # "apart from councils (already) rated inadequate": a class of councils, no one's rating
            return []
        pred, path = self._predicate(root)
        if pred.i not in {t.i for t in grade} and self._outside_grades(pred) != pred:
            # "downgraded ... from requires improvement to inadequate", parsed with the second
            # grade under the first: the verb is the one above both
            outside = self._outside_grades(pred)
            for _ in range(3):
                if outside.pos_ in ("VERB", "AUX") or outside.head == outside:
                    break
                outside = outside.head
            if outside.pos_ in ("VERB", "AUX"):
                pred, path = outside, [*path, pred]
        own = (
            [
                c
                for c in root.children
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ != "VBG"
            ]  # not "a 'good' rating ... leading to improvements": what the rating led to
            if named and root != grade.root
            else []
        )
        # "have kept the good rating they were first awarded in 2020": the rating's own verb
        # dates the first award; the verb that keeps it tells the grade stands in the news
        kept_by = (
            root.head
            if own
            and root.dep_ == "dobj"
            and root.head.lower_ in KEEP_VERBS
            and root.head.dep_ != "relcl"
            else None
        )
        if own:
            pred, path = (
                own[0],
                [],
            )  # "its 'requires improvement' rating achieved a year ago": the rating's own verb
        form = pred.lower_
        named_grade = (
            quoted and grade.root.dep_ in ("nsubj", "nsubjpass") and grade.root.head == pred
        )  # "'Requires improvement' means ..."
        flat = False
        if form.startswith("requir") and pred.i in {t.i for t in grade}:
            # "since being rated requires improvement", with the grade's own "requires" parsed
            # as a verb of its own: the rating verb right before the grade is the predicate
            # (past the grades it is listed with: "rated as 'inadequate' or 'requires
            # improvement'", however the quotes made the parser hang the second grade)
            inside = {t.i for g in doc._.grade_spans or [] for t in g}
            k = grade.start - 1
            while k > sent.start and (
                doc[k].text in QUOTES
                or doc[k].lower_ in ("as", "to", "or", "and", ",")
                or (k in inside and k < grade.start)
                or doc[k].lower_ == "overall"
            ):
                k -= 1
            if (
                doc[k].lower_ in self.rating_verbs | self.state_verbs and doc[k].pos_ == "VERB"
            ):  # "since being rated requires improvement", "has since improved to requires ..."
                pred, path = doc[k], []
                form = pred.lower_
        if not (
            form in self.rating_verbs | self.award_verbs | self.state_verbs
            or form.startswith("requir")
            or named
            or named_grade
            or any(t.lower_ in self.rating_nouns for t in path)
        ):
            # No reading from the parse (headlines often have none): the nearest rating verb before the grade.
            # (from the sentence's start when no verb governs it: "graded the impact of
            # leaders, help and protection and the experiences of children in care outstanding"
            # with the grade parsed as the last noun's modifier)
            reach = 12 if pred.pos_ in ("VERB", "AUX") else grade.start - sent.start
            left = [
                t
                for t in doc[max(sent.start, grade.start - reach) : grade.start]
                if t.lower_ in self.rating_verbs
            ]
            if left:
                pred, path, flat = left[-1], [], True
                form = pred.lower_
        # "The previous overall judgement, in 2023, was requires improvement": a rating noun
        # the subject of a copula whose complement is the grade states that rating
        cop = pred.head if pred.i in {t.i for t in grade} else pred
        # (however the parser hung the copula: "The previous judgment was requires improvement"
        # can come out with "was" an auxiliary of "requires" and the noun its subject)
        be_aux = [
            c
            for c in cop.children
            if cop.i in {t.i for t in grade}
            and c.dep_ in ("aux", "auxpass")
            and c.lower_ in BE_FORMS
        ]
        holder = next(
            (
                verb
                for verb in (cop, *be_aux)
                if any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.rating_nouns
                    for c in verb.children
                )
            ),
            None,
        )
        if holder is not None and (cop.lower_ in BE_FORMS or holder in be_aux):
            pred, path, named = holder, [grade.root], True
            form = pred.lower_
        rating_noun_on_path = (
            named or named_grade or any(t.lower_ in self.rating_nouns for t in path)
        )
        strong = (
            form in self.rating_verbs
            or (form in self.award_verbs and rating_noun_on_path)
            or rating_noun_on_path
            # "The local authority received 'Good' in all areas": a grade that is itself the
            # thing received or given is a rating, as "a 'good' rating" would be
            or (
                form in self.award_verbs
                and quoted
                and grade.root.dep_ in ("dobj", "oprd")
                and grade.root.head == pred
            )
        )
        weak = (
            form in self.state_verbs
            or form.startswith("requir")
            or pred.pos_ not in ("VERB", "AUX")
            or (headline and not flat)
        )  # headlines are fragments: "Somerset children's services still 'inadequate', Ofsted says"
        if self._hypothetical(pred, grade):
            return []
        if (
            not headline
            and pred.dep_ == "ROOT"
            and pred.lower_ in self.rating_verbs
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in pred.children)
            and any(
                c.dep_ == "nsubj" and not self._rater_of(doc[c.left_edge.i : c.right_edge.i + 1])
                for c in pred.children
            )
            and re.sub(r"\W+", " ", sent.text).strip().lower() not in ctx.headline_text
            # not "Knowsley, rated inadequate in January, has had ...": a participle set off
            # by commas describes its subject inside a sentence, no headline does that
            and not any(t.text == "," for t in doc[sent.start : pred.i])
        ):
            # a headline's verbless "X rated inadequate by Ofsted" below the headline: another
            # story's title (a "read more" teaser, a most-read list, a related link)
            return []
        phrase = self._rated_phrase(pred, root)
        if (
            flat
        ):  # "found leadership and adoption performance as good": the words between verb and grade
            between = [
                t
                for t in doc[pred.i + 1 : grade.start]
                if not (t.is_punct or t.lower_ in ("as", "to", "be", "been"))
            ]
            phrase = doc[between[0].i : between[-1].i + 1] if between else None
        if phrase is None and not flat:
            # "found leadership required improvement", "judged the impact of leaders to be
            # inadequate": the subject hangs on the grade's own words or the "to be" between
            subj = next(
                (
                    c
                    for t in (*grade, *path)
                    if t.i != pred.i
                    for c in t.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i < grade.start
                ),
                None,
            )
            if subj is not None:
                phrase = doc[subj.left_edge.i : min(subj.right_edge.i + 1, grade.start)]
        if phrase is None and self._count_before_aux(pred):
            return []
        if standing:  # the labelled noun with its list: "at 'inadequate' Surrey, Newham and Medway"
            listed = self._councils_listed_after(grade)
            # the noun labelled: the one the grade modifies, or the one after "good-rated"
            # (however the parser attached the grade: "two good-rated councils" is a count)
            noun = root.head if root.head.pos_ in ("NOUN", "PROPN") else root
            if noun is root and grade.end + 2 < len(doc):
                noun = doc[grade.end + 2]
            phrase = (
                doc[listed[0].start : listed[-1].end]
                if listed
                else self._awarded_to(root)
                or doc[noun.left_edge.i : max([noun.i, *(c.i for c in noun.conjuncts)]) + 1]
            )
        bullets = self._areas_listed_after(grade) or self._areas_inline_after(grade, phrase)
        if bullets:
            # "three key areas require improvement:" and a list of them: the areas, not a count
            phrase, strong = None, True
        if self._generic(phrase):
            return []
        subject, from_span = self._subject(phrase, grade, pred, sent, last_subject)
        if bullets:
            subject = bullets[0]
        adjacent = self._adjacent_area(grade)
        if adjacent is not None and (adjacent[2] or subject in (*COUNCIL_SUBJECTS, None)):
            # "leadership inadequate" (a headline), "help and protection - inadequate" (a list
            # of verdicts): the area written right before the grade, whatever the parse
            subject, from_span, listed_verdict = adjacent
            strong = strong or listed_verdict
        rater = self._rater(pred, sent)
        if rater is None and ctx.other_lead:
            rater = "other"
        if weak and self._from_to(grade):
            # "dropped from good to requires improvement", "moved from good to outstanding":
            # two grades as the ends of one move are ratings, whatever the verb
            strong = True
        if not (strong or standing):
            if not weak:
                return []
            councilish = subject in COUNCIL_SUBJECTS and (from_span is not None or headline)
            if grade.label_ in ("good", "outstanding") and not (
                councilish and (quoted or rater == "ofsted" or headline)
            ):
                return []
            if not (quoted or councilish or headline):
                return []
        if rater == "speaker" or subject is None:
            return []
        if rater == "other" and subject in ("children's services", *AREA_SUBJECTS):
            subject = "other"
        clause = (
            [t for t in doc[pred.i : min(grade.end + 4, sent.end)]]
            if flat
            else self._clause(pred, grade)
        )
        compared = tuple(self._compared_councils(grade, sent))
        # "'INADEQUATE' children's social care in X", "X's 'inadequate' children's service" in
        # the lead of a text whose report came out just now ("a report published today"):
        # the quoted label on the service is that report's news, not a standing grade
        label_news = (
            standing
            and quoted
            and (headline or sent.start in ctx.lede)
            and (ctx.report_news or ctx.lead_current)
            and subject in CHILDRENS_SUBJECTS
            # (the service labelled, not the council: "the 'inadequate' council" stays a label)
            and root.head.pos_ != "PROPN"
            and root.head.lower_ not in ("council", "councils", "authority", "authorities")
        )
        referred = (standing and not label_news) or (
            named
            and form not in self.rating_verbs | self.award_verbs | self.state_verbs
            and pred.pos_ in ("VERB", "AUX")
        )
        if referred:
            # "the 'inadequate' council", "the council's outstanding Ofsted judgement reflects ...":
            # a rating referred to, not reported (unless the article reports it elsewhere).
            current, change, year = False, None, None
        else:
            timing_root = next(
                (t for t in path if t.lower_ in self.rating_nouns), root
            )  # "a previous rating of inadequate"
            current, change, year = self._timing(
                pred,
                grade,
                timing_root,
                clause,
                ctx,
                headline,
                path,
                flat,
                lede_news=sent.start in ctx.lede and (ctx.headline_report or ctx.report_news),
                not_after=compared[0].start if compared else None,
            )
        if (
            subject == "children's services"
            and self.repeat.search(sent.text) is None
            and ctx.main_type in UNGRADED_TYPES
        ):
            current, change = (
                False,
                None,
            )  # a visit with no grade: the grades it mentions are the past's
        if ctx.opinion and subject in CHILDRENS_SUBJECTS:
            current, change = False, None
        if (
            current
            and not headline
            and pred.dep_ in ("acl", "relcl")
            and pred.tag_ in ("VBN", "VBD", "VBZ", "VBP")
            and (
                pred.head.dep_ in ("nsubj", "nsubjpass")
                # "Its neighbour Stoke-on-Trent, which was judged inadequate ..., now ..."
                or (pred.head.dep_ == "appos" and pred.head.head.dep_ in ("nsubj", "nsubjpass"))
            )
            and (pred.head.head if pred.head.dep_ != "appos" else pred.head.head.head).lower_
            not in self.rating_verbs | self.award_verbs
            and not self.current_markers.search(sent.text.lower())
            # (not a report that says so now: "X's report, which rated the county
            # outstanding, states that ...": the report's own content, as current as it is)
            and not (pred.head.lower_ in REPORT_NOUNS and pred.head.head.tag_ in ("VBZ", "VBP"))
        ):
            # "X's children's services, rated inadequate by Ofsted, are to ...", "X, whose
            # services have been rated inadequate, has named ...": a participle or relative
            # clause on the subject of another event describes, it does not report
            current, change = False, None
        if (
            current
            and not headline
            and pred.dep_ in ("csubj", "csubjpass")
            and pred.tag_ == "VBG"  # not "For the adoption work to be rated good is ..."
            and pred.lower_ in self.rating_verbs  # not "Achieving a rating of good is ..."
            and pred.head.lower_ not in self.rating_verbs | self.award_verbs
            and not self.current_markers.search(
                doc[pred.left_edge.i : pred.right_edge.i + 1].text.lower()
            )
        ):
            # "Two Ofsted reports rating local provision inadequate were discussed ... this
            # week": a rating clause that is itself the subject of another event describes,
            # like a participle; "this week" there dates the other event, not the rating
            current, change = False, None
        if change == "remains" and (
            rater == "ofsted"
            or self._inspection_type(sent.text, ctx, year, subject, rater) == "re-inspection"
        ):
            # "services remain inadequate, Ofsted said": a new inspection that gives the same
            # grade again (a repeat), not a standing grade restated
            change = "repeat"
        # A rating told in the simple past in the body, with no word that makes it today's
        # ("Services were deemed inadequate"), is the article's news only when the headline
        # reports that grade too; otherwise it is background (see _reconcile).
        main_clause = all(
            t.dep_ not in ("relcl", "acl") for t in (pred, *self._ancestors(pred, pred, 6))
        )
        # a clause joined after the rating with a subject of its own tells another event ("...
        # branded inadequate ... and a letter published on March 24 slammed ..."): its words
        # do not make the rating today's
        joined = {
            x.i
            for c in pred.children
            if c.dep_ == "conj"
            and c.i > grade.end
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            for x in c.subtree
        }
        own_words = " ".join(t.lower_ for t in sent if t.i not in joined)
        # "three councils – Hampshire, Leeds and Trafford – were judged ...": a count of
        # councils told in the past is a tally, whatever the lede calls latest (its data)
        tally = (
            phrase is not None
            and phrase.root.lower_ in ("councils", "authorities")
            and any(c.dep_ == "nummod" for c in phrase.root.children)
            and len(self._councils_in(phrase)) >= 2
        )
        unanchored = (
            current
            and not headline
            # (a lede's "published this month" is not this grade's when the headline tells
            # the grade as background: it dates the news the headline joins it to)
            and (
                tally
                or not (ctx.lead_current or ctx.report_news)
                or grade.label_ in ctx.headline_past
            )
            and not (
                sent.start in ctx.lede
                and main_clause
                and grade.label_ not in ctx.headline_past
                and not tally
            )
            and self._tense(self._outside_grades(pred)) == "past"
            and not self.current_markers.search(own_words)
        )
        authority = self._authority(grade, sent, from_span, subject, compared)
        councils = (
            list(dict.fromkeys(r.codes[0] for r in self._councils_in(phrase)))
            if phrase is not None and subject in COUNCIL_SUBJECTS
            else []
        )
        authorities = (
            councils if len(councils) >= 2 else [authority]
        )  # "Birmingham, Lincolnshire and Suffolk received ..."
        list_span = phrase
        stop = None
        if phrase is not None and phrase.end <= pred.i:
            stop = pred.i
        elif phrase is not None and phrase.start > pred.i and phrase.end <= grade.start:
            stop = grade.start
        if phrase is not None and stop is not None:
            # a list runs up to its verb (a subject) or to its grade (an object: "graded help
            # and protection, children in care and care leavers as requires improvement"),
            # however much of it the parse hung on its head
            verb = next(
                (t.i for t in doc[phrase.end : stop] if t.dep_ in ("aux", "auxpass", "ROOT")),
                stop,
            )  # the clause's own auxiliary, not a verb of a clause inside the list ("who need")
            list_span = doc[phrase.start : verb]
        if list_span is not None:
            list_span = self._list_begun_before(list_span, grade, pred)
            # a list ends at another grade: "judged A, B and C good, and D as requiring
            # improvement" gives D alone the second grade
            ends = [
                i + 1
                for i in self._other_grades(grade)
                if list_span.start <= i < min(list_span.end, grade.start)
            ]
            if ends:
                list_span = doc[max(ends) : max(max(ends), list_span.end)]
                own_part = self._phrase_subject(list_span, None) if len(list_span) else None
                if own_part in CHILDRENS_SUBJECTS:
                    subject = own_part
        subjects = (
            bullets
            or self._other_areas(list_span, grade)
            or (
                self._listed_subjects(list_span, last_subject)
                if subject in CHILDRENS_SUBJECTS and rater != "other"
                else []
            )
        )
        # "Kent's services were rated inadequate in March 2020" with no word of an earlier
        # rating: the article dates the rating it reports (see _reconcile).
        dated = change == "dated" and not re.search(
            # (nor a grade kept: "keeping the good rating they achieved in 2022" is the earlier one)
            r"\b(?:previous(?:ly)?|last|first|earlier|before|former(?:ly)?|again|since|then|once|had"
            # "also": another rating besides the one reported ("was also rated good in 2017")
            r"|also|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|remain(?:s|ed|ing)?|still)\b",
            sent.text,
            re.I,
        )
        out = [
            {
                "_referred": referred,
                "_dated": dated,
                "_unanchored": unanchored,
                # "X is no longer inadequate" in the headline or lede: news of X's new report
                "_news_of": change == "improvement" and (headline or sent.start in ctx.lede),
                "_background": self._joined_since(pred, grade),
                "authority": council,
                "grade": grade.label_,
                "subject": one,
                "rater": rater,
                "_sent_ofsted": any(t.lower_ in self.ofsted for t in sent),
                "inspection_type": self._inspection_type(sent.text, ctx, year, subject, rater),
                "current": current,
                "change": change if current else None,
                "year": year if (year or not current) else self._pub_year(ctx),
                "evidence": re.sub(r"\s+", " ", sent.text).strip(),
            }
            for one in (subjects or [subject])
            for council in authorities
        ] + [
            # the councils it is compared with had the grade before
            {
                "_referred": False,
                "_dated": False,
                "_unanchored": False,
                "_news_of": False,
                "authority": ref.codes[0],
                "grade": grade.label_,
                "subject": "children's services",
                "rater": rater,
                "_sent_ofsted": any(t.lower_ in self.ofsted for t in sent),
                "inspection_type": None,
                "current": False,
                "change": None,
                "year": None,
                "evidence": re.sub(r"\s+", " ", sent.text).strip(),
            }
            for ref in compared
            if subject == "children's services" and len(ref.codes) == 1
        ]
        if kept_by is not None and not current:
            # the grade kept: standing now (no new grade, so no alert), besides its first award
            out += [
                {**j, "current": True, "change": "remains", "year": self._pub_year(ctx)}
                for j in out
                if j["authority"] and j["subject"] in CHILDRENS_SUBJECTS
            ]
        return out

    def _inspection_type(
        self, sentence: str, ctx: Context, year: int | None, subject: str, rater: str | None
    ) -> str | None:
        for type_name, pattern in self.types:
            if pattern.search(sentence):
                return type_name
        if subject not in CHILDRENS_SUBJECTS:
            return None
        if ctx.main_type:
            return ctx.main_type
        when = f"{year}-06-01" if year else ctx.published
        if not when:
            return None
        if when >= ILACS_START:
            return "ILACS"
        return "SIF" if when >= SIF_START else "other"

    # -- the component ------------------------------------------------------------------------

    def _grade_spans(self, doc: Doc) -> list[Span]:
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    @staticmethod
    def _lists_the_scale(spans: list[Span]) -> bool:
        """ "'inadequate', 'requires improvement', 'good' or 'outstanding'": the scale itself."""
        if len({s.label_ for s in spans}) < 3:
            return False
        doc = spans[0].doc
        gaps = [doc[a.end : b.start] for a, b in zip(spans, spans[1:], strict=False)]
        return (
            sum(
                all(t.is_punct or t.lower_ in ("or", "and", "to", "through") for t in gap)
                for gap in gaps
            )
            >= 2
        )

    def _grade_table(self, spans: list[Span]) -> set[int]:
        """The sentences of a table of grades: two or more lines that each open with a
        different grade and a colon and list councils after it ("Rated inadequate: Halton,
        Knowsley." then "Requires improvement: Wirral."). Such a table tells where councils
        stand (a round-up), not one council's new report, so its rows are standing grades."""
        rows: dict[int, str] = {}
        for grade in spans:
            doc = grade.doc
            line_start = doc.text.rfind("\n", 0, grade.start_char) + 1
            line_end = doc.text.find("\n", grade.end_char)
            line_end = len(doc.text) if line_end < 0 else line_end
            before = doc.text[line_start : grade.start_char].split()
            after = doc.text[grade.end_char : line_end].lstrip(" '\"’”")
            if len(before) > 2 or not after.startswith(":"):
                continue
            listed = doc.char_span(grade.end_char, line_end, alignment_mode="contract")
            if listed is not None and self._councils_in(listed):
                rows[grade.sent.start] = grade.label_
        return set(rows) if len(set(rows.values())) >= 2 else set()

    def __call__(self, doc: Doc) -> Doc:
        ctx = self._context(doc)
        ctx.report_dates = self._report_dates(doc, ctx)
        self._doc_topic = ctx.topic
        self._doc_pub = ctx.pub
        spans = self._grade_spans(doc)
        doc._.grade_spans = spans
        first_line_end = len(doc.text.strip().split("\n", 1)[0]) + (
            len(doc.text) - len(doc.text.lstrip())
        )
        found: dict[tuple, dict] = {}
        by_sent: dict[int, list[Span]] = {}
        last_subject: str | None = None
        for span in spans:
            by_sent.setdefault(span.sent.start, []).append(span)
        table = self._grade_table(spans)
        told: dict[bool, set[str]] = {True: set(), False: set()}  # the headline's grades, by time
        for _sent_start, grades in by_sent.items():
            sent = grades[0].sent
            if self._lists_the_scale(grades):
                continue
            headline = sent.start_char < first_line_end
            if not headline:
                ctx.headline_past = frozenset(told[False] - told[True])
            for grade in grades:
                for j in self.read(grade, sent, ctx, headline, last_subject):
                    if headline and j.pop("_background", False):
                        told[False].add(j["grade"])
                    elif headline and j["current"]:
                        told[True].add(j["grade"])
                    j.pop("_background", None)
                    if sent.start in table:
                        j.update(current=False, change=None)
                    key = (j["authority"], j["grade"], j["subject"], j["current"])
                    if (
                        key not in found
                        # a rating referred to ("keeps 'good' rating") gives way to one stated
                        or (found[key]["_referred"] and not j["_referred"])
                        or (
                            found[key]["change"] == "remains"
                            and j["change"] in ("new", "repeat", "downgrade")
                        )
                        or (found[key]["_unanchored"] and not j["_unanchored"])
                    ):
                        found[key] = (
                            j  # "still inadequate" in the headline, "rated inadequate again" below: a repeat
                        )
                    last_subject = j["subject"] if j["subject"] != "other" else last_subject
        # a grade the headline names is the news, unless the headline itself tells it as
        # background ("X received an inadequate rating and has since been criticised ...")
        headline_grades = {s.label_ for s in spans if s.start_char < first_line_end} - (
            told[False] - told[True]
        )
        ctx.headline_past = frozenset()
        judgements = self._reconcile(list(found.values()), ctx, headline_grades)
        # A stable order (current first, then by grade, subject and council): stored rows and
        # the Datasette views that list them do not depend on the order of the text's clauses.
        judgements.sort(
            key=lambda j: (not j["current"], j["grade"], j["subject"], j["authority"] or "")
        )
        for judgement in judgements:
            judgement["alert"] = self.alerts(judgement, ctx)
            judgement.pop("rater", None)
            judgement.pop("_sent_ofsted", None)
        self._article_alert(judgements, ctx, doc)
        doc._.judgements = judgements
        doc._.alert = any(j["alert"] for j in judgements)
        doc._.inspection_type = self._reported_type(doc) or ctx.main_type
        return doc

    def _article_alert(self, judgements: list[dict], ctx: Context, doc: Doc) -> None:
        """What the article as a whole is about decides among its alerting judgements: a
        council's new rating alerts when the article is about that council (named in the
        headline or the lede, or the council it mentions most), not in a side mention; three or
        more councils newly rated inadequate are a round-up, no one council's news."""
        alerting = {j["authority"] for j in judgements if j["alert"]}
        if not alerting:
            return
        lead = {
            r.codes[0] for s in doc.sents if s.start in ctx.lead_sents for r in self._councils_in(s)
        }
        for j in judgements:
            if j["alert"] and (
                len(alerting) >= 3
                or (j["authority"] not in lead and j["authority"] != doc._.focus_authority)
            ):
                j["alert"] = False

    def _reported_type(self, doc: Doc) -> str | None:
        """The inspection the article reports, for display: named in the headline or the
        two sentences after it."""
        sents = list(doc.sents)
        lead = doc[: sents[min(2, len(sents) - 1)].end].text if sents else doc.text
        return next((t for t, pattern in self.types if pattern.search(lead)), None)

    def _reconcile(
        self,
        judgements: list[dict],
        ctx: Context,
        headline_grades: frozenset[str] | set[str] = frozenset(),
    ) -> list[dict]:
        """Make the article's judgements agree with each other.

        - A judgement with no council that the article elsewhere gives to one is that one's;
          a children's services judgement of no council is a generic statement.
        - After the April 2026 reform there is no overall grade: where area judgements are
          given, a "children's services were judged X" is their summary, not a fifth grade.
        """
        # A rating told in the past tense in the body ("_unanchored") belongs to the
        # inspection the article reports when it reports one of that council elsewhere (the
        # areas of a new report) or its headline names the grade; otherwise it is an earlier one.
        anchored = {j["authority"] for j in judgements if j["current"] and not j["_unanchored"]}
        anchored |= {j["authority"] for j in judgements if j.pop("_news_of", False)}
        for j in judgements:
            if (
                j.pop("_unanchored", False)
                and j["authority"] not in anchored
                and j["grade"] not in headline_grades
            ):
                j.update(current=False, change=None)
        areas = {
            (j["authority"], j["current"]) for j in judgements if j["subject"] in AREA_SUBJECTS
        }
        dated = {
            (j["authority"], j["grade"], j["subject"]) for j in judgements if j.pop("_dated", False)
        }
        for j in judgements:
            if (
                j["current"]
                and j["change"] != "repeat"
                and (j["authority"], j["grade"], j["subject"]) in dated
            ):
                j.update(current=False, change=None)
        reported = {(j["authority"], j["grade"], j["subject"]) for j in judgements if j["current"]}
        reported_years: dict[tuple, set[int]] = {}
        for j in judgements:
            if j["current"] and j["year"] is not None:
                reported_years.setdefault((j["authority"], j["grade"], j["subject"]), set()).add(
                    j["year"]
                )
        owned = {(j["grade"], j["subject"], j["current"]) for j in judgements if j["authority"]}
        kept = []
        post_reform = bool(ctx.post_reform_text or (ctx.published or "") >= REFORM_REPORTS_FROM)
        for j in judgements:
            if (
                ctx.post_reform_text  # the text says there is no overall grade
                and j["current"]
                and j["subject"] == "children's services"
                and (j["authority"], True) not in areas
                and ALL_AREAS.search(j["evidence"])
            ):
                # after the reform there is no overall grade: "judged all four areas of X's
                # children's services to require improvement" is each area's grade
                kept += [{**j, "subject": area} for area in AREA_SUBJECTS]
                continue
            if j.pop("_referred", False) and (j["authority"], j["grade"], j["subject"]) in reported:
                continue  # "despite the 'inadequate' rating": the one the article reports
            if j["authority"] is None and (j["grade"], j["subject"], j["current"]) in owned:
                continue
            if (
                not j["current"]
                and j["year"] is not None
                and j["year"] in reported_years.get((j["authority"], j["grade"], j["subject"]), ())
            ):
                # "The overall conclusion by Ofsted that X's services are inadequate ...": the
                # grade the article reports, restated with that report's year, is that
                # report's, not an earlier judgement of the same grade
                continue
            if j["authority"] is None and j["subject"] in COUNCIL_SUBJECTS:
                continue
            if (
                post_reform
                and j["current"]
                and j["subject"] == "children's services"
                and (j["authority"], True) in areas
                # not an overall grade the text states as one ("rated ... good overall"): a
                # report published after April 2026 of an inspection before it has one
                and (ctx.post_reform_text or not self.overall.search(j["evidence"]))
            ):
                continue
            kept.append(j)
        # "rated inadequate again", "its second inadequate rating in a row": a repeat says
        # the same body had the same grade before, an earlier judgement of its own
        earlier = {(j["authority"], j["grade"], j["subject"]) for j in kept if not j["current"]}
        for j in list(kept):
            key = (j["authority"], j["grade"], j["subject"])
            if j["current"] and j["change"] == "repeat" and j["authority"] and key not in earlier:
                earlier.add(key)
                kept.append({**j, "current": False, "change": None, "year": None})
        return kept

    @staticmethod
    def alerts(j: dict, ctx: Context) -> bool:
        """A current, new 'inadequate' by Ofsted for an English council's children's services."""
        if not (
            j["authority"]
            and j["authority"].startswith("E")
            and j["grade"] == "inadequate"
            and j["current"]
        ):
            return False
        if (
            j["change"] not in ("new", "downgrade", "repeat")
            or j["inspection_type"] in NOT_OFSTED_TYPES
            or j.get("rater") == "other"
        ):
            return False
        if ctx.opinion:
            return False
        # Ofsted's by the text: the rater named, or Ofsted or an inspection in the rating's
        # sentence or in the article's headline and lede (not anywhere in the article).
        if not (j.get("rater") == "ofsted" or j.get("_sent_ofsted") or ctx.lead_ofsted):
            return False
        if j["subject"] == "children's services":
            return True
        post_reform = ctx.post_reform or (not ctx.published and (j["year"] or 0) >= 2026)
        if j["subject"] == LIMITING_AREA and not post_reform:
            # a full SIF or ILACS inspection that grades help and protection inadequate grades
            # the whole inadequate: its news is an inadequate overall judgement
            return (ctx.published or str(j["year"] or "")) >= SIF_START
        return j["subject"] in AREA_SUBJECTS and post_reform


def _dates_within(sent: Span, phrases: list[Token], known: list[Span]) -> list[Span]:
    """The sentence's DATE entities inside any of the phrases (subtrees), not yet known."""
    return [
        ent
        for ent in sent.ents
        if ent.label_ == "DATE"
        and ent not in known
        and any(p.left_edge.i <= ent.root.i <= p.right_edge.i for p in phrases)
    ]


def _caption_line(sent: Span) -> bool:
    """Is the sentence on a picture's caption line: a line with a picture credit, or a line
    the page printed twice (scraped pages repeat a caption under and beside the picture)?"""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    if PICTURE_CREDIT.search(line):
        return True
    return len(line) > 40 and text.count(line) > 1


if not Doc.has_extension("grade_spans"):
    Doc.set_extension("grade_spans", default=None)


@Language.factory(
    "sectorwatch_judgements",
    default_config={"cues_path": None},
    requires=["doc.sents", "doc.ents", "token.dep", "token.head", "doc._.authority_mentions"],
    assigns=["doc._.judgements", "doc._.alert", "doc._.inspection_type"],
)
def make_judgement_reader(nlp: Language, name: str, cues_path: str | None) -> JudgementReader:
    return JudgementReader.build(nlp, name, cues_path=cues_path or CUES)
