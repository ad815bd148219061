"""Bylines: who wrote the story and which publication it first ran in."""

import re
from dataclasses import dataclass
from typing import TypeGuard

from app.ingest.layout.chrome import chrome_word_share
from app.ingest.layout.dates import stated_dates
from app.ingest.layout.lines import Line, make_line, words
from app.vocabulary.calendar import CALENDAR_WORDS, MONTH_ANY, MONTH_NAMES, WEEKDAY
from app.vocabulary.capitals import (
    GIVEN_NAME_ABBREVIATIONS,
    NAME_CREDENTIALS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
)
from app.vocabulary.classes import AFFILIATION_WORDS
from app.vocabulary.credits import CREDIT_LABEL, FOREIGN_BY, OTHERS_CREDIT, SPONSOR_CREDIT, WRITERS_CREDIT
from app.vocabulary.datelines import ABBREVIATED_REGION, PLACE_ENDS, PLACE_OPENERS, opens_story
from app.vocabulary.furniture import (
    AUTHOR_LINK,
    BYLINE_BUTTONS,
    INSTITUTION_ENDS,
    PAPER_OR_SURNAME_WORDS,
    PUBLICATION_WORDS,
    ROLE_WORDS,
    SECTION_WORDS,
    SUBJECT_WORDS,
    UI_VERBS,
    WIDGET_WORDS,
    is_column_name,
    is_control_label,
    names_when_it_runs,
)
from app.vocabulary.names import GIVEN_NAMES

