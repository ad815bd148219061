"""Lone names that where they stand says are places, whatever the tagger guessed of an unfamiliar town: right after
a preposition of place ("stores in Elmridge and Tarnwick", "families from across Holtby"), after "the border with",
or after a street's name and a comma in an address ("of Birch Road, Holtby,"). The tagger knows famous places; a
small town's name it takes for a firm's, a people's or a product's."""

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from app.extract.box_scores import names_a_sport
from app.extract.mention_cleaning import POSSESSIVES, Piece
from app.extract.names import ORG_HEAD_WORDS, alias_table, normal_form
from app.extract.parsed import covering, entity_types_of, first_joined, lowers_of, sentence_of, texts_of, tokens_of
from app.extract.teams import scored_before
from app.vocabulary.calendar import HOLIDAY_NAMES
from app.vocabulary.capitals import LONGEST_BRACKETED_ABBREVIATION, is_acronym
from app.vocabulary.classes import (
    BORDER_NOUNS,
    PLACE_ONLY_PREPOSITIONS,
    PUBLIC_BODY_HEADS,
    STREET_HEAD_WORDS,
    VENUE_PREPOSITIONS,
)
from app.vocabulary.companies import HOLDING_NOUNS, INVESTING_VERBS
from app.vocabulary.datelines import AUSTRALIAN_STATES, DASHES
from app.vocabulary.nationalities import DEMONYM_ENDINGS, NATIONALITY_NOUNS
from app.vocabulary.people import FAITH_NOUNS, FAITH_VERBS, PART_NOUNS, PART_VERBS

# The tagger's guesses at a lone unfamiliar word that its place overrules. Not a person's ("faith in Roe"), a
# language's ("written in Kelvan") or a date's.
_GUESSES = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LAW"})
_BRACKETED_GUESSES = _GUESSES | {""}
# A body's words, never a town's name alone.
_BODY_WORDS = ORG_HEAD_WORDS | PUBLIC_BODY_HEADS


def holiday_before_a_noun(doc: Doc, start: int, end: int) -> bool:
    """A holiday's one-word name before a noun in lower case ("their Christmas office party", "the Easter concert"):
    it says when, and is no place's name, though the tagger may read one there. Not before a capitalised word, a
    name's own ("Christmas Island")."""
    span = covering(doc, start, end)
    return (
        span is not None
        and len(span) == 1
        and span[0].lower_ in HOLIDAY_NAMES
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].pos_ == "NOUN"
    )


def placed_names(doc: Doc, nouns: frozenset[str], surnames: frozenset[str] = frozenset()) -> Iterator[Piece]:
    """The lone words the tagger guessed at that stand as places (`nouns`: the ordinary nouns the pipeline knows,
    whose capitalised forms are bodies or famous places as often: "in Parliament", "in Congress"). A word it took
    for a person's is a place right after "in" or the like ("a tournament in Kessler") unless the article names that
    person in full elsewhere (`surnames`: the last words of its people's full names; "a rise in Roe's pay")."""
    texts, lowers = texts_of(doc), lowers_of(doc)
    # Asked of every word: the tagger's guess first, from the paragraph's read once, which rules out most words before
    # the parse is walked.
    for token, guess in zip(tokens_of(doc), entity_types_of(doc), strict=True):
        if texts[token.i] not in surnames and _town_of_a_state(token, texts):
            yield Piece(token.idx, token.idx + len(token.text), "GPE")
            state = doc[token.i + 2]
            yield Piece(state.idx, state.idx + len(state.text), "GPE")
            continue
        if guess == "PERSON" and texts[token.i] not in surnames:
            # An address's town is a place whatever the tagger read ("of Mill Lane, Holtby, admitted").
            placed = _after_a_place_preposition(token) and _lone_word(token, nouns)
            if placed or (_in_an_address(token) and _lone_word(token, frozenset())):
                yield Piece(token.idx, token.idx + len(token.text), "GPE")
            continue
        if not guess and _venue_after_a_score(token, lowers) and _lone_word(token, nouns):
            yield Piece(token.idx, token.idx + len(token.text), "GPE")
            continue
        # A bracket's word the tagger left untyped as often as it guessed at it ("Tarrow Group (Vessland)").
        bracketed = guess in _BRACKETED_GUESSES and _bracketed_after_a_name(token, texts)
        if guess not in _GUESSES and not bracketed:
            continue
        # An address's town may be spelt as a noun ("of Mill Lane, Marsh,"): nothing else stands there.
        address = _in_an_address(token)
        placed = bracketed or _after_a_place_preposition(token) or _across_a_border(token) or _from_a_place(token)
        if (address or placed) and _lone_word(token, frozenset() if address else nouns):
            yield Piece(token.idx, token.idx + len(token.text), "GPE")


