"""Generic extraction from HTML pages: segments of the DOM labelled by markup, text and trafilatura."""

from .page import HtmlRules, explain_html

__all__ = ["HtmlRules", "explain_html"]