# 'By Jane Roe', 'Story by Jane Roe', after a stamp: 'Posted on May 3, 2021 by Jane Roe', or labelled as a form
# labels a field: 'Author: Jane Roe', 'Reporters: Jane Roe and John Doe'; or run into the name: 'ByJane Roe'.
_EXPLICIT = re.compile(
    r"^(?:(?:(?:[A-Za-z]+ |(?i:(?:posted|published|written|updated)\b[^|]{0,40}?\s))?(?i:by)\s*:?"
    r"|(?i:authors?|writers?|reporters?|words|text)\s*:)\s+|By(?=[A-Z][a-z]))([^\W\d_\"“].*)$"
)
_BARE_BY = re.compile(r"^(?i:by|authors?|written by):?$")
# 'Photos by Ann Poe', 'Video: Ann Poe': a credit for the pictures, whose maker is not the story's writer.
_PICTURE_CREDIT = re.compile(rf"^\(?{CREDIT_LABEL}", re.IGNORECASE)
# 'Edited by Ann Poe': a credit for work other than the writing, whose maker is not the story's writer either.
_OTHERS_CREDIT = re.compile(rf"^\(?{OTHERS_CREDIT}", re.IGNORECASE)
# 'Powered by Some Audio': a widget's or a sponsor's credit, naming a company and no writer.
_SPONSOR_CREDIT = re.compile(rf"^\(?{SPONSOR_CREDIT}", re.IGNORECASE)
# '... FOR THE DAILY COURIER', '... of Harbor Wire' and '... Special to the Courier' name the publication the writers
# worked for; '... via Harbor Wire' the one that passed their story on.
_SEGMENT_BREAK = re.compile(
    rf"\s+[|—–(]\s*|\s*[•·]\s*|\s+-\s+|\s*[|/]\s*|@|\s+(?i:on)\s+(?={WEEKDAY}\b)|\s+(?=\d)"
    r"|\s+(?i:for|of|special\s+to|via)\s+(?=(?:the\s+)?[A-Z])"
)
# Where the names end: a weekday, a month and its day or a day and its month, a machine date (2021-05-03), a clock
# time, a time ago, a reading time ('5 min read'), an update stamp, the wires a writer's story draws on, named by
# kind ('Jane Roe and agencies', 'Staff and wire services'), or a credit for the pictures or for the editing.
_TAIL = re.compile(
    rf"\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH_ANY}\.?\s+\d+|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_ANY}\b|\d{{1,2}}:\d\d"
    r"|\d+\s+(?:second|minute|hour|day|week)s?\s+ago|\d+\s*min(?:ute)?s?\s+read|\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?"
    r"|updated|published|posted)\b.*$"
    r"|\s+(?:and|with|&)\s+(?:agencies|wires|(?:wire|news) (?:services|reports))\b.*$"
    rf"|[\s;,]+{CREDIT_LABEL}.*$"  # the photographer's credit after the writers': 'Jane Roe; photos by Ann Poe'
    rf"|\s*;\s*{OTHERS_CREDIT}.*$",  # an editor's after the reporters': 'Jane Roe and Ann Poe; Editing by John Doe'
    re.IGNORECASE,
)
# An e-mail address or phone number printed after the name ends it.
_CONTACT = re.compile(r"\S*@\S+\.\w+\S*|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
# What joins two writers' names, in any case.
_AND = r"(?i:and|&)"
# A comma, 'and' or '&', or both ('Jane Roe, John Doe, and Ann Poe'); 'with' adds a helper: 'Jane Roe with Ann Poe'.
_LIST_BREAK = re.compile(rf"\s*,\s*(?:{_AND}\s+)?|\s+(?i:and|&|with)\s+")
# Where a writer filed from, after the name: 'By Jane Roe in New Haven', 'By Jane Roe in Oslo and John Doe in Rome',
# or the ground a match report was written at: 'Jane Roe at Quayside Park'.
# Without 'By' the same shape may be a short headline ('Budget Talks in Port Elin'): where it stands tells them apart
# (headline.py).
_FILED_FROM = re.compile(r"\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
# A word of a person's name: capitalised, initials, or capitals throughout; never possessive ("Gardener's Green
# Notebook" names a column). Tested on the word's shape (upper case letters as A, lower case as a), so names in any
# alphabet with case pass: 'José Núñez', 'Åsa Öberg'.
_NAME_TOKEN = re.compile(r"^(?:A[aA'’-]*a[aA'’-]*|A\.(?:A\.)*|A[A'’-]+)$")
_POSSESSIVE = re.compile(r"['’][sS]$")
# A surname's particle in lower case joined to it by a hyphen: 'al-Rashidi', 'el-Amin', 'bin-Talal'.
_JOINED_PARTICLE = re.compile(r"^([a-z]+)-(?=[A-Z])")
# A job title's rank: 'Senior Reporter', 'chief correspondent'.
_RANKS = words("senior chief associate")
# A job's words, its rank's and its role's: 'Senior Reporter', 'Chief Meteorologist'.
_JOBS = ROLE_WORDS | _RANKS
# A newsroom's units, named after a region or a beat ('Europe Desk', 'Asia Bureau'), never after one person.
_UNIT_WORDS = words("desk bureau team newsroom")
_STAFF = "staff"
# Not part of a person's name: publication words, job titles with their ranks and beats ('Senior Political
# Writer') and link text beside a byline ('View all articles').
_ORG_WORDS = PUBLICATION_WORDS | _JOBS | words("political security associated more articles view all")
# Capitalised function words: their presence means a title-case headline, not a person.
_NOT_NAME = (
    words(
        """
    a an the of to in on at for with from by into over after before about as and or but not no is are
    was were be been will would can could may might must should has have had do does did why how what
    when where who which that this these those my your his her its our their i we you he she it they new
    more most all some any top best first last how-to why's here there says said gets set sets off up
    out down back now than just only also even still yet published updated posted
    """
    )
    | CALENDAR_WORDS
)
# No word of a person's name either: a widget's ('Site Search') or a picture desk's ('Stockhouse Images').
_NOT_NAME_OR_WIDGET = _NOT_NAME | WIDGET_WORDS
# Months are surnames and given names too ('Jane March', 'June Roe'): in a name of two words, after 'By' or a common
# given name, a month with no day after it (the date's own rule ends the names before 'May 3') is a word of the name.
# After a name of two words, a month opens the date it was published: 'Jane Roe November'.
_MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES)
_NOT_NAME_OR_WIDGET_BUT_MONTHS = _NOT_NAME_OR_WIDGET - _MONTH_WORDS
# What may follow a name in a publication's name: no function word but 'the' ('Jane Roe The Valley Post').
_NOT_IN_PUBLICATION = _NOT_NAME - {"the"}
# The words a desk's or publication's name or a button begins with, after a writer's name ('Jane Roe Weekly Post').
_AFTER_NAME = _ORG_WORDS | BYLINE_BUTTONS
# Alone after two capitalised words, a role, a button, a desk's or a masthead's word still follows a writer ('Jane Roe
# Staff', 'Jane Roe Sports', 'Jane Roe Times'); an institution's word ends an organisation's name ('Coastal Science
# Agency').
_ALONE_AFTER_NAME = _AFTER_NAME - INSTITUTION_ENDS
# Everyday headline words, verbs and nouns alike, that are not surnames: 'Local Man Wins Prize' is no person.
_HEADLINE_WORDS = words(
    """
    man men woman women boy boys girl girls kids people residents police officials city town village county
    school schools students teachers workers family families local former major prize award awards deal plan
    plans vote votes election crash fire storm killed dead dies died death wins win won beats loses lost
    opens closes shuts warns faces seeks wants calls makes takes gives tells asks finds leads joins leaves
    quits backs sues charged arrested jailed named rises falls drops cuts raises returns launches unveils
    reveals announces approves rejects signs buys sells hits kills helps saves
    """
)


# A run of three capitals or more, undotted, leading words in mixed case names an organisation: people's names
# are printed all in capitals or not at all, and a two-letter first name ('JR') may be initials.
_ACRONYM_LED = re.compile(r"^[A-Z]{3,}$")


@dataclass(frozen=True)
class Byline:
    pos: int
    names: tuple[str, ...]
    publication: str | None

    @property
    def author(self) -> str | None:
        if not self.names:
            return None
        if len(self.names) == 1:
            return self.names[0]
        return ", ".join(self.names[:-1]) + " and " + self.names[-1]


def _is_name(tokens: list[str], *, name_only: bool = False) -> bool:
    # Two to four words, a surname's particles not counted: 'Ana Lucía de la Quill' is four.
    if not 2 <= len([t for t in tokens[1:] if t not in NAME_PARTICLES]) + 1 <= 4:
        return False
    not_name = _NOT_NAME_OR_WIDGET_BUT_MONTHS if _months_may_name(tokens, name_only=name_only) else _NOT_NAME_OR_WIDGET
    if any(t.lower() in not_name for t in tokens):
        return False  # 'Site Search', 'Stockhouse Images' label a widget or a picture desk
    if len(tokens) > 2 and tokens[-1].lower() in BYLINE_BUTTONS:
        return False  # a button's label run on after the name: 'Jane Roe Follow', 'Jane Roe Twitter'
    topic_surname = _topic_surname(tokens, name_only=name_only)
    # 'Court Records' alone under a headline labels a section; after 'By' the same words are surnames: 'Tom Garden'.
    if name_only and not topic_surname and any(t.lower() in SECTION_WORDS for t in tokens):
        return False
    # 'Port Elin' or 'Cedar Falls' alone near the headline is the dateline's place; after 'By', a writer.
    if name_only and _is_place(tokens):
        return False
    # After 'By', 'Tom Echo' is a writer; alone on a line, 'Valley Echo' is as likely the masthead.
    surname = not name_only and _paper_or_surname(tokens)
    if not topic_surname and not surname and any(_ORG_WORDS.intersection(_parts(t)) for t in tokens):
        return False  # a desk, a title or a publication: 'Agency Staff', 'Reporter-at-Large', 'Presse-Agentur'
    if _ACRONYM_LED.match(tokens[0]) and not all(t.isupper() for t in tokens):
        return False  # a broadcaster's call letters or initials before a word: 'KXYZ Midvale', 'WNN Desk'
    # Surnames can be headline words ('John Major', 'Ruth Storm'): after 'By' it takes two to make a headline.
    if sum(t.lower() in _HEADLINE_WORDS for t in tokens) >= (1 if name_only else 2):
        return False
    # A particle ('al', 'de') leads a surname, but a first name may be spelled the same: 'Al Jones'.
    core = tokens[:1] + [t for t in tokens[1:] if t.lower() not in NAME_PARTICLES]
    if core[-1].lower().rstrip(".") in NAME_SUFFIXES:
        core = core[:-1]  # 'Jr.' ends a name without being a word of it
    # 'Related Topics', 'Top Stories': every word a menu word makes a section label, not a person.
    if chrome_word_share(" ".join(tokens)) == 1.0:
        return False
    # A given name written short opens it: 'Md. Rafiq Islam'.
    shaped = core[1:] if core[0].lower() in GIVEN_NAME_ABBREVIATIONS else core
    return len(core) >= 2 and all(
        _NAME_TOKEN.match(_shape(_less_particle(t))) and not _POSSESSIVE.search(t) for t in shaped
    )


def _months_may_name(tokens: list[str], *, name_only: bool) -> bool:
    """'By Jane March', or 'Jane March' alone: a month is a name's word after 'By' or a common given name."""
    return len(tokens) == 2 and (not name_only or tokens[0].lower() in GIVEN_NAMES)


def _paper_or_surname(tokens: list[str]) -> bool:
    """Two words, the second a newspaper's word that is a surname too: 'Tom Echo', or 'Valley Echo'."""
    return len(tokens) == 2 and tokens[1].lower() in PAPER_OR_SURNAME_WORDS


def _less_particle(token: str) -> str:
    """'al-Rashidi' -> 'Rashidi': the surname less a particle that the hyphen joins to it, whose lower case is no
    sign of prose."""
    joined = _JOINED_PARTICLE.match(token)
    return token[joined.end() :] if joined and joined.group(1) in NAME_PREFIXES else token


# What a credit naming no writer is made of: roles, desks, publications and the wires ('Staff and agencies').
_CREDIT_ONLY_WORDS = _ORG_WORDS | SUBJECT_WORDS | words("and & of the agencies wires")


def credits_no_writer(text: str) -> bool:
    """A line of job titles, desks and wires alone, with a job title or a desk among them: 'Chief Political
    Correspondent', 'Staff and agencies', naming no one."""
    tokens = [t.lower() for t in text.split()]
    return bool(tokens) and set(tokens) <= _CREDIT_ONLY_WORDS and any(t in ROLE_WORDS for t in tokens)


def _is_place(tokens: list[str]) -> bool:
    """Opened or ended by a word place names are built with ('Port Elin', 'Cedar Falls'), and not led by a common
    given name: 'Mike Springs' is a person."""
    if tokens[0].lower() in GIVEN_NAMES:
        return False
    return tokens[0].lower().rstrip(".") in PLACE_OPENERS or tokens[-1].lower() in PLACE_ENDS


def _is_affiliation(tokens: list[str]) -> bool:
    """An institution's name, not a second writer's: a writer named so ('Tom Office') opens on a given name."""
    return tokens[0].lower() not in GIVEN_NAMES and any(t.lower() in AFFILIATION_WORDS for t in tokens)


# An initial between a given name and a surname: 'Mary J. Books'.
_INITIAL = re.compile(r"[A-Z]\.?")


# One writer's job, after the beat or the region it covers: 'Black Sea Correspondent'. Not a plural ('Staff
# Writers' is the job of the names before it too) nor a newsroom's whole staff ('Jane Roe and John Doe Staff').
_ONE_WRITERS_ROLE = frozenset(w for w in ROLE_WORDS if not w.endswith("s")) - {"staff", "team"}
# A job title's words without its rank: 'Staff Writer', 'Education Reporter'.
_UNRANKED_JOB_WORDS = ROLE_WORDS | SUBJECT_WORDS


def _is_job_title(tokens: list[str]) -> bool:
    """A beat or a region before one writer's role, after a writer's name: 'Jane Roe, Black Sea Correspondent'. A
    given name before the role is one more writer's ('Jane Roe, Mary Lund Staff Writer'), and so is a name before a
    job title of two words or more with no rank ('Jane Roe, Ivo Lund Staff Writer'); before a rank, a beat is a
    place's ('White House Chief Correspondent')."""
    if len(tokens) < 2 or tokens[-1].lower() not in _ONE_WRITERS_ROLE or tokens[0].lower() in GIVEN_NAMES:
        return False
    named = next((k for k in range(len(tokens), 0, -1) if tokens[k - 1].lower() not in _UNRANKED_JOB_WORDS), 0)
    return len(tokens) - named < _JOB_TITLE_WORDS or not _is_name(tokens[:named], name_only=True)


def _topic_surname(tokens: list[str], *, name_only: bool) -> bool:
    """'By Mary Garden', 'Thomas J. Business': after a common given name and initials, a section's or a desk's word is
    a surname ('Mary Harbor Business' may be a desk's). Alone on a line it takes an initial: some given names name
    places too, and 'Virginia Politics' or 'Austin Business' is a desk."""
    initials = tokens[1:-1]
    return (
        tokens[0].lower() in GIVEN_NAMES
        and tokens[-1].lower() in SUBJECT_WORDS
        and all(_INITIAL.fullmatch(t) for t in initials)
        and (bool(initials) or not name_only)
    )


def _shape(token: str) -> str:
    """'Núñez' -> 'Aaaaa', "O'Neil" -> "A'Aaaa": letters by their case, other characters as they are."""
    return "".join("A" if c.isupper() else "a" if c.islower() else c for c in token)


def _parts(token: str) -> list[str]:
    """A word's hyphenated parts in lower case, without a closing dot: 'Reporter-at-Large' -> reporter, at, large."""
    return token.lower().strip(".").split("-")


def _name_prefix(tokens: list[str], *, name_only: bool) -> int:
    """How many leading tokens form a person's name, before a publication: 'Jane Roe Weekly Post'."""
    inner = 1  # past a middle initial or a surname's particles: 'Jane A. Roe', 'Jane de la Roe'
    while inner < len(tokens) - 1 and (re.fullmatch(r"[A-Z]\.", tokens[inner]) or tokens[inner] in NAME_PARTICLES):
        inner += 1
    take = max(inner + 1, _before_job_title(tokens, name_only=name_only))
    if not _is_name(tokens[:take], name_only=name_only):
        return 0
    tail = tokens[take:]
    if len(tail) > 4 or any(t.lower() in _NOT_IN_PUBLICATION or not t[:1].isupper() for t in tail):
        return 0
    # 'Virginia Politics Staff', 'Asia Markets Team': a topic's or a section's word before more of a desk's name is
    # the desk's, no surname; and a desk's or a bureau's word right after two names ends a desk's name, as no
    # writer's does ('Harbor Europe Desk'; 'Jane Roe Metro Desk' is a writer and her desk, 'Jane Roe Bureau Chief' a
    # writer and her job).
    if tail and (any(t.lower() in SUBJECT_WORDS for t in tokens[:take]) or _is_unit(tail)):
        return 0
    shouting_tail = all(t.isupper() for t in tail) and not all(t.isupper() for t in tokens[:take])
    if len(tail) >= 2 or shouting_tail or (tail and tail[0].lower() in _ALONE_AFTER_NAME):
        return take
    return 0


# A job title of two words or more: a rank or a beat, then a role ('Staff Writer', 'Health Correspondent'). One word
# alone ('Jane Roe Europe Correspondent') may follow a beat, which reads as a third name; so may a bureau's
# ('Jane Roe Harbor Bureau Chief').
_JOB_WORDS = _JOBS | SUBJECT_WORDS
_JOB_TITLE_WORDS = 2


def _before_job_title(tokens: list[str], *, name_only: bool) -> int:
    """The words of a name of three or four before a job title that closes the line: 'Mary Ellen Roe Senior Reporter'
    -> 3; else 0. A beat's word is no third name: 'Jane Roe Metro Health Reporter' names two."""
    for take in (3, 4):
        job = [t.lower() for t in tokens[take:]]
        if len(job) < _JOB_TITLE_WORDS or not set(job) <= _JOB_WORDS or job[0] in _UNIT_WORDS:
            continue
        extra = [t.lower() for t in tokens[2:take]]
        if (
            job[-1] in ROLE_WORDS
            and not SUBJECT_WORDS.intersection(extra)
            and not _papers_staff(job)
            and _is_name(tokens[:take], name_only=name_only)
        ):
            return take
    return 0


def _papers_staff(job: list[str]) -> bool:
    """Whether the job is a paper's staff's, which US papers print after the paper's name ('Jane Roe Times Staff
    Writer', 'Jane Roe Island Packet Staff Writer'): the words between it and a name of two are the paper's."""
    return job[0] == _STAFF


def _is_unit(tail: list[str]) -> bool:
    """A desk's or a bureau's word alone: 'Desk', where 'Bureau Chief' is a job."""
    return len(tail) == 1 and tail[0].lower() in _UNIT_WORDS


def _once(part: str) -> str:
    """A name printed twice in a row, as a flattened author card gives it (the portrait's label, then the link to
    the author's page): 'Jane Roe Jane Roe' -> 'Jane Roe'."""
    tokens = part.split()
    half = len(tokens) // 2
    return " ".join(tokens[:half]) if half and tokens[:half] == tokens[half:] else part


# What a name may follow on its line: a courtesy title or a job ('Dr. Jane Roe', 'Chief Meteorologist Jane Roe').
_TITLES_BEFORE_NAME = NAME_HONORIFICS | _JOBS


def _without_honorific(part: str) -> str:
    """'Dr. Jane Roe' -> 'Jane Roe': a courtesy or academic title is the writer's, not a word of the name, and its
    dot would break the name's shape; so is a job a station prints before its writer's name ('Chief Meteorologist
    Jane Roe')."""
    tokens = part.split()
    titled = 0
    while titled < len(tokens) - 2 and tokens[titled].lower().rstrip(".") in _TITLES_BEFORE_NAME:
        titled += 1
    # A rank leads the word of the job after it, a role's or not: 'Chief Executive Jane Roe'.
    if titled and tokens[titled - 1].lower() in _RANKS and titled < len(tokens) - 2:
        titled += 1
    return " ".join(tokens[titled:]) if titled else part


def _publication(text: str) -> str | None:
    words = text.split()
    if not words or stated_dates(text) or any(ch.isdigit() for ch in text) or len(words) > 6:
        return None
    if chrome_word_share(text) == 1.0:
        return None  # a button or menu run into the byline: 'Follow', 'Share'
    if any(ROLE_WORDS.intersection(_parts(w)) for w in words):
        return None
    if all(w.lower() in SUBJECT_WORDS for w in words):
        return None  # the page's section run into the byline: 'Jane RoeCrime', 'Jane Roe | Local'
    # 'the' may lead the name in lower case after 'for', 'of' or 'Special to': 'the Valley Courier'.
    if not all(w[:1].isupper() or w in NAME_PARTICLES or (k == 0 and w == "the") for k, w in enumerate(words)):
        return None
    return text


def parse_byline(text: str, *, name_only: bool = False) -> tuple[tuple[str, ...], str | None] | None:
    """'Jane Roe and John Doe, Some Agency' -> (('Jane Roe', 'John Doe'), 'Some Agency').

    `name_only` marks a line without 'By', where headline words are stricter evidence against a name.
    """
    text = _CONTACT.sub(" | ", _drop_leading_date(_unglue(text)))
    segments = [s.strip(" ,;:)") for s in _SEGMENT_BREAK.split(_TAIL.sub("", text))]
    segments = [s for s in segments if s]
    if not segments:
        return None
    names: list[str] = []
    publication: str | None = None
    for part in (_without_honorific(_once(_FILED_FROM.sub("", p))) for p in _LIST_BREAK.split(segments[0]) if p):
        tokens = part.split()
        if names and (_is_place(tokens) or _is_credential(part) or _is_job_title(tokens) or _is_affiliation(tokens)):
            # where the writers filed from, their degrees, their job or their institution: 'Jane Roe, Port Elin',
            # '..., M.D.', '..., Elmridge University'
            continue
        if names and _paper_or_surname(tokens) and re.search(rf",\s*{re.escape(part)}$", segments[0]):
            # after a comma closing the list, the publication: 'Jane Roe, Valley Clarion'; not 'Jane Roe and Tom Echo'
            publication = part
            continue
        if publication is None and _is_name(tokens, name_only=name_only):
            names.append(_name_case(part))
            continue
        cut = _name_prefix(tokens, name_only=name_only) if publication is None else 0
        if cut:
            names.append(_name_case(" ".join(tokens[:cut])))
            publication = _publication(" ".join(tokens[cut:])) or ""
        elif publication is None:
            publication = _publication(part) or ""
    if not publication and len(segments) > 1:
        publication = _publication(segments[1])
    if not names and not publication:
        return None
    return tuple(names), publication or None


# A capitalised word run into the one before it with no space ('Jane RoeReporter'): a flattened page lost the
# break between two elements, so the names end there. Names glue capitals themselves ('McQuillan', 'DeSantis'), so
# split before a word that follows bylines (a role, a publication, a widget, a button, a date or a stamp), or
# before any capitalised word that a name of two words or more runs into past its own inner capitals ('Jane
# RoeMetro', not 'Jane McQuillan'). The glued word may be printed in capitals ('Jane RoePUBLISHED'); a month is known
# by the day after it ('Jane RoeNov. 3'), as its short forms are also syllables of names. Capitals glued after
# capitals are _unglue_capitals' to split: the end of a surname in capitals is no word of its own ('FENWICK-HALL').
_GLUED = re.compile(rf"(?<=[A-Za-z])((?={MONTH_ANY}\.?\s*\d)|[A-Z][a-z]+|(?<=[a-z])[A-Z]{{2,}}\b)")
_GLUED_WORDS = _ORG_WORDS | WIDGET_WORDS | UI_VERBS | CALENDAR_WORDS | words("updated published posted")
# The capitalised stretch a word ends in: where an inner capital would follow a name's prefix ('Mc' in 'McQuillan').
_LAST_STRETCH = re.compile(r"[A-Z][a-z]*$")


# A digit run into a lower-case letter: names hold none, so a date or a time glued to the name ends it ('Jane Roe4
# May'); a machine date's 'T' stays ('2021-05-04T08:30').
_GLUED_DIGIT = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=\d)")


