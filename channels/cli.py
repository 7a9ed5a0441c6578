"""The `atelier` command. Heavy libraries are imported inside each command so `--help` is instant."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys


def _context():
    from tools.context import Context

    return Context.open()


def cmd_state(args: argparse.Namespace) -> int:
    from tools.display import one_line, to_json
    from tools.state import export_state

    from tools.workspaces import find_workspace

    ctx = _context()
    try:
        if args.workspace:
            ctx.workspace_id = find_workspace(ctx.store, args.workspace)["id"]
        state = export_state(ctx)
    finally:
        ctx.close()
    if args.json:
        print(to_json(state, indent=2))
        return 0
    print(f"{len(state['sessions'])} sessions, {len(state['generations'])} generations, "
          f"{len(state['assets'])} assets, {len(state['posts'])} posts; "
          f"{state['credits']['balance']} credits")
    for session in state["sessions"]:
        print(f"  {one_line(session['name'])} ({session['status']}): {session['generation_count']} generations")
    return 0


def cmd_workspace_add(args: argparse.Namespace) -> int:
    from tools.workspaces import add_workspace

    ctx = _context()
    try:
        row, created = add_workspace(ctx.store, args.name, slack_team=args.slack_team, admins=tuple(args.admin),
                                     starting_credits=ctx.settings.starting_credits)
    finally:
        ctx.close()
    team = f" for Slack team {row['slack_team_id']}" if row.get("slack_team_id") else ""
    admins = f"; admins: {', '.join(args.admin)}" if args.admin else ""
    verb = "Registered" if created else "Updated"
    print(f"{verb} workspace '{row['name']}' ({row['id']}){team}{admins}.")
    return 0


def cmd_slack(args: argparse.Namespace) -> int:
    from channels.slack.run import serve

    return serve(http=args.http, port=args.port, host=args.host)


def cmd_sweep(args: argparse.Namespace) -> int:
    from tools.display import clean
    from tools.registry import get_registry

    ctx = _context()
    try:
        print(clean(get_registry()["sweep"](ctx).message))
    finally:
        ctx.close()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from tools.registry import get_registry
    from tools.search import find, shorten

    search_args = get_registry()["search"].parse_args({"query": args.query, "limit": args.limit})
    ctx = _context()
    try:
        results = find(ctx, search_args)
    finally:
        ctx.close()
    if args.json:
        contract = ("id", "kind", "session_id", "prompt", "score")  # DESIGN.md: what scripts may rely on
        print(json.dumps({"results": [{key: r[key] for key in contract} for r in results]}, ensure_ascii=False))
        return 0
    if not results:
        print(f"Nothing matches '{shorten(args.query)}'.")
    for number, result in enumerate(results, 1):
        print(f"{number:>3}. {result['score']:.2f}  {result['kind']:<10} {result['id']}  {shorten(result['prompt'])}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from tools.search import reindex

    console = Console(stderr=True)
    ctx = _context()
    try:
        with Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), console=console,
                      transient=True) as progress:
            task = progress.add_task("index", total=None)
            ctx.on_progress = lambda label, done, total: progress.update(task, completed=done, total=total)
            count = reindex(ctx)
    finally:
        ctx.close()
    print(f"Indexed {count} items.")
    return 0


def _thread(args: argparse.Namespace, prefix: str) -> str:
    import uuid

    return args.thread or f"{prefix}-{uuid.uuid4().hex[:12]}"


def _assistant(model=None):
    from agent.assistant import Assistant
    from agent.models import ModelConfigError

    try:
        return Assistant(model=model)
    except ModelConfigError as error:
        from tools.errors import AtelierError

        raise AtelierError(str(error)) from None


def cmd_run(args: argparse.Namespace) -> int:
    from channels import script

    if args.script == "-":
        text = sys.stdin.read().removeprefix("\ufeff")
    else:
        try:
            with open(args.script, encoding="utf-8-sig") as handle:  # a BOM is not part of line 1
                text = handle.read()
        except OSError as error:
            print(f"atelier: cannot read {args.script}: {error.strerror or error}", file=sys.stderr)
            return 1
        except UnicodeDecodeError:
            print(f"atelier: {args.script} is not UTF-8 text", file=sys.stderr)
            return 1
    assistant = _assistant()
    try:
        return script.main(assistant, text, _thread(args, "run"), yes=args.yes, as_json=args.json,
                           out=sys.stdout, err=sys.stderr)
    finally:
        assistant.close()


def cmd_chat(args: argparse.Namespace) -> int:
    from channels.chat import chat

    assistant = _assistant()
    try:
        return chat(assistant, _thread(args, "chat"))
    finally:
        assistant.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from channels.demo import run_demo

    return run_demo(thread_id=_thread(args, "demo"), out=sys.stdout)


def cmd_tui(args: argparse.Namespace) -> int:
    from tui.app import create_app  # also imports textual_image, which must happen before run()

    app = create_app()
    app.run()
    return app.return_code or 0


def cmd_import(args: argparse.Namespace) -> int:
    import threading
    from concurrent.futures import as_completed
    from pathlib import Path

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from tools.display import for_rich, one_line
    from tools.importing.pipeline import import_paths, is_known_root
    from tools.importing.watch import watch_folder

    path = Path(args.path).expanduser().absolute()
    console = Console(stderr=True)
    ctx = _context()
    if not path.exists() and not is_known_root(ctx, str(path)):
        ctx.close()
        print(f"atelier: '{one_line(args.path)}' does not exist", file=sys.stderr)
        return 1

    def report(summary) -> None:
        # File names and what was read from files are data: no markup, no escapes, one line each.
        console.print(for_rich(summary.message()))
        for shown, reason in summary.skip_examples[:20]:
            console.print(f"  skipped {one_line(shown)}: {one_line(reason)}", markup=False, highlight=False)
        if summary.skipped > 20:
            console.print(f"  … and {summary.skipped - 20} more skipped")

    try:
        with Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=True) as progress:
            task = progress.add_task("import", total=None)
            summary = import_paths(ctx, [path], use_file_times=args.use_file_times, copy=args.copy,
                                   on_progress=lambda done, total: progress.update(task, completed=done, total=total))
        report(summary)
        if summary.thumbnails:  # made by background processes; wait here so the command ends with them
            with Progress(TextColumn("thumbnails"), BarColumn(), MofNCompleteColumn(), console=console,
                          transient=True) as progress:
                task = progress.add_task("thumbnails", total=len(summary.thumbnails))
                for future in as_completed(summary.thumbnails):
                    future.result()
                    progress.advance(task)
        _index_after_import(ctx, console)
        if args.watch and path.is_dir():
            console.print(f"Watching {for_rich(one_line(path))} for new files (Ctrl+C to stop) …")
            try:
                watch_folder(ctx, str(path), stop=threading.Event(), use_file_times=args.use_file_times,
                             on_import=report, initial_import=False, copy=args.copy)
            except KeyboardInterrupt:
                console.print("Stopped watching.")
    finally:
        ctx.close()
    return 0


def _index_after_import(ctx, console) -> None:
    """Index what the import added, after it committed (indexing never slows the import itself);
    later writes are followed in the background. Search works without it, only slower at first."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from memory.index import index_is_behind
    from tools.errors import AtelierError
    from tools.search import search_index

    ctx.on_progress = None
    if not index_is_behind(ctx.store):
        return  # nothing new to index: a re-scan need not load Chroma and the embedder (~0.5 s)
    reached = [0, 0]

    def advance(label: str, done: int, total: int) -> None:
        reached[:] = [done, total]
        progress.update(task, completed=done, total=total)

    with Progress(TextColumn("indexing for search (Ctrl+C stops; the import is kept)"), BarColumn(),
                  MofNCompleteColumn(), console=console, transient=True) as progress:
        task = progress.add_task("index", total=None)
        ctx.on_progress = advance
        try:
            search_index(ctx)
        except AtelierError as error:
            console.print(f"Not indexed for search yet: {error.message}", markup=False, highlight=False)
        except KeyboardInterrupt:
            # The import committed before indexing began; what is left stays marked and is indexed
            # the next time search is used here (or by `atelier reindex`).
            console.print(f"Search indexing stopped at {reached[0]:,} of {reached[1]:,} items; the rest is "
                          "indexed the next time you search (or run `atelier reindex`).")
        finally:
            ctx.on_progress = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="atelier", description="Atelier: a conversational studio for AI image sessions."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    state = commands.add_parser("state", help="print the whole state (sessions, generations, assets …)")
    state.add_argument("--json", action="store_true", help="as one JSON object")
    state.add_argument("--workspace", metavar="ID|NAME", help="one workspace (default: the local one)")
    state.set_defaults(handler=cmd_state)
    sweep = commands.add_parser("sweep", help="expire old archived generations and remove orphan files")
    sweep.set_defaults(handler=cmd_sweep)
    run = commands.add_parser("run", help="run a script: one message per line (a confirmation takes the next line)")
    run.add_argument("script", metavar="SCRIPT", help="the script file, or - for stdin")
    run.add_argument("--yes", action="store_true", help="approve every confirmation")
    run.add_argument("--json", action="store_true", help="print one JSON object per turn")
    run.add_argument("--thread", metavar="T", help="conversation id (continue an earlier one)")
    run.set_defaults(handler=cmd_run)
    chat = commands.add_parser("chat", help="talk to Atelier line by line on stdin/stdout")
    chat.add_argument("--thread", metavar="T", help="conversation id (continue an earlier one)")
    chat.set_defaults(handler=cmd_chat)
    demo = commands.add_parser("demo", help="run the bundled demo offline and say where the images are")
    demo.add_argument("--thread", metavar="T", help=argparse.SUPPRESS)
    demo.set_defaults(handler=cmd_demo)
    tui = commands.add_parser("tui", help="the full-screen studio (also what `atelier` alone opens)")
    tui.set_defaults(handler=cmd_tui)
    imp = commands.add_parser("import", help="import a file or folder of images (with a progress bar)")
    imp.add_argument("path", metavar="PATH", help="file or folder (folders are scanned recursively)")
    imp.add_argument("--watch", action="store_true", help="keep running and import new files as they appear")
    imp.add_argument("--copy", action="store_true",
                     help="copy files into Atelier's own store (by default they are referenced where they are)")
    imp.add_argument("--use-file-times", action="store_true",
                     help="also place files in sessions by weak times (file dates, editor timestamps)")
    imp.set_defaults(handler=cmd_import)
    workspace = commands.add_parser("workspace", help="manage workspaces (one per chat team)")
    workspace_commands = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    add = workspace_commands.add_parser("add", help="register a workspace for a Slack team")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--slack-team", metavar="ID", required=True, help="the Slack team id (T…)")
    add.add_argument("--admin", metavar="USER", action="append", default=[],
                     help="a Slack user id who may top up credits and delete anything (repeatable)")
    add.set_defaults(handler=cmd_workspace_add)
    slack = commands.add_parser("slack", help="run the Slack bot (Socket Mode, or HTTP with --http)")
    slack.add_argument("--http", action="store_true", help="serve the Events API at /slack/events")
    slack.add_argument("--port", type=int, default=3000, help="HTTP port (0: any free port)")
    slack.add_argument("--host", default="0.0.0.0", help="HTTP address to listen on")
    slack.set_defaults(handler=cmd_slack)
    search = commands.add_parser("search", help="find generations and assets by meaning (their prompts)")
    search.add_argument("query", metavar="QUERY", help="what to look for, in words")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N results (default 10)")
    search.add_argument("--json", action="store_true", help='print {"results": [...]} as JSON')
    search.set_defaults(handler=cmd_search)
    reindex = commands.add_parser("reindex", help="rebuild the search index from the database")
    reindex.set_defaults(handler=cmd_reindex)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        args.handler = cmd_tui  # `atelier` alone opens the app
    from channels import signals_as_interrupts
    from memory.home import HomeError
    from tools.display import one_line
    from tools.errors import AtelierError

    # SIGTERM and SIGHUP behave as Ctrl+C does; the exit code says which signal it was (143, 129).
    with signals_as_interrupts() as received:
        try:
            code = args.handler(args)
        except (AtelierError, HomeError) as error:
            print(f"atelier: {one_line(error.message)}", file=sys.stderr)
            code = 1
        except sqlite3.DatabaseError as error:  # damage found only when a page is read, mid-command
            print(f"atelier: a database under ATELIER_HOME could not be read ({one_line(error)}): restore "
                  "it from a backup, or move it away to start afresh", file=sys.stderr)
            code = 1
        except KeyboardInterrupt:
            print("atelier: interrupted", file=sys.stderr)
            code = 130
    return 128 + received[0] if received else code


if __name__ == "__main__":
    sys.exit(main())
