"""The vocabulary of sports pages: the names of sports that head a report, the labels of results tables and box
scores, the words that end or open a club's name, and the roles a club's people hold. Case says nothing here: a
wire's sports headings are in capitals, so callers compare casefolded words."""

# A sport's name heads a wire report ("RUGBY - ..."), a section or a table: a common noun, never a name alone.
SPORTS = frozenset(
    ["athletics", "badminton", "baseball", "basketball", "boxing", "canoeing", "cricket", "cycling", "darts",
     "diving", "equestrianism", "fencing", "football", "golf", "gymnastics", "handball", "hockey", "judo",
     "lacrosse", "motorcycling", "motorsport", "netball", "polo", "rowing", "rugby", "sailing", "shooting",
     "skiing", "snooker", "soccer", "softball", "squash", "swimming", "tennis", "triathlon", "volleyball",
     "weightlifting", "wrestling", "yachting", "motor racing", "horse racing", "ice hockey", "rugby league",
     "rugby union", "american football", "table tennis", "figure skating", "speed skating", "alpine skiing",
     "nordic skiing", "formula one"]
)  # fmt: skip
# The labels of a results table, a standings table, a fixture list or a scoring summary ("Tries :", "Extras",
# "( OT )"), written as the table's heading, a column's or a row's.
TABLE_LABELS = frozenset(
    ["results", "result", "standings", "standing", "table", "tables", "schedule", "fixtures", "fixture",
     "leading", "leaders", "scoreboard", "scores", "scorers", "summary", "summaries", "statistics", "stats",
     "box score", "points", "final", "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "round",
     "qualifying", "leaderboard", "line-up", "lineups", "teams", "squad", "attendance", "half-time", "halftime",
     "full-time", "fulltime", "overall", "extras", "tries", "try", "conversions", "conversion", "penalties",
     "penalty", "ot"]
)  # fmt: skip
# A division of a league named by its rank or its compass point ("Eastern Division", "Division Two",
# "Premier Division"): a table's section, not an organisation of its own.
DIVISION_HEADS = frozenset(["division", "conference"])
DIVISION_WORDS = frozenset(
    ["eastern", "western", "northern", "southern", "central", "east", "west", "north", "south", "atlantic",
     "pacific", "midwest", "premier", "first", "second", "third", "fourth", "one", "two", "three", "four"]
)  # fmt: skip
# A league named alone on its line heads the section of a results or standings table its games are listed in
# ("National League", "EASTERN LEAGUE"); in a sentence the same words name the league.
SECTION_LEAGUE_HEADS = frozenset(["league"])
# A tournament's group or pool is named by the letter or number after it ("Group C", "Pool 2"): "Central Group" or
# "First Group" before it is a company's name.
LETTERED_HEADS = frozenset(["group", "pool", "section"])
SECTION_MARKS = frozenset(["1", "2", "3", "4", "5", "6", "7", "8", "a", "b", "c", "d", "e", "f", "g", "h"])
# The last word of a club's name: a name ending in one is a team, not a person and not a place.
CLUB_HEAD_WORDS = frozenset(
    ["rovers", "united", "wanderers", "athletic", "athletico", "albion", "rangers", "fc", "afc", "cf", "sc",
     "hotspur", "argyle", "harriers", "academicals", "academical", "thistle", "villa", "orient", "alexandra",
     "celtic"]
)  # fmt: skip
# A side's nickname in the plural, the last word of many clubs' names ("Ostby Cougars", "Tarrow Falcons") and written
# alone for the club ("the Cougars"): a name ending in one is a side's, not a person's, unless a common given name
# opens it or a title or a rank comes before it ("Ruth Eagles", "Sergeant Ada Ravens"), as a few surnames are.
# Animals and fighters most sides take; none a common surname (not "Hawks", "Knights", "Saints").
NICKNAME_PLURALS = frozenset(
    ["wolves", "tigers", "lions", "eagles", "bears", "falcons", "sharks", "panthers", "jaguars", "leopards",
     "dolphins", "stallions", "broncos", "warriors", "raiders", "titans", "spartans", "vikings", "pirates",
     "hornets", "ravens", "cobras", "bulldogs", "wildcats", "gladiators", "cougars"]
)  # fmt: skip
# The last word of a club's name that is a place's word ("Marsby Town", "Halden City", "Eastshire County").
PLACE_CLUB_HEADS = frozenset(["town", "city", "county"])
# The first word of a club's name in much of Europe ("Dynamo", "Sporting"): the place after it is the club's town,
# and the two words are one name. No country's name, though clubs open with some: a sentence may go on from the
# country to a weekday ("Kelvo Monday rejected the plan").
CLUB_FIRST_WORDS = frozenset(
    ["dynamo", "dinamo", "spartak", "lokomotiv", "lokomotiva", "torpedo", "zenit", "sporting", "racing",
     "olympique", "olympiakos", "atletico", "atlético", "real", "inter", "sparta", "slavia", "partizan",
     "steaua", "rapid", "legia", "honved", "hajduk", "borussia", "eintracht", "hertha", "werder", "fortuna",
     "arminia", "alemannia", "hansa", "vfl", "vfb", "tsv", "maccabi", "hapoel", "beitar", "cska", "levski", "slovan",
     "deportivo", "germinal", "admira"]
)  # fmt: skip
# The plural last words of places', peoples' and events' names ("the Golan Heights", "the West Indies", "the Halden
# Games"): after "the" and a town they make no team's nickname ("the Halden Hawks").
PLURAL_PLACE_WORDS = frozenset(
    ["states", "indies", "islands", "isles", "mountains", "hills", "lakes", "alps", "highlands", "lowlands", "plains",
     "nations", "emirates", "territories", "provinces", "antilles", "keys", "downs", "woods", "fields", "sands",
     "waters", "heights", "falls", "springs", "gardens", "docks", "midlands", "dales", "moors", "fens", "broads",
     "borders", "pyrenees", "dolomites", "rockies", "andes", "himalayas", "games", "olympics", "championships",
     "series", "awards", "masters", "nationals", "internationals", "finals", "trials"]
)  # fmt: skip
# A club's first or last word: neither is a word of a person's name.
CLUB_WORDS = CLUB_HEAD_WORDS | CLUB_FIRST_WORDS
# The classes of players a results table is split by ("Girls' singles", "Juniors"), heading its sections: people,
# named by no name.
PLAYER_CLASSES = frozenset(["men", "women", "boys", "girls", "juniors", "seniors", "veterans", "ladies", "juveniles"])
# A player's position written before his name like a title ("Striker Ivo Berg"): never the first word of a name.
PLAYER_POSITIONS = frozenset(
    ["striker", "defender", "midfielder", "goalkeeper", "winger", "batsman", "all-rounder", "spinner",
     "wicketkeeper", "quarterback", "fullback", "full-back", "flanker", "fly-half", "scrum-half", "goaltender",
     "goalie", "netminder", "playmaker", "sweeper", "centre-back", "centre-forward", "opener", "pitcher", "reliever",
     "catcher", "shortstop", "outfielder", "infielder", "linebacker", "halfback"]
)  # fmt: skip
# What a side is called before its name for its standing ("holders Tolver", "leaders Halden", "hosts Kelso"):
# never the first word of the club's name.
SIDE_STANDINGS = frozenset(["holders", "hosts", "leaders"])
# The marks news writes between a match's two sides or a court case's two parties ("Ostby v Tarrow", "Roe vs. Kelvo
# Council"), in lower case.
VERSUS_MARKS = frozenset({"v", "v.", "vs", "vs."})
# The people a club employs, whose role news writes before their names in lower case ("coach Ivo Berg") and after
# the club's ("Halden captain Ivo Berg").
CLUB_STAFF = PLAYER_POSITIONS | frozenset(
    ["captain", "skipper", "coach", "manager", "forward", "keeper", "bowler", "centre", "center", "prop", "hooker",
     "chairman", "president", "boss", "starter", "closer", "receiver", "guard"]
)  # fmt: skip
# A player's fellows, written before a name as a position is ("his teammate Ivo Berg", "Halden team-mate Ivo Berg"):
# only a person is one.
TEAMMATE_WORDS = frozenset(["teammate", "team-mate", "clubmate", "club-mate"])
# Words that qualify a club's role before it ("head coach", "caretaker manager", "club captain"): part of the role.
STAFF_QUALIFIERS = frozenset(
    ["head", "assistant", "acting", "interim", "caretaker", "joint", "player", "team", "club", "former", "new",
     "deputy", "vice", "youth", "reserve", "outgoing", "incoming", "veteran", "embattled", "beleaguered", "longtime"]
)  # fmt: skip
# The people a club has, written before its name as a noun modifier ("Halden captain Ivo Berg"): the name is a team.
CLUB_ROLES = CLUB_STAFF | frozenset(["supporters", "fans", "side", "squad", "team", "players", "player"])
# What a club has on the field, written after its name in the possessive ("Halden's defence"): a town has no
# defence and no bowlers, and a player is no attack.
CLUB_PARTS = frozenset(
    ["defence", "defense", "attack", "offence", "offense", "bowlers", "bowling", "batsmen", "batting", "pitching",
     "bullpen", "lineup", "line-up", "rearguard", "forwards", "backs", "pack", "backline"]
)  # fmt: skip
# What a side's match brings it, in the possessive ("Halden's 2-1 win", "Halden's winner"): a town has none, a player
# has them too.
MATCH_OUTCOMES = frozenset(
    ["winner", "equaliser", "equalizer", "win", "victory", "defeat", "loss", "draw", "goal", "goals", "innings",
     "reply", "streak", "lead", "points", "runs", "tries"]
)  # fmt: skip
# Words only a sports report uses, beside the sports' names and the players' positions: an article with none of
# them, no results line and no box score is no sports report, and "X beat Y" there is an election or a vote.
SPORTS_TERMS = frozenset(
    ["innings", "wicket", "wickets", "goal", "goals", "league", "cup", "tournament", "championship", "match",
     "stadium", "coach", "half-time", "halftime"]
)  # fmt: skip
# The last word of a sporting event's name, often named after its place ("the Eastland Open", "the Halden Cup"):
# the place inside is no mention of its own.
EVENT_HEAD_WORDS = frozenset(
    ["open", "cup", "championship", "championships", "series", "games", "tour", "trophy", "classic", "masters",
     "olympics", "marathon", "rally", "invitational", "prix", "tournament", "final", "festival", "regatta"]
)  # fmt: skip
# Verbs of a match still to come whose subject is a side only beside its object ("Halden host Marsby"): alone their
# subject is a town's people or a town ("the two towns meet", "Halden will host").
FIXTURE_VERBS = frozenset(
    ["meet", "meets", "play", "plays", "face", "faces", "host", "hosts", "visit", "visits", "entertain", "entertains"]
)  # fmt: skip
# A fixture's verbs in the plural a team's name takes in British usage ("Halden host Marsby", "Tarn Vale travel to
# Esk Vale"): after a town's name no person, place or firm takes them so. "travel" reaches its other side by "to".
PLURAL_FIXTURE_VERBS = frozenset(["meet", "play", "face", "host", "visit", "entertain", "travel"])
# Words for a team written as a fixture's subject in place of its name ("the side face X", "the visitors host X"):
# the fixture's other side, after the verb, is a club.
SIDE_NOUNS = frozenset(["side", "team", "squad", "visitors", "hosts", "champions", "leaders"])
# The fixture verbs after such a word whose object is the other side: not "travel to", "visit" or "meet", whose
# object may be a place or a person ("the squad travel to X for a training camp", "the team visit X, a scientist").
SIDE_NOUN_FIXTURE_VERBS = frozenset(["host", "face", "entertain", "play"])
# A result's verbs that take the other side as their object before the score ("Halden beat Marsby 2-1").
RESULT_VERBS = frozenset(["beat", "defeated", "thrashed", "edged", "routed", "trounced", "crushed", "upset", "drew"])
# The result's verb of a draw: a draw with a score ("drew 1-1 with X") is mostly a team sport's (singles are won by
# sets), so its sides are clubs even when named as a person might be, unless the tagger read the first side as a
# person (a chess match may be drawn by a score too: app/extract/teams.py).
DRAW_VERB = "drew"
# A side that stops another winning is said to hold it to a draw ("Halden held Marsby to a 1-1 draw"): the held one is
# the other side. The verb's lemma and the nouns of a match with no winner after its "to".
HOLD_VERB = "hold"
DRAW_NOUNS = frozenset(["draw", "stalemate", "tie", "standstill"])
# Words that give a draw a score of nothing ("a goalless draw"), as only a game of goals or points has.
SCORELESS_WORDS = frozenset(["goalless", "scoreless"])
# The preposition some of these verbs take their other side by ("travel to X", "drew with X").
FIXTURE_PREPOSITIONS = frozenset(["to", "with"])
# Verbs whose subject and object are the two sides of a match ("X beat Y", "X drew Y").
MATCH_VERBS = FIXTURE_VERBS | frozenset(
    ["beat", "beats", "beating", "defeat", "defeated", "defeats", "drew", "draw", "draws", "tied", "tie", "lost",
     "lose", "loses", "thrashed", "thrash", "edged", "routed", "trounced", "crushed", "upset", "blanked",
     "outplayed", "eliminated", "knocked", "crush", "edge"]
)  # fmt: skip
# Lemmas of the words a side of a match hangs on through a preposition: "lost to X", "drew with X", "scored for X",
# "a win over X", "the match against X".
MATCH_HEADS = frozenset(
    ["lose", "loss", "draw", "score", "win", "victory", "defeat", "beat", "play", "match", "game", "tie", "fixture",
     "clash", "meet", "meeting", "final", "semifinal", "opener", "derby", "goal", "sign", "join", "transfer"]
)  # fmt: skip
# Lemmas of the words a player's club hangs on through a preposition: "a contract with Halden", "on loan from
# Halden", "120 appearances for Halden", "a move to Halden" (a noun: who "moved to Halden" went to live there).
PLAYER_HEADS = frozenset(["contract", "appearance", "loan", "debut", "move"])
# Lemmas of what only a side does, not a town: "Halden scored three runs", "Halden rallied".
SIDE_VERBS = frozenset(
    ["score", "win", "lose", "concede", "equalise", "equalize", "rally", "trail", "bat", "bowl", "draw", "beat"]
)
# Those of them that make a lone first word of a sentence a side ("Ostby equalised", "Ostby conceded twice", "Ostby
# beat Tarrow"). Not winning, losing, drawing, rallying or trailing, which a boxer, a snooker player or a town does
# too ("Ferreira won 10-9", "Dunmere rallied"), nor batting or bowling, which a cricketer does.
OPENING_SIDE_VERBS = frozenset(["score", "concede", "equalise", "equalize", "beat"])
# Those of them a player does as often as a side: a lone word the tagger took for an organisation that scores is a
# player named by one name ("Tavinho scored twice") unless the article writes it as a side elsewhere.
SCORING_VERBS = frozenset(["score", "net", "equalise", "equalize"])
