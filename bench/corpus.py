"""A deterministic corpus of synthetic news articles, and the extraction each one holds.

`Corpus(seed).article(number)` writes one article and knows what the NLP should find in it: every entity
mention, quote and dated event, with true offsets into the text it wrote, and a key naming each entity
across the whole corpus. The same seed gives the same bytes; articles are independent of one another, so
any range of them can be written in any process.

The corpus, like a newsroom's, has a few people, organisations and outlets in many thousands of articles and
most in a handful (Zipf-like popularity), lengths spread around a median of about 350 words (60 to 2,000),
and a vocabulary whose words have Zipfian frequencies. For full-text benchmarks, in the 1,000,000 articles
of seed 0 (document frequencies as FTS5 counts them; the vocabulary and its frequencies are the same for every seed):

- `VERY_COMMON_TERM` is in 93% of the articles (931,193),
- `COMMON_TERM` in 10% (103,432),
- `RARE_TERM` in 4, a word of the long tail of invented technical terms (`tail_word`).

    python -m bench.corpus --articles 1000 --seed 0 --out corpus.jsonl [--txt pages/]
"""

import argparse
import contextlib
import itertools
import math
import random
import sys
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

import orjson

from app.extract.found import Entity, Event, Extraction, Kind, Mention, Place, Precision, Quote, ResolvedFrom
from app.store.naming import fullness

T = TypeVar("T")

VERY_COMMON_TERM = "council"
COMMON_TERM = "forecast"
RARE_TERM = "bakugiba"

FIRST_DAY = date(2015, 1, 1)
DAYS = 3653  # ten years of publication dates


def _words(text: str) -> list[str]:
    return text.split()


# Ordered most frequent first: a word's rank in its list sets its Zipfian weight.
NOUNS = _words(
    """
government plan project council report budget company market city police court law policy workers service
program deal vote board group agency election system industry minister community funding support tax
crisis proposal investigation team water housing energy health data price region rules security trade
contract changes families cost schools hospital jobs debate campaign network authority rights leaders
research strike talks decision inquiry review committee union meeting statement evidence outcome
protest shortage demand growth loss profits sales shares investors customers patients students teachers
residents farmers drivers voters members staff officers judges lawyers doctors nurses engineers scientists
harbour bridge railway airport road station factory plant mine port river coast border village district
building centre park street quay square library museum stadium theatre church school university clinic
agreement treaty settlement lawsuit verdict ruling appeal charges sentence fine penalty warning complaint
approval permit licence reform strategy standard target forecast figures survey study analysis estimate
inflation recession deficit debt loans rates wages pensions benefits subsidies grants fees tariffs savings
emissions pollution flooding drought wildfire storm heatwave earthquake landslide outbreak vaccine treatment
software platform device battery vehicle aircraft vessel satellite reactor pipeline turbine grid cable
festival exhibition concert tournament match league final championship title trophy squad coach
contractor supplier retailer manufacturer regulator watchdog ombudsman inspector auditor tribunal panel
charity foundation coalition alliance movement opposition majority minority delegation mission embassy
shipment cargo fuel grain steel timber copper gold oil gas coal electricity transport traffic tourism
"""
)

ADJECTIVES = _words(
    """
new local national public federal former senior major political economic financial regional international
private social legal key decisive recent independent military environmental early strong large small
significant serious global higher lower annual similar initial critical controversial difficult rural urban
coastal northern southern eastern western central domestic foreign industrial commercial medical technical
temporary permanent emergency official unexpected widespread growing rising falling sharp modest
detailed broad narrow rapid gradual costly cheap ambitious cautious fragile stable uncertain direct
"""
)

VERBS = [
    pair.split("/")
    for pair in _words(
        """
approve/approved announce/announced reject/rejected launch/launched delay/delayed review/reviewed
support/supported oppose/opposed criticise/criticised defend/defended expand/expanded reduce/reduced
increase/increased cut/cut halt/halted suspend/suspended extend/extended block/blocked fund/funded
release/released publish/published sign/signed propose/proposed consider/considered question/questioned
investigate/investigated examine/examined discuss/discussed finalise/finalised unveil/unveiled
complete/completed open/opened close/closed replace/replaced restore/restored improve/improved
protect/protected challenge/challenged settle/settled win/won lose/lost raise/raised lower/lowered
hire/hired dismiss/dismissed warn/warned urge/urged welcome/welcomed demand/demanded secure/secured
build/built sell/sold buy/bought lead/led meet/met seek/sought hold/held bring/brought
"""
    )
]

HEADLINE_VERBS = _words(
    """
backs rejects warns plans seeks wins faces cuts boosts delays unveils approves opposes defends halts
expands probes urges weighs eyes questions blocks restores signs targets
"""
)

