"""Name keys: which spellings of a name stand for the same thing, within an article and across articles.

Key scheme (`name_keys`), every key a string `<class>:<normal form>`:

- The class comes from the type: `person` (PERSON), `org` (ORG), `place` (GPE, LOC, FAC), otherwise the
  type casefolded (`event`, ...). A name in the curated alias table takes the table's class whatever the
  tagger said, so "EU" tagged GPE in one article and ORG in another still meet.
- The normal form is the name casefolded, dots and a leading "the" dropped, a trailing possessive and
  corporate suffix (Inc, Ltd, ...) removed, whitespace collapsed: "the U.N." -> "un".
- Strong keys (one shared key means one entity):
  * `<class>:<canonical>`: the normal form, replaced by its alias-table canonical when the table lists it
    ("U.S.", "US", "United States" -> `place:united states`);
  * `<class>:<demonym form>` for a name of two or more words with a nationality adjective or a country in
    it: each such word becomes the country ("Russian X Network" and "Russia X Network" -> `org:russia x network`);
  * for an organisation named "<X> News" (or another of a media company's arms: Media, Digital, Radio ...),
    `org:<x>` too;
  * for a person named with middle names or initials, `person:<first> <last>` as well
    ("John Q. Public" -> `person:john public`).
- Weak key: `surname:<last word>` for every PERSON name, full or lone. A lone surname has no strong key:
  it should join an existing person only when exactly one person already known carries that surname key,
  and two full names never join through it (relatives and namesakes share surnames).

The alias table is data (`aliases.json` beside this module); `AliasTable.extended` adds entries of the same
shape, e.g. read from a settings file.
"""

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.vocabulary.companies import BUSINESS_HEAD_WORDS, LEGAL_FORMS
from app.vocabulary.furniture import MEDIA_ARMS, PAPER_ONLY_WORDS

ALIASES_FILE = Path(__file__).with_name("aliases.json")

# Types kept as entities; NORP (nationalities), dates, amounts and works are not things the store tracks.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_CLASSES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
_ARTICLES = ("the ", "a ", "an ")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Words that end the names of organisations ("X News", "X Party"), a business's or a newspaper's among them: such a
# name is not a person's.
ORG_HEAD_WORDS = (
    BUSINESS_HEAD_WORDS
    | PAPER_ONLY_WORDS
    | frozenset(
        [
            "academy",
            "agency",
            "alliance",
            "army",
            "assembly",
            "association",
            "authority",
            "bancorp",
            "bank",
            "board",
            "bureau",
            "club",
            "coalition",
            "commission",
            "committee",
            "communications",
            "company",
            "congress",
            "consortium",
            "corp",
            "corporation",
            "council",
            "court",
            "department",
            "electric",
            "exchange",
            "fc",
            "foundation",
            "front",
            "fund",
            "gas",
            "inc",
            "institute",
            "journal",
            "league",
            "llc",
            "ltd",
            "ministry",
            "movement",
            "network",
            "news",
            "newsroom",
            "office",
            "oil",
            "organisation",
            "organization",
            "parliament",
            "party",
            "plc",
            "police",
            "post",
            "press",
            "service",
            "society",
            "times",
            "tribunal",
            "trust",
            "union",
            "university",
        ]
    )
)


def type_class(type_: str) -> str:
    return _CLASSES.get(type_, type_.casefold())


def is_business_name(name: str) -> bool:
    """A company's name by its legal form or a business's last word ("Merrow Group", "Tarlow Shipping"), which a
    story shortens to its first word."""
    words = name.split()
    return is_company_name(name) or (len(words) > 1 and words[-1].casefold() in BUSINESS_HEAD_WORDS)


def is_company_name(name: str) -> bool:
    """A name ending in a company's legal form ("Torvane Industrial Inc", "Halvard Co."): an organisation's, whatever
    the tagger said."""
    words = name.casefold().replace(".", " ").replace(",", " ").split()
    return len(words) > 1 and words[-1] in LEGAL_FORMS


