"""A saved HTML page as an article: the story's text by trafilatura, its headline, byline, date, address, site
and caption from the page's own metadata where that agrees with what a reader sees; a byline the metadata and
the markup do not give is read from the page's text as the page cleaner reads a copied page."""

import copy
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError
from lxml.html import HtmlElement, HTMLParser
from trafilatura.settings import Document

from app.ingest.decode import BadInput, folded, normalise_text
from app.ingest.html_body import shows_headline, story_lines
from app.ingest.html_continued import continued
from app.ingest.html_meta import PageMetadata, page_metadata
from app.ingest.html_text import visible_lines
from app.ingest.layout.byline import parse_byline
from app.ingest.layout.clean import CleanPage, clean_page
from app.ingest.layout.headline import without_site_name
from app.ingest.layout.lines import HEADLINE_WORDS, has_running_text
from app.ingest.layout.masthead import shown_names
from app.ingest.structured import parse_published
from app.vocabulary.credits import FOREIGN_BY
from app.vocabulary.furniture import PUBLICATION_WORDS, TITLE_SEPARATORS, without_live_label

# The tree is built from text decoded beforehand (app/ingest/html_decode.py), handed to lxml as UTF-8.
_PARSER = HTMLParser(encoding="utf-8", remove_comments=True)
# 'By' before the names, as a byline prints them, or its word in another language ('Par Jeanne Roux'), capitalised
# and before a name of two words or more: 'Von Harlowe' alone may be the name itself.
_BY = re.compile(rf"^\s*(?:(?i:by)\s*:?|(?:{'|'.join(FOREIGN_BY)})(?=\s+\S+\s+\S))\s+")
# A window or social title is often the headline with the site's name before or after a separator.
_TITLE_SEPARATORS = re.compile("(?:" + "|".join(rf"\s+{re.escape(sep.strip())}\s+" for sep in TITLE_SEPARATORS) + ")")


@dataclass(frozen=True)
class PageArticle:
    """An article's fields as read from its page."""

    body: str
    title: str | None
    author: str | None
    source: str | None
    original_source: str | None
    caption: str | None
    published: str | None
    url: str | None


def read_page(text: str) -> PageArticle:
    """The article on a page; its body is empty when the page holds no story (a home page, a gallery, a 404)."""
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (ParserError, ValueError) as error:
        raise BadInput(f"not an HTML page: {error}") from error
    meta = page_metadata(tree)
    # Read before trafilatura, which prunes the tree it is given.
    lines = visible_lines(tree)
    whole = copy.deepcopy(tree)
    published = _published(meta, tree)
    # Readers' comments are not the story (trafilatura keeps them unless told).
    extracted = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=True)
    found = extracted if isinstance(extracted, Document) else None  # a dict only when asked for one
    # The page cleaner's reading of the text, made once: on every page, for the wire the story came from (metadata
    # names none, and the cleaner's byline and dateline rules are the test: no cheaper one finds them all); the
    # headline and the byline are taken from it only where the metadata leaves them to it.
    cleaned = functools.cache(lambda: _cleaned(meta.window_title, lines))
    titled = _title(meta, whole, lines, found.title if found else None, cleaned)
    title = without_live_label(titled) if titled else None  # a live page's label ('Live: ...') is no headline's
    sites = _sites(meta, title)  # the site's own names, which neither the byline nor the wire may be
    author = _author(meta, lines, title, found.author if found else None, sites, cleaned)
    return PageArticle(
        body=_paragraphs(whole, found.text if found and found.text else "", title, author, sites),
        title=title,
        author=author,
        source=meta.site_name,
        original_source=_original_source(sites, cleaned),
        caption=meta.caption,
        published=published,
        url=meta.url,
    )


def _cleaned(window_title: str | None, lines: str) -> CleanPage:
    """The page cleaner's reading of the page's visible `lines` with the window title first, as a copied page's text
    prints it: the cleaner weighs a line the window title names. Its headline is never that first line itself where
    the page shows it nowhere: the window title, site's name and all, is no headline the text shows."""
    page = clean_page(f"{window_title or ''}\n{lines}")
    if page.title is not None and page.title == window_title and page.title not in lines.split("\n"):
        return replace(page, title=None)
    return page


def _paragraphs(tree: HtmlElement, text: str, title: str | None, author: str | None, sites: frozenset[str]) -> str:
    """trafilatura's lines, one paragraph each, as the other inputs give them: separated by a blank line; less
    the headline and the furniture set at the story's edges inside its container (app/ingest/html_body.py)."""
    given = [joined for line in normalise_text(text).split("\n") if (joined := " ".join(line.split()))]
    lines = story_lines(continued(tree, given), title, author, sites=sites)
    # What a home page or a gallery yields is link labels and captions: no line of it reads as running text.
    return "\n\n".join(lines) if has_running_text(lines) else ""


