"""The authority linker: a council is listed only where the text names the council itself.

Sentences written for these tests (no real article's text). The rules they pin are the
real corpus's labelling rules (../shared/corpus/real-coverage/README.md): a place inside
another body is not the council, a bare place that only locates something is not the
council, a children's trust is not its council, Welsh and Scottish councils are listed.
"""

import pytest

from nlp.pipeline import tag_doc, tag_text


def codes(nlp, text: str, published: str | None = "2025-06-01") -> list[str]:
    return [a["code"] for a in tag_text(nlp, text, published=published)["authorities"]]


@pytest.mark.parametrize(
    "text",
    [
        "The CQC rated Shrewsbury and Telford Hospital NHS Trust inadequate after an inspection of its maternity care.",
        "Inspectors visited the Princess Royal Hospital, Telford, in June and rated its safety inadequate.",
        "A resident of an Oxfordshire care home was moved after inspectors found the home inadequate.",
        "Officers from Devon and Cornwall Police joined the council's safeguarding review.",
        "The safeguarding review was published by the Derby and Derbyshire Safeguarding Children Partnership.",
        "Ofsted said pupils at a primary school in Reading were not kept safe.",
        "Several Norfolk MPs wrote to the minister about children's social care.",
        "The family court hearing in Middlesbrough heard evidence from social workers.",
    ],
)
def test_a_place_inside_or_beside_another_body_is_not_the_council(nlp, text):
    assert codes(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kent children's services were rated inadequate by Ofsted.", ["E10000016"]),
        ("Somerset's children's services were rated good by Ofsted.", ["E06000066"]),
        (
            "Torbay and Plymouth Councils will share a director of children's services.",
            ["E06000027", "E06000026"],
        ),
        (
            "Wolverhampton, Dorset and Lincolnshire councils will pilot the children's social care reforms.",
            ["E08000031", "E06000059", "E10000019"],
        ),
        (
            "Simon White, director of children's services in Sandwell, criticised Ofsted.",
            ["E08000028"],
        ),
    ],
)
def test_councils_named_by_their_place_in_a_council_context(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_a_place_after_a_given_name_is_a_surname(nlp):
    assert (
        codes(nlp, "Council leader Simon Blackburn said the children's services report was fair.")
        == []
    )


def test_a_childrens_trust_links_judgements_but_is_not_listed_as_a_council(nlp):
    text = (
        "Ofsted rated services run by Brighter Futures for Children good in its latest inspection."
    )
    doc = tag_doc(nlp, text, published="2025-06-01")
    assert [m.kind for m in doc._.authority_mentions] == ["trust"]
    assert codes(nlp, text) == []


def test_a_former_councils_own_name_is_the_former_council_until_it_ends(nlp):
    text = "Somerset County Council's children's services were rated inadequate by Ofsted."
    assert codes(nlp, text, published="2015-03-01") == ["E10000027"]  # the county council of 2015
    assert codes(nlp, text, published="2024-03-01") == [
        "E06000066"
    ]  # its one successor, Somerset Council
    assert codes(
        nlp, "Bucks children's services were judged inadequate by Ofsted.", published="2014-08-01"
    ) == ["E10000002"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cardiff Council said it would respond to the Care Inspectorate Wales report on its children's services.",
            ["W06000015"],
        ),
        (
            "Glasgow City Council's social work services were reviewed by the Care Inspectorate.",
            ["S12000049"],
        ),
    ],
)
def test_welsh_and_scottish_councils_are_listed(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_an_undated_text_is_dated_by_the_latest_year_it_names(nlp):
    text = "In 2013 Ofsted judged Buckinghamshire's children's services inadequate."
    assert codes(nlp, text, published=None) == ["E10000002"]


def test_councils_own_papers_name_boroughs_by_abbreviation(nlp):
    assert codes(
        nlp, "Joint committee members: LB Richmond councillors and officers of children's services."
    ) == ["E09000027"]


@pytest.mark.parametrize(
    "text",
    [
        # a place opening another body's capitalised name, whatever its length
        "The Leeds Children's Safeguarding Partnership commissioned an independent review.",
        "A sergeant from the Hampshire and Isle of Wight Constabulary gave evidence.",
        "Nurses at Kent and Medway NHS and Social Care Partnership Trust raised concerns.",
        "The Nottinghamshire Healthcare NHS Foundation Trust opened a new ward.",
        # a place in a title or a body's name after "of"
        "The Bishop of Durham spoke in the Lords debate on children in care.",
        "Academics at the University of Nottingham interviewed foster carers.",
        # "children's" does not make a home, hospital or charity the council's
        "A Bristol children's home was closed after the inspection.",
        "The Surrey children's hospice appealed for volunteers.",
        # a place the parse hangs on the verb still locates the noun before it
        "Ofsted visited a nursery in Southampton and found it inadequate.",
        "The charity opened a hostel in Portsmouth for young people leaving care.",
    ],
)
def test_a_place_that_names_or_locates_another_body_is_not_the_council(nlp, text):
    assert codes(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kent and Medway councils agreed to share a fostering service.",
            ["E10000016", "E06000035"],
        ),
        ("Ofsted criticised the children's social care teams in Walsall.", ["E08000030"]),
        ("Inspectors found drift in the work done in Derby with care leavers.", ["E06000015"]),
    ],
)
def test_a_place_that_names_the_councils_work_stays_a_council(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Edinburgh council said more foster carers were needed.", ["S12000036"]),
        ("Social work services in Glasgow were praised by the Care Inspectorate.", ["S12000049"]),
        ("Anglesey Council's social services were inspected last spring.", ["W06000001"]),
        ("Rhondda Cynon Taf Council said its children's services were improving.", ["W06000016"]),
        ("KCC's children's services were rated good by Ofsted.", ["E10000016"]),
        ("Stockton Council's children's services were judged good.", ["E06000004"]),
    ],
)
def test_councils_by_the_short_names_news_uses(nlp, text, expected):
    assert codes(nlp, text) == expected


