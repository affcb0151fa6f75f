"""Sentence-case headlines so the model reads them like body text.

The small English model takes capitals as evidence of a name, so a title-case headline ("Russia
in Talks With Ukraine on Humanitarian Corridor") or an ALL-CAPS line ("JAPAN GET LUCKY WIN")
yields false or missing entities. We rewrite such lines word by word, using how the article's
own body writes each word (mid-sentence), and lower case where the body gives no evidence.
The result has exactly the length of the input, so offsets are unchanged.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import gazetteer
from .lexicon import WORD, stop_words

_SENTENCE_OPENERS = set(".!?:;\"“‘'(—–-") | {""}
_MAX_HEADLINE_WORDS = 25
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")


def sentence_case_headlines(text: str) -> str:
    """`text` with headline-like lines re-cased; the same string object when nothing changes."""
    lines = text.split("\n")
    heads = {i for i, line in enumerate(lines) if _is_headline(line, first=i == _first_text_line(lines))}
    if not heads:
        return text
    evidence = _body_casing(line for i, line in enumerate(lines) if i not in heads)
    stop = stop_words()
    for i in heads:
        lines[i] = _recase(lines[i], evidence, stop)
    out = "\n".join(lines)
    return out if len(out) == len(text) else text


def _first_text_line(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), -1)


def _is_headline(line: str, *, first: bool) -> bool:
    words = WORD.findall(line)
    if len(words) > _MAX_HEADLINE_WORDS or not words:
        return False
    if len(_NUMBER.findall(line)) > len(words):
        return False  # a table row ("BALTIMORE 70 63 .526 4"), not a headline
    letters = [c for w in words for c in w]
    upper = sum(c.isupper() for c in letters)
    if upper / len(letters) >= 0.9 and sum(len(w) > 1 for w in words) >= 1 and len(letters) >= 4:
        return True  # ALL CAPS
    stop = stop_words()
    content = [w for w in words if w.lower() not in stop and len(w) > 1]
    if len(content) < 3:
        return False
    capitalised = sum(w[0].isupper() for w in content)
    ratio = capitalised / len(content)
    # A title-cased stop word ("With", "On") is the surest sign of headline style.
    title_stops = sum(w[0].isupper() for w in words[1:] if w.lower() in stop and len(w) > 2)
    ends_sentence = bool(re.search(r"[.!?][\"”’]?\s*$", line))
    if first:  # a title; but a first line that reads as a sentence full of names is not one
        return ratio >= 0.75 and (title_stops > 0 or (ratio == 1 and len(content) >= 4 and not ends_sentence))
    return ratio >= 0.85 and len(content) >= 4 and title_stops > 0 and not line.rstrip().endswith((".", ",")) \
        or ratio == 1 and len(content) >= 5 and not re.search(r"[.!?][\"”’]?\s*$", line)


def _body_casing(lines) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """How each word is written in body text: (mid-sentence forms, sentence-opening forms)."""
    seen: dict[str, Counter] = defaultdict(Counter)
    opening: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        for m in WORD.finditer(line):
            j = m.start()  # the last non-space character before the word (no copy of the line's head)
            while j and line[j - 1].isspace():
                j -= 1
            target = opening if line[j - 1:j] in _SENTENCE_OPENERS else seen
            target[m.group().lower()][m.group()] += 1
    return seen, opening


def _recase(line: str, evidence: tuple[dict[str, Counter], dict[str, Counter]], stop: frozenset[str]) -> str:
    seen, opening = evidence
    out = []
    last = 0
    first = True
    for m in WORD.finditer(line):
        word = m.group()
        lower = word.lower()
        forms = seen.get(lower)
        glued = line[max(0, m.start() - 2):m.start()]
        if glued[-1:] in "'’" and lower in ("s", "t", "d", "m", "re", "ve", "ll"):
            new = lower  # "FRIDAY 'S", "DON'T"
        elif glued[-1:] in "'’" and glued[:1].isalpha():
            # "O'BRIEN" keeps its capital after the apostrophe
            new = word[0].upper() + word[1:].lower() if glued[:1].isupper() and len(lower) > 1 \
                and not line[max(0, m.start() - 3):m.start() - 2].isalpha() else lower
        elif forms:
            new = forms.most_common(1)[0][0]
        elif lower not in stop and lower in opening and not any(f.islower() for f in opening[lower]) \
                and (gazetteer.is_major_place(lower) if word.isupper() else True):
            new = opening[lower].most_common(1)[0][0]  # the body only ever writes it capitalised
        elif word.isupper() and lower not in stop and gazetteer.is_major_place(lower):
            new = word[0] + lower[1:]
        elif word.isupper() and len(word) <= 1 and not first:
            new = word
        else:
            new = lower
        if first:
            new = new[:1].upper() + new[1:]
        if len(new) != len(word):
            new = word
        out.append(line[last:m.start()])
        out.append(new)
        last = m.end()
        first = False
    out.append(line[last:])
    return "".join(out)