def _unglue(text: str) -> str:
    return _GLUED_DIGIT.sub(" | ", _GLUED.sub(_break_before, _unglue_role(_unglue_capitals(text))))


# What a name set in capitals runs into with no seam ('JANE ROEPOLITICS', 'JANE ROESTAFF WRITER'): a publication's,
# a role's or a section's word, a stamp or a weekday. Words that end surnames as well are left out: 'Swarts',
# 'Baumgarden', 'McLive', 'Newpost', and the months ('Gilmay').
_SHORTEST_GLUE = 4  # shorter words ('ALL', 'MAR') end surnames
_CAPITALS_GLUE = (
    frozenset(
        w
        for w in PUBLICATION_WORDS | ROLE_WORDS | SECTION_WORDS | CALENDAR_WORDS | words("updated published posted")
        if len(w) >= _SHORTEST_GLUE
    )
    - {name.lower() for name in MONTH_NAMES}
    - words("arts garden live post")
)
# Run into the name's end with nothing after it, the glued word is long enough that no surname ends in it
# ('ROEPOLITICS', 'ROEUPDATED'); shorter ones do ('Wagstaff', 'Maynews'). Six letters: a judgement from the words.
_SHORTEST_GLUE_AT_END = 6
# The shortest surname left before the glued word: two letters ('NG', 'WU').
_SHORTEST_SURNAME = 2