SECTOR_LEAD = "Ofsted rated Kent County Council's children's services inadequate. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The teenager later moved to Norfolk with her aunt.",
        "The baby was born in Manchester and taken into care at birth.",
        "A family from Leeds described months of delay.",
        "Some children were placed as far away as Cumbria.",
    ],
)
def test_where_a_person_comes_from_or_moved_to_is_a_place_even_in_a_council_story(nlp, sentence):
    assert codes(nlp, SECTOR_LEAD + sentence) == ["E10000016"]


def test_findings_in_a_place_are_the_councils(nlp):
    assert codes(nlp, SECTOR_LEAD + "Inspectors made similar findings in Essex last year.") == [
        "E10000016",
        "E10000012",
    ]


def test_a_place_after_a_named_body_and_a_comma_is_its_address(nlp):
    assert (
        codes(
            nlp,
            "Inspectors visited the County Hospital, Stafford, and the General Hospital, Telford.",
        )
        == []
    )
    assert codes(
        nlp, "The plan was agreed by Sandwell Children's Trust, Sandwell council and the police."
    ) == ["E08000028"]


def test_a_list_of_places_after_a_bodys_word_names_that_body(nlp):
    text = "Kent County Council and NHS Kent and Medway will jointly fund the service."
    assert codes(nlp, text) == ["E10000016"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a council's full name is no person's, whatever the NER makes of it
        ("St Helens Borough Council's children's services were judged inadequate.", ["E08000013"]),
        ("Calderdale MBC's children's services were judged good.", ["E08000033"]),
        # "County" after a place is a council when "Council" follows ("Derby County" is not)
        ("Leics County Council said its children's services were good.", ["E10000018"]),
        ("West Berks council said its children's services were improving.", ["E06000037"]),
    ],
)
def test_council_names_the_ner_or_a_follower_word_would_hide(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_a_career_move_to_a_place_is_to_its_council(nlp):
    text = "She moved to Essex in 2019 as director of children's services."
    assert codes(nlp, text) == ["E10000012"]


def test_a_broadcasters_place_is_its_station(nlp):
    assert (
        codes(nlp, "The council told BBC Radio Kent that children's services had improved.") == []
    )


def test_an_mps_seat_is_a_constituency_not_the_council(nlp):
    text = "Children's services need more money, said Amira Gold, the MP for Stockport."
    assert codes(nlp, text) == []


@pytest.mark.parametrize(
    "headline, expected",
    [
        (
            "Bristol Children's Services Praised By Inspectors\n\nThe report was published today.",
            ["E06000023"],
        ),
        (
            "Leeds Children's Safeguarding Partnership Publishes Review\n\nThe review was published today.",
            [],
        ),
    ],
)
def test_title_case_headlines_name_the_council_or_another_body_by_the_names_words(
    nlp, headline, expected
):
    assert codes(nlp, headline) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Inspectors reported slow rates of improvement at ‘inadequate’ Swindon, Rochdale, "
            "North Somerset, Medway and Bradford.",
            {"E06000030", "E08000005", "E06000024", "E06000035", "E08000032"},
        ),
        (
            "Monitoring visits found steady progress in children's services at Salford, Walsall, "
            "Medway and Thurrock.",
            {"E08000006", "E08000030", "E06000035", "E06000034"},
        ),
        (
            "Joint committee members: LB Sutton Councillor Ann Page, RB Greenwich Councillor "
            "Tom Hart.\n\nThe committee oversees children's services.",
            {"E09000029", "E09000011"},
        ),
        ("The charity runs shops in Leeds, Bradford and Swindon.", set()),
    ],
)
def test_a_list_of_council_names_reads_alike_with_either_model(either_nlp, text, expected):
    # A list of councils in a sentence about their work is councils, whatever entity label
    # or attachment a model gives its members; a list that only places shops is not.
    assert set(codes(either_nlp, text)) == expected


