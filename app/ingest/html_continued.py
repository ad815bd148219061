"""A story a page splits into several containers of one kind, an advert or a rail set between them: trafilatura
keeps the container it judges the story, and the later containers of the same element and class go on with it."""

from lxml.html import HtmlElement

from app.ingest.decode import normalise_text
from app.ingest.layout.lines import make_line


def continued(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` with, after the last one the page's markup holds, the paragraphs of the containers of the same
    kind that follow its own; `tree` is the page as parsed, before trafilatura prunes it."""
    found = {_text(p): p for p in tree.iter("p")}
    for k in range(len(paragraphs) - 1, -1, -1):
        if (paragraph := found.get(paragraphs[k])) is not None and (container := paragraph.getparent()) is not None:
            kept = set(paragraphs)
            more = [text for text in _continuation(tree, container) if text not in kept]
            return [*paragraphs[: k + 1], *more, *paragraphs[k + 1 :]]
    return paragraphs


def _continuation(tree: HtmlElement, container: HtmlElement) -> list[str]:
    """The paragraphs of the later containers of the same kind that hold running text: a block of the site's that
    its templates give the same class (a sign-up box) holds none."""
    later = [_texts(element) for element in _same_kind_after(tree, container)]
    return [text for texts in later if any(make_line(0, text).prose for text in texts) for text in texts]


# Where a page sets what is not its story: a teaser's summary there may share the story's class.
_ASIDE = frozenset(["aside", "nav", "footer", "header", "form"])


def _same_kind_after(tree: HtmlElement, container: HtmlElement) -> list[HtmlElement]:
    """The elements after `container` (not within it) of its tag and class, within its <article> where it has one
    and outside asides and navigation; none where it has no class to tell by, or is an <article> (the next one of
    its class is another story, as a page that loads stories one after another sets them)."""
    kind = container.get("class")
    if not kind or container.tag == "article":
        return []
    scope = next(container.iterancestors("article"), tree)
    after = False
    found: list[HtmlElement] = []
    for element in scope.iter(container.tag):
        if element is container:
            after = True
        elif after and element.get("class") == kind and not _set_apart(element, scope, container):
            found.append(element)
    return found


def _set_apart(element: HtmlElement, scope: HtmlElement, container: HtmlElement) -> bool:
    """Within `container`, or within an aside or navigation below `scope`."""
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if ancestor is container or ancestor.tag in _ASIDE:
            return True
    return False


def _texts(container: HtmlElement) -> list[str]:
    return [text for p in container.iter("p") if (text := _text(p))]


def _text(paragraph: HtmlElement) -> str:
    return " ".join(normalise_text(paragraph.text_content()).split())
