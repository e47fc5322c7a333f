"""Generate nlp/patterns/authorities.jsonl from the reference data in nlp/data/.

    python -m nlp.build_patterns

Each line is one surface form of a council (or of a body that stands for one, such as a
children's trust), with the GSS codes it stands for:

    {"pattern": "Manchester City Council", "codes": ["E08000003"], "kind": "council", ...}

kind: "council" (a form that names the council itself), "place" (a bare place name,
which needs more checks: "Manchester United" is not the council), "trust" (a children's
services trust or company), "abbreviation", "former" (an abolished council), "district"
(a two-tier district: no children's services duty; a blocker so that "Newcastle-under-Lyme"
is not read as Newcastle upon Tyne).
needs_context: the form is also an ordinary word or an ambiguous place ("Reading",
"Kingston"); it counts only where the text shows it is a council.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OUT = HERE / "patterns" / "authorities.jsonl"

# Place names that are also ordinary words, first names, surnames, titles or other places:
# these need the article to be about councils (sector context) to count.
NEEDS_CONTEXT = {
    "Reading",
    "Bury",
    "Sutton",
    "Kingston",
    "Richmond",
    "Newcastle",
    "Westminster",
    "Durham",
    "Derby",
    "Halton",
    "Bolton",
    "Kent",
    "Brent",
    "Harrow",
    "Merton",
    "Dudley",
    "Bedford",
    "Stoke",
    "Hull",
    "Telford",
    "Redcar",
    "Brighton",
    "Blackburn",
    "Southend",
    "Cumberland",
    "Dorset",
    "Somerset",
    "Rutland",
    "Moray",
    "Angus",
    "Highland",
    "Fife",
    "Stirling",
    "Newport",
    "Devon",
    "Cornwall",
    "Norfolk",
    "Suffolk",
    "Essex",
    "Surrey",
    "Greenwich",
    "Hackney",
    "Camden",
    "Bromley",
    "Wakefield",
    "Lincoln",
    "Oldham",
    "Wigan",
}
# Always ambiguous, even with context, unless the article names the council in full.
STRONGLY_AMBIGUOUS = {
    "Kingston",
    "Richmond",
    "Newcastle",
    "Westminster",
    "Reading",
    "Bury",
    "Sutton",
}
# "Cyngor" (council) and the words of Welsh councils' titles before the area's name: county
# ("Sir"), county borough ("Bwrdeistref Sirol"). (Not city, "Dinas": "Dinas Powys" is a
# village; "Cyngor Dinas Casnewydd" is read as "Casnewydd" after a council word.)
WELSH_COUNCIL_PREFIXES = ["Cyngor", "Cyngor Sir", "Cyngor Bwrdeistref Sirol"]
SUFFIXES = [
    "Council",
    "City Council",
    "County Council",
    "Borough Council",
    "Metropolitan Borough Council",
    # the press's and councils' own short form of the last ("Sandwell MBC has appointed")
    "MBC",
]
MOJIBAKE = re.compile(r"[ï¿½ï¾]|\ufffd")


def _good_alt(name: str) -> bool:
    if not name or MOJIBAKE.search(name) or name.endswith((" UA", " ua")):
        return False
    if name[0].islower():
        return False  # the reference data's lower-case forms are lookup keys, often misspelt
    return not re.search(r"\b(district|boro)$", name)


def _variants(form: str) -> set[str]:
    out = {form}
    if " and " in form:
        out.add(form.replace(" and ", " & "))
    if " & " in form:
        out.add(form.replace(" & ", " and "))
    if "St. " in form:
        out.add(form.replace("St. ", "St "))
    if "-on-" in form or "-upon-" in form:
        out.add(form.replace("-", " "))
    if " upon " in form:  # "Newcastle-upon-Tyne", as many papers hyphenate it
        out.add(form.replace(" upon ", "-upon-"))
    for variant in list(out):  # "Birmingham Children’s Trust" as typeset
        if "'" in variant:
            out.add(variant.replace("'", "’"))
    for variant in list(out):  # "Sir Gar", "Gaidhealtachd": accents dropped, as many write them
        plain = "".join(
            c for c in unicodedata.normalize("NFD", variant) if not unicodedata.combining(c)
        )
        out.add(plain)
    return out


def _short_name(row: dict) -> str:
    name = row["name"]
    for prefix in ("The ", "City of ", "County of "):
        if name.startswith(prefix) and name not in ("City of London", "City of Edinburgh"):
            name = name[len(prefix) :]
    return name.replace("Kingston upon Hull", "Hull")


def _initialisms(short: str) -> set[str]:
    """The initials news and councils' own papers use for a council of several words, as
    they write them before "Council": "RCT Council" (Rhondda Cynon Taf), "NPT Council" (Neath
    Port Talbot), "P&K Council" (Perth and Kinross), "H&F Council". Two letters are read
    only around an ampersand; an initialism alone is too ambiguous ("RCT", a trial), so the
    generator adds it with "Council" only."""
    words = re.split(r"[\s,]+", short)
    capitals = [w for w in words if w[:1].isupper() and w not in ("Upon", "Of")]
    if len(capitals) < 2:
        return set()
    out = set()
    if len(capitals) >= 3:
        out.add("".join(w[0] for w in capitals))
    if len(capitals) == 2 and words[1:2] == ["and"] and len(words) == 3:
        out.add(f"{capitals[0][0]}&{capitals[1][0]}")
    return out


def build_records() -> list[dict]:
    records: dict[str, dict] = {}

    generated: set[str] = set()  # forms we made up from a short name and a suffix

    def add(
        pattern: str, codes: list[str], kind: str, made_up: bool = False, **extra: object
    ) -> None:
        for form in _variants(pattern.strip()):
            key = form.lower()
            if key in records and (key in generated) != made_up:
                # A name the reference data gives ("Somerset County Council", the former
                # council) outranks one we made up for another council ("Somerset" + suffix).
                if made_up:
                    continue
                generated.discard(key)
                records[key] = {"pattern": form, "codes": codes, "kind": kind, **extra}
                continue
            if made_up and key not in records:
                generated.add(key)
            if key in records:
                existing = records[key]
                # A council form outranks a district blocker; merge codes of equal kinds.
                rank = {
                    "council": 4,
                    "trust": 3,
                    "former": 3,
                    "abbreviation": 2,
                    "place": 2,
                    "district": 1,
                }
                if rank[kind] > rank[existing["kind"]]:
                    records[key] = {"pattern": form, "codes": codes, "kind": kind, **extra}
                elif rank[kind] == rank[existing["kind"]]:
                    existing["codes"] = sorted(set(existing["codes"]) | set(codes))
                continue
            records[key] = {"pattern": form, "codes": codes, "kind": kind, **extra}

    with open(DATA / "uk_childrens_services_authorities.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    formers: list[tuple[dict, str]] = []
    for row in rows:
        code = row["gss_code"]
        current = row["current"] == "True"
        kind = "council" if current else "former"
        extra: dict[str, Any] = (
            {}
            if current
            else {"valid_to": row["end_date"], "successors": row["replaced_by_gss"].split("|")}
        )
        short = _short_name(row)
        add(row["official_name"], [code], kind, **extra)
        for alt in row["alt_names"].split("|"):
            alt = alt.strip()
            if _good_alt(alt) and alt != short and "Council" in alt:
                add(alt, [code], kind, **extra)
        if not current:
            formers.append((row, short))
            continue
        for suffix in SUFFIXES:
            add(f"{short} {suffix}", [code], "council", made_up=True)
        for initials in _initialisms(short):
            add(f"{initials} Council", [code], "council", made_up=True)
        if row["la_type"] == "London borough":
            add(f"London Borough of {short}", [code], "council", made_up=True)
            add(f"Royal Borough of {short}", [code], "council", made_up=True)
            add(
                f"LB {short}", [code], "council", made_up=True
            )  # councils' own papers: "LB Richmond"
        bare = {short, row["name"]} | {
            a for a in row["alt_names"].split("|") if _good_alt(a) and "Council" not in a
        }
        for place in bare:
            place = place.strip()
            if place.startswith("The "):
                place = place[4:]
            context = place in NEEDS_CONTEXT
            add(
                place,
                [code],
                "place",
                needs_context=context,
                strongly_ambiguous=place in STRONGLY_AMBIGUOUS,
            )

    # A former council's bare name: where today's council has the same name ("North
    # Yorkshire"), articles from before the change mean the old council.
    for row, short in formers:
        for place in {short, row["name"].removesuffix(" County")}:
            key = place.lower()
            if key in records:
                records[key]["before"] = {"date": row["end_date"], "codes": [row["gss_code"]]}
            else:
                add(
                    place,
                    [row["gss_code"]],
                    "former",
                    valid_to=row["end_date"],
                    successors=row["replaced_by_gss"].split("|"),
                )

    # A former council replaced by exactly one council: today's code -> the old row.
    replaced_by = {
        row["replaced_by_gss"]: row for row, _ in formers if "|" not in row["replaced_by_gss"]
    }
    welsh_names: dict[str, set[str]] = {}
    with open(DATA / "la_aliases_curated.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            codes = row["gss_codes"].split("|")
            kind = {
                "delivery_trust": "trust",
                "former_authority": "former",
                "shared_service": "abbreviation",
                "short_name": "place",
                "welsh_name": "place",
                "council_name": "council",
            }.get(row["alias_type"], "abbreviation")
            alias = row["alias"]
            ambiguous = "ambiguous" in row["note"].lower() or alias in NEEDS_CONTEXT
            extra = {
                "needs_context": ambiguous,
                "strongly_ambiguous": alias in STRONGLY_AMBIGUOUS,
            }
            if row["valid_from"]:
                extra["valid_from"] = row["valid_from"]
            if row["valid_to"]:
                extra["valid_to"] = row["valid_to"]
            if kind == "former":
                # The alias names the old council; before it ended, the article means it.
                extra["successors"] = codes
                old = [
                    r["gss_code"] for r in rows if r["official_name"] == alias or r["name"] == alias
                ]
                codes = old or codes
            if kind == "abbreviation" and alias in (
                "Kingston",
                "Richmond",
                "Newcastle",
                "Durham",
                "Hull",
                "Bristol",
            ):
                kind = "place"
            if kind != "former" and len(codes) == 1 and codes[0] in replaced_by:
                # "Bucks" before April 2020 is the old county council.
                old_row = replaced_by[codes[0]]
                if old_row["name"].removesuffix(" County") == row["la_names"]:
                    extra["before"] = {"date": old_row["end_date"], "codes": [old_row["gss_code"]]}
                    # "Bucks County Council": only the old council was a county council, so
                    # the alias with that title names it whatever the date, as its official
                    # name does.
                    add(
                        f"{alias} County Council",
                        [old_row["gss_code"]],
                        "former",
                        valid_to=old_row["end_date"],
                        successors=codes,
                    )
            add(alias, codes, kind, **extra)
            if row["alias_type"] == "welsh_name":
                welsh_names.setdefault(codes[0], set()).add(alias)

    # A Welsh council's own name in Welsh: "Cyngor Caerdydd", "Cyngor Sir Powys", "Cyngor
    # Bwrdeistref Sirol Conwy": its Welsh names in
    # la_aliases_curated.csv, or its English short name where Welsh shares it ("Gwynedd").
    # A name that is itself a county's ("Sir Benfro") takes "Cyngor" alone.
    for row in rows:
        if row["nation"] != "Wales" or row["current"] != "True":
            continue
        for name in welsh_names.get(row["gss_code"]) or {_short_name(row)}:
            for prefix in (
                WELSH_COUNCIL_PREFIXES[:1] if name.startswith("Sir ") else (WELSH_COUNCIL_PREFIXES)
            ):
                add(f"{prefix} {name}", [row["gss_code"]], "council", made_up=True)

    with open(DATA / "england_districts_to_county.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for alt in {row["district_official_name"], *row["district_alt_names"].split("|")}:
                if alt and alt[0].isupper() and ("Council" in alt or "-" in alt or " " in alt):
                    add(alt, [row["county_gss_code"]], "district")
    return sorted(records.values(), key=lambda r: r["pattern"].lower())


def main() -> None:
    records = build_records()
    OUT.parent.mkdir(exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(records)} forms to {OUT.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
