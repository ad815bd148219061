"""Whether a name is a man's or a woman's from the words themselves: honorifics, gendered titles and the
commonest given names. Pronouns that refer back to a person are weaker clues, weighed by the caller."""

from typing import Literal

Gender = Literal["m", "f"]

# Honorifics, titles and kinship words that say outright who is meant before a name ("Ms. Roe", "widow Jane
# Roe"), compared without dots.
_TITLE_GENDERS: dict[str, Gender] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "father": "m",
    "brother": "m",
    "congressman": "m",
    "councilman": "m",
    "chairman": "m",
    "spokesman": "m",
    "businessman": "m",
    "husband": "m",
    "widower": "m",
    "son": "m",
    "grandfather": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "sister": "f",
    "congresswoman": "f",
    "councilwoman": "f",
    "chairwoman": "f",
    "spokeswoman": "f",
    "businesswoman": "f",
    "wife": "f",
    "widow": "f",
    "mother": "f",
    "daughter": "f",
    "grandmother": "f",
}
# The commonest given names of the last century (the US Social Security Administration's list of the top
# names over 100 years), leaving out those often given to both sexes.
_MALE = """james robert john michael david william richard joseph thomas christopher charles daniel matthew anthony
    mark donald steven andrew paul joshua kenneth kevin brian timothy ronald george jason edward jeffrey ryan
    jacob nicholas gary eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
    patrick frank raymond jack dennis jerry tyler aaron jose adam nathan henry zachary douglas peter kyle noah
    ethan jeremy christian walter keith austin roger sean gerald carl dylan harold bryan
    lawrence arthur gabriel bruce logan billy joe alan juan elijah albert wayne randy mason vincent
    liam roy bobby caleb bradley russell lucas"""
_FEMALE = """mary patricia jennifer linda elizabeth barbara susan jessica karen sarah lisa nancy sandra betty ashley
    emily kimberly margaret donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia
    dorothy amy kathleen angela shirley emma brenda pamela nicole anna samantha katherine christine debra
    rachel carolyn janet maria olivia heather helen catherine diane julie victoria joyce lauren christina
    ruth joan virginia judith evelyn hannah andrea megan cheryl jacqueline madison teresa abigail sophia martha
    sara gloria janice kathryn ann isabella judy charlotte julia grace amber alice denise frances danielle
    marilyn natalie beverly diana brittany theresa kayla doris lori tiffany"""
_MALE_NAMES = frozenset(_MALE.split())
_FEMALE_NAMES = frozenset(_FEMALE.split())
PRONOUN_GENDERS: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def title_gender(word: str) -> Gender | None:
    return _TITLE_GENDERS.get(word.lower().rstrip("."))


def name_gender(name: str) -> Gender | None:
    """The sex a full name's given name points to, when it is one of the common ones."""
    words = name.split()
    if len(words) < 2:
        return None
    given = words[0].lower()
    return "m" if given in _MALE_NAMES else "f" if given in _FEMALE_NAMES else None
