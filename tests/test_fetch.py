"""cleanwire.fetch against a real local HTTP server: statuses, retries, timeouts, caps, types."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from fetch_site import STORY, Site, article_html, page, redirect, sequence

import cleanwire
from cleanwire import (
    Fetcher,
    FetchError,
    FetchOptions,
    FetchResult,
    FetchTimeoutError,
    HTTPStatusError,
    NotHTMLError,
    TooLargeError,
    TooManyRedirectsError,
)
from cleanwire.fetching.throttle import HostThrottle, parse_retry_after

FAST = FetchOptions(delay=0, allow_private=True, backoff_base=0.01, backoff_max=0.05, connect_timeout=2, read_timeout=2,
                    contact="tests@example.org")
HTML = article_html("Harbour bridge to be rebuilt", STORY).encode()


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def fetcher(**changes) -> Fetcher:
    options = FetchOptions(**{**FAST.__dict__, **changes})
    return Fetcher(options, throttle=HostThrottle())  # own throttle: tests do not wait on each other


def test_normal_page(site):
    site.routes["/news/story"] = page(HTML)
    result = fetcher().fetch(site.url("/news/story"))
    assert isinstance(result, FetchResult)
    assert (result.status, result.content, result.final_url) == (200, HTML, site.url("/news/story"))
    assert result.content_type == "text/html"
    assert result.declared_encoding == result.detected_encoding == "utf-8"
    assert result.headers["content-type"] == "text/html; charset=utf-8"
    assert result.fetched_at.tzinfo is not None and result.redirects == ()
    agent = site.hits("/news/story")[0].user_agent
    assert agent.startswith(f"cleanwire/{cleanwire.__version__}") and "tests@example.org" in agent
    assert site.hits("/robots.txt")[0].user_agent == agent  # robots.txt asked for with the same UA


def test_fetch_article_and_saved_metadata_round_trip(site):
    site.routes["/story"] = page(HTML)
    result = fetcher().fetch(site.url("/story"))
    article = result.to_article()
    assert article.title == "Harbour bridge to be rebuilt"
    assert "harbour bridge" in article.body and "Contact us" not in article.body
    assert article.url == site.url("/story")
    again = FetchResult.from_metadata(result.metadata(), result.content)
    assert again == result and again.to_article() == article


def test_module_level_fetch_article(site):
    site.routes["/story"] = page(HTML)
    article = cleanwire.fetch_article(site.url("/story"), options=FAST)
    assert article.title == "Harbour bridge to be rebuilt"


def test_404_is_not_retried(site):
    with pytest.raises(HTTPStatusError) as info:
        fetcher().fetch(site.url("/missing"))
    assert info.value.status == 404 and "404" in info.value.reason
    assert info.value.url == site.url("/missing")
    assert len(site.hits("/missing")) == 1


def test_500_500_then_200_is_retried(site):
    site.routes["/flaky"] = sequence(page(b"oops", status=500), page(b"oops", status=500), page(HTML))
    result = fetcher().fetch(site.url("/flaky"))
    assert result.status == 200 and result.content == HTML
    assert len(site.hits("/flaky")) == 3


def test_persistent_500_gives_up_after_the_retries(site):
    site.routes["/down"] = page(b"oops", status=503)
    with pytest.raises(HTTPStatusError) as info:
        fetcher(retries=2).fetch(site.url("/down"))
    assert info.value.status == 503 and "3 attempts" in info.value.reason
    assert len(site.hits("/down")) == 3


def test_429_waits_as_long_as_retry_after_says(site):
    site.routes["/busy"] = sequence(page(b"slow down", status=429, headers={"Retry-After": "1"}), page(HTML))
    result = fetcher().fetch(site.url("/busy"))
    assert result.status == 200
    first, second = site.hits("/busy")
    assert second.at - first.at >= 1.0


def test_retry_after_beyond_the_cap_is_not_waited_for(site):
    site.routes["/busy"] = page(b"come back tomorrow", status=429, headers={"Retry-After": "86400"})
    with pytest.raises(HTTPStatusError) as info:
        fetcher(retry_after_max=5).fetch(site.url("/busy"))
    assert info.value.status == 429 and "86400 s" in info.value.reason
    assert len(site.hits("/busy")) == 1


def test_parse_retry_after():
    now = datetime(2025, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None


def test_slow_response_times_out(site):
    release = threading.Event()

    def slow(handler):
        release.wait(5)
        page(HTML)(handler)

    site.routes["/slow"] = slow
    try:
        with pytest.raises(FetchTimeoutError) as info:
            fetcher(read_timeout=0.3).fetch(site.url("/slow"))
    finally:
        release.set()
    assert "0.3 s" in info.value.reason
    assert len(site.hits("/slow")) == 1  # a slow server is not asked again at once


def test_redirect_is_followed_and_recorded(site):
    site.routes["/old"] = redirect("/new", 301)
    site.routes["/new"] = page(HTML)
    result = fetcher().fetch(site.url("/old"))
    assert result.final_url == site.url("/new") and result.redirects == (site.url("/old"),)
    assert result.url == site.url("/old")


def test_redirect_loop_is_detected(site):
    site.routes["/a"] = redirect("/b")
    site.routes["/b"] = redirect(site.url("/a"))
    with pytest.raises(TooManyRedirectsError) as info:
        fetcher().fetch(site.url("/a"))
    assert "loop" in info.value.reason
    assert len(site.hits("/a")) == 1 and len(site.hits("/b")) == 1


def test_redirect_chain_over_the_cap(site):
    for n in range(6):
        site.routes[f"/r{n}"] = redirect(f"/r{n + 1}")
    with pytest.raises(TooManyRedirectsError) as info:
        fetcher(max_redirects=3).fetch(site.url("/r0"))
    assert "more than 3 redirects" in info.value.reason
    assert len(site.hits("/r4")) == 0


def test_redirect_to_another_scheme_is_refused(site):
    site.routes["/ftp"] = redirect("ftp://127.0.0.1/file")
    with pytest.raises(FetchError, match="not an http"):
        fetcher().fetch(site.url("/ftp"))


def _streamer(total: int, report: dict, done: threading.Event, length: bool):
    chunk = b"<p>" + b"x" * (65536 - 7) + b"</p>"

    def stream(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        if length:
            handler.send_header("Content-Length", str(total))
        handler.end_headers()
        written = 0
        report["broken"] = False
        try:
            while written < total:
                handler.wfile.write(chunk)
                written += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            report["broken"] = True
        report["written"] = written
        done.set()

    return stream


@pytest.mark.parametrize("length", [False, True], ids=["streamed", "with-content-length"])
def test_30_mb_body_stops_at_the_10_mb_cap(site, length):
    total, report, done = 30 * 1024 * 1024, {}, threading.Event()
    site.routes["/huge"] = _streamer(total, report, done, length)
    with pytest.raises(TooLargeError) as info:
        fetcher(max_bytes=10 * 1024 * 1024).fetch(site.url("/huge"))
    assert "cap" in info.value.reason
    assert done.wait(10)
    assert report["broken"] and report["written"] < total  # the client hung up before the end


def test_pdf_is_refused_unless_any_type_is_allowed(site):
    site.routes["/paper.pdf"] = page(b"%PDF-1.7 fake", "application/pdf")
    with pytest.raises(NotHTMLError) as info:
        fetcher().fetch(site.url("/paper.pdf"))
    assert "application/pdf" in info.value.reason
    assert fetcher(allowed_types=None).fetch(site.url("/paper.pdf")).content == b"%PDF-1.7 fake"


def test_unsupported_url_is_a_fetch_error():
    with pytest.raises(FetchError, match="not an http"):
        fetcher().fetch("file:///etc/passwd")


FRENCH = [
    "Le garçon de Zürich a commandé un café crème à la brasserie, puis il a lu le journal du matin "
    "avec une naïveté déconcertante.",
    "À la fin de la journée, l'équipe a célébré la réussite du projet dans un hôtel près du lac, "
    "où la fête a duré jusqu'à minuit.",
    "Les élèves ont présenté leurs résultats à la conférence régionale ; les journalistes ont noté "
    "une amélioration très nette des données.",
]
ACCENTED = ("garçon", "Zürich", "crème", "naïveté", "À la fin", "hôtel", "jusqu'à", "élèves")


@pytest.mark.parametrize(
    ("declared", "actual"), [("iso-8859-1", "utf-8"), ("utf-8", "cp1252")],
    ids=["declared-latin1-really-utf8", "declared-utf8-really-cp1252"],
)
def test_mislabelled_charset_still_reads_right(site, declared, actual):
    site.routes["/fr"] = page(article_html("Un café à Zürich", FRENCH).encode(actual),
                              f"text/html; charset={declared}")
    result = fetcher().fetch(site.url("/fr"))
    assert result.declared_encoding == declared
    article = result.to_article()
    for word in ACCENTED:
        assert word in article.body
    assert article.title == "Un café à Zürich"


def test_options_are_validated():
    with pytest.raises(ValueError):
        FetchOptions(delay=-1)
    with pytest.raises(ValueError):
        FetchOptions(max_bytes=0)
    assert FetchOptions(user_agent="mybot/2").agent == "mybot/2"


def test_results_are_hashable(site):
    site.routes["/story"] = page(HTML)
    result = fetcher().fetch(site.url("/story"))
    assert {result: 1}[result] == 1
