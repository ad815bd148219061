"""Which reporting clause of a paragraph each of its quotations belongs to: the cue and its subject."""

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum

from spacy.tokens import Doc, Token

from app.extract.names import PLACE_TYPES
from app.extract.parsed import sentence_of, text_of, texts_of, tokens_of, words_of
from app.extract.party_tags import tagged_name
from app.extract.quote_marks import MARKS, SENTENCE_ENDS, Span
from app.extract.speakers import GROUP_NOUNS, ROLE_NOUNS, is_title, issues
from app.extract.transcripts import turn_speaker
from app.vocabulary.datelines import story_start
from app.vocabulary.documents import DOCUMENTS, WORD_BEARERS
from app.vocabulary.furniture import KICKERS, SECTION_LABEL
from app.vocabulary.occasions import DELIVERING, REPLYING
from app.vocabulary.speech import CUE_LEMMAS, SPEAKING, SPEECH_NOUNS, VOICES

# The links by which a verb of `SPEAKING` would say what was said.
_WHAT = frozenset({"ccomp", "dobj", "xcomp", "dative"})
_DASHES = frozenset("―—–-")
# Pronouns that point at words just quoted ("That was the message from Roe.").
_POINTING = frozenset({"that", "this", "those", "these"})
# Verbs by which someone gives words already quoted ("repeated the line", "did not mince words").
_GIVING_WORDS = DELIVERING | {"mince"}
# Subjects that stand for no one: a relative pronoun or an expletive ("it is", "there are").
_EMPTY_SUBJECTS = frozenset({"who", "which", "that", "it", "there", "this", "what"})
# The cues that are a word of a phrase, written as the whole phrase ("according to Roe", "in the words of Roe").
_CUE_PHRASES = {"according": "according to", "words": "in the words of"}
# Pronouns for things or for no one in particular, which say nothing themselves ("everything is 'fine'").
_THINGS = frozenset({"everything", "something", "anything", "nothing", "anybody", "anyone", "nobody"})
# Tags of a verb that heads a clause of its own, which the parse should have given a subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Verbs by which one reports another's words as theirs: "X quoted Roe as saying".
_QUOTING = frozenset({"quote", "cite"})
# Clauses another word of the sentence holds: an adverbial, relative or complement clause.
_SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp"})
# Lengths in tokens. The quotes development set (579 quotations) does not move with the first three from half
# to twice their values, so each is the length of the longest form it is meant for.
# Tokens before a quotation that may belong to the cue introducing it: the cue and five of its own words,
# "told a crowd on Monday, '...'" (no test fails at 1).
_INTRODUCTION = 6
# A quotation followed by a sentence of its own may still be closed by one this short: "the deputy chair of the
# board said." (test_more_reporting_clauses_name_the_speaker[demanded] fails at 2).
SHORT_TAIL = 8
# A longer sentence may open with the attribution, set off by a comma: "Jane Roe later said, looking up."
# (test_more_reporting_clauses_name_the_speaker[name-said-after-question] fails at 1).
_SHORT_CLAUSE = 4
# Clauses climbed from a cue to find its subject ("went on to say": "say", "to", "went"): on the quotes set, one
# names 464 of the 537 matched speakers right, two 465, four and more 466.
_SUBJECT_CLIMB = 4


class Outside(IntEnum):
    """Where a token outside every quotation stands; a token inside one is marked with that quotation's index
    (0 and up), so these are negative."""

    TEXT = -1  # the paragraph's own words
    MARK = -2  # a quotation mark
    LABEL = -3  # a word of a quoted label (its punctuation still ends sentences)


@dataclass(frozen=True)
class Attribution:
    cue: str | None  # the cue as written: "said", "according to"; None for a clause without a speech verb
    subject: Token  # the head word of who is speaking
    # Only the nearest subject of a clause without a reporting verb, for want of better ("The mayor gives us
    # '...'"): a paragraph's signature says more.
    guessed: bool = False


def attribute(doc: Doc, spans: list[Span], labels: list[Span]) -> list[Attribution | None]:
    """For each quotation of the paragraph, the clause that reports it, if the paragraph says; `labels` are
    quoted names and titles, whose words are no part of any clause ("said on 'Harbour Talk Tonight'")."""
    if not spans:
        return []
    text = text_of(doc)
    inside = _quote_of_tokens(doc, text, spans, labels)
    sentence = _sentence_ids(doc, text, spans, inside)
    found = [_attribution(doc, text, spans[k], k, inside, sentence) for k in range(len(spans))]
    signature = _signature(doc, inside)
    if signature is None:
        return found
    signer, first = signature
    # A clause without a reporting verb only says what a quotation is about ("The mayor gives us '...'"); the
    # signature says who wrote it.
    return [
        signer if k >= first and (attribution is None or attribution.guessed) else attribution
        for k, attribution in enumerate(found)
    ]


