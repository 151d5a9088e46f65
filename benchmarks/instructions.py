"""Instructions per page (callgrind): the speed figure that does not move with the machine's load.

On a shared machine seconds move by a third from hour to hour; instruction counts do not. This
runs small workloads under ``valgrind --tool=callgrind`` and prints instructions per page, with
start-up (imports, model loading, reading the files) subtracted:

- dumps: cleanwire's generic path on the ``dev`` dumps, (3 passes - 1 pass) / (2 x pages);
- HTML: cleanwire's generic path and ``trafilatura.extract`` on every fourth page of ``dev`` and
  ``sites`` (one pass), each minus the same script with no extraction.

Run by hand (needs valgrind; takes a few minutes):

    python benchmarks/instructions.py            # both tables
    python benchmarks/instructions.py --kinds dump
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys

import corpora

_COLLECTED = re.compile(r"Collected : (\d+)")


def _dumps() -> list[bytes]:
    root = corpora.SHARED / "dev"
    ids = [json.loads(line)["id"] for line in open(root / "truth.jsonl", encoding="utf-8") if line.strip()]
    return [(root / "dumps" / f"{i}.txt").read_bytes() for i in ids]


def _pages() -> list[tuple[bytes, str | None]]:
    items = []
    for name in ("dev", "sites"):
        root = corpora.SHARED / name
        for line in open(root / "truth.jsonl", encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                items.append(((root / "pages" / f"{row['id']}.html").read_bytes(), row.get("url") or None))
    return items[::4]


def workload(name: str, passes: int) -> None:
    """One workload, run inside valgrind by :func:`count`."""
    import cleanwire
    import trafilatura
    from cleanwire.generic.html.model import shipped_model

    shipped_model()  # loaded once, like the dump model at import: start-up, not per page
    if name == "dump":
        dumps = _dumps()
        for _ in range(passes):
            for raw in dumps:
                try:
                    cleanwire.extract(raw, site="generic")
                except cleanwire.CleanwireError:
                    pass
        return
    pages = _pages()
    for _ in range(passes):
        for raw, url in pages:
            if name == "html":
                try:
                    cleanwire.extract(raw, url=url, site="generic")
                except cleanwire.CleanwireError:
                    pass
            elif name == "trafilatura":
                trafilatura.extract(raw, url=url or "", include_comments=False)


def count(name: str, passes: int) -> int:
    """Instructions of ``workload(name, passes)`` in a fresh process under callgrind."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           sys.executable, __file__, "--workload", name, "--passes", str(passes)]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    found = _COLLECTED.search(err)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output for {name}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", default="dump,html")
    parser.add_argument("--workload", help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.workload:
        workload(args.workload, args.passes)
        return 0
    kinds = args.kinds.split(",")
    print("| workload | pages | instructions per page (millions) |")
    print("| --- | ---: | ---: |")
    if "dump" in kinds:
        n = len(_dumps())
        per = (count("dump", 3) - count("dump", 1)) / (2 * n)
        print(f"| cleanwire generic, dev dumps | {n} | {per / 1e6:.1f} |")
    if "html" in kinds:
        n = len(_pages())
        nop = count("none", 1)
        ours = (count("html", 1) - nop) / n
        theirs = (count("trafilatura", 1) - nop) / n
        print(f"| cleanwire generic, HTML (dev + sites, every 4th) | {n} | {ours / 1e6:.1f} |")
        print(f"| trafilatura.extract, same pages | {n} | {theirs / 1e6:.1f} |")
        print(f"\ncleanwire needs {theirs / ours:.2f}x fewer instructions per HTML page than trafilatura")
    return 0


if __name__ == "__main__":
    sys.exit(main())
