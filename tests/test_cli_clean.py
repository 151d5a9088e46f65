"""``cleanwire clean`` run for real: subprocesses on files and folders in tmp_path."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import struct
import subprocess
import sys
import time
import zlib
from functools import lru_cache
from pathlib import Path

import pytest

import cleanwire

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4b9b4adb1b39e837.txt"
SUMMARY = re.compile(r"^cleanwire: (\d+) files, (\d+) cleaned, (\d+) skipped, (\d+) failed, [\d.]+ s", re.M)
GOOD = 200


def cleanwire_cli(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cleanwire", *map(str, args)],
        input=stdin, capture_output=True, cwd=cwd, timeout=300,
    )


def summary(stderr: bytes) -> tuple[int, int, int, int]:
    match = SUMMARY.search(stderr.decode())
    assert match, stderr.decode()
    return tuple(int(n) for n in match.groups())  # type: ignore[return-value]


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")


@lru_cache(maxsize=1)
def seed_article() -> cleanwire.Article:
    return cleanwire.extract_file(SEED)


def variant(i: int) -> str:
    """The seed with its headline changed and its body paragraphs rotated by ``i``."""
    text = SEED.read_text(encoding="utf-8")
    seed = seed_article()
    paragraphs = list(seed.paragraphs)
    shift = i % len(paragraphs)
    rotated = paragraphs[shift:] + paragraphs[:shift]
    for n, paragraph in enumerate(paragraphs):
        text = text.replace(paragraph, f"@@{n}@@")
    for n, paragraph in enumerate(rotated):
        text = text.replace(f"@@{n}@@", paragraph)
    return text.replace(seed.title, f"{seed.title} (edition {i})")


def html_page(i: int) -> str:
    """A small HTML article built from the seed's paragraphs."""
    seed = seed_article()
    body = "".join(f"<p>{p}</p>" for p in seed.paragraphs)
    return (f"<!DOCTYPE html><html><head><title>Page {i}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Page {i}</h1>{body}</article><footer>Copyright</footer></body></html>")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict], list[str]]:
    """200 good dumps in nested folders (some gzipped), plus bad files and an ignored image.

    Returns the root, the expected article dict per output path (relative, .json), and the
    names of the bad files.
    """
    root = tmp_path_factory.mktemp("dumps")
    expected: dict[str, dict] = {}
    for i in range(GOOD):
        folder = root / ("europe", "asia/korea", "asia/japan", "")[i % 4]
        folder.mkdir(parents=True, exist_ok=True)
        text = variant(i)
        name = f"page{i:03d}.txt"
        if i % 5 == 0:
            (folder / (name + ".gz")).write_bytes(gzip.compress(text.encode("utf-8")))
        else:
            (folder / name).write_text(text, encoding="utf-8")
        rel = (folder / f"page{i:03d}.json").relative_to(root).as_posix()
        expected[rel] = cleanwire.extract(text).to_dict()
    # Inputs sharing a stem keep their extensions in the output names (and then the .gz).
    (root / "page015.txt").write_text(variant(999), encoding="utf-8")
    (root / "page015.html").write_text(html_page(15), encoding="utf-8")
    expected["page015.txt.gz.json"] = expected.pop("page015.json")
    expected["page015.txt.json"] = cleanwire.extract(variant(999)).to_dict()
    expected["page015.html.json"] = cleanwire.extract(html_page(15)).to_dict()
    bad = {"europe/photo.html": tiny_png(), "asia/empty.txt": b"", "asia/broken.txt.gz": gzip.compress(variant(1).encode())[:300]}
    for rel, data in bad.items():
        (root / rel).write_bytes(data)
    (root / "asia" / "picture.png").write_bytes(tiny_png())
    return root, expected, sorted(bad)