def _unglue_capitals(text: str) -> str:
    """A word in capitals after another word in capitals (a name's last word, its first before it), split before the
    longest byline word it ends in: 'JANE ROEPOLITICS' -> 'JANE ROE | POLITICS', 'JANE ROESTAFF WRITER'."""
    tokens = text.split(" ")
    for k in range(1, len(tokens)):
        if tokens[k - 1].isupper() and tokens[k].isalpha() and tokens[k].isupper():
            more = k + 1 < len(tokens) and tokens[k + 1].lower() in _AFTER_NAME
            tokens[k] = next((_split_glue(tokens[k], cut) for cut in _glue_cuts(tokens[k], more=more)), tokens[k])
    return " ".join(tokens)


def _glue_cuts(token: str, *, more: bool) -> list[int]:
    """Where a byline word glued to a surname in capitals may begin: after a surname of two letters or more, not
    a name's prefix ('MC' of 'MCLIVE'); a short word only where another byline word follows ('ROESTAFF WRITER')."""
    return [
        cut
        for cut in range(_SHORTEST_SURNAME, len(token) - _SHORTEST_GLUE + 1)
        if token[cut:].lower() in _CAPITALS_GLUE
        and token[:cut].lower() not in NAME_PREFIXES
        and (more or len(token) - cut >= _SHORTEST_GLUE_AT_END)
    ]


