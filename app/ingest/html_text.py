"""A saved page's visible text laid out as a copied page gives it: one line for each block of the page (a
heading, a paragraph, a list item, a table cell), so the page cleaner's rules for copied pages read it too."""

from collections.abc import Iterator

from lxml.html import HtmlElement

# The elements a browser starts a new line for (HTML's block and list elements, table rows and cells, breaks).
_BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
     "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
     "table", "td", "th", "tr", "ul"]
)  # fmt: skip
# What a reader never sees as text.
_UNSEEN = frozenset(["script", "style", "noscript", "template", "svg", "head", "title"])


def visible_lines(tree: HtmlElement) -> str:
    """The text of the page's body, a line for each block; runs of spaces and empty lines dropped."""
    body = tree.find("body")
    pieces = _pieces(body) if body is not None else iter(())
    return "\n".join(joined for line in "".join(pieces).split("\n") if (joined := " ".join(line.split())))


def _pieces(element: HtmlElement) -> Iterator[str]:
    block = element.tag in _BLOCKS
    if isinstance(element.tag, str) and element.tag not in _UNSEEN:
        yield "\n" if block else ""
        yield element.text or ""
        for child in element:
            yield from _pieces(child)
            yield child.tail or ""
        yield "\n" if block else ""
