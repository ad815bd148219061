"""The vocabulary of web-page furniture, from what a page's controls do rather than from any one site: the verbs
of its buttons and links, the counters beside them, the names of its tools and widgets, and the words that
publications and photo agencies name themselves with. A line built from these is no headline and no byline."""

import re

from app.vocabulary.calendar import WEEKDAY_NAMES

# What a reader does with a button or link: act on the page, not report the news.
UI_VERBS = frozenset(
    ["share", "email", "e-mail", "print", "comment", "subscribe", "report", "save", "bookmark", "copy", "download",
     "follow", "reply", "tweet", "like", "send", "sign", "log", "login", "register", "listen", "watch", "read",
     "view", "click", "tap", "skip", "search", "flag", "embed", "contact", "get", "gift", "add", "join", "jump",
     "open", "show", "hide", "leave", "submit", "suggest", "tell", "let", "write", "post", "continue"]
)  # fmt: skip
# The verbs of a sign-up form's button ('Sign up', 'Subscribe', 'Join now'): a link's 'Read more' or 'View all' closes
# a box of teasers instead.
SIGN_UP_VERBS = frozenset(["subscribe", "sign", "join", "register", "submit"])
# What a button or link acts on: the page itself, a link to it, the reader's account or the site's tools.
UI_OBJECTS = frozenset(
    ["link", "links", "short link", "shortlink", "short url", "article", "story", "page", "post", "error", "errors",
     "correction", "mistake", "typo", "comment", "comments", "conversation", "discussion", "url", "options", "tools",
     "app", "author", "feedback", "friend", "tip", "clipboard", "reading list",
     # the social networks a story is shared to ('Post to Facebook')
     "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest", "threads", "bluesky", "telegram"]
)  # fmt: skip
# The tools a story's own bar offers under its headline ('Listen', 'Print', 'Save', 'Gift this article', 'Comments'),
# which a site's menu does not.
ARTICLE_TOOLS = frozenset(["listen", "print", "save", "gift", "comment", "comments"])
# The labels of the buttons printed beside a writer's name ('Follow', 'Email', 'Twitter'), which no name ends in;
# 'Read', 'Post', 'Page', 'Link' and 'Story' label buttons too but end surnames, and are left out.
BYLINE_BUTTONS = frozenset(
    ["follow", "unfollow", "email", "e-mail", "share", "subscribe", "tweet", "bookmark", "facebook", "twitter",
     "whatsapp", "linkedin", "reddit", "pinterest", "bluesky", "instagram"]
)  # fmt: skip
# The link an author card prints after the writer's name, to the writer's other stories: 'Jane Roe View more
# articles', or run into the name by a flattened page, its verb perhaps left out ('Jane RoeMore Stories'). A link's
# verb ('view', 'see') or the seam it takes: 'Fans Want More Stories' and 'Teens Read More Stories' are headlines.
AUTHOR_LINK = re.compile(
    r"(?:(?<=\s)(?i:view|see)\s+|(?<=[a-z])(?=[A-Z])(?:(?i:view|see)\s+)?)"
    r"(?i:all|more)\s+(?i:articles|stories|posts)\W*$"
)
# Words a control's label ends in that sentences use too ('Read more', 'Email us', 'Share this', 'Continue reading',
# 'Search the site', 'Add topic to alerts'): a label only where the line ends within a few words and no comma or colon
# ('Tell us your thoughts'), as 'Add more buses, riders say', 'Join us for the fair' and 'Save the site of the old
# mill' are headlines.
UI_SHORT_OBJECTS = frozenset(["this", "more", "now", "later", "full", "us", "reading", "site", "topic"])
_SHORT_TAIL = r"(?:\s+[^\s,;:]+){0,3}\s*$"
# A control's action named with what it acts on, a preposition or an article between them: 'Share this article',
# 'Report an error', 'Copy link', 'Sign in', 'Jump to comments', 'Save for later', 'Open in app'.
UI_ACTION = re.compile(
    rf"^(?:(?:{'|'.join(sorted(UI_VERBS))})(?:\s+(?:to|for|in|on|via|from))?(?:\s+(?:an?|the|this|our|your))?"
    rf"\s+(?:(?:{'|'.join(sorted(UI_OBJECTS))})\b|(?:{'|'.join(sorted(UI_SHORT_OBJECTS))})\b(?={_SHORT_TAIL}))"
    r"|(?:sign|log)\s*(?:in|up|out|on)\b)",
    re.IGNORECASE,
)
# A count beside a control or a reading-time stamp: '12 comments', '3 min read', 'Listen 5 min', '1.2K shares'.
# Shares, views and likes count only where the line ends, as a headline may be about shares ('5 shares to buy now').
COUNTER = re.compile(
    r"\b\d[\d.,]*\s*[kKmM]?\s+(?:(?:comments?|repl(?:y|ies)|reactions?)\b|(?:shares?|views?|likes?)\s*$"
    r"|(?:min(?:ute)?s?|hours?)\s+(?:read|listen|watch)\b)|^(?:read|listen|watch)\s*[:(]?\s*\d+\s*min",
    re.IGNORECASE,
)
# What a control says of itself, not of the news: a reading tool ('Font size A A A', 'Reading time 4 minutes'), a
# link tool's or a comment box's state ('Link copied to clipboard', 'Comments are closed', 'Opens in a new window'),
# a prompt to comment ('Have your say') or a question about the page's errors ('Did we get something wrong?'), whose
# verb and error word stand a few words apart at most (30 characters, some five words: a judgement, not a measured
# figure).
_CONTROL_TEXT = re.compile(
    r"\b(?:font|text)[\s-]+size\b|\bA[+-]?\s+A[+-]?\s+A[+-]?$"
    r"|^(?:est(?:imated|\.)? )?(?:reading|listening) time\s*:?\s*\d"
    r"|^(?:(?:short\s*)?link |url )?copied(?: to (?:the )?clipboard)?\W*$"
    r"|^comments? (?:are|is) (?:closed|disabled|open)\b|^no comments\b|^be the first to comment\b|^have your say\W*$"
    r"|\bopens in (?:a )?new (?:window|tab)\b"
    # an author card's link to the writer's other stories, naming the writer by role: 'More by this author', 'See
    # all stories from this writer'
    r"|^(?:(?:see|view)\s+)?(?:more|all)(?:\s+(?:articles|stories|posts))?\s+(?:by|from)\s+(?:this|the)\s+"
    r"(?:author|writer|reporter|columnist)\W*$"
    # a print-friendly page's notes of where it was printed from: 'Article printed from ...', 'Printed from
    # site.example', 'URL to article: ...'; not a headline's 'Printed from plastic, ...'
    r"|^(?:article|story|page)\s+printed from\b|^printed from\s+\S+\.\S"
    r"|^url (?:to|of|for) (?:this )?(?:article|story)\b"
    r"|^(?:did we|have we|(?:did you )?(?:notice|spot(?:ted)?|see|find|found))\b[^?]{0,30}\b(?:wrong|errors?|mistakes?"
    r"|typos?)\b[^?]*\?",
    re.IGNORECASE,
)
# Names of a page's tools and widgets, which sit beside a headline or byline as labels: the site's search box,
# its sharing and bookmarking widgets, its menus, and the picture desk that took the photos.
WIDGET_WORDS = frozenset(
    ["search", "share", "sharing", "shares", "bookmark", "bookmarks", "menu", "toolbar", "tools", "widget", "button",
     "newsletter", "newsletters", "subscribe", "subscription", "comments", "print", "email", "e-mail", "rss",
     "feed", "icon", "logo", "images", "image", "photo", "photos", "photography", "pictures", "gallery", "video",
     "videos", "section", "sections", "topics", "tags", "sponsored", "advertisement", "site", "shortlink", "buttons",
     "stock"]
)  # fmt: skip
# What a news site calls its sections and the labels it puts on a story ('Property Listings', 'Court Records', 'Reader
# Voices'), beyond the words publications are named with below: printed under a headline, they name no person.
SECTION_WORDS = frozenset(
    ["local", "metro", "regional", "community", "opinion", "opinions", "editorial", "editorials", "letters",
     "voices", "features", "analysis", "obituaries", "classifieds", "notices", "records", "estate", "property",
     "homes", "lifestyle", "arts", "books", "food", "travel", "motoring", "education", "environment", "crime",
     "courts", "transport", "markets", "economy", "outdoors", "premium", "exclusive", "content", "climate", "safety",
     "enforcement", "football", "garden", "reviews",
     # and a lifestyle section's ('Harbour Life', 'Coast Living', 'City Money')
     "life", "living", "style", "money", "sport",
     # and the labels of a story's form: a live page, a blog, a guide, a fact check, an edition or a briefing
     "live", "update", "updates", "blog", "guide", "guides", "fact", "edition", "briefing", "links"]
)  # fmt: skip
# The subjects desks and publications are named after ('Harbor Business', 'Valley Sports'); after a common given
# name, a surname ('Mary Business').
TOPIC_WORDS = frozenset(
    ["policy", "affairs", "business", "finance", "economics", "science", "health", "tech", "technology", "sports",
     "politics", "entertainment", "culture"]
)  # fmt: skip
# The kinds of story a wire's capitals headline opens with before its dash ("PROFILE - ...", "COMMODITIES - ..."),
# beyond the sections' and topics' words.
WIRE_DESK_WORDS = frozenset(["feature", "profile", "interview", "preview", "commodities", "obituary"])
# A section's or a topic's word: a desk's in a byline ('Jane Roe Politics'), a label over a headline ('Business').
SUBJECT_WORDS = SECTION_WORDS | TOPIC_WORDS
# The words an institution's name ends with, never a writer's desk or masthead: 'Tidewater Research Agency' or a
# city's 'Communications Office' is the organisation, where 'Jane Roe Sports' or 'Jane Roe Times' is a writer and
# the desk or paper after her. With the same words in the names of the French, German, Spanish and Italian wire
# agencies.
INSTITUTION_ENDS = frozenset(
    ["agency", "service", "services", "network", "networks", "group", "office", "agence", "agentur", "agencia",
     "agenzia"]
)  # fmt: skip
# The words a wire agency ends its name with, in English and in the French and German agencies' names ('Harbor
# Press', 'Coastal Newswire', 'Nordische Presse-Agentur'); 'agency' only after 'news' or 'press' (layout.clean).
WIRE_WORDS = frozenset(["press", "presse", "wire", "newswire", "agency", "agentur"])
# 'Agency' alone names a public body as often as a wire ('Environment Agency'): a wire's only after these words.
WIRE_AGENCY_AFTER = frozenset(["news", "press"])
# The words French, Spanish and Italian agencies open their names with ('Agence Nordique-Presse', 'Agencia Sorel').
FOREIGN_AGENCY_WORDS = frozenset(["agence", "agencia", "agenzia"])
# Words newspapers are named with that are surnames too ('Tom Mercury'): after a writer's name and a comma, the
# publication's ('Jane Roe, Valley Clarion'); as a two-word name of its own, a writer's ('By Jane Roe and Tom Echo').
PAPER_OR_SURNAME_WORDS = frozenset(["mercury", "express", "echo", "argus", "clarion", "recorder", "courier", "crier"])
# Words newspapers are named with that no one bears as a surname: a name ending in one is a newspaper's, whatever the
# tagger guessed ('the Harbour Gazette'). Not "Examiner", an official's title too ('the Chief Medical Examiner said').
PAPER_ONLY_WORDS = frozenset(
    ["gazette", "tribune", "chronicle", "courant", "inquirer", "enquirer", "advertiser", "telegraph"]
)
# Words that publications, wire services and their desks are named with: a byline word from this list is the
# name of an organisation, not part of a person's name ('Harbour Times', 'Coastal Newsroom').
PUBLICATION_WORDS = PAPER_OR_SURNAME_WORDS | PAPER_ONLY_WORDS | frozenset(
    ["press", "news", "newswire", "wire", "times", "post", "journal", "magazine", "daily", "weekly", "monthly",
     "quarterly", "herald", "review", "observer", "monitor", "report", "reports", "bulletin", "digest", "dispatch",
     "ledger", "sentinel", "examiner", "telegram", "register", "statesman", "spectator", "insider", "today", "online",
     "digital", "media", "radio", "tv", "television", "channel", "broadcasting", "broadcast", "studio", "studios",
     # a radio station's band, which it is named with ('Coast FM')
     "fm",
     "newsroom", "world", "national", "newspaper", "international", "global",
     # a town's paper, after its town or its day ('Evening Standard', 'Valley Bugle'; 'Courier' and 'Crier', also
     # surnames, are with those above)
     "standard", "bugle",
     # the French wire agency's word for the press
     "presse"]
) | INSTITUTION_ENDS | TOPIC_WORDS  # fmt: skip
# The arms a media company names after itself, cited as readily as the company: "X" and "X News", "X Digital".
MEDIA_ARMS = frozenset(
    ["news", "media", "digital", "online", "network", "networks", "radio", "tv", "television", "broadcasting",
     "studios", "newsroom"]
)  # fmt: skip
# Job titles and desk names that stand next to a name in a byline; a wire agency's desk ('Some Agency Staff')
# is made of them and names no person.
ROLE_WORDS = frozenset(
    ["writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
     "contributor", "contributors", "columnist", "columnists", "staff", "team", "desk", "bureau", "author", "authors",
     "journalist", "journalists", "photojournalist", "photographer", "photographers", "producer", "producers",
     "meteorologist", "meteorologists", "anchor", "anchors"]
)  # fmt: skip
# How an author's bio says what the writer does, besides a job title: a critic's or a freelancer's work, a beat
# ('covers schools', 'writes about farming') or the publications written for ('has written for', 'contributes to').
WRITERS_BEAT = (
    r"critic|freelance(?:r)?|blogger|newsletter|podcast|covers|covering|"
    r"writes (?:about|on|for)|(?:has )?written (?:about|on|for)|contributes to|reports on"
)


