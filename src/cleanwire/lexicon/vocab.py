"""Words of page furniture in many languages: chrome, related-list headings, credits, legal lines.

No site names and no page text: only words any news site may print around a story. The dump
model's features, the HTML classifier and the site rules all read them from here.
"""

from __future__ import annotations

import re

_I = re.I

#: Words of buttons, widgets and footers (share, subscribe, cookie notice, comments, ...).
CHROME_WORDS = frozenset("""
share shares tweet facebook twitter whatsapp linkedin pinterest reddit instagram youtube email e-mail
print subscribe subscription signup signin login logout newsletter newsletters cookie cookies privacy
advertisement advertising advertise sponsored comment comments reply menu search sitemap rss copyright
teilen anmelden abonnieren werbung anzeige datenschutz impressum kommentar kommentare reklama reklame annons
partager publicité abonnez connexion commentaire commentaires
compartir compartilhe compartilhar publicidad publicidade comentarios comentários suscríbete assine
condividi pubblicità commenti bagikan iklan komentar
поделиться реклама комментарии подписаться
""".split())
#: Words that address the reader ("you", "your", "vous", "dich", ...): appeals, newsletter boxes,
#: disclaimers and comment rules speak to the reader; a news story rarely does outside quotes.
READER_WORDS = frozenset("""
you your yours yourself yourselves
dich dir dein deine deinen deinem deiner euch euer eure
vous votre vos
usted ustedes tus vuestro vuestra
voi vostro vostra vostri
você vocês
jij jouw uw
dig din ditt dina
twój twoja twoje państwo
váš vaše vám
siz sizin
вы вас ваш ваша вам
""".split())
#: German, formal: "Sie", "Ihnen", "Ihr" capitalised after a lower-case word (mid-sentence).
READER_FORMAL = re.compile(r"(?<=[a-zäöüß,] )(?:Sie|Ihnen|Ihre?[mnrs]?)\b")
#: Two-word phrases of the same kind, as lower-cased word pairs.
CHROME_PAIRS = frozenset(
    tuple(pair.split()) for pair in (
        "sign up", "sign in", "log in", "log out", "read more", "continue reading", "follow us",
        "rights reserved", "click here", "the app", "our app", "skip to", "contact us", "about us",
        "terms of", "of use", "of service", "all rights",
    )
)


def chrome_words(lowered: list[str], text: str) -> bool:
    """True when a line's lower-cased words hold button, widget or footer words."""
    if "©" in text:
        return True
    for i, word in enumerate(lowered):
        if word in CHROME_WORDS:
            return True
        if i and (lowered[i - 1], word) in CHROME_PAIRS:
            return True
    return False


#: Legal and footer text, which can be long and read like prose.
LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|\ball rights reserved\b|\btrademarks?\b|\bterms (?:of|and) (?:use|service|conditions)\b|"
    r"\bprivacy (?:policy|notice|statement)\b|\bcookies?\b|\bdisclaimer\b|\baffiliate\b|"
    r"\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos\b|\btodos os direitos\b",
    _I,
)

#: Lower-case pieces of which every LEGAL match holds one: a cheap test before the expression.
_LEGAL_KEYS = ("©", "(c)", "rights", "trademark", "terms", "privacy", "cookie", "disclaimer", "affiliate",
               "rechte", "droits", "derechos", "direitos")
#: Characters IGNORECASE matches to an ASCII letter that str.lower() leaves unlike it (İ, ı, ſ).
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def may_match(text: str, keys: tuple[str, ...]) -> bool:
    """False when ``text`` cannot match a case-blind pattern each of whose matches holds one of
    the lower-case ``keys``: a cheap test before the expression (which costs tens of
    microseconds on a long line). str.lower() folds case as IGNORECASE does, but for _CASE_ODD."""
    # The loops run in C (any over map); ASCII text (isascii() reads a flag) holds no odd character.
    if any(map(text.lower().__contains__, keys)):
        return True
    return not text.isascii() and any(map(text.__contains__, _CASE_ODD))


def is_legal(text: str) -> bool:
    """``LEGAL.search(text)``, after a cheap test that most lines fail."""
    return may_match(text, _LEGAL_KEYS) and LEGAL.search(text) is not None


