"""People: names with roles and affiliations; no organisation, place, headline fragment,
byline or picture credit read as a person. Sentences written for these tests."""

import pytest

from nlp.pipeline import tag_text
from tests.evaluate import name_key


def people(nlp, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in tag_text(nlp, text, published="2025-06-01")["people"]}


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        (
            "Kent County Council's children's services were rated inadequate.\n\n"
            "Cllr Jane Hartley, cabinet member for children's services, said the council would act.",
            "Jane Hartley",
            "cabinet member for children's services",
            "Kent County Council",
        ),
        (
            "Ofsted rated Leeds City Council's children's services outstanding.\n\n"
            'Mark Pemberton, Ofsted\'s regional director for Yorkshire and the Humber, said: "This is a fine report."',
            "Mark Pemberton",
            "Ofsted's regional director for Yorkshire and the Humber",
            "Ofsted",
        ),
        (
            "Children's minister Josh MacAlister said the reforms would help councils.",
            "Josh MacAlister",
            "children's minister",
            "Department for Education",
        ),
        (
            "Devon County Council appointed a new director.\n\nThe director of children's services, Priya Lakhani, starts in May.",
            "Priya Lakhani",
            "director of children's services",
            "Devon County Council",
        ),
        (
            "Bristol City Council's children's services were rated good.\n\n"
            "Deputy leader and cabinet member for children Helen Godwin welcomed the report.",
            "Helen Godwin",
            "deputy leader and cabinet member for children",
            "Bristol City Council",
        ),
    ],
)
def test_roles_and_affiliations_as_the_text_gives_them(nlp, text, name, role, affiliation):
    found = people(nlp, text)
    assert found[name]["role"].lower() == role.lower()
    assert found[name]["affiliation"] == affiliation


def test_a_councillor_by_title_and_a_surname_after_a_title(nlp):
    text = (
        "Surrey County Council's children's services remain inadequate.\n\n"
        "Cllr Denise Turner-Stewart said the council was improving. Cllr Turner-Stewart added that staff had worked hard.\n\n"
        "Councillor Okafor, who chairs the scrutiny committee, said more must be done."
    )
    found = people(nlp, text)
    assert found["Denise Turner-Stewart"]["role"] == "councillor"
    assert found["Okafor"]["affiliation"] == "Surrey County Council"
    assert "Turner-Stewart" not in found


def test_the_chief_executive_of_a_trust_belongs_to_the_trust(nlp):
    text = "Sandwell Children's Trust chief executive Emma Taylor said the trust had improved its fostering service."
    assert people(nlp, text)["Emma Taylor"]["affiliation"] == "Sandwell Children's Trust"


@pytest.mark.parametrize(
    "text",
    [
        "By Harriet Quinlan | 4 May 2025\n\nOfsted has rated Kent County Council's children's services good.",
        "Ofsted report published\n\nHarriet Quinlan\nMonday, 4 May 2025\n\nOfsted has rated Kent County Council's children's services good.",
        "Kent's children's services were rated good. Picture: Harriet Quinlan\n\nThe council welcomed the report.",
        "Kent's children's services were rated good (Image: Harriet Quinlan / Kent Online).",
        "Kent's children's services were rated good.\n\nAnalysis\nBy Harriet Quinlan, Political Editor, BBC South East\nThe rating matters.",
    ],
)
def test_bylines_and_picture_credits_are_not_people_of_the_text(nlp, text):
    assert people(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Surrey Children's Services 'Will Not Stand Still' After Latest Ofsted Report\n\nThe council said it would improve.",
        "The council is working with consultants Red Quadrant on an improvement plan for children's services.",
        "The children were moved from Ravenscar House and the Alton Campus nursery after the inspection.",
        "The cabinet member for Children, Young People, Education and Lifelong Learning said the council was proud.",
        "The secure children's home at Newton Aycliffe has places for 38 young people.",
    ],
)
def test_no_organisation_place_or_headline_fragment_as_a_person(nlp, text):
    assert people(nlp, text) == {}


