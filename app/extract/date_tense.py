"""The tense in which a sentence speaks of a date: "will meet Monday" looks ahead, "met Monday" back.

A date whose verb marks no tense of its own (a participle, an infinitive, a copula, no verb at all) is
"unmarked": it is read as a past one, but it may stand a little ahead ("the deadline, Nov. 16").

Only a date that modifies its clause's verb takes the verb's tense: "second-quarter sales will look weak"
speaks of a quarter past, however the verb looks ahead.
"""

from typing import Literal

from spacy.tokens import Doc, Span, Token

from app.extract.box_scores import clubs_words, names_a_sport
from app.extract.parsed import covering, sentence_of, word_ending_at, words_of
from app.vocabulary.calendar import (
    AHEAD_WORDS,
    BEGINNING,
    CLOCK_WORDS,
    FORECASTING,
    MARKET_GOODS,
    MARKET_MOVES,
    MARKET_NAMES,
    MONTHS,
    PERIOD_NOUNS,
    PRICE_LEVELS,
    RELATIVE_DAYS,
    SESSION_VERBS,
    WEEKDAY_NAMES,
)
from app.vocabulary.events import (
    ARRANGED,
    BEFALLINGS,
    COVERING_EVENTS,
    FORESEEING,
    GROUNDS,
    GROUNDS_AFTER_A_VERB,
    HOLDING_OVER,
    INCIDENTS,
    RECORD_VERBS,
    RECORDS,
    SCHEDULED_EVENTS,
)
from app.vocabulary.pronouns import INDEFINITE_ARTICLES, PERSONAL_OBJECTS
from app.vocabulary.speech import CUE_LEMMAS, SPEAKING, SPEECH_NOUNS
from app.vocabulary.sports import FIXTURE_VERBS
from app.vocabulary.tense import BACKSHIFTED_MODALS, FUTURE_AUXILIARIES, MODALS_AHEAD

Tense = Literal["past", "present", "future", "unmarked"]


def looks_ahead(tense: Tense) -> bool:
    """The future, and the present of schedules ("the vote is on Tuesday"), name a time ahead of the reference."""
    return tense in ("future", "present")


# A past ability looks back where it is denied ("could not be reached for comment on Monday") or told beside a
# past ("could see the boat on Monday, but winds kept them away").
_PAST_ABILITY = "could"
# Words that give the day something takes effect, in the present of schedules ("a dividend payable Jan. 2", "the
# increase, effective Jan. 1"), which may lie behind too: "the cut, effective Oct. 1, lowered prices".
_IN_EFFECT = frozenset({"payable", "effective"})
_FALLING_DUE = _IN_EFFECT | {"due"}
# Verbs of planning put what they govern ahead: "is scheduled for Monday", "was expected on Friday".
_PLANNING = frozenset({"schedule", "expect", "plan", "slate"})
# An infinitive under these looks ahead too: "is to meet", "is going to meet", "set to open Monday", "is likely to
# meet", and so does one under a verb of commitment, news while it is still to be kept: "vowed to reopen the bridge
# by Friday", "agreed to sell the unit in December".
_FUTURE_FRAMES = _PLANNING | {"be", "go", "set", "due", "likely", "unlikely", "intend", "aim", "prepare"}
_FUTURE_FRAMES |= {"promise", "pledge", "vow", "threaten", "agree"}
# An infinitive under a verb of intent looks ahead while the intent is a present one ("hopes to finish by Friday",
# "has decided to close the plant in December"); a past one may have been carried out since: "voted to approve
# the budget in June", "sought to block the merger in October".
_INTENT = frozenset({"hope", "want", "seek", "decide", "vote", "propose"})
# Verbs by which one tells another what to do, whose infinitive is what the other is yet to do once told, where the
# act is one of `_SUMMONED` or has a deadline: "ordered him to return to court on Monday", "asked residents to
# register by Friday". Any other act's date as often tells the day of the telling, which news puts last: "asked a
# judge to dismiss the case on Friday", "urged Congress to act on Tuesday". Only with the one told as their object:
# told in the passive ("was ordered to pay on Monday") the date as often tells when the order was given.
_DIRECTING = frozenset(
    {"order", "ask", "tell", "allow", "urge", "instruct", "invite", "permit", "require", "direct", "advise"}
)
# The acts one is summoned to, without an object ("to return to court", "to appear before the board", "to come back
# on Thursday"), which follow the summons: with one, "ordered the firm to return the fees on Monday", the date is
# as often the order's.
_SUMMONED = frozenset({"return", "appear", "reappear", "come"})
# A verb that sets or moves an event names its date after "until", "to" or "for": "the trial was postponed until
# Monday", "the deadline was extended to Friday", "the vote, set for Friday".
_POSTPONING = frozenset({"postpone", "adjourn", "delay", "defer", "reschedule", "recess", "suspend", "extend"})
_TO_A_NEW_DATE = frozenset({"until", "till", "to", "for"})
# A verb that stretches an event out names its new end after "through" as well: "voted to extend the program through
# September" (not a verb that moves one: "the storm moved through Tuesday" tells where it went).
_THROUGH = "through"
# The prepositions of a date that ends a stretch, which a verb in the past leaves open: "was closed until Monday".
_STRETCH_ENDS = frozenset({"until", "till", "through", "by"})
# The prepositions of a deadline, by which an act is to be done: "to register by Friday", "to reply before May 1".
_DEADLINES = _STRETCH_ENDS | {"before"}
# The verbs that set a day without moving one (`_scheduled_in_the_past`), and those that set or move one.
_SCHEDULING = _PLANNING | {"set"}
_SETTING_DATES = _SCHEDULING | _POSTPONING
# Verbs that call off what was set ("was cancelled", "was scrapped"), and those that do with a particle ("was called
# off", "was rained off", "was washed out"), by the particle.
_CALLING_OFF = frozenset({"cancel", "postpone", "scrap", "abandon", "scrub", "axe"})
_CALLING_OFF_WITH = {"call": "off", "rain": "off", "wash": "out"}
# The prepositions of the new day a schedule is put off to: "postponed to Thursday", "until next month".
_NEW_DAY = frozenset({"to", "until", "till"})
# Verbs that move an event to a new date as well as much else: "the vote was moved to Friday", "pushed back to
# Monday" look ahead, but told in the past they tell of an act done ("moved to the coast in April", "pushed through
# the lines in April"), unlike the verbs of `_SETTING_DATES`.
_MOVING = frozenset({"move", "push"})
_TO_NEW_DATES = _SETTING_DATES | _MOVING | HOLDING_OVER
# Verbs of looking into or dealing with what has happened, whose object is an event past ("are investigating a
# break-in", "are mourning a teacher"), where a progressive of arrangement ("are holding a vigil") looks ahead.
_LOOKING_INTO = frozenset(
    {"investigate", "probe", "examine", "review", "question", "interview", "assess", "inspect", "mourn", "tackle"}
)
# Nouns of planning and commitment, whose infinitive tells what is to come: "an agreement to meet in the fall".
_PLANS = frozenset({"plan", "agreement", "promise", "pledge", "proposal", "intention", "commitment", "vow"})
# Verbs by which people fix the day of what is to come, by lemma: a plan, a commitment, an intent, an order, a
# schedule set or moved. Told with the day of their own act, the day they fix is counted from it (`arranged_after`):
# "On Monday the two sides agreed to meet on Wednesday" is the Wednesday after that Monday, which may be gone by.
_ARRANGING = (
    (_FUTURE_FRAMES - {"be", "go", "due", "likely", "unlikely"})
    | _INTENT
    | _DIRECTING
    | _TO_NEW_DATES
    | {"arrange", "call"}
)
# The links by which an act is what a verb of `_ARRANGING` arranges: its infinitive ("agreed to meet"), or a clause
# ("agreed that talks would resume").
_ARRANGED_ACTS = frozenset({"xcomp", "ccomp"})
# The links between a verb of saying and another of the same telling, where the parse splits one: an attribution
# after the report hung as a complement ("..., a spokesman told reporters on Wednesday") or a participle set before it.
_TELLING_LINKS = frozenset({"ccomp", "advcl", "parataxis"})
# The links by which a verb without a tense of its own takes another's: joined to it, or completing it.
_JOINED = frozenset({"conj", "xcomp"})
# Words that rank the one who did something among others ("the first to leave on Friday"), as superlatives do ("the
# youngest to be drafted on Thursday"): an infinitive after them tells what was done.
_RANKING = frozenset({"first", "last", "only", "second", "third"})
# The verbs `_lemma` knows by their inflections ("be" and "go", irregular, the lemmatizer gets right).
_LISTED_VERBS = (_FUTURE_FRAMES | _INTENT | _DIRECTING | _POSTPONING | _MOVING) - {"be", "go"}
# Verbs whose past is spelled as their present ("hurt", "cut"): the tagger often takes the past for the present.
_SAME_IN_PAST = frozenset(
    {"hit", "hurt", "cut", "put", "set", "let", "cost", "shut", "quit", "spread", "bet", "cast", "split", "burst"}
    | {"thrust", "upset", "bid", "broadcast", "forecast", "read"}
)
# Links by which a date hangs from a verb as an adverbial ("on Monday", "Monday", "in May and June").
# ("agent": the parser takes "finished by the end of May" for a passive's "by" phrase; "acomp": an adjective that
# completes its verb, "would stay closed until Monday", takes the verb's time.)
_ADVERBIAL = frozenset(
    {"pobj", "prep", "npadvmod", "advmod", "pcomp", "nummod", "conj", "cc", "tmod", "compound", "agent", "acomp"}
)
# Prepositions that put a scheduled event ahead of what a clause in the present tells: "are rushing to file before
# Friday's deadline", "is campaigning ahead of Monday's vote". Not "for", as often of a cause or a part: "is under
# fire for Friday's draw", "the results for Sunday's vote show".
_AWAITING = frozenset({"before", "ahead"})
# Verbs of waiting for an event, whose object is still to come while they are told in the present: "are awaiting
# Friday's ruling", "are bracing for Saturday's march", "are counting down to Sunday's final", "are looking ahead to
# Thursday's contest"; some only with the particle or adverb given ("looking at Thursday's contest" may look back).
_WAITING: dict[str, frozenset[str]] = {
    "await": frozenset(),
    "wait": frozenset(),
    "prepare": frozenset(),
    "brace": frozenset(),
    "gear": frozenset({"up"}),
    "count": frozenset({"down"}),
    "look": frozenset({"ahead", "forward"}),
}
_WAITED_FOR = frozenset({"for", "to"})  # the prepositions of their object: "wait for", "count down to"
_OVERDUE = "still"  # a wait still going on may be for what is overdue: "are still awaiting Tuesday's delivery"
# The nouns of what an event comes to, which are awaited with it: "are awaiting the outcome of Sunday's vote" (not
# "awaiting details of Monday's meeting", whose details come after it).
_OUTCOMES = frozenset({"outcome", "result"})
# The prepositions by which a clause follows an event ("is in hospital after a crash", "following a brawl").
_FOLLOWING = frozenset({"after", "following", "since"})
# The prepositions by which a noun tells what such an incident it is about, whose day is then the incident's, gone by:
# "witnesses of a collision", "footage of", "an inquiry into". Not the object of a verb, which may look ahead:
# "there will be a power outage on Saturday", "could see a crash on Monday", nor of a verb's preposition: "will
# respond to an outage on Monday".
_ABOUT_AN_INCIDENT = frozenset({"of", "to", "about", "into", "over"})
# The prepositions of a phrase that says whom or where an incident struck, between it and its day: "after the death
# of a man at the weekend", "after a collision with a van on Friday", "after an attack on a shop on Saturday".
_NAMING_PHRASES = frozenset({"of", "with", "on", "at", "in"})
# Verbs that grant a time to do something, whose end is still to come when news tells of it: "gave the firm until
# Friday to respond", "has been given until Monday to leave".
_GRANTING = frozenset({"give", "grant", "allow"})
# The conjunctions of a condition, which is one still to be met: "if approved on Tuesday", "unless signed by Friday".
_CONDITIONS = frozenset({"if", "unless", "once"})
# The preposition of the day an event is set for ("called a strike for Friday"), and the links of the event to the
# verb that sets it: its object, or the subject of the passive ("elections were called for April 5").
_SET_FOR = "for"
# The preposition of the day of an event a noun names: "the vote on Friday"; such an event is itself what a verb tells
# of where it is one of the verb's `_ARGUMENTS`, not a phrase inside another noun's ("the fallout from the vote on
# Sunday will last", the vote's day gone by).
_ON = "on"
# The events so set: those scheduled, but a report, whose "for" is the period it covers.
_SET_EVENTS = SCHEDULED_EVENTS - COVERING_EVENTS
_EVENTS_OF_A_VERB = frozenset({"dobj", "nsubjpass"})
# Links by which a noun is a verb's subject or object.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# A period named by the day it ends ("the quarter ending Sept. 30") is most often one a report tells of, closed
# before the writing, whatever the tense of its noun's clause: "will report results for the quarter ending Sept. 30".
_PERIOD_ENDS = frozenset({"end"})
# The tags of a verb with a tense, or of a participle that makes one: a clause with none has no verb the tagger read.
_TENSED = frozenset({"VBD", "VBZ", "VBP", "VBN", "MD"})
# The tags of the pronoun that opens a relative clause ("which", "that"), standing for the noun it qualifies.
_RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})
# The tags of a plural noun, whose verb in the present is a bare form ("Banks close"), not an "-s" ("Bank raids").
_PLURALS = frozenset({"NNS", "NNPS"})
# The tags of a verb or auxiliary that gives its clause a tense of its own ("and was finished"), unlike a bare
# infinitive, which shares the tense of the verb it is conjoined with ("will start in June and finish in May").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_HOPS = 5
# The links of a subject's article or owner: full sentences keep them, headlines drop them ("Markets calm Monday").
_DETERMINED = frozenset({"det", "poss"})
# The links of the word that says where a market's prices stood at a session's bound ("closed higher", "ended flat").
_LEVEL_LINKS = frozenset({"advmod", "acomp", "oprd", "xcomp"})
# A price is a market's where it names what it prices ("oil prices", "the price of gold"), by these links or "of".
_PRICE = "price"
# The links of the words of a name before its last ("Wall Street").
_NAME_PARTS = frozenset({"compound", "nmod"})
_PRICED_BY = frozenset({"compound", "amod"})


