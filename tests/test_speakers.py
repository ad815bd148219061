"""Who said a quotation, read straight from the extractor on short invented articles: names the tagger doubts,
roles, pronouns for groups, namesakes."""

import pytest

from app.extract.found import Quote
from app.extract.nlp import load_model
from app.extract.parsed import ArticleText
from app.extract.parsing import parse_articles
from app.extract.quotes import find_quotes
from app.extract.speakers import office_forms
from app.settings import Settings


def quotes(body: str) -> list[Quote]:
    nlp = load_model(Settings().spacy_model)
    return find_quotes(parse_articles(nlp, [ArticleText({"body": body}, None)])[0])


def speaker_of(body: str, words: str) -> str | None:
    found = [quote for quote in quotes(body) if words in quote.text]
    assert len(found) == 1, [quote.text for quote in quotes(body)]
    return found[0].speaker_name


# "Marta Quell" is a name the pinned model tags as an organisation's, in every sentence below.
@pytest.mark.parametrize(
    "text",
    [
        'The mayor of Eastport, Marta Quell, said the vote was "a disgrace."',
        'Marta Quell, the mayor of Eastport, opened the bridge.\n"This vote is a disgrace," the mayor said.',
    ],
    ids=["name-as-appositive-of-the-role", "role-as-appositive-then-the-role-alone"],
)
def test_name_given_a_persons_role_is_the_speaker_the_tagger_doubted(text: str) -> None:
    assert speaker_of(text, "disgrace") == "Marta Quell"


def test_she_means_a_name_shaped_like_a_persons_when_no_person_is_named() -> None:
    text = 'Marta Quell has led the union since 2010.\n"I am not going anywhere," she said on Monday.'
    assert speaker_of(text, "anywhere") == "Marta Quell"


def test_she_leaves_an_organisations_name_alone() -> None:
    text = 'Tidewell Foods raised its prices in May.\n"I am not going anywhere," she said on Monday.'
    assert speaker_of(text, "anywhere") is None


# Tidewell Foods speaks first, so it is the last speaker when the group's own sentence comes.
_BEFORE = 'Tidewell Foods raised its prices in May.\n"Costs went up," Tidewell Foods said.'


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ('The Harlow Water Board met on Monday. It said the rise was "a greedy grab."', "Harlow Water Board"),
        (
            'The Brandt campaign is defending his remarks. It is denouncing what it calls "a greedy grab."',
            "Brandt campaign",
        ),
        ('The Brandt campaign is contrasting her plan with what they call "a greedy grab."', "Brandt campaign"),
    ],  # fmt: skip
    ids=["organisation", "group-noun", "they-in-a-clause"],
)
def test_it_or_they_stands_for_the_group_a_later_paragraph_is_about_not_the_one_that_spoke(
    sentence: str, group: str
) -> None:
    assert speaker_of(_BEFORE + "\n" + sentence, "greedy") == group


def test_it_stands_for_the_group_that_spoke_last_when_no_group_is_named_since() -> None:
    text = _BEFORE + '\nPrices rose again in June. It said the rise was "the last this year."'
    assert speaker_of(text, "last this") == "Tidewell Foods"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tom Brandt and his wife, Elena Brandt, spoke at the rally.\n"We are ready," Mrs. Brandt said.',
            "Elena Brandt",
        ),
        (
            'Elena Brandt and her husband, Tom Brandt, spoke at the rally.\n"We are ready," Mr. Brandt said.',
            "Tom Brandt",
        ),
    ],
    ids=["mrs-after-husband", "mr-after-wife"],
)
def test_honorific_picks_the_namesake_of_its_sex(text: str, speaker: str) -> None:
    assert speaker_of(text, "ready") == speaker


def test_honorific_that_fits_no_namesake_means_a_relative_not_named_in_full() -> None:
    text = (
        'The campaign will send Mr. Brandt and his wife, Mary Brandt, to the coast.\n"We are ready," Mr. Brandt said.'
    )
    assert speaker_of(text, "ready") == "Brandt"


def test_surname_without_honorific_is_the_namesake_named_first_when_both_are_spoken_of_alike() -> None:
    text = 'Tom Brandt and his wife, Elena Brandt, spoke at the rally.\n"We are ready," Brandt said.'
    assert speaker_of(text, "ready") == "Tom Brandt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We lost!" Tom Brandt\'s campaign manager, a former teacher from the coast, said on Friday.',
            "Tom Brandt's campaign manager",
        ),
        ('"This is a big day!" The crowd, many of them students from the university, cheered for an hour.', None),
        ('"We lost!" So said Tom Brandt on Friday, after the count in the coastal towns was finished.', "Tom Brandt"),
        ('"We lost!" So the count in the coastal towns was finished, and Tom Brandt said he would speak.', None),
    ],  # fmt: skip
    ids=["opens-with-speaker-and-cue", "reports-no-speech", "so-and-the-cue", "so-opening-another-clause"],
)
def test_quote_ending_a_sentence_is_attributed_by_the_next_only_when_it_opens_with_speaker_and_cue(
    text: str, speaker: str | None
) -> None:
    assert speaker_of(text, "!") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"He is resting," a spokesman for the Harlow Water Board, Ed Lorrick, said.', "Ed Lorrick"),
        ('The vote was close.\n"He is resting!" Brandt\'s aide, Marta Quell, shouted.', "Marta Quell"),
        ('John Brandt did not comment.\n"He is resting at home," his spokesman said.', "John Brandt"),
        ('Tidewell Foods closed the plant.\n"The staff are resting," its spokeswoman said.', "Tidewell Foods"),
        ('Tidewell\'s spokeswoman said the staff were "resting at home."', "Tidewell"),
        ('Tidewell\'s statement said the staff were "resting at home."', "Tidewell"),
        ('A spokesman for Sen. Marta Quell, Casper Fenn, said the senator was "resting at home."', "Casper Fenn"),
        ('A spokesman for Sen. Marta Quell, D-Eastport, said the senator was "resting at home."', "Marta Quell"),
    ],
    ids=[
        "named-voice-of-a-body",
        "named-aide",
        "voice-owned-by-his",
        "voice-owned-by-its",
        "voice-owned-by-a-name",
        "statement-owned-by-a-name",
        "voice-named-after-its-named-owner",
        "party-after-the-named-owner",
    ],
)
def test_a_voice_is_the_name_given_it_else_whoever_it_speaks_for(text: str, speaker: str) -> None:
    assert speaker_of(text, "resting") == speaker


@pytest.mark.parametrize(
    ("voice", "speaker"),
    [("Renata Sondrum", "Renata Sondrum"), ("Peter Brandt", "Maureen Hale")],
    ids=["the-voice", "control-a-voice-of-the-other-sex"],
)
def test_she_after_a_voice_named_after_whom_it_speaks_for_is_the_voice_if_the_sex_fits(
    voice: str, speaker: str
) -> None:
    text = (
        "Gov. Maureen Hale proposed the cut on Monday.\n"
        f'A spokesperson for the Harlow Clinic Board, {voice}, said it was cruel. "Clinics will close," she said.'
    )
    assert speaker_of(text, "Clinics will close") == speaker


def test_nickname_in_quotes_stays_inside_the_name() -> None:
    assert speaker_of('"We lost the vote," said Rep. Ana "Nina" Ruiz.', "lost") == 'Ana "Nina" Ruiz'


def test_the_trust_is_the_trust_last_named() -> None:
    text = 'The Eastport Harbour Trust apologised on Monday.\n"We let families down," the trust said.'
    assert speaker_of(text, "families") == "Eastport Harbour Trust"


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the council", "Eastport Council"), ("the committee", "committee")],
    ids=["its-name-ends-in-the-noun", "no-name-ends-in-the-noun"],
)
def test_the_council_is_the_body_last_named_whose_name_ends_in_council(role: str, speaker: str) -> None:
    text = f'The Eastport Council voted on Monday.\n"We had no choice," {role} said.'
    assert speaker_of(text, "choice") == speaker


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the ministry", "Ministry of Transport"), ("the interior ministry", "interior ministry")],
    ids=["its-name-opens-with-the-noun", "control-another-ministry"],
)
def test_the_ministry_is_the_body_last_named_whose_name_opens_with_ministry_of(role: str, speaker: str) -> None:
    text = f'The Ministry of Transport closed the bridge on Monday.\n"We had no choice," {role} said.'
    assert speaker_of(text, "choice") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Ministry of Transport and the Ministry of Finance closed the bridge.", "ministry"),
        (
            "The Ministry of Transport closed the bridge. The Ministry of Finance froze its budget.",
            "Ministry of Finance",
        ),
    ],
    ids=["either-of-two-named-together", "control-the-last-named"],
)
def test_the_ministry_is_neither_of_two_named_together(opening: str, speaker: str) -> None:
    text = f'{opening}\n"We had no choice," the ministry said.'
    assert speaker_of(text, "choice") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a mess," Brandt\'s cousin, state Rep. Jane Roe (D-Eastport Falls), shouted.', "Jane Roe"),
        ('"It is a mess," Brandt\'s cousin, state Rep. Jane "JJ" Roe (D-Eastport Falls), shouted.', 'Jane "JJ" Roe'),
        ('"It is a mess," his sister, Rep. Jane Roe (R-Harlow), said.', "Jane Roe"),
    ],
    ids=["tag-read-as-the-subject", "tag-swallowing-a-nickname", "tag-read-right"],
)
def test_the_name_a_party_tag_follows_is_the_speaker_whatever_the_parse_hangs_on_the_tag(
    text: str, speaker: str
) -> None:
    assert speaker_of(text, "mess") == speaker


def test_a_pronoun_means_the_name_a_party_tag_follows_not_the_tags_words() -> None:
    text = 'His cousin, state Rep. Jane "JJ" Roe (D-Eastport Falls), spoke first.\n"It is a mess," she said.'
    assert speaker_of(text, "mess") == 'Jane "JJ" Roe'


def test_surname_is_the_namesake_the_story_has_spoken_of_most() -> None:
    text = (
        "Tom Brandt and his wife, Elena Brandt, run the farm.\nElena Brandt chairs the board.\n"
        'Elena Brandt said costs were rising.\n"We are ready," Brandt said.'
    )
    assert speaker_of(text, "ready") == "Elena Brandt"


def test_surname_before_any_namesake_is_the_one_the_story_names_most() -> None:
    text = (
        '"We are ready," Brandt said on Monday.\nHer husband, Tom Brandt, stood by. Elena Brandt chairs the board, '
        "and Elena Brandt runs the farm."
    )
    assert speaker_of(text, "ready") == "Elena Brandt"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [("Lind's budget", "Peter Lind"), ("The budget", "Tomas Ruiz")],
    ids=["surname-owning-the-subject", "no-one-owning-the-subject"],
)
def test_he_means_the_surname_owning_the_subject_of_his_clause_not_the_last_speaker(subject: str, speaker: str) -> None:
    text = (
        'Peter Lind, the mayor, opened the bridge on Monday.\n"It is a fine day," said Tomas Ruiz, a councillor.\n'
        f'{subject} drew fire from the council, where he defended it as "a square deal for every family."'
    )
    assert speaker_of(text, "square deal") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mark Olsen met Laura Baines on Monday. She said the deal was "almost done."', "Laura Baines"),
        ('Mark Olsen met Robert Hale on Monday. She said the deal was "almost done."', None),
        ('Laura Baines met Anna Kerr on Monday. She said the deal was "almost done."', "Laura Baines"),
    ],
    ids=["woman-named-in-passing", "man-named-in-passing", "woman-subject-first"],
)
def test_she_means_a_woman_named_in_passing_only_when_no_subject_is_a_woman(text: str, speaker: str | None) -> None:
    assert speaker_of(text, "almost") == speaker


@pytest.mark.parametrize(
    ("title", "role", "speaker"),
    [
        ("Sen.", "the senator", "Mark Olsen"),
        ("Gov.", "the governor", "Mark Olsen"),
        ("Sen.", "the president", "president"),
        ("Rep.", "the congressman", "Mark Olsen"),
    ],
    ids=["senator", "governor", "another-role", "another-word-for-the-office"],
)
def test_an_abbreviated_title_gives_its_bearer_the_role_written_out_later(title: str, role: str, speaker: str) -> None:
    text = f'{title} Mark Olsen spoke in Harlow on Monday.\nLater, {role} said the bill was "dead on arrival."'
    assert speaker_of(text, "arrival") == speaker


