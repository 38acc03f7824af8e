import pytest

from pipeline import resources
from pipeline.resources import build_location_index, parse_table


def test_iso_codes_are_unique_alpha2():
    index = resources.location_index()
    countries = {e.name: e.iso for e in index.values() if e.kind == "country"}
    codes = list(countries.values())
    assert len(codes) == len(set(codes)) > 190
    assert all(len(c) == 2 and c.isupper() for c in codes)


@pytest.mark.parametrize(
    "surface, name, iso, kind",
    [
        ("ロシア連邦", "ロシア", "RU", "country"), ("ソビエト連邦", "ソ連", "SU", "country"),
        ("Kazakhstan", "カザフスタン", "KZ", "country"), ("キルギス共和国", "キルギス", "KG", "country"),
        ("UAE", "アラブ首長国連邦", "AE", "country"), ("Caucasus", "コーカサス", None, "region"),
        ("ハトロン州", "ハトロン州", None, "subnational"), ("択捉島", "択捉島", None, "feature"),
        ("欧米", "欧米", None, "region"), ("南オセチア", "南オセチア", None, "subnational"),
    ],
)
def test_entries(surface, name, iso, kind):
    e = resources.location_index()[surface]
    assert (e.name, e.iso, e.kind) == (name, iso, kind)


@pytest.mark.parametrize("abbr, name", [("日", "日本"), ("露", "ロシア"), ("朝", "北朝鮮"), ("ソ", "ソ連"), ("米", "米国")])
def test_abbreviations(abbr, name):
    assert resources.abbreviation_index()[abbr].name == name


@pytest.mark.parametrize("word", ["日本人", "日本語", "国際社会", "西側", "グローバル・サウス"])
def test_non_places_are_absent(word):
    assert word not in resources.location_index()


def test_every_currency_is_iso_4217_shaped():
    assert all(len(code) == 3 and code.isupper() for code in resources.currencies().values())
    assert resources.currencies()["円"] == "JPY"


def test_malformed_table_names_the_line():
    with pytest.raises(ValueError, match="x.tsv:3"):
        parse_table("a\tb\n1\t2\n1\t2\t3\n", "x.tsv", ("a", "b"))


def test_ambiguous_surface_form_is_refused():
    countries = "name\tiso\tabbr\taliases\nA国\tAA\t\tX\nB国\tBB\t\tX\n"
    with pytest.raises(ValueError, match="countries.tsv:3"):
        build_location_index(countries, "name\tkind\taliases\n")


def test_generated_places_split_into_strong_and_weak():
    table = "name\tkind\taliases\nほげ市\tcity\tほげ\nふが\tcity\tフガ\n"
    strong, weak = resources.split_generated({"g.tsv": table}, {"チリ": None})
    assert set(strong) == {"ほげ市"}  # the official name with its administrative word
    assert set(weak) == {"ほげ", "ふが", "フガ"}  # bare names may be words or surnames
    assert weak["ほげ"].name == "ほげ市"


def test_generated_places_never_shadow_the_hand_made_tables():
    strong, weak = resources.split_generated({"g.tsv": "name\tkind\taliases\nチリ市\tcity\tチリ\n"},
                                             resources.location_index())
    assert "チリ" not in weak and resources.location_index()["チリ"].iso == "CL"


@pytest.mark.parametrize(
    "surface, name, kind",
    [("川越市", "川越市", "city"), ("青森県", "青森県", "subnational"), ("ニセコ町", "ニセコ町", "city"),
     ("千代田区", "千代田区", "city")],
)
def test_japanese_municipalities_are_known(surface, name, kind):
    e = resources.location_index()[surface]
    assert (e.name, e.iso, e.kind) == (name, None, kind)


@pytest.mark.parametrize("surface, name", [("石巻", "石巻市"), ("夕張", "夕張市")])
def test_bare_municipality_names_are_weak(surface, name):
    assert surface not in resources.location_index()
    assert resources.weak_location_index()[surface].name == name


@pytest.mark.parametrize("name, kind", [("ほげ州", "subnational"), ("ほげ島", "feature"), ("ほげ", "city"), ("州", "city")])
def test_kind_of_an_unlisted_place(name, kind):
    from pipeline.normalize.location import kind_of

    assert kind_of(name) == kind
