"""The rows an article's extraction is stored as, built here for both ways of writing them: the ingest, one
article at a time (app/store/extractions.py), and the bulk load of a new database (app/store/bulk.py).

The rows name the article, its entities, quotes and events by the ids their writer gives. The ingest reads
them from the database; a bulk load, which builds rows in worker processes before the ids are known, builds
them with `provisional` ids and gives them theirs with `renumber`.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from app.extract.found import SEASON_STARTS, Entity, Extraction, Mention, Place
from app.store.naming import Naming, fullness

# Quotes this short ("not aware") recur by chance across articles, so they are not clustered.
_MIN_CLUSTER_WORDS = 4
# The most a period's last day can follow its first, a decade's aside (app/store/timeline.py reads decades
# apart): a year (leap years included).
LONGEST_PERIOD = timedelta(days=365)


@dataclass(frozen=True)
class Ids:
    """The ids the rows of one article's extraction are written with."""

    article: int
    entities: Sequence[int]  # the stored entity each of the extraction's entities is
    first_quote: int  # the id of its first quote, the others following
    first_event: int


def provisional(entity_ids: Sequence[int]) -> Ids:
    """Ids for rows to be renumbered: article 0, quotes and events from 0, entities as `entity_ids` number them."""
    return Ids(article=0, entities=entity_ids, first_quote=0, first_event=0)


class ExtractionRows(NamedTuple):
    """One article's extraction as rows of each table, and as the names it gives its entities.

    (A tuple: a bulk load hands millions of them from process to process, and a tuple pickles sooner.)
    """

    # The article's links to its entities, but for `published`, the article's own, which their writer copies.
    links: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    namings: list[Naming]  # in the order of the links, one an entity
    # Each quote opens its own cluster: its writer joins it to that of an earlier quote of the same words.
    quotes: list[dict[str, Any]]
    quote_places: list[dict[str, Any]]
    events: list[dict[str, Any]]
    event_entities: list[dict[str, Any]]


def extraction_rows(extraction: Extraction, ids: Ids) -> ExtractionRows:
    """The rows of the article's entities, quotes and events, written with `ids`."""
    links, mentions, namings = _entity_rows(extraction.entities, ids)
    quotes, quote_places = _quote_rows(extraction, ids)
    events, event_entities = _event_rows(extraction, ids)
    return ExtractionRows(links, mentions, namings, quotes, quote_places, events, event_entities)


def renumber(rows: ExtractionRows, ids: Ids) -> None:
    """Give rows built with `provisional` ids the ids `ids` give, `ids.entities` indexed by provisional entity id.

    The namings keep their provisional ids: the bulk load counts them into its entities before renumbering.
    """
    entity_ids, first_quote, first_event = ids.entities, ids.first_quote, ids.first_event
    for rows_of_entities in (rows.links, rows.mentions):
        for row in rows_of_entities:
            row["article_id"], row["entity_id"] = ids.article, entity_ids[row["entity_id"]]
    for row in rows.quotes:
        row["article_id"], row["id"], row["cluster_id"] = (
            ids.article,
            row["id"] + first_quote,
            row["cluster_id"] + first_quote,
        )
        if row["speaker_id"] is not None:
            row["speaker_id"] = entity_ids[row["speaker_id"]]
    for row in rows.quote_places:
        row["quote_id"] += first_quote
    for row in rows.events:
        row["article_id"], row["id"] = ids.article, row["id"] + first_event
    for row in rows.event_entities:
        row["event_id"], row["entity_id"] = row["event_id"] + first_event, entity_ids[row["entity_id"]]


def _entity_rows(entities: list[Entity], ids: Ids) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Naming]]:
    # Two of the article's entities may turn out to be one stored entity ("Smith" and "John Smith").
    same: dict[int, list[Entity]] = {}
    for entity, entity_id in zip(entities, ids.entities, strict=True):
        same.setdefault(entity_id, []).append(entity)
    links: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    namings: list[Naming] = []
    for entity_id, group in same.items():
        found = [mention for entity in group for mention in entity.mentions]
        name = max((entity.name for entity in group), key=fullness)
        pseudonym = any(entity.pseudonym for entity in group)
        links.append(
            {
                "article_id": ids.article,
                "entity_id": entity_id,
                "name": name,
                "mention_count": len(found),
                "pseudonym": pseudonym,
            }
        )
        # Entity by entity, each one's mentions in the order extraction found them: a mention's id follows this
        # order, and the answers list mentions by id (app/store/entities.py), so an article's mentions come grouped
        # by entity, whichever path (ingest or bulk load) stored them.
        mentions += [_mention_row(ids.article, entity_id, mention) for mention in found]
        # Every way the article writes it (an entity's aliases are among its mentions), in the order it writes them:
        # the spellings' rows are inserted in this order, which a set's would make differ from run to run.
        namings.append(Naming(entity_id, name, list(dict.fromkeys(mention.text for mention in found))))
    return links, mentions, namings


