"""Which reporting clause of a paragraph each of its quotations belongs to: the cue and its subject."""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from app.extract.quote_marks import MARKS, Span
from app.extract.speakers import PEOPLE_NOUNS, TITLES, VOICES

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
        "demand",
        "report",
        "proclaim",
        "retort",
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
# Pronouns for things or for no one in particular, which say nothing themselves ("everything is 'fine'").
_THINGS = frozenset({"everything", "something", "anything", "nothing", "anybody", "anyone", "nobody"})
# Words a headline opens with before a colon that label the story, not who speaks ("Exclusive: ...").
_KICKERS = frozenset(
    {"exclusive", "breaking", "watch", "video", "update", "analysis", "opinion", "editorial", "live", "report"}
)
# Tokens that end a sentence between quotations.
_SENTENCE_ENDS = frozenset(".!?…")
# How many words before a quotation may belong to the cue that introduces it ("told a crowd on Monday, '...'").
_INTRODUCTION = 6
# A quotation that is followed by a sentence of its own may still be closed by one this short ("Smith said.").
_SHORT_TAIL = 8
_SHORT_CLAUSE = 4


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
    labelled = _labelled(before) or _introduced(before, inside)
    if labelled is not None:
        return labelled
    governing = None if opens_sentence else _governing(own, inside, k, strict=True)
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
    return (
        _signed(after)
        or _colon_subject(doc, first, inside)
        or (_reported_before(doc, first, inside, sentence) if opens_sentence else None)
        or _governing(own, inside, k, strict=False)
    )


def _labelled(before: list[Token]) -> Attribution | None:
    """A headline's label: a name and a colon with no verb before the quotation ("Roe: Plan 'a disgrace'",
    "Roe on Taxes: ...") gives the words to that name."""
    colons = [t.i for t in before if t.text == ":"]
    if not colons:
        return None
    lead = [t for t in before if t.i < colons[-1]]
    if not lead or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    names = [t for t in lead if t.ent_type_ in ("PERSON", "ORG")] or [
        t for t in lead if t.pos_ in ("PROPN", "NOUN") and t.is_title and t.lower_ not in _KICKERS
    ]
    if not names:
        return None
    run = [names[0]]
    while run[-1].i + 1 < colons[-1] and run[-1].nbor().ent_iob_ == "I":
        run.append(run[-1].nbor())
    return Attribution(None, run[-1])


def _introduced(before: list[Token], inside: list[int]) -> Attribution | None:
    """A cue just before the quotation introduces it, whatever the parse says: "..., Roe replied, '...'",
    "Roe told reporters, '...'" (nothing but the cue's own words between them)."""
    # A relative clause describes someone ("anyone who complains about it 'is ...'"), it introduces nothing.
    for cue in [token for token in before[-_INTRODUCTION:] if _is_cue(token) and token.dep_ != "relcl"][-1:]:
        between = [t for t in before if t.i > cue.i and not t.is_punct]
        subject = _subject(cue, inside)
        if subject is not None and all(cue in t.ancestors for t in between):
            return Attribution(_cue_text(cue), subject)
    return None