#: A line of a page's legal footer, never a caption: rights reserved, imprint, terms.
LEGAL_LINE = re.compile(
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos\b|"
    r"\btodos os direitos\b|\btutti i diritti\b|\bwszelkie prawa\b|\balle rettigheter\b|\btüm hakları\b|"
    r"^(?:impressum|imprint|mentions légales|aviso legal|note legali|datenschutz(?:erklärung)?|privacy policy|"
    r"terms of (?:use|service)|kontakt|contact(?: us)?)$|무단\s*전재|無断転載|版权所有",
    _I,
)

#: Headings of related-link lists, in the languages cleanwire meets most.
RELATED_HEADING = re.compile(
    r"^(?:related(?: (?:stories|articles|content|news|posts|coverage|links|reading|topics))?"
    r"(?: (?:from|on|about|in) [^.!?]{1,60})?|"
    r"more (?:in|from|on|about|stories|news|articles|headlines)\b.{0,40}|more stories|"
    r"read (?:more|next|also)|also read|see also|what to read next|up next|"
    r"you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|"
    r"(?:the )?most (?:popular|read|viewed|shared|commented|recent)(?: (?:stories|articles|now|news))?|"
    r"trending(?: (?:now|stories|news|articles|topics))?|popular(?: (?:now|stories|posts|articles))?|"
    r"recommended(?: (?:for you|stories|reading|articles|videos))?|top (?:stories|news|headlines)|"
    r"latest(?: (?:news|stories|articles|headlines|posts))?|don'?t miss|editor'?s? picks?|"
    r"recent posts|(?:in )?other news|further reading|around the web|"
    r"mehr zum thema|das könnte (?:sie|dich) auch interessieren|meistgelesene?|weitere artikel|lesen sie auch|"
    r"auch interessant|"
    r"à lire aussi|a lire aussi|les plus lus|sur le même sujet|lire aussi|vous aimerez aussi|à voir aussi|"
    r"más leídas|noticias relacionadas|(?:también )?te puede interesar|lea también|"
    r"leia também|leia mais|mais lidas|notícias relacionadas|veja também|você (?:também )?pode gostar|"
    r"leggi anche|i più letti|articoli correlati|(?:ti )?potrebbe (?:interessarti|interessare)|"
    r"lees ook|gerelateerde artikelen|(?:czytaj|zobacz|przeczytaj) (?:też|także)|polecamy|"
    r"les også|se også|læs også|läs också|läs även|mest lest|mest lästa|"
    r"ilginizi çekebilir|benzer haberler|ilgili haberler|čtěte také|související články|"
    r"baca juga|berita terkait|terpopuler|"
    r"читайте также|похожие статьи|популярное)\s*(?:[:»>›]|\.\.\.|…)?$",
    _I,
)

#: The lower-cased first words a :data:`RELATED_HEADING` line can start with (a cheap test first).
RELATED_FIRST_WORDS = frozenset("""
related more read also see what up you the most trending popular recommended top latest don dont editor
editors recent in other further around mehr das meistgelesen meistgelesene à a les sur lire más noticias te
lea leia mais notícias veja leggi i articoli baca berita terpopuler читайте похожие популярное
auch vous también você ti potrebbe lees gerelateerde czytaj zobacz przeczytaj polecamy se læs läs mest
ilginizi benzer ilgili čtěte související
""".split())

