"""Golem.de (golem.de), the German IT news site."""

from urllib.parse import urlsplit

from cleanwire.sitekit import Byline, Captions, Context, Dateline, Item, Line, Links, TagList, XPath

from ._story import StorySite

# "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch": date and authors on one line.
_POSTED = r"^Artikel veröffentlicht am (?P<date>\d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2}) Uhr"
# A line of a sidebar list (a job and its employer, a course and its dates): short, no prose.
_LIST_LINE = Line(r"^.{2,120}$", max_words=14)


class Golem(StorySite):
    name = "golem"
    site_name = "Golem.de"
    hosts = ("golem.de",)
    signatures = (r"^© 1997\W+\d{4} Golem\.de\. Alle Rechte vorbehalten\.$", r"^Golem\.de - IT-News für Profis")
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (
        Line(r"^(?:in Pocket speichern|merken|Artikel teilen|artikel-bild)$"),
        Line(r"^\d{1,4}$"),  # the comment count under the story
        # The notice shown to readers who block ads, printed inside the story.
        Line(r"^Bitte aktivieren Sie Javascript\.$", r"^Oder nutzen Sie das Golem-pur-Angebot$", r"^und lesen Golem\.de$",
             r"^ohne Werbung$", r"^mit ausgeschaltetem Javascript$", r"^mit RSS-Volltext-Feed$"),
        XPath("//li[contains(@class, 'share-item')]"),
    )
    # Printed under the standfirst (the story still starts with it).
    top_prose = 1
    byline = (Byline(Line(_POSTED + r", (?P<names>.+)$")),)
    dateline = (Dateline(Line(_POSTED), on_byline=True),)
    caption = Captions(line=Line(r"\((?:Bild|Foto|Grafik|Screenshot|Video): [^)]+\)$"), alt=True)
    links = (
        # Sidebars inside the story: job ads and the site's training courses.
        Links(heading=Line(r"^Stellenmarkt$"), item=Item(title=_LIST_LINE, extra=(_LIST_LINE,)), max_items=6,
              related=False, end=Line(r"^Detailsuche$")),
        Links(heading=Line(r"^Golem Karrierewelt$"), item=Item(title=_LIST_LINE, extra=(_LIST_LINE,)), max_items=6,
              related=False, end=Line(r"^Weitere IT-Trainings$")),
        # Kicker above title; the dump prints the image's alt text "artikel-bild" above the kicker
        # too, so there the lists are only recognised as the story's end.
        Links(heading=Line(r"^Verwandte Artikel$"), item=Item(kicker=_LIST_LINE), ends_story=True),
        Links(heading=Line(r"^Meistgelesen$"), item=Item(kicker=_LIST_LINE)),
    )
    end = (Line(r"^Reklame: "),)
    # Topic pages: one per line under the heading (the newsletter form follows, a longer line).
    tag_list = TagList(heading=Line(r"^Themenseiten:$"), item=Line(r"^\S+(?: \S+){0,3}$", max_words=4))
    tail = (
        Line(r"^Kommentarübersicht$"),
        Line(r"^Aktuell auf der Startseite von Golem\.de$"),
        Line(r"^© 1997\W+\d{4} Golem\.de"),
    )

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        # No breadcrumb is printed; the page declares its section ("News") and files the
        # article under it in the URL (/news/...), the one place a dump shares with its page.
        parts = [p for p in urlsplit(ctx.doc.url or "").path.split("/") if p]
        return (parts[0].capitalize(),) if len(parts) > 1 and parts[0].isalpha() else None
