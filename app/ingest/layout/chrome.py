"""Recognising page chrome: navigation, share buttons, sign-up prompts, legal footers."""

import re

from app.ingest.layout.lines import Line, lower_ratio, word_list, words
from app.vocabulary.furniture import UI_VERBS, says_only_of_itself
from app.vocabulary.speech import REPORTING_FORMS

# Words that make up menus, buttons and section labels on news sites.
_CHROME_WORDS = words(
    """
    home news latest top breaking local national world sports business politics opinion opinions video
    videos photos photo gallery galleries podcast podcasts live menu sections section search subscribe
    subscription subscriptions subscriber sign log login logout register account in up out share shares
    tweet email print comment comments reply close open expand collapse more less next previous prev
    back return to top skip content main navigation nav follow us on facebook twitter instagram linkedin
    youtube pinterest reddit whatsapp messenger flipboard rss feed feeds newsletter newsletters alerts
    text advertise advertising advertisement ad ads sponsored content contact about help faq terms of
    use service privacy policy cookie cookies notice rights reserved copyright careers jobs archives
    archive classifieds obituaries weather traffic entertainment lifestyle health science tech
    technology travel food sport related stories articles article popular trending recommended read
    watch listen now today edition e-edition digital store shop the and for with your our all view see
    tags topics filed under caption image images camera arrow icon logo report error feedback give homepage
    submit toggle play pause replay mute more... cancel right left down
    """
)

_BOILERPLATE = re.compile(
    r"all rights reserved|cookie|privacy (?:policy|notice|rights)|terms (?:of|and) (?:use|service)"
    r"|affiliate commission|(?:sign|log) (?:up|in) (?:for|to|with)"
    # a call to subscribe, in the imperative, opening the line (after any bullet), a sentence or a clause after a
    # dash, or after an opening 'To ...,' of what it is for: 'Want more? Subscribe to ...', 'Don't miss a story —
    # subscribe now', 'To keep reading, subscribe for ...'; not a story's 'Few economists subscribe to that view.' nor
    # 'Few economists, however, subscribe to ...'
    r"|(?:^\W*|[.!?:;\u2014\u2013]\s*|^\W*to [^.!?,]{1,40},\s*)(?:please\s+)?subscribe (?:to|now|for)"
    # mail 'to your inbox' on a line that reports no one's words: not 'The results were sent to your inbox, she said.'
    rf"|^(?!.*[\"“”]|.*\b(?:{'|'.join(sorted(REPORTING_FORMS))})\b).*(?:to|in|into) your inbox"
    r"|newsletter sign|skip to (?:main )?content|javascript|ad ?choices|advertise with"
    r"|\b(?:you(?:['’]re| are| have been)|thanks?(?: you)? for)\s+(?:now\s+|successfully\s+)?"
    r"(?:subscrib|signed up|signing up)"  # a sign-up form's confirmation
    r"|\bfor (?:your )?(?:personal|private|non-?commercial)\b[^.]{0,30}\buse only"  # a reprint notice
    r"|(?:related|recommended|more|popular|top|trending) (?:stories|articles|links|content|videos)"
    r"|you may (?:also )?like|most (?:popular|read|viewed|shared)|read more about"
    r"|required fields|will not be published|leave a (?:reply|comment)"
    r"|(?:story|article) continues (?:below|after)|^for immediate release|^embargoed (?:until|till)"
    # a newsroom's appeal for donations ('Our journalism is free.', 'Donate to our newsroom today', 'Become a member
    # and support us'): a sentence opening on the appeal's imperative that names the newsroom itself, not a story's
    # sentence saying someone 'asked residents to donate' or a call to 'Donate blankets at the hall'
    r"|^(?:our|this) (?:journalism|reporting) is free"
    r"|(?:^|[.!?]\s+)(?:please\s+)?(?:donate|give|support|become an? (?:member|supporter|donor|patron))\b[^.!?]{0,80}?"
    r"\b(?:us|our (?:journalism|reporting|newsroom|work|mission)|(?:this|the) newsroom"
    r"|(?:independent|local|nonprofit|non-profit) (?:journalism|news|reporting))\b"
    r"|^support (?:our|independent|local|nonprofit|non-profit) (?:journalism|reporting|newsroom)"
    # a feedback widget's question under the story, the line's whole text ('Is this information useful to the jury?'
    # goes on, as a story's question does)
    r"|^(?:was|is|did you find) this (?:article|story|page|information) (?:helpful|useful)\s*\??$",
    re.IGNORECASE,
)
# Vocabulary of sign-up forms, comment forms and legal notices; two or more in a line give it away.
_FORM_WORDS = re.compile(
    r"\b(?:e-?mail(?: address)?|your (?:data|details|information|inbox)|personal (?:data|information)|privacy"
    r"|cookies?|consent|newsletters?|(?:un)?subscribe|subscription|terms|polic(?:y|ies)|comments?|spam"
    r"|sign(?:ed)? (?:up|in)|log(?:ged)? in|browser|advertis\w*|affiliate|register|password)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
# '###' and '-30-' close a press release the way '___' closes a wire story.
_SEPARATOR = re.compile(r"^(?:[_=]{3,}|#{3}|-30-)$")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_COUNTER = re.compile(r"^[\d\s/.,:+()%-]*(?:\w{0,3})$")


def chrome_word_share(text: str) -> float:
    tokens = re.findall(r"[a-z][a-z.']*", text.lower())  # a hyphenated icon label ('chevron-down') is two menu words
    if not tokens:
        return 1.0
    return sum(t in _CHROME_WORDS for t in tokens) / len(tokens)


# A story card flattened with no break between its headline and its summary: 'Dam Opens Early(This Week)Crews
# said the gates ...'. A lower-case letter or closing bracket run into a capitalised word.
_GLUE = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z]*\s)")