@pytest.mark.parametrize(
    ("introduction", "role", "speaker"),
    [
        ("Foreign Minister Nils Ekdahl and Defence Minister Ruth Amsel", "the foreign minister", "Nils Ekdahl"),
        (
            "Nils Ekdahl, the foreign minister, and Ruth Amsel, the defence minister,",
            "the foreign minister",
            "Nils Ekdahl",
        ),
        ("Deputy Foreign Minister Nils Ekdahl and Defence Minister Ruth Amsel", "the deputy minister", "Nils Ekdahl"),
        ("Foreign Minister Nils Ekdahl and Defence Minister Ruth Amsel", "the defence minister", "Ruth Amsel"),
        ("Foreign Minister Nils Ekdahl and Defence Minister Ruth Amsel", "the minister", "minister"),
        ("Foreign Minister Nils Ekdahl and Deputy Foreign Minister Ruth Amsel", "the foreign minister", "Nils Ekdahl"),
        (
            "Nils Ekdahl, the foreign minister, and Ruth Amsel, the former foreign minister,",
            "the foreign minister",
            "Nils Ekdahl",
        ),
        (
            "Foreign Minister Nils Ekdahl and Defence Minister Ruth Amsel",
            "the foreign minister of Dalvia",
            "foreign minister of Dalvia",
        ),
        (
            "Former Foreign Minister Ruth Amsel and Foreign Minister Nils Ekdahl",
            "the former foreign minister",
            "Ruth Amsel",
        ),
        (
            "Ruth Amsel, a former foreign minister, and Foreign Minister Nils Ekdahl",
            "the former foreign minister",
            "Ruth Amsel",
        ),
        ("Foreign Minister Nils Ekdahl", "the former foreign minister", "former foreign minister"),
    ],
    ids=[
        "title-portfolio",
        "appositive-portfolio",
        "rank-before-a-portfolio",
        "control-the-last-portfolio",
        "no-portfolio-of-two-ministers-is-neither",
        "a-deputy-does-not-hold-the-portfolio",
        "a-former-holder-does-not-hold-the-portfolio",
        "a-portfolio-of-a-place-named-is-someone-new",
        "a-former-portfolio-is-a-former-holder",
        "a-former-portfolio-beside-the-name-is-a-former-holder",
        "a-former-portfolio-is-never-the-holder",
    ],
)
def test_a_portfolio_before_an_office_names_whoever_was_given_that_portfolio(
    introduction: str, role: str, speaker: str
) -> None:
    text = f'{introduction} met the envoy on Monday.\n"We were heard," {role} said.'
    assert speaker_of(text, "heard") == speaker


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [
        ("her office", "Ruth Amsel"),
        ("the governor's office", "Ruth Amsel"),
        ("Amsel's office", "Ruth Amsel"),
        ("the district attorney's office", "district attorney's office"),
        ("the statistics office", "statistics office"),
    ],
    ids=["her-office", "office-of-her-role", "office-of-her-name", "control-a-role-given-no-one", "control-no-owner"],
)
def test_an_office_speaks_for_the_person_it_serves(owner: str, speaker: str) -> None:
    text = f'Gov. Ruth Amsel missed the vote on Monday.\n"She is resting," {owner} said.'
    assert speaker_of(text, "resting") == speaker


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("The former governor", "Laura Baines"),
        ("The retired teacher", "Laura Baines"),
        ("The 62-year-old", "Laura Baines"),
        ("The Norwegian", "Laura Baines"),
        ("The governor", "governor"),
        ("The Harlow police chief", "Harlow police chief"),
        ("The driver", "driver"),
        ("The driver, 41,", "Laura Baines"),
        ("The captain, 41,", "Laura Baines"),
        ("The captain", "captain"),
        ("The governor, 41,", "governor"),
        ("The captain - 41 -", "captain"),
        ("The captain (41)", "Laura Baines"),
        ("The governor (41)", "governor"),
    ],
    ids=[
        "former",
        "retired",
        "age",
        "nationality",
        "office-alone",
        "office-of-a-named-place",
        "everyday-role-alone",
        "everyday-role-given-an-age",
        "any-word-given-an-age",
        "control-any-word-alone",
        "control-an-office-given-an-age",
        "control-a-number-not-after-a-comma",
        "any-word-given-an-age-in-brackets",
        "control-an-office-given-an-age-in-brackets",
    ],
)
def test_a_description_of_someone_is_the_person_named_before_but_an_office_alone_is_not(
    role: str, speaker: str
) -> None:
    text = f'Laura Baines spoke in Harlow on Monday.\n{role} said the bill was "dead on arrival."'
    assert speaker_of(text, "arrival") == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [("Laura Baines, a driver,", "Laura Baines"), ("Laura Baines", "driver")],
    ids=["given-the-role", "not-given-it"],
)
def test_an_everyday_role_names_again_only_the_person_the_story_gave_it(introduction: str, speaker: str) -> None:
    text = f'{introduction} spoke in Harlow on Monday.\nThe driver said the bill was "dead on arrival."'
    assert speaker_of(text, "arrival") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tidewell Foods recalled the cheese.\n"We regret the error," the company said.', "Tidewell Foods"),
        ('Tidewell Foods shut.\nA spokeswoman for the firm said it "regrets the error."', "Tidewell Foods"),
        ('Tidewell Foods shut.\nA company spokeswoman said it "regrets the error."', "Tidewell Foods"),
        ('The cheese was recalled on Friday.\n"We regret the error," the company said.', "company"),
        ('Tidewell Foods shut.\nThe Food Authority acted.\n"We regret it," the company said.', "Tidewell Foods"),
    ],
    ids=["the-company", "voice-of-the-firm", "company-voice", "no-company-named", "not-the-public-body-named-since"],
)  # fmt: skip
def test_the_company_is_the_organisation_last_named(text: str, speaker: str) -> None:
    assert speaker_of(text, "regret") == speaker


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("Laura Baines disagreed.", "Laura Baines"),
        ("Another resident, Laura Baines, disagreed.", "Laura Baines"),
        ("The council agreed to the plan on Monday.", "Mark Olsen"),
        ("Laura Baines did not respond.", "Mark Olsen"),
    ],
    ids=["name-disagreed", "named-resident-disagreed", "a-body-agreed", "did-not-respond"],
)
def test_a_quotation_standing_alone_after_someone_took_a_side_is_theirs(middle: str, speaker: str) -> None:
    text = f'"We will rebuild," Mayor Mark Olsen said.\n{middle}\n"It is a waste of money and nobody asked us."'
    assert speaker_of(text, "waste") == speaker


@pytest.mark.parametrize("quotation", ['"We are full."', '"I turn people away and it is full."'], ids=["we", "i"])
def test_a_quotation_alone_after_a_paragraph_about_one_named_person_is_theirs(quotation: str) -> None:
    text = f"The council met on Monday.\nLaura Baines, who runs the food bank, has seen demand double.\n{quotation}"
    assert speaker_of(text, "full") == "Laura Baines"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Laura Baines, who runs the poster shop by the quay, has seen demand double.", "Laura Baines"),
        ("Laura Baines, who pins a poster by the quay, has seen demand double.", None),
        ("Laura Baines, in a shirt and tie, has seen demand double.", "Laura Baines"),
    ],
    ids=["a-word-bearer-naming-a-shops-kind", "control-a-word-bearer-itself", "clothes-that-bear-no-words"],
)
def test_a_word_bearer_that_only_names_another_things_kind_leaves_the_quotation_hers(
    paragraph: str, speaker: str | None
) -> None:
    assert speaker_of(f'{paragraph}\n"We are full."', "full") == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Judge Laura Baines sentenced Mark Olsen on Monday.\n"We are full."',
        'Laura Baines runs the food bank.\nWhat comes next\n"We are full."',
        'Laura Baines runs the food bank. "We need help," Mark Olsen said.\n"We are full."',
    ],
    ids=["two-people-named", "a-subheading-between", "another-speaker-quoted"],
)
def test_a_quotation_alone_is_not_the_named_persons_after_another_or_a_heading(text: str) -> None:
    assert speaker_of(text, "full") != "Laura Baines"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Laura Baines opened the shop on the square.\n"Fresh bread every morning."', "Fresh bread"),
        ('Laura Baines drove home late.\n"She was the heart of our street."', "heart"),
        ('Laura Baines, 41, died in the flood.\n"We are heartbroken."', "heartbroken"),
        ('Laura Baines has been missing since May.\n"We will keep looking."', "keep looking"),
        ('Laura Baines received a letter from the board.\n"We regret our decision."', "regret"),
        ('Laura Baines grows apples on the hill.\n"US tariffs hit the harvest."', "tariffs"),
        ('Laura Baines painted a banner for the march.\n"We will not go quietly."', "quietly"),
        ('Laura Baines led the singing at the harbour.\n"I will follow the sea."', "follow the sea"),
    ],
    ids=[
        "a-sign-not-in-the-first-person",
        "speaks-of-a-third-person",
        "died",
        "missing",
        "a-document-she-received",
        "an-acronym-in-capitals",
        "a-banner-she-made",
        "a-song-she-led",
    ],
)
def test_a_quotation_alone_after_a_paragraph_about_one_person_is_not_theirs_where_they_could_not_say_it(
    text: str, words: str
) -> None:
    assert speaker_of(text, words) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mark Olsen wrote the report. His mother was not impressed.\n"He never listens," she said.', "His mother"),
        ('Laura Baines voted early. Her husband stood beside her.\n"He never listens," he said.', "Her husband"),
        ('Mark Olsen wrote the report. His mother, Anna Olsen, laughed.\n"He never listens," she said.', "Anna Olsen"),
        ('Mark Olsen lives alone. His son moved away.\n"He never listens," he said.', "Mark Olsen"),
    ],
    ids=["his-mother", "her-husband", "mother-named", "his-son"],
)  # fmt: skip
def test_he_or_she_can_mean_someone_named_only_as_a_relative(text: str, speaker: str) -> None:
    assert speaker_of(text, "listens") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan was attacked by Peter Lind, a councillor.", "Peter Lind"),
        ("Mark Olsen was thanked by Peter Lind, a councillor.", "Mark Olsen"),
        ("He set up a panel overseen by Peter Lind, a councillor.", "Mark Olsen"),
    ],
    ids=["passive-about-a-thing", "passive-about-a-person", "clause-on-a-noun"],
)
def test_he_can_mean_who_acts_in_a_passive_sentence_about_a_thing(sentence: str, speaker: str) -> None:
    text = f'"We will rebuild," Mayor Mark Olsen said.\n{sentence} He said the plan was "a fantasy."'
    assert speaker_of(text, "fantasy") == speaker


@pytest.mark.parametrize(
    ("announcement", "speaker"),
    [
        ("Here is the full statement from the Harlow Water Board:", "Harlow Water Board"),
        ("Read Laura Baines's full remarks below:", "Laura Baines"),
        ("Mark Olsen answered Laura Baines's remarks:", "Mark Olsen"),
    ],
    ids=["statement-from", "owners-remarks", "a-speaker-answering-them"],
)
def test_a_paragraph_announcing_someones_words_gives_them_the_quotation_after_it(
    announcement: str, speaker: str
) -> None:
    text = f'Peter Lind spoke first.\n{announcement}\n"We regret the rise in prices and will review them in spring."'
    assert speaker_of(text, "regret") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was the message from Laura Baines on Monday.", "Laura Baines"),
        ("Those were the words of Laura Baines.", "Laura Baines"),
        ("That was the message Laura Baines gave the board.", "Laura Baines"),
        ("That was the message Laura Baines heard from voters.", "Peter Lind"),
        ("That was before Laura Baines arrived.", "Peter Lind"),
        ("The warning came from Laura Baines on Monday.", "Laura Baines"),
        ("That is how Laura Baines put it to the board.", "Laura Baines"),
        ("That is what Laura Baines told the board.", "Laura Baines"),
        ("That is not what Laura Baines told the board.", "Peter Lind"),
        ("That is how Laura Baines learned of the ruling.", "Peter Lind"),
        ("The warning came after Laura Baines arrived.", "Peter Lind"),
        ("The warning came from North Dalvia on Monday.", "Peter Lind"),
        ("That message drew a sharp reply from Laura Baines.", "Peter Lind"),
    ],
    ids=[
        "message-from",
        "words-of",
        "message-someone-gave",
        "message-someone-heard",
        "a-sentence-about-something-else",
        "words-came-from",
        "how-someone-put-it",
        "what-someone-told",
        "not-what-someone-told",
        "how-someone-learned",
        "words-came-after",
        "words-came-from-a-place-not-a-speaker",
        "a-reply-from-another",
    ],
)
def test_a_sentence_after_a_quotation_about_the_words_can_say_whose_they_are(after: str, speaker: str) -> None:
    text = f'"We will win," Peter Lind said.\n"Nobody is above the law." {after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That is why Laura Baines said no.", "Peter Lind"),
        ("That was when Laura Baines told her to leave.", "Peter Lind"),
        ("Laura Baines said.", "Laura Baines"),
        ("That is what Laura Baines said.", "Laura Baines"),
        ("Which is what Laura Baines told them.", "Laura Baines"),
        ("That is why Laura Baines said it.", "Laura Baines"),
    ],
    ids=[
        "why-someone-said-no",
        "when-someone-told-another",
        "control-someone-said",
        "control-what-someone-said",
        "control-what-someone-told-others",
        "control-why-someone-said-these-words",
    ],
)
def test_a_sentence_giving_the_reason_or_moment_of_speech_is_no_attribution(after: str, speaker: str) -> None:
    text = f'"We will win," Peter Lind said.\n"Nobody is above the law." {after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was the message from Laura Baines on Monday.", "Laura Baines"),
        ("Those were the words of Laura Baines.", "Laura Baines"),
        ("That was before Laura Baines arrived.", "Peter Lind"),
        ("That message drew a sharp reply from Laura Baines.", "Peter Lind"),
    ],
    ids=["message-from", "words-of", "control-a-sentence-about-something-else", "control-a-reply-from-another"],
)
def test_a_paragraph_about_the_words_of_a_quotation_alone_before_it_says_whose_they_are(
    after: str, speaker: str
) -> None:
    text = f'"We will win," Peter Lind said.\n"Nobody is above the law."\n{after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mark Olsen said Peter Lind had lied about the budget.", "Mark Olsen"),
        ("Mark Olsen spoke after Peter Lind left the room.", "Mark Olsen"),
        ("When Peter Lind arrived, the crowd cheered.", "Peter Lind"),
    ],
    ids=["reported-clause", "subordinate-clause", "no-main-clause-subject-fits"],
)
def test_he_means_the_main_clauses_subject_over_one_in_a_clause_it_reports_or_subordinates(
    sentence: str, speaker: str
) -> None:
    text = f'Anna Kerr chaired the meeting.\n{sentence} "He is not telling the truth," he said.'
    assert speaker_of(text, "truth") == speaker


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("Residents were furious.", "Residents"),
        ("Prices were rising.", "Tidewell Foods"),
        ("It said workers would be paid.", "Tidewell Foods"),
    ],
    ids=["people", "things", "people-in-a-reported-clause"],
)
def test_they_can_mean_the_people_a_plural_subject_names(middle: str, speaker: str) -> None:
    text = f'Tidewell Foods closed the plant. {middle} "We were never asked," they said.'
    assert speaker_of(text, "asked") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Senators Joan Pruskil and Leo Amsden", "Joan Pruskil"),
        ("Two senators, Joan Pruskil of Dunmere and Leo Amsden of Harlow,", "Joan Pruskil"),
        ("Democrats Joan Pruskil and Leo Amsden", "Joan Pruskil"),
        ("The Harlow Farmers Union", "Harlow Farmers Union"),
    ],
    ids=["names-joined", "names-beside-a-plural", "names-beside-a-party", "control-a-body"],
)
def test_they_can_mean_two_people_a_subject_names_together_by_the_first(subject: str, speaker: str) -> None:
    text = f'{subject} wrote to the governor on Monday.\n"The mill must stay open," they wrote.'
    assert speaker_of(text, "mill") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # The pinned model reads "Annalise Roefeld" as a modifier of "Borin Dacke", the subject.
        ("Sens. Annalise Roefeld and Borin Dacke", "Annalise Roefeld"),
        ("Critics of the levy, like Sens. Joan Pruskil, Democrat of Dunmere, and Leo Amsden, Republican of Harlow,",
         "Joan Pruskil"),
        ("Several senators, including Joan Pruskil and Leo Amsden,", "Joan Pruskil"),
        ("Critics of the levy, like Sen. Joan Pruskil,", "Critics of the levy"),
        ("Friends of Joan Pruskil and Leo Amsden", None),
    ],
    ids=["abbreviated-title-misparsed", "members-like", "members-including", "control-one-member",
         "control-names-of-another-preposition"],
)  # fmt: skip
def test_they_can_mean_two_people_a_subject_names_however_the_parse_hangs_them(
    subject: str, speaker: str | None
) -> None:
    text = f'{subject} sent a letter to the governor on Monday.\n"The mill must stay open," they wrote.'
    assert speaker_of(text, "mill") == speaker


