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

# The sex of someone already known to be a person may be read from a longer list: the names ranked after those above
# in the same Social Security list (about the next hundred of each sex), still leaving out those often
# given to both sexes. They stay out of GIVEN_NAMES and out of the sex that says a name is a person's (both tell a
# person's name from a place's or a desk's), where a longer list would take places ("Florence Hall") for people.
_MALE_LESS_COMMON = """eugene louis philip johnny ralph howard fred martin craig earl curtis luis ernest phillip todd
    stanley shawn leonard allen travis chad harry jeffery clarence derek victor herbert alfred francis manuel
    melvin evan cody barry bernard leroy marcus micheal theodore clifford miguel oscar calvin ronnie lloyd leon
    derrick warren darrell jerome floyd alvin wesley gordon dean jorge dustin pedro lewis corey herman maurice
    vernon roberto clyde glen hector shane ricardo lester brent ramon tyrone gilbert marc ian max isaac luke owen
    oliver leo connor carlos antonio edwin norman franklin marvin glenn jesus nathaniel stuart sergio
    andre hugh duane kurt seth spencer trevor wallace wilbur homer otis rudy"""
_FEMALE_LESS_COMMON = """gladys florence irene louise mildred lillian marie tammy tina wanda bonnie ruby lois phyllis
    norma paula peggy dawn connie edna ellen rita carrie wendy sherry anita lucille thelma josephine valerie
    audrey vera marjorie june esther pauline holly tara ethel rosa eleanor jill erica monica elaine yvonne loretta
    jeanette bertha vivian claire ella stella eva carla alicia sylvia lucy clara beatrice agnes hazel viola edith
    rosemary harriet nora sofia chloe ava mia zoe lily natasha lydia miriam vanessa veronica melanie gina kristen
    kristin april jasmine brianna courtney rose jennie geraldine darlene rhonda ana elena daisy
    marsha charlene gwendolyn penny priscilla nina leah naomi caroline susanne alison allison"""
# A person's sex, from a given name of either list.
MALE_NAMES = MALE_GIVEN_NAMES | frozenset(_MALE_LESS_COMMON.split())
FEMALE_NAMES = FEMALE_GIVEN_NAMES | frozenset(_FEMALE_LESS_COMMON.split())
