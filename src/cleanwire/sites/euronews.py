"""Euronews (euronews.com), Lyon: one CMS behind the language editions, each on its own host.

The editions share every rule; their furniture words differ by language, and the rules hold
the words of the editions defined here (English, German, French). The base class
:class:`Euronews` has no name; each edition subclasses it with its name, host and language.
"""

from __future__ import annotations

import re

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Context, Dateline, Line, Links, Site, XPath
from cleanwire.sitekit.helpers import link_texts

_AD = r"ADVERTISEMENT|WERBUNG|PUBLICITÉ"
_SHARE = r"Share this article|Diesen Artikel teilen|Partager cet article"
#: The photo at the top: its caption printed again with the credit and the overlay's button.
_PHOTO_AGAIN = Line(r"\bClose alert$")
_PHOTO_HTML = XPath("//div[contains(@class, 'c-article-caption')]")
_CREDIT_HTML = XPath("//div[contains(@class, 'c-article-image-copyright')]")
#: Headings of the boxes after the story: the top stories and most read columns.
_AFTER_STORY = Line(rf"^(?:{_AD}|Top stories|Most read|Unsere Auswahl|Meistgelesen|À la une|Les plus lus)$")
_TAGS_HTML = XPath("//div[@id='adb-article-tags']", "//div[contains(@class, 'c-article-tags')]")
_QUOTE_HTML = XPath("//div[contains(@class, 'widget--type-quotation')]")
_WORD = re.compile(r"\w+")
#: A short word that ties a tag's capitalised words together ("Politik in Georgien").
_TIE = re.compile(r"^(?:in|im|of|the|and|de|des|du|la|le|et|der|die|das|und|von|for|on)$")


