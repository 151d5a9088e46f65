"""Learning each site from the batch (issue 10): body F1, grouping quality and speed.

    .venv/bin/python benchmarks/learn_bench.py [--kinds dump,html] [--jobs 2] [--show]

On ``../shared/corpus/sites`` all pages of one input kind are cleaned together, with the CLI
as a user runs it, twice: ``cleanwire clean DIR -o OUT --no-site-classes`` and the same with
``--learn``. Dumps get no URL; HTML pages may use their own og:url / canonical link. Body F1
(docs/scoring.md) over the pages of publishers with two pages or more, and over all pages;
the pages more than 0.05 below the run without --learn; grouping quality (pages put with
another site's pages, sites split); wall-clock time of both runs. trafilatura on the same
inputs is the reference row.

``--grouping`` also groups dev + meta-dev + sites together (every dev and meta-dev page is
its own site) and reports pages put with the wrong site and sites split.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import PageScore, score_corpus, score_page  # noqa: E402
from systems import run_trafilatura  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CLI = [sys.executable, "-m", "cleanwire"]


def rows(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def source(corpus: Path, kind: str, page_id: str) -> Path:
    return corpus / ("dumps" if kind == "dump" else "pages") / f"{page_id}.{'txt' if kind == 'dump' else 'html'}"


def stage(files: list[Path], folder: Path) -> None:
    """Copies of the inputs in one folder (no fetch sidecars: no URL for dumps)."""
    folder.mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, folder / path.name)


@dataclass
class Run:
    bodies: dict[str, str]
    wall: float  # best wall-clock seconds of the repeats
    cpu: float  # CPU seconds (user + system, the process and its workers) of that run


def clean(folder: Path, out: Path, jobs: int, learn: bool) -> tuple[dict[str, str], float, float]:
    """Bodies by input stem from one CLI run, its wall-clock and its CPU seconds."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [*CLI, "clean", str(folder), "-o", str(out), "--format", "jsonl", "--no-site-classes", "--jobs", str(jobs)]
    if learn:
        cmd.append("--learn")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"cleanwire clean failed ({done.returncode}): {done.stderr[-2000:]}")
    bodies: dict[str, str] = {}
    records = (out / "articles.jsonl.done").read_text(encoding="utf-8").splitlines()
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for record, line in zip(records, lines):
        key = json.loads(record)["input"]
        bodies[Path(key).name.rsplit(".", 1)[0]] = json.loads(line).get("body") or ""
    return bodies, seconds, cpu


def best_of(folder: Path, work: Path, jobs: int, repeat: int) -> tuple[Run, Run]:
    """Plain and --learn runs, alternated ``repeat`` times (the machine is shared and noisy):
    each one's fastest run."""
    runs: dict[bool, list[tuple[dict[str, str], float, float]]] = {False: [], True: []}
    for _ in range(repeat):
        for learn in (False, True):
            runs[learn].append(clean(folder, work / f"out-{learn}", jobs, learn))
    best = {learn: min(found, key=lambda r: r[1]) for learn, found in runs.items()}
    return Run(*best[False]), Run(*best[True])


