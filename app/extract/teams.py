"""What a sports page says about a name: a club named after its town is a team where a match report ("X beat Y",
"lost to X", "X captain Ivo Berg", "their" after a lone name, "X are third", "X's defence", "joined X", "a move to
X"), a results line, a standings row, a fixture, a cricket scoreline or a club word says so; a place after "at" or
before a scoreline's colon is the venue; a sport's name, a table's label or a division heads a table and names
nothing. A match report's sides count only in an article that shows a sport: elsewhere "X beat Y" is an election.
The people of results lists and box scores come from box_scores."""

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from app.extract.box_scores import box_score_names, clubs_words, is_sport_word, names_a_sport, side_label
from app.extract.mention_cleaning import POSSESSIVE_MARKS, Piece, closes_a_name
from app.extract.names import PLACE_TYPES, alias_table
from app.extract.parsed import (
    covering,
    entities_in,
    lower_words,
    lowers_of,
    sentence_of,
    sentences_of,
    text_of,
    tokens_of,
    words_of,
)
from app.extract.person_shape import person_shaped
from app.vocabulary.calendar import CALENDAR_WORDS
from app.vocabulary.datelines import PLACE_OPENERS
from app.vocabulary.furniture import SUBJECT_WORDS, WIRE_DESK_WORDS
from app.vocabulary.names import GIVEN_NAMES
from app.vocabulary.sports import (
    CLUB_FIRST_WORDS,
    CLUB_HEAD_WORDS,
    CLUB_PARTS,
    CLUB_ROLES,
    CLUB_STAFF,
    DIVISION_HEADS,
    DIVISION_WORDS,
    DRAW_NOUNS,
    DRAW_VERB,
    FIXTURE_PREPOSITIONS,
    FIXTURE_VERBS,
    HOLD_VERB,
    LETTERED_HEADS,
    MATCH_HEADS,
    MATCH_OUTCOMES,
    MATCH_VERBS,
    OPENING_SIDE_VERBS,
    PLACE_CLUB_HEADS,
    PLAYER_CLASSES,
    PLAYER_HEADS,
    PLAYER_POSITIONS,
    PLURAL_FIXTURE_VERBS,
    PLURAL_PLACE_WORDS,
    RESULT_VERBS,
    SCORELESS_WORDS,
    SCORING_VERBS,
    SECTION_LEAGUE_HEADS,
    SECTION_MARKS,
    SIDE_NOUN_FIXTURE_VERBS,
    SIDE_NOUNS,
    SIDE_VERBS,
    SPORTS,
    STAFF_QUALIFIERS,
    TABLE_LABELS,
    VERSUS_MARKS,
)

# A club a player joins: "has joined Tolvern", "before joining Halden".
_JOIN = "join"
# A side ahead by a score: "Ostby led 2-0" (a town leads a protest or a region's exports, with no score).
_LEAD = "lead"
_SIDE_PREPOSITIONS = frozenset({"to", "with", "for", "over", "against", "by", "from"})
# "X v Y", "X vs. Y", "X versus Y": between a fixture's two sides.
_VERSUS = VERSUS_MARKS | {"versus"}
# Tagger types of the other side of a match: a place (a club named after its town) or a club's own name; a lone
# word the tagger took for a person is checked on its own.
_SIDE_TYPES = frozenset({"GPE", "LOC", "ORG"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# A match's score in a sentence ("drew 1-1 with Ostby"), the sentence's full stop after it too ("beat Ostby 2-1.");
# not part of a longer figure ("1-2.5", "3-1-2").
_SCORE_DASH = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d,-]|\.\d)")
_SCORE = re.compile(r"^\d+(?:[-/]\d+)?$")
_DIGIT = re.compile(r"\d")
# Scores of sets in a row ("6-4 6-2", "7-6 (5) 3-6 6-1", "21-18 21-15"): a match won by sets, two to five of them
# (best of three or of five). A tie-break's points in brackets are no set of their own.
_SET_SCORES = re.compile(r"(?<![\d-])(?:\d{1,2}-\d{1,2}(?:\s*\(\d+\))?[\s,]+){1,4}\d{1,2}-\d{1,2}(?![\d-])")
# The most points a side wins in a set: a badminton game's 21 (tennis sets end by 7, squash games by 11 unless
# tied). Volleyball's sets run to 25: teams play it, so its scores are no players' sets.
_MOST_POINTS_IN_A_SET = 21
# The parts of a match verb's clause that name its sides: the winner and the beaten.
_SIDE_DEPS = frozenset({"nsubj", "dobj"})
# A results line: two names, each with its score ("Halden 2 Eastfield 1", "Halden 2, Eastfield Rovers 1"), a
# match summary's scorers perhaps in brackets after a score ("Halden 2 ( Berg 12 , Roe 70 ) Eastfield 1"), a name
# first in them (not a change, "Halden 12 (up 3)", of a count of seats or votes). A score
# has at most three digits (a basketball score); a vote count has more. A European cup's results give each club's
# country in brackets before its score ("Halden ( Norway ) 2 Dynamo Riverton ( Moldova ) 1").
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_COUNTRY = rf"(?: \(\s*{_NAME}\s*\))?"
_RESULT = re.compile(
    rf"(?<![\w.])(?P<home>{_NAME}){_COUNTRY} \d{{1,3}}(?: \(\s*[A-Z][^()]*\))? ?,? (?P<away>{_NAME}){_COUNTRY} "
    rf"\d{{1,3}}\b(?![.:,-]\d)"
)
# A fixture list's line: the visitors "at" the home side ("Halden at Marsby"), nothing else on the line.
_FIXTURE = re.compile(rf"^\s*(?P<side>{_NAME})\s+(?:at|AT|@)\s+{_NAME}\s*$")
# A standings row: a team, then its columns of games won, drawn and lost with a winning percentage (".571"), or a
# league table's six and more columns of numbers. A golf leaderboard's row has at most four rounds and a total.
_STANDINGS = re.compile(rf"^\s*(?P<side>{_NAME})(?:(?:\s+\d+){{2,}}\s+\.\d{{3}}\b|(?:\s+\d+){{6,}}\s*$)")
# A league table's row of five columns or more whose first, the games played, is the sum of the next two or three, the
# games won, (drawn) and lost ("Halden 12 9 2 1 29"): a golf leaderboard's rounds never add up so.
_TABLE_ROW = re.compile(rf"^\s*(?P<side>{_NAME})(?P<columns>(?:\s+\d{{1,3}}){{5,}})\s*$")
# A cricket scoreline: each side with its innings, wickets after a dash, an innings declared, two innings joined by
# "and", or its points ("Halden 301 and 45-2 ( ... ) , Tolverton 167 ."); a side opens the line, follows the venue's
# colon, a comma, the full stop that ends the side before or the "v" between two innings ("Halden 320 ( ... ) v
# Tolverton 210-6"). The venue, a ground in brackets after its town, opens the line before a colon, perhaps after
# "At" or "In" ("Marsby ( Quarry Park ) : ...", "At Marsby : ...").
# A number followed by a comma or a dot and a digit is a count ("12,400") or a decimal, no innings; a line none of
# whose sides shows wickets, a second innings or points is a list of counts or of votes ("Roe 47 , Moy 45").
_ONE_INNINGS = r"\d{1,3}(?:-\d{1,2})?(?:\s+declared)?"
_INNINGS = rf"{_ONE_INNINGS}(?:\s+and\s+{_ONE_INNINGS})?(?:\s+points)?"
_SIDE_OPENS = r"(?:^|[:,.]\s|\s(?:v|vs)\.?\s)"
_INNINGS_SIDE = re.compile(rf"{_SIDE_OPENS}\s*(?P<side>{_NAME})\s+(?P<innings>{_INNINGS})(?=\s*(?:\(|[,.;](?!\d)|$))")
# A match's result after a scoreline's venue ("Marsby : Halden beat Tolverton by six wickets ."): a side and its verb.
_MATCH_SENTENCE = re.compile(rf"{_NAME}\s+(?:{'|'.join(sorted(MATCH_VERBS))})\s")
# The side yet to bat closes a scoreline after "v" ("Halden 301-6 declared v Tolverton ."): it has no innings yet.
_SIDE_TO_BAT = re.compile(rf"\s(?:v|vs)\.?\s+(?P<side>{_NAME})\s*\.?\s*$")
_INNINGS_MARK = re.compile(r"-|\band\b|\bpoints\b|\bdeclared\b")
_VENUE = re.compile(rf"^\s*(?:(?:At|In)\s+)?(?P<town>{_NAME})(?:\s*\(\s*(?P<ground>{_NAME})\s*\))?\s*:\s")

