"""DATE: ISO 8601 values, missing parts resolved from context.

Values keep the granularity written (YYYY, YYYY-MM, YYYY-MM-DD); a range is START/END
with the end inheriting what it leaves out (8月24~26日 → 2025-08-24/2025-08-26).
末/初旬/上旬/中旬/下旬/初め/前半/後半 keep the unit they qualify; a fiscal year (2010年度) is its year.
A part that cannot be known is written X (XXXX-09, 2019-XX-17), never invented.

Context (guidelines): a missing year is the year of the events being narrated, and when
in doubt the year the document reports on. Three scopes make that concrete:
- a bare month takes a year written earlier in the same sentence, else the year a
  sentence of its paragraph opened with as its topic (「2023年には、…。また、9月に」),
  else the document's year (a year in an earlier sentence is often background:
  1991年の独立以降);
- a bare day takes the month (and year) of the date before it in the same paragraph
  (5月 | 17日 in a schedule, 17日から…18日には), else the document's own month (a news
  text's 28日 is a day of the month it appeared in);
- deictic words (今年, 本年, 昨年, 一昨年, 来年, 今月, 本日, 本17日) count from the
  document's own date (`DocDate`: its manifest, else its dateline), never from a year
  the text named (「1988年の…。…本年」 in a 2012 text → 2012);
- anaphoric words (同年, 前年, 翌年, 同月, 同日, 翌日) refer back, so they count from the
  previous date (「2022年3月…。同年9月」 → 2022-09).
A year that only marks a since/until/deadline/start (2022年以来, 2028年末まで,
2021年に始まった) sets no scope.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .numbers import parse_number

ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
# Relative words: the unit they name and their offset from the date they count from.
DEICTIC = {"一昨年": ("year", -2), "再来年": ("year", 2), "今年": ("year", 0), "本年": ("year", 0),
           "昨年": ("year", -1), "来年": ("year", 1), "今月": ("month", 0), "本月": ("month", 0),
           "先月": ("month", -1), "来月": ("month", 1), "本日": ("day", 0), "本": ("day", 0)}
ANAPHORIC = {"同年": ("year", 0), "前年": ("year", -1), "翌年": ("year", 1), "同月": ("month", 0),
             "前月": ("month", -1), "翌月": ("month", 1), "同日": ("day", 0), "前日": ("day", -1),
             "翌日": ("day", 1), "同": ("day", 0), "翌": ("day", 0)}
_QUALIFIERS = r"(?:末|初旬|上旬|中旬|下旬|初め|初頭|半ば|前半|後半)?"
_NUM = r"[0-9〇零一二三四五六七八九十百千]+"
_RANGE = re.compile(r"(.+?)(?:から|~|～|〜|－|-|―|‐|–)(.+)")


def _words(unit: str) -> str:
    words = [w for w, (u, _) in {**DEICTIC, **ANAPHORIC}.items() if u == unit and len(w) > 1]
    return "|".join(sorted(words, key=len, reverse=True))


_PART = re.compile(
    rf"(?:(?P<era>{'|'.join(ERAS)})(?P<era_year>元|{_NUM})年|(?P<rel_year>{_words('year')})|(?P<year>{_NUM})年)?度?"
    rf"{_QUALIFIERS}(?:(?P<month>{_NUM})月|(?P<rel_month>{_words('month')}))?{_QUALIFIERS}"
    rf"(?:(?P<day_of>[本同翌])?(?P<day>{_NUM})日?|(?P<rel_day>{_words('day')}))?{_QUALIFIERS}"
)
_TOPIC_BEFORE = re.compile(r"(?:^|[。．！？\n])\s*(?:[(（]?[0-9０-９]{1,2}[)）.．]?\s*)?$")
_TOPIC_AFTER = re.compile(r"(?:に|で)?は[、，,]")
_NO_CONTEXT = re.compile(r"^(?:末|初旬|上旬|中旬|下旬)?(?:以来|以降|まで|までに|の期限|以前|に始まった|から始まった|に始まる|から続く|の?末まで)")


@dataclass(frozen=True)
class DocDate:
    """The document's own date, what deictic words count from, and where it came from.

    `source` is `manifest` (reports_on_year/published), `dateline` (a date alone on a line
    at the top of the text) or `none`.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: str = "none"

    def iso(self) -> str | None:
        return None if self.year is None else _iso(Part(self.year, self.month, self.day))

    def record(self) -> dict:
        """What the run reports: where the date came from, the date and its year."""
        return {"source": self.source, "date": self.iso(), "year": self.year}