# A web address, with its scheme or 'www.', or a bare host with a path as short-link tools print it ('ab.example/x3').
_ADDRESS = re.compile(r"https?://|\bwww\.\S|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S", re.IGNORECASE)


# A question to the reader before the control that answers it: 'Spotted a mistake? Let us know'.
_CLAUSE_BREAK = re.compile(r"(?<=[?!])\s+")


def is_ui_line(text: str) -> bool:
    """A control's label, a counter or a link tool, not a sentence of the news: 'Share this story', '14 comments',
    'Found a typo? Tell us', 'Short link: https://...'."""
    clauses = _CLAUSE_BREAK.split(text.strip())
    if any(UI_ACTION.match(clause) for clause in clauses) or _says_of_itself(text):
        return True
    return bool(COUNTER.search(text) or _ADDRESS.search(text))


def _says_of_itself(text: str) -> bool:
    """What a control says of itself, with its stop or not: 'Comments are closed.', 'Link copied to clipboard'."""
    return bool(_CONTROL_TEXT.search(text.strip()))


# After a control's label, the words of its call to act that say no more: 'Sign up here.', 'Sign up now.'
_CALL_TAIL = re.compile(r"(?:\s+(?:here|now|today|below))?\W*$", re.IGNORECASE)


def says_only_of_itself(text: str) -> bool:
    """A sentence that is what a control says of itself and no more, to its stop: 'Comments are closed.', or its
    call to act ('Sign up here.'); not a story's 'No comments were received.' or 'Comments are open until June 1.'"""
    text = text.strip()
    found = _CONTROL_TEXT.search(text)
    if found is not None and not re.search(r"\w", text[found.end() :]):
        return True
    action = UI_ACTION.match(text)
    return action is not None and _CALL_TAIL.fullmatch(text[action.end() :]) is not None