def _signature(doc: Doc, inside: list[int]) -> tuple[Attribution, int] | None:
    """A paragraph of quotation signed at its end with a dash and a name and nothing more ("..." ― Jane Roe.),
    as readers' letters and epigraphs are: the name is who wrote its quotations after any signature before it
    ('"..." ― Ann Roe; "..." ― Bob Doe.'). Returns the signature and the first quotation it signs."""
    tail: list[Token] = []  # the paragraph's own words after its last quotation
    first: int | None = None
    dash = False  # whether the word after the one read is a dash outside the quotations
    for token in reversed(tokens_of(doc)):
        k = inside[token.i]
        if k == Outside.MARK or token.is_space:
            continue
        if k >= 0 and dash:  # the end of a quotation signed before
            break
        if k >= 0:
            first = k
        elif first is None and k == Outside.TEXT:
            tail.append(token)
        dash = first is not None and k == Outside.TEXT and token.text.lstrip(MARKS) in _DASHES
    if first is None:  # the tokenizer glued every quotation to the word before it
        return None
    signed = _signed(tail[::-1])
    if signed is None or any(t.i > signed.subject.i and not t.is_punct for t in tail):
        return None
    # A wire service signing off ("— Agency") wrote the report, not the words it quotes.
    return (signed, first) if signed.subject.ent_type_ != "ORG" else None


def _quote_of_tokens(doc: Doc, text: str, spans: list[Span], labels: list[Span]) -> list[int]:
    """Per token: the index of the quotation it is inside, or where it stands outside them all (`Outside`)."""
    inside: list[int] = [Outside.TEXT] * len(doc)
    titles = [label for label in labels if " " in text[label.start : label.end].strip()]
    k = 0
    for token, word in zip(tokens_of(doc), texts_of(doc), strict=True):
        while k < len(spans) and spans[k].end <= token.idx:
            k += 1
        if k < len(spans) and spans[k].start <= token.idx:
            inside[token.i] = k
        elif not word.strip(MARKS):
            inside[token.i] = Outside.MARK
        elif token.is_alpha and any(title.start <= token.idx < title.end for title in titles):
            # A word of a quoted title ("Harbour Talk Tonight"); a single quoted name is most often a
            # pseudonym ("Mira", a made-up name), still who it names.
            inside[token.i] = Outside.LABEL
    return inside


def _sentence_ids(doc: Doc, text: str, spans: list[Span], inside: list[int]) -> list[int]:
    """Sentence numbers counted outside quotations, so full stops inside a quotation never split a clause."""
    ids = [0] * len(doc)
    current = 0
    left: int = Outside.TEXT  # the quotation the previous word was in
    for index, word in enumerate(texts_of(doc)):
        k = inside[index]
        if k != Outside.MARK:
            starts_anew = k >= 0 or word[:1].isupper()
            if left >= 0 and k != left and starts_anew and _ends_sentence(text, spans[left]):
                current += 1
            left = k
        ids[index] = current
        if k == Outside.TEXT and word in SENTENCE_ENDS:
            current += 1
    return ids


def _ends_sentence(text: str, span: Span) -> bool:
    inner = text[span.start : span.end].rstrip()
    return bool(inner) and inner[-1] in SENTENCE_ENDS


