"""The people of a results list or a box score, found by the list's own form where the tagger, seeing no sentence,
takes them for organisations or misses them: a ranked line ("4. Ilse Varnholt (Iceland) 14.37") names an athlete and
her country, and so does a match result between two players decided in sets ("Ilse Varnholt (Iceland) beat ..."); a
cricket scorecard names a batter, the fielder and bowler who dismissed him ("c Quaintance b Roe"), each bowler before
his figures ("Roe 10-1-41-2"), the players of a summary in brackets ("( K. Voss 88 , R. Roe 6-21 )") and those who
did not bat; a squad's list names each player and his club in brackets ("Jon Tarrow ( Halden ) , Ivo Berg
( Marsby )"); a scorers line names each scorer before his minute ("Halden - Ivo Berg ( 12th ) , Sindre Brekke
( 58th )"), and the team before them."""

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from app.extract.mention_cleaning import Piece
from app.extract.mention_heads import FACILITY_HEAD_WORDS
from app.extract.names import ORG_HEAD_WORDS, alias_table
from app.extract.parsed import lower_words, text_of
from app.extract.person_shape import person_shaped
from app.vocabulary.capitals import LONGEST_BRACKETED_ABBREVIATION
from app.vocabulary.sports import CLUB_WORDS, PLACE_CLUB_HEADS, PLAYER_POSITIONS, SPORTS, SPORTS_TERMS

