"""Site chrome in text copied from news pages: donation banners, newsletter boxes, "Read more".

Plain text pasted from a news site starts and ends with lines that are not the article. We only
cut at the edges: leading chrome lines, and everything from the first strong tail marker found
in the last part of the text. Real articles (no chrome) must come through intact.
"""
from __future__ import annotations

import re

# Chrome a site drops anywhere, also between paragraphs (`_INSET_CHROME`).
_INSET_WORDS = r"""
        advertisement | advert | sponsored(\s+content)?
      | (read|see|show)\s+more | more\s+on\s+this\s+story | related(\s+articles|\s+stories)?
      | share(\s+this(\s+article|\s+story|\s+item|\s+page)?)?(\s+(on|via)\s+\w+)? | image\s+(caption|source).*
      | photo:.* | ((read|see)(\s+(more|next|also))?|also\s+read|related(\s+articles|\s+stories)?
                  |trending(\s+now)?|sponsored(\s+content)?|promoted|advertisement)\s*[:|].*
      | .*\b(sign(ing)?\s+up|subscribe|subscribing)\b.*\b(our|your)\b.*\bnewsletters?\b.*
      | (get|receive)\s+(the\s+)?(latest|best|top|our)\b.*\b(in|to|into)\s+your\s+inbox\b.*
      | join\s+our\s+.*\b(channel|group|community)\b.*
      | follow\s+us\s+on\s+[\w .]{1,30} | (tags|topics|filed\s+under)\s*:.*
      | share(\s+this(\s+article|\s+story)?)?\s*:(\s*\w+\s*\|)+\s*\w+
      | listen\s+on\s+(spotify|apple\s+podcasts|google\s+podcasts|amazon\s+music|youtube|soundcloud)
      | listen\s+to\s+(the|our)\s+[^.!?]{0,60}\bpodcast\b.*
      | (show\s+)?key\s+events(\s+only)? | (please\s+)?(turn\s+on|enable)\s+javascript\b.*"""

