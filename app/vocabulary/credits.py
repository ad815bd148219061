"""Photo credits: the label that introduces one, and the names of a credit that has none."""

import re

from app.vocabulary.capitals import NAME_PARTICLES

# A credit's label, in any case: a noun for the picture and a word or mark that gives its source ("Photo:",
# "Image by", "Photograph courtesy of", "Picture source:", "Credit |"), or "Courtesy of" alone.
CREDIT_LABEL = (
    r"(?:(?:photo(?:graph)?|image|picture|illustration|graphic|video|credit)s?"
    r"(?:\s*[:|]|\s+(?:credit|copyright|courtesy|by|source)\b\s*[:|,]?)|courtesy\s*(?::|of\b))"
)

# A labelled credit closing a caption after its sentence: "... on Friday. Photo: Jane Roe", "... (Image by X)".
# Whatever follows the label to the end of the line, a full stop excepted: a credit is no second sentence.
CLOSING_CREDIT = re.compile(rf"(?<=[.!?”\"])\s*\(?\s*{CREDIT_LABEL}[^.]{{1,80}}$", re.IGNORECASE)

# What a wire's closing credit names its story's writers with, in any case: "Reporting by", "Writing by", "Written
# by". An editor ("Editing by") or a helper ("Additional reporting by") is no writer.
WRITERS_CREDIT = r"(?:reporting|reported|writing|written)\s+by"
# 'By' in the bylines of other languages' pages, with the words that language joins two writers' names with:
# French "Par ... et ...", German "Von ... und ...", Spanish and Portuguese "Por ... y/e ...", Dutch "Door ... en ...",
# Swedish and Norwegian "Av ... och/og ...", Danish "Af ... og ...". Capitalised, as a byline opens with it: lower
# case, the words are particles inside a name ('Anna von Brenck').
FOREIGN_BY: dict[str, tuple[str, ...]] = {
    "Par": ("et",),
    "Von": ("und",),
    "Por": ("y", "e"),
    "Door": ("en",),
    "Av": ("och", "og"),
    "Af": ("og",),
}
# A credit for work on a story other than its writing, in any case: "Edited by", "Produced by", "Translated by". A
# page may print it beside the writer's byline, before it or after ("Edited By: Jane Roe" / "Written By: Tom Poe").
OTHERS_CREDIT = r"(?:edited|editing|produced|designed|illustrated|translated|fact[- ]checked|reviewed)\s+by\b"

# A wire's credit alone on its line under the headline's date, after a slash: "/ Agency", "/ Some Wire". It names
# the agency the story came from, no writer, and is none of the story's text.
WIRE_SLASH_CREDIT = re.compile(r"^/\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}$")

# A widget's or a sponsor's credit, in any case: "Powered by Some Audio", "Sponsored by Acme", "Brought to you by
# ...". It names a company, never a writer, though it reads as a byline.
SPONSOR_CREDIT = r"(?:powered|sponsored|presented|supported|underwritten|brought\s+to\s+you)\s+by\b"

# The name forms of a credit without a label: "Name/Agency", "Name/Agency via Agency Images", "Name via Agency".
# They hold capitalised words (and name particles) up to the line's end, so a slash in the story ("HIV/AIDS
# clinic") or a caption's own sentence before the credit is not taken for one.
_CAPITALISED = r"(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*)"  # a dot only after initials: "Lagos." ends a sentence
_PARTICLE = "|".join(re.escape(particle) for particle in sorted(NAME_PARTICLES))
_NAME_RUN = rf"{_CAPITALISED}(?:\s+(?:(?:{_PARTICLE})\s+)?{_CAPITALISED})*"
CREDIT_NAMES = re.compile(
    rf"\b{_NAME_RUN}\s*/\s*{_NAME_RUN}(?:\s+via\s+{_NAME_RUN})?(?=\s*\)?\s*$)"
    rf"|\b{_NAME_RUN}(?:\s+(?:[A-Z]\.|[\w'’-]+)){{0,4}}\s+via\s+{_NAME_RUN}(?=\s*\)?\s*$)"
)
