"""Generic extraction from HTML pages: segments of the DOM labelled by markup, text and trafilatura."""

from .page import HtmlPage, HtmlRules, explain_html, explain_page, read_page

__all__ = ["HtmlPage", "HtmlRules", "explain_html", "explain_page", "read_page"]
