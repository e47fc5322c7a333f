"""People: who the article quotes or names, in what role, for which council or body.

Sets doc._.people: [{"name", "role", "authority", "affiliation", "mentions"}], where
"authority" is the person's council as a GSS code, or the body they speak for ("Ofsted",
"DfE", "ADCS", a trust or organisation as the text names it), or None; "affiliation" is the
same as a reader names it (the council's official name, the body's full name).

Names are found by nlp/people_names.py: runs of capitalised words that the NER, a given
name, a title, a role, a speech verb, what only a person is (", who", an age, "the death
of"), a list of other people or a titled surname elsewhere vouches for; bylines, picture
credits and an author's furniture are dropped, as are bodies named after a person ("the
Ann Craft Trust"). Surnames alone are linked to the full name ("Livingstone" is
Mike Livingstone). Roles are read from appositions on either side of any mention ("Mike
Livingstone, the council's director of children's services" / "director of children's
services, Mike Livingstone" / "children's minister Josh MacAlister" / "Mike Livingstone as
lead member" / "Mike Livingstone was appointed interim director of ..."), else from a title
("Cllr" is a councillor). Affiliation: a body or council the role names ("Ofsted's regional
director", "leader of Medway Council"); a chair's or chief executive's organisation named
nearest in the sentence; a council post's council named in the sentence, else the article's.
Vocabularies are data: patterns/roles.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.authorities import doc_district_places, doc_place_starts, doc_places
from nlp.people_names import NameFinder, load_given_names
from nlp.serialize import DataFiles

ROLES = Path(__file__).resolve().parent / "patterns" / "roles.json"

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

# Roles whose holder belongs to a body rather than to the council in focus.
ROLE_OF_TITLE = {
    "cllr": "councillor",
    "councillor": "councillor",
    "coun": "councillor",
    "cr": "councillor",
    "mayor": "mayor",
}
BODY_NAMES = {
    "DfE": "Department for Education",
    "ADCS": "Association of Directors of Children's Services",
    "CQC": "Care Quality Commission",
    "LGA": "Local Government Association",
    "HMI Probation": "HM Inspectorate of Probation",
}
BODY_OF_ROLE = [
    (re.compile(r"\bprobation\b"), "HMI Probation"),
    (re.compile(r"\bcqc\b|care quality commission"), "CQC"),
    (
        re.compile(
            r"\b(?:hmi|his majesty's inspector|her majesty's inspector|chief inspector|lead inspector|regional director|national director)\b"
        ),
        "Ofsted",
    ),
    (re.compile(r"\b(?<!prime )(?:minister|education secretary|secretary of state)\b"), "DfE"),
]
GENERIC_WORDS = {
    "chair",
    "chairman",
    "trust",
    "board",
    "council",
    "dcs",
    "ceo",
    "academy",
    "school",
    "committee",
    "cabinet",
    "government",
}
BODY_CASE = {"ofsted": "Ofsted", "dfe": "DfE", "adcs": "ADCS", "cqc": "CQC", "lga": "LGA"}
GENERIC_ROLE = re.compile(
    r"\b(?:chief executive|ceo|chair|chairman|chairwoman|president|principal|headteacher|head teacher|manager|founder|trustee|officer|spokesperson|spokesman|spokeswoman|chief constable)\b"
)
COUNCIL_ROLE = re.compile(
    r"\b(?:director|dcs|member|leader|mayor|councillor|chief executive|portfolio holder|cabinet lead|"
    r"social worker|assistant director|head of|service manager|team manager|scrutiny|social work officer)\b"
)
BODY_POSSESSORS = {
    "ofsted": "Ofsted",
    "dfe": "DfE",
    "the dfe": "DfE",
    "adcs": "ADCS",
    "cqc": "CQC",
    "the lga": "LGA",
    "lga": "LGA",
    "nhs": "NHS",
}
# Whose role it is: "the council's", "Manchester City Council's", "Ofsted's" (not "for Children's").
POSSESSOR = re.compile(
    r"^((?:[Tt]he\s+)?(?:(?:city|county|borough|local)\s+)?(?:council|authority|trust|watchdog|inspectorate|government|department)"
    r"|(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)'s\s+"
)
# A council named in full: capitalised words before "Council" ("Mole Valley District Council").
OTHER_COUNCIL = re.compile(
    r"(?:[A-Z][\w&'-]*\s+){1,5}(?:Borough |District |City |Town |Parish )?Council\b"
)
APOS = str.maketrans({"’": "'", "‘": "'"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(APOS)).strip()


class PeopleTagger(DataFiles):
    data_files = {"roles_path": "roles.json"}

    def __init__(self, nlp: Language, name: str, roles_path: str | None):
        self.name = name
        self.nlp = nlp
        with open(roles_path or ROLES, encoding="utf-8") as fh:
            data = json.load(fh)
        heads = sorted({_norm(h).lower() for h in data["heads"]}, key=len, reverse=True)
        quals = sorted({_norm(q).lower() for q in data["qualifiers"]}, key=len, reverse=True)
        self.titles = {t.lower() for t in data["titles"]}
        self.speech = "|".join(data["speech_verbs"])
        # "Jane Smith, prosecuting, said": counsel's part in a hearing
        self.court_role = re.compile(rf"^\s*,\s*(?:{'|'.join(data['court_roles'])})\s*[,.;:]")
        # "..., said Jane Smith", but not "told Public Finance"
        self.speech_before_re = re.compile(
            rf"\b(?:{'|'.join(data['speech_verbs_before_name'])})\s*$"
        )
        # "Jane Smith said", "Jane Smith, said:", "Jane Smith from the council said"
        self.speech_after = re.compile(
            rf"^\s*(?:,\s*)?(?:(?:from|of|at)\s+[^.,;:\"“”]{{1,40}}?\s+)?(?:{self.speech})\b"
        )
        head = "(?:" + "|".join(re.escape(h) for h in heads) + ")"
        qual = "(?:" + "|".join(re.escape(q) for q in quals) + r")\s+"
        # "of children's services", "for the North West", "for children, young people and families"
        # Complement words are no verbs or clause words: "assistant director for early help"
        # stops before "to fill the job vacated by"; "executive director" before "of a department".
        word = r"(?!(?:to|by|with|from|in|on|after|before|who|which|that|has|had|have|was|were|is|are|will|would|a|an|said|says|added|told)\b)[\w'&-]+"
        complement = rf"(?:\s+(?:of|for|at)(?:(?:,(?=(?:\s[\w'&-]+){{1,3}}\s(?:and|&)\s))?\s+{word}){{1,9}}?)?"
        possessor = r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'&-]*\s+){0,5}?(?:(?:city|county|borough)\s+)?(?:council|city|county|borough|authority|trust|(?-i:[A-Z])[\w&-]*)'s\s+)?"
        # "deputy leader and cabinet member for children": one person, two posts
        # "CQC chief executive", "UNISON national officer": a body's acronym before the post
        acronym = r"(?:(?-i:[A-Z]{2,7})\s+)?"
        modifier = r"(?:(?!(?:to|by|with|from|in|on|who|whose|which|that|a|an|the|and|or|said|says)\b)[a-z]+\s+)?"
        role = rf"(?P<role>{possessor}{acronym}(?:{qual})*{modifier}{head}\b{complement}(?:\s+and\s+(?:{qual})*{head}\b{complement})?)"
        # the role ends at punctuation, a verb or clause word, "(ADCS)", or "of a department"
        end = rf"(?=\s*(?:,|\.|;|:|\)|\(|$|–|—|\s(?:{self.speech}|who|has|had|is|was|at|in|on|to)\b|\s(?:of|for)\s+(?:a|an|that|this)\b))"
        # After the name: "Jane Smith, the council's ...", "Jane Smith CBE, chief executive
        # of ...", "Jane Smith as lead member", "Jane Smith the director for ...", "Jane Smith
        # was appointed interim director of ...".
        opener = (
            r"^\s*(?:(?-i:CBE|OBE|MBE|DBE|KBE|KC|QC|QPM)\b)?"
            r"(?:\s*(?:,|\(|–|—)\s*(?:who\s+is\s+|who\s+was\s+|now\s+|a\s+|an\s+)?"
            r"|\s*as\s+|\s*(?=the\s)"
            r"|\s*(?:was|is|has\s+been|had\s+been)\s+(?:appointed|named|made|elected|voted\s+in|chosen)\s+(?:as\s+)?"
            r"|\s*(?:is|was|will\s+be|becomes|became)\s+(?:(?:the|its|their)\s+new\s+|(?=(?:the|its|their)\s+(?:interim|acting)\s+)))"
            r"(?:the\s+|its\s+|their\s+)?"
        )
        self.right = re.compile(opener + role + end, re.IGNORECASE)
        self.left = re.compile(r"(?:^|[\s,(“\"'])(?:the\s+)?" + role + r"\s*,?\s*$", re.IGNORECASE)
        self.names = NameFinder(data, load_given_names())
        self.names.vouch = lambda span: self._vouched_by_context(span.doc, span)
        # What the sentence's structure says of a run, whatever its words: the subject of a
        # verb only people do ("Ngozi Asante praised the service"), a role in apposition
        # ("Iestyn Pugh, the partnership's independent chair"), an event of a person's post
        # before it ("the departure of Folasade Okoro").
        # (their forms: the pipeline has no lemmatizer)
        self.person_verbs = {
            form
            for verb in data.get("person_verbs", [])
            for form in (verb, verb + "s", verb + "d", verb + "ed", re.sub(r"y$", "ied", verb))
        } | {"said", "says", "told", "thought", "felt", "wrote", "spoke"}
        self.person_event_before = re.compile(
            r"\b(?:"
            + "|".join(re.escape(e) for e in data.get("person_events_before", []))
            + r")\s+$",
            re.IGNORECASE,
        )
        # What only a person is: "Jane Smith, who...", "Jane Smith, 34,", "Jane Smith died",
        # "Jane Smith KC" (an honour or silk after the name); "the death of Jane Smith".
        # Witnesses for a run the NER alone reads as a name.
        self.described_after = re.compile(
            r"^\s*(?:,\s*(?:who|whose)\b|,\s*(?:aged\s+)?\d{1,2}\s*[,.]|\(\d{1,2}\)|\s+died\b"
            r"|\s+(?-i:CBE|OBE|MBE|DBE|KBE|BEM|KC|QC|QPM)\b"
            # a councillor's party in brackets: "Jane Smith (Lab)", "(Con, Maidenbower)"
            r"|\s*\((?-i:Lab|Labour|Con|Conservative|LD|Lib Dem|Liberal Democrat|Green|Ind|Independent|Reform|SNP|Plaid|PC)\b)"
        )
        self.victim_before = re.compile(
            r"\b(?:death|deaths|murder|killing|manslaughter|abuse|neglect|mother|father|"
            r"stepfather|stepmother|son|daughter)\s+of\s+$",
            re.IGNORECASE,
        )
        # the noun each role is headed by ("director" of "director of children's services")
        self.role_nouns = {re.split(r"\s+(?:of|for|to)\s+", h)[0].split()[-1] for h in heads} - {
            "children's",
            "education",
            "service",
            "services",
            "team",
            "board",
        }
        self.role_heads = {
            w for h in heads for w in h.split() if w not in ("of", "for", "the", "and")
        } - {"children's", "education"}
        self.trailing_titles = re.compile(
            r"(?:\b(?:" + "|".join(re.escape(t) for t in self.titles) + r")\.?\s*)+$", re.IGNORECASE
        )

    # -- names ------------------------------------------------------------------------------

    def _linker(self):  # noqa: ANN202 - the authority linker, to trim council names off names
        return (
            self.nlp.get_pipe("sectorwatch_authorities")
            if "sectorwatch_authorities" in self.nlp.pipe_names
            else None
        )

    def _vouched_by_context(self, doc: Doc, run: Span) -> bool:
        """A title, a role or a speech verb beside the run."""
        before = doc.text[max(0, run.start_char - 160) : run.start_char]
        after = doc.text[run.end_char : run.end_char + 160]
        return bool(
            self.names.title_before(run)  # "Cllr Jane Smith"
            or self.speech_after.match(after)  # "Jane Smith said"
            or self.court_role.match(after)  # "Jane Smith, defending, said"
            or self.speech_before_re.search(before)  # "..., said Jane Smith"
            or self.right.match(_norm(after))  # "Jane Smith, director of ..."
            or self.left.search(
                self.trailing_titles.sub("", _norm(before))
            )  # "director of ..., Jane Smith"
            or self._vouched_by_structure(run)
        )

    @staticmethod
    def _in_list_of_places(span: Span, places: set[int]) -> bool:
        """The span is one of a list of places ("Coventry Knowsley and Leeds said ..."): a
        separator and another place beside it."""
        doc = span.doc
        after = doc[span.end : span.end + 2]
        before = doc[max(0, span.start - 2) : span.start]
        return (
            len(after) == 2 and after[0].lower_ in (",", "and", "&") and after[1].i in places
        ) or (len(before) == 2 and before[1].lower_ in (",", "and", "&") and before[0].i in places)

    def _vouched_by_structure(self, run: Span) -> bool:
        """The parse says the run is a person (see __init__): its head is the subject of a
        person's verb, or stands in apposition with a role, or follows a post's event."""
        if len(run) < 2:
            return False
        doc = run.doc
        root = run.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in self.person_verbs:
            return True
        for token in run:
            for child in token.children:
                if child.dep_ == "appos" and not (run.start <= child.i < run.end):
                    if child.lower_ in self.role_nouns:
                        return True  # "Jane Smith, the trust's independent chair"
            if (
                token.dep_ == "appos"
                and not (run.start <= token.head.i < run.end)
                and token.head.lower_ in self.role_nouns
            ):
                return True  # "the chair, Jane Smith"
        before = doc.text[max(0, run.start_char - 40) : run.start_char]
        return bool(self.person_event_before.search(before))

    def _common_word_surname(self, doc: Doc, run: Span, blocked: set[int]) -> Span | None:
        """'Tim Leader, acting chief executive', 'Anthony May OBE, chief executive': a given
        name and a surname that is also a role, a month or another word that is no name
        alone. They are a name when the NER reads the two as one person, nothing capitalised
        follows (not a title before another name), and a role or a speech verb beside the
        pair vouches for a person; else the given name stands alone, as before."""
        if len(run) != 1 or run.end + 1 >= len(doc) or run[0].text not in self.names.given:
            return None
        given, surname, after = run[0], doc[run.end], doc[run.end + 1]
        if (
            surname.i in blocked
            or surname.lower_ not in self.names.stop
            or not re.fullmatch(r"[A-Z][a-z]+", surname.text)
            or given.whitespace_ != " "
            or self.names.title_case_line(given)
            or given.ent_type_ != "PERSON"
            or surname.ent_type_ != "PERSON"
            or surname.ent_iob_ != "I"
            or re.fullmatch(r"[A-Z][a-z]+", after.text)  # "Tim Lord Smith"
        ):
            return None
        pair = doc[run.start : run.end + 1]
        return pair if self._vouched_by_context(doc, pair) else None

    @staticmethod
    def _surname_recurs_alone(doc: Doc, run: Span) -> bool:
        """The run's last word stands alone elsewhere as the subject of a clause ("Marinescu
        also recommended", "Marinescu said"): a person named in full, then by surname, as
        news names people; a place or a body is named in full again."""
        surname = run[-1].text
        for token in doc:
            if token.text != surname or run.start <= token.i < run.end:
                continue
            prev = doc[token.i - 1] if token.i > 0 else None
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if (prev is not None and prev.text[:1].isupper() and not prev.is_sent_start) or (
                nxt is not None and nxt.text[:1].isupper()
            ):
                continue  # part of another capitalised name
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
                return True
        return False

    def _in_role(self, doc: Doc, run: Span) -> bool:
        """The run completes a role ("head of Early Help", "member for Children and Families")."""
        window = doc[max(0, run.start - 8) : run.start]
        return any(t.lower_ in self.role_heads for t in window)

    def _mentions(self, doc: Doc) -> dict[str, list[Span]]:
        """Full name -> every mention of that person (full, or surname alone)."""
        names = self.names
        ner = {t.i for e in doc.ents if e.label_ == "PERSON" and e.ent_id_ != "body" for t in e}
        # Councils and places break names, except a place that follows a given name ("Simon Blackburn").
        places = doc_places(doc)
        surnames = {
            i
            for i in places
            if i > 0
            and i - 1 not in places
            and (
                doc[i - 1].text in self.names.given
                # "Summer Sutton": a word the NER reads as one person with the place after it
                or (
                    doc[i - 1].ent_type_ == "PERSON"
                    and doc[i - 1].ent_iob_ == "B"
                    and doc[i].ent_iob_ == "I"
                    and doc[i - 1].text[:1].isupper()
                )
            )
        }
        # (across a wrapped line's break: "chief executive Peter\nWalton is in talks")
        surnames |= {
            i
            for i in places
            if i > 1 and doc[i - 1].text == "\n" and doc[i - 2].text in self.names.given
        }
        # ... and a place that is a given name between a title and a surname ("Councillor
        # Angus Millar", "Cllr Kent Walker")
        surnames |= {
            i
            for i in places
            if i + 1 < len(doc)
            and doc[i].text in self.names.given
            and self.names.title_before(doc[i : i + 1])
            and i + 1 not in places
            and doc[i + 1].text[:1].isupper()
            and "\n" not in doc[i].whitespace_
        }
        # ... and a place that is a given name before a surname, when a role, a title or a
        # speech verb beside the pair vouches for a person ("Kent Rich, director of ...")
        surnames |= {
            i
            for i in places
            if i + 1 < len(doc)
            and doc[i].text in self.names.given
            and (i == 0 or not doc[i - 1].text[:1].isupper())
            and i + 1 not in places  # (not one place of two words: "Milton Keynes")
            and re.fullmatch(r"[A-Z][a-z'’-]+", doc[i + 1].text) is not None
            and doc[i + 1].lower_ not in self.names.stop
            and not self.names._org_word(doc[i + 1].lower_)
            and "\n" not in doc[i].whitespace_
            and self._vouched_by_context(doc, doc[i : i + 2])
        }
        # ... and a name of places only ("Kent Barnet", "Lincoln Bradford") that the NER reads
        # as one person and a title, a role or a speech verb beside it vouches for: the
        # places are the person's (the linker does not list them either)
        for ent in doc.ents:
            words = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
            if (
                ent.label_ == "PERSON"
                and ent.ent_id_ != "body"
                and 2 <= len(words) <= 3
                # (each word a place of its own: "Milton Keynes" is one place, no name)
                and all(t.is_title and t.i in doc_place_starts(doc) for t in words)
                and "\n" not in ent.text
                and not self._in_list_of_places(ent, places)
                and self._vouched_by_context(doc, doc[words[0].i : words[-1].i + 1])
            ):
                surnames |= {t.i for t in words}
        blocked = {i for m in (doc._.authority_mentions or []) for i in range(m.start, m.end)}
        blocked = (blocked | places | doc_district_places(doc)) - surnames
        blocked |= {t.i for e in doc.ents if e.ent_id_ == "body" for t in e}
        person_ends = {
            e.start: e.end for e in doc.ents if e.label_ == "PERSON" and e.ent_id_ != "body"
        }
        runs = [
            names.cut(names.trim(r), person_ends) if len(r) > 1 else r
            for r in names.runs(doc, blocked)
        ]
        # "Tim Leader, acting chief executive": a surname that is a common word
        runs = [self._common_word_surname(doc, r, blocked) or r for r in runs]
        # "Jane Smith Welcomes Findings" in a headline is the Jane Smith of the text
        pairs = {r.text for r in runs if len(r) == 2}
        runs = [r[:2] if len(r) > 2 and r[:2].text in pairs else r for r in runs]
        singles = [r for r in runs if len(r.text.split()) == 1]  # "Okafor", "Turner-Stewart"
        # (not the first copy of a caption printed twice: "Cllr Sam|CorcoranCllr Sam Corcoran")
        titled = [
            r
            for r in singles
            if names.title_before(r) in names.surname_titles
            and not (r.end < len(doc) and names.doubled(doc[r.end]))
        ]
        titled += names.after_plural_title(doc, singles)  # "Councillors Hartley, Okafor and Mbeki"
        titled_surnames = {r.text for r in titled}
        people: list[Span] = []
        pending: list[Span] = []
        loose: list[Span] = []
        for run in runs:
            if len(run.text.split()) < 2 or names.glued(run) or len(run[-1].text) == 1:
                continue  # (no surname is one letter: "Purston E-Act Academy")
            in_ner = sum(t.i in ner for t in run) * 2 >= len(run)
            if names.is_organisation(run) and not (
                # "Becky Hall, the council's assistant director": a surname that is also a
                # building's word, when a role, a title or a speech verb vouches for a person
                names.surname_like_org_word(run) and self._vouched_by_context(doc, run)
            ):
                continue
            given = names.has_given_name(run) and not names.title_case_line(run[0])
            prev = doc[run.start - 1].lower_ if run.start > 0 else ""
            if prev in names.company_nouns:
                continue  # "accountancy firm Grant Thornton": the body's name
            described = bool(self.described_after.match(doc.text[run.end_char : run.end_char + 24]))
            if prev in ("in", "at", "on", "to", "from", "near") and not (
                described
                or (in_ner and given)
                or self.right.match(_norm(doc.text[run.end_char : run.end_char + 160]))
            ):  # "thanks to Jane Smith as lead member": a role says it is a person
                continue  # "the site at Newton Aycliffe": a place
            if (
                not in_ner
                and not described  # "the death of Rhodri Pryce, who was killed"
                and not self.person_event_before.search(
                    doc.text[max(0, run.start_char - 40) : run.start_char]
                )  # "the departure of Folasade Okoro"
                and prev in ("for", "of", "and", "&", "the")
                and (not given or self._in_role(doc, run))
            ):
                continue  # "cabinet member for Children, Young People and Families", "head of Early Help"
            if (
                given
                or described
                or run[-1].text in titled_surnames
                or self._vouched_by_context(doc, run)
            ):
                people.append(run)
            elif in_ner:
                pending.append(run)  # the NER alone: needs another witness
            elif len(run) <= 3 and not names.title_case_line(run[0]):
                loose.append(run)  # nothing vouches for it, unless it is listed with people

        def listed(a: Span, b: Span) -> bool:
            between = doc[min(a.end, b.end) : max(a.start, b.start)]
            return len(between) <= 2 and all(t.text in (",", ";", "and", "&") for t in between)

        # A run the NER alone reads as a name counts when it stands in a list with other
        # people ("Jennifer Chalkley, Oskar Nash, and Sara Sharif") or its surname recurs.
        for run in pending:
            beside = any(listed(run, other) for other in people)
            recurs = sum(t.text == run[-1].text for t in doc) >= 2
            victim = self.victim_before.search(
                doc.text[max(0, run.start_char - 30) : run.start_char]
            )
            if beside or recurs or victim:
                people.append(run)
        # A run nothing vouches for, in a list of three or more with people on it ("Rio
        # Ferdinand, Ryan Giggs and Wayne Rooney"): one more name of the list.
        for run in loose:
            if len(run) == 2 and self._surname_recurs_alone(doc, run):
                people.append(run)  # "Oksana Marinescu ... Marinescu also recommended"
                continue
            if any(
                listed(run, other)
                and any(listed(other, third) for third in people if third is not other)
                for other in people
            ):
                people.append(run)
        people.sort(key=lambda r: r.start)
        # "Mark and Lisa Smith": the first of a couple shares the surname
        for run in list(people):
            if run.start >= 2 and doc[run.start - 1].lower_ in ("and", "&"):
                first = doc[run.start - 2 : run.start - 1]
                if first[0].text in names.given and any(
                    r.start == first.start and len(r) == 1 for r in singles
                ):
                    people.append(first)
        full: dict[str, list[Span]] = {}
        bylines: set[str] = set()
        credited: dict[str, list[Span]] = {}
        bare: dict[str, list[Span]] = {}
        for span in people:
            if len(span) == 1:  # a partner's first name: "Mark" of "Mark and Lisa Smith"
                partner = next(p for p in people if p.start == span.end + 1)
                text = f"{names.display(span)} {partner[-1].text}"
            else:
                text = names.display(span)
            # "Paul Moffat" and "Paul Moffatt" in one article are one man
            # ("Alli Parkinson" and "Allison Parkinson" too)
            text = next(
                (
                    n
                    for n in full
                    if (
                        n.split()[:-1] == text.split()[:-1]
                        and names.same_surname(n.split()[-1], text.split()[-1])
                    )
                    or names.short_form(n, text)
                ),
                text,
            )
            full.setdefault(text, []).append(span)
            if names.credit_or_byline(span):
                bylines.add(text)
                credited.setdefault(text, []).append(span)
            elif names.bare_line(span, people):
                bare.setdefault(text, []).append(span)
        # A byline's author is not a person of the text, wherever else the name appears; a
        # name alone on its line is an author's line unless the person is in the text too.
        for text, spans in bare.items():
            surname = text.split()[-1]
            if len(spans) == len(full[text]) and not any(
                t.text == surname for t in doc if not any(s.start <= t.i < s.end for s in spans)
            ):
                bylines.add(text)
        for text in bylines:
            spans = credited.get(text, [])
            if spans and len(spans) < len(full[text]) and all(map(names.picture_credit, spans)):
                continue  # "Picture: Alison Dilnutt" of a picture of her, named in the text
            full.pop(text, None)
        # Surnames: any capitalised token equal to a known surname; a titled surname that
        # matches no full name is a person named by surname alone ("Cllr Revans").
        by_surname = {name.split()[-1]: name for name in full}
        for token in doc:
            name = by_surname.get(token.text)
            if name and not any(s.start <= token.i < s.end for s in full[name]):
                full[name].append(doc[token.i : token.i + 1])
        for run in titled:
            if any(
                run.start >= s.start and run.end <= s.end for spans in full.values() for s in spans
            ):
                continue
            match = next((n for n in full if names.same_surname(n.split()[-1], run.text)), None)
            if match:
                full[match].append(run)
                continue
            title = names.title_before(run)
            text = (
                f"{doc[run.start - 1].text} {run.text}"
                if title in ("lord", "lady", "baroness", "baron", "justice", "judge")
                else run.text
            )
            if (
                title == "justice"
                and run.start >= 2
                and doc[run.start - 2].lower_ in ("mr", "mrs", "ms")
            ):
                text = f"{doc[run.start - 2].text} Justice {run.text}"
            if not names.credit_or_byline(run):
                full.setdefault(text, []).append(run)
        # One word that the NER or the given names call a person, speaking: "Jones said
        # Ofsted had a responsibility", "Chris told the meeting" (a text that starts after
        # the full name, or names a person by one name only).
        for run in singles:
            token = run[0]
            if len(run) != 1 or any(
                s.start <= token.i < s.end for spans in full.values() for s in spans
            ):
                continue
            before = doc[token.i - 1] if token.i > 0 else None
            opens_clause = (
                before is None
                or bool(token.is_sent_start)
                or before.is_punct
                or before.lower_ in ("and", "but", "then")
                or before.lower_.rstrip(".") in names.titles
            )  # not "councillor for Bestwood added": a ward after a verb
            if (
                opens_clause
                and (token.i in ner or token.text in names.given)
                and not names.title_case_line(token)
                and self.speech_after.match(doc.text[run.end_char : run.end_char + 60])
                and not names.credit_or_byline(run)
            ):
                # "Sir James said" is the James Munby named before; "Jones said", Ms Jones
                match = next((n for n in full if token.text in (n.split()[0], n.split()[-1])), None)
                full.setdefault(match or token.text, []).append(run)
        for span in names.anonymised_subjects(doc):
            full.setdefault(span.text, []).append(span)
        for span in names.relatives_by_first_name(doc, singles):
            if not any(span.text in n.split() for n in full):
                full.setdefault(span.text, []).append(span)
        return full

    # -- roles ------------------------------------------------------------------------------

    def _role_near(self, span: Span) -> tuple[str, str] | None:
        sent = span.sent
        after = _norm(span.doc.text[span.end_char : sent.end_char])[:160]
        before = self.trailing_titles.sub(
            "", _norm(span.doc.text[sent.start_char : span.start_char])[-160:]
        ).rstrip()
        match = self.right.match(after)
        if match:
            return match.group("role"), after[match.end() : match.end() + 60]
        match = self.left.search(before + " ")
        if match and match.group("role").lower() not in self.titles:
            return match.group("role"), ""
        return None

    def _split_role(self, raw: str, tail: str, doc: Doc, span: Span) -> tuple[str, str | None]:
        """Role text without its possessor or council complement; and the affiliation."""
        role = _norm(raw)
        affiliation: str | None = None
        acronym = re.match(r"^([A-Z]{2,7})\s+(?=\w)", role)
        if acronym and acronym.group(1) not in ("HM", "HMI", "DCS", "MP", "CEO"):
            # "CQC chief executive", "UNISON national officer": the body is the acronym's
            affiliation = BODY_CASE.get(acronym.group(1).lower(), acronym.group(1))
            role = role[acronym.end() :]
        possessor = POSSESSOR.match(role)
        if possessor and possessor.group(1).lower() in ("children", "young people"):
            possessor = None  # "children's minister" is the role itself
        if possessor:
            owner = possessor.group(1).lower()
            if owner in BODY_POSSESSORS:
                affiliation = BODY_POSSESSORS[owner]
            else:
                affiliation = self._authority_in(possessor.group(1), doc, span)
                role = role[possessor.end() :]
        # "... for Manchester city council": the last for/at/of that names a council.
        complement = re.match(
            r"^(.+)\s+(?:for|at|of)\s+((?:the\s+)?[\w' &-]*?\b(?:council|borough|authority|trust)\b[\w' &-]*)$",
            role,
            re.I,
        )
        if complement:
            affiliation = affiliation or self._authority_in(complement.group(2), doc, span)
            role = complement.group(1)
        if affiliation is None:
            tail_match = re.match(r"^\s*(?:for|at|of|in)\s+([^,.;]{3,60})", tail)
            if tail_match:
                affiliation = self._authority_in(tail_match.group(1), doc, span)
        return role.lower(), affiliation

    @staticmethod
    def _authority_in(text: str, doc: Doc, span: Span) -> str | None:
        lowered = text.lower()
        for mention in doc._.authority_mentions or []:
            if mention.text.lower() in lowered and len(mention.codes) == 1:
                return mention.codes[0]
        named = OTHER_COUNCIL.search(text)
        if named:
            # "Newcastle-under-Lyme Borough Council's leader": a council by name that has no
            # children's services (a district, a parish) is the affiliation as written
            return named.group(0)
        if re.search(r"\b(?:council|authority|borough|city|county)\b", lowered):
            return _nearest_authority(doc, span)
        return None

    def _affiliation_by_role(self, role: str | None, doc: Doc, span: Span) -> str | None:
        if not role or re.search(r"\bshadow\b|\bopposition\b", role):
            return None  # an opposition spokesperson speaks for a party, not the body they shadow
        body_before = self._body_before(span)
        if body_before:
            return body_before  # "the DfE commissioner, Jane Smith"
        for pattern, body in BODY_OF_ROLE:
            if pattern.search(role):
                return body
        if "adcs" in role or "association of directors" in role:
            return "ADCS"
        if re.search(r"\binspector\b", role) and "ofsted" in doc.text.lower():
            return "Ofsted"
        if GENERIC_ROLE.search(role) and not re.search(
            r"\b(?:council|county|borough|city)\b", role
        ):
            # "chief executive", "chair": of whichever organisation the sentence names nearest
            organisation = _organisation_near(doc, span)
            if organisation:
                return organisation
        if COUNCIL_ROLE.search(role) and role != "mp":
            return _council_of(doc, span)
        return None

    @staticmethod
    def _body_before(span: Span) -> str | None:
        """A named body's word in the role beside the name: "the DfE commissioner, Jane
        Smith", "DfE commissioner Jane Smith", "Jane Smith, the DfE commissioner, said"."""
        doc = span.doc
        window = list(doc[max(span.sent.start, span.start - 4) : span.start])
        if span.end < len(doc) and doc[span.end].text == ",":
            for token in doc[span.end + 1 : min(span.sent.end, span.end + 7)]:
                if token.is_punct:
                    break
                window.append(token)
        for token in window:
            if token.text in BODY_CASE.values():
                return token.text
        return None

    def _role_from_title(self, spans: list[Span]) -> str | None:
        """'Cllr Jane Smith' is a councillor, 'Mayor Jones' a mayor, 'Jane Smith MP' an MP."""
        for span in spans:
            title = self.names.title_before(span)
            if title in ROLE_OF_TITLE:
                return ROLE_OF_TITLE[title]
            if span.end < len(span.doc) and span.doc[span.end].text == "MP":
                return "MP"
        return None

    def __call__(self, doc: Doc) -> Doc:
        people = []
        mentions = self._mentions(doc)
        surnames = {name.split()[-1].lower() for name in mentions}
        for name, spans in mentions.items():
            role = affiliation = None
            others = surnames - {name.split()[-1].lower()}
            for span in sorted(spans, key=lambda s: s.start):
                found = self._role_near(span)
                if found and not any(
                    re.search(rf"\b{re.escape(o)}\b", found[0].lower()) for o in others
                ):
                    role, affiliation = self._split_role(found[0], found[1], doc, span)
                    affiliation = affiliation or self._affiliation_by_role(role, doc, span)
                    break
            if role is None:
                role = self._role_from_title(spans)
                affiliation = self._affiliation_by_role(
                    role.lower() if role else None, doc, spans[0]
                )
            people.append(
                {
                    "name": name,
                    "role": role,
                    "authority": affiliation,
                    "affiliation": _display(affiliation),
                    "mentions": len(spans),
                }
            )
        doc._.people = people
        return doc


