"""Class nouns: the common nouns news writes beside a name to say what kind of thing it names ("the news agency
X", "X news agency", "the town of X", "the capital X"); and the prepositions of place, before a name that is a
place's ("a plant in X")."""

# Kinds of news outlet, whose name a wire story gives as its source ("the news agency X reported").
MEDIA_NOUNS = frozenset(
    ["newspaper", "daily", "weekly", "magazine", "agency", "broadcaster", "channel", "network", "station", "website",
     "outlet", "publication", "tabloid", "paper", "journal"]
)  # fmt: skip
# What a paper prints on a day of the week: after a weekday, they name a regular edition ("the Sunday paper", "a
# Saturday supplement"), not a date.
EDITION_NOUNS = frozenset(
    ["paper", "papers", "newspaper", "newspapers", "edition", "editions", "supplement", "supplements", "magazine",
     "tabloid", "tabloids"]
)  # fmt: skip
# Kinds of organisation, before or after the name ("the newspaper X", "X news agency").
ORG_CLASS_NOUNS = MEDIA_NOUNS | frozenset(
    ["firm", "company", "group", "club", "party", "team", "side", "bank", "carrier", "airline"]
)  # fmt: skip
# Officers only a company or another body has, and a company's owners, written right after its name ("Pemberton Quay
# chairman Rhys Aldane", "Pemberton Quay shareholders"): the name is the body's, though it ends in a building's word
# or reads as a person's. Not a president, a leader or a mayor, which a place has too.
BODY_OFFICER_NOUNS = frozenset(["chairman", "chairwoman", "chairperson", "shareholders", "ceo"])
# Kinds of body a story writes right before a body's name only ("the charity X", "the hedge fund X", "the watchdog
# X"); after a name they say whom the thing serves ("a Halden fund", "a Tolvo charity"), so they type no name there.
ORG_KIND_NOUNS = frozenset(["charity", "fund", "nonprofit", "watchdog", "regulator"])
# Common nouns for a business, by which a story names the company it named last ("the firm said").
COMPANY_NOUNS = frozenset(
    ["company", "firm", "group", "bank", "lender", "insurer", "airline", "carrier", "retailer", "chain", "carmaker",
     "automaker", "manufacturer", "startup", "conglomerate"]
)  # fmt: skip
# Kinds of organisation an appositive names ("X, a local charity,", "X, the Danish shipping company"): the nouns
# above, and those that name a body only when they stand for the name itself.
APPOSITIVE_ORG_NOUNS = ORG_CLASS_NOUNS | COMPANY_NOUNS | frozenset(
    ["charity", "organisation", "organization", "nonprofit", "union", "association", "foundation", "trust",
     "consortium", "watchdog", "subsidiary", "unit", "division", "affiliate"]
)  # fmt: skip
# Last words of names built on a saint's or founder's possessive ("St Audrey's Hospital", "King's College").
POSSESSIVE_NAME_HEADS = frozenset(
    ["hospital", "college", "school", "church", "cathedral", "chapel", "abbey", "academy", "university", "hall",
     "park", "square", "corporation", "hotel"]
)  # fmt: skip
# A saint's title, whose possessive names a school or a church with more capitalised words before its head word
# ("St Aldhelm's Primary School", "St Mary's Parish Church"); compared without a dot.
SAINT_WORDS = frozenset(["st", "saint"])
# The most capitalised words after a saint's possessive up to the head word ("Roman Catholic Primary School").
SAINTS_NAME_WORDS = 4
# Collective nouns whose possessive opens the rest of a body's or a state's name ("the Kelvo People's Party", "the
# People's Republic of Tolvia", "the Women's Rowing Association"): one name, not two.
NAME_POSSESSORS = frozenset(["people", "peoples", "women", "children", "workers"])
# Last words of the names of buildings that are also bodies: the building where the story is at it, the body where
# it acts ("the Harbour Centre said").
VENUE_HEADS = frozenset(["hospital", "centre", "center", "clinic", "sanatorium", "hotel"])
# Institutions a story names by a common noun alone that speak as a body does, by statement or spokesperson ("The
# hospital apologized. '...,' the statement said.", "the school said").
SPEAKING_INSTITUTIONS = frozenset(
    [
        "hospital",
        "clinic",
        "school",
        "college",
        "museum",
        "district",
        "church",
        "diocese",
        "library",
        "prison",
        "airport",
    ]
)
# "House" names an office block or a mansion as often as a firm or a think-tank housed in one ("staff at Orwell
# House", "Orwell House said"): a venue's word, but no run the tagger missed is taken for a body's by it.
HOUSE_HEADS = frozenset(["house"])
# Words of the names of bodies and places besides their last words ("Halden City Council", "Kelso General Hospital",
# "the Tolvan Republic"): a name holding one is not a person's.
BODY_AND_PLACE_WORDS = frozenset(
    ["city", "college", "school", "church", "airport", "army", "force", "forces", "house", "park", "island", "islands",
     "river", "mountain", "lake", "bay", "sea", "ocean", "hospital", "centre", "center", "museum", "republic",
     "kingdom", "state", "states", "county", "province", "region", "market", "international", "national"]
)  # fmt: skip
# First words of the names of waters and heights ("the River Colne", "Mount Harlow", "Loch Morven"): the name is
# the place's, not a body's or a person's the tagger may read.
PLACE_LEAD_WORDS = frozenset(["river", "mount", "lake", "loch"])
# Last words of the names of lakes and reservoirs ("Kielby Water", "Ostby Reservoir"), which the tagger reads as a
# person's name as no person bears them: a water's, or the utility named after one where it acts ("Ostby Water said").
STANDING_WATER_HEADS = frozenset(["water", "reservoir"])
# Last words only a water's name ends in ("Ostby Reservoir", "Kelby Lake"), never a body's: the utility that runs it
# is named otherwise ("Ostby Water"), so a name the tagger read as an organisation's is the water's.
WATER_ONLY_HEADS = frozenset(["reservoir", "lake", "loch", "pond", "lagoon"])
# Last words of the names of waters that are often named after a king, a saint or a captain ("King Alder Sound",
# "Prince Tolvo Strait"): a title before such a name does not make it a person's.
WATER_END_WORDS = frozenset(["sound", "strait", "straits", "firth", "fjord", "inlet", "gulf"])
# Continents and world regions that complete a body's name after "in" or "of" ("the Organization for Security and
# Cooperation in Europe"), as a country's name does.
WORLD_REGIONS = frozenset(
    ["europe", "asia", "africa", "america", "americas", "latin america", "north america", "south america", "oceania",
     "pacific", "middle east", "caribbean"]
)  # fmt: skip
# Parties named by their members in the plural ("the Social Democrats", "the Christian Democrats"): the plural after
# one of these capitalised words, or alone after "the" for the greens, names the party. Not after a chamber's name
# ("Senate Democrats", "House Republicans": members, no party of their own).
PARTY_PLURALS = frozenset(["democrats", "liberals", "socialists", "conservatives", "republicans", "greens"])
PARTY_PLURAL_MODIFIERS = frozenset(["social", "christian", "free", "liberal", "national", "progressive", "radical"])
LONE_PARTY_PLURALS = frozenset(["greens"])
# Words a party is named by alone ("Labour", "the Conservatives' leader"): two of them joined by "and" before "Party"
# or "parties" are two parties ("the Labour and Conservative parties"), as no party joins two such families in its
# name; other words so joined name one ("the Peace and Freedom Party", "the Christmas and New Year parties").
PARTY_FAMILY_WORDS = frozenset(
    ["labour", "conservative", "liberal", "green", "socialist", "communist", "democratic", "republican",
     "nationalist", "unionist", "progressive"]
)  # fmt: skip
# Verbs of a journey, whose "from" names where it began ("travelled from X and Y"): a place, never a club or a firm
# a player or a worker moves from ("moved from X", "came from X", "joined from X" are left out for that), nor the
# group people flee ("fled from X").
JOURNEY_VERBS = frozenset(["travel", "fly", "drive", "journey", "commute", "sail", "walk", "cycle"])
# Verbs whose "in" says where a journey ended ("arrived in Brellis"): the name after them is where someone went.
ARRIVAL_VERBS = frozenset(["arrive", "land"])
# Kinds of settlement or area written "the town of X" (", the market town of X"): the name after "of" is the place.
PLACE_CLASS_NOUNS = frozenset(["town", "city", "village", "port", "island", "province", "region", "district"])
# Offices only a town or a city has, written in lower case before "of" and its name ("the mayor of X", "the deputy
# mayor of X"): the name after "of" is the place.
TOWN_OFFICE_NOUNS = frozenset(["mayor"])
# The land around a place, joined to its name by "and" in the names of the bodies that serve both ("the Kelvo and
# District Health Board", "the Halvern and County Fire Service"): a place and another noun are a list ("Ostby and
# Housing Association tenants").
SURROUNDS_NOUNS = frozenset(["district", "county", "region", "area"])
# Kinds of area written in lower case after a place's name ("the Kelvo region", "the Tarrow valley"): the name
# before one names the place the area lies in or is. Not "estate", which a person leaves as well ("the Roe estate").
AREA_NOUNS = frozenset(
    ["region", "district", "valley", "province", "area", "suburb", "suburbs", "neighbourhood", "neighborhood",
     "peninsula", "delta", "basin", "coast", "hinterland"]
)  # fmt: skip
# A town's or a county's divisions written in lower case after their names ("Kings Langford ward", "the Ashby
# parish"): the name is the place's.
LOCAL_DIVISION_NOUNS = frozenset(["ward", "parish", "constituency"])
# Roads and crossings written in lower case after a town's name ("the Kelvo bypass", "the Tarrow tunnel"): the name
# says which town the road skirts or leads to, and is the town's.
ROUTE_NOUNS = frozenset(["bypass", "tunnel"])
# A town's public services and offices, written in lower case after its name ("the Kelvo police chief", "the Tarrow
# fire service", "the Ashby town council"): the name is the town's. Schools by their grade only: a "law school" or a
# "business school" may bear a university's or a founder's name. No works ("mill", "plant"): a firm's name stands there.
TOWN_SERVICE_NOUNS = frozenset(
    ["police", "council", "constabulary", "fire service", "fire brigade", "fire department", "ambulance service",
     "primary school", "secondary school", "high school", "town council", "city council", "county council"]
)  # fmt: skip
# The people of a place, written in lower case after its name ("Kelvo residents"): no firm, party or club has them.
RESIDENT_NOUNS = frozenset(["residents", "householders", "ratepayers", "villagers", "townsfolk", "townspeople"])
# A firm's sites, named by their towns after the firm's "its" or "their" ("its Corby plant", "their Halden depot").
SITE_NOUNS = frozenset(
    ["plant", "plants", "factory", "factories", "mill", "refinery", "smelter", "mine", "works", "depot", "shipyard",
     "warehouse", "terminal", "office", "offices", "headquarters"]
)  # fmt: skip
# The owners' words before such a site: a firm's, not a person's ("her Ostby office" may be a room of any building).
SITE_OWNERS = frozenset(["its", "their"])
# "the capital X" or "the capital, X": the seat of government, named right after the noun without "of".
CAPITAL_NOUN = "capital"
# "X airport": the airport is a facility, X the place it serves.
AIRPORT_NOUN = "airport"
# The last words of names of bodies that are not businesses ("the Competition Commission", "Harlow Council",
# "the Transport Union"), which a story's "the company" or "the firm" never means.
PUBLIC_BODY_HEADS = frozenset(
    ["authority", "commission", "committee", "council", "court", "department", "ministry", "office", "police",
     "union", "university", "party", "league", "bureau", "board", "agency", "institute", "foundation",
     "association", "parliament", "government", "assembly", "senate", "regulator", "tribunal", "inspectorate"]
)  # fmt: skip
# Last words of the names of bodies that a country's or a city's name completes after "of" ("the Central Bank of
# Kelvora", "the Supreme Court of Tolvia"); not a company's ("Acme Corp of Dallas" names its town apart).
BODY_OF_PLACE_HEADS = frozenset(
    ["bank", "council", "ministry", "department", "university", "party", "court", "commission", "institute",
     "academy", "federation", "union", "association", "chamber", "church", "assembly"]
)  # fmt: skip
# The words that open the names of a state's own bodies ("Ministry of Agriculture"), before which a nationality
# adjective only says whose they are ("the Tolvan Ministry of Agriculture"). Not an embassy's or a consulate's: one
# is named by the state it stands for ("the Tolvan Embassy").
STATE_BODY_WORDS = frozenset(["ministry", "department", "office", "government"])
# The last word of a place named after its crossroads or market cross ("Kelby Cross", "Tolby Cross station"), which
# the tagger reads as a body's: an organisation so named takes "the" ("the Red Cross").
CROSSROADS_HEADS = frozenset(["cross"])
# Prepositions before which a lone word is a place ("a plant in Ohio", "flights from Tolvo").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "from", "across", "throughout", "around"})
# Those of them before which a building that is also a body is the building ("treated at the Kelso General
# Hospital"); "from" brings the body's word as often ("doctors from the Kelso General Hospital said").
VENUE_PREPOSITIONS = PLACE_PREPOSITIONS - {"from"}
# The words an institution's name is built with, a university's, a ministry's or its press office's: after a writer's
# name and a comma in a byline, where she works ('Jane Roe, Elmridge University', 'Jane Roe, University
# Communications'). Not the words of bodies that are surnames too ('Hall', 'Park', 'Church', 'Court', 'Banks').
AFFILIATION_WORDS = frozenset(
    ["university", "college", "institute", "academy", "school", "ministry", "department", "office", "government",
     "authority", "commission", "council", "foundation", "hospital", "communications", "relations", "affairs"]
)  # fmt: skip
# Prepositions after which a lone unfamiliar word is a place, whatever the tagger guessed ("stores in Elmridge",
# "families from across Tolvo"). Not "at" or "from", after which a word names an employer or a source as often
# ("an analyst at Torvane", "a statement from Torvane").
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "across", "throughout", "near", "outside"})
# Nouns of the line between two lands, after which "with" names the land across it ("the border with Ostravia"): a
# state's or a region's name, whatever the tagger guessed.
BORDER_NOUNS = frozenset({"border", "frontier"})
# Last words of streets' names, after which a comma and a lone word give the town of an address ("of 4 Birch Road,
# Holtby").
STREET_HEAD_WORDS = frozenset(
    ["road", "street", "lane", "avenue", "way", "drive", "close", "grove", "terrace", "crescent", "gardens", "place",
     "row", "walk", "parade"]
)  # fmt: skip
# Words before "Market" or "Works" that make the name an economy's or a body's, not a site's ("the Single Market",
# "the Stock Market", "the Ministry of Public Works"), where "Kelby Market" or "the Ostby Works" is a place.
NOT_A_SITE_QUALIFIERS = frozenset(
    ["single", "common", "stock", "money", "bond", "labour", "labor", "capital", "housing", "property", "free",
     "black", "internal", "public", "world", "global", "emerging", "futures", "commodity", "commodities", "energy",
     "oil", "gas", "power", "electricity", "financial", "currency", "credit", "equity", "equities", "jobs", "job",
     "mortgage", "rental", "insurance", "carbon", "domestic", "foreign", "bull", "bear", "digital"]
)  # fmt: skip
# Common nouns of an industrial site, after which "the X" names the site itself ("the Ostby paper mill", "the Kelby
# works"); after a firm's "its" a site's noun says only where the firm has it (SITE_NOUNS above).
NAMED_SITE_NOUNS = frozenset(["mill", "works", "quarry", "colliery"])
# Words that open a body's name before "for" or "of" and the capitalised words that complete it ("the Campaign for
# Better Buses", "the Agency for Food Safety", "the Federation of Small Firms"): the whole is the body's name.
BODY_LEAD_WORDS = frozenset(
    ["agency", "alliance", "association", "authority", "board", "bureau", "campaign", "centre", "center", "chamber",
     "coalition", "commission", "committee", "council", "department", "federation", "foundation", "front", "fund",
     "institute", "league", "ministry", "movement", "network", "office", "organisation", "organization", "party",
     "society", "trust", "union"]
)  # fmt: skip
# Words of a place's kind that open a public body's name before "of", the place and the body's word ("the Port of
# Selham Authority", "the City of Ardley Council"): without the body's word at the end, the name is the place's.
PLACE_KIND_LEADS = frozenset(["port", "city", "county", "borough", "town", "district", "harbour", "harbor"])
# What only a state or a town has, written after a name in the possessive ("Kelvora's government", "Ostby's
# parliament"): the name is the place's. Not what a firm, a bank, a club or a party has too (a chief, members, a
# president, capital, a constitution).
STATE_POSSESSIONS = frozenset(["government", "parliament", "borders", "citizens", "population"])
# What only a state has, written anywhere in the phrase its possessive gives ("Kelvora's finance minister"), and the
# words that make a party, a coalition or a court a state's when they qualify it ("Kelvora's ruling party",
# "Ostby's main opposition party", "Kelvora's Supreme Court"). Only before the noun: a firm has an opposition to a bid
# too ("Acme's opposition to the merger").
STATE_OFFICES = frozenset(["minister", "ministers"])
STATE_QUALIFIERS = frozenset(["ruling", "opposition", "supreme"])
# Bodies' words that name one body alone, capitalised even as a sentence's first word ("Parliament officials said"):
# not the common noun that only its sentence capitalises ("Council leader Ann Roe").
LONE_BODY_NAMES = frozenset(["parliament", "congress"])
# Offices named like a body by what they oversee, their word capitalised after it ("the Kelvo Police and Crime
# Commissioner", "the Ostby Energy Ombudsman"): the tagger ends the body's name before the word, which completes it.
OFFICE_NAME_HEADS = frozenset(["commissioner", "ombudsman"])
# Last words of bodies' names: the words of a public body, those that open one, and the emergency services'. A list's
# last item ending in one is a body of its own ("the Agency for Food Safety, Kelso Council and Ostmere Police").
BODY_CLOSING_WORDS = PUBLIC_BODY_HEADS | BODY_LEAD_WORDS | frozenset(["service"])