def test_couples_lists_and_spelling_slips(nlp):
    text = (
        "Foster carers Mark and Lisa Ashworth said the agency supported them.\n\n"
        "The trust's chief executive, Paul Moffat, said it was a good report. Mr Moffatt added that staff deserved credit."
    )
    found = people(nlp, text)
    assert {"Mark Ashworth", "Lisa Ashworth", "Paul Moffat"} <= set(found)
    assert not any("Moffatt" in name for name in found)


def test_an_anonymised_child_is_a_person_of_the_text(nlp):
    text = "A safeguarding review found Child Q should never have been strip-searched by police officers."
    assert "Child Q" in people(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a seat or a place completing a role before the name
        (
            "Labour MP for Ashfield Kieran Doherty said the findings were shocking.",
            {"Kieran Doherty"},
        ),
        # a council's post by its abbreviation
        ("Interim DCS Chidi Nwosu joined the council in March.", {"Chidi Nwosu"}),
        # what only a person is: "who", an age, a death
        ("The panel heard from Chidi Nwosu, who ran the front door service.", {"Chidi Nwosu"}),
        ("A serious case review followed the death of Tobias Okeke-Lowe.", {"Tobias Okeke-Lowe"}),
        # a relative named by a given name alone
        (
            "Foster carers Amy and Dan Pryor and their son Thomas met the inspectors.",
            {"Amy Pryor", "Dan Pryor", "Thomas"},
        ),
        # one more name in a list of people that nothing else vouches for
        (
            "Guests included Rio Okafor, Ryan Hartley, Carlos Mendes and Wayne Dobson.",
            {"Rio Okafor", "Ryan Hartley", "Carlos Mendes", "Wayne Dobson"},
        ),
        # a title-case headline's verbs are not part of the name
        (
            "Kirklees Leader Shabir Akhtar Welcomes Findings Of Inspectors\n\n"
            "Shabir Akhtar said staff deserved the credit.",
            {"Shabir Akhtar"},
        ),
    ],
)
def test_names_found_from_what_only_a_person_is(nlp, text, expected):
    assert set(people(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body named after a person is not that person
        "The Ann Craft Trust and the Lucy Faithfull Foundation ran the training.",
        # a district's name and a school's
        "Amber Valley families were told the centre would close.",
        "Grace Academy and Victoria Park Primary were rated good.",
        # an anonymised child's letter in a comparison
        "Staff warned of a Baby P-type tragedy if posts stayed empty.",
        # the author's block: a name alone on its line above a date, or above a press role
        "Inspections explained\n\nHarriet Quinlan\nWednesday, March 27, 2024\n\n"
        "Ahead of the new inspections, Harriet Quinlan looks at what providers must do.",
        "Ofsted rated Kent good.\n\nHarriet Quinlan\nLocal Democracy Reporter\n\nThe council was pleased.",
        "Ofsted rated Kent good.\n\nAbout the author: Harriet Quinlan covers Kent for the paper.",
        "Ofsted rated Kent good. Copyright Harriet Quinlan 2025.",
        "Ofsted rated Kent good.\n\nFollow Harriet Quinlan on X for more council news.",
        "Ofsted rated Kent good.\n\nHarriet Quinlan is a freelance journalist who covers social care.",
        "Ofsted rated Kent good.\n\nHarriet Quinlan\n@hquinlan\n\nThe council said it was pleased.",
        "Ofsted rated Kent good.\n\nWords: Harriet Quinlan",
    ],
)
def test_bodies_comparisons_and_authors_blocks_are_not_people(nlp, text):
    assert people(nlp, text) == {}


def test_a_council_without_childrens_services_is_an_affiliation_as_written(nlp):
    text = (
        "Stoke-on-Trent City Council's children's services left intervention.\n\n"
        "Newcastle-under-Lyme Borough Council's leader, Imran Qadir, welcomed the news."
    )
    assert people(nlp, text)["Imran Qadir"]["affiliation"] == "Newcastle-under-Lyme Borough Council"


def test_surnames_listed_after_a_plural_title_are_people(nlp):
    text = "Present: Councillors Hartley, Okafor and Mbeki.\n\nCouncillor Okafor asked about agency staff."
    assert set(people(nlp, text)) == {"Hartley", "Okafor", "Mbeki"}


