"""Mentions of one article grouped into the things they name, each thing typed by the vote of its mentions.

Mentions join when their names are one in the alias table or differ only in case, dots, "the", a possessive
or a nationality adjective; an acronym joins the longer name whose initials it spells; a company's first word
joins its name with its legal form ("Torvane", "Torvane Industrial Inc"), which makes the company an
organisation; a lone surname (or an initial and surname) joins the person named in full with it whom the story
has mentioned most so far, each use on its own when relatives share it; a short organisation name joins a
longer one that begins with it, and a lone head word ("Rovers") the one organisation whose name ends with it.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from app.extract.found import Entity, Mention, Place
from app.extract.mention_case import place_in_title_case
from app.extract.mentions import Candidate
from app.extract.names import (
    ORG_HEAD_WORDS,
    PLACE_TYPES,
    alias_table,
    is_business_name,
    is_company_name,
    normal_form,
)
from app.extract.namesakes import person_key, stands_for
from app.extract.parsed import FIELDS
from app.extract.person_shape import person_shaped
from app.vocabulary.capitals import initials, is_acronym
from app.vocabulary.sports import CLUB_HEAD_WORDS, NICKNAME_PLURALS

_WORD = re.compile(r"[\w'’]+")
# The last words of organisations' names that a story uses alone for the organisation it has named in full.
_ORG_HEADS = ORG_HEAD_WORDS | CLUB_HEAD_WORDS | NICKNAME_PLURALS


class _Groups:
    """Union-find over mention indices; the lowest index is a group's root, so roots follow reading order."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self.parent)):
            groups[self.root(index)].append(index)
        return [groups[root] for root in sorted(groups)]


def group_mentions(candidates: list[Candidate], same: Iterable[tuple[int, int]] = ()) -> list[Entity]:
    """The things the candidates name; `same` lists pairs of candidates known to name one thing."""
    normals = [normal_form(candidate.text) for candidate in candidates]
    groups = _Groups(len(candidates))
    for a, b in same:
        groups.join(a, b)
    full = _full_names(candidates, normals)
    shared = _shared_surnames(full, normals)
    _join_same_names([normal if _lone_surname(normal) not in shared else "" for normal in normals], groups)
    _join_acronyms(candidates, groups)
    _join_company_words(candidates, normals, groups, full)
    people = _join_surnames(full, normals, groups, shared)
    _join_org_prefixes(candidates, normals, groups, {groups.root(i) for i in people})
    _join_org_heads(candidates, normals, groups)
    entities = [
        entity
        for members in groups.members()
        for entity in _entities([candidates[i] for i in members], people.intersection(members))
    ]
    return sorted(entities, key=lambda entity: _in_reading_order(entity.mentions[0].place))


def _join_same_names(normals: list[str], groups: _Groups) -> None:
    table = alias_table()
    first: dict[str, int] = {}
    for index, normal in enumerate(normals):
        if not normal:
            continue
        canonical = table.canonical(normal)
        for key in {canonical, table.demonym_form(canonical)}:
            groups.join(index, first.setdefault(key, index))


def _initials(name: str) -> str:
    words = [word for word in _WORD.findall(name.replace("-", " ")) if word[:1].isupper()]
    return initials(words) if len(words) > 1 else ""


def _join_acronyms(candidates: list[Candidate], groups: _Groups) -> None:
    """An all-caps word joins the first longer name (not a person's) of the article whose initials it spells."""
    spelled: dict[str, int] = {}
    for index, candidate in enumerate(candidates):
        if candidate.label != "PERSON" and (initials := _initials(candidate.text)):
            spelled.setdefault(initials, index)
    for index, candidate in enumerate(candidates):
        letters = candidate.text.replace(".", "")
        if is_acronym(candidate.text) and letters in spelled:
            groups.join(index, spelled[letters])


def _join_surnames(full: dict[str, list[int]], normals: list[str], groups: _Groups, shared: set[str]) -> set[int]:
    """A lone surname, or an initial and surname, joins the person named in full (`full`: mentions by surname)
    it stands for. A surname relatives share (`shared`) is read mention by mention, so they stay apart. A full
    name whose last word is then used alone is a person's, whatever the tagger called it; those are returned."""
    people: set[int] = set()
    # An initial that fits no namesake of a shared surname ("T. Roe"): a relative never named in full.
    unresolved: dict[str, int] = {}
    for index, normal in enumerate(normals):
        surname = _lone_surname(normal)
        if surname is None:
            continue
        namesakes = [i for i in full.get(surname, []) if normal == surname or normals[i].startswith(normal[0])]
        targets = _namesake(index, namesakes, normals, groups)
        for target in targets:
            groups.join(index, target)
            people.add(target)
        if not targets and surname in shared:
            groups.join(index, unresolved.setdefault(normal, index))
    return people


