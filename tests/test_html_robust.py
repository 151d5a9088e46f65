"""Bad and odd HTML: wrong encodings, non-articles, huge, deeply nested and broken pages."""

import pytest

import cleanwire
from cleanwire.errors import CleanwireError, InputTooLargeError

TEXT = "Le café de la gare a rouvert ses portes après des travaux qui ont duré près de deux ans."


def test_declared_utf8_but_encoded_cp1252_reads_correctly():
    html = "<html><head><meta charset='utf-8'><title>Café</title></head><body>" + f"<p>{TEXT}</p>" * 6 + "</body></html>"
    article = cleanwire.extract(html.encode("cp1252"))
    assert "café" in article.body and "après" in article.body and "\ufffd" not in article.body


def test_declared_latin1_but_encoded_utf8_reads_correctly():
    html = "<html><head><meta charset='iso-8859-1'><title>Café</title></head><body>" + f"<p>{TEXT}</p>" * 6 + "</body></html>"
    assert "près de deux ans" in cleanwire.extract(html.encode("utf-8")).body


def test_listing_page_gives_its_text():
    items = "".join(f"<li><a href='/e/{i}'>Concert number {i} in the park</a> Saturday {i} May</li>" for i in range(30))
    article = cleanwire.extract(f"<html><head><title>Events</title></head><body><h1>Events</h1><ul>{items}</ul></body></html>")
    assert article.title == "Events" and article.paragraphs


def test_calendar_page_gives_its_text():
    rows = "".join(f"<tr><td>{d} June</td><td>Home v Away {d}</td><td>19:30</td></tr>" for d in range(1, 29))
    page = ("<html><head><title>Fixtures: June</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<h1>Fixtures: June</h1><table>{rows}</table><footer>© Club</footer></body></html>")
    article = cleanwire.extract(page)
    assert article.title == "Fixtures: June"
    assert "Home v Away 12" in article.body and "© Club" not in article.body


def test_product_page_gives_its_description():
    page = ("<html><head><title>Kettle K2 | Shop</title>"
            "<meta property='og:type' content='product'></head><body><nav>Cart Login</nav>"
            "<h1>Kettle K2</h1><p class='price'>$49</p><button>Add to cart</button>"
            "<div class='description'><p>The K2 boils a litre of water in under three minutes and "
            "switches itself off when the water boils or the jug is lifted off its base.</p>"
            "<p>Its steel body keeps the outside cool enough to touch while the water heats.</p></div>"
            "</body></html>")
    article = cleanwire.extract(page)
    assert article.title == "Kettle K2"
    assert "boils a litre" in article.body and "Add to cart" not in article.body


def test_huge_page_is_bounded():
    """20 MB of story (the input limit is 32 MB): every paragraph, with or without a story class."""
    para = "<p>" + "word " * 60 + "end.</p>"
    html = "<html><body><div class='article-body'>" + para * 65_000 + "</div></body></html>"
    assert len(html) > 20_000_000
    assert len(cleanwire.extract(html).paragraphs) == 65_000
    html = "<html><body><div>" + "".join(f"<p>Paragraph {i} " + "says a word " * 20 + "end.</p>" for i in range(75_000)) + "</div></body></html>"
    assert len(html) > 20_000_000
    article = cleanwire.extract(html)
    assert len(article.paragraphs) == 75_000 and article.paragraphs[-1].startswith("Paragraph 74999 ")


def test_huge_page_of_tiny_blocks_is_a_clear_error():
    row = "<tr><td>cell one</td><td>cell two words</td><td>3</td></tr>"
    html = "<html><body><table>" + row * 340_000 + "</table></body></html>"
    assert len(html) > 20_000_000
    with pytest.raises(InputTooLargeError, match="blocks of text"):
        cleanwire.extract(html)


def test_deep_nesting_keeps_text():
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{TEXT}</p>" * 3 + "</div>" * 10_000 + "</body></html>"
    article = cleanwire.extract(html)
    assert TEXT in article.body


def test_deep_non_layout_nesting_is_a_clear_error_or_text():
    html = "<html><body>" + "<blockquote>" * 5000 + TEXT + "</blockquote>" * 5000 + "</body></html>"
    try:
        article = cleanwire.extract(html)
    except CleanwireError:
        return
    assert TEXT in article.body


def test_broken_markup():
    html = "<html><body><div><p>" + TEXT + "<p><b>unclosed <i>tags " + TEXT + "</div></span></td><p>" + TEXT * 3
    assert TEXT in cleanwire.extract(html).body


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<html><body><script>var a;</script></body></html>"])
def test_empty_page_is_a_clear_error(html):
    with pytest.raises(CleanwireError):
        cleanwire.extract(html)