def tense_of(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the verb that the characters `start:end` of `doc` modify (or of a verb it completes)."""
    span = covering(doc, start, end)
    if span is None:
        return "unmarked"
    date = _through_a_clock_time(span.root)
    due = _falls_due(date)
    if due is not None:
        return "present" if due in _IN_EFFECT else "future"
    if _set_then_called_off(date):
        return "past"
    if _called_for(date):
        return "present"
    if _since(date) or _of_an_incident_followed(date):
        return "past"
    if _of_a_coming_event(date):
        return "future"
    if _missed_present_reported(_word_before_bare_date(date)) or _fixture_read_as_a_name(date):
        return "present"
    verb = _governing_verb(date)
    if verb is None and (
        _untagged_present(date) or _missed_present_reported(_phrase_head(date)) or _bound_read_as_a_modifier(date)
    ):
        return "present"
    if verb is None:
        return "future" if _owner_looks_ahead(date) else "unmarked"
    verb = _verb_of_a_subject_read_as_one(_clause_verb(verb))
    if _noun_tagged_a_verb(verb):
        return "unmarked"
    if _looks_ahead(verb, date) or _new_date(date, verb) or _time_granted(date, verb) or _condition_without_tense(verb):
        return "future"
    if _present(verb):
        return _present_tense(verb, date)
    if _present_passive(verb) and _modifies(date, verb):
        return "present"
    return "past" if _told_as_past(verb) and not _ends_a_stretch(date) else "unmarked"


def _through_a_clock_time(date: Token) -> Token:
    """The time of day whose phrase the date's phrase hangs on ("departs at 11pm on Friday", "fires at noon on
    Friday"), which stands where the date would: a timetable gives the hour, then the day. Else the date itself."""
    clock = date.head.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else None
    timed = clock is not None and _a_clock_time(clock) and clock.dep_ == "pobj" and clock.i < date.i
    return clock if clock is not None and timed else date


def _a_clock_time(word: Token) -> bool:
    """Is the word an hour of the clock ("11pm", "10:30", "noon"), its number a word of its own at times ("11 pm"),
    not a part of the day ("dawn", "evening")?"""
    hour = any(part.like_num for part in word.lefts) or any(char.isdigit() for char in word.text)
    hour = hour or word.lower_ in CLOCK_WORDS
    return word.ent_type_ == "TIME" and hour


def _timetabled(word: Token) -> bool:
    """Is the word followed by an hour of the clock (`_a_clock_time`): "The cannon fires at noon", a timetable's verb,
    where an incident's plural is told with no hour ("The school attacks on Monday")?"""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return following is not None and following.dep_ == "prep" and any(_a_clock_time(c) for c in following.children)


def _present_tense(verb: Token, date: Token) -> Tense:
    """What a date a verb in the present modifies tells: a market's move, which says no tense of its own; the
    month a record tells of ("The audit covers July"), gone by; or else the present's."""
    if _market_move(verb, date):
        return "unmarked"
    if _a_record_tells(verb) and _modifies(date, verb) and not _ends_a_stretch(date):
        return "past"
    return "present"


def forecast(doc: Doc, start: int, end: int) -> bool:
    """Do the characters `start:end` of `doc` tell of the period of a figure or happening a verb of `FORECASTING`
    governs ("expects first-quarter revenue", "warned of a pullback in the first quarter")? The figure or happening
    is a noun the period qualifies or follows; with none, the period is the one the verb is told in: "warned in the
    first quarter that costs would rise"."""
    span = covering(doc, start, end)
    if span is None:
        return False
    token, qualified = span.root, False
    for _ in range(_HOPS):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
        qualified = qualified or (token.pos_ == "NOUN" and token.i >= span.end)
    if token.pos_ != "VERB" or token.lemma_ not in FORECASTING:
        return False
    # The parse may hang the period on the verb past the noun it follows: "warned of a pullback in the first quarter".
    return qualified or any(word.pos_ == "NOUN" for word in doc[token.i + 1 : span.start])


def arranged_after(doc: Doc, day: tuple[int, int], later: tuple[int, int]) -> bool:
    """Is the date at the characters `later` of `doc` the day of what a verb of `_ARRANGING` fixes, that verb's own act
    dated by the characters `day` ("On Monday the two sides agreed to meet on Wednesday", "On Sunday the league
    scheduled the replay for Tuesday", "On Tuesday the court set a hearing for Thursday")? The day fixed is then
    counted from the day of the act, not from the writing. Not a date of another clause inside the act's, told of in
    its own tense: "On Thursday the firm agreed to repay customers it overcharged on Monday"."""
    first = covering(doc, *day)
    second = covering(doc, *later)
    if first is None or second is None:
        return False
    verb = _governing_verb(first.root)
    return verb is not None and _lemma(verb) in _ARRANGING and _fixed_by(second.root, verb)


def reported_after(doc: Doc, day: tuple[int, int], later: tuple[int, int]) -> bool:
    """Is the date at the characters `later` of `doc` the day of what a verb of saying reports in the past, that
    telling dated by the characters `day`: a future shifted back ("said on Monday the bill would be put to a vote on
    Thursday", "would strike on Friday, a spokesman told reporters on Wednesday") or a past ("said on Friday he had
    resigned on Tuesday")? The day is then counted from the telling, not the writing. Not a future told from the
    writing ("said Thursday that it will close on Friday"), nor the day of a noun within the report."""
    first = covering(doc, *day)
    second = covering(doc, *later)
    if first is None or second is None:
        return False
    telling = _governing_verb(first.root)
    act = _governing_verb(second.root)
    if telling is None or act is None or not _modifies(second.root, act) or not _reported_back(act):
        return False
    while act.dep_ in _JOINED and act.head.pos_ in ("VERB", "AUX"):
        act = act.head
    # A dated verb the act is joined to is another act of the same report ("said he had talked to the referee on
    # Saturday and would appeal on Monday"), not the telling, whose day the sentence does not give.
    if act.i == telling.i:
        return False
    saying = _saying_of(act)
    if saying is None or _lemma(saying) not in CUE_LEMMAS:
        return False
    return telling.i == saying.i or _one_telling(telling, saying)


def _saying_of(act: Token) -> Token | None:
    """The verb that reports the act: the verb it completes ("said it would resume"), or the one a noun of speech
    whose content it tells hangs on ("said in a statement that it would resume")."""
    if act.dep_ == "ccomp":
        return act.head
    noun = act.head
    if act.dep_ != "acl" or noun.lemma_ not in SPEECH_NOUNS:
        return None
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _one_telling(telling: Token, saying: Token) -> bool:
    """Is `telling` the dated act of the same telling as the verb of saying `saying`: its attribution after the
    report, the parser's head or complement of it ("Union leaders said they would strike, a spokesman told reporters
    on Wednesday"), or a participle of speaking set before it ("Speaking on Monday, the minister said ...")? Not a
    telling before the saying that reports it ("said on Monday her brother had told her he would fly home on Friday"):
    the saying is then a telling of its own, told before that day."""
    linked = (telling.dep_ in _TELLING_LINKS and telling.head.i == saying.i) or (
        saying.dep_ in _TELLING_LINKS and saying.head.i == telling.i and saying.i < telling.i
    )
    return linked and _lemma(telling) in CUE_LEMMAS | SPEAKING


def _reported_back(act: Token) -> bool:
    """Is the act told shifted back (`_told_back`), not from a present (`_shifted_present`), nor a telling of its
    own, whose day the parse may join to the report?"""
    return _told_back(act) and not _shifted_present(act) and _lemma(act) not in CUE_LEMMAS


def _shifted_present(act: Token) -> bool:
    """Is the act told in a past that reported speech may have shifted back from a present of what was still to come:
    "be" itself ("said on Friday the final was on Sunday", of "the final is on Sunday") or a progressive ("said the
    store was closing on Monday", "the final was being played on Sunday")? Such a day may lie either side of the
    telling, so the writing's reading stands; "was going to close" is shifted back from a future, "had closed" and
    "was closed" are pasts."""
    auxiliaries = _auxiliaries(act)
    past_be = any(child.lemma_ == "be" and child.tag_ == "VBD" for child in auxiliaries)
    progressive = act.tag_ == "VBG" or any(child.lower_ == "being" for child in auxiliaries)
    return (act.lemma_ == "be" and act.tag_ == "VBD") or (past_be and progressive)


def _told_back(act: Token) -> bool:
    """Is the reported act told in a past form, as reported speech shifts its tenses back: a past modal ("would
    meet", "could end"), a past or past perfect ("had resigned", "was going to cut", "planned to close"), not "will"
    nor a present? A verb with no tense of its own takes that of the verb it is joined to or completes."""
    for _ in range(_HOPS):
        finite = next((child for child in _auxiliaries(act) if child.tag_ in _FINITE), None)
        if finite is not None:
            return finite.tag_ == "VBD" or finite.lower_ in BACKSHIFTED_MODALS
        if act.tag_ in _FINITE:
            return act.tag_ == "VBD"
        if act.dep_ not in _JOINED:
            return False
        act = act.head
    return False


def _fixed_by(date: Token, verb: Token) -> bool:
    """Is the date the time of the act the verb arranges ("agreed to meet on Wednesday", verbs joined to it too:
    "agreed to meet on Wednesday and sign on Friday"), or a day the verb or its object is set for or moved to
    ("scheduled the replay for Tuesday", "set a hearing for Thursday", "moved the vote to Friday")?"""
    if date.dep_ == "pobj" and date.head.lower_ in _TO_A_NEW_DATE:
        attached = date.head.head
        if attached.i == verb.i or (attached.dep_ == "dobj" and attached.head.i == verb.i):
            return True
    act = _governing_verb(date)
    if act is None or not _modifies(date, act):  # a noun's day inside the act: "censure him for remarks on Tuesday"
        return False
    while act.dep_ == "conj" and act.head.pos_ in ("VERB", "AUX"):
        act = act.head
    # A clause told in a past of its own is of a day gone by: "agreed that mistakes were made on Monday".
    return act.dep_ in _ARRANGED_ACTS and act.head.i == verb.i and not _told_as_past(act)


def _condition_without_tense(verb: Token) -> bool:
    """Is the verb a participle of a condition, with no tense of its own ("if approved on Tuesday, the plan goes to
    the board"), a condition still to be met? One with a tense takes it: "if it was approved on Tuesday"; so does one
    of what would have been: "if passed in May, the law would have banned it"."""
    conditional = any(child.dep_ == "mark" and child.lower_ in _CONDITIONS for child in verb.children)
    untensed = conditional and verb.tag_ in ("VBN", "VBG") and not _auxiliaries(verb)
    return untensed and not _would_have_been(verb.head)


def _would_have_been(verb: Token) -> bool:
    """Is the verb a modal perfect ("would have banned", "could have opened"), what would have been but was not?"""
    auxiliaries = _auxiliaries(verb)
    return any(child.tag_ == "MD" for child in auxiliaries) and any(child.lemma_ == "have" for child in auxiliaries)


def _owner_looks_ahead(date: Token) -> bool:
    """Is the date a possessive whose noun is waited for (`_waited_for`: "are bracing for Saturday's march"), or, an
    event scheduled ahead, an argument of a verb looking ahead ("Friday's report is expected to show", "will watch
    Friday's report"), or awaited in the present ("are rushing to file before Friday's deadline")? Only ahead or
    awaited: in the present or the past, the noun is as often an event gone by ("Monday's drop is the largest since
    May"); and only a scheduled one: what a happening brings may lie ahead of it ("Sunday's fire will cost
    millions", "will review Monday's flooding"). A date before its noun, with no possessive, is one the same way:
    "the Thursday vote is expected to be close", "will watch the Friday jobs report"; so is one after "on": "the
    meeting on Thursday will decide the plan". Not a month's report or figures, which are for the month they cover
    (`_period_covered`)."""
    event = _event_dated(date)
    if event is None:
        return False
    while event.dep_ == "compound":  # "the Friday jobs report"
        event = event.head
    if _period_covered(date, event):
        return False
    owner = event
    while owner.dep_ == "conj":  # "will watch Tuesday's report and Wednesday's report"
        owner = owner.head
    if _waited_for(owner):
        return True
    if event.lemma_ not in SCHEDULED_EVENTS or _named_with_an_incident(event):
        return False
    verb = _verb_of_noun(owner)
    return verb is not None and (_looks_ahead(verb) or (_awaited(owner) and _present(verb)))


def _event_dated(date: Token) -> Token | None:
    """The noun whose day the date gives as a possessive or a modifier before it ("Friday's vote", "the Friday vote"),
    or after "on" where the noun is a verb's subject or object ("the vote on Friday will decide"); None for a date of
    no noun."""
    if date.dep_ in ("poss", "compound"):
        return date.head
    on_a_noun = date.dep_ == "pobj" and date.head.lower_ == _ON and date.head.head.pos_ == "NOUN"
    return date.head.head if on_a_noun and date.head.head.dep_ in _ARGUMENTS else None


def _period_covered(date: Token, event: Token) -> bool:
    """Is the date a month alone before or owning the noun of a report or figures, the period they cover, not the
    day they come out: "will study the February jobs report", "February's trade data are expected to show"?"""
    return date.lower_ in MONTHS and event.lemma_ in COVERING_EVENTS


def _waited_for(event: Token) -> bool:
    """Is the event, or its outcome (`_outcome_of`), the object of a verb of `_WAITING` told in the present or looking
    ahead ("are awaiting Friday's ruling", "are bracing for Saturday's march")? Told in the past, the wait may be
    over: "waited for Sunday's result"; and a wait "still" going on may be for what is overdue: "are still
    awaiting Tuesday's delivery". Nor an event named with an incident (`INCIDENTS`), whose day is the incident's: "are
    awaiting Friday's crash report"."""
    if _named_with_an_incident(event):
        return False
    verb = _verb_of_object(_outcome_of(event))
    particles = _WAITING.get(verb.lemma_) if verb is not None and verb.pos_ == "VERB" else None
    if verb is None or particles is None or any(child.lower_ == _OVERDUE for child in verb.children):
        return False
    marked = not particles or any(child.lower_ in particles for child in verb.children)
    return marked and (_present(verb) or _looks_ahead(verb) or _figures_awaited(verb, event))


def _figures_awaited(verb: Token, event: Token) -> bool:
    """Is the verb a simple past of "await" whose object is figures (`COVERING_EVENTS`): "Traders awaited Thursday's
    inflation data"? A market report tells the session gone by in the past, and what it awaited then was still to
    come; once out, figures are told as digested or reacted to. Not a past perfect, a wait told as over: "had
    awaited Thursday's data", nor figures a clause in the past says are out: "awaited Friday's report, which showed
    hiring slowed"."""
    simple_past = verb.lemma_ == "await" and verb.tag_ == "VBD" and event.lemma_ in COVERING_EVENTS
    return simple_past and not any(child.dep_ == "relcl" and child.tag_ == "VBD" for child in event.children)


def _named_with_an_incident(event: Token) -> bool:
    """Is the event named with an incident (`INCIDENTS`), whose day the possessive is: "Friday's crash report",
    "will study Tuesday's crash data"?"""
    return any(child.dep_ == "compound" and child.lemma_ in INCIDENTS for child in event.children)


def _outcome_of(event: Token) -> Token:
    """The outcome (`_OUTCOMES`) a scheduled event is named with, "the outcome of Sunday's vote", else the event."""
    if event.lemma_ in SCHEDULED_EVENTS and event.dep_ == "pobj" and event.head.lower_ == "of":
        outcome = event.head.head
        return outcome if outcome.lemma_ in _OUTCOMES else event
    return event


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly ("await the vote") or after a preposition of `_WAITED_FOR` ("wait
    for the vote"), not in a phrase of the verb's object, which the parser hangs on the verb: "preparing a
    challenge to Sunday's vote"."""
    if noun.dep_ == "dobj":
        return noun.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _WAITED_FOR or _has_object(preposition.head):
        return None
    return preposition.head


def _awaited(event: Token) -> bool:
    """Is the event named after a preposition of `_AWAITING` ("before Friday's deadline", "ahead of Monday's vote")?"""
    if event.dep_ != "pobj":
        return False
    preposition = event.head
    return preposition.lower_ in _AWAITING or (preposition.lower_ == "of" and preposition.head.lower_ in _AWAITING)


def _present(verb: Token) -> bool:
    """Is the verb in the present ("opens", "open", "is opening"), not a base form the past spells alike ("put")?"""
    plural = verb.tag_ == "VBP" or _base_form_with_subject(verb) or _joined_to_a_present(verb) or _after_a_past(verb)
    spelt_alike = verb.lower_ in _SAME_IN_PAST
    present = (plural and not spelt_alike) or (spelt_alike and _joined_by_a_present(verb))
    return verb.tag_ == "VBZ" or present or _progressive(verb)


def _present_passive(verb: Token) -> bool:
    """Is the verb a participle with a present "is" or "are" ("elections are held in September", "the final is
    played on Saturday"), the passive of the present of schedules? Not "has been held", "was held". Only of a date
    that modifies the verb itself: "is charged over a shooting on Saturday" tells of the shooting. Not of what befalls
    people (`BEFALLINGS`), which news tells so when it has just happened: "A man is arrested on Monday"."""
    auxiliaries = _auxiliaries(verb)
    present = any(child.lemma_ == "be" and child.tag_ in ("VBZ", "VBP") for child in auxiliaries)
    return verb.tag_ == "VBN" and present and verb.lemma_ not in BEFALLINGS


def _joined_by_a_present(verb: Token) -> bool:
    """Is the verb one the past spells alike (`_SAME_IN_PAST`), heading a clause with its subject and no auxiliary,
    joined by a conjunction to a base form with no auxiliary of its own: "Markets shut on Friday and reopen on
    Monday"? The base form can be no past ("reopened"), so the pair is in the present, whatever the tagger read the
    first verb as. Not a base form the past spells alike too ("shut the bridge and let divers search", a past), nor
    an infinitive, whose bare partner shares its "to" ("decided to cut the festival and refund tickets")."""
    if _auxiliaries(verb) or not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    return any(_bare_present_partner(child) for child in verb.children)


def _bare_present_partner(child: Token) -> bool:
    """Is the child a conjoined base form with no auxiliary that the past spells otherwise ("reopen", not "let")?"""
    bare = child.dep_ == "conj" and child.tag_ == "VB" and not _auxiliaries(child)
    return bare and child.lower_ not in _SAME_IN_PAST


def _joined_to_a_present(verb: Token) -> bool:
    """Is the verb a base form joined by a conjunction to a present, with no auxiliary of its own: "close at noon on
    Friday and reopen on Tuesday"? It shares the present, as "will close and reopen" shares the future. Not a move
    (`MARKET_MOVES`), which a market's report tells with the day gone by: "shares slip on Monday and recover on
    Tuesday". Another's move shares the present as any verb does: "Temperatures drop on Friday and rise on Sunday" is
    a forecast, as "Temperatures drop on Friday" is."""
    joined = verb.tag_ == "VB" and verb.dep_ == "conj" and not _auxiliaries(verb) and not _a_markets_move_joined(verb)
    return joined and (_present(verb.head) or _missed_present_reported(verb.head))


def _after_a_past(verb: Token) -> bool:
    """Is the verb a base form joined by a conjunction to a simple past, with no auxiliary of either: "lost on
    Saturday and face City on Wednesday"? A past would be spelt so ("faced"): the base form is the tagger's reading of
    a present, the next step after what is done, as sports and court news tell it. (A base form the past spells
    alike, "lost and put", is `_present`'s to rule out.)"""
    joined = verb.tag_ == "VB" and verb.dep_ == "conj" and not _auxiliaries(verb)
    return joined and verb.head.tag_ == "VBD" and not _auxiliaries(verb.head)


def _a_markets_move_joined(verb: Token) -> bool:
    """Is the verb a move (`MARKET_MOVES`) joined to a verb whose subject, the two verbs' own, is something markets
    trade, its price or a market named (`_of_market_goods`)?"""
    return _lemma(verb) in MARKET_MOVES and _of_market_goods(verb.head)


def _phrase_head(date: Token) -> Token | None:
    """The word the date's phrase with a preposition hangs on: "close" of "close on Friday"; none for a date told
    otherwise ("in Sunday's paper")."""
    return date.head.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else None


def _fixture_read_as_a_name(date: Token) -> bool:
    """Is a verb of a match to come (`FIXTURE_VERBS`) between two sides' names before the date, with no verb the
    tagger read there: "Rovers host Drayford City on Saturday", which it reads as one name? A past is spelt
    otherwise ("hosted") and read as a verb. The date must follow in the fixture's own clause, with no comma or colon
    between: "Rovers host Drayford City at home, their win on Saturday ..." tells of another day. Only of sport: a
    paragraph that names one, or a club's word in the sides' names; "Kelby Choir host Ostby Singers on Monday" may
    be a report of the day."""
    words = date.doc[sentence_of(date).start : date.i]
    if any(word.pos_ in ("VERB", "AUX") for word in words) or not (clubs_words(words.text) or names_a_sport(date.doc)):
        return False
    return any(
        word.lower_ in FIXTURE_VERBS
        and word.is_lower
        and words[k - 1].is_title
        and words[k + 1].is_title
        and not any(later.tag_ in (",", ":") for later in words[k:])
        for k, word in enumerate(words[1:-1], 1)
    )


def _word_before_bare_date(date: Token) -> Token | None:
    """The word right before a date without a preposition, which the parser hangs on a word other than a present it
    read as a noun: "The ferry sails Saturday, the operator said" hangs "Saturday" on "said"."""
    if date.dep_ != "npadvmod" or date.i == sentence_of(date).start:
        return None
    return date.doc[date.i - 1]


def _missed_present_reported(word: Token | None) -> bool:
    """Is the word a verb in the present that the tagger read as a noun or an adjective, in a clause reported before
    its verb of saying (`CUE_LEMMAS`) and a comma, where it found no verb with a tense: "Banks close on Friday, the
    association said", "The ferry sails on Saturday, the operator said on Tuesday"? A past would be spelt "-ed", or
    be irregular, which the tagger reads as a verb; the present of the reported clause is a schedule's. Not a move
    (`MARKET_MOVES`), which the present tells of a day gone by: "The euro recovers on Tuesday, traders said"; nor a
    noun with no subject before it (`_after_its_subject`)."""
    if word is None or not _tagged_no_verb(word) or word.lower_.endswith("ed"):
        return False
    if not _after_its_subject(word):
        return False
    if word.lemma_.lower() in MARKET_MOVES:
        return False
    saying = next((head for head in word.ancestors if head.pos_ in ("VERB", "AUX")), None)
    if saying is None or _lemma(saying) not in CUE_LEMMAS or saying.i < word.i:
        return False
    comma = max((token.i for token in word.doc[word.i + 1 : saying.i] if token.text == ","), default=None)
    clause = word.doc[sentence_of(word).start : comma] if comma is not None else None
    return clause is not None and not any(token.tag_ in _TENSED for token in clause)


def _tagged_no_verb(word: Token) -> bool:
    """Is the word tagged a noun or an adjective, or an adverb spelt as a session's bound (`_hours_word`) that the
    parser heads a reported clause with: "Banks in Tarrow close on Friday, the association said" ("close" read as an
    adverb, yet the clause's head)?"""
    return word.pos_ in ("NOUN", "ADJ") or (word.pos_ == "ADV" and word.dep_ == "ccomp" and _hours_word(word))


def _hours_word(word: Token) -> bool:
    """Is the word spelt as a verb of a session's bound (`SESSION_VERBS`: "close", "open"), which the tagger reads as
    an adjective or adverb as often as a verb? Another adjective or adverb with a subject is the predicate of a clause
    with no verb, which tells of what happened: "Two Kessel climbers home safe on Sunday, police said"."""
    return _lemma(word).lower() in SESSION_VERBS


def _after_its_subject(word: Token) -> bool:
    """Does a noun agree with the word as a subject with its verb, the subject the parser found for a noun or a word
    of hours (`_hours_word`), or else the noun right before it: a plural before a bare form ("Banks close", "Banks in
    Tarrow close", "Flights resume"), a noun with its article before an "-s" ("The ferry sails")? Otherwise the word
    is the noun of a clause with no verb, which tells of what happened: "No injuries on Sunday, police said", "Heavy
    losses", "Police raids", "Flood damage", "The school attacks on Monday" (`_incidents`)."""
    if word.i == sentence_of(word).start or _incidents(word):
        return False
    found = next((child for child in word.children if child.dep_ == "nsubj"), None)
    if word.pos_ != "NOUN" and not _hours_word(word):
        found = None  # an adjective's subject makes a clause with no verb: "climbers home safe on Sunday"
    subject = found if found is not None else word.doc[word.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False
    if subject.tag_ in _PLURALS:
        return not word.lower_.endswith("s")
    return word.lower_.endswith("s") and (_determined(subject) or _determined(word))


def _incidents(word: Token) -> bool:
    """Is the word an "-s" spelt as the plural of an incident (`INCIDENTS`), which no schedule sets: the noun of a
    caption or a fragment ("The bank raids on Tuesday.", "The school attacks on Monday."), not a present's verb?"""
    return word.lower_.endswith("s") and word.lemma_.lower() in INCIDENTS and not _timetabled(word)


def _market_move(verb: Token, date: Token) -> bool:
    """Is the verb the move of something markets trade, told in the simple present ("Shares slip on Tuesday", "Stocks
    finish lower on Friday")? Markets news tells the day's trading so, of a day gone by or today; no schedule sets a
    price's move ahead. A session's bound is one where it says where prices stood, not "closes early": hours are
    scheduled. Only the date that tells when it moved: "slip ahead of the Friday jobs report" awaits the report."""
    lemma = verb.lemma_.lower()
    moved = lemma in MARKET_MOVES or (lemma in SESSION_VERBS and _at_a_level(verb))
    told = moved and not _progressive(verb) and not _acts_on_a_thing(verb) and not _supposed(verb)
    return told and _of_market_goods(verb) and _modifies(date, verb)


def _a_record_tells(verb: Token) -> bool:
    """Is the verb one by which a record (`RECORDS`) tells what it holds (`RECORD_VERBS`): "The audit covers July",
    "Figures for March show a rise", "The inspection, which covers April, finds failings"? Its present tells of a
    period gone by, the record's, not a schedule's; a record's other verbs keep the present of schedules: "The report
    is published in March", "The survey starts in May"."""
    if _lemma(verb) not in RECORD_VERBS:
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if verb.dep_ == "relcl":  # "which covers April": the subject is the noun the clause qualifies
        subjects = [verb.head if subject.tag_ in _RELATIVE_PRONOUNS else subject for subject in subjects]
    return any(subject.lemma_.lower() in RECORDS for subject in subjects)


def _acts_on_a_thing(verb: Token) -> bool:
    """Does the verb take an object other than an amount ("The Treasury eases the rules"), the deed of one who acts,
    where a price's move takes none ("Shares slip") or only how far it moved ("Gold gains $5")?"""
    return any(child.dep_ == "dobj" and not _an_amount(child) for child in verb.children)


def _an_amount(noun: Token) -> bool:
    """Is the noun a number or a counted one ("3%", "$5", "two points")?"""
    return noun.like_num or any(child.like_num for child in noun.children)


def _supposed(verb: Token) -> bool:
    """Is the move a condition ("if the pound slips on Tuesday") or what a forecast says ("The euro rises on Thursday,
    analysts predict"), not a move told as made?"""
    conditional = any(child.dep_ == "mark" and child.lower_ in _CONDITIONS for child in verb.children)
    return conditional or (verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in FORECASTING)


def _modifies(date: Token, verb: Token) -> bool:
    """Does the date modify the verb itself ("slip on Tuesday", "slip Tuesday"), not a noun of its clause?"""
    return date.head == verb or (date.head.dep_ == "prep" and date.head.head == verb)


def _of_market_goods(verb: Token) -> bool:
    """Is the verb's subject something markets trade ("Tarrow shares", "the euro"), its price ("Oil prices", "the
    price of gold") or a market named (`MARKET_NAMES`: "Wall Street", "the Dow"), not a fare, a temperature or a price
    alone ("Petrol prices", "the price of bread")?"""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if verb.dep_ == "amod" and verb.head.i == verb.i - 1:  # read as a modifier of its subject: "Shares close higher"
        subjects.append(verb.head)
    return any(_traded(subject) or _market_named(subject) for subject in subjects)


def _market_named(noun: Token) -> bool:
    """Is the noun the name of a market (`MARKET_NAMES`), its words before it joined, its numbers left out: "Wall
    Street", "the FTSE 100"?"""
    words = [word.lower_ for word in noun.lefts if word.dep_ in _NAME_PARTS and not word.like_num]
    return noun.pos_ == "PROPN" and " ".join([*words, noun.lower_]) in MARKET_NAMES


def _traded(noun: Token) -> bool:
    """Is the noun something markets trade, or a price of one (`_PRICED_BY`)?"""
    if noun.lemma_.lower() != _PRICE:
        return noun.lemma_.lower() in MARKET_GOODS
    of = [word for child in noun.children if child.lower_ == "of" for word in child.children if word.dep_ == "pobj"]
    priced = of + [child for child in noun.children if child.dep_ in _PRICED_BY]
    return any(word.lemma_.lower() in MARKET_GOODS for word in priced)


def _at_a_level(verb: Token) -> bool:
    """Does the verb say where prices stood ("end flat", "close higher"), not a particle of its own ("close down")?"""
    return any(child.dep_ in _LEVEL_LINKS and child.lower_ in PRICE_LEVELS for child in verb.children)


def _verb_of_a_subject_read_as_one(verb: Token) -> Token:
    """The verb whose subject the "verb" is, where the tagger read a plural noun as a present: "Sewer works on Monday
    showed the damage", "works" the subject of "showed". A present is no subject; the date tells of its noun, in the
    tense of the verb that noun is the subject of. Else the verb itself."""
    subject = verb.tag_ in ("VBZ", "VBP") and verb.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ in ("VERB", "AUX")
    return verb.head if subject else verb


def _noun_tagged_a_verb(verb: Token) -> bool:
    """Is the "verb" a plural noun of a headline's noun phrase that the tagger read as a verb ("Government bond yields
    steady on Monday", "Bank shares lower on Friday")? A noun modifies it as a compound, which no verb takes; and
    the headline, like "Markets calm on Monday", tells of what is gone, in no tense. Not with an article or an owner
    before the "noun", which a sentence keeps and a headline drops: "The consultation runs until Friday" is a verb
    with its subject the parser took for a compound; unless it is an incident's plural (`_incidents`), which a
    caption keeps its article with: "The bank raids on Tuesday."."""
    compound = any(child.dep_ == "compound" for child in verb.children)
    return verb.tag_ == "VBZ" and compound and (not _determined(verb) or _incidents(verb))


def _untagged_present(date: Token) -> bool:
    """Does the date's phrase hang on the head of its sentence that has a subject but is tagged an adjective or a
    noun, with no copula or auxiliary: a verb in the present the tagger missed ("The Games open on Friday")? A
    sentence's head with a subject and no verb is one; a past would be spelt "-ed". Not where a common noun's
    subject goes without its article too: headlines and captions drop both, and tell of what is gone ("Markets calm
    on Monday"); a name needs none ("Fenwick next play on Wednesday"), nor a session's bound that says no level, the
    hours kept: "Shares in Tarrow open on Monday" is a listing ahead, "Shares open higher on Monday" a move. An "-s"
    read as a plural noun with the article before its subject, which the parser takes for a compound, has that
    subject (`_after_its_subject`): "The public consultation runs until Friday"."""
    token = _adverbial_head(date)
    if token.dep_ != "ROOT" or token.pos_ not in ("ADJ", "NOUN") or token.lower_.endswith("ed"):
        return False
    if any(child.dep_ in ("cop", "aux", "auxpass") for child in token.children):
        return False
    subjects = [child for child in token.children if child.dep_ == "nsubj"]
    if not subjects and token.pos_ == "NOUN" and _after_its_subject(token):
        return True
    session = _lemma(token).lower() in SESSION_VERBS and not _at_a_level(token)
    return any(session or subject.pos_ == "PROPN" or _determined(subject) for subject in subjects)


def _adverbial_head(date: Token) -> Token:
    """The word the date's phrase hangs from, past the links of an adverbial (`_ADVERBIAL`)."""
    token = date
    for _ in range(_HOPS):
        if token.dep_ not in _ADVERBIAL:
            break
        token = token.head
    return token


def _bound_read_as_a_modifier(date: Token) -> bool:
    """Does the date's phrase hang on a session's bound (`_hours_word`: "close", "open") that the tagger read as a
    modifier of the plural noun before it, the head of a sentence with no tensed verb, or of a noun in that noun's
    own phrase, or on the head noun itself: "Nominations close on Friday", "Entries for the contest close at noon on
    Friday", "Bookings for the tours open at 10am on Saturday"? The bound is the head noun's verb in the present, a
    schedule's. Not one that says where prices stood: "Shares close higher on Friday" tells a move."""
    token = _adverbial_head(date)
    noun = token if token.dep_ == "ROOT" else token.head
    if noun.dep_ != "ROOT" or noun.tag_ not in _PLURALS:
        return False
    bound = next((word for word in noun.doc[noun.i + 1 : date.i] if _read_as_a_modifier_of(word, noun)), None)
    if bound is None or token not in (noun, bound) or _at_a_level(bound):
        return False
    return not any(word.tag_ in _TENSED for word in words_of(sentence_of(noun)))


def _read_as_a_modifier_of(word: Token, noun: Token) -> bool:
    """Is the word a session's bound (`_hours_word`) read as a modifier of the noun or of a noun in its phrase, after
    it ("Entries for the contest close": "close" of "contest" or of "Entries")? Before its noun it is an adjective:
    "Queues for the open day on Friday". Nor "close" before "to", an adjective of place: "Flood warnings for homes
    close to the river on Friday"."""
    modifier = word.dep_ in ("amod", "advmod") and word.head in noun.subtree and word.head.i < word.i
    return modifier and _hours_word(word) and not _near(word)


def _near(word: Token) -> bool:
    """Is the word "close" meaning near, before "to" ("homes close to the river")?"""
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.lower_ == "close" and following is not None and following.lower_ == "to"


def _determined(noun: Token) -> bool:
    return any(child.dep_ in _DETERMINED for child in noun.children)


def _base_form_with_subject(verb: Token) -> bool:
    """Is the verb a base form that heads its sentence, or a clause a verb of saying (`CUE_LEMMAS`) reports, with a
    subject and no auxiliary: a present the tagger took for an infinitive ("Voters go to the polls on Tuesday",
    "Crossings begin on Thursday, the port said")? Only the present spells a plural's verb so. Only under a verb
    of saying: after "let", "make" or "see" a bare form follows its subject in any tense ("let the crossings begin")."""
    heads = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and _lemma(verb.head) in CUE_LEMMAS)
    if verb.tag_ != "VB" or not heads or _auxiliaries(verb):
        return False
    return any(child.dep_ == "nsubj" for child in verb.children)


def _of_a_coming_event(date: Token) -> bool:
    """Does the date tell when an event falls that a period ahead owns: "next week's vote on Tuesday", "next year's
    vote in March"? The event lies ahead, whatever the tense of the clause that tells of it."""
    owner = _owner(date)
    return (
        owner is not None
        and owner.lemma_.lower() in PERIOD_NOUNS
        and any(word.lower_ in AHEAD_WORDS for word in owner.children)
    )


def owner_of(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where in `doc` (character offsets) the possessive is that owns the event whose time the characters
    `start:end` give: "last week's" of "last week's vote on Tuesday"; None without one."""
    span = covering(doc, start, end)
    owner = _owner(span.root) if span is not None else None
    if owner is None:
        return None
    return owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)


def _owner(date: Token) -> Token | None:
    """The possessive owning the event that the date, in a phrase of its own, gives the time of ("next week's" of
    "next week's vote on Tuesday")."""
    if date.dep_ != "pobj" or date.head.dep_ != "prep":
        return None
    return next((child for child in date.head.head.children if child.dep_ == "poss"), None)


def _clause_verb(verb: Token) -> Token:
    """The verb whose tense a date's verb has: its own, or for a participle that modifies a noun (or that the parser
    takes for a preposition), that of the verb of the noun's clause ("plan discounts starting Saturday", "the budget
    for the year beginning Oct. 1 includes"). Not one that opens a clause of its own ("Speaking Friday, he says"),
    nor one that ends a period (`_PERIOD_ENDS`). A gerund that a verb of `BEGINNING` completes takes that verb's
    tense: "shares begin trading on Friday" is a listing's schedule, "began trading on Friday" done."""
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and _lemma(verb.head) in BEGINNING:
        return verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "prep") or _auxiliaries(verb) or verb.lemma_ in _PERIOD_ENDS:
        return verb
    return _verb_of_noun(verb.head) or verb


def _verb_of_noun(noun: Token) -> Token | None:
    """The verb of the clause a noun is part of, as its subject or object or in a phrase hung from them."""
    token = noun
    for _ in range(_HOPS):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.dep_ not in _ADVERBIAL | _ARGUMENTS:
            return None
        token = token.head
    return None


def verbs_of(doc: Doc, start: int, end: int) -> tuple[int | None, int | None]:
    """Where in `doc` (character offsets) the verb is that the characters `start:end` modify, and the verb heading
    its clause, verbs joined by "and" counted as one clause ("was arrested in June 2019 and released in August");
    None for both without a verb."""
    span = covering(doc, start, end)
    verb = _governing_verb(span.root) if span is not None else None
    if verb is None:
        return None, None
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    return verb.idx, head.idx


def _progressive(verb: Token) -> bool:
    """Is the verb in the present progressive ("are meeting Monday", "is holding a news conference Monday", "is
    being held Saturday"), which news uses for what is arranged, as the present of schedules? Not a verb of looking
    into what has happened with its object: the parser hangs the object's date on the verb as often ("Police are
    investigating a break-in on Saturday": Saturday's break-in)."""
    auxiliaries = _auxiliaries(verb)
    present = any(child.lemma_ == "be" and child.tag_ in ("VBZ", "VBP") for child in auxiliaries)
    progressive = verb.tag_ == "VBG" or any(child.lower_ == "being" for child in auxiliaries)
    return present and progressive and not _looks_into_its_object(verb)


def _looks_into_its_object(verb: Token) -> bool:
    return verb.lemma_ in _LOOKING_INTO and _has_object(verb)


def _lemma(token: Token) -> str:
    """The token's lemma, or the verb of these lists it is an inflection of: the lemmatizer takes "slated" for a
    form of "slat" and "hopes" for one of "hop"."""
    word = token.lower_
    for ending in ("", "s", "d", "ed", "es"):
        if word.endswith(ending) and word[: len(word) - len(ending)] in _LISTED_VERBS:
            return word[: len(word) - len(ending)]
    return token.lemma_


def _falls_due(date: Token) -> str | None:
    """The word that makes the date one when something is due or takes effect ("the report is due Friday", "due on
    Friday", "payable Jan. 2"), else None. Not when it was: "the rent was due Monday" may be gone."""
    due = date.head.head if date.dep_ == "pobj" else date.head
    was = due.dep_ == "acomp" and due.head.tag_ == "VBD"
    return due.lower_ if due.lower_ in _FALLING_DUE and not was else None


def _called_for(date: Token) -> bool:
    """Is the date the day a scheduled event (`SCHEDULED_EVENTS`) is called or set for: "called elections for April
    5", "elections were called for April 5", "a strike for Friday"? It is the day of a schedule, ahead or just gone
    by, however the calling is told: news tells of an event held "on" its day, not "for" it. Not a report's "for",
    the period it covers: "the jobs report for April"; nor the event that does something, told in its own verb's
    tense: "the strike for March 5 shut the ports"; nor a calling told in a past perfect, before a time gone by:
    "had called a strike for Friday, and thousands walked out"."""
    if date.dep_ != "pobj" or date.head.lower_ != _SET_FOR:
        return False
    attached = date.head.head  # the event ("a strike for Friday") or the verb that sets it ("called it for Friday")
    if attached.dep_ == "nsubj":
        return False
    calling = attached if attached.pos_ in ("VERB", "AUX") else attached.head
    if _past_perfect(_auxiliaries(calling)):
        return False
    if _scheduled_in_the_past(attached):
        return True
    events = [attached]
    if attached.pos_ == "VERB":
        events += [child for child in attached.children if child.dep_ in _EVENTS_OF_A_VERB]
    return any(event.lemma_.lower() in _SET_EVENTS for event in events)


def _set_then_called_off(date: Token) -> bool:
    """Is the date one a schedule told in the simple past set ("was scheduled for Saturday", "was due to open on
    Saturday", "was set to vote on Saturday") before a verb joined to it told it was called off ("but was rained
    off", "but was cancelled")? A schedule news reports as overtaken so is one whose day has come or gone: the day
    just gone."""
    setting = date.head.head if date.dep_ == "pobj" else date.head
    if setting.dep_ == "xcomp" and setting.head.lower_ == "due":  # "was due to open on Saturday"
        setting = setting.head.head
        planned = setting.lemma_ == "be" and setting.tag_ == "VBD"
    else:
        if setting.dep_ == "xcomp" and _scheduled_in_the_past(setting.head):  # "was set to vote on Saturday"
            setting = setting.head
        planned = _scheduled_in_the_past(setting)
    return planned and any(
        _called_off(verb) and _of_what_was_told(verb) for verb in setting.children if verb.dep_ == "conj"
    )


def _of_what_was_told(verb: Token) -> bool:
    """Does the verb of calling off call off what was just told, not something new: "but organisers cancelled it",
    "but the judge cancelled the session" (a pronoun, or a noun made definite, refers back), not "but union leaders
    called off their protest", "but organisers scrapped a fundraiser", after which the vote may still be ahead?
    Passive, its subject is what was called off and takes the same test: "but the vote was called off", not "but a
    parade was called off"; without one ("but was postponed") it is what the sentence told."""
    called = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    return all(
        thing.pos_ == "PRON"
        or any(
            child.dep_ == "det"
            and ("Def" in child.morph.get("Definite", []) or "Dem" in child.morph.get("PronType", []))
            for child in thing.children
        )
        for thing in called
    )


def _called_off(verb: Token) -> bool:
    """Is the verb one of calling off, in the simple past: "was cancelled", "organisers cancelled it", "was called
    off"? (Not "could be called off", still to come; nor "was postponed to Thursday", put off to a new day that
    may yet be ahead of the first.)"""
    if any(child.dep_ == "prep" and child.lower_ in _NEW_DAY for child in verb.children):
        return False
    past = verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in verb.children if child.dep_ == "auxpass")
    particle = next((child.lower_ for child in verb.children if child.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return past and (lemma in _CALLING_OFF or (particle is not None and _CALLING_OFF_WITH.get(lemma) == particle))


def _scheduled_in_the_past(verb: Token) -> bool:
    """Is the verb one of planning or setting, passive in the simple past: "was scheduled for", "were set for"? What
    was scheduled may have been held, called off or not come yet: the day is a schedule's, ahead or just gone by,
    whatever was scheduled ("The fixture was first scheduled for Dec. 20", written in January, was that December's).
    In the present the schedule stands, and looks ahead: "is scheduled for"."""
    past = any(child.lemma_ == "be" and child.tag_ == "VBD" for child in verb.children if child.dep_ == "auxpass")
    return verb.tag_ == "VBN" and _lemma(verb) in _SCHEDULING and past


def _since(date: Token) -> bool:
    """Is the date one since which something holds, gone by whatever the verb: "are up 12% since Jan. 1"?"""
    return date.dep_ == "pobj" and date.head.lower_ == "since"


def _of_an_incident_followed(date: Token) -> bool:
    """Is the date told right after an incident (`_incident_before`) that its clause follows or gives as its grounds
    (`_grounds_gone_by`): "is in hospital after a crash at the weekend", "are appealing for witnesses following a
    stabbing on Saturday", "after the death of a man at the weekend", "is suing over a crash on Friday"? The incident
    is gone by, whatever the tense of the clause it follows; the parser hangs its date on the clause's verb as often
    as on the incident, so the order of the words tells."""
    incident = _incident_before(date)
    if incident is None:
        return False
    return _followed(incident.root) or _grounds_gone_by(incident.root, date) or _introduced(incident.root)


def _introduced(noun: Token) -> bool:
    """Is the incident brought in with "a" or "an", a new one its date tells the day of, as what a noun is about
    (`_ABOUT_AN_INCIDENT`): "witnesses of a collision on Tuesday", "are looking for witnesses to a stabbing on Sunday"?
    With "the" it may be one told before, and the date another noun's: "will hold a review of the crash on Friday"; nor
    a verb's object, nor a verb's preposition's, which may lie ahead: "could see a crash on Monday", "will respond to
    an outage on Monday"; nor one foreseen (`FORESEEING`): "warnings of a riot on Friday". (One waited for needs no
    test of its own: a verb of waiting stands right before its preposition, "are preparing for an outage on Monday",
    where no noun does.)"""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _ABOUT_AN_INCIDENT or not _after_a_noun(preposition):
        return False
    if noun.head.head.lemma_.lower() in FORESEEING:
        return False
    return any(child.dep_ == "det" and child.lower_ in INDEFINITE_ARTICLES for child in noun.children)


def _after_a_noun(preposition: Token) -> bool:
    """Does a noun come right before the preposition ("witnesses to", not "respond to")? The word before, not the
    parse, tells: the parser hangs "to a stabbing" on the verb in "are appealing for witnesses to a stabbing"."""
    return preposition.i > 0 and preposition.doc[preposition.i - 1].pos_ in ("NOUN", "PROPN")


def _incident_before(date: Token) -> Span | None:
    """The incident (`INCIDENTS`) told right before the date, or before one phrase of `_NAMING_PHRASES` after it:
    "a crash at the weekend", "a collision with a van on Friday". Not an event planned, nor an incident arranged
    (`ARRANGED`): "the parade on Saturday", "the planned outage on Saturday" may be to come; nor a possessive, the
    day of its own noun: "the stabbing Saturday's match"; nor an incident inside the phrase: "a review of the crash
    on Friday" names no incident, unless one brought in anew (`_introduced`): "witnesses of a collision on Tuesday"."""
    phrase = date.head if date.dep_ == "pobj" and date.head.dep_ == "prep" else date.left_edge
    if phrase.i == 0 or date.dep_ == "poss":
        return None
    incident = word_ending_at(date.doc[phrase.i - 1])
    if _an_incident(incident) and _introduced(incident.root):
        return incident
    link = incident.root.head
    if incident.root.dep_ == "pobj" and link.lower_ in _NAMING_PHRASES and link.i > 0:  # "a collision with a van"
        incident = word_ending_at(date.doc[link.i - 1])
    return incident if _an_incident(incident) else None


def _an_incident(words: Span) -> bool:
    """Are the words an incident (`INCIDENTS`), a hyphenated one's parts joined, not one arranged (`_arranged`)?"""
    word = (words[:-1].text + words[-1].lemma_).lower()
    return word in INCIDENTS and not _arranged(words.root)


def _followed(noun: Token) -> bool:
    """Is the noun the object of a preposition of `_FOLLOWING`: "after a crash", "following a hit-and-run"? The parser
    takes "following" for a verb at times, whose object the noun then is."""
    preposition = noun.head
    objects = ("pobj", "dobj") if preposition.dep_ == "prep" else ("pobj",)
    return preposition.lower_ in _FOLLOWING and noun.dep_ in objects


def _grounds_gone_by(noun: Token, date: Token) -> bool:
    """Is the incident the grounds of what the date's clause tells (`_grounds`: "is suing over
    a crash on Friday", "faces a fine for a spill on Tuesday"), in a clause that does not look ahead? The incident is
    gone by; but in "will be sentenced for the robbery on Monday" the day is as often the sentence's, so a clause told
    ahead keeps its tense."""
    verb = _governing_verb(date)
    return _grounds(noun) and (verb is None or not _looks_ahead(verb, date))


def _grounds(noun: Token) -> bool:
    """Is the noun the object of a preposition of grounds: "over", or "for" after a verb that does not wait for it
    ("fined for a spill", not "bracing for a collapse", nor "on alert for a riot")?"""
    preposition = noun.head
    if noun.dep_ != "pobj":
        return False
    waits = preposition.head.pos_ != "VERB" or preposition.head.lemma_ in _WAITING
    return preposition.lower_ == GROUNDS or (preposition.lower_ == GROUNDS_AFTER_A_VERB and not waits)


def _arranged(incident: Token) -> bool:
    """Is the incident one set ahead (`ARRANGED`): "the planned outage", "a controlled explosion"?"""
    return any(child.lower_ in ARRANGED for child in incident.children)


def _new_date(date: Token, verb: Token) -> bool:
    """Is the date one an event is set for or moved to: "set for Friday", "postponed until Monday", "pushed back to
    Monday", "extended through May" (not "postponed on Monday", nor in a past perfect: "had been set for May")?"""
    preposition = date.head
    attached = preposition.head
    if attached.dep_ in ("advmod", "prt") and attached.head.i == verb.i:  # the particle of "pushed back to"
        attached = verb
    lemma = _lemma(verb)
    new_end = (preposition.lower_ in _TO_A_NEW_DATE and lemma in _TO_NEW_DATES and _held_over(verb, lemma)) or (
        preposition.lower_ == _THROUGH and lemma in _POSTPONING and _stretches_something(verb)
    )
    return date.dep_ == "pobj" and new_end and attached.i == verb.i and not _past_perfect(_auxiliaries(verb))


def _held_over(verb: Token, lemma: str) -> bool:
    """Is a verb of `HOLDING_OVER` told of someone held, in the passive ("was remanded until Friday") or with a person
    its object ("remanded him until Friday"), not of water, a thing or a firm bailed ("crews bailed water until
    Thursday", "bailed it until Thursday", "were bailing out their homes", "was bailed out")? Any other verb passes."""
    if lemma not in HOLDING_OVER:
        return True
    children = list(verb.children)
    passive = any(child.dep_ in ("auxpass", "nsubjpass") for child in children)
    a_person = any(child.dep_ == "dobj" and _a_person(child) for child in children)
    return (passive or a_person) and not any(child.dep_ == "prt" for child in children)


def _a_person(word: Token) -> bool:
    """Is the word a personal pronoun (`PERSONAL_OBJECTS`: "him", not "it") or a name the tagger typed a person's?"""
    return word.lower_ in PERSONAL_OBJECTS or word.ent_type_ == "PERSON"


def _time_granted(date: Token, verb: Token) -> bool:
    """Is the date the end of a time granted to do something, "gave the firm until Friday to respond": a stretch's end
    (`_STRETCH_ENDS`) on a verb of `_GRANTING` with an infinitive of what is to be done? Not in a past perfect."""
    granting = _lemma(verb) in _GRANTING and date.dep_ == "pobj" and date.head.lower_ in _STRETCH_ENDS
    to_do = any(child.dep_ in ("advcl", "xcomp") and _infinitive(child) for child in verb.children)
    return granting and date.head.head.i == verb.i and to_do and not _past_perfect(_auxiliaries(verb))


def _infinitive(verb: Token) -> bool:
    """Has the verb the infinitive's own "to" (tagged TO) as its child? Stricter than `_after_to`, which also takes a
    "to" the parser hangs on the verb as a preposition ("wants the vote moved to Friday's session" looks ahead): a
    time granted must name what is to be done, and "gave them until Friday, pointing to the rules" names nothing."""
    return any(child.tag_ == "TO" for child in verb.children)


def _after_to(verb: Token) -> bool:
    """Is the verb an infinitive with "to": "to" its child, or the base form right after a "to" the parser hangs on the
    frame instead ("is due to host the champions", read as "due to" a cause)?"""
    before = verb.nbor(-1) if verb.i > 0 else None
    return any(child.lower_ == "to" for child in verb.children) or (
        verb.tag_ == "VB" and before is not None and before.lower_ == "to"
    )


def _stretches_something(verb: Token) -> bool:
    """Does the verb act on something, an object or a passive's subject ("extend the program through May", "was
    extended through May")? Without one it tells how long a thing lasted: "the drought extended through August"."""
    return any(child.dep_ in ("dobj", "nsubjpass", "auxpass") for child in verb.children)


def _ends_a_stretch(date: Token) -> bool:
    """Does the date end a stretch that may run on past the writing: "gave the firm until Nov. 30 to reply"?"""
    return date.dep_ == "pobj" and date.head.lower_ in _STRETCH_ENDS


def _told_as_past(verb: Token) -> bool:
    """Is the verb a simple past or a perfect ("closed", "was closed", "has closed"), which tells of what is done?
    A copula ("the deadline was Nov. 16") and a verb that sets or moves a date ("was set for Nov. 16") tell of no
    event done."""
    if verb.lemma_ == "be" or _lemma(verb) in _SETTING_DATES:
        return False
    if verb.tag_ == "VBD":
        return True
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ == "VBN" and not auxiliaries and verb.dep_ == "conj":  # "was arrested and released in May"
        return _told_as_past(verb.head)
    return verb.tag_ == "VBN" and any(
        (child.lemma_ == "be" and child.tag_ == "VBD") or (child.lemma_ == "have" and child.tag_ in _FINITE)
        for child in auxiliaries
    )


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _looks_ahead(verb: Token, date: Token | None = None) -> bool:
    """Does the verb look ahead? `date`: the date told with it, which an intent told with its own day
    (`_dated_to_a_day`) may frame (`_reached_by_a_dated_intent`); with none, no such intent frames it."""
    while True:
        auxiliaries = _auxiliaries(verb)
        if any(child.lower_ in FUTURE_AUXILIARIES or _modal_ahead(child) for child in auxiliaries):
            return True
        if _lemma(verb) in _PLANNING and verb.tag_ == "VBN" and not _past_perfect(auxiliaries):
            return True  # "is scheduled for", "was expected on"
        if verb.dep_ == "conj" and not _finite(verb, auxiliaries):
            verb = verb.head
            continue
        infinitive = _after_to(verb)
        if _to_come(verb, auxiliaries):
            return True
        if verb.dep_ == "ccomp" and infinitive:  # an infinitive with a subject of its own: "expects the deal to close"
            # Not under a past perfect, as for the infinitive without one below: "had expected the bank to cut rates".
            ahead = _frames_ahead(verb.head, date) or _directs(verb.head, verb, told=True)
            return ahead and not _past_perfect(_auxiliaries(_copula_of(verb.head)))
        if verb.dep_ != "xcomp":
            return False
        framed = _frames_ahead(verb.head, date) or _directs(verb.head, verb, told=_has_object(verb.head))
        if framed and infinitive:
            frame_auxiliaries = _auxiliaries(_copula_of(verb.head))
            return not _perfect_under_a_past(auxiliaries, verb.head) and not _past_perfect(frame_auxiliaries)
        verb = verb.head


def _directs(frame: Token, act: Token, told: bool) -> bool:
    """Is the frame a verb of `_DIRECTING` whose one told is named (`told`: its object, "ordered him to return", or
    the infinitive's subject, "told the shop to reopen by Friday"), not told in a past perfect ("had ordered him to
    return on Monday"), and its infinitive `act` one summoned to or with a deadline?"""
    directed = _lemma(frame) in _DIRECTING and told and not _past_perfect(_auxiliaries(frame))
    return directed and (_summoned(act) or _has_deadline(act))


def _summoned(act: Token) -> bool:
    """Is the act one of `_SUMMONED`, without an object: "to return to court", not "to return the fees"?"""
    return act.lemma_ in _SUMMONED and not _has_object(act)


def _has_deadline(act: Token) -> bool:
    """Does the act have a deadline (`_DEADLINES` and a date): "to register by Friday", "to reply before May 1", not
    "to appear before the board"?"""
    return any(child.dep_ == "prep" and child.lower_ in _DEADLINES and _names_a_time(child) for child in act.children)


def _names_a_time(preposition: Token) -> bool:
    return any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in preposition.children)


def _has_object(verb: Token) -> bool:
    return any(child.dep_ == "dobj" for child in verb.children)


def _copula_of(frame: Token) -> Token:
    """The verb that carries a frame's tense: its copula for an adjective ("had been due to open"), else itself."""
    return frame.head if frame.dep_ == "acomp" else frame


def _past_perfect(auxiliaries: list[Token]) -> bool:
    """Are the auxiliaries a past perfect's ("had been planned for May", "had been expected to open in May"), which
    tells of a plan made before a time gone by, overtaken since: the date it named is as often gone by too?"""
    return any(child.lower_ in ("had", "'d", "’d") and child.tag_ == "VBD" for child in auxiliaries)


def _perfect_under_a_past(auxiliaries: list[Token], frame: Token) -> bool:
    """Is an infinitive a perfect one under a frame told in the past, what was to have been: "the offer, which was
    to have expired Friday, was extended" (where "is expected to have reopened by Friday" looks ahead)?"""
    perfect = any(child.lower_ == "have" for child in auxiliaries)
    return perfect and (frame.tag_ == "VBD" or any(child.tag_ == "VBD" for child in _auxiliaries(frame)))


def _to_come(verb: Token, auxiliaries: list[Token]) -> bool:
    """Does an infinitive tell what is to come: a passive one modifying a noun ("a vote to be held Friday",
    "results, to be reported in January", which the parser hangs from the sentence's verb as often), or one of a
    noun of planning ("an agreement to meet again in the fall")? Not any other active one, as often a past's ("had
    no reason to leave on Tuesday"), nor one after a first, a last or an only: "the first to be elected in May"
    tells who was."""
    marked = any(child.tag_ == "TO" for child in auxiliaries)
    passive = any(child.lower_ == "be" and child.dep_ == "auxpass" for child in auxiliaries)  # not "had been"
    noun = verb.head
    ranked = any(_ranks(word) for word in (noun, *noun.children))
    planned = verb.dep_ == "acl" and noun.lemma_ in _PLANS and not _fate_told(noun)
    return marked and (planned or (passive and verb.dep_ in ("acl", "relcl", "ccomp"))) and not ranked


def _ranks(word: Token) -> bool:
    """Does the word rank the one who did something among others: "the first", "the youngest", "the largest"?"""
    return word.lower_ in _RANKING or word.tag_ == "JJS"


def _fate_told(plan: Token) -> bool:
    """Is a plan the subject of a clause told in the past, which tells what became of it, its time as often gone by:
    "a proposal to raise fares in January was rejected in December", "her promise to visit on Tuesday was kept"?"""
    return plan.dep_ in ("nsubj", "nsubjpass") and _told_as_past(plan.head)


def _frames_ahead(frame: Token, date: Token | None) -> bool:
    """Does an infinitive under `frame` look ahead: a frame of `_FUTURE_FRAMES`, or an intent not in the simple past,
    or one told with its own day where that day may reach the `date` (asked last, as it reads the sentence again)?"""
    lemma = _lemma(frame)
    if lemma in _FUTURE_FRAMES or (lemma in _INTENT and frame.tag_ != "VBD"):
        return True
    dated = lemma in _INTENT and _dated_to_a_day(frame)
    return dated and date is not None and _reached_by_a_dated_intent(date)


def _reached_by_a_dated_intent(date: Token) -> bool:
    """May the date be the plan of an intent told with its own day? Not a day of the week, the next after the act's
    day, which may be gone by when the news goes out (counted from the act's day where it is what the act fixes,
    `arranged_after`: "voted on Tuesday to walk out on Thursday", told on Friday; else a day of its own: "voted on
    Thursday to censure the mayor for remarks on Tuesday"); nor a date right after an incident, the incident's own:
    "voted on Monday to condemn the attack in October"."""
    return date.text not in WEEKDAY_NAMES and _incident_before(date) is None


def _dated_to_a_day(verb: Token) -> bool:
    """Does the verb name the day of its own act ("voted on Thursday", "decided Tuesday", "voted yesterday")? An
    intent told with its day is news of the last days, which it is not yet carried out after: "voted on Thursday
    to strike in January" looks ahead, where "voted to approve the budget in June" may tell of what was done."""
    for child in verb.children:
        days = [child] if child.dep_ in ("npadvmod", "tmod", "advmod") else []
        if child.dep_ == "prep" and child.lower_ == "on":
            days = [word for word in child.children if word.dep_ == "pobj"]
        if any(word.text in WEEKDAY_NAMES or word.lower_ in RELATIVE_DAYS for word in days):
            return True
    return False


def _modal_ahead(auxiliary: Token) -> bool:
    """A modal of `MODALS_AHEAD` not followed by a perfect's "have": "would vote", not "would have voted"; nor
    a past ability (`_PAST_ABILITY`)."""
    if auxiliary.tag_ != "MD" or auxiliary.lower_ not in MODALS_AHEAD:
        return False
    siblings = list(auxiliary.head.children)
    denied = any(sibling.dep_ == "neg" for sibling in siblings)
    if auxiliary.lower_ == _PAST_ABILITY and (denied or _beside_a_past(auxiliary.head)):
        return False
    return not any(sibling.lemma_ == "have" and sibling.i > auxiliary.i for sibling in siblings)


def _beside_a_past(verb: Token) -> bool:
    """Is the verb joined by a conjunction to one told in the past: "could see the boat, but winds kept them
    away"?"""
    joined = [child for child in verb.children if child.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    return any(other.pos_ in ("VERB", "AUX") and _told_as_past(other) for other in joined)


def _finite(verb: Token, auxiliaries: list[Token]) -> bool:
    return verb.tag_ in _FINITE or any(child.tag_ in _FINITE for child in auxiliaries)


def _governing_verb(date: Token) -> Token | None:
    token, phrase = date, date
    for _ in range(_HOPS):
        if token.pos_ in ("VERB", "AUX") or _infinitive_read_as_noun(token):
            if _before_its_clause(phrase, token):
                return token.head
            return _reported_clause_around(phrase, token) or token
        # A date the parser takes for its verb's object is the verb's time all the same: "will meet Jan. 8".
        if token.dep_ not in _ADVERBIAL and not (token.i == date.i and token.dep_ == "dobj"):
            return None
        token, phrase = token.head, token
    return None


def _participle_clause(verb: Token) -> bool:
    """Is the verb a participle heading an adverbial clause with no subject nor auxiliary: "charged with ..."?"""
    bare = not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and bare


def _infinitive_read_as_noun(word: Token) -> bool:
    """Is the word an infinitive the tagger read as a noun, which "to" marks as no noun is: "is due to end on
    Friday, union leaders said"?"""
    return word.pos_ == "NOUN" and any(child.dep_ == "aux" and child.tag_ == "TO" for child in word.children)


def _reported_clause_around(phrase: Token, verb: Token) -> Token | None:
    """The verb of the clause reported before a verb of saying (`CUE_LEMMAS`) and its comma that the date's phrase
    stands in, where the parser hung the phrase on the verb of saying: "Orvane stock starts trading Thursday, the
    company said" (the date is the trading's). A date after the comma is the saying's: "starts trading, the
    company said Thursday", "starts trading, the company on Thursday said"."""
    if _lemma(verb) not in CUE_LEMMAS or verb.i < phrase.i:
        return None
    if not any(token.text == "," for token in verb.doc[phrase.i + 1 : verb.i]):
        return None
    return next((child for child in verb.children if child.dep_ == "ccomp" and child.i < phrase.i), None)


def _before_its_clause(phrase: Token, verb: Token) -> bool:
    """Is the date's phrase hung on a complement clause it stands before, right after the verb that governs the
    clause? "said on Friday it would cut jobs": the parser often hangs "on Friday" on "cut", but a date between a
    verb and its clause's first word tells when the verb's act happened. After "that" it is the clause's own: "said
    that on Friday it would cut jobs". So with a participle's clause, which has no subject nor tense of its own:
    "appear in court on Monday charged with the robbery" tells when they appear, not when they were charged."""
    if not (verb.dep_ == "ccomp" or _participle_clause(verb)) or verb.head.i > phrase.i:
        return False
    inside = {token.i for token in phrase.subtree}
    return all(token.i > phrase.i for token in verb.subtree if token.i not in inside)
