"""Reliability measurements for issue 8, printed as a table (run by hand, not in CI).

    python benchmarks/reliability.py            # everything
    python benchmarks/reliability.py --only drip,decode,attributes,memory,import

- drip: time from the start of a fetch to its error against local servers that send one byte
  a second (body with and without Content-Length, headers, robots.txt), ``max_time=3``.
- decode: the 45 dev pages with accents or curly quotes that windows-1252 can hold, re-encoded
  as windows-1252 with their charset meta removed (no label, a wrong utf-8 meta, a wrong utf-8
  header): pages whose article differs from the UTF-8 original's. Plus a Russian page in
  windows-1251 served as iso-8859-1.
- attributes: one element with 100,000 attributes, cleanwire vs trafilatura (separate process,
  120 s cap).
- memory: peak RSS of ``cleanwire.extract_file`` on a 30 MB one-line dump (separate process).
- import: ``python -X importtime -c "import cleanwire"``, best of 5.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import cleanwire  # noqa: E402
from cleanwire import FetchError, Fetcher, FetchOptions  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
_CHARSET_META = re.compile(
    r"""<meta\s[^>]*?(?:charset\s*=\s*["']?[\w.:-]+["']?|http-equiv\s*=\s*["']?content-type["']?[^>]*)[^>]*>""", re.I
)


def drip_rows() -> list[tuple[str, str, str]]:
    from fetch_site import STORY, Site, article_html, drip, page

    from cleanwire.fetching.throttle import HostThrottle

    html = article_html("Harbour bridge", STORY).encode()
    site = Site()
    site.routes["/body-length"] = drip(html, 1.0, length=True, limit=60)
    site.routes["/body-nolength"] = drip(html, 1.0, length=False, limit=60)
    site.routes["/headers"] = drip(html, 1.0, length=True, headers_too=True, limit=60)
    rows = []
    try:
        cases = [("body, Content-Length", "/body-length", {}), ("body, no Content-Length", "/body-nolength", {}),
                 ("headers", "/headers", {})]
        for name, path, extra in cases:
            options = FetchOptions(delay=0, allow_private=True, respect_robots=False, max_time=3, **extra)
            rows.append((name, *_time_fetch(Fetcher(options, throttle=HostThrottle()), site.url(path))))
        robots = Site()
        robots.routes["/robots.txt"] = drip(b"User-agent: *\nAllow: /\n" * 50, 1.0, length=True, limit=60)
        robots.routes["/story"] = page(html)
        options = FetchOptions(delay=0, allow_private=True, robots_max_time=3)
        rows.append(("robots.txt (robots_max_time=3)",
                     *_time_fetch(Fetcher(options, throttle=HostThrottle()), robots.url("/story"))))
        robots.close()
    finally:
        site.close()
    return rows


def _time_fetch(fetcher: Fetcher, url: str) -> tuple[str, str]:
    start = time.monotonic()
    try:
        fetcher.fetch(url)
        outcome = "fetched (!)"
    except FetchError as exc:
        outcome = f"{type(exc).__name__}: {exc.reason}"
    return f"{time.monotonic() - start:.2f} s", outcome


def decode_rows() -> list[tuple[str, str, str]]:
    truth = {json.loads(line)["id"]: json.loads(line) for line in (CORPUS / "truth.jsonl").open(encoding="utf-8")}
    pages = []
    for path in sorted((CORPUS / "pages").glob("*.html")):
        text = path.read_text(encoding="utf-8")
        if any(ord(c) > 127 for c in truth[path.stem]["body"]):
            try:
                text.encode("cp1252")
            except UnicodeEncodeError:
                continue
            pages.append(_CHARSET_META.sub("", text))
    rows = []
    originals = [_article(page.encode("utf-8"), None) for page in pages]
    for name, label, header in (("no label", False, None), ("wrong utf-8 <meta>", True, None),
                                ("wrong utf-8 header", False, "utf-8")):
        differ = 0
        for page, original in zip(pages, originals):
            if label:
                page = page.replace("<head>", '<head><meta charset="utf-8">', 1)
            differ += _article(page.encode("cp1252"), header) != original
        rows.append((f"{len(pages)} pages as windows-1252, {name}", f"{differ} differ", ""))
    russian = ("Президент России заявил в четверг, что переговоры с соседями продолжатся на следующей неделе. " * 6)
    page = f"<html><head><title>Новости</title></head><body><article><p>{russian}</p></article></body></html>"
    got = _article(page.encode("cp1251"), "iso-8859-1")
    ok = not isinstance(got, str) and "Президент России" in got["body"]
    rows.append(("Russian page in windows-1251 served as iso-8859-1", "right" if ok else "garbled", ""))
    return rows


def _article(raw: bytes, header: str | None) -> dict | str:
    try:
        return cleanwire.extract(raw, encoding=header).to_dict()
    except cleanwire.CleanwireError as exc:
        return f"{type(exc).__name__}: {exc}"


_ATTRIBUTE_PAGE = """
import sys, time
attributes = " ".join(f'data-a{i}="x"' for i in range(100_000))
story = "<p>" + "The council approved the plan to rebuild the old harbour bridge. " * 5 + "</p>"
page = f"<html><body><div {attributes}>{story * 3}</div></body></html>"
if sys.argv[1] == "trafilatura":
    import trafilatura
    start = time.perf_counter()
    result = "text" if trafilatura.extract(page) else "nothing"
else:
    import cleanwire
    start = time.perf_counter()
    try:
        cleanwire.extract(page); result = "article"
    except cleanwire.CleanwireError as exc:
        result = type(exc).__name__
print(f"{time.perf_counter() - start:.2f} s", result)
"""


def attribute_rows() -> list[tuple[str, str, str]]:
    rows = []
    for system in ("cleanwire", "trafilatura"):
        try:
            out = subprocess.run([sys.executable, "-c", _ATTRIBUTE_PAGE, system], capture_output=True, text=True,
                                 timeout=120).stdout.split(" ", 2)
            rows.append((f"100,000 attributes on one element: {system}", " ".join(out[:2]), out[2].strip()))
        except subprocess.TimeoutExpired:
            rows.append((f"100,000 attributes on one element: {system}", "> 120 s", "stopped"))
    return rows


_MEMORY = """
import resource, sys, time, cleanwire
start = time.perf_counter()
try:
    cleanwire.extract_file(sys.argv[1]); result = "article"
except cleanwire.CleanwireError as exc:
    result = f"{type(exc).__name__}: {exc}"
print(f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB|{time.perf_counter() - start:.2f} s|{result}")
"""


def memory_rows() -> list[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one-line.txt"
        line = "The council approved the plan to rebuild the old harbour bridge after the spring floods. "
        path.write_text((line * (30_000_000 // len(line) + 1))[:30_000_000], encoding="utf-8")
        base = subprocess.run([sys.executable, "-c", "import resource, cleanwire; print(resource.getrusage("
                               "resource.RUSAGE_SELF).ru_maxrss // 1024)"], capture_output=True, text=True).stdout
        peak, seconds, result = subprocess.run([sys.executable, "-c", _MEMORY, str(path)], capture_output=True,
                                               text=True).stdout.strip().split("|")
    return [("30 MB one-line dump: peak RSS", peak, f"{seconds}; {result} (import alone: {base.strip()} MB)")]


def import_rows() -> list[tuple[str, str, str]]:
    best = None
    for _ in range(5):
        err = subprocess.run([sys.executable, "-X", "importtime", "-c", "import cleanwire"], capture_output=True,
                             text=True).stderr
        total = int(err.strip().splitlines()[-1].split("|")[1])
        best = total if best is None else min(best, total)
    heavy = subprocess.run([sys.executable, "-c", "import sys, cleanwire; print(','.join(sorted({'requests', 'bs4', "
                            "'trafilatura', 'charset_normalizer', 'urllib3'} & set(sys.modules))) or 'none')"],
                           capture_output=True, text=True).stdout.strip()
    return [("import cleanwire (-X importtime, cumulative, best of 5)", f"{best / 1000:.0f} ms",
             f"heavy modules loaded: {heavy}")]


SECTIONS = {"drip": drip_rows, "decode": decode_rows, "attributes": attribute_rows, "memory": memory_rows,
            "import": import_rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    args = parser.parse_args()
    print("| case | result | detail |\n|---|---|---|")
    for name in args.only.split(","):
        if name == "decode" and not CORPUS.is_dir():
            print(f"| decode | skipped | {CORPUS} is absent |")
            continue
        for row in SECTIONS[name]():
            print("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |", flush=True)


if __name__ == "__main__":
    main()
