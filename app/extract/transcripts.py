"""Transcripts and interviews: the paragraphs whose layout, not a reporting clause, says who speaks them — a turn
under a speaker's name ("JANE ROE: ...", "Jane Roe: ...") or an interview's answer ("A: ...") to its question."""

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Token

from app.extract.parsed import Paragraph, ParsedArticle
from app.extract.quote_marks import DOUBLE, MARKS, SENTENCE_ENDS, Span
from app.extract.speakers import Speaker, Speakers
from app.vocabulary.capitals import initials
from app.vocabulary.furniture import EDITORS_NOTE, INTERVIEW_NOTE, KICKERS, ROLE_WORDS, SECTION_LABEL
from app.vocabulary.occasions import INTERVIEWING
from app.vocabulary.pronouns import FIRST_PERSON, FIRST_PERSON_PLURAL, THIRD_PERSON_SINGULAR

# A turn's speaker may carry a role after a comma ("JANE ROE, HOST:"), or a bracket after the name: a party tag
# ("SEN. JANE ROE (R-EASTPORT):", "JANE ROE (R), EASTPORT:"), or the name after a role ("MODERATOR (JANE ROE):").
# A role follows a full name only: one word and a comma is a place's or a note's ("WASHINGTON, D.C.:", "UPDATE,
# TUESDAY:"), and so are a name and a state's initials ("NEW YORK, N.Y.:"); a bracket holds a party or a full name,
# not a credit ("PHOTO (STAFF):").
_WORD = r"[A-Z][A-Z'.-]+"
_ROLE = rf"(?!(?:[A-Z]\.)+:)(?:{_WORD} ){{0,2}}{_WORD}"
_BRACKET = rf"\((?:[DRI](?:-[A-Z][A-Za-z. ]*)?|(?:{_WORD} )+{_WORD})\)"
_TURN = re.compile(
    rf"[\"“”]?(?:(?:{_WORD} ){{1,3}}{_WORD}, {_ROLE}|(?:{_WORD} ){{0,3}}{_WORD}(?: {_BRACKET}(?:, {_ROLE})?)?): +(?=\S)"
)
# An interview set out as questions and answers: "Q: ..." asks (the publication), "A: ..." answers (whom it
# interviews); the letter may be bold, or followed by a full stop.
_QUESTION = re.compile(r"[*_]{0,2}Q[:.][*_]{0,2} +(?=\S)")
_ANSWER = re.compile(r"[*_]{0,2}A[:.][*_]{0,2} +(?=\S)")
_NAMED_TURN = re.compile(r"((?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’.-]+): +(?=\S)")
# Where a sentence may start within a paragraph: after its end and any closing marks.
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"”’)]*\s+")


def turn_speech_start(text: str) -> int | None:
    """Where the speech of a transcript's turn ("SMITH: Well, ...") starts, after its speaker's name in capitals
    and the colon; None for a paragraph that is no turn, and for an editor's note ("CORRECTION: "), a section's
    label ("THE FACTS: ") or a kicker ("WATCH: "), which are the publication's."""
    turn = _TURN.match(text)
    if turn is None or EDITORS_NOTE.match(text) or SECTION_LABEL.match(text) or _kicker(turn.group()):
        return None
    return turn.end()


def transcript_span(text: str) -> Span | None:
    """A transcript's turn: the words after the speaker's name are speech, up to a note of the publication's run on
    after them ("... This interview has been edited for length.")."""
    speech = turn_speech_start(text)
    return None if speech is None else _turn_words(text, speech)


def turn_speaker(text: str, span: Span, before: list[Token]) -> Token | None:
    """The head word of who speaks a transcript's turn, `span` being its speech and `before` the parsed words of
    its label: the last word of the name before the colon."""
    words = [t for t in before if not t.is_space]
    # The parse's colon first: the label is matched again only where the quotation follows one.
    if len(words) < 2 or words[-1].text not in (":", "):") or span.start != turn_speech_start(text):
        return None
    # The tokenizer may join a bracket to the colon ("ROE (R-EASTPORT):").
    name = _turn_name(words[:-1] if words[-1].text == ":" else words)
    return name[-1] if name else None


def _turn_name(words: list[Token]) -> list[Token]:
    """The name in a turn's label: not the role after a comma ("JANE ROE, HOST"), nor a party tag in brackets and
    what follows it ("JANE ROE (R-EASTPORT)", "JANE ROE (R), EASTPORT"); but the name a bracket gives after a role
    ("MODERATOR (JANE ROE)")."""
    # `_TURN` has already said on the characters that this is a label and where it ends; the speaker must be a
    # token of the parse, whose capitals the parser reads as it pleases ("ROE" for a verb, "JANE" for its
    # subject), so the label's parts are found again among its tokens.
    texts = [t.text for t in words]
    closing = next((i for i, text in enumerate(texts) if text in (")", "):")), None)
    if "(" in texts and closing is not None:
        opening = texts.index("(")
        inside = words[opening + 1 : closing]
        named = len(inside) >= 2 and all(t.is_alpha for t in inside)
        return inside if named else words[:opening]
    return words[: texts.index(",")] if "," in texts else words


