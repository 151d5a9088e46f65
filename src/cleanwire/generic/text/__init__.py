"""Generic extraction from text dumps: a learned line model labels every line of any site's dump."""

from .dump import explain_dump

__all__ = ["explain_dump"]
