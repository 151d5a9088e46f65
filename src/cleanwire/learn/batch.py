"""``cleanwire clean --learn``: learn each site's template from the batch, then clean with it.

1. **Pass 1** (parallel): each input is read once for what grouping needs — its kind, the
   host its URL names (a ``cleanwire fetch`` sidecar, or the page's og:url / canonical link)
   and the keys of its short lines — appended to ``OUTDIR/.cleanwire/learn/facts.jsonl``.
2. **Grouping** (:mod:`.grouping`), in this process, over keys only.
3. **Learning** (parallel, one task a group): at most :data:`~.api.MAX_SAMPLE` pages of the
   group are read and a template learned; all templates, with the page-to-template map, go
   to ``OUTDIR/.cleanwire/learn/templates.json`` in one atomic write.
4. **Pass 2**: the usual bulk clean, each page with its group's template.

Every step resumes: pass 1 skips inputs already in ``facts.jsonl``; a templates file made
from the same inputs is reused; pass 2 skips finished outputs as ``clean`` always does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..document import make_document
from ..errors import CleanwireError
from ..extract import read_input
from .api import MAX_SAMPLE, spread
from .apply import choose_template
from .grouping import Group, PageFacts, group_pages
from .learner import NotLearned, learn_template
from .lines import grouping_keys, host_of, quick_read, read_sample
from .template import Template, load_templates

STATE = Path(".cleanwire") / "learn"
FACTS = "facts.jsonl"
TEMPLATES = "templates.json"


# -- workers ----------------------------------------------------------------------------------

def page_facts(path: str, url: str | None, encoding: str | None) -> tuple[bool, str]:
    """Pass 1 on one file: ``(True, JSON facts)`` or ``(False, reason)``. Runs in workers."""
    try:
        kind, texts, found = quick_read(read_input(path), url, encoding)
    except OSError as exc:
        return False, exc.strerror or str(exc)
    except CleanwireError as exc:
        return False, str(exc)
    keys = array("q", grouping_keys(texts))
    return True, json.dumps({"kind": kind, "host": host_of(found),
                             "keys": base64.b64encode(keys.tobytes()).decode("ascii")})


def learn_group(name: str, paths_json: str) -> tuple[bool, str]:
    """Learn one group's template from its sample pages: ``(True, template JSON)`` or
    ``(False, why not)``. Runs in workers."""
    samples = []
    for path, url, encoding in json.loads(paths_json):
        try:
            samples.append(read_sample(make_document(read_input(path), url=url, encoding=encoding)))
        except (OSError, CleanwireError):
            continue
    try:
        return True, learn_template(samples, name).to_json(indent=None)
    except NotLearned as exc:
        return False, str(exc)


_LOADED: dict[tuple[str, float], dict[str, Template]] = {}


def clean_learned(path: str, site: str | None, fmt: str, templates: str, name: str) -> tuple[bool, str] | tuple[bool, str, str]:
    """Pass 2 on one file: clean it with the template called ``name`` from the ``templates``
    file (none when ``name`` is empty; the one that fits the page when it is "*"). Runs in
    workers."""
    from ..cli.clean import _clean, fetch_sidecar

    loaded: dict[str, Template] = {}
    if name:
        try:
            key = (templates, os.path.getmtime(templates))
            if key not in _LOADED:
                _LOADED.clear()
                _LOADED[key] = {t.name: t for t in load_templates(Path(templates).read_text(encoding="utf-8"))}
            loaded = _LOADED[key]
        except (OSError, CleanwireError) as exc:
            return False, f"cannot read the learned templates ({exc})"
    try:
        url, encoding = fetch_sidecar(path)
        raw = read_input(path)
        template = loaded.get(name)
        if name == "*":
            template = choose_template(make_document(raw, url=url, encoding=encoding), list(loaded.values()))
    except OSError as exc:
        return False, exc.strerror or str(exc)
    except CleanwireError as exc:
        return False, str(exc)
    return _clean(raw, site, fmt, url=url, encoding=encoding, template=template)


_TASKS: dict[str, Callable[..., tuple[bool, str] | tuple[bool, str, str]]] = {"facts": page_facts, "learn": learn_group, "clean": clean_learned}


def run_task(name: str, *args: str) -> tuple[bool, str] | tuple[bool, str, str]:
    """Every step's work in one worker function (one pool serves the whole run): the step
    ``name`` on ``args``."""
    return _TASKS[name](*args)


# -- the run ----------------------------------------------------------------------------------

#: Maps :func:`run_task` over items (``(step, *args)``), yielding ``(item, ok, text, ...)``.
Runner = Callable[[Iterable[tuple]], Iterator[tuple[Any, ...]]]


@dataclass
class Learned:
    """What the learning steps produced for a run."""

    templates: list[Template]
    #: input key -> template name ("" for none)
    assigned: dict[str, str]
    report: list[str] = field(default_factory=list)


def inputs_digest(keys: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()


def learn_batch(sources: dict[str, str], state: Path, run: Runner, sidecar: Callable[[str], tuple[str | None, str | None]],
                force: bool = False) -> Learned:
    """Pass 1, grouping and learning over ``sources`` (input key -> path); ``run`` maps a
    task over items in workers and yields ``(item, ok, text)``."""
    state.mkdir(parents=True, exist_ok=True)
    digest = inputs_digest(list(sources))
    saved = state / TEMPLATES
    if not force and saved.exists():
        try:
            data = json.loads(saved.read_text(encoding="utf-8"))
            if data.get("inputs") == digest:
                return Learned(load_templates(json.dumps(data)), dict(data["assigned"]),
                               [*data.get("report", ()), "(learned earlier: reused)"])
        except (OSError, ValueError, KeyError, CleanwireError):
            pass
    facts = _pass_one(sources, state / FACTS, run, sidecar, force)
    keys = sorted(facts)
    grouping = group_pages([facts[k] for k in keys])
    tasks: dict[tuple, Group] = {}
    for n, group in enumerate(grouping.groups):
        members = [keys[i] for i in group.members]
        name = _name(group, n)
        sample = [(sources[k], *sidecar(sources[k])) for k in spread(members, MAX_SAMPLE)]
        tasks[("learn", name, json.dumps(sample))] = group
    templates: list[Template] = []
    assigned = dict.fromkeys(sources, "")
    unread = len(sources) - len(facts)
    report = [f"{len(sources)} inputs, {len(grouping.groups)} groups of two pages or more, "
              f"{len(grouping.alone)} pages in no group" + (f", {unread} unreadable (see below)" if unread else "")]
    rows = []
    for item, ok, text, *_ in run(list(tasks)):
        group, name = tasks[item], item[1]
        how = f"{len(group.members)} {group.kind} pages, by {group.how}"
        if ok:
            template = _named(Template.from_json(text), group, {t.name for t in templates})
            templates.append(template)
            for i in group.members:
                assigned[keys[i]] = template.name
            rows.append(f"  {template.name}: {how}: {template.summary()}")
        else:
            rows.append(f"  {name}: {how}: not learned ({text}): generic")
    report += sorted(rows)
    why = Counter(reason for _, reason in grouping.alone)
    report += [f"  {count} pages alone: {reason}" for reason, count in why.most_common()]
    report += [f"  note: {note}" for note in grouping.notes]
    payload = {"inputs": digest, "templates": [t.to_dict() for t in templates], "assigned": assigned, "report": report}
    from ..cli.outputs import write_atomic

    write_atomic(saved, json.dumps(payload, ensure_ascii=False))
    return Learned(templates, assigned, report)


def _named(template: Template, group: Group, taken: set[str]) -> Template:
    """A group with no host is named after the site name its pages declare, when they do;
    names stay unique within a run."""
    name = template.name
    if group.host is None and template.site_name:
        from .writer import identifier

        name = identifier(template.site_name)
    base, n = name, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return template if name == template.name else replace(template, name=name)


def _name(group: Group, n: int) -> str:
    base = group.host or f"group-{n + 1}"
    return base if "layout" not in group.how else f"{base}-{group.how.rsplit(' ', 1)[-1]}"


def _pass_one(sources: dict[str, str], spool: Path, run: Runner,
              sidecar: Callable[[str], tuple[str | None, str | None]], force: bool) -> dict[str, PageFacts]:
    """The facts of every readable input; those in ``spool`` from an earlier run are reused."""
    facts: dict[str, PageFacts] = {}
    if force:
        spool.unlink(missing_ok=True)
    if spool.exists():
        good = 0
        with open(spool, "rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break
                try:
                    record = json.loads(raw)
                    if record["key"] in sources:
                        facts[record["key"]] = facts_of(record)
                except (ValueError, KeyError, TypeError):
                    break
                good += len(raw)
        os.truncate(spool, good)
    todo = {("facts", path, *sidecar(path)): key for key, path in sources.items() if key not in facts}
    with open(spool, "ab") as out:
        for item, ok, text, *_ in run(list(todo)):
            if not ok:
                continue  # pass 2 reports the file's problem
            record = json.loads(text)
            record["key"] = todo[item]
            out.write(json.dumps(record).encode("utf-8") + b"\n")
            out.flush()
            facts[todo[item]] = facts_of(record)
    return facts


def facts_of(record: dict) -> PageFacts:
    keys = array("q")
    keys.frombytes(base64.b64decode(record["keys"]))
    return PageFacts(str(record["kind"]), record.get("host"), keys)


def print_report(report: list[str], limit: int = 40) -> None:
    """The learning summary on stderr (the first ``limit`` lines of groups)."""
    head, rows = report[:1], report[1:]
    for line in head + rows[:limit]:
        print(f"cleanwire: {line}" if line is report[0] else line, file=sys.stderr)
    if len(rows) > limit:
        print(f"  ... {len(rows) - limit} more lines in .cleanwire/learn/templates.json", file=sys.stderr)
