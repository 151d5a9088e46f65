"""Deadlines that hold and addresses that are refused, against real local servers that misbehave."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
import warnings

import pytest
import requests
from fetch_site import STORY, Site, article_html, drip, page, redirect

import cleanwire
from cleanwire import Fetcher, FetchError, FetchOptions, FetchTimeoutError, RobotsDisallowedError
from cleanwire.fetching import transport
from cleanwire.fetching.throttle import HostThrottle

HTML = article_html("Harbour bridge to be rebuilt", STORY).encode()


def fetcher(**changes) -> Fetcher:
    options = {"delay": 0, "allow_private": True, "backoff_base": 0.01, "backoff_max": 0.05,
               "connect_timeout": 2, "read_timeout": 2, **changes}
    return Fetcher(FetchOptions(**options), throttle=HostThrottle())


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def timed(call):
    start = time.monotonic()
    try:
        call()
    except FetchError as exc:
        return time.monotonic() - start, exc
    raise AssertionError("no error")


@pytest.mark.parametrize("length", [True, False], ids=["with-content-length", "without-content-length"])
def test_a_body_dripping_a_byte_at_a_time_is_cut_at_the_deadline(site, length):
    # Each byte comes well within the 2 s read timeout: only a total deadline can stop this.
    site.routes["/drip"] = drip(HTML, 0.1, length=length)
    seconds, error = timed(lambda: fetcher(max_time=1.5).fetch(site.url("/drip")))
    assert isinstance(error, FetchTimeoutError) and "1.5 s in total" in error.reason
    assert 1.4 <= seconds < 3.5


def test_the_deadline_holds_over_https(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("openssl cannot make a test certificate here")
    server = Site(tls=(str(cert), str(key)))
    try:
        server.routes["/story"] = page(HTML)
        server.routes["/drip"] = drip(HTML, 0.1, length=True)
        session = requests.Session()
        session.trust_env = False  # REQUESTS_CA_BUNDLE in the environment would override verify
        session.verify = False  # the test certificate is self-signed
        options = FetchOptions(delay=0, allow_private=True, read_timeout=2, max_time=1.5)
        client = Fetcher(options, session=session, throttle=HostThrottle())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # urllib3 warns about the unverified certificate
            assert client.fetch(server.url("/story")).content == HTML
            seconds, error = timed(lambda: client.fetch(server.url("/drip")))
        assert isinstance(error, FetchTimeoutError) and "1.5 s in total" in error.reason
        assert 1.4 <= seconds < 3.5
    finally:
        server.close()


def test_headers_dripping_a_byte_at_a_time_are_cut_at_the_deadline(site):
    site.routes["/drip"] = drip(HTML, 0.1, length=True, headers_too=True)
    seconds, error = timed(lambda: fetcher(max_time=1.5).fetch(site.url("/drip")))
    assert isinstance(error, FetchTimeoutError) and seconds < 3.5


def test_a_slow_robots_txt_disallows_the_host_within_its_own_deadline(site):
    site.routes["/robots.txt"] = drip(b"User-agent: *\nAllow: /\n" * 100, 0.1, length=True)
    site.routes["/story"] = page(HTML)
    seconds, error = timed(lambda: fetcher(robots_max_time=1.0, max_time=30).fetch(site.url("/story")))
    assert isinstance(error, RobotsDisallowedError)
    assert "robots.txt unreachable" in error.reason and "1 s" in error.reason
    assert seconds < 3.0 and site.hits("/story") == []


def test_the_deadline_covers_redirects(site):
    site.routes["/a"] = redirect("/b")
    site.routes["/b"] = drip(HTML, 0.1, length=True)
    seconds, error = timed(lambda: fetcher(max_time=1.0).fetch(site.url("/a")))
    assert isinstance(error, FetchTimeoutError) and seconds < 3.0


def test_private_addresses_are_refused_by_default(site):
    site.routes["/story"] = page(HTML)
    port = site.server.server_address[1]
    for url in (site.url("/story"), f"http://localhost:{port}/story"):
        with pytest.raises(FetchError) as info:
            fetcher(allow_private=False).fetch(url)
        assert "127.0.0.1 (loopback)" in info.value.reason and "allow_private" in info.value.reason
    assert site.hits() == []  # not even robots.txt was asked for
    assert fetcher(allow_private=True).fetch(site.url("/story")).status == 200


def test_a_redirect_hop_to_a_private_address_is_refused(site, monkeypatch):
    """127.0.0.1 stands for a public host (the policy is told so); 127.0.0.2 stays private."""
    try:
        other = Site(host="127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not routable here")
    try:
        other.routes["/secret"] = page(b"internal admin page")
        site.routes["/go"] = redirect(other.url("/secret"))
        real = transport.refusal
        monkeypatch.setattr(transport, "refusal", lambda ip: None if ip == "127.0.0.1" else real(ip))
        with pytest.raises(FetchError) as info:
            fetcher(allow_private=False, respect_robots=False).fetch(site.url("/go"))
        assert "127.0.0.2 (loopback)" in info.value.reason
        assert len(site.hits("/go")) == 1 and other.hits() == []
    finally:
        other.close()


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"), ("169.254.169.254", "link-local"),
    ("::1", "loopback"), ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"),
    ("::ffff:127.0.0.1", "loopback"), ("100.64.0.1", "non-public"), ("93.184.216.34", None), ("2606:4700::1", None),
])
def test_address_policy(address, kind):
    assert transport.refusal(address) == kind


def test_a_connection_reset_is_reported_once_in_plain_words(site):
    def cut(handler):
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>short")
        handler.wfile.flush()
        handler.close_connection = True

    site.routes["/cut"] = cut
    with pytest.raises(FetchError) as info:
        fetcher(retries=0).fetch(site.url("/cut"))
    reason = info.value.reason
    assert "closed the connection after 8 bytes, 992 more were expected" in reason
    assert "IncompleteRead" not in reason and reason.count("8 bytes") == 1


@pytest.mark.parametrize("url", ["http://x:abc/", "http://x:99999/", "http://[::1", "ftp://x/", "not a url"])
def test_a_malformed_url_fails_alone_in_a_batch(site, url):
    site.routes["/ok"] = page(HTML)
    results = dict(fetcher().fetch_many([url, site.url("/ok")]))
    assert isinstance(results[url], FetchError) and results[url].url == url
    assert results[site.url("/ok")].status == 200


def test_module_level_fetch_refuses_malformed_urls_with_a_fetch_error():
    with pytest.raises(FetchError, match="malformed"):
        cleanwire.fetch("http://[::1", options=FetchOptions(allow_private=True))


def test_dns_answers_are_checked_where_they_are_connected(monkeypatch):
    """A name that resolves to a private address is refused even when it looks public."""
    real = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        return real("127.0.0.1", *args, **kwargs) if host == "news.example" else real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FetchError) as info:
        fetcher(allow_private=False, respect_robots=False).fetch("http://news.example/story")
    assert "news.example resolves to 127.0.0.1 (loopback)" in info.value.reason


def test_many_threads_keep_their_own_deadlines(site):
    site.routes["/fast"] = page(HTML)
    site.routes["/drip"] = drip(HTML, 0.1, length=True)
    client = fetcher(max_time=1.0)
    outcome = {}

    def run(path):
        try:
            outcome[path] = client.fetch(site.url(path)).status
        except FetchError as exc:
            outcome[path] = type(exc).__name__

    threads = [threading.Thread(target=run, args=(p,)) for p in ("/drip", "/fast")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert outcome == {"/drip": "FetchTimeoutError", "/fast": 200}
