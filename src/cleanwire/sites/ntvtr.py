"""NTV (ntv.com.tr), Istanbul: the news site of the NTV channel."""

from __future__ import annotations

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.lexicon.vocab import HOME_WORDS
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Line, Links, Site, Standfirst, TagList, XPath

_SHOW = Line(r"^Haberi Görüntüle$")


class NTVTR(Site):
    name = "ntvtr"
    site_name = "NTV"
    hosts = ("ntv.com.tr",)
    signatures = (r"^ntv\.com\.tr NTV\.COM\.TR’ye geri dön$",)
    timezone = "Europe/Istanbul"
    lang = "tr"
    declared_time = True  # the day is printed, the time is in the metadata

    passes = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "related_box",
              "links", "tags", "captions", "trailing", "body")

    drop = (Line(r"^(?:Paylaş|Haberi Görüntüle)$"),)
    # "Haberler" / "Spor&Skor Haberleri" / <this page's headline> over the headline.
    breadcrumb = Breadcrumb(first=Line(r"^Haberler$"), item=Line(r"^\S.{0,40} Haberleri$"), max_items=2, above=4,
                            root=HOME_WORDS | {"haberler"})
    standfirst = Standfirst(line=XPath("//h2[contains(@class, 'sub-title')]"), after_headline=True)
    # "Haberler - Anadolu Ajansı": the source (an agency, or the newsroom).
    byline = (Byline(Line(r"^Haberler - (?P<names>\S.{1,80})$")),)
    dateline = (
        Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}) - (?P<time>\d{1,2}:\d{2})$")),
        # A dump prints only when the page was last updated: its day.
        Dateline(Line(r"^Son Güncelleme : (?P<date>\d{2}\.\d{2}\.\d{4})")),
    )
    container = XPath("//div[contains(@class, 'category-detail-content-inner')]")
    end = (_SHOW,)
    links = (Links(heading=XPath("//div[contains(@class, 'detail-related-news')]")),)
    # The tags under "Etiketler :", the first of them the "Haberler -" the breadcrumb starts with.
    tag_list = TagList(heading=Line(r"^Etiketler :$"), item=Line(r"^(?![A-ZÇĞİÖŞÜ&\s]+$)\S.{0,40}$"))

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        return tuple(t for t in ctx.found.tags or () if not t.endswith(" -")) or None

    def pass_related_box(self, ctx: Context) -> None:
        """The box of another story closing this one: its headline over "Haberi Görüntüle"
        (read the story), after the story's photo, titled with the headline and a number."""
        at = ctx.first(_SHOW, free=False)
        if at is None or ctx.page is not None:
            return
        rule = f"{self.rule_name}.related_box"
        title = fold(ctx.found.title)
        for k in range(max(0, at - 3), at):
            if not ctx.free(k):
                continue
            if title and fold(ctx.texts[k]).startswith(title + " - "):
                ctx.mark(k, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the photo, titled with the headline", rule)
            elif k == at - 1:
                ctx.found.related.append(RelatedLink(ctx.texts[k], None, None))
                ctx.mark(k, Label.RELATED, Why.RELATED_ITEM, "the box of another story", rule)
