"""Which pages of a batch share a template: grouping by host, then by the lines pages share.

Pages whose URL is known are grouped by host first; every group (and the pool of pages with
no URL) is then split by the template lines its pages share, so two layouts of one site (a
redesign) and two sites of one publisher come apart. Two pages go together when their short
lines (navigation, footer, widget headings) overlap enough (Jaccard); a line printed by pages
of many groups ("Home", "Impressum") counts for little (weight 1/g² for a line seen in g
groups of a first, strict round). Candidates come from one-permutation MinHash bins, each
bin a band, and are checked against a few leaders per bucket, so the work stays linear in
the number of pages and memory holds only the keys (a few hundred integers a page).
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: MinHash bins per page; each bin is one band (a shared bin minimum makes two pages candidates).
BINS = 24
#: Leaders kept per bucket: a bucket of a line printed by many sites still costs little.
LEADERS = 4
#: Pages with a URL: same host, same layout when their short lines overlap this much.
HOST_JACCARD = 0.15
#: Pages with no URL: a first, strict round links pages whose short lines overlap this much...
STRICT_JACCARD = 0.35
#: ...and a second round, where lines seen in several first-round groups weigh 1/g², this much.
WEIGHTED_JACCARD = 0.15
#: Two pages of one site share at least this many short lines.
MIN_SHARED = 5
#: A page of a group of three or more must hold this share of the group's common lines.
MIN_COVERAGE = 0.25
#: The weighted round needs a count of every line; above this many pages in a pool it is skipped.
WEIGHTED_LIMIT = 10_000
_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15


@dataclass(frozen=True)
class PageFacts:
    """What the first pass keeps of a page: its kind, its host if known, its line keys."""

    kind: str
    host: str | None
    keys: array = field(repr=False)


@dataclass(frozen=True)
class Group:
    """Pages that share a template. ``how`` says why they were put together."""

    kind: str
    host: str | None
    members: tuple[int, ...]
    how: str


@dataclass
class Grouping:
    """The groups of a batch and the pages left alone, with the reason."""

    groups: list[Group]
    #: (page index, why it is in no group of two or more)
    alone: list[tuple[int, str]]
    notes: list[str]


def signature(keys: Sequence[int]) -> array:
    """One-permutation MinHash: the smallest mixed key in each of :data:`BINS` bins (-1: empty)."""
    best = [-1] * BINS
    for key in keys:
        mixed = (key * _MIX) & _MASK
        slot = mixed % BINS
        value = mixed // BINS
        if best[slot] < 0 or value < best[slot]:
            best[slot] = value
    return array("q", best)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


Similar = Callable[[int, int], bool]


def _link(n: int, sigs: list[array], similar: Similar, uf: _UnionFind) -> None:
    """Union the candidate pairs (a shared bin minimum) that ``similar`` accepts."""
    for band in range(BINS):
        leaders: dict[int, list[int]] = {}
        for p in range(n):
            value = sigs[p][band]
            if value < 0:
                continue
            found = leaders.get(value)
            if found is None:
                leaders[value] = [p]
                continue
            root = uf.find(p)
            for q in found:
                if uf.find(q) == root:
                    break
                if similar(p, q):
                    uf.union(p, q)
                    break
            else:
                if len(found) < LEADERS:
                    found.append(p)


def _clusters(n: int, uf: _UnionFind) -> list[list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        out[uf.find(i)].append(i)
    return list(out.values())


Cluster = tuple[list[int], list[int]]


def cluster(keysets: list[array], *, host_known: bool) -> tuple[list[Cluster], list[str]]:
    """Clusters of the pages (indexes into ``keysets``) that share a template, each as
    (its pages, pages linked to it that hold too few of its common lines)."""
    n = len(keysets)
    notes: list[str] = []
    if n < 2:
        return [([i], []) for i in range(n)], notes
    sigs = [signature(keys) for keys in keysets]
    sets: dict[int, frozenset[int]] = {}

    def of(i: int) -> frozenset[int]:
        found = sets.get(i)
        if found is None:
            found = frozenset(keysets[i])
            if len(sets) > 4096:
                sets.clear()
            sets[i] = found
        return found

    def plain(threshold: float) -> Similar:
        def similar(p: int, q: int) -> bool:
            a, b = of(p), of(q)
            shared = len(a & b)
            return shared >= MIN_SHARED and shared >= threshold * (len(a) + len(b) - shared)
        return similar

    uf = _UnionFind(n)
    _link(n, sigs, plain(HOST_JACCARD if host_known else STRICT_JACCARD), uf)
    if not host_known:
        if n <= WEIGHTED_LIMIT:
            _weighted_round(n, sigs, of, uf)
        else:
            notes.append(f"{n} pages without a URL: the weighted second round of grouping was skipped")
    return [_cohesive(members, keysets) for members in _clusters(n, uf)], notes


def _weighted_round(n: int, sigs: list[array], of: Callable[[int], frozenset[int]], uf: _UnionFind) -> None:
    """Link pages of different first-round groups whose lines, weighted by 1/g², overlap."""
    first = {i: uf.find(i) for i in range(n)}
    groups_of: dict[int, set[int]] = defaultdict(set)
    for i in range(n):
        for key in of(i):
            groups_of[key].add(first[i])
    weight = {key: 1.0 / len(found) ** 2 for key, found in groups_of.items()}
    del groups_of
    totals: dict[int, float] = {}

    def total(i: int) -> float:
        if i not in totals:
            totals[i] = sum(map(weight.__getitem__, of(i)))
        return totals[i]

    def similar(p: int, q: int) -> bool:
        if first[p] == first[q]:
            return True
        both = of(p) & of(q)
        if len(both) < MIN_SHARED:
            return False
        shared = sum(map(weight.__getitem__, both))
        return shared >= WEIGHTED_JACCARD * (total(p) + total(q) - shared)

    _link(n, sigs, similar, uf)


def _cohesive(members: list[int], keysets: list[array]) -> Cluster:
    """Split off the pages of a cluster that hold too few of its common lines (chained in
    through one other page)."""
    if len(members) < 3:
        return members, []
    sample = members[:200]
    counts = Counter(key for i in sample for key in set(keysets[i]))
    common = {key for key, c in counts.items() if c * 2 >= len(sample)}
    if not common:
        return members, []
    kept = [i for i in members if len(common.intersection(keysets[i])) >= MIN_COVERAGE * len(common)]
    if len(kept) < 2:
        return members, []
    taken = set(kept)
    return kept, [i for i in members if i not in taken]


def group_pages(facts: Sequence[PageFacts]) -> Grouping:
    """Group a batch's pages: by kind and host, then by the template lines they share."""
    pools: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        pools[(fact.kind, fact.host)].append(i)
    result = Grouping([], [], [])
    for (kind, host), pool in sorted(pools.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        clusters, notes = cluster([facts[i].keys for i in pool], host_known=host is not None)
        result.notes.extend(notes)
        layouts = sum(1 for core, _ in clusters if len(core) >= 2)
        for core, loose in clusters:
            for i in loose:
                result.alone.append((pool[i], "shares too few of its group's template lines"))
            if len(core) >= 2:
                how = "host" if host is not None else "shared lines"
                if host is not None and layouts > 1:
                    how = f"host, layout {len([g for g in result.groups if g.host == host and g.kind == kind]) + 1}"
                result.groups.append(Group(kind, host, tuple(pool[i] for i in core), how))
            elif core:
                reason = ("the only page of its site" if host is None else
                          "its host's other pages have another layout" if len(pool) > 1 else "the only page of its host")
                result.alone.append((pool[core[0]], reason))
    return result