@pytest.mark.parametrize(
    ("speaking", "speaker"),
    [("the two senators", "Joan Pruskil"), ("both senators", "Joan Pruskil"), ("the senators", "senators")],
    ids=["the-two", "both", "control-not-counted"],
)
def test_two_people_counted_as_two_are_the_pair_last_named_together(speaking: str, speaker: str) -> None:
    text = f'Senators Joan Pruskil and Leo Amsden wrote to the governor.\n"The mill must stay open," {speaking} wrote.'
    assert speaker_of(text, "mill") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Harlow Gazette quoted Laura Baines as saying the plan was "dead in the water."', "Laura Baines"),
        ('The Harlow Gazette cited Laura Baines as saying the plan was "dead in the water."', "Laura Baines"),
        ('The Harlow Gazette, saying the plan was "dead in the water," called a vote.', "Harlow Gazette"),
    ],
    ids=["quoted-as-saying", "cited-as-saying", "the-subject-saying"],
)
def test_who_is_quoted_as_saying_the_words_said_them(text: str, speaker: str) -> None:
    assert speaker_of(text, "water") == speaker


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("Laura Baines, a nurse, said staff were exhausted.", "Laura Baines"),
        ("Laura Baines, a nurse, told reporters that staff were exhausted.", "Laura Baines"),
        ("Laura Baines, a nurse, is exhausted.", "Mark Olsen"),
        ("Laura Baines, a nurse, would not say when the ward would reopen.", "Mark Olsen"),
        ("Opponents said staff were exhausted.", "Opponents"),
    ],
    ids=["said-in-other-words", "told-in-other-words", "reports-no-speech", "would-not-say", "people-of-one-kind"],
)
def test_a_quotation_standing_alone_after_someones_words_in_other_words_is_theirs(middle: str, speaker: str) -> None:
    text = f'"We will rebuild," Mayor Mark Olsen said.\n{middle}\n"We have no beds left and nobody is listening."'
    assert speaker_of(text, "beds") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [("Laura Baines disagreed.", "Laura Baines"), ("The vote was close.", None)],
    ids=["took-a-side", "says-nothing-of-anyone"],
)
def test_a_quotation_after_a_sentence_saying_someone_took_a_side_is_theirs(sentence: str, speaker: str | None) -> None:
    text = f'Mark Olsen said the city would rebuild. {sentence} "We have no beds left."'
    assert speaker_of(text, "beds") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Eastport Interior Ministry said it "condemns the raid."', "Eastport Interior Ministry"),
        ('Interior Minister Odile Combs said she "condemns the raid."', "Odile Combs"),
    ],
    ids=["organisation", "person"],
)
def test_an_organisations_name_keeps_the_words_of_office_a_persons_name_loses(text: str, speaker: str) -> None:
    assert speaker_of(text, "raid") == speaker


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [("Starks's", "Starks's campaign"), ("His", "campaign")],
    ids=["a-name", "a-pronoun"],
)
def test_a_body_owned_by_a_name_keeps_the_name_and_loses_a_pronoun(owner: str, speaker: str) -> None:
    text = f'Milo Brandt took aim at his rival.\n{owner} campaign called the attack "desperate."'
    assert speaker_of(text, "desperate") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Gov. Orrin Starks met Sen. Milo Brandt on Monday. Starks later told reporters it was "a waste of time."',
            "Orrin Starks",
        ),
        (
            'Gov. Orrin Nettles met Sen. Milo Brandt on Monday. Nettles later told reporters it was "a waste of time."',
            "Orrin Nettles",
        ),
        ('Gov. Jasper Brandt spoke on Monday.\n"It was a waste of time," Brandt told Newsline.', "Jasper Brandt"),
    ],
    ids=["taken-for-a-common-noun", "taken-for-a-date-with-its-adverb", "taken-for-a-title-with-its-verb"],
)
def test_a_surname_the_tagger_misreads_is_the_person_named_in_full(text: str, speaker: str) -> None:
    assert speaker_of(text, "waste") == speaker


def test_she_means_the_woman_whose_surname_the_tagger_misread_as_the_subject() -> None:
    text = (
        "Casper Fenn, the campaign manager for Sen. Odile Combs, dismissed the poll.\n"
        'Combs herself was more cautious. "We have a lot of work to do," she said.'
    )
    assert speaker_of(text, "work") == "Odile Combs"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Ober campaign released an ad Tuesday that says her rival "lied to veterans."', "Ober campaign"),
        ('The union put out a statement on Friday that said the deal was "a betrayal of veterans."', "union"),
        ('Sen. Irma Ober released an ad that says her rival "lied to veterans."', "Irma Ober"),
        ('The union put the statement that says the deal was "a betrayal of veterans" on hold.', "statement"),
    ],
    ids=["a-campaign-after-a-day", "a-union-putting-out", "a-person", "a-union-putting-it-somewhere"],
)
def test_a_document_speaks_for_the_body_or_person_that_issued_it(text: str, speaker: str) -> None:
    assert speaker_of(text, "veterans") == speaker


@pytest.mark.parametrize(
    ("document", "speaker"),
    [
        ("Ober's letter", "Irma Ober"),
        ("Her letter", "Irma Ober"),
        ("A report from the Eastport Council", "Eastport Council"),
        ("The letter to Ober", "letter to Ober"),
        ("A report on Ober", "report on Ober"),
        ("A report from Dalvia", "report from Dalvia"),
    ],
    ids=[
        "owned-by-a-name",
        "owned-by-her",
        "from-a-body",
        "control-sent-to-her",
        "control-about-her",
        "not-a-place-it-came-from",
    ],
)
def test_a_document_speaks_for_whoever_owns_it_not_whom_it_is_sent_to_or_about(document: str, speaker: str) -> None:
    opening = "Sen. Irma Ober wrote to the Eastport Council on Monday."
    text = f'{opening}\n{document} warned that the plan was "a betrayal of veterans."'
    assert speaker_of(text, "veterans") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Sen. Irma Ober sent a letter to the board on Monday.", "Irma Ober"),
        ("Sen. Irma Ober received a letter from the board on Monday.", "letter"),
        ("Sen. Irma Ober sent a memo to the board on Monday.", "letter"),
        ("Sen. Irma Ober released a letter on Monday.", "Irma Ober"),
        ("Sen. Irma Ober released a letter from forty doctors on Monday.", "letter"),
    ],
    ids=[
        "one-she-sent",
        "control-one-she-received",
        "control-another-document",
        "one-she-released",
        "not-others-words-she-released",
    ],
)
def test_the_document_is_whoever_a_sentence_before_said_issued_one(opening: str, speaker: str) -> None:
    text = f'{opening}\nThe letter warned that the plan was "a betrayal of veterans."'
    assert speaker_of(text, "veterans") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Rick Brannock met Becky Hollis on Monday. She said the deal was "almost done."', "Becky Hollis"),
        ('Becky Hollis met Rick Brannock on Monday. He said the deal was "almost done."', "Rick Brannock"),
    ],
    ids=["she-after-a-woman-named-second", "he-after-a-man-named-second"],
)
def test_a_short_given_name_says_its_bearers_sex(text: str, speaker: str) -> None:
    assert speaker_of(text, "almost") == speaker


@pytest.mark.parametrize(
    ("dateline", "subject", "speaker"),
    [
        ("HARLOW, Ore. (Wire) — ", "Candidate Milo Brandt", "Milo Brandt"),
        ("HARLOW, Ore. - ", "Milo Brandt", "Milo Brandt"),
        ("HARLOW, Ore. (Wire) — ", "The harbour master", "harbour master"),
        ("", "Candidate Milo Brandt", "Milo Brandt"),
    ],
    ids=["agency-and-dash", "dash", "a-role", "no-dateline"],
)
def test_the_dateline_never_speaks_the_subject_written_after_it_does(dateline: str, subject: str, speaker: str) -> None:
    text = f'{dateline}{subject} on Saturday accused the council of "running a campaign of fear."'
    assert speaker_of(text, "fear") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('HARLOW, Ore., March 3 - Milo Brandt vowed to fight, saying "we will appeal today."', "Milo Brandt"),
        ('Harlow, March 3 (Wire) - Attorney General Milo Brandt said: "We will appeal today."', "Milo Brandt"),
        ('HARLOW, Tuesday (Wire) - Milo Brandt, the attorney general, said: "We will appeal today."', "Milo Brandt"),
        ('KELDA, the port authority, said on March 3: "We will appeal today."', "KELDA"),
    ],
    ids=["dated-participle", "dated-in-ordinary-case-colon", "weekday-colon", "control-a-name-in-capitals-that-speaks"],
)
def test_a_dated_datelines_place_never_speaks_the_words_of_the_clause_after_it(text: str, speaker: str) -> None:
    assert speaker_of(text, "appeal today") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [("The Harlow Water Board (HWB) Monday", "Harlow Water Board"), ("HARLOW (Wire) The water board", "water board")],
    ids=["a-body-and-its-initials", "a-dateline-in-capitals-without-a-dash"],
)
def test_a_name_in_ordinary_case_before_brackets_is_a_dateline_only_with_its_dash(opening: str, speaker: str) -> None:
    assert speaker_of(f'{opening} said the water was "safe to drink."', "safe") == speaker


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [("Irma Ober's claim", "Irma Ober"), ("Irma Ober's line", "Irma Ober"), ("the line", "Milo Brandt")],
    ids=["a-claim-owned", "a-line-owned", "a-line-owned-by-no-one"],
)
def test_words_quoted_in_someones_line_are_theirs(noun: str, speaker: str) -> None:
    text = f'Milo Brandt mocked {noun} that the city was "stronger together."'
    assert speaker_of(text, "stronger") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [("Her rival, Casper Fenn,", "Casper Fenn"), ("Her party, the Harlow Union,", "party")],
    ids=["a-name-shaped-like-a-persons", "an-organisations-name"],
)
def test_a_name_shaped_like_a_persons_given_to_a_noun_is_the_speaker(subject: str, speaker: str) -> None:
    text = f'Irma Ober defended her record on Monday. {subject} called the record "a disaster."'
    assert speaker_of(text, "disaster") == speaker


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [("a sharp rebuke", "Rick Harlan"), ("a sharp look", "Milo Brandt")],
    ids=["a-reaction-from-someone", "not-a-reaction"],
)
def test_he_can_mean_whom_a_reaction_came_from(noun: str, speaker: str) -> None:
    text = f"""Milo Brandt's speech drew {noun} from his rival, Sen. Rick Harlan. "It's a lie," he said."""
    assert speaker_of(text, "lie") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("There was still no reply from Varga.", "Ivo Brandle"),
        ("He has not received a reply from Varga.", "Ivo Brandle"),
        ("He finally received a reply from Varga.", "Tom Varga"),
    ],
    ids=["no-reply", "a-reply-not-received", "a-reply-received"],
)
def test_he_does_not_mean_whom_a_reaction_was_asked_of_when_none_came(sentence: str, speaker: str) -> None:
    text = f'Gov. Ivo Brandle wrote to the landlord, Tom Varga, in May. {sentence} "We are still waiting," he said.'
    assert speaker_of(text, "waiting") == speaker


@pytest.mark.parametrize(
    ("role", "speaker"),
    [("the congresswoman", "Gloria Pelt"), ("the congressman", "congressman")],
    ids=["the-word-for-her-sex", "the-word-for-the-other-sex"],
)
def test_the_word_for_an_office_names_again_only_a_holder_of_its_sex(role: str, speaker: str) -> None:
    text = f'Rep. Gloria Pelt toured the plant with Mayor Ivo Brandle.\n"The jobs are coming back," {role} said.'
    assert speaker_of(text, "jobs") == speaker


@pytest.mark.parametrize(
    ("introduction", "role", "speaker"),
    [
        ("Former first lady Marla Venn", "the former first lady", "Marla Venn"),
        ("First Lady Marla Venn", "the first lady", "Marla Venn"),
        ("Marla Venn, the first daughter,", "the first daughter", "Marla Venn"),
        ("The first lady, Marla Venn,", "the first lady", "Marla Venn"),
        ("Marla Venn", "the former first lady", "former first lady"),
        ("Marla Venn, the mayor's daughter,", "the first daughter", "first daughter"),
    ],
    ids=["former-before-the-name", "title-in-capitals", "appositive", "name-as-appositive", "never-given-it",
         "given-another-role"],
)  # fmt: skip
def test_a_first_family_role_names_again_only_the_person_the_story_gave_it(
    introduction: str, role: str, speaker: str
) -> None:
    text = f'{introduction} toured Harlow on Monday with Mayor Ivo Brandle.\n"We will keep going," {role} said.'
    assert speaker_of(text, "keep going") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Are you running?" Dale Brink asked Mark Olsen. "No," he said.', "Mark Olsen"),
        ('"Are you running?" Dale Brink asked Mark Olsen.\n"No," he said.', "Mark Olsen"),
        ('"Are you running?" Mark Olsen asked Laura Baines. "No," he said.', "Mark Olsen"),
    ],
    ids=["same-paragraph", "answer-in-a-paragraph-of-its-own", "pronoun-of-the-askers-sex-only"],
)
def test_the_answer_after_a_question_is_the_one_asked(text: str, speaker: str) -> None:
    assert speaker_of(text, "No") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Prime Minister Ute Hald met union leaders.\n"No new taxes," the prime minister said.', "Ute Hald"),
        (
            'Prime Minister Ute Hald met Foreign Minister Karl Osterby.\n"No new taxes," the prime minister said.',
            "Ute Hald",
        ),
        (
            'Deputy Mayor Rosa Lind and Mayor Tom Varga opened the bridge.\n"No new taxes," the deputy mayor said.',
            "Rosa Lind",
        ),
        (
            'Foreign Minister Karl Osterby flew to Vienna.\n"No new taxes," the minister said.',
            "Karl Osterby",
        ),
    ],
    ids=["rank-read-as-a-name", "rank-parts-two-ministers", "rank-parts-two-mayors", "control-no-rank"],
)
def test_a_ranked_office_names_again_whom_the_story_gave_it(text: str, speaker: str) -> None:
    assert speaker_of(text, "taxes") == speaker


