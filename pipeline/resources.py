"""Resource tables (data files under pipeline/resources/), parsed and validated once.

Gazetteers, titles and units are data, not code: a new country, title or currency is a
line in a file. Loading fails loudly, naming the file and line, when a table is malformed
or a surface form would mean two different places.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

DATA = files("pipeline").joinpath("resources")


@dataclass(frozen=True)
class LocationEntry:
    name: str
    iso: str | None
    kind: str


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...]


def parse_table(text: str, source: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header naming `columns`; `#` lines and blank lines are skipped."""
    rows: list[tuple[int, dict[str, str]]] = []
    header = None
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            if tuple(cells) != columns:
                raise ValueError(f"{source}:{line_no}: header {cells} is not {list(columns)}")
            header = cells
            continue
        if len(cells) != len(columns):
            raise ValueError(f"{source}:{line_no}: {len(cells)} columns, expected {len(columns)}")
        rows.append((line_no, dict(zip(columns, (c.strip() for c in cells)))))
    return rows


def parse_list(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _read(name: str) -> str:
    return DATA.joinpath(name).read_text(encoding="utf-8")


def _split(field: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in field.split("|") if a.strip())


def build_location_index(countries_text: str, places_text: str) -> tuple[dict[str, LocationEntry], dict[str, LocationEntry]]:
    """(surface → entry for every written form, one-character abbreviation → entry)."""
    index: dict[str, LocationEntry] = {}
    where: dict[str, str] = {}
    abbreviations: dict[str, LocationEntry] = {}

    def add(surface: str, entry: LocationEntry, source: str) -> None:
        if surface in index and index[surface] != entry:
            raise ValueError(f"{source}: {surface!r} already means {index[surface].name} ({where[surface]})")
        index[surface] = entry
        where[surface] = source

    for line_no, row in parse_table(countries_text, "countries.tsv", ("name", "iso", "abbr", "aliases")):
        source = f"countries.tsv:{line_no}"
        iso = row["iso"]
        if len(iso) != 2 or not iso.isupper():
            raise ValueError(f"{source}: {iso!r} is not an ISO 3166-1 alpha-2 code")
        entry = LocationEntry(row["name"], iso, "country")
        for surface in (row["name"], *_split(row["aliases"])):
            add(surface, entry, source)
        for surface in _state_forms(_split(row["aliases"])):
            if surface not in index:
                add(surface, entry, source)
        for abbreviation in _split(row["abbr"]):  # 露|ロ: kanji and katakana forms
            abbreviations[abbreviation] = entry
    for line_no, row in parse_table(places_text, "places.tsv", ("name", "kind", "aliases")):
        source = f"places.tsv:{line_no}"
        if row["kind"] not in ("country", "region", "city", "subnational", "feature"):
            raise ValueError(f"{source}: unknown kind {row['kind']!r}")
        entry = LocationEntry(row["name"], None, row["kind"])
        for surface in (row["name"], *_split(row["aliases"])):
            add(surface, entry, source)
    return index, abbreviations


GENERATED_PLACES = ("japan_places.tsv", "world_places.tsv")  # written by scripts/build_places.py


def split_generated(texts: dict[str, str], known: dict[str, LocationEntry]) -> tuple[dict, dict]:
    """Places of the generated tables as (strong, weak) surface → entry indexes.

    A name with its administrative word (川越市, 青森県, ナルイン州) is unambiguous and as
    strong as the hand-made tables; a bare name (石巻, 大島, a katakana city) may be a word
    or a surname, so it is weak: found only where the trained model finds nothing else
    and used to normalize what the model finds. Hand-made entries win over generated ones.
    """
    strong: dict[str, LocationEntry] = {}
    weak: dict[str, LocationEntry] = {}
    for source, text in texts.items():
        for line_no, row in parse_table(text, source, ("name", "kind", "aliases")):
            if row["kind"] not in ("country", "region", "city", "subnational", "feature"):
                raise ValueError(f"{source}:{line_no}: unknown kind {row['kind']!r}")
            entry = LocationEntry(row["name"], None, row["kind"])
            if row["name"] not in known and has_place_suffix(row["name"], ADMINISTRATIVE_KINDS):
                strong.setdefault(row["name"], entry)
            for surface in (row["name"], *_split(row["aliases"])):
                if surface not in known and surface not in strong:
                    weak.setdefault(surface, entry)
    return strong, weak


# English names of a state's form: "the Republic of Uzbekistan" is one place (guidelines).
STATE_FORMS = ("Republic", "Kingdom", "State", "Federation", "Commonwealth", "Principality", "Sultanate", "Emirate",
               "Islamic Republic", "Democratic Republic", "Federal Republic", "People's Republic")


def _state_forms(aliases: tuple[str, ...]) -> list[str]:
    """`<form> of <English name>` for a country's English names (Kyrgyz Republic stays as listed)."""
    english = [a for a in aliases if a.isascii() and " " not in a and a[:1].isupper() and not a.isupper()]
    return [f"{form} of {name}" for name in english for form in STATE_FORMS]


@lru_cache(maxsize=1)
def _locations() -> tuple[dict[str, LocationEntry], dict[str, LocationEntry], dict[str, LocationEntry]]:
    index, abbreviations = build_location_index(_read("countries.tsv"), _read("places.tsv"))
    strong, weak = split_generated({name: _read(name) for name in GENERATED_PLACES}, index)
    return {**strong, **index}, abbreviations, weak


def location_index() -> dict[str, LocationEntry]:
    """Every surface of a known place: the hand-made tables and generated names with their
    administrative word."""
    return _locations()[0]


def weak_location_index() -> dict[str, LocationEntry]:
    """Generated place names without an administrative word (see split_generated)."""
    return _locations()[2]


def abbreviation_index() -> dict[str, LocationEntry]:
    return _locations()[1]


@lru_cache(maxsize=1)
def organizations() -> tuple[Organization, ...]:
    rows = parse_table(_read("organizations.tsv"), "organizations.tsv", ("name", "aliases"))
    return tuple(Organization(row["name"], _split(row["aliases"])) for _, row in rows)


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    rows = parse_table(_read("currencies.tsv"), "currencies.tsv", ("unit", "iso"))
    return {row["unit"]: row["iso"] for _, row in rows}


@lru_cache(maxsize=1)
def place_kinds() -> tuple[tuple[str, str], ...]:
    """(suffix, kind) pairs, longest suffix first, for places the tables do not list."""
    rows = parse_table(_read("place_kinds.tsv"), "place_kinds.tsv", ("suffix", "kind"))
    for line_no, row in rows:
        if row["kind"] not in ("country", "region", "city", "subnational", "feature"):
            raise ValueError(f"place_kinds.tsv:{line_no}: unknown kind {row['kind']!r}")
    return tuple(sorted(((r["suffix"], r["kind"]) for _, r in rows), key=lambda sk: -len(sk[0])))


@lru_cache(maxsize=1)
def abbreviation_readings() -> dict[str, tuple[str, ...]]:
    """One-kanji abbreviation → its readings inside compounds (日 → ニチ, ニッ)."""
    rows = parse_table(_read("abbreviation_readings.tsv"), "abbreviation_readings.tsv", ("abbreviation", "readings"))
    return {row["abbreviation"]: _split(row["readings"]) for _, row in rows}


ADMINISTRATIVE_KINDS = ("city", "subnational")


def has_place_suffix(name: str, kinds: tuple[str, ...] = ("region", "city", "subnational", "feature")) -> bool:
    """Whether a name ends with the word of a kind of place (…市, …州, …島) after a name."""
    return any(name.endswith(suffix) and len(name) > len(suffix) for suffix, kind in place_kinds() if kind in kinds)


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    return parse_list(_read(name))


def titles() -> tuple[str, ...]:
    return word_list("titles.txt")


def title_heads() -> tuple[str, ...]:
    return word_list("title_heads.txt")


def school_heads() -> tuple[str, ...]:
    return word_list("school_heads.txt")


def honorifics() -> tuple[str, ...]:
    return word_list("honorifics.txt")


def english_titles() -> tuple[str, ...]:
    return word_list("english_titles.txt")


def place_suffixes() -> tuple[str, ...]:
    return word_list("place_suffixes.txt")


def count_words() -> tuple[str, ...]:
    return word_list("count_words.txt")


def route_heads() -> tuple[str, ...]:
    return word_list("route_heads.txt")