def _title(
    meta: PageMetadata, tree: HtmlElement, lines: str, fallback: str | None, cleaned: Callable[[], CleanPage]
) -> str | None:
    """The heading a reader sees that the metadata names (alone, or with the site's name beside it); else the
    page's one heading, where the metadata's headline disagrees with it (a social headline rewritten for
    sharing) and names no headline the page cleaner finds in its text (the one heading is then a box's), or of
    several headings the one the page cleaner finds the headline in the page's text (another is a
    box's); else the metadata's headline less the site's name; else trafilatura's. A page with no heading shows its
    headline in its text, where the page cleaner finds it: that one where the metadata names it (with a site's name
    the page does not give), or where the page has no title at all, or the metadata names only the site or a section
    ('Valley Post') or a headline the page never shows (rewritten for sharing), unless the text's is a link's (a
    teaser's). A heading too short for a headline that the window title does not name as its headline is the site's
    or a section's name (a logo's), and the window title is taken less it."""
    headings = [h for h in meta.headings if folded(h) != folded(meta.site_name or "")]
    for title in meta.titles:
        for heading in headings:
            if _is_titled(folded(title), folded(heading)) and _names_as_headline(title, heading):
                return heading
    # A heading too short for a headline names the site ('Valley Post' as the page's logo) or a section.
    named = [h for h in headings if len(h.split()) < HEADLINE_WORDS]
    headings = [h for h in headings if h not in named]
    if kicked := _less_kicker(headings, meta.titles):
        return kicked
    if len(headings) == 1:
        return _titled_text_headline(meta.titles, cleaned) or headings[0]
    if len(headings) > 1 and (shown := cleaned().title) and folded(shown) in map(folded, headings):
        return shown
    titles = list(meta.titles)
    # No title at all, or a window title of the site's name alone, names no headline: the page's text shows it.
    if not headings and all(folded(title) == folded(meta.site_name or "") for title in titles):
        return cleaned().title or fallback
    if not headings:  # titles is not empty: a page with none was answered above
        if titled := _titled_text_headline(meta.titles, cleaned):
            return titled
        shown = cleaned().title
        # A window title whose longest part is shorter than a headline names the site or a section.
        titles = [title for title in titles if _longest_part(_TITLE_SEPARATORS.split(title)) >= HEADLINE_WORDS]
        # Where the window title names no headline (only the site, or the page has none), a social title the page
        # never shows was rewritten for sharing ('Who still rides the last boat?'): the headline the page shows is
        # the story's, unless it links to another story (a box's teaser, where the page shows its own headline
        # nowhere in its text).
        rewritten = not any(_shown_on_page(title, lines) for title in titles)
        if shown and meta.window_title not in titles and rewritten and not _links(tree, shown):
            return shown
        fallback = shown or fallback
    return _without_site(titles[0], meta.site_name or next(iter(named), None), lines) if titles else fallback


def _titled_text_headline(titles: tuple[str, ...], cleaned: Callable[[], CleanPage]) -> str | None:
    """The headline the page cleaner finds in the page's text, where the metadata names it (alone, or with the
    site's name beside it): over a page's one heading that neither names, which is another story's (a box's), and
    where the page has no heading."""
    shown = cleaned().title
    return shown if shown and any(_is_titled(folded(title), folded(shown)) for title in titles) else None


def _shown_on_page(title: str, lines: str) -> bool:
    """Whether a reader sees a part of `title` long enough for a headline on the page (its visible `lines`)."""
    visible = folded(lines)
    parts = _TITLE_SEPARATORS.split(title)
    return any(len(part.split()) >= HEADLINE_WORDS and folded(part) in visible for part in parts)


def _links(tree: HtmlElement, text: str) -> bool:
    """Whether `text` is a link's text on the page, as another story's headline in a box of teasers is."""
    key = folded(text)
    return any(folded(link.text_content()) == key for link in tree.iter("a"))


def _names_as_headline(title: str, heading: str) -> bool:
    """The window title's longest part, or its first, where window titles put the headline before the site's name
    ('Vote delayed - The Valley Morning Post'); a shorter part after it is the site's ('Headline | Valley Post')."""
    parts = _TITLE_SEPARATORS.split(title)
    return len(heading.split()) >= _longest_part(parts) or folded(parts[0]) == folded(heading)


def _longest_part(parts: list[str]) -> int:
    """The words of a window title's longest part between its separators: 'Home | Valley Post' holds no headline."""
    return max(len(part.split()) for part in parts)


def _less_kicker(headings: list[str], titles: tuple[str, ...]) -> str | None:
    """The headline the metadata names (alone, or with the site's name beside it), where a heading shows it with
    a kicker run into its start ('Exclusive Ferry pier to close')."""
    for title in titles:
        for part in _TITLE_SEPARATORS.split(title):
            if len(part.split()) >= HEADLINE_WORDS and any(shows_headline(heading, part) for heading in headings):
                return part
    return None


