"""The systems the benchmark compares: cleanwire, its peers, and the "whole input" floor.

Every system is a function ``(raw bytes, url, mode) -> body text``. In dump mode the HTML-only
peers get the dump wrapped as one ``<p>`` per non-empty line, html-escaped; in html mode every
system gets the page as fetched.
"""

from __future__ import annotations

import html
from collections.abc import Callable

System = Callable[[bytes, str, str], str]

#: jusText's stoplist for a page's language (the truth's ``lang`` where the corpus has one):
#: the peer gets the right list, which is generous to it.
_JUSTEXT_LISTS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pl": "Polish",
    "cs": "Czech", "sv": "Swedish", "no": "Norwegian_Bokmal", "tr": "Turkish", "ko": "Korean", "pt": "Portuguese",
}
LANGUAGE: dict[str, str] = {}  # url -> language code, filled by bench.py from the truth


def dump_as_html(raw: bytes) -> str:
    """A text dump as the simplest page: one html-escaped ``<p>`` per non-empty line."""
    lines = raw.decode("utf-8", "replace").splitlines()
    paragraphs = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in lines if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{paragraphs}\n</body></html>"


def _page(raw: bytes, mode: str) -> str:
    return dump_as_html(raw) if mode == "dump" else raw.decode("utf-8", "replace")


def run_cleanwire(raw: bytes, url: str, mode: str) -> str:
    """The generic path (site classes off), as on a site nobody wrote rules for."""
    import cleanwire

    return cleanwire.extract(raw, url=url, site="generic").body


def run_trafilatura(raw: bytes, url: str, mode: str) -> str:
    import trafilatura

    return trafilatura.extract(_page(raw, mode), url=url) or ""


def run_readability(raw: bytes, url: str, mode: str) -> str:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(_page(raw, mode), url=url).summary(html_partial=True)
    return _visible_text(lxml_html.fromstring(summary)) if summary.strip() else ""


def run_justext(raw: bytes, url: str, mode: str) -> str:
    import justext

    stoplist = _JUSTEXT_LISTS.get(LANGUAGE.get(url, "en"), "English")
    paragraphs = justext.justext(_page(raw, mode).encode("utf-8"), justext.get_stoplist(stoplist),
                                 encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_boilerpy3(raw: bytes, url: str, mode: str) -> str:
    from boilerpy3 import extractors

    return extractors.ArticleExtractor(raise_on_failure=False).get_content(_page(raw, mode)) or ""


def run_whole(raw: bytes, url: str, mode: str) -> str:
    """The floor: the dump unchanged, or all visible text of the page."""
    if mode == "dump":
        return raw.decode("utf-8", "replace")
    from lxml import html as lxml_html

    root = lxml_html.fromstring(raw)
    for element in root.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    return _visible_text(root)


def _visible_text(root) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


SYSTEMS: dict[str, System] = {
    "cleanwire": run_cleanwire,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "jusText": run_justext,
    "boilerpy3": run_boilerpy3,
    "whole input": run_whole,
}
