"""Judgements: Ofsted-style grades in context, and the article's alert decision.

For every grade word in a sentence ("inadequate", "requires improvement", "'good'",
"Ofsted's lowest rating") the extractor decides, from the clause around it:
- is it a rating at all ("inadequate funding", "a good understanding", "to be good": no);
- its subject (the overall judgement, one of the area judgements, or a school, home,
  hospital, care home, adult social care, youth justice...);
- whose it is (the council named in the clause, else "the council" resolved, else the
  council in focus; schools and homes belong to no council unless council-run);
- current or historical ("was rated inadequate in 2014", "no longer inadequate",
  "down from good"), and the change (new, remains, downgrade, improvement);
- the inspection type and year.
Sets doc._.judgements (dicts, one per authority/grade/subject/current) and doc._.alert.
The cue vocabularies are data: patterns/judgements.json.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.serialize import DataFiles

CUES = Path(__file__).resolve().parent / "patterns" / "judgements.json"
GRADE_ORDER = {"outstanding": 1, "good": 2, "adequate": 3, "requires improvement": 3, "inadequate": 4}
AREA_SUBJECTS = ("help and protection", "children in care", "care leavers", "leadership")
LA_SUBJECTS = ("children's services", *AREA_SUBJECTS, "adoption", "adult social care", "youth justice")
CHILDRENS_SUBJECTS = ("children's services", *AREA_SUBJECTS, "adoption")
UNGRADED_TYPES = ("focused visit", "monitoring visit", "JTAI", "SEND area inspection")
NOT_OFSTED_TYPES = (*UNGRADED_TYPES, "CQC", "other")
REFORM_DATE = "2026-04-01"  # Ofsted dropped the overall effectiveness grade from ILACS
SIF_START, ILACS_START = "2013-11-01", "2018-01-01"
# Clause boundaries: cues for timing and whose judgement it is do not cross them...
CLAUSE = re.compile(r";|\s(?:whereas|while|but|although|though|however|compared with|compared to)\s|,\s(?:which|while|whereas|but|and)\s")
# ... but a list of subjects does ("leaders, children in care, and care leavers were...").
SUBJECT_CLAUSE = re.compile(r";|\s(?:whereas|while|but|although|though|however|compared with|compared to)\s|,\s(?:which|while|whereas|but)\s")
YEAR = re.compile(r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b")
MONTH_ONLY = re.compile(r"\bin\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)\d\d)")
MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], 1)}
NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
COUNCIL_RUN = re.compile(r"council[- ]run|run by (?:the )?(?:[A-Z][\w&' ]+ )?(?:council|authority)|local authority[- ]run|council's own|council-owned", re.I)

for _name in ("judgements", "alert", "inspection_type"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class Context:
    """What the whole article says that each grade mention needs."""

    published: str | None
    ref_year: int | None
    main_type: str | None
    opinion: bool
    ofsted: bool
    post_reform_text: bool
    cqc: bool = False  # the article is about the CQC's ratings, not Ofsted's

    @property
    def post_reform(self) -> bool:
        return (self.published or "") >= REFORM_DATE or self.post_reform_text


@dataclass
class Mention:
    """One grade word in a sentence, with the clause around it."""

    grade: str
    surface: str
    start: int  # character offsets in the sentence
    pre: str  # the clause before the grade (timing, whose)
    subject_pre: str  # the same, not cut at ", and" (lists of subjects)
    post: str  # the clause after the grade
    following: str  # the sentence after the grade, uncut ("from good to inadequate")
    labels: bool = False  # the grade qualifies councils or a council's name: a standing label


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class JudgementExtractor(DataFiles):
    data_files = {"cues_path": "judgements.json"}

    def __init__(self, nlp: Language, name: str, cues_path: str | None):
        self.name = name
        with open(cues_path or CUES, encoding="utf-8") as fh:
            cues = json.load(fh)
        self.grades = [(_ci(p), g) for p, g in cues["grades"]]
        self.subjects = [(s, _ci(p)) for s, p in cues["subjects"]]
        self.types = [(t, _ci(p)) for t, p in cues["inspection_types"]]
        for key in (
            "rating_before", "strong_before", "rating_after", "non_rating_nouns", "non_rating_subject", "hypothetical",
            "negated", "no_longer", "historical_before", "historical_after", "remains", "downgrade", "upgrade", "from_to",
            "from_before", "now_before", "generic_grade_use", "areas_subject", "other_inspectorates", "ofsted_context",
            "post_reform_markers", "overall_after", "area_predicate", "found_to_have", "generic_subject",
            "label_after", "future_after", "noun_after", "comparison_before", "scale_listing",
        ):
            setattr(self, key, _ci(cues[key]))
        self.opinion_markers = _ci(cues["opinion_markers"])
        # A sentence with none of these words has no grade: most sentences, skipped cheaply.
        self.any_grade = re.compile(r"inadequate|improvement|good|outstanding|adequate|lowest|highest|worst|\bRI\b|\btop ", re.I)

    # -- the article as a whole -------------------------------------------------------------

    def _context(self, doc: Doc, text: str) -> Context:
        published = doc._.published
        years = [int(m.group("year")) for m in YEAR.finditer(text) if 1990 < int(m.group("year")) < 2100]
        sents = list(doc.sents)
        lead = text[: sents[min(1, len(sents) - 1)].end_char] if sents else text  # headline and first sentence
        main_type = next((t for t, pattern in self.types if pattern.search(lead)), None)
        first_line = text.strip().split("\n", 1)[0]
        first_person = len(re.findall(r"\b(?:I|I'm|I've|my|me)\b", text))
        words = max(1, len(text.split()))
        return Context(
            published=published,
            ref_year=int(published[:4]) if published else (max(years) if years else None),
            main_type=main_type,
            opinion=bool(self.opinion_markers.match(first_line)) or first_person / words > 0.012,
            ofsted=bool(self.ofsted_context.search(text)),
            cqc=bool(re.search(r"\bCQC\b|care quality commission", lead, re.I)) and not re.search(r"\bofsted\b", lead, re.I),
            post_reform_text=bool(self.post_reform_markers.search(text)),
        )

    # -- finding grade words and their clauses ----------------------------------------------

    def _mentions(self, sentence: str, before_sentence: str) -> list[Mention]:
        taken: list[tuple[int, int, str]] = []
        for pattern, grade in self.grades:
            for m in pattern.finditer(sentence):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                    taken.append((m.start(), m.end(), grade))
        taken.sort()
        mentions = []
        for index, (start, end, grade) in enumerate(taken):
            prev_end = taken[index - 1][1] if index else 0
            next_start = taken[index + 1][0] if index + 1 < len(taken) else len(sentence)
            pre_full = sentence[prev_end:start]
            if index and len(pre_full.strip(" \"'")) <= 4:
                # "from inadequate to good", "inadequate and requires improvement": the
                # earlier grade's clause is this one's too.
                pre_full = sentence[max(0, start - 100):start]
            if not pre_full.strip() and before_sentence in "\"'":
                pre_full = before_sentence  # the sentence splitter leaves an opening quote behind
            cuts = [m.end() for m in CLAUSE.finditer(pre_full)]
            subject_cuts = [m.end() for m in SUBJECT_CLAUSE.finditer(pre_full)]
            pre = pre_full[cuts[-1] - 1 if cuts else 0:]
            subject_pre = pre_full[subject_cuts[-1] - 1 if subject_cuts else 0:]
            post_full = sentence[end:next_start]
            stop = CLAUSE.search(post_full)
            post = post_full[: stop.start()] if stop else post_full
            mentions.append(Mention(grade, sentence[start:end], start, pre, subject_pre, post, sentence[end : end + 60]))
        return mentions

    # -- one grade mention ------------------------------------------------------------------

    def _is_rating(self, m: Mention) -> bool:
        pre, post, grade = m.pre, m.post, m.grade
        quoted = pre.endswith('"') or pre.endswith("'")
        if self.found_to_have.search(pre) and not self.future_after.search(post):
            return True  # "was found to have good leadership"
        if post.lstrip().startswith("?") or self.hypothetical.search(pre) or self.negated.search(pre):
            return False
        if self.future_after.search(post):
            return False  # "to have at least a 'good' rating by 2022"
        if grade in ("good", "outstanding") and re.search(r"\b(?:below|above|than|beneath|short of|bordering on|tending towards)\s*[\"']?\s*$", pre, re.I):
            return False  # "the second highest grade below outstanding"
        if self.non_rating_subject.search(pre) or self.generic_subject.search(pre):
            return False  # "funding is 'inadequate'", "140 children's homes were rated inadequate"
        if re.search(r"rating|grade|judgement", m.surface, re.I):
            return True  # "Ofsted's lowest rating"
        if self.from_before.search(pre) or self.from_to.search(pre[-60:] + m.surface + m.following):
            return True  # "down from good", "from good to inadequate"
        after_quote = post[1:] if quoted and post[:1] in "\"'" else post
        if not quoted and self.non_rating_nouns.match(post):
            return False
        if self.generic_grade_use.search(pre) and not self.rating_after.match(after_quote):
            return False  # "an inadequate inspection", "any good council"
        if self.areas_subject.search(pre) and not quoted:
            return False  # "areas were highlighted as requiring improvement"
        strong = bool(self.strong_before.search(pre)) or bool(self.rating_after.match(after_quote))
        if grade in ("good", "outstanding", "adequate") or m.surface.lower().startswith("requiring"):
            as_rated = re.search(r"\bas\s*\"?$", pre) and re.search(r"\b(?:found|rated|judged)\b", pre)
            return quoted or strong or bool(as_rated) or bool(self.area_predicate.search(pre))
        if grade == "requires improvement":
            return True  # "services require improvement" is a rating by itself
        return quoted or strong or bool(self.rating_before.search(pre))

    def _subjects(self, m: Mention) -> list[str]:
        noun = self.noun_after.match(m.post)
        if noun:  # "the 'inadequate' services", "good leadership" (when a rating)
            word = noun.group("noun").lower()
            return [{"services": "children's services", "provision": "children's services"}.get(word, word)]
        tail = re.match(r"^\s*\"?\s*(?:for|in|on)\s+(.{0,90})", m.post)
        if self.found_to_have.search(m.pre):
            tail = re.match(r"^\s*(.{0,60})", m.post)  # "found to have good leadership"
        windows = [(m.subject_pre[-160:], False)] + ([(tail.group(1), True)] if tail else [])
        if tail and any(p.search(tail.group(1)) for s_, p in self.subjects if s_ in AREA_SUBJECTS or s_ not in LA_SUBJECTS):
            windows = [(tail.group(1), True)]  # "inadequate for help and protection": the subject is its own
        found: dict[str, int] = {}
        for window, after in windows:
            spans = [(s, x.start(), x.end()) for s, pattern in self.subjects for x in pattern.finditer(window)]
            # A match inside a longer one of another subject is part of it (the SIF title
            # "services for children in need of help and protection, ... care leavers").
            spans = [a for a in spans if not any(b[1] <= a[1] and a[2] <= b[2] and (b[2] - b[1]) > (a[2] - a[1]) for b in spans)]
            for subject, start, end in spans:
                distance = start + 1 if after else len(window) - end
                found[subject] = min(found.get(subject, 10_000), distance)
        specific = {s: d for s, d in found.items() if s != "children's services"}
        non_la = {s: d for s, d in specific.items() if s not in LA_SUBJECTS}
        if non_la:
            return [min(non_la, key=non_la.get)]
        if not specific or self.overall_after.match(m.post):
            return ["children's services"]  # also "judged inadequate overall", "in all areas"
        if "children's services" in found and found["children's services"] < min(specific.values()):
            return ["children's services"]
        return sorted(specific, key=specific.get)

    def _timing(self, m: Mention, ctx: Context) -> tuple[bool, str | None, int | None]:
        """(current, change, year) for one mention."""
        pre, post, grade = m.pre, m.post, m.grade
        year = None
        clause = pre[-80:] + m.surface + post[:60]
        for y in YEAR.finditer(clause):
            year = int(y.group("year"))
        pair = self.from_to.search(pre[-60:] + m.surface + m.following)
        if pair:
            old, new = self._grade_name(pair.group("a").lower()), self._grade_name(pair.group("b").lower())
            if grade == old and grade != new and pair.start() < len(pre[-60:]) + 1:
                return False, None, year
            if grade == new:
                change = "improvement" if GRADE_ORDER[old] > GRADE_ORDER[new] else "downgrade"
                return True, change, year or self._year_of(ctx)
        if self.from_before.search(pre):
            return False, None, year  # "down from good"
        if m.labels:
            return False, None, year  # "'inadequate' councils", "at 'inadequate' Surrey": a standing label
        if self.no_longer.search(pre):
            return False, "improvement", year
        now = bool(self.now_before.search(pre))
        historical = self.historical_before.search(pre[-100:]) or self.historical_after.search(post)
        if historical and not now:
            return False, None, year
        if not now and self._older(clause, ctx):
            return False, None, year
        change = "new"
        if self.remains.search(pre):
            change = "remains"
        elif self.downgrade.search(pre):
            change = "downgrade"
        elif self.upgrade.search(pre):
            change = "improvement"
        return True, change, year or self._year_of(ctx)

    @staticmethod
    def _year_of(ctx: Context) -> int | None:
        return int(ctx.published[:4]) if ctx.published else None

    @staticmethod
    def _grade_name(text: str) -> str:
        return "requires improvement" if text.startswith("requir") else text

    @staticmethod
    def _older(clause: str, ctx: Context) -> bool:
        """Does the clause date the judgement too long before the article to be its news?
        A month named (with or without a year) four or more months before publication, or
        a year before the publication year (January-February articles aside)."""
        dated = [(int(y.group("year")), MONTHS.get(y.group("month") or "", 0)) for y in YEAR.finditer(clause)]
        if ctx.published:
            pub_year, pub_month = int(ctx.published[:4]), int(ctx.published[5:7] or 12)
            dated += [(pub_year, MONTHS[x.group("month")]) for x in MONTH_ONLY.finditer(clause)]
            for year, month in dated:
                if month and (pub_year * 12 + pub_month) - (year * 12 + month) >= 4:
                    return True
                if not month and year < pub_year and not (year == pub_year - 1 and pub_month <= 2):
                    return True
            return False
        return bool(ctx.ref_year) and any(year < ctx.ref_year for year, _ in dated)

    def _inspection_type(self, sentence: str, ctx: Context, year: int | None, subject: str) -> str | None:
        for type_name, pattern in self.types:
            if pattern.search(sentence):
                return type_name
        if subject not in CHILDRENS_SUBJECTS:
            return "CQC" if subject in ("hospital", "care home", "adult social care") and re.search(r"\bCQC\b|care quality commission", sentence, re.I) else None
        if ctx.main_type:
            return ctx.main_type
        when = f"{year}-06-01" if year else ctx.published
        if not when:
            return None
        if when >= ILACS_START:
            return "ILACS"
        return "SIF" if when >= SIF_START else "other"

    # -- whose judgement ---------------------------------------------------------------------

    @staticmethod
    def _authority(doc: Doc, sent: Span, grade_char: int, pre_start: int, subject: str, neighbourhood: str) -> str | None:
        refs = [r for r in (doc._.authority_refs or []) if len(r.codes) == 1]
        in_sent = [r for r in refs if sent.start <= r.start < sent.end]
        clause_before = [r for r in in_sent if pre_start <= doc[r.start].idx < grade_char]
        if subject not in LA_SUBJECTS:
            # A school or home is the council's only when the text says the council runs it.
            owner = [r for r in clause_before if r.end < len(doc) and doc[r.end].lower_ in ("'s", "’s")]
            if owner:
                return owner[-1].codes[0]
            if not COUNCIL_RUN.search(neighbourhood):
                return None
            near = [r for r in refs if abs(r.start - sent.start) < 80]
            return near[0].codes[0] if near else doc._.focus_authority
        if clause_before:
            return clause_before[-1].codes[0]
        before = [r for r in in_sent if doc[r.start].idx < grade_char]
        after = [r for r in in_sent if doc[r.start].idx >= grade_char]
        if before:
            return before[-1].codes[0]
        if after:
            return after[0].codes[0]
        earlier = [r for r in refs if r.start < sent.start]
        if earlier:
            return earlier[-1].codes[0]
        return doc._.focus_authority

    def _lists_the_scale(self, mentions: list[Mention], sentence: str) -> bool:
        if len(mentions) >= 2 and self.scale_listing.search(sentence):
            return True
        if len({m.grade for m in mentions}) < 3:
            return False
        gaps = [sentence[a.start + len(a.surface) : b.start] for a, b in zip(mentions, mentions[1:])]
        return all(re.fullmatch(r"[\s,'\"–-]*(?:or|and|to)?[\s,'\"–-]*", gap) for gap in gaps)

    @staticmethod
    def _listed_authorities(doc: Doc, sent: Span, grade_char: int, pre_start: int, text: str) -> list[str]:
        """Councils listed together before the grade ("Birmingham, Lincolnshire and Suffolk
        received a good rating") all get it; [] when the clause names fewer than two."""
        mentions = [r for r in (doc._.authority_mentions or []) if len(r.codes) == 1
                    and sent.start <= r.start < sent.end and pre_start <= doc[r.start].idx < grade_char]
        if len(mentions) < 2:
            return []
        run = [mentions[-1]]
        for earlier in reversed(mentions[:-1]):
            gap = text[doc[earlier.end - 1].idx + len(doc[earlier.end - 1]) : doc[run[0].start].idx]
            if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)?\s*", gap):
                break
            run.insert(0, earlier)
        return [m.codes[0] for m in run] if len(run) >= 2 else []

    # -- the component ------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text.translate(NORMALISE)
        ctx = self._context(doc, text)
        sents = list(doc.sents)
        found: dict[tuple, dict] = {}
        ref_starts = sorted((doc[r.start].idx, r) for r in (doc._.authority_refs or []) if r.kind != "reference")
        for index, sent in enumerate(sents):
            sentence = text[sent.start_char : sent.end_char]
            if not self.any_grade.search(sentence):
                continue
            before = text[sent.start_char - 1 : sent.start_char] if sent.start_char else ""
            neighbourhood = text[sents[max(0, index - 1)].start_char : sents[min(len(sents) - 1, index + 1)].end_char]
            mentions = self._mentions(sentence, before)
            if self._lists_the_scale(mentions, sentence):
                continue  # "'inadequate', 'requires improvement', 'good' or 'outstanding'": the scale itself
            for m in mentions:
                grade_end = sent.start_char + m.start + len(m.surface)
                at = bisect.bisect_left(ref_starts, (grade_end,), key=lambda x: (x[0],))
                m.labels = bool(self.label_after.match(m.post)) or any(
                    idx - grade_end <= 3 and idx < sent.end_char and not text[grade_end:idx].strip(" '\"")
                    for idx, _ in ref_starts[at : at + 1]
                )
                if not self._is_rating(m):
                    continue
                current, change, year = self._timing(m, ctx)
                subjects = self._subjects(m)
                inspectorate = self.other_inspectorates.search(sentence)
                pre_start = sent.start_char + m.start - len(m.pre)
                listed = self._listed_authorities(doc, sent, sent.start_char + m.start, pre_start, text)
                for subject, authority in ((s_, a_) for s_ in subjects for a_ in (listed if listed and s_ in LA_SUBJECTS else
                                           [self._authority(doc, sent, sent.start_char + m.start, pre_start, s_, neighbourhood)])):
                    if subject == "children's services" and (inspectorate or ctx.cqc):
                        # CQC grades a council's adult social care with the same four words.
                        cqc = ctx.cqc or re.search(r"\bCQC\b|care quality commission", inspectorate.group(0), re.I)
                        subject = "adult social care" if cqc and authority else "other"
                    kind = self._inspection_type(sentence, ctx, year, subject)
                    is_current = current
                    if subject in CHILDRENS_SUBJECTS and (ctx.main_type in UNGRADED_TYPES or ctx.opinion):
                        is_current = False  # a visit with no grade, or a column: grades are the past's
                    judgement = {
                        "_dated_same": not is_current and bool(YEAR.search(m.pre[-80:] + m.post[:60]) or MONTH_ONLY.search(m.post[:60]))
                        and not re.search(r"\b(?:previous(?:ly)?|last (?:inspection|time|full|ofsted)|first|earlier|before|former(?:ly)?|again|since)\b", m.pre + m.post, re.I),
                        "authority": authority,
                        "grade": m.grade,
                        "subject": subject,
                        "inspection_type": kind,
                        "current": is_current,
                        "change": change if is_current else None,
                        "year": year if (year or not is_current) else self._year_of(ctx),
                        "evidence": re.sub(r"\s+", " ", sent.text).strip(),
                    }
                    kept = found.setdefault((authority, m.grade, subject, is_current), judgement)
                    kept["_dated_same"] = kept["_dated_same"] or judgement["_dated_same"]
        judgements = self._reconcile(list(found.values()), ctx)
        for judgement in judgements:
            judgement["alert"] = self.alerts(judgement, ctx)
        doc._.judgements = judgements
        doc._.alert = any(j["alert"] for j in judgements)
        doc._.inspection_type = self._reported_type(doc, text) or ctx.main_type
        return doc

    def _reported_type(self, doc: Doc, text: str) -> str | None:
        """The inspection the article reports, for display: named in the headline or the
        two sentences after it (judgement timing uses the first sentence only)."""
        sents = list(doc.sents)
        lead = text[: sents[min(2, len(sents) - 1)].end_char] if sents else text
        return next((t for t, pattern in self.types if pattern.search(lead)), None)

    @staticmethod
    def _reconcile(judgements: list[dict], ctx: Context) -> list[dict]:
        """Make the article's judgements agree with each other.

        - A grade the article also calls past ("no longer inadequate", "was inadequate in
          2014") is not current when the article gives another current grade for it.
        - A judgement with no council that the article elsewhere gives to one is that one;
          a children's services judgement of no council is a generic statement.
        - After the April 2026 reform there is no overall grade: where area judgements are
          given, a "children's services were judged X" is their summary, not a fifth grade.
        """
        past = {(j["authority"], j["grade"], j["subject"]) for j in judgements if not j["current"]}
        # "Reading's services were rated inadequate in August last year": an article that
        # dates the rating, with no word of an earlier one, reports that rating, not a new one.
        dated = {(j["authority"], j["grade"], j["subject"]) for j in judgements if j.pop("_dated_same", False)}
        areas = {(j["authority"], j["current"]) for j in judgements if j["subject"] in AREA_SUBJECTS}
        owned = {(j["grade"], j["subject"], j["current"]) for j in judgements if j["authority"]}
        merged: dict[tuple, dict] = {}
        for j in judgements:
            key = (j["authority"], j["grade"], j["subject"])
            if j["authority"] is None and (j["grade"], j["subject"], j["current"]) in owned:
                continue  # a headline's "children's home rated inadequate", whose the body says
            if j["authority"] is None and j["subject"] in CHILDRENS_SUBJECTS:
                continue  # "councils rated inadequate": no council's judgement
            if j["current"] and j["change"] == "new" and key in dated:
                j = {**j, "current": False, "change": None}
            if j["current"] and j["change"] == "new" and key in past:
                if any(
                    o["current"] and o["authority"] == j["authority"] and o["subject"] == j["subject"] and o["grade"] != j["grade"]
                    for o in judgements
                ):
                    j = {**j, "current": False, "change": None}
            if ctx.post_reform and j["current"] and j["subject"] == "children's services" and (j["authority"], True) in areas:
                continue
            merged.setdefault((j["authority"], j["grade"], j["subject"], j["current"]), j)
        return list(merged.values())

    @staticmethod
    def alerts(j: dict, ctx: Context) -> bool:
        """A current, new 'inadequate' for an English council's children's services."""
        if not (j["authority"] and j["authority"].startswith("E") and j["grade"] == "inadequate" and j["current"]):
            return False
        if j["change"] not in ("new", "downgrade") or j["inspection_type"] in NOT_OFSTED_TYPES:
            return False
        if ctx.opinion or not ctx.ofsted:
            return False
        if j["subject"] == "children's services":
            return True
        post_reform = ctx.post_reform or (not ctx.published and (j["year"] or 0) >= 2026)
        return j["subject"] in AREA_SUBJECTS and post_reform


@Language.factory(
    "sectorwatch_judgements",
    default_config={"cues_path": None},
    requires=["doc.sents", "doc._.authority_mentions", "doc._.authority_refs", "doc._.focus_authority"],
    assigns=["doc._.judgements", "doc._.alert", "doc._.inspection_type"],
)
def make_judgement_extractor(nlp: Language, name: str, cues_path: str | None) -> JudgementExtractor:
    return JudgementExtractor.build(nlp, name, cues_path=cues_path or CUES)
