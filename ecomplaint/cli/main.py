"""Entry point: `ecomplaint` opens the window; `ecomplaint COMMAND` runs one service."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from ecomplaint import __version__, settings
from ecomplaint.cli import cmd_cases, cmd_due, cmd_log, cmd_store
from ecomplaint.i18n import UserError, set_language, t

# Each module adds its subcommands with register(subparsers); add new ones here.
COMMAND_MODULES: list[ModuleType] = [cmd_cases, cmd_store, cmd_due, cmd_log]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecomplaint",
        description="Keep the record of an e-commerce dispute. 记录电商纠纷，整理投诉材料。",
    )
    parser.add_argument("--version", action="version", version=f"eComplaint {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the store lives (default: $ECOMPLAINT_DATA_DIR, then the user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="team mode: a shared PostgreSQL database, postgresql://user@host/db "
        "(default: $ECOMPLAINT_DATABASE, then the database_url setting, else SQLite)",
    )
    parser.add_argument("--lang", choices=["zh", "en"], help="language of messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        try:
            from ecomplaint.ui.app import run_app  # Qt is imported only for the window
        except ImportError as exc:
            print(t("cli.no_qt", detail=str(exc)), file=sys.stderr)
            return 2
        return run_app(data_dir=args.data_dir, lang=args.lang, database_url=args.database)
    try:
        from ecomplaint.store.engine import open_store

        store = open_store(args.data_dir, database_url=settings.database_url(args.database))
        try:
            return int(args.func(store, args))
        finally:
            store.close()
    except UserError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `ecomplaint cases | head`
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