def _is_titled(title: str, heading: str) -> bool:
    """Whether `title` is `heading`, alone or with a site's name before or after a separator."""
    sep = _TITLE_SEPARATORS.pattern
    return re.fullmatch(rf"(?:.+{sep})?{re.escape(heading)}(?:{sep}.+)?", title) is not None


def _without_site(title: str, site: str | None, lines: str) -> str:
    """A window title less the site's name after it: the metadata's or a heading's name for the site, else one the
    page shows as a line of its own (a logo's: 'Headline | Valley Post' over 'Valley Post') or one shaped as a
    publication's (`without_site_name`)."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and site and folded(parts[-1]) == folded(site):
        return re.sub(rf"{_TITLE_SEPARATORS.pattern}$", "", title[: title.rfind(parts[-1])])
    return without_site_name(title, shown_names(lines.split("\n")))


def _author(
    meta: PageMetadata,
    lines: str,
    title: str | None,
    fallback: str | None,
    sites: frozenset[str],
    cleaned: Callable[[], CleanPage],
) -> str | None:
    """The people of the first metadata byline whose every name a reader sees on the page; else those of
    trafilatura's; else the byline the page cleaner finds near the headline of the page's text. A byline's roles
    and publications ('..., Staff Writer') are not people, nor is the site credited under its own name (its
    metadata's, or the one its window title gives)."""
    visible = folded(lines)
    for byline in (*meta.authors, (fallback,) if fallback else ()):
        names = [name for given in byline for name in _people(given, sites)]
        if names and all(_seen_as_name(folded(name), visible) for name in names):
            return ", ".join(_with_co_writers(names, lines, title, sites))
    return _less_sites(cleaned().author, sites)


def _original_source(sites: frozenset[str], cleaned: Callable[[], CleanPage]) -> str | None:
    """The wire the page cleaner reads in the page's text (the agency after its byline, over it or in the story's
    dateline), as on a copied page: the metadata names none. Not the site under its own name, as its metadata or
    window title gives it."""
    wire = cleaned().original_source
    return None if wire is None or folded(wire) in sites else wire


def _less_sites(author: str | None, sites: frozenset[str]) -> str | None:
    """The page cleaner's byline less the site credited under its own name ('By Valley Courier Staff'), which the
    page's text alone does not tell from a writer's."""
    if author is None or (people := _people(author, sites)) == _people(author, frozenset()):
        return author
    return ", ".join(people) or None


def _seen_as_name(name: str, visible: str) -> bool:
    """Whether a reader sees `name` on the page as a name, not only as the first words of a publication's: a site's
    metadata may credit its own staff ('Valley Post Staff', read as the name 'Valley' and the paper 'Post'), whose
    words the reader sees only in the masthead ('Valley Post')."""
    return any(
        not (after := visible[seen.end() :].split(maxsplit=1)[:1]) or after[0].strip(".,;:|") not in PUBLICATION_WORDS
        for seen in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", visible)
    )


def _with_co_writers(names: list[str], lines: str, title: str | None, sites: frozenset[str]) -> list[str]:
    """The writers of the page's own byline ('By ...') where it names the metadata's and more: a site's metadata
    often gives only the first of two writers. The byline under the headline first: a box of other stories above it
    shows their bylines too."""
    text = lines.split("\n")
    below = next((k for k, line in enumerate(text) if title and folded(line) == folded(title)), 0)
    for line in text[below:] + text[:below]:
        if _BY.match(line) and folded(names[0]) in folded(line):
            shown = _people(line, sites)
            return list(shown) if set(map(folded, names)) < set(map(folded, shown)) else names
    return names


def _people(byline: str, sites: frozenset[str]) -> tuple[str, ...]:
    """The byline's writers less the site under its own name, whole ('Valley Courier') or split by the byline's
    reading into a name and the publication's last word ('Town Crier' and 'Online' of 'Town Crier Online')."""
    parsed = parse_byline(_BY.sub("", byline.replace(";", ",")))
    if not parsed:
        return ()
    names, publication = parsed
    return tuple(
        name for name in names if folded(name) not in sites and folded(f"{name} {publication or ''}") not in sites
    )


def _sites(meta: PageMetadata, title: str | None) -> frozenset[str]:
    """The site's names, folded: its metadata's, and the end of its titles away from the headline ('Headline | Valley
    Courier'), where a page whose metadata names no site names it to its readers. Not a part between them, where an
    opinion page may name its columnist ('Headline | Jane Roe | Valley Courier')."""
    ends = (parts[k] for given in meta.titles if len(parts := _TITLE_SEPARATORS.split(given)) > 1 for k in (0, -1))
    return frozenset(folded(site) for site in (meta.site_name, *ends) if site and folded(site) != folded(title or ""))


def _published(meta: PageMetadata, tree: HtmlElement) -> str | None:
    for value in meta.published:
        try:
            return parse_published(value)
        except ValueError:
            continue
    # htmldate reads <time datetime>, dated <meta> tags and the like; never a URL (it would fetch it).
    found = find_date(tree, extensive_search=False, original_date=True)
    return parse_published(found) if found else None
