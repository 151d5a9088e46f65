"""Learning each site's template from the batch itself: no truth, no hand-written class.

``learn(pages)`` returns a :class:`Template` (JSON with ``to_json``/``from_json``);
``cleanwire.extract(raw, template=...)`` reads a page with it. See docs/learning.md.
"""

from .api import LearnError, learn
from .template import Template, TemplateError, load_templates

__all__ = ["LearnError", "Template", "TemplateError", "learn", "load_templates"]
