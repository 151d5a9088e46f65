"""Output formats of ``cleanwire clean``: plain functions ``format(article) -> str``.

Every writer returns the whole text of one output, ending in exactly one newline.
"""

from __future__ import annotations

from collections.abc import Callable

from ..article import Article


def to_json(article: Article) -> str:
    """The article as pretty-printed JSON (:meth:`Article.to_json`)."""
    return article.to_json() + "\n"


def to_jsonl(article: Article) -> str:
    """The article as one compact JSON object on one line."""
    return article.to_json(indent=None) + "\n"


def to_txt(article: Article) -> str:
    """The title, a blank line, then the body."""
    parts = [article.title, article.body] if article.title else [article.body]
    return "\n\n".join(parts) + "\n"


def to_md(article: Article) -> str:
    """Markdown: title heading, a metadata line, the body, captions and related links as lists."""
    parts: list[str] = []
    if article.title:
        parts.append(f"# {article.title}")
    meta = [
        article.site or "",
        "By " + ", ".join(article.authors) if article.authors else "",
        article.published.isoformat() if article.published else "",
    ]
    if any(meta):
        parts.append("*" + " · ".join(item for item in meta if item) + "*")
    parts.extend(article.paragraphs)
    if article.captions:
        parts.append("## Captions")
        parts.append("\n".join(f"- {caption}" for caption in article.captions))
    if article.related:
        parts.append("## Related")
        groups: dict[str | None, list[str]] = {}
        for link in article.related:
            item = f"- [{link.title}]({link.url})" if link.url else f"- {link.title}"
            groups.setdefault(link.group, []).append(item)
        for group, items in groups.items():
            if group:
                parts.append(f"### {group}")
            parts.append("\n".join(items))
    return "\n\n".join(parts) + "\n"


#: Writers by format name, as ``--format`` accepts them.
WRITERS: dict[str, Callable[[Article], str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "txt": to_txt,
    "md": to_md,
}
