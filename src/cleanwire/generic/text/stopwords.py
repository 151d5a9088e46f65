"""Stopword lists for ~100 languages (jusText's, read lazily) and a cheap language guess.

The lists ship with jusText, which trafilatura already depends on; we read the files without
importing jusText. The guess counts stopword hits of a page's words, first against the most
common web languages and only when none fits against every list, so a typical page reads a
handful of small files once per process.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice
from pathlib import Path

# Tried first; together they cover most news on the web.
_COMMON = (
    "English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Indonesian",
    "Russian", "Polish", "Swedish", "Turkish", "Korean", "Czech", "Ukrainian", "Vietnamese",
)
# A language fits when at least this share of the sampled words are its stopwords.
_MIN_SHARE = 0.2
_SAMPLE_WORDS = 300


@lru_cache(maxsize=1)
def _folder() -> Path | None:
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=None)
def stoplist(language: str) -> frozenset[str]:
    """The lower-cased stopwords of ``language`` (a jusText name such as "English")."""
    folder = _folder()
    if folder is None:
        return frozenset()
    try:
        text = (folder / f"{language}.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(word.strip().lower() for word in text.split("\n") if word.strip())


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Every language with a stoplist, common ones first."""
    folder = _folder()
    rest = sorted(p.stem for p in folder.glob("*.txt")) if folder else []
    return _COMMON + tuple(name for name in rest if name not in _COMMON)


@lru_cache(maxsize=2)
def _index(group: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Stopword -> indexes into ``group`` of the languages that list it: one pass per page."""
    index: dict[str, list[int]] = {}
    for i, language in enumerate(group):
        for word in stoplist(language):
            index.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


def _best(group: tuple[str, ...], sample: Counter[str]) -> tuple[int, int]:
    """(hits, index in ``group``) of the language with most stopword hits."""
    hits = [0] * len(group)
    index = _index(group)
    for word in sample.keys() & index.keys():  # the page's stopwords only (the set is built in C)
        count = sample[word]
        for i in index[word]:
            hits[i] += count
    top = max(range(len(group)), key=hits.__getitem__)
    return hits[top], top


def guess_language(words: Iterable[str]) -> tuple[str | None, frozenset[str]]:
    """The language whose stopwords cover most of the first words of ``words`` (lower-cased), and its list."""
    sample = Counter(islice(words, _SAMPLE_WORDS))
    total = sum(sample.values())
    if not total:
        return None, frozenset()
    hits, top = _best(_COMMON, sample)
    language = _COMMON[top]
    if hits < _MIN_SHARE * total:
        # Rare languages: one larger index, built once per process when first needed.
        rest = languages()[len(_COMMON):]
        more, other = _best(rest, sample) if rest else (0, 0)
        if more > hits:
            hits, language = more, rest[other]
    if hits < 0.05 * total:
        return None, frozenset()
    return language, stoplist(language)


#: ISO 639-1 codes of the languages cleanwire reports in ``Article.language``.
ISO_CODES = {
    "English": "en", "German": "de", "French": "fr", "Spanish": "es", "Portuguese": "pt",
    "Italian": "it", "Dutch": "nl", "Indonesian": "id", "Russian": "ru", "Polish": "pl",
    "Swedish": "sv", "Turkish": "tr", "Korean": "ko", "Czech": "cs", "Ukrainian": "uk",
    "Vietnamese": "vi", "Danish": "da", "Finnish": "fi", "Norwegian_Bokmal": "nb",
    "Romanian": "ro", "Hungarian": "hu", "Greek": "el", "Catalan": "ca", "Malay": "ms",
    "Croatian": "hr", "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl", "Bulgarian": "bg",
    "Hebrew": "he", "Arabic": "ar", "Persian": "fa", "Hindi": "hi", "Tagalog": "tl",
}