PREPOSITIONS = _words("in for after during across under over with without against before despite")
DETERMINERS = _words("the the the a its their this")
PLURAL_DETERMINERS = _words("the the the its their these")
PLURALS = frozenset(noun for noun in NOUNS if noun.endswith("s") and not noun.endswith(("ss", "sis", "gas")))
SUBJECTS = _words(
    """
Officials Residents Analysts Critics Investors Lawmakers Experts Researchers Campaigners Regulators
"""
)
CONNECTIVES = ["and", "but", "while", "because", "although", "as"]
AUXILIARIES = ["will", "would", "could", "should", "must"]

FEMALE_NAMES = _words(
    """
Maria Anna Elena Sofia Laura Sara Julia Emma Clara Nadia Amira Leila Yara Hana Mei Aiko Priya Anjali Ines
Lucia Marta Rosa Carmen Ana Eva Ida Nora Greta Ingrid Astrid Freya Maja Olga Irina Katya Daria Zofia Agata
Petra Lena Marie Claire Chloe Amelie Louise Alice Grace Ruth Helen Joan Diane Karen Linda Susan Nancy
Fatima Zainab Aisha Amina Chiara Giulia Francesca Paola Noemi Rahel Tamar Noa Ayla Elif Zeynep Deniz Mina
Yuna Sakura Lin Xia Thi Linh Hoa Kavya Meera Asha Nia Imani Zola Thandi Ama Efua Lerato Adaeze Chioma
Bianca Camila Valentina Daniela Gabriela Renata Paula Beatriz Lorena Sinead Aoife Niamh Orla Siobhan
"""
)

MALE_NAMES = _words(
    """
David Daniel Michael Thomas Peter Paul Mark John James Robert Martin Stefan Jonas Lukas Felix Tobias Jan
Piotr Tomasz Marek Pavel Ivan Dmitri Sergei Andrei Nikolai Oleg Mikhail Viktor Carlos Javier Diego Pablo
Luis Miguel Rafael Mateo Hugo Marco Luca Matteo Giorgio Enzo Pierre Louis Antoine Julien Olivier Karim
Omar Yusuf Ahmed Hassan Tariq Samir Rashid Kenji Hiroshi Takeshi Jun Wei Hao Arjun Rahul Vikram Ravi
Kwame Kofi Tunde Chidi Emeka Sipho Thabo Jabari Malik Andre Marcus Trevor Dylan Ethan Owen Rhys Callum
Liam Sean Ciaran Declan Lars Erik Anders Nils Henrik Bjorn Mehmet Emre Kerem Burak Ali Reza Dariusz
"""
)

SURNAMES = _words(
    """
Kowalski Novak Horvat Nowak Dvorak Kovac Popescu Ionescu Petrov Ivanova Sokolov Volkov Morozov Smirnov
Garcia Martinez Rodriguez Lopez Hernandez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz
Moreno Alvarez Romero Navarro Dominguez Castillo Ortega Rubio Molina Delgado Castro Vargas Herrera Medina
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
Martin Bernard Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux Fournier Girard Bonnet Dupont Lambert
Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann
Jansen Visser Smit Bakker Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Jacobs Maes Claes Wouters
Hansen Johansen Larsen Andersen Nielsen Pedersen Lindqvist Lindgren Berg Dahl Lund Holm Strand Nyberg
Virtanen Korhonen Makinen Nieminen Laine Heikkinen Koskinen Jarvinen Lehtonen Saarinen Salo Lindholm
OBrien Murphy Kelly Walsh Byrne Ryan Doyle McCarthy Gallagher Quinn Brennan Nolan Kavanagh Sheridan
Smith Jones Taylor Brown Williams Wilson Johnson Davies Evans Thomas Roberts Walker Wright Thompson White
Hughes Edwards Green Hall Wood Harris Lewis Clarke Jackson Turner Hill Moore Cooper Ward Morris King Baker
Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Gao Luo Zheng Liang Xie Tang Deng Feng Cao Peng Jiang
Nguyen Tran Pham Hoang Phan Dang Bui Ngo Duong Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim
Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Rao Menon Joshi Desai Mehta Shah Kapoor Malhotra Bose Das
Okafor Adeyemi Okonkwo Mensah Asante Boateng Owusu Mwangi Kamau Otieno Ndlovu Dlamini Nkosi Mokoena Banda
Haddad Khoury Nasser Saleh Mansour Aziz Rahman Hussain Karimi Hosseini Yilmaz Kaya Demir Sahin Celik Ozturk
Silva Santos Oliveira Souza Pereira Moura Carvalho Ferreira Almeida Ribeiro Barbosa Rocha Araujo Mendes
Cohen Levi Mizrahi Peretz Friedman Katz Shapiro Goldberg Rosen Weiss Adler Berger Kaplan Stein Blum
Fitzgerald Sinclair Whitmore Ashford Hollis Pemberton Thornton Harrington Caldwell Prescott Whitfield
"""
)

