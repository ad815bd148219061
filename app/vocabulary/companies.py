"""The legal forms that close a company's name ("Torvane Industrial Inc", "Halvard GmbH")."""

# The legal forms of English, American and continental European company names, as news writes them.
LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh"})
# Nouns of a holding in a company, after which "in" names the company, not a place ("shares in Torvane").
HOLDING_NOUNS = frozenset(
    ["share", "shares", "stake", "stakes", "interest", "interests", "holding", "holdings", "investment", "stock"]
)