def _split_glue(token: str, cut: int) -> str:
    return f"{token[:cut]} | {token[cut:]}"


# A writer's role in lower case run into the surname after a given name ('Jane Roereporter', 'Jane Roehealth
# correspondent'): a beat's word counts only before a role's. Roles as short as 'staff' or 'desk' end surnames
# ('Wagstaff'), so the glued word is as long as _SHORTEST_GLUE_AT_END asks of a word glued at a name's end.
# A rank glued so opens a job whose role follows it ('Jane Roechief political correspondent'), so it may be shorter.
_GLUED_ROLE_WORDS = frozenset(w for w in ROLE_WORDS | SUBJECT_WORDS if len(w) >= _SHORTEST_GLUE_AT_END) | _RANKS
# The shortest surname left before a glued role: three letters, as two are as often a surname's own start before a
# role that opens with a vowel or a name's particle ('Pl|anchor', 'De|bureau'): a judgement from the words.
_SHORTEST_SURNAME_BEFORE_A_ROLE = 3


def _unglue_role(text: str) -> str:
    """'Jane Roereporter' -> 'Jane Roe | reporter': split only where a known role is left after a capitalised
    surname of three letters or more, a capitalised word before it."""
    tokens = text.split(" ")
    for k in range(1, len(tokens)):
        token, after = tokens[k], tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if not (tokens[k - 1][:1].isupper() and token[:1].isupper() and token[1:].isalpha()):
            continue
        cut = next(
            (c for c in range(_SHORTEST_SURNAME_BEFORE_A_ROLE, len(token)) if token[c:] in _GLUED_ROLE_WORDS), None
        )
        if cut is None or not token[1:cut].islower():
            continue
        if token[cut:] in ROLE_WORDS or after in ROLE_WORDS or _job_in_lower_case(token[cut:], tokens[k + 1 :]):
            tokens[k] = _split_glue(token, cut)
    return " ".join(tokens)


def _job_in_lower_case(glued: str, rest: list[str]) -> bool:
    """A rank run into the surname, what follows it on the line its job in lower case closed by a role: 'chief' +
    'political correspondent'."""
    return glued in _RANKS and bool(rest) and rest[-1] in ROLE_WORDS and all(w.islower() for w in rest)


