"""What a saved page says about itself for search engines and social networks: JSON-LD, OpenGraph and Twitter
tags, `<meta name="author">`, the canonical link, figure captions, and the headings a reader sees."""

import html
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from lxml.html import HtmlElement

from app.ingest.decode import one_line

# schema.org types of a story (NewsArticle and its kinds, blog posts); a page's JSON-LD also describes the site,
# its breadcrumbs and its organisation, which are not the story.
_STORY_TYPES = ("Article", "BlogPosting", "Report")
# schema.org types of a credited author that is no person: Organization and its kinds, and a publisher's brand.
_ORGANISATION_TYPES = ("Organization", "Corporation", "Brand")


@dataclass(frozen=True)
class PageMetadata:
    """Each field's candidates, most trusted first (the story's JSON-LD, then the social tags, then <meta>)."""

    titles: tuple[str, ...]
    window_title: str | None
    headings: tuple[str, ...]
    authors: tuple[tuple[str, ...], ...]
    published: tuple[str, ...]
    url: str | None
    site_name: str | None
    caption: str | None


def page_metadata(tree: HtmlElement) -> PageMetadata:
    """The metadata of the page parsed as `tree`."""
    stories = list(_stories(tree))
    meta = _meta_tags(tree)
    window_title = tree.findtext(".//title")
    titles = [_text(story.get("headline")) for story in stories]
    titles += [meta.get("og:title"), meta.get("twitter:title"), _one_line(window_title)]
    authors = [_names(story.get("author")) for story in stories]
    authors += [_names(meta.get(key)) for key in ("author", "article:author", "dc.creator", "parsely-author")]
    published = [_text(story.get("datePublished")) for story in stories] + [meta.get("article:published_time")]
    published += [_one_line(time.get("datetime")) for time in tree.iter("time")][:1]
    publishers = [_name(story.get("publisher")) for story in stories]
    captions = [_image_caption(story.get("image")) for story in stories] + [_figure_caption(tree)]
    return PageMetadata(
        titles=_present(titles),
        window_title=_one_line(window_title),
        headings=_present(_one_line(_shown_text(h)) for h in tree.iter("h1")),
        authors=tuple(names for names in authors if names),
        published=_present(published),
        url=_first(_canonical(tree), meta.get("og:url"), *(_text(story.get("url")) for story in stories)),
        site_name=_first(meta.get("og:site_name"), *publishers),
        caption=_first(*captions),
    )


def _shown_text(element: HtmlElement) -> str:
    """An element's text as a reader sees it: a line break (<br>) parts the words on either side of it, where
    lxml's text_content runs them together ('saved<br>by' -> 'saved by')."""
    return "".join(
        " " if isinstance(node, HtmlElement) and node.tag == "br" else node
        for node in element.xpath(".//text() | .//br")
    )


def _stories(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = orjson.loads(script.text.strip().removeprefix("<!--").removesuffix("-->"))
        except orjson.JSONDecodeError:
            continue  # a publisher's broken JSON-LD is no reason to refuse its page
        yield from (item for item in _objects(data) if _is_story(item))


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in `data` that a `@graph`, a list or a page's `mainEntity` holds, outermost first."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))
        yield from _objects(data.get("mainEntity"))


def _is_story(item: dict[str, Any]) -> bool:
    return _has_type(item, _STORY_TYPES)


def _has_type(item: Any, endings: tuple[str, ...]) -> bool:
    """Whether a JSON-LD object is of a type (or a kind of it, named with it at the end) `endings` lists."""
    kinds = item.get("@type") if isinstance(item, dict) else None
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.endswith(endings) for kind in kinds)


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """`<meta>` contents by property or name (lower case); the first of each wins."""
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or "").strip().lower()
        if key and (content := _one_line(tag.get("content"))):
            found.setdefault(key, content)
    return found


def _canonical(tree: HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return _one_line(link.get("href"))
    return None


def _figure_caption(tree: HtmlElement) -> str | None:
    for caption in tree.iter("figcaption"):
        if text := _one_line(caption.text_content()):
            return text
    return None


def _image_caption(image: Any) -> str | None:
    if isinstance(image, list):
        return _first(*(_image_caption(item) for item in image))
    return _text(image.get("caption")) if isinstance(image, dict) else None


def _names(value: Any) -> tuple[str, ...]:
    """The people an author field names: a name, a Person, or a list of them; an Organization (the publisher or
    its desk credited as author) and a link (a profile page) are not people."""
    items = value if isinstance(value, list) else [value]
    names = (_name(item) for item in items if not _has_type(item, _ORGANISATION_TYPES))
    return tuple(name for name in names if name and "://" not in name)


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _text(value: Any) -> str | None:
    """A JSON-LD string as a reader sees it: entities decoded, one line."""
    return _one_line(html.unescape(value)) if isinstance(value, str) else None


def _one_line(value: str | None) -> str | None:
    return one_line(value) or None if value else None


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def _present(values: Any) -> tuple[str, ...]:
    return tuple(value for value in values if value)
