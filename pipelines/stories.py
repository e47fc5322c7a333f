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

Candidates are found without reading every article of the window again for each new one:
the window comes from an index on the articles' day (`articles_story_day`, this module's
own, created on first use), each article's shingles are computed once per process and kept
(hashed) while it can still be in a window, and the candidates are checked in the
order they were stored, stopping at the first that qualifies.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlite_utils

WINDOW_DAYS = 14
STRONG_OVERLAP = 0.2
WEAK_OVERLAP = 0.08
SHINGLE = 5
CACHE_ARTICLES = 5_000  # shingle sets kept per process (at most ~150 MB; weeks of a large crawl)
_CHUNK = 500  # hashes per query (SQLite's limit on parameters is far above)
_DAY = "coalesce(published, substr(fetched_at, 1, 10))"


def shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", (text or "").lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def overlap(a: set, b: set) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def shingle_hashes(text: str) -> set[int]:
    """The article's shingles as integers (Python's hash: kept in this process only)."""
    return set(map(hash, shingles(text)))


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


class _Shingles:
    """The shingle hashes of the articles a process has met (one per database connection)."""

    def __init__(self) -> None:
        self.hashes: dict[int, frozenset[int]] = {}

    def get(self, db: sqlite_utils.Database, ids: list[int]) -> dict[int, frozenset[int]]:
        missing = [i for i in ids if i not in self.hashes]
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start : start + _CHUNK]
            for article_id, text in db.execute(
                f"select id, text from articles where id in ({_in(chunk)})", chunk
            ):
                self.hashes[article_id] = frozenset(shingle_hashes(text))
        if len(self.hashes) > CACHE_ARTICLES:  # the oldest first: they leave the windows first
            for old in sorted(self.hashes)[: len(self.hashes) - CACHE_ARTICLES]:
                del self.hashes[old]
        return {i: self.hashes[i] for i in ids if i in self.hashes}


_current: tuple[object, _Shingles] | None = (
    None  # (the connection, its cache): one connection stores at a time
)


def _cache(db: sqlite_utils.Database) -> _Shingles:
    """The cache for this connection; holding the connection itself (not its id, which a
    later connection could reuse) so a cache never serves another database."""
    global _current
    if _current is None or _current[0] is not db.conn:
        db.execute(f"create index if not exists articles_story_day on articles ({_DAY})")
        _current = (db.conn, _Shingles())
    return _current[1]


def _in(values: list) -> str:
    return ", ".join("?" * len(values))


def assign_story(db: sqlite_utils.Database, article_id: int) -> int:
    """Set and return articles.story_id for `article_id` (its own id when it starts a story)."""
    cache = _cache(db)
    text, day_text = db.execute(
        f"select text, {_DAY} from articles where id = ?", [article_id]
    ).fetchone()
    day = _day(day_text)
    mine = cache.hashes[article_id] = frozenset(shingle_hashes(text))  # new, or changed text
    story = article_id
    if day:
        lo, hi = (
            (day - dt.timedelta(days=WINDOW_DAYS)).isoformat(),
            (day + dt.timedelta(days=WINDOW_DAYS)).isoformat(),
        )
        window = db.execute(
            f"select id, story_id from articles where {_DAY} between ? and ? and id != ? and story_id is not null order by id",
            [lo, hi, article_id],
        ).fetchall()
        judged = _same_judgement(db, article_id, lo, hi)
        shingled = cache.get(db, [other_id for other_id, _ in window])
        councils: set[str] | None = None
        for other_id, other_story in window:
            if other_id in judged:
                story = other_story
                break
            theirs = shingled.get(other_id, frozenset())
            shared = len(mine & theirs) / min(len(mine), len(theirs)) if mine and theirs else 0.0
            if shared >= STRONG_OVERLAP:
                story = other_story
                break
            if shared >= WEAK_OVERLAP:
                if councils is None:
                    councils = _councils(db, article_id)
                if councils & _councils(db, other_id):
                    story = other_story
                    break
    db.table("articles").update(article_id, {"story_id": story})
    return story


def _councils(db: sqlite_utils.Database, article_id: int) -> set[str]:
    return {
        r[0]
        for r in db.execute(
            "select authority_code from mentions where article_id = ? and kind = 'authority'",
            [article_id],
        )
    }


def _same_judgement(db: sqlite_utils.Database, article_id: int, lo: str, hi: str) -> set[int]:
    """Other articles of the window reporting one of this article's current judgements."""
    return {
        r[0]
        for r in db.execute(
            """select distinct o.article_id from judgements j
            join judgements o on o.authority_code = j.authority_code and o.grade = j.grade and o.subject = j.subject
                 and o.current = 1 and o.article_id != j.article_id
            join articles a on a.id = o.article_id
            where j.article_id = ? and j.current = 1 and j.authority_code is not null
              and a.story_id is not null and coalesce(a.published, substr(a.fetched_at, 1, 10)) between ? and ?""",
            [article_id, lo, hi],
        )
    }
