"""Who a byline credits: the people, and the organisations (agencies, newsrooms) beside them.

A byline as pages print it carries more than names: a prefix ("Von", "Par", "Kolumne von"),
roles ("Redakteurin für Finanzen", "Parliamentary editor"), places ("Zürich"), dates and
reading times, buttons ("Follow"), agency material ("mit AP"), a name printed twice. This
module reads the credits out of such a line for every path; the prefixes, the person test
and the name splitting come from :mod:`.people`.

Authors are who the page credits, people first: :func:`credits` returns the people and, in
the same line, the news agencies credited beside them ("Von A und B, dpa"); when no person
is credited, the organisation is (see :func:`organisation`). The agencies are
:data:`.people.AGENCIES`.
"""

from __future__ import annotations

import re

from .people import (
    AGENCIES,
    BYLINE_FIRST_WORDS,
    BYLINE_PREFIX,
    OTHER_ROLE,
    PLACE_AFTER,
    WITH_MATERIAL,
    fix_case,
    is_person,
    name_splitters,
)
from .normalise import unaccented
from .vocab import DATELINE_PREFIX, may_match

_I = re.I

#: Words of a credited organisation that is no agency: "BR24 Redaktion", "BBC News", "Newsroom".
_ORGANISATION_WORDS = frozenset(
    "redaktion rédaction redacción redação redazione redakcja redaksjonen redaktionen newsroom news desk staff "
    "agentur agency agencies agence agencia ajansı".split()
)
#: Words that say what a person does; a byline's name ends before them.
_ROLES = frozenset("""
editor editors reporter reporters correspondent correspondents writer writers columnist contributor producer
journalist journalists photographer analyst author critic
redakteur redakteurin redakteure redaktionsleiter redaktionsleiterin wirtschaftsredakteur korrespondent
korrespondentin autor autorin journalistin volontär volontärin chefredakteur chefredakteurin ressortleiter
ressortleiterin reporterin
rédacteur rédactrice journaliste envoyé envoyée correspondant correspondante chroniqueur chroniqueuse
redactor redactora periodista corresponsal enviado enviada
giornalista inviato inviata corrispondente redattore redattrice
dziennikarz dziennikarka korespondent muhabir muhabiri editörü
journalisten reportern skribent
""".split())
#: Words that qualify a role ("Senior", "Parliamentary", "Travel News"): dropped with it.
_ROLE_QUALIFIERS = frozenset("""
senior chief staff special contributing political foreign associate deputy managing executive freelance
parliamentary lifestyle travel news sports sport business political politics health science tech technology
digital data investigative royal entertainment consumer economics finance money legal crime home city
leitender leitende stellvertretender stellvertretende freier freie
""".split())
#: A name's suffix that marks a reporter in Korean and Japanese bylines ("구현모 기자", "山田太郎記者").
_REPORTER_SUFFIX = re.compile(r"([\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,5})\s?(?:기자|특파원|記者|特派員)(?![\uac00-\ud7a3])")
#: Words that put a credit's genre before the byline prefix: "Kolumne von", "Ein Kommentar von".
_GENRE = re.compile(
    r"^(?:(?:ein|eine|un|une|una|uno)\s+)?(?:kommentar|kolumne|analyse|essay|gastbeitrag|gastkommentar|interview|"
    r"reportage|glosse|column|commentary|analysis|opinion|review|editorial|chronique|tribune|análisis|opinión|"
    r"crónica|tribuna|commento|analisi|rubrica|felieton|komentarz|yorum)\s+(?=(?:von|by|de|di|par|por|av|af)\b)",
    _I,
)
#: A reading time, a relative or printed date, or the rest of a dateline after the names.
_AFTER_NAMES = re.compile(
    r"\s*(?:[|•·,–—-]\s*)?(?:\b(?:published|updated|posted|aktualisiert|veröffentlicht|publié|publicado|"
    r"actualizado|pubblicato|publisert|publicerad|uppdaterad)\b|\d{1,2}\s*(?:hours?|hrs?|minutes?|mins?|days?|"
    r"stunden?|minuten?|tagen?)\b|\d{1,2}[./]\s?\d{1,2}[./]|\d{1,4}[.:]\d{2}\b|"
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\.?\s+[A-Za-zäéû]{3,9}\.?\s+\d{4})).*$",
    _I,
)
# Every match of _AFTER_NAMES holds a digit or one of these words.
_AFTER_NAMES_KEYS = (
    "published", "updated", "posted", "aktualisiert", "veröffentlicht", "publié", "publicado", "actualizado",
    "pubblicato", "publisert", "publicerad", "uppdaterad",
)
_DIGIT = re.compile(r"\d")
#: Buttons printed next to a name: "Follow", "quick links", "E-Mail".
_BUTTONS = re.compile(
    r"\s+(?:follow|folgen|seguir|suivre|segui|quick links|more|mehr|e-?mail|profile?|twitter|x)\s*$", _I
)
# Names are also split at "|", "/", "·", "•" and a spaced dash in credit lines.
_SEPARATORS, _SEPARATORS_CAPS = name_splitters(",;&|/·•", dash=True)
_EMAIL = re.compile(r"\S+@\S+")

#: An image's file name printed as its alt text ("juliane rohr.jpg"), often before a byline.
_IMAGE_FILE = re.compile(r"(?:[a-z0-9_-]+\s)*\S+\.(?:jpe?g|png|gif|webp|svg)\b", _I)
# Lower-case pieces every match of a pattern holds (see vocab.may_match): the patterns are tried
# at every position of a line (tens of microseconds each), the pieces are found in C.
_IMAGE_KEYS = (".jp", ".png", ".gif", ".webp", ".svg")
_EAST_ASIAN_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,5}")
_GLUED_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_agency(text: str) -> bool:
    """True for a news agency's name as bylines print it ("dpa", "Associated Press")."""
    return _folded(text).strip(" .,;:()") in AGENCIES