# Photo credits, one alternative each (is_credit tries each only where its cheap test holds).
_CREDIT_BRACKETED = r"\[[A-Z][A-Za-z .&/-]{1,40}\]$"
_CREDIT_PHOTO_BRACKET = r"\((?:photo|image|picture|foto|bild|credit)s?\b[^)]{0,80}\)"
# An agency closes the line ("... REUTERS/Kim Hong-Ji", "(AP Photo/Evan Vucci, File)"); one named
# inside a sentence ("... on the EPA cycle.", "Reuters reported.") is no credit.
_CREDIT_AGENCY = (
    r"\b(?:getty images|shutterstock|istock(?:photo)?|alamy|afp|reuters|ap photo|associated press|"
    r"epa|dpa|picture alliance|imago)(?:\s*(?:via|for|/|-)\s*[\w .,'’&-]{0,40})?[)\]]?\s*$"
)
_CREDIT_LEADING = r"^(?:photo|image|picture|foto|bild|credit|photograph)s?(?: credit)?\s*[:©]"
# A credit label closes the line: "... Foto: Alexander Daleiden", "... Bildrechte: MDR/Ann Lee",
# "... © AP/dpa | Richard Drew", "... (AP)".
_CREDIT_LABEL = (
    r"\b(?:foto|fotos|photo|photos|bild|bilder|image|images|credit|credits|bildrechte|quelle|kuva|zdjęcie|fot)\s*:"
    r"\s*[^.!?:]{2,60}$"
)
_CREDIT_SIGN = r"©\s*[^.!?]{2,60}$"
_CREDIT_AGENCY_BRACKET = r"\((?:ap|afp|reuters|dpa|epa|aap|pa|getty(?: images)?|imago|keystone)\)\s*$"
#: Photo credits and caption markers.
CAPTION_CREDIT = re.compile(
    "|".join((_CREDIT_BRACKETED, _CREDIT_PHOTO_BRACKET, _CREDIT_AGENCY, _CREDIT_LEADING, _CREDIT_LABEL, _CREDIT_SIGN,
              _CREDIT_AGENCY_BRACKET)),
    _I,
)
#: Lower-case agency names of CAPTION_CREDIT (see :func:`is_credit`).
_AGENCY_KEYS = (
    "getty images", "shutterstock", "istock", "alamy", "afp", "reuters", "ap photo", "associated press", "epa", "dpa",
    "picture alliance", "imago",
)
# Lower-case pieces of which every _CREDIT_LABEL match holds one.
_LABEL_KEYS = ("fot", "photo", "bild", "image", "credit", "quelle", "kuva", "zdjęcie")
# The alternatives apart. Searched one by one, those that open with "[", "(" or "©" let the scan
# jump to that character; the others, tried at every position of the line, run only on lines
# holding what each needs (a label word and a colon, an agency's name).
_CREDIT_PARTS = tuple(re.compile(part, _I) for part in (
    _CREDIT_LEADING, _CREDIT_BRACKETED, f"{_CREDIT_PHOTO_BRACKET}|{_CREDIT_AGENCY_BRACKET}", _CREDIT_SIGN, _CREDIT_LABEL,
    _CREDIT_AGENCY,
))


def is_credit(text: str) -> bool:
    """``CAPTION_CREDIT.search(text) is not None``, alternative by alternative (a line matches the
    alternation when it matches one of them), each after a cheap test of what it needs (the
    whole expression costs ~70 microseconds a line)."""
    leading, bracketed, in_brackets, sign, label, agency = _CREDIT_PARTS
    return (
        leading.match(text) is not None
        or ("[" in text and bracketed.search(text) is not None)
        or ("(" in text and in_brackets.search(text) is not None)
        or ("©" in text and sign.search(text) is not None)
        or (":" in text and may_match(text, _LABEL_KEYS) and label.search(text) is not None)
        or (may_match(text, _AGENCY_KEYS) and agency.search(text) is not None)
    )


#: A caption's own label or its photo button: "Legende: ...", "Image caption ...", "... Vergrößern
#: des Bildes", "... 이미지 확대보기" (credits are :data:`CAPTION_CREDIT`).
CAPTION_MARK = re.compile(
    r"^(?:legende|image caption|caption|bildunterschrift|légende|pie de foto|didascalia|bildtekst|bildtext|"
    r"billedtekst|podpis)\s*:?\s+\S|"
    r"(?:vergrößern des bildes|bild vergrößern|bildbeschreibung einblenden|enlarge (?:this )?image|agrandir l'image|ampliar imagen|"
    r"이미지 확대보기|画像を拡大)\s*$",
    _I,
)
#: Lower-case pieces of which every CAPTION_MARK match holds one (see :func:`may_match`).
CAPTION_MARK_KEYS = (
    "legende", "caption", "bildunterschrift", "légende", "pie de foto", "didascalia", "bildtekst", "bildtext",
    "billedtekst", "podpis", "vergrößern", "bildbeschreibung", "enlarge", "agrandir", "ampliar", "이미지", "画像",
)
#: A picture's own kind, in brackets, marks a caption: "Die Fähre im Hafen (Archivbild): ...",
#: "... (file photo)". Every match holds a "(" (a cheap test before the expression).
PICTURE_KIND = re.compile(
    r"\((?:symbolbild|archivbild|symbolfoto|archivfoto|file photo|archive photo|photo d'archive|foto de archivo|"
    r"imagen de archivo|foto d'archivio)\)",
    _I,
)