def _mention_row(article_id: int, entity_id: int, mention: Mention) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "article_id": article_id,
        **_place(mention.place),
        "text": mention.text,
        "pseudonym": mention.pseudonym,
    }


def _place(place: Place) -> dict[str, Any]:
    # Not `dataclasses.asdict`, which costs ten times as much, row after row.
    return {"field": place.field, "start": place.start, "end": place.end}


def _quote_rows(extraction: Extraction, ids: Ids) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    quotes: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    spoken = zip(extraction.quotes, extraction.speakers, strict=True)
    for quote_id, (quote, speaker) in enumerate(spoken, start=ids.first_quote):
        quotes.append(
            {
                "id": quote_id,
                "article_id": ids.article,
                "text": quote.text,
                "kind": quote.kind,
                "cue": quote.cue,
                "speaker_id": ids.entities[speaker] if speaker is not None else None,
                "speaker_text": quote.speaker_text,
                **_place(quote.places[0]),
                "cluster_key": cluster_key(quote.text),
                "cluster_id": quote_id,
            }
        )
        unique = {(place.field, place.start): place for place in quote.places}.values()
        places += [{"quote_id": quote_id, **_place(place)} for place in unique]
    return quotes, places


def cluster_key(text: str) -> str:
    """The quote's words, case and punctuation aside: what makes two quotes the same words."""
    return " ".join(re.findall(r"\w+", text.replace("\u2019", "'").casefold()))


def clustered(key: str) -> bool:
    """Whether quotes of these words (a `cluster_key`) share a cluster."""
    return len(key.split()) >= _MIN_CLUSTER_WORDS


def _event_rows(extraction: Extraction, ids: Ids) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    events: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for event_id, event in enumerate(extraction.events, start=ids.first_event):
        first, last = period(event.date, event.precision)
        days = {"first_day": first.isoformat(), "last_day": last.isoformat()}
        events.append(
            {
                "id": event_id,
                "article_id": ids.article,
                "date": event.date,
                "precision": event.precision,
                **days,
                "date_text": event.date_text,
                "resolved_from": event.resolved_from,
                **_place(event.place),
                "sentence": event.sentence,
            }
        )
        named = _entities_in(event.sentence_place, extraction.entities, ids.entities)
        links += [{"event_id": event_id, "entity_id": entity_id, **days} for entity_id in named]
    return events, links


def period(value: str, precision: str) -> tuple[date, date]:
    """The first and last day an ISO date of the given precision covers."""
    if precision == "week":
        year, week = value.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + timedelta(days=6)
    if precision == "weekend":  # "2031-W14-WE": that week's Saturday and Sunday
        year, week = value.removesuffix("-WE").split("-W")
        saturday = date.fromisocalendar(int(year), int(week), 6)
        return saturday, saturday + timedelta(days=1)
    if precision == "month":
        first = date.fromisoformat(f"{value}-01")
        return first, _month_end(first)
    if precision == "quarter":
        year, quarter = value.split("-Q")
        first = date(int(year), 3 * int(quarter) - 2, 1)
        return first, _month_end(first.replace(month=first.month + 2))
    if precision == "season":  # "2031-WI": December 2031 to February 2032
        year, code = value.split("-")
        first = date(int(year), SEASON_STARTS[code], 1)
        return first, _month_end(first + timedelta(days=62))  # a day early in the season's third month
    if precision == "half":
        year, half = value.split("-H")
        first = date(int(year), 6 * int(half) - 5, 1)
        return first, _month_end(first.replace(month=first.month + 5))
    if precision == "year":
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if precision == "decade":  # "199": 1990 to 1999
        first = date(int(value) * 10, 1, 1)
        return first, date(first.year + 9, 12, 31)
    day = date.fromisoformat(value)
    return day, day


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _entities_in(sentence: Place, entities: list[Entity], entity_ids: Sequence[int]) -> list[int]:
    """The entities named in the sentence, in the order the article first names them."""
    named = (
        entity_id
        for entity, entity_id in zip(entities, entity_ids, strict=True)
        if any(
            mention.place.field == sentence.field and sentence.start <= mention.place.start < sentence.end
            for mention in entity.mentions
        )
    )
    return list(dict.fromkeys(named))
