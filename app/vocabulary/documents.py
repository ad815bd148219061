"""Things written that speak for whoever issues them, and the verbs, by lemma, that say someone did."""

# "Roe released a letter that says ...", "a memo written by Roe": the document's words are its issuer's.
DOCUMENTS = frozenset(
    ["letter", "memo", "note", "email", "essay", "column", "ad", "advertisement", "video", "post", "statement",
     "report", "ruling"]
)  # fmt: skip
ISSUING = frozenset(["release", "issue", "send", "write", "post", "publish", "sign", "pen", "air", "run", "share"])
