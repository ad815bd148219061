"""One article's extraction: entities, quotes and events, with each quote's speaker linked to an entity."""

from app.extract.entities import find_entities
from app.extract.found import Entity, Extraction, Place, Quote
from app.extract.parsed import ParsedArticle
from app.extract.quotes import find_quotes
from app.extract.timeline import find_events


def extract(article: ParsedArticle) -> Extraction:
    entities = find_entities(article)
    quotes = find_quotes(article)
    speakers = [_speaker(quote, entities) for quote in quotes]
    return Extraction(entities=entities, quotes=quotes, events=find_events(article), speakers=speakers)


def _speaker(quote: Quote, entities: list[Entity]) -> int | None:
    """The entity a quote's speaker is: the one mentioned where the speaker is named, else by name."""
    if quote.speaker_place is not None:
        for index, entity in enumerate(entities):
            if any(_overlaps(mention.place, quote.speaker_place) for mention in entity.mentions):
                return index
    name = (quote.speaker_name or "").casefold()
    if not name:
        return None
    for index, entity in enumerate(entities):
        if name in {entity.name.casefold(), *(alias.casefold() for alias in entity.aliases)}:
            return index
    surname = name.split()[-1]
    people = [i for i, entity in enumerate(entities) if entity.type == "PERSON" and _surname(entity.name) == surname]
    return people[0] if len(people) == 1 else None


def _surname(name: str) -> str:
    return name.casefold().split()[-1]


def _overlaps(a: Place, b: Place) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end