# Words for invented organisation names: "<prefix> <field> <head>", such as "Northgate Energy Authority".
ORG_PREFIXES = _words(
    """
Northgate Southfield Eastbrook Westmere Riverside Lakeshore Highland Lowland Harbourside Clearwater Stonebridge
Redhill Greenvale Silverton Ironwood Oakridge Pinecrest Maplewood Brightwater Fairhaven Kingsbury Queensford
Ashgrove Elmstead Cedarbank Willowdale Foxmoor Hawkridge Ravensworth Meadowvale Bayview Summit Crescent
Meridian Horizon Pioneer Heritage Liberty Unity Keystone Sterling Granite Cobalt Amber Falcon Atlas Vanguard
"""
)
ORG_FIELDS = _words(
    """
Energy Transport Health Water Mining Shipping Steel Housing Finance Insurance Media Farming Fisheries Rail
Aviation Telecom Software Pharmaceutical Construction Retail Workers Teachers Nurses Veterans Consumers
Tenants Growers Logistics Textile Chemical
"""
)
ORG_HEADS = _words(
    """
Group Authority Council Union Institute Corporation Holdings Association Foundation Commission Partners
Company Agency Board Federation Trust Network Alliance Bank Party
"""
)

CITIES = _words(
    """
Lisbon Porto Madrid Seville Valencia Barcelona Bilbao Marseille Lyon Toulouse Bordeaux Nantes Lille Geneva
Zurich Basel Vienna Salzburg Graz Munich Hamburg Cologne Frankfurt Stuttgart Leipzig Dresden Bremen Hanover
Rotterdam Utrecht Antwerp Ghent Bruges Copenhagen Aarhus Malmo Gothenburg Bergen Trondheim Helsinki Tampere
Tallinn Riga Vilnius Gdansk Krakow Wroclaw Poznan Prague Brno Bratislava Budapest Ljubljana Zagreb Rijeka
Belgrade Sarajevo Varna Plovdiv Bucharest Cluj Athens Thessaloniki Naples Palermo Turin Genoa Bologna
Florence Verona Milan Trieste Dublin Cork Galway Belfast Glasgow Edinburgh Aberdeen Cardiff Bristol Leeds
Manchester Liverpool Sheffield Newcastle Nottingham Leicester Plymouth Toronto Montreal Vancouver Calgary
Ottawa Winnipeg Halifax Boston Chicago Denver Seattle Portland Phoenix Atlanta Houston Dallas Austin Miami
Detroit Baltimore Pittsburgh Cleveland Minneapolis Sacramento Nairobi Mombasa Lagos Accra Kumasi Dakar
Casablanca Tunis Cairo Alexandria Durban Johannesburg Pretoria Lusaka Harare Kampala Kigali Dodoma
Mumbai Chennai Kolkata Bangalore Hyderabad Karachi Lahore Dhaka Kandy Kathmandu Hanoi Bangkok Manila
Jakarta Surabaya Osaka Kyoto Nagoya Sapporo Busan Incheon Taipei Kaohsiung Shanghai Chengdu Wuhan Auckland
Wellington Brisbane Perth Adelaide Melbourne Hobart Santiago Valparaiso Arequipa Cusco Quito Bogota Medellin
Caracas Montevideo Rosario Cordoba Recife Salvador Fortaleza Curitiba
"""
)

OUTLETS = [
    "The Lighthouse Ledger",
    "The Morning Courier",
    "Valley Gazette",
    "The Daily Meridian",
    "Coastline Times",
    "The Evening Post",
    "Northern Chronicle",
    "The City Observer",
    "Metro Herald",
    "The Standard Bearer",
    "Riverside Tribune",
    "The Continental Review",
    "Capital Record",
    "The Provincial Mail",
    "Lakeland Sentinel",
    "The Union Examiner",
    "Plains Journal",
    "The Atlantic Wire",
    "Eastern Bulletin",
    "The Lantern",
    "Highland Press",
    "The Market Monitor",
    "Westside Voice",
    "The Civic Reporter",
    "Global Desk",
    "The Open Register",
    "Frontier News",
    "The Compass",
    "Southern Star",
    "The Borough Beacon",
    "Island Echo",
    "The Inquirer Review",
    "County Clarion",
    "The Public Ledger",
    "Midland Times",
    "The Pacific Current",
    "Delta Herald",
    "The Summit Daily",
    "Bay Area Signal",
    "The Evening Dispatch",
]

ROLES = [
    "the chief executive of",
    "a spokesperson for",
    "the director of",
    "a senior official at",
    "the chair of",
    "an adviser to",
    "a board member of",
    "the head of research at",
]

# Invented technical terms of the long tail: pseudo-words built from syllables, one per rank.
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
_TAIL_RANKS = 5_000_000

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_OFFSETS = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]
_QUOTE_MARKS = [("\u201c", "\u201d"), ("\u201c", "\u201d"), ('"', '"')]


