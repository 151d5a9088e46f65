"""The Reach plc tabloids (Mirror, Daily Star, ...): one CMS, one layout.

A story prints its headline, the standfirst, then furniture (a video player, the live blog's
key events, share buttons), then "By" and the credited people one a line with their job
titles, then the time; photos are captioned "... (Image: Agency)" (a dump breaks the credit
over lines: "... (" / "Image:" / "Agency)"); related stories are printed twice (the photo's
alt text and the title) or as "READ MORE: title"; the tags follow "More On".
"""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import is_person, unique
from cleanwire.sitekit import EMPTY, SHORT, Captions, Context, Dateline, Line, Links, XPath
from cleanwire.sitekit.helpers import is_caption, mark_alt_texts, mark_read_more, mark_twice_teasers

from ._declared import DeclaredSite

_JOB = (r"(?:[A-Z][\w&-]*\s?)*?(?:Writer|Reporter|Editor|Correspondent|Journalist|Columnist|Producer|Presenter|"
        r"Critic|Expert|Specialist|Director|Chief|Lead|Assistant|Contributor|Analyst|Trainee)")
#: "Emma Mackenzie Lifestyle Writer", "Lucy ThorntonNews Reporter" (HTML runs the two together), "Phoebe Tonks".
_PERSON = re.compile(rf"^(?P<name>[A-Z][\w'’.-]+?(?: [A-Z][\w'’.-]+?)+?)(?:\s?(?P<job>{_JOB}))?$")
_BY = Line(r"^By$")
#: "14:00, 28 Apr 2024", "Updated 20:49, 5 Aug 2024" (HTML runs "Updated20:49" together).
_WHEN = Line(r"^(?:Updated ?)?(?P<time>\d{1,2}:\d{2}), (?P<date>\d{1,2} [A-Za-z]{3,9} \d{4})")
#: A live blog's entry header: the time and the author, or the time and "KEY EVENT".
_ENTRY = Line(r"^\d{1,2}:\d{2} ?(?:KEY EVENT|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$")
#: A short line that ends no sentence, quotation or question.
_UNCREDITED = Line(r"^\S+(?: \S+){1,15}(?<![.!?:;,\"'”’)])$", max_words=16)
_READ_MORE = Line(r"^(?i:read more): (?=\S)")
_TAGS = Line(r"^(?i:more on)$")
#: Links run together with no space between them ("KitchenLife hacksCleaning").
_GLUED = re.compile(r"[a-z][A-Z]")


