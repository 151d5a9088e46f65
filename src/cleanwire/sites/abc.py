"""ABC (abc.es), Madrid: a Vocento paper on Vocento's article template (``voc-`` classes)."""

from cleanwire.sitekit import (
    Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, Site, Standfirst, TagList, XPath,
)
from cleanwire.sitekit.helpers import mark_sticky_title

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?: (?:de |del |la )?[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,3}"
_DATE = r"\d{2}/\d{2}/\d{4}"
_STICKY_BUTTONS = Line(r"^Compartir noticia Compartir noticia")


class ABC(Site):
    name = "abc"
    site_name = "ABC"
    hosts = ("abc.es",)
    signatures = (r"^Copyright © DIARIO ABC, S\.L\.$", r"^ABC: últimas noticias y actualidad de España y el mundo")
    timezone = "Europe/Madrid"
    lang = "es"
    declared_time = True  # the day is printed, the time is in the metadata

    drop = (
        # The share, save and follow buttons and the log-in prompts of their pop-ups.
        Line(r"^(?:Compartir|Copiar enlace|Facebook|X|Whatsapp|Email|Cerrar menu|Iniciar sesión|Cerrar mensaje|"
             r"Suscribete|Comentarios)$"),
        Line(r"^(?:Compartir|Guardar noticia|Seguir autor|Cerrar opciones para compartir)\b", max_words=16),
        Line(r"^Esta funcionalidad es sólo para (?:registrados|suscriptores)$"),
        Line(r"^Actualizado a las \d{1,2}:\d{2}h\.?$"),
        XPath("//div[contains(@class, 'voc-modal')]", "//div[contains(@class, 'voc-share-social')]"),
    )
    headline = XPath("//h1")  # HTML; a dump's is the line equal to the title (its sticky bar's copy dropped)
    top_window = (1, 15)  # the metadata is under the headline, the menu over it
    # The section over the headline: "ABC Sociedad" (the menu higher up prints "ABC Cultural"...).
    breadcrumb = Breadcrumb(line=Line(r"^ABC (?P<trail>[A-ZÁÉÍÓÚ][\w ]{1,30})$"), above=1)
    standfirst = Standfirst(line=XPath("//h2[contains(@class, 'voc-subtitle')]"), after_headline=True)
    # The writer's name (a dump prints it twice), under the photo and a teaser.
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:,| y) {_NAME})*)$", max_words=12), where="header"),)
    dateline = (Dateline(Line(rf"^(?P<date>{_DATE})$"), where="header"),)
    start = Line(rf"^{_DATE}$")  # the story follows the date (and the buttons, dropped)
    container = XPath("//article[contains(@class, 'voc-d__article')]")
    caption = Captions(html=XPath("//figcaption"))
    links = (
        # A teaser inside the story: headline (printed twice in a dump), author, its standfirst.
        Links(heading=Line(r"^Noticia Relacionada$"), max_items=1,
              item=Item(extra=(Line(r"."), Line(rf"^{_NAME}$"), Line(r"\w{4,}(?: \S+){8,}")))),
    )
    tag_list = TagList(heading=Line(r"^Más temas:$"), item=Line(r"^(?!Ver comentarios)\S.{0,60}$"),
                       html=XPath("//article//li[contains(@class, 'voc-topics__list-item')]"))
    tail = (Line(r"^Ver comentarios \(\d+\)$"), Line(r"^Reportar un error$"))

    passes = ("drop", "sticky", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "links",
              "tags", "captions", "trailing", "body")

    def pass_sticky(self, ctx: Context) -> None:
        """The bar that sticks to the top: logo, the headline again and its share and save
        buttons ("Compartir noticia ...")."""
        mark_sticky_title(ctx, _STICKY_BUTTONS, f"{self.rule_name}.sticky")