def _lone_surname(normal: str) -> str | None:
    """The surname of a name written as a surname alone or after an initial ("roe", "j roe")."""
    words = normal.split()
    alone = len(words) == 1 or len(words) == 2 and len(words[0]) == 1
    return words[-1] if alone else None


def _full_names(candidates: list[Candidate], normals: list[str]) -> dict[str, list[int]]:
    """The mentions of people named in full, by surname."""
    full: dict[str, list[int]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        words = normals[index].split()
        if len(words) > 1 and len(words[0]) > 1 and (candidate.label == "PERSON" or person_shaped(candidate.text)):
            full[words[-1]].append(index)
    return full


def _shared_surnames(full: dict[str, list[int]], normals: list[str]) -> set[str]:
    """Surnames that people of different given names share (relatives, namesakes); a middle name or initial
    does not make another person ("Jane Roe", "Jane Q. Roe")."""
    given: dict[str, set[str]] = defaultdict(set)
    for surname, indices in full.items():
        given[surname].update(person_key(normals[i]) for i in indices)
    return {surname for surname, names in given.items() if len(names) > 1}


def _namesake(index: int, namesakes: list[int], normals: list[str], groups: _Groups) -> list[int]:
    """The full names a lone surname stands for: those of the one person `stands_for` chooses."""
    if not namesakes:
        return []
    person = {groups.root(i): person_key(normals[i]) for i in namesakes}
    mentions = [(person[groups.root(i)], i) for i in range(len(normals)) if groups.root(i) in person]
    chosen = stands_for([(person_key(normals[i]), i) for i in namesakes], mentions, index)
    return [i for i in namesakes if person_key(normals[i]) == chosen]


def _join_company_words(
    candidates: list[Candidate], normals: list[str], groups: _Groups, full: dict[str, list[int]]
) -> None:
    """A lone word that opens a company's name with its legal form or a business's last word ("Torvane" after
    "Torvane Industrial Inc", "Merrow" after "Merrow Group") is the company, unless the article uses the word alone
    for a place or a person too: the town or state the company is named after ("a plant in Texas", a dateline), its
    founder ("Mr Smith told"), a person it names in full, a country. The tagger's guess at the lone word alone
    ("Torvane said") says neither."""
    companies: dict[str, int] = {}
    for index, candidate in enumerate(candidates):
        if is_business_name(candidate.text) and (words := normals[index].split()):
            companies.setdefault(words[0], index)
    table = alias_table()
    elsewhere = {
        normals[index]
        for index, candidate in enumerate(candidates)
        if candidate.place_or_person_use
        or (candidate.certain and candidate.label in PLACE_TYPES)
        or table.lookup(candidate.text)
        or table.is_country(candidate.text)
    }
    for index in range(len(candidates)):
        company = companies.get(normals[index])
        if company is not None and normals[index] not in full and normals[index] not in elsewhere:
            groups.join(index, company)


def _join_org_prefixes(candidates: list[Candidate], normals: list[str], groups: _Groups, people: set[int]) -> None:
    """ "X" or "X Y" joins "X Y Z" when both are organisations: a longer name that begins with a short one,
    unless the short one is a person's surname (the tagger's "ORG" for a surname; "the X Foundation")."""
    orgs = [i for i, candidate in enumerate(candidates) if candidate.label == "ORG"]
    for short in [i for i in orgs if groups.root(i) not in people]:
        short_words = normals[short].split()
        for long in orgs:
            long_words = normals[long].split()
            extra = len(long_words) - len(short_words)
            if extra > 0 and long_words[: len(short_words)] == short_words and (extra == 1 or len(short_words) > 1):
                groups.join(short, long)
                break


def _join_org_heads(candidates: list[Candidate], normals: list[str], groups: _Groups) -> None:
    """A lone head word ("Rovers", "the Falcons", "the Council") joins the one organisation of the article whose name
    ends with it ("Eastfield Rovers", "Halden District Council"): a story shortens a name it has given in full to its
    head.
    Where two organisations end with the word, the lone one is left alone, and so is one already joined to another
    organisation's name ("Post" to "Post Office", which it begins): joining it would make the two names one."""
    ending: dict[str, set[int]] = defaultdict(set)
    for index, candidate in enumerate(candidates):
        if candidate.label == "ORG" and len(words := normals[index].split()) > 1:
            ending[words[-1]].add(groups.root(index))
    named = set().union(*ending.values())
    for index, normal in enumerate(normals):
        owners = ending.get(normal, set())
        if normal in _ORG_HEADS and len(owners) == 1 and groups.root(index) not in named - owners:
            groups.join(index, next(iter(owners)))


def _entities(members: list[Candidate], people: set[int]) -> Iterable[Entity]:
    """One entity for the group, typed by vote; mentions whose context settled another type stand apart."""
    voted = _vote(members, bool(people))
    split: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in members:
        split[candidate.label if candidate.certain and candidate.label != voted else voted].append(candidate)
    for type_, part in split.items():
        yield _entity(type_, part)


def _vote(members: list[Candidate], named_by_surname: bool) -> str:
    certain = [candidate.label for candidate in members if candidate.certain]
    # A place is certain by where it stands (a dateline, "at X", "the town of X"), which says nothing of the name's
    # other mentions; a club or a firm by what it does ("X beat Y", "the company X"): where both are, the others
    # follow what the name does ("HALDEN 1996-08-30 ... Halden beat Marsby ... HALDEN WIN").
    certain = [label for label in certain if label not in PLACE_TYPES] or certain
    if certain:
        return _winner(Counter(certain), certain[0])
    if named_by_surname:
        return "PERSON"
    table = alias_table()
    for candidate in members:
        alias = table.lookup(candidate.text)
        if alias is not None:
            return alias.type
        if table.is_country(candidate.text):
            return "GPE"
    # A company's legal form names an organisation, whatever the tagger guessed of its other mentions.
    if any(is_company_name(candidate.text) for candidate in members):
        return "ORG"
    # A full name says more about the type than a lone word, which the tagger often guesses.
    votes: Counter[str] = Counter()
    for candidate in members:
        votes[candidate.label] += 2 if len(candidate.text.split()) > 1 else 1
    return _winner(votes, members[0].label)


def _winner(votes: Counter[str], first: str) -> str:
    """The type most votes name; on a tie, the type of the first mention, where a name is introduced."""
    best = max(votes.values())
    return first if votes[first] == best else next(label for label, count in votes.items() if count == best)


def _entity(type_: str, members: list[Candidate]) -> Entity:
    pseudonym = any(candidate.pseudonym for candidate in members)
    mentions = [
        Mention(c.place, c.text, type_, pseudonym) for c in sorted(members, key=lambda c: _in_reading_order(c.place))
    ]
    return Entity(name=_name(type_, members), type=type_, mentions=mentions, pseudonym=pseudonym)


def _name(type_: str, members: list[Candidate]) -> str:
    """The fullest form; a place the article writes only in capitals, and only where a line's style sets them (a
    dateline, a heading), in title case: the capitals say nothing of the name ("NEW YORK (Wire) -")."""
    name = _fullest(members)
    if type_ in ("GPE", "LOC") and name.isupper() and all(_shouted_by_line(c) for c in members if c.text.isupper()):
        return place_in_title_case(name)
    return name


def _shouted_by_line(candidate: Candidate) -> bool:
    # A certain place is a dateline's (`find_mentions`).
    return candidate.headline or (candidate.certain and candidate.label == "GPE")


def _fullest(members: list[Candidate]) -> str:
    """The fullest common form: most words, then most letters, then not shouted, then most often written. A
    headline glues words to names, so where running text writes a name in full, a headline's form is no rival."""
    counts = Counter(candidate.text for candidate in members)
    running = {candidate.text for candidate in members if not candidate.headline}
    if any(len(text.split()) > 1 for text in running):
        counts = Counter({text: count for text, count in counts.items() if text in running})
    return max(
        counts,
        key=lambda text: (len(text.split()), sum(map(str.isalpha, text)), not text.isupper(), counts[text]),
    )


def _in_reading_order(place: Place) -> tuple[int, int]:
    return FIELDS.index(place.field) if place.field in FIELDS else len(FIELDS), place.start
