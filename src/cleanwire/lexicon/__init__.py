"""What cleanwire knows about the words news pages print, in one place for every path.

The generic dump model, the generic HTML reader and the site classes all read bylines, dates,
titles and page furniture; they share this layer so a language or a convention added here
serves them all:

- :mod:`.normalise`: whitespace and case folding, comparison keys.
- :mod:`.people`: byline prefixes in many languages, splitting names, person vs organisation.
- :mod:`.dates`: dates as pages print them, month names, day/month order, time zones.
- :mod:`.titles`: site names stuck to headlines ("Headline | Site").
- :mod:`.vocab`: words of page furniture: chrome, related-list headings, credits, legal lines.
- :mod:`.tags`: splitting a run of tag words into the phrases the article uses.
- :mod:`.spacing`: the spaces a dump prints at an inline link's edge where the page has none.
"""