def _attribution(doc: Doc, text: str, span: Span, k: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    own = [token for token in tokens_of(doc) if inside[token.i] == k]
    if not own:
        return None
    first, last = own[0].i, own[-1].i
    before = [t for t in tokens_of(doc)[:first] if inside[t.i] == Outside.TEXT and sentence[t.i] == sentence[first]]
    after = [t for t in tokens_of(doc)[last + 1 :] if inside[t.i] == Outside.TEXT and sentence[t.i] == sentence[last]]
    if not after and _ends_sentence(text, span):
        after = _short_tail(doc, last, inside, sentence)
    if _written_on_a_thing(own, inside, k):
        return None
    ancestors = set(_ancestors(own, inside, k))
    opens_sentence = not any(token.is_alpha for token in before)
    labelled = _labelled(before) or _introduced(before, inside)
    if labelled is not None:
        return labelled
    turn = turn_speaker(text, span, before)
    if turn is not None:
        return Attribution(None, turn)
    governing = None if opens_sentence else _governing(own, inside, k, strict=True)
    if governing is not None:
        described = governing.guessed and governing.subject.head.lemma_ == "be"
        return (_according_to(before + after, inside) if described else None) or governing
    regions = (after, list(reversed(before))) if opens_sentence else (list(reversed(before)), after)
    for tokens in regions:
        cues = [token for token in tokens if _is_cue(token)]
        ranked = [token for token in cues if token.i in ancestors] + cues
        for cue in ranked:
            subject = _subject(cue, inside)
            if subject is not None:
                return Attribution(_cue_text(cue), subject)
    if _colon_names_nobody(doc, first, inside, sentence):
        return _signed(after)
    return (
        _signed(after)
        or _colon_subject(doc, first, inside, sentence)
        or (_reported_before(doc, first, inside, sentence) if opens_sentence else None)
        or (_owned_after(doc, last, inside, sentence) if opens_sentence else None)
        or _governing(own, inside, k, strict=False)
    )


def bears_words(word: Token) -> bool:
    """Whether a word names a thing that carries words of its own: a sign, a banner, a song ("Roe painted a
    banner.", "Roe led the singing."); not one that only names another thing's kind ("runs the sign shop")."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in WORD_BEARERS and word.dep_ != "compound"


def _written_on_a_thing(own: list[Token], inside: list[int], k: int) -> bool:
    """Whether a quotation is the words a thing carries, not anyone's speech: "banners reading '...'", "a placard
    that said '...'", "The sign read '...'". Who carried it did not say them, so nobody is quoted. Not what the thing
    is called ('the banner was "a disgrace", Roe said', "the song, which Roe called '...'"): someone says that."""
    roots = [token for token in own if inside[token.head.i] != k]
    verb = next((a for a in roots[0].ancestors if a.pos_ in ("VERB", "AUX")), None) if roots else None
    if verb is None or verb.lemma_ == "be":
        return False
    relative = all(c.tag_ in ("WDT", "WP") for c in verb.children if c.dep_ == "nsubj")
    if verb.dep_ in ("acl", "relcl") and relative and bears_words(verb.head):
        return True
    return _is_cue(verb) and any(c.dep_ == "nsubj" and bears_words(c) for c in verb.children)


def _according_to(words: list[Token], inside: list[int]) -> Attribution | None:
    """The source "according to" names in a quotation's sentence, which outranks a subject the sentence only
    describes: in 'Turnout was "the lowest on record", according to the commission' the commission speaks; in 'Roe
    dismissed it as "nonsense", according to an aide' Roe said the word, which the aide only passes on."""
    cues = [word for word in words if word.lower_ == "according" and _is_cue(word)]
    subject = _subject(cues[0], inside) if cues else None
    return Attribution(_cue_text(cues[0]), subject) if subject is not None else None


def _labels_a_section(lead: list[Token]) -> bool:
    """Whether the words before a colon are the publication's label for a part of the story, not a speaker's name
    ("THE CLAIM: '...' — Jane Roe")."""
    return bool(SECTION_LABEL.match(lead[0].doc[lead[0].i : lead[-1].i + 1].text + ":"))


def _labelled(before: list[Token]) -> Attribution | None:
    """A headline's label: a name and a colon with no verb before the quotation ("Roe: Plan 'a disgrace'",
    "Roe on Taxes: ...") gives the words to that name."""
    colons = [t.i for t in before if t.text == ":"]
    if not colons:
        return None
    lead = [t for t in before if t.i < colons[-1]]
    if not lead or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    if _labels_a_section(lead):
        return None
    names = [t for t in lead if t.ent_type_ in ("PERSON", "ORG")] or [
        t for t in lead if t.pos_ in ("PROPN", "NOUN") and t.is_title and t.lower_ not in KICKERS
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


def spoke(verb: Token) -> bool:
    """Whether a verb says someone spoke or took a side without saying what ("Roe disagreed."), and not that they
    did not ("Roe did not respond."), after which the words quoted next are still another's."""
    return verb.lemma_ in SPEAKING and not any(child.dep_ in _WHAT for child in verb.children) and not _negated(verb)


def reports_speech(verb: Token) -> bool:
    """Whether a verb says someone spoke, with or without saying what ("Roe said staff were exhausted."), and not
    that they did not ("Roe would not say when")."""
    return spoke(verb) or verb.lemma_ in CUE_LEMMAS and not _negated(verb)


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _reported_before(doc: Doc, first: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    """A quotation opening a sentence after one that reports speech ("..., Roe said. 'We go on.'") is
    that speaker's."""
    previous = [
        t for t in tokens_of(doc)[:first] if inside[t.i] == Outside.TEXT and sentence[t.i] == sentence[first] - 1
    ]
    for cue in [t for t in previous if _is_cue(t) or spoke(t)]:
        subject = _subject(cue, inside)
        if subject is not None:
            return Attribution(_cue_text(cue), subject)
    return None


def owners_of_words(sentence: Iterable[Token]) -> list[Token]:
    """Whose words a sentence announces: the names owning its nouns for something said ("the statement from X",
    "X's remarks", "this statement by X", "the message X delivered")."""
    return [owner for noun in sentence if noun.lemma_.lower() in SPEECH_NOUNS for owner in owners_of(noun)]


def takes_up_words(verb: Token) -> bool:
    """Whether a verb's object or its "with" points back at words just quoted ("repeated the line", "made the
    promise", "did not mince words", "With those words, Roe announced ..."), not at words of its own ("made a
    promise to voters") nor at another's ("repeated Doe's line"). Only a verb of giving words says its subject
    spoke them: one meeting them is another's reaction ("Doe dismissed the line", "Doe remembers the promise"),
    and so is a reply after them ("With that, Doe rose to reply")."""
    if any(v.lemma_.lower() in REPLYING for v in [verb, *verb.children] if v.pos_ == "VERB"):
        return False
    for child in verb.children:
        words = [child] if child.dep_ == "dobj" and verb.lemma_.lower() in _GIVING_WORDS else []
        words += (
            [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "with" else []
        )
        for noun in words:
            if noun.lower_ in _POINTING and noun.dep_ == "pobj":  # "With that, ..."
                return True
            determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
            bare = not determiners and noun.tag_ == "NNS"
            pointing = bool(determiners) and determiners <= _POINTING | {"the"}
            if noun.lemma_.lower() in SPEECH_NOUNS and (bare or pointing) and not owners_of(noun):
                return True
    return False


def owners_of(noun: Token) -> list[Token]:
    """The names a noun for something said or an occasion of speaking gives as its owner ("X's remarks", "the
    statement from X", "the speech by X", "the message X delivered")."""
    owners = []
    for child in noun.children:
        if child.dep_ == "poss":
            owners.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            owners += [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "relcl" and child.lemma_.lower() in DELIVERING:  # not "the message Roe heard"
            owners += [s for s in child.children if s.dep_ == "nsubj"]
        elif child.dep_ == "appos" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in DELIVERING:
            owners.append(child)  # the parse of "The message Roe gave was simple." sets the name beside the noun
    return [owner for owner in owners if owner.pos_ == "PROPN" or owner.ent_type_ in ("PERSON", "ORG")]


def _owned_after(doc: Doc, last: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    """A quotation closing its sentence, followed by one about the words that names whose they are: "That was the
    message from Jane Roe.", "Those were the words of Roe." """
    following = [t for t in tokens_of(doc)[last + 1 :] if inside[t.i] != Outside.MARK]
    if not following or inside[following[0].i] != Outside.TEXT:
        return None
    tail = [t for t in following if sentence[t.i] == sentence[following[0].i] and inside[t.i] == Outside.TEXT]
    owner = owner_of_words_before(tail)
    return Attribution(None, owner) if owner is not None else None


def owner_of_words_before(sentence: list[Token]) -> Token | None:
    """Whose a sentence about words just quoted says they are: "That was the message from Jane Roe.", "Those were
    the words of Roe.", "The warning came from Roe."; none for a sentence about something else."""
    about = [t for t in sentence if t.dep_ == "nsubj" and (t.lower_ in _POINTING or t.lemma_.lower() in SPEECH_NOUNS)]
    # The words themselves, as subject or what the subject is, not another's words the sentence tells of ("That
    # message drew a reply from Doe.").
    owners = owners_of_words([t for t in sentence if t.dep_ in ("nsubj", "attr")]) if about else []
    owners = owners or [source for subject in about if (source := _source_of_words(subject)) is not None]
    return owners[0] if owners else None


def _source_of_words(subject: Token) -> Token | None:
    """Whom a sentence about words just quoted says they came from: "The warning came from Roe.", "That is how Roe
    described it.", "That's what Roe told voters." (not "That is not what Roe said.")."""
    verb = subject.head
    if verb.lemma_ == "come":
        sources = [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
        ]
    elif verb.lemma_ == "be" and subject.lower_ in _POINTING and not _negated(verb):
        told = [c for c in verb.children if c.dep_ == "ccomp" and _tells(c) and _asks_how_or_what(c)]
        sources = [s for c in told for s in c.children if s.dep_ == "nsubj"]
    else:
        return None
    # A person or a body, not a place ("The warning came from Dalvia.").
    named = [
        s for s in sources if s.ent_type_ in ("PERSON", "ORG") or s.pos_ == "PROPN" and s.ent_type_ not in PLACE_TYPES
    ]
    return named[0] if named else None


def _tells(verb: Token) -> bool:
    """Whether a verb reports speech, or is "put it", which news writes for saying something a certain way."""
    return (
        reports_speech(verb)
        or verb.lemma_ == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


def _asks_how_or_what(clause: Token) -> bool:
    """Whether a clause opens with "how" or "what", the words it tells being the ones quoted: "how Roe put it"."""
    return any(t.lower_ in ("how", "what") and t.i < clause.i for t in clause.subtree)


def _signed(after: list[Token]) -> Attribution | None:
    """A quotation signed with a dash and a name after it ("..." ― Jane Roe), the dash perhaps glued to the
    closing mark."""
    after = [t for t in after if not t.is_space]
    if len(after) < 2 or after[0].text.lstrip(MARKS) not in _DASHES:
        return None
    # The tagger takes an unfamiliar name standing alone for common words, so its capitals are enough here.
    run = list(itertools.takewhile(lambda t: t.is_title or t.pos_ == "PROPN", after[1:]))
    return Attribution(None, run[-1]) if run else None


def _colon_lead(doc: Doc, first: int, inside: list[int], sentence: list[int]) -> list[Token]:
    """The words of the quotation's sentence before a colon that introduces it ("The chair was blunter:")."""
    colons = [
        t.i
        for t in tokens_of(doc)[:first]
        if t.text == ":" and inside[t.i] == Outside.TEXT and sentence[t.i] == sentence[first]
    ]
    if not colons:
        return []
    lead = [t for t in tokens_of(doc)[: colons[-1]] if inside[t.i] == Outside.TEXT and sentence[t.i] == sentence[first]]
    # A dateline's words are no clause's ("EASTPORT (Agency) - The press secretary was blunt: '...'"), unless the
    # parse hung the clause's subject on the dateline's place, when the clause has no subject of its own without it.
    start = story_start(text_of(doc))
    clause = [t for t in lead if t.idx >= start]
    return clause if _lead_subject(clause) is not None else lead


def _lead_subject(lead: list[Token]) -> Token | None:
    """The subject of the main clause before the colon, whatever its verb ("Roe was blunter:", "Roe had a
    warning:")."""
    inner = {t.i for t in lead}
    roots = [t for t in lead if t.head.i == t.i or t.head.i not in inner]
    subjects = [c for root in roots[:1] for c in root.children if c.dep_ == "nsubj" and c.i in inner]
    return subjects[0] if subjects else None


def _colon_names_nobody(doc: Doc, first: int, inside: list[int], sentence: list[int]) -> bool:
    """Whether the clause before the colon is about the words and names no one who said them ("The answer was
    short:", "It was simple:"): the quotation then goes to the speaker before."""
    lead = _colon_lead(doc, first, inside, sentence)
    subject = _lead_subject(lead)
    if subject is None or _colon_speaker(subject) is not None:
        return False
    # Words the clause tells of besides its subject are the quotation, their owner its speaker ("That message drew
    # a reply from Roe:").
    if owners_of_words(t for t in lead if t != subject):
        return False
    return subject.lower_ in _EMPTY_SUBJECTS | _THINGS or subject.lemma_.lower() in SPEECH_NOUNS


def _colon_speaker(subject: Token) -> Token | None:
    """Who the subject before a colon gives the quotation to: someone who can speak, a role given a name
    ("The treasurer, Roe,"), or the owner of what is said ("Roe's answer was short:")."""
    named = any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in subject.children)
    if is_agent(subject) or named:
        return subject
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")]
    return owners[0] if owners else None


def _colon_subject(doc: Doc, first: int, inside: list[int], sentence: list[int]) -> Attribution | None:
    """A quotation after a colon belongs to the subject of the clause before it, whatever its verb ("Roe, the
    chair, was blunter: '...'"), else to a name there ("X Slams Y: '...'")."""
    lead = _colon_lead(doc, first, inside, sentence)
    subject = _lead_subject(lead)
    speaker = _colon_speaker(subject) if subject is not None else None
    if speaker is not None:
        return Attribution(None, speaker)
    subjects = [t for t in lead if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.i <= lead[-1].i]
    # A transcript's speaker is written in capitals, which the tagger does not always take for a name.
    names = subjects or [t for t in lead if t.pos_ == "PROPN" or t.is_upper and len(t) > 1]
    return Attribution(None, names[-1] if not subjects else names[0]) if names else None


def _short_tail(doc: Doc, last: int, inside: list[int], sentence: list[int]) -> list[Token]:
    """The sentence after a quotation when it is only a short attribution ("Smith said.")."""
    following = [t for t in tokens_of(doc)[last + 1 :] if inside[t.i] != Outside.MARK]
    if not following or inside[following[0].i] != Outside.TEXT:
        return []
    tail = [t for t in following if sentence[t.i] == sentence[following[0].i]]
    if any(inside[t.i] >= 0 for t in tail):
        return []
    if len(tail) <= SHORT_TAIL:
        return [] if _explains(tail) else tail
    # A longer sentence may still open with the attribution, set off by a comma ("Roe said, looking up.").
    clause = list(itertools.takewhile(lambda t: t.text != ",", tail))
    if len(clause) < len(tail) and len(clause) <= _SHORT_CLAUSE and any(map(_is_cue, clause)):
        return clause
    return _subject_and_cue(tail)


def _explains(tail: list[Token]) -> bool:
    """Whether a sentence's only speech verbs sit in a clause it subordinates ("That is why Roe said no.", "That
    was when Roe told her."): it gives the reason or the moment of something, not who spoke the words before it.
    A clause whose speech verb gives those words still does ("That's why Roe said it.", "Which is what Roe said.")."""
    cues = [t for t in tail if _is_cue(t)]
    return bool(cues) and all(cue.dep_ in _SUBORDINATE_CLAUSES and not _gives_the_words(cue) for cue in cues)


def _gives_the_words(cue: Token) -> bool:
    """Whether a speech verb's object is the words just quoted: "it", "that", or what "how" or "what" ask."""
    pointing = any(c.dep_ == "dobj" and c.lower_ in _POINTING | {"it"} for c in cue.children)
    return pointing or _asks_how_or_what(cue)


def _nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects the parse gives one verb, the one next to it when the other follows the comma closing an
    opening clause: that one is a name set off by commas that belongs to the clause ("Asked about his rival, Sen.
    Jane Doe, Roe said: ...")."""
    before = [s for s in subjects if s.i < verb.i]
    if len(before) < 2:
        return subjects[0]
    if _holds_title(before[0], before[-1]):
        return before[-1]
    first = before[0].left_edge
    opening = [c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < first.i]
    after_clause = first.i > 0 and first.nbor(-1).text == "," and bool(opening)
    return before[-1] if after_clause or _opens_with_participle(before[0]) else before[0]


def _opens_with_participle(subject: Token) -> bool:
    """Whether a subject the parse made of a sentence's opening clause starts with its participle, read as part of a
    name: in "Sentencing Jo Doe, Judge Roe said: ..." Doe is whom the clause acts on, and the judge speaks."""
    first = subject.left_edge
    return bool(first.is_sent_start) and first.lower_.endswith("ing") and not first.ent_type_ and first.is_title


def _holds_title(title: Token, name: Token) -> bool:
    """Whether a name the parse made a second subject runs on from a title and the body it serves, without a comma:
    "President of the Farmers Union Jane Roe said" is Roe speaking, the office her title."""
    serves = any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children)
    return is_title(title) and serves and title.right_edge.i + 1 == name.left_edge.i and name.pos_ == "PROPN"


def _subject_and_cue(tail: list[Token]) -> list[Token]:
    """A sentence that opens with a cue's subject, however long its appositives, then the cue: "Roe's aide,
    state Rep. Jane Doe (D-Eastport), shouted to the crowd."; or with "So" and the cue before it: "So said Roe." """
    cue = next((t for t in tail if _is_cue(t)), None)
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
    if cue is not None and subject is not None and [t.lower_ for t in tail[:2]] == ["so", cue.lower_]:  # "So said Roe"
        return [t for t in tail if t.i <= subject.right_edge.i]
    if cue is None or subject is None or subject.left_edge.i != tail[0].i:
        return []
    opening = [t for t in tail if t.i < cue.i]
    return opening + [cue] if all(t.is_punct or t.i <= subject.right_edge.i for t in opening) else []


def _ancestors(own: list[Token], inside: list[int], k: int) -> Iterator[int]:
    for token in own:
        if inside[token.head.i] == k:
            continue
        for ancestor in token.ancestors:
            yield ancestor.i


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
    if token.lower_ == "per":  # "..., per the statement": only where it opens a clause, not "$5 per hour"
        opens = token.i == sentence_of(token).start or token.nbor(-1).text in ",(" or token.nbor(-1).text in MARKS
        return opens and any(child.dep_ == "pobj" for child in token.children)
    if token.lemma_ == "put":  # "as Roe put it"
        return any(child.lower_ == "it" and child.dep_ == "dobj" for child in token.children)
    if token.lower_ == "words":  # "in the words of Roe"
        return token.head.lower_ == "in" and any(child.lower_ == "of" for child in token.children)
    return token.pos_ == "VERB" and token.lemma_.lower() in CUE_LEMMAS


def _cue_text(token: Token) -> str:
    return _CUE_PHRASES.get(token.lower_, token.text)


def _subject(verb: Token, inside: list[int]) -> Token | None:
    """Who does the speaking: the verb's subject, or that of the verb it hangs from ("went on to say")."""
    if verb.lower_ in ("according", "per", "words"):
        source = [c for c in verb.children if c.lower_ in ("to", "of")] or [verb]
        objects = [c for word in source for c in word.children if c.dep_ == "pobj"]
        return objects[0] if objects and inside[objects[0].i] == Outside.TEXT else None
    shown = _shown(verb)
    if shown is not None:
        return shown
    cue = verb
    for _ in range(_SUBJECT_CLIMB):
        quoted = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ in _QUOTING else []
        if quoted:  # "The paper quoted Roe as saying": Roe said it, the paper only reports it
            return quoted[0]
        # A passive cue's subject heard the words ("she was told"); a passive clause above a cue spoke them.
        deps = ("nsubj",) if verb is cue else ("nsubj", "nsubjpass")
        subjects = [c for c in verb.children if c.dep_ in deps and inside[c.i] == Outside.TEXT and c.text[:1].isalnum()]
        subjects = [c for c in subjects if not _in_dateline(c)] or subjects
        if subjects:
            subject = _nearest_subject(subjects, verb)
            if subject.tag_ in ("WP", "WDT") or subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
                antecedent = _antecedent(verb, subject)
                return _issuer(antecedent) if antecedent is not None else None
            return subject
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            described = _issuer(verb.head)  # the one the participle describes: "a voter in the crowd saying ..."
            if is_agent(described):
                return described
        if verb is cue and verb.tag_ in _FINITE:
            return _inverted(verb, inside) or _named_before(verb, inside)
        if verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and verb.tag_ == "VBG":
            # "..., saying" after a relative clause describes the sentence's subject, not the relative's.
            return _clause_subject(verb.head.head, inside)
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep"):
            return None
        verb = verb.head
    return None


def _in_dateline(word: Token) -> bool:
    """Whether a word is of the dateline opening its text ("VELMORA, March 3 (Agency) - Jane Roe said"), whose place
    the parse may give the verb as a subject beside the one who spoke."""
    return word.idx < story_start(text_of(word.doc))


def _shown(verb: Token) -> Token | None:
    """The one a recording shows speaking: "a video of Roe saying ...", whatever the parse hangs it on."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.nbor(-1)
    shown = before.dep_ == "pobj" and before.head.lower_ == "of" and before.pos_ == "PROPN"
    return before if shown else None


def _inverted(cue: Token, inside: list[int]) -> Token | None:
    """The speaker written after a cue that follows the quotation straight away, which the parse took for the cue's
    object or a modifier: '"...," added his running mate, Jane Roe.'"""
    if cue.i == 0 or inside[cue.i - 1] != Outside.MARK:
        return None
    after = [c for c in cue.rights if c.dep_ in ("dobj", "npadvmod", "appos") and c.ent_type_ not in ("DATE", "TIME")]
    names = [c for c in after if c.pos_ == "PROPN"]
    described = [c for c in after if is_agent(c) or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)]
    speakers = names or described
    return speakers[0] if speakers else None


def _named_before(cue: Token, inside: list[int]) -> Token | None:
    """A name written just before a cue the parse gave no subject ("...," Roe, a deputy, said), the tagger
    having taken a quoted title or a stray word for the subject."""
    start = cue.i
    while start > 0 and inside[start - 1] == Outside.TEXT and cue.doc[start - 1].text not in SENTENCE_ENDS:
        start -= 1
    # A name with a party tag is a politician's, the one who speaks ("X's aide, Jane Roe (D-Eastport), said").
    tagged = [name[-1] for t in cue.doc[start : cue.i] if (name := tagged_name(t))]
    if tagged:
        return tagged[0]
    first = cue.doc[start]
    if start == cue.i or not (first.pos_ == "PROPN" or first.ent_type_ == "PERSON"):
        return None
    run = first
    while run.i + 1 < cue.i and (run.nbor().ent_iob_ == "I" or run.nbor().pos_ == "PROPN"):
        run = run.nbor()
    return run


def _clause_subject(token: Token, inside: list[int]) -> Token | None:
    """The subject of the nearest clause above a word that has one that can speak."""
    for head in [token, *token.ancestors]:
        subjects = [
            c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and inside[c.i] == Outside.TEXT and is_agent(c)
        ]
        if subjects:
            return subjects[0]
    return None


def _issuer(noun: Token) -> Token:
    """Who speaks through a document: the one the sentence says issued it ("Roe released a letter that says
    ..."), else the document itself."""
    if noun.lemma_.lower() not in DOCUMENTS or noun.dep_ != "dobj" or not issues(noun.head):
        return noun
    # A body issues documents as well as anyone: "The campaign released an ad that says ...".
    issuers = [c for c in noun.head.children if c.dep_ == "nsubj" and (is_agent(c) or c.lemma_.lower() in GROUP_NOUNS)]
    return issuers[0] if issuers else noun


def _antecedent(verb: Token, relative: Token) -> Token | None:
    """Who a relative pronoun stands for: the noun its clause hangs on, or the one written just before it, past a
    word of time ("an ad Tuesday that says"); a clause on an appositive describes the name before that ("Roe, the
    chair, who said")."""
    if verb.dep_ == "relcl":
        return verb.head.head if verb.head.dep_ == "appos" else verb.head
    before = relative.nbor(-1) if relative.i > 0 else None
    while before is not None and (before.is_punct or before.dep_ == "npadvmod") and before.i > 0:
        before = before.nbor(-1)
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _governing(own: list[Token], inside: list[int], k: int, strict: bool) -> Attribution | None:
    """For a quotation inside a sentence: the reporting verb above it ("X said Y was 'a liar'" is X's), or
    whose claim it is ("X's claim that '...'"), else the nearest subject that can speak; unless strict, else
    the nearest subject at all."""
    roots = [token for token in own if inside[token.head.i] != k]
    if not roots:
        return None
    chain = [a for a in roots[0].ancestors if inside[a.i] < 0]
    reported: list[Attribution] = []
    for ancestor in chain:
        if _is_cue(ancestor) and not _quoted_manner(ancestor, own):
            subject = _subject(ancestor, inside)
            if subject is not None and is_agent(subject):
                return Attribution(_cue_text(ancestor), subject)
            reported += [Attribution(_cue_text(ancestor), subject)] if subject is not None else []
        owners = [c for c in ancestor.children if c.dep_ == "poss" and _speaks_as_owner(c)]
        if ancestor.lemma_ in SPEECH_NOUNS and owners:
            return Attribution(None, _writer_of_its(owners[0]))
        subordinate = _subordinate_subject(ancestor, inside)
        if subordinate is not None and not reported:
            return Attribution(None, subordinate)
    if reported:
        return reported[0]
    for ancestor in chain:
        agents = [c for c in ancestor.children if c.dep_ == "nsubj" and is_agent(c) and inside[c.i] == Outside.TEXT]
        if agents:
            return Attribution(None, agents[0], guessed=True)
    if strict:
        return None
    subjects = [c for c in chain[-1].children if c.dep_ == "nsubj" and inside[c.i] == Outside.TEXT] if chain else []
    if not subjects and chain:
        subjects = _misparsed_subject(chain[-1], own[0], inside)
    return (
        Attribution(None, subjects[0], guessed=True) if subjects and subjects[0].lower_ not in _EMPTY_SUBJECTS else None
    )


def _misparsed_subject(top: Token, first: Token, inside: list[int]) -> list[Token]:
    """The subject of a sentence the tagger misread, written before the quotation: one it gave a verb it took
    for a noun ("Growers Fault Mill Over ..."), the name it made the root of all ("Roe, a professor, likened
    ..."), or a name opening the sentence that it took for a verb ("Roe quietly favours ...")."""
    subjects = [
        t
        for t in words_of(sentence_of(top))
        if t.dep_ == "nsubj" and inside[t.i] == Outside.TEXT and t.i < first.i and is_agent(t)
    ]
    if subjects:
        return subjects[:1]
    if top.pos_ == "PROPN" and top.i < first.i:
        return [top]
    opening = tokens_of(top.doc)[sentence_of(top).start]
    follows = opening.nbor() if opening.i + 1 < len(opening.doc) else opening
    misread = opening.pos_ == "VERB" and opening.is_title and follows.pos_ in ("VERB", "ADV") and opening != follows
    return [opening] if misread and inside[opening.i] == Outside.TEXT and opening.i < first.i else []


def _speaks_as_owner(owner: Token) -> bool:
    """Whether the owner of something said is who said it: a name or a pronoun ("Roe's claim", "her warning"), one
    who can speak ("the governor's claim"), or a document, whose words are its writer's ("the letter's prediction")."""
    return (
        owner.pos_ in ("PROPN", "PRON")
        or owner.pos_ == "NOUN"
        and (is_agent(owner) or owner.lemma_.lower() in DOCUMENTS)
    )


def _writer_of_its(owner: Token) -> Token:
    """Whose "its" makes something said: the owner of the thing its sentence is about ("Roe's memo was mocked for
    its prediction that ...": Roe's, the memo speaking for its writer); any other owner is who it is."""
    if owner.lower_ != "its":
        return owner
    # Only a single thing can be "it": after "Doe's critics mocked Roe's memo for its ...", not Doe.
    subjects = [
        c
        for c in sentence_of(owner).root.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("NNS", "NNPS") and not is_agent(c)
    ]
    # A name opening a paragraph may be tagged a common noun: its capital still tells it.
    owners = [c for subject in subjects for c in subject.children if c.dep_ == "poss"]
    writers = [c for c in owners if _speaks_as_owner(c) or c.is_title]
    return writers[0] if writers else owner


def _subordinate_subject(clause: Token, inside: list[int]) -> Token | None:
    """Who speaks in an adverbial clause of its own ("while Roe kept talking of '...'", "once she put it down
    to '...'"): its subject, not the main clause's, which only reports something else."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and inside[c.i] == Outside.TEXT and is_agent(c)]
    return subjects[0] if subjects else None


def _quoted_manner(verb: Token, own: list[Token]) -> bool:
    """Whether the quotation only says how the verb is done ("the ad 'wrongly' suggests"): the verb is then
    part of the reported words, not the report."""
    return any(token.head.i == verb.i and token.dep_ in ("advmod", "neg") for token in own)


# Nouns of whoever can speak: a person by role, or a voice that speaks for a body.
_AGENT_NOUNS = ROLE_NOUNS | VOICES


def is_agent(token: Token) -> bool:
    """Whether a subject can be someone who speaks: a name, a personal pronoun, a person or group."""
    if token.lower_ in _EMPTY_SUBJECTS or token.lower_ in _THINGS:
        return False
    human = token.lemma_.lower() in _AGENT_NOUNS
    return human or token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP")
