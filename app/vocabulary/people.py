"""Common nouns for people in news text."""

from app.vocabulary.capitals import NAME_HONORIFICS

# Nouns that describe one person, whom a story names by them after naming them ("the nominee said").
PEOPLE_NOUNS = frozenset(
    [
        "man",
        "woman",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "widow",
        "businessman",
        "businesswoman",
        "billionaire",
        "lawmaker",
        "politician",
        "nominee",
        "candidate",
        "incumbent",
        "challenger",
        "veteran",
        "lawyer",
        "doctor",
        "actor",
        "actress",
        "author",
        "founder",
        "executive",
        "star",
        "activist",
        "teenager",
        "retiree",
        "grandmother",
        "grandfather",
    ]
)
# Kin only a person has, written after a name in the possessive ("Roe's widow", "Roe's husband"). Not a parent, a
# child or a sibling, which news gives towns, countries, firms and clubs too ("Kelvora's son, the striker Ivo Berg",
# "Halden's sister, the town of Ostby", "Acme's daughter firm").
KIN_NOUNS = frozenset(
    ["wife", "husband", "widow", "widower", "fiancee", "fiance", "girlfriend", "boyfriend", "stepson", "stepdaughter",
     "grandson", "granddaughter", "nephew", "niece"]
)  # fmt: skip
# What someone is or does, which news uses as often to bring someone new in ("The driver said the brakes failed.")
# as to name again someone it has named ("Jane Roe, a teacher, ... the teacher said"): the noun alone does not say
# which, so it means someone named before only when the story gave them the role or writes it as a past one ("the
# retired teacher").
EVERYDAY_ROLES = frozenset(
    ["teacher", "nurse", "farmer", "student", "girl", "boy", "singer", "athlete", "driver", "pilot", "survivor",
     "owner", "entrepreneur", "writer", "journalist",
     # Trades and fame ("the tycoon said" after "Businessman Jane Roe" and "Rival Bob Doe" is neither), voices a story
     # brings in to react ("the pundit said"), and kin beyond parents and children ("his brother said" of a man just
     # dead is someone new, not him).
     "millionaire", "mogul", "tycoon", "magnate", "financier", "philanthropist",
     "comedian", "rapper", "musician", "commentator", "pundit", "columnist", "preacher", "evangelist",
     "brother", "sister", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin",
     # The arts' trades, written before a name as a sports report writes a player's position ("conductor Ann Roe").
     "conductor", "composer", "artist", "architect", "designer", "photographer", "chef", "novelist", "poet",
     "painter", "playwright"]
)  # fmt: skip
# Nouns for the people a crowd in the news is made of, whom "they" stands for when plural ("Residents were
# furious. '...,' they said.").
CROWDS = frozenset(
    ["resident", "worker", "official", "protester", "demonstrator", "critic", "lawmaker", "voter", "parent",
     "student", "teacher", "expert", "analyst", "activist", "campaigner", "supporter", "opponent", "member",
     "leader", "investor", "employee", "neighbor", "neighbour", "farmer", "fan", "victim", "survivor", "citizen",
     "organizer", "organiser", "prosecutor", "investigator", "diplomat", "customer", "passenger", "tenant",
     "patient", "player", "witness", "doctor", "nurse", "officer", "scientist", "researcher", "economist"]
)  # fmt: skip
# The professions of firms, after which "at" names the firm ("analysts at Corbel Hart", "a lawyer at Pike Brennan"):
# no one practises at a person or a building, so a name there that the tagger read as either is a firm's. Not
# workers, staff or employees, who work at a site as often ("workers at Halden Mill").
FIRM_PROFESSIONS = frozenset(
    ["analyst", "economist", "strategist", "trader", "banker", "broker", "lawyer", "solicitor", "accountant",
     "auditor", "adviser", "advisor", "consultant", "partner", "executive", "spokesman", "spokeswoman", "spokesperson"]
)  # fmt: skip
# Those of them only a person is called in the singular ("economist Ann Roe"): a firm may be a broker, an adviser,
# an auditor or a partner ("auditor Pike Orr Anstruther"), never an economist.
PERSONAL_PROFESSIONS = FIRM_PROFESSIONS - {
    "broker",
    "adviser",
    "advisor",
    "consultant",
    "auditor",
    "partner",
    "accountant",
}
# Nouns that "first" makes the name of a role: the family of a head of state or government ("the first lady",
# "the former first gentleman", "the first daughter"), which news uses to name again someone it named with it.
FIRST_FAMILY = frozenset(["lady", "gentleman", "daughter", "son"])
# Words that make an office of its own out of a title ("Prime Minister", "Vice President", "Deputy Mayor"): "the
# prime minister" names again the one the story called Prime Minister, never another minister it named since.
OFFICE_RANKS = frozenset(["prime", "vice", "deputy", "assistant", "lieutenant", "shadow"])
# Words before a title that make its bearer someone other than its holder: a rank ("Vice President Roe" is not "the
# president") or a past ("Former Foreign Minister Roe" is "the former minister", not "the foreign minister"). Not
# "acting" (an acting president is the president), "prime" (a prime minister is still a minister) nor "lieutenant"
# (news calls a lieutenant general "the general").
OTHER_OFFICE = OFFICE_RANKS - {"prime", "lieutenant"} | {"former"}
# Verbs that give the person they name an office, written as the office after the name ("The council named Jo Roe
# city manager", "Jo Roe was elected mayor", "Jo Roe was sworn in as governor"): the story's later "the city
# manager" is that person.
APPOINTING_VERBS = frozenset(
    ["name", "appoint", "elect", "reelect", "hire", "nominate", "promote", "select", "choose", "pick", "tap", "install",
     "swear"]
)  # fmt: skip
# Offices of a body written with "of" whose word alone names their holder again ("Speaker of the House Jo Roe" is "the
# speaker", "Governor of the Central Bank Jo Roe" "the governor"): one holder to a body, where "secretary", "chief"
# and "minister" are words of many offices in one story ("the press secretary", "the police chief").
SOLE_BODY_OFFICES = frozenset(["speaker", "governor", "mayor", "chairman", "chairwoman", "chair"])
# Of these, the words that also name someone in no office ("the keynote speaker", "the chair of the panel"): held by
# the office's holder only while the story gives no one else the word.
COMMON_WORD_OFFICES = frozenset(["speaker", "chair"])
# The particle after which a verb of appointing writes the one it appoints, as the particle's object: "The council
# swore in Jo Roe as mayor".
APPOINTING_PARTICLES = {"swear": "in"}
# The first and last words of the offices news writes in their initials after "the" ("the CFO", "the COO"): chief
# officers. Initials of other words are a body's far more often ("the EU", "the UN", "the FBI"), whatever office
# the story gave with those initials ("economy undersecretary", "first base instructor").
INITIALLED_OFFICE = ("chief", "officer")
# Words before an office that make its bearer its holder for the while ("the acting chief financial officer" is "the
# CFO", as an acting president is the president), unlike a rank ("the deputy chief financial officer" is not).
STANDING_IN = frozenset(["acting", "interim"])
# The chief officers news names without "officer" ("the chief executive"), whose initials keep it ("the CEO").
OFFICER_UNWRITTEN = frozenset(["chief executive"])
# Verbs that appoint only with their particle, the office after "as" ("The club brought in Jo Roe as coach", "took on
# Jo Roe as manager"): without it they appoint no one ("brought Jo Roe as a guest").
PHRASAL_APPOINTING_VERBS = {"bring": "in", "take": "on"}
# Words that say a person is dead or gone ("Jo Roe, 34, died in the crash", "has been missing since June"): the
# words quoted after a paragraph about them are a relative's or an official's, not theirs.
GONE_WORDS = frozenset(["die", "drown", "perish", "vanish", "disappear", "missing", "dead"])
# Nouns for an office as such, which a verb of appointing gives with the office after "of" ("named Jo Roe to the post
# of director"): the office is the word after "of", not the post.
POST_WORDS = frozenset(["post", "position", "role", "job", "office"])
# Words before a minister's title that say whose minister, not which portfolio ("the cabinet minister", "a government
# minister"): not another portfolio than the one the story gave its holder.
NO_PORTFOLIO_WORDS = frozenset(["cabinet", "government"])
# The body of an office "of state", the state as a whole, not a portfolio: "the state secretary" (a junior minister in
# many countries) is another office than a Secretary of State.
STATE_BODY = "state"
# The title a minister's portfolio is written before, capitalised ("Finance Minister Ann Roe", "the Interior
# Ministers"): the portfolio is a word of the title, not the name of a ministry.
MINISTER_TITLES = frozenset({"Minister", "Ministers"})
# The words of a body or a portfolio written after "of" inside an office's title before its holder's name
# ("Secretary of State Ann Roe", "Speaker of the House Ann Roe", "Minister of the Interior Ann Roe"): a word of the
# title, no organisation of its own. A list of common nouns, so a firm's own name there ("Chairman of Acme Ann Roe")
# is kept.
TITLE_BODY_WORDS = frozenset(
    ["state", "house", "commons", "lords", "senate", "assembly", "parliament", "council", "interior", "treasury",
     "exchequer", "defence", "defense", "justice", "finance", "health", "education", "labour", "labor", "agriculture"]
)  # fmt: skip
# The title a department's word is written before in the British way ("Health Secretary Ann Roe", "Energy
# Secretary"): the word names the portfolio, not a body. An acronym before it names one ("UN Secretary").
SECRETARY_TITLES = frozenset({"Secretary", "Secretaries"})
# The word after "Secretary" in the title of a body's head ("Ostra Secretary General", "the UN Secretary-General"):
# the name before such a title is the body's, not a portfolio.
BODY_HEAD_TITLE_ENDS = frozenset({"General", "general"})
# Words written before titles ("former President Roe", "State Secretary Roe") that describe places and buildings as
# readily ("the former Ashby Mill", "the former Tolvia"): before a name they do not make it a person's.
THING_QUALIFIERS = frozenset(["former", "state", "foreign", "interior", "host"])
# Words of a holder's time in office written before a name at a sentence's start, as a title is ("Outgoing Ann Roe
# said", "Retiring Ivo Berg"): the words after one, shaped as a person's name, are a person's; the word is not hers.
TENURE_WORDS = frozenset(["outgoing", "incoming", "retiring", "veteran", "longtime", "embattled", "beleaguered"])
# A school head's title that firms take for the first word of their names too ("Principal Financial", "Principal
# Asset Management"): a title only in a name the tagger reads as a person's ("Principal Ann Roe"), so not in TITLES.
FIRM_TITLES = frozenset(["principal"])
# Ranks of armies, police forces and faiths written in full before a surname, which TITLES gives only
# abbreviated or not at all ("commander Colonel Roe", "spokesman Inspector Roe", "leader Sheikh Roe"): after a
# role, a rank and no given name. Not "superintendent", an office TITLES gives.
RANK_WORDS = frozenset(
    ["colonel", "major", "captain", "lieutenant", "sergeant", "corporal", "commander", "brigadier", "admiral",
     "marshal", "inspector", "constable", "detective", "sheikh", "ayatollah", "archbishop", "emir"]
)  # fmt: skip
# A grade written before a title: an office of its own before a civil office ("Lieutenant Governor" is not "the
# governor"), a grade of the rank before an army's ("Lieutenant General" is "the general", as news calls one).
LIEUTENANT = "lieutenant"
# The ranks "lieutenant" grades: RANK_WORDS and "general", which RANK_WORDS leaves out as it also ends civil titles
# ("Attorney General", "Secretary General").
LIEUTENANT_RANKS = RANK_WORDS | {"general"}
# Words for a person's part in a firm, a body or a work, after which "in" names that, not a place ("a partner in
# Torvane", "a role in Ashfall", "starred in Ashfall"): nouns of the part, and verbs of playing one on screen or page.
PART_NOUNS = frozenset(["partner", "member", "role", "cameo"])
PART_VERBS = frozenset(["star", "co-star", "feature"])
# Verbs and nouns of faith put in someone, after which "in" names a person or a body, not a place ("believed in Roe",
# "confided in Roe", "put their trust in Roe").
FAITH_VERBS = frozenset(["believe", "confide", "trust"])
FAITH_NOUNS = frozenset(["trust", "faith", "confidence", "hope", "hopes", "belief"])
# Nouns that say a person is meant ("X, a 34-year-old teacher").
PERSON_APPOSITIVES = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "resident",
        "student",
        "activist",
        "lawyer",
        "official",
        "teacher",
        "doctor",
        "farmer",
        "worker",
        "victim",
        "survivor",
        "refugee",
        "veteran",
        "owner",
        "member",
        "leader",
        "politician",
        "journalist",
        "reporter",
        "writer",
        "singer",
        "actor",
        "actress",
        "player",
        "coach",
        "friend",
        "neighbour",
        "neighbor",
    ]
)