def test_stdin_seed_prints_the_json_article():
    result = cleanwire_cli("clean", "-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == cleanwire.extract_file(SEED).to_dict()


def test_stdin_accepts_gzip():
    result = cleanwire_cli("clean", "-", stdin=gzip.compress(SEED.read_bytes()))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["title"] == cleanwire.extract_file(SEED).title


def test_one_file_prints_to_stdout(tmp_path: Path):
    dump = tmp_path / "one.txt.gz"
    dump.write_bytes(gzip.compress(SEED.read_bytes()))
    result = cleanwire_cli("clean", dump, "--format", "txt")
    assert result.returncode == 0, result.stderr
    article = cleanwire.extract_file(SEED)
    assert result.stdout.decode() == f"{article.title}\n\n{article.body}\n"
    assert list(tmp_path.iterdir()) == [dump]


def test_folder_run_resume_and_force(corpus, tmp_path: Path):
    root, expected, bad = corpus
    out = tmp_path / "out"
    first = cleanwire_cli("clean", root, "-o", out, "--jobs", "2")
    assert first.returncode == 1
    files, cleaned, skipped, failed = summary(first.stderr)
    assert (files, cleaned, skipped, failed) == (len(expected) + len(bad), len(expected), 0, len(bad))
    assert "(1 ignored: not .txt/.html/.htm)" in first.stderr.decode()
    written = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file()}
    assert set(written) == set(expected)
    for rel, path in written.items():
        assert json.loads(path.read_text(encoding="utf-8")) == expected[rel], rel

    lines = first.stderr.decode().splitlines()
    assert "Traceback" not in first.stderr.decode()
    reasons = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines if not line.startswith("cleanwire:")}
    assert sorted(Path(p).relative_to(root).as_posix() for p in reasons) == bad
    by_name = {Path(p).name: reason for p, reason in reasons.items()}
    assert "PNG image" in by_name["photo.html"]
    assert "empty" in by_name["empty.txt"]
    assert "truncated gzip" in by_name["broken.txt.gz"]

    # Resume: every output exists, so nothing is redone; the bad files are tried again.
    stamp = {rel: path.stat().st_mtime_ns for rel, path in written.items()}
    second = cleanwire_cli("clean", root, "-o", out, "--jobs", "2")
    assert second.returncode == 1
    assert summary(second.stderr) == (len(expected) + len(bad), 0, len(expected), len(bad))
    assert {rel: path.stat().st_mtime_ns for rel, path in written.items()} == stamp

    (out / "europe" / "page004.json").unlink()
    third = cleanwire_cli("clean", root, "-o", out, "--jobs", "2")
    assert summary(third.stderr)[1:3] == (1, len(expected) - 1)
    assert json.loads((out / "europe" / "page004.json").read_text()) == expected["europe/page004.json"]

    forced = cleanwire_cli("clean", root, "-o", out, "--jobs", "2", "--force")
    assert summary(forced.stderr)[1:3] == (len(expected), 0)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_formats(tmp_path: Path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(variant(1), encoding="utf-8")
    (src / "b.txt").write_text(variant(2), encoding="utf-8")
    articles = {"sub/a": cleanwire.extract(variant(1)), "b": cleanwire.extract(variant(2))}

    for fmt in ("txt", "md"):
        out = tmp_path / fmt
        result = cleanwire_cli("clean", src, "-o", out, "--format", fmt, "--jobs", "1")
        assert result.returncode == 0, result.stderr
        for stem, article in articles.items():
            text = (out / f"{stem}.{fmt}").read_text(encoding="utf-8")
            if fmt == "txt":
                assert text == f"{article.title}\n\n{article.body}\n"
            else:
                assert text.startswith(f"# {article.title}\n\n*{article.site} · By Yonhap · 2025-08-13T14:41:00+09:00*\n\n")
                assert article.paragraphs[0] in text
                assert f"## Captions\n\n- {article.captions[0]}\n" in text
                assert "## Related\n\n### More in North Korea\n\n- " in text
                assert text.count("\n- ") == len(article.captions) + len(article.related)

    out = tmp_path / "jsonl"
    result = cleanwire_cli("clean", src, "-o", out, "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["title"] for line in lines) == sorted(a.title for a in articles.values())
    records = [json.loads(line) for line in (out / "articles.jsonl.done").read_text().splitlines()]
    assert sorted(r["input"] for r in records) == ["b.txt", "sub/a.txt"]
    assert records[-1]["end"] == (out / "articles.jsonl").stat().st_size

    again = cleanwire_cli("clean", src, "-o", out, "--format", "jsonl")
    assert summary(again.stderr) == (2, 0, 2, 0)

    # An interrupted run: the last line was written but its done-record was not, then a
    # half line. Resume cuts both off and redoes that input, without a duplicate.
    done_lines = (out / "articles.jsonl.done").read_text().splitlines(keepends=True)
    (out / "articles.jsonl.done").write_text(done_lines[0])
    with open(out / "articles.jsonl", "a") as handle:
        handle.write('{"title": "half')
    resumed = cleanwire_cli("clean", src, "-o", out, "--format", "jsonl")
    assert summary(resumed.stderr) == (2, 1, 1, 0)
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["title"] for line in lines) == sorted(a.title for a in articles.values())


def test_site_forces_an_extractor(tmp_path: Path):
    forced = cleanwire_cli("clean", SEED, "--site", "generic")
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["extractor"] == "generic"
    unknown = cleanwire_cli("clean", SEED, "--site", "no-such-site")
    assert unknown.returncode == 2
    assert "no extractor named 'no-such-site'" in unknown.stderr.decode()
    assert "Traceback" not in unknown.stderr.decode()


@pytest.mark.parametrize(
    "args, message",
    [
        (["{dir}"], "need an output folder"),
        (["{dir}/missing.txt"], "no such file or folder"),
        (["-", "-o", "{dir}/out"], "must be the only PATH"),
        (["{dir}", "-o", "{dir}"], "must not be an input folder"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str):
    result = cleanwire_cli("clean", *(a.format(dir=tmp_path) for a in args))
    assert result.returncode == 2
    assert message in result.stderr.decode()


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.html", b"  \n\t\n", "empty"),
        ("image.txt", tiny_png(), "PNG image"),
        ("nul.txt", b"text\x00\x01\x02" * 100, "binary"),
        ("cut.txt.gz", gzip.compress(SEED.read_bytes())[:300], "truncated gzip"),
        ("fake.txt.gz", b"not gzip at all", "not valid gzip"),
        ("huge.txt", b"word " * 10_000_000, "the limit is 32 MB"),
        ("spaces.txt", b"a" + b" " * 3_000_000 + b"b\n", "no article text"),
    ],
)
def test_bad_input_gives_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    result = cleanwire_cli("clean", path)
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode()
    assert err.count("\n") == 1 and err.startswith(f"{path}: ") and reason in err, err


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")


@needs_fifo
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_stuck_file_times_out_and_the_run_goes_on(tmp_path: Path, jobs: str):
    # Reading a named pipe nobody writes to blocks forever: a real stuck input.
    src = tmp_path / "in"
    src.mkdir()
    os.mkfifo(src / "stuck.txt")
    for i in range(3):
        (src / f"ok{i}.txt").write_text(variant(i), encoding="utf-8")
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out", "--jobs", jobs, "--timeout", "1")
    assert result.returncode == 1
    assert f"{src / 'stuck.txt'}: timed out after 1 s" in result.stderr.decode()
    assert summary(result.stderr) == (4, 3, 0, 1)


def has_reader(fifo: Path) -> bool:
    """True while some process has the named pipe open for reading (or is opening it)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:  # ENXIO: nobody reads it
        return False
    return True


@needs_fifo
@pytest.mark.parametrize("how, code", [("ctrl-c", 130), ("sigterm", 143)])
def test_interrupting_stops_cleanly_and_kills_stuck_workers(tmp_path: Path, how: str, code: int):
    src = tmp_path / "in"
    src.mkdir()
    stuck = src / "zz-stuck.txt"
    os.mkfifo(stuck)
    for i in range(6):
        (src / f"ok{i}.txt").write_text(variant(i), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleanwire", "clean", str(src), "-o", str(out), "--jobs", "2", "--timeout", "0"],
        stderr=subprocess.PIPE, start_new_session=True,
        # A shell without job control starts background jobs with SIGINT ignored, and a child
        # inherits that: give cleanwire the default a terminal user has.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.json"))) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # let the run count the last output it wrote
    # A worker is stuck on the pipe. Keep a writer open from here on: closing it would hand
    # the worker an end of file, unstick it and let the run end before the signal.
    writer = os.open(stuck, os.O_WRONLY | os.O_NONBLOCK)  # ENXIO if nobody reads it
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    else:
        proc.terminate()  # the cleanwire process alone
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        os.close(writer)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever the outcome, leave no process behind
        except ProcessLookupError:
            pass
    assert proc.returncode == code
    assert "Traceback" not in err.decode()
    if how == "ctrl-c":
        assert "interrupted" in err.decode()
        assert summary(err) == (7, 6, 0, 0)
    assert sorted(p.name for p in out.iterdir()) == [f"ok{i}.json" for i in range(6)]
    assert not has_reader(stuck)  # the worker stuck on it is gone


def test_progress_bar_on_a_terminal(tmp_path: Path):
    pty = pytest.importorskip("pty")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"ok{i}.txt").write_text(variant(i), encoding="utf-8")
    leader, follower = pty.openpty()
    result = subprocess.run(
        [sys.executable, "-m", "cleanwire", "clean", str(src), "-o", str(tmp_path / "out"), "--jobs", "1"],
        stderr=follower, stdout=subprocess.PIPE, timeout=120,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal has no more writers
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert result.returncode == 0
    assert b"\r[########################] 3/3 files" in shown
    assert "cleanwire: 3 files, 3 cleaned, 0 skipped, 0 failed" in shown.decode()


def test_pages_saved_by_fetch_are_cleaned_with_their_url_and_charset(tmp_path):
    """`cleanwire clean` on a `cleanwire fetch` folder reads each page's sidecar."""
    folder = tmp_path / "fetched" / "koreajoongangdaily.joins.com"
    folder.mkdir(parents=True)
    story = "Le café où la crème brûlée est servie chaque matin depuis des années. " * 20
    page = f"<html><head><title>Un café</title></head><body><article><p>{story}</p></article></body></html>"
    (folder / "cafe-0123456789ab.html").write_bytes(page.encode("cp1252"))
    (folder / "cafe-0123456789ab.fetch.json").write_text(json.dumps({
        "url": "http://koreajoongangdaily.joins.com/cafe",
        "final_url": "https://koreajoongangdaily.joins.com/news/cafe",
        "declared_encoding": "windows-1252",
    }))
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "cleanwire", "clean", str(tmp_path / "fetched"), "-o", str(out),
                          "--jobs", "1"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    (result,) = out.rglob("*.json")
    article = json.loads(result.read_text(encoding="utf-8"))
    assert article["url"] == "https://koreajoongangdaily.joins.com/news/cafe"
    assert article["extractor"] == "koreajoongangdaily"
    assert "crème brûlée" in article["body"]


def test_summary_counts_pages_of_a_site_whose_layout_is_unknown(tmp_path: Path):
    """A site class meets pages of a markup it does not know (here: NDR's dateline changed):
    they are cleaned by the generic path, and the summary says the class needs a new version."""
    import gzip

    fixture = Path(__file__).resolve().parent / "fixtures" / "ndr" / "de-NDR-2023-04-28.txt.gz"
    text = gzip.decompress(fixture.read_bytes()).decode("utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "known.txt").write_text(text, encoding="utf-8")
    for i in range(2):
        changed = re.sub(r"(?m)^Stand: (\d{2}\.\d{2}\.\d{4}) (\d{1,2}:\d{2}) Uhr$", r"Aktualisiert am \1 um \2", text)
        assert changed != text
        (src / f"redesigned{i}.txt").write_text(changed, encoding="utf-8")
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out", "--jobs", "1")
    assert result.returncode == 0, result.stderr.decode()
    err = result.stderr.decode()
    assert "2 pages of ndr matched no known layout: generic used" in err
    assert summary(result.stderr) == (3, 3, 0, 0)
    generic = json.loads((tmp_path / "out" / "redesigned0.json").read_text(encoding="utf-8"))
    assert generic["extractor"] == "ndr" and generic["paragraphs"]


def test_summary_counts_pages_whose_unconfirmed_layout_gave_way_to_the_generic_body(tmp_path: Path):
    """A site class without anchors forced onto another publisher's dump (a stand-in for its
    own page after a redesign) keeps furniture the generic path drops: the body comes from the
    generic path and the summary says the class may need anchors or a new version."""
    import gzip

    fixture = Path(__file__).resolve().parent / "fixtures" / "reuters" / "us-Reuters-2023-05-16.txt.gz"
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt").write_bytes(gzip.decompress(fixture.read_bytes()))
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out", "--jobs", "1", "--site", "techcrunch")
    assert result.returncode == 0, result.stderr.decode()
    assert "1 page of techcrunch read with page furniture its rules do not know: generic body used" in result.stderr.decode()
    article = json.loads((tmp_path / "out" / "page.json").read_text(encoding="utf-8"))
    assert article["extractor"] == "techcrunch" and article["paragraphs"]