# A whole line that is site chrome wherever it stands at the top or bottom of the text.
_CHROME_LINE = re.compile(
    r"""^(""" + _INSET_WORDS + r"""
      | support\s+us!? | support\s+[\w .'-]{1,40}!
      | skip\s+to\s+(main\s+)?content | menu | search | home
      | print | email | tweet
      | subscribe(\s+now|\s+today)? | sign\s+in | log\s*in | register
      | (click|tap)\s+here.* | listen(\s+again|\s+now)?(\s+to\s+(this|the)\s+(article|interview|podcast|programme|report)).*
      | copyright\b.* | ©.* | all\s+rights\s+reserved.*
      | once | monthly | annual | yearly | continue | donate(\s+now)?
      | paiment\s+methods | payment\s+methods | remind\s+me\s+later\.?
      | not\s+ready\s+to\s+support\s+today\??
      | preview | cookie\s+settings
      | we\s+use\s+cookies\b.* | manage\s+(your\s+)?(cookie\s+)?(preferences|settings|consent)
      | our\s+standards\s*:.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line that starts the closing chrome: everything from it to the end goes.
_TAIL_MARKER = re.compile(
    r"""^(
        sign\s+up\s+(for|to)\s+.*newsletter.*
      | (subscribe|sign\s+up)\s+to\s+(our|the)\s+.*(newsletter|briefing|digest).*
      | get\s+(our|the)\s+.*newsletter.*
      | .*\bnewsletter\b.*\bsign\s+up\b.*
      | a\s+message\s+from\s+.{1,60}:?
      | dear\s+readers?,?
      | (please\s+)?support\s+(independent\s+)?journalism.*
      | (we\s+need\s+your\s+help|help\s+us\s+keep\s+going).*
      | (more|related)\s+(stories|articles|from\s+\w+)\s*:?
      | (most\s+(read|popular|viewed|shared)|you\s+(might|may)\s+also\s+like|editor['’]s\s+picks
         |recommended(\s+for\s+you)?|top\s+stories)\s*:?
      | (share|follow\s+us)\s+on\s+(facebook|twitter|x|social\s+media).*
      | (comments|leave\s+a\s+comment|join\s+the\s+conversation).*
      | this\s+article\s+(was|has\s+been)\s+(originally\s+)?(published|updated).*
      | (copyright\b|©).*\ball\s+rights\s+reserved\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Chrome a site drops between paragraphs: cut anywhere when it is a paragraph of its own. A
# headline, then "Advertisement", then the first paragraph made the model miss "Exeter City
# Council" in it. Not the words of the edges list that could stand alone in prose ("Continue",
# "Home", "Once").
_INSET_CHROME = re.compile(
    r"""^(""" + _INSET_WORDS + r"""
      | story\s+continues(\s+below)?(\s+advertisement)?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

_MAX_CHROME_LINE = 160   # chrome is short; a paragraph of prose never counts as chrome
_TAIL_ZONE = 0.5         # tail markers only count in the second half of the text


def strip_boilerplate(text: str) -> str:
    """The article without leading and trailing site chrome."""
    lines = text.split("\n")
    start = _first_article_line(lines)
    end = _tail_cut(lines, start, len(text))
    kept = _without_inset_chrome(lines[start:end])
    while kept and (not kept[-1].strip() or _is_chrome(kept[-1])):
        kept.pop()
    return "\n".join(kept).strip() + ("\n" if kept else "")


def _without_inset_chrome(lines: list[str]) -> list[str]:
    """The lines less each paragraph of inset chrome lines ("Share this item on Facebook", then
    "Share this item via WhatsApp"), with one of the two blank lines around it, and less such
    lines inside a block of lines (a byline's "Share on Facebook")."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        if end > i and all(_inset_chrome_line(x) for x in lines[i:end]):
            if kept and not kept[-1].strip() and end < len(lines):
                kept.pop()
            i = end
        else:   # a block of lines keeps its story lines: "By Aroha Kingi", "Updated: 4:15 pm", not "Share on X"
            block = lines[i:end] if end - i < 2 else [x for x in lines[i:end] if not _SHARE_LINE.match(x.strip())]
            kept.extend(block + lines[end:end + 1])   # the paragraph and the blank line after it
            i = end + 1
    return kept


# A share or follow button's line, which never stands alone in a hard-wrapped sentence (unlike
# "Advertisement": "The sign read:\nAdvertisement\nfor the fair.").
_SHARE_LINE = re.compile(r"(?i:(?:share(?:\s+this(?:\s+article|\s+story|\s+item|\s+page)?)?|follow\s+us)\s+(?:on|via)"
                         r"\s+(?:facebook|twitter|x|whatsapp|linkedin|email|instagram|threads|bluesky|telegram|"
                         r"reddit))$")


def _inset_chrome_line(line: str) -> bool:
    line = line.strip()
    return len(line) <= _MAX_CHROME_LINE and _INSET_CHROME.match(line) is not None


def _is_chrome(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= _MAX_CHROME_LINE and bool(_CHROME_LINE.match(line))


def _first_article_line(lines: list[str]) -> int:
    i = 0
    while i < len(lines) and (not lines[i].strip() or _is_chrome(lines[i])):
        i += 1
    return i


def _tail_cut(lines: list[str], start: int, total_chars: int) -> int:
    """Where the closing chrome starts. A newsletter plug the story goes on after is no closing box
    but an inset ("Get the latest court news straight to your inbox by signing up to our Crime
    Weekly newsletter." between two paragraphs of a court report): `_without_inset_chrome` drops it."""
    offset = 0
    goes_on: list[bool] | None = None
    for i, line in enumerate(lines):
        if i > start and offset >= total_chars * _TAIL_ZONE:
            stripped = line.strip()
            if stripped and len(stripped) <= _MAX_CHROME_LINE and _TAIL_MARKER.match(stripped):
                if not _INSET_CHROME.match(stripped):
                    return i
                goes_on = goes_on or _story_goes_on(lines)
                if not goes_on[i]:
                    return i
        offset += len(line) + 1
    return len(lines)


_PROSE_END = re.compile(r"""[.!?]["'”’]?$""")
_SIGN_UP_SMALL_PRINT = re.compile(r"\b(privacy|unsubscribe|sign-?up|consent|cookies?|newsletters?|subscri\w+)\b",
                                  re.IGNORECASE)


def _story_goes_on(lines: list[str]) -> list[bool]:
    """For each line, whether a paragraph of prose (15 words or more, ending a sentence; not a
    sign-up box's small print, "We use your sign-up to provide ...") stands among the lines after
    it before any other closing marker. One pass from the end: a text of many plugs stays linear."""
    after = [False] * len(lines)
    prose = False
    for i in range(len(lines) - 1, -1, -1):
        after[i] = prose
        stripped = lines[i].strip()
        if len(stripped) <= _MAX_CHROME_LINE and _TAIL_MARKER.match(stripped) and not _INSET_CHROME.match(stripped):
            prose = False
        elif len(stripped.split()) >= 15 and _PROSE_END.search(stripped) and not _SIGN_UP_SMALL_PRINT.search(stripped):
            prose = True
    return after
