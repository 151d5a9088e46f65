"""People as pages credit them: byline prefixes in many languages, names split and repaired,
persons told from organisations.

One vocabulary for every path: the dump model's byline feature, the generic field finders, the
HTML author reader and the site classes' byline rules all read it from here.
"""

from __future__ import annotations

import re

from .dates import parse_date
from .vocab import DATE_HINT

_I = re.I

#: Words that open a byline, by language: "By", "Written by", "Von", "Par", "Por", "Di", "Door",
#: "Av" (Swedish, Norwegian), "Af" (Danish), "Oleh" (Indonesian). Labels such as "Text" or
#: "Autor" count only with a colon after them ("Text: Jane Doe"): alone they start sentences.
_BARE = r"(?:written|writing|words|reported|reporting|story)\s+by|by|von|par|por|di|door|av|af|oleh"
_COLON = r"text|texte|author|autor|autorin|autora|reporter|redakteur|redakteurin|yazan"
#: A label naming both genders ("Autorin/Autor", "Autor*in") is a label even without a colon:
#: no sentence starts with it.
_BOTH_GENDERS = r"autorin\s*/\s*autor|autor\s*/\s*autorin|autor\*in|autor:in|redakteurin\s*/\s*redakteur"
#: A person's name as Latin-script bylines print it, a regular expression: two to four
#: capitalised words, particles allowed between them ("Mary-Jo O’Neil", "Ursula von der Leyen").
PERSON_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|del|der|le|la)){1,3}"
#: Names joined by commas, "and" or "&": "Ann Lee, Bo Park and Cy Doe".
PERSON_NAMES = rf"{PERSON_NAME}(?:(?:,| and| &|, and) {PERSON_NAME})*"
#: A byline's prefix alone, with its optional colon and the space after it.
BYLINE_PREFIX = re.compile(rf"^\s*(?:(?:{_BARE}|{_BOTH_GENDERS})\b\s*[:：]?|(?:{_COLON})\s*[:：])\s*(?=\S)", _I)
#: A byline's prefix printed alone on its line, the names on the lines below ("Von", "By",
#: "Kommentar von", "Author of the article:").
BYLINE_PREFIX_ALONE = re.compile(
    r"^(?:(?:ein|eine)\s+)?(?:(?:kommentar|kolumne|analyse|essay|gastbeitrag|interview|column|analysis|opinion)\s+)?"
    rf"(?:{_BARE}|{_BOTH_GENDERS}|{_COLON}|author of the article)\s*[:：]?$", _I)
#: A label printed before the author's name in a list of facts ("<b>Autorin/Autor</b> Jane
#: Doe", "<dt>Author:</dt>"): the label words, one or several joined by "/", alone.
AUTHOR_LABEL = re.compile(
    rf"^\s*(?:{_COLON}|auteur|autore|autori|forfatter|författare|skribent|authors?|autoren|"
    rf"written by)(?:\s*/\s*(?:{_COLON}|auteur|autore|autori|autoren|authors?))*\s*[:：]?\s*$", _I)
#: "By Jane Doe", "Von Max Muster", "Written by ...": a whole line that is a byline.
BYLINE = re.compile(rf"^(?:(?:{_BARE})\b|(?:{_COLON})\s*[:：])\s*(?P<names>[^\d|:]{{3,100}})$", _I)
#: The lower-cased first words a :data:`BYLINE` line can start with (a cheap test first).
BYLINE_FIRST_WORDS = frozenset(
    "by von par por di oleh written writing words reported reporting story text texte author autor autorin autora "
    "reporter redakteur redakteurin door av af yazan".split()
)
#: "Jane Doe - Nov 19, 2019" / "Jane Doe | October 9, 2018": a name before a date.
NAME_DATE = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})\s*[-–—|,·•]\s*(?P<rest>.*\d.*)$"
)

#: The word for "and" between names, by language (en, de, fr, es, it/pt, no/da, sv, pl/ca/hr,
#: nl, fi, hu, tr, ro, cs/sk, ru, uk, el). Lower case only: "E." and "I." are initials
#: ("John E. Smith"), so a name printed in capitals is split with the upper-case forms too.
_AND = "and und et y e og och i en ja és ve și şi a и і та και".split()
_JOIN = "|".join(_AND)