# A heading in capitals: a sport's or a section's name, a dash, then what the report or table holds ("SOCCER -
# LEAGUE SUMMARIES", "MARKETS - BOND RESULTS").
_HEADING = re.compile(r"^\s*(?P<section>[A-Z][A-Z&/ ]*?)\s+[-—–]{1,2}\s+(?P<rest>\S.*)$")
_HEADING_SECTIONS = SPORTS | SUBJECT_WORDS | WIRE_DESK_WORDS
# The words that show a match report, in one set.
_MATCH_WORDS = SPORTS | PLAYER_POSITIONS
_CLUB_HEAD_OR_STAFF = CLUB_HEAD_WORDS | CLUB_STAFF  # the words after a club's name's first one (`_club_word_indexes`)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")

# Where a paragraph's table sides and box score names are kept once found.
_SIDES, _BOX_SCORES = "newsdesk_table_sides", "newsdesk_box_scores"
# Where whether a paragraph reports a match is kept once found: the club rules ask it of each name in the paragraph.
_REPORTS_A_MATCH = "newsdesk_reports_a_match"


def is_table_label(name: str, opens_line: bool, fills_line: bool = False) -> bool:
    """A sport's name, a results table's label or a league's division: the heading of a report or a table. A
    division named by its rank or compass point ("Eastern Division") heads a line; inside a sentence the same two
    words ("the Southern Conference said") name an organisation. A league alone on its line (`fills_line`) heads a
    table's section ("National League")."""
    words = name.casefold().split()
    folded = " ".join(words)
    if folded in SPORTS or folded in TABLE_LABELS:
        return True
    if opens_line and fills_line and len(words) > 1 and words[-1] in SECTION_LEAGUE_HEADS:
        return True
    if len(words) != 2:
        return False
    if words[0] in DIVISION_HEADS | LETTERED_HEADS and words[1] in SECTION_MARKS:
        return True
    return opens_line and bool(DIVISION_HEADS.intersection(words) and DIVISION_WORDS.intersection(words))


def heading_section(line: str) -> tuple[int, int] | None:
    """Where a heading's section runs, before the dash ("POLITICS - ...", "MARKETS - ..."): a desk's word, no name."""
    match = _HEADING.match(line)
    if match is None or match["section"].casefold() not in _HEADING_SECTIONS:
        return None
    return match.span("section")


def is_class_of_players(name: str, label: str) -> bool:
    """A results table's section the tagger took for a person: a class of players, after a wire's word for more
    results ("Add Girls", "Juniors"). A club of such players is an organisation ("Harlow Ladies")."""
    return label == "PERSON" and name.split()[-1].casefold() in PLAYER_CLASSES


def heading_label(line: str) -> tuple[int, int] | None:
    """Where a heading's table label runs, from the dash to its first label word: "LEAGUE SUMMARIES", "NORTHERN
    LEAGUE STANDINGS" (the words before the label say which table, not who); what follows the label ("RESULTS FROM
    KELMARSH") or a heading with no label ("OPEN AT KELMARSH") names things. None for any other line."""
    match = _HEADING.match(line)
    if match is None or match["section"].casefold() not in _HEADING_SECTIONS:
        return None
    start = match.start("rest")
    for word in _WORD.finditer(match["rest"]):
        if word.group().casefold() in TABLE_LABELS:
            return start, start + word.end()
    return None


def is_sports_report(doc: Doc) -> bool:
    """Whether a paragraph shows a sports report: a sport's name, a player's position or a word only sport uses, a
    results line, a standings row, a fixture or a box score. Elsewhere "X beat Y" is an election."""
    return names_a_sport(doc) or bool(_table_sides(doc) or _box_scores(doc))


