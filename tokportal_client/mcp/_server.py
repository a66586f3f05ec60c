"""The MCP server on the official ``mcp`` SDK (low-level ``Server``: the tool schemas are ours, from the registry).

Over stdio one :class:`~tokportal_client.AsyncTokPortal` (key from the environment) serves the session. Over
streamable HTTP the server is stateless: every request must carry ``Authorization: Bearer <TokPortal key>`` (refused
with 401 otherwise), and every tool call runs on a client built for that request's key and closed after it, so no
key is ever kept, logged or shared between MCP clients.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import mcp_types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .._version import __version__
from ..agents import AgentTool, adispatch, compact, error_data, is_error, tool
from ._prompts import PROMPTS, render
from ._selection import DYNAMIC_TOOLS, Selection, describe, find_operations

__all__ = ["ServerSettings", "build_server", "http_app", "listing", "run_http", "run_stdio", "tool_listing"]

logger = logging.getLogger("tokportal_client.mcp")

_request_key: contextvars.ContextVar[str | None] = contextvars.ContextVar("tokportal_mcp_key", default=None)
_secret_call: contextvars.ContextVar[bool] = contextvars.ContextVar("tokportal_mcp_secret_call", default=False)


class _NoBodiesOfSecretCalls(logging.Filter):
    """Drops the client's DEBUG records (request and response bodies) while a secret-bearing tool runs: whatever
    the client's redaction table knows, the answer of such a tool is never logged by this server."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (_secret_call.get() and record.levelno < logging.INFO)


_FILTER = _NoBodiesOfSecretCalls()

INSTRUCTIONS = (
    "Tools for the TokPortal API (managed TikTok/Instagram accounts: bundles, videos, analytics). "
    "Priced tools answer with a quote unless called with confirm=true: show the quote to the user first. "
    "Writes return an idempotency_key: reuse it when retrying the same action. "
    "List tools take max_items or page/per_page; any tool with a 'fields' argument takes a JMESPath projection."
)

ClientFactory = Callable[[str | None], Any]
"""Builds an ``AsyncTokPortal`` for one key (None: the environment's)."""


@dataclass
class ServerSettings:
    selection: Selection = field(default_factory=Selection)
    dynamic: bool = False
    base_url: str | None = None
    http: bool = False
    """Keys come per request (``Authorization: Bearer``); local files are never read."""
    client_options: dict[str, Any] = field(default_factory=dict)


def _mcp_tool(candidate: AgentTool) -> types.Tool:
    hints = candidate.annotations
    return types.Tool(
        name=candidate.name,
        description=candidate.description,
        input_schema=candidate.input_schema,
        annotations=types.ToolAnnotations(
            read_only_hint=hints["readOnlyHint"],
            destructive_hint=hints["destructiveHint"],
            idempotent_hint=hints["idempotentHint"],
            open_world_hint=hints["openWorldHint"],
        ),
    )


def _dynamic_tool(entry: Any) -> types.Tool:
    hints = entry["annotations"]
    return types.Tool(
        name=entry["name"],
        description=entry["description"],
        input_schema=dict(entry["inputSchema"]),
        annotations=types.ToolAnnotations(
            read_only_hint=hints["readOnlyHint"],
            destructive_hint=hints["destructiveHint"],
            idempotent_hint=hints["idempotentHint"],
            open_world_hint=hints["openWorldHint"],
        ),
    )


def _text(result: Any, error: bool = False) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=compact(result))], is_error=error)


def _bearer(value: str | None) -> str | None:
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def _offered(settings: ServerSettings) -> list[AgentTool]:
    selection = settings.selection
    if settings.http:
        selection = Selection(**{**selection.__dict__, "allow_files": False})
    return selection.tools()


def tool_listing(settings: ServerSettings) -> list[types.Tool]:
    """The tools a server with ``settings`` lists."""
    if settings.dynamic:
        return [_dynamic_tool(entry) for entry in DYNAMIC_TOOLS]
    return [_mcp_tool(candidate) for candidate in _offered(settings)]


def listing(settings: ServerSettings) -> list[dict[str, Any]]:
    """The ``tools/list`` answer as JSON data (what a client receives)."""
    return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tool_listing(settings)]