@pytest.mark.parametrize(
    ("introduction", "role", "speaker"),
    [
        ("Vice President Ilka Sarvo", "the president", "president"),
        ("President Odran Felk and Vice President Ilka Sarvo", "the president", "Odran Felk"),
        ("President Marit Solberg and Former President Cas Venneman", "the president", "Marit Solberg"),
        ("Shadow Foreign Minister Orla Hartigan", "the foreign minister", "foreign minister"),
        ("Mayor Teodor Brann and Aino Keskula, a deputy mayor,", "the mayor", "Teodor Brann"),
        ("President Odran Felk and Vice President Ilka Sarvo", "the vice president", "Ilka Sarvo"),
        ("President Marit Solberg and Former President Cas Venneman", "the former president", "Cas Venneman"),
        ("Shadow Foreign Minister Orla Hartigan", "the shadow foreign minister", "Orla Hartigan"),
        ("Aino Keskula, a deputy mayor, and Mayor Teodor Brann", "the deputy mayor", "Aino Keskula"),
        ("Acting President Rolan Ferreira", "the president", "Rolan Ferreira"),
        ("Lieutenant General Oren Vasko", "the general", "Oren Vasko"),
    ],
    ids=[
        "vice-is-not-the-office",
        "vice-named-last-is-not-the-office",
        "former-named-last-is-not-the-office",
        "shadow-is-not-the-portfolio",
        "rank-beside-the-name-is-not-the-office",
        "control-the-ranked-office",
        "control-the-former-office",
        "control-the-shadow-office",
        "control-the-rank-beside-the-name",
        "control-acting-is-the-office",
        "control-a-lieutenant-general-is-the-general",
    ],
)
def test_a_rank_or_a_past_before_a_title_makes_an_office_of_its_own(introduction: str, role: str, speaker: str) -> None:
    text = f'{introduction} met the envoy on Monday.\n"We were heard," {role} said.'
    assert speaker_of(text, "heard") == speaker


def test_a_ranked_office_the_story_gave_no_one_names_no_one_else() -> None:
    text = 'Mayor Tom Varga opened the bridge.\n"No new taxes," the deputy mayor said.'
    assert speaker_of(text, "taxes") != "Tom Varga"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Nessa Haskin and her son, Ravi Haskin, farm near Tolsby.\n"We keep going," Nessa said.', "Nessa Haskin"),
        ('Nessa Haskin met Nessa Ardent in Tolsby.\n"We keep going," Nessa said.', "Nessa"),
    ],
    ids=["one-bearer", "control-two-bearers"],
)
def test_a_lone_given_name_is_the_one_person_named_in_full_with_it(text: str, speaker: str) -> None:
    assert speaker_of(text, "keep going") == speaker


@pytest.mark.parametrize(
    ("beat", "speaker"),
    [
        ("Lena Marsh shook her head.", "Lena Marsh"),
        ("The crowd went quiet.", None),
    ],
    ids=["a-person-acts", "control-no-person-acts"],
)
def test_a_quotation_after_a_persons_action_is_theirs(beat: str, speaker: str | None) -> None:
    text = f'"We will win," said Ivo Brandle.\nLena Marsh stood beside him. {beat} "Not this year."'
    assert speaker_of(text, "Not this year") == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Mayor Ilse Morvane laid out the plan in a speech on Monday.", "Ilse Morvane"),
        ("Mayor Ilse Morvane laid out the plan at a news conference.", "Ilse Morvane"),
        ("Mayor Ilse Morvane delivered a speech on the steps of the hall.", "Ilse Morvane"),
        ("Speaking at a rally in Dunmere, Mayor Ilse Morvane laid out the plan.", "Ilse Morvane"),
        ("Mayor Ilse Morvane laid out the plan in a report.", None),
        ("Walking through Dunmere, Mayor Ilse Morvane laid out the plan.", None),
        ("Mayor Ilse Morvane received a letter on the steps of the hall.", None),
        ("Mayor Ilse Morvane delivered Governor Tam Oduro's letter to the council.", None),
    ],
    ids=[
        "in-a-speech",
        "at-a-news-conference",
        "gave-a-speech",
        "while-speaking",
        "control-no-occasion-of-speaking",
        "control-while-doing-something-else",
        "control-met-one-given-by-another",
        "control-gave-anothers",
    ],
)
def test_a_quotation_after_a_paragraph_that_tells_of_a_speech_is_the_speakers(lead: str, speaker: str | None) -> None:
    # Words after the quotation keep it from standing alone, where the paragraph before names its one person anyway.
    assert speaker_of(f"{lead}\n“We will rebuild every school.” The hall was full.", "rebuild") == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "Mayor Ilse Morvane laid out the plan in a report.",
        "Mayor Ilse Morvane received a letter on the steps of the hall.",
    ],
    ids=["a-report", "a-letter-received"],
)
def test_a_quotation_alone_after_a_paragraph_naming_a_document_is_not_the_persons(lead: str) -> None:
    assert speaker_of(f"{lead}\n“We will rebuild every school.”", "rebuild") is None


# The pinned model parses "Her granddaughter, Ada Brenn, (9,) watched" with the noun as the sentence's head.
@pytest.mark.parametrize(
    "subject",
    ["Her granddaughter, Ada Brenn, 9,", "Her granddaughter, Ada Brenn,", "Ada Brenn, her granddaughter,"],
    ids=["with-age", "without-age", "control-name-first"],
)
def test_a_subject_the_parse_takes_for_the_sentences_head_is_who_the_next_pronoun_means(subject: str) -> None:
    text = f"Margit Brenn spoke first. “We fight,” she said.\n{subject} watched from the porch. “We share,” she said."
    assert speaker_of(text, "We share") == "Ada Brenn"


# The pinned model tags "Marek Vell" as an organisation's name beside his brother's, a person's.
@pytest.mark.parametrize(
    ("first", "speaker"),
    [("Joram Vell", "Marek Vell"), ("Tilda Orsk", "Marek Orsk")],
    ids=["relative-tagged-an-organisation", "control-relative-tagged-a-person"],
)
def test_a_relative_named_in_full_is_a_person_however_the_tagger_read_the_name(first: str, speaker: str) -> None:
    surname = first.split()[-1]
    text = (
        f"{first} and Marek {surname} grew up in Harlow.\n“We love each other,” {first.split()[0]} said.\n"
        "Marek laughed when he heard that. “Roads, water, taxes,” he said."
    )
    assert speaker_of(text, "Roads") == speaker


@pytest.mark.parametrize(
    ("relative", "speaker"),
    [("nephew", "Bram Osk"), ("niece", "Greta Osk"), ("son", "Bram Osk")],
    ids=["nephew", "niece", "control-son"],
)
def test_a_relative_named_by_the_tie_is_whom_the_story_gave_it(relative: str, speaker: str) -> None:
    text = (
        f"Edna Osk died on Tuesday. Her death was confirmed by her {relative}, {speaker}.\n"
        f"“She was fearless,” her {relative} said."
    )
    assert speaker_of(text, "fearless") == speaker


@pytest.mark.parametrize(
    ("statement", "speaker"),
    [("the statement", "Tidewell Foods"), ("the Harlow Council's statement", "Harlow Council")],
    ids=["whose-unsaid", "control-its-owner-named"],
)
def test_a_statement_whose_owner_is_unsaid_is_from_whom_the_story_was_about(statement: str, speaker: str) -> None:
    text = f"Tidewell Foods apologized on Thursday for the recall.\n“We regret the error,” {statement} read."
    assert speaker_of(text, "regret") == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Tidewell Foods recalled its lettuce. Inspector Ada Wolcott found listeria.", "Tidewell Foods"),
        ("Senator Ada Wolcott was charged on Monday. She denies it.", "Ada Wolcott"),
        ("Senator Ada Wolcott resigned days after the Harlow Ledger reported her debts.", "Ada Wolcott"),
    ],
    ids=["a-body-before-a-person", "control-a-person-alone", "a-body-in-a-subordinate-clause"],
)
def test_a_statement_whose_owner_is_unsaid_is_a_bodys_before_a_persons(lead: str, speaker: str) -> None:
    assert speaker_of(f"{lead}\n“We are cooperating fully,” the statement said.", "cooperating") == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("The hospital", "the hospital"), ("The school district", "the school district"),
     ("The company", "the company"), ("Tidewell Foods", "the statement")],
    ids=["an-institution", "an-institution-of-two-words", "a-business", "control-a-named-body"],
)  # fmt: skip
def test_a_statement_of_a_body_named_by_a_common_noun_is_written_as_that_body(body: str, speaker: str) -> None:
    # No entity stands for an unnamed body: its words are given to it as written, not to "the statement".
    found = quotes(f"{body} apologized on Friday.\n“We regret the delay,” the statement said.")
    assert [q.speaker_text for q in found if "regret" in q.text] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [("Harlow General Hospital", "Harlow General Hospital"), ("General Mara Voss", "Mara Voss")],
    ids=["a-hospital-whose-name-holds-a-title", "control-a-title-before-a-person"],
)
def test_a_title_word_inside_a_buildings_body_name_is_not_trimmed_as_a_title(body: str, speaker: str) -> None:
    assert speaker_of(f"{body} apologized on Friday.\n“We regret the delay,” the statement said.", "regret") == speaker


@pytest.mark.parametrize(
    ("title", "speaker"),
    [("District Commissioner Obi Lang", "Obi Lang"), ("Governor of the Central Bank Ama Trevik", "Ama Trevik")],
    ids=["a-body-word-before-the-title", "control-a-holder-after-the-body-served"],
)
def test_a_body_word_before_a_title_is_no_body_the_holder_runs_on_after(title: str, speaker: str) -> None:
    assert speaker_of(f'"The ruling stands," said {title}.', "ruling stands") == speaker


@pytest.mark.parametrize(
    ("lead", "description", "speaker"),
    [
        ("Real estate mogul Hal Dreyfus", "the real estate mogul", "Hal Dreyfus"),
        ("Shipping tycoon Hal Dreyfus", "the tycoon", "Hal Dreyfus"),
        ("Businessman Hal Dreyfus", "the tycoon", "tycoon"),
        ("Nominee Hal Dreyfus", "the nominee", "Hal Dreyfus"),
    ],
    ids=["mogul", "tycoon", "the-trade-given-to-no-one", "control-a-nominee"],
)
def test_a_description_of_trade_or_fame_names_again_the_person_the_story_gave_it(
    lead: str, description: str, speaker: str
) -> None:
    text = f"{lead} spoke in Harlow on Monday.\n“We will win the state,” {description} said."
    assert speaker_of(text, "win the state") == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Former Sheriff Lyle Danforth died on Tuesday.", "brother"),
        ("Former Sheriff Lyle Danforth died on Tuesday, his brother, Hal Danforth, said.", "Hal Danforth"),
    ],
    ids=["the-tie-given-to-no-one", "control-the-tie-given"],
)
def test_a_relative_the_story_gave_no_one_is_someone_new(lead: str, speaker: str) -> None:
    assert speaker_of(f"{lead}\n“He was a giant,” his brother said.", "giant") == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Rep. Clara Moynihan debated Ted Ruark on Tuesday.", "pundit"),
        ("Ona Brisk, a pundit, watched Rep. Clara Moynihan debate on Tuesday.", "Ona Brisk"),
    ],
    ids=["the-voice-given-to-no-one", "control-the-voice-given"],
)
def test_a_voice_brought_in_to_react_the_story_gave_no_one_is_someone_new(lead: str, speaker: str) -> None:
    assert speaker_of(f"{lead}\n“She won it going away,” the pundit said.", "going away") == speaker


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [("my", "grandmother"), ("the", "Wenna Maddox")],
    ids=["the-writers-relative", "control-the-grandmother-named-before"],
)
def test_the_writers_relative_is_never_someone_the_story_named(owner: str, speaker: str) -> None:
    text = f"Wenna Maddox, a grandmother, vetoed it.\nAs {owner} grandmother would say, “Don't spend what you haven't.”"
    assert speaker_of(text, "spend") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [("Lena Marsh nodded.", "Lena Marsh"), ("", "Ivo Brandle")],
    ids=["a-beat-between", "control-no-beat"],
)
def test_a_gesture_between_two_quotations_gives_the_second_to_who_makes_it(between: str, speaker: str) -> None:
    text = f'Ivo Brandle and Lena Marsh ran.\n"We won," Brandle said. {between} "So did I."'
    assert speaker_of(text, "So did I") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Lena Marsh won the race in 2019.", "Ivo Brandle"),
        ("Lena Marsh raised taxes twice.", "Ivo Brandle"),
        ("Lena Marsh and Ysolde Karn shook hands.", "Ivo Brandle"),
        ("Lena Marsh laughed.", "Lena Marsh"),
    ],
    ids=["an-act-of-the-story", "a-verb-of-acts-as-of-the-body", "two-people", "control-a-gesture"],
)
def test_only_one_persons_gesture_between_two_quotations_is_a_beat(between: str, speaker: str) -> None:
    text = f'Ivo Brandle and Lena Marsh ran.\n"We will appeal," Brandle said. {between} "It was a hard year."'
    assert speaker_of(text, "hard year") == speaker


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("Weeks are nothing", "Orrin Halvard"), ("debated it for weeks", "Wren Talbeck")],
    ids=["he-after-her-quotation", "control-her-own-quotation"],
)
def test_a_name_beside_the_subject_tells_that_persons_sex(words: str, speaker: str) -> None:
    text = (
        'Sen. Orrin Halvard said the vote was rushed.\n"We rushed it," Halvard said.\n'
        'His colleague, Sen. Wren Talbeck, disagreed. "We debated it for weeks," she said.\n'
        '"Weeks are nothing for a bill this size," he said.'
    )
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ("Orrin Halvard spent the morning with his running mate, Wren Talbeck.", "she", "Wren Talbeck"),
        ("Orrin Halvard spent the morning with his running mate, Wren Talbeck.", "he", "Orrin Halvard"),
        ("Wren Talbeck cheered the nominee, Orrin Halvard, who began his speech.", "she", "Wren Talbeck"),
        ("Wren Talbeck thanked the officer for his service.\nThe ceremony lasted an hour.", "she", "Wren Talbeck"),
    ],
    ids=["his-in-the-main-clause", "control-he", "his-in-a-clause-about-another", "his-after-a-word-for-another"],
)
def test_a_main_clauses_possessive_tells_the_sex_of_the_one_person_named(lead: str, pronoun: str, speaker: str) -> None:
    assert speaker_of(f'{lead}\n"People here are tired of waiting," {pronoun} said.', "tired") == speaker


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("own world", "Wren Talbeck"), ("Wrong", "Orrin Halvard")],
    ids=["she-after-he-was-found", "control-he"],
)
def test_whom_he_said_was_found_to_mean_is_not_a_later_she(words: str, speaker: str) -> None:
    text = (
        "Orrin Halvard interrupted Wren Talbeck during the debate.\n"
        '"Wrong," he said as she spoke.\n"You live in your own world," she shot back.'
    )
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("An email sent by campaign manager Orrin Halvard to staff", "Orrin Halvard"),
        ("A memo written by Orrin Halvard and obtained by the Eastfield Courier", "Orrin Halvard"),
        ("A memo obtained by the Eastfield Courier", "memo"),
    ],
    ids=["sent-by", "written-by-then-obtained", "control-whoever-came-by-it"],
)
def test_a_document_said_to_be_by_someone_speaks_for_them(lead: str, speaker: str) -> None:
    found = [quote for quote in quotes(f'{lead} urged them to "stay off cable news."') if "cable" in quote.text]
    assert [(quote.speaker_name, (quote.speaker_text or "").split()[1]) for quote in found] == [
        (speaker, lead.split()[1])
    ]


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("added his running mate, Gov. Wren Talbeck.", "Wren Talbeck"),
        ("Gov. Wren Talbeck, his running mate, added.", "Wren Talbeck"),
    ],
    ids=["cue-then-speaker", "control-speaker-then-cue"],
)
def test_a_cue_straight_after_a_quotation_may_name_its_speaker_as_its_object(tail: str, speaker: str) -> None:
    text = f'Orrin Halvard spoke in Marnford on Friday.\n"And we will do it together," {tail}'
    assert speaker_of(text, "together") == speaker


