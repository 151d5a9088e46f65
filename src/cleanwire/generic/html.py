"""Generic HTML extraction; the work is done in :mod:`cleanwire.generic.htmlx`."""

from .htmlx import HtmlRules, explain_html

__all__ = ["HtmlRules", "explain_html"]
