"""``cleanwire fetch``: saved files, failures, resume after a kill (checked from the server log)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fetch_site import STORY, Site, article_html, drip, page

from cleanwire import Article
from cleanwire.cli.main import main
from cleanwire.cli.outputs import TMP_SUFFIX
from cleanwire.fetching.store import Store, stem_for


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


def story_page(n: int) -> bytes:
    filler = [f"Paragraph {k} of story {n}: " + STORY[k % len(STORY)] for k in range(400)]
    return article_html(f"Story number {n}", [*STORY, *filler]).encode()


def serve_stories(site: Site, count: int) -> list[str]:
    for n in range(count):
        site.routes[f"/p/{n}"] = page(story_page(n))
    return [site.url(f"/p/{n}") for n in range(count)]


def outputs(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.is_file() and not p.name.endswith(TMP_SUFFIX)]


def check_complete(out: Path, pages: dict[str, bytes]) -> set[str]:
    """Every saved file is whole and valid; returns the URLs whose page + sidecar are saved."""
    done = set()
    for path in outputs(out):
        if path.name.endswith(".fetch.json"):
            meta = json.loads(path.read_text(encoding="utf-8"))
            raw = path.with_name(meta["raw_file"])
            assert raw.read_bytes() == pages[meta["url"]]
            done.add(meta["url"])
        elif path.name.endswith(".article.json"):
            assert Article.from_json(path.read_text(encoding="utf-8")).title.startswith("Story number")
        elif path.suffix == ".html":
            assert path.read_bytes() in pages.values()
        else:
            raise AssertionError(f"unexpected output {path}")
    return done


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleanwire", "fetch", *args]


def test_killed_run_leaves_whole_files_and_resumes_without_refetching(site, tmp_path):
    urls = serve_stories(site, 10)
    pages = {url: story_page(n) for n, url in enumerate(urls)}
    listing = tmp_path / "urls.txt"
    listing.write_text("# stories\n" + "\n".join(urls) + "\n\n", encoding="utf-8")
    out = tmp_path / "out"
    args = cli("-i", str(listing), "-o", str(out), "--allow-private", "--delay", "0.15", "--concurrency", "2")

    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.fetch.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.kill()
    proc.communicate()
    done_before = check_complete(out, pages)
    assert 2 <= len(done_before) < len(urls)  # it really was cut short, after saving some

    mark = len(site.hits())
    rerun = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    refetched = {site.url(hit.path) for hit in site.hits()[mark:]}
    assert not refetched & done_before
    assert check_complete(out, pages) == set(urls)
    assert all(Store(out).has_article(url) for url in urls)
    assert not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]
    assert f"{len(done_before)} already saved" in rerun.stderr and "0 failed" in rerun.stderr


def test_failures_are_listed_and_exit_1(site, tmp_path, capsys):
    urls = serve_stories(site, 2)
    site.routes["/doc.pdf"] = page(b"%PDF-1.4", "application/pdf")
    bad = [site.url("/missing"), site.url("/doc.pdf")]
    out = tmp_path / "out"
    code = main(["fetch", *urls, *bad, "-o", str(out), "--delay", "0", "--allow-private", "--format", "md"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"failed: {bad[0]}: HTTP 404" in err and f"failed: {bad[1]}: content type application/pdf" in err
    assert "4 URLs: 2 fetched, 0 already saved, 2 failed" in err
    md = (out / (stem_for(urls[0]) + ".md")).read_text(encoding="utf-8")
    assert md.startswith("# Story number 0\n")

    assert main(["fetch", *urls, "-o", str(out), "--delay", "0", "--allow-private", "--format", "md"]) == 0
    assert "2 URLs: 0 fetched, 2 already saved, 0 failed" in capsys.readouterr().err
    assert len(site.hits("/p/0")) == 1


def test_jsonl_collects_the_articles_and_missing_articles_are_rebuilt_offline(site, tmp_path, capsys):
    urls = serve_stories(site, 3)
    out = tmp_path / "out"
    assert main(["fetch", *urls, "-o", str(out), "--delay", "0", "--allow-private", "--format", "jsonl"]) == 0
    (out / (stem_for(urls[1]) + ".article.json")).unlink()  # as if killed before the article
    assert main(["fetch", *urls, "-o", str(out), "--delay", "0", "--allow-private", "--format", "jsonl"]) == 0
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Article.from_json(line).title for line in lines] == [f"Story number {n}" for n in range(3)]
    assert all(len(site.hits(f"/p/{n}")) == 1 for n in range(3))


def test_names_are_stable_safe_and_distinct():
    urls = ["https://Example.com/news/2024/story.html", "http://example.com/news/2024/story.html",
            "https://example.com/news/2024/story.html?page=2", "https://example.com/",
            "https://example.com:8443/../../etc/passwd", "https://example.com/" + "x" * 500]
    stems = [stem_for(url) for url in urls]
    assert len(set(stems)) == len(stems)
    assert stems[0] == stem_for(urls[0]) and stems[0].startswith("example.com/news_2024_story-")
    assert stems[3].startswith("example.com/index-") and stems[4].startswith("example.com_8443/")
    for stem in stems:
        host, name = stem.split("/")
        assert ".." not in stem and len(name) <= 100 and not name.startswith(".")


def test_no_urls_is_a_usage_error(tmp_path, capsys):
    assert main(["fetch", "-o", str(tmp_path / "out")]) == 2
    assert "no URLs" in capsys.readouterr().err


def test_a_malformed_url_is_one_failed_line_and_the_batch_goes_on(site, tmp_path, capsys):
    urls = serve_stories(site, 2)
    bad = ["http://x:abc/", "http://x:99999/", "http://[::1"]
    out = tmp_path / "out"
    code = main(["fetch", bad[0], *urls, *bad[1:], "-o", str(out), "--delay", "0", "--allow-private"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    for url in bad:
        assert err.count(f"failed: {url}: URL is malformed") == 1
    assert "5 URLs: 2 fetched, 0 already saved, 3 failed" in err


def test_private_addresses_need_allow_private(site, tmp_path, capsys):
    urls = serve_stories(site, 1)
    assert main(["fetch", *urls, "-o", str(tmp_path / "out"), "--delay", "0"]) == 1
    assert "127.0.0.1 (loopback)" in capsys.readouterr().err and site.hits() == []


def test_only_cleanwires_own_temporary_files_are_removed(site, tmp_path):
    urls = serve_stories(site, 1)
    out = tmp_path / "out"
    (out / "127.0.0.1").mkdir(parents=True)
    ours = out / "127.0.0.1" / ".p_0-0123456789ab.html.0123456789ab.tmp"
    theirs = [out / ".notes.tmp", out / "127.0.0.1" / ".draft.tmp", out / ".x.html.NOTHEX000000.tmp"]
    for path in [ours, *theirs]:
        path.write_bytes(b"half")
    assert main(["fetch", *urls, "-o", str(out), "--delay", "0", "--allow-private"]) == 0
    assert not ours.exists() and all(path.exists() for path in theirs)


def test_a_dripping_server_is_one_failed_line_after_max_time(site, tmp_path):
    site.routes["/drip"] = drip(story_page(0), 0.1, length=True)
    run = subprocess.run(cli(site.url("/drip"), "-o", str(tmp_path / "out"), "--allow-private", "--max-time", "1.5",
                             "--timeout", "5", "--delay", "0"), capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"failed: {site.url('/drip')}: the fetch took more than 1.5 s in total" in run.stderr