def is_control_label(text: str) -> bool:
    """A control's label ('Copy URL', 'Get short link') or the name of what a control acts on alone ('Short link'),
    which may have a name's shape: a page prints them beside the byline. A counter or a reading time after a name
    ('Jane Roe · 5 min read') leaves the name."""
    return bool(UI_ACTION.match(text.strip())) or " ".join(text.lower().split()) in UI_OBJECTS


# Between a headline and the site's name in a window or social title: 'Headline | Site', 'Site - Headline'; the
# union of the separators the page cleaner and the saved-page reader met (pipes, dashes, colons, middle dots).
TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " : ", " \u00b7 ", " \u2022 ")
# The separators a headline uses itself, between its subject and what is said of it ('English Channel - dozens
# rescued'): a publication-shaped name before one may be the story's subject, where before a bar it is the site's.
HEADLINE_SEPARATORS = (" - ", " \u2013 ", " \u2014 ", " : ")
# A notice the publication adds about the story itself ('Correction: An earlier version ...'): part of the story,
# and no one's words.
EDITORS_NOTE = re.compile(r"^(?:editor[’']?s note|correction|clarification)\s*:", re.IGNORECASE)
# Words a page sets before a headline or a line, often in capitals and with a colon, to say what kind of item it is
# ("EXCLUSIVE: ...", "Watch: ..."): the publication's, neither a name it labels nor a transcript's speaker.
KICKERS = frozenset(
    {"exclusive", "breaking", "watch", "video", "update", "analysis", "opinion", "editorial", "live", "report"}
)
# A fact check's or explainer's label for a part of the story ("THE CLAIM: ...", "THE FACTS: ..."), written in capitals
# as a transcript's speakers are: the publication's words, no one's turn.
SECTION_LABEL = re.compile(
    r"^(?:the )?(?:claim|facts?|verdict|ruling|our ruling|bottom line|background|context|what was said|what's next"
    r"|why it matters|the big picture)\s*:",
    re.IGNORECASE,
)
# The publication's note that closes an interview ("This interview has been edited for length and clarity.",
# "Follow Jane Roe on Twitter @janeroe", "Listen to the full interview", "Transcript provided by ..."): the
# transcript's last turn ends before it.
INTERVIEW_NOTE = re.compile(
    r"(?:this (?:interview|conversation|transcript|q&a) (?:has been|was|is) (?:\w+ )?(?:edited|condensed)"
    r"|follow [^.!?]{1,60}? on (?:twitter|x|instagram|facebook|threads|bluesky)\b"
    r"|(?:listen to|watch|hear|read) (?:the|our) full (?:interview|conversation|episode|transcript)"
    r"|copyright \d{4}|transcript (?:provided|produced) by)",
    re.IGNORECASE,
)


