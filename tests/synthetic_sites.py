"""Made-up news sites for the learning tests and the scale benchmark: each site has its own
navigation, footer, widget headings and story anchors; each page its own story.

Pages come as text dumps (``dump``) or HTML (``html``) and know their true story lines, so a
test can check what a learned template keeps and removes. Everything is drawn from a seeded
``random.Random``: the same arguments give the same pages.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

_WORDS = (
    "city council river bridge school teacher market price energy winter summer plan report police court "
    "minister budget train station hospital doctor museum artist concert team coach season goal league road "
    "water park library mayor company worker union strike vote election party debate law tax farmer harvest "
    "storm flood fire village island coast mountain festival film book study science data phone internet "
    "bank money rent housing family child student village street traffic bus airport flight hotel tourist"
).split()
_VERBS = "said plans wants opened closed announced reported warned expects built found asked showed".split()
_NAMES = "Anna Meyer,Paul Novak,Lena Brandt,Omar Haddad,Sara Lind,Tom Becker,Mia Costa,Jon Berg".split(",")
#: Lines many sites print: they must not make two sites one.
COMMON = ("Home", "Contact", "Privacy policy", "Newsletter", "Share")


def _sentence(rng: random.Random, words: int) -> str:
    parts = [rng.choice(_WORDS) for _ in range(words)]
    parts.insert(2, rng.choice(_VERBS))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def _title(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 8))).title()


@dataclass(frozen=True)
class Site:
    """One made-up site's template."""

    host: str
    brand: str
    nav: tuple[str, ...]
    footer: tuple[str, ...]
    widget: str
    end: str
    share: str


def make_site(seed: int) -> Site:
    rng = random.Random(f"site-{seed}")
    brand = f"The {rng.choice(_WORDS).title()} {rng.choice(['Post', 'Herald', 'Times', 'Courier', 'Bote'])} {seed}"
    nav = COMMON[:3] + tuple(f"{rng.choice(_WORDS).title()} {rng.choice(_WORDS)} {seed}" for _ in range(rng.randint(12, 20)))
    footer = tuple(f"{w.title()} {seed}" for w in rng.sample(_WORDS, 8)) + COMMON[3:] + (f"© 2024 {brand}",)
    return Site(f"www.site{seed}.example", brand, nav, footer,
                widget=rng.choice(["Read more", "Also interesting", "More on this"]) + f" {seed}",
                end=rng.choice(["Comments", "Share this story", "Topics"]) + f" {seed}",
                share=f"Share on {rng.choice(['Facebook', 'X', 'Mail'])} {seed}")


@dataclass(frozen=True)
class Page:
    text: str
    story: tuple[str, ...]
    url: str


