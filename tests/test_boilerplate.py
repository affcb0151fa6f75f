"""Site chrome is cut at the edges of pasted articles, and real articles come through intact."""
from newsmine.boilerplate import strip_boilerplate
from tests.conftest import SEED

ARTICLE = """Council backs new bridge

The council voted on Tuesday to build a new bridge over the river, ending a decade of debate.

Supporters said the crossing would cut journeys by twenty minutes. Opponents warned of cost.
"""


def test_seed_starts_with_headline_and_ends_with_last_paragraph():
    text = strip_boilerplate(open(SEED, encoding="utf-8").read())
    assert text.startswith("Russia in Talks With Ukraine on Humanitarian Corridor for Stranded Kursk Residents\n")
    assert text.rstrip().endswith("since the summer.")
    for chrome in ("Support The Moscow Times", "newsletter", "Dear readers", "Read more", "Remind me"):
        assert chrome not in text


def test_plain_article_is_untouched():
    assert strip_boilerplate(ARTICLE) == ARTICLE


def test_headline_that_mentions_support_is_kept():
    text = "Support for the plan grows\n\n" + ARTICLE
    assert strip_boilerplate(text).startswith("Support for the plan grows\n")


def test_tail_marker_in_first_half_is_not_a_cut():
    text = "Dear readers,\n\n" + ARTICLE  # an opening line, not a closing appeal
    assert "Supporters said" in strip_boilerplate(text)


def test_leading_and_trailing_chrome_lines_go():
    text = "Advertisement\nSkip to content\n\n" + ARTICLE + "\nShare this article\nRead more\n"
    assert strip_boilerplate(text) == ARTICLE


def test_newsletter_box_and_everything_after_go():
    text = ARTICLE + "\nSign up for our free daily newsletter\n\nGet the news first.\nOnce\nMonthly\n"
    assert strip_boilerplate(text) == ARTICLE


def test_empty_and_chrome_only_texts():
    assert strip_boilerplate("") == ""
    assert strip_boilerplate("Advertisement\nRead more\n") == ""


def test_chrome_that_is_a_paragraph_of_its_own_goes_anywhere():
    text = ("Council rejects tower\n\nAdvertisement\n\nThe council said no.\n\n"
            "Story continues below advertisement\n\nIt was final.\n")
    assert strip_boilerplate(text) == "Council rejects tower\n\nThe council said no.\n\nIt was final.\n"


def test_related_links_and_share_buttons_are_chrome_anywhere():
    # T47: "Read next: Apple's new chip ..." and "Share this: WhatsApp | Facebook | X" gave entities
    # no one wrote into the story
    text = ("Council rejects tower\n\nThe council said no.\n\nRead next: Samsung's new phone folds twice\n\n"
            "It was final.\n\nShare this: WhatsApp | Facebook | X\n\nREAD MORE: Mayor quits\n\nSee also: the vote\n\n"
            "Planners will meet again.\n")
    assert strip_boilerplate(text) == ("Council rejects tower\n\nThe council said no.\n\nIt was final.\n\n"
                                       "Planners will meet again.\n")
    prose = "Council rejects tower\n\nRead the report: it says no.\n\nShare this: it is final.\n"
    assert strip_boilerplate(prose) == prose   # not a colon's sentence


def test_trending_and_sponsored_links_are_chrome_anywhere():
    # T83: "Trending: Omaha Steaks to close ..." and "SPONSORED: Open an account with Northbridge Bank"
    # gave a person and a bank no one wrote into the story
    text = ("Rates held\n\nThe bank held rates.\n\nTrending: Omaha Steaks to close store\n\n"
            "SPONSORED: Open a savings account with Northbridge Bank today\n\nMarkets rose.\n")
    assert strip_boilerplate(text) == "Rates held\n\nThe bank held rates.\n\nMarkets rose.\n"
    prose = "Rates held\n\nTrending upward: prices rose for a third month.\n"
    assert strip_boilerplate(prose) == prose
    podcast = ("Rates held\n\nThe bank held rates.\n\nListen to the Ballot Box podcast on Spotify for more.\n\n"
               "Markets rose.\n")
    assert strip_boilerplate(podcast) == "Rates held\n\nThe bank held rates.\n\nMarkets rose.\n"


def test_chrome_words_inside_a_paragraph_stay():
    # only a paragraph of its own is chrome: a line in running text, or "Continue" alone, is kept
    text = "Council rejects tower\n\nThe sign read:\nAdvertisement\nfor the fair.\n\nContinue\n\nIt was final.\n"
    assert strip_boilerplate(text) == text


def test_cookie_podcast_standards_and_newsletter_lines_go():
    # "Manage Preferences", "Listen on Spotify", "Our Standards: The Thomson Reuters Trust Principles."
    # and "... the Daily Briefing newsletter. Sign up here." were organisations in the entity table
    text = ("Listen on Spotify\n\n" + ARTICLE
            + "\nGet tomorrow's news with the Morning Note newsletter. Sign up here.\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n"
            "We use cookies to personalise content and ads. Manage Preferences\nManage preferences\n")
    assert strip_boilerplate(text) == ARTICLE


