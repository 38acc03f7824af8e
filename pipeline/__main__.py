"""Command line: python -m pipeline {extract,eval} …  (`--help` on each subcommand).

Exit codes: 0 success, 1 the run finished but some documents failed (or eval found a
malformed file), 2 bad usage or unusable input.
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def cmd_extract(args: argparse.Namespace) -> int:
    from .documents import DocumentError
    from .run import extract

    try:
        result = extract(args.input, args.output, encoding=args.encoding, engine=args.engine, workers=args.workers,
                         use_cache=not args.no_cache, scheduler=args.scheduler)
    except DocumentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    ok = len(result.mentions)
    print(f"extracted {ok} document(s) into {args.output} ({len(result.processed)} processed, "
          f"{ok - len(result.processed)} from cache)")
    if result.failures:
        print(f"{len(result.failures)} document(s) failed:", file=sys.stderr)
        for path, problem in sorted(result.failures.items()):
            print(f"  {path}: {problem}", file=sys.stderr)
        return EXIT_FAILURES
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, errors, format_errors, format_table, load_folder, load_records, score
    from .documents import list_documents, read_document
    from .tables import write_json

    raw = {p.stem: read_document(p).text for p in list_documents(args.raw)}
    try:
        gold = load_folder(args.gold, raw)
        pred = load_records(args.pred, raw)
    except (GoldError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    result = score(gold, pred)
    errs = errors(gold, pred, raw)
    print(format_table(result))
    print(format_errors(errs, per_class=args.examples))
    write_json({**result, "errors": errs}, args.output)
    print(f"\nwritten {args.output}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log each document")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities from a folder of .txt documents")
    p.add_argument("--input", type=Path, default=Path("corpus/raw"), help="folder of .txt files (default corpus/raw)")
    p.add_argument("--output", type=Path, default=Path("output"), help="output folder (default output)")
    p.add_argument("--encoding", default=None, help="force an input encoding (default: detect utf-8/cp932/euc-jp)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default 2: this machine's cores)")
    p.add_argument("--scheduler", default=None, help="with --engine dask: a scheduler address (default: a LocalCluster)")
    p.add_argument("--no-cache", action="store_true", help="process every document again")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score output/mentions.jsonl against the gold set")
    p.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="gold folder (default corpus/gold)")
    p.add_argument("--pred", type=Path, default=Path("output/mentions.jsonl"), help="predicted mentions")
    p.add_argument("--raw", type=Path, default=Path("corpus/raw"), help="raw documents the offsets refer to")
    p.add_argument("--output", type=Path, default=Path("output/eval.json"), help="where to write the figures")
    p.add_argument("--examples", type=int, default=8, help="examples shown per error class")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `… | head` ends quietly
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