# What a press office prints over its release: the kind of document, alone or before a bar and its office's name
# ('News Release | Department of Health', 'FOR IMMEDIATE RELEASE'), or the release's number ('Release No. 214/2026',
# 'Ref: PR/2026/114'). Not the kind before a colon and the release's own title ('Press statement: Minister welcomes
# ...'), which is its headline.
_RELEASE_HEADING = re.compile(
    r"^(?:(?:press|news|media)\s+(?:release|statement|advisory)|for immediate release)"
    r"\s*(?:[:\u2013\u2014-]\s*)?(?:$|\|)"
    r"|^(?:(?:press|news|media)\s+)?(?:release|statement|notice|circular)?\s*(?:no|number|ref(?:erence)?)\b\.?\s*:?"
    r"\s*[\w/.-]*\d[\w/.-]*\s*$",
    re.IGNORECASE,
)


def is_release_heading(text: str) -> bool:
    """'News Release | Department of Health', 'Release No. 214/2026': a press office's heading, no headline."""
    return bool(_RELEASE_HEADING.match(text.strip()))


# The label a page sets over the story's summary, alone on its line: 'In Summary', 'Key points', 'What you need to
# know:'. The line below it is the summary, no headline. Not the labels that are as often a section's kicker over
# the headline itself ('In Brief', 'Highlights', 'At a Glance').
_SUMMARY_LABEL = re.compile(
    r"^(?:(?:in )?summary|key (?:points|takeaways|facts)|(?:the )?tl;?dr"
    r"|what you need to know|(?:the )?story at a glance)\s*[:»›>]?\s*$",
    re.IGNORECASE,
)


