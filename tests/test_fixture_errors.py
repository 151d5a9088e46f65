"""Fixtures that expect an error: an input from which no article can be made (a page whose
visible text holds none) pins the error; `fixtures new` and `check` as real CLI runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleanwire import NoContentError
from cleanwire.cli.fixtures import check
from cleanwire.fixtures import Fixture, pairs, update

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4b9b4adb1b39e837.txt"
#: What a dump of a page rendered by scripts holds: no article.
EMPTY_PAGE = " date 2026-01-29  Ein Titel\nNotifications Alt+T\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cleanwire", *args], capture_output=True, text=True, timeout=120)


def test_new_pins_the_error_and_check_holds_it(tmp_path):
    source = tmp_path / "empty.txt"
    source.write_text(EMPTY_PAGE, encoding="utf-8")
    run = cli("fixtures", "new", "generic", str(source), "--case", "scripted", "--root", str(tmp_path / "fx"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no article: expects NoContentError" in run.stdout and "Traceback" not in run.stderr
    expected = tmp_path / "fx" / "generic" / "scripted.txt.json"
    record = json.loads(expected.read_text(encoding="utf-8"))
    assert record["error"] == "NoContentError" and record["message"]
    assert cli("fixtures", "check", str(tmp_path / "fx")).returncode == 0
    # Another error's name, or an input that now gives an article, fails the check.
    fixture = Fixture(tmp_path / "fx" / "generic" / "scripted.txt.gz")
    expected.write_text(json.dumps({"error": "InputTooLargeError"}), encoding="utf-8")
    assert check(fixture) == ["error: expected InputTooLargeError, got NoContentError: "
                              "no article text found in the input"]
    expected.write_text(json.dumps(record), encoding="utf-8")
    fixture.input.unlink()
    shutil.copy(SEED, tmp_path / "fx" / "generic" / "scripted.txt")
    assert check(Fixture(tmp_path / "fx" / "generic" / "scripted.txt")) == [
        "error: expected NoContentError, but an article was extracted"]


def test_update_does_not_turn_an_article_into_an_expected_error(tmp_path):
    site = tmp_path / "fx" / "koreajoongangdaily"
    site.mkdir(parents=True)
    shutil.copy(SEED, site / "case.txt")
    fixture = Fixture(site / "case.txt")
    assert update(fixture)
    (site / "case.txt").write_text(EMPTY_PAGE, encoding="utf-8")  # the case stops giving its article
    with pytest.raises(NoContentError):
        update(fixture)
    assert "error" not in json.loads((site / "case.txt.json").read_text(encoding="utf-8"))


def test_a_case_expecting_an_error_is_not_a_pair(tmp_path):
    site = tmp_path / "generic"
    site.mkdir()
    (site / "case.txt").write_text(EMPTY_PAGE, encoding="utf-8")
    (site / "case.txt.json").write_text(json.dumps({"error": "NoContentError"}), encoding="utf-8")
    (site / "case.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    (site / "case.html.json").write_text("{}", encoding="utf-8")
    assert Fixture(site / "case.txt").expected_error == "NoContentError"
    assert Fixture(site / "case.html").expected_error is None
    assert list(pairs(tmp_path)) == []
