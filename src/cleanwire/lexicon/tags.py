"""Split a run of tag words back into the tag phrases the page meant.

Some pages print their tag links as one line of words ("tags North Korea Russia Kim Jong-un
Vladimir Putin"): the boundaries between tags are lost. We recover them from the article
itself. Every phrase of consecutive words that the article's own text (title, body, captions,
related headlines) uses, within one clause, is a candidate; a word the text never uses next
to its neighbour must start a new tag. Among all ways to cut the line into phrases, dynamic
programming picks the one whose phrases are found in the text and are as long as possible
(score: the sum of squared phrase lengths for phrases found, minus a penalty for each word
left in a phrase the text does not contain). No list of known tags is involved, so the method
works for any site and any tag.
"""

from __future__ import annotations

import re

_CLAUSE_BREAK = re.compile(r"\n|[.,;:!?()\[\]\"“”‘’«»—–|/]+\s|[.,;:!?\"“”«»—–|]+$|\s[—–-]\s")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_MAX_PHRASE = 6


def _norm(word: str) -> str:
    return _POSSESSIVE.sub("", word.strip(".,;:!?()[]\"'“”‘’«»")).casefold()


def _phrases(text: str, firsts: set[str]) -> set[tuple[str, ...]]:
    """The phrases of ``text`` (up to six words, within one clause) that start with one of
    ``firsts``: only those can be looked up, and a long text has many."""
    found: set[tuple[str, ...]] = set()
    for clause in _CLAUSE_BREAK.split(text):
        words = [_norm(w) for w in clause.split()]
        words = [w for w in words if w]
        for i in range(len(words)):
            if words[i] not in firsts:
                continue
            for j in range(i + 1, min(len(words), i + _MAX_PHRASE) + 1):
                found.add(tuple(words[i:j]))
    return found


def split_tags(line: str, context: str) -> tuple[str, ...]:
    """Cut ``line`` (the tag words) into the phrases that ``context`` uses."""
    words = line.split()
    if not words:
        return ()
    keys = [_norm(w) for w in words]
    known = _phrases(context, set(keys))
    n = len(words)
    best: list[tuple[float, list[int]]] = [(0.0, [])]
    best += [(float("-inf"), []) for _ in range(n)]
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_PHRASE), end):
            size = end - start
            score = size * size if tuple(keys[start:end]) in known else -2.0 * size + (1 if size == 1 else 0)
            total = best[start][0] + score
            if total > best[end][0]:
                best[end] = (total, best[start][1] + [start])
    cuts = best[n][1] + [n]
    return tuple(" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:]))
