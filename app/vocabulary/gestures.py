"""Verbs of a gesture or a change of face, by lemma."""

# What features show a speaker do in a sentence of its own just before their words ("Roe shook her head. 'Not
# again.'"): the body or face reacting, never an act of the story's ("The judge ruled against her in March."), which
# may stand between two quotations of one speaker. Verbs as often of the story's acts as of the body ("raised
# taxes", "turned 60", "rolled back the rules", "waved off the report") are left out.
GESTURES = frozenset(
    ["nod", "shake", "shrug", "smile", "grin", "laugh", "chuckle", "sigh", "pause", "frown", "wince", "smirk",
     "gesture", "hesitate", "grimace", "scoff", "beam", "exhale", "sob", "weep", "blink", "squint", "glance"]
)  # fmt: skip