def test_a_surname_that_is_also_a_buildings_word(nlp):
    text = (
        "Becky Hall, the council's assistant director for safeguarding, said referrals had risen."
    )
    assert set(people(nlp, text)) == {"Becky Hall"}
    assert people(nlp, "The children moved out of Victoria House in May.") == {}


@pytest.mark.parametrize(
    "text, name, affiliation",
    [
        (
            "The DfE commissioner, Eleanor Whitcombe, will report in six months.",
            "Eleanor Whitcombe",
            "Department for Education",
        ),
        (
            "North Yorkshire Police chief constable Tim Forber said officers were trained.",
            "Tim Forber",
            "North Yorkshire Police",
        ),
    ],
)
def test_the_body_named_in_the_role_is_the_affiliation(nlp, text, name, affiliation):
    assert people(nlp, text)[name]["affiliation"] == affiliation


def test_one_name_speaking_is_a_person_or_the_person_named_before(nlp):
    found = people(
        nlp,
        "Sir Alan Whitcombe criticised the council. Later, Sir Alan said the delay was unacceptable.\n\n"
        'Our MP spoke next. Chris said: "We will appeal."',
    )
    assert set(found) == {"Alan Whitcombe", "Chris"}
    assert people(
        nlp, "Councillor Georgia Pryce representing Bestwood added that services had failed."
    ).keys() == {"Georgia Pryce"}


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        (
            "Thanks go to Priya Lomax as lead member for children.",
            "Priya Lomax",
            "lead member for children",
            None,
        ),
        (
            "In May Derek Ansah was appointed interim director of children's services.",
            "Derek Ansah",
            "interim director of children's services",
            None,
        ),
        (
            "Marion Teal CBE, chief executive of Medway Council, welcomed the report.",
            "Marion Teal",
            "chief executive",
            "Medway Council",
        ),
        (
            "Gordon Fisk, CQC chief executive, said the findings were stark.",
            "Gordon Fisk",
            "chief executive",
            "Care Quality Commission",
        ),
        (
            "Harriet Vale, the county council's executive director of adult services, said the budget was tight.",
            "Harriet Vale",
            "executive director of adult services",
            None,
        ),
        (
            "Nadia Kerr, executive director of a service facing large debts, has resigned.",
            "Nadia Kerr",
            "executive director",
            None,
        ),
    ],
)
def test_roles_after_the_name_in_the_forms_news_uses(nlp, text, name, role, affiliation):
    found = people(nlp, text)[name]
    assert (found["role"], found["affiliation"]) == (role, affiliation)


# A blind batch (issue 11), written and measured before any change it might prompt: people
# whose role names a council in the forms news uses ("Kent's director of children's
# services", "Cllr X (Lab, Hackney)", "the Tory group leader on Bexley council"), Ofsted's
# officers, a judge, a peer, and Welsh councils' names ("Cyngor Sir Gâr") that are no one.
# Names compared as `make eval` compares them (titles dropped). First measurement: 12/12
# right with both models; of the roles, "Former DCS turned consultant Dev Raman" and "Mr
# Justice Penhallow" come out without one.
PEOPLE_BATCH: list[tuple[str, set[str]]] = [
    (
        "Jane Holt, Kent's director of children's services, said recruitment had improved.",
        {"Jane Holt"},
    ),
    (
        "Cllr Ruth Adebayo (Lab, Hackney) asked why placements cost so much more this year.",
        {"Ruth Adebayo"},
    ),
    (
        "Ofsted's national director for social care, Alison Merrick, said councils needed more social workers.",
        {"Alison Merrick"},
    ),
    ("The inspection was led by HMI Gareth Lowe, who praised the front door.", {"Gareth Lowe"}),
    (
        "The inquest heard from social worker Kerry-Ann Dobbs and her manager, Phil O'Rourke.",
        {"Kerry-Ann Dobbs", "Phil O'Rourke"},
    ),
    ("Mr Justice Penhallow said the council had failed the boy for two years.", {"Penhallow"}),
    (
        "The Tory group leader on Bexley council, Cllr Sandra Okoye, called for an inquiry.",
        {"Sandra Okoye"},
    ),
    ("Cyngor Sir Gâr and Cyngor Caerdydd said foster carers would get more money.", set()),
    (
        "Baroness Harwood, a former children's commissioner, said the report made grim reading.",
        {"Baroness Harwood"},
    ),
    (
        "Former DCS turned consultant Dev Raman told the conference that caseloads were too high.",
        {"Dev Raman"},
    ),
    (
        "Ofsted Praises Stockport Children's Services As Leader Welcomes Report\n\nThe council said staff deserved the credit.",
        set(),
    ),
    (
        "Sunderland's lead member for children, Cllr Tola Adeyemi (Lab, Hendon), visited the new home.",
        {"Tola Adeyemi"},
    ),
]