def is_summary_label(text: str) -> bool:
    """'In Summary', 'Key points:': a label over the summary below it."""
    return bool(_SUMMARY_LABEL.match(text.strip()))


# The label a page puts on a link to another story: 'Related: ...', 'Read more:', 'See also', 'Up next'. A headline
# after it, on its line or the next, is a teaser for that story.
TEASER_LABEL = (
    r"(?:related(?: (?:stories|story|articles|article|coverage|links|content|news|reading))?|see also|also (?:read|see)"
    r"|read (?:more|also|next)|more (?:on this|coverage|stories)|recommended(?: for you)?|up next"
    r"|next (?:story|article|up)|previous (?:story|article)|don['’]t miss|must read|editor['’]s picks?"
    r"|you (?:may|might) also like|trending(?: now)?|most (?:read|popular|viewed)"
    # the same labels on the pages of other languages: French, German, Spanish, Portuguese, Dutch, Italian
    r"|(?:à )?lire aussi|les plus lus|sur le même sujet|meistgelesen|mehr zum thema|(?:lo )?más leído|más leídas"
    r"|noticias relacionadas|lea también|lee también|mais lidas|leia também|veja também|meest gelezen|lees ook"
    r"|i più letti|leggi anche)"
)
_LABELLED_TEASER = re.compile(rf"^{TEASER_LABEL}\s*[:|»›>\u2013\u2014-]", re.IGNORECASE)
_TEASER_LABEL_LINE = re.compile(rf"^{TEASER_LABEL}\s*[:»›>]\s*$", re.IGNORECASE)
# A box's heading may also name the section its links come from ('More in Sport', 'More from Opinion'); alone on a
# line, these head a box of links to other stories.
_BOX_HEADING = re.compile(rf"^(?:{TEASER_LABEL}|more (?:in|from) \w+(?: \w+)?)\s*[:»›>]?\s*$", re.IGNORECASE)
# How fresh the stories under it are: 'Breaking News', 'Latest Headlines', 'Top Stories'. Alone on a line such a
# label heads a box or is the kicker over the story's own headline; before a colon it may open that headline.
_FRESHNESS_LABEL = re.compile(
    r"^(?:breaking(?: news)?|(?:latest|top)(?: news| stories| headlines)?|(?:more )?headlines|in other news)"
    r"\s*[:»›>]?\s*$"
    # an archive's warning over an old story: 'This article is more than 2 years old'
    r"|^this (?:article|story|page) is (?:more than|over) \w+ (?:years?|months?) old\.?$",
    re.IGNORECASE,
)


