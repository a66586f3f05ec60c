"""tokportal-mcp: selection, presets, dynamic mode and prompts in process; stdio and streamable HTTP as subprocesses
driven by the official SDK's client against the mock."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp_support import arguments_for

from tokportal_client import agents
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client.mcp import main
from tokportal_client.mcp._prompts import PROMPTS
from tokportal_client.mcp._selection import PRESETS, Selection
from tokportal_client.mcp._server import ServerSettings, build_server, listing
from tokportal_client.testing import MockServer

SCRIPT = Path(sys.executable).with_name("tokportal-mcp")
"""The installed ``tokportal-mcp`` command (the stdio test of the secrets' logs runs ``python -m`` instead)."""
MAX_PRESET_TOOLS = 40
MAX_DYNAMIC_LISTING = 3 * 1024


def size(tools: list[dict[str, Any]]) -> int:
    return len(json.dumps({"tools": tools}, separators=(",", ":")))


# -- selection, without a server -------------------------------------------------------------------------------------


def test_default_offers_every_operation_but_the_secret_ones() -> None:
    names = {t["name"] for t in listing(ServerSettings())}
    assert names == {name for name, op in OPERATIONS.items() if not op.sensitive}
    assert {t["name"] for t in listing(ServerSettings(selection=Selection(allow_secrets=True)))} == set(OPERATIONS)


def test_listing_carries_the_registry_annotations() -> None:
    for entry in listing(ServerSettings(selection=Selection(allow_secrets=True))):
        expected = agents.tool(entry["name"]).annotations
        assert entry["annotations"] == expected
        assert entry["inputSchema"] == agents.tool(entry["name"]).input_schema


def test_read_write_tag_tool_and_exclude_select() -> None:
    reads = Selection(access="read").tools()
    assert reads and all(t.operation.method == "GET" for t in reads)
    writes = Selection(access="write").tools()
    assert writes and all(t.operation.method != "GET" for t in writes)
    tagged = Selection(tags=("bundles",)).tools()
    assert tagged and {t.operation.tag for t in tagged} == {"bundles"}
    assert [t.name for t in Selection(names=("getBundle", "list_bundles")).tools()] == ["list_bundles", "get_bundle"]
    assert "get_bundle" not in {t.name for t in Selection(exclude=("get_bundle",)).tools()}
    with pytest.raises(ValueError, match="--tag"):
        Selection(tags=("bundle",))
    with pytest.raises(ValueError, match="did you mean"):
        Selection(names=("getBundel",))


def test_http_mode_offers_no_tool_that_reads_a_local_file() -> None:
    offered = {t["name"] for t in listing(ServerSettings(http=True))}
    assert offered and not any(agents.tool(n).file_names for n in offered)


@pytest.mark.parametrize("preset", list(PRESETS))
def test_each_preset_is_small_and_not_empty(preset: str) -> None:
    chosen = Selection(preset=preset, allow_secrets=True).tools()
    assert 0 < len(chosen) <= MAX_PRESET_TOOLS


def test_dynamic_listing_is_three_tools_within_3_kb() -> None:
    tools = listing(ServerSettings(dynamic=True, selection=Selection(allow_secrets=True)))
    assert [t["name"] for t in tools] == ["find_operations", "describe_operation", "invoke_operation"]
    assert size(tools) <= MAX_DYNAMIC_LISTING


def test_list_option_prints_the_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list", "--preset", "monitor"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [t["name"] for t in printed] == [t.name for t in Selection(preset="monitor").tools()]
    assert main(["--list", "--tag", "nope"]) == 2


# -- in process, through the SDK's client ----------------------------------------------------------------------------


def _text(result: Any) -> Any:
    return json.loads(result.content[0].text)


async def test_dynamic_mode_reaches_every_operation_through_invoke(mock: MockServer, upload: Path) -> None:
    settings = ServerSettings(dynamic=True, selection=Selection(allow_secrets=True), base_url=mock.base_url)
    server = build_server(settings, lambda key: mock.async_client())
    async with Client(server) as client:
        found = _text(await client.call_tool("find_operations", {"query": "publish bundle"}))
        assert found["operations"][0]["name"] in {"publish_bundle", "get_bundle_publish_readiness"}
        every = _text(await client.call_tool("find_operations", {}))
        assert {op["name"] for op in every["operations"]} == set(OPERATIONS)
        described = _text(await client.call_tool("describe_operation", {"name": "createBundle"}))
        assert described["input_schema"] == agents.tool("create_bundle").input_schema
        for name in OPERATIONS:
            arguments = arguments_for(agents.tool(name), upload)
            result = await client.call_tool("invoke_operation", {"name": name, "arguments": arguments})
            answer = _text(result)
            assert answer.get("error") not in ("UnknownTool", "ToolNotAllowed"), (name, answer)
    assert mock.violations == []


async def test_prompts_are_the_guide_workflows(mock: MockServer) -> None:
    server = build_server(ServerSettings(), lambda key: mock.async_client())
    async with Client(server) as client:
        prompts = await client.list_prompts()
        assert [p.name for p in prompts.prompts] == list(PROMPTS)
        for prompt in prompts.prompts:
            text = (await client.get_prompt(prompt.name, {})).messages[0].content.text
            assert "list_bundles" in text or "create_bundle" in text


async def test_priced_tool_over_mcp_quotes_then_charges_once(mock: MockServer) -> None:
    server = build_server(ServerSettings(), lambda key: mock.async_client())
    arguments: dict[str, Any] = {"body": {"bundle_type": "account_only", "country": "USA"}}
    async with Client(server) as client:
        quote = _text(await client.call_tool("create_bundle", arguments))
        assert quote["confirm_required"] and mock.state.transactions == []
        confirmed = {**arguments, "confirm": True, "idempotency_key": quote["idempotency_key"]}
        first = _text(await client.call_tool("create_bundle", confirmed))
        again = await client.call_tool("create_bundle", confirmed)
        assert not again.is_error and _text(again)["data"]["id"] == first["data"]["id"]
    assert len(mock.state.transactions) == 1


async def test_tool_errors_are_flagged(mock: MockServer) -> None:
    server = build_server(ServerSettings(), lambda key: mock.async_client())
    async with Client(server) as client:
        result = await client.call_tool("get_bundle", {"id": "nope"})
        assert result.is_error and _text(result)["code"] == "BUNDLE_NOT_FOUND"
        refused = await client.call_tool("reveal_account_credentials", {"id": "x"})
        assert refused.is_error


# -- subprocesses: stdio and streamable HTTP -------------------------------------------------------------------------


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOKPORTAL_")}
    env.update(extra)
    return env


def _needs_key(request: Any) -> bool:
    return any(op.requires_auth for op in OPERATIONS.values() if op.operation_id == request.operation_id)


def _check_every_tool(tools: list[Any], results: list[Any]) -> None:
    assert len(results) == len(tools)
    for result in results:
        json.loads(result.content[0].text)


@pytest.mark.slow
async def test_stdio_every_tool_against_the_mock(mock: MockServer, upload: Path) -> None:
    params = StdioServerParameters(
        command=str(SCRIPT),
        args=["--base-url", mock.base_url],
        env=_environment(TOKPORTAL_API_KEY="tok_test_stdio"),
    )
    async with Client(params) as client:
        tools = (await client.list_tools()).tools
        assert {t.name for t in tools} == {t.name for t in Selection().tools()}
        results = [await client.call_tool(t.name, arguments_for(agents.tool(t.name), upload)) for t in tools]
    _check_every_tool(tools, results)
    assert mock.violations == []
    assert {r.headers.get("x-api-key") for r in mock.requests if _needs_key(r)} == {"tok_test_stdio"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def http_server(mock: MockServer, *args: str, stderr: Any = None) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [str(SCRIPT), "--transport", "http", "--port", str(port), *args],
        env=_environment(TOKPORTAL_BASE_URL=mock.base_url, TOKPORTAL_LOG="debug"),
        stderr=stderr,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("tokportal-mcp did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.slow
async def test_http_every_tool_with_the_key_per_request(mock: MockServer, upload: Path, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    with log.open("w") as errlog, http_server(mock, "--log-level", "debug", stderr=errlog) as url:
        refused = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert refused.status_code == 401
        async with (
            httpx2.AsyncClient(headers={"Authorization": "Bearer tok_http_one"}) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            tools = (await client.list_tools()).tools
            assert {t.name for t in tools} == {t["name"] for t in listing(ServerSettings(http=True))}
            results = [await client.call_tool(t.name, arguments_for(agents.tool(t.name), upload)) for t in tools]
        _check_every_tool(tools, results)
        async with (
            httpx2.AsyncClient(headers={"Authorization": "Bearer tok_http_two"}) as http,
            Client(streamable_http_client(url, http_client=http)) as client,
        ):
            await client.call_tool("get_current_user", {})
    assert mock.violations == []
    keys = [r.headers.get("x-api-key") for r in mock.requests if _needs_key(r)]
    assert set(keys[:-1]) == {"tok_http_one"} and keys[-1] == "tok_http_two"
    text = log.read_text()
    assert "tool get_current_user: ok" in text and "x-api-key" in text.lower()  # headers were logged, redacted
    assert "tok_http_one" not in text and "tok_http_two" not in text


async def test_http_refuses_a_request_without_a_bearer_key(mock: MockServer) -> None:
    with http_server(mock) as url:
        for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer"}):
            answer = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, headers=headers)
            assert answer.status_code == 401
    assert mock.requests == []


@pytest.mark.slow
async def test_secret_output_is_in_no_log_line(mock: MockServer, tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    account = mock.add_account()
    env = _environment(TOKPORTAL_API_KEY="tok_test_secret", TOKPORTAL_LOG="debug")
    with log.open("w") as errlog:
        params = StdioServerParameters(
            command=sys.executable,
            args=["-m", "tokportal_client.mcp", "--base-url", mock.base_url, "--allow-secrets", "--log-level", "debug"],
            env=env,
        )
        bundle = mock.client().bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"}).data
        answers: list[str] = []
        async with Client(stdio_client(params, errlog=errlog)) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            secret_tools = [t for t in agents.tools() if t.sensitive]
            assert {t.name for t in secret_tools} <= names
            calls = {
                "create_webhook_endpoint": {
                    "body": {"url": "https://example.com/hook", "events": ["bundle.published"]}
                },
                "upload_video": {"body": {"filename": "a.mp4", "bundle_id": bundle.id}},
                "upload_image": {"body": {"filename": "a.png", "content_type": "image/png", "bundle_id": bundle.id}},
            }
            for each in secret_tools:
                arguments = calls.get(each.name) or arguments_for(each, tmp_path)
                if "id" in each.input_schema["properties"]:
                    arguments["id"] = account
                result = await client.call_tool(each.name, arguments)
                answers.append(result.content[0].text)
    text = log.read_text()
    assert "tool create_webhook_endpoint: ok" in text
    secrets = [_secret_values(json.loads(answer)) for answer in answers]
    for values in secrets:
        for value in values:
            assert value not in text
    assert any(secrets), "no secret came back to check"


def _secret_values(answer: Any) -> list[str]:
    """Every string of an answer that looks like a secret: signing secrets, signed URLs, codes, passwords."""
    found: list[str] = []
    if isinstance(answer, dict):
        for key, value in answer.items():
            if isinstance(value, str) and any(w in key for w in ("secret", "url", "password", "code", "token")):
                if len(value) >= 8:
                    found.append(value)
            else:
                found += _secret_values(value)
    elif isinstance(answer, list):
        for item in answer:
            found += _secret_values(item)
    return found


@pytest.mark.slow
def test_the_console_script_is_installed() -> None:
    listed = subprocess.run([str(SCRIPT), "--list", "--dynamic"], capture_output=True, text=True, check=True).stdout
    assert [t["name"] for t in json.loads(listed)] == ["find_operations", "describe_operation", "invoke_operation"]
    missing = subprocess.run([str(SCRIPT)], capture_output=True, text=True, env=_environment())
    assert missing.returncode == 2 and "TOKPORTAL_API_KEY" in missing.stderr


async def test_a_tool_outside_the_selection_is_refused_unsent(mock: MockServer) -> None:
    server = build_server(ServerSettings(selection=Selection(access="read")), lambda key: mock.async_client())
    async with Client(server) as client:
        listed = {t.name for t in (await client.list_tools()).tools}
        assert "create_bundle" not in listed and "list_bundles" in listed
        refused = await client.call_tool("create_bundle", {"body": {"bundle_type": "account_only", "country": "USA"}})
        assert refused.is_error and _text(refused)["error"] == "UnknownTool"
    assert mock.requests == []


def test_without_the_mcp_sdk_the_command_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules.update({'mcp': None, 'mcp_types': None})\n"
        "from tokportal_client.mcp import main\n"
        "raise SystemExit(main(['--list']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 2 and "pip install 'tokportal-client[mcp]'" in done.stderr
