"""`cleanwire explain`, `sites` and `fixtures` as real subprocess runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4b9b4adb1b39e837.txt"


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleanwire", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_explain_labels_every_line():
    run = cli("explain", str(SEED))
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "# extractor: koreajoongangdaily" in out
    assert "drop print dictionary print  (residue: page furniture) [koreajoongangdaily.drop]" in out
    assert "(caption-again: caption printed again)" in out and "(widget: empty widget 'Related Article')" in out
    assert "META Yonhap  (byline: byline) [koreajoongangdaily.byline]" in out
    filled = [line for line in SEED.read_text(encoding="utf-8").split("\n")[1:] if line.strip()]
    assert len([l for l in out.splitlines() if not l.startswith("#")]) == len(filled)


def test_explain_html_report(tmp_path):
    report = tmp_path / "report.html"
    run = cli("explain", "--html", str(SEED), "-o", str(report))
    assert run.returncode == 0, run.stderr
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<script" not in page and "http" not in page.split("<body>")[0]
    assert page.count("<tr ") == len([l for l in SEED.read_text(encoding="utf-8").split("\n")[1:] if l.strip()])
    assert "koreajoongangdaily.byline" in page and "Yonhap" in page and "background:#d9f2d9" in page


def test_explain_bad_file_is_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    run = cli("explain", str(empty))
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and "empty" in run.stderr and "Traceback" not in run.stderr


def test_sites_lists_hosts():
    run = cli("sites")
    assert run.returncode == 0
    assert "koreajoongangdaily" in run.stdout and "koreajoongangdaily.joins.com" in run.stdout
    assert "generic" in run.stdout


def test_fixtures_update_then_check(tmp_path):
    site = tmp_path / "fixtures" / "koreajoongangdaily"
    site.mkdir(parents=True)
    shutil.copy(SEED, site / "case.txt")
    run = cli("fixtures", "check", str(tmp_path / "fixtures"))
    assert run.returncode == 1 and "no expected output" in run.stdout
    run = cli("fixtures", "update", str(tmp_path / "fixtures"))
    assert run.returncode == 0, run.stderr
    expected = json.loads((site / "case.txt.json").read_text(encoding="utf-8"))
    assert expected["title"].startswith("Putin briefs") and "body" not in expected
    assert cli("fixtures", "check", str(tmp_path / "fixtures")).returncode == 0, "x"
    # A layout change shows up as a field-level diff; update re-approves it.
    text = (site / "case.txt").read_text(encoding="utf-8").replace("tags North Korea", "tags Korea")
    (site / "case.txt").write_text(text, encoding="utf-8")
    run = cli("fixtures", "check", str(tmp_path / "fixtures"))
    assert run.returncode == 1 and "FAIL koreajoongangdaily/case.txt" in run.stdout and "tags:" in run.stdout
    assert cli("fixtures", "update", str(site / "case.txt")).returncode == 0
    assert cli("fixtures", "check", str(tmp_path / "fixtures")).returncode == 0


def test_fixtures_new_scaffolds_a_case(tmp_path):
    run = cli("fixtures", "new", "koreajoongangdaily", str(SEED), "--url",
              "https://koreajoongangdaily.joins.com/news/2025-08-13/national/northKorea/x/123",
              "--case", "putin", "--crawl-date", "2025-08-13", "--root", str(tmp_path))
    assert run.returncode == 0, run.stdout + run.stderr
    site = tmp_path / "koreajoongangdaily"
    assert sorted(p.name for p in site.iterdir()) == ["putin.facts.json", "putin.txt.gz", "putin.txt.json"]
    facts = json.loads((site / "putin.facts.json").read_text(encoding="utf-8"))
    assert facts == {"url": "https://koreajoongangdaily.joins.com/news/2025-08-13/national/northKorea/x/123",
                     "crawl_date": "2025-08-13"}
    expected = json.loads((site / "putin.txt.json").read_text(encoding="utf-8"))
    assert expected["url"] == facts["url"] and expected["extractor"] == "koreajoongangdaily"
    assert cli("fixtures", "check", str(tmp_path)).returncode == 0
    # Facts stay apart from the expected output: a wrong site is refused before anything is written.
    bad = cli("fixtures", "new", "nosuchsite", str(SEED), "--root", str(tmp_path))
    assert bad.returncode == 1 and "no extractor named" in bad.stderr