# A live page's label set before its headline, with a colon, a bar or a dash ('Live: ...', 'Live updates - ...'), or
# in capitals with none before a word in lower case ('LIVE Storm closes roads'): the page's form, no words of the
# headline, which opens in capitals after it. 'Live music returns' is a headline's own words, and so are 'Live - and
# loud', 'LIVE' in a headline set all in capitals and 'LIVE' before a name in capitals ('LIVE AID at 40').
_LIVE_LABEL = re.compile(
    r"^(?:(?i:live(?: updates?| blog| coverage)?|as it happened)\s*[:|\u2013\u2014-]\s+|LIVE\s+(?=[A-Z][a-z]))"
    r"(?=[A-Z0-9\"'\u2018\u201c])"
)


# What a page of briefs is labelled ('In brief', 'News briefs', 'Briefly', 'Weekly round-up', 'At a glance'): a
# section's label ('Travel', 'Analysis') over a byline may head a story of short sections as well.
_BRIEFS_LABEL = re.compile(r"\b(?:briefs?|briefly|round-?up|digest|at a glance|in short)\b", re.IGNORECASE)


def labels_briefs(text: str) -> bool:
    """A page of briefs' own label: 'In brief', 'News briefs', 'Weekly round-up'."""
    return bool(_BRIEFS_LABEL.search(text))