def tail_word(rank: int) -> str:
    """The invented term of this rank (0 the most frequent): distinct ranks give distinct words."""
    syllables = []
    for _ in range(3):
        rank, digit = divmod(rank, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    while rank:
        rank, digit = divmod(rank - 1, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return "".join(syllables)


def _choice(rng: random.Random, items: Sequence[T]) -> T:
    # random.choice's exact integer draw costs several times this, and these picks are most of the work.
    return items[int(rng.random() * len(items))]


class Zipf(Generic[T]):
    """Picks from a list with weights falling as 1 / rank**exponent."""

    def __init__(self, items: Sequence[T], exponent: float = 1.0) -> None:
        self.items = items
        self.cumulative = list(itertools.accumulate(1 / (rank**exponent) for rank in range(1, len(items) + 1)))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


NOUN = Zipf(NOUNS)
ADJECTIVE = Zipf(ADJECTIVES)
VERB = Zipf(VERBS, 0.8)


@dataclass(frozen=True)
class Known:
    """An entity of the generated world: the same key in every article that names it."""

    key: str
    name: str
    type: str


@dataclass(frozen=True)
class Person:
    known: Known
    first: str
    last: str
    female: bool
    role: str
    employer: Known


@dataclass(frozen=True)
class GeneratedArticle:
    """One article as the contract's record, and the extraction the NLP should find in it."""

    record: dict[str, str]
    extraction: Extraction
    # The world key of each of `extraction.entities`, in the same order.
    keys: list[str]


class World:
    """The people, organisations, places, outlets and journalists the corpus writes about."""

    def __init__(self, seed: int, *, people: int = 50_000, organisations: int = 3_000) -> None:
        rng = random.Random(f"world/{seed}")
        self.orgs = _organisations(rng, organisations)
        self.places = [Known(f"place:{i}", name, "GPE") for i, name in enumerate(rng.sample(CITIES, len(CITIES)))]
        self.outlets = [Known(f"outlet:{i}", name, "ORG") for i, name in enumerate(rng.sample(OUTLETS, len(OUTLETS)))]
        self.people = _people(rng, people, Zipf(self.orgs))
        self.journalists = [person.known.name for person in _people(rng, 800, Zipf(self.orgs))]
        self.pick_person = Zipf(self.people)
        self.pick_org = Zipf(self.orgs)
        self.pick_place = Zipf(self.places)
        self.pick_outlet = Zipf(self.outlets)


@lru_cache(maxsize=4)
def _world(seed: int) -> World:
    return World(seed)


def _organisations(rng: random.Random, count: int) -> list[Known]:
    names = [" ".join(parts) for parts in itertools.product(ORG_PREFIXES, ORG_FIELDS, ORG_HEADS)]
    return [Known(f"org:{i}", name, "ORG") for i, name in enumerate(rng.sample(names, count))]


def _people(rng: random.Random, count: int, employers: Zipf[Known]) -> list[Person]:
    firsts = [(name, True) for name in FEMALE_NAMES] + [(name, False) for name in MALE_NAMES]
    people = []
    for i, pair in enumerate(rng.sample(range(len(firsts) * len(SURNAMES)), count)):
        (first, female), last = firsts[pair // len(SURNAMES)], SURNAMES[pair % len(SURNAMES)]
        known = Known(f"person:{i}", f"{first} {last}", "PERSON")
        people.append(Person(known, first, last, female, _choice(rng, ROLES), employers.pick(rng)))
    return people


class Corpus:
    """Articles numbered from 0, each written from its own random stream: `article(n)` is the same for a seed."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.world = _world(seed)
        self.phrases = _phrases()

    def article(self, number: int) -> GeneratedArticle:
        rng = random.Random(f"article/{self.seed}/{number}")
        return _Writer(self.world, self.phrases, rng).write(f"syn-{self.seed}-{number:08d}")

    def articles(self, start: int, stop: int) -> Iterator[GeneratedArticle]:
        return (self.article(number) for number in range(start, stop))


@dataclass(frozen=True)
class _DateForm:
    """A date expression as written, what it means, and how a sentence puts it."""

    text: str
    value: str
    precision: Precision
    resolved_from: ResolvedFrom
    preposition: str  # "" when the expression needs none ("last Tuesday")
    leads: bool  # opens the sentence ("In March, ...") rather than ending it
    future: bool = False


class _Text:
    """A field or sentence being written, which knows the offset of everything put into it."""

    def __init__(self, name: str, offset: int = 0) -> None:
        self.name = name
        self.parts: list[str] = []
        self.length = offset

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def place(self, text: str) -> Place:
        """Adds `text` and gives where it went."""
        start = self.length
        self.add(text)
        return Place(self.name, start, self.length)

    def value(self) -> str:
        return "".join(self.parts)


class _Writer:
    """Writes one article: title, then body sentence by sentence, recording what it names as it goes."""

    def __init__(self, world: World, phrases: "_Phrases", rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.phrases = phrases
        self.cast: dict[str, Entity] = {}  # world key -> the entity, in the order the article first names them
        self.quotes: list[Quote] = []
        self.speakers: list[str] = []
        self.events: list[Event] = []
        self.introduced: set[str] = set()
        self.subject: Person | None = None  # who "he" or "she" is now
        self.published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        self.people = [world.pick_person.pick(rng) for _ in range(1 + rng.randrange(4))]
        self.orgs = [world.pick_org.pick(rng) for _ in range(1 + rng.randrange(2))]
        self.places = [world.pick_place.pick(rng) for _ in range(1 + rng.randrange(2))]
        self.body = _Text("body")

    def write(self, external_id: str) -> GeneratedArticle:
        rng = self.rng
        outlet = self.world.pick_outlet.pick(rng)
        title = self._title()
        self._body(min(2000, max(60, round(rng.lognormvariate(math.log(350), 0.6)))))
        # Extraction names the article's outlet from its `source` field.
        self._mention(outlet, outlet.name, Place("source", 0, len(outlet.name)))
        record = {
            "id": external_id,
            "title": title,
            "text": self.body.value(),
            "source": outlet.name,
            "author": " and ".join(rng.sample(self.world.journalists, 1 + (rng.random() < 0.25))),
            "published": self._published_stamp(),
            "url": f"https://{_domain(outlet.name)}/{self.published:%Y/%m}/{_slug(title)}-{external_id}",
        }
        for entity in self.cast.values():
            # As extraction names an entity: by the fullest way the article writes it ("Ann B. Roe", not "Roe").
            entity.name = max((mention.text for mention in entity.mentions), key=fullness)
        keys = list(self.cast)
        speakers: list[int | None] = [keys.index(key) for key in self.speakers]
        extraction = Extraction(list(self.cast.values()), self.quotes, self.events, speakers)
        return GeneratedArticle(record, extraction, keys)

    def _published_stamp(self) -> str:
        if self.rng.random() < 0.3:
            return self.published.isoformat()
        moment = time(self.rng.randrange(24), self.rng.randrange(60), tzinfo=_choice(self.rng, _OFFSETS))
        return datetime.combine(self.published, moment).isoformat()

    def _title(self) -> str:
        title = _Text("title")
        lead, org, place = self.people[0], self.orgs[0], self.places[0]
        choice = self.rng.random()
        if choice < 0.4:
            self._name(title, lead.known, lead.last)
        elif choice < 0.6:
            self._name(title, org, org.name)
        else:
            title.add(_capital(_choice(self.rng, self.phrases.bare_nouns)))
        title.add(f" {_choice(self.rng, HEADLINE_VERBS)} {_choice(self.rng, self.phrases.bare_nouns)}")
        if self.rng.random() < 0.5:
            title.add(" in ")
            self._name(title, place, place.name)
        return title.value()

    def _body(self, words: int) -> None:
        rng = self.rng
        self._dateline()
        # Words average about six characters with their space.
        while self.body.length < words * 6:
            if rng.random() < 0.3:
                self._paragraph()
            kind = rng.random()
            if kind < 0.16:
                self._paragraph()
                self._direct_quote()
            elif kind < 0.2 and self.subject is not None:
                self._added_quote(self.subject)
            elif kind < 0.25:
                self._partial_quote()
            elif kind < 0.38:
                self._dated()
            elif kind < 0.5:
                self._about_someone()
            else:
                self._filler()

    def _paragraph(self) -> None:
        if self.body.parts[-1] != "\n\n":
            self.body.add("\n\n")

    def _sentence(self) -> _Text:
        """A new sentence, with its offsets counted from where the body ends."""
        if self.body.parts and self.body.parts[-1] != "\n\n":
            self.body.add(" ")
        return self.body

    def _dateline(self) -> None:
        text, place = self.body, self.places[0]
        self._name(text, place, place.name)
        text.add(" \u2014 ")
        self._introduce(text, self.people[0])
        text.add(f" {self._verb_phrase()}.")

    def _filler(self) -> None:
        rng, text = self.rng, self._sentence()
        text.add(_choice(rng, self.phrases.clauses))
        if rng.random() < 0.4:
            text.add(_choice(rng, self.phrases.afterthoughts))
        if rng.random() < 0.25:
            text.add(f" using {self._tail_word()}")
        if rng.random() < 0.2:
            place = _choice(rng, self.places)
            text.add(" in ")
            self._name(text, place, place.name)
        text.add(".")

    def _about_someone(self) -> None:
        rng, text = self.rng, self._sentence()
        if rng.random() < 0.3:
            org = _choice(rng, self.orgs)
            text.add("The ")
            self._name(text, org, org.name)
        else:
            self._refer(text, _choice(rng, self.people))
        text.add(f" {self._verb_phrase()}")
        if rng.random() < 0.3:
            text.add(_choice(rng, self.phrases.afterthoughts))
        text.add(".")

    def _dated(self) -> None:
        """A sentence stating when something happened, naming someone in it half of the time."""
        when = self._date()
        self._sentence()
        sentence = _Text("body", self.body.length)
        lead = f"{when.preposition} " if when.preposition else ""
        if when.leads:
            sentence.add(_capital(lead))
            place = sentence.place(when.text)
            sentence.add(", ")
            self._clause(sentence, capital=False, future=when.future)
        else:
            self._clause(sentence, capital=True, future=when.future)
            sentence.add(f" {lead}")
            place = sentence.place(when.text)
        sentence.add(".")
        written = sentence.value()
        self.events.append(
            Event(place, when.text, when.value, when.precision, when.resolved_from, written, self.body.place(written))
        )

    def _clause(self, text: _Text, *, capital: bool, future: bool) -> None:
        if self.rng.random() < 0.5:
            self._refer(text, _choice(self.rng, self.people))
        else:
            phrase = self._noun_phrase()
            text.add(_capital(phrase) if capital else phrase)
        text.add(f" {self._verb_phrase(future=future)}")

    def _direct_quote(self) -> None:
        rng, text = self.rng, self._sentence()
        person = _choice(rng, self.people)
        opening, closing = _choice(rng, _QUOTE_MARKS)
        form = rng.random()
        if form < 0.45:
            text.add(opening)
            words, said = self._said(text, person, ",")
            text.add(f"{closing} said ")
            speaker, cue = self._refer(text, person), "said"
            text.add(".")
        elif form < 0.7:
            speaker = self._refer(text, person)
            cue = _choice(rng, ["said", "told reporters", "declared"])
            text.add(f" {cue}: {opening}")
            words, said = self._said(text, person, ".")
            text.add(closing)
        else:
            text.add(opening)
            words, said = self._said(text, person, ",")
            text.add(f"{closing} ")
            speaker = self._refer(text, person)
            cue = _choice(rng, ["said", "told reporters", "added"])
            text.add(f" {cue}.")
        self._quote(words, said, "direct", cue.split()[0], speaker, person)

    def _added_quote(self, person: Person) -> None:
        text = self._sentence()
        opening, closing = _choice(self.rng, _QUOTE_MARKS)
        text.add(opening)
        words, said = self._said(text, person, ",")
        pronoun = "she" if person.female else "he"
        text.add(f"{closing} {pronoun} added.")
        self._quote(words, said, "direct", "added", pronoun, person)

    def _partial_quote(self) -> None:
        rng, text = self.rng, self._sentence()
        person = _choice(rng, self.people)
        opening, closing = _choice(rng, _QUOTE_MARKS)
        speaker = self._refer(text, person)
        text.add(f" said the {NOUN.pick(rng)} was {opening}")
        said = f"{ADJECTIVE.pick(rng)} and {ADJECTIVE.pick(rng)}"
        words = text.place(said)
        text.add(f"{closing} {_choice(rng, CONNECTIVES)} {self._noun_phrase()} {self._verb_phrase()}.")
        self._quote(words, said, "partial", "said", speaker, person)

    def _said(self, text: _Text, person: Person, end: str) -> tuple[Place, str]:
        """Puts what the person says; now and then one of their well-known lines, which other articles repeat."""
        rng = self.rng
        line_rng = random.Random(f"line/{person.known.key}/{rng.randrange(3)}") if rng.random() < 0.15 else rng
        said = _statement(line_rng) + end
        return text.place(said), said

    def _quote(self, words: Place, said: str, kind: Kind, cue: str, speaker_text: str, person: Person) -> None:
        self.quotes.append(Quote((words,), said, kind, cue, speaker_text, person.known.name))
        self.speakers.append(person.known.key)

    def _refer(self, text: _Text, person: Person) -> str:
        """The person's name as the article would write it here: in full at first, then the surname."""
        if person.known.key not in self.introduced:
            return self._introduce(text, person)
        self.subject = person
        self._name(text, person.known, person.last)
        return person.last

    def _introduce(self, text: _Text, person: Person) -> str:
        self.introduced.add(person.known.key)
        self.subject = person
        written = person.known.name
        if self.rng.random() < 0.1:
            # A middle initial now and then: a spelling of the name that few articles use.
            written = f"{person.first} {_choice(self.rng, 'ABCDEFGHJKLMNPRSTW')}. {person.last}"
        self._name(text, person.known, written)
        if self.rng.random() < 0.6:
            text.add(f", {person.role} the ")
            self._name(text, person.employer, person.employer.name)
            text.add(",")
        return written

    def _name(self, text: _Text, known: Known, written: str) -> None:
        self._mention(known, written, text.place(written))

    def _mention(self, known: Known, written: str, place: Place) -> None:
        entity = self.cast.get(known.key)
        if entity is None:
            entity = self.cast[known.key] = Entity(known.name, known.type, [])
        entity.mentions.append(Mention(place, written, known.type))

    def _noun_phrase(self) -> str:
        return _choice(self.rng, self.phrases.nouns)

    def _verb_phrase(self, *, future: bool = False) -> str:
        return _choice(self.rng, self.phrases.future_verbs if future else self.phrases.verbs)

    def _tail_word(self) -> str:
        """An invented term of the long tail: P(rank) falls as 1 / rank, over millions of ranks."""
        return tail_word(int(math.exp(self.rng.random() * math.log(_TAIL_RANKS))) - 1)

    def _date(self) -> _DateForm:
        """A date expression in one of many forms, in the past of the publication day unless it says otherwise."""
        return _DATE_FORMS[self.rng.randrange(len(_DATE_FORMS))](self.rng, self.published)


def _days_back(rng: random.Random, today: date, most: int) -> date:
    return today - timedelta(days=rng.randrange(1, most))


def _month_day_year(rng: random.Random, today: date) -> _DateForm:
    day = _days_back(rng, today, 3000)
    return _DateForm(f"{_MONTHS[day.month - 1]} {day.day}, {day.year}", day.isoformat(), "day", "text", "on", False)


def _day_month_year(rng: random.Random, today: date) -> _DateForm:
    day = _days_back(rng, today, 3000)
    return _DateForm(f"{day.day} {_MONTHS[day.month - 1]} {day.year}", day.isoformat(), "day", "text", "on", True)


def _month_day(rng: random.Random, today: date) -> _DateForm:
    # Without its year only when the year is the publication's.
    day = max(_days_back(rng, today, 40), today.replace(month=1, day=1))
    return _DateForm(f"{_MONTHS[day.month - 1]} {day.day}", day.isoformat(), "day", "published", "on", False)


def _month(rng: random.Random, today: date) -> _DateForm:
    month = rng.randrange(1, today.month + 1)
    return _DateForm(_MONTHS[month - 1], f"{today.year}-{month:02d}", "month", "published", "in", True)


def _month_year(rng: random.Random, today: date) -> _DateForm:
    year, month = today.year - rng.randrange(1, 12), rng.randrange(1, 13)
    return _DateForm(f"{_MONTHS[month - 1]} {year}", f"{year}-{month:02d}", "month", "text", "in", True)


def _year(rng: random.Random, today: date) -> _DateForm:
    year = today.year - rng.randrange(1, 20)
    return _DateForm(str(year), str(year), "year", "text", "in", rng.random() < 0.5)


def _last_weekday(rng: random.Random, today: date) -> _DateForm:
    weekday = rng.randrange(7)
    day = today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
    return _DateForm(f"last {_WEEKDAYS[weekday]}", day.isoformat(), "day", "published", "", False)


def _next_week(rng: random.Random, today: date) -> _DateForm:
    year, week, _ = (today + timedelta(days=7)).isocalendar()
    return _DateForm("next week", f"{year:04d}-W{week:02d}", "week", "published", "", False, future=True)


def _last_month(rng: random.Random, today: date) -> _DateForm:
    previous = today.replace(day=1) - timedelta(days=1)
    return _DateForm("last month", f"{previous:%Y-%m}", "month", "published", "", False)


def _yesterday(rng: random.Random, today: date) -> _DateForm:
    return _DateForm("yesterday", (today - timedelta(days=1)).isoformat(), "day", "published", "", False)


_DATE_FORMS: list[Callable[[random.Random, date], _DateForm]] = [
    _month_day_year,
    _day_month_year,
    _month_day,
    _month,
    _month_year,
    _year,
    _last_weekday,
    _next_week,
    _last_month,
    _yesterday,
]


@dataclass(frozen=True)
class _Phrases:
    """Phrases made once from the Zipfian vocabulary, so that writing one costs one pick, not a dozen."""

    nouns: list[str]  # "the new budget of the council"
    bare_nouns: list[str]  # "new budget", for headlines
    verbs: list[str]  # "approved the plan for the workers"
    future_verbs: list[str]  # "will approve the plan"
    clauses: list[str]  # "The new budget approved the plan"
    afterthoughts: list[str]  # ", while the council reviewed the rules"


@lru_cache(maxsize=1)
def _phrases(size: int = 1 << 16) -> _Phrases:
    # The same phrases for every seed: the frequencies of the documented terms do not depend on it.
    rng = random.Random("phrases")
    nouns = [_noun_phrase(rng) for _ in range(size)]
    verbs = [_verb_phrase(rng, future=rng.random() < 0.3) for _ in range(size)]
    return _Phrases(
        nouns=nouns,
        bare_nouns=[_noun_phrase(rng, article=False) for _ in range(size)],
        verbs=verbs,
        future_verbs=[_verb_phrase(rng, future=True) for _ in range(size // 4)],
        clauses=[
            f"{_choice(rng, SUBJECTS) if rng.random() < 0.3 else _capital(_choice(rng, nouns))} {_choice(rng, verbs)}"
            for _ in range(size)
        ],
        afterthoughts=[
            f", {_choice(rng, CONNECTIVES)} {_choice(rng, nouns)} {_choice(rng, verbs)}" for _ in range(size)
        ],
    )


def _noun_phrase(rng: random.Random, *, article: bool = True) -> str:
    head = NOUN.pick(rng)
    phrase = f"{ADJECTIVE.pick(rng)} {head}" if rng.random() < 0.5 else head
    if rng.random() < 0.25:
        other = NOUN.pick(rng)
        while other == head:
            other = NOUN.pick(rng)
        phrase = f"{phrase} of the {other}"
    if not article:
        return phrase
    return f"{_choice(rng, PLURAL_DETERMINERS if head in PLURALS else DETERMINERS)} {phrase}"


def _verb_phrase(rng: random.Random, *, future: bool) -> str:
    base, past = VERB.pick(rng)
    phrase = f"{_choice(rng, AUXILIARIES)} {base} {_noun_phrase(rng)}" if future else f"{past} {_noun_phrase(rng)}"
    if rng.random() < 0.5:
        phrase += f" {_choice(rng, PREPOSITIONS)} {_noun_phrase(rng)}"
    return phrase


def _statement(rng: random.Random) -> str:
    """A sentence as someone would say it: first person, plain words."""
    subject = _choice(rng, ["We", "I", "This", "The people of this city", "Our members", "Nobody"])
    base, past = VERB.pick(rng)
    if subject == "This":
        words = f"This is a {ADJECTIVE.pick(rng)} {NOUN.pick(rng)} for everyone"
    elif rng.random() < 0.5:
        words = f"{subject} {_choice(rng, AUXILIARIES)} {base} the {NOUN.pick(rng)}"
    else:
        words = f"{subject} {past} the {ADJECTIVE.pick(rng)} {NOUN.pick(rng)}"
    if rng.random() < 0.6:
        words += f" {_choice(rng, PREPOSITIONS)} the {NOUN.pick(rng)}"
    return words


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _domain(outlet: str) -> str:
    return "".join(word for word in outlet.lower().split() if word != "the") + ".example"


def _slug(title: str) -> str:
    return "-".join("".join(ch for ch in word if ch.isalnum()) for word in title.lower().split()[:8])


def page(article: GeneratedArticle, phrases: "_Phrases") -> str:
    """The article as a scraped web page, as `newsdesk ingest` reads `.txt` files: masthead and navigation,
    headline, byline and date lines, a photo caption among the paragraphs, footer. (Where the page's body
    lands is the layout cleaner's to find, so the extraction's offsets are the JSON record's.)"""
    record = article.record
    rng = random.Random(f"page/{record['id']}")
    places = [entity.name for entity in article.extraction.entities if entity.type == "GPE"] or [record["source"]]
    caption = f"{_capital(_choice(rng, phrases.nouns))} in {places[0]}. (Photo: {record['author'].split(' and ')[0]})"
    published = date.fromisoformat(record["published"][:10])
    paragraphs = record["text"].split("\n\n")
    paragraphs.insert(min(len(paragraphs), 1 + rng.randrange(3)), caption)
    lines = [
        record["source"].upper(),
        "Home | News | Business | Sport | Opinion | Subscribe",
        record["title"],
        f"By {record['author']}",
        f"Published {_MONTHS[published.month - 1]} {published.day}, {published.year}",
        *paragraphs,
        "Share this article",
        f"\u00a9 {published.year} {record['source']}. All rights reserved.",
    ]
    return "\n\n".join(lines) + "\n"


def write(corpus: Corpus, count: int, *, out: Path | None, pages: Path | None) -> None:
    """The first `count` articles, written as they are made: as contract records, one JSON line each, to
    `out`; as scraped pages, one `.txt` file each, into the folder `pages`."""
    if pages:
        pages.mkdir(parents=True, exist_ok=True)
    with out.open("wb") if out else contextlib.nullcontext() as handle:
        for article in corpus.articles(0, count):
            if handle:
                handle.write(orjson.dumps(article.record) + b"\n")
            if pages:
                (pages / f"{article.record['id']}.txt").write_text(page(article, corpus.phrases), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same corpus")
    parser.add_argument("--out", type=Path, help="the JSONL file of contract records to write")
    parser.add_argument("--txt", type=Path, help="a folder to write the articles into as scraped .txt pages")
    args = parser.parse_args(argv)
    if not (args.out or args.txt):
        parser.error("give --out, --txt or both")
    write(Corpus(args.seed), args.articles, out=args.out, pages=args.txt)
    print(f"{args.articles} articles written", file=sys.stderr)


if __name__ == "__main__":
    main()
