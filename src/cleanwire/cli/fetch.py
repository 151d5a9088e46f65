"""``cleanwire fetch URL... -o OUTDIR``: fetch pages politely, save them raw and clean, resumably."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from ..errors import CleanwireError, FetchError
from ..fetching import Fetcher, FetchOptions, FetchResult
from ..fetching.store import FORMATS, JSONL_NAME, Store
from .argtypes import non_negative_float, positive_float, positive_int
from .outputs import unwritable


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "fetch", help="fetch pages politely and save them raw and as clean articles (resumable)",
        description="Fetch URLs (robots.txt and per-host delays honoured), save each page as .html "
        "with a .fetch.json sidecar and its clean article. URLs already saved are skipped.",
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="pages to fetch")
    parser.add_argument("-i", "--input", action="append", default=[], metavar="FILE",
                        help="a file of URLs, one per line (# comments allowed; - for stdin)")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the saved files")
    parser.add_argument("--format", choices=FORMATS, default="json", help="article format (default: json)")
    parser.add_argument("--concurrency", type=positive_int, default=4, metavar="N",
                        help="hosts fetched at once (one request at a time per host; default 4)")
    parser.add_argument("--delay", type=non_negative_float, default=1.0, metavar="S",
                        help="seconds between two requests to one host (default 1; a larger "
                        "robots.txt Crawl-delay wins)")
    parser.add_argument("--contact", metavar="EMAIL_OR_URL", help="put in the User-Agent so sites can reach you")
    parser.add_argument("--timeout", type=positive_float, default=30.0, metavar="S",
                        help="read timeout: the longest wait for the next bytes (default 30)")
    parser.add_argument("--max-time", type=positive_float, default=120.0, metavar="S",
                        help="the longest one fetch may take in total, redirects included (default 120)")
    parser.add_argument("--max-mb", type=positive_float, default=10.0, metavar="MB",
                        help="size cap per page (default 10)")
    parser.add_argument("--allow-private", action="store_true",
                        help="allow loopback and private-network addresses (refused by default)")
    parser.add_argument("--force", action="store_true", help="fetch again URLs that are already saved")
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        urls = _read_urls(args.urls, args.input)
        options = FetchOptions(contact=args.contact, delay=args.delay, concurrency=args.concurrency,
                               read_timeout=args.timeout, max_time=args.max_time, allow_private=args.allow_private,
                               max_bytes=max(1, int(args.max_mb * 1024 * 1024)))
    except OSError as exc:
        print(f"cleanwire fetch: cannot read the URL list: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"cleanwire fetch: {exc}", file=sys.stderr)
        return 2
    if not urls:
        print("cleanwire fetch: no URLs given (pass them as arguments or with -i FILE)", file=sys.stderr)
        return 2
    problem = unwritable(Path(args.output))
    if problem:
        print(f"cleanwire fetch: {problem}", file=sys.stderr)
        return 1
    store = Store(Path(args.output), args.format)
    store.remove_leftovers()
    todo = [url for url in urls if args.force or not store.is_fetched(url)]
    pending = set(todo)
    progress = _Progress(len(urls), enabled=sys.stderr.isatty())
    failures: list[str] = []
    fetched = 0
    try:
        for url in urls:
            if url not in pending:  # saved by an earlier run: at most its article is missing
                _article_from_saved(store, url, failures)
                progress.step(failed=len(failures))
        with Fetcher(options) as fetcher:
            for url, outcome in fetcher.fetch_many(todo):
                if isinstance(outcome, FetchError):
                    failures.append(f"{url}: {outcome.reason}")
                elif _saved(store, url, outcome, failures):
                    fetched += 1
                    _save_article(store, url, outcome, failures)
                progress.step(failed=len(failures))
    finally:
        progress.close()
    written = None
    if args.format == "jsonl":
        try:
            written = store.write_jsonl(urls)
        except OSError as exc:
            failures.append(f"{store.root / JSONL_NAME}: cannot write it ({exc.strerror or exc})")
    for line in failures:
        print(f"failed: {line}", file=sys.stderr)
    extra = f"; {written} articles in {store.root / JSONL_NAME}" if written is not None else ""
    print(f"cleanwire fetch: {len(urls)} URLs: {fetched} fetched, {len(urls) - len(todo)} already saved, "
          f"{len(failures)} failed; output in {store.root}{extra}", file=sys.stderr)
    return 1 if failures else 0


def _article_from_saved(store: Store, url: str, failures: list[str]) -> None:
    if store.has_article(url):
        return
    try:
        result = store.load_fetch(url)
    except (OSError, ValueError, KeyError) as exc:
        failures.append(f"{url}: the saved page is unreadable ({exc}); fetch it again with --force")
        return
    _save_article(store, url, result, failures)


def _saved(store: Store, url: str, result: FetchResult, failures: list[str]) -> bool:
    try:
        store.save_fetch(result)
    except OSError as exc:
        failures.append(f"{url}: fetched, but cannot save it ({exc.strerror or exc})")
        return False
    return True


def _save_article(store: Store, url: str, result: FetchResult, failures: list[str]) -> None:
    try:
        store.save_article(url, result.to_article())
    except CleanwireError as exc:
        failures.append(f"{url}: fetched and saved, but no article ({exc})")
    except OSError as exc:
        failures.append(f"{url}: fetched and saved, but cannot write its article ({exc.strerror or exc})")


def _read_urls(urls: Iterable[str], files: Iterable[str]) -> list[str]:
    found = [url.strip() for url in urls]
    for name in files:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8", errors="surrogateescape")
        found += [line.strip() for line in text.splitlines()]
    return list(dict.fromkeys(url for url in found if url and not url.startswith("#")))


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, *, enabled: bool, width: int = 30) -> None:
        self.total, self.enabled, self.width, self.done = total, enabled, width, 0

    def step(self, *, failed: int) -> None:
        self.done += 1
        if self.enabled:
            filled = self.width * self.done // max(1, self.total)
            bar = "#" * filled + "-" * (self.width - filled)
            sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}  {failed} failed")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")
            sys.stderr.flush()