# A player's name as a scorecard writes it: initials, a surname particle, a surname ("R. Quaintance", "A.de Vos").
_PLAYER = r"(?:[A-Z]\.\s?)*(?:(?:de|van|der|du|da|le|la|al|el)\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
# "4. Ilse Varnholt (Iceland) 14.37", "2 - Ilse Varnholt (Iceland) beat 7 - Maren Tollefsrud (Iceland)": a rank or
# seeding, a name, a country in brackets; at a line's start, or after a colon or a match verb.
# A person's name of two to four capitalised words.
_FULL_NAME = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}"
# A cycling result gives the rider's team after his country, before his time ("( Iceland ) Tolvo Steel 5:12:08").
_TEAM = r"[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3}"
_RANKED = re.compile(
    rf"(?:^|(?<=[:a-z])\s)\s*\d{{1,3}}\s*[.-]\s+(?P<name>{_FULL_NAME})\s*\(\s*(?P<country>[^()]+?)\s*\)"
    rf"(?:\s+(?P<team>{_TEAM})(?=\s+(?:\d|same time)))?"
)
# The next entry of a ranked line's list, after the one before's score and a comma: a name and its bracket with no
# rank of its own, as a leaderboard gives players level on a score, or with its own as a line runs on ("1. Ilse
# Varnholt (Iceland) 68, Maren Tollefsrud (Norway) 69", "... 68, 2. Maren Tollefsrud (Norway) 69"). A score is
# digits, signs, dots and colons ("-4", "14.37", "5:12:08").
_NEXT_RANKED = re.compile(
    rf"\s+[+-]?[\d.:]+\s*,\s*(?:\d{{1,3}}\s*[.-]\s+)?(?P<name>{_FULL_NAME})\s*\(\s*(?P<country>[^()]+?)\s*\)"
)
# A leaderboard's line: a total, a player, his country in brackets and his rounds, two or more, that add up to the
# total ("136 Ilse Varnholt ( Iceland ) 68 68"), as golf prints them; the tagger, seeing no sentence, reads the total
# as part of the name or the name as nothing. Other tables print a name, a country and two numbers too (a city's
# highest and lowest temperatures, a firm's orders in two years, "Varrow Steel ( Poland ) 28 19"), but no total first.
_LEADERBOARD = re.compile(
    rf"^\s*(?P<total>\d{{2,3}})\s+(?P<name>{_FULL_NAME})\s*\(\s*(?P<country>[^()]+?)\s*\)"
    r"(?P<rounds>(?:\s+\d{1,3}){2,})(?!\S)"
)
# A match result between two players, each with a country in brackets, decided in two sets or more: "Ilse Varnholt
# (Iceland) beat Maren Tollefsrud (Norway) 7-5 2-6 6-1". Named in full, in no club's words, and only before the
# sets: clubs meet with their countries in brackets too ("Halden Rovers (Norway) beat ... 2-1").
_ENTRANT = rf"{_FULL_NAME}\s*\(\s*[^()]+?\s*\)"
_SET = r"\d{1,2}\s*-\s*\d{1,2}(?:\s*\(\s*\d{1,2}\s*-\s*\d{1,2}\s*\))?"
_PLAYERS_MATCH = re.compile(
    rf"(?P<winner>{_ENTRANT})\s+(?:beat|bt|defeated|d\.)\s+(?:\d{{1,3}}\s*-\s*)?(?P<loser>{_ENTRANT})[\s)]*{_SET}\s+{_SET}"
)
_ENTRANT_PARTS = re.compile(r"(?P<name>[^(]+?)\s*\(\s*(?P<country>[^()]+?)\s*\)")
# A batting line: the batter, how he was out and by whom, his runs.
_BATTING = re.compile(
    rf"^\s*(?P<batter>{_PLAYER})\s+(?:c\s+(?:and\s+)?(?:(?P<catcher>{_PLAYER})\s+)?|st\s+(?P<keeper>{_PLAYER})\s+|lbw\s+)?"
    rf"(?:b\s+(?P<bowler>{_PLAYER})|run out|not out|retired hurt|absent hurt)\s+\d+\s*$"
)
# A bowler's figures: overs (with balls after a dot), maidens, runs, wickets.
_BOWLING = re.compile(rf"(?P<bowler>{_PLAYER})\s+\d+(?:\.\d)?-\d+-\d+-\d+\b")
# What every bowler's figures hold, found by a scan far cheaper than `_BOWLING`'s, which tries a name at each place.
_DASHED_NUMBERS = re.compile(r"\d-\d+-\d+-\d")
# A scorecard's summary in brackets after a side's total: each player named by initials and surname, then his
# runs ("88 not out") or bowling figures ("6-21"), items parted by commas and semicolons.
_FIGURES = re.compile(r"\(\s*(?P<items>[^()]+?)\s*\)")
_FIGURES_ITEM = re.compile(r"^\s*(?P<name>(?:[A-Z]\.\s?)+[A-Z][\w'’-]+)\s+\d+(?:\s*-\s*\d+)?(?:\s+not out)?\s*$")
# A match summary's scorers in brackets after the side's score ("Halden 2 ( Ivo Berg 15 , Roe 38 , 80 pen )"): each
# scorer by his name, in full or not, and the minute of his goal; his later goals' minutes follow alone.
_SCORER_ITEM = re.compile(r"^\s*(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})\s+\d{1,3}(?:\s+pen)?\s*$")
_LATER_GOAL = re.compile(r"^\s*\d{1,3}(?:\s+pen)?\s*$")
_AFTER_SCORE = re.compile(r"\b\d{1,3}\s*$")
# A soccer report's scorers line: a side, a dash, then only its scorers, each with the minute in brackets as an
# ordinal ("Halden - Ivo Berg ( 12th ) , Sindre Brekke ( 58th pen )"), after a "Scorers:" label or on a line of its own.
# A scorer is named in full or by his surname alone ("Berg ( 12th , 70th )"), his goals' minutes in one bracket.
_SCORER = r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
_ONE_MINUTE = r"\d{1,3}(?:st|nd|rd|th)(?:\s+pen)?"
_MINUTE = rf"\s*\(\s*{_ONE_MINUTE}(?:\s*,\s*{_ONE_MINUTE})*\s*\)"
_SCORERS_LINE = re.compile(
    rf"^\s*(?:Scorers?\s*:\s*)?(?P<side>{_SCORER})\s+-\s+"
    rf"(?P<list>{_SCORER}{_MINUTE}(?:\s*,\s*{_SCORER}{_MINUTE})*)\s*\.?\s*$"
)
_ONE_SCORER = re.compile(rf"(?P<name>{_SCORER}){_MINUTE}")
# A squad's or a field's list: each player named in full with his club, or his country, in brackets ("Jon Tarrow
# ( Halden ) , Ivo Berg ( Marsby )"); two entries at least, as one name and a bracket is as often an aside.
# A bracket of one letter is a politician's party ("Ann Roe (R)"), no club.
_LIST_ENTRY = re.compile(
    rf"(?P<name>{_FULL_NAME})\s*\(\s*(?P<club>(?![A-Z]\.?\s*\))[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){{0,2}})\s*\)"
)
_DID_NOT_BAT = re.compile(r"^\s*Did not bat\s*:\s*(?P<list>.+?)\s*\.?\s*$", re.IGNORECASE)
_LISTED = re.compile(_PLAYER)