def make_page(site: Site, number: int, kind: str = "dump", *, quote: str | None = None,
              standfirst: bool = False, header: bool = True, dated_teaser: bool = False, embeds: bool = False,
              photos: bool = False, teaser_list: bool = False, box: str | None = None,
              box_story: bool = False) -> Page:
    """Page ``number`` of ``site``: navigation, headline, byline, story (with an in-story
    widget after its third paragraph), end anchor, related list, footer. ``quote`` is a
    sentence placed in the middle of the story (a line two stories share); ``standfirst``
    prints the story's first sentence right under the headline, above the byline; a dump
    with ``header=False`` declares no title (no header line); ``dated_teaser`` prints the
    title of another story with its date and time on the line under it after the story's
    fifth paragraph (no heading above it); ``embeds`` (HTML) nests a box of another story (its
    heading and two sentences) deep inside the story after its second paragraph, and a list of
    links to other stories, introduced by a line of its own ending in a colon, after its fourth;
    ``photos`` (dump) prints a photo after the story's second paragraph (its caption, then the
    caption again with a credit), one after its fourth (its title, then its caption with a
    credit), one after its fifth (its file name, then its caption) and one after its sixth
    (its file name only);
    ``teaser_list`` (dump) prints a list of four titles of other stories under a heading after
    the story's fourth paragraph; ``box`` (dump) prints a box of another story after the
    story's fourth paragraph: its heading, a photo (a credit line, the caption under it), two
    sentences and a closing line, the text of ``box`` ("Show all"; "" for none); with
    ``box_story`` the heading opens a section of the story instead, whose two sentences are
    story."""
    rng = random.Random(f"{site.host}-{number}")
    title = _title(rng)
    story = [_sentence(rng, rng.randint(14, 24)) for _ in range(rng.randint(6, 10))]
    if quote:
        story.insert(len(story) // 2, quote)
    related = [_title(rng) for _ in range(3)]
    byline = f"By {rng.choice(_NAMES)}"
    url = f"https://{site.host}/news/{number}-{title.lower().replace(' ', '-')}"
    if kind == "html":
        inserts = (_embeds(rng), [f"More on the {rng.choice(_WORDS)}:", *(_title(rng) for _ in range(3))]) if embeds else None
        return Page(_html(site, title, byline, story, related, url, inserts), tuple(story), url)
    head = [f" date 2024-05-{1 + number % 28:02d}  {title} | {site.brand}"] if header else []
    lines = [*head, site.brand, *site.nav, "", title, *(story[:1] if standfirst else ()), byline, site.share, ""]
    truth = story
    for k, paragraph in enumerate(story[1:] if standfirst else story, start=1 if standfirst else 0):
        lines += [paragraph, ""]
        if teaser_list and k == 3:
            lines += [f"From the {rng.choice(_WORDS)} desk", "", *(_title(rng) for _ in range(4)), ""]
        if photos and k in (1, 4):
            caption = _sentence(rng, rng.randint(6, 12))
            lines += [caption, f"{caption} © {site.brand}", ""] if k == 1 else [f"photo{number}-{k}.jpg", caption, ""]
        if photos and k == 3:
            alt = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 6)))
            lines += [alt[0].upper() + alt[1:], f"{_sentence(rng, rng.randint(6, 12))} © {site.brand}", ""]
        if photos and k == 5:
            lines += [f"photo{number}-{k}.jpg", ""]  # no caption: the story goes on
        if k == 4 and dated_teaser:
            lines += [_title(rng), f"{1 + number % 28}. 5. 2024 {8 + number % 12}:{number % 60:02d}", ""]
        if k == 2:
            lines += [site.widget, _title(rng), ""]
        if box is not None and k == 3:
            inner = [_sentence(rng, rng.randint(9, 12)) for _ in range(2)]
            lines += [_title(rng), "", f"Foto: {rng.choice(_NAMES)}, {site.brand}", _sentence(rng, 4), "",
                      inner[0], "", inner[1], "", *([box, ""] if box else ())]
            truth = [*story[:k + 1], *inner, *story[k + 1:]] if box_story else truth
    lines += [site.end, *related, "", *site.footer]
    return Page("\n".join(lines) + "\n", tuple(truth), url)


def _embeds(rng: random.Random) -> str:
    """A box of another story: its title and two sentences, nested in three elements."""
    text = "".join(f"<p>{html.escape(_sentence(rng, rng.randint(8, 11)))}</p>" for _ in range(2))
    return f"<div class='embed'><div class='embed-inner'><div class='teaser'><h3>{html.escape(_title(rng))}</h3>{text}</div></div></div>"


def _html(site: Site, title: str, byline: str, story: list[str], related: list[str], url: str,
          inserts: tuple[str, list[str]] | None = None) -> str:
    e = html.escape
    nav = "".join(f"<li><a href='/s/{i}'>{e(item)}</a></li>" for i, item in enumerate(site.nav))
    parts = [f"<p>{e(p)}</p>" for p in story]
    if inserts:
        box, (intro, *links) = inserts
        items = "".join(f"<li><a href='/x/{i}'>{e(t)}</a></li>" for i, t in enumerate(links))
        parts[4:4] = [f"<p>{e(intro)}</p><ul>{items}</ul>"]
        parts[2:2] = [box]
    body = "".join(parts)
    rel = "".join(f"<li><a href='/r/{i}'>{e(t)}</a></li>" for i, t in enumerate(related))
    foot = "".join(f"<p>{e(f)}</p>" for f in site.footer)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)} | {e(site.brand)}</title>"
            f"<meta property='og:url' content='{e(url)}'><meta property='og:site_name' content='{e(site.brand)}'>"
            f"</head><body><header><div class='brand'>{e(site.brand)}</div><nav><ul>{nav}</ul></nav></header>"
            f"<main><article><h1>{e(title)}</h1><div class='byline'>{e(byline)}</div>"
            f"<div class='share'>{e(site.share)}</div><div class='article-body'>{body}</div>"
            f"<h3>{e(site.end)}</h3><ul class='related'>{rel}</ul></article></main>"
            f"<footer>{foot}</footer></body></html>")