def organisation(text: str) -> str | None:
    """The organisation a short credit names ("BR24 Redaktion", "dpa"), else None."""
    text = " ".join(text.split()).strip(" .,;:")
    if not text or len(text) > 50 or len(text.split()) > 4:
        return None
    if is_agency(text):
        return text
    words = {word.casefold() for word in re.findall(r"[\w-]+", text)}
    return text if words & _ORGANISATION_WORDS and text[:1].isupper() else None


#: The lower-cased first words a byline line can open with: :data:`.people.BYLINE_FIRST_WORDS`
#: and the genre words and articles before them ("Kolumne von", "Ein Kommentar von").
OPENERS = BYLINE_FIRST_WORDS | frozenset(
    "ein eine un une una uno kommentar kolumne analyse essay gastbeitrag gastkommentar interview reportage glosse "
    "column commentary analysis opinion review editorial chronique tribune análisis opinión crónica tribuna commento "
    "analisi rubrica felieton komentarz yorum author autorin".split()
)


def is_role(text: str) -> bool:
    """True for a line that says what a writer does ("Corresponsal en Atenas", "News Reporter")."""
    return any(word.casefold().strip(".,:") in _ROLES for word in text.split())


def is_byline(text: str) -> bool:
    """True when a line opens with a byline prefix ("By", "Von", "Kolumne von"), once an image's
    file name printed before it is set aside."""
    return bool(BYLINE_PREFIX.match(_GENRE.sub("", _IMAGE_FILE.sub("", text).strip())))


def reporter_names(text: str) -> list[str]:
    """Names marked as a reporter's in Korean and Japanese text ("구현모 기자" -> "구현모")."""
    # The suffix first (free on text in other scripts): the pattern is run on every story line.
    if "기자" in text or "특파원" in text or "記者" in text or "特派員" in text:
        return list(dict.fromkeys(_REPORTER_SUFFIX.findall(text)))
    return []


def _name_words(part: str) -> str:
    """The name in a credit part: roles after it and a doubled name cut; "" for a phrase."""
    words = part.split()
    for i, word in enumerate(words):
        if word.casefold().strip(".,:") in _ROLES:
            words = words[:i]
            while len(words) > 2 and words[-1].casefold() in _ROLE_QUALIFIERS:
                words.pop()
            break
        if word[:1].islower() and word.casefold() not in _PARTICLES:
            return ""  # a phrase or a sentence ("Kriegstechnik bei den Kämpfen"), not a name
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


_PARTICLES = frozenset("de van von da di le la del bin der den ten ter dos das du y".split())


def _names_site(name: str, site_words: frozenset[str] | set[str]) -> bool:
    """True when ``name``, without accents and spaces, holds a part of the site's name."""
    squashed = unaccented(name).replace(" ", "")
    return any(site and site in squashed for site in site_words)


def credits(text: str, site_words: frozenset[str] | set[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(people, organisations) a byline line credits.

    ``site_words`` are parts of the site's name (from its host): a name made of them is the
    site, not a person. An organisation after a byline prefix ("By Euronews with Agencies")
    is credited even when it is the site: the page prints it as the byline.
    """
    # Each pattern runs only on a line holding a piece all its matches hold (the same result,
    # for a fraction of the work).
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if may_match(text, _IMAGE_KEYS):
        text = _IMAGE_FILE.sub(" ", text)
    text = _GENRE.sub("", " ".join(text.split()))
    prefixed = bool(BYLINE_PREFIX.match(text))
    if may_match(text, ("by",)):
        text = OTHER_ROLE.sub("", text)
    text = BYLINE_PREFIX.sub("", text)
    if _DIGIT.search(text) or may_match(text, _AFTER_NAMES_KEYS):
        text = _AFTER_NAMES.sub("", text)
    text = WITH_MATERIAL.sub("", text)
    text = _BUTTONS.sub("", text)
    people: list[str] = []
    organisations: list[str] = []
    for raw in (_SEPARATORS_CAPS if text.isupper() else _SEPARATORS).split(text):
        part = PLACE_AFTER.sub("", BYLINE_PREFIX.sub("", raw.strip(" .,:;()[]-–—0123456789")))
        if not part:
            continue
        if is_agency(part):
            organisations.append(part)
            continue
        glued = [piece for piece in _GLUED_CAPITAL.split(part) if is_agency(piece)]
        if glued:  # "Associated PressApril 28": an agency glued to the date after it
            organisations += glued
            continue
        if DATELINE_PREFIX.match(part):
            continue  # "Son Güncelleme", "Last updated": the dateline's words, not a name
        name = _name_words(part)
        if (len(name.split()) >= 2 or _EAST_ASIAN_NAME.fullmatch(name)) and is_person(name, strict=True) and not (
            site_words and _names_site(name, site_words)
        ):
            people.append(fix_case(name))
            continue
        # One word after a comma is a place ("Von Ann Lee, Zürich"), not a writer.
        found = organisation(part)
        if found:
            organisations.append(found)
    if prefixed and not people and not organisations:
        rest = text.strip(" .,:;")
        if 1 <= len(rest.split()) <= 3 and rest[:1].isupper() and not any(c.isdigit() for c in rest):
            organisations.append(rest)
    return list(dict.fromkeys(people)), list(dict.fromkeys(organisations))