# The label of a ranked entry's bracket shaped as a country's name that the curated table does not know
# (`_ranked_entry`): a country only where the tagger took it for a name (`box_score_names`).
_UNKNOWN_COUNTRY = "GPE?"


def box_score_names(doc: Doc) -> Iterator[Piece]:
    # A seeded player is found by his rank and by the match he won: once is enough.
    for piece in dict.fromkeys(_listed_names(text_of(doc), names_a_sport(doc))):
        if piece.label != _UNKNOWN_COUNTRY:
            yield piece
        elif _typed_as_a_name(doc, piece):
            yield replace(piece, label="GPE")


def _typed_as_a_name(doc: Doc, piece: Piece) -> bool:
    """Whether the tagger took a ranked athlete's bracket for a name ("(Norlandia)"): not one it left as a word
    ("(Unattached)", "(Guest)"), which names no place."""
    span = doc.char_span(piece.start, piece.end)
    return span is not None and all(token.ent_type_ for token in span)


_NAMES_A_SPORT = "newsdesk_names_a_sport"


def names_a_sport(doc: Doc) -> bool:
    """Whether the paragraph names a sport, a player's position or a word only sport uses. Found once per paragraph:
    the club rules ask it of each word that opens a sentence."""
    found: bool | None = doc.user_data.get(_NAMES_A_SPORT)
    if found is None:
        found = doc.user_data[_NAMES_A_SPORT] = not _SPORT_WORDS.isdisjoint(lower_words(doc))
    return found


# One set to look a word up in.
_SPORT_WORDS = SPORTS | PLAYER_POSITIONS | SPORTS_TERMS


def is_sport_word(token: Token) -> bool:
    """A sport's name, a player's position or a word only sport uses ("league", "goal")."""
    return token.lower_ in _SPORT_WORDS


def _listed_names(text: str, sport: bool) -> Iterator[Piece]:
    """The people, clubs and countries of the paragraph's results list or box score; a squad's list's clubs only
    where the paragraph speaks of sport (`sport`): elsewhere the brackets after names hold home towns ("Ann Roe
    (Tolvo)")."""
    # Most paragraphs hold no bracket, which every form but a batting line, a bowler's figures and a "did not bat"
    # list needs, nor a bowler's figures' run of dashed numbers: skipping the expressions there spares their scans of
    # the paragraph (on bench.corpus's 200 articles, 90 ms a pass down to 14; `_BOWLING` was half).
    brackets = "(" in text
    for ranked in _RANKED.finditer(text) if brackets else ():
        yield from _ranked_entry(ranked)
        if ranked.group("team"):
            yield Piece(ranked.start("team"), ranked.end("team"), side_label(ranked.group("team")))
        following = _NEXT_RANKED.match(text, ranked.end())
        while following is not None and _a_players_name(following.group("name")):
            yield from _ranked_entry(following)
            following = _NEXT_RANKED.match(text, following.end())
    yield from _leaderboard_entries(text) if brackets else ()
    for match in _PLAYERS_MATCH.finditer(text) if brackets else ():
        for side in ("winner", "loser"):
            yield from _entrant(match.start(side), match.group(side))
    if batting := _BATTING.match(text):
        for role in ("batter", "catcher", "keeper", "bowler"):
            if batting.group(role):
                yield Piece(batting.start(role), batting.end(role), "PERSON")
    for bowling in _BOWLING.finditer(text) if _DASHED_NUMBERS.search(text) else ():
        yield Piece(bowling.start("bowler"), bowling.end("bowler"), "PERSON")
    for summary in _FIGURES.finditer(text) if brackets else ():
        after_score = _AFTER_SCORE.search(text, 0, summary.start()) is not None
        yield from _figures_names(summary.start("items"), summary.group("items"), after_score)
    if brackets and (scorers := _SCORERS_LINE.match(text)):
        yield Piece(scorers.start("side"), scorers.end("side"), side_label(scorers.group("side")))
        offset = scorers.start("list")
        for scorer in _ONE_SCORER.finditer(scorers.group("list")):
            yield Piece(offset + scorer.start("name"), offset + scorer.end("name"), "PERSON")
    entries = list(_LIST_ENTRY.finditer(text)) if brackets else []
    # Clubs meet with their countries in brackets too ("Halden Wanderers ( Norway ) beat ..."), and bodies are given
    # their parties' ("Halden Council (Ind)"): no list of players.
    if any(clubs_words(entry.group("name")) or _bodys_words(entry.group("name")) for entry in entries):
        entries = []
    # Outside sport, a country in the brackets still says where each person is from; a town is a home town.
    entries = [entry for entry in entries if sport or alias_table().is_country(entry.group("club"))]
    for entry in entries if len(entries) > 1 else []:
        yield Piece(entry.start("name"), entry.end("name"), "PERSON")
        yield Piece(entry.start("club"), entry.end("club"), side_label(entry.group("club")))
    if listed := _DID_NOT_BAT.match(text):
        offset = listed.start("list")
        for name in _LISTED.finditer(listed.group("list")):
            yield Piece(offset + name.start(), offset + name.end(), "PERSON")


