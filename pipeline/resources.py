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
        if row["abbr"]:
            abbreviations[row["abbr"]] = entry
    for line_no, row in parse_table(places_text, "places.tsv", ("name", "kind", "aliases")):
        source = f"places.tsv:{line_no}"
        if row["kind"] not in ("region", "city", "subnational", "feature"):
            raise ValueError(f"{source}: unknown kind {row['kind']!r}")
        entry = LocationEntry(row["name"], None, row["kind"])
        for surface in (row["name"], *_split(row["aliases"])):
            add(surface, entry, source)
    return index, abbreviations


@lru_cache(maxsize=1)
def _locations() -> tuple[dict[str, LocationEntry], dict[str, LocationEntry]]:
    return build_location_index(_read("countries.tsv"), _read("places.tsv"))


def location_index() -> dict[str, LocationEntry]:
    return _locations()[0]


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


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    return parse_list(_read(name))


def titles() -> tuple[str, ...]:
    return word_list("titles.txt")


def title_heads() -> tuple[str, ...]:
    return word_list("title_heads.txt")


def honorifics() -> tuple[str, ...]:
    return word_list("honorifics.txt")


def place_suffixes() -> tuple[str, ...]:
    return word_list("place_suffixes.txt")
