"""A picture of a decision: one self-contained HTML page showing every line or block of an
input coloured by its label, with the reason code, the message and the rule that decided it.

``cleanwire explain --html PAGE -o report.html`` writes it; no script, no external file.
"""

from __future__ import annotations

import html
from collections import Counter

from .blocks import Explanation, Label

_COLOURS = {
    Label.BODY: "#d9f2d9", Label.CAPTION: "#fff2cc", Label.RELATED: "#dbe8fb",
    Label.METADATA: "#eadcf8", Label.BOILERPLATE: "#f1f1f1",
}
_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222}
h1{font-size:1.3em;margin:0 0 .3em} .meta{color:#555;margin:.2em 0}
table{border-collapse:collapse;width:100%;margin-top:1em} td{padding:.25em .5em;vertical-align:top;border-bottom:1px solid #fff}
td.n{color:#888;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.l{font-weight:600;white-space:nowrap} td.t{width:60%} td.r{color:#444;font-size:.92em}
code{font-size:.9em;color:#666} .legend span{display:inline-block;padding:.1em .6em;margin:.1em .3em .1em 0;border-radius:3px}
ul.notes{margin:.3em 0 0 1.2em;padding:0;color:#444}
"""


def render(result: Explanation, source: str) -> str:
    """The report of one explained input, as a complete HTML document."""
    a = result.article
    counts = Counter(block.label for block in result.blocks)
    legend = "".join(
        f'<span style="background:{_COLOURS[label]}">{label.value} · {counts.get(label, 0)}</span>' for label in Label
    )
    facts = [
        ("extractor", result.extractor + (f" · layout {result.version}" if result.version else "")),
        ("title", a.title or "—"), ("authors", ", ".join(a.authors) or "—"),
        ("published", a.published.isoformat() if a.published else "—"), ("section", " › ".join(a.section) or "—"),
        ("tags", ", ".join(a.tags) or "—"), ("language", a.language or "—"),
    ]
    rows = []
    for number, block in enumerate(result.blocks, 1):
        where = block.line if block.line is not None else number
        reason = block.reason
        rule = f" <code>{html.escape(reason.rule)}</code>" if reason.rule else ""
        path = f"<br><code>{html.escape(block.path)}</code>" if block.path else ""
        rows.append(
            f'<tr style="background:{_COLOURS[block.label]}"><td class="n">{where}</td>'
            f'<td class="l">{block.label.value}</td><td class="t">{html.escape(block.text)}</td>'
            f'<td class="r">{html.escape(reason.code.value)}: {html.escape(reason.message)}{rule}{path}</td></tr>'
        )
    notes = "".join(f"<li>{html.escape(note)}</li>" for note in result.notes)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>cleanwire explain: {html.escape(source)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(source)}</h1>"
        + "".join(f'<p class="meta"><b>{k}</b>: {html.escape(v)}</p>' for k, v in facts)
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
        + f'<p class="legend">{legend}</p>'
        + "<table><tr><th>line</th><th>label</th><th>text</th><th>why (code: message, rule)</th></tr>"
        + "".join(rows) + "</table></body></html>\n"
    )