def without_live_label(text: str) -> str:
    """A headline less the live page's label before it: 'Live: Counting goes on' -> 'Counting goes on'."""
    return _LIVE_LABEL.sub("", text, count=1)


def is_labelled_teaser(text: str) -> bool:
    """A link to another story with its label: 'Related: Council delays vote on bridge'."""
    return bool(_LABELLED_TEASER.match(text.strip()))


# The heading a server's error page shows in place of a story: 'Page not found', '404', 'Error 404 - Not Found',
# 'Oops! Sorry, this page does not exist'. Whole: 'Page not found: the archive that vanished' heads a story. Not
# 'Oops!' or 'Error' alone, which head a brief as readily ('Oops!' over a van backed into a fountain).
_ERROR_PAGE_HEADING = re.compile(
    r"^(?:oops!?\W*)?(?:(?:error\s*)?(?:404|410|500)\b\W*)?"
    r"(?:(?:sorry,?\s+)?(?:the\s+|this\s+|that\s+)?(?:page|article|story|content)\s+(?:was\s+|is\s+)?"
    r"(?:not\s+found|(?:could\s+not|cannot|can[’']t)\s+be\s+found|(?:does\s+not|doesn[’']t)\s+exist"
    r"|(?:unavailable|no\s+longer\s+available)|has\s+(?:been\s+)?(?:moved|removed|deleted))"
    r"|(?:\d{3}\W*)?not\s+found|(?:error\s*)?(?:404|410|500))\W*$",
    re.IGNORECASE,
)


def is_error_page_heading(text: str) -> bool:
    """The heading of a server's error page ('Page not found', 'Error 404'), which holds no story."""
    return bool(_ERROR_PAGE_HEADING.match(text.strip()))


def is_teaser_label(text: str) -> bool:
    """A label alone on its line pointing at the link below it: 'Related:', 'Read more »'. Without its mark it
    may head a box the story's headline follows ('Most read' ending a sidebar)."""
    return bool(_TEASER_LABEL_LINE.match(text.strip()))


def is_box_heading(text: str) -> bool:
    """A box of links to other stories headed by its label, with its mark or without: 'Most read', 'More in Sport'."""
    return bool(_BOX_HEADING.match(text.strip()))


def is_freshness_label(text: str) -> bool:
    """A label alone on its line saying how fresh the news below it is: 'Breaking News', 'Top Stories', 'This
    article is more than 2 years old'."""
    return bool(_FRESHNESS_LABEL.match(text.strip()))


# What a regular column or series calls itself, last in its name: 'Weekend Notebook', 'The Garden Diary', 'Friday
# Mailbag'. The name stands over each instalment's headline and is no headline itself.
COLUMN_WORDS = frozenset(
    ["notebook", "diary", "column", "mailbag", "roundup", "round-up", "briefing", "explainer", "blog", "letter",
     "newsletter", "q&a"]
)  # fmt: skip
# A column's name is short: the longest the words above end, with 'The' and a day or place before them.
_COLUMN_NAME_WORDS = 5


