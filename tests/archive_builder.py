"""Builds small WARC and ARC files for tests and benchmarks: every record kind, by hand.

Records are written byte by byte (not with fastwarc's writer) so tests can cut and corrupt
them exactly.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    """An HTML page as a crawler fetched it."""

    url: str
    html: bytes
    charset: str | None = "utf-8"


def http_response(body: bytes, status: int = 200, content_type: str | None = "text/html; charset=utf-8") -> bytes:
    reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found", 500: "Internal Server Error"}.get(status, "X")
    head = f"HTTP/1.1 {status} {reason}\r\n"
    if content_type:
        head += f"Content-Type: {content_type}\r\n"
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + body


def warc_record(kind: str, uri: str | None, block: bytes, content_type: str, *, date: str = "2024-05-01T12:00:00Z",
                record_id: str | None = None, extra: Sequence[tuple[str, str]] = ()) -> bytes:
    rid = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    head = [("WARC-Type", kind), ("WARC-Record-ID", rid), ("WARC-Date", date)]
    if uri:
        head.append(("WARC-Target-URI", uri))
    head += [*extra, ("Content-Type", content_type), ("Content-Length", str(len(block)))]
    text = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head) + "\r\n"
    return text.encode("utf-8") + block + b"\r\n\r\n"


def response(page: Page, *, date: str = "2024-05-01T12:00:00Z", record_id: str | None = None) -> bytes:
    ctype = f"text/html; charset={page.charset}" if page.charset else "text/html"
    return warc_record("response", page.url, http_response(page.html, content_type=ctype),
                       "application/http; msgtype=response", date=date, record_id=record_id)


def other_records(base: str = "http://example.org") -> list[tuple[str, bytes]]:
    """One record of every kind that is not a page, with the reason it is skipped."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    return [
        ("request", warc_record("request", f"{base}/a", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n",
                                "application/http; msgtype=request")),
        ("metadata", warc_record("metadata", f"{base}/a", b"fetchTimeMs: 120\r\n", "application/warc-fields")),
        ("revisit", warc_record("revisit", f"{base}/a-again", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                                "application/http; msgtype=response",
                                extra=[("WARC-Profile", "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest")])),
        ("not HTML", warc_record("response", f"{base}/logo.png", http_response(png, content_type="image/png"),
                                 "application/http; msgtype=response")),
        ("not HTML", warc_record("response", f"{base}/doc.pdf", http_response(b"%PDF-1.4\n...", content_type="application/pdf"),
                                 "application/http; msgtype=response")),
        ("error status", warc_record("response", f"{base}/missing", http_response(b"<html><body>Not found</body></html>", 404),
                                     "application/http; msgtype=response")),
        ("error status", warc_record("response", f"{base}/moved", http_response(b"", 301),
                                     "application/http; msgtype=response")),
    ]


def warcinfo() -> bytes:
    return warc_record("warcinfo", None, b"software: cleanwire-tests\r\nformat: WARC File Format 1.0\r\n",
                       "application/warc-fields")