# "Marta Quell" is a name the pinned model tags as an organisation's; "Wren Talbeck" one it tags as a person's.
@pytest.mark.parametrize(
    "name",
    ["Marta Quell", "Wren Talbeck"],
    ids=["taken-for-an-organisation", "control-taken-for-a-person"],
)
def test_a_name_whose_surname_alone_is_a_subject_is_a_persons(name: str) -> None:
    surname = name.split()[1]
    text = (
        f'Gov. Orrin Halvard appointed {name} to the court on Friday.\n"She is brilliant," Halvard said.\n'
        f'{surname} said she was grateful. "This is the honor of my life," she said.'
    )
    assert speaker_of(text, "honor") == name


# "Sterling Banks" is a name the pinned model tags as an organisation's, and "Banks" a word it reads as a common noun.
def test_a_name_whose_surname_the_tagger_reads_as_a_common_noun_is_a_persons_when_it_speaks_alone() -> None:
    text = 'Sterling Banks chairs the panel.\n"The plan will fail," Banks said.'
    assert speaker_of(text, "plan will fail") == "Sterling Banks"


def test_a_common_noun_opening_a_sentence_does_not_make_a_name_ending_in_it_a_persons() -> None:
    text = 'Sterling Banks lends to farmers. Dana Roe runs the mill.\nBanks worry. "It will fail," she said.'
    assert speaker_of(text, "will fail") == "Dana Roe"


@pytest.mark.parametrize(
    ("passing", "speaker"),
    [
        ("Wren Talbeck on Monday", "Wren Talbeck"),
        ("Wren Talbeck on Monday and Orrin Halvard on Tuesday", None),
    ],
    ids=["the-one-named-in-passing", "control-two-named-in-passing"],
)
def test_she_falls_back_on_the_one_person_of_untold_sex_named_in_passing(passing: str, speaker: str | None) -> None:
    text = f'Sen. John Reddal met {passing}.\n"We talked about farms," she said.'
    assert speaker_of(text, "farms") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [("In his reply, Tobin Ferrell", "Kerrin Vasholt"), ("His colleague, Tobin Ferrell,", "Tobin Ferrell")],
    ids=["a-possessive-on-a-preposition-ahead-of-a-name", "control-a-possessive-on-the-names-noun"],
)
def test_a_possessive_ahead_of_a_name_tells_nothing_of_the_one_named_before(opening: str, speaker: str) -> None:
    text = (
        f'Kerrin Vasholt spoke first.\n{opening} called the plan "a mess."\n'
        'Vasholt stood up again. "It is a good plan," she said.'
    )
    assert speaker_of(text, "good plan") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Arlo Venn and his wife, Dora Venn,", "Arlo Venn"),
        ("Arlo Venn, a retired baker, and his neighbour, Tess Mallory,", "Arlo Venn"),
        ("Arlo Venn and his wife", "Harlow Farmers Union"),
    ],
    ids=["relative-named-beside", "neighbour-named-beside", "control-relative-unnamed"],
)
def test_they_can_mean_a_person_and_one_named_beside_a_noun_joined_to_them(subject: str, speaker: str) -> None:
    text = f'The Harlow Farmers Union wrote to the mayor.\n{subject} run the bakery.\n"We were never asked," they said.'
    assert speaker_of(text, "asked") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The governor defended the budget.", "Nora Quist"),
        ("Nora Quist defended the budget.", "Nora Quist"),
    ],
    ids=["role-given-before", "control-name"],
)
def test_she_after_a_role_as_subject_is_the_one_given_that_role(sentence: str, speaker: str) -> None:
    text = f'Gov. Nora Quist signed it. Her rival, Hank Tarrow, criticised it.\n{sentence} "It is fair," she said.'
    assert speaker_of(text, "fair") == speaker


@pytest.mark.parametrize(
    ("reader", "speaker"),
    [
        ("read the mayor's statement aloud", "Nora Quist"),
        ("read her own statement aloud", "Pia Lund"),
    ],
    ids=["a-role-owns-it", "control-the-reader-owns-it"],
)
def test_a_statement_read_aloud_is_its_owners_not_the_readers(reader: str, speaker: str) -> None:
    text = f'Mayor Nora Quist stayed home. Her aide, Pia Lund, {reader}.\n"The pool will reopen," the statement said.'
    assert speaker_of(text, "pool") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Lena Marsh did not mince words.", "Lena Marsh"),
        ("Lena Marsh repeated the line.", "Lena Marsh"),
        ("Lena Marsh made a promise to voters.", "Ivo Brandle"),
    ],
    ids=["words-unminced", "the-line-repeated", "control-words-of-her-own"],
)
def test_a_sentence_pointing_at_the_words_before_a_quotation_names_its_speaker(between: str, speaker: str) -> None:
    text = f'Ivo Brandle and Lena Marsh ran.\n"We will appeal," Brandle said. {between} "It was a hard year."'
    assert speaker_of(text, "hard year") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Lena Marsh repeated the line at a rally in Harlow.", "Lena Marsh"),
        ("With those words, Lena Marsh opened her campaign.", "Lena Marsh"),
        ("Lena Marsh made the promise on the steps of the town hall.", "Lena Marsh"),
        ("Lena Marsh opened her campaign at a rally in Harlow.", "Ivo Brandle"),
        ("Lena Marsh repeated Ivo Brandle's line at a rally.", "Ivo Brandle"),
    ],
    ids=["the-line-repeated", "with-those-words", "the-promise-made", "control-no-pointing", "control-anothers-line"],
)
def test_a_quotation_alone_is_the_subjects_whose_next_sentence_points_back_at_it(after: str, speaker: str) -> None:
    text = f'"We will appeal," Ivo Brandle said.\n"Nobody in this county will be left behind."\n{after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The message Lena Marsh gave the crowd was simple.", "Lena Marsh"),
        ("The crowd was large.", "Ivo Brandle"),
    ],
    ids=["the-message-someone-gave", "control-nothing-said"],
)
def test_a_quotation_alone_after_a_sentence_about_someones_message_is_theirs(sentence: str, speaker: str) -> None:
    text = f'"We will appeal," Ivo Brandle said.\n{sentence}\n"Nobody in this county will be left behind."'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Lena Marsh delivered the line to loud applause.", "Lena Marsh"),
        ("Lena Marsh dismissed the line as fantasy.", "Ivo Brandle"),
        ("Lena Marsh mocked those words on Wednesday.", "Ivo Brandle"),
    ],
    ids=["the-line-delivered", "control-the-line-dismissed", "control-the-words-mocked"],
)
def test_a_quotation_alone_is_not_the_one_whose_next_sentence_reacts_to_it(after: str, speaker: str) -> None:
    text = f'"We will appeal," Ivo Brandle said.\n"Nobody in this county will be left behind."\n{after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("With that, Lena Marsh left the stage.", "Lena Marsh"),
        ("With that, Lena Marsh rose to reply.", "Ivo Brandle"),
    ],
    ids=["with-that-leaving", "control-with-that-replying"],
)
def test_a_quotation_alone_is_not_the_one_who_replies_to_it(after: str, speaker: str) -> None:
    text = f'"We will appeal," Ivo Brandle said.\n"Nobody in this county will be left behind."\n{after}'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Lena Marsh made the promise again.", "Lena Marsh"),
        ("Lena Marsh still remembers the promise.", "Ivo Brandle"),
    ],
    ids=["the-promise-made", "control-the-promise-remembered"],
)
def test_a_sentence_meeting_the_words_before_a_quotation_is_no_beat(between: str, speaker: str) -> None:
    text = f'Ivo Brandle and Lena Marsh ran.\n"We will appeal," Brandle said. {between} "It was a hard year."'
    assert speaker_of(text, "hard year") == speaker


def test_a_ruling_speaks_for_the_judge_who_gave_it() -> None:
    text = 'Judge Irma Ober struck down the law on Monday.\nHer ruling said the law was "plainly unconstitutional."'
    assert speaker_of(text, "unconstitutional") == "Irma Ober"


_LEDE = 'A state senator said Tuesday he would retire, calling the chamber "a place where good ideas go to die."'


@pytest.mark.parametrize(
    "after",
    ["Sen. Torvald Ashby, 67, has served four terms.", "The senator, Torvald Ashby, 67, has served four terms."],
    ids=["named-in-the-next-paragraph", "named-beside-the-role"],
)
def test_he_before_anyone_is_named_is_the_person_named_next(after: str) -> None:
    assert speaker_of(f"{_LEDE}\n{after}", "good ideas") == "Torvald Ashby"


# Otherwise "he" is the role that introduced the speaker, not a person named before nor one named later.
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "Sen. Susan Ashby, 67, has served four terms."),
        ("", "Torvald Ashby, 31, was charged with fraud."),
        ("", "The seat has been safe for decades.\nSen. Torvald Ashby, 67, has served four terms."),
        ("Gov. Otto Brandt opened the session.\n", "Sen. Torvald Ashby, 67, has served four terms."),
    ],
    ids=["named-next-of-the-other-sex", "named-next-as-acted-on", "named-later", "someone-named-before"],
)
def test_he_in_a_lede_is_the_unnamed_role_when_no_one_named_next_is_its_holder(before: str, after: str) -> None:
    assert speaker_of(f"{before}{_LEDE}\n{after}", "good ideas") == "state senator"


@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [("she", "Ilse Brandt"), ("he", "Gideon Marsh")],
    ids=["she-after-his-quotation", "control-he-after-his-quotation"],
)
def test_a_quotations_pronoun_tells_nothing_of_the_sex_of_the_one_who_spoke_before(pronoun: str, speaker: str) -> None:
    text = (
        "Rep. Gideon Marsh introduced the bill in January.\n"
        "His colleague, Rep. Ilse Brandt, signed on last week. Brandt represents a rural district.\n"
        '"This is about emergency rooms," Marsh said.\n'
        f'"People are driving ninety minutes to see a doctor," {pronoun} added.'
    )
    assert speaker_of(text, "ninety") == speaker


def test_a_name_after_a_title_is_a_persons_however_the_tagger_labels_it() -> None:
    text = "Councilwoman Tessa Ambrose sat down with the Ledger.\nQ: Why run now?\nA: Because I think I can help."
    assert speaker_of(text, "help") == "Tessa Ambrose"


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("General Castor Foods Vestland", None),
        ("General Tarkon", None),
        ("Councilwoman Tessa Ambrose", "Tessa Ambrose"),
    ],
    ids=["a-body-whose-name-opens-with-a-titles-word", "one-word-after-a-title", "control-a-titled-persons-name"],
)
def test_only_a_name_shaped_like_a_persons_after_a_title_is_a_person(name: str, speaker: str | None) -> None:
    text = f'{name} said it would close the plant. "It is a sad day," she said.'
    assert speaker_of(text, "sad day") == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("That message drew a sharp reply from Laura Baines:", "Laura Baines"),
        ("That message drew a sharp reply:", "Peter Lind"),
    ],
    ids=["a-reply-from-someone", "control-a-reply-from-no-one-named"],
)
def test_a_reply_told_of_before_a_colon_is_its_owners(lead: str, speaker: str) -> None:
    text = f'"We will win," Peter Lind said.\n"Nobody is above the law." {lead} "Lind has it backwards."'
    assert speaker_of(text, "backwards") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The letter's prediction", "Hal Mersey"),
        ("The governor's forecast", "Hal Mersey"),
        ("His conclusion", "Hal Mersey"),
        ("The budget's forecast", "Ilse Brant"),
    ],
    ids=["a-documents", "a-roles", "a-pronouns", "control-a-things"],
)
def test_a_that_clause_of_a_noun_for_something_said_is_the_nouns_owners(sentence: str, speaker: str) -> None:
    text = (
        "Gov. Hal Mersey sent a letter to the board in March.\n"
        f'{sentence} that revenue would "collapse" proved wrong, Mayor Ilse Brant said.'
    )
    assert speaker_of(text, "collapse") == speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [("Mersey's memo", "Hal Mersey"), ("The Harlow Council", "Harlow Council")],
    ids=["a-documents-its-writers", "control-a-bodys-its-own"],
)
def test_its_claim_is_the_writers_of_the_thing_its_sentence_is_about(subject: str, speaker: str) -> None:
    text = (
        "Gov. Hal Mersey sent a memo to the board in March.\n"
        f'{subject} was mocked for its prediction that revenue would "collapse" by May.'
    )
    assert speaker_of(text, "collapse") == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Regulators fined Tessaline Holdings $4 million on Tuesday.", "Tessaline Holdings"),
        ("Shares of Quantaro fell 12 percent on Tuesday.", "Quantaro"),
        ("Analyst Tobin Harrow studied the figures on Tuesday.", "company"),
    ],
    ids=["named-with-a-trades-word", "its-shares-told-of", "control-no-business-named"],
)
def test_the_company_is_the_business_named_before_however_the_sentence_used_it(first: str, speaker: str) -> None:
    text = f'{first}\n"We disagree with the ruling," the company said.'
    assert speaker_of(text, "disagree") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [("", "Norbank"), ("Prices rose.\nWages fell.\n", "company")],
    ids=["the-paragraph-before", "control-two-paragraphs-back"],
)
def test_the_company_is_an_organisation_the_tagger_found_only_close_by(between: str, speaker: str) -> None:
    text = f'Regulators fined Norbank on Tuesday.\n{between}"We disagree with the ruling," the company said.'
    assert speaker_of(text, "disagree") == speaker


