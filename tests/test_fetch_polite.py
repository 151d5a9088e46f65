"""Politeness: robots.txt per host, Crawl-delay, per-host delays while hosts run concurrently."""

from __future__ import annotations

import pytest
from fetch_site import STORY, Site, article_html, page, redirect

from cleanwire import Fetcher, FetchError, FetchOptions, FetchResult, RobotsDisallowedError
from cleanwire.fetching.throttle import HostThrottle

HTML = article_html("Harbour bridge to be rebuilt", STORY).encode()


def fetcher(**options) -> Fetcher:
    defaults = {"delay": 0, "allow_private": True, "backoff_base": 0.01, "backoff_max": 0.05, "read_timeout": 2}
    return Fetcher(FetchOptions(**{**defaults, **options}), throttle=HostThrottle())


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


@pytest.fixture
def other_site():
    server = Site()
    yield server
    server.close()


def robots(text: str):
    return page(text.encode(), "text/plain")


def test_robots_disallowed_path_is_not_fetched(site):
    site.routes["/robots.txt"] = robots("User-agent: *\nDisallow: /private/\n")
    site.routes["/private/story"] = page(HTML)
    site.routes["/public/story"] = page(HTML)
    client = fetcher()
    with pytest.raises(RobotsDisallowedError) as info:
        client.fetch(site.url("/private/story"))
    assert "robots.txt" in info.value.reason and info.value.url == site.url("/private/story")
    assert site.hits("/private/story") == []
    assert client.fetch(site.url("/public/story")).status == 200
    assert len(site.hits("/robots.txt")) == 1  # cached per host


def test_robots_group_for_cleanwire_applies(site):
    site.routes["/robots.txt"] = robots("User-agent: cleanwire\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    site.routes["/story"] = page(HTML)
    with pytest.raises(RobotsDisallowedError):
        fetcher().fetch(site.url("/story"))
    assert site.hits("/story") == []


def test_unreachable_robots_disallows_the_host(site):
    site.routes["/robots.txt"] = page(b"broken", status=503)
    site.routes["/story"] = page(HTML)
    with pytest.raises(RobotsDisallowedError) as info:
        fetcher().fetch(site.url("/story"))
    assert "unreachable" in info.value.reason
    assert site.hits("/story") == []
    assert fetcher(respect_robots=False).fetch(site.url("/story")).status == 200


def test_redirect_into_a_disallowed_path_is_stopped(site):
    site.routes["/robots.txt"] = robots("User-agent: *\nDisallow: /members/\n")
    site.routes["/go"] = redirect("/members/story")
    site.routes["/members/story"] = page(HTML)
    with pytest.raises(RobotsDisallowedError) as info:
        fetcher().fetch(site.url("/go"))
    assert "redirected to" in info.value.reason
    assert site.hits("/members/story") == []


def test_crawl_delay_larger_than_the_delay_is_honoured(site):
    site.routes["/robots.txt"] = robots("User-agent: *\nCrawl-delay: 1\n")
    site.routes["/one"] = page(HTML)
    site.routes["/two"] = page(HTML)
    client = fetcher(delay=0)
    client.fetch(site.url("/one"))
    client.fetch(site.url("/two"))
    one, two = site.hits("/one")[0], site.hits("/two")[0]
    assert two.at - one.at >= 1.0


def _gaps(hits):
    times = sorted(hit.at for hit in hits)
    return [b - a for a, b in zip(times, times[1:])]


def test_two_hosts_run_concurrently_while_each_keeps_its_delay(site, other_site):
    delay = 0.3
    paths = [f"/story/{n}" for n in range(4)]
    for server in (site, other_site):
        for path in paths:
            server.routes[path] = page(HTML)
    urls = [server.url(path) for path in paths for server in (site, other_site)]
    results = dict(fetcher(delay=delay).fetch_many(urls, concurrency=2))
    assert set(results) == set(urls)
    assert all(isinstance(result, FetchResult) for result in results.values())
    for server in (site, other_site):
        hits = server.hits()
        assert len(hits) == 5  # robots.txt and four pages, each once
        assert all(gap >= delay for gap in _gaps(hits))
    a_times = [hit.at for hit in site.hits()]
    b_times = [hit.at for hit in other_site.hits()]
    assert any(min(a_times) < t < max(a_times) for t in b_times)  # the hosts overlapped in time
    assert any(min(b_times) < t < max(b_times) for t in a_times)


def test_one_host_is_never_fetched_in_parallel(site):
    for n in range(3):
        site.routes[f"/s{n}"] = page(HTML)
    client = fetcher(delay=0.2)
    results = list(client.fetch_many([site.url(f"/s{n}") for n in range(3)], concurrency=3))
    assert len(results) == 3
    assert all(gap >= 0.2 for gap in _gaps(site.hits()))


def test_fetch_many_reports_failures_as_values(site):
    site.routes["/ok"] = page(HTML)
    results = dict(fetcher().fetch_many([site.url("/ok"), site.url("/gone"), "not a url"]))
    assert isinstance(results[site.url("/ok")], FetchResult)
    assert isinstance(results[site.url("/gone")], FetchError) and results[site.url("/gone")].status == 404
    assert isinstance(results["not a url"], FetchError)


def test_threads_sharing_a_throttle_keep_the_delay(site):
    site.routes["/a"] = page(HTML)
    site.routes["/b"] = page(HTML)
    throttle = HostThrottle()
    first = Fetcher(FetchOptions(delay=0.2, allow_private=True), throttle=throttle)
    second = Fetcher(FetchOptions(delay=0.2, allow_private=True), throttle=throttle)
    first.fetch(site.url("/a"))
    second.fetch(site.url("/b"))
    assert all(gap >= 0.2 for gap in _gaps(site.hits()))


def test_a_dead_host_is_a_network_failure_not_a_robots_verdict():
    import socket

    with socket.socket() as sock:  # a port nobody listens on once the socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for client in (fetcher(retries=1), fetcher(retries=1, respect_robots=False)):
        with pytest.raises(FetchError) as info:
            client.fetch(f"http://127.0.0.1:{port}/story")
        assert type(info.value) is FetchError and "connection failed" in info.value.reason


def test_robots_503_is_retried_then_disallows(site):
    site.routes["/robots.txt"] = page(b"busy", status=503)
    with pytest.raises(RobotsDisallowedError):
        fetcher(retries=2).fetch(site.url("/story"))
    assert len(site.hits("/robots.txt")) == 3