# A second blind batch (issue 11), written and measured before any change it might prompt:
# former, interim and board roles, police ranks, a doctor at a hospital, a commissioner, a
# building named after a person. First measurement: 10/11 right with both models
# ("Det Supt Lisa Grant" came out as "Supt Lisa Grant": police ranks were not titles); 11/11
# after they were added. Of the roles, "a consultant paediatrician at Leicester Royal
# Infirmary", "who chairs ..." and the police rank come out without one (not measured here).
PEOPLE_BATCH_2: list[tuple[str, set[str]]] = [
    (
        "Former Lambeth social worker Kay Ward has written a book about her years in the job.",
        {"Kay Ward"},
    ),
    (
        "Helen Ward, interim DCS at Southwark, told the committee that caseloads had fallen.",
        {"Helen Ward"},
    ),
    ("Det Supt Lisa Grant of Cheshire Police said the children were now safe.", {"Lisa Grant"}),
    (
        "Dr Ravi Patel, a consultant paediatrician at Leicester Royal Infirmary, gave evidence.",
        {"Ravi Patel"},
    ),
    (
        "Councillor Moira Bell, Stirling's convener of children's services, welcomed the report.",
        {"Moira Bell"},
    ),
    ("Education Secretary Anna Greaves told MPs the funding would be protected.", {"Anna Greaves"}),
    ("Mary Seacole House, a children's home in Lambeth, is to close next year.", set()),
    (
        "St Helens council leader Ian Carr said the borough had recruited 40 foster carers.",
        {"Ian Carr"},
    ),
    (
        "Ms Okafor, who chairs the Haringey safeguarding partnership, said lessons had been learned.",
        {"Okafor"},
    ),
    (
        "The Children's Commissioner for Wales, Megan Pryce, called for the homes to be closed.",
        {"Megan Pryce"},
    ),
    (
        "Mark Price, who chairs Wokingham's improvement board, said the pace of change was encouraging.",
        {"Mark Price"},
    ),
]


@pytest.mark.parametrize("text, expected", PEOPLE_BATCH + PEOPLE_BATCH_2)
def test_blind_batches_of_roles_naming_councils(nlp, text, expected):
    assert {name_key(name) for name in people(nlp, text)} == {name_key(n) for n in expected}


@pytest.mark.parametrize(
    "text, name, affiliation",
    [
        # a council in the role, or before or after it
        (PEOPLE_BATCH[0][0], "Jane Holt", "Kent County Council"),
        (PEOPLE_BATCH[1][0], "Ruth Adebayo", "London Borough of Hackney"),
        (PEOPLE_BATCH[6][0], "Sandra Okoye", "London Borough of Bexley"),
        (PEOPLE_BATCH[11][0], "Tola Adeyemi", "Sunderland City Council"),
        (PEOPLE_BATCH_2[0][0], "Kay Ward", "London Borough of Lambeth"),
        (PEOPLE_BATCH_2[1][0], "Helen Ward", "London Borough of Southwark"),
        (PEOPLE_BATCH_2[4][0], "Moira Bell", "Stirling Council"),
        (PEOPLE_BATCH_2[7][0], "Ian Carr", "St Helens Council"),
    ],
)
def test_a_council_in_or_beside_a_role_is_the_affiliation(nlp, text, name, affiliation):
    assert people(nlp, text)[name]["affiliation"] == affiliation


