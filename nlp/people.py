"""People: who the article quotes or names, in what role, for which council or body.

Sets doc._.people: [{"name", "role", "authority", "mentions"}], where "authority" is the
person's council as a GSS code, or the body they speak for ("Ofsted", "DfE", "ADCS"), or
None.

Names come from the statistical NER (PERSON) and, because a small model misses many
British names, from runs of capitalised words that something vouches for: a title
("Cllr", "Dr"), a role next to them, or a speech verb ("..., said Jane Smith"). Surnames
alone are linked to the full name ("Livingstone" is Mike Livingstone). Roles are read
from appositions on either side of any mention ("Mike Livingstone, the council's director
of children's services" / "director of children's services, Mike Livingstone" /
"children's minister Josh MacAlister"); vocabularies are data: patterns/roles.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.serialize import DataFiles

ROLES = Path(__file__).resolve().parent / "patterns" / "roles.json"

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

# Roles whose holder belongs to a body rather than to the council in focus.
BODY_OF_ROLE = [
    (re.compile(r"\b(?:hmi|his majesty's inspector|her majesty's inspector|chief inspector|lead inspector|regional director|national director)\b"), "Ofsted"),
    (re.compile(r"\b(?:minister|education secretary|secretary of state)\b"), "DfE"),
    (re.compile(r"\bchildren's commissioner\b"), "Children's Commissioner"),
]
COUNCIL_ROLE = re.compile(
    r"\b(?:director|member|leader|mayor|councillor|chief executive|portfolio holder|cabinet lead|"
    r"social worker|assistant director|head of|service manager|team manager|scrutiny|social work officer)\b"
)
BODY_POSSESSORS = {"ofsted": "Ofsted", "dfe": "DfE", "the dfe": "DfE", "adcs": "ADCS", "cqc": "CQC", "the lga": "LGA", "lga": "LGA", "nhs": "NHS"}
# Whose role it is: "the council's", "Manchester City Council's", "Ofsted's" (not "for Children's").
POSSESSOR = re.compile(
    r"^((?:[Tt]he\s+)?(?:(?:city|county|borough|local)\s+)?(?:council|authority|trust|watchdog|inspectorate|government|department)"
    r"|(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)'s\s+"
)
APOS = str.maketrans({"’": "'", "‘": "'"})
PARTICLES = {"de", "van", "von", "der", "la", "le", "du", "da", "di", "al", "bin", "-"}


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
        self.org_words = set(data["org_words"])
        self.not_names = set(data["not_names"])
        self.speech = "|".join(data["speech_verbs"])
        # "..., said Jane Smith", but not "told Public Finance"
        self.speech_before_re = re.compile(rf"\b(?:{'|'.join(data['speech_verbs_before_name'])})\s*$")
        self.speech_after = re.compile(rf"^\s*(?:{self.speech})\b")
        head = "(?:" + "|".join(re.escape(h) for h in heads) + ")"
        qual = "(?:" + "|".join(re.escape(q) for q in quals) + r")\s+"
        # "of children's services", "for the North West", "for children, young people and families"
        complement = r"(?:\s+(?:of|for|at)\s+(?:[\w'&-]+(?:,\s(?=[\w'&-]+\s(?:and|&)\s))?\s?){1,9}?)?"
        possessor = r"(?:(?:the\s+)?(?:(?-i:[A-Z])[\w'&-]*\s+){0,5}?(?:council|city|county|borough|authority|trust|(?-i:[A-Z])[\w&-]*)'s\s+)?"
        role = rf"(?P<role>{possessor}(?:{qual})*{head}\b{complement})"
        end = rf"(?=\s*(?:,|\.|;|:|\)|$|–|—|\s(?:{self.speech}|who|has|had|is|was|and|at|in|on|to)\b))"
        self.right = re.compile(
            r"^\s*(?:,|\(|–|—)\s*(?:who\s+is\s+|who\s+was\s+|now\s+|a\s+|an\s+)?(?:the\s+)?" + role + end,
            re.IGNORECASE,
        )
        self.left = re.compile(r"(?:^|[\s,(“\"'])(?:the\s+)?" + role + r"\s*,?\s*$", re.IGNORECASE)
        self.trailing_titles = re.compile(r"(?:\b(?:" + "|".join(re.escape(t) for t in self.titles) + r")\.?\s*)+$", re.IGNORECASE)

    # -- names ------------------------------------------------------------------------------

    def _clean_name(self, span: Span) -> tuple[str, Span] | None:
        tokens = list(span)
        while tokens and (tokens[0].lower_.rstrip(".") in self.titles or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and (tokens[-1].lower_ in ("'s", "’s", "s") or tokens[-1].is_punct):
            tokens = tokens[:-1]
        if not tokens:
            return None
        clean = span.doc[tokens[0].i : tokens[-1].i + 1]
        text = _norm(clean.text)
        if any(ch.isdigit() for ch in text) or not re.match(r"^[A-Z][\w'.-]*(?:\s*(?:de|van|von|der|la|le|du|da|di|al|bin|-|[A-Z][\w'.-]*)){0,4}$", text):
            return None
        if text.isupper() or len(text) < 3:
            return None  # initials and acronyms: commenters' handles, bodies
        words = text.replace("-", " ").split()
        if words[-1] in self.org_words or any(w in ("Council", "Borough", "Trust") for w in words) or words[0] in self.not_names:
            return None  # "Ravenscar House", "Brightpath Fostering", "Birmingham Children('s Trust)"
        return text, clean

    def _linker(self):  # noqa: ANN202 - the authority linker, to trim council names off names
        return self.nlp.get_pipe("sectorwatch_authorities") if "sectorwatch_authorities" in self.nlp.pipe_names else None

    def _vouched_runs(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Runs of 2-4 capitalised words that a title, a role or a speech verb vouches for."""
        runs, i = [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 4 and (
                (doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].text not in self.not_names and doc[j].i not in taken)
                or (j > i and doc[j].lower_ in PARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())
            ):
                j += 1
            if j - i >= 2 and doc[j - 1].lower_ not in PARTICLES:
                runs.append(doc[i:j])
                i = j
            else:
                i += 1
        linker = self._linker()
        vouched = []
        for run in runs:
            prefix = linker.council_prefix(run) if linker else 0
            if prefix and len(run) - prefix < 2:
                continue
            if prefix:
                run = doc[run.start + prefix : run.end]  # "Mayor of Tower Hamlets Jonathan Biddle"
            elif run.start > 0 and doc[run.start - 1].lower_ in ("for", "of", "and", "&", "in", "on", "at", "to", "the"):
                continue  # "cabinet member for Children, Young People and Families"
            before = doc.text[max(0, run.start_char - 160) : run.start_char]
            after = doc.text[run.end_char : run.end_char + 160]
            if (
                (run.start > 0 and doc[run.start - 1].lower_.rstrip(".") in self.titles)  # "Cllr Jane Smith"
                or self.speech_after.match(after)  # "Jane Smith said"
                or self.speech_before_re.search(before)  # "..., said Jane Smith"
                or self.right.match(_norm(after))  # "Jane Smith, director of ..."
                or self.left.search(self.trailing_titles.sub("", _norm(before)))  # "director of ..., Jane Smith"
            ):
                vouched.append(run)
        return vouched

    def _mentions(self, doc: Doc) -> dict[str, list[Span]]:
        """Full name -> every mention of that person (full, or surname alone)."""
        taken = {i for m in (doc._.authority_mentions or []) for i in range(m.start, m.end)}
        taken |= {t.i for e in doc.ents if e.ent_id_ == "body" for t in e}
        candidates = [e for e in doc.ents if e.label_ == "PERSON" and e.ent_id_ != "body"]
        covered = {t.i for e in candidates for t in e}
        candidates += [r for r in self._vouched_runs(doc, taken) if not any(t.i in covered for t in r)]
        linker = self._linker()
        full: dict[str, list[Span]] = {}
        for span in candidates:
            prefix = linker.council_prefix(span) if linker else 0
            if prefix and len(span) - prefix < 2:
                continue  # "Coventry Knowsley", "Manchester Rotherham": a list of places
            if prefix:
                span = doc[span.start + prefix : span.end]  # "Tower Hamlets Jonathan Biddle"
            cleaned = self._clean_name(span)
            if cleaned is None:
                continue
            text, clean = cleaned
            if any(t.i in taken for t in clean):
                kept = [t for t in clean if t.i not in taken]
                if len(kept) < 2 or kept[-1].i - kept[0].i + 1 != len(kept):
                    continue
                cleaned = self._clean_name(doc[kept[0].i : kept[-1].i + 1])
                if cleaned is None:
                    continue
                text, clean = cleaned
            if len(clean) > 1:
                full.setdefault(text, []).append(clean)
        # Surnames: any capitalised token equal to a known surname, NER or not.
        surnames = {name.split()[-1]: name for name in full}
        for token in doc:
            name = surnames.get(token.text)
            if name and not any(s.start <= token.i < s.end for s in full[name]):
                full[name].append(doc[token.i : token.i + 1])
        return full

    # -- roles ------------------------------------------------------------------------------

    def _role_near(self, span: Span) -> tuple[str, str] | None:
        sent = span.sent
        after = _norm(span.doc.text[span.end_char : sent.end_char])[:160]
        before = self.trailing_titles.sub("", _norm(span.doc.text[sent.start_char : span.start_char])[-160:]).rstrip()
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
        possessor = POSSESSOR.match(role)
        if possessor:
            owner = possessor.group(1).lower()
            if owner in BODY_POSSESSORS:
                affiliation = BODY_POSSESSORS[owner]
            else:
                affiliation = self._authority_in(owner, doc, span)
                role = role[possessor.end() :]
        # "... for Manchester city council": the last for/at/of that names a council.
        complement = re.match(r"^(.+)\s+(?:for|at|of)\s+((?:the\s+)?[\w' &-]*?\b(?:council|borough|authority|trust)\b[\w' &-]*)$", role, re.I)
        if complement:
            affiliation = affiliation or self._authority_in(complement.group(2), doc, span)
            role = complement.group(1)
        if affiliation is None:
            tail_match = re.match(r"^\s*(?:for|at|of)\s+([^,.;]{3,60})", tail)
            if tail_match:
                affiliation = self._authority_in(tail_match.group(1), doc, span)
        return role.lower(), affiliation

    @staticmethod
    def _authority_in(text: str, doc: Doc, span: Span) -> str | None:
        lowered = text.lower()
        for mention in doc._.authority_mentions or []:
            if mention.text.lower() in lowered and len(mention.codes) == 1:
                return mention.codes[0]
        if re.search(r"\b(?:council|authority|borough|city|county)\b", lowered):
            return _nearest_authority(doc, span)
        return None

    def _affiliation_by_role(self, role: str | None, doc: Doc, span: Span) -> str | None:
        if not role:
            return None
        for pattern, body in BODY_OF_ROLE:
            if pattern.search(role):
                return body
        if "adcs" in role or "association of directors" in role:
            return "ADCS"
        if COUNCIL_ROLE.search(role) and role != "mp":
            return _nearest_authority(doc, span)
        return None

    def __call__(self, doc: Doc) -> Doc:
        people = []
        for name, spans in self._mentions(doc).items():
            role = affiliation = None
            for span in sorted(spans, key=lambda s: s.start):
                found = self._role_near(span)
                if found:
                    role, affiliation = self._split_role(found[0], found[1], doc, span)
                    affiliation = affiliation or self._affiliation_by_role(role, doc, span)
                    break
            people.append({"name": name, "role": role, "authority": affiliation, "mentions": len(spans)})
        doc._.people = people
        return doc


def _nearest_authority(doc: Doc, span: Span) -> str | None:
    refs = [m for m in (doc._.authority_refs or []) if len(m.codes) == 1]
    before = [m for m in refs if m.start < span.start]
    if before:
        return before[-1].codes[0]
    return doc._.focus_authority or (refs[0].codes[0] if refs else None)


@Language.factory(
    "sectorwatch_people",
    default_config={"roles_path": None},
    requires=["doc.ents", "doc.sents", "doc._.authority_mentions", "doc._.authority_refs", "doc._.focus_authority"],
    assigns=["doc._.people"],
)
def make_people_tagger(nlp: Language, name: str, roles_path: str | None) -> PeopleTagger:
    return PeopleTagger.build(nlp, name, roles_path=roles_path or ROLES)