def test_inset_chrome_paragraphs_go_wherever_they_stand():
    # a pair of share lines, a "Read:" or "ALSO READ |" link, newsletter and channel blurbs had
    # given entities ("WhatsApp", "Tidewater Brief", "Tiffinwala")
    lines = ["Share this item on Facebook\nShare this item via WhatsApp", "ALSO READ | Tiffinwala raises funds",
             "Read: Tea farmers count cost of falling prices",
             "Want more? Sign up for our weekly Circuit Board newsletter.",
             "Get the latest business news in your inbox with Tidewater Brief. Subscribe now.",
             "Join our WhatsApp channel for the top stories.",
             # a review's "Listen on Spotify" button and a live page's menu (Spotify, JavaScript: ORG)
             "Listen on Spotify", "Key events\nShow key events only\nPlease turn on JavaScript to use this feature"]
    head, body = ARTICLE.split("\n\n", 1)
    for chrome in lines:
        assert strip_boilerplate(f"{head}\n\n{chrome}\n\n{body}") == ARTICLE, chrome
    # a paragraph of prose that mentions a newsletter stays
    for line in ("Residents can sign up for the council's newsletter at the library.",
                 "Scam emails that land in your inbox often ask for bank details."):
        prose = f"{head}\n\n{line}\n\n{body}"
        assert strip_boilerplate(prose) == prose


def test_a_newsletter_plug_the_story_goes_on_after_is_an_inset_not_the_end():
    # a court report went on after "Get the latest court news straight to your inbox by signing up
    # to our Crime Weekly newsletter."; everything after the plug, a CPS statement among it, was cut
    plug = "Get the latest council news straight to your inbox by signing up to our Town Hall newsletter."
    after = "A spokesman for the council said the new bridge would open to traffic in the spring of next year.\n"
    assert strip_boilerplate(f"{ARTICLE}\n{plug}\n\n{after}") == f"{ARTICLE}\n{after}"
    small_print = "We use your sign-up to send you news you have asked for. You can unsubscribe at any time."
    assert strip_boilerplate(f"{ARTICLE}\n{plug}\n\n{small_print}\n") == ARTICLE


def test_a_copyright_line_and_what_follows_it_go():
    # "Copyright 2026 KXTV. All rights reserved." then a tips plug: KXTV was an organisation
    text = ARTICLE + ("\nCopyright 2026 KXTV. All rights reserved. This material may not be published or "
                      "broadcast.\n\nHave a news tip? Follow @KXTVNews on X.\n")
    assert strip_boilerplate(text) == ARTICLE
    # T103: the copyright sign, then a space, marks it too
    text = ARTICLE + "\n© 2026 Hillside Gazette Ltd. All rights reserved.\n\nHave a news tip? Call our newsdesk.\n"
    assert strip_boilerplate(text) == ARTICLE


def test_a_box_of_most_read_or_suggested_stories_and_what_follows_go():
    # T79: "MOST READ" and "You might also like:" boxes named people and parties of other stories
    for box in ("MOST READ", "Most popular", "You might also like:", "Editor's picks", "Top stories"):
        text = ARTICLE + f"\n{box}\n1. Councillor Rhys Pengelly quits over bin row\n2. Farage promises to scrap fees\n"
        assert strip_boilerplate(text) == ARTICLE
    # a sentence that only begins with the words stays
    text = ARTICLE + "\nMost read the report twice before the vote, councillors said.\n"
    assert "Most read the report" in strip_boilerplate(text)


def test_share_lines_inside_a_bylines_block_go():
    # T95: the byline's block ends in share buttons; the byline and the time stay
    story = ("The bridge will stay closed to traffic for at least a week after a gravel barge struck one of its "
             "piers.\n\nThe district council said engineers had found cracks in the concrete around the pier and "
             "would not reopen the bridge until repairs were done.\n")
    text = "Bridge closed\n\nBy Aroha Kingi\nUpdated: 4:15 pm\nShare on Facebook\nShare on X\n\n" + story
    assert strip_boilerplate(text) == "Bridge closed\n\nBy Aroha Kingi\nUpdated: 4:15 pm\n\n" + story


def test_a_follow_plug_and_a_tag_line_are_chrome_wherever_they_stand():
    # T99: "Follow us on Google News" under a headline and a press release's "Tags:" line made organisations
    story = ("The council will close the pool for six weeks while the roof is replaced.\n\nSwimmers have been "
             "offered free sessions at the leisure centre in the next town.\n")
    text = "Pool closes\n\nFollow us on Google News\n\n" + story + "\nTags: Leisure, Swimming Pools, Roof Repairs\n"
    assert strip_boilerplate(text) == "Pool closes\n\n" + story