def named_turn(text: str) -> tuple[str, Span] | None:
    """A turn under a name in title case ("Jane Roe: Well, ..."), as web pages print interviews: the name, and the
    words after it up to a note of the publication's. Only a name the story gives a person makes one ("Note:",
    "Photo:" label lines the same way), which is the caller's to know."""
    turn = _NAMED_TURN.match(text)
    return (turn.group(1), _turn_words(text, turn.end())) if turn else None


def _turn_words(text: str, start: int) -> Span:
    starts = [m.end() for m in _SENTENCE_START.finditer(text, start)]
    end = next((start for start in starts if INTERVIEW_NOTE.match(text, start)), len(text))
    return Span(start, len(text[:end].rstrip().rstrip(DOUBLE)), True)


def _kicker(label: str) -> bool:
    return label.strip().strip(DOUBLE).rstrip(":").strip().lower() in KICKERS


def asks(text: str) -> bool:
    """Whether a paragraph is an interview's question ("Q: Why now?")."""
    return bool(_QUESTION.match(text))


def answer_span(text: str) -> Span | None:
    """The words of an interview's answer ("A: Because we could."), after its letter; to be read as one only where
    the story has asked a question before."""
    answer = _ANSWER.match(text)
    if answer is None:
        return None
    start, end = answer.end(), len(text.rstrip())
    # Some pages set the whole answer in quotation marks ('A: "Because we could."'): its words are inside them.
    inner = text[start + 1 : end - 1]
    if end - start > 2 and text[start] in DOUBLE and text[end - 1] in DOUBLE and not any(c in DOUBLE for c in inner):
        return Span(start + 1, end - 1, True)
    return Span(start, end, True)


@dataclass
class Transcript:
    """Who speaks the paragraphs the article's layout gives a speaker, read in order: what the whole body says
    (whether it is an interview, whose title-case turns count), and whom an interview's answers are from so far."""

    speakers: Speakers
    turn_names: set[str]
    interview: bool
    told: set[str]  # the names the story says it put its questions to, by their last word ("Roe")
    interviewee: Speaker | None = None  # whom an interview's answers are from, once it has asked a question
    before: Paragraph | None = None  # the paragraph read last

    @classmethod
    def of(cls, article: ParsedArticle, speakers: Speakers) -> "Transcript":
        # Whom the story says it questioned is asked by both: read once.
        asked = _asked_before_questions(article)
        return cls(speakers, _turn_names(article, speakers), _interview(article, asked), _told(asked))

    def turn(self, number: int, paragraph: Paragraph) -> tuple[Span, Speaker] | None:
        """The speech of paragraph `number`, read after those before it, and its speaker, when its layout says who
        speaks it: an interview's answer, once a question was asked, is the interviewee's; a turn under a name in
        title case, where the body is such a transcript, is the name's."""
        # The paragraph before in the same field, which an answer under the interviewee's label must follow.
        before = self.before if self.before is not None and self.before.field == paragraph.field else None
        self.before = paragraph
        self.interviewee = self._interviewee(number, paragraph) if self.interview else None
        interviewee = self.interviewee
        if interviewee and (answer := answer_span(paragraph.text) or _own_turn(before, paragraph.text, interviewee)):
            return answer, interviewee
        named = named_turn(paragraph.text) if paragraph.field == "body" and self.turn_names else None
        if named and named[0] in self.turn_names:
            return named[1], self.speakers.labelled(number, paragraph, named[0])
        return None

    def _interviewee(self, number: int, paragraph: Paragraph) -> Speaker | None:
        """Whom an interview's answers are from: the person the story was about before its first question, or the
        one a line names alone, heading the questions put to them ("Bob Doe", then "Q: ..."), as pages that ask
        several people the same questions do."""
        name = paragraph.text.strip()
        if self.speakers.names_person(name):
            return self.speakers.labelled(number, paragraph, name)
        if asks(paragraph.text):
            return self.interviewee or _interviewed(self.speakers, number, self.told)
        return self.interviewee


def _own_turn(before: Paragraph | None, text: str, interviewee: Speaker) -> Span | None:
    """An interview's answer under the interviewee's initials or surname ("JR: Because ...", "Roe: Because ..."),
    as pages that label the questions "Q:" print the answers: right after a question, as `_interview` reads them."""
    turn = named_turn(text) if _after_question(before, text) else None
    words = (interviewee.name or "").split()
    labels = {words[-1]} | ({initials(words)} if len(words) > 1 else set())
    return turn[1] if turn and turn[0] in labels else None