def build_server(settings: ServerSettings, client_factory: ClientFactory | None = None) -> Server[Any]:
    """The MCP server for ``settings``. ``client_factory(key)`` returns a new ``AsyncTokPortal`` (by default one on
    ``settings.base_url`` with ``settings.client_options``)."""
    from .._client import AsyncTokPortal

    def default_factory(key: str | None) -> Any:
        return AsyncTokPortal(api_key=key, base_url=settings.base_url, **settings.client_options)

    factory = client_factory or default_factory
    client_logger = logging.getLogger("tokportal_client")
    if _FILTER not in client_logger.filters:
        client_logger.addFilter(_FILTER)
    offered = _offered(settings)
    by_name = {candidate.name: candidate for candidate in offered}
    tools_listed = tool_listing(settings)
    allow_secrets = settings.selection.allow_secrets

    @asynccontextmanager
    async def lifespan(_: Server[Any]) -> AsyncIterator[dict[str, Any]]:
        if settings.http:
            yield {}
            return
        client = factory(None)  # the environment's key: a missing one is a clear error at start-up
        try:
            yield {"client": client}
        finally:
            await client.close()

    async def list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tools_listed)

    async def run(ctx: Any, name: str, arguments: Any) -> dict[str, Any]:
        token = _secret_call.set(name in by_name and by_name[name].sensitive)
        try:
            return await _run(ctx, name, arguments)
        finally:
            _secret_call.reset(token)

    async def _run(ctx: Any, name: str, arguments: Any) -> dict[str, Any]:
        if name not in by_name:
            known = "; use find_operations" if settings.dynamic else ""
            return {
                "error": "UnknownTool",
                "message": f"name: no tool {name!r} on this server{known}",
                "retryable": False,
            }
        if settings.http:
            key = _key_of(ctx)
            if key is None:
                return {
                    "error": "AuthenticationError",
                    "message": "Authorization: Bearer <key> required",
                    "retryable": False,
                }
            client = factory(key)
            try:
                return await adispatch(
                    client, name, arguments, allow_secrets=allow_secrets, strict=False, allow_files=False
                )
            finally:
                await client.close()
        client = ctx.lifespan_context["client"]
        return await adispatch(client, name, arguments, allow_secrets=allow_secrets, strict=False, allow_files=True)

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        started = time.monotonic()
        name, arguments = params.name, params.arguments or {}
        try:
            if settings.dynamic:
                result = await _dynamic(ctx, name, arguments)
            else:
                result = await run(ctx, name, arguments)
        except Exception as error:  # a tool must answer, not break the session
            result = error_data(error)
        failed = is_error(result)
        # Only the tool, the outcome and the size: never the arguments or the answer (they may carry secrets).
        logger.info(
            "tool %s: %s (%d bytes, %.0f ms)",
            name,
            f"error {result.get('error')}" if failed else "ok",
            len(compact(result)),
            (time.monotonic() - started) * 1000,
        )
        return _text(result, failed)

    async def _dynamic(ctx: Any, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        if name == "find_operations":
            found = find_operations(offered, str(arguments.get("query") or ""), arguments.get("tag"))
            return {"operations": found, "count": len(found)}
        if name == "describe_operation":
            target = str(arguments.get("name", ""))
            if target not in by_name:
                try:
                    target = tool(target).name
                except ValueError as error:
                    return error_data(error)
            if target not in by_name:
                return {"error": "ToolNotAllowed", "message": f"{target} is not offered here", "retryable": False}
            return describe(by_name[target])
        if name == "invoke_operation":
            target = str(arguments.get("name", ""))
            if target not in by_name:
                with suppress(ValueError):
                    target = tool(target).name
            return await run(ctx, target, arguments.get("arguments") or {})
        return {"error": "UnknownTool", "message": f"name: no tool {name!r}", "retryable": False}

    async def list_prompts(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListPromptsResult:
        return types.ListPromptsResult(
            prompts=[
                types.Prompt(
                    name=name,
                    description=prompt.description,
                    arguments=[
                        types.PromptArgument(name=arg, description=text, required=required)
                        for arg, (text, required) in prompt.arguments.items()
                    ],
                )
                for name, prompt in PROMPTS.items()
            ]
        )

    async def get_prompt(ctx: Any, params: types.GetPromptRequestParams) -> types.GetPromptResult:
        text = render(params.name, params.arguments)
        return types.GetPromptResult(
            description=PROMPTS[params.name].description,
            messages=[types.PromptMessage(role="user", content=types.TextContent(text=text))],
        )

    return Server(
        "tokportal",
        version=__version__,
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
        on_list_prompts=list_prompts,
        on_get_prompt=get_prompt,
    )


def _key_of(ctx: Any) -> str | None:
    request = getattr(ctx, "request", None)
    headers = getattr(request, "headers", None)
    if headers is not None:
        key = _bearer(headers.get("authorization"))
        if key is not None:
            return key
    return _request_key.get()


async def run_stdio(server: Server[Any]) -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class RequireBearer:
    """ASGI middleware: an HTTP request without ``Authorization: Bearer <key>`` is answered 401 and goes no further;
    the key of one that has it is visible to that request's tool calls only (a context variable)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
        key = _bearer(raw)
        if key is None:
            body = b'{"error":"unauthorized","message":"send your TokPortal API key as Authorization: Bearer <key>"}'
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"www-authenticate", b'Bearer realm="tokportal"'),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        token = _request_key.set(key)
        try:
            await self.app(scope, receive, send)
        finally:
            _request_key.reset(token)


def http_app(server: Server[Any], *, host: str, path: str = "/mcp") -> ASGIApp:
    """The ASGI app of the streamable HTTP transport (stateless, JSON responses), behind :class:`RequireBearer`."""
    app = server.streamable_http_app(streamable_http_path=path, stateless_http=True, json_response=True, host=host)
    return RequireBearer(app)


def run_http(server: Server[Any], *, host: str, port: int, path: str = "/mcp", log_level: str = "warning") -> None:
    import uvicorn

    uvicorn.run(http_app(server, host=host, path=path), host=host, port=port, log_level=log_level, access_log=False)
