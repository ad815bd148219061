"""Which reporting clause of a paragraph each of its quotations belongs to: the cue and its subject."""

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from app.extract.quote_marks import MARKS, Span

# Verbs that introduce or close reported speech, by lemma.
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "recall",
        "declare",
        "add",
        "write",
        "read",
        "call",
        "explain",
        "note",
        "argue",
        "insist",
        "continue",
        "ask",
        "reply",
        "respond",
        "state",
        "claim",
        "warn",
        "announce",
        "tweet",
        "testify",
        "acknowledge",
        "admit",
        "describe",
        "suggest",
        "complain",
        "joke",
        "quip",
        "remark",
        "observe",
        "comment",
        "predict",
        "promise",
        "vow",
        "urge",
        "shout",
        "scream",
        "whisper",
        "cry",
        "exclaim",
        "boast",
        "concede",
        "counter",
        "recount",
        "allege",
        "assert",
        "charge",
        "maintain",
        "contend",
        "caution",
        "brag",
        "post",
        "label",
        "dub",
        "deem",
        "term",
        "lament",
    ]
)
# Nouns for something said, whose owner said the words quoted in it ("Trump's claim that ...").
SPEECH_NOUNS = frozenset(
    [
        "claim",
        "statement",
        "remark",
        "comment",
        "word",
        "promise",
        "pledge",
        "warning",
        "argument",
        "assertion",
        "description",
        "message",
        "tweet",
        "call",
        "accusation",
        "charge",
        "vow",
        "question",
        "answer",
        "response",
        "reply",
        "words",
        "remarks",
    ]
)
_DASHES = frozenset("―—–-")
# Subjects that stand for no one: a relative pronoun or an expletive ("it is", "there are").
_EMPTY_SUBJECTS = frozenset({"who", "which", "that", "it", "there", "this", "what"})
# Tokens that end a sentence between quotations.
_SENTENCE_ENDS = frozenset(".!?…")
# A quotation that is followed by a sentence of its own may still be closed by one this short ("Smith said.").
_SHORT_TAIL = 8


@dataclass(frozen=True)
class Attribution:
    cue: str | None  # the cue as written: "said", "according to"; None for a clause without a speech verb
    subject: Token  # the head word of who is speaking


def attribute(doc: Doc, spans: list[Span]) -> list[Attribution | None]:
    """For each quotation of the paragraph, the clause that reports it, if the paragraph says."""
    inside = _quote_of_tokens(doc, spans)
    sentence = _sentence_ids(doc, spans, inside)
    return [_attribution(doc, spans[k], k, inside, sentence) for k in range(len(spans))]


def _quote_of_tokens(doc: Doc, spans: list[Span]) -> list[int]:
    """Per token: the index of the quotation it is inside, -1 outside any, -2 for a quotation mark."""
    inside = [-1] * len(doc)
    k = 0
    for token in doc:
        while k < len(spans) and spans[k].end <= token.idx:
            k += 1
        if k < len(spans) and spans[k].start <= token.idx:
            inside[token.i] = k
        elif all(char in MARKS for char in token.text):
            inside[token.i] = -2
    return inside


def _sentence_ids(doc: Doc, spans: list[Span], inside: list[int]) -> list[int]:
    """Sentence numbers counted outside quotations, so full stops inside a quotation never split a clause."""
    ids = [0] * len(doc)
    current = 0
    left = -1  # the quotation the previous word was in
    for token in doc:
        k = inside[token.i]
        if k != -2:
            starts_anew = k >= 0 or token.text[:1].isupper()
            if left >= 0 and k != left and starts_anew and _ends_sentence(doc, spans[left]):
                current += 1
            left = k
        ids[token.i] = current
        if k == -1 and token.text in _SENTENCE_ENDS:
            current += 1
    return ids


def _ends_sentence(doc: Doc, span: Span) -> bool:
    inner = doc.text[span.start : span.end].rstrip()
    return bool(inner) and inner[-1] in _SENTENCE_ENDS