def _turn_names(article: ParsedArticle, speakers: Speakers) -> set[str]:
    """The names of people the body gives turns under in title case ("Jane Roe: Well, ..."): a transcript, where
    two or more take turns and one asks a question, or where one answers in turns under a label that only asks (the
    publication's: "Herald: Why now?", "Jane Roe: Because ..."); one such line alone is a headline's label ("Roe:
    Tax Plan 'a Disgrace'"), and lines that ask nothing list what each holds or won ("Roe: Backs the levy.", "Roe:
    5,210 votes")."""
    turns = [
        (turn[0], paragraph.text[turn[1].start : turn[1].end].rstrip())
        for paragraph in article.of("body")
        if (turn := named_turn(paragraph.text))
    ]
    labels = [name for name, _ in turns]
    names = {name for name in labels if speakers.names_person(name)}
    asked = any("?" in words for name, words in turns if name in names)
    askers = {name for name in labels if name not in names} - {name for name, words in turns if not words.endswith("?")}
    answers = [i for i, name in enumerate(labels) if name in names]
    # An answer is said in sentences; a line without a stop is a headline's ("Roe: Odds Long").
    said = all(turns[i][1].rstrip(MARKS)[-1:] in SENTENCE_ENDS for i in answers)
    interviewed = len(answers) >= 2 and said and all(i > 0 and labels[i - 1] in askers for i in answers)
    return names if len(names) >= 2 and asked or interviewed else set()


def _interview(article: ParsedArticle, asked: list[Token]) -> bool:
    """Whether the body's questions and answers are an interview, where the one answering speaks for themselves
    ("A: We had no choice."), not an explainer's, where the publication answers ("A: The tax adds 6 cents."); or
    where the story says, before its first question, that it put them to someone ("Jane Roe spoke to us."), whom
    `asked` holds (`_asked_before_questions`)."""
    body = article.of("body")
    answers = [
        paragraph.text[span.start :]
        for before, paragraph in itertools.pairwise([None, *body])
        if paragraph is not None and (span := answer_span(paragraph.text) or _after_question(before, paragraph.text))
    ]
    if any(word.lower() in FIRST_PERSON for answer in answers for word in re.findall(r"\w+", answer)):
        return True
    return bool(answers) and bool(asked)


def _asked_before_questions(article: ParsedArticle) -> list[Token]:
    """The people the story says, before its first question, it put its questions to (`_told_interviewee`). Asked
    of every article: a body with no question nor answer interviews no one, and its words are not read."""
    body = article.of("body")
    if not any(asks(paragraph.text) or answer_span(paragraph.text) for paragraph in body):
        return []
    opening = itertools.takewhile(lambda paragraph: not asks(paragraph.text), body)
    return [person for paragraph in opening for token in paragraph.doc if (person := _told_interviewee(token))]


def _told(asked: list[Token]) -> set[str]:
    """The last words of the names the story says it put its questions to ("We asked Jane Roe" gives "Roe"), of
    those `_asked_before_questions` finds: the interview is with one of them, not with someone else it named after
    them ("about the tax Al Doe set")."""
    return {person.text for person in asked if person.pos_ == "PROPN"}


def _after_question(before: Paragraph | None, text: str) -> Span | None:
    """The words of a turn under a label just after a question ("Q: Why now?", then "JR: Because ..."): an answer."""
    turn = named_turn(text) if before is not None and asks(before.text) else None
    return turn[1] if turn else None


def _told_interviewee(verb: Token) -> Token | None:
    """Whom a verb says the publication questioned: one of interviewing with "we", "us" or "our" as its
    subject, object or the object of its preposition ("we asked her", "spoke to us", "answered our questions"), and
    one person on the other side; not a crowd or two ("we asked readers", "readers asked us", "we spoke to Jo Roe
    and Al Doe"), whose answers are no one person's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTERVIEWING:
        return None
    near = [*verb.children, *(w for c in verb.children if c.dep_ in ("prep", "dobj") for w in c.children)]
    # Who is on each side: subject, object, and whom one speaks "to" or sits "with", not what it is "about".
    sides = [w for w in near if w.dep_ in ("nsubj", "dobj") or w.dep_ == "pobj" and w.head.lower_ in ("to", "with")]
    others = [w for w in sides if w.lower_ not in FIRST_PERSON_PLURAL]
    # "our questions" is the publication's side too.
    others = [w for w in others if not any(c.lower_ in FIRST_PERSON_PLURAL for c in w.children)]
    ours = any(w.lower_ in FIRST_PERSON_PLURAL for w in near)
    return others[0] if ours and len(others) == 1 and _one_person(others[0]) else None


def _one_person(word: Token) -> bool:
    """Whether a word names one person: a name or "him"/"her", with no other joined to it."""
    person = word.pos_ == "PROPN" or word.ent_type_ == "PERSON" or word.lower_ in THIRD_PERSON_SINGULAR
    return person and not word.conjuncts


def _interviewed(speakers: Speakers, number: int, told: set[str]) -> Speaker | None:
    """The last person the story was about before paragraph `number`: whom an interview that follows is with;
    never one it gives a journalist's role, who asks, but then whom it named beside them ("Reporter Jane Roe
    spoke with Bob Doe. Roe has covered ...")."""
    asking = {name for role, name in speakers.described.items() if role in ROLE_WORDS}
    for named in (speakers.mentions, speakers.bystanders):
        people = [m.name for m in named if m.person and m.order < (number, 0) and m.name not in asking]
        people = [name for name in people if not told or name.split()[-1] in told]
        if people:
            return Speaker(people[-1], people[-1], None, True)
    return None
