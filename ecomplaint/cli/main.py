"""Entry point: `ecomplaint` opens the window; `ecomplaint COMMAND` runs one service."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from ecomplaint import settings
from ecomplaint.domain.visible import visible
from ecomplaint.i18n import Lang, UserError, detect_language, set_language, t
from ecomplaint.io_errors import as_user_error

# Each module adds its subcommands with register(subparsers); add new ones here. They are
# imported only when a command is given: the window must not wait for the store layer.
COMMAND_MODULES = (
    "cmd_cases",
    "cmd_store",
    "cmd_due",
    "cmd_log",
    "cmd_record",
    "cmd_evidence",
    "cmd_handoff",
    "cmd_backup",
    "cmd_export",
    "cmd_import_records",
    "cmd_timestamp",
    "cmd_letter",
    "cmd_ocr",
    "cmd_redact_image",
    "cmd_screenshot_entries",
)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--evidence-dir",
        metavar="DIR",
        help="team mode: the shared evidence folder (default: the shared_evidence_dir setting)",
    )
    parser.add_argument("--lang", choices=["zh", "en"], help="language of messages")
    parser.add_argument(
        "--new-store",
        action="store_true",
        help="start a new, empty store although the data folder holds evidence or backups "
        "(without it, a missing or empty database there is an error)",
    )


# Options naming files or folders: kept as Python decoded them (surrogateescape), so the
# very bytes reach the file system. Every other text option is decoded by _decode_text_args.
PATH_OPTIONS = frozenset({"data_dir", "evidence_dir", "output", "file", "files", "ics"})


def _decode_text_args(args: argparse.Namespace) -> None:
    """Text typed in a terminal that is not UTF-8 (GBK): decoded as the services would
    (UTF-8, then GB18030) before a search or a lookup sees it; else a clear message."""
    from ecomplaint.domain.validation import from_terminal
    from ecomplaint.domain.visible import visible

    for name, value in vars(args).items():
        if name in PATH_OPTIONS or not isinstance(value, str):
            continue
        try:
            setattr(args, name, from_terminal(value, "summary"))
        except UserError:
            option = name if name == "case" else "--" + name.replace("_", "-")
            raise UserError("cli.bad_bytes", option=option, value=visible(value)) from None


def build_parser() -> argparse.ArgumentParser:
    from ecomplaint import __version__

    parser = argparse.ArgumentParser(
        prog="ecomplaint",
        description="Keep the record of an e-commerce dispute. 记录电商纠纷，整理投诉材料。",
    )
    parser.add_argument("--version", action="version", version=f"eComplaint {__version__}")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"ecomplaint.cli.{name}").register(sub)
    return parser


def _run_window(argv: list[str]) -> int | None:
    """With no command, open the window without importing the command modules."""
    quick = argparse.ArgumentParser(add_help=False)
    _add_global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None  # let the full parser report the error
    if rest:
        return None
    if args.lang:
        set_language(args.lang)
    try:
        from ecomplaint.ui.app import run_app  # Qt is imported only for the window
    except ImportError as exc:
        print(t("cli.no_qt", detail=str(exc)), file=sys.stderr)
        return 2
    return run_app(
        data_dir=args.data_dir,
        lang=args.lang,
        database_url=args.database,
        evidence_dir=args.evidence_dir,
        new_store=args.new_store,
    )


def _preferred_language() -> Lang:
    """--lang, else the language chosen in the window's Preferences, else the system's."""
    try:
        chosen = settings.get("language")
    except (OSError, ValueError):
        chosen = ""  # an unreadable settings file must not stop the CLI
    return chosen if chosen in ("zh", "en") else detect_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _run_window(argv)
    if window is not None:
        return window
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang or _preferred_language())
    if args.command is None:
        parser.print_help()
        return 2
    try:
        _decode_text_args(args)
        if getattr(args, "store_free", None) is not None:  # e.g. restore: the store may be broken
            return int(args.store_free(args))
        from ecomplaint.store.engine import open_store

        store = open_store(
            args.data_dir,
            database_url=settings.database_url(args.database),
            evidence_dir=args.evidence_dir,
            new_store=args.new_store,
        )
        try:
            return int(args.func(store, args))
        finally:
            store.close()
    except UserError as exc:
        print(visible(exc.message(), multiline=True), file=sys.stderr)  # quotes user input
        return 2
    except BrokenPipeError:  # `ecomplaint cases | head`
        return 0
    except (OSError, sqlite3.Error) as exc:
        # A full disk or a permission met where no operation said it in its own words:
        # still a sentence, not a traceback (each operation removed what it half-wrote).
        translated = as_user_error(exc, getattr(exc, "filename", None) or "?")
        if translated is None:
            raise
        print(translated.message(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