def _attribution(doc: Doc, span: Span, k: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    own = [token for token in doc if inside[token.i] == k]
    if not own:
        return None
    first, last = own[0].i, own[-1].i
    before = [t for t in doc[:first] if inside[t.i] == -1 and sentence[t.i] == sentence[first]]
    after = [t for t in doc[last + 1 :] if inside[t.i] == -1 and sentence[t.i] == sentence[last]]
    if not after and _ends_sentence(doc, span):
        after = _short_tail(doc, last, inside, sentence)
    ancestors = set(_ancestors(own, inside, k))
    opens_sentence = not any(token.is_alpha for token in before)
    governing = None if opens_sentence else _governing(own, inside, k)
    if governing is not None:
        return governing
    regions = (after, list(reversed(before))) if opens_sentence else (list(reversed(before)), after)
    for tokens in regions:
        cues = [token for token in tokens if _is_cue(token)]
        ranked = [token for token in cues if token.i in ancestors] + cues
        for cue in ranked:
            subject = _subject(cue, inside)
            if subject is not None:
                return Attribution(_cue_text(cue), subject)
    return _signed(after) or _colon_subject(doc, first, inside) or _governing(own, inside, k)


def _signed(after: list[Token]) -> Attribution | None:
    """A quotation signed with a dash and a name after it ("..." ― Jane Roe)."""
    if len(after) < 2 or after[0].text not in _DASHES:
        return None
    names = [t for t in after[1:] if t.pos_ == "PROPN"]
    return Attribution(None, names[-1]) if names and after[1].pos_ == "PROPN" else None


def _colon_subject(doc: Doc, first: int, inside: list[int]) -> Attribution | None:
    """A quotation after a colon belongs to the subject of what comes before it ("X Slams Y: '...'")."""
    colons = [t.i for t in doc[:first] if t.text == ":" and inside[t.i] == -1]
    if not colons:
        return None
    lead = [t for t in doc[: colons[-1]] if inside[t.i] == -1]
    subjects = [t for t in lead if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.i < colons[-1]]
    # A transcript's speaker is written in capitals, which the tagger does not always take for a name.
    names = subjects or [t for t in lead if t.pos_ == "PROPN" or t.is_upper and len(t) > 1]
    return Attribution(None, names[-1] if not subjects else names[0]) if names else None


def _short_tail(doc: Doc, last: int, inside: list[int], sentence: list[int]) -> list[Token]:
    """The sentence after a quotation when it is only a short attribution ("Smith said.")."""
    following = [t for t in doc[last + 1 :] if inside[t.i] != -2]
    if not following or inside[following[0].i] != -1:
        return []
    tail = [t for t in following if sentence[t.i] == sentence[following[0].i]]
    if len(tail) > _SHORT_TAIL or any(inside[t.i] >= 0 for t in tail):
        return []
    return tail


def _ancestors(own: list[Token], inside: list[int], k: int) -> Iterator[int]:
    for token in own:
        if inside[token.head.i] == k:
            continue
        for ancestor in token.ancestors:
            yield ancestor.i


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_LEMMAS


def _cue_text(token: Token) -> str:
    return "according to" if token.lower_ == "according" else token.text


def _subject(verb: Token, inside: list[int]) -> Token | None:
    """Who does the speaking: the verb's subject, or that of the verb it hangs from ("went on to say")."""
    if verb.lower_ == "according":
        objects = [c for to in verb.children if to.lower_ == "to" for c in to.children if c.dep_ == "pobj"]
        return objects[0] if objects and inside[objects[0].i] == -1 else None
    for _ in range(4):
        subjects = [child for child in verb.children if child.dep_ == "nsubj" and inside[child.i] == -1]
        if subjects:
            subject = subjects[0]
            if subject.tag_ == "WP" or subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _governing(own: list[Token], inside: list[int], k: int) -> Attribution | None:
    """For a quotation inside a sentence: the reporting verb above it ("X said Y was 'a liar'" is X's), or
    whose claim it is ("X's claim that '...'"), else the nearest subject that can speak."""
    roots = [token for token in own if inside[token.head.i] != k and token.head is not token]
    if not roots:
        return None
    chain = [a for a in roots[0].ancestors if inside[a.i] < 0]
    for ancestor in chain:
        if _is_cue(ancestor):
            subject = _subject(ancestor, inside)
            if subject is not None:
                return Attribution(_cue_text(ancestor), subject)
        owners = [c for c in ancestor.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")]
        if ancestor.lemma_ in SPEECH_NOUNS and owners:
            return Attribution(None, owners[0])
    for ancestor in chain:
        agents = [c for c in ancestor.children if c.dep_ == "nsubj" and _is_agent(c) and inside[c.i] == -1]
        if agents:
            return Attribution(None, agents[0])
    subjects = [c for c in chain[-1].children if c.dep_ == "nsubj" and inside[c.i] == -1] if chain else []
    return Attribution(None, subjects[0]) if subjects and subjects[0].lower_ not in _EMPTY_SUBJECTS else None


def _is_agent(token: Token) -> bool:
    """Whether a subject can be someone who speaks: a name, a personal pronoun, a person or group."""
    if token.lower_ in _EMPTY_SUBJECTS:
        return False
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP")