def crawl(pages: Iterable[Page], *, others_every: int = 1) -> list[bytes]:
    """warcinfo, then for each page its request, response and metadata, with the other kinds
    of :func:`other_records` after every ``others_every``-th page."""
    records = [warcinfo()]
    for i, page in enumerate(pages):
        records.append(warc_record("request", page.url, b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request"))
        records.append(response(page, record_id=f"<urn:uuid:{uuid.UUID(int=i)}>"))
        records.append(warc_record("metadata", page.url, b"fetchTimeMs: 80\r\n", "application/warc-fields"))
        if others_every and i % others_every == 0:
            records += [data for _, data in other_records(f"http://other.example/{i}")]
    return records


def write(path: Path, records: Sequence[bytes], *, gzipped: bool) -> list[int]:
    """Write the records (one gzip member each when gzipped); returns each record's offset."""
    offsets, blobs, pos = [], [], 0
    for record in records:
        blob = gzip.compress(record, compresslevel=6, mtime=0) if gzipped else record
        offsets.append(pos)
        blobs.append(blob)
        pos += len(blob)
    path.write_bytes(b"".join(blobs))
    return offsets


def arc_records(pages: Iterable[Page], others: bool = True) -> list[bytes]:
    """An ARC v1 file: the filedesc record, one record per page, and a PNG and a 404 when ``others``."""
    version = b"1 0 cleanwire-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [b"filedesc://test.arc 0.0.0.0 20240501120000 text/plain %d\n" % len(version) + version + b"\n"]

    def record(url: str, block: bytes, mime: str) -> bytes:
        return f"{url} 192.0.2.1 20240501120000 {mime} {len(block)}\n".encode() + block + b"\n"

    for page in pages:
        ctype = f"text/html; charset={page.charset}" if page.charset else "text/html"
        records.append(record(page.url, http_response(page.html, content_type=ctype), "text/html"))
    if others:
        records.append(record("http://other.example/logo.png", http_response(b"\x89PNG\r\n", content_type="image/png"), "image/png"))
        records.append(record("http://other.example/missing", http_response(b"<html>gone</html>", 404), "text/html"))
    return records


SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_4b9b4adb1b39e837.txt"


def synthetic_pages(n: int) -> list[Page]:
    """``n`` small news pages made from the seed's paragraphs (rotated, retitled); every fifth
    is in windows-1252 with the charset given only by the HTTP header."""
    import cleanwire

    seed = cleanwire.extract_file(SEED)
    paragraphs = list(seed.paragraphs)
    pages = []
    for i in range(n):
        shift = i % len(paragraphs)
        body = "".join(f"<p>{p}</p>" for p in paragraphs[shift:] + paragraphs[:shift])
        title = f"Café report {i}: {seed.title}"
        html = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a>"
                f"<a href='/world'>World</a></nav><article><h1>{title}</h1><p class='byline'>By Kim Min-ji</p>"
                f"{body}</article><footer>Copyright Example News</footer></body></html>")
        charset = "windows-1252" if i % 5 == 4 else "utf-8"
        data = html.encode("cp1252" if charset == "windows-1252" else "utf-8", errors="replace")
        pages.append(Page(f"https://news.example.com/world/{i:04d}.html", data, charset))
    return pages


def build_crawl_folder(root: Path, pages: int = 12) -> dict[str, dict]:
    """``root/crawl.warc.gz`` (pages, every other record kind and one page with no article)
    and ``root/old/legacy.arc.gz`` (three pages). Returns the article dict expected per URL:
    each page cleaned alone with its URL and HTTP charset."""
    import cleanwire

    made = synthetic_pages(pages + 3)
    empty = Page("https://news.example.com/world/empty.html", b"<html><body><p> </p></body></html>")
    records = crawl(made[:pages], others_every=4)
    records.insert(5, response(empty))
    root.mkdir(parents=True, exist_ok=True)
    write(root / "crawl.warc.gz", records, gzipped=True)
    (root / "old").mkdir(exist_ok=True)
    write(root / "old" / "legacy.arc.gz", arc_records(made[pages:]), gzipped=True)
    return {page.url: cleanwire.extract(page.html, url=page.url, encoding=page.charset).to_dict() for page in made}


def read_rows(outdir: Path) -> dict[tuple[str, int], dict]:
    """Every row of every part under ``outdir`` (jsonl or parquet), keyed by (archive, offset)."""
    import json

    rows: dict[tuple[str, int], dict] = {}
    for part in sorted(outdir.rglob("part-*")):
        if part.suffix == ".jsonl":
            found = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
        else:
            import pyarrow.parquet as pq

            from cleanwire import from_arrow

            found = [item.to_dict() for item in from_arrow(pq.read_table(part))]
        for row in found:
            key = (row["archive"], row["offset"])
            assert key not in rows, f"{key} written twice"
            rows[key] = row
    return rows


def article_part(row: dict) -> dict:
    """The Article fields of a row (the record facts left out)."""
    return {k: v for k, v in row.items() if k not in ("record_id", "record_url", "fetched_at", "archive", "offset")}