# Regression texts for the real-pages round (issue 11; the method and figures are in
# tests/test_authorities_batches.py's docstring), written in our own words after the STUDY
# half's errors: a judicial title ("Recorder"); a caption printed twice by the page's markup,
# its copies run together ("Cllr Martin HollowayCllr Martin Holloway", "Picture: Tom
# ReedCouncillor Dorothy Pennington"); an academy's hyphenated name cut to one letter
# ("Westfield E-Act Academy"); a utility company whose first word is in the given names
# ("Welsh Water"); from the second collection, a month or a word that is no name alone, as a
# titled person's given name or surname ("Cllr April Whitcombe", "Cllr Martin Green").
PEOPLE_REAL_PAGES: list[tuple[str, set[str]]] = [
    ("The order was made by Recorder Helen Marsh KC at the crown court.", {"Helen Marsh"}),
    (
        "Recorder Callum Pennington told the mother she would not go to prison.",
        {"Callum Pennington"},
    ),
    (
        "The council's cabinet agreed the budget.\n\nCllr Martin HollowayCllr Martin Holloway "
        "(Image: Wokingham Borough Council)\n\nThe vote was unanimous.",
        {"Martin Holloway"},
    ),
    (
        "Grace FenwickGrace Fenwick (Image: Dorset Council)\n\n"
        "Grace Fenwick will leave the council in the spring.",
        {"Grace Fenwick"},
    ),
    (
        "Picture: Tom ReedCouncillor Dorothy Pennington, cabinet member for children, at the "
        "launch of the scheme.\n\nCouncillor Dorothy Pennington said the scheme would help families.",
        {"Dorothy Pennington"},
    ),
    (
        "Westfield E-Act Academy was placed in special measures, and E-ACT was told to act quickly.",
        set(),
    ),
    ("Before politics she spent eleven years working for Welsh Water as an engineer.", set()),
    ("The new chair of the fostering panel is Cllr April Whitcombe.", {"April Whitcombe"}),
    (
        "Cllr Martin Green, lead member for children, said the council would appeal.",
        {"Martin Green"},
    ),
    ("Councillor Ruth Young opened the family hub on Monday.", {"Ruth Young"}),
    (
        "Ofsted inspected the home in May. Cllr Okoro said the findings were fair.",
        {"Okoro"},
    ),
]


# From the second real-pages round (round 6): a mayor set off by commas after "by" is no
# byline; "..., writes NAME" is; a hyphenated surname after a given name the list lacks; a
# name before "was elected as"; Scottish civic titles (a bailie, a provost, a convener); a
# given name that is also a council's name after a title; a picture's label; bodies' words
# in the plural and in a college's name.
PEOPLE_REAL_PAGES_6: list[tuple[str, set[str]]] = [
    (
        "Commissioned by the Mayor of the West Midlands, Richard Parker, the review was "
        "published on Friday.",
        {"Richard Parker"},
    ),
    (
        "Council leaders fear the cost of placements will keep rising,\nwrites Hannah Price."
        "\n\nThe county council said it had a plan.",
        set(),
    ),
    (
        "Bev Fitzgerald-Hart, who is also the council's deputy chief executive, will retire in "
        "June.",
        {"Bev Fitzgerald-Hart"},
    ),
    (
        "After the vote, Tariq Mahmood was elected as the new leader of the council.",
        {"Tariq Mahmood"},
    ),
    ("Bailie Morag Lindsay (Depute Lord Provost) opened the new family centre.", {"Morag Lindsay"}),
    (
        "Councillor Angus Drummond (City Convener for Education) said the council would listen.",
        {"Angus Drummond"},
    ),
    (
        "Answered by\nBaroness Cross Portrait\nBaroness Cross\nMinister of State (Department "
        "for Education)",
        {"Baroness Cross"},
    ),
    ("Pupils from Hartcliffe Business and Enterprise College joined the event.", set()),
    ("Tom Halls, the county's head of fostering, said recruitment had improved.", {"Tom Halls"}),
    (
        "At the same time it is understood that the borough's chief executive Peter\nWalton "
        "is in talks to agree a departure.\n\nCouncillor Wayne Pike\nFiona Gale, head of service",
        {"Peter Walton", "Wayne Pike", "Fiona Gale"},
    ),
    (
        "At the same time the council confirmed that its head of fostering Linda\nMarsh is on "
        "sick leave after the inspection.",
        {"Linda Marsh"},
    ),
    ("Two new Regional Adoption Agencies will open in the spring, the minister said.", set()),
]