def name_splitters(marks: str = ",;&", *, dash: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns that split a credit line into names: at the punctuation ``marks`` (with an "and"
    after them: "A, B, and C"), at a spaced dash with ``dash``, or at an "and" alone; the second
    pattern also knows the upper-case forms, for a line printed in capitals."""
    separator = rf"\s*[{re.escape(marks)}]\s*(?:(?:{_JOIN})(?:\s+|$))?|\s+(?:{_JOIN})(?:\s+|$)"
    if dash:
        separator += r"|\s[-–—]\s"
    return re.compile(separator), re.compile(separator, _I)


_SPLIT, _SPLIT_CAPS = name_splitters()
_EMAIL = re.compile(r"\S+@\S+")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")

#: Words that make a credit an organisation or a placeholder rather than a person.
_ORGANISATION = re.compile(
    r"\b(?:staff|team|desk|editors?|editorial|newsroom|news|press|media|agency|agencies|wire|"
    r"service|services|inc|ltd|llc|gmbh|corp|corporation|company|group|network|magazine|"
    r"journal|times|post|daily|tribune|herald|gazette|online|official|admin|administrator|"
    r"webmaster|contributors?|organi[sz]ation|foundation|institute|association|society|"
    r"university|council|committee|redaktion|rédaction|redacción|redação|guest|anonymous|unknown|"
    # The same in the languages of the pages cleanwire meets: newsrooms, papers, agencies.
    r"zeitung|nachrichten|rundschau|kurier|anzeiger|tageblatt|zeitschrift|presse|agentur|rundfunk|"
    r"redazione|redakcja|redaksjonen|redaksjon|redactie|redacción|rédaction|agence|agencia|agenzia|ajans[ıi]|"
    r"gazeta|gazete|gazzetta|dagblad|noticias|notizie|nieuws|wiadomo[śs]ci|haberler|"
    r"tv|radio|broadcasting|"
    # Social networks and contact links printed in author boxes.
    r"twitter|facebook|instagram|linkedin|youtube|tiktok|whatsapp|telegram|pinterest|threads|bluesky|"
    r"mastodon|e-?mail)\b"
    r"|\.(?:com|org|net|co|de|fr|uk)\b|https?:|www\.|@|[가-힣]+일보$|新聞$|新闻$",
    _I,
)
#: News agencies, as they sign stories ("Von dpa", "(AFP)"): an organisation, never a person.
AGENCIES = frozenset("""
ap afp dpa reuters sda apa anp efe ansa pap ntb tt ritzau stt epd kna sid belga lusa ctk tasr mti
yonhap kyodo jiji xinhua aa iha dha ians pti ani upi bloomberg keystone-sda europa-press
dts aap pa čtk interfax tass ukrinform bernama antara kathpress newsis news1 cna anadolu
""".split()) | frozenset(
    # As bylines print them in full (case-folded).
    name.casefold() for name in (
        "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur", "Anadolu Ajansı", "Anadolu Agency",
        "Europa Press", "Agencia EFE", "PA Media", "Press Association", "Keystone-SDA",
    )
)
#: "신현주 기자", "山田太郎記者": the role printed after a name in Korean, Japanese and Chinese.
_CJK_ROLE = re.compile(r"\s*(?:기자|특파원|선임기자|논설위원|객원기자|記者|记者|特派員|编辑|編集委員)\s*$")
#: A word of three or more consonants alone ("MDR", "SRF", "NDR"): an acronym, not a name.
_ACRONYM = re.compile(r"^[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{3,}$")
#: Words a noisy dump line holds when it is not a name ("Staff Reporter", "Share", "5 min read").
_NOT_A_NAME = frozenset(
    "staff reporter editor editors correspondent contributor news desk team admin the updated published "
    "posted share comments read minutes min photo video".split()
)
_PARTICLES = frozenset("de van von da di le la del bin der den ten ter dos das du".split())
_LETTERS = re.compile(r"[^\W\d_]")


def strip_byline_prefix(text: str) -> str:
    """ "By Jane Doe" -> "Jane Doe"; text without a byline prefix is returned stripped."""
    return BYLINE_PREFIX.sub("", text.strip())


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into names, dropping e-mail addresses and bracketed notes."""
    text = _BRACKETS.sub("", _EMAIL.sub("", text))
    text = strip_byline_prefix(text)
    splitter = _SPLIT_CAPS if text.isupper() else _SPLIT
    return [part.strip(" .,-") for part in splitter.split(text) if part and part.strip(" .,-")]


def fix_case(name: str, *, romanised: bool = False) -> str:
    """Title-case a name printed in capitals; leave mixed-case names as the page wrote them.

    With ``romanised=True`` the part after a hyphen stays lower case, as in romanised Korean
    given names ("SEO JI-EUN" -> "Seo Ji-eun").
    """
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        pieces = word.lower().split("-")
        if romanised:
            pieces = [pieces[0].capitalize()] + pieces[1:]
        else:
            pieces = [piece.capitalize() for piece in pieces]
        word = "-".join(pieces)
        # McDonald, O'Brien: capitalise after an apostrophe too.
        word = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), word)
        words.append(word)
    return " ".join(words)