@dataclass
class DateContext:
    default_year: int | None = None  # the document's own year
    default_month: int | None = None  # the document's own month and day, when known
    default_day: int | None = None
    year: int | None = None  # the previous date, for 同年/前年/翌年/同月/同日
    month: int | None = None
    day: int | None = None
    last_day: tuple[int | None, int | None, int] | None = None  # the last date naming a day, for 同日/前日/翌日
    sentence_year: int | None = None  # a year written earlier in the current sentence
    paragraph_year: int | None = None  # the topic year of the current paragraph (2023年には、)
    in_paragraph: bool = False  # whether the previous date is in the current paragraph
    era: str | None = None  # the era of the last year written with one (平成30年), for 30年度 after it

    @classmethod
    def of(cls, own: DocDate) -> "DateContext":
        return cls(default_year=own.year, default_month=own.month, default_day=own.day)

    @property
    def current_year(self) -> int | None:
        return self.year if self.year is not None else self.default_year

    @property
    def missing_year(self) -> int | None:
        """The year of a date written without one."""
        for year in (self.sentence_year, self.paragraph_year, self.default_year, self.year):
            if year is not None:
                return year
        return None

    def new_sentence(self) -> None:
        self.sentence_year = None

    def new_paragraph(self) -> None:
        self.new_sentence()
        self.in_paragraph = False
        self.paragraph_year = None


@dataclass
class Part:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    explicit_year: bool = False  # a year the text refers to (written, or a word such as 昨年)
    relative: bool = False  # counted from a base date: what is unknown stays unknown
    unit: str = "year"  # the unit written, shown as X when unknown (今月 → 2019-XX)


def _int(s: str) -> int:
    return int(parse_number(s))


# A two-digit year names the year with those last digits that is at most this many years
# after the context's year, not a later one: in a 2026 text 26年 and 50年 are 2026 and 2050,
# 74年 is 1974; in a Bluebook of 1975, 74年 is 1974. Without any year in the context, 2000
# stands in (00年–29年 → 2000–2029, 30年–99年 → 1930–1999).
_TWO_DIGIT_YEAR_AHEAD = 30


def _full_year(y: int, ctx: DateContext) -> int:
    """A year written with two digits or fewer. After a year written with an era, official
    texts leave the era out (平成30年2月…30年度は): the era's year, if it is not after the year
    of the context and the next (in a 令和7年 text, 24年 is 2024, not 令和24年)."""
    if y >= 100:
        return y
    if ctx.era is not None and ctx.current_year is not None and ERAS[ctx.era] + y <= ctx.current_year + 1:
        return ERAS[ctx.era] + y
    limit = (ctx.current_year or 2000) + _TWO_DIGIT_YEAR_AHEAD
    year = limit // 100 * 100 + y
    return year if year < limit else year - 100


def _shift(base: tuple[int | None, int | None, int | None], unit: str, offset: int) -> Part:
    """The `unit` containing `base` moved by `offset` units; None where the base is unknown."""
    year, month, day = base
    if unit == "year":
        return Part(year=None if year is None else year + offset, relative=True)
    if unit == "month":
        if year is None or month is None:
            return Part(year=year if offset == 0 else None, relative=True, unit=unit)
        y, m = divmod(year * 12 + month - 1 + offset, 12)
        return Part(year=y, month=m + 1, relative=True, unit=unit)
    if None in base:
        known = Part(year=year, month=month, relative=True, unit=unit)
        return known if offset == 0 else Part(relative=True, unit=unit)
    d = dt.date(year, month, day) + dt.timedelta(days=offset)
    return Part(d.year, d.month, d.day, relative=True, unit=unit)


def _relative(word: str, ctx: DateContext) -> Part:
    if word in DEICTIC:
        unit, offset = DEICTIC[word]
        return _shift((ctx.default_year, ctx.default_month, ctx.default_day), unit, offset)
    unit, offset = ANAPHORIC[word]
    if unit == "day" and ctx.last_day is not None:  # 同日: the last day named, not a later month or year
        return _shift(ctx.last_day, unit, offset)
    if ctx.year is None:  # nothing to refer back to: the document's own date
        return _shift((ctx.default_year, ctx.default_month, ctx.default_day), unit, offset)
    return _shift((ctx.year, ctx.month, ctx.day), unit, offset)


def parse_part(text: str, ctx: DateContext, bare_number_unit: str = "year") -> Part:
    """One side of a date: era, relative word or year, then month and day, each optional.

    A bare number (the 24 of 8月24~26日, the years of 2026-2027) takes `bare_number_unit`.
    """
    bare = re.fullmatch(rf"({_NUM}){_QUALIFIERS}", text)
    if bare:
        part = Part()
        value = _int(bare.group(1))
        if bare_number_unit == "year":
            part.year, part.explicit_year = _full_year(value, ctx), True
        else:
            setattr(part, bare_number_unit, value)
        return _checked(part, text)
    m = _PART.fullmatch(text)
    if not m or not text:
        raise ValueError(f"not a date: {text!r}")
    relative = m["rel_year"] or m["rel_month"] or m["rel_day"] or m["day_of"]
    part = _relative(relative, ctx) if relative else Part()
    part.explicit_year = part.year is not None
    if m["era"]:
        part.year = ERAS[m["era"]] + (1 if m["era_year"] == "元" else _int(m["era_year"]))
        part.explicit_year = True
        ctx.era = m["era"]
    elif m["year"]:
        part.year = _full_year(_int(m["year"]), ctx)
        part.explicit_year = True
    if m["month"]:
        part.month = _int(m["month"])
    if m["day"]:
        part.day = _int(m["day"])
    return _checked(part, text)


