"""The `onrecord` command: run, once, detect, check-config, status."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from worker.config import ConfigError, load_config


def _load(path: str):  # type: ignore[no-untyped-def]
    try:
        return load_config(path)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(2) from None


def cmd_check_config(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.file)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{args.file}: ok ({len(config.feeds)} feeds, {len(config.actors)} actors, "
          f"{len(config.channels)} channels, {len(config.routes)} routes)")
    return 0


def cmd_once(args: argparse.Namespace) -> int:
    from worker.logs import configure_logging
    from worker.once import run_once
    from worker.runtime import open_runtime

    configure_logging(args.log_level)
    rt = open_runtime(_load(args.config))
    try:
        summary = run_once(rt)
    finally:
        rt.close()
    print(f"polled {summary.feeds} feeds ({summary.feeds_failed} failed), processed "
          f"{summary.entries} entries, sent {summary.sent} alerts, {summary.undelivered} undelivered")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from worker.daemon import run_daemon
    from worker.logs import configure_logging

    configure_logging(args.log_level, json=args.json_logs)
    return run_daemon(_load(args.config), concurrency=args.concurrency, path=args.config,
                      log_level=args.log_level)


def cmd_detect(args: argparse.Namespace) -> int:
    from worker.detect_cli import detect_paths

    return detect_paths(_load(args.config), args.paths, as_json=args.json, explain=args.explain)


def cmd_status(args: argparse.Namespace) -> int:
    from worker.status import print_status

    return print_status(_load(args.config), limit=args.limit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="onrecord", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="the daemon: scheduler and workers in one command")
    run.add_argument("--config", required=True)
    run.add_argument("--concurrency", type=int, default=4)
    run.add_argument("--json-logs", action="store_true")
    once = sub.add_parser("once", help="poll every feed once, process and deliver, then exit")
    once.add_argument("--config", required=True)
    for p in (run, once):
        p.add_argument("--log-level", default="INFO")
    detect = sub.add_parser("detect", help="print the statements found in pages or texts")
    detect.add_argument("--config", required=True)
    detect.add_argument("--json", action="store_true", help="one JSON object a line")
    detect.add_argument("--explain", action="store_true", help="show the rule and cues behind each")
    detect.add_argument("paths", nargs="+", metavar="PATH|URL")
    check = sub.add_parser("check-config", help="validate a config file (exit 0, or 2 with problems)")
    check.add_argument("file")
    status = sub.add_parser("status", help="feeds and their health, recent statements and deliveries")
    status.add_argument("--config", required=True)
    status.add_argument("--limit", type=int, default=10)
    return parser


COMMANDS = {"run": cmd_run, "once": cmd_once, "detect": cmd_detect,
            "check-config": cmd_check_config, "status": cmd_status}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