# A column written from a place names the place in a word or two after 'from' ('Letter from Lisbon', 'Notebook from
# the Hill'); a fifth word is a headline's ('Letter from Prison Reveals Plot').
_COLUMN_FROM_WORDS = 4
# What a correspondent sends home, which a column written from a place may open with too ('Notes from the Hills',
# 'Postcard from Lisbon', 'Dispatches from the Coast'); unlike a column's word, these also open a feature's headline
# ('Letters from the Front', on an exhibition of soldiers' letters).
_SENT_FROM_WORDS = frozenset(["notes", "letters", "postcard", "postcards", "dispatch", "dispatches"])


# What a column named for the day it runs calls itself, after that day: 'The Saturday Essay', 'The Weekend
# Dispatch'. Without the day the words end headlines ('A Slow Dispatch').
_DAYS_COLUMN_WORDS = frozenset(["essay", "dispatch"])


def _names_its_day(tokens: list[str]) -> bool:
    """'The Saturday Essay', 'Weekend Dispatch': a weekday or when a column runs, then a day's column word, and
    nothing before them but 'the'; a headline has more ('Police Defend Friday Dispatch')."""
    day_and_word = (
        len(tokens) >= 2 and tokens[-1].strip(".:") in _DAYS_COLUMN_WORDS and tokens[-2] in _WHEN_A_COLUMN_RUNS
    )
    return day_and_word and tokens[:-2] in ([], ["the"])


def is_column_name(text: str) -> bool:
    """The name of a regular column or series: a few words ending in a column word, or opening with one and where
    it is written from ('Letter from Lisbon', 'Notebook from the Hill')."""
    tokens = text.lower().split()
    if not 0 < len(tokens) <= _COLUMN_NAME_WORDS:
        return False
    return tokens[-1].strip(".:") in COLUMN_WORDS or _written_from(tokens, COLUMN_WORDS) or _names_its_day(tokens)


def _written_from(tokens: list[str], openers: frozenset[str]) -> bool:
    # An empty or blank line has no first word: 'is_sent_from' takes any line, not only 'is_column_name''s few words.
    return bool(tokens) and tokens[0] in openers and tokens[1:2] == ["from"] and len(tokens) <= _COLUMN_FROM_WORDS


def is_sent_from(text: str) -> bool:
    """What a correspondent sends from a place, in a few words: 'Notes from the Hills', 'Postcard from Lisbon'. Over
    another headline it is her column's name; alone, a feature's headline ('Letters from the Front')."""
    return _written_from(text.lower().split(), _SENT_FROM_WORDS)


# When a regular column runs, which its name may open with ('Weekend Walks', 'Midweek Matters'). Not a weekday:
# 'Sunday' and 'Monday' are given names too.
_COLUMN_DAYS = frozenset(["weekend", "weekly", "midweek"])
# A day's column may open with either: a weekday or when a column runs ("The Saturday Essay", "Weekend Dispatch").
_WHEN_A_COLUMN_RUNS = frozenset(day.lower() for day in WEEKDAY_NAMES) | _COLUMN_DAYS
# A column named for when it runs is two words; a third may be a headline's ('Weekend Rail Works Cancelled'): a
# judgement, not measured.
_COLUMN_DAY_WORDS = 2


def names_when_it_runs(text: str) -> bool:
    """Two words opening with when a column runs ('Weekend Walks'): a column's name beside a byline, never a writer's.
    Right above the byline under no other headline, the same shape is a short headline ('Weekend Washout')."""
    tokens = text.lower().split()
    return len(tokens) == _COLUMN_DAY_WORDS and tokens[0] in _COLUMN_DAYS


# A line that tells the reader to sign up, subscribe, follow, write to someone or get something by signing up
# opens with the verb, as a page's sign-up box and the writer's contact line do; a story's sentence about signing
# up has a subject ('Residents can sign up ...') and a quoted order opens with its quote mark.
CALL_TO_ACTION = re.compile(
    r"^(?:sign up|subscribe|follow|join|register|get|e-?mail|contact|reach|write to)\b", re.IGNORECASE
)