#: The head of a comment in a thread: "Jane on May 3, 2019 at 4:47 pm said:" (needs a digit too).
COMMENT_HEADER = re.compile(
    r"^.{2,100}?\b(?:said|says|wrote|writes|dice|disse|sagt|schrieb|a écrit|a dit|scrive|menulis|пишет)\s*:$", _I
)

#: Something that looks like a date: month names (several languages) or numeric dates.
DATE_HINT = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}[年년]|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|gennaio|"
    r"febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maret|mei|"
    r"agustus|desember)[a-z]*\.?\s+\d|\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}",
    _I,
)

#: Prefixes of a dateline: "Published", "Updated", "Posted on", "publiziert am", ...
DATELINE_PREFIX = re.compile(
    r"^(?:published|updated|posted|last updated|last modified|modified|date|son güncelleme|zuletzt aktualisiert|"
    r"dernière mise à jour|última actualización|ultimo aggiornamento|publiziert|veröffentlicht|aktualisiert|"
    r"stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|diterbitkan|"
    r"опубликовано|datum|erschienen|zuerst veröffentlicht|publication|fecha|data|publisert|oppdatert|publicerad|"
    r"uppdaterad|offentliggjort|opdateret|opublikowano|aktualizacja|publikacja|zveřejněno|aktualizováno|"
    r"yayınlanma|güncelleme|yayın tarihi|입력|수정|更新|公開|配信)\b",
    _I,
)

_WORDS = re.compile(r"[\w'-]+")


def is_chrome(text: str) -> bool:
    """:func:`chrome_words` for a line not yet split into words."""
    return chrome_words(_WORDS.findall(text[:300].lower()), text)


# Cheap tests run first (see features.text_columns): the regular expressions above are slow on
# long lines, and a line that names none of these words cannot match them (LEGAL also needs a
# "©" or "(c)"; CAPTION_CREDIT also takes a closing "[Agency]").
LEGAL_WORDS = frozenset(
    "rights trademark trademarks terms privacy cookie cookies disclaimer affiliate affiliates rechte droits "
    "derechos direitos".split()
)
CREDIT_WORDS = frozenset(
    "getty shutterstock istock istockphoto alamy afp reuters ap associated epa dpa picture pictures imago photo "
    "photos photograph photographs photography photographer image images foto fotos bild bilder credit credits "
    "bildrechte quelle kuva zdjęcie fot aap pa keystone".split()
)

#: A line that opens with a credit: "© Reuters", "Photo: AP", "(Image credit: NASA)".
CREDIT_PREFIX = re.compile(r"^(?:©|\(?(?:photo|image|picture|foto|bild)(?: credit)?\s*:|\((?:photo|image) credit)", _I)

#: The first item of breadcrumbs and home links, never a section or a site name.
HOME_WORDS = frozenset("home homepage start startseite accueil inicio início".split())

