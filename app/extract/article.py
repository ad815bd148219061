"""One article's extraction: entities, quotes and events, with each quote's speaker linked to an entity."""

from app.extract.entities import find_entities
from app.extract.found import Entity, Extraction, Mention, Place, Quote
from app.extract.names import alias_table
from app.extract.parsed import ParsedArticle
from app.extract.quotes import find_quotes
from app.extract.timeline import find_events
from app.vocabulary.capitals import NAME_PARTICLES

# Metadata fields that name the article's publishers: organisations the article names by being theirs.
PUBLISHER_FIELDS = ("source", "original_source")


def extract(article: ParsedArticle) -> Extraction:
    entities = _with_publishers([_curated(entity) for entity in find_entities(article)], article)
    quotes = find_quotes(article)
    speakers = [_speaker(quote, entities) for quote in quotes]
    return Extraction(entities=entities, quotes=quotes, events=find_events(article), speakers=speakers)


def _curated(entity: Entity) -> Entity:
    """The entity under the curated table's name for it, when the table knows it ("U.N." -> "United Nations")."""
    known = alias_table().lookup(entity.name)
    if known is not None and known.name != entity.name:
        entity.name = known.name
    return entity


def _with_publishers(entities: list[Entity], article: ParsedArticle) -> list[Entity]:
    by_name = {entity.name.casefold(): entity for entity in entities if entity.type == "ORG"}
    for field in PUBLISHER_FIELDS:
        name = article.texts.get(field, "")
        if not name:
            continue
        mention = Mention(Place(field, 0, len(name)), name, "ORG")
        if (known := by_name.get(name.casefold())) is not None:
            known.mentions.append(mention)
        else:
            by_name[name.casefold()] = Entity(name, "ORG", [mention])
            entities.append(by_name[name.casefold()])
    return entities


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
    # Only a name's last word is a surname: not that of words about someone ("the letter to Roe").
    if not all(word[:1].isupper() or word in NAME_PARTICLES for word in (quote.speaker_name or "").split()):
        return None
    surname = name.split()[-1]
    people = [i for i, entity in enumerate(entities) if entity.type == "PERSON" and _surname(entity.name) == surname]
    return people[0] if len(people) == 1 else None


def _surname(name: str) -> str:
    return name.casefold().split()[-1]


def _overlaps(a: Place, b: Place) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end
