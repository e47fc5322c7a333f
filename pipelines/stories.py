"""Stories: the same event told by several outlets, or one press release carried by many.

Chosen by measurement on the seeds and the labelled sets (see README): trafilatura's Simhash
does not separate two write-ups of one inspection from unrelated articles (seeds 001/002
score 0.73, 002/004 0.78), while the overlap of 5-word shingles does (001/002 share 52% of
the shorter text; unrelated short articles share at most 15%, through stock phrases). Two
articles are one story when, published within WINDOW_DAYS of each other:
- they share at least STRONG_OVERLAP of the shorter text's shingles (a press release,
  shared quotes), or
- they share at least WEAK_OVERLAP and a council, or
- they report the same current judgement (council, grade, subject): one inspection.
An article joins the story of the earliest stored article that qualifies.

Candidates come from an index, not from reading every article of the window again: each
article's shingles are kept hashed (64-bit) in `story_shingles` with its day, so the
articles sharing shingles with a new one, and how many, are one indexed query. The index
is this module's own table, created (and filled from the stored articles) on first use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

import sqlite_utils

WINDOW_DAYS = 14
STRONG_OVERLAP = 0.2
WEAK_OVERLAP = 0.08
SHINGLE = 5
_CHUNK = 500  # hashes per query (SQLite's limit on parameters is far above)
_DAY = "coalesce(published, substr(fetched_at, 1, 10))"


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", (text or "").lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def shingle_hashes(text: str) -> set[int]:
    """The article's shingles as signed 64-bit integers (what SQLite stores)."""
    return {
        int.from_bytes(hashlib.blake2b(" ".join(s).encode("utf-8"), digest_size=8).digest(), "big", signed=True)
        for s in shingles(text)
    }


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def ensure_index(db: sqlite_utils.Database) -> None:
    """Create the shingle index if missing, indexing every article already stored."""
    if "story_shingles" in db.table_names():
        return
    with db.atomic():
        db["story_shingles"].create({"article_id": int, "hash": int, "day": str})
        db["story_shingles"].create_index(["hash", "day"])
        db["story_shingles"].create_index(["article_id"])
        for article_id, text, day in db.execute(f"select id, text, {_DAY} from articles where story_id is not null").fetchall():
            _index(db, article_id, shingle_hashes(text), day)


def _index(db: sqlite_utils.Database, article_id: int, hashes: Iterable[int], day: str | None) -> None:
    db.execute("delete from story_shingles where article_id = ?", [article_id])
    db.conn.executemany("insert into story_shingles (article_id, hash, day) values (?, ?, ?)", [(article_id, h, (day or "")[:10]) for h in hashes])


def _in(values: list) -> str:
    return ", ".join("?" * len(values))


def assign_story(db: sqlite_utils.Database, article_id: int) -> int:
    """Set and return articles.story_id for `article_id` (its own id when it starts a story)."""
    ensure_index(db)
    text, day_text = db.execute(f"select text, {_DAY} from articles where id = ?", [article_id]).fetchone()
    day = _day(day_text)
    mine = shingle_hashes(text)
    _index(db, article_id, mine, day_text)
    story = article_id
    if day:
        lo, hi = (day - dt.timedelta(days=WINDOW_DAYS)).isoformat(), (day + dt.timedelta(days=WINDOW_DAYS)).isoformat()
        qualifying = _same_judgement(db, article_id, lo, hi)
        shared = _shared_shingles(db, article_id, sorted(mine), lo, hi)
        if shared:
            sizes = dict(db.execute(f"select article_id, count(*) from story_shingles where article_id in ({_in(list(shared))}) group by article_id",
                                    list(shared)).fetchall())
            ratio = {other: n / min(len(mine), sizes.get(other) or n) for other, n in shared.items()}
            qualifying |= {other for other, r in ratio.items() if r >= STRONG_OVERLAP}
            weak = [other for other, r in ratio.items() if WEAK_OVERLAP <= r < STRONG_OVERLAP]
            if weak:
                councils = {r[0] for r in db.execute("select authority_code from mentions where article_id = ? and kind = 'authority'", [article_id])}
                if councils:
                    qualifying |= {r[0] for r in db.execute(
                        f"select distinct article_id from mentions where kind = 'authority' and article_id in ({_in(weak)}) "
                        f"and authority_code in ({_in(list(councils))})", [*weak, *councils])}
        if qualifying:
            found = db.execute(
                f"select story_id from articles where id in ({_in(list(qualifying))}) and story_id is not null and {_DAY} between ? and ? order by id limit 1",
                [*qualifying, lo, hi],
            ).fetchone()
            if found:
                story = found[0]
    db["articles"].update(article_id, {"story_id": story})
    return story


def _shared_shingles(db: sqlite_utils.Database, article_id: int, hashes: list[int], lo: str, hi: str) -> dict[int, int]:
    """Other articles of the window -> how many of this article's shingles they share."""
    shared: dict[int, int] = {}
    for start in range(0, len(hashes), _CHUNK):
        chunk = hashes[start : start + _CHUNK]
        for other, n in db.execute(
            f"select article_id, count(*) from story_shingles where hash in ({_in(chunk)}) and day between ? and ? and article_id != ? group by article_id",
            [*chunk, lo, hi, article_id],
        ):
            shared[other] = shared.get(other, 0) + n
    return shared


def _same_judgement(db: sqlite_utils.Database, article_id: int, lo: str, hi: str) -> set[int]:
    """Other articles of the window reporting one of this article's current judgements."""
    return {r[0] for r in db.execute(
        f"""select distinct o.article_id from judgements j
            join judgements o on o.authority_code = j.authority_code and o.grade = j.grade and o.subject = j.subject
                 and o.current = 1 and o.article_id != j.article_id
            join articles a on a.id = o.article_id
            where j.article_id = ? and j.current = 1 and j.authority_code is not null
              and a.story_id is not null and coalesce(a.published, substr(a.fetched_at, 1, 10)) between ? and ?""",
        [article_id, lo, hi],
    )}
