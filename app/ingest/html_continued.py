"""A story a page splits into several containers of one kind, an advert or a rail set between them: trafilatura
keeps the container it judges the story, and the later containers of the same element and class go on with it."""

from lxml.html import HtmlElement

from app.ingest.decode import one_line
from app.ingest.layout.lines import has_running_text


def continued(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` with, after the last one the page's markup holds, the paragraphs of the containers of the same
    kind that follow its own; `tree` is the page as parsed, before trafilatura prunes it."""
    # The first element with a paragraph's text: a pull quote or a card repeating it comes later.
    found: dict[str, HtmlElement] = {}
    for p in tree.iter("p"):
        found.setdefault(_text(p), p)
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
    return [text for texts in later if has_running_text(texts) for text in texts]


# Where a page sets what is not its story: a teaser's summary there may share the story's class. A related-stories
# <section> or a comments block names itself only by a class or id, which this list cannot know; the parent test in
# `_same_kind_after` keeps their cards out (a card wraps its summary in a parent of its own).
_ASIDE = frozenset(["aside", "nav", "footer", "header", "form", "article"])


def _same_kind_after(tree: HtmlElement, container: HtmlElement) -> list[HtmlElement]:
    """The elements after `container` (not within it) of its tag and class whose parent is of the tag and class of
    its own parent (the same slot of the page's template: a teaser card or a comment wraps a summary of the story's
    class in a parent of its own), before the next top-rank heading (the next story's headline, on a page that
    loads stories one after another), within its <article> where it has one and outside asides, navigation and
    articles nested in it; none where it has no class to tell by, or is an <article> (the next one of its class is
    another story)."""
    kind = container.get("class")
    if not kind or container.tag == "article":
        return []
    scope = next(container.iterancestors("article"), tree)
    after = False
    found: list[HtmlElement] = []
    for element in scope.iter(container.tag, "h1"):
        if element is container:
            after = True
        elif after and element.tag == "h1" and not _within(element, container):
            break
        elif after and _is_same_kind(element, container) and not _set_apart(element, scope, container):
            found.append(element)
    return found


def _is_same_kind(element: HtmlElement, container: HtmlElement) -> bool:
    return element.get("class") == container.get("class") and _slot(element) == _slot(container)


def _slot(element: HtmlElement) -> tuple[str, str | None] | None:
    parent = element.getparent()
    return (parent.tag, parent.get("class")) if parent is not None else None


def _within(element: HtmlElement, container: HtmlElement) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _set_apart(element: HtmlElement, scope: HtmlElement, container: HtmlElement) -> bool:
    """Within `container`, or within an aside, navigation or another article below `scope`."""
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if ancestor is container or ancestor.tag in _ASIDE:
            return True
    return False


def _texts(container: HtmlElement) -> list[str]:
    return [text for p in container.iter("p") if (text := _text(p))]


def _text(paragraph: HtmlElement) -> str:
    return one_line(paragraph.text_content())