#: A teaser inside a story: a "read more" label, a colon, then another article's headline
#: ("Read more: ...", "Lesen Sie auch: ...", "Lire aussi : ..."). Never the story itself.
INSERT = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related|more|lesen sie (?:auch|hier|mehr)|mehr zum thema|"
    r"auch interessant|weiterlesen|mehr dazu|lire aussi|à lire aussi|a lire aussi|lea también|leer más|lee también|"
    r"leia também|leia mais|leggi anche|czytaj (?:też|także|więcej)|les også|les mer|läs också|läs mer|læs også|"
    r"devamını oku|ilgili haber(?:ler)?|baca juga|watch|video|listen|podcast)\s*[:：»>|]\s*\S",
    _I,
)
#: Words of an appeal to sign up inside or under a story ("Subscribe to our newsletter", "Der
#: Newsletter informiert Sie ...", "Click here to read ...", "Abonniere den Kanal", "Testen Sie
#: zwei Wochen ...", "Bitte aktivieren Sie JavaScript"): no story text.
APPEAL_WORDS = frozenset(
    "newsletter newsletters subscribe signup abonnieren abonniere abonnez abonnez-vous suscríbete suscribirse "
    "iscriviti assine inscreva javascript".split()
)
#: Word pairs of such appeals (lower-cased).
APPEAL_PAIRS = frozenset(
    tuple(pair.split()) for pair in (
        "sign up", "follow us", "click here", "our app", "kostenlos anmelden", "jetzt anmelden", "testen sie", "jetzt testen",
        "abo testen",
    )
)
#: The heading of a box about the author under a story: "About the author", "Über Jane Doe", "Sobre
#: Carlos Nadalim", "À propos de l'auteur". A person's name is two to four capitalised words (one word
#: names a company: a press release's "About Acme" is sometimes part of the release).
AUTHOR_BOX = re.compile(
    r"^(?i:about|über|sobre|à propos de|a propos de|acerca de|o autorze|om|informazioni su)\s+"
    r"(?:(?i:the author|l'auteur|el autor|o autor|l'autore|me)|[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){1,3})\s*:?$"
)
#: A button line on its own: "Read more", "Weiterlesen", "Czytaj więcej", "View all (23)", an image's file name.
BUTTON_LINE = re.compile(
    r"^(?:(?:read|see|show|view|load) (?:more|all|full story|full article)|continue reading|weiterlesen|mehr lesen|"
    r"more|mehr|mehr anzeigen|alle anzeigen|weitere videos|mehr videos|czytaj więcej|pokaż więcej|vis mer|les mer|läs mer|"
    r"læs mere|leer más|ver más|ver mais|leia mais|lire la suite|lire plus|voir plus|leggi (?:tutto|di più)|"
    r"devamını oku|zobrazit (?:vše|více)|číst dál)\s*(?:\(\d+\))?\s*[.…»>›:→]*$|^[\w.-]+\.(?:jpe?g|png|gif|webp)$",
    _I,
)
#: A line crediting the reporting, at a story's end ("Reporting by A; editing by B", "Associated
#: Press writers A and B contributed", "Mit Informationen der ARD", "Avec AFP"): no story text.
REPORTING_CREDIT = re.compile(
    r"^\(?(?:with )?(?:additional )?(?:reporting|editing|writing|compiled|produced|research|fact-?checking) by\b|"
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)|^(?:the )?associated press writers?\b|"
    r"^(?:mit material|mit informationen) (?:von|der|des)\b|^(?:avec|con) (?:l'|la )?(?:afp|reuters|ap|efe|ansa|dpa)\b",
    _I,
)
#: Words of an ad slot's label (a sentence may use them too: only short lines are labels).
AD_WORD = re.compile(r"\b(?:advertisement|anzeige|werbung|reklama|publicidad|publicité|pubblicità|annons|reklame)\b", _I)
#: Ad and consent placeholders inside a story ("Don't want to see this? Remove ads",
#: "Close advertising", "accept cookies to see this content").
PLACEHOLDER = re.compile(
    r"\b(?:remove ads|close advertising|advertisement|anzeige|werbung|reklama|publicidad|publicité|pubblicità|"
    r"annons|reklame)\b|\b(?:cookies?|consent|einwilligung|zustimmung|datenschutz)\b.{0,80}\b(?:content|inhalt|"
    r"video|anzeigen|show|see|load|laden|sehen|akzeptieren|accept)",
    _I,
)
#: Lower-case pieces of which every PLACEHOLDER match holds one (see :func:`may_match`).
PLACEHOLDER_KEYS = (
    "remove ads", "advertis", "anzeige", "werbung", "reklam", "publicid", "publicit", "pubblicit", "annons",
    "cookie", "consent", "einwilligung", "zustimmung", "datenschutz",
)
