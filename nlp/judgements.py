"""Judgements: Ofsted-style grades in context, and the article's alert decision.

For every grade word in a sentence ("inadequate", "requires improvement", "'good'",
"Ofsted's lowest rating") the extractor decides, from the clause around it:
- is it a rating at all ("inadequate funding", "a good understanding", "to be good": no);
- its subject (the overall judgement, one of the area judgements, or a school, home,
  hospital, care home, adult social care, youth justice...);
- whose it is (the council named in the clause, else "the council" resolved, else the
  council in focus; schools and hospitals belong to no council unless council-run);
- current or historical ("was rated inadequate in 2014", "no longer inadequate"), and
  the change (new, remains, downgrade, improvement);
- the inspection type and year.
Sets doc._.judgements (dicts, one per authority/grade/subject/current) and doc._.alert.
The cue vocabularies are data: patterns/judgements.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

CUES = Path(__file__).resolve().parent / "patterns" / "judgements.json"
GRADE_ORDER = {"outstanding": 1, "good": 2, "adequate": 3, "requires improvement": 3, "inadequate": 4}
AREA_SUBJECTS = ("help and protection", "children in care", "care leavers", "leadership")
LA_SUBJECTS = ("children's services", *AREA_SUBJECTS, "adoption", "adult social care", "youth justice")
UNGRADED_TYPES = ("focused visit", "monitoring visit", "JTAI", "SEND area inspection", "CQC", "other")
REFORM_DATE = "2026-04-01"  # Ofsted dropped the overall effectiveness grade from ILACS
SIF_START, ILACS_START = "2013-11-01", "2018-01-01"
BOUNDARY = re.compile(r";|\s(?:whereas|while|but|although|though|however|compared with|compared to|and was|and were)\s|,\s(?:which|while|whereas|but|and)\s")
YEAR = re.compile(r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?P<year>(?:19|20)\d\d)\b")
MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], 1)}
NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})

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


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


class JudgementExtractor:
    def __init__(self, nlp: Language, name: str, cues_path: str | None):
        self.name = name
        with open(cues_path or CUES, encoding="utf-8") as fh:
            cues = json.load(fh)
        self.grades = [(_ci(p), g) for p, g in cues["grades"]]
        self.subjects = [(s, _ci(p)) for s, p in cues["subjects"]]
        self.types = [(t, _ci(p)) for t, p in cues["inspection_types"]]
        for key in (
            "rating_before", "strong_before", "rating_after", "non_rating_nouns", "hypothetical", "negated",
            "no_longer", "historical_before", "historical_after", "remains", "downgrade", "upgrade", "from_to",
            "now_before", "generic_grade_use", "areas_subject", "other_inspectorates", "ofsted_context",
            "post_reform_markers",
        ):
            setattr(self, key, _ci(cues[key]))
        self.opinion_markers = _ci(cues["opinion_markers"])

    # -- the article as a whole -------------------------------------------------------------

    def _context(self, doc: Doc, text: str) -> Context:
        published = doc._.published
        years = [int(m.group("year")) for m in YEAR.finditer(text) if 1990 < int(m.group("year")) < 2100]
        lead = text[:600]
        main_type = None
        for type_name, pattern in self.types:
            if pattern.search(lead):
                main_type = type_name
                break
        first_line = text.strip().split("\n", 1)[0]
        first_person = len(re.findall(r"\b(?:I|I'm|I've|my|me)\b", text))
        words = max(1, len(text.split()))
        return Context(
            published=published,
            ref_year=int(published[:4]) if published else (max(years) if years else None),
            main_type=main_type,
            opinion=bool(self.opinion_markers.match(first_line)) or first_person / words > 0.012,
            ofsted=bool(self.ofsted_context.search(text)),
            post_reform_text=bool(self.post_reform_markers.search(text)),
        )

    # -- one grade mention ------------------------------------------------------------------

    def _grade_mentions(self, text: str) -> list[tuple[int, int, str]]:
        taken: list[tuple[int, int, str]] = []
        for pattern, grade in self.grades:
            for m in pattern.finditer(text):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                    taken.append((m.start(), m.end(), grade))
        return sorted(taken)

    def _is_rating(self, grade: str, surface: str, pre: str, post: str) -> bool:
        quoted = pre.endswith('"') or pre.endswith("'")
        if post.lstrip().startswith("?"):
            return False
        if self.hypothetical.search(pre) or self.negated.search(pre):
            return False
        if "rating" in surface.lower() or "grade" in surface.lower() or "judgement" in surface.lower():
            return True  # "Ofsted's lowest rating"
        after_quote = post[1:] if quoted and post[:1] in "\"'" else post
        if not quoted and self.non_rating_nouns.match(post):
            return False
        if self.generic_grade_use.search(pre) and not self.rating_after.match(after_quote):
            return False  # "an inadequate inspection", "any good council"
        if self.areas_subject.search(pre) and not quoted:
            return False  # "areas were highlighted as requiring improvement"
        strong = bool(self.strong_before.search(pre)) or bool(self.rating_after.match(after_quote))
        if grade in ("good", "outstanding", "adequate") or surface.lower().startswith("requiring"):
            return quoted or strong or bool(re.search(r"\bas\s*\"?$", pre) and re.search(r"\b(?:found|rated|judged)\b", pre))
        return quoted or strong or bool(self.rating_before.search(pre))

    def _subjects(self, pre: str, post: str) -> list[str]:
        found: dict[str, int] = {}
        # Area and other subjects in the clause before the grade, or after it ("for help and protection").
        tail = re.match(r"^\s*\"?\s*(?:for|in|on)\s+(.{0,90})", post)
        windows = [(pre[-140:], 0)] + ([(tail.group(1), 1000)] if tail else [])
        for window, bonus in windows:
            for subject, pattern in self.subjects:
                for m in pattern.finditer(window):
                    distance = (len(window) - m.end()) if bonus == 0 else m.start() + 1
                    found[subject] = min(found.get(subject, 10_000), distance)
        if not found:
            return ["children's services"]
        specific = {s: d for s, d in found.items() if s != "children's services"}
        if not specific:
            return ["children's services"]
        non_la = {s: d for s, d in specific.items() if s not in LA_SUBJECTS}
        if non_la:
            return [min(non_la, key=non_la.get)]
        if "children's services" in found and found["children's services"] < min(specific.values()):
            return ["children's services"]
        return sorted(specific, key=specific.get)

    def _timing(self, grade: str, pre: str, post: str, sentence: str, ctx: Context) -> tuple[bool, str | None, int | None]:
        """(current, change, year) for one mention."""
        year = None
        clause = pre[-80:] + post[:60]
        for m in YEAR.finditer(clause):
            year = int(m.group("year"))
        if self.no_longer.search(pre):
            return False, "improvement", year
        pair = self.from_to.search(pre[-60:] + grade + post[:60])
        if pair and pair.group("a").lower().startswith(grade[:8].lower()) and not pair.group("b").lower().startswith(grade[:8].lower()):
            return False, None, year
        now = bool(self.now_before.search(pre))
        historical = self.historical_before.search(pre[-100:]) or self.historical_after.search(post)
        if historical and not now:
            return False, None, year
        if year and not now and ctx.ref_year and self._older(year, clause, ctx):
            return False, None, year
        change = "new"
        if self.remains.search(pre):
            change = "remains"
        elif pair or self.downgrade.search(pre) or self.upgrade.search(pre):
            old = pair.group("a").lower() if pair else None
            if old and GRADE_ORDER.get(self._grade_name(old), 0) > GRADE_ORDER[grade]:
                change = "improvement"
            elif old or self.downgrade.search(pre):
                change = "downgrade" if not old or GRADE_ORDER.get(self._grade_name(old), 0) < GRADE_ORDER[grade] else "improvement"
            else:
                change = "improvement"
        if year is None and ctx.published:
            year = int(ctx.published[:4])
        return True, change, year

    @staticmethod
    def _grade_name(text: str) -> str:
        return "requires improvement" if text.startswith("requir") else text

    @staticmethod
    def _older(year: int, clause: str, ctx: Context) -> bool:
        """Is a date named in the clause too long before the article to be its news?"""
        month = 12
        for m in YEAR.finditer(clause):
            if int(m.group("year")) == year and m.group("month"):
                month = MONTHS[m.group("month")]
        if ctx.published:
            pub_year, pub_month = int(ctx.published[:4]), int(ctx.published[5:7] or 12)
            return (pub_year * 12 + pub_month) - (year * 12 + month) > 9
        return ctx.ref_year is not None and year < ctx.ref_year

    def _inspection_type(self, sentence: str, ctx: Context, year: int | None, subject: str) -> str | None:
        for type_name, pattern in self.types:
            if pattern.search(sentence):
                return type_name
        if subject not in LA_SUBJECTS or subject in ("adult social care", "youth justice"):
            return "CQC" if subject in ("hospital", "care home", "adult social care") and "cqc" in sentence.lower() else None
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
    def _authority(doc: Doc, sent: Span, grade_char: int, pre_start: int, subject: str, sentence: str) -> str | None:
        refs = [m for m in (doc._.authority_refs or []) if len(m.codes) == 1]
        if subject not in LA_SUBJECTS:
            if not re.search(r"council[- ]run|run by (?:the |[A-Z][\w ]+ )?council|local authority[- ]run|council's own|council-owned", sentence, re.I):
                return None
        in_sent = [m for m in refs if sent.start <= m.start < sent.end]
        clause_before = [m for m in in_sent if pre_start <= doc[m.start].idx < grade_char]
        if clause_before:
            return clause_before[-1].codes[0]
        after = [m for m in in_sent if doc[m.start].idx >= grade_char]
        before = [m for m in in_sent if doc[m.start].idx < grade_char]
        if before:
            return before[-1].codes[0]
        if after:
            return after[0].codes[0]
        earlier = [m for m in refs if m.start < sent.start]
        if earlier:
            return earlier[-1].codes[0]
        return doc._.focus_authority

    # -- the component ------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text.translate(NORMALISE)
        ctx = self._context(doc, text)
        found: dict[tuple, dict] = {}
        for sent in doc.sents:
            sentence = text[sent.start_char : sent.end_char]
            mentions = self._grade_mentions(sentence)
            for index, (start, end, grade) in enumerate(mentions):
                prev_end = mentions[index - 1][1] if index else 0
                next_start = mentions[index + 1][0] if index + 1 < len(mentions) else len(sentence)
                pre_full = sentence[prev_end:start]
                cut = [m.start() for m in BOUNDARY.finditer(pre_full)]
                pre = pre_full[cut[-1]:] if cut else pre_full
                if not cut and index and len(pre_full.strip(" \"'")) <= 4:
                    # "from inadequate to good", "inadequate and requires improvement": the
                    # earlier grade's clause is this one's too.
                    pre = sentence[max(0, start - 100):start]
                post_full = sentence[end:next_start]
                stop = BOUNDARY.search(post_full)
                post = post_full[: stop.start()] if stop else post_full
                surface = sentence[start:end]
                opening = text[sent.start_char + start - 1 : sent.start_char + start] if sent.start_char + start else ""
                if not pre.strip() and opening in "\"'":
                    pre = opening  # the sentence splitter leaves an opening quote behind
                if not self._is_rating(grade, surface, pre, post):
                    continue
                current, change, year = self._timing(grade, pre, post, sentence, ctx)
                subjects = self._subjects(pre, post)
                if self.other_inspectorates.search(sentence) and subjects == ["children's services"]:
                    subjects = ["other"]
                pre_start = sent.start_char + start - len(pre)
                for subject in subjects:
                    authority = self._authority(doc, sent, sent.start_char + start, pre_start, subject, sentence)
                    judgement = {
                        "authority": authority,
                        "grade": grade,
                        "subject": subject,
                        "inspection_type": self._inspection_type(sentence, ctx, year, subject),
                        "current": current,
                        "change": change if current else None,
                        "year": year,
                        "evidence": re.sub(r"\s+", " ", sent.text).strip(),
                    }
                    key = (authority, grade, subject, current)
                    found.setdefault(key, judgement)
        judgements = self._reconcile(list(found.values()))
        for judgement in judgements:
            judgement["alert"] = self.alerts(judgement, ctx)
        doc._.judgements = judgements
        doc._.alert = any(j["alert"] for j in judgements)
        doc._.inspection_type = ctx.main_type
        return doc

    @staticmethod
    def _reconcile(judgements: list[dict]) -> list[dict]:
        """A grade the article also calls past ("no longer inadequate", "was inadequate in
        2014") is not current when the article gives another current grade for that subject."""
        past = {(j["authority"], j["grade"], j["subject"]) for j in judgements if not j["current"]}
        merged: dict[tuple, dict] = {}
        for j in judgements:
            key = (j["authority"], j["grade"], j["subject"])
            if j["current"] and j["change"] == "new" and key in past:
                if any(
                    o["current"] and o["authority"] == j["authority"] and o["subject"] == j["subject"] and o["grade"] != j["grade"]
                    for o in judgements
                ):
                    j = {**j, "current": False, "change": None}
            merged.setdefault((j["authority"], j["grade"], j["subject"], j["current"]), j)
        return list(merged.values())

    @staticmethod
    def alerts(j: dict, ctx: Context) -> bool:
        """A current, new 'inadequate' for an English council's children's services."""
        if not (j["authority"] and j["authority"].startswith("E") and j["grade"] == "inadequate" and j["current"]):
            return False
        if j["change"] not in ("new", "downgrade") or j["inspection_type"] in UNGRADED_TYPES:
            return False
        if ctx.opinion or not ctx.ofsted:
            return False
        if j["subject"] == "children's services":
            return True
        post_reform = (ctx.published or "") >= REFORM_DATE or ((j["year"] or 0) >= 2026) or ctx.post_reform_text
        return j["subject"] in AREA_SUBJECTS and post_reform


@Language.factory("sectorwatch_judgements", default_config={"cues_path": None})
def make_judgement_extractor(nlp: Language, name: str, cues_path: str | None) -> JudgementExtractor:
    return JudgementExtractor(nlp, name, cues_path)
