"""Hard-wrapped plain text: copy broken into lines at a fixed width, often indented, so a line
break falls inside a sentence ("... US President-elect Donald Trump has\n            said, hours
after ..."; a TR-News article's layout).

A line break is a wrap when no closing mark ends the line and the next line goes on in lower case
after its indent, or with a capital after an indent when the line is full width. The quote rules
ask here (`hard_break`, `line_around`) where they look for a paragraph's end. (Parsing a wrap's
break as a tab instead was tried: no quote gained, two TR-News toponyms were lost.)
"""
from __future__ import annotations

from .lexicon import PERSONAL_TITLES

_LINE_CLOSERS = ".!?:;\"”’'\n"


def soft_wrap(text: str, i: int) -> bool:
    """Is the line break at `i` a wrap inside a sentence? Also after a personal title, whatever
    follows: no line ends in "Mr" ("... easily bought, Mr\n            Palmer said")."""
    after = i + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    last = text[max(0, i - 6):i].split()[-1:]
    if last and last[0].lower() in PERSONAL_TITLES and after < len(text):
        return True
    if i == 0 or text[i - 1] in _LINE_CLOSERS or after >= len(text):
        return False
    # a capital after the indent goes on a full-width line ("... hub in Central\n    Anatolia, was"),
    # not a short one a heading ends ("Amazon Reports Record Profits\n    The online retailer")
    return text[after].islower() or after - i > _INDENT and i - text.rfind("\n", 0, i) > _FULL_LINE


_INDENT = 2       # spaces after a line break that say the copy indents its lines
_FULL_LINE = 60   # characters of a line a fixed-width layout wrapped, longer than a heading


def hard_break(text: str, start: int, end: int) -> bool:
    """A line break between `start` and `end` that ends its line's sentence or heading, not a
    wrap: a headline's break stays one ("Amazon Reports Record Profits\nThe online retailer said")."""
    i = text.find("\n", start, end)
    while i != -1:
        if not soft_wrap(text, i):
            return True
        i = text.find("\n", i + 1, end)
    return False


def line_around(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the line holding `pos`, wrapped lines joined (the end is where its
    last line break is, or the text's end)."""
    start = text.rfind("\n", 0, pos)
    while start > 0 and soft_wrap(text, start):
        start = text.rfind("\n", 0, start)
    end = text.find("\n", pos)
    while end >= 0 and soft_wrap(text, end):
        end = text.find("\n", end + 1)
    return start + 1, (end if end >= 0 else len(text))