def _break_before(glued: re.Match[str]) -> str:
    word = glued.group(1)  # empty before a month, which the lookahead found
    before = glued.string[: glued.start()]
    if not word or word.lower() in _GLUED_WORDS or _name_runs_on(before) or _capitals_run_on(before, word):
        return " | " + word
    return word


def _capitals_run_on(before: str, word: str) -> bool:
    """A name in capitals ends before a word in mixed case ('JANE ROEHarbor Wire'): no name changes case so."""
    tokens = before.split()
    return len(tokens) >= 2 and word[1:].islower() and tokens[-1].isupper() and tokens[-2].isupper()


def _name_runs_on(before: str) -> bool:
    """The text before a glued capital ends a name of two words or more, the last not a name's prefix ('Jane Roe'
    before 'Metro', not 'Jane Mc' before 'Quillan')."""
    tokens = before.split()
    if len(tokens) < 2 or not tokens[-2][:1].isupper() or tokens[-2][-1] in ",;:":
        return False
    if not before[-1:].islower():
        return False
    stretch = _LAST_STRETCH.search(tokens[-1])
    return stretch is not None and stretch.group().lower() not in NAME_PREFIXES


def _name_case(name: str) -> str:
    """'SEAN O'BRIEN-MCDONALD' -> "Sean O'Brien-McDonald"; a name printed in mixed case is left as it is."""
    if not name.isupper():
        return name
    parts = [part.capitalize() for part in re.split(r"([\s'’-])", name.lower())]
    return "".join(re.sub(r"^Mc([a-z])(?=[a-z])", lambda m: "Mc" + m.group(1).upper(), part) for part in parts)


def _drop_leading_date(text: str) -> str:
    match = re.match(r"^[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s+", text)
    return text[match.end() :] if match else text


# What joins two writers' names ('and', '&', a comma) ending a line or alone on one: a page that links each writer
# prints each name on its own line ('By' / 'Jane Roe' / 'and' / 'John Doe').
_ENDS_IN_JOINER = re.compile(rf"(?:,|\s{_AND})$")
_JOINER = re.compile(rf"^(?:,|{_AND})$")
# Or opening the next line, as a page that breaks a byline before its last name prints it ('By Jane Roe' / 'and John
# Doe').
_OPENS_WITH_JOINER = re.compile(rf"^{_AND}\s")
# Writers named on lines of their own: at most four, a judgement (bylines seldom name more).
_WRITER_LINES = 4
# A line that goes on with the names holds one or two: a judgement, as 'Jane Roe and John Doe' is four words
# (eight allows initials and particles).
_NAMES_LINE_WORDS = 8


# The lower-case words a line of names may hold: joiners and name particles ('Jane Roe and John de Vries').
_NAMES_LINE_LOWER_WORDS = frozenset({"and", "&"}) | NAME_PARTICLES


def _lower_case_beyond(tokens: list[str], allowed: frozenset[str]) -> bool:
    """Does a word other than the `allowed` ones begin in lower case: prose, not names?"""
    return any(t[:1].islower() and t not in allowed for t in tokens)


def _names_line(line: Line) -> bool:
    """A short line of names and nothing else ('John Doe', 'Ann Poe and John Doe'): no prose, no date, no place
    alone ('London'), not the story's dateline, each word capitalised but the joiners."""
    tokens = line.text.split()
    if line.prose or not 2 <= len(tokens) <= _NAMES_LINE_WORDS or re.search(r"\d", line.text):
        return False
    if opens_story(line.text) or _lower_case_beyond(tokens, _NAMES_LINE_LOWER_WORDS):
        return False
    parsed = parse_byline(line.text)
    return parsed is not None and bool(parsed[0]) and not parsed[1]


def _continued(lines: list[Line], i: int) -> str:
    """Line i's text with the writers' names that the lines below go on with: 'By Jane Roe,' / 'John Doe'."""
    text, j = lines[i].text, i
    for _ in range(_WRITER_LINES):
        if j + 2 < len(lines) and _JOINER.match(lines[j + 1].text) and _names_line(lines[j + 2]):
            text, j = f"{text} {lines[j + 1].text} {lines[j + 2].text}", j + 2
        elif j + 1 < len(lines) and _joins_on(text, lines[j + 1]):
            text, j = f"{text} {lines[j + 1].text}", j + 1
        else:
            break
    return text


def _joins_on(text: str, below: Line) -> bool:
    """Does the line below go on with the names, the joiner ending the text above or opening it?"""
    opening = _OPENS_WITH_JOINER.match(below.text)
    if opening:
        return _names_line(make_line(below.pos, below.text[opening.end() :]))
    return _ENDS_IN_JOINER.search(text) is not None and _names_line(below)


def _without_author_link(text: str) -> str:
    """The text before a link to the writer's other stories, if one ends it: 'By Jane Roe View all posts' -> 'By Jane
    Roe'."""
    link = AUTHOR_LINK.search(text)
    return text[: link.start()] if link else text


def author_card(line: Line) -> Byline | None:
    """The names before the link to their writer's other stories: 'Jane Roe View more articles'. The link marks a
    byline as 'By' does, if more weakly: a topic page's link ('Coral Coast View all stories') has the same shape."""
    text = _without_author_link(line.text)
    return name_only_byline(make_line(line.pos, text)) if text != line.text else None


# A credit with no colon, its label run straight into the name: 'Words Jane Roe', 'Words and pictures Jane Roe' name
# the writer; 'Photos Jane Roe' the photographer alone. Without the colon the label may open a headline ('Words Fail
# the Council'), so what follows must be a name alone, as strictly as a name with no 'By', and it is taken only
# where a name alone would be: near the headline, after any closer name alone.
_WRITERS_LABEL = re.compile(
    r"^(?i:(?:words|text)(?: and (?:pictures|photos|photographs))?|(?:pictures|photos|photographs) and (?:words|text))"
    r"\s+(?=[A-Z])"
)
_PICTURES_LABEL = re.compile(r"^(?i:photos?|photographs?|pictures?|images)\s+(?=[A-Z])")
# 'By' in another language ('Par Jeanne Roux'), as strict about the name after it as the labels above: 'Door' and
# 'Par' open English headlines too ('Door Stays Open', 'Par for the Course').
_FOREIGN_BY = re.compile(rf"^({'|'.join(FOREIGN_BY)})\s+(?=[A-Z])")


