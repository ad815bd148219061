"""Writing an article's extraction: replacing what was stored for it, keeping entity ids stable."""

import re
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from app.extract.found import Entity, Event, Extraction, Place, Quote
from app.store.naming import forget_names, fullness, record_names
from app.store.resolution import resolve_entity
from app.store.tables import (
    ARTICLE_ENTITIES,
    ARTICLES,
    ENTITIES,
    EVENT_ENTITIES,
    EVENTS,
    MENTIONS,
    QUOTE_PLACES,
    QUOTES,
)

# Quotes this short ("not aware") recur by chance across articles, so they are not clustered.
_MIN_CLUSTER_WORDS = 4


def replace_extraction(connection: Connection, *, article_id: int, extraction: Extraction) -> None:
    """Store the article's entities, quotes and events in place of any stored before."""
    forgotten = forget_extraction(connection, article_id=article_id)
    entity_ids = [resolve_entity(connection, entity) for entity in extraction.entities]
    # Two of the article's entities may turn out to be one stored entity ("Smith" and "John Smith").
    same: dict[int, list[Entity]] = {}
    for entity, entity_id in zip(extraction.entities, entity_ids, strict=True):
        same.setdefault(entity_id, []).append(entity)
    for entity_id, entities in same.items():
        _write_entity(connection, article_id, entity_id, entities)
    for quote, speaker in zip(extraction.quotes, extraction.speakers, strict=True):
        _write_quote(connection, article_id, quote, entity_ids[speaker] if speaker is not None else None)
    for event in extraction.events:
        _write_event(connection, article_id, event, _entities_in(event.sentence_place, extraction.entities, entity_ids))
    _drop_unnamed(connection, forgotten - set(entity_ids))


def forget_extraction(connection: Connection, *, article_id: int) -> set[int]:
    """Remove the article's extraction; gives the ids of the entities it named."""
    named = connection.execute(
        select(ARTICLE_ENTITIES.c.entity_id, ARTICLE_ENTITIES.c.mention_count, ARTICLE_ENTITIES.c.name).where(
            ARTICLE_ENTITIES.c.article_id == article_id
        )
    ).all()
    written: dict[int, set[str]] = {}
    for entity_id, text in connection.execute(
        select(MENTIONS.c.entity_id, MENTIONS.c.text).where(MENTIONS.c.article_id == article_id).distinct()
    ):
        written.setdefault(entity_id, set()).add(text)
    for table in (QUOTES, EVENTS, MENTIONS, ARTICLE_ENTITIES):
        connection.execute(delete(table).where(table.c.article_id == article_id))
    for row in named:
        connection.execute(
            update(ENTITIES)
            .where(ENTITIES.c.id == row.entity_id)
            .values(
                mention_count=ENTITIES.c.mention_count - row.mention_count,
                article_count=ENTITIES.c.article_count - 1,
                # Only the articles still naming the entity may say its name is not real.
                pseudonym=_called_pseudonym(row.entity_id),
            )
        )
        forget_names(connection, entity_id=row.entity_id, article_name=row.name, written=written.get(row.entity_id, ()))
    return {row.entity_id for row in named}


def _called_pseudonym(entity_id: int) -> Any:
    return (
        select(ARTICLE_ENTITIES.c.article_id)
        .where(ARTICLE_ENTITIES.c.entity_id == entity_id, ARTICLE_ENTITIES.c.pseudonym)
        .exists()
    )


def _write_entity(connection: Connection, article_id: int, entity_id: int, entities: list[Entity]) -> None:
    mentions = [mention for entity in entities for mention in entity.mentions]
    pseudonym = any(entity.pseudonym for entity in entities)
    name = max((entity.name for entity in entities), key=fullness)
    connection.execute(
        insert(ARTICLE_ENTITIES).values(
            article_id=article_id,
            entity_id=entity_id,
            name=name,
            mention_count=len(mentions),
            pseudonym=pseudonym,
            published=select(ARTICLES.c.published).where(ARTICLES.c.id == article_id).scalar_subquery(),
        )
    )
    connection.execute(
        insert(MENTIONS),
        [
            {
                "entity_id": entity_id,
                "article_id": article_id,
                **asdict(mention.place),
                "text": mention.text,
                "pseudonym": mention.pseudonym,
            }
            for mention in mentions
        ],
    )
    values: dict[str, Any] = {
        "mention_count": ENTITIES.c.mention_count + len(mentions),
        "article_count": ENTITIES.c.article_count + 1,
    }
    if pseudonym:
        values["pseudonym"] = True
    connection.execute(update(ENTITIES).where(ENTITIES.c.id == entity_id).values(**values))
    written = {mention.text for mention in mentions} | {alias for entity in entities for alias in entity.aliases}
    record_names(connection, entity_id=entity_id, article_name=name, written=written)


