"""Given names: the commonest, which tell a person's name from a place's or a desk's and say a person's sex."""

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
# The short forms bylines print those names in ("Tom", "Liz"), by the sex of the names they shorten, and those
# given to either sex ("Sam", "Chris").
_MALE_SHORT = """tom tommy jim jimmy bob rob bill mike dave steve tony matt nick dan danny ben andy pete rick ron ken
    greg jeff jon tim ted ed"""
_FEMALE_SHORT = """liz beth kate katie jen jenny sue meg becky cathy kathy sally debbie pam vicky maggie annie abby"""
_EITHER_SHORT = """chris sam alex pat jess sandy"""
MALE_GIVEN_NAMES = frozenset(_MALE.split() + _MALE_SHORT.split())
FEMALE_GIVEN_NAMES = frozenset(_FEMALE.split() + _FEMALE_SHORT.split())
# Either sex's, or a short form: a person, not a place or a desk, leads a name with one ("Mary Garden", "Tom
# Business" are writers).
GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | frozenset(_EITHER_SHORT.split())