def _labelled_names(line: Line, label: re.Pattern[str]) -> Byline | None:
    match = label.match(line.text)
    return name_only_byline(make_line(line.pos, line.text[match.end() :])) if match else None


def _labelled_writers(line: Line) -> Byline | None:
    """The writers a label names without a colon: 'Words Jane Roe'; or 'By' in another language, with that
    language's word between two names: 'Par Jeanne Roux et Odon Brissac' -> Jeanne Roux, Odon Brissac."""
    if labelled := _labelled_names(line, _WRITERS_LABEL):
        return labelled
    match = _FOREIGN_BY.match(line.text)
    if not match:
        return None
    joiners = "|".join(FOREIGN_BY[match.group(1)])
    names = re.sub(rf"\s+(?:{joiners})\s+", " and ", line.text[match.end() :])
    found = name_only_byline(make_line(line.pos, names))
    # A publication after the names is set off from them ('Por Ana Ruiz, El Heraldo'); words run straight on after
    # two capitalised ones are an English headline's ('Por Favor Cantina Loses Licence Appeal').
    if found and found.publication and not ("," in names or _SEGMENT_BREAK.search(names)):
        return None
    return found


def credits_a_desk(text: str) -> bool:
    """'Jane Roe / Harbor Wire Desk': a writer and the desk she files for. A photograph is credited to its
    photographer and an agency, never to a desk, so after the slash a desk's word makes the line a byline."""
    head, slash, desk = text.rpartition("/")
    return bool(slash and head.strip() and desk.split()) and desk.split()[-1].lower() in _UNIT_WORDS


def is_picture_credit_without_colon(line: Line) -> bool:
    """'Photos Jane Roe': a credit for the pictures alone, naming no writer."""
    return _labelled_names(line, _PICTURES_LABEL) is not None


def _credit(lines: list[Line], i: int) -> Byline | None:
    """'By NAME ...' or another credit ('Edited by NAME') on one line, or 'By' alone above the name; writers named on
    the lines below go with them."""
    line = lines[i]
    if is_byline_label(line.text) and i + 1 < len(lines):
        parsed = parse_byline(_continued(lines, i + 1))
        return Byline(lines[i + 1].pos, *parsed) if parsed else None
    match = _EXPLICIT.match(_without_author_link(_continued(lines, i)))
    # The names open with a capital (of any alphabet) or a quote mark: 'by the river' is no byline.
    if not match or line.words > 24 or match.group(1)[0].islower() or _PICTURE_CREDIT.match(line.text):
        return None
    parsed = parse_byline(match.group(1))
    if parsed and parsed[0]:
        return Byline(line.pos, *parsed)
    # Only 'By' itself: 'By Harbor Wire' credits a publication and no writer, and the story's byline may follow it.
    if line.text[:2].lower() == "by" and _credits_an_organisation(match.group(1)):
        return Byline(line.pos, (), parsed[1] if parsed else None)
    return None


def is_byline_label(text: str) -> bool:
    """'By' or 'Written by' alone on its line, the writer's name on the next."""
    return _BARE_BY.match(text) is not None


def _credits_no_writing(text: str) -> bool:
    """'Edited by NAME', 'Powered by COMPANY': a credit for other work than the writing, or a sponsor's."""
    return bool(_OTHERS_CREDIT.match(text) or _SPONSOR_CREDIT.match(text))


def marked_byline(lines: list[Line], i: int) -> Byline | None:
    """'By NAME ...' on one line, or 'By' alone above the name: a credit for the writing."""
    return None if _credits_no_writing(lines[i].text) else _credit(lines, i)


def others_credit(lines: list[Line], i: int) -> Byline | None:
    """The names a credit for other work than the writing gives ('Edited by Jane Roe'): the one name a page that
    credits no writer gives for its story."""
    return _credit(lines, i) if _OTHERS_CREDIT.match(lines[i].text) else None


def credit_line(lines: list[Line], i: int) -> Byline | None:
    """A credit of a byline's shape, the writer's or another's ('Edited by Jane Roe', 'Sponsored by Acme Bank'): a
    line of the header that is no headline."""
    return _credit(lines, i) if _credits_no_writing(lines[i].text) else explicit_byline(lines, i)


def explicit_byline(lines: list[Line], i: int) -> Byline | None:
    """A byline marked as one: by 'By' (or a label), or by a link to the writer's other stories after the name."""
    return marked_byline(lines, i) or author_card(lines[i]) or _labelled_writers(lines[i])


# A wire story's closing credit: 'Reporting by Jane Roe in Oslo; Editing by John Doe'. The reporters wrote it; an
# editor did not, nor did a reporter who added to it ('Additional reporting by ...').
# The whole line is credits, maybe in parentheses ('(Reporting by Jane Roe; Editing by John Doe)'): the first runs to
# a semicolon, a closing parenthesis or the line's end (and its stop).
_CLOSING_CREDIT = re.compile(rf"^\(?{WRITERS_CREDIT}:?\s+([^;()]+?)\.?\s*(?:[;)].*)?$", re.IGNORECASE)
# The lower-case words a credit's names may hold: joiners, where a writer filed from, and name particles.
_CREDIT_LOWER_WORDS = frozenset({"and", "with", "in", "&"}) | NAME_PARTICLES


def closing_credit(line: Line) -> Byline | None:
    """The writers a story's closing credit names: 'Reporting by Jane Roe; Editing by John Doe' -> Jane Roe. A
    sentence that only opens so is no credit: 'Written by Tom Poe, the play opens Friday.'"""
    match = _CLOSING_CREDIT.match(line.text)
    if not match or _lower_case_beyond(match.group(1).split(), _CREDIT_LOWER_WORDS):
        return None
    parsed = parse_byline(match.group(1))
    return Byline(line.pos, *parsed) if parsed and parsed[0] else None


# A publication's or a desk's name is short: a few words, such as 'The Valley Post Metro Desk' (six, as
# _publication allows).
_ORGANISATION_WORDS = 6


def _credits_an_organisation(text: str) -> bool:
    """'Harbor Wire', 'Valley Post Staff': after 'By', a publication or its desk and no person. A word publications
    or desks are named with tells it from a date or a place ('By Tuesday, ...', 'By the river')."""
    tokens = text.split()
    if not 0 < len(tokens) <= _ORGANISATION_WORDS or not all(t[:1].isupper() for t in tokens):
        return False
    return any(_ORG_WORDS.intersection(_parts(t)) for t in tokens)


