"""The report reader measured on real Ofsted reports it had never seen (issue 10's must-show).

The texts are renderings of real reports on doc-sharing sites (pdfslide, doczz, abcdocz,
vdocument, ...) as a search of stored web pages returns them: the page's beginning, which for
a report is its first page and often more. They are Crown copyright and third-party pages,
so they are never committed: this tool reads them from a folder (default
/tmp/real-realreports) holding `N.txt` files (a first line `URL: ...`, then the text as
returned) and `labels.jsonl` (one object per file: the true kind, framework, council GSS
code, dates and judgements, taken from ../shared/data/ofsted_la_inspections_merged.csv and
checked against the text; "not in excerpt" marks a field the excerpt is cut before, which
is then not scored; kind "refuse" marks a lookalike the reader must refuse).

    python -m tests.real_reports [FOLDER] [--half study|check] [--verbose]

Each rendering is turned into the pages a PDF extraction would give by rules about the
doc-sites, not about the reader: the site's chrome (its title line, page count, "Upload:",
"Embed Size (px)", "Citation preview", "TRANSCRIPT", ...) is dropped; where the site shows
the text twice (a one-paragraph summary copy before its chrome and the rendering after it),
the copy that carries more of the text is kept; the site's page markers ("Page N: ...", a
page number alone on a line between blank lines, docplayer's "N " at the head of a page's
paragraph, form feeds) split pages. Then `read_text(pages)` is called WITHOUT a URN (the
council must come from the text) and compared field by field; a ReportError on a report makes
every field wrong, on a lookalike it is right. Every inadequate report must alert
(`crawler.inspections.alerting`). The halves (STUDY, CHECK) are fixed by a hash of the URL.

Renderings used (November 2026; URLs checked against ../shared/data/reserved-articles.txt,
none of the 24 samples' reports):
  reports (SIF 2015 x7, SIF re-inspection 2017 x1; 8 renderings of 7 reports):
    abcdocz.com/doc/1656931 (Leeds 2015), vdocument.in/leeds-city-council-ofsted-... (Leeds 2015),
    abcdocz.com/doc/1656930 (Lambeth 2015), doczz.net/doc/6847423 (Windsor and Maidenhead 2015),
    doczz.net/doc/6847421 (Leicester 2015), pdfslide.us/documents/manchester-city-council-ofsted-...
    (Manchester re-inspection 2017); found after the first fix, first read with the reader
    unchanged: abcdocz.com/doc/1656929 (Enfield 2015), doczz.net/doc/6847417 (Calderdale 2015)
  lookalikes to refuse (14): Ofsted's SIF framework (docsbay 1294845), the 2010 and the
    targeted-inspection frameworks, the monitoring-visit handbook, the JTAI consultation,
    the children's homes framework and a children's home information form, an evaluation of
    the SIF, an official statistics release, a council committee paper on the framework, a
    scrutiny agenda, committee minutes on a 2015 report, a primary school's report, and a
    third-party listing quoting the summary of a 2022 report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from crawler.inspections import REFORM_START, alerting
from crawler.payloads import JUDGEMENT_KEYS
from pipelines.report_reader import ReportError, read_text

FOLDER = Path("/tmp/real-realreports")
NOT_IN_EXCERPT = "not in excerpt"

# Lines a doc-sharing site puts around a document's text (never in an Ofsted PDF).
_CHROME_LINE = re.compile(
    r"^\s*(?:\W\s*)?(?:embed size \(px\)|citation preview|transcript|transcription|upload:?.*|"
    r"others|view:?.*|download:?.*|post on .*|date post:.*|\d+ views?|\d+ downloads?|category:?|"
    r"documents|size: px|start display at page:|share this document with a friend|"
    r"\+ all categories|home > .*|total page:.*|file type:.*)\s*$",
    re.I,
)
_SPLIT_MARKER = re.compile(r"^\s*(?:citation preview|transcript|transcription)\s*$", re.I | re.M)
_PAGE_MARKER = re.compile(r"^page \d+:.*$", re.I | re.M)
_BARE_NUMBER = re.compile(r"\n\s*\n\d{1,3}\s*\n\s*\n")
_DOCPLAYER_PAGE = re.compile(r"\n\s*\n(?=\d{1,3} [A-Z])")
# Sites whose page opens with their own title for the upload (often the uploaded file's name).
_TITLED_SITES = re.compile(
    r"^URL: https?://(?:[\w-]+\.)*(?:abcdocz|doczz|vdocuments?|pdfslide|docplayer|documents|docslib|fdocuments)\.",
    re.I,
)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _drop_chrome(text: str) -> str:
    """Chrome lines out; the site's title line ("X · Y", "... - Ofsted · pdf file...") and a bare
    page count at the head out."""
    lines = [line for line in text.splitlines() if not _CHROME_LINE.match(line)]
    while lines and (
        not lines[0].strip() or re.fullmatch(r"\s*\d{1,3}\s*", lines[0]) or " · " in lines[0]
    ):
        lines.pop(0)
    return "\n".join(line for line in lines if " · " not in line or len(line) > 400)


def pages_of(rendering: str) -> list[str]:
    """The pages a PDF extraction would give for a doc-site rendering (see the module doc)."""
    text = rendering.split("\n", 1)[1] if rendering.startswith("URL:") else rendering
    if _TITLED_SITES.match(rendering):  # the site's title line, wherever the site repeats it
        title = text.lstrip().split("\n", 1)[0].strip()
        text = "\n".join(line for line in text.splitlines() if line.strip() != title)
    if marker := _SPLIT_MARKER.search(text):
        before, after = text[: marker.start()], text[marker.end() :]
        before, after = _drop_chrome(before), _drop_chrome(after)
        # the site's summary copy of the first page(s), or its own title and description
        text = before if _words(before) > _words(after) else after
    else:
        text = _drop_chrome(text)
    if "\f" in text:
        pages = text.split("\f")
    elif _PAGE_MARKER.search(text):
        pages = _PAGE_MARKER.split(text)
    elif _BARE_NUMBER.search(text):
        pages = _BARE_NUMBER.split(text)
    elif re.match(r"\s*1 [A-Z]", text) and _DOCPLAYER_PAGE.search(text):
        pages = _DOCPLAYER_PAGE.split(re.sub(r"^\s*1 ", "", text))
    else:
        pages = [text]
    return [page.strip() for page in pages if page.strip()]


def half(url: str) -> str:
    """STUDY or CHECK, fixed by the URL (not by what the reader makes of it)."""
    return "study" if hashlib.sha256(url.encode()).digest()[0] % 2 == 0 else "check"


# Every Ofsted publication ends on Ofsted's back page (its name, address and licence); an
# excerpt is cut long before it. With --back-page each rendering (lookalikes too) gets such a
# last page, standing for the cut rest of the document, so an excerpt that ends before the
# report's first mention of Ofsted is still read (reported apart from the strict figures).
BACK_PAGE = "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD"


def measure(
    folder: Path, which: str | None = None, verbose: bool = False, back_page: bool = False
) -> dict:
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines()]
    totals: Counter[str] = Counter()
    errors: list[str] = []
    for label in labels:
        if which and half(label["url"]) != which:
            continue
        pages = pages_of((folder / label["file"]).read_text(encoding="utf-8"))
        pages += [BACK_PAGE] if back_page else []
        name = f"{label['file']} ({half(label['url'])})"
        if label["kind"] == "refuse":
            totals["lookalikes"] += 1
            try:
                report = read_text(pages)
            except ReportError:
                totals["lookalikes refused"] += 1
                continue
            errors.append(f"{name}: not refused, read as {report.kind} of {report.authority_name}")
            continue
        totals["reports"] += 1
        try:
            report = read_text(pages)
            got = {
                "council": report.authority_code,
                "kind": report.kind,
                "framework": report.framework,
                "inspection_start": report.inspection_start,
                "inspection_end": report.inspection_end,
                "published": report.published,
                **report.judgements,
            }
        except ReportError as exc:
            got = {}
            errors.append(f"{name}: ReportError {exc}")
        want = {
            "council": label["gss"],
            "kind": label["kind"],
            "framework": label["framework"],
            "inspection_start": label["inspection_start"],
            "inspection_end": label["inspection_end"],
            "published": label["published"],
            **label["judgements"],
        }
        all_right = bool(got)
        for key, value in want.items():
            if value == NOT_IN_EXCERPT:
                continue
            graded = key in JUDGEMENT_KEYS
            bucket = ("graded judgements" if value else "ungraded judgements") if graded else key
            totals[f"{bucket} total"] += 1
            if got and got.get(key) == value:
                totals[f"{bucket} exact"] += 1
            else:
                all_right = False
                if got:
                    errors.append(f"{name}: {key} {got.get(key)!r}, should be {value!r}")
        totals["reports every field right"] += all_right
        judgements = label["judgements"]
        post_reform = (label["inspection_start"] or "") >= REFORM_START
        alerts = bool(got) and alerting({key: got.get(key) for key in JUDGEMENT_KEYS}, post_reform)
        if alerting({k: v for k, v in judgements.items() if v != NOT_IN_EXCERPT}, post_reform):
            totals["inadequate"] += 1
            totals["inadequate alerting"] += alerts
        else:  # an area inadequate under a better overall grade, or none at all: no alert
            totals["false alerts"] += alerts
    if verbose:
        print("\n".join(errors) or "no errors")
    return {"totals": dict(totals), "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--half", choices=("study", "check"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--back-page", action="store_true", help="add Ofsted's back page to each")
    args = parser.parse_args(argv)
    if not (args.folder / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.folder}: nothing to measure", file=sys.stderr)
        return 2
    result = measure(args.folder, args.half, args.verbose, args.back_page)
    totals = result["totals"]
    for key in sorted(k[: -len(" total")] for k in totals if k.endswith(" total")):
        print(f"{key:22} {totals.get(key + ' exact', 0)}/{totals[key + ' total']}")
    print(
        f"{'reports all right':22} {totals.get('reports every field right', 0)}/{totals.get('reports', 0)}"
    )
    print(
        f"{'inadequate alerting':22} {totals.get('inadequate alerting', 0)}/{totals.get('inadequate', 0)}"
    )
    print(f"{'false alerts':22} {totals.get('false alerts', 0)}")
    print(
        f"{'lookalikes refused':22} {totals.get('lookalikes refused', 0)}/{totals.get('lookalikes', 0)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
