"""Generic text-dump extraction: label every line of any site's dump and build the Article.

The line model (:mod:`.decide`) says which lines are the story; :mod:`.fields` finds the
headline, dateline, byline, captions and related links around it. Every non-blank line gets a
label and a reason, which ``cleanwire explain`` shows.
"""

from __future__ import annotations

import re
from itertools import compress

from ...article import Article
from ...blocks import Block, Explanation, Label, Reason, Why
from ...document import Document
from . import bylines, fields
from .edges import (
    author_box, cut_short, embedded_posts, is_appeal, lede, is_contact, is_insert, repeated, reporting_credit, standfirst, teasers,
)
from .headline import headline as find_headline
from .decide import Scores, body_flags, score
from .lines import make_page
from .model import LineModel, shipped_model
from .features import Page
from ...lexicon.vocab import COMMENT_HEADER
from .stopwords import ISO_CODES

_DIGIT = re.compile(r"\d")
#: A list announced by a colon: at least this many items of at most this many words.
_LIST_ITEMS = 3
_LIST_WORDS = 30
#: A story shorter than this many words is not one.
_MIN_STORY_WORDS = 8


# Reasons carry the line's final probability; formatting a float per line is slow, so each
# code's 101 reasons (probability to two decimals) are made once per process, on first use.
_MESSAGES = {
    Why.STORY: "story", Why.CHROME: "button, widget or footer words", Why.RELATED_HEADING: "list heading",
    Why.BEFORE_STORY: "before the story", Why.AFTER_STORY: "after the story", Why.NOT_STORY: "not prose",
}
_RULE = "generic.dump"
_TABLES: dict[Why, list[Reason]] = {}


def _table(code: Why) -> list[Reason]:
    """The reasons of ``code`` by probability in hundredths: ``_table(code)[int(p * 100 + 0.5)]``."""
    table = _TABLES.get(code)
    if table is None:
        table = _TABLES[code] = [Reason(code, f"{_MESSAGES[code]} (p={i / 100:.2f})", _RULE) for i in range(101)]
    return table


def _with_p(code: Why, p: float) -> Reason:
    return _table(code)[int(p * 100 + 0.5)]


def _fixed(code: Why, message: str) -> Reason:
    return Reason(code, message, _RULE)


def _drop_reasons(lines: list[int], scores: Scores) -> list[Reason]:
    """Why each of ``lines`` is not the story."""
    start, end = scores.span
    chrome, headings, p2 = scores.chrome, scores.headings, scores.p2
    tables = [_table(code) for code in (Why.CHROME, Why.RELATED_HEADING, Why.BEFORE_STORY, Why.AFTER_STORY, Why.NOT_STORY)]
    return [
        tables[0 if chrome[k] else 1 if headings[k] else 2 if k < start else 3 if k > end else 4][int(p2[k] * 100 + 0.5)]
        for k in lines
    ]


def _shape(text: str) -> int:
    """What a list item starts with: 0 a digit, 1 a capital, 2 a small letter, 3 anything else."""
    first = text[:1]
    return 0 if first.isdigit() else 1 if first.isupper() else 2 if first.islower() else 3


def _colon_lists(page: Page, body: list[bool], scores: Scores) -> None:
    """Flag the list a story line announces with a colon ("Tour dates:", "The offers:").

    The items are the run of short lines after it that repeat one shape, line by line or in
    pairs (an item and its link): the same kind of first character and a similar length.
    They score low on their own (short, no sentence), yet they are the story.
    """
    n = len(body)
    texts, words = page.texts, page.words
    for k in [k for k in range(n - 1) if body[k] and texts[k][-1:] == ":"]:
        best = k
        for period in (1, 2):
            end = k
            j = k + 1
            while j < n and not scores.chrome[j] and not scores.headings[j] and len(words[j]) <= _LIST_WORDS:
                if j > k + period:
                    a, b = len(words[j]), len(words[j - period])
                    if _shape(texts[j]) != _shape(texts[j - period]) or max(a, b) > 3 * min(a, b) + 2:
                        break
                end = j
                j += 1
            if end - k >= _LIST_ITEMS * period and end > best:
                best = end
        if best > k:
            body[k + 1:best + 1] = [True] * (best - k)