def _town_of_a_state(token: Token, texts: tuple[str, ...]) -> bool:
    """A lone name before a state's abbreviation in brackets, after a preposition of place or listed with one that
    is ("rain at Kelby (NSW) and Ostby (Qld)"): a town, whatever the tagger read. Not elsewhere, as the brackets after
    an athlete's or a member's surname hold the state they stand for ("Beale (WA) won", "the title went to Roe (SA)"),
    and not in a line of sport ("Beale (WA) 14")."""
    # The plain test of a bracket first: most words have none after them.
    if len(texts) <= token.i + 3 or texts[token.i + 1] != "(" or texts[token.i + 3] != ")":
        return False
    # A place one is at, not one a question or a letter is from ("a question from Roe (SA)").
    placed = texts[token.i + 2].upper() in AUSTRALIAN_STATES and _after_a_place_preposition(token, VENUE_PREPOSITIONS)
    return placed and _lone_word(token, frozenset()) and not names_a_sport(token.doc)


def _venue_after_a_score(token: Token, lowers: tuple[str, ...]) -> bool:
    """Right after "at" that follows a match's score ("beat Halden 3-1 at Kelby"): where the match was played, a
    ground or a town the tagger left untyped. A side written there ("lost 2-0 at Halden") is one the tagger mostly
    types, as a firm or a place, which this leaves to it."""
    # Asked of every untyped word: the word before read from the paragraph's lower case forms (`lowers`, read once).
    return token.i > 0 and lowers[token.i - 1] == "at" and scored_before(token.doc[token.i - 1])


def _lone_word(token: Token, nouns: frozenset[str]) -> bool:
    """A capitalised word of letters, no ordinary noun, body's word, nationality or known name of something else,
    and no part of a longer name (the words beside it are not capitalised)."""
    doc = token.doc
    if not (token.is_title and token.is_alpha) or is_acronym(token.text) or token.lower_ in nouns:
        return False
    if token.lower_ in _BODY_WORDS or _known_otherwise(token.text):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.is_title or after.text in POSSESSIVES):
        return False
    return token.i == 0 or not doc[token.i - 1].is_title


def _known_otherwise(word: str) -> bool:
    normal = normal_form(word)
    if normal in NATIONALITY_NOUNS or normal in alias_table().demonyms:
        return True
    alias = alias_table().lookup(word)
    return alias is not None and alias.type == "ORG"


def _after_a_place_preposition(token: Token, prepositions: frozenset[str] = PLACE_ONLY_PREPOSITIONS) -> bool:
    """Right after one of `prepositions` ("in", "across" or the like), or listed with a word that is ("in Elmridge
    and Tarnwick"); not where "in" names what money or shares are put in, or what someone has a part in."""
    word = first_joined(token)
    preposition = word.head
    return (
        word.dep_ == "pobj"
        and preposition.i == word.i - 1
        and preposition.lower_ in prepositions
        and not in_names_no_place(preposition.head)
    )


def _from_a_place(token: Token) -> bool:
    """A word the tagger took for a people's right after "from" ("moved from Ostby"): one comes from a place, and a
    people's word after "from" is its plural or adjective ("support from Kelvans", "from Kelvan sources"), which a
    town's name is not. A firm's name after "from" ("a letter from Acme") the tagger takes for an organisation's."""
    word = first_joined(token)
    preposition = word.head
    return (
        token.ent_type_ == "NORP"
        and word.dep_ == "pobj"
        and preposition.i == word.i - 1
        and preposition.lower_ == "from"
        and not token.lower_.endswith(("s", *DEMONYM_ENDINGS))
    )


def _bracketed_after_a_name(token: Token, texts: tuple[str, ...]) -> bool:
    """A word alone in brackets right after a firm's name ("Tarrow Group (Vessland)"): a wire's or a list's word for
    where the firm is from. Not after a person's, where it is as often her party ("(Labour)") or her employer ("Ann
    Tarrow (Arvelco)") as her town, nor an abbreviation, a party's or a club's ("(Lab)", "(Ind)"), nor in a line of
    sport, where the brackets after a player hold his club ("Tom Beale (Brenmouth) 14"; a ranked line's countries are
    `box_scores`'), nor a wire's credit (`_a_wires_credit`). `texts`: the paragraph's words (`texts_of`), the
    caller's, which asks every untyped word."""
    i = token.i
    if not 2 <= i < len(texts) - 1 or texts[i - 1] != "(" or texts[i + 1] != ")":
        return False
    if _a_wires_credit(token, texts):
        return False
    doc = token.doc
    named = doc[i - 2].ent_type_ == "ORG"
    return named and len(token.text) > LONGEST_BRACKETED_ABBREVIATION and not names_a_sport(doc)


