"""Decisions taken over a whole document, after every piece went through the pipeline.

A name is often decided by what the document says elsewhere: a person named once with a
title is that person where the title is missing (propagate); an abbreviation after an
organization's name is that organization; a place joined by ー to a place the document
names is a place (split_routes); a romanized name of a person named in katakana is that
person (romanized_people); a company named with its legal form is that company without it
(named_companies); a name cut by a caption is one name (rejoin_cut_names).
Spans here are on the cleaned text of the whole document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .charclass import BRACKETED_ACRONYM, clean_boundary, is_katakana
from .components.gazetteer import ROUTE_JOINERS, route_head_at

# Sources whose names, once found in a document, are names wherever else they stand there.
PROPAGATED_SOURCES = ("rule:title", "rule:abbreviation", "gazetteer:route")


@dataclass(frozen=True)
class Span:
    start: int  # cleaned-text offsets
    end: int
    label: str
    source: str
    whole: str | None = None  # the whole name when layout text cut it in two (see rejoin_cut_names)


def propagate(text: str, spans: list[Span]) -> list[Span]:
    """Label the other occurrences of a person's or organization's name in the document.

    A name the rules or the model recognised once (トランプ大統領) is the same name where
    no title stands next to it; occurrences that overlap a mention are left alone.
    """
    spans = spans + defined_abbreviations(text, spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    names = {text[s.start:s.end]: s.label for s in spans if s.source in PROPAGATED_SOURCES and s.end - s.start >= 2}
    added = []
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(re.escape(name), text):
            if taken.isdisjoint(range(m.start(), m.end())) and clean_boundary(text, m.start(), m.end()):
                added.append(Span(m.start(), m.end(), label, "propagated"))
                taken.update(range(m.start(), m.end()))
    return sorted(spans + added, key=lambda s: s.start)


_KATAKANA_BEFORE = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]*[\u30a1-\u30fa]$")
_KATAKANA_AFTER = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]*[\u30a1-\u30fa](?![\u30a1-\u30fa\u30fc])")


def split_routes(text: str, spans: list[Span]) -> list[Span]:
    """Two places joined by ー (キジルカラーポフタル間) are two places, the ー in neither.

    The ー is told from a long vowel by a route word after the pair (間, 道路 …) and by one
    side being a place the document names as such elsewhere (ドゥシャンベ of
    ドゥシャンベーポフタル道路); the other side is the katakana run up to the joiner, and is
    a place known to the document in turn (ポフタル, then キジルカラ).
    Whatever the model made of the pair gives way; other sources are kept.
    """
    done: set[str] = set()
    while True:
        known = {text[s.start:s.end] for s in spans if s.label == "LOCATION" and s.source != "model"
                 and is_katakana(text[s.start]) and s.end - s.start >= 2} - done
        if not known:
            return spans
        done |= known
        spans = _split_at(text, spans, _routes(text, known))


def _routes(text: str, known: set[str]) -> list[tuple[int, int, int, int]]:
    """(start, end) of both sides of every ー that joins a known place to a katakana run
    before a route word (間, 道路 …)."""
    routes = []
    for place in known:
        for m in re.finditer(f"[{ROUTE_JOINERS}]{re.escape(place)}(?![\u30a1-\u30fa\u30fc])", text):
            left = _KATAKANA_BEFORE.search(text, 0, m.start())
            if left and len(left.group()) >= 2 and route_head_at(text, m.end()):
                routes.append((left.start(), left.end(), m.start() + 1, m.end()))
        for m in re.finditer(f"(?<![\u30a1-\u30fa\u30fc]){re.escape(place)}[{ROUTE_JOINERS}]", text):
            right = _KATAKANA_AFTER.match(text, m.end())
            if right and len(right.group()) >= 2 and route_head_at(text, right.end()):
                routes.append((m.start(), m.end() - 1, right.start(), right.end()))
    return routes


def _split_at(text: str, spans: list[Span], routes: list[tuple[int, int, int, int]]) -> list[Span]:
    out = list(spans)
    for a_start, a_end, b_start, b_end in routes:
        overlapping = [s for s in out if s.start < b_end and a_start < s.end]
        if any(s.source != "model" and (s.start, s.end) not in ((a_start, a_end), (b_start, b_end)) for s in overlapping):
            continue
        kept = {(s.start, s.end) for s in overlapping if s.source != "model"}
        out = [s for s in out if s not in overlapping or (s.start, s.end) in kept]
        out += [Span(a, b, "LOCATION", "gazetteer:route") for a, b in ((a_start, a_end), (b_start, b_end)) if (a, b) not in kept]
    return sorted(out, key=lambda s: s.start)


def defined_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """`full（ABBR）`: the abbreviation after an organization's name is an organization too."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for s in spans:
        m = BRACKETED_ACRONYM.match(text, s.end)
        if s.label == "ORGANIZATION" and m and taken.isdisjoint(range(*m.span(1))):
            found.append(Span(m.start(1), m.end(1), "ORGANIZATION", "rule:abbreviation"))
    return found