def names_from_byline(text: str, *, romanised: bool = False) -> tuple[str, ...]:
    """All names in a byline line, capitalised, each once."""
    seen: dict[str, None] = {}
    for name in split_names(text):
        seen.setdefault(fix_case(name, romanised=romanised), None)
    return tuple(seen)


def is_organisation(name: str) -> bool:
    """True when the credit names an organisation or a placeholder ("Reuters Staff", "Newsroom",
    "dpa", "Stuttgarter Zeitung")."""
    return bool(_ORGANISATION.search(name)) or name.strip(" .()").casefold() in AGENCIES


def is_person(name: str, *, strict: bool = False, site_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A plausible personal name: one to five words of letters, no organisation words.

    ``strict`` is for names read off a noisy text line: every word must be capitalised (or a
    particle such as "van"), and no date or page word ("Share", "Updated") may be in it.
    ``site_words`` are the site's own name parts (from its host), never a person.
    """
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if not _LETTERS.search(name) or is_organisation(name) or any(_ACRONYM.match(w) for w in words):
        return False
    if len(words) == 1 and name.isascii() and len(name) < 3:
        return False
    # "von", "by", "redaktion": a byline's prefix or a word printed alone is no name; names in
    # scripts with case are capitalised.
    if name.casefold() in BYLINE_FIRST_WORDS or name.casefold() in _PARTICLES:
        return False
    if strict:
        if parse_date(name) is not None or DATE_HINT.search(name):
            return False
        if {w.lower().strip(".,") for w in words} & _NOT_A_NAME:
            return False
        squashed = name.lower().replace(" ", "")
        if any(site in squashed for site in site_words):
            return False
        if not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
            return False
    return True


_TRAILING_ROLE = re.compile(r"\s*[,|–—-]\s*(?:(?:senior|chief|staff|special|contributing|political|"
                            r"foreign|associate|deputy|managing)\s+)*(?:writer|reporter|editor|"
                            r"correspondent|columnist|contributor|producer).*$", re.I)
_DATE_TAIL = re.compile(r"\s*(?:[|,–—-]|\bon\b|\bupdated\b|\bpublished\b)\s*(?:\w+\s+)?\d.*$", re.I)
#: Where the writer was: "Gopal Sharma in Kathmandu", "Anna Weber aus Berlin", "Jean Martin à Paris",
#: "Jan Kowalski w Warszawie" (no "da": "Lula da Silva" is a name).
PLACE_AFTER = re.compile(r"(?<=\w)\s+(?:in|aus|à|em|w)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?$")
#: "Ann Lee (with Bo Park)": the names in brackets are co-authors, not a note.
_WITH = re.compile(r"\s*\(\s*(?:with|avec|mit|con|com|and|et|und|y|e)\s+([^)]*)\)", re.I)
#: "Written by A / Edited by B", "Reporting by A; Editing by B": only the writer is the author.
OTHER_ROLE = re.compile(r"\s*\b(?:edited|editing|(?:with\s+)?additional\s+reporting|with\s+reporting|photos?|photographs?|photography|illustrations?|illustrated|"
                         r"translated|graphics|video|images?|fact-checked|reviewed)\s+by\b.*$", re.I)
#: A date printed after the name with no separator ("By Ann Lee March 11, 2015").
_DATE_AFTER = re.compile(
    r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}).*$",
    re.I,
)
#: A date printed before the byline's "by" ("Tuesday 15 October 2019 by Ann Lee", "Posted on
#: 2019-10-15 at 09:11 by Ann Lee"): cut up to the names.
_DATE_BEFORE_BY = re.compile(r"^[^|]{0,60}?\d[^|]{0,40}?\s(?:by|von|par|por)\s+(?=[A-ZÀ-Þ])")
#: "Mac & i", "AT&T": an ampersand next to a one- or two-letter word joins a brand, not names.
_BRAND_AMP = re.compile(r"(?:^|\s)\w{1,2}\s*&|&\s*\w{1,2}(?:\s|$)")


def person_names(text: str | None) -> list[str]:
    """The people named in a byline or author field ("By A and B" -> ["A", "B"])."""
    if not text:
        return []
    text = " ".join(text.split())
    if text.startswith("(") and text.endswith(")") and BYLINE_PREFIX.match(text[1:]):
        text = text[1:-1]  # "(Reporting by A and B.)"; "(Image: Getty)" is a note
    text = BYLINE_PREFIX.sub("", _DATE_BEFORE_BY.sub("", text))
    text = _WITH.sub(r", \1", OTHER_ROLE.sub("", text))
    text = _TRAILING_ROLE.sub("", _DATE_AFTER.sub("", _DATE_TAIL.sub("", text)))
    if _BRAND_AMP.search(text):
        return []
    out = []
    for name in split_names(text):
        name = PLACE_AFTER.sub("", _CJK_ROLE.sub("", BYLINE_PREFIX.sub("", name)).strip(" .,:;|"))
        if is_person(name):
            out.append(fix_case(name))
    return out


def organisation_credit(text: str | None) -> str | None:
    """The organisation a byline or author field credits ("By Associated Press" ->
    "Associated Press", "dpa"), or None when it names a person or nothing telling."""
    if not text:
        return None
    text = " ".join(text.split())
    raw_is_organisation = is_organisation(text) and not _ORGANISATION_NOT_CREDIT.search(text)
    text = _TRAILING_ROLE.sub("", _DATE_AFTER.sub("", _DATE_TAIL.sub("", BYLINE_PREFIX.sub("", text))))
    text = WITH_MATERIAL.sub("", text)  # "Euronews with Agencies": the newsroom is the credit
    text = _STAFF_SUFFIX.sub("", _BRACKETS.sub("", _FROM_DIGIT.sub("", text))).strip(" .,:;|/-")
    if not text or len(text) > 60 or len(text.split()) > 6 or not _LETTERS.search(text):
        return None
    if _ORGANISATION_NOT_CREDIT.search(text):
        return None
    return text if is_organisation(text) or raw_is_organisation else None


#: "mit AP", "with agencies": material that helped, not an author.
WITH_MATERIAL = re.compile(
    r"\s+(?:mit|with|avec|con|com|med)\s+(?:material\s+(?:von|der|from)\s+)?(?:agencies|agenturen|agences|agencias|"
    r"agenzie|[A-Za-zÀ-ÿ.-]{1,25}(?:\s*(?:,|und|and|et|y|e|/)\s*[A-Za-zÀ-ÿ.-]{1,25})*)\s*$",
    _I,
)
#: A time or date after the credit ("Associated Press 12:20pm Jan 7"): cut from there.
_FROM_DIGIT = re.compile(r"\s+\d.*$")
#: "Valley News Staff", "Politics Desk": the newsroom is the credit, the suffix says nothing.
_STAFF_SUFFIX = re.compile(r"\s+(?:staff|team|desk|newsroom|reporters?|writers?)$", _I)

#: Organisation words that are no credit: placeholders and contact links.
_ORGANISATION_NOT_CREDIT = re.compile(
    r"\b(?:admin|administrator|webmaster|guest|anonymous|unknown|twitter|facebook|instagram|linkedin|"
    r"youtube|tiktok|whatsapp|telegram|pinterest|e-?mail)\b|https?:|www\.|@|^(?:staff|team|editors?)$",
    _I,
)


def is_placeholder(text: str) -> bool:
    """True for a credit that names nobody: "admin", "Guest", a contact link."""
    return bool(_ORGANISATION_NOT_CREDIT.search(text))


def inverted(text: str) -> str:
    """ "Jong, Michiel de" -> "Michiel de Jong": the "Surname, Given names" form of
    bibliographic fields (``dc.creator``, ``citation_author``); other text is returned as is."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2 and all(1 <= len(p.split()) <= 3 for p in parts) and not re.search(r"\band\b|&", text):
        return f"{parts[1]} {parts[0]}"
    return text



def unique(names: list[str]) -> list[str]:
    """Each name once (case-insensitively), first spelling kept, in order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
