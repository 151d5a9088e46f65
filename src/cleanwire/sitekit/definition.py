"""Site definitions: a :class:`Site` per publisher, with dated :class:`Layout` versions.

A site says who it is (name, hosts, URL patterns, dump signatures, time zone, language) and
how its pages are laid out (rules, see :mod:`.rules`). Rules written in the ``Site`` class
body are its one layout; a site whose markup changed nests versions instead::

    class Example(Site):
        name = "example"
        ...
        byline = (Byline(Line(r"^By (?P<names>.+)$")),)   # shared by every version

        class V2023(Layout):
            valid_until = date(2024, 3, 1)
            end = (Line(r"^Read more$"),)

        class V2024(V2023):                                   # inherits V2023, changes one rule
            valid_until = None
            end = (Line(r"^More on this story$"),)

A version's rules override the site's; a version that inherits another overrides that one's.
The field methods (:meth:`Layout.title`, :meth:`Layout.authors`, ...) read what the passes
found; a site overrides one to compute a field its own way, and returns None to leave the
field to the generic path.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import ClassVar
from urllib.parse import urlsplit

from ..article import RelatedLink
from ..document import Document
from ..lexicon.spacing import Gap, repair
from ..lexicon.titles import strip_site_affixes
from .context import Context
from .helpers.declared import declared_published
from .helpers.tags import article_tags
from .helpers.text import unglue_links
from .passes import DEFAULT_PASSES
from .rules import Breadcrumb, Byline, Captions, Dateline, Line, Links, Locator, PullQuotes, Standfirst, TagList, XPath


class Vouched(tuple):
    """An empty value a field method vouches for: see :data:`EMPTY`."""

    __slots__ = ()


#: Returned by a field method (``section``, ``tags``, ``authors``...) when the site knows the
#: field is empty on this page and the generic value is not to be used (the page's metadata
#: holds junk there, say). Plain ``()`` and ``None`` still fall back to the generic path.
EMPTY: tuple[str, ...] = Vouched()


class Layout:
    """One version of a site's layout: its rules and field methods.

    Every rule is optional; a field whose rules find nothing falls back to the generic path.
    """

    #: The last day this layout was in use (None: still in use). Picks the version for a page
    #: whose date is known when the anchors do not decide.
    valid_until: ClassVar[date | None] = None
    #: What identifies this layout: every anchor that applies to the input kind (text rules to
    #: both, XPath rules to HTML) must be found somewhere on the page.
    anchors: ClassVar[tuple[Locator, ...]] = ()
    #: A layout taken without its anchors holding is checked against the generic reading
    #: (see :mod:`.guard`); False for rules that cannot be out of date (learned from the batch).
    checked_without_anchors: ClassVar[bool] = True
    #: The passes, in order (see :mod:`.passes`); a site may reorder them or add its own.
    passes: ClassVar[tuple[str, ...]] = DEFAULT_PASSES
    #: How many lines above and below the headline bylines, datelines and sections are sought.
    top_window: ClassVar[tuple[int, int]] = (8, 15)
    #: How many lines of prose the metadata at the top may enclose: a site that prints the
    #: standfirst between the headline and the byline sets 1. The story still starts at the
    #: first line of prose; only the search for bylines and datelines goes past it.
    top_prose: ClassVar[int] = 0
    #: The page prints the day of publication without the time, or no date at all: the time the
    #: page declares (HTML: its metadata's; a dump: its header's day) is used when it falls on
    #: the printed day or nothing is printed (:func:`.helpers.declared_published`).
    declared_time: ClassVar[bool] = False
    #: Fields the site's pages do not print ("section", "tags"): only their metadata has them
    #: (which a dump lacks), or they cannot be told apart in a dump. The site vouches for them
    #: being empty (:data:`EMPTY`), so a page and its dump agree.
    unprinted: ClassVar[frozenset[str]] = frozenset()
    #: The spaces a dump of the site prints at an inline link's edge where the page has none
    #: ("Taylor Swift ‘s"; :mod:`cleanwire.lexicon.spacing`): repaired in a dump's paragraphs.
    dump_gaps: ClassVar[tuple[Gap, ...]] = ()
    #: The site's markup closes a link right before the next word ("killed</a>while"): the
    #: page's paragraphs are read with a space there, as its dump has.
    glued_links: ClassVar[bool] = False

    #: Page furniture removed wherever it is (buttons' text, share bars, ad labels).
    drop: ClassVar[tuple[Locator, ...]] = ()
    #: The headline line; by default the line equal to the page's declared title.
    headline: ClassVar[Locator | None] = None
    #: The standfirst printed between the headline and the byline, which opens the body.
    standfirst: ClassVar[Standfirst | None] = None
    #: The story starts after the first line matching ``start``, or at the first matching
    #: ``start_at``; by default after the last metadata line (headline, byline, dateline) at
    #: the top.
    start: ClassVar[Locator | None] = None
    start_at: ClassVar[Locator | None] = None
    #: The story ends before the first line matching any of these.
    end: ClassVar[tuple[Locator, ...]] = ()
    #: HTML: the story's container(s); lines outside are not the story.
    container: ClassVar[XPath | None] = None
    #: From the first line matching any of these (after the story's start), all is page tail.
    tail: ClassVar[tuple[Locator, ...]] = ()
    #: A dump of the site prints nothing after the story: when no ``end`` or ``tail`` rule
    #: finds its end, the story runs to the dump's last line (instead of the generic path's end).
    ends_with_page: ClassVar[bool] = False
    breadcrumb: ClassVar[Breadcrumb | None] = None
    byline: ClassVar[tuple[Byline, ...]] = ()
    dateline: ClassVar[tuple[Dateline, ...]] = ()
    links: ClassVar[tuple[Links, ...]] = ()
    caption: ClassVar[Captions | None] = Captions()
    tag_list: ClassVar[TagList | None] = None
    #: Pull quotes inside the story, lifted out by the "quotes" pass (list it in ``passes``).
    pull_quotes: ClassVar[PullQuotes | None] = None

    #: Set by the registry: "<site name>" or "<site name>.<version>", for explain.
    rule_name: ClassVar[str] = ""
    #: The owning site (set by :class:`Site` for its versions).
    site: ClassVar[type[Site] | None] = None

    # -- field methods: return None to leave the field to the generic path ------------------

    def title(self, ctx: Context) -> str | None:
        title = ctx.found.title
        site = self.site
        return strip_site_affixes(title, {site.site_name} if site and site.site_name else set()) if title else None

    def authors(self, ctx: Context) -> tuple[str, ...] | None:
        return ctx.found.authors

    def published(self, ctx: Context) -> datetime | None:
        return declared_published(ctx) if self.declared_time else ctx.found.published

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return EMPTY if "section" in self.unprinted else ctx.found.section

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        if "tags" in self.unprinted:
            return EMPTY
        if ctx.found.tags is not None:
            return ctx.found.tags
        if ctx.found.tags_raw is None:
            return None
        raw, separator = ctx.found.tags_raw
        if separator:
            return tuple(dict.fromkeys(t.strip() for t in raw.split(separator) if t.strip()))
        return article_tags(ctx, raw)

    def body(self, ctx: Context) -> tuple[str, ...] | None:
        if ctx.found.body is None:
            return None
        if ctx.elements is not None:
            elements = ctx.elements
            return tuple(unglue_links(ctx.texts[i], elements[i]) if self.glued_links else ctx.texts[i]
                         for i in ctx.found.body)
        return tuple(repair(ctx.texts[i], self.dump_gaps) for i in ctx.found.body)

    def captions(self, ctx: Context) -> tuple[str, ...] | None:
        return tuple(ctx.found.captions)

    def related(self, ctx: Context) -> tuple[RelatedLink, ...] | None:
        return tuple(ctx.found.related)

    def language(self, ctx: Context) -> str | None:
        return self.site.lang if self.site else None


class Site(Layout):
    """A publisher: who it is, and its layouts (its own rules, or nested :class:`Layout`
    versions). Subclasses without a ``name`` are shared bases for a publisher group."""

    #: Short identifier: ``site=`` and ``Article.extractor``; also the fixtures folder name.
    name: ClassVar[str] = ""
    #: Display name, as the site writes it: ``Article.site``.
    site_name: ClassVar[str] = ""
    #: Host names the site serves articles from; subdomains match too.
    hosts: ClassVar[tuple[str, ...]] = ()
    #: Article URLs (path and query), when the hosts also serve pages this class must not take.
    url_patterns: ClassVar[tuple[str, ...]] = ()
    #: Dump lines that identify the site when no URL is given; one found among the first or
    #: last 40 non-blank lines is enough.
    signatures: ClassVar[tuple[str, ...]] = ()
    #: IANA zone of times the site prints without one.
    timezone: ClassVar[str | None] = None
    #: ISO 639-1 language of the site's articles.
    lang: ClassVar[str | None] = None
    #: Whether the site credits authors on its articles (fixtures then require them).
    credits_authors: ClassVar[bool] = True

    _versions: ClassVar[tuple[type[Layout], ...]] = ()
    _is_version: ClassVar[bool] = False
    _url_rx: ClassVar[tuple[re.Pattern[str], ...]] = ()
    _signature_rx: ClassVar[tuple[re.Pattern[str], ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if vars(cls).get("_is_version"):
            return  # a version merged with its site below: already set up
        cls.site = cls
        cls.rule_name = cls.name or cls.__name__
        cls._url_rx = tuple(re.compile(p) for p in cls.url_patterns)
        cls._signature_rx = tuple(re.compile(p) for p in cls.signatures)
        # Versions nested in this class or in a site it extends (a group base), by name.
        nested_by_name: dict[str, type[Layout]] = {}
        for klass in reversed(cls.__mro__):
            for key, value in vars(klass).items():
                if isinstance(value, type) and issubclass(value, Layout) and not issubclass(value, Site):
                    nested_by_name[key] = value
        nested = list(nested_by_name.values())
        versions = []
        for version in nested:
            # The version's own rules first, then what it inherits, then the site's.
            merged = type(f"{cls.__name__}.{version.__name__}", (version, cls), {
                "rule_name": f"{cls.rule_name}.{version.__name__}", "site": cls, "_versions": (), "_is_version": True,
            })
            versions.append(merged)
        cls._versions = tuple(sorted(versions, key=lambda v: v.valid_until or date.max))

    # -- routing ----------------------------------------------------------------------------

    @classmethod
    def matches_url(cls, url: str) -> bool:
        """True when ``url``'s host is one of the site's and its path fits ``url_patterns``."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        if not host or not any(host == h or host.endswith("." + h) for h in cls.hosts):
            return False
        if not cls._url_rx:
            return True
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(rx.search(target) for rx in cls._url_rx)

    @classmethod
    def matches_dump(cls, doc: Document) -> bool:
        """True when the dump carries one of the site's signatures near its top or bottom."""
        if not cls._signature_rx or doc.kind != "dump":
            return False
        lines = [line for line in doc.lines if line]
        probe = lines[:40] + lines[-40:]
        return any(rx.search(line) for rx in cls._signature_rx for line in probe)

    @classmethod
    def layouts(cls) -> tuple[type[Layout], ...]:
        """The site's layout versions, oldest first (the site itself when it has none)."""
        return cls._versions or (cls,)

    @classmethod
    def version_name(cls, layout: type[Layout]) -> str | None:
        return layout.rule_name.split(".", 1)[1] if "." in layout.rule_name else None


