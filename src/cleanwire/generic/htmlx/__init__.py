"""Generic extraction from HTML pages: segments of the DOM labelled by markup, text and trafilatura."""

from .page import explain_html

__all__ = ["explain_html"]