# Honorifics and words of rank or office written before a name ("Dr. Jane Roe", "Foreign Minister X"), compared
# without dots.
TITLES = NAME_HONORIFICS | frozenset(
    [
        "lord",
        "lady",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "vice",
        "minister",
        "secretary",
        "ambassador",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "mayor",
        "judge",
        "justice",
        "attorney",
        "general",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "gen",
        "adm",
        "cmdr",
        "officer",
        "chief",
        "ceo",
        "speaker",
        "leader",
        "councilman",
        "councilwoman",
        "councillor",
        "alderman",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "selectman",
        "selectwoman",
        "comptroller",
        "magistrate",
        "trooper",
        "del",
        "delegate",
        "commissioner",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "father",
        "sister",
        "brother",
        "deputy",
        "former",
        "prime",
        "foreign",
        "state",
        "interior",
        "defense",
        "treasury",
        "host",
        "spokesman",
        "spokeswoman",
        "candidate",
        "nominee",
        "sheriff",
        "superintendent",
        "treasurer",
        "clerk",
        "manager",
        "coach",
        "headteacher",
        "headmaster",
        "headmistress",
        "cardinal",
        "bishop",
        "rabbi",
        "imam",
    ]
)
# Titles that are also common given names, and so kept out of TITLES: one opens a name of three words as a title
# ("Dean Arlo Venn" is a dean), but before a surname alone it is the given name ("Dean Harlow").
GIVEN_NAME_TITLES = frozenset(["dean"])
# The lower-case words a job title in title case may hold: 'Health and Science Reporter', 'Head of News Desk'.
JOB_TITLE_JOINERS = frozenset({"and", "&", "of", "for"})

# Honorifics, titles and kinship words that say outright whether a man or a woman is meant before a name ("Ms.
# Roe", "widow Jane Roe"), compared without dots. Not "chairman" nor "spokesman": British usage, and some American,
# gives a woman those offices' words ("The party's spokesman, Jane Roe, ... she said"), so they tell no sex.
MALE_TITLES = frozenset(
    [
        "mr",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "brother",
        "congressman",
        "assemblyman",
        "selectman",
        "councilman",
        "businessman",
        "husband",
        "widower",
        "son",
        "grandfather",
        "grandson",
        "nephew",
        "uncle",
    ]
)
FEMALE_TITLES = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "sister",
        "congresswoman",
        "assemblywoman",
        "selectwoman",
        "councilwoman",
        "chairwoman",
        "spokeswoman",
        "businesswoman",
        "wife",
        "widow",
        "mother",
        "daughter",
        "grandmother",
        "granddaughter",
        "niece",
        "aunt",
    ]
)