class Reach(DeclaredSite):
    """The shared layout of the Reach plc papers; each paper names itself and its hosts."""

    timezone = "Europe/London"
    lang = "en"
    # The breadcrumb is printed in the footer by one paper, above the headline by another.
    unprinted = frozenset({"section"})
    glued_links = True

    passes = ("drop", "headline", "breadcrumb", "people", "dateline", "story", "tail", "links", "teasers", "tags",
              "captions", "alt", "masthead", "entries", "trailing", "body")
    # One expression per group: the furniture is sought on every line of the page.
    drop = (
        Line(r"^(?:Share|Bookmark|Facebook|Twitter|Whatsapp|Comments?|comments|\||Search|Play now"
             r"|Video (?:Loading|Unavailable)|Click to playTap to play|The video will auto-play soon.*"
             # A live blog's standing line, and an embedded post's signature.
             r"|Follow along with the latest updates below\.?|— .+\(@\w+\) \w+ \d{1,2}, \d{4})$"),
        # Calls for readers' stories and newsletter sign-ups inside the story, and an embedded
        # post's last line with its link.
        Line(r"\S+@reachplc\.com\.?$|by signing up to our (?:free )?(?:\w+ )*newsletters?\.?$"
             r"|(?:pic\.twitter\.com|https://t\.co)/\w+$", max_words=60),
        _ENTRY,
    )
    # The time the story was published (or last updated, all a live blog prints), day last.
    dateline = (Dateline(_WHEN, where="any", on_byline=True),)
    container = XPath("//*[@itemprop='description']", "//*[@itemprop='articleBody']")
    caption = Captions(line=Line(r"\(Image: [^()]*\)$", r" \($", r"^\($", r"^Image:$", r"^(?:Image: )?[^()]*\)$"),
                       alt=True)
    links = (Links(heading=XPath("//aside[contains(@class, 'read-more-links')]")),)
    end = (Line(r"^Story Saved$"), Line(r"^Follow ?(?:Mirror|Daily Star|\w+)$", max_words=3),
           Line(r"^(?:Most Read|Don't Miss|Top Stories)$"))

    def pass_people(self, ctx: Context) -> None:
        """"By", then one credited person a line, each with a job title or none."""
        name = f"{self.rule_name}.byline"
        at = ctx.first(_BY, ctx.found.headline or 0)
        if at is None:
            return
        people = []
        ctx.mark(at, Label.METADATA, Why.BYLINE, "byline", name)
        for i in range(at + 1, min(len(ctx), at + 10)):
            match = _PERSON.match(ctx.texts[i]) if ctx.free(i) else None
            if not match or not is_person(match["name"], strict=True):
                break
            people.append(match["name"])
            ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", name)
        if people:
            ctx.found.authors = tuple(unique(people))

    def pass_teasers(self, ctx: Context) -> None:
        """Related stories inside the story: a title printed twice (the photo's alt text and
        the link) or "READ MORE: title"."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        name = f"{self.rule_name}.teasers"
        mark_read_more(ctx, _READ_MORE, name, lo=start, hi=end)
        mark_twice_teasers(ctx, name)

    def pass_tags(self, ctx: Context) -> None:
        """"More On" and the tags, one a line (a list printed on one line cannot be cut into its
        tags reliably, so it gives none). A dump ends the list with the next widget's tabs
        ("Travel" / "all")."""
        at = ctx.first(_TAGS, ctx.found.headline or 0, free=False)
        if at is None:
            return
        name = f"{self.rule_name}.tags"
        ctx.mark(at, Label.METADATA, Why.TAGS, "tags heading", name)
        found: list[int] = []
        for i in range(at + 1, min(len(ctx), at + 30)):
            if not ctx.free(i) or any(rule.match(ctx.texts[i]) for rule in self.end):
                break
            if not SHORT.match(ctx.texts[i]) or _GLUED.search(ctx.texts[i]):
                found += [] if found else [i]  # the whole list on one line, or the list is over
                break
            found.append(i)
        if found and ctx.texts[found[-1]] == "all":
            found = found[:-2]
        for i in found:
            ctx.mark(i, Label.METADATA, Why.TAGS, "tag", name)
        one_line = len(found) == 1 and (ctx.texts[found[0]].count(" ") >= 2 or _GLUED.search(ctx.texts[found[0]]))
        if found:
            ctx.found.tags = EMPTY if one_line else tuple(dict.fromkeys(ctx.texts[i] for i in found))

    def pass_alt(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.alt", shape=_UNCREDITED)

    def pass_entries(self, ctx: Context) -> None:
        """In a live blog, each entry's title follows its header (time and author); any other
        line that no sentence ends is a photo's caption printed without a credit (HTML marks it
        as a caption; a dump cannot)."""
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None or not any(_ENTRY.match(ctx.texts[i]) for i in range(start, end)):
            return
        for i in range(start + 1, end):
            if ctx.free(i) and _UNCREDITED.match(ctx.texts[i]) and not _ENTRY.match(ctx.texts[i - 1]):
                ctx.found.captions.append(ctx.texts[i])
                ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption (no credit)", f"{self.rule_name}.entries")

    def captions(self, ctx: Context) -> tuple[str, ...] | None:
        """A dump breaks a caption's credit over lines ("... (" / "Image:" / "Agency)"): one caption."""
        joined: list[str] = []
        previous = ""
        for i, label in enumerate(ctx.labels):
            if label is None or not is_caption(ctx, i):
                previous = ""
                continue
            text = ctx.texts[i]
            if joined and (previous.endswith("(") or previous == "Image:" or text == "Image:"):
                joined[-1] = f"{joined[-1]} {text}".replace("( ", "(")
            elif label[1].code is Why.CAPTION:
                joined.append(text)
            else:
                text = ""  # a copy or the photo's alt text: no caption of its own
            previous = text
        return tuple(dict.fromkeys(joined))

    def pass_masthead(self, ctx: Context) -> None:
        """Between the standfirst and the time: the lead media, key events, byline and share
        buttons; none of it is the story."""
        start = ctx.found.start
        when = ctx.first_labelled(Why.DATELINE)
        if start is None or when is None or when <= start:
            return
        for i in range(start + 1, when):
            if ctx.free(i):
                ctx.mark(i, Label.BOILERPLATE, Why.NOT_STORY, "furniture above the story", f"{self.rule_name}.masthead")