# Round 7's regressions, in our own words: a surname that is also a role or a month, vouched
# for by a role beside the name; counsel named by their part in a hearing; an author's
# picture label; and what must stay as it was.
PEOPLE_REAL_PAGES_7: list[tuple[str, set[str]]] = [
    (
        "The trust has appointed a new finance director, Karen Leader, from a London council.",
        {"Karen Leader"},
    ),
    (
        "Peter May CBE, chair of the adoption agency, said the figures were encouraging.",
        {"Peter May"},
    ),
    ("Mark Mayor, the borough's head of fostering, said more carers were needed.", {"Mark Mayor"}),
    ("The council leader said in May that the budget was safe.", set()),
    (
        "Rhodri Evans, prosecuting, told the court the children had been left alone for days.",
        {"Rhodri Evans"},
    ),
    ("Mitigating, her barrister said she had been struggling to cope.", set()),
    (
        "Academy trust loses its school\n\nOwen Pryce's picture\n\nThe trust's chief "
        "executive, Hannah Colley, said lessons had been learnt.",
        {"Hannah Colley"},
    ),
    ("Owen Pryce's picture of the new family hub won the council's competition.", {"Owen Pryce"}),
    (
        "The Welsh Assembly Government said it would send advisers, according to a study by "
        "Cardiff Economics.",
        set(),
    ),
    ("Speaking to the Leader, the council's chief executive said the plan would work.", set()),
]


