"""Fetching pages: the one part of cleanwire that talks to the network.

- :mod:`.client`: :class:`Fetcher` and the ``fetch`` / ``fetch_article`` functions;
- :mod:`.options`: :class:`FetchOptions`; :mod:`.result`: :class:`FetchResult`;
- :mod:`.robots`: robots.txt per RFC 9309; :mod:`.throttle`: per-host delays and backoff;
- :mod:`.transport`: the deadline and the private-address policy at the socket;
- :mod:`.errors`: transport failures as FetchErrors; :mod:`.store`: the files ``cleanwire fetch`` saves.

The boundary is one-way: fetching calls extraction, extraction never imports fetching.
requests is imported on the first fetch, so ``import cleanwire`` stays light.
"""

from .client import Fetcher, fetch, fetch_article
from .options import FetchOptions
from .result import FetchResult

__all__ = ["FetchOptions", "FetchResult", "Fetcher", "fetch", "fetch_article"]