def _reported_before(doc: Doc, first: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    """A quotation opening a sentence after one that reports speech ("..., Roe said. 'We will win.'") is
    that speaker's."""
    previous = [t for t in doc[:first] if inside[t.i] == -1 and sentence[t.i] == sentence[first] - 1]
    for cue in [t for t in previous if _is_cue(t)]:
        subject = _subject(cue, inside)
        if subject is not None:
            return Attribution(_cue_text(cue), subject)
    return None


def _signed(after: list[Token]) -> Attribution | None:
    """A quotation signed with a dash and a name after it ("..." ― Jane Roe), the dash perhaps glued to the
    closing mark."""
    after = [t for t in after if not t.is_space]
    if len(after) < 2 or after[0].text.lstrip(MARKS) not in _DASHES:
        return None
    # The tagger takes an unfamiliar name standing alone for common words, so its capitals are enough here.
    run = list(itertools.takewhile(lambda t: t.is_title or t.pos_ == "PROPN", after[1:]))
    return Attribution(None, run[-1]) if run else None


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
    if any(inside[t.i] >= 0 for t in tail):
        return []
    if len(tail) <= _SHORT_TAIL:
        return tail
    # A longer sentence may still open with the attribution, set off by a comma ("Roe said, looking up.").
    clause = list(itertools.takewhile(lambda t: t.text != ",", tail))
    return clause if len(clause) < len(tail) and len(clause) <= _SHORT_CLAUSE and any(map(_is_cue, clause)) else []


def _ancestors(own: list[Token], inside: list[int], k: int) -> Iterator[int]:
    for token in own:
        if inside[token.head.i] == k:
            continue
        for ancestor in token.ancestors:
            yield ancestor.i


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
    if token.lemma_ == "put":  # "as Roe put it"
        return any(child.lower_ == "it" and child.dep_ == "dobj" for child in token.children)
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_LEMMAS


def _cue_text(token: Token) -> str:
    return "according to" if token.lower_ == "according" else token.text


def _subject(verb: Token, inside: list[int]) -> Token | None:
    """Who does the speaking: the verb's subject, or that of the verb it hangs from ("went on to say")."""
    if verb.lower_ == "according":
        objects = [c for to in verb.children if to.lower_ == "to" for c in to.children if c.dep_ == "pobj"]
        return objects[0] if objects and inside[objects[0].i] == -1 else None
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and inside[c.i] == -1 and c.text[:1].isalnum()]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") or subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
                return _antecedent(verb, subject)
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # the one the participle describes: "footage of Roe saying ..."
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _antecedent(verb: Token, relative: Token) -> Token | None:
    """Who a relative pronoun stands for: the noun its clause hangs on, or the one written just before it; a
    clause on an appositive describes the name before that ("Roe, the chair, who said")."""
    if verb.dep_ == "relcl":
        return verb.head.head if verb.head.dep_ == "appos" else verb.head
    before = relative.nbor(-1) if relative.i > 0 else None
    while before is not None and before.is_punct and before.i > 0:
        before = before.nbor(-1)
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _governing(own: list[Token], inside: list[int], k: int, strict: bool) -> Attribution | None:
    """For a quotation inside a sentence: the reporting verb above it ("X said Y was 'a liar'" is X's), or
    whose claim it is ("X's claim that '...'"), else the nearest subject that can speak; unless strict, else
    the nearest subject at all."""
    roots = [token for token in own if inside[token.head.i] != k and token.head is not token]
    if not roots:
        return None
    chain = [a for a in roots[0].ancestors if inside[a.i] < 0]
    reported: list[Attribution] = []
    for ancestor in chain:
        if _is_cue(ancestor) and not _quoted_manner(ancestor, own):
            subject = _subject(ancestor, inside)
            if subject is not None and _is_agent(subject):
                return Attribution(_cue_text(ancestor), subject)
            reported += [Attribution(_cue_text(ancestor), subject)] if subject is not None else []
        owners = [c for c in ancestor.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")]
        if ancestor.lemma_ in SPEECH_NOUNS and owners:
            return Attribution(None, owners[0])
    if reported:
        return reported[0]
    for ancestor in chain:
        agents = [c for c in ancestor.children if c.dep_ == "nsubj" and _is_agent(c) and inside[c.i] == -1]
        if agents:
            return Attribution(None, agents[0])
    if strict:
        return None
    subjects = [c for c in chain[-1].children if c.dep_ == "nsubj" and inside[c.i] == -1] if chain else []
    return Attribution(None, subjects[0]) if subjects and subjects[0].lower_ not in _EMPTY_SUBJECTS else None


def _quoted_manner(verb: Token, own: list[Token]) -> bool:
    """Whether the quotation only says how the verb is done ("the ad 'wrongly' suggests"): the verb is then
    part of the reported words, not the report."""
    return any(token.head is verb and token.dep_ in ("advmod", "neg") for token in own)


def _is_agent(token: Token) -> bool:
    """Whether a subject can be someone who speaks: a name, a personal pronoun, a person or group."""
    if token.lower_ in _EMPTY_SUBJECTS or token.lower_ in _THINGS:
        return False
    human = token.lemma_.lower() in TITLES | PEOPLE_NOUNS | VOICES
    return human or token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP")