# Round 8's regressions, in our own words: a body's name run into the person's name after it
# ("... Rights Network Sam Okoro"); a firm's name after the word for a firm; an inquiry named
# after a child; a picture credited to the person it shows, named in the text too (and a
# photographer credited only); a given name's short form in a quoted letter (and two people
# whose given names are no short form of each other); from round 6's pages (s44), a name after
# "from" that an honour or silk after it vouches for.
PEOPLE_REAL_PAGES_8: list[tuple[str, set[str]]] = [
    (
        "Director of the Family Rights Network Sam Okoro told the committee the system was failing.",
        {"Sam Okoro"},
    ),
    ("Ruth Bell, a partner at law firm Irwin Mitchell, said the case was unusual.", {"Ruth Bell"}),
    ("Campaigners said the lessons of the Khyra Ishaq Inquiry had been forgotten.", set()),
    (
        "Dad Lee Harper, from Rochester, said his son had missed a week of school.\n"
        "Lee Harper at home in Rochester. Photo: Lee Harper",
        {"Lee Harper"},
    ),
    (
        "Pupils arrive at the new school.\nPicture: Dan Webb\nThe council said places were full.",
        set(),
    ),
    (
        'Interim director Samantha Reid has left. The chief executive wrote: "Sam Reid has '
        'been a great asset to the service."',
        {"Samantha Reid"},
    ),
    ("Jo Smith and John Smith, brothers, ran the home for ten years.", {"Jo Smith", "John Smith"}),
    (
        "The review had independent oversight from Fiona Dunbar QC, the police and an outside "
        "agency.",
        {"Fiona Dunbar"},
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    PEOPLE_REAL_PAGES + PEOPLE_REAL_PAGES_6 + PEOPLE_REAL_PAGES_7 + PEOPLE_REAL_PAGES_8,
)
def test_real_pages_rounds_regressions(nlp, text, expected):
    """The real-pages rounds' regressions (rounds 5 to 8), in our own words."""
    assert {name_key(name) for name in people(nlp, text)} == {name_key(n) for n in expected}


# Regression texts for the name swaps (tests/perturb_people.py; issue 11, point 5), written in
# our own words after the errors the swaps showed on `dev`: a name is found from the
# sentence's structure, not from a list of given names, so names of every origin count. A
# title that is also a surname ("Lord"); initials; a given name of two hyphenated parts; a
# victim after "the death of"; the subject of a person's verb; a role in apposition with a
# long possessor; a post's event before the name; a copular role; a modifier before a role.
PEOPLE_NAME_SWAPS: list[tuple[str, set[str]]] = [
    (
        "Cllr Morwenna Lord, cabinet member for children, said the plan was working.",
        {"Morwenna Lord"},
    ),
    ("Leader Gwenllian Judge said: “We accept every finding.”", {"Gwenllian Judge"}),
    (
        "The council's chief executive said so.\n\nT. R. Abernethy, the director of children's "
        "services, said recruitment was the priority.",
        {"T. R. Abernethy"},
    ),
    (
        "Assistant director Hye-jin Moon said the new front door had cut delays.",
        {"Hye-jin Moon"},
    ),
    (
        "The review followed the death of Eilonwy Tapper, who was two, at her home in 2023.",
        {"Eilonwy Tapper"},
    ),
    (
        "The committee met on Tuesday.\n\nOluwadamilare Fashola questioned the cost of agency "
        "staff. He asked for a report by March.",
        {"Oluwadamilare Fashola"},
    ),
    (
        "Teodora Wrzesniewska, the Riverside and Hillfoot Safeguarding Children Partnership's "
        "independent chair, said lessons had been learned.",
        {"Teodora Wrzesniewska"},
    ),
    (
        "The appointment follows the departure of Cadwaladr Ifans in the spring.",
        {"Cadwaladr Ifans"},
    ),
    (
        "Northtown Council has announced that Nkechinyere Obiora is the new chief executive of "
        "its children's trust.",
        {"Nkechinyere Obiora"},
    ),
    (
        "Ikenna Okwuosa, policy manager for a fostering charity, said carers were leaving.",
        {"Ikenna Okwuosa"},
    ),
    (
        "Ofsted rated the council good.\n\nJune Allerton, director of children's services, "
        "said staff had earned it.",
        {"June Allerton"},
    ),
    (
        "Kent Fairweather, cabinet member for children, said the plan was working.",
        {"Kent Fairweather"},
    ),
    # no person: a council said, a body praised, a place's police force said
    ("Kent Police said the boy was safe. In June Kent County Council said so.", set()),
    (
        "Ms Farrant, who joins from a similar post in Milton Keynes, said the work would go on.",
        {"Farrant"},
    ),
    ("Rochdale Council said it would appeal. Action for Children praised the plan.", set()),
]


@pytest.mark.parametrize("text, expected", PEOPLE_NAME_SWAPS)
def test_names_of_any_origin_from_the_sentence_structure(nlp, text, expected):
    assert {name_key(name) for name in people(nlp, text)} == {name_key(n) for n in expected}


# From tests/perturb_people.py's words-places swaps (issue 11): a person whose given name and
# surname are both places or words ("Kent Barnet"), with a title or role beside the name;
# the places are the person's, and the authorities component lists no council for them.
PEOPLE_NAMED_LIKE_PLACES: list[tuple[str, set[str]]] = [
    (
        "Council leader Kent Barnet welcomed the inspectors' findings on the council's "
        "children's services.",
        {"Kent Barnet"},
    ),
    (
        "Children's minister Mark Durham wrote to the safeguarding partnership. Durham said "
        "the review had shown where the failures lay.",
        {"Mark Durham"},
    ),
    (
        "Director of children's services Kent Bury, who joined the council in 2021, halved "
        "its use of agency staff.",
        {"Kent Bury"},
    ),
    (
        "Summer Durham, cabinet member for children's services, said the council was glad.",
        {"Summer Durham"},
    ),
    (
        "Prime Minister Lincoln Bradford said failing children's services must improve.",
        {"Lincoln Bradford"},
    ),
    # a list of places the NER takes for a name, before a speech verb: no person
    ("Councils present: Coventry Knowsley and Leeds said they would bid.", set()),
]


@pytest.mark.parametrize("text, expected", PEOPLE_NAMED_LIKE_PLACES)
def test_a_name_of_places_with_a_role_is_a_person_and_no_council(nlp, text, expected):
    result = tag_text(nlp, text, published="2025-06-01")
    assert {name_key(p["name"]) for p in result["people"]} == {name_key(n) for n in expected}
    if expected:
        assert result["authorities"] == []
