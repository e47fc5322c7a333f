"""Would a trained component decide `current` better than the rules? Measured on `dev` only.

    python -m tests.textcat_cv

Issue 11 asks for a trained spaCy component where the rules stop generalising, chosen by
measurement on the corpus's `dev` split. This is that measurement: a bag-of-words text
classifier (spaCy's stock `textcat`, TextCatBOW, uni- and bigrams) over each overall
children's-services judgement the rules find (its grade, the publication date and its
evidence sentence) decides whether the judgement is current. Five folds over the `dev`
articles (by a hash of the id); each fold's classifier is trained on the other four, from
the corpus labels, and replaces the rules' `current` on its own fold. It prints the
judgements F1 of the rules alone, of the classifier, and of the classifier where it is
confident (p beyond 0.5 +/- 0.2). `test` is never read.

Measured (November 2026, two runs; the classifier's figures vary by about 0.015 between
runs on 2 shared cores): rules 0.778, classifier 0.54-0.56, confident classifier 0.66-0.68:
the sentence's words without its structure decide worse than the rules, so no trained
component is shipped (and there is no `make train`).
"""

from __future__ import annotations

import copy
import hashlib
import random
import sys

import spacy
from spacy.training import Example

from tests.evaluate import Score, item_sets, load_set, predict

FOLDS = 5
EPOCHS = 15


def _candidates(row: dict, result: dict) -> list[tuple[dict, bool | None]]:
    """Overall judgements the rules found, each with the label's `current` (None: not labelled)."""
    gold = {
        (j["authority"], j["grade"]): bool(j["current"])
        for j in row["judgements"]
        if j["subject"] == "children's services" and j["authority"]
    }
    return [
        (j, gold.get((j["code"], j["grade"])))
        for j in result["judgements"]
        if j["subject"] == "children's services" and j["code"]
    ]


def _text(judgement: dict, row: dict) -> str:
    return f"{judgement['grade']} | {row.get('published') or 'no date'} | {judgement['evidence']}"


def _train(examples: list[tuple[str, bool]], seed: int = 0) -> spacy.language.Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 4096,
            }
        },
    )
    textcat.add_label("CURRENT")
    textcat.add_label("PAST")
    data = [
        Example.from_dict(nlp.make_doc(t), {"cats": {"CURRENT": float(y), "PAST": float(not y)}})
        for t, y in examples
    ]
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: data)
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(data)
        for batch in spacy.util.minibatch(data, size=8):
            nlp.update(batch, sgd=optimizer)
    return nlp


def main() -> int:
    from nlp.pipeline import get_nlp

    rows = load_set("dev")
    if not rows:
        return 0
    tagger = get_nlp(None)
    results = {r["id"]: predict(tagger, r) for r in rows}
    fold = {r["id"]: hashlib.sha256(r["id"].encode()).digest()[0] % FOLDS for r in rows}
    for mode in ("rules", "classifier", "confident classifier"):
        score = Score()
        for k in range(FOLDS):
            model = None
            if mode != "rules":
                model = _train(
                    [
                        (_text(j, r), y)
                        for r in rows
                        if fold[r["id"]] != k
                        for j, y in _candidates(r, results[r["id"]])
                        if y is not None
                    ]
                )
            for row in (r for r in rows if fold[r["id"]] == k):
                result = copy.deepcopy(results[row["id"]])
                for judgement, _ in _candidates(row, result) if model is not None else []:
                    p = model(_text(judgement, row)).cats["CURRENT"]
                    if mode == "classifier" or abs(p - 0.5) > 0.2:
                        judgement["current"] = p > 0.5
                score.add(*item_sets(row, result)["judgements"])
        print(score.line(mode[:12]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