def _display(affiliation: str | None) -> str | None:
    """The affiliation as a reader names it: a council's official name, a body's full name."""
    if not affiliation:
        return None
    if re.fullmatch(r"[EWSN]\d{8}", affiliation):
        from nlp.pipeline import authority_names  # the pipeline module imports this one

        return authority_names().get(affiliation, affiliation)
    return BODY_NAMES.get(affiliation, affiliation)


def _organisation_near(doc: Doc, span: Span) -> str | None:
    """The organisation named nearest the person in their sentence: a council (its code), a
    children's trust or another body (its name as written), or None."""
    sent = span.sent
    found: list[tuple[int, str]] = []
    for mention in doc._.authority_mentions or []:
        if sent.start <= mention.start < sent.end:
            name = (
                mention.text
                if mention.kind == "trust"
                else (mention.codes[0] if len(mention.codes) == 1 else None)
            )
            if name:
                found.append(
                    (min(abs(mention.start - span.end), abs(span.start - mention.end)), name)
                )
    for ent in sent.ents:
        if ent.label_ != "ORG" or any(
            m.start <= ent.start < m.end for m in doc._.authority_mentions or []
        ):
            continue
        if (
            ent.start < span.end
            and span.start < ent.end
            or any(t.ent_type_ == "PERSON" for t in ent)
        ):
            continue  # the NER's "Trust's Chair Jacqui Smith" is the person, not a body
        name = re.sub(r"^(?:the|The)\s+|\s*['’]s$", "", ent.text).strip()
        if len(name.split()) == 1 and (not name[:1].isupper() or name.lower() in GENERIC_WORDS):
            continue  # "Chair", "Trust", "academy": words, not an organisation's name
        if re.search(r"\b(?:council|borough)\b", name, re.I):
            continue
        name = BODY_CASE.get(name.lower(), name)
        found.append((min(abs(ent.start - span.end), abs(span.start - ent.end)), name))
    return min(found)[1] if found else None