def sports_names(doc: Doc, reported: bool, surnames: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """The names a sports page's own forms mark: clubs, and the people of results lists and box scores. `reported`:
    the article reports a match (`is_match_report`); `surnames`: those of the people it names in full."""
    yield from club_names(doc, reported, surnames)
    yield from _box_scores(doc)
    yield from _doubles_players(doc)


def club_names(doc: Doc, reported: bool = False, surnames: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """Clubs the tagger cut or missed: a club's first word and its town ("Dynamo Riverton"), capitalised words
    ending in a club's last word ("Eastfield Rovers"), the sides of a results line, a standings row, a fixture or a
    cricket scoreline; and a scoreline's venue, its town and ground. A side the tagger left out is looked for in an
    article that reports a match (`reported`), or in a line of sport (`_speaks_of_sport`); never one of the
    `surnames` of the people the article names in full ("Berg scored twice")."""
    for start, end, label in _table_sides(doc):
        yield Piece(start, end, label)
    tokens, lowers = tokens_of(doc), lowers_of(doc)
    for opening, closing in [*_sentence_sides(doc, surnames), *_fixtures_of_a_side_noun(doc, surnames)]:
        if reported or _speaks_of_sport(opening):
            yield Piece(opening.idx, closing.idx + len(closing.text), "ORG")
    # Each rule below needs a club's first word here or a club's last word or a role's word next: the other words,
    # most of every paragraph, are spared its tests (`lowers` is each token's `lower_`).
    for index in _club_word_indexes(lowers):
        token, following = tokens[index], tokens[index + 1]
        if _opens_club(token, lowers[index], following):
            yield Piece(token.idx, following.idx + len(following.text), "ORG")
        if _ends_club(tokens, lowers, index + 1):
            first = _name_start(tokens, index)
            yield Piece(tokens[first].idx, following.idx + len(following.text), "ORG")
        if _employs(tokens, index):
            first = _name_start(tokens, index)
            yield Piece(tokens[first].idx, token.idx + len(token.text), "ORG")
    for token in tokens:
        # Every rule below asks a capitalised word or a sentence's first one: a flag each, far cheaper than the calls.
        if not (token.is_title or token.is_sent_start):
            continue
        side = _untagged_side(token) or (_opening_side(token) and token.text not in surnames)
        if side and (reported or _speaks_of_sport(token)):
            yield Piece(token.idx, token.idx + len(token.text), "ORG")
        if (nickname := _nicknamed_side(tokens, token)) is not None and (reported or _speaks_of_sport(token)):
            yield Piece(token.idx, nickname.idx + len(nickname.text), "ORG")


def _club_word_indexes(lowers: tuple[str, ...]) -> list[int]:
    """The indexes, bar the last, where a club's first word stands (`_opens_club`) or before a club's last word or a
    club's role (`_ends_club`, `_employs`)."""
    return [
        index
        for index in range(len(lowers) - 1)
        if lowers[index] in CLUB_FIRST_WORDS or lowers[index + 1] in _CLUB_HEAD_OR_STAFF
    ]


def _sentence_sides(doc: Doc, surnames: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    """The two sides of a sentence that opens with a team's name and a fixture's verb in the plural ("Halden host
    Marsby", "Tarn Vale travel to Esk Vale") or a result's verb with a score after its object ("Westcombe beat
    Hollis Dale 2-1"): each side's first and last word, the tagger's types aside, as it cuts a town of two words
    ("Dale") or takes it for a person. Two players are no sides: a result needs one side no person's name could be
    (`_side_shaped`), bar a draw with a score whose first side the tagger took for no person, and no side opens
    with a given name or is a surname of the article ("Berg beat Roe")."""
    for sentence in sentences_of(doc):
        subject = _name_run(doc, sentence.start, sentence.end, surnames)
        if subject is None or subject[1].i + 1 >= sentence.end:
            continue
        verb = doc[subject[1].i + 1]
        fixture = verb.lower_ in PLURAL_FIXTURE_VERBS
        if not fixture and verb.lower_ not in RESULT_VERBS:
            continue
        # The score may come before the other side ("drew 1-1 with Hollis Dale").
        start = _past_score(doc, verb.i + 1, sentence.end)
        if start < sentence.end and doc[start].lower_ in FIXTURE_PREPOSITIONS:
            start += 1
        other = _name_run(doc, start, sentence.end, surnames)
        if other is None or _modifies_a_noun(other[1]):
            continue
        scored = start > verb.i + 2 or _scored_after(other[1])
        # A draw's first side the tagger took for a person is a player's: a chess match may be drawn by a score too
        # ("Lena Varga drew 1-1 with Sofia Brandt").
        drawn = scored and verb.lower_ == DRAW_VERB and not _read_as_a_person(*subject)
        if not fixture and not drawn and not (scored and (_side_shaped(*subject) or _side_shaped(*other))):
            continue
        yield subject
        yield other


def _fixtures_of_a_side_noun(doc: Doc, surnames: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    """The other side of a fixture whose subject is a word for a team, not its name ("the side face Quennel Dene",
    "the visitors host Esk Vale"): its first and last word, as `_sentence_sides` gives them."""
    lowers = lowers_of(doc)
    for i in range(1, len(lowers) - 1):
        # The parser may read the word and the verb as one noun ("the side face"): the article before the word
        # and the verb's form say more.
        if lowers[i] not in SIDE_NOUNS or lowers[i - 1] != "the" or lowers[i + 1] not in SIDE_NOUN_FIXTURE_VERBS:
            continue
        start = i + 2
        other = _name_run(doc, start, sentence_of(doc[i]).end, surnames) if start < len(doc) else None
        if other is not None and not _modifies_a_noun(other[1]):
            yield other


def _name_run(doc: Doc, start: int, end: int, surnames: frozenset[str]) -> tuple[Token, Token] | None:
    """The first and last of the capitalised words from `start` that could name a side: at most four, no day or
    month, no stop word, not opening with a given name, ending in no plural noun ("Leaders meet ..."), and no lone
    surname of the article's people."""
    words = tokens_of(doc)  # made once, not a new Token at each `doc[i]`
    last = start
    while last < end and last - start < _SIDE_WORDS and _side_word(words[last]):
        last += 1
    if last == start or (last < end and words[last].is_title and words[last].is_alpha):
        return None
    first, final = words[start], words[last - 1]
    if first.lower_ in GIVEN_NAMES or final.tag_ in _PLURAL_NOUN_TAGS or final.ent_type_ == "NORP":
        return None
    if first == final and first.text in surnames:
        return None
    return first, final


# A plural common noun opening a sentence takes a plural verb as a team does ("Officials meet ..."): no side.
_PLURAL_NOUN_TAGS = frozenset({"NNS"})
# The most words a side's name runs to ("Port Elin Athletic Club" is four).
_SIDE_WORDS = 4


def _modifies_a_noun(last: Token) -> bool:
    """Whether the name's last word qualifies the common noun after it: the verb's object is that noun, not a side
    ("Ministers meet Union leaders", "Halden host Esk Vale fans")."""
    if last.i + 1 >= len(last.doc):
        return False
    following = last.nbor()
    return following.is_lower and following.pos_ == "NOUN" and last.head == following


def _side_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and not token.is_stop and token.lower_ not in CALENDAR_WORDS


def _scored_after(token: Token) -> bool:
    """Whether a score follows the word ("... Hollis Dale 2-1")."""
    return bool(_SCORE_DASH.match(text_of(token.doc)[token.idx + len(token.text) :].lstrip()))


def scored_before(token: Token) -> bool:
    """Whether the word before this one is a score ("won 3-1 at Kelby"; not "a 3-1 win at Kelby")."""
    before = text_of(token.doc)[: token.idx].rsplit(maxsplit=1)
    return bool(before) and bool(_SCORE_DASH.fullmatch(before[-1]))


def _past_score(doc: Doc, start: int, end: int) -> int:
    """Where the words after a score that opens at `start` begin ("1 - 1", as the tokenizer splits it), or `start`
    where none does."""
    if not _scored_after(doc[start - 1]):
        return start
    while start < end and (doc[start].like_num or doc[start].text == "-"):
        start += 1
    return start


def _read_as_a_person(first: Token, last: Token) -> bool:
    """Whether the tagger took any of the words from `first` to `last` for a person's."""
    return any(word.ent_type_ == "PERSON" for word in first.doc[first.i : last.i + 1])


def _side_shaped(first: Token, last: Token) -> bool:
    """Whether the words name a side as no player is named: by a club's word ("Town", "Rovers"), or in no words the
    tagger took for a person's, as one word or in words it took for a place. Two words it took for a firm's may be
    a player's it misread ("Sofia Brandt")."""
    words = first.doc[first.i : last.i + 1]
    if clubs_words(words.text):
        return True
    types = {word.ent_type_ for word in words}
    return "PERSON" not in types and (len(words) == 1 or not types.isdisjoint(PLACE_TYPES))


def _nicknamed_side(tokens: tuple[Token, ...], token: Token) -> Token | None:
    """The last word of a team named by its town and a plural nickname after "the" ("the Halden Hawks", "the Port
    Elin Kings"), the token being the town's first word: no place ends so, bar those a plural names ("the Golan
    Heights", "the West Indies")."""
    # Asked of every word: the title-case flag first, as spaCy makes a new string at each `lower_`.
    if token.i == 0 or not token.is_title or tokens[token.i - 1].lower_ != "the":
        return None
    last = token.i
    while last + 1 < len(tokens) and tokens[last + 1].is_title and tokens[last + 1].is_alpha:
        last += 1
    nickname = tokens[last]
    plural = nickname.lower_.endswith("s") and not nickname.lower_.endswith("ss")
    if last == token.i or not plural or nickname.lower_ in PLURAL_PLACE_WORDS:
        return None
    return nickname


def _opens_club(token: Token, lower: str, following: Token) -> bool:
    """ "Dynamo" before a town's name: the first word of a club's name, not a country's (`lower`: the token's lower
    case, `lowers_of`)."""
    return (
        lower in CLUB_FIRST_WORDS
        and token.text[:1].isupper()
        and following.is_title
        and following.is_alpha
        and not alias_table().is_country(following.text)
    )


def _ends_club(tokens: tuple[Token, ...], lowers: tuple[str, ...], index: int) -> bool:
    """ "Rovers" ending a name (`closes_a_name`) after a capitalised word that is no stop word ("The United" is no
    club): the last word of a club's name. `lowers`: the tokens' lower case (`lowers_of`)."""
    if lowers[index] not in CLUB_HEAD_WORDS:  # asked of every word: the rarest condition first
        return False
    return closes_a_name(tokens, index) and not tokens[index - 1].is_stop


def _untagged_side(token: Token) -> bool:
    """One capitalised word the tagger left out, the side a match's word hangs on through a preposition ("drew 1-1
    with Ostby", "lost to Ostby") or a match's verb's object ("beat Ostby"), in a match report or a paragraph that
    gives a score: a club. A proper noun with a plural verb is one even as a sentence's first word ("Ostby were all
    out"), where a capital alone says nothing."""
    doc = token.doc
    if not token.is_title or not token.is_alpha or token.is_stop or not _untagged_or_dated(token):
        return False
    if (token.i > 0 and doc[token.i - 1].is_title) or (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
        return False
    if token.pos_ == "PROPN" and _plural_subject(token):
        return True
    return not token.is_sent_start and (
        _played_against(token) or (token.dep_ == "dobj" and token.head.lower_ in MATCH_VERBS)
    )


def _untagged_or_dated(token: Token) -> bool:
    """A word the tagger left out, or ran into a date with the score after it ("beat Ostby 2-1" read as the date
    "Ostby 2-1"); not a date's own word ("the match for Saturday")."""
    return not token.ent_type_ or (token.ent_type_ == "DATE" and token.lower_ not in CALENDAR_WORDS)


def _opening_side(token: Token) -> bool:
    """One proper noun the tagger left out, first in its sentence and the subject of what only a side does with no
    object but a side or what a match scores ("Ostby equalised", "Ostby conceded three goals", "Ostby beat Tarrow"),
    of "led" before a score ("Ostby led 2-0"), or of holding another to a scored draw ("Ostby held Tarrow to a 1-1
    draw"; a boxer or a chess player holds another to a draw of no score): a town does none of these, and a boxer or
    a town wins and rallies too ("Ferreira won 10-9"). A player does too, named by his surname alone after his full
    name: the caller leaves out the article's surnames."""
    doc = token.doc
    if not (token.is_sent_start and token.pos_ == "PROPN" and token.dep_ == "nsubj" and token.is_alpha):
        return False
    if token.ent_type_ or token.is_stop or (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
        return False
    verb = token.head
    if verb.lemma_.casefold() == _LEAD:
        # The three words after the verb: a score the tokenizer splits at its dash ("2 - 0") is three.
        return bool(_SCORE_DASH.match(doc[verb.i + 1 : verb.i + 4].text.replace(" ", "")))
    if _holds_to_a_draw(verb):
        return _a_scored_draw(verb)
    if verb.lemma_.casefold() not in OPENING_SIDE_VERBS:
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return all(_is_side(item, frozenset()) or is_sport_word(item) for item in objects)


def _played_against(token: Token) -> bool:
    """Whether a word is the object of a preposition a match's word takes its other side with ("drew with X",
    "lost to X", "the match against X")."""
    head = _side_taker(token)
    return head is not None and head.lemma_.casefold() in MATCH_HEADS


def _players_club(token: Token) -> bool:
    """Whether a word is the object of a preposition a player's contract, loan or move takes its club with."""
    head = _side_taker(token)
    return head is not None and head.lemma_.casefold() in PLAYER_HEADS and head.pos_ == "NOUN"


def _side_taker(token: Token) -> Token | None:
    """The word that takes the token through a preposition a side follows ("lost to X", "a move to X"), if any."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ in _SIDE_PREPOSITIONS else None


def _faced(token: Token) -> bool:
    """A town a sports report writes after "against", whatever the word before: the side played against ("320 for
    five against Halden")."""
    return token.dep_ == "pobj" and token.head.lower_ == "against"


def _employs(tokens: tuple[Token, ...], index: int) -> bool:
    """A capitalised word before a club's role and the person who holds it ("Kelmarsh captain Ivo Berg", "Ostby
    coach Ann Roe"): the club or the body that employs the person, which the tagger misses or takes for its town. A
    country before the role is its national side, named as the country is."""
    token = tokens[index]
    if index + 2 >= len(tokens) or not token.is_title or not token.is_alpha or token.is_stop:
        return False
    if token.lower_ in STAFF_QUALIFIERS:
        # A word of the role itself, capitalised at a sentence's start ("Head coach Ann Roe"), is no club.
        return False
    if token.is_sent_start and not token.ent_type_ and not names_a_sport(token.doc):
        # Outside sport a sentence's capital tells nothing of a word the tagger left: "Ship captain Ann Roe".
        return False
    role, person = tokens[index + 1], tokens[index + 2]
    return (
        role.lower_ in CLUB_STAFF
        and role.is_lower
        and person.ent_iob_ == "B"
        and person.ent_type_ == "PERSON"
        and token.ent_type_ not in {"PERSON", "NORP"}
        and not alias_table().is_country(token.text)
    )


def _name_start(tokens: tuple[Token, ...], index: int) -> int:
    """Where the capitalised words that end at the index begin: not at a day or a month before them ("on Saturday
    Eastfield Rovers"), and at a sentence's first word only if it is a proper noun ("Tarn Vale manager Ann Roe"),
    where a capital alone says nothing ("Former Kelby captain Ann Roe"), and no word of the role, which the tagger
    may call one ("Outgoing Kelby chairman Ann Roe")."""
    while index > 0 and _name_word(tokens[index - 1]):
        index -= 1
    return index


def _name_word(token: Token) -> bool:
    if not token.is_title or not token.is_alpha or token.lower_ in CALENDAR_WORDS:
        return False
    if not token.is_sent_start:
        return True
    return token.pos_ == "PROPN" and not token.is_stop and token.lower_ not in STAFF_QUALIFIERS


def sports_type(
    doc: Doc, start: int, end: int, label: str, surnames: frozenset[str], sporting: bool, reported: bool
) -> str | None:
    """The type a sports page settles for the name at [start, end): a team (ORG), a venue (the place's own type) or
    a player of a box score or a results list (PERSON); None where it says nothing. `surnames` are those of the
    people the article names in full: a lone one is that person, whatever the match around it. `sporting`: the
    article is a sports report (`is_sports_report`); elsewhere a side of a match is a candidate in a vote.
    `reported`: it reports a match (`is_match_report`), not only uses a word of sport ("the goal", "a coach")."""
    span = covering(doc, start, end)
    if span is None:
        return None
    if listed := _box_score_type(doc, span.start_char, span.end_char):
        return listed
    # "at X" says where, unless X owns the place ("at Harlow 's yard", "at Halden 's ground").
    owner = span.end < len(doc) and doc[span.end].text in POSSESSIVE_MARKS
    if label in PLACE_TYPES and span.start > 0 and doc[span.start - 1].lower_ == "at" and not owner:
        return label
    if alias_table().is_country(span.text):
        return None
    if tabled := _results_line_type(span):
        return tabled
    if _beaten_player(span, label) or _set_player(span, label):
        return "PERSON"
    if not sporting:
        return None
    if _a_town_clubs_name_acting(span):
        return "ORG"
    return "ORG" if _could_be_club(span, label, surnames) and _is_match_side(span, label, surnames, reported) else None


def _beaten_player(span: Span, label: str) -> bool:
    """A person-shaped name the tagger took for an organisation, beaten by a person with a score after it ("Lena Varga
    beat Sofia Brandt 6-4 6-2"): the result of a singles match, whose loser is a player. A club's name is no
    person's shape, and a side beaten by a town or a club ("Halden beat Eastfield 2-1") stays a side."""
    verb = span.root.head
    if label != "ORG" or span.root.dep_ != "dobj" or verb.lower_ not in MATCH_VERBS or not person_shaped(span.text):
        return False
    winner = any(child.dep_ == "nsubj" and _a_persons_name(child) for child in verb.children)
    return winner and _scored_after(span[-1])


def _set_player(span: Span, label: str) -> bool:
    """A side of a match won by sets, the tagger's firm or nobody's ("Varga beat Brandt 6-4 6-2"): singles or pairs
    are decided by sets, a team's match by one score, so each side is a player, named by the surname alone."""
    verb = span.root.head
    if label != "ORG" or span.root.dep_ not in _SIDE_DEPS or verb.lower_ not in MATCH_VERBS:
        return False
    return _won_by_sets(verb)


def _won_by_sets(verb: Token) -> bool:
    """Whether set scores follow the match verb's beaten side. The scores right after it, not any later in the
    sentence: a team's result may give its halves' or periods' scores after its own ("Halden beat Eastfield 3-1
    (1-0, 2-1)")."""
    beaten = [side for child in verb.children if child.dep_ == "dobj" for side in (child, *child.conjuncts)]
    if not beaten:
        return False
    last = max(beaten, key=lambda side: side.i)
    found = _SET_SCORES.match(text_of(verb.doc)[last.idx + len(last.text) :].lstrip())
    return found is not None and _sets(found.group())


def _doubles_players(doc: Doc) -> Iterator[Piece]:
    """Each player of a doubles result ("Orsa and Pelling beat Drummet and Kolva 6-4 6-3"): the names "and" joins as
    a match verb's winner or beaten, in a match won by sets. The tagger runs a pair together as one firm's name or
    cuts it; a firm's "X and Y beat forecasts" has no scores of sets after it."""
    tokens = tokens_of(doc)
    # Asked of every word of every paragraph: the match verbs found in the paragraph's lower-case words, read once.
    for verb in (tokens[index] for index, lower in enumerate(lowers_of(doc)) if lower in MATCH_VERBS):
        sides = [side for child in verb.children if child.dep_ in _SIDE_DEPS for side in (child, *child.conjuncts)]
        # Two sides of one name each are singles, which `_set_player` types.
        if len(sides) > 2 and all(_a_players_name(side) for side in sides) and _won_by_sets(verb):
            for side in sides:
                first = tokens[_name_start(tokens, side.i)]
                yield Piece(first.idx, side.idx + len(side.text), "PERSON")


def _a_players_name(word: Token) -> bool:
    """A capitalised word ending a name that could be a player's: no country's (a nation's team plays by sets too)."""
    return word.is_title and word.is_alpha and not alias_table().is_country(word.text)


def _sets(scores: str) -> bool:
    """Whether every score of the run is a set's: no side over a set's most points."""
    return all(int(points) <= _MOST_POINTS_IN_A_SET for points in re.findall(r"\d+(?=-)|(?<=-)\d+", scores))


def _a_persons_name(word: Token) -> bool:
    """Whether the word is in a name the tagger took for a person's, a lone surname or a name of a person's shape:
    not a club's it misread ("Halden Rovers beat ...", "Marsby Town beat ...")."""
    name = next((entity for entity in word.doc.ents if entity.start <= word.i < entity.end), None)
    if name is None or name.label_ != "PERSON" or clubs_words(name.text):
        return False
    return len(name) == 1 or person_shaped(name.text)


def is_lone_scorer(doc: Doc, start: int, end: int, label: str) -> bool:
    """One word the tagger took for an organisation that scores, nets or equalises for a side or his own goal
    ("Tavinho scored twice for the visitors", "Tavinho netted his second"): on a sports page a player named by one
    name. Asked only where nothing settled the name's type (a side with "their" or a score is settled): where the
    article writes it as a side elsewhere, that mention outvotes this one. A word the tagger took for a place is a
    town's club ("Halden scored twice")."""
    span = covering(doc, start, end)
    if span is None or len(span) != 1 or label != "ORG":
        return False
    verb = span.root.head
    return span.root.dep_ == "nsubj" and verb.lemma_.casefold() in SCORING_VERBS and _a_players_goal(verb)


def _a_players_goal(verb: Token) -> bool:
    """Whether the goal is one player's: scored for a side or his or her own ("scored twice for the visitors",
    "netted his second"). A side scores as readily alone ("Kelvo scored twice"), which says nothing, and so does a
    goal's count ("scored for the first time") or a word of another phrase ("scored after his mistake")."""
    for word in verb.subtree:  # "for" hangs on the verb or, misparsed, on a phrase of it ("in the half for X")
        if word.lower_ == "for" and any(c.dep_ == "pobj" and c.lower_ != "time" for c in word.children):
            return True
        goal = word.head
        if word.dep_ == "poss" and word.lower_ in _ONE_PLAYERS and (goal.dep_ == "dobj" or goal.head.lower_ == "with"):
            return True
    return False


# A player's goal is his or her own ("netted his second", "equalised with her first"); a side's is its or theirs.
_ONE_PLAYERS = frozenset(["his", "her"])


def _a_town_clubs_name_acting(span: Span) -> bool:
    """A name ending in a town's word that clubs end in ("Brenmouth City", "Halbury Town"), as the subject of what a
    club does on a sports page ("Brenmouth City signed striker Ade Roe"), where the tagger reads the town. Not a city
    the curated table knows, nor the name after a preposition ("grew up in Brenmouth City"), nor the subject of what
    a town does, a page's one word of sport notwithstanding ("Brenmouth City will host the football final")."""
    return (
        len(span) > 1
        and span[-1].lower_ in PLACE_CLUB_HEADS
        and span.root.dep_ == "nsubj"
        and alias_table().lookup(span.text) is None
        and _what_a_club_does(span.root.head)
    )


def _what_a_club_does(verb: Token) -> bool:
    """A side's verb ("scored", "rallied"), a match's with no object but a name ("beat Kelby Rovers", "lost 2-1"), or
    any verb with a player's position in what follows it ("signed striker Ade Roe")."""
    if verb.lemma_.casefold() in SIDE_VERBS:
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if verb.lower_ in MATCH_VERBS and all(item.pos_ == "PROPN" for item in objects):
        return True
    return any(word.lower_ in PLAYER_POSITIONS for child in verb.rights for word in child.subtree)


def _could_be_club(span: Span, label: str, surnames: frozenset[str]) -> bool:
    """A place or an organisation, or one word the tagger took for a person: never the surname of someone the
    article names in full, which the tagger takes for an organisation as readily as for a place."""
    if span[-1].text in surnames:
        return False
    return label in PLACE_TYPES or label == "ORG" or (label == "PERSON" and len(span) == 1)


def _is_match_side(span: Span, label: str, surnames: frozenset[str], reported: bool) -> bool:
    """A side of a match: "X beat Y", "X 2 Y 1", "X v Y", "against X", "lost to X", "X captain Ivo Berg", "X have
    lost", "X's defence", "joined X" in a match report. `label` is the type found for the name so far; `reported`:
    the article reports a match."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after_index = span.end + (1 if span.end < len(doc) and doc[span.end].text in POSSESSIVE_MARKS else 0)
    after = doc[after_index] if after_index < len(doc) else None
    if (before is not None and before.lower_ in _VERSUS) or (after is not None and after.lower_ in _VERSUS):
        return True
    if after is not None and after.lower_ in CLUB_ROLES and after.pos_ == "NOUN":
        return True
    root = span.root
    personal = label == "PERSON"
    # A lone word the tagger took for a person is no club by what a player has too ("Berg's attack").
    if not personal and root.dep_ == "poss" and root.head.lower_ in CLUB_ROLES | CLUB_PARTS:
        return True
    # What a town or its people do too ("Halden are to vote", "Halden's lead in exports") names a side only in a
    # match's report or a line of sport.
    if _acts_as_a_side(root, label) and (reported or _speaks_of_sport(root)):
        return True
    if _their_subject(root) or _listed_with_a_side(root, personal) or (not personal and _joined_by_a_person(root)):
        return True
    if root.ent_type_ in PLACE_TYPES and _scored(span):
        return True
    if root.dep_ in {"nsubj", "dobj"} and root.head.lower_ in MATCH_VERBS:
        return _other_side_is_a_side(root, surnames)
    if _held_to_a_draw(root):
        return True
    # "The court ruled against Halden": only a line of sport faces a side.
    return _played_against(root) or (label in PLACE_TYPES and _faced(root) and _speaks_of_sport(root))


def _held_to_a_draw(root: Token) -> bool:
    """ "Halden held Marsby to a draw": the held one is a side, as a town is held to nothing ("held Marsby to
    account")."""
    return root.dep_ == "dobj" and _holds_to_a_draw(root.head)


def _a_scored_draw(verb: Token) -> bool:
    """ "held Tarrow to a 1-1 draw", "to a goalless draw": the draw the verb holds to has a score."""
    return any(
        _SCORE_DASH.search(between.text.replace(" ", "")) or any(word.lower_ in SCORELESS_WORDS for word in between)
        for to in verb.children
        if to.lower_ == "to"
        for noun in to.children
        if noun.lemma_.casefold() in DRAW_NOUNS
        for between in [verb.doc[to.i + 1 : noun.i]]
    )


def _holds_to_a_draw(verb: Token) -> bool:
    """ "held ... to a draw": what only one side does to another."""
    return verb.lemma_.casefold() == HOLD_VERB and any(
        child.lower_ == "to" and any(noun.lemma_.casefold() in DRAW_NOUNS for noun in child.children)
        for child in verb.children
    )


def _joined_by_a_person(root: Token) -> bool:
    """ "Ivo Berg joined Halden": a person joins a club, in any line; a town joins a town in a protest."""
    return _joined(root) and any(child.dep_ == "nsubj" and child.ent_type_ == "PERSON" for child in root.head.children)


def _joined(root: Token) -> bool:
    """Whether the name is what someone joins ("joined Halden")."""
    return root.dep_ == "dobj" and root.head.lemma_ == _JOIN


def _acts_as_a_side(root: Token, label: str) -> bool:
    """What a club does or has and a town may too: a plural verb ("Halden are third"), a player's contract or move
    ("a contract with Halden"), being joined ("joined Halden"), a match's outcome ("Halden's win") or a side's verb
    ("Halden scored"). A lone word the tagger took for a person is a club by its plural verb alone: a player has a
    contract and a win, and team-mates to join ("joined Berg"), too."""
    if _plural_subject(root):
        return True
    if label == "PERSON":
        return False
    if _players_club(root) or _joined(root):
        return True
    outcome = root.dep_ == "poss" and root.head.lower_ in MATCH_OUTCOMES
    return label in PLACE_TYPES and (outcome or _does_what_a_side_does(root))


def _listed_with_a_side(root: Token, personal: bool) -> bool:
    """A name in a list that a club's role follows ("the former Halden and Marsby skipper") or, but for a lone word
    taken for a person ("Roe and Moy drew" at chess), that a match's verb takes for its subject ("Halden and Marsby
    drew 0-0"): the list's members are sides alike."""
    members = sorted([root, *root.conjuncts], key=lambda token: token.i)
    if len(members) < 2:
        return False
    first, last = members[0], members[-1]
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if following is not None and following.lower_ in CLUB_ROLES and following.pos_ == "NOUN":
        return True
    # A match's verb is a town's too ("Halden and Marsby meet to talk", "drew up a plan"): only where the paragraph
    # reports a match.
    return not personal and first.dep_ == "nsubj" and first.head.lower_ in MATCH_VERBS and _reports_a_match(root.doc)


def _does_what_a_side_does(root: Token) -> bool:
    """A place that scores, wins, rallies or bats: a team. A person does so too, so only a name taken for a place."""
    return root.dep_ == "nsubj" and root.head.lemma_.casefold() in SIDE_VERBS


def _their_subject(root: Token) -> bool:
    """The subject of a clause that "their" refers back to: "Ashworth began their reply cautiously".
    One person is "his" or "her"; a lone name that is "their" is a side. A subject in a list may share "their"."""
    if root.dep_ != "nsubj" or root.conjuncts:
        return False
    if "their" not in lower_words(root.doc):  # most paragraphs have none: their subjects' subtrees go unwalked
        return False
    verb = root.head
    return any(token.lower_ == "their" and _clause_of(token) == verb for token in verb.subtree)


def _plural_subject(root: Token) -> bool:
    """A singular name with a plural verb: a sports page writes a club as its players ("Halden have lost", "Halden
    are third"); a town, one thing, "has" and "is"."""
    # A noun the tagger reads as plural is one, whatever the verb; a subject in a list is plural by the list.
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.tag_ in {"NNS", "NNPS"} or root.conjuncts:
        return False
    verb = root.head
    # "If X were to win": a subjunctive "were" says nothing of number.
    if any(child.dep_ == "mark" for child in verb.children) or (
        verb.lower_ == "were" and any(child.dep_ == "xcomp" for child in verb.children)
    ):
        return False
    verbs = [verb, *(child for child in verb.children if child.dep_ in {"aux", "auxpass"})]
    finite = next((verb for verb in verbs if verb.tag_ in {"VBP", "VBZ", "VBD"} or verb.lower_ == "were"), None)
    return finite is not None and (finite.tag_ == "VBP" or finite.lower_ == "were")


def is_match_report(doc: Doc) -> bool:
    """A paragraph that reports a match by a sport's name, a player's position, a results line or a box score: the
    words many other pages use too ("goal", "match", "coach") do not show one."""
    if not _MATCH_WORDS.isdisjoint(lower_words(doc)):
        return True
    return bool(_table_sides(doc) or _box_scores(doc))


def _reports_a_match(doc: Doc) -> bool:
    """A paragraph that reports a match (`is_match_report`) or gives a score ("drew 1-1")."""
    found: bool | None = doc.user_data.get(_REPORTS_A_MATCH)
    if found is None:
        found = doc.user_data[_REPORTS_A_MATCH] = is_match_report(doc) or bool(_SCORE_DASH.search(text_of(doc)))
    return found


def _speaks_of_sport(token: Token) -> bool:
    """Whether the paragraph reports a match or the token's sentence speaks of sport ("Halden are top of the
    league"): a sports report's other lines may be a digest's other news ("Halden are to vote on the budget")."""
    return _reports_a_match(token.doc) or any(map(is_sport_word, words_of(sentence_of(token))))


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds the token: the first verb among its heads."""
    while token.head != token and token.head.pos_ not in {"VERB", "AUX"}:
        token = token.head
    return token.head


def _scored(span: Span) -> bool:
    """A place with a score after it ("Halden 2 Eastfield 1"). Not a lone word the tagger took for a person: a box
    score writes a player's runs or points after his name."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and bool(_SCORE.match(after.text)) and not _YEAR.match(after.text)


def _results_line_type(span: Span) -> str | None:
    """A side of a results line, a standings row or a fixture (ORG), or a scoreline's venue (its town GPE, its ground
    FAC), whatever the tagger took it for."""
    return next((label for start, _, label in _table_sides(span.doc) if start == span.start_char), None)


def _table_sides(doc: Doc) -> list[tuple[int, int, str]]:
    """The teams of a results line ("Halden 2 Eastfield 1"), a standings row ("Halden 71 0 41 .634"), a fixture's
    visitors ("Halden at Eastfield") or a cricket scoreline, and a scoreline's venue: where each starts and ends in the
    line, with its type. Found once per paragraph."""
    found: list[tuple[int, int, str]] | None = doc.user_data.get(_SIDES)
    if found is None:
        found = doc.user_data[_SIDES] = list(_find_table_sides(doc))
    return found


def _find_table_sides(doc: Doc) -> Iterator[tuple[int, int, str]]:
    line = text_of(doc)
    # Results lines and scorelines give scores: a line without a digit is spared their scans, the
    # costliest of every paragraph's (their patterns open with a lookbehind, so they are tried at every character).
    scored = _DIGIT.search(line) is not None
    if scored:
        yield from _result_sides(doc, line)
    for form in (_FIXTURE, _STANDINGS):
        if found := form.match(line):
            yield _side(line, *found.span("side"))
    if scored:
        if (row := _TABLE_ROW.match(line)) and _games_add_up(row.group("columns")):
            yield _side(line, *row.span("side"))
        yield from _scoreline_sides(doc, line)
    if (venue := _VENUE.match(line)) and (_MATCH_SENTENCE.match(line, venue.end()) or _RESULT.match(line, venue.end())):
        yield *venue.span("town"), "GPE"


def _games_add_up(columns: str) -> bool:
    """Whether the first number is the sum of the next two or three (`_TABLE_ROW`), no game is none, and the last, the
    points, is three or two a win and one a draw: a row of a ward's votes or a town's households may add up by chance
    ("Northmere 540 320 220 12 4"), seldom to a league's points too."""
    played, *rest = (int(number) for number in columns.split())
    won, points = rest[0], rest[-1]
    draws = [0] if played == sum(rest[:2]) else []
    if played == sum(rest[:3]):
        draws.append(rest[1])
    return played > 0 and any(points in (3 * won + drawn, 2 * won + drawn) for drawn in draws)


def _result_sides(doc: Doc, line: str) -> Iterator[tuple[int, int, str]]:
    for match in _RESULT.finditer(line):
        people = {side: _named_person(doc, *match.span(side)) for side in ("home", "away")}
        for side, other in (("home", "away"), ("away", "home")):
            if match.group(side).casefold() in CALENDAR_WORDS:
                continue
            if not people[side] or (not people[other] and _nicknamed_club(doc, *match.span(side))):
                yield _side(line, *match.span(side))


def _nicknamed_club(doc: Doc, start: int, end: int) -> bool:
    """A town's name and a plural nickname ("Carrick Hawks", "Pellow Falcons"), which the tagger reads as a person's:
    a side where the other side of the result is no person. A vote count lists people on both sides ("Ann Roe 12, Ivo
    Berg 9"); no common given name opens a club's name."""
    span = covering(doc, start, end)
    if span is None or len(span) < 2:
        return False
    # A plural by its ending ("Hawks", not "Ross"): the tagger reads a capitalised plural as a singular name as often.
    last = span[-1].lower_
    return span[0].lower_ not in GIVEN_NAMES and last.endswith("s") and not last.endswith("ss")


def _side(line: str, start: int, end: int) -> tuple[int, int, str]:
    return start, end, side_label(line[start:end])


def _scoreline_sides(doc: Doc, line: str) -> Iterator[tuple[int, int, str]]:
    """The sides of a cricket scoreline, outside its brackets (whose players box_scores finds), and its venue. Two
    sides at least: one name and a number is as often a person's age or a count."""
    found = [
        side
        for side in _INNINGS_SIDE.finditer(line)
        if line.count("(", 0, side.start()) == line.count(")", 0, side.start())
        and not _named_person(doc, *side.span("side"))
    ]
    sides = [side.span("side") for side in found]
    marks = [side.group("innings") for side in found]
    if found and (waiting := _SIDE_TO_BAT.search(line, found[-1].end())):
        sides.append(waiting.span("side"))
    if len(sides) < 2 or not any(_INNINGS_MARK.search(innings) for innings in marks):
        return
    for start, end in sides:
        yield _side(line, start, end)
    if venue := _VENUE.match(line):
        for part, label in (("town", "GPE"), ("ground", "FAC")):
            if venue.group(part) and venue.span(part) not in sides:
                yield *venue.span(part), label


def _named_person(doc: Doc, start: int, end: int) -> bool:
    """A person the tagger found named in full: the candidates of a vote count ("Ann Roe 1204, Ed Moy 988") or
    people with their ages, never a results line's teams. Not a name a place's word opens ("San Marcos", "Port
    Elin"), which the tagger reads as a person's as readily: a town's team."""
    span = covering(doc, start, end)
    return span is not None and any(
        entity.label_ == "PERSON" and len(entity) > 1 and entity[0].lower_.rstrip(".") not in PLACE_OPENERS
        for entity in entities_in(span)
    )


def _box_scores(doc: Doc) -> list[Piece]:
    """The people of the paragraph's results list or box score, found once per paragraph."""
    found: list[Piece] | None = doc.user_data.get(_BOX_SCORES)
    if found is None:
        found = doc.user_data[_BOX_SCORES] = list(box_score_names(doc))
    return found


def _box_score_type(doc: Doc, start: int, end: int) -> str | None:
    """The type the list's form gives the name at [start, end), if it is one of the list's names."""
    return next((piece.label for piece in _box_scores(doc) if (piece.start, piece.end) == (start, end)), None)


def _other_side_is_a_side(side: Token, surnames: frozenset[str]) -> bool:
    """Whether the verb's other argument could be a team too. A person who "lost the county" ran in an election; a
    state that "lost 2,700 jobs" lost them. A team that "lost by two runs" has no object at all; one that plays,
    meets or hosts has one."""
    other = "dobj" if side.dep_ == "nsubj" else "nsubj"
    arguments = [child for child in side.head.children if child.dep_ == other]
    if not arguments:
        return other == "dobj" and side.head.lower_ not in FIXTURE_VERBS
    return all(_is_side(argument, surnames) for argument in arguments)


def _is_side(argument: Token, surnames: frozenset[str]) -> bool:
    if argument.ent_type_ in _SIDE_TYPES:
        return True
    if not argument.ent_type_ and argument.is_title and argument.pos_ == "PROPN" and not argument.is_stop:
        # A one-word name the tagger left out, beside a match's verb: "Riverton beat Halden".
        return argument.text not in surnames
    alone = argument.ent_iob_ == "B" and (
        argument.i + 1 == len(argument.doc) or argument.doc[argument.i + 1].ent_iob_ != "I"
    )
    return argument.ent_type_ == "PERSON" and alone and argument.text not in surnames
