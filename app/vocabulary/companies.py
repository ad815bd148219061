"""The legal forms that close a company's name ("Torvane Industrial Inc", "Halvard GmbH"), and the trades' words that
close a business's name without one ("Merrow Group", "Tarlow Shipping")."""

# The legal forms of English, American and continental European company names, as news writes them.
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "llp", "ag", "sa", "nv", "gmbh"})
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
     "minerals", "mining", "motors", "mutual", "partners", "petroleum", "pharma", "pharmaceuticals", "power",
     "rail", "railways", "resources", "retail", "securities", "shipping", "systems", "technologies", "telecom",
     "telecommunications"]
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
    ["son", "sons", "daughter", "daughters", "brothers", "bros", "partners", "nephew", "nephews", "associates", "co",
     "company"]
)  # fmt: skip
# A group's word a partnership's name may carry before its legal form ("Velsen and Brook Group plc"): without the
# legal form, "Korvane and Brellix Group" lists two companies as often as it names one.
PARTNERSHIP_GROUP_WORDS = frozenset(["group", "holdings"])
# Verbs of putting money into a company, after which "in" names the company, not a place ("invested in Torvane").
INVESTING_VERBS = frozenset(["invest", "reinvest"])


def is_legal_form(word: str) -> bool:
    """Whether the word is a legal form, in any case and with its full stop or without ("Inc.", "LLP", "plc")."""
    return word.lower().rstrip(".") in LEGAL_FORMS