def _leaderboard_entries(text: str) -> Iterator[Piece]:
    """The player and his country of a leaderboard's line (`_LEADERBOARD`) whose rounds add up to its total."""
    leader = _LEADERBOARD.match(text)
    if leader is not None and _adds_up(leader) and _a_players_name(leader.group("name")):
        yield from _ranked_entry(leader)


def _a_players_name(name: str) -> bool:
    """Whether a later entry of a ranked line is named as a player is: not a club's name ("Halden Rovers", "Marsby
    Town") nor a firm's, as a ranking of exporters lists them ("Tarrow Group (Sweden) 3.9")."""
    return person_shaped(name) and not clubs_words(name)


def _adds_up(leader: re.Match[str]) -> bool:
    """Whether a leaderboard's rounds add up to the total before its player."""
    return sum(int(score) for score in leader.group("rounds").split()) == int(leader.group("total"))


def _ranked_entry(entry: re.Match[str]) -> Iterator[Piece]:
    """A ranked list's player, and the country in his brackets where it is one (a town's or a club's name the
    tagger types)."""
    yield Piece(entry.start("name"), entry.end("name"), "PERSON")
    country = entry.group("country")
    if alias_table().is_country(country):
        yield Piece(entry.start("country"), entry.end("country"), "GPE")
    elif _shaped_as_a_country(country):
        yield Piece(entry.start("country"), entry.end("country"), _UNKNOWN_COUNTRY)


def _shaped_as_a_country(bracketed: str) -> bool:
    """Whether a ranked athlete's bracket may name a country the curated table does not know: one capitalised word
    longer than an abbreviation ("(Norlandia)"; not a party's "(Lab)" nor a club's "(Halden AC)")."""
    return bracketed.isalpha() and bracketed.istitle() and len(bracketed) > LONGEST_BRACKETED_ABBREVIATION


def side_label(name: str) -> str:
    """The type of a side of a match: a team (ORG), whatever town it is named after, unless it is a country, as a
    national side is named as its country is, a place."""
    return "GPE" if alias_table().is_country(name) else "ORG"


def _figures_names(offset: int, items: str, after_score: bool) -> Iterator[Piece]:
    """The players of a scorecard's summary, when every item of the brackets is a player with his figures; after a
    score (`after_score`), of a match summary, when every item is a scorer with his minute or a later minute of his."""
    found: list[Piece] = []
    start = 0
    for item in re.split(r"[,;]", items):
        player = _FIGURES_ITEM.match(item) or (_SCORER_ITEM.match(item) if after_score else None)
        if player is not None:
            found.append(Piece(offset + start + player.start("name"), offset + start + player.end("name"), "PERSON"))
        elif not (after_score and found and _LATER_GOAL.match(item)):
            return
        start += len(item) + 1
    yield from found


_CLUBS_WORDS = CLUB_WORDS | PLACE_CLUB_HEADS
_BODYS_HEADS = ORG_HEAD_WORDS | FACILITY_HEAD_WORDS


def clubs_words(name: str) -> bool:
    """Whether the name holds a club's first or last word ("Dynamo", "Rovers", "Town"): a club's, no player's."""
    return any(word.casefold() in _CLUBS_WORDS for word in name.split())


def _bodys_words(name: str) -> bool:
    """Whether the name ends in an organisation's or a building's head word ("Halden Council"): no player's."""
    return name.split()[-1].casefold() in _BODYS_HEADS


def _entrant(offset: int, entrant: str) -> Iterator[Piece]:
    """A player and his country, when what the brackets hold is a country and the name has no club's word."""
    parts = _ENTRANT_PARTS.match(entrant)
    if parts is None or not alias_table().is_country(parts.group("country")):
        return
    if clubs_words(parts.group("name")):
        return
    yield Piece(offset + parts.start("name"), offset + parts.end("name"), "PERSON")
    yield Piece(offset + parts.start("country"), offset + parts.end("country"), "GPE")
