"""Headlines without what is stuck to them: the site's name ("Headline | Site", "Site - Headline")
and a kicker printed in the same head ("Kicker - Headline")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .normalise import collapse, fold, unaccented

#: The marks that join a site's name to a headline between spaces (" | Site", " - Site",
#: " • Site", " › Site", " ~ Site"), as a regular expression character class's inside.
SITE_MARKS = r"|\-–—·•:»›/~"
_MARK_CHARS = " |-–—·•:»›/~ㅣ｜"
# A full-width bar (or Korean "ㅣ") needs no spaces ("見出し｜日刊ゲンダイDIGITAL").
_SEPARATORS = re.compile(rf"\s+[{SITE_MARKS}]+\s+|\s*[ㅣ｜]\s*")
#: "Headline | Site | by Jane Doe": a byline stuck to the title.
_BY_PART = re.compile(r"\s+[|\-–—·]\s+(?:by|von|par|por|di)\s+[^|]{0,60}$", re.I)
#: "헤드라인-정치": a one-word section after a hyphen without spaces, in CJK titles.
_CJK_SECTION = re.compile(r"(?<=[\u3000-\u9fff\uac00-\ud7af.…!?'\"”’])-[\u3131-\u318e\uac00-\ud7af\u4e00-\u9fff]{1,6}$")
_BRACKETED = re.compile(r"[\[(]([^\])]+)[\])]$")
_PUNCT = re.compile(r"\W")


def strip_site_affixes(title: str | None, names: set[str] | frozenset[str] = frozenset(), host: str | None = None) -> str | None:
    """Drop a " | Site" part (or a " | Part [Site]" part) from either end of ``title``.

    ``names`` are the site's names, case-folded (``og:site_name``, the brand its home link
    prints, a site class's name); ``host`` adds its first label ("nytimes" from
    www.nytimes.com) as a name. A title that is nothing but the site's name is kept.
    """
    if not title:
        return None
    title = " ".join(title.split())
    title = _BY_PART.sub("", title) or title
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    folded = {name.casefold() for name in names if name}
    brand = _PUNCT.sub("", (host or "").casefold().removeprefix("www.").split(".")[0])

    def is_site(part: str) -> bool:
        key = part.casefold().strip()
        # Hosts spell "Süddeutsche" as "sueddeutsche", "Le Café" as "lecafe".
        compact = _PUNCT.sub("", unaccented(key))
        bracketed = _BRACKETED.search(key)
        return (key in folded or (bracketed is not None and bracketed.group(1).strip() in folded)
                or (len(brand) > 2 and (compact.removeprefix("the") == brand or compact.startswith(brand))))

    if is_site(parts[-1]):
        head = title[: title.rfind(parts[-1])].rstrip(_MARK_CHARS) or title
        return _CJK_SECTION.sub("", head) or head
    if is_site(parts[0]):
        return title[len(parts[0]):].lstrip(_MARK_CHARS) or title
    return title


#: Quotation marks: a kicker never holds one ("«Zitat - mit Strich»" is all headline).
_QUOTES = "«»\"„“"


def without_kicker(head: str | None, separator: str | None = None, *, declared: str | None = None,
                   max_words: int = 10) -> str | None:
    """The headline of a head that prints a kicker before it, or None when ``head`` has no
    such kicker.

    With ``declared`` (the headline the page declares), the end of the head that is the
    declared headline ("US-Dream-Team wird immer besser Deutscher Aggressor beeindruckt" ->
    "Deutscher Aggressor beeindruckt"); with ``separator``, the part after the first one
    ("Eskalation im Nahen Osten - «Die israelische Zurückhaltung»"), when the part before it
    is a kicker: at most ``max_words`` words and no quotation marks.
    """
    if not head:
        return None
    if declared is not None:
        if declared and fold(head).endswith(fold(declared)):
            return collapse(head)[-len(collapse(declared)):]
        return None
    if separator is None:
        return None
    kicker, sep, rest = head.partition(separator)
    if not sep or not rest.strip() or len(kicker.split()) > max_words or any(q in kicker for q in _QUOTES):
        return None
    return rest.strip()


def slug(text: str) -> str:
    """The URL spelling of a text: "Die Schweiz ist ein großer ..." -> "die-schweiz-ist-ein-grosser-..."."""
    return re.sub(r"[^a-z0-9]+", "-", unaccented(text)).strip("-")


def url_slug(url: str | None) -> str | None:
    """The words of an article URL's last segment: ".../die-schweiz-ist-...-spione-19655247.html"
    -> "die-schweiz-ist-...-spione"; None when it spells no words."""
    last = urlsplit(url or "").path.rstrip("/").rsplit("/", 1)[-1]
    match = re.match(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+){2,}?)(?:-\d{6,})?(?:\.html?)?$", last)
    return match.group("slug") if match else None
