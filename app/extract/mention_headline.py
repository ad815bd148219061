"""Headlines and other title-case lines capitalise nearly every word, so there capitals do not say where a name
starts or ends and the tagger glues headline words to names. Such a mention is cut to the names the article
writes the same way in its ordinary sentences; failing that, its leading words that the article never writes
capitalised in running text are dropped. An ALL-CAPS line, read again in ordinary case, guesses the case of the
words the article does not write elsewhere: its mentions are cut to the article's names, and those names are
found there where the tagger missed them."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from app.extract.mention_case import a_noun_of
from app.extract.mention_cleaning import Piece
from app.extract.mention_heads import FACILITY_HEAD_WORDS
from app.extract.names import ORG_HEAD_WORDS
from app.extract.parsed import kept, lowers_of, text_of, texts_of, tokens_of
from app.vocabulary.capitals import MINOR_WORDS
from app.vocabulary.names import GIVEN_NAMES
from app.vocabulary.people import TITLES
from app.vocabulary.sports import CLUB_HEAD_WORDS, EVENT_HEAD_WORDS, PLACE_CLUB_HEADS

# The last words of names made from a place's name: a club's, an organisation's, a building's, an event's.
NAME_HEAD_WORDS = CLUB_HEAD_WORDS | PLACE_CLUB_HEADS | ORG_HEAD_WORDS | FACILITY_HEAD_WORDS | EVENT_HEAD_WORDS

# A line is in title case when at least this share of its words (those title case does not leave in lower case)
# is capitalised.
_TITLE_SHARE = 0.85
_TITLE_MIN_WORDS = 3
# The types the tagger gives a recased headline word it knows nothing of: a place keeps its type, as places are
# named by verbs too ("Split", "Reading").
_GUESSED_TYPES = frozenset(["ORG", "PERSON"])
# Capitals that begin names ("The Hague", "A Tribe Called Quest"): no sign of a headline inside a line.
_NAME_OPENERS = frozenset(["the", "a", "an"])


@dataclass(frozen=True)
class RunningText:
    """How the article writes words in its ordinary lines: mid-sentence capitalised, and in lower case."""

    capitalised: frozenset[str]
    lower: frozenset[str]


def running_text(docs: Iterable[Doc]) -> RunningText:
    capitalised: set[str] = set()
    lower: set[str] = set()
    for doc in docs:
        words = _running_words(doc)
        capitalised |= words.capitalised
        lower |= words.lower
    return RunningText(frozenset(capitalised), frozenset(lower))


def _running_words(doc: Doc) -> RunningText:
    """One line's share of the running text, found once: an article with title-case lines gathers its running
    text twice."""
    return kept(doc, "newsdesk_running_words", _line_words)


def _line_words(doc: Doc) -> RunningText:
    capitalised: set[str] = set()
    lower: set[str] = set()
    for token, text in zip(tokens_of(doc), texts_of(doc), strict=True):
        if text[:1].isupper() and not token.is_sent_start:
            capitalised.add(text)
        elif token.is_alpha and text.islower():
            lower.add(text)
    return RunningText(frozenset(capitalised), frozenset(lower))


def is_title_case(doc: Doc, running: RunningText) -> bool:
    """Nearly every word capitalised, and some capital that is not a name's: a function word inside the line
    ("Walks Into", "Was Never") or a word the article writes in lower case elsewhere. A line of names alone (a
    results table, a byline) gives no such sign and keeps its mentions whole."""
    alpha = [(token, text, lower) for token, text, lower in _words(doc) if token.is_alpha]
    words = [text for _, text, lower in alpha if len(text) > 1 and lower not in MINOR_WORDS]
    capitals = [text for text in words if text[:1].isupper()]
    if len(capitals) < _TITLE_MIN_WORDS or len(capitals) < _TITLE_SHARE * len(words):
        return False
    # A name's capitalised article is no sign, though running text writes it lower case ("At The Quarry Ground : ...").
    return any(
        token.is_stop or lower in running.lower
        for token, text, lower in alpha
        if text[:1].isupper() and not token.is_sent_start and lower not in _NAME_OPENERS
    )


def _words(doc: Doc) -> Iterator[tuple[Token, str, str]]:
    """Each token with its text and its lower case, read once (`texts_of`)."""
    return zip(tokens_of(doc), texts_of(doc), lowers_of(doc), strict=True)


def headline_pieces(doc: Doc, piece: Piece, names: dict[str, str], running: RunningText) -> list[Piece]:
    """The names inside a mention of a title-case line: the longest runs the ordinary lines name the same way
    (`names`: name -> its type there), else the mention less its leading words the article writes in lower case
    (a single word never capitalised in running text is no name). A lone known word closing the mention does
    not cut it: the words before may be a first name ("Jane Roe", where the body says "Roe")."""
    tokens = [token for token in tokens_of(doc) if piece.start <= token.idx < piece.end]
    known = list(_known_runs(text_of(doc), tokens, names))
    if known and [(start, end) for start, end, _ in known] != [(tokens[-1].idx, _end(tokens[-1]))]:
        return [Piece(start, end, label) for start, end, label in known]
    start = next((index for index, token in enumerate(tokens) if not _common(token, running)), len(tokens))
    if start == len(tokens) or (start == len(tokens) - 1 and tokens[start].text not in running.capitalised):
        return []
    return [Piece(tokens[start].idx, piece.end, piece.label)]


def shouted_pieces(
    doc: Doc,
    piece: Piece,
    names: dict[str, str],
    running: RunningText,
    plain: frozenset[str] = frozenset(),
    nouns: frozenset[str] = frozenset(),
) -> list[Piece]:
    """The names inside a mention of an ALL-CAPS line read in ordinary case: the runs the ordinary lines name the
    same way (`names`: name -> its type there), a person's with the given name before it, else the mention whole (a
    results table's club the story never names, or a name made of the article's names). A lone known word closing
    the mention is cut from words the article never capitalises ("Defeats Roe"): the case of those was guessed. A
    mention holding the head word of a club's, an organisation's, a building's or an event's name stays whole
    ("Marsby Town", "Marsby University Hospital", "the Eastland Open"): the place it is named after is no mention of
    its own there. A lone word the story never writes that is an English verb or adverb (`plain`: "SALES FALL",
    "BELOW TARGET") is no organisation's or person's name: its capital was guessed. Nor is a line of common nouns
    alone that the story never capitalises (`nouns`: "PLANNING APPLICATIONS", "TEAM NEWS"): a section's heading."""
    tokens = [token for token in tokens_of(doc) if piece.start <= token.idx < piece.end]
    runs = list(_known_runs(text_of(doc), tokens, names))
    if not runs and len(tokens) == 1 and piece.label in _GUESSED_TYPES and _unwritten_plain(tokens[0], running, plain):
        return []
    if not runs and _heading_of_common_nouns(doc, tokens, running, nouns):
        return []
    if any(token.lower_ in NAME_HEAD_WORDS for token in tokens if not _inside(token, runs)):
        return [piece]
    known = [_with_given_name(tokens, run, running) for run in runs]
    if not known or _one_persons_names(piece, tokens, known):
        return [piece]
    if [(start, end) for start, end, _ in known] == [(tokens[-1].idx, _end(tokens[-1]))] and any(
        token.text in running.capitalised for token in tokens[:-1]
    ):
        return [piece]
    return [Piece(start, end, label) for start, end, label in known]