# Neither "Teodric" nor "Orlaith" is a common given name: only the article can tell their sex.
@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Ms. Orlaith Venner chairs the zoning board.", "Orlaith Venner"),
        ("Orlaith Venner chairs the zoning board.", "Teodric Baskin"),
    ],
    ids=["an-honorific-shows-her-sex", "control-nothing-shows-it"],
)
def test_she_is_one_the_article_shows_a_woman_before_a_newcomer_of_untold_sex(first: str, speaker: str) -> None:
    text = f'{first} Teodric Baskin, a developer, wants to build 40 homes.\n"The board will decide in June," she said.'
    assert speaker_of(text, "decide") == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Teodric Baskin and his wife, Orlaith Baskin, run the farm.", "Teodric Baskin"),
        ("Teodric Baskin and Orlaith Baskin run the farm.", "Sunniva Orbeck"),
    ],
    ids=["his-own-sentences-possessive", "control-nothing-shows-it"],
)
def test_he_is_one_whose_own_sentence_says_his_before_a_newcomer_of_untold_sex(first: str, speaker: str) -> None:
    text = f'{first} Sunniva Orbeck, a neighbour, helps at harvest.\n"We cannot hire anyone," he said.'
    assert speaker_of(text, "hire") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Years later I asked my mother about that day.", "my mother"),
        ("I went with my mother, who had never voted.", "my mother"),
        ("Years later I asked about that day.", "Ilse Brant"),
    ],
    ids=["asked", "went-with", "control-no-relative"],
)
def test_she_in_a_first_person_story_is_the_writers_relative_wherever_the_sentence_names_her(
    sentence: str, speaker: str
) -> None:
    text = f'Sen. Ilse Brant spoke at the county fair in 1990.\n{sentence}\n"Nobody left early," she told me.'
    assert speaker_of(text, "Nobody") == speaker


@pytest.mark.parametrize(
    "sentence",
    ["The audit report's conclusion that the fund was", "The audit report found that the fund was"],
    ids=["owner-of-something-said", "control-a-clauses-subject"],
)
def test_a_document_speaking_through_what_it_owns_is_named_without_its_possessive(sentence: str) -> None:
    text = f'Mayor Dara Fenwell spoke on Monday.\n{sentence} "badly run" for years.'
    assert speaker_of(text, "badly run") == "audit report"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [("", "Orlaith Venner"), ("The board met on Monday.\n", "Teodric Baskin")],
    ids=["the-paragraph-before", "control-two-paragraphs-back"],
)
def test_she_is_one_the_article_shows_a_woman_only_close_by(between: str, speaker: str) -> None:
    text = (
        f"Ms. Orlaith Venner chairs the zoning board.\n{between}Teodric Baskin, a developer, wants to build 40 homes. "
        '"The board will decide in June," she said.'
    )
    assert speaker_of(text, "decide") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We sell more than Tessaline Holdings," Quillet said.', "company"),
        ('"We sell more than Norbank lends," Quillet said.', "company"),
        ("Quillet said her shop sold more than Tessaline Holdings.", "Tessaline Holdings"),
    ],
    ids=["named-in-a-quotation", "an-organisation-named-in-a-quotation", "control-named-by-the-story"],
)
def test_the_company_is_not_a_business_only_a_speaker_named(sentence: str, speaker: str) -> None:
    text = f'Ada Quillet runs a bakery in Dunmere.\n{sentence}\n"Prices will fall," the company said.'
    assert speaker_of(text, "Prices") == speaker


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        ("Sen. Rob Dane's aide mocked the memo", None),
        ("Sen. Rob Dane's tweets mocked the memo", None),
        ("Sen. Rob Dane's memo was mocked", "Rob Dane"),
    ],
    ids=["a-person-is-not-it", "things-are-not-it", "control-a-thing-is"],
)
def test_its_claim_is_never_the_writer_of_people_its_sentence_is_about(clause: str, speaker: str | None) -> None:
    text = f'Gov. Hal Mersey sent a memo to the board in March.\n{clause} for its prediction that revenue would "fall".'
    assert speaker_of(text, "fall") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("I asked my mother about it, and Mayor Susan Feld agreed to talk too.", "Susan Feld"),
        ("Mayor Susan Feld agreed to talk, and I asked my mother about it too.", "my mother"),
    ],
    ids=["a-woman-named-after-her", "control-named-before-her"],
)
def test_she_after_the_writers_relative_is_whoever_the_sentence_names_last(sentence: str, speaker: str) -> None:
    text = f'{sentence}\n"It was a hard year," she said.'
    assert speaker_of(text, "hard year") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Asked about his rival, Sen. Clyde Farrow, Briggs said:", "Osric Briggs"),
        ("Asked about his rival, Briggs said:", "Osric Briggs"),
    ],
    ids=["a-name-in-the-opening-clause", "control-no-name-in-it"],
)
def test_the_subject_after_an_opening_clause_speaks_not_a_name_inside_it(sentence: str, speaker: str) -> None:
    text = f'Sen. Osric Briggs spoke in Dunmore on Friday.\n{sentence} "Clyde has run out of ideas."'
    assert speaker_of(text, "ideas") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Sentencing Kelvin Rusk, 31,", "Imelda Strand"),
        ("Kelvin Rusk and", "Kelvin Rusk"),
    ],
    ids=["sentencing-the-defendant", "control-both-subjects-of-the-verb"],
)
def test_a_name_in_an_opening_participle_clause_is_acted_on_not_the_speaker(opening: str, speaker: str) -> None:
    text = f'{opening} Judge Imelda Strand said: "Your conduct was cowardly."'
    assert speaker_of(text, "cowardly") == speaker


@pytest.mark.parametrize(
    ("opening", "closing", "speaker"),
    [
        ("Corbel Analytics, a data firm,", "the company said", "Corbel Analytics"),
        ("Marta Quell, a data scientist,", "she said", "Marta Quell"),
    ],
    ids=["a-name-called-a-firm-is-the-company", "control-a-name-called-a-scientist-is-she"],
)
def test_a_name_an_appositive_calls_a_firm_is_the_company_that_speaks(opening: str, closing: str, speaker: str) -> None:
    text = f'{opening} said it had lost its biggest client, Wendell Marsh Associates.\n"We regret it," {closing}.'
    assert speaker_of(text, "regret") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Lang disagreed.", "Geraldine Lang"),
        ("Lang listened.", "Geraldine Lang"),
        ("Nobody disagreed.", "Colette Varnel"),
    ],
    ids=["the-subject-named-after-the-quotation", "any-verb", "control-no-one-named-after-it"],
)
def test_she_is_the_woman_named_after_the_last_quotation_not_its_speaker(after: str, speaker: str) -> None:
    text = (
        "Geraldine Lang, who chairs the planning board, said the tower would go ahead.\n"
        "Her deputy, Colette Varnel, said she had voted against it.\n"
        f'"It is too tall," Varnel said. {after}\n"The city needs the housing," she said.'
    )
    assert speaker_of(text, "housing") == speaker


@pytest.mark.parametrize(
    ("between", "closing", "speaker"),
    [
        ("", "he replied", "Aldric Renwick"),
        ("", "he said", "Torvald Arkwright"),
        ("Reporters asked him why.\n", "he replied", "Torvald Arkwright"),
    ],
    ids=["a-reply-to-the-quotation-before", "control-said", "control-a-reply-to-a-question-told"],
)
def test_he_replied_after_a_quotation_is_the_man_it_was_said_to(between: str, closing: str, speaker: str) -> None:
    text = (
        "Aldric Renwick told lawmakers the cuts would close six offices.\n"
        f'"That is not an acceptable answer," Torvald Arkwright said.\n{between}"It is the honest one," {closing}.'
    )
    assert speaker_of(text, "honest") == speaker


@pytest.mark.parametrize(
    ("reply", "speaker"),
    [
        ('"I will not resign," he replied when asked if he would quit.', "Gerald Moll"),
        ('Asked if he would quit, "I will not resign," he replied.', "Gerald Moll"),
        ('"I will not resign," he replied to a question from the floor.', "Gerald Moll"),
        ('"I will not resign," he replied.', "Roger Osgood"),
    ],
    ids=["when-asked", "an-opening-question", "to-a-question", "control-a-bare-reply"],
)
def test_he_replied_to_a_question_is_the_one_quoted_before(reply: str, speaker: str) -> None:
    text = (
        "Roger Osgood told the council the depot would close.\n"
        f'"That is a betrayal of the town," Gerald Moll said.\n{reply}'
    )
    assert speaker_of(text, "resign") == speaker


@pytest.mark.parametrize(
    ("filler", "speaker"),
    [
        ("The depot opened in 1961. Its trucks served six towns.\nMost of its staff live nearby.\n", "Gerald Moll"),
        ("", "Roger Osgood"),
    ],
    ids=["the-other-man-named-long-before", "control-named-just-before"],
)
def test_he_replied_answers_only_someone_named_near_the_words_answered(filler: str, speaker: str) -> None:
    text = (
        "Roger Osgood told the council the depot would close.\n"
        f'{filler}"That is a betrayal of the town," Gerald Moll said.\n"It is arithmetic," he replied.'
    )
    assert speaker_of(text, "arithmetic") == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("He said Roger Osgood had lied to the council.", "Gerald Moll"),
        ("Roger Osgood disagreed.", "Roger Osgood"),
    ],
    ids=["a-reported-clauses-subject", "control-a-sentences-subject"],
)
def test_he_after_a_quotation_is_not_a_reported_clauses_subject_named_after_it(after: str, speaker: str) -> None:
    text = f'Gerald Moll spoke to reporters.\n"It is a scandal," Moll said. {after}\n"I have the emails," he said.'
    assert speaker_of(text, "emails") == speaker


@pytest.mark.parametrize(
    ("beside", "speaker"),
    [
        ("the mayor, a Democrat,", "Ysolde Garrick"),
        ("the mayor, a Yorkshirewoman,", "Ysolde Garrick"),
        ("her deputy, Wenna Probert,", "Wenna Probert"),
    ],
    ids=["party", "a-word-the-tagger-takes-for-a-name", "control-a-name"],
)
def test_a_party_set_beside_a_role_is_not_the_speaker_the_role_is(beside: str, speaker: str) -> None:
    text = (
        "Mayor Ysolde Garrick opened the new library in Tarrow on Saturday.\n"
        f'Speaking at the ceremony, {beside} said: "Every child deserves a place to read."'
    )
    assert speaker_of(text, "place to read") == speaker


@pytest.mark.parametrize(
    ("question", "reply", "speaker"),
    [
        ('"Will the clinics close?" Marrow said.', '"Nobody knows," she replied.', "Petra Voight"),
        ('"The clinics will close," Marrow said.', '"Nobody knows," she replied.', "Petra Voight"),
        ('"Will the clinics close?" Marrow said.', '"Nobody knows," she said.', "Ilse Marrow"),
    ],
    ids=["after-a-question", "after-a-statement", "control-said"],
)
def test_a_bare_reply_in_the_same_paragraph_is_the_one_spoken_to(question: str, reply: str, speaker: str) -> None:
    text = f"Senator Ilse Marrow met Governor Petra Voight on Monday to discuss the budget.\n{question} {reply}"
    assert speaker_of(text, "Nobody knows") == speaker


@pytest.mark.parametrize(
    ("between", "speaker"),
    [("\n", "Petra Voight"), (" ", "Petra Voight")],
    ids=["next-paragraph", "same-paragraph"],
)
def test_a_bare_reply_to_a_question_is_the_one_the_asker_met(between: str, speaker: str) -> None:
    text = (
        "Senator Ilse Marrow met Governor Petra Voight on Monday to discuss the budget.\n"
        f'"Will the clinics close?" Marrow said.{between}"Nobody knows," she replied.'
    )
    assert speaker_of(text, "Nobody knows") == speaker


@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_a_spokesman_named_beside_the_word_may_be_he_or_she(pronoun: str) -> None:
    text = (
        "The opposition's spokesman on industry, Morwen Lomond, called selling the steelworks reckless.\n"
        f'"This will cost thousands of jobs," {pronoun} said.'
    )
    assert speaker_of(text, "thousands of jobs") == "Morwen Lomond"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The managing director of Corvane Robotics, Petra Voss, opened the plant on Monday.\n"
            '"We are here to stay," the managing director said.',
            "here to stay",
        ),
        ('"Every child deserves a place to read," said the mayor of Tarrow, Petra Voss.', "place to read"),
        (
            # The parse hangs "Petra Voss" on "Wexham", not on "mayor".
            "The mayor of Wexham, Petra Voss, opened the new library on Saturday.\n"
            'Speaking at the ceremony, the mayor said: "Every child deserves a place to read."',
            "place to read",
        ),
    ],
    ids=["the-role-later", "inverted", "the-role-after-a-place"],
)
def test_a_name_after_the_place_or_body_a_role_serves_is_the_role_holders(text: str, words: str) -> None:
    assert speaker_of(text, words) == "Petra Voss"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Superintendent", "Corwen Brackley"),
        ("Treasurer", "Corwen Brackley"),
        ("Assemblywoman", "Corwen Brackley"),
        ("Selectman", "Corwen Brackley"),
        ("Comptroller", "Corwen Brackley"),
        ("Magistrate", "Corwen Brackley"),
        ("Trooper", "Corwen Brackley"),
    ],
    ids=[
        "superintendent",
        "treasurer",
        "a-state-assemblys-member",
        "a-towns-selectman",
        "comptroller",
        "magistrate",
        "state-trooper",
    ],
)
def test_an_office_written_before_a_name_is_no_part_of_the_speakers_name(title: str, speaker: str) -> None:
    text = f'{title} Corwen Brackley said the heating had been repaired.\n"The schools are warm again," Brackley said.'
    assert speaker_of(text, "warm again") == speaker


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("the Commissioner of the Waterways said", "Commissioner of the Waterways"),
        ("said the Minister of Fisheries", "Minister of Fisheries"),
        ("the Attorney General said", "Attorney General"),
        ("said Minister of Fisheries Orla Venn", "Orla Venn"),
    ],
    ids=["office-of-a-body", "office-of-a-body-after-the-verb", "office-of-two-titles", "control-the-offices-holder"],
)
def test_an_office_written_without_a_name_is_the_speaker_not_its_last_word(said: str, speaker: str) -> None:
    assert speaker_of(f'"The rules are plain," {said}.', "plain") == speaker


@pytest.mark.parametrize(
    ("named", "said", "speaker"),
    [
        ("Mayor Tamsin Harrow", "the Mayor said", "Tamsin Harrow"),
        ("Mayor Tamsin Harrow", "the mayor said", "Tamsin Harrow"),
        ("The council", "the Mayor said", "Mayor"),
        ("The council", "the mayor said", "mayor"),
        ("Attorney General Tamsin Harrow", "the Attorney General said", "Tamsin Harrow"),
        ("General Tamsin Harrow", "the Attorney General said", "Attorney General"),
    ],
    ids=[
        "office-in-capitals",
        "office-in-lower-case",
        "control-no-holder-in-capitals",
        "control-no-holder",
        "office-of-two-titles",
        "control-holder-of-its-last-title-only",
    ],
)
def test_an_office_is_whom_the_story_gave_it_however_capitalised(named: str, said: str, speaker: str) -> None:
    text = f'{named} opened the ferry terminal on Sunday.\n"It took a decade," {said}.'
    assert speaker_of(text, "decade") == speaker