# A region abbreviated after a comma ends a dateline: 'Elinbury, Ore.', 'Millbrook, N.Y.'; no publication is
# written so, and a name's suffix or credential ('Jane Roe, Jr.', 'Jane Roe, M.D.') is told apart by its word.
_REGION_AFTER_COMMA = re.compile(rf",\s*({ABBREVIATED_REGION})$")


def _ends_in_region(text: str) -> bool:
    region = _REGION_AFTER_COMMA.search(text)
    return (
        region is not None
        and region.group(1).lower().rstrip(".") not in NAME_SUFFIXES
        and not _is_credential(region.group(1))
    )


def _is_credential(text: str) -> bool:
    """A degree or professional's letters written after a name: 'M.D.', 'Esq.', 'PhD'."""
    return text.replace(".", "").strip().lower() in NAME_CREDENTIALS


# The lower-case words a header line of names may hold: 'and', 'of' ('Jane Roe of Some Agency'), name particles,
# and the writer's job written in lower case after the names ('Jane Roe | Staff writer', 'Jane Roe, senior reporter').
_HEADER_LOWER_WORDS = frozenset({"and", "of"}) | NAME_PARTICLES | _JOBS


# After a comma, the publication the writer wrote for: 'Jane Roe, For the Valley Post', 'Jane Roe, special to the
# Courier'. Without the comma the same words run on in a headline ('Jane Roe for the Win').
_FOR_PUBLICATION = re.compile(r",\s+(?i:for|special\s+to)\s+(?:the\s+)?(?=[A-Z])")


# 'Jane Roe with HWN': a wire whose copy the writer worked in, named by its initials at the line's end (a helper is
# named in full: 'Jane Roe with Ann Poe').
_WITH_WIRE = re.compile(r"\s+(?i:with)\s+(?=[A-Z]{2,5}$)")


def initials_after_with(text: str) -> str | None:
    """The initials a byline ends in after 'with' ('HWN' in 'Jane Roe with HWN'). Initials alone do not tell a wire
    from the writer's employer or any body she worked with ('Jane Roe with OVRA'): only the page's other credits do."""
    found = _WITH_WIRE.search(text)
    return text[found.end() :] if found else None


# The writer's job in lower case after a break, closed by a role, its beat words any: 'Jane Roe, political
# correspondent', or a job glued to the name and split off ('Jane Roe | chief political correspondent').
_JOB_AFTER_BREAK = re.compile(rf"\s*[|,]\s*(?:[a-z]+\s+){{0,3}}(?:{'|'.join(sorted(ROLE_WORDS))})$")


def name_only_byline(line: Line, *, filed_from: bool = False) -> Byline | None:
    """A header line that is nothing but names, maybe with an agency: 'Jane Roe, Some Agency'; with `filed_from`,
    maybe with where the writer filed from ('Jane Roe in Oslo')."""
    if line.prose or (line.sentence and not line.text.endswith(".")) or _ends_in_region(line.text):
        return None
    if is_control_label(line.text) or is_column_name(line.text) or names_when_it_runs(line.text):
        return None  # 'Copy URL', 'Short Link': a link tool beside the byline; 'Weekend Walks': a column's name
    # A date stamp after the names ('Jane Roe May 3, 2021', glued or not) ends them, and is no part of their length;
    # so does an e-mail address or a handle ('Jane Roe jroe@example.org', 'Jane Roe @jroe').
    bare = _TAIL.sub("", _unglue(_drop_leading_date(re.sub(r"@\w+", "", _CONTACT.sub(" ", line.text)))))
    if len(bare.split()) > 12 or re.search(r"\d", bare):
        return None
    bare = _JOB_AFTER_BREAK.sub("", _WITH_WIRE.sub(" | ", _FOR_PUBLICATION.sub(" | ", bare)))
    if _lower_case_beyond((_FILED_FROM.sub("", bare) if filed_from else bare).split(), _HEADER_LOWER_WORDS):
        return None
    parsed = parse_byline(_FILED_FROM.sub("", line.text) if filed_from else line.text, name_only=True)
    if not parsed or not parsed[0]:
        return None
    return Byline(line.pos, *parsed)


def filed_from_byline(line: Line) -> Byline | None:
    """Names and where their writer filed from, with no 'By': 'Jane Roe in Oslo'. A short headline has the same
    shape ('Budget Talks in Port Elin'): only a line under the headline is taken so, and one of names alone, with no
    publication ('Three Cases of Fever Found in Oslo' reads as 'Jane Roe of Some Agency' would)."""
    if not _FILED_FROM.search(line.text):
        return None
    found = name_only_byline(line, filed_from=True)
    return found if found and found.publication is None else None


def name_only_byline_at(lines: list[Line], i: int) -> Byline | None:
    """Line i's names alone, with the writers the lines below go on with ('Jane Roe' / 'and' / 'John Doe'); the line
    by itself where what follows its comma is no name ('Jane Roe,' / 'May 3, 2021')."""
    continued = _continued(lines, i)
    joined = name_only_byline(make_line(lines[i].pos, continued)) if continued != lines[i].text else None
    # the label before the name first: 'Words Jane Roe' has a name's shape itself
    if labelled := _labelled_writers(lines[i]):
        return labelled
    if joined:
        return joined
    alone = name_only_byline(lines[i])
    return _stacked_names(lines, i, alone) or alone


def _stacked_names(lines: list[Line], i: int, first: Byline | None) -> Byline | None:
    """'Jane Roe' / 'John Doe': two writers' names alone on a line each (`first` line i's), with no 'and' between
    them, as a page that links each writer may print them. Each must be one person's name and no more (no agency, no
    place), and the story must not open right below: a story may open on a name alone ('Ida Brandt' heading a list
    of people), and losing its line is worse than losing a second writer."""
    if not _one_person(first) or i + 1 >= len(lines) or (i + 2 < len(lines) and lines[i + 2].prose):
        return None
    second = name_only_byline(lines[i + 1])
    if not _one_person(second):
        return None
    return Byline(lines[i].pos, (*first.names, *second.names), None)


def _one_person(byline: Byline | None) -> TypeGuard[Byline]:
    """One person's name and no more: no second writer, no publication."""
    return byline is not None and len(byline.names) == 1 and byline.publication is None