def _council_of(doc: Doc, span: Span) -> str | None:
    """A council officer's or member's council: one named in their sentence, else the
    article's council, else the one named last before them."""
    refs = [m for m in (doc._.authority_refs or []) if len(m.codes) == 1 and m.kind != "trust"]
    in_sentence = [
        m for m in refs if span.sent.start <= m.start < span.sent.end and m.kind != "reference"
    ]
    if in_sentence:
        return min(in_sentence, key=lambda m: abs(m.start - span.start)).codes[0]
    return doc._.focus_authority or _nearest_authority(doc, span)


def _nearest_authority(doc: Doc, span: Span) -> str | None:
    refs = [m for m in (doc._.authority_refs or []) if len(m.codes) == 1]
    before = [m for m in refs if m.start < span.start]
    if before:
        return before[-1].codes[0]
    return doc._.focus_authority or (refs[0].codes[0] if refs else None)


@Language.factory(
    "sectorwatch_people",
    default_config={"roles_path": None},
    requires=[
        "doc.ents",
        "doc.sents",
        "doc._.authority_mentions",
        "doc._.authority_refs",
        "doc._.focus_authority",
    ],
    assigns=["doc._.people"],
)
def make_people_tagger(nlp: Language, name: str, roles_path: str | None) -> PeopleTagger:
    return PeopleTagger.build(nlp, name, roles_path=roles_path or ROLES)