_CAPTION = re.compile(r"[^\n。]{1,80}")
_NAME_TAIL = re.compile(r"[\u30a1-\u30fa\u30fc・＝\u3400-\u9fff々]{1,8}$")
MIN_RUNNING_LINE = 20  # a line of running text, not an item of a list of names


def _cut_before(text: str, start: int) -> int | None:
    """If the line at `start` continues running text that a caption interrupted, where the
    text before the caption ends: the nearest line above, past at least one caption line
    (short, no 。), that is running text cut mid-word (long, ending in a name character)."""
    body = text[:start].split("\n")
    if len(body) < 3 or body.pop().strip():
        return None
    captions = 0
    while body and captions <= 3:
        line = body[-1].rstrip()
        if captions and len(line) >= MIN_RUNNING_LINE and _NAME_TAIL.search(line):
            return len("\n".join(body).rstrip())
        if line.strip() and not _CAPTION.fullmatch(line.strip()):
            return None
        captions += bool(line.strip())
        body.pop()
    return None


def rejoin_cut_names(text: str, spans: list[Span]) -> list[Span]:
    """Names cut in two by inserted layout text (a photo caption inside バイサ…ロフ): the
    guidelines annotate each fragment with the whole name. A line of running text that
    ends mid-word, a caption, then a line that starts with a person's or place's name:
    two person fragments in katakana are one name; a place fragment whose start, ending
    the line before, makes a known place (中央 + アジア) is that place.
    """
    from . import resources

    by_end = {s.end: s for s in spans}
    out = list(spans)
    for b in spans:
        cut = _cut_before(text, b.start) if b.label in ("PERSON", "LOCATION") else None
        tail = _NAME_TAIL.search(text, 0, cut) if cut else None
        if tail is None:
            continue
        head = text[b.start:b.end]
        a = by_end.get(cut)
        if b.label == "PERSON" and (a is None or a.label == "PERSON") \
                and all(is_katakana(ch) or ch in "・＝" for ch in tail.group() + head):
            start = a.start if a else tail.start()
            whole = text[start:cut] + head
        elif b.label == "LOCATION" and (a is None or a.label == "LOCATION"):
            fits = [k for k in range(tail.start(), cut) if text[k:cut] + head in resources.location_index()]
            if not fits:
                continue
            start, whole = fits[0], text[fits[0]:cut] + head
        else:
            continue
        out = [s for s in out if s not in (a, b)]
        out += [Span(start, cut, b.label, a.source if a else "rejoined", whole), Span(b.start, b.end, b.label, b.source, whole)]
    return sorted(out, key=lambda s: s.start)


def romanized_people(text: str, spans: list[Span]) -> list[Span]:
    """A romanized name (two words or more: not an acronym) the model took for another label
    is a person when it transliterates a person the document names in katakana
    (Kassym-Jomart Tokayev ~ トカエフ)."""
    from .normalize.person import is_latin_name, japanese_counterpart

    japanese = [text[s.start:s.end] for s in spans if s.label == "PERSON" and not is_latin_name(text[s.start:s.end])]
    return [Span(s.start, s.end, "PERSON", s.source)
            if s.label != "PERSON" and s.source == "model" and is_latin_name(text[s.start:s.end])
            and len(text[s.start:s.end].split()) >= 2 and japanese_counterpart(text[s.start:s.end], japanese)
            else s for s in spans]


def named_companies(text: str, spans: list[Span]) -> list[Span]:
    """A company the document names with its legal form (株式会社板橋建設) is that company where
    the form is left out: a "person" read there before an honorific (板橋建設様: business letters
    address companies so) is the company. A person without one stays (ジョンソン and ジョンソン株式会社)."""
    from . import resources
    from .components.org_rules import without_legal_form

    companies = {bare for s in spans if s.label == "ORGANIZATION"
                 and len(bare := without_legal_form(text[s.start:s.end])) >= 2 and bare != text[s.start:s.end]}
    return [Span(s.start, s.end, "ORGANIZATION", s.source, s.whole)
            if s.label == "PERSON" and text[s.start:s.end] in companies and text.startswith(resources.honorifics(), s.end)
            else s for s in spans]


def decide(text: str, spans: list[Span]) -> list[Span]:
    """All the whole-document decisions, in the order they depend on each other."""
    return rejoin_cut_names(text, propagate(text, named_companies(text, romanized_people(text, split_routes(text, spans)))))
