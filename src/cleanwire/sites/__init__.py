"""Site-specific extractors, one module per site, discovered by :mod:`cleanwire.registry`.

To add a site, drop a module here with one :class:`cleanwire.site.SiteExtractor` subclass and
add a fixture pair under ``tests/fixtures/<name>/``. Nothing else needs editing.
"""
