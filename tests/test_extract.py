"""Document-level steps: offsets through cleaning, propagation of names, titles, norms."""
from pipeline.documents import Document
from pipeline.extract import process_document


def run(text, year=2024):
    doc = Document("t", text, "", meta={"reports_on_year": str(year)})
    return [(m.text, m.label, m.norm) for m in process_document(doc)]


def test_names_found_once_are_found_again(nlp):
    found = run("ルラ大統領は演説した。その後、ルラは記者と話した。")
    assert [t for t, label, _ in found if label == "PERSON"] == ["ルラ", "ルラ"]
    assert [n["title"] for t, label, n in found if label == "PERSON"] == ["大統領", None]


def test_route_places_and_their_other_mentions(nlp):
    found = run("アルマティーナルイン道路を改修した。ナルインの市街地では渋滞が減った。")
    assert [t for t, label, _ in found if label == "LOCATION"] == ["アルマティ", "ナルイン", "ナルイン"]


def test_abbreviation_defined_after_an_organization(nlp):
    found = run("ペルー開発銀行（PDB）が融資した。PDBは声明を出した。")
    orgs = [(t, n["name"]) for t, label, n in found if label == "ORGANIZATION"]
    assert orgs == [("ペルー開発銀行", "ペルー開発銀行"), ("PDB", "PDB"), ("PDB", "PDB")]


def test_markup_inside_a_name_stays_in_the_span_and_out_of_the_norm(nlp):
    text = "ハト<sup>x</sup>ロン州と<sup>よみ</sup>チリ<sup>(1)</sup>の協力"
    found = run(text)
    assert ("ハト<sup>x</sup>ロン州", "LOCATION", {"name": "ハトロン州", "iso": None, "kind": "subnational"}) in found
    assert ("チリ", "LOCATION", {"name": "チリ", "iso": "CL", "kind": "country"}) in found


def test_dates_resolve_with_the_document_year(nlp):
    found = run("3月に会談した。2019年5月には署名し、同年8月に発効した。", year=2024)
    assert [n["value"] for _, label, n in found if label == "DATE"] == ["2024-03", "2019-05", "2019-08"]


def test_the_trained_model_finds_names_no_rule_knows(nlp):
    found = run("ポルトガル出身の作曲家ジョアン・ペドロ・ソウザは、リスボンで初演した。")
    assert ("ジョアン・ペドロ・ソウザ", "PERSON") in [(t, label) for t, label, _ in found]


def test_a_press_release_of_our_own(nlp):
    """The error classes of unseen press releases, in one text written for this test."""
    text = ("令和元年5月17日\n\n日・ウズベキスタン外相会談\n\n"
            "5月16日、来日中のカミーロフ・ウズベキスタン共和国外務大臣（H.E. Mr. Abdulaziz KAMILOV, Minister of "
            "Foreign Affairs of the Republic of Uzbekistan）と河野太郎外務大臣が会談した。本年2月の電話会談に言及した。"
            "羽鳥隆駐ウズベキスタン共和国日本国特命全権大使が同席した。林外務副大臣は、同日、レセプションに出席した。\n"
            "（参考）日程\n5月 | 15日 | 羽田着\n")
    found = {(m.text, m.label): m.norm for m in process_document(Document("p", text, "", meta={}))}
    assert found[("Abdulaziz KAMILOV", "PERSON")]["name"] == "カミーロフ"
    assert found[("Republic of Uzbekistan", "LOCATION")]["iso"] == "UZ"
    assert found[("羽鳥隆", "PERSON")]["title"] == "特命全権大使"
    assert found[("林", "PERSON")]["title"] == "外務副大臣"
    assert found[("本年2月", "DATE")]["value"] == "2019-02"  # from the dateline
    assert found[("同日", "DATE")]["value"] == "2019-05-16"
    assert found[("15日", "DATE")]["value"] == "2019-05-15"  # a schedule's day, from the month above
    assert ("羽田", "LOCATION") in found
    assert ("日", "LOCATION") in found and ("中", "LOCATION") not in found  # 日・ウズベキスタン, not 来日中