@pytest.mark.parametrize(
    ("title", "speaker"),
    [("Assemblywoman", "Robin Carrasco"), ("Assemblymember", "Lee Park")],
    ids=["a-title-for-a-woman", "control-a-title-for-either"],
)
def test_she_after_a_title_that_tells_a_womans_office_is_its_bearer(title: str, speaker: str) -> None:
    text = f'{title} Robin Carrasco and Sen. Lee Park met on Monday. Park left early.\n"We have the votes," she said.'
    assert speaker_of(text, "have the votes") == speaker


@pytest.mark.parametrize(
    ("name", "surname", "speaker"),
    [("Dan Bishop", "Bishop", "Dan Bishop"), ("Bishop Dan Roe", "Roe", "Dan Roe")],
    ids=["a-surname-a-titles-word-spells", "control-the-title-before-a-name"],
)
def test_a_titles_word_after_a_given_name_is_a_surname(name: str, surname: str, speaker: str) -> None:
    text = f'{name} led the vigil on Sunday.\n{surname} said the town would heal. "We will mourn together," he said.'
    assert speaker_of(text, "mourn together") == speaker


# "Principal Tovah Brennick" is a name the pinned model tags as a person's, title and all.
def test_a_school_principals_title_before_a_name_the_tagger_reads_as_a_persons_is_no_part_of_it() -> None:
    text = 'Principal Tovah Brennick said the heating had been repaired.\n"The schools are warm again," Brennick said.'
    assert speaker_of(text, "warm again") == "Tovah Brennick"


# "Holdings" ends an organisation's name whatever opens it; "Farms" and "Asset Management" do not.
@pytest.mark.parametrize(
    "firm",
    ["Principal Holdings", "Principal Farms", "Principal Asset Management"],
    ids=["a-holding-company", "a-firm", "a-firm-whose-words-are-shaped-like-a-name"],
)
def test_a_firm_whose_name_opens_with_an_offices_word_keeps_the_word(firm: str) -> None:
    text = f'{firm} said the heating had been repaired.\n"The schools are warm again," {firm} said.'
    assert speaker_of(text, "warm again") == firm


@pytest.mark.parametrize(
    ("place", "speaker"),
    [("Brindle, West Tolvia", "mayor of Brindle, West Tolvia"), ("Brindle, Hanna Corrow", "Hanna Corrow")],
    ids=["a-state-of-two-words", "control-a-name"],
)
def test_a_state_after_the_place_a_role_serves_is_no_holder_of_the_role(place: str, speaker: str) -> None:
    assert speaker_of(f'The mayor of {place}, said: "It is a blow to every family here."', "a blow") == speaker


# An unnamed role introduces a speaker ("A police spokesman said ..."): the next "he" or "she" is that role's holder.
_NAMED_BEFORE = "Sen. Hal Mosby toured the flooded district.\n"
_QUOTE = ' "Drivers should stay home," he said.'


def test_he_after_an_unnamed_role_that_speaks_is_the_role_not_the_person_named_before() -> None:
    text = _NAMED_BEFORE + "A police spokesman said the road would stay shut." + _QUOTE
    assert speaker_of(text, "stay home") == "police spokesman"


def test_he_after_an_unnamed_role_that_does_not_speak_is_the_person_named_before() -> None:
    text = _NAMED_BEFORE + "A police officer closed the road." + _QUOTE
    assert speaker_of(text, "stay home") == "Hal Mosby"


def test_he_after_an_unnamed_role_in_a_reported_clause_is_the_one_reporting() -> None:
    text = _NAMED_BEFORE + "Mosby said a police spokesman had told him the road was shut." + _QUOTE
    assert speaker_of(text, "stay home") == "Hal Mosby"


def test_he_after_a_role_given_a_name_is_the_name() -> None:
    text = _NAMED_BEFORE + "A police spokesman, Jon Petrak, said the road would stay shut." + _QUOTE
    assert speaker_of(text, "stay home") == "Jon Petrak"


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "hospital spokeswoman"), ("he", "Hal Mosby")])
def test_an_unnamed_roles_word_tells_its_holders_sex(pronoun: str, speaker: str) -> None:
    text = (
        _NAMED_BEFORE + f'A hospital spokeswoman said the wards were full. "Drivers should stay home," {pronoun} said.'
    )
    assert speaker_of(text, "stay home") == speaker


# A voice or a role serving a person it names speaks in that person's name, as a quotation it gives does.
@pytest.mark.parametrize(
    ("owner", "speaker"),
    [
        ("Sen. Greta Lunde", "Greta Lunde"),
        ("Councillor Hedda Brask", "Hedda Brask"),
        ("the Harbour Board", "spokesman for the Harbour Board"),
    ],
    ids=["a-person-by-the-tagger", "a-person-by-the-title-before-the-name", "control-an-organisation"],
)
def test_she_after_a_voice_for_a_person_it_names_is_that_person(owner: str, speaker: str) -> None:
    text = f'A spokesman for {owner} said she would vote against the levy. "I cannot support it," she said.'
    assert speaker_of(text, "cannot support") == speaker


# "Vera Lindqvist" is a name the pinned model tags as an organisation's here.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Vera Lindqvist said a teacher had told her the roof leaked.", "Vera Lindqvist"),
        ("Vera Lindqvist runs the school. A teacher said the roof leaked.", "teacher"),
    ],
    ids=["role-in-a-reported-clause", "control-role-of-the-main-clause"],
)
def test_she_after_a_role_in_a_reported_clause_is_the_one_reporting_however_tagged(sentence: str, speaker: str) -> None:
    assert speaker_of(f'{sentence} "Nobody listened," she said.', "Nobody listened") == speaker


# A lede's voice ("A city spokesman said") speaks for others: the person named next is not whom it introduced.
@pytest.mark.parametrize(
    ("role", "title", "speaker"),
    [("city spokesman", "Mayor", "city spokesman"), ("state senator", "Sen.", "Gil Horvath")],
    ids=["a-voice", "control-a-role-named-next"],
)
def test_he_after_a_voice_in_a_lede_is_the_voice_not_the_person_named_next(role: str, title: str, speaker: str) -> None:
    lede = f'A {role} said Tuesday the pool would close. "The pipes are failing," he said.'
    text = f"{lede}\n{title} Gil Horvath, 58, has served two terms."
    assert speaker_of(text, "pipes are failing") == speaker


_SPOKESWOMAN = "A plant spokeswoman said the mill would close in June."


# A role's word tells its holder's sex, but the story moves on from an unnamed voice to the person it names next.
@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (_SPOKESWOMAN, "Union leader Kaja Brenn said workers were stunned.", "Kaja Brenn"),
        ("Union leader Kaja Brenn said workers were stunned.", _SPOKESWOMAN, "plant spokeswoman"),
    ],
    ids=["person-named-after-the-role", "control-person-named-before-the-role"],
)
def test_she_after_an_unnamed_role_and_a_person_named_since_is_that_person(
    first: str, second: str, speaker: str
) -> None:
    text = f'{first}\n{second} "Nobody saw this coming," she said.'
    assert speaker_of(text, "Nobody saw") == speaker


# A voice the story gave no one ("The police spokesman said ...") introduces a speaker as "a police spokesman" does;
# a voice it gave someone ("Jon Petrak, a police spokesman,") is that person.
@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("The police spokesman said the road would stay shut.", "police spokesman"),
        ("Jon Petrak, a police spokesman, spoke first. The spokesman said the road would stay shut.", "Jon Petrak"),
        ("Jon Petrak, a police official, spoke first. The official said the road would stay shut.", "Jon Petrak"),
        ("Jon Petrak, a senior official, spoke. The ministry official said the road would stay shut.", "Jon Petrak"),
        ("The police officer closed the road.", "Hal Mosby"),
    ],
    ids=[
        "a-voice-given-no-one",
        "control-a-voice-given-a-name",
        "control-a-voice-the-story-gave-a-name",
        "control-a-voice-with-its-body-the-story-gave-a-name",
        "control-a-role-that-does-not-speak",
    ],
)
def test_he_after_a_definite_voice_is_the_voice_unless_the_story_gave_it_a_name(sentences: str, speaker: str) -> None:
    assert speaker_of(_NAMED_BEFORE + sentences + _QUOTE, "stay home") == speaker


# An office written with "the" and the body it serves ("The city attorney said ...") introduces a speaker as a voice
# does, when the story gave no one that office; when it did, by a title ("City Attorney Jon Petrak") or without one
# ("was elected city attorney"), it is that person, as a bare "the attorney" would be; the office's word written
# of no one named, or in the plural, or in a quotation, gave no one the office.
@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("The city attorney said the road would stay shut.", "city attorney"),
        ("City Attorney Jon Petrak spoke first. The city attorney said the road would stay shut.", "Jon Petrak"),
        ("Jon Petrak was elected city attorney in May. The city attorney said the road would stay shut.", "Jon Petrak"),
        ("Jon Petrak won in May. The city attorney said the road would stay shut.", "city attorney"),
        ("Defence attorneys filed a motion. The city attorney said the road would stay shut.", "city attorney"),
        (
            "Jon Petrak and Ada Quill became assistant attorneys. The city attorney said the road would stay shut.",
            "city attorney",
        ),
        ("The city hired an attorney in May. The city attorney said the road would stay shut.", "city attorney"),
        (
            'Jon Petrak said: "Ada Quill was elected city attorney." The city attorney said the road would stay shut.',
            "city attorney",
        ),
        (
            "Jon Petrak, who became city attorney in May, spoke. The city attorney said the road would stay shut.",
            "Jon Petrak",
        ),
        ("The city attorney closed the road.", "Hal Mosby"),
        ("Jon Petrak won the party's vote in May. The party nominee said the road would stay shut.", "Jon Petrak"),
    ],
    ids=[
        "an-office-given-no-one",
        "control-an-office-the-story-gave-a-name",
        "control-an-office-the-story-gave-without-a-title",
        "an-office-written-first-here",
        "an-office-whose-word-was-written-before-in-the-plural",
        "an-office-whose-word-was-given-named-people-in-the-plural",
        "an-office-whose-word-was-written-before-of-no-one-named",
        "an-office-whose-word-was-written-before-in-a-quotation",
        "control-an-office-the-story-gave-in-a-relative-clause",
        "control-an-office-that-does-not-speak",
        "control-a-word-describing-a-person-not-an-office",
    ],
)
def test_he_after_a_definite_office_with_its_body_is_the_office_unless_the_story_gave_it_someone(
    sentences: str, speaker: str
) -> None:
    assert speaker_of(_NAMED_BEFORE + sentences + _QUOTE, "stay home") == speaker


# A person the story showed to be a man does not outrank a role introduced speaking since: the writer's "he" right
# after it tells the speaker's sex.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("An aide said the governor was exhausted.", "aide"),
        ("The trip was cut short.", "Rafe Duncombe"),
    ],
    ids=["a-role-introduced-speaking", "control-no-one-since"],
)
def test_he_after_a_role_introduced_speaking_is_the_role_not_a_man_shown_before(sentence: str, speaker: str) -> None:
    text = f'Gov. Rafe Duncombe cancelled his tour. {sentence} "He needs a week off," he said.'
    assert speaker_of(text, "week off") == speaker


# A verdict is words someone gives: a sentence naming its owner after a quotation says whose the quotation is.
@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was the verdict of Ottilie Baines on Monday.", "Ottilie Baines"),
        ("That was the assessment of Ottilie Baines.", "Ottilie Baines"),
        ("The verdict stunned Ottilie Baines.", "Bertil Lind"),
    ],
    ids=["verdict-of", "assessment-of", "control-a-verdict-heard"],
)
def test_a_sentence_naming_the_owner_of_a_verdict_after_a_quotation_says_whose_it_is(after: str, speaker: str) -> None:
    text = f'"We will win," Bertil Lind said.\n"Nobody is above the law." {after}'
    assert speaker_of(text, "Nobody") == speaker


# A bare "the spokesman" points back to the one the story introduced, however it put it ("X is the county's
# spokesman", "X, a spokesperson for the county,"); only a voice written with the body it speaks for ("The county
# spokesman said ...") may be one the story has not introduced.
@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        ("Jon Petrak is the county's spokesman. The spokesman said the road would stay shut.", "Jon Petrak"),
        (
            "Jon Petrak, a spokesperson for the county, spoke. The spokesman said the road would stay shut.",
            "Jon Petrak",
        ),
        ("The county spokesman said the road would stay shut.", "county spokesman"),
    ],
    ids=[
        "a-spokesman-the-story-introduced-as-such",
        "a-spokesperson-the-story-introduced",
        "control-a-voice-with-its-body",
    ],
)
def test_he_after_a_bare_definite_voice_is_the_one_the_story_introduced(sentences: str, speaker: str) -> None:
    assert speaker_of(_NAMED_BEFORE + sentences + _QUOTE, "stay home") == speaker


_OFFICE_OF_A_BODY = "Secretary of State Mara Quell said on Monday that talks would resume.\nThe envoys met for hours.\n"


@pytest.mark.parametrize(
    "text",
    [
        _OFFICE_OF_A_BODY + '"We are close to a deal," the Secretary of State said.',
        'Chief of Staff Orin Belk met the senators.\n"We want a vote this week," the chief of staff said.',
    ],
    ids=["capitals", "small-letters"],
)
def test_an_office_of_a_body_named_again_alone_is_whom_the_story_gave_it(text: str) -> None:
    assert speaker_of(text, "We ") in ("Mara Quell", "Orin Belk")


@pytest.mark.parametrize(
    "text",
    [
        _OFFICE_OF_A_BODY + '"We are close to a deal," the state said.',
        _OFFICE_OF_A_BODY + '"We are close to a deal," the Secretary of Fisheries said.',
        'Chief of Staff Orin Belk met the senators.\n"We want a vote this week," the police chief said.',
        'Chief of Staff Orin Belk met the senators.\n"We want a vote this week," the chief of staff of the navy said.',
    ],
    ids=["the-body-alone", "another-body", "the-office-word-of-another", "the-office-tied-to-a-body-of-its-own"],
)
def test_an_office_of_a_body_is_not_its_body_nor_another_office_of_its_word(text: str) -> None:
    assert speaker_of(text, "We ") not in ("Mara Quell", "Orin Belk")


@pytest.mark.parametrize(
    "text",
    [
        'The council named Pia Ronn city manager on Tuesday.\n"My first job is the budget," the city manager said.',
        'The board appointed Pia Ronn superintendent.\n"My first job is the budget," the superintendent said.',
        'Pia Ronn was elected city attorney in May.\n"My first job is the budget," the city attorney said.',
        'The district hired Pia Ronn as superintendent.\n"My first job is the budget," the superintendent said.',
        'Pia Ronn was sworn in as governor.\nCrowds cheered.\n"My first job is the budget," the governor said.',
        'The district brought in Pia Ronn as superintendent.\n"My first job is the budget," the superintendent said.',
        'The board appointed Pia Ronn to the post of director.\n"My first job is the budget," the director said.',
        'Pia Ronn was named to the role of city manager.\n"My first job is the budget," the city manager said.',
    ],
    ids=[
        "named-object-and-office",
        "appointed",
        "elected-passive",
        "hired-as",
        "sworn-in-as",
        "brought-in-as",
        "to-the-post-of",
        "passive-to-the-role-of",
    ],
)
def test_an_office_a_verb_of_appointing_gives_a_named_person_is_theirs_later(text: str) -> None:
    assert speaker_of(text, "first job") == "Pia Ronn"


