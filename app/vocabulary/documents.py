"""Things written that speak for whoever issues them, and the verbs, by lemma, that say someone did."""

# "Roe released a letter that says ...", "a memo written by Roe": the document's words are its issuer's.
DOCUMENTS = frozenset(
    ["letter", "memo", "note", "email", "essay", "column", "ad", "advertisement", "video", "post", "statement",
     "report", "ruling"]
)  # fmt: skip
ISSUING = frozenset(["release", "issue", "send", "write", "post", "publish", "sign", "pen", "air", "run", "share"])
# Things that carry words nobody is quoted saying: a sign's, a slogan's, a song's. After a paragraph about someone
# that names one ("Roe carried a placard.", "Roe led the singing."), a lone quotation may be its words, not theirs.
WORD_BEARERS = frozenset(
    ["sign", "banner", "placard", "poster", "slogan", "motto", "chant", "song", "hymn", "anthem", "chorus", "lyric",
     "singing", "t-shirt", "inscription", "graffiti", "plaque", "tattoo", "sticker"]
)  # fmt: skip