def f1(score: PageScore) -> float:
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def grouping_quality(assigned: dict[str, str], site_of: dict[str, str]) -> tuple[int, list[str], Counter[str]]:
    """Pages put with another site's pages (those outside their group's main site), the sites
    split over several groups (or partly left alone), and group sizes."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key, name in assigned.items():
        if name:
            groups[name].append(key)
    wrong = 0
    for members in groups.values():
        sites = Counter(site_of[m] for m in members)
        wrong += len(members) - sites.most_common(1)[0][1]
    where: dict[str, set[str]] = defaultdict(set)
    for key, name in assigned.items():
        where[site_of[key]].add(name or f"alone:{key}")
    sizes = Counter(site_of.values())
    split = sorted(site for site, found in where.items() if sizes[site] > 1 and len(found) > 1)
    return wrong, split, Counter(len(m) for m in groups.values())


def run_kind(kind: str, jobs: int, show: bool, work: Path, repeat: int) -> list[str]:
    corpus = CORPUS / "sites"
    items = rows(corpus)
    publishers = Counter(r["publisher"] for r in items)
    folder = work / f"in-{kind}"
    stage([source(corpus, kind, r["id"]) for r in items], folder)
    plain_run, learn_run = best_of(folder, work / kind, jobs, repeat)
    plain, t_plain, learned, t_learn = plain_run.bodies, plain_run.wall, learn_run.bodies, learn_run.wall
    start = time.perf_counter()
    traf = {r["id"]: run_trafilatura(source(corpus, kind, r["id"]).read_bytes(), "", kind) for r in items}
    t_traf = time.perf_counter() - start
    state = json.loads((work / kind / "out-True" / ".cleanwire" / "learn" / "templates.json").read_text(encoding="utf-8"))
    site_of = {f"{r['id']}.{'txt' if kind == 'dump' else 'html'}": r["publisher"] for r in items}
    wrong, split, sizes = grouping_quality(state["assigned"], site_of)
    scores = {name: {r["id"]: score_page(bodies.get(r["id"], ""), r["body"]) for r in items}
              for name, bodies in (("generic", plain), ("--learn", learned), ("trafilatura", traf))}
    multi = [r["id"] for r in items if publishers[r["publisher"]] > 1]
    out = [f"### {kind}: {len(items)} pages of {len(publishers)} publishers; {len(multi)} pages of "
           f"{sum(1 for c in publishers.values() if c > 1)} publishers with two pages or more", "",
           "| run | body F1 (multi-page sites) | P | R | body F1 (all pages) | exact (all) | wall s | CPU s | docs/s |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, seconds, cpu in (("generic", t_plain, plain_run.cpu), ("--learn", t_learn, learn_run.cpu),
                               ("trafilatura", t_traf, t_traf)):
        m = score_corpus(scores[name][i] for i in multi)
        a = score_corpus(scores[name].values())
        out.append(f"| {name} | {m.f1:.3f} | {m.precision:.3f} | {m.recall:.3f} | {a.f1:.3f} | {a.accuracy:.3f} "
                   f"| {seconds:.1f} | {cpu:.1f} | {len(items) / seconds:.1f} |")
    # A page whose input does not hold its article (an empty dump) caps every run's recall alike.
    holding = [i for i in multi
               if (score_page(source(corpus, kind, i).read_text(encoding="utf-8", errors="replace"),
                              next(r["body"] for r in items if r["id"] == i)).recall or 0.0) >= 0.5]
    held = {name: score_corpus(scores[name][i] for i in holding).f1 for name in ("generic", "--learn")}
    out += ["", f"multi-page pages whose input holds their article (the whole input's recall of the truth >= 0.5): "
            f"{len(holding)} of {len(multi)}; body F1 generic {held['generic']:.3f}, --learn {held['--learn']:.3f}"]
    worse = [(i, f1(scores["generic"][i]), f1(scores["--learn"][i])) for i in scores["generic"]
             if f1(scores["--learn"][i]) < f1(scores["generic"][i]) - 0.05]
    out += ["", f"speed of --learn (learning + cleaning) vs plain clean: {t_plain / t_learn:.0%} by wall clock "
            f"(best of {repeat}), {plain_run.cpu / learn_run.cpu:.0%} by CPU time (trafilatura: one process, in this one)",
            f"pages more than 0.05 below the run without --learn: {len(worse)}"
            + "".join(f"\n  {i}: {a:.3f} -> {b:.3f}" for i, a, b in worse),
            f"grouping: {sum(sizes.values())} groups (sizes {dict(sorted(sizes.items()))}); "
            f"pages put with another site's pages: {wrong}; sites split or partly alone: {len(split)} "
            f"({', '.join(split)})"]
    if show:
        out.append("")
        for r in items:
            if r["id"] in multi:
                g, lrn = f1(scores["generic"][r["id"]]), f1(scores["--learn"][r["id"]])
                group = state["assigned"].get(f"{r['id']}.{'txt' if kind == 'dump' else 'html'}") or "-"
                out.append(f"  {r['id']:42} {g:.3f} -> {lrn:.3f}  {group}")
    return out


def grouping_validation(kind: str, work: Path) -> list[str]:
    """Group dev + meta-dev + sites together (pass 1 and grouping only)."""
    from cleanwire.learn.batch import facts_of, page_facts
    from cleanwire.learn.grouping import group_pages

    pages: list[tuple[str, Path]] = []
    for name in ("dev", "meta-dev", "sites"):
        corpus = CORPUS / name
        for r in rows(corpus):
            path = source(corpus, kind, r["id"])
            if path.exists():
                pages.append((f"sites:{r['publisher']}" if name == "sites" else f"{name}:{r['id']}", path))
    facts = []
    kept = []
    for site, path in pages:
        ok, text = page_facts(str(path), None, None)
        if ok:
            facts.append(facts_of(json.loads(text)))
            kept.append(site)
    result = group_pages(facts)
    assigned = {str(i): "" for i in range(len(kept))}
    for n, group in enumerate(result.groups):
        for i in group.members:
            assigned[str(i)] = f"g{n}"
    wrong, split, sizes = grouping_quality(assigned, {str(i): s for i, s in enumerate(kept)})
    mixed = []
    for group in result.groups:
        sites = Counter(kept[i] for i in group.members)
        if len(sites) > 1:
            mixed.append(" + ".join(f"{s} ({c})" for s, c in sites.items()))
    return [f"{kind}: {len(kept)} pages of {len(set(kept))} sites (dev, meta-dev, sites); {len(result.groups)} groups; "
            f"pages put with another site's pages: {wrong}; sites split or partly alone: {len(split)} ({', '.join(split)})",
            *(f"  mixed group: {m}" for m in mixed)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="dump,html")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="per-page F1 of the multi-page publishers")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind of clean; the fastest counts")
    parser.add_argument("--grouping", action="store_true", help="also group dev + meta-dev + sites together")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            print("\n".join(run_kind(kind, args.jobs, args.show, Path(tmp), args.repeat)) + "\n")
            if args.grouping:
                print("\n".join(grouping_validation(kind, Path(tmp))) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
