"""Parse the many ways pages print a publication time into timezone-aware datetimes.

When the text names no zone, the caller's ``tz`` is used (a site class knows its city); when
nobody knows the zone, UTC is assumed, so every datetime cleanwire returns is aware.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish / Portuguese / Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12, "gennaio": 1,
    "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Indonesian / Dutch
    "januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8,
    "desember": 12, "maart": 3, "augustus": 8,
    # Norwegian / Danish / Swedish (the rest as in German or Dutch)
    "maj": 5, "augusti": 8, "des": 12,
    # Polish (genitive, as dates print them, and nominative)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12, "styczeń": 1,
    "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8, "wrzesień": 9,
    "październik": 10, "listopad": 11, "grudzień": 12,
    # Czech (genitive)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Short forms (French, Spanish, Italian, Portuguese, Dutch, German) as dates print them
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "abr": 4, "ago": 8,
    "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "fev": 2, "set": 9, "out": 10,
    "mrt": 3, "mär": 3,
    # Danish, Catalan
    "marts": 3, "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "desembre": 12,
    # Finnish (as dates print them: "7. tammikuuta 2026")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Hungarian (the year first: "2024. május 3.") and its short forms
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "augusztus": 8, "szeptember": 9, "október": 10, "febr": 2, "márc": 3, "ápr": 4, "máj": 5,
    "jún": 6, "júl": 7, "szept": 9,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Slovak (genitive)
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
    "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Russian and Ukrainian (genitive)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "січня": 1, "лютого": 2, "березня": 3,
    "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10,
    "листопада": 11, "грудня": 12,
    # Greek (genitive)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
    "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
}
ZONE_ABBREVIATIONS = {
    "utc": "UTC", "gmt": "UTC", "z": "UTC",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "bst": "Europe/London", "cet": "Europe/Berlin", "cest": "Europe/Berlin",
    "mez": "Europe/Berlin", "mesz": "Europe/Berlin", "kst": "Asia/Seoul", "jst": "Asia/Tokyo",
    "ist": "Asia/Kolkata", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "wib": "Asia/Jakarta", "hkt": "Asia/Hong_Kong", "sgt": "Asia/Singapore",
}

_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_TIME = (
    r"(?:(?:,|\s+at|\s+um|\s+à|\s+-|\s+\|)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_ZONE = (
    r"(?:\s*\(?(?P<zone>(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5}(?![a-z]))\)?)?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_PATTERNS = [
    # Updated 3:45 PM ET, Tue November 19, 2019 / 0339 GMT (1139 HKT) November 19, 2019
    re.compile(
        # Without a colon ("0339 GMT") a zone or am/pm must follow, or any year would be a time.
        r"(?<![\d:])(?P<hour>\d{1,2})(?::(?P<minute>\d{2})|(?P<minute2>\d{2})(?=\s*(?:[ap]\.?m\b|(?-i:[A-Z]{2,4})\b)))"
        r"\s*(?P<ampm>[ap]\.?m\.?)?\s*"
        r"(?P<zone>(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5}(?![a-z]))?\s*(?:\([^)]{0,20}\))?,?\s+"
        + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I,
    ),
    # 2019-11-19T22:31:00-06:00, 2019-11-19 22:31, 2019/11/19, 2019.11.19
    re.compile(
        r"(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})\.?"
        r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
        r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s?[+-]\d{1,2}|[A-Z]{2,5}(?![a-z]))?"
    ),
    # 13 Aug. 2025, 14:41 / 25. September 2018 / 9 de outubro de 2018 / 3 d'abril de 2024
    re.compile(
        r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+|d['’])?" + _MONTH + r",?\s+(?:de\s+)?(?P<year>\d{4})"
        + _TIME + _ZONE, re.I,
    ),
    # 2024. május 3. 14:20 (Hungarian: the year first, each part closed by a full stop)
    re.compile(r"(?P<year>\d{4})\.\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\." + _TIME, re.I),
    # Nov 19, 2019, 10:31 pm CST / October 9, 2018 at 4:02 pm
    re.compile(
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME + _ZONE, re.I,
    ),
    # 2019年11月19日 10:31 / 2025년 5월 15일 20:00
    re.compile(
        r"(?P<year>\d{4})[年년]\s*(?P<mon>\d{1,2})[月월]\s*(?P<day>\d{1,2})[日일]"
        r"(?:\s*(?:\([^)]{1,3}\)\s*)?(?:午後|오후)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
    ),
    # 19.11.2019 10:31 / 19/11/2019 (day first: the common order outside the US)
    re.compile(
        r"(?<!\d)(?P<day>\d{1,2})[./](?P<mon>\d{1,2})[./](?P<year>\d{4})"
        r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
    ),
]


@lru_cache(maxsize=64)
def zone(name: str) -> tzinfo:
    """A tzinfo for an IANA name, falling back to UTC where the system has no tz database."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