def choose_layout(site: type[Site], ctx: Context) -> tuple[type[Layout] | None, str]:
    """The layout for the page in ``ctx`` and how it was chosen.

    Anchors decide first: the first version (nearest to the page's date first) whose anchors
    all hold. A version with no anchor applying to the input kind is taken by date. None when
    versions have anchors and none holds: the page is of a layout the site class does not know.
    """
    versions = site.layouts()
    day = _page_day(ctx)
    ordered = sorted(versions, key=lambda v: _distance(v, versions, day)) if day else list(reversed(versions))
    unanchored = None
    for version in ordered:
        applicable = [a for a in version.anchors if isinstance(a, Line) or ctx.kind == "html"]
        if not applicable:
            unanchored = unanchored or version
            continue
        if all(ctx.present(anchor) for anchor in applicable):
            return version, "anchors"
    if unanchored is not None:
        return unanchored, "date" if day and len(versions) > 1 else "only layout"
    return None, "no layout's anchors found"


def _page_day(ctx: Context) -> date | None:
    if ctx.doc.header_date:
        return ctx.doc.header_date
    if ctx.page is not None and ctx.page.meta.published:
        return ctx.page.meta.published.date()
    return None


def _distance(version: type[Layout], versions: tuple[type[Layout], ...], day: date) -> int:
    """0 when ``day`` falls in the version's period, else how many days it lies outside."""
    index = versions.index(version)
    since = versions[index - 1].valid_until if index else None
    until = version.valid_until
    if since is not None and day <= since:
        return (since - day).days + 1
    if until is not None and day > until:
        return (day - until).days
    return 0