# Names normal_form keeps: an article asks for some 500, mostly the same few dozen again (the quotes dev set: 21,000
# calls over 40 articles, 1,200 names, 94% asked before); this many hold several articles' names in a few hundred kB.
_NORMAL_FORMS_KEPT = 4096


@lru_cache(maxsize=_NORMAL_FORMS_KEPT)
def normal_form(name: str) -> str:
    """A name compared as news writes it inconsistently: case, dots, a leading article, possessive, suffix."""
    text = " ".join(name.casefold().replace("’", "'").replace(".", " ").split())
    text = _POSSESSIVE.sub("", text).strip()
    for article in _ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article) :]
            break
    words = text.replace(" ,", ",").rstrip(",").split()
    # "U.S." became "u s": initials written with dots are one word.
    words = _join_initials(words)
    while len(words) > 1 and words[-1].rstrip(",") in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(word.rstrip(",") for word in words)


def _join_initials(words: list[str]) -> list[str]:
    joined: list[str] = []
    run = ""
    for word in words:
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        joined.append(word)
    if run:
        joined.append(run)
    return joined


@dataclass(frozen=True)
class Alias:
    name: str
    type: str


@dataclass(frozen=True)
class AliasTable:
    """Variant normal form -> the thing it names; demonyms -> places; the names of countries."""

    entries: dict[str, Alias] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()

    def extended(self, data: dict[str, Any]) -> "AliasTable":
        """This table with the entries of another file's data (same shape as aliases.json) added."""
        entries = dict(self.entries)
        for item in data.get("aliases", []):
            alias = Alias(item["name"], item["type"])
            for variant in (item["name"], *item.get("variants", [])):
                entries[normal_form(variant)] = alias
        return AliasTable(
            entries,
            {**self.demonyms, **data.get("demonyms", {})},
            self.countries | frozenset(data.get("countries", [])),
        )

    def lookup(self, name: str) -> Alias | None:
        return self.entries.get(normal_form(name))

    def canonical(self, normal: str) -> str:
        alias = self.entries.get(normal)
        return normal_form(alias.name) if alias else normal

    def demonym_form(self, normal: str) -> str:
        """Each nationality adjective of a name replaced by its place: "russian x" -> "russia x"."""
        return " ".join(self.demonyms.get(word, word) for word in normal.split())

    def is_country(self, name: str) -> bool:
        return self.canonical(normal_form(name)) in self.countries


def use_aliases(extra: Path | None) -> AliasTable:
    """Build this process's table: the curated one, extended by the deployment's own file (the ALIAS_FILE
    setting) when it names one. An ingest calls it once, in each process that extracts."""
    global _table
    table = AliasTable().extended(json.loads(ALIASES_FILE.read_text(encoding="utf-8")))
    _table = table.extended(json.loads(extra.read_text(encoding="utf-8"))) if extra else table
    return _table


def alias_table() -> AliasTable:
    """The table `use_aliases` built for this process (the curated one alone when it was not called)."""
    return _table or use_aliases(None)


_table: AliasTable | None = None


def name_keys(name: str, type_: str) -> set[str]:
    """Keys under which an entity of this name and type is found again in other articles (scheme above)."""
    table = alias_table()
    normal = normal_form(name)
    if not normal:
        return set()
    alias = table.entries.get(normal)
    kind = type_class(alias.type if alias else type_)
    words = normal.split()
    if kind == "person":
        surname = f"surname:{words[-1]}"
        if len(words) == 1:
            return {surname}
        keys = {f"person:{normal}", surname}
        if len(words) > 2:
            # News drops middle names and initials at will: "Ann B. Roe", "Ann Beth Roe" and "Ann Roe" meet.
            keys.add(f"person:{words[0]} {words[-1]}")
        return keys
    canonical = table.canonical(normal)
    keys = {f"{kind}:{canonical}"}
    if len(words) > 1 and alias is None:
        keys.add(f"{kind}:{table.demonym_form(canonical)}")
        if kind == "org" and words[-1] in MEDIA_ARMS:
            # A media company and its arms are cited interchangeably ("X" / "X News" / "X Digital").
            keys.add(f"org:{' '.join(words[:-1])}")
    return keys
