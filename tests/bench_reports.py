"""Reading Ofsted's report PDFs: speed against a baseline measured in the same run, and the
measurement that chose the PDF library.

    python -m tests.bench_reports              # reports per second (for `make bench`)
    python -m tests.bench_reports --compare    # pypdfium2 vs pypdf vs pdfminer.six

The 24 real reports are read from ../shared/data/ofsted-reports (never copied into the repo).

`bench_reports()`: the whole reader (`read_report`: a child process per report, its time and
memory bounds, the parse) against PDFium's bare text extraction of the same files in this
process; then how soon hostile inputs end (a 1 GiB flate bomb, a reader stopped by its timeout).

`compare_libraries()`: for each library installed (pypdf and pdfminer.six are not project
dependencies: `pip install pypdf==7.1.1 pdfminer.six==20260107` to compare), text extraction
speed, and exactness: the reader's rules applied to that library's text (judgements, council,
framework, dates against index.csv), rows whose grade comes right after its label (reading
order), and words no other library produced (split or merged words).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench import _best_of

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ofsted-reports"


def _samples() -> list[tuple[dict, bytes]]:
    if not (SAMPLES / "index.csv").exists():
        sys.exit(f"{SAMPLES} is not here: the report benchmark reads ../shared")
    with open(SAMPLES / "index.csv", encoding="utf-8") as fh:
        return [(row, (SAMPLES / row["file"]).read_bytes()) for row in csv.DictReader(fh)]


def _pypdfium2(data: bytes) -> list[str]:
    from pipelines.pdf_text import pdf_pages

    return pdf_pages(data)


def _pypdf(data: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _pdfminer(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data)).split("\f")[:-1]


LIBRARIES: dict[str, tuple[str, Callable[[bytes], list[str]]]] = {
    "pypdfium2": ("pypdfium2", _pypdfium2),
    "pypdf": ("pypdf", _pypdf),
    "pdfminer.six": ("pdfminer", _pdfminer),
}


def bench_reports() -> None:
    """Reports per second of read_report, beside PDFium's bare text extraction of the same files."""
    from pipelines.pdf_text import pdf_pages
    from pipelines.report_reader import ReportError, read_report
    from tests.test_report_reader import _raw_pdf, flate_bomb

    samples = _samples()
    pages = sum(len(pdf_pages(data)) for _, data in samples)
    read_report(samples[0][1])  # warm up: the council-name pattern is compiled once per process
    bare_s = _best_of(3, lambda: [pdf_pages(data) for _, data in samples])
    ours_s = _best_of(
        3, lambda: [read_report(data, published=row["publication_date"]) for row, data in samples]
    )
    n = len(samples)
    print(f"reports: {n} real Ofsted reports, {pages} pages, best of 3 runs")
    print(
        f"  PDFium bare text extraction (in process): {n / bare_s:6.1f} reports/s {pages / bare_s:7.0f} pages/s"
    )
    print(
        f"  read_report (child process, bounds, parse): {n / ours_s:4.1f} reports/s {pages / ours_s:7.0f} pages/s"
    )
    print(
        f"  read_report time / bare extraction time: {ours_s / bare_s:.2f}  (target: at most 2.0)"
    )
    for name, data, timeout in (
        ("1 GiB flate bomb", _raw_pdf(flate_bomb()), 60.0),
        ("a report, timeout 0.05 s", samples[0][1], 0.05),
    ):
        started = time.perf_counter()
        try:
            read_report(data, timeout=timeout)
            outcome = "read (no error!)"
        except ReportError as exc:
            outcome = f"ReportError: {exc}"
        print(
            f"  hostile input, {name}: ended after {time.perf_counter() - started:.2f} s ({outcome})"
        )


def _exactness(report, row: dict) -> tuple[int, int, bool]:
    """(graded judgements right, graded judgements in the index, council+framework+publication right)."""
    from tests.test_report_reader import _expected

    expected = {k: v for k, v in _expected(row).items() if v is not None}
    right = sum(report.judgements[k] == v for k, v in expected.items())
    meta = (
        report.authority_code == row["gss_code"]
        and report.framework == row["framework"]
        and report.published == row["publication_date"]
        and bool(report.inspection_start)
    )
    return right, len(expected), meta


def _in_order(pages: list[str]) -> tuple[int, int]:
    """(rows whose grade is written right after the label, rows) in the judgement list or table."""
    from pipelines import report_reader as rr

    page1 = rr.normalise(next((p for p in pages if len(p.strip()) > 200), pages[0]))
    head = rr.flat(page1)
    if rr._SIF_TITLE.search(head):
        region, rows = head, rr._rows(head, rr._SIF_ITEMS)
    else:
        region = rr._table_region(page1)
        rows = rr._table_rows(region)
    direct = sum(bool(re.match(rr._G, region[end : end + 60], re.I)) for _, end, _ in rows)
    return direct, len(rows)


def compare_libraries() -> None:
    import importlib.metadata
    import importlib.util

    from pipelines.report_reader import ReportError, read_text

    samples = _samples()
    available = {
        name: fn for name, (module, fn) in LIBRARIES.items() if importlib.util.find_spec(module)
    }
    texts: dict[str, list[list[str]]] = {}
    print(
        f"PDF libraries on {len(samples)} real Ofsted reports (text extraction in process, one run):"
    )
    for name, extract in available.items():
        started = time.perf_counter()
        texts[name] = [extract(data) for _, data in samples]
        seconds = time.perf_counter() - started
        pages = sum(len(t) for t in texts[name])
        right = total = meta_ok = direct = rows = failed = 0
        for (row, _), pages_text in zip(samples, texts[name], strict=False):
            d, r = _in_order(pages_text)
            direct, rows = direct + d, rows + r
            try:
                report = read_text(pages_text, published=row["publication_date"])
            except ReportError:
                failed += 1
                continue
            a, b, m = _exactness(report, row)
            right, total, meta_ok = right + a, total + b, meta_ok + m
        total = total or 1
        version = importlib.metadata.version(name)
        print(
            f"  {name} {version}: {pages / seconds:6.1f} pages/s {len(samples) / seconds:6.2f} reports/s; "
            f"judgements exact {right}/{total}; council, framework, dates {meta_ok}/{len(samples)}; "
            f"grade right after its label {direct}/{rows} rows; unreadable {failed}"
        )
    if len(texts) >= 2:
        print("  words found by no other library (split or merged words, ligatures, stray glyphs):")
        for name in texts:
            unique = 0
            for i in range(len(samples)):
                mine = set(re.findall(r"[a-z]{2,}", " ".join(texts[name][i]).lower()))
                others = set().union(
                    *(
                        set(re.findall(r"[a-z]{2,}", " ".join(texts[o][i]).lower()))
                        for o in texts
                        if o != name
                    )
                )
                unique += len(mine - others)
            print(f"    {name}: {unique}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--compare", action="store_true", help="compare the PDF libraries that are installed"
    )
    args = parser.parse_args(argv)
    compare_libraries() if args.compare else bench_reports()


if __name__ == "__main__":
    main()
