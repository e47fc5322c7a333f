"""Datasette over the demo database: canned queries, search, facets, consistency under a
writer (Datasette's own test client), and the map and chart in headless Chromium."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from crawler.datasette import make_datasette
from tests.helpers import ROOT, run_cli, serving

ARTEFACTS = ROOT / "test-artefacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("datasette") / "sectorwatch.db"
    assert run_cli("demo", "--db", str(db), "--port", "0").returncode == 0
    return db


def get(db: Path, path: str):
    async def fetch():
        return await make_datasette(db).client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response.json() if ".json" in path else response.text


def test_timeline_of_manchester(demo, seed_expectations):
    rows = get(demo, "/sectorwatch/authority_timeline.json?authority=Manchester&_shape=array")

    def listed(value):  # group_concat's order follows storage, which parallel tagging does not fix
        return ",".join(sorted(value.split(","))) if value else value

    assert [
        (r["published"][:4], r["inspection"], listed(r["judgements_reported"])) for r in rows
    ] == [
        ("2014", "SIF", "inadequate (children's services)"),
        ("2017", "re-inspection", "requires improvement (children's services)"),
        (
            "2017",
            "SIF",
            "good (adoption),good (leadership),requires improvement (children's services)",
        ),
        ("2018", "focused visit", None),
        ("2018", "focused visit", None),
    ]
    assert "inadequate (2014)" in rows[-1]["earlier_judgements_mentioned"]
    assert (
        get(demo, "/sectorwatch/authority_timeline.json?authority=E08000003&_shape=array") == rows
    )


def test_whos_who(demo):
    people = {
        (r["name"], r["role"], r["organisation"])
        for r in get(demo, "/sectorwatch/whos_who.json?_shape=array")
    }
    assert people == {
        ("Sheila Newman", "executive member for children's services", "Manchester City Council"),
        ("Mike Livingstone", "director of children's services", "Manchester City Council"),
    }


def test_new_inadequate_ratings_and_latest_judgements(demo, seed_expectations):
    (alert,) = get(demo, "/sectorwatch/new_inadequate_ratings.json?as_of=2014-09-30&_shape=array")
    assert (alert["authority"], alert["grade"], alert["official_record"]) == (
        "Manchester City Council",
        "inadequate",
        "confirmed by Ofsted data",
    )
    assert alert["first_report"] == seed_expectations["004"]["canonical"]
    assert (alert["status"], alert["report"]) == (
        "confirmed",
        "https://files.ofsted.gov.uk/v1/file/50004281",
    )  # the demo read it
    assert get(demo, "/sectorwatch/new_inadequate_ratings.json?as_of=2020-01-01&_shape=array") == []
    (latest,) = get(demo, "/sectorwatch/latest_judgement_per_authority.json?_shape=array")
    assert (latest["authority_code"], latest["grade"], latest["published"]) == (
        "E08000003",
        "requires improvement",
        "2017-12-21",
    )


def test_articles_mentioning_and_crawl_health(demo, seed_expectations):
    urls = [
        r["url"]
        for r in get(demo, "/sectorwatch/articles_mentioning.json?name=Livingstone&_shape=array")
    ]
    assert urls == [seed_expectations["004"]["canonical"]]
    assert len(get(demo, "/sectorwatch/articles_mentioning.json?name=Manchester&_shape=array")) == 5
    health = get(demo, "/sectorwatch/crawl_health.json?_shape=array")
    news = [
        r for r in health if not r["source"].startswith("ofsted")
    ]  # the news sources; Ofsted's is tested with its crawl
    assert {r["source"] for r in news} == {"community-care", "cypnow", "localgov", "children-first"}
    assert all(r["errors"] == 0 and r["runs"] == 1 for r in news)


def test_full_text_search_finds_permanence_in_002_and_003_only(demo, seed_expectations):
    found = {
        r["url"]
        for r in get(demo, "/sectorwatch/articles.json?_search=permanence&_shape=array&_col=url")
    }
    assert found == {seed_expectations["002"]["canonical"], seed_expectations["003"]["canonical"]}


def test_facets_and_judgement_rows_link_to_articles(demo):
    table = get(demo, "/sectorwatch/judgements.json")
    assert {"authority_code", "grade", "subject", "inspection_type"} <= set(table["facet_results"])
    assert {"source"} <= set(get(demo, "/sectorwatch/articles.json")["facet_results"])
    page = get(demo, "/sectorwatch/judgements?grade=inadequate&current=1")
    assert (
        "/sectorwatch/articles/" in page
        and "Manchester children’s services ‘inadequate’, Ofsted finds" in page
    )
    # The evidence sentence, which here is not the article's title:
    page = get(demo, "/sectorwatch/judgements?grade=requires+improvement&current=1")
    assert (
        "Manchester children’s services no longer ‘inadequate’, Ofsted finds" in page
    )  # the linked article
    assert (
        "Services in Manchester now ‘require improvement to be good’, whereas they were considered"
        in page
    )


def test_metadata_describes_tables_and_sources(demo):
    metadata = get(demo, "/-/metadata.json")
    assert "Open Government Licence" in metadata["source"]
    tables = metadata["databases"]["sectorwatch"]["tables"]
    assert tables["judgements"]["columns"]["evidence"]
    assert len(metadata["databases"]["sectorwatch"]["queries"]) == 12
    assert tables["inspections"]["columns"]["any_inadequate"]


# -- Ofsted's record ------------------------------------------------------------------------


def test_inspection_outcomes_by_framework_grade_year_and_region_with_search(demo):
    table = get(demo, "/sectorwatch/inspection_outcomes.json?region=North+West&year=2026")
    assert {"framework", "grade", "year", "region"} <= set(table["facet_results"])
    assert {
        r["authority"]
        for r in get(
            demo, "/sectorwatch/inspection_outcomes.json?region=North+West&year=2026&_shape=array"
        )
    } == {
        "Blackpool Borough Council",
        "Lancashire County Council",
        "Liverpool City Council",
        "Trafford Metropolitan Borough Council",
    }
    grades = {
        f["value"]: f["count"]
        for f in get(demo, "/sectorwatch/inspection_outcomes.json?kind=inspection")[
            "facet_results"
        ]["grade"]["results"]
    }
    assert (grades["inadequate"], grades["no overall judgement"]) == (76, 11)
    found = get(demo, "/sectorwatch/inspection_outcomes.json?_search=manchester&_shape=array")
    assert [r["published"] for r in found] == [
        "2025-11-11",
        "2022-05-19",
        "2017-12-21",
        "2014-09-03",
    ]
    assert {"framework", "overall_effectiveness", "source"} <= set(
        get(demo, "/sectorwatch/inspections.json")["facet_results"]
    )
    # The demo's crawl read Manchester's 2014 and 2017 reports: their text is searchable; they stay bundled rows
    read = get(
        demo,
        "/sectorwatch/inspections.json?_search=%22personal+advisers%22&_sort=published&_shape=array&_col=published&_col=source",
    )
    assert [(r["published"], r["source"]) for r in read] == [
        ("2014-09-03", "bundled"),
        ("2017-12-21", "bundled"),
    ]


def test_council_timeline_interleaves_reports_and_coverage(demo):
    rows = get(demo, "/sectorwatch/council_timeline.json?code=E08000003&_shape=array")
    assert [(r["published"][:4], r["source"]) for r in rows] == [
        ("2014", "Ofsted"),
        ("2014", "community-care"),
        ("2017", "Ofsted"),
        ("2017", "community-care"),
        ("2017", "localgov"),
        ("2018", "children-first"),
        ("2018", "cypnow"),
        ("2022", "Ofsted"),
        ("2025", "Ofsted"),
    ]
    assert rows[0]["judgements"].startswith("overall: inadequate;") and rows[0]["url"].startswith(
        "https://files.ofsted.gov.uk/"
    )
    assert rows[1]["judgements"] == "inadequate (children's services)"
    assert get(demo, "/sectorwatch/council_timeline.json?code=Manchester&_shape=array") == rows


def test_councils_by_time_since_their_last_inspection(demo):
    rows = get(demo, "/sectorwatch/likely_next_inspections.json?as_of=2026-09-01&_shape=array")
    assert len(rows) == 153 and all(r["last_inspection"] for r in rows)
    assert [r["days_since"] for r in rows] == sorted((r["days_since"] for r in rows), reverse=True)
    assert (rows[0]["authority"], rows[0]["last_inspection"], rows[0]["grade"]) == (
        "Nottingham City Council",
        "2022-09-05",
        "inadequate",
    )
    manchester = next(r for r in rows if r["gss_code"] == "E08000003")
    assert (manchester["last_inspection"], manchester["grade"], manchester["days_since"]) == (
        "2025-11-11",
        "outstanding",
        294,
    )
    # as of an earlier day, the record as it stood then
    earlier = get(demo, "/sectorwatch/likely_next_inspections.json?as_of=2020-01-01&_shape=array")
    assert (
        next(r for r in earlier if r["gss_code"] == "E08000003")["last_inspection"] == "2017-12-21"
    )


def test_the_map_shows_the_official_record_and_the_news_one_is_a_second_query(demo):
    official = {r["gss_code"]: r for r in get(demo, "/sectorwatch/authority_map.json?_shape=array")}
    assert len(official) == 153
    assert (official["E08000003"]["latest_grade"], official["E08000003"]["fill"]) == (
        "outstanding",
        "#1a9850",
    )
    # Trafford 2026: no overall judgement; leaders and help and protection inadequate
    assert (official["E08000009"]["latest_grade"], official["E08000009"]["fill"]) == (
        "inadequate (an area judgement)",
        "#d73027",
    )
    assert sum(r["fill"] == "#d73027" for r in official.values()) == 12
    reported = get(demo, "/sectorwatch/reported_judgement_map.json?_shape=array")
    assert [(r["gss_code"], r["latest_grade"]) for r in reported if r["fill"] != "#cccccc"] == [
        ("E08000003", "requires improvement")
    ]


def test_charts_open_as_charts_by_default(demo):
    totals = get(demo, "/sectorwatch/official_judgements_over_time.json?_shape=array")
    assert {"year": "2014", "grade": "inadequate", "reports": 7} in totals
    assert (
        sum(r["reports"] for r in totals) == 492
    )  # every graded inspection in the bundled history
    page = get(demo, "/sectorwatch/official_judgements_over_time")
    assert "history.replaceState(null, '', \"#g.mark=bar&g.x_column=year&" in page
    assert "g.y_column=judgements" in get(demo, "/sectorwatch/judgements_over_time")
    assert "history.replaceState" not in get(demo, "/sectorwatch/authority_timeline")


def test_datasette_reads_a_consistent_view_while_the_crawler_writes(demo, tmp_path):
    db = tmp_path / "busy.db"
    shutil.copy(demo, db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    stop = threading.Event()

    def writer():
        conn = sqlite3.connect(db, isolation_level=None)
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("begin")
            cur = conn.execute(
                "insert into articles (url, source, title, text, published) values (?, 'cypnow', 'busy', 'text', '2026-01-01')",
                [f"https://busy.example/{n}"],
            )
            conn.execute(
                "insert into judgements (article_id, authority_code, grade, subject, current) values (?, 'E08000003', 'good', 'children''s services', 0)",
                [cur.lastrowid],
            )
            conn.execute("commit")
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        ds = make_datasette(db)
        sql = (
            "select (select count(*) from articles where title = 'busy') - "
            "(select count(*) from judgements j join articles a on a.id = j.article_id where a.title = 'busy') as torn"
        )

        async def reads():
            results = []
            for _ in range(40):
                response = await ds.client.get("/busy.json", params={"sql": sql, "_shape": "array"})
                results.append(response.json()[0]["torn"])
            return results

        torn = asyncio.run(reads())
    finally:
        stop.set()
        thread.join()
    assert torn == [0] * 40  # every read saw whole transactions


# -- in a real browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(demo):
    with serving(demo) as base:
        yield base


def chromium(url: str, *action: str, profile: Path) -> str:
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (make test installs it)")
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=10000",
        "--window-size=1200,1600",
        *action,
        url,
    ]
    return subprocess.run(args, capture_output=True, text=True, timeout=120).stdout


@pytest.mark.browser
@pytest.mark.parametrize(
    "name, path",
    [
        ("map", "/sectorwatch/authority_map"),
        ("news-map", "/sectorwatch/reported_judgement_map"),
        ("chart", "/sectorwatch/official_judgements_over_time"),
    ],
)
def test_pages_render_in_chromium_with_screenshots(served, tmp_path, name, path):
    ARTEFACTS.mkdir(exist_ok=True)
    dom = chromium(served + path, "--dump-dom", profile=tmp_path / "dom")
    shot = ARTEFACTS / f"datasette-{name}.png"
    chromium(served + path, f"--screenshot={shot}", profile=tmp_path / "shot")
    assert shot.exists() and shot.stat().st_size > 10_000
    if name.endswith("map"):
        assert dom.count('class="leaflet-interactive"') == 153  # every council of England
        assert "Office for National Statistics" in dom
    if name == "map":  # each council in the colour of its latest inspection; none without one
        assert (
            dom.count('fill="#d73027"') == 12
            and dom.count('fill="#1a9850"') == 46
            and 'fill="#cccccc"' not in dom
        )
    elif (
        name == "news-map"
    ):  # Manchester, the only council with a reported judgement, in the colour of its latest one
        assert dom.count('fill="#fc8d59"') == 1 and dom.count('fill="#cccccc"') == 152
    else:  # drawn without the reader choosing a chart
        assert 'class="vega-embed' in dom and "<canvas" in dom
