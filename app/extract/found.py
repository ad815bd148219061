"""What extraction finds in one article, before it is stored: plain values with offsets."""

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "partial"]
Precision = Literal["day", "week", "weekend", "month", "quarter", "season", "half", "year", "decade"]
# A season's date is its year and TimeML's code for it ("2031-SU"). Seasons are the meteorological ones of the
# Northern hemisphere, three whole months each, and a season is named by the year of its first month: winter
# 2031 ("2031-WI") runs from December 2031 to February 2032.
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# "text": the expression states its own date; "published": resolved against the publication date;
# "article_date": against the latest absolute date the article gives.
ResolvedFrom = Literal["text", "published", "article_date"]


@dataclass(frozen=True)
class Place:
    """A span of one of the article's fields (`title`, `body`, `caption`); `end` is exclusive."""

    field: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    place: Place
    text: str
    type: str
    pseudonym: bool = False


@dataclass
class Entity:
    """One real-world thing as one article names it: every mention, one type, one fullest name."""

    name: str
    type: str
    mentions: list[Mention]
    pseudonym: bool = False

    @property
    def aliases(self) -> set[str]:
        return {mention.text for mention in self.mentions} - {self.name}


@dataclass(frozen=True)
class Quote:
    """Quoted words; `places` lists every occurrence in the article, the first being the quote's own."""

    places: tuple[Place, ...]
    text: str
    kind: Kind
    cue: str | None = None
    speaker_text: str | None = None
    # The name the speaker resolves to in the article ("he" -> the person named before).
    speaker_name: str | None = None
    speaker_place: Place | None = None


@dataclass(frozen=True)
class Event:
    place: Place
    date_text: str
    date: str
    precision: Precision
    resolved_from: ResolvedFrom
    sentence: str
    sentence_place: Place


@dataclass
class Extraction:
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Index into `entities` of each quote's speaker (None when it names no entity).
    speakers: list[int | None] = field(default_factory=list)