def _heading_of_common_nouns(doc: Doc, tokens: list[Token], running: RunningText, nouns: frozenset[str]) -> bool:
    """Whether the mention is its whole line and every word a common noun (its singular, for a plural) that the
    story's ordinary lines never capitalise: a section's or a table's heading, whose capitals name nothing."""
    words = [token for token in tokens_of(doc) if not token.is_punct]
    if not tokens or [token.i for token in tokens] != [token.i for token in words]:
        return False
    return common_nouns_only(tokens, nouns) and not any(token.text in running.capitalised for token in tokens)


def common_nouns_only(tokens: Iterable[Token], nouns: frozenset[str]) -> bool:
    """Whether every word is a common noun of `nouns`, a plural by its singular ("applications")."""
    words = [token.lower_ for token in tokens if not token.is_punct]
    return bool(words) and all(a_noun_of(word, nouns) for word in words)


def _unwritten_plain(token: Token, running: RunningText, plain: frozenset[str]) -> bool:
    """An English verb or adverb the article's ordinary lines never write, in any case."""
    return token.lower_ in plain and token.lower_ not in running.lower and token.text not in running.capitalised


def _with_given_name(tokens: list[Token], run: tuple[int, int, str], running: RunningText) -> tuple[int, int, str]:
    """A person's known name with the given name the mention writes before it ("Mary Roe", "Olaf Roe"): a common
    given name, or a word that is none of a headline's verbs (present tense, "Defeats Roe", "Jails Roe"), titles
    ("Judge Roe") or words the article writes in lower case."""
    start, end, label = run
    # The word right before the name, glued to it or not: a wire's slug's hyphen ("FOOTBALL-OLE ROE") is no given name.
    before = [token for token in tokens if _end(token) <= start]
    if label != "PERSON" or not before:
        return run
    word = before[-1]
    guessed = (
        not word.is_alpha
        or word.lower_.endswith("s")
        or word.lower_ in TITLES
        or word.lower_ in MINOR_WORDS
        or _common(word, running)
    )
    return (word.idx, end, label) if word.lower_ in GIVEN_NAMES or not guessed else run


def _inside(token: Token, runs: list[tuple[int, int, str]]) -> bool:
    return any(start <= token.idx < end for start, end, _ in runs)


def _one_persons_names(piece: Piece, tokens: list[Token], known: list[tuple[int, int, str]]) -> bool:
    """A person's name of words the article uses, each known on its own, the first a person's: a given name and a
    surname the story writes apart ("Ann" and "Roe" around a nickname), no words glued to them."""
    return piece.label == "PERSON" and known[0][2] == "PERSON" and all(_inside(token, known) for token in tokens)


def _known_runs(text: str, tokens: list[Token], names: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    index = 0
    while index < len(tokens):
        start = tokens[index].idx
        ends = (_end(tokens[last]) for last in range(len(tokens) - 1, index - 1, -1))
        end = next((end for end in ends if text[start:end] in names), None)
        if end is None:
            index += 1
            continue
        yield start, end, names[text[start:end]]
        while index < len(tokens) and tokens[index].idx < end:
            index += 1


def _common(token: Token, running: RunningText) -> bool:
    """A word the article writes in lower case and never capitalised inside a sentence."""
    return token.lower_ in running.lower and token.text not in running.capitalised


def _end(token: Token) -> int:
    return token.idx + len(token.text)