def is_glued_card(text: str) -> bool:
    """A teaser: a title-case headline of three words or more glued to a sentence-case summary of six or more."""
    for match in _GLUE.finditer(text):
        head, summary = word_list(text[: match.start()]), word_list(text[match.start() :])
        if len(head) >= 3 and len(summary) >= 6 and lower_ratio(summary) >= 0.5:
            return True
    return False


def is_separator(line: Line) -> bool:
    """A rule of underscores or equals signs that wire stories put between story and notes."""
    return bool(_SEPARATOR.match(line.text))


def is_copyright(line: Line) -> bool:
    return bool(_COPYRIGHT.search(line.text)) and line.words <= 40


_RIGHTS = re.compile(r"rights reserved|may not be (?:published|reproduced|copied)", re.IGNORECASE)


def is_rights_notice(line: Line) -> bool:
    """Wire copy closes with a notice reserving its rights; a bare '© Year Owner' is the site's footer."""
    return is_copyright(line) and line.sentence and bool(_RIGHTS.search(line.text))


# The longest sentence a sign-up or legal phrase makes boilerplate; a longer one is a story's sentence that uses it.
BOILERPLATE_WORDS = 25


def is_boilerplate(line: Line) -> bool:
    """Legal, sign-up and related-links text, whatever its length."""
    if _BARE_URL.match(line.text) or is_copyright(line):
        return True
    # Two different form words: a story about a policy may say "policy" twice.
    if len({word.lower().rstrip("s") for word in _FORM_WORDS.findall(line.text)}) >= 2:
        return True
    return bool(_BOILERPLATE.search(line.text)) and (line.words <= BOILERPLATE_WORDS or not line.sentence)


def _is_label(line: Line) -> bool:
    """A short heading of menu words ending in a colon, over a list of links: 'Related:', 'See also:'; or over a row
    of buttons, led by their verb: 'Like this:'. ('Like' is no menu word: 'Like Father, Like Son' is a headline.)"""
    if line.words > 3 or not line.text.endswith(":"):
        return False
    return chrome_word_share(line.text) >= 0.5 or line.text.split()[0].lower() in UI_VERBS


# The longest line taken for chrome by its menu words: a menu's row or a button's label, longer lines are headlines.
CHROME_LINE_WORDS = 6


def is_chrome(line: Line) -> bool:
    """Short navigation items, buttons, counters and icon labels."""
    text = line.text
    if is_boilerplate(line) or _COUNTER.match(text) or _is_label(line):
        return True
    if line.words <= CHROME_LINE_WORDS and not line.sentence and chrome_word_share(text) >= 0.5:
        return True
    if line.sentence and line.words <= CHROME_LINE_WORDS and says_only_of_itself(text):
        return True  # a short sentence of a control about itself: 'Comments are closed.'
    return line.words <= 3 and not line.sentence
