"""How much do changes of form that change no label move the tagger's scores?

    python -m tests.perturb [--set dev|constructed|seeds] [--model NAME] [FORM ...]

Real coverage reaches the tagger in many forms: curly or straight quotes, headlines in
Title Case or capitals, text wrapped at a fixed width, Windows line ends, paragraphs run
together. None of these changes what an article says, so none should change a score.
Each FORM below is applied to every article of the set and the set is scored as
`make eval` scores it (tests/evaluate.py); a drop against `none` is a rule that reads the
form rather than the words.

Measured on `dev` (November 2026, en_core_web_sm), F1 of alerts / judgements / people, before
-> after nlp/truecase.py and nlp/hardwrap.py: title_case 0.925 / 0.868 / 0.985 -> 0.955 /
0.896 / 0.992 (as `none`); upper_head 0.941 / 0.882 / 0.992 -> 0.955 / 0.896 / 0.992;
wrap72 people 0.983 -> 0.992; OFSTED alerts 0.941 -> 0.955. Still below `none`: joined_paras
(judgements 0.878, people 0.932: a text with no line breaks at all loses its headline).
"""

from __future__ import annotations

import argparse
import copy
import re
import textwrap
from collections.abc import Callable

from tests.evaluate import evaluate, load_set

MEASURES = ("alerts", "judgements", "judgements+", "authorities", "people", "alerts+record")


def _split_headline(text: str) -> tuple[str, str]:
    text = text.lstrip()
    end = text.find("\n")
    return (text, "") if end < 0 else (text[:end], text[end:])


def _headline(change: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        headline, body = _split_headline(text)
        return change(headline) + body

    return apply


def _wrap(text: str, width: int = 72) -> str:
    headline, body = _split_headline(text)
    lines = (textwrap.fill(line, width) if line.strip() else line for line in body.split("\n"))
    return headline + "\n" + "\n".join(lines)


def _joined(text: str) -> str:
    headline, body = _split_headline(text)
    return headline + "\n\n" + " ".join(line.strip() for line in body.split("\n") if line.strip())


FORMS: dict[str, Callable[[str], str]] = {
    "none": lambda t: t,
    "straight_quotes": lambda t: re.sub("[‘’]", "'", re.sub("[“”]", '"', t)),
    "curly_apostrophes": lambda t: re.sub(r"(\w)'(\w)", "\\1’\\2", t),
    "wrap72": _wrap,
    "no_blank_after_headline": lambda t: re.sub(r"^(.*?)\n\s*\n", r"\1\n", t.lstrip(), count=1),
    "title_case": _headline(str.title),
    "upper_head": _headline(str.upper),
    "double_spaces": lambda t: t.replace(". ", ".  "),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "OFSTED": lambda t: t.replace("Ofsted", "OFSTED"),
    "blank_between_lines": lambda t: re.sub(r"(?<!\n)\n(?!\n)", "\n\n", t),
    "joined_paras": _joined,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("dev", "constructed", "seeds"), default="dev")
    parser.add_argument("--model", default=None)
    parser.add_argument("forms", nargs="*", metavar="FORM", help=", ".join(FORMS))
    args = parser.parse_args(argv)
    if unknown := [form for form in args.forms if form not in FORMS]:
        parser.error(f"unknown form(s) {', '.join(unknown)}; choose from {', '.join(FORMS)}")
    from nlp.pipeline import get_nlp

    rows = load_set(args.set)
    if not rows:
        return 0
    nlp = get_nlp(args.model)
    print(f"{args.set}: {len(rows)} articles; F1 per measure")
    for form in args.forms or FORMS:
        changed = copy.deepcopy(rows)
        for row in changed:
            row["text"] = FORMS[form](row["text"])
        scores = evaluate(nlp, changed)
        print(f"  {form:<24}" + "  ".join(f"{m} {scores[m].f1:.3f}" for m in MEASURES), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
