"""Hankook Ilbo (hankookilbo.com), Seoul.

Two layouts: the server-rendered pages of 2025, and (by January 2026) a Next.js application
whose HTML holds no article in its visible text: the article travels in the page's script
payload (``self.__next_f.push(...)``), which the 2026 version reads. A dump of such a page
holds nothing but the browser's chrome, and no article can be made from it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from weakref import WeakKeyDictionary

from lxml import html as lxml_html

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.dates import parse_date
from cleanwire.lexicon.normalise import collapse
from cleanwire.lexicon.vocab import HOME_WORDS
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Layout, Line, PullQuotes, Site, XPath
from cleanwire.sitekit.helpers import element_text, mark_captions_printed_twice, mark_sticky_title
from cleanwire.sitekit.passes import story

_TIME = r"\d{4}\.\d{2}\.\d{2} \d{1,2}:\d{2}"
#: "순천, 광양 구현모 기자 ninek@hankookilbo.com": places, the name(s) before 기자, the address.
_BYLINE = Line(r"(?:^|[\s,])(?P<names>[가-힣]{2,4}(?:·[가-힣]{2,4})*) 기자(?:\s+\S+@\S+)?$", max_words=12)
_ENLARGE = Line(r" 이미지 확대보기$")
_STICKY_BUTTONS = Line(r"^검색하기 알람 메뉴 열기$")
#: A quotation set in large type beside the story: the quote, then who said it.
_QUOTE = Line(r"^[\"“][^\"“”]{2,120}[\"”]\.?$")
_QUOTE_HTML = XPath("//div[contains(@class, 'module-quote')]")
_PAYLOAD = XPath("//script[contains(., 'self.__next_f.push')]")
#: The Next.js application's scripts (cheaper to find than the payload, for the anchor).
_NEXT_APP = XPath("//script[starts-with(@src, '/_next/')]")


class HankookIlbo(Site):
    name = "hankookilbo"
    site_name = "한국일보"
    hosts = ("hankookilbo.com",)
    signatures = (r"^세상을 보는 균형, 한국일보Copyright ⓒ Hankookilbo", r"^새로워진 한국일보 로그인/회원가입$",
                  r"^제보자의 신분은 한국일보 보도 준칙에 따라")
    timezone = "Asia/Seoul"
    lang = "ko"

    passes = ("drop", "sticky", "headline", "breadcrumb", "byline", "dateline", "updated", "story", "tail", "quotes",
              "links", "photo", "captions", "trailing", "body")

    drop = (
        Line(r"^(?:입력|좋아요|\d+면|\d+|\d+ 댓글달기 \d+|\d+ \d+)$"),
        _QUOTE_HTML,
        XPath("//ul[contains(@class, 'share-list')]", "//div[contains(@class, 'toast-popup')]"),
    )
    # A dump prints the article's section under the logo, over the menu (whose first item the
    # HTML shows there; the HTML's section is its metadata's).
    breadcrumb = Breadcrumb(first=Line(r"^한국일보$"), item=Line(r"^\S+$"), max_items=1,
                            root=HOME_WORDS | {"한국일보"})
    byline = (Byline(_BYLINE, where="end"),)
    # "입력" (published) over its time; "수정" (updated) over another.
    dateline = (Dateline(Line(rf"^(?P<date>{_TIME})$")),)
    end = (Line(r"^공유$"),)
    # A quotation set beside the story (HTML: dropped), in quotation marks on a line of its own,
    # with who said it on the next line (a name and a title, no sentence).
    pull_quotes = PullQuotes(quote=_QUOTE, sentence=False, max_words=120,
                             speaker=Line(r"(?<![.다\"”])$", max_words=8))
    tail = (Line(r"^이 기사와 관련된 기사$"), Line(r"^세상을 보는 균형, 한국일보"))

    class V2025(Layout):
        """The server-rendered pages (they print no tags; the metadata's keywords are made up
        of the text's words)."""

        valid_until = date(2025, 12, 31)
        unprinted = frozenset({"tags"})
        container = XPath("//div[contains(@class, 'end-body')]//div[contains(@class, 'col-main')]")

    class V2026(V2025):
        """The Next.js pages: the article is in the script payload."""

        valid_until = None
        anchors = (_NEXT_APP,)

        def pass_story(self, ctx: Context) -> None:
            # The visible page holds no story when the payload does: do not look for one.
            if not _detail(ctx):
                story(ctx, self)

        def title(self, ctx: Context) -> str | None:
            detail = _detail(ctx)
            return collapse(detail.get("title")) or None if detail else super().title(ctx)

        def authors(self, ctx: Context) -> tuple[str, ...] | None:
            detail = _detail(ctx)
            if not detail:
                return super().authors(ctx)
            names = [b.get("writerName") for b in detail.get("byLines") or () if isinstance(b, dict)]
            return tuple(n for n in names if isinstance(n, str) and n) or None

        def published(self, ctx: Context) -> datetime | None:
            detail = _detail(ctx)
            if not detail or not isinstance(detail.get("deployDt"), str):
                return super().published(ctx)
            return parse_date(detail["deployDt"], ctx.tz)

        def section(self, ctx: Context) -> tuple[str, ...] | None:
            detail = _detail(ctx)
            if not detail:
                return super().section(ctx)
            names = (detail.get("sectionName"), detail.get("subSectionName"))
            return tuple(s for s in names if isinstance(s, str) and s)

        def tags(self, ctx: Context) -> tuple[str, ...] | None:
            detail = _detail(ctx)
            if not detail:
                return super().tags(ctx)
            return tuple(t["tag"] for t in detail.get("tags") or () if isinstance(t, dict) and t.get("tag")) or None

        def body(self, ctx: Context) -> tuple[str, ...] | None:
            detail = _detail(ctx)
            if not detail:
                return super().body(ctx)
            ctx.notes.append("title, authors, published, section, tags, body: the page's script payload "
                             "(self.__next_f: its visible text holds no article)")
            return _story(detail)[0]

        def captions(self, ctx: Context) -> tuple[str, ...] | None:
            detail = _detail(ctx)
            return _story(detail)[1] if detail else super().captions(ctx)

    # -- passes of the site's own ---------------------------------------------------------

    def pass_sticky(self, ctx: Context) -> None:
        mark_sticky_title(ctx, _STICKY_BUTTONS, f"{self.rule_name}.sticky")

    def pass_updated(self, ctx: Context) -> None:
        """"수정" (updated) and its time, under the published time."""
        for i in range(len(ctx) - 1):
            if ctx.texts[i] == "수정" and ctx.free(i):
                for k in (i, i + 1):
                    ctx.mark(k, Label.METADATA, Why.DATELINE, "updated", f"{self.rule_name}.updated")

    def pass_photo(self, ctx: Context) -> None:
        """Dumps: a photo's caption, once with the "이미지 확대보기" (enlarge) button's text and
        once without."""
        mark_captions_printed_twice(ctx, _ENLARGE, f"{self.rule_name}.photo", keep_suffix=False)

    # -- fields ---------------------------------------------------------------------------

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return ctx.found.section if ctx.page is None else None

    def authors(self, ctx: Context) -> tuple[str, ...] | None:
        # "구현모·신현주 기자": names joined by a middle dot.
        found = ctx.found.authors
        return tuple(n for name in found for n in name.split("·") if n) if found else None


#: The article record of each page being read (the field methods all ask for it).
_DETAILS: WeakKeyDictionary[Context, dict[str, Any] | None] = WeakKeyDictionary()


def _detail(ctx: Context) -> dict[str, Any] | None:
    """The article record of a Next.js page's script payload, with its HTML as "contentHtml"."""
    if ctx.page is None:
        return None
    if ctx not in _DETAILS:
        scripts = [el.text or "" for el in _PAYLOAD.elements(ctx.page.root)]
        _DETAILS[ctx] = _detail_of(scripts) if scripts else None
    return _DETAILS[ctx]


def _detail_of(scripts: list[str]) -> dict[str, Any] | None:
    rows = _flight_rows("".join(_pushed(script) for script in scripts))
    for value in rows.values():
        if '"detail":{' not in value:
            continue
        try:
            found = _find(json.loads(value), "detail")
        except ValueError:
            continue
        if isinstance(found, dict):
            content = found.get("contentHtml")
            if isinstance(content, str) and content.startswith("$"):  # a reference to a text row
                found = {**found, "contentHtml": rows.get(content[1:], "")}
            return found
    return None


def _pushed(script: str) -> str:
    """The strings a script hands to ``self.__next_f.push([1, "..."])``."""
    out = []
    for part in script.split("self.__next_f.push(")[1:]:
        end = part.rfind(")")
        try:
            value = json.loads(part[:end])
        except ValueError:
            continue
        if isinstance(value, list) and len(value) > 1 and isinstance(value[1], str):
            out.append(value[1])
    return "".join(out)


def _flight_rows(stream: str) -> dict[str, str]:
    """The rows of a React flight stream: ``id:value`` lines, where a text row ``id:T<hex>,``
    holds that many bytes of text, newlines and all."""
    data = stream.encode("utf-8")
    rows: dict[str, str] = {}
    i = 0
    while i < len(data):
        colon = data.find(b":", i)
        if colon < 0:
            break
        key = data[i:colon].decode("utf-8", "replace")
        if data[colon + 1:colon + 2] == b"T" and (comma := data.find(b",", colon)) > 0:
            try:
                size = int(data[colon + 2:comma], 16)
            except ValueError:
                size = 0
            rows[key] = data[comma + 1:comma + 1 + size].decode("utf-8", "replace")
            i = comma + 1 + size
            continue
        newline = data.find(b"\n", colon)
        newline = len(data) if newline < 0 else newline
        rows[key] = data[colon + 1:newline].decode("utf-8", "replace")
        i = newline + 1
    return rows


def _find(value: Any, key: str) -> Any:
    """The first value under ``key`` anywhere in a JSON structure."""
    if isinstance(value, dict):
        if key in value:
            return value[key]
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _find(item, key)
            if found is not None:
                return found
    return None


def _story(detail: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The paragraphs (the sub-headlines first) and the captions of the article record."""
    raw_subtitle = detail.get("subTitle")
    subtitle = raw_subtitle if isinstance(raw_subtitle, str) else ""
    paragraphs = [collapse(element_text(lxml_html.fromstring(f"<p>{part}</p>"))) for part in subtitle.split("<br>")
                  if part.strip()]
    captions: list[str] = []
    content = detail.get("contentHtml") or ""
    if content.strip():
        root = lxml_html.fromstring(f"<div>{content.replace('$$ARTICLEAD$$', '')}</div>")
        for el in root.iter("p", "h2", "h3", "h4"):
            text = collapse(element_text(el))
            parent = el.getparent()
            classes = (parent.get("class") or "") if parent is not None else ""
            if not text:
                continue
            if "caption" in classes:
                captions.append(text)
            elif "writer" not in classes:
                paragraphs.append(text)
    return tuple(p for p in paragraphs if p), tuple(captions)
