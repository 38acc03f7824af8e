"""Quickstart: the Python API, a pandas query and a DuckDB query on the corpus.

    .venv/bin/python examples/quickstart.py                  # corpus/raw → output/
    .venv/bin/python examples/quickstart.py IN_DIR OUT_DIR   # any folder of .txt files

The folder run reuses OUT_DIR's cache, so after `make extract` it takes seconds.
"""
import sys
from pathlib import Path

import duckdb

import pipeline

ROOT = Path(__file__).resolve().parent.parent
input_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpus" / "raw"
output_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "output"

# 1. One text: a list of Mention (offsets, label, normalized value).
for m in pipeline.extract_text("高市早苗総理大臣は総額3兆円の目標を示した。", published="2025"):
    print(m.label, m.text, m.norm)

# 2. The spaCy pipeline: doc.ents with the six labels, span._.norm with the value.
nlp = pipeline.load()
doc = nlp("日露首脳会談は2025年12月20日に東京で開かれた。")
for ent in doc.ents:
    print(ent.label_, ent.text, ent._.norm)

# 3. A folder: every table as a pandas DataFrame; the files (CSV, Parquet, DuckDB) in output_dir.
tables = pipeline.extract_folder(input_dir, output_dir)
print(tables.run["counts"]["documents"], "documents,", len(tables.mentions), "mentions")

# pandas: the people named most often across the corpus, with their titles.
print(tables.people_all.sort_values("mentions", ascending=False)[["name", "mentions", "titles"]].head(5)
      .to_string(index=False))
# pandas: every amount of money, largest first (amounts are exact decimals).
print(tables.money.sort_values("amount", ascending=False)[["doc", "amount", "currency", "variants"]]
      .to_string(index=False))

# DuckDB: the database beside the Parquet files; people joined to their documents.
with duckdb.connect(str(output_dir / "entities.duckdb"), read_only=True) as con:
    print(con.sql("""
        SELECT d.published, d.title, count(*) AS people, arg_max(p.name, p.mentions) AS most_named
        FROM people p JOIN documents d USING (doc)
        GROUP BY ALL ORDER BY people DESC
    """))
# DuckDB straight on a Parquet file, no database needed.
print(duckdb.sql(f"""
    SELECT label, count(*) AS mentions FROM '{output_dir / "mentions.parquet"}'
    GROUP BY label ORDER BY mentions DESC
"""))