@pytest.mark.parametrize(
    "text",
    [
        'Members elected Pia Ronn vice president then.\nSales rose.\n"My first job is the budget," the president said.',
        'Pia Ronn was named assistant coach on Friday.\nThe team lost.\n"My first job is the budget," the coach said.',
        'Pia Ronn was sworn in as lieutenant governor.\n"My first job is the budget," the governor said.',
    ],
    ids=["a-rank", "an-assistant", "a-lieutenant-of-a-civil-office"],
)
def test_a_ranked_office_a_verb_of_appointing_gives_is_not_the_office_alone(text: str) -> None:
    assert speaker_of(text, "first job") != "Pia Ronn"


@pytest.mark.parametrize(
    "text",
    [
        'The district brought Pia Ronn as a guest speaker.\n"My first job is the budget," the speaker said.',
        'The board appointed Pia Ronn to the panel of judges.\n"My first job is the budget," the judge said.',
    ],
    ids=["brought-without-in", "to-a-body-not-a-post"],
)
def test_bringing_someone_or_appointing_them_to_a_body_gives_no_office(text: str) -> None:
    assert speaker_of(text, "first job") != "Pia Ronn"


def test_an_office_given_to_no_one_named_is_not_the_person_named_beside_it() -> None:
    text = 'The council thanked Pia Ronn and hired a city manager.\n"My first job is the budget," the manager said.'
    assert speaker_of(text, "first job") != "Pia Ronn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Students deserve relief," Dean Arlo Venn said.', "Arlo Venn"),
        ('"Students deserve relief," Dean Harlow said.', "Dean Harlow"),
        ('"Students deserve relief," said Dean Harlow Jr., the coach.', "Dean Harlow Jr."),
    ],
    ids=["title-before-a-full-name", "given-name-before-a-surname", "given-name-before-a-surname-and-suffix"],
)
def test_a_title_that_is_also_a_given_name_is_dropped_only_before_a_full_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "relief") == speaker


@pytest.mark.parametrize(
    ("office", "forms"),
    [
        ("minister of finance", ["minister of finance", "finance minister"]),
        ("commissioner of police", ["commissioner of police", "police commissioner"]),
        ("speaker of the house", ["speaker of the house"]),
        (None, []),
    ],
    ids=["a-portfolio", "a-force", "control-a-body-of-more-words", "control-no-office"],
)
def test_an_office_of_a_one_word_body_is_also_written_with_its_body_before_it(
    office: str | None, forms: list[str]
) -> None:
    assert office_forms(office) == forms


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Minister of Finance Maria Keller spoke.\n"It is honest," the finance minister said.', "Maria Keller"),
        ('Health Minister Anna Weber spoke.\n"It is honest," the minister of health said.', "Anna Weber"),
        ('Commissioner of Police John Becker spoke.\n"It is honest," the police commissioner said.', "John Becker"),
    ],
    ids=["body-after-then-before", "body-before-then-after", "a-force"],
)
def test_an_office_with_its_body_before_or_after_it_is_one_office(text: str, speaker: str) -> None:
    assert speaker_of(text, "honest") == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Minister of Finance Maria Keller spoke.\nMembers walked out.\n"It is honest," the defence minister said.',
        'Commissioner of Police John Becker spoke.\nThe city waited.\n"It is honest," the fire commissioner said.',
        'Health Minister Anna Weber spoke.\nMembers walked out.\n"It is honest," the defence minister said.',
    ],
    ids=["another-portfolio", "another-force", "another-portfolio-than-the-title-gave"],
)
def test_an_office_of_another_body_is_someone_new(text: str) -> None:
    assert speaker_of(text, "honest") not in ("Maria Keller", "John Becker", "Anna Weber")


def test_a_portfolio_word_the_story_gave_no_one_else_leaves_the_office_its_holder() -> None:
    text = 'Health Minister Anna Weber spoke.\nMembers walked out.\n"It is honest," the new minister said.'
    assert speaker_of(text, "honest") == "Anna Weber"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('City Clerk Sarah Brannock certified.\nIt rained.\n"It was fair," the city clerk said.', "Sarah Brannock"),
        ('City Manager Isaura Dorrow spoke.\nIt rained.\n"It was fair," the city manager said.', "Isaura Dorrow"),
        ('"It was fair," said Sarah Clerk, a voter.', "Sarah Clerk"),
    ],
    ids=["title-inside-the-taggers-name", "a-managers-title", "control-a-surname-the-title-spells"],
)
def test_a_title_the_tagger_took_into_a_name_gives_its_office(text: str, speaker: str) -> None:
    assert speaker_of(text, "fair") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Finance Minister Rosa Tell and Defence Minister Ivo Krane met.\n"We agreed," the minister said.', "minister"),
        ('Finance Minister Rosa Tell met Ivo Krane, a banker.\n"We agreed," the minister said.', "Rosa Tell"),
        ('Finance Minister Rosa Tell spoke.\nTell, the minister, left.\n"We agreed," the minister said.', "Rosa Tell"),
    ],
    ids=["two-holders", "control-one-holder", "control-one-holder-given-it-twice"],
)
def test_an_office_the_story_gave_two_people_named_alone_is_neither(text: str, speaker: str) -> None:
    assert speaker_of(text, "agreed") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The count was clean," said Edvin Clerk, a poll worker.', "Edvin Clerk"),
        ('Edvin Clerk counted ballots in Doverby.\n"The count was clean," Clerk said.', "Edvin Clerk"),
        (
            'Clerk Ivo Dransfield certified the vote.\nIt rained.\n"The count was clean," the clerk said.',
            "Ivo Dransfield",
        ),
    ],
    ids=["a-surname-after-an-unfamiliar-given-name", "the-surname-alone-later", "control-a-title-before-a-name"],
)
def test_a_titles_word_after_a_given_name_is_the_surname(text: str, speaker: str) -> None:
    assert speaker_of(text, "count was") == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [("the cabinet", "Anna Vorst"), ("the Labour", "Anna Vorst"), ("the education", "education minister")],
    ids=["a-cabinet-minister", "a-partys-minister", "control-another-portfolio"],
)
def test_a_word_that_says_whose_minister_names_no_other_portfolio(before: str, speaker: str) -> None:
    text = f'Health Minister Anna Vorst spoke.\nMembers walked out.\n"It is honest," {before} minister said.'
    assert speaker_of(text, "honest") == speaker


@pytest.mark.parametrize(
    ("office", "forms"),
    [
        ("secretary of state", ["secretary of state"]),
        ("minister of trade", ["minister of trade", "trade minister"]),
    ],
    ids=["the-state-is-no-portfolio", "control-a-portfolio"],
)
def test_an_office_of_state_is_not_the_state_office_written_before(office: str, forms: list[str]) -> None:
    assert office_forms(office) == forms


@pytest.mark.parametrize(
    ("noun", "speaker"),
    [("skipper", "Laura Baines"), ("firm", "firm"), ("skipper of the boat", "skipper of the boat")],
    ids=["a-person-given-an-age", "control-a-body-given-its-years", "control-a-number-after-another-noun"],
)
def test_a_number_beside_a_body_is_not_an_age_that_names_the_person_before(noun: str, speaker: str) -> None:
    text = f'Laura Baines took over the {noun} in May.\n"We make hammers," the {noun}, 80, said on Friday.'
    assert speaker_of(text, "hammers") == speaker


@pytest.mark.parametrize(
    ("second", "words", "speaker"),
    [
        ('A witness said she heard shouting. "It went on for an hour," she said.', "an hour", "witness"),
        ('A witness came forward on Tuesday. "I was at home all night," he said.', "at home", "Tomas Brell"),
        ('A witness said she heard shouting. "I was at home all night," he said.', "at home", "Tomas Brell"),
    ],
    ids=["one-of-a-crowd-introduced-speaking", "control-one-who-does-not-speak", "control-of-the-other-sex"],
)
def test_one_of_a_crowd_introduced_speaking_is_whom_the_next_pronoun_means(
    second: str, words: str, speaker: str
) -> None:
    assert speaker_of(f"Police held Tomas Brell, 30, on Monday.\n{second}", words) == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Prime Minister Tovan Brisk addressed the nation on Sunday.", "Tovan Brisk"),
        ("Traffic on Governor Street was held up on Sunday.", None),
    ],
    ids=["a-full-name-after-a-title", "control-one-word-after-a-title"],
)
def test_a_name_the_tagger_missed_after_a_title_is_whom_the_next_pronoun_means(first: str, speaker: str | None) -> None:
    assert speaker_of(f'{first}\nHe said: "I ask every citizen to stay calm."', "stay calm") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Marchers carried banners reading "Save the pier" past the town hall.', None),
        ('Bo Pratt held a placard that said "Keep the pier" outside the meeting.', None),
        ('The sign on the door read "Closed until the pier reopens" all week.', None),
        ('Marchers chanted "Save the pier" past the town hall.', "Marchers"),
        ('Bo Pratt held a placard and said "Keep the pier" outside the meeting.', "Bo Pratt"),
    ],
    ids=[
        "banners-reading",
        "placard-that-said",
        "sign-read",
        "control-a-crowd-chanting",
        "control-the-holder-saying",
    ],
)
def test_words_written_on_a_thing_are_no_ones_quotation(text: str, speaker: str | None) -> None:
    assert speaker_of(text, "pier") == speaker


# The pinned model runs "Farmer" and "Nurse" into the name of an organisation it takes these for.
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Farmer Tobin Ashgrove", "Tobin Ashgrove"),
        ("Nurse Ilse Warrow", "Ilse Warrow"),
        ("Striker Tobin Ashgrove", "Tobin Ashgrove"),
        ("Tobin Ashgrove", "Tobin Ashgrove"),
        ("Farmer Roe", "Farmer Roe"),
    ],
    ids=["farmer", "nurse", "a-players-position", "control-the-name-alone", "control-two-words-are-all-the-name"],
)
def test_a_word_for_what_someone_does_opening_the_sentence_is_no_part_of_their_name(opening: str, speaker: str) -> None:
    text = f'{opening} said the closure had left the village "feeling forgotten out here".'
    assert speaker_of(text, "forgotten") == speaker


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [(", according to Moira Fenn.", "Moira Fenn"), (".", "Turnout")],
    ids=["according-to-names-the-source", "control-the-subject-alone"],
)
def test_according_to_outranks_a_subject_that_says_nothing(tail: str, speaker: str) -> None:
    # The pinned model tags "Turnout" as a person's name, so the subject can speak when nothing else does.
    assert speaker_of(f'Turnout was "the lowest on record"{tail}', "lowest") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Bo Pratt said the banner was "a disgrace to the pier".', "Bo Pratt"),
        ('Bo Pratt said the banner, which was "a disgrace to the pier", had to go.', "Bo Pratt"),
        ('Bo Pratt said the banner looked "like the old pier".', "Bo Pratt"),
        ('The song, which Bo Pratt called "a love letter to the pier", opens the album.', "Bo Pratt"),
        ('Marchers carried banners bearing the words "Hands off our pier" down the high street.', None),
    ],
    ids=[
        "what-a-banner-is",
        "what-a-banner-which-is-is",
        "what-a-banner-looks-like",
        "what-someone-called-a-song",
        "control-a-banner-bearing-words",
    ],
)
def test_what_a_thing_with_words_is_called_is_someones_saying(text: str, speaker: str | None) -> None:
    assert speaker_of(text, "pier") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Moira Fenn dismissed the report as "utter nonsense", according to an aide.', "Moira Fenn"),
        ('Moira Fenn was "utterly furious", according to an aide.', "aide"),
    ],
    ids=["the-subject-says-the-words", "control-the-subject-described"],
)
def test_according_to_does_not_outrank_a_subject_who_says_the_words(text: str, speaker: str) -> None:
    assert speaker_of(text, "utter") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("VELMORA, March 3 (Wire) - Fishing minister Duarte Salgueiro", "Duarte Salgueiro"),
        ("VELMORA, March 3 - Fishing minister Duarte Salgueiro", "Duarte Salgueiro"),
        ("KELDA, the port authority,", "KELDA"),
    ],
    ids=["dated-dateline-with-a-wire", "dated-dateline", "control-a-name-in-capitals-that-speaks"],
)
def test_a_datelines_place_is_never_the_speaker_beside_the_one_named(opening: str, speaker: str) -> None:
    text = f'{opening} said on Tuesday the quota deal was "fair to everyone."'
    assert speaker_of(text, "fair to everyone") == speaker


@pytest.mark.parametrize(
    ("company", "chief"),
    [
        ("Tidewell Foods", '"Costs rose faster than we expected," Hanna Lindqvist said.\n'),
        ("Norrland Steel", ""),
    ],
    ids=["a-person-tagged-as-an-organisation-after-the-company", "control-a-company-shaped-like-a-person-alone"],
)
def test_the_company_is_not_a_person_the_tagger_took_for_an_organisation(company: str, chief: str) -> None:
    # The pinned model tags "Hanna Lindqvist" as an organisation's name in her quotation's paragraph.
    text = f'{company} said on Thursday that profit fell.\n{chief}"It is hard," the company said.'
    assert speaker_of(text, "It is hard") == company


@pytest.mark.parametrize(
    ("between", "speaker"),
    [("", "Verity Holdings"), ("The buyers were not named.\nAnalysts welcomed it.\n", "statement")],
    ids=["a-business-the-tagger-missed-just-before", "control-a-business-named-paragraphs-before"],
)
def test_the_statement_is_a_business_named_by_its_shape_just_before(between: str, speaker: str) -> None:
    # The pinned model tags no entity in "Verity Holdings announced the sale of its hotel arm."
    text = f'Verity Holdings announced the sale of its hotel arm.\n{between}"It is time," the statement said.'
    assert speaker_of(text, "It is time") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Workers at Corvane Holdings walked out on Monday.", "statement"),
        ("Protesters marched past Corvane Holdings on Monday.", "statement"),
        ("Regulators fined Corvane Holdings on Monday.", "Corvane Holdings"),
        ("Corvane Holdings was fined on Monday.", "Corvane Holdings"),
    ],
    ids=["named-inside-a-phrase-about-its-workers", "named-as-a-place-passed", "control-its-object", "control-passive"],
)
def test_the_statement_is_not_a_business_its_sentence_names_in_passing(sentence: str, speaker: str) -> None:
    text = f'{sentence}\n"We want fair pay," the statement said.'
    assert speaker_of(text, "fair pay") == speaker
