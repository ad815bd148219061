"""Acronyms defined in brackets right after the name they abbreviate ("the Kestrel Water Board (KWB)"): the
acronym names the same thing wherever the article writes it after, found where the tagger missed it and
typed as the name it stands for (the tagger takes many an acronym for a person)."""

import re
from dataclasses import replace

from app.extract.found import Place
from app.extract.mentions import Candidate
from app.extract.names import alias_table
from app.extract.parsed import FIELDS
from app.vocabulary.capitals import is_acronym

# "(KWB)", "(K.W.B.)", "(Kewab)": one word in brackets, capital first, after at most a space (tokenised wire
# copy spaces the brackets too: "( KWB )").
_BRACKETED = re.compile(r" ?\( ?(?P<acronym>[A-Z][A-Za-z.&]{1,11}) ?\)")


def defined_acronyms(
    texts: dict[str, str], candidates: list[Candidate]
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The candidates with every use of a defined acronym among them, typed as its name, in reading order; and
    the pairs (acronym's mention, the name's mention) that are one thing."""
    names: dict[str, Candidate] = {}
    for candidate in candidates:
        match = _BRACKETED.match(texts.get(candidate.place.field, ""), candidate.place.end)
        if match and _abbreviates(match["acronym"], candidate.text, candidate.label):
            # News abbreviates organisations, not people: a name the tagger took for a person's is one.
            label = "ORG" if candidate.label == "PERSON" else candidate.label
            names.setdefault(match["acronym"], replace(candidate, label=label))
    if not names:
        return candidates, []
    defining = {name.place: name for name in names.values()}
    found = [
        replace(candidate, label=names[candidate.text].label)
        if candidate.text in names and not candidate.certain
        else defining.get(candidate.place, candidate)
        for candidate in candidates
    ]
    found.extend(_untagged_uses(texts, names, candidates))
    found.sort(key=lambda candidate: (FIELDS.index(candidate.place.field), candidate.place.start))
    index = {candidate.place: position for position, candidate in enumerate(found)}
    pairs = [
        (position, index[names[candidate.text].place])
        for position, candidate in enumerate(found)
        if candidate.text in names
    ]
    return found, pairs


def _abbreviates(acronym: str, name: str, label: str) -> bool:
    """Whether the acronym's letters are the name's in order, the first its first: "KDOT" for "Kestrel
    Department of Transport", not "(Ind)" after "Halden Council". A country in brackets says where a
    person or thing is from ("Maren Altava (Malta)"); after a person's name only capitals abbreviate. An
    organisation's initials in another order abbreviate it too."""
    if alias_table().is_country(acronym) or (label == "PERSON" and not is_acronym(acronym)):
        return False
    letters = [char for char in acronym.casefold() if char.isalpha()]
    spelled = iter(char for char in name.casefold() if char.isalpha())
    if len(letters) > 1 and letters[0] == name[:1].casefold() and all(letter in spelled for letter in letters):
        return True
    # An organisation translated into English keeps the acronym of its own language, whose words come in another
    # order: "the National Renewal Party ( PRN )" has the initials of its name, not in their order.
    initials = [word[0].casefold() for word in name.split() if word[:1].isupper()]
    return label == "ORG" and is_acronym(acronym) and len(letters) > 2 and sorted(letters) == sorted(initials)


def _untagged_uses(texts: dict[str, str], names: dict[str, Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """Each use of a defined acronym that no mention covers: the tagger misses many an unfamiliar one."""
    uses = []
    for field in FIELDS:
        taken = [candidate.place for candidate in candidates if candidate.place.field == field]
        for acronym, name in names.items():
            for match in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", texts.get(field, "")):
                place = Place(field, match.start(), match.end())
                if not any(other.start < place.end and place.start < other.end for other in taken):
                    uses.append(Candidate(place, acronym, name.label))
    return uses