def test_an_ambiguous_name_once_named_as_a_council_is_that_council_again(either_nlp):
    text = (
        "Ofsted inspected Richmond and Kingston councils this spring. "
        "Kingston was rated good and Richmond requires improvement."
    )
    doc = tag_doc(either_nlp, text, published="2025-06-01")
    named = [m.codes for m in doc._.authority_mentions]
    assert named.count(("E09000021",)) == 2 and named.count(("E09000027",)) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's control before the place; a councillor's party and council in brackets
        (
            "The leader of Tory-run Bexley said the borough could not afford more placements.",
            {"E09000004"},
        ),
        ("Cllr Amir Khan (Lib Dem, Sutton) chairs the borough's scrutiny panel.", {"E09000029"}),
        ("Dan Price MP (Lab, Leeds East) asked about children's social care.", set()),
        # a place that owns or leads, and one that only locates a body
        (
            "A company set up and owned by Norfolk runs the county's children's homes.",
            {"E10000020"},
        ),
        ("A child protection charity based in Leeds has opened a helpline.", set()),
        # an affiliation after a name and a role
        (
            "Speakers: Jo Bell, DCS, Leeds; Priya Shah, principal social worker, Croydon.",
            {"E08000035", "E09000008"},
        ),
        # in a story naming a council: where something happened to someone, or an area's services
        (
            "Salford City Council's children's services knew the boy. He was found at his "
            "father's flat in Leeds.",
            {"E08000006"},
        ),
        (
            "Norfolk County Council's children's services were rated good. Standards have also "
            "risen in Suffolk.",
            {"E10000020", "E10000029"},
        ),
        (
            "Cyngor Sir Gâr and Cyngor Caerdydd will share foster carers.",
            {"W06000010", "W06000015"},
        ),
        # a fronted place: the area's services in a round-up, or an event's scene
        (
            "Ofsted published five reports on councils' children's services this week. In "
            "Croydon, meanwhile, the number of children waiting for an assessment has halved.",
            {"E09000008"},
        ),
        (
            "Ofsted published five reports on councils' children's services this week. In "
            "Leeds, a foster carer was jailed for abusing two boys.",
            set(),
        ),
        # an ambiguous name whose council's children's trust the text names
        (
            "In Reading, where Brighter Futures for Children runs services, the trust was "
            "judged good.",
            {"E06000038"},
        ),
    ],
)
def test_affiliations_agents_and_scenes_read_alike_with_either_model(either_nlp, text, expected):
    # Read from the sentence's structure, so both pipelines agree (issue 11's blind batches V
    # to AR in tests/test_authorities_batches.py, which run on the default pipeline).
    assert set(codes(either_nlp, text)) == expected


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://democracy.plymouth.gov.uk/mgAi.aspx?ID=1", "E06000026"),  # the table's domain
        ("http://www3.hants.gov.uk/news", "E10000014"),  # a subdomain of it
        ("https://news.hull.gov.uk/2019/05/x", "E06000010"),  # gov.uk named after the council
        ("https://www.gov.uk/government/news/x", None),  # central government
        ("https://www.ofsted.gov.uk/x", None),
        ("https://www.bbc.co.uk/news/x", None),
        (None, None),
        ("not a url", None),
    ],
)
def test_the_council_whose_site_published_a_page(url, code):
    from nlp.authorities import council_of_url

    assert council_of_url(url) == code


def test_a_councils_own_page_refers_to_that_council(nlp):
    """A council's newsroom or minutes need not name the council: "the council" and "our"
    are the publisher's (every council-published article of the corpus is labelled so)."""
    text = (
        "Children's services praised by inspectors\n\n"
        "The council's children's services were judged good by Ofsted, the cabinet heard."
    )
    page = "https://democracy.plymouth.gov.uk/mgAi.aspx?ID=1"
    tags = tag_text(nlp, text, published="2025-06-01", url=page)
    assert [a["code"] for a in tags["authorities"]] == ["E06000026"]
    assert [(j["code"], j["grade"]) for j in tags["judgements"]] == [("E06000026", "good")]
    # the same text from a newspaper names no council
    assert (
        tag_text(nlp, text, published="2025-06-01", url="https://www.bbc.co.uk/x")["authorities"]
        == []
    )


def test_places_set_against_councils_departments_are_those_councils(either_nlp):
    """A list in apposition to councils' departments names the councils, however the parse
    hangs it ("departments" was read as another body's noun, and the list was lost)."""
    text = (
        "Directors leave after poor star ratings\n\n"
        "The three councils with low-rated social services departments – Medway, Salford and "
        "West Sussex – said new directors would start soon."
    )
    codes = {a["code"] for a in tag_text(either_nlp, text, published="2003-06-01")["authorities"]}
    assert codes == {"E06000035", "E08000006", "E10000032"}