def _comment_thread(page: Page, body: list[bool]) -> int:
    """Where a comment thread starts after the story (two or more comment heads), else ``len(body)``.

    Long comments read like prose; the heads ("Jane on May 3, 2019 at 4:47 pm said:") give
    the thread away, and nothing after its first head is the story.
    """
    n = len(body)
    first = next((k for k in range(n) if body[k]), n)
    heads = [
        k for k in range(first + 1, n)
        # The ':' test first: few lines end with one, and the pattern is slow.
        if page.texts[k][-1:] == ":" and len(page.texts[k]) <= 120 and COMMENT_HEADER.match(page.texts[k])
        and _DIGIT.search(page.texts[k])
    ]
    if len(heads) < 2:
        return n
    start = heads[0]
    heading = page.texts[start - 1]
    if start - 1 > first and len(page.words[start - 1]) <= 8 and heading[-1:] not in ".!?":
        start -= 1  # the thread's own heading ("3 thoughts on ...", "Leave a reply")
    return start


def explain_dump(
    doc: Document, model: LineModel | None = None, tz: str | None = None, *, blocks: bool = True
) -> Explanation:
    """Label the lines of a dump and build its Article; ``tz`` is the zone of times printed
    without one (UTC when None). With ``blocks`` False only the Article is made (no blocks)."""
    model = model or shipped_model()
    page, filled = make_page(doc)
    if not page.texts:
        return Explanation(Article(url=doc.url, extractor="generic"), ())
    return label_page(doc, page, filled, score(page, model), model.high, model.low, tz, blocks=blocks)


