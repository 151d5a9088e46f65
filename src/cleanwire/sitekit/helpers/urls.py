"""What an article's URL says, the one place a dump shares with its page: the words of the
headline it spells and the departments its path names."""

from __future__ import annotations

from urllib.parse import urlsplit

from ...lexicon.titles import slug, url_slug
from ..context import Context

__all__ = ["printed_url_title", "section_from_url", "slug", "url_slug"]

def printed_url_title(ctx: Context) -> int | None:
    """The line the article's URL spells (sites whose URL is their declared title's slug)."""
    wanted = url_slug(ctx.doc.url)
    if not wanted:
        return None
    return next((i for i, text in enumerate(ctx.texts) if len(text) > 10 and slug(text) == wanted), None)


def section_from_url(ctx: Context, skip: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The departments the URL's path names (/wirtschaft/geld/<article>), each as the page
    prints it when a short line spells it, else capitalised; ``skip``: segments to leave out."""
    parts = [p for p in urlsplit(ctx.doc.url or "").path.split("/") if p][:-1]
    parts = [p for p in parts if p not in skip and not any(c.isdigit() for c in p)]
    if not parts:
        return None
    printed = {slug(text): text for text in ctx.texts if len(text) < 40}
    return tuple(printed.get(p, "-".join(w.capitalize() for w in p.split("-"))) for p in parts)
