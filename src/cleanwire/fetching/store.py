"""Where ``cleanwire fetch`` keeps its files: stable safe names, atomic writes, resume checks.

Every URL gets a stem ``<host>/<slug>-<hash>`` below the output folder: the slug is the URL
path made filesystem-safe and cut short, the hash (12 hex digits of SHA-256 of the whole URL)
keeps two URLs from ever sharing a name. Beside it: ``.html`` (the bytes as fetched),
``.fetch.json`` (the fetch metadata) and the article (``.article.json``, ``.txt`` or ``.md``).
A URL is done once its ``.html`` and ``.fetch.json`` exist; files are written to a temporary
name in the same folder and renamed, so a killed run never leaves a half-written file.
:func:`sidecar_of` is the one place that knows which sidecar belongs to a saved page
(``cleanwire clean`` asks it when it re-cleans a fetch folder).
"""

from __future__ import annotations

import hashlib
import json
import re
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..article import Article
from ..cli.outputs import JSONL_NAME, is_temp_name, write_atomic
from ..cli.writers import WRITERS
from .result import FetchResult

FORMATS = tuple(WRITERS)
_ARTICLE_SUFFIX = {"json": ".article.json", "jsonl": ".article.json", "txt": ".txt", "md": ".md"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_PAGE_EXT = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cgi)$", re.I)
_SLUG_MAX = 80
_NETLOC_PORT = re.compile(r":([^:\]]*)$")
PAGE_SUFFIX = ".html"
SIDECAR_SUFFIX = ".fetch.json"


def stem_for(url: str) -> str:
    """The stable, safe relative name (without suffix) of a URL's files; any string works."""
    try:
        parts = urlsplit(url)
        netloc, path = parts.netloc, parts.path
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        netloc, _, path = url.split("://", 1)[-1].partition("/")
    address = netloc.rsplit("@", 1)[-1]  # never user:password
    port = _NETLOC_PORT.search(address)
    host = (address[: port.start()] if port else address).strip("[]").lower() or "unknown-host"
    if port and port.group(1):
        host += f"_{port.group(1)}"
    host = _UNSAFE.sub("_", host).strip("._-")[:100] or "unknown-host"
    path = _PAGE_EXT.sub("", path.strip("/"))
    slug = _UNSAFE.sub("_", path.replace("/", "_")).strip("._-")[:_SLUG_MAX].strip("._-") or "index"
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{host}/{slug}-{digest}"


@dataclass(frozen=True)
class Store:
    """The output folder of one ``cleanwire fetch`` run."""

    root: Path
    fmt: str = "json"

    def raw_path(self, url: str) -> Path:
        return self.root / (stem_for(url) + PAGE_SUFFIX)

    def meta_path(self, url: str) -> Path:
        return self.root / (stem_for(url) + SIDECAR_SUFFIX)

    def article_path(self, url: str) -> Path:
        return self.root / (stem_for(url) + _ARTICLE_SUFFIX[self.fmt])

    def is_fetched(self, url: str) -> bool:
        return self.raw_path(url).is_file() and self.meta_path(url).is_file()

    def has_article(self, url: str) -> bool:
        return self.article_path(url).is_file()

    def save_fetch(self, result: FetchResult) -> None:
        """The page first, then its sidecar: the sidecar's presence means both are complete."""
        from .. import __version__

        raw = self.raw_path(result.url)
        write_atomic(raw, result.content)
        meta = {**result.metadata(), "raw_file": raw.name,
                "sha256": hashlib.sha256(result.content).hexdigest(), "cleanwire": __version__}
        write_atomic(self.meta_path(result.url), _json_bytes(meta))

    def load_fetch(self, url: str) -> FetchResult:
        """A saved page as a FetchResult, to extract it again without fetching."""
        meta = json.loads(self.meta_path(url).read_text(encoding="utf-8"))
        return FetchResult.from_metadata(meta, self.raw_path(url).read_bytes())

    def save_article(self, url: str, article: Article) -> None:
        fmt = "json" if self.fmt == "jsonl" else self.fmt  # jsonl keeps one JSON per URL to resume
        write_atomic(self.article_path(url), WRITERS[fmt](article))

    def write_jsonl(self, urls: list[str]) -> int:
        """``articles.jsonl``: the saved articles of ``urls``, in order; returns how many."""
        lines = []
        for url in urls:
            if self.has_article(url):
                article = Article.from_json(self.article_path(url).read_text(encoding="utf-8"))
                lines.append(WRITERS["jsonl"](article))
        write_atomic(self.root / JSONL_NAME, "".join(lines).encode("utf-8"))
        return len(lines)

    def remove_leftovers(self) -> int:
        """Delete the temporary files a killed run left behind (only names cleanwire makes)."""
        removed = 0
        if self.root.is_dir():
            for tmp in self.root.rglob(".*.tmp"):
                if is_temp_name(tmp.name):
                    with suppress(OSError):
                        tmp.unlink()
                        removed += 1
        return removed


def sidecar_of(page: str) -> str | None:
    """The path of the ``.fetch.json`` saved beside ``page`` by ``cleanwire fetch``, if ``page``
    is named like a saved page (whether the sidecar exists is not checked)."""
    if not page.endswith(PAGE_SUFFIX):
        return None
    return page[: -len(PAGE_SUFFIX)] + SIDECAR_SUFFIX


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