def _a_wires_credit(token: Token, texts: tuple[str, ...]) -> bool:
    """A bracket after the firm's name that opens the paragraph, then a dash, as after a dateline's place ("Tarrow
    Group (Kelvo Wire) - ...", "OSTBY (Wire) - ..."). Not mid-sentence ("a deal with Tarrow Group (Vessland) - worth
    $2bn - closed"), nor a dash a second one closes in its sentence, an aside's ("Tarrow Group (Vessland) - a unit
    of Ostby Mining - said"; a story's sentence after a credit has its verb before any dash, "- Tarrow Group said
    output fell - the first drop")."""
    dash = token.i + 2
    if dash >= len(texts) or texts[dash] not in DASHES:
        return False
    doc = token.doc
    opens = all(word.ent_type_ == "ORG" for word in doc[: token.i - 1])
    return opens and not _an_aside(doc[dash + 1 : sentence_of(token).end], texts[dash])


def _an_aside(after: Span, dash: str) -> bool:
    """Words a second such dash closes with no verb before it ("- a unit of Tarrow Group -"), or a relative clause
    ("- which cut 400 jobs last year -")."""
    words = [word.text for word in after]
    if dash not in words:
        return False
    return after[0].tag_ in {"WDT", "WP"} or not any(
        word.pos_ in {"VERB", "AUX"} for word in after[: words.index(dash)]
    )


def _across_a_border(token: Token) -> bool:
    """Right after "the border with" ("near the border with Ostravia"): what lies across a border is a land."""
    word = first_joined(token)
    preposition = word.head
    return (
        word.dep_ == "pobj"
        and preposition.i == word.i - 1
        and preposition.lower_ == "with"
        and preposition.head.lemma_ in BORDER_NOUNS
    )


def in_names_no_place(word: Token) -> bool:
    """Whether "in" after the word names what money goes into, what someone has a part in or whom someone puts faith
    in ("invested in Torvane", "a role in Ashfall", "believed in Roe"), not a place."""
    return _put_in(word) or _part_in(word) or _faith_in(word)


def _put_in(word: Token) -> bool:
    """Whether "in" after the word names a company money goes into: a holding ("a stake in Torvane"), an investing
    verb ("invested in Torvane") or a verb whose object is a holding ("bought shares in Torvane")."""
    holding = any(child.dep_ == "dobj" and child.lower_ in HOLDING_NOUNS for child in word.children)
    return holding or word.lower_ in HOLDING_NOUNS or word.lemma_ in INVESTING_VERBS


def shares_of(name: Token, nouns: frozenset[str] = HOLDING_NOUNS) -> bool:
    """Whether a name is the one whose shares a phrase tells of ("shares of Quantaro", "a stake in Quantaro"), by one
    of the `nouns` of a holding."""
    return name.dep_ == "pobj" and name.head.lower_ in ("of", "in") and name.head.head.lower_ in nouns


def _part_in(word: Token) -> bool:
    """Whether "in" after the word names a firm, a body or a work someone has a part in ("a partner in Torvane", "a
    role in Ashfall", "starred in Ashfall"): the tagger's guess at it stands."""
    return word.lower_ in PART_NOUNS or (word.pos_ == "VERB" and word.lemma_ in PART_VERBS)


def _faith_in(word: Token) -> bool:
    """Whether "in" after the word names whom faith is put in: a verb of faith ("believed in Roe") or a verb whose
    object is faith ("put their trust in Roe")."""
    faith = any(child.dep_ == "dobj" and child.lower_ in FAITH_NOUNS for child in word.children)
    return faith or word.lower_ in FAITH_NOUNS or (word.pos_ == "VERB" and word.lemma_ in FAITH_VERBS)


def _in_an_address(token: Token) -> bool:
    """After a street's name and a comma, closed by a comma or the sentence's end: the town of an address ("Roe, 34,
    of Birch Road, Holtby, admitted ...")."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or doc[token.i - 2].lower_ not in STREET_HEAD_WORDS:
        return False
    return token.i + 1 == len(doc) or doc[token.i + 1].text in {",", ".", ";"}
