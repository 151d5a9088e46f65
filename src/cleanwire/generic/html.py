"""Generic HTML extraction; the work is done in :mod:`cleanwire.generic.htmlx`."""

from .htmlx import explain_html

__all__ = ["explain_html"]
