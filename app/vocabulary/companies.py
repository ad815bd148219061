"""The legal forms that close a company's name ("Torvane Industrial Inc", "Halvard GmbH"), and the trades' words that
close a business's name without one ("Merrow Group", "Tarlow Shipping")."""

# The legal forms of English, American and continental European company names, as news writes them.
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh"})
# Nouns of a holding in a company, after which "in" names the company, not a place ("shares in Torvane").
HOLDING_NOUNS = frozenset(
    ["share", "shares", "stake", "stakes", "interest", "interests", "holding", "holdings", "investment", "stock"]
)
# Words of a trade or of a business's make-up that end companies' names ("Merrow Group", "Kestrel Energy", "Pellam
# Dairies"): a business's, whose first word alone later names it ("Merrow said"). Not words that end the names of
# public bodies, places or people as well ("Bank", "Steel", "Post").
BUSINESS_HEAD_WORDS = frozenset(
    ["airlines", "airways", "brands", "capital", "chemicals", "dairies", "electronics", "energy", "enterprises",
     "foods", "group", "holdings", "homes", "industries", "insurance", "investments", "logistics", "marine", "media",
     "minerals", "mining", "motors", "mutual", "partners", "petroleum", "pharma", "pharmaceuticals", "resources",
     "retail", "securities", "shipping", "systems", "technologies", "telecom", "telecommunications"]
)  # fmt: skip
# Trades news writes before a company's name, capitalised in a headline or at a sentence's start ("Insurer Kestrel
# Mutual to cut jobs"): a description, never a word of the name. Not those that open names too ("Bank", "Group").
TRADES_BEFORE_NAMES = frozenset(
    ["insurer", "lender", "retailer", "carmaker", "automaker", "manufacturer", "conglomerate", "miner", "broker",
     "developer", "housebuilder", "drugmaker", "chipmaker"]
)  # fmt: skip
# Words after "and" that name a firm after its founder, her family or her partners ("Jo Roe and Sons Ltd", "Jo Roe and
# Associates"): one name, not a person and a body.
FAMILY_FIRM_WORDS = frozenset(
    ["son", "sons", "daughter", "daughters", "brothers", "bros", "partners", "nephews", "associates", "co", "company"]
)
# What ends a partnership's name after two partners' surnames joined by "and" ("Kessler and Dorn Inc", "Velsen and
# Brook Group"): a legal form or a group's word, which two companies listed would each carry.
PARTNERSHIP_FORMS = LEGAL_FORMS | {"group", "holdings"}
# Verbs of putting money into a company, after which "in" names the company, not a place ("invested in Torvane").
INVESTING_VERBS = frozenset(["invest", "reinvest"])
