"""The full-text query language (`q`), parsed once into a tree and written for each engine: an FTS5 MATCH
expression for SQLite, a `tsquery` for PostgreSQL, so that a query means the same on both and a malformed one
is refused (InvalidQuery, a 422) before either engine sees it.

The language: words (`storms`), "phrases", `OR`, `AND` (or nothing: words side by side must all match), `NOT`
(`storms NOT floods`: the first without the second), parentheses, `prefix*`, and the column filters `title:`
and `body:` before a word, a phrase or a parenthesised group. `NOT` binds tightest, then `AND`, then `OR`,
as in FTS5; the operators are upper-case, lower-case `or` is a word. A word is matched as the index stores it
(`app/store/words.py`: folded, Porter-stemmed); a written word of several pieces (`don't`, `covid-19`) is a
phrase of them, as FTS5 reads a quoted string; characters that are no part of a word separate words and are
otherwise ignored (so `^` and `-` are not FTS5's operators here). FTS5's `NEAR(…)` is refused: PostgreSQL's
`tsquery` has no "within n words" to match it.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.store.errors import InvalidQuery
from app.store.words import WORD, key, keys

# The columns a query over articles may name; quotes have one column, and no filter to name.
ARTICLE_COLUMNS = ("title", "body")
# PostgreSQL's weight for each column, as to_tsvector_text writes a document.
_WEIGHTS = {"title": "A", "body": "D"}
# PostgreSQL keeps a lexeme of at most 2046 bytes (2 ** 11 - 1, less one: tsvector.c's MAXSTRLEN), at most 256
# positions of each (MAXNUMPOS), positions up to 16383 (MAXENTRYPOS - 1), and a tsvector of at most 1 MiB of
# lexemes and positions (MAXSTRPOS; tsvector_in's count of its bytes is _within_size's).
_LONGEST_LEXEME = 2046
_POSITIONS_KEPT = 256
_LAST_POSITION = 16383
_TSVECTOR_BYTES = 2**20 - 1
# Parentheses nested deeper are refused: FTS5's parser overflows its stack at 11 levels, each holding an OR
# of an AND of a NOT (33 levels as written; SQLite 3.40), and no one searching nests so deep. Chains of one
# operator are written unnested, and cost FTS5 no depth.
_DEEPEST = 8


@dataclass(frozen=True)
class Term:
    """A word, or a phrase of adjacent words, as written (each one word); its last word a prefix when `prefix`;
    in one column when `column` names it."""

    words: tuple[str, ...]
    prefix: bool = False
    column: str | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(map(key, self.words))


@dataclass(frozen=True)
class And:
    """What matches every one of `parts` (two or more, none an And: a chain is one node, so that neither
    engine's parser nests as deep as the chain is long)."""

    parts: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    """What matches any of `parts` (two or more, none an Or)."""

    parts: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    """What matches `left` and not `right`."""

    left: "Node"
    right: "Node"


Node = Term | And | Or | Not

_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<string>"(?P<inside>(?:[^"]|"")*)(?P<closed>")?)
    |(?P<open>\()|(?P<close>\))|(?P<star>\*)|(?P<colon>:)
    |(?P<bare>[^\s"()*:]+)""",
    re.VERBOSE,
)
_OPERATORS = ("OR", "AND", "NOT")


@dataclass(frozen=True)
class _Token:
    kind: str  # string, open, close, star, colon, bare, or end
    text: str
    at: int  # the character it begins at, counted from 1, for messages

    def names(self) -> str:
        return "the end of q" if self.kind == "end" else f"{self.text!r} at character {self.at}"


def parse(q: str, *, columns: tuple[str, ...] = ARTICLE_COLUMNS) -> Node:
    """The tree of the full-text query `q`, whose column filters may name `columns`; InvalidQuery, saying
    what is wrong and where, for a malformed one."""
    return _Parser(q, columns).query()


def _tokens(q: str) -> Iterator[_Token]:
    for match in _TOKEN.finditer(q):
        kind = match.lastgroup
        if kind == "space":
            continue
        if match["string"] is not None:
            if match["closed"] is None:
                raise _invalid(f'the " at character {match.start() + 1} is never closed')
            yield _Token("string", match["inside"], match.start() + 1)
        else:
            yield _Token(str(kind), match.group(), match.start() + 1)
    yield _Token("end", "", len(q) + 1)


def _invalid(why: str) -> InvalidQuery:
    return InvalidQuery(f"q is not a valid full-text query ({why})")


class _Parser:
    """Recursive descent, one function a precedence level: OR over AND over NOT over a term or a group."""

    def __init__(self, q: str, columns: tuple[str, ...]) -> None:
        self.tokens = list(_tokens(q))
        self.next = 0
        self.columns = columns
        self.depth = 0  # of the parentheses open

    def peek(self) -> _Token:
        return self.tokens[self.next]

    def take(self) -> _Token:
        token = self.tokens[self.next]
        self.next += 1
        return token

    def is_operator(self, name: str) -> bool:
        token = self.peek()
        return token.kind == "bare" and token.text == name

    def query(self) -> Node:
        if self.peek().kind == "end":
            raise _invalid("it holds no words")
        node = self.any_of(None)
        if (token := self.peek()).kind == "close":
            raise _invalid(f"the ')' at character {token.at} closes no '('")
        return node

    def any_of(self, column: str | None) -> Node:
        parts = [self.all_of(column)]
        while self.is_operator("OR"):
            self.operand_after(self.take())
            parts.append(self.all_of(column))
        return parts[0] if len(parts) == 1 else Or(_spliced(parts, Or))

    def all_of(self, column: str | None) -> Node:
        parts = [self.excepting(column)]
        while self.peek().kind not in ("end", "close") and not self.is_operator("OR"):
            if self.is_operator("AND"):
                self.operand_after(self.take())
            parts.append(self.excepting(column))
        return parts[0] if len(parts) == 1 else And(_spliced(parts, And))

    def excepting(self, column: str | None) -> Node:
        node = self.operand(column)
        while self.is_operator("NOT"):
            self.operand_after(self.take())
            node = Not(node, self.operand(column))
        return node

    def operand_after(self, operator: _Token) -> None:
        """Refuse an operator with no operand after it: at the end, before ')', or before another operator."""
        token = self.peek()
        if token.kind in ("end", "close") or (token.kind == "bare" and token.text in _OPERATORS):
            raise _invalid(f"{operator.names()} has nothing after it to join, before {token.names()}")

    def operand(self, column: str | None) -> Node:
        """A term, or a parenthesised group; either after a column filter."""
        token = self.take()
        if token.kind == "open":
            return self.group(token, column)
        if token.kind == "string":
            return self.term(token, column)
        if token.kind == "bare":
            if token.text in _OPERATORS:
                raise _invalid(f"{token.names()} has nothing before it to join")
            if token.text == "NEAR" and self.peek().kind == "open":
                raise _invalid(f'{token.names()}: NEAR(…) is not supported; search for a "phrase" or for words')
            if self.peek().kind == "colon":
                return self.in_column(token, column)
            return self.term(token, column)
        if token.kind == "star":
            raise _invalid(f"{token.names()} follows no word; a prefix is written storm*")
        if token.kind == "colon":
            raise _invalid(f"{token.names()} follows no column name; a column filter is written title:storm")
        raise _invalid(f"{token.names()} comes where a word was expected")

    def group(self, opened: _Token, column: str | None) -> Node:
        if self.peek().kind == "close":
            raise _invalid(f"the parentheses at character {opened.at} hold no words")
        self.depth += 1
        if self.depth > _DEEPEST:
            raise _invalid(f"the '(' at character {opened.at} nests parentheses deeper than {_DEEPEST}")
        node = self.any_of(column)
        self.depth -= 1
        if self.take().kind != "close":
            raise _invalid(f"the '(' at character {opened.at} is never closed")
        return node

    def in_column(self, name: _Token, outer: str | None) -> Node:
        self.take()  # the colon
        column = name.text.lower()
        if column not in self.columns:
            raise _invalid(self.unknown_column(name))
        if outer is not None and outer != column:
            raise _invalid(f"{name.names()}: a column filter inside {outer}:(…) names another column")
        if self.peek().kind not in ("bare", "string", "open"):
            raise _invalid(f"{name.text}: at character {name.at} has no word after it")
        return self.operand(column)

    def unknown_column(self, name: _Token) -> str:
        if not self.columns:
            return f"{name.text}: at character {name.at} names a column, and quotes have none: search their words alone"
        named = " and ".join(f"{column}:" for column in self.columns)
        return f"{name.text}: at character {name.at} names no column; {named} do"

    def term(self, token: _Token, column: str | None) -> Term:
        words = tuple(WORD.findall(token.text))
        if not words:
            raise _invalid(f"{token.names()} holds no word to search for")
        if any(len(key(word).encode()) > _LONGEST_LEXEME for word in words):
            raise _invalid(f"{token.names()} holds a word longer than {_LONGEST_LEXEME} bytes")
        prefix = self.peek().kind == "star"
        if prefix:
            self.take()
        return Term(words, prefix, column)


def _spliced(parts: list[Node], kind: type[And] | type[Or]) -> tuple[Node, ...]:
    """`parts`, each of the same kind (a parenthesised chain: `(a OR b) OR c`) replaced by its own parts."""
    return tuple(inner for part in parts for inner in (part.parts if isinstance(part, kind) else (part,)))


def lone_key(node: Node) -> str | None:
    """The key of a query of one whole word in any column, which the rows holding that key answer; else None."""
    if isinstance(node, Term) and len(node.words) == 1 and not node.prefix and node.column is None:
        return node.keys[0] or None
    return None


def to_fts5(node: Node) -> str:
    """The tree as an FTS5 MATCH expression: each term a quoted string of its words (letters and digits only,
    so nothing a client wrote is FTS5 syntax; FTS5 folds and stems them itself), every group parenthesised."""
    if isinstance(node, Term):
        phrase = '"' + " ".join(node.words) + '"' + (" *" if node.prefix else "")
        return f"{node.column} : {phrase}" if node.column else phrase
    if isinstance(node, Not):
        return f"({_excepting(node, to_fts5, ' NOT ')})"
    operator = " AND " if isinstance(node, And) else " OR "
    return "(" + operator.join(map(to_fts5, node.parts)) + ")"


def _excepting(node: Not, write: Callable[[Node], str], operator: str) -> str:
    """A chain of NOTs (`a NOT b NOT c`, nested from the left) written as one, unnested: NOT is read from the
    left by both engines."""
    left = _excepting(node.left, write, operator) if isinstance(node.left, Not) else write(node.left)
    return left + operator + write(node.right)


def to_tsquery(node: Node) -> str:
    """The tree as a `tsquery` literal, for `CAST(… AS tsquery)`: lexemes are already the index's keys, so
    PostgreSQL applies no parser and no stemmer of its own. A phrase is its keys at adjacent positions
    (`<->`), a prefix `:*`, a column its weight (`:A` the title, `:D` the body), NOT `& !`."""
    if isinstance(node, Term):
        label = ":" + _WEIGHTS[node.column] if node.column else ""
        *words, last = (_lexeme(word) + label for word in node.keys)
        if node.prefix:
            last = _lexeme(node.keys[-1]) + ":*" + label.lstrip(":")
        return f"({' <-> '.join([*words, last])})" if words else last
    if isinstance(node, Not):
        return f"({_excepting(node, to_tsquery, ' & !')})"
    operator = " & " if isinstance(node, And) else " | "
    return "(" + operator.join(map(to_tsquery, node.parts)) + ")"


def written_for(engine: str, node: Node) -> str:
    """The tree as the engine's full-text query, for the parameter every statement that searches takes (`q`)."""
    return _WRITERS[engine](node)


def to_tsvector_text(title: str | None, body: str | None) -> str:
    """The `tsvector` literal PostgreSQL stores for a document: the title's keys weighted A at positions from
    1, the body's weighted D after them, one position apart from the title's last, so that a phrase (keys at
    adjacent positions, as FTS5 matches within one column) never runs from title into body.

    What PostgreSQL cannot hold is left out, as it would leave it: positions past 16383 are 16383 (a phrase
    there may match where FTS5's would not), a key's positions past its 256th, a key over 2046 bytes (which
    no query can hold), and the keys first found past a tsvector's 1 MiB.
    """
    title_keys = keys(title or "")
    body_keys = keys(body or "")
    body_start = len(title_keys) + 2
    # Only a text running past the last position has positions to cap, and written twice (each past it as it).
    capped = body_start + len(body_keys) > _LAST_POSITION
    # Each key's positions as the literal writes them, with their column's weight ("12A"): written as they are
    # found, in one pass, rather than gathered as numbers and written after (a tenth of an article's write).
    found = _positions(title_keys, body_keys, body_start, capped=capped)
    written = []
    size = 0  # as tsvector_in counts it: each key padded to an even length, 2 bytes a position, 2 their count
    for word, positions in found.items():
        if (length := len(word.encode())) > _LONGEST_LEXEME:
            continue
        placed = positions[:_POSITIONS_KEPT]
        if capped:
            placed = list(dict.fromkeys(placed))
        size += length + length % 2 + 2 * len(placed) + 2
        if size > _TSVECTOR_BYTES:
            break
        written.append(f"{_lexeme(word)}:{','.join(placed)}")
    return " ".join(written)


def _positions(title_keys: list[str], body_keys: list[str], body_start: int, *, capped: bool) -> dict[str, list[str]]:
    """Each key's positions as the literal writes them, with their column's weight ("12A"), in the order the keys
    are first found; capped at the last position only in a text that runs past it (`min` asked of every word, and
    the weight given as a value, cost a fifth of the document's making)."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    if capped:
        for position, word in enumerate(title_keys, 1):
            found[word].append(f"{min(position, _LAST_POSITION)}A")
        for position, word in enumerate(body_keys, body_start):
            found[word].append(f"{min(position, _LAST_POSITION)}D")
        return found
    for position, word in enumerate(title_keys, 1):
        found[word].append(f"{position}A")
    for position, word in enumerate(body_keys, body_start):
        found[word].append(f"{position}D")
    return found


def _lexeme(word: str) -> str:
    """A key quoted for a tsvector or tsquery literal: a key holds no quote or backslash to escape (no letter
    or digit folds to one; tests/test_search_query.py checks every one)."""
    return f"'{word}'"


_WRITERS: dict[str, Callable[[Node], str]] = {"sqlite": to_fts5, "postgresql": to_tsquery}
