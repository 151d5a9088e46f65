"""``cleanwire.learn(pages)``: a template from pages in memory."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..document import make_document
from ..errors import CleanwireError
from .learner import NotLearned, learn_template
from .lines import host_of, read_sample
from .template import Template

#: At most this many pages of a group are read to learn its template.
MAX_SAMPLE = 16


class LearnError(CleanwireError):
    """No template could be learned from the pages given (the message says why)."""


def spread(items: Sequence, limit: int = MAX_SAMPLE) -> list:
    """At most ``limit`` items, spread evenly over the sequence."""
    if len(items) <= limit:
        return list(items)
    step = len(items) / limit
    return [items[int(k * step)] for k in range(limit)]


def learn(
    pages: Iterable[str | bytes], *, name: str | None = None, urls: Sequence[str | None] | None = None
) -> Template:
    """Learn the template that ``pages`` (raw dumps or HTML of one site) share.

    At most :data:`MAX_SAMPLE` pages are read (spread over those given). ``urls``, when given,
    are the pages' addresses, in order. Raises :class:`LearnError` when the pages share no
    template (too few, too different, or of different kinds).
    """
    raw = list(pages)
    addresses = list(urls) if urls is not None else [None] * len(raw)
    if len(addresses) != len(raw):
        raise ValueError("urls must give one address per page")
    chosen = spread(list(zip(raw, addresses)))
    samples = [read_sample(make_document(data, url=url)) for data, url in chosen]
    kinds = {s.kind for s in samples}
    if len(kinds) > 1:
        raise LearnError("the pages mix text dumps and HTML: learn a template for each kind")
    if name is None:
        hosts = {host_of(s.url) for s in samples} - {None}
        name = hosts.pop() if len(hosts) == 1 else None
    try:
        return learn_template(samples, name or "site")
    except NotLearned as exc:
        raise LearnError(str(exc)) from None
