"""Speed and memory: cleanwire's generic dump path against trafilatura on the same dumps and on the HTML pages.

Each system runs in its own Python process (so peak RSS, from resource.getrusage, is its own):
one untimed warm-up pass, then ``repeat`` timed passes over the corpus on one core. cleanwire
is timed end to end from the dump's bytes (decoding, extraction), twice: with its site classes
off (``site="generic"``, the path the body scores measure) and as a user calls it without a URL
(``cleanwire.extract(dump_bytes)``: the site signatures are tried first, and a page a site class
recognises is cleaned by that class; most ``sites`` dumps are).
Both wall-clock and CPU time (``time.process_time``) are reported: on a shared machine the
CPU figure (docs per CPU-second of the process) is the steadier one, the wall figure what a
user sees; the ratio is taken on the CPU figures.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _worker(system: str, corpus: Path, repeat: int) -> dict[str, float]:
    ids = [json.loads(line)["id"] for line in open(corpus / "truth.jsonl", encoding="utf-8") if line.strip()]
    if system.startswith("cleanwire-"):
        import cleanwire

        inputs = [(corpus / "dumps" / f"{i}.txt").read_bytes() for i in ids]
        site = "generic" if system == "cleanwire-generic" else None

        def run(raw: bytes) -> object:
            try:
                return cleanwire.extract(raw, site=site)
            except cleanwire.CleanwireError:  # no article in the dump: still a finished call
                return None
    else:
        import trafilatura
        from systems import dump_as_html

        if system == "trafilatura-dump":  # the same dumps, wrapped as the dump tables' peers get them
            inputs = [dump_as_html((corpus / "dumps" / f"{i}.txt").read_bytes()).encode() for i in ids]
        else:
            inputs = [(corpus / "pages" / f"{i}.html").read_bytes() for i in ids]

        def run(raw: bytes) -> object:
            return trafilatura.extract(raw)
    for raw in inputs:
        run(raw)
    wall = cpu = float("inf")
    for _ in range(repeat):  # the best pass of each clock: the least disturbed by other work
        start, start_cpu = time.perf_counter(), time.process_time()
        for raw in inputs:
            run(raw)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"docs_per_second": len(inputs) / wall, "docs_per_cpu_second": len(inputs) / cpu, "peak_rss_mb": peak_kb / 1024}


def compare(corpus: Path, pages: list, repeat: int, name: str = "") -> str:
    """A Markdown table of the systems and the speed ratio."""
    results = {}
    for system in ("cleanwire-generic", "cleanwire-routed", "trafilatura-dump", "trafilatura-html"):
        out = subprocess.run(
            [sys.executable, str(Path(__file__)), system, str(corpus), str(repeat)],
            check=True, capture_output=True, text=True,
        ).stdout
        results[system] = json.loads(out.strip().splitlines()[-1])
    ours, routed = results["cleanwire-generic"], results["cleanwire-routed"]
    on_dumps, theirs = results["trafilatura-dump"], results["trafilatura-html"]
    lines = [
        f"### speed and memory, {name or corpus.name} ({repeat} passes over {len(pages)} pages, one process each)\n",
        "| system | input | docs/s (wall, best pass) | docs per CPU-second (best pass) | peak RSS (MB) |",
        "| --- | --- | ---: | ---: | ---: |",
        f"| cleanwire generic (site classes off) | dump | {ours['docs_per_second']:.0f} | {ours['docs_per_cpu_second']:.0f} "
        f"| {ours['peak_rss_mb']:.0f} |",
        f"| cleanwire, no URL (site classes on) | dump | {routed['docs_per_second']:.0f} "
        f"| {routed['docs_per_cpu_second']:.0f} | {routed['peak_rss_mb']:.0f} |",
        f"| trafilatura | dump (one <p> per line) | {on_dumps['docs_per_second']:.0f} "
        f"| {on_dumps['docs_per_cpu_second']:.0f} | {on_dumps['peak_rss_mb']:.0f} |",
        f"| trafilatura | html | {theirs['docs_per_second']:.0f} | {theirs['docs_per_cpu_second']:.0f} "
        f"| {theirs['peak_rss_mb']:.0f} |",
        "",
        f"cleanwire generic on dumps is {ours['docs_per_cpu_second'] / theirs['docs_per_cpu_second']:.1f}x as fast as "
        f"trafilatura on the pages (CPU time; {ours['docs_per_second'] / theirs['docs_per_second']:.1f}x by the wall clock), "
        f"{ours['docs_per_cpu_second'] / on_dumps['docs_per_cpu_second']:.1f}x as fast as trafilatura on the same dumps (CPU time).",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(json.dumps(_worker(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))))