def _write_quote(connection: Connection, article_id: int, quote: Quote, speaker_id: int | None) -> None:
    key = cluster_key(quote.text)
    cluster = None
    if len(key.split()) >= _MIN_CLUSTER_WORDS:
        cluster = connection.execute(
            select(QUOTES.c.cluster_id).where(QUOTES.c.cluster_key == key).limit(1)
        ).scalar_one_or_none()
    quote_id = connection.execute(
        insert(QUOTES)
        .values(
            article_id=article_id,
            text=quote.text,
            kind=quote.kind,
            cue=quote.cue,
            speaker_id=speaker_id,
            speaker_text=quote.speaker_text,
            **asdict(quote.places[0]),
            cluster_key=key,
            cluster_id=cluster or 0,
        )
        .returning(QUOTES.c.id)
    ).scalar_one()
    if cluster is None:
        connection.execute(update(QUOTES).where(QUOTES.c.id == quote_id).values(cluster_id=quote_id))
    places = {(place.field, place.start): place for place in quote.places}.values()
    connection.execute(insert(QUOTE_PLACES), [{"quote_id": quote_id, **asdict(place)} for place in places])


def cluster_key(text: str) -> str:
    """The quote's words, case and punctuation aside: what makes two quotes the same words."""
    return " ".join(re.findall(r"\w+", text.replace("\u2019", "'").casefold()))


def _write_event(connection: Connection, article_id: int, event: Event, entity_ids: set[int]) -> None:
    first, last = period(event.date, event.precision)
    event_id = connection.execute(
        insert(EVENTS)
        .values(
            article_id=article_id,
            date=event.date,
            precision=event.precision,
            first_day=first.isoformat(),
            last_day=last.isoformat(),
            date_text=event.date_text,
            resolved_from=event.resolved_from,
            **asdict(event.place),
            sentence=event.sentence,
        )
        .returning(EVENTS.c.id)
    ).scalar_one()
    if entity_ids:
        connection.execute(
            insert(EVENT_ENTITIES),
            [
                {
                    "event_id": event_id,
                    "entity_id": entity_id,
                    "first_day": first.isoformat(),
                    "last_day": last.isoformat(),
                }
                for entity_id in entity_ids
            ],
        )


# The most a period's last day can follow its first: a year (leap years included).
LONGEST_PERIOD = timedelta(days=365)


def period(value: str, precision: str) -> tuple[date, date]:
    """The first and last day an ISO date of the given precision covers."""
    if precision == "week":
        year, week = value.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + timedelta(days=6)
    if precision == "month":
        first = date.fromisoformat(f"{value}-01")
        return first, _month_end(first)
    if precision == "quarter":
        year, quarter = value.split("-Q")
        first = date(int(year), 3 * int(quarter) - 2, 1)
        return first, _month_end(first.replace(month=first.month + 2))
    if precision == "year":
        return date(int(value), 1, 1), date(int(value), 12, 31)
    day = date.fromisoformat(value)
    return day, day


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _entities_in(sentence: Place, entities: list[Entity], entity_ids: list[int]) -> set[int]:
    return {
        entity_id
        for entity, entity_id in zip(entities, entity_ids, strict=True)
        if any(
            mention.place.field == sentence.field and sentence.start <= mention.place.start < sentence.end
            for mention in entity.mentions
        )
    }


def _drop_unnamed(connection: Connection, entity_ids: set[int]) -> None:
    """Entities no article names any more go, with their keys and aliases (by cascade)."""
    if entity_ids:
        connection.execute(delete(ENTITIES).where(ENTITIES.c.id.in_(entity_ids), ENTITIES.c.article_count <= 0))