class Euronews(Site):
    """The rules every edition shares."""

    timezone = "Europe/Paris"
    # A dump prints the breadcrumb's items run together ("Home My Europe Europa News") and
    # the HTML leaves some of them without text, so neither kind tells its items apart.
    unprinted = frozenset({"section"})
    passes = ("drop", "photo", "headline", "byline", "dateline", "story", "tail", "quote", "inline_related",
              "tag_line", "links", "captions", "trailing", "body")

    drop = (
        # One expression: ads, buttons, the share bar, the translation and partnership notes,
        # and the supplementary credits under the story ("Journaliste • Vincent Reynier").
        Line(rf"^(?:{_AD}|Close advertising|Play the video)$|Copy to clipboard|Lien copié|Copied$"
             rf"|^(?:{_SHARE}|facebook Facebook facebook)"
             r"|^(?:Dieser Artikel wurde im Original veröffentlicht auf|This article was originally published in"
             r"|Cet article a été initialement publié en) \w+$"
             r"|^(?:En partenariat avec|In partnership with|In Partnerschaft mit) "
             r"|^[^•]{2,40} • [^•]{2,80}$"),
        XPath("//footer[contains(@class, 'c-article-contributors-supplementary')]"),
    )
    byline = (Byline(Line(r"^(?:By|Von|Par) (?P<names>[^\d]{2,120})$", max_words=16),
                     drop=r"\s+(?:with|mit|avec)\s+.*$"),)
    dateline = (Dateline(Line(r"^(?:Published on|Zuerst veröffentlicht am|Publié le) (?P<date>\d{2}/\d{2}/\d{4})"
                              r"(?: - (?P<time>\d{1,2}:\d{2}))?")),)
    # The share bar under the dateline ends with its pop-up's button; the story follows.
    start = Line(r"Close Button$")
    container = XPath("//p[contains(@class, 'c-article-summary')]", "//div[contains(@class, 'c-article-content')]")
    end = (Line(rf"^(?:{_SHARE})"),)
    links = (
        Links(heading=XPath("//li[contains(@class, 'widget__related_listItem')]")),
        Links(heading=Line(r"^(?:You might also like|Zum selben Thema|Sur le même sujet)$"), ends_story=True),
    )
    tail = (Line(r"^(?:Top stories|Unsere Auswahl|À la une|Most read|Meistgelesen|Les plus lus)$"),)

    # -- passes of the site's own ---------------------------------------------------------

    def pass_photo(self, ctx: Context) -> None:
        """The photo over the headline: its caption, the caption printed again with the credit
        and the overlay's "Close alert" button, and the credit alone. Labelled first, so that a
        long caption is not taken for the first line of prose under the headline."""
        rule = f"{self.rule_name}.photo"
        for i in range(len(ctx)):
            if not ctx.free(i):
                continue
            if ctx.match(_PHOTO_HTML, i):
                self._caption(ctx, i, rule)
            elif ctx.match(_CREDIT_HTML, i):
                ctx.mark(i, Label.BOILERPLATE, Why.CREDIT, "photo credit", rule)
            elif _PHOTO_AGAIN.match(ctx.texts[i]):
                # The caption with its credit, as the HTML prints it; the caption alone above.
                shown = ctx.texts[i][: -len("Close alert")].strip()
                if not shown:  # the alert banner's button
                    ctx.mark(i, Label.BOILERPLATE, Why.RESIDUE, "button", rule)
                    continue
                self._caption(ctx, i, rule, shown)
                if i > 0 and ctx.free(i - 1) and shown.startswith(ctx.texts[i - 1]) and shown != ctx.texts[i - 1]:
                    ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "photo caption without its credit", rule)
                if i + 1 < len(ctx) and ctx.free(i + 1) and shown.endswith(ctx.texts[i + 1]):
                    ctx.mark(i + 1, Label.BOILERPLATE, Why.CREDIT, "photo credit", rule)

    @staticmethod
    def _caption(ctx: Context, i: int, rule: str, text: str | None = None) -> None:
        ctx.found.captions.append(text if text is not None else ctx.texts[i])
        ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", rule)

    def pass_quote(self, ctx: Context) -> None:
        """A pull quote: a sentence of the story printed again in large type, without its
        quotation marks, then the speaker's name and role on their own lines."""
        rule = f"{self.rule_name}.quote"
        start, end = ctx.found.start, ctx.found.end
        if start is None or end is None:
            return
        if ctx.page is not None:
            for i in sorted(ctx.inside(_QUOTE_HTML)):
                ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "pull quote", rule)
            return
        story = {k: " ".join(_WORD.findall(fold(ctx.texts[k]))) for k in range(start, end)}

        def speaker(k: int) -> bool:  # a name or a role, not a sentence
            return k < end and ctx.free(k) and bool(HEADLINE_LIKE.match(ctx.texts[k])) and ctx.texts[k].count(" ") < 12

        for i in range(start, end):
            said = story[i]
            if not ctx.free(i) or said.count(" ") < 7 or not speaker(i + 1):
                continue
            # Most of another paragraph, word for word.
            if not any(k != i and said in other and len(said) * 2 > len(other) for k, other in story.items()):
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "pull quote (a sentence of the story again)", rule)
            for k in (i + 1, i + 2):
                if not speaker(k):
                    break
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, "pull quote's speaker", rule)

    def pass_inline_related(self, ctx: Context) -> None:
        """Dumps: the related links set inside the story print as a block of headlines on
        adjacent lines, where the story's paragraphs are separated by blank lines."""
        start, end = ctx.found.start, ctx.found.end
        if ctx.page is not None or start is None or end is None:
            return
        rule = f"{self.rule_name}.inline_related"

        def headline(k: int) -> bool:
            return ctx.free(k) and bool(HEADLINE_LIKE.match(ctx.texts[k]))

        i = start
        while i < end:
            j = i
            while j + 1 < end and headline(j + 1) and ctx.numbers[j + 1] == (ctx.numbers[j] or 0) + 1:
                j += 1
            if j > i and headline(i):
                for k in range(i, j + 1):
                    ctx.found.related.append(RelatedLink(ctx.texts[k], None, None))
                    ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, "related link inside the story", rule)
            i = j + 1

    def pass_tag_line(self, ctx: Context) -> None:
        """The tags: one line of links under the story, before the top stories (or an ad)."""
        rule = f"{self.rule_name}.tags"
        tagged = sorted(ctx.inside(_TAGS_HTML))
        if not tagged and ctx.found.end is not None:
            after = ctx.first(_AFTER_STORY, ctx.found.end, free=False)
            line = next((k for k in range((after or 0) - 1, ctx.found.end - 1, -1) if ctx.free(k)), None)
            tagged = [line] if after is not None and line is not None else []
        for k in tagged:
            if ctx.free(k):
                ctx.found.tags_raw = (ctx.texts[k], None)
                ctx.mark(k, Label.METADATA, Why.TAGS, "tags", rule)

    # -- fields ---------------------------------------------------------------------------

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        if ctx.page is not None:
            return link_texts(ctx, _TAGS_HTML) or None
        if ctx.found.tags_raw is None:
            return None
        body = "\n".join(ctx.texts[i] for i in ctx.found.body or ())
        return _split_tags(ctx.found.tags_raw[0], f"{ctx.found.title or ''}\n{body}")


def _split_tags(line: str, context: str) -> tuple[str, ...]:
    """The tag links of a dump, run together on one line: every tag starts with a capital
    letter, so a capitalised word starts a new tag, unless it follows a tying word ("Politik
    in Georgien") or the article uses the two words together ("la mer Méditerranée")."""
    text = " ".join(fold(context).split())
    tags: list[list[str]] = []
    for word in line.split():
        if tags and (not word[:1].isupper() or _TIE.match(tags[-1][-1])
                     or fold(f"{tags[-1][-1]} {word}") in text):
            tags[-1].append(word)
        else:
            tags.append([word])
    return tuple(" ".join(t) for t in tags)


class EuronewsEN(Euronews):
    name = "euronewsen"
    site_name = "Euronews"
    hosts = ("www.euronews.com",)
    signatures = (r"^English English Français Deutsch Italiano",)
    lang = "en"


class EuronewsDE(Euronews):
    name = "euronewsde"
    site_name = "Euronews"
    hosts = ("de.euronews.com",)
    signatures = (r"^Deutsch English Français Deutsch Italiano",)
    lang = "de"


class EuronewsFR(Euronews):
    name = "euronewsfr"
    site_name = "Euronews"
    hosts = ("fr.euronews.com",)
    signatures = (r"^Français English Français Deutsch Italiano",)
    lang = "fr"
