"""The ``tokportal-mcp`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from ._selection import PRESETS, Selection

__all__ = ["main", "parse_args"]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tokportal-mcp",
        description="An MCP server with every TokPortal operation as a tool, run through tokportal-client. "
        "The API key comes from TOKPORTAL_API_KEY (stdio) or from each request's Authorization: Bearer (http).",
    )
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio", help="default: stdio")
    parser.add_argument("--host", default="127.0.0.1", help="http: address to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=8000, help="http: port (default 8000)")
    parser.add_argument("--path", default="/mcp", help="http: endpoint path (default /mcp)")
    parser.add_argument(
        "--base-url", default=None, help="TokPortal API base URL (default TOKPORTAL_BASE_URL or the API's)"
    )
    parser.add_argument(
        "--tools", choices=("read", "write", "all"), default="all", help="read-only, writes only, or all"
    )
    parser.add_argument("--tag", action="append", default=[], help="only operations of this tag (repeatable)")
    parser.add_argument("--tool", action="append", default=[], help="offer this operation (repeatable)")
    parser.add_argument("--exclude", action="append", default=[], help="never offer this operation (repeatable)")
    parser.add_argument("--preset", choices=tuple(PRESETS), default=None, help="the tools of one workflow")
    parser.add_argument(
        "--dynamic", action="store_true", help="3 tools (find, describe, invoke) instead of one per operation"
    )
    parser.add_argument(
        "--allow-secrets", action="store_true", help="offer operations that return secrets (credentials, codes, URLs)"
    )
    parser.add_argument("--list", action="store_true", help="print the tool listing as JSON and exit")
    parser.add_argument("--log-level", default="warning", choices=("debug", "info", "warning", "error"))
    return parser.parse_args(argv)


def _selection(args: argparse.Namespace) -> Selection:
    return Selection(
        access=args.tools,
        tags=tuple(args.tag),
        names=tuple(args.tool),
        exclude=tuple(args.exclude),
        preset=args.preset,
        allow_secrets=args.allow_secrets,
        allow_files=args.transport == "stdio",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the client logs its own requests, redacted
    try:
        selection = _selection(args)
    except ValueError as error:
        print(f"tokportal-mcp: {error}", file=sys.stderr)
        return 2
    try:
        from ._server import ServerSettings, build_server, listing, run_http, run_stdio
    except ImportError as error:  # the [mcp] extra is missing
        print(f"tokportal-mcp: {error}; install it with: pip install 'tokportal-client[mcp]'", file=sys.stderr)
        return 2
    settings = ServerSettings(
        selection=selection,
        dynamic=args.dynamic,
        base_url=args.base_url or os.environ.get("TOKPORTAL_BASE_URL") or None,
        http=args.transport == "http",
    )
    if args.list:
        print(json.dumps(listing(settings), indent=2))
        return 0
    if not settings.http and not os.environ.get("TOKPORTAL_API_KEY"):
        print("tokportal-mcp: set TOKPORTAL_API_KEY (over http, each request brings its own key)", file=sys.stderr)
        return 2
    server = build_server(settings)
    if args.transport == "http":
        run_http(server, host=args.host, port=args.port, path=args.path, log_level=args.log_level)
        return 0
    import anyio

    try:
        anyio.run(run_stdio, server)
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    return 0