def label_page(
    doc: Document, page: Page, filled: list[int], scores: Scores, high: float, low: float, tz: str | None = None,
    *, blocks: bool = True,
) -> Explanation:
    """The labels and the Article of a scored page, cut at ``high``/``low`` (see :func:`.decide.body_flags`).

    With ``blocks`` False the Explanation holds the Article alone: :func:`cleanwire.extract`
    throws the blocks away, and the reasons of the lines left out and the blocks cost a tenth
    of the work.
    """
    nwords = [len(w) for w in page.words]
    body = body_flags(scores, high, low, nwords)
    for k in lede(page, body, scores.p1, scores.p2, low, scores.chrome, scores.credits):
        body[k] = True
    _colon_lists(page, body, scores)
    for k in embedded_posts(page, body, scores.chrome):
        body[k] = True
    if sum(compress(nwords, body)) < _MIN_STORY_WORDS:
        # A few words are a menu or a stub, not an article: saying so (NoContentError)
        # beats returning "Home" as the story.
        body = [False] * len(body)
    n = len(page.texts)
    labels: list[tuple[Label, Reason] | None] = [None] * n
    box = author_box(page, body)
    if box is not None:
        for k in range(box, n):
            if body[k] or k == box:
                body[k] = False
                labels[k] = (Label.BOILERPLATE, _fixed(Why.TAIL, "about the author"))
    thread = _comment_thread(page, body)
    if thread < n:
        body[thread:] = [False] * (n - thread)
        labels[thread:] = [(Label.BOILERPLATE, _fixed(Why.COMMENTS, "comment thread"))] * (n - thread)

    for k in range(n):
        if not body[k]:
            continue
        if is_insert(page.texts[k], nwords[k]):
            body[k] = False
            labels[k] = (Label.BOILERPLATE, _fixed(Why.PROMO, "teaser or placeholder inside the story"))
        elif is_appeal(page.texts[k], page.words[k]):
            body[k] = False
            labels[k] = (Label.BOILERPLATE, _fixed(Why.PROMO, "appeal to sign up or subscribe"))
        elif reporting_credit(page.texts[k], page.words[k]):
            body[k] = False
            labels[k] = (Label.METADATA, _fixed(Why.BYLINE, "credit for the reporting"))
        elif is_contact(page.texts[k]):
            body[k] = False
            labels[k] = (Label.METADATA, _fixed(Why.BYLINE, "the author's e-mail address"))
    for k in teasers(page, body, scores.headings):
        body[k] = False
    for k in cut_short(page, body):
        body[k] = False
        labels[k] = (Label.BOILERPLATE, _fixed(Why.PROMO, "teaser cut short"))
    for k in repeated(page, body):
        body[k] = False
        labels[k] = (Label.BOILERPLATE, _fixed(Why.REPEATED, "paragraph printed again"))
    story = list(compress(range(n), body))
    title_text, title_at = find_headline(doc, page, story[0] if story else None)
    lead = standfirst(page, title_at if title_at is not None else page.title_at, body) if story else None
    if lead is not None:
        body[lead] = True
        labels[lead] = (Label.BODY, _fixed(Why.STANDFIRST, "standfirst under the headline"))
        story = list(compress(range(n), body))
        # The story now starts higher: the headline is looked for above the standfirst.
        title_text, title_at = find_headline(doc, page, story[0])
    story_start = story[0] if story else (page.title_at or 0)
    anchor = title_at if title_at is not None else page.title_at
    near = fields.near_title(page, anchor, story_start)
    tail = range(story[-1] + 1, min(n, story[-1] + 13)) if story else range(0)
    when = fields.published(doc, page, near, tz, tail)
    credited, byline_lines = bylines.authors(page, anchor, story, doc.url)
    names = fields.Found(credited, byline_lines)
    if title_at is not None:
        labels[title_at] = (Label.METADATA, _fixed(Why.HEADLINE, "headline"))
    headline = page.texts[title_at] if title_at is not None else None
    if headline is not None and page.counts[headline] > 1:
        # The story never repeats its headline word for word: a second copy is the page's.
        for k in range(n):
            if labels[k] is None and page.texts[k] == headline:
                labels[k] = (Label.METADATA, _fixed(Why.HEADLINE, "headline printed again"))
    for found, reason in ((when, _fixed(Why.DATELINE, "dateline")), (names, _fixed(Why.BYLINE, "byline"))):
        for k in found.lines:
            if labels[k] is None:
                labels[k] = (Label.METADATA, reason)
    captions: dict[str, None] = {}
    # Captions sit inside the story's span (body lines are all in it).
    for k in range(story[0], story[-1] + 1) if story else ():
        if labels[k] is not None:
            continue
        text = page.texts[k]
        if fields.is_caption(page, k, scores.credits):
            if text in captions:
                labels[k] = (Label.BOILERPLATE, _fixed(Why.CAPTION_AGAIN, "caption printed again"))
            else:
                captions[text] = None
                labels[k] = (Label.CAPTION, _fixed(Why.CAPTION, "photo caption"))
        elif body[k]:
            labels[k] = (Label.BODY, _with_p(Why.STORY, scores.p2[k]))
    free = [label is None for label in labels]
    links, used = fields.related(page, free, title_text, scores.headings, scores.chrome)
    for k, reason in used.items():
        labels[k] = (Label.RELATED, reason)
    published = when.value
    if published is None:
        published = fields.story_published_fallback(page, tz)
    article = Article(
        title=title_text,
        paragraphs=tuple([text for text, label in zip(page.texts, labels) if label and label[0] is Label.BODY]),
        url=doc.url,
        authors=names.value,  # type: ignore[arg-type]
        published=published,  # type: ignore[arg-type]
        captions=tuple(captions),
        related=tuple(links),
        language=ISO_CODES.get(scores.language or ""),
        extractor="generic",
    )
    if not blocks:
        return Explanation(article, ())
    dropped = list(compress(range(n), [label is None for label in labels]))
    for k, reason in zip(dropped, _drop_reasons(dropped, scores)):
        labels[k] = (Label.BOILERPLATE, reason)
    first = doc.line_number(0)
    unlabelled = (Label.BOILERPLATE, _fixed(Why.UNLABELLED, "unlabelled"))
    kinds, reasons = zip(*[label or unlabelled for label in labels]) if labels else ((), ())
    made = tuple(map(Block, page.texts, kinds, reasons, map(first.__add__, filled)))
    return Explanation(article, made)
