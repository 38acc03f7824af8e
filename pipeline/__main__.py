"""Command line: python -m pipeline {extract,eval,eval-general,report,export,import-gold,bench} …  (`--help` on each).

Exit codes: 0 success, 1 the run finished but some documents failed (or eval found a
malformed file), 2 bad usage or unusable input.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a process stopped by Ctrl-C


def cmd_extract(args: argparse.Namespace) -> int:
    from . import extract_folder
    from .documents import DocumentError

    try:
        run = extract_folder(args.input, args.output, encoding=args.encoding, engine=args.engine, workers=args.workers,
                             use_cache=not args.no_cache, scheduler=args.scheduler, recursive=args.recursive).run
    except DocumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for warning in run["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    counts = run["counts"]
    print(f"extracted {counts['documents']} document(s) into {args.output} ({counts['processed']} processed, "
          f"{counts['from_cache']} from cache)")
    if run["failures"]:
        print(f"{len(run['failures'])} document(s) failed:", file=sys.stderr)
        for path, problem in sorted(run["failures"].items()):
            print(f"  {path}: {problem}", file=sys.stderr)
        return EXIT_FAILURES
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """Scores the documents of --raw that have gold; predictions for other documents are not scored."""
    from .documents import read_texts
    from .evaluate import GoldError, errors, format_errors, format_table, gold_files, load_folder, load_records, score
    from .tables import write_json

    try:
        raw = read_texts(args.raw, set(gold_files(args.gold)))
        if not raw:
            raise GoldError(f"{args.gold}: no gold file for any document of {args.raw}")
        gold = load_folder(args.gold, raw)
        pred = load_records(args.pred, raw)
    except (GoldError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    gold = [r for r in gold if r.doc in raw]
    pred = [r for r in pred if r.doc in raw]
    result = score(gold, pred)
    errs = errors(gold, pred, raw)
    print(f"{len(raw)} document(s) of {args.raw} with gold in {args.gold}")
    print(format_table(result))
    print(format_errors(errs, per_class=args.examples))
    write_json({**result, "errors": errs}, args.output)
    print(f"\nwritten {args.output}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench, format_figures
    from .tables import write_json

    figures = bench(args.input, workers=args.workers)
    print(format_figures(figures))
    write_json(figures, args.output)
    print(f"\nwritten {args.output}")
    return EXIT_OK


def cmd_eval_general(args: argparse.Namespace) -> int:
    from .general import evaluate_general, format_general
    from .tables import write_json

    if not (args.extdata / "gsd" / "dev_docs").is_dir():
        print(f"error: {args.extdata}: no gsd/dev_docs folder (the shared general-domain data)", file=sys.stderr)
        return EXIT_USAGE
    result = evaluate_general(args.extdata, with_reference=not args.no_reference)
    print(format_general(result))
    write_json(result, args.output)
    print(f"\nwritten {args.output}")
    return EXIT_OK


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cmd_report(args: argparse.Namespace) -> int:
    from .documents import read_texts
    from .evaluate import gold_files
    from .report import write_report

    mentions = _jsonl(args.pred)
    gold = {d: _jsonl(p) for d, p in gold_files(args.gold).items()}
    raw = read_texts(args.raw, {m["doc"] for m in mentions} | set(gold))
    pages = write_report(mentions, raw, {d: g for d, g in gold.items() if d in raw}, args.output)
    print(f"written {len(pages)} page(s) for the documents of {args.raw}; open {pages[0]}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .documents import read_texts, scan_folder
    from .interchange import LABEL_STUDIO_CONFIG, export_brat, export_label_studio

    mentions = _jsonl(args.pred)
    # By default the documents with mentions and those of the folder itself (as extract
    # reads it without --recursive), found or not.
    ids = set(args.docs) if args.docs else {m["doc"] for m in mentions} | set(scan_folder(args.raw).documents)
    raw = read_texts(args.raw, ids)
    if args.format == "brat":
        written = export_brat(mentions, raw, args.output)
    else:
        written = [export_label_studio(mentions, raw, args.output / "tasks.json")]
        (args.output / "label_config.xml").write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    print(f"written {len(written)} file(s) to {args.output}")
    return EXIT_OK


def cmd_import_gold(args: argparse.Namespace) -> int:
    from .documents import read_texts
    from .interchange import AnnotationError, import_brat, import_label_studio, write_gold

    raw = read_texts(args.raw)
    try:
        imported = import_brat(args.input, raw) if args.format == "brat" else import_label_studio(args.input, raw)
        for warning in imported.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        written = write_gold(imported, args.gold, force=args.force)
    except (AnnotationError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    for path in written:
        print(f"written {path}")
    return EXIT_OK


def _encoding(name: str) -> str:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None
    return name


def _mention_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pred", type=Path, default=Path("output/mentions.jsonl"), help="mentions (gold format JSONL)")
    p.add_argument("--raw", type=Path, default=Path("corpus/raw"), help="raw documents the offsets refer to")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log each document")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities from a folder of .txt documents")
    p.add_argument("--input", type=Path, default=Path("corpus/raw"), help="folder of .txt files (default corpus/raw)")
    p.add_argument("--output", type=Path, default=Path("output"), help="output folder (default output)")
    p.add_argument("--encoding", type=_encoding, default=None,
                   help="force an input encoding (default: a UTF-16 BOM, else detect utf-8/cp932/euc-jp)")
    p.add_argument("--recursive", action="store_true",
                   help="also read subfolders; a document's id is then its relative path (sub/a for sub/a.txt)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default 2: this machine's cores)")
    p.add_argument("--scheduler", default=None, help="with --engine dask: a scheduler address (default: a LocalCluster)")
    p.add_argument("--no-cache", action="store_true", help="process every document again")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score output/mentions.jsonl against the gold set")
    p.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="gold folder (default corpus/gold)")
    _mention_inputs(p)
    p.add_argument("--output", type=Path, default=Path("output/eval.json"), help="where to write the figures")
    p.add_argument("--examples", type=int, default=8, help="examples shown per error class")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("eval-general", help="score general-domain text (GSD dev, held-out Wikipedia) next to ja_ginza")
    p.add_argument("--extdata", type=Path, default=Path("../shared/extdata"), help="the shared NER corpora")
    p.add_argument("--output", type=Path, default=Path("output/eval_general.json"), help="where to write the figures")
    p.add_argument("--no-reference", action="store_true", help="skip bare ja_ginza (faster)")
    p.set_defaults(func=cmd_eval_general)

    p = sub.add_parser("report", help="HTML pages: highlighted mentions, tables, diff against gold")
    _mention_inputs(p)
    p.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="gold folder for the diff view")
    p.add_argument("--output", type=Path, default=Path("output/report"), help="report folder")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("export", help="mentions as Label Studio pre-annotations or brat standoff")
    p.add_argument("--format", choices=["label-studio", "brat"], required=True)
    _mention_inputs(p)
    p.add_argument("--docs", nargs="*", default=None, help="only these doc ids")
    p.add_argument("--output", type=Path, default=Path("output/export"), help="folder to write into")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-gold", help="corrected brat / Label Studio annotations → corpus/gold/*.jsonl")
    p.add_argument("--format", choices=["label-studio", "brat"], required=True)
    p.add_argument("--input", type=Path, required=True, help="brat folder (.ann/.txt) or Label Studio JSON file")
    p.add_argument("--raw", type=Path, default=Path("corpus/raw"), help="raw documents the offsets refer to")
    p.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="gold folder to write into")
    p.add_argument("--force", action="store_true", help="replace existing gold files")
    p.set_defaults(func=cmd_import_gold)

    p = sub.add_parser("bench", help="throughput and peak memory against bare ja_ginza (takes minutes)")
    p.add_argument("--input", type=Path, default=Path("corpus/raw"), help="corpus to measure on (default corpus/raw)")
    p.add_argument("--workers", type=int, default=2, help="worker processes for the pipeline runs")
    p.add_argument("--output", type=Path, default=Path("output/bench.json"), help="where to write the figures")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `… | head` ends quietly
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print(f"interrupted: {args.command} stopped" + (
            f"; {args.output} is as it was (documents finished so far are cached: the next run goes on from there)"
            if args.command == "extract" else ""), file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
