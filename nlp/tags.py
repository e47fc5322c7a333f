"""What the tagger gives for one article (nlp/pipeline.py's tag_text), as typed payloads.

Plain dicts at run time (they travel between processes and into JSON); the TypedDicts say
which keys there are, for readers and type checkers.
"""

from __future__ import annotations

from typing import Any, TypedDict


class AuthorityRef(TypedDict):
    name: str  # the council's official name
    code: str  # its GSS code


class Person(TypedDict, total=False):
    name: str
    role: str | None  # as the article words it
    authority: str | None  # a council's GSS code, or the body's name
    affiliation: str | None  # the organisation, by name


class Judgement(TypedDict, total=False):
    authority: str | None  # the council's name (or the inspected body as named)
    code: str | None  # the council's GSS code
    grade: str  # outstanding, good, requires improvement, inadequate
    subject: str  # "children's services" (overall), an area judgement, or another body's kind
    inspection_type: str | None
    current: bool  # reported as newly published in this article
    change: str | None
    year: int | None
    evidence: str  # the sentence it was read from
    alert: bool  # what makes the article alert
    record: dict[
        str, Any
    ]  # Ofsted's record's verdict, when analyse weighs it (crawler/alerts/record.py)


class Tags(TypedDict, total=False):
    authorities: list[AuthorityRef]
    people: list[Person]
    judgements: list[Judgement]
    alert: bool
    inspection_type: str | None  # what the article reports, if it says
    text_truncated: bool  # the text was cut to the model's limit before tagging