def _checked(part: Part, text: str) -> Part:
    """A month outside 1–12 or a day outside its month is not a date."""
    if part.month is not None and not 1 <= part.month <= 12 or part.day is not None and not 1 <= part.day <= 31:
        raise ValueError(f"not a date: {text!r}")
    if None not in (part.year, part.month, part.day):
        try:
            dt.date(part.year, part.month, part.day)
        except ValueError as exc:
            raise ValueError(f"not a date: {text!r} ({exc})") from exc
    return part


def _iso(p: Part) -> str:
    out = f"{p.year:04d}" if p.year is not None else "XXXX"
    if p.month is not None or p.day is not None or p.unit != "year":
        out += f"-{p.month:02d}" if p.month is not None else "-XX"
    if p.day is not None or p.unit == "day":
        out += f"-{p.day:02d}" if p.day is not None else "-XX"
    return out


# Dates written with digits only (2024/05/17, 2024-05-17, 2019.4.1; R6.4.1; 5/17 before a
# weekday), read as the same date written with 年月日.
_DIGIT_DATE = re.compile(r"(?P<y>\d{4})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})$")
_ERA_INITIAL_DATE = re.compile(r"(?P<era>[RHS])(?P<y>\d{1,2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})")
ERA_INITIALS = {"R": "令和", "H": "平成", "S": "昭和"}


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH_DATE = re.compile(r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)? )?(?P<month>[A-Z][a-z]+)\.?(?: (?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d))?,? ?(?P<y>\d{4})?")


def _english_written_out(m: re.Match) -> str:
    month = _MONTHS.index(m["month"][:3].lower()) + 1 if m["month"][:3].lower() in _MONTHS else None
    if month is None:
        return m.group()
    day = m["d1"] or m["d2"]
    return (f"{m['y']}年" if m["y"] else "") + f"{month}月" + (f"{day}日" if day else "")


def _written_out(s: str) -> str:
    if re.match(r"(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]{2}", s):
        return _ENGLISH_DATE.sub(_english_written_out, s, count=1)
    s = _ERA_INITIAL_DATE.sub(lambda m: f"{ERA_INITIALS[m['era']]}{m['y']}年{m['m']}月{m['d']}日", s)
    return _DIGIT_DATE.sub(lambda m: f"{m['y']}年{m['m']}月{m['d']}日" if m["y"] else f"{m['m2']}月{m['d2']}日", s)


def normalize_date(text: str, ctx: DateContext, after: str = "", before: str = "") -> dict:
    """The ISO value of a DATE span; `before`/`after` are the raw text around it."""
    s = _written_out(unicodedata.normalize("NFKC", text).strip())
    m = _RANGE.fullmatch(s)
    if m:
        right_text = m.group(2)
        first_unit = _first_unit(right_text)
        left_text = m.group(1)
        if first_unit == "month" and re.search(r"年\d+$", left_text):
            left_text += "月"  # 2024年3~5月: the month's 月 is written once
        left = parse_part(left_text, ctx, bare_number_unit=first_unit)
        right = parse_part(right_text, ctx, bare_number_unit=first_unit)
        _fill_left(left, ctx)
        if right.year is None:
            right.year = left.year
            if right.month is None and right.day is not None:
                right.month = left.month
        parts = [left, right]
    else:
        left = parse_part(s, ctx)
        _fill_left(left, ctx)
        parts = [left]
    _update_context(parts, ctx, after, topic=bool(_TOPIC_BEFORE.search(before) and _TOPIC_AFTER.match(after)))
    return {"value": "/".join(_iso(p) for p in parts)}


def _first_unit(text: str) -> str:
    """The unit of a range's second part decides what a bare number before it is (24~26日)."""
    m = re.match(rf"(?:{'|'.join(ERAS)})?(?:元|{_NUM})(年|月|日)?", text)
    return {"年": "year", "月": "month", "日": "day"}.get(m.group(1) if m else "", "year")


_LEAP_YEAR = 2000  # a month's most days when the year is unknown


def _fill_left(part: Part, ctx: DateContext) -> None:
    if part.relative:
        return
    if part.month is None and part.day is not None:
        near = ctx.in_paragraph and ctx.month is not None
        own = (ctx.default_year, ctx.default_month)
        part.year, part.month = own if own[1] is not None and not near else (ctx.year, ctx.month)
        if part.month is not None and part.day > calendar.monthrange(part.year or _LEAP_YEAR, part.month)[1]:
            part.month = None  # the 31日 after a date in February: another month, unknown
    if part.year is None:
        part.year = ctx.missing_year


def _update_context(parts: list[Part], ctx: DateContext, after: str, topic: bool) -> None:
    """Remember the date for what follows; a year opening a sentence as its topic holds for the paragraph."""
    if _NO_CONTEXT.match(after):
        return
    last = parts[-1]
    ctx.year, ctx.month, ctx.day = last.year, last.month, last.day
    if last.day is not None:
        ctx.last_day = (last.year, last.month, last.day)
    ctx.in_paragraph = True
    if any(p.explicit_year for p in parts):
        ctx.sentence_year = last.year
        if topic and len(parts) == 1:
            ctx.paragraph_year = last.year
