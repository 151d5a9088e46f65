"""The shape of the package: one-way boundary to fetching, light import, declared dependencies."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

import cleanwire

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(cleanwire.__file__).resolve().parent
#: The parts allowed to use fetching: fetching itself, the command line and the package's front door.
USERS_OF_FETCHING = ("fetching/", "cli/", "__init__.py")


def imports(path: Path) -> list[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    module = ["cleanwire", *path.relative_to(PACKAGE).with_suffix("").parts]
    if module[-1] == "__init__":
        module.pop()
    else:
        module = module[:-1] or module
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = module[: len(module) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found.append(name)
            found += [f"{name}.{alias.name}" for alias in node.names]
    return found


def test_extraction_never_imports_fetching():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(USERS_OF_FETCHING):
            continue
        offenders += [f"{rel}: {name}" for name in imports(path) if name.startswith("cleanwire.fetching")]
    assert offenders == []


def test_fetching_is_only_reached_through_its_package():
    uses = {path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
            if any(name.startswith("cleanwire.fetching") for name in imports(path))}
    assert "extract.py" not in uses and "document.py" not in uses and "decode.py" not in uses
    assert {"__init__.py", "cli/fetch.py", "cli/clean.py"} <= uses


def test_import_cleanwire_stays_light():
    code = ("import sys, cleanwire; print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'requests', 'urllib3', 'bs4', 'charset_normalizer', 'trafilatura', 'cleanwire.fetching.client'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_imported_distribution_is_declared():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(req) for req in project["dependencies"]}
    # The scale modules import their engines' libraries, declared in the optional extras.
    extras = {_name(req) for reqs in project["optional-dependencies"].values() for req in reqs}
    owners = packages_distributions()
    needed = {}
    for path in PACKAGE.rglob("*.py"):
        for name in imports(path):
            top = name.split(".")[0]
            if top == "cleanwire" or top in sys.stdlib_module_names or top == "__future__":
                continue
            for dist in owners.get(top, [top]):
                needed.setdefault(_name(dist), path.relative_to(PACKAGE).as_posix())
    missing = {dist: where for dist, where in needed.items() if dist not in declared | extras}
    assert missing == {}
    # trafilatura imports lxml.html.clean, a separate distribution since lxml 5.2; pip versions
    # that ignore trafilatura's marker for it leave it out unless it is declared here.
    assert "lxml-html-clean" in declared
    unused = declared - set(needed) - {"lxml-html-clean", "trafilatura"}
    assert unused == set(), "declared but never imported"


def _name(requirement: str) -> str:
    for stop in "[<>=!~; ":
        requirement = requirement.split(stop, 1)[0]
    return requirement.strip().lower().replace("_", "-")