#: 5/8/2014, 3/09/15 8:00am: whether the day or the month comes first depends on the country.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"
                      r"(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?)?", re.I)
_DIGIT = re.compile(r"\d")
#: Language tags of regions that print the month first.
_MONTH_FIRST = re.compile(r"^[a-z]{2,3}[-_](?:us|ph|fm|pw|mh)$", re.I)


def month_first(language: str | None) -> bool:
    """True for the regions that print 5/8/2014 as May 8 (``en-US``, ``en_PH``, ...)."""
    return bool(language and _MONTH_FIRST.match(language.strip()))


def ambiguous_order(text: str) -> bool:
    """True when ``text`` prints a slashed date either order reads ("05/04/2025")."""
    match = _SLASHED.search(text) if "/" in text else None
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return first <= 12 and second <= 12 and first != second


def page_month_first(texts: Iterable[str]) -> bool | None:
    """Whether a page prints its slashed dates month first, by the ones only one order reads:
    "04/25/2025" says month first, "25/04/2025" day first; None when they do not tell."""
    votes = 0
    for text in texts:
        if "/" not in text:
            continue
        for match in _SLASHED.finditer(text):
            first, second = int(match.group(1)), int(match.group(2))
            votes += (second > 12 >= first) - (first > 12 >= second)
    return None if votes == 0 else votes > 0


def parse_date(text: str, tz: str | tzinfo | None = None, *, month_first: bool = False) -> datetime | None:
    """The first date (with time and zone when printed) found in ``text``, or None.

    ``tz`` is the zone to assume when the text names none (an IANA name or tzinfo);
    ``month_first`` reads 5/8/2014 as May 8 (see :func:`month_first`), else as 5 August.
    """
    text = text[:2000]
    if not _DIGIT.search(text):  # every pattern needs a digit: most lines are done here
        return None
    found = _first_date(text, tz)
    slashed = _SLASHED.search(text) if "/" in text else None
    if slashed and (found is None or month_first or len(slashed.group(3)) == 2):
        return _slashed(slashed, tz, month_first) or found
    return found


def _first_date(text: str, tz: str | tzinfo | None) -> datetime | None:
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            value = _build(match.groupdict(), tz)
            if value is not None:
                return value
    return None


def _slashed(match: re.Match[str], tz: str | tzinfo | None, month_is_first: bool) -> datetime | None:
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    month, day = (first, second) if (month_is_first and first <= 12) or second > 12 else (second, first)
    year += 2000 if year < 70 else 1900 if year < 100 else 0
    hour, minute = int(match.group(4) or 0), int(match.group(5) or 0)
    ampm = (match.group(7) or "").lower()
    hour += 12 if ampm == "p" and hour < 12 else -12 if ampm == "a" and hour == 12 else 0
    return _first_date(f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}", tz)


def from_date(day: date, tz: str | tzinfo | None = None) -> datetime:
    """Midnight of ``day`` in ``tz`` (UTC when unknown)."""
    return datetime(day.year, day.month, day.day, tzinfo=_tzinfo(tz))


def _build(parts: dict[str, str | None], tz: str | tzinfo | None) -> datetime | None:
    month: int | None
    if parts.get("mon"):
        month = int(parts["mon"] or 0)
    else:
        month = MONTHS.get((parts.get("month") or "").lower().rstrip("."))
    if not month:
        return None
    try:
        year, day = int(parts["year"] or 0), int(parts["day"] or 0)
        hour = int(parts.get("hour") or 0)
        minute = int(parts.get("minute") or parts.get("minute2") or 0)
        second = int(parts.get("second") or 0)
        ampm = (parts.get("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not 1900 <= year <= 2100:
            return None
        naive = datetime(year, month, day, hour, minute, second)
    except (TypeError, ValueError):
        return None
    zone_info = _parse_zone(parts.get("zone")) or _tzinfo(tz)
    return naive.replace(tzinfo=zone_info)


def _parse_zone(text: str | None) -> tzinfo | None:
    if not text:
        return None
    text = text.strip()
    match = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?", text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        offset = timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0))
        if offset > timedelta(hours=14):
            return None
        return timezone(sign * offset)
    name = ZONE_ABBREVIATIONS.get(text.lower())
    return zone(name) if name else None


def _tzinfo(tz: str | tzinfo | None) -> tzinfo:
    if tz is None:
        return timezone.utc
    if isinstance(tz, str):
        return zone(tz)
    return tz
