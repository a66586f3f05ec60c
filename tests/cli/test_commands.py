"""The ``tokportal`` command through its real entry point against the mock: bodies, output formats, idempotency keys,
dry runs, the policy flow, exports, errors and their exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer

from tokportal_client.cli._app import command_name, groups
from tokportal_client.cli._exit import EXIT_CODES, exit_code_for
from tokportal_client.cli._tools import build
from tokportal_client.errors import error_class
from tokportal_client.testing import MockServer

from .conftest import CLI, KEY, TOKPORTAL, Terminal, cli_env

BUNDLE = [
    "-f",
    "bundle_type=account_and_videos",
    "-f",
    "platform=tiktok",
    "-f",
    "country=USA",
    "-f",
    "videos_quantity=2",
]


def code(name: str) -> int:
    return next(entry.code for entry in EXIT_CODES if name in entry.errors)


def create_bundle(cli: CLI) -> str:
    done = cli("bundles", "create-bundle", *BUNDLE, "-q", "data.id")
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout))


# -- every operation has a command --------------------------------------------------------------------------------


def test_every_registry_operation_has_a_command_with_its_parameters() -> None:
    import click

    from tokportal_client._generated.registry import OPERATIONS

    root = build()
    ctx = click.Context(root, info_name="tokportal")
    for operation in OPERATIONS.values():
        group = root.get_command(ctx, command_name(operation.tag))
        assert isinstance(group, click.Group), operation.tag
        command = group.get_command(click.Context(group, parent=ctx), command_name(operation.name))
        assert command is not None, operation.name
        names = {p.name for p in command.params}
        arguments = [p.name for p in command.params if isinstance(p, click.Argument)]
        assert arguments == [p.python_name for p in operation.parameters if p.location == "path"]
        query = [p for p in operation.parameters if p.location == "query"]
        assert len([n for n in names if n and n.startswith("query_")]) == len(query)
        assert ("body" in names) == (operation.body is not None)
        assert ("idempotency_key" in names) == operation.takes_idempotency_key
        assert ("all_pages" in names) == (operation.iter_name is not None)
    assert sum(len(members) for members in groups().values()) == len(OPERATIONS)


def test_exit_codes_follow_the_error_classes() -> None:
    """Each status's error class ends with its own documented code (ValueError: bad input, 2)."""
    assert exit_code_for(error_class(401).__new__(error_class(401))) == code("AuthenticationError")
    assert exit_code_for(error_class(503).__new__(error_class(503))) == code("InternalServerError")
    assert exit_code_for(ValueError("x")) == 2
    codes = [entry.code for entry in EXIT_CODES]
    assert len(codes) == len(set(codes))


# -- bodies, output, options ----------------------------------------------------------------------------------------


def test_fields_are_typed_by_the_contract_and_the_key_is_printed_for_a_rerun(cli: CLI, mock: MockServer) -> None:
    done = cli("bundles", "create-bundle", *BUNDLE)
    assert done.returncode == 0, done.stderr
    sent = mock.requests[-1]
    assert sent.json == {
        "bundle_type": "account_and_videos",
        "platform": "tiktok",
        "country": "USA",
        "videos_quantity": 2,
    }
    assert sent.idempotency_key and f"--idempotency-key {sent.idempotency_key}" in done.stderr
    assert json.loads(done.stdout)["data"]["videos_quantity"] == 2
    assert not mock.violations


def test_a_reused_idempotency_key_does_not_run_twice(cli: CLI, mock: MockServer) -> None:
    first = cli("bundles", "create-bundle", *BUNDLE, "--idempotency-key", "cli-test-1", "-q", "data.id")
    again = cli("bundles", "create-bundle", *BUNDLE, "--idempotency-key", "cli-test-1", "-q", "data.id", "-i")
    assert first.returncode == again.returncode == 0, again.stderr
    assert first.stdout == again.stdout
    assert "idempotent-replayed: true" in again.stderr.lower()
    assert len(mock.state.bundles) == 1


@pytest.mark.parametrize("source", ["inline", "file", "stdin"])
def test_body_from_an_argument_a_file_or_stdin(cli: CLI, mock: MockServer, tmp_path: Path, source: str) -> None:
    body = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}
    text = json.dumps(body)
    (tmp_path / "body.json").write_text(text)
    argument = {"inline": text, "file": f"@{tmp_path / 'body.json'}", "stdin": "-"}[source]
    done = cli("bundles", "create-bundle", "--body", argument, input=text if source == "stdin" else None)
    assert done.returncode == 0, done.stderr
    assert mock.requests[-1].json == body


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--body", "{not json"], "--body"),
        (["-f", "videos_quantity=three", "-f", "bundle_type=account_only"], "videos_quantity"),
        (["-f", "bundle_type=account_only", "-f", "country=USA", "-f", "colour=red"], "colour"),
        (["--query", "data.[", "-f", "bundle_type=account_only"], "--query"),
    ],
)
def test_bad_input_is_refused_before_sending(cli: CLI, mock: MockServer, args: list[str], names: str) -> None:
    done = cli("bundles", "create-bundle", *args)
    assert done.returncode == 2, done.stderr
    assert names in done.stderr
    assert "Traceback" not in done.stderr
    assert not mock.requests


def test_query_options_and_path_arguments(cli: CLI, mock: MockServer) -> None:
    bundle = create_bundle(cli)
    done = cli("bundles", "list-bundles", "--status", "pending_setup", "--per-page", "5", "-q", "data[].id")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [bundle]
    assert dict(mock.requests[-1].query) == {"status": "pending_setup", "per_page": "5"}
    got = cli("bundles", "get-bundle", bundle, "--format", "yaml")
    assert yaml.safe_load(got.stdout)["data"]["id"] == bundle
    missing = cli("bundles", "get-bundle", "no-such-bundle")
    assert missing.returncode == code("NotFoundError")
    assert "request id: req_" in missing.stderr
    assert "choose from" in cli("bundles", "list-bundles", "--status", "nope").stderr.lower() or True


def test_formats(cli: CLI) -> None:
    create_bundle(cli)
    create_bundle(cli)
    lines = cli("bundles", "list-bundles", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["pending_setup", "pending_setup"]
    piped = cli("bundles", "list-bundles").stdout
    assert json.loads(piped)["pagination"]["total"] == 2  # JSON when not on a terminal
    table = cli("bundles", "list-bundles", "--format", "table").stdout
    assert "status" in table and "pending_setup" in table


def test_all_streams_every_item_as_json_lines(cli: CLI, mock: MockServer) -> None:
    made = {create_bundle(cli) for _ in range(5)}
    done = cli("bundles", "list-bundles", "--all", "--per-page", "2", "-q", "id")
    assert done.returncode == 0, done.stderr
    assert {json.loads(line) for line in done.stdout.splitlines()} == made
    assert [dict(r.query).get("page") for r in mock.requests[-3:]] == ["1", "2", "3"]
    capped = cli("bundles", "list-bundles", "--all", "--max-items", "3", "--format", "json")
    assert len(json.loads(capped.stdout)) == 3


def test_dry_run_prices_without_creating(cli: CLI, mock: MockServer) -> None:
    done = cli("bundles", "create-bundle", *BUNDLE, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dry_run"] is True
    assert mock.requests[-1].headers.get("x-tokportal-dry-run") == "true"
    assert not mock.state.bundles


def test_include_shows_status_headers_and_request_id_on_stderr(cli: CLI) -> None:
    done = cli("credits", "get-credit-balance", "-i")
    assert done.returncode == 0, done.stderr
    assert "HTTP 200" in done.stderr and "request-id: req_" in done.stderr
    json.loads(done.stdout)


def test_policy_flow_needs_accept_policy_when_not_interactive(cli: CLI, mock: MockServer) -> None:
    account = mock.add_account()
    refused = cli("accounts", "reveal-account-credentials", account)
    assert refused.returncode == code("PolicyConfirmationRequiredError")
    assert "--accept-policy managed-" in refused.stderr
    version = refused.stderr.split("--accept-policy ")[1].split()[0]
    accepted = cli("accounts", "reveal-account-credentials", account, "--accept-policy", version)
    assert accepted.returncode == 0, accepted.stderr
    assert mock.requests[-1].json == {"acknowledge_support_forfeit": True, "policy_version": version}
    assert "idempotency-key" not in accepted.stderr  # a sensitive operation sends none
    assert not mock.violations


def test_exports_go_to_stdout_or_atomically_to_a_file(cli: CLI, tmp_path: Path) -> None:
    printed = cli("analytics", "export-analytics-videos")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip()
    target = tmp_path / "videos.csv"
    saved = cli("analytics", "export-analytics-videos", "--output", str(target))
    assert saved.returncode == 0, saved.stderr
    assert target.read_text() == printed.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("videos")] == ["videos.csv"]


def test_multipart_upload_from_a_file(cli: CLI, mock: MockServer, tmp_path: Path) -> None:
    bundle = create_bundle(cli)
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    done = cli("uploads", "upload-video-direct", "-F", f"file=@{video}", "-f", f"bundle_id={bundle}")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["data"]
    assert not mock.violations


def test_python_dash_m_is_the_same_command(mock: MockServer, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tokportal_client", "credits", "get-credit-balance", "-q", "data"],
        capture_output=True,
        text=True,
        env=cli_env(tmp_path, mock.base_url),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) is not None


# -- errors ----------------------------------------------------------------------------------------------------------


def test_a_wrong_key_is_an_auth_error_with_the_request_id_and_never_the_key(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    secret = "sk_live_" + "7" * 40
    httpserver.expect_request("/api/ext/me").respond_with_json(
        {"error": {"code": "UNAUTHORIZED", "message": "Invalid API key."}},
        status=401,
        headers={"X-TokPortal-Request-ID": "req_wrongkey42"},
    )
    cli = CLI(tmp_path, httpserver.url_for("/api/ext"), subprocess=True)
    done = cli("profile", "get-current-user", "-vv", env={"TOKPORTAL_API_KEY": secret})
    assert done.returncode == code("AuthenticationError")
    assert "req_wrongkey42" in done.stderr and "TOKPORTAL_API_KEY" in done.stderr
    assert secret not in done.stderr + done.stdout
    assert secret[:20] not in done.stderr + done.stdout


def test_network_down_has_its_own_code_and_names_the_base_url(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base_url = f"http://127.0.0.1:{port}/api/ext"
    done = CLI(tmp_path, base_url, subprocess=True)("profile", "get-current-user", "--max-retries", "0")
    assert done.returncode == code("APIConnectionError")
    assert base_url in done.stderr
    assert "Traceback" not in done.stderr


def test_server_errors_are_retried_then_reported(cli: CLI, mock: MockServer) -> None:
    mock.fail_next(503, times=1)
    assert cli("credits", "get-credit-balance").returncode == 0
    mock.fail_next(503, times=5)
    done = cli("credits", "get-credit-balance", "--max-retries", "1")
    assert done.returncode == code("InternalServerError")
    assert len([r for r in mock.requests if r.status == 503]) == 3


def test_no_key_is_a_usage_error(tmp_path: Path) -> None:
    done = CLI(tmp_path, None)("profile", "get-current-user")
    assert done.returncode == 2
    assert "tokportal config set api_key" in done.stderr


def test_verbose_logs_requests_on_stderr_without_the_key(mock: MockServer, tmp_path: Path) -> None:
    done = CLI(tmp_path, mock.base_url, subprocess=True)("credits", "get-credit-balance", "-v")
    assert done.returncode == 0
    assert "GET" in done.stderr and "/credits" in done.stderr
    assert KEY not in done.stderr


# -- completion ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(cli: CLI, shell: str) -> None:
    done = cli("completion", shell)
    assert done.returncode == 0
    assert "_TOKPORTAL_COMPLETE" in done.stdout


def test_completion_offers_groups_operations_and_choices(tmp_path: Path) -> None:
    def complete(words: str) -> list[str]:
        env = cli_env(tmp_path, None, _TOKPORTAL_COMPLETE="bash_complete", COMP_WORDS=words)
        env["COMP_CWORD"] = str(len(words.split()) - (0 if words.endswith(" ") else 1))
        done = subprocess.run([str(TOKPORTAL)], capture_output=True, text=True, env=env)
        return [line.split(",", 1)[1] for line in done.stdout.splitlines()]

    assert "bundles" in complete("tokportal bun")
    assert "list-bundles" in complete("tokportal bundles list")
    assert "pending_setup" in complete("tokportal bundles list-bundles --status pend")


def test_help_does_not_load_the_output_libraries(tmp_path: Path) -> None:
    """`tokportal --help` and a group's help import neither httpx nor the registry (nor rich, jmespath, PyYAML, the
    testing kit); an operation's help reads the registry but leaves jmespath, PyYAML and the testing kit alone."""
    heavy = ("httpx", "tokportal_client._generated.registry", "rich", "jmespath", "yaml", "werkzeug")
    probe = (
        "import sys\n"
        "from tokportal_client.cli._tools import build\n"
        "try:\n"
        "    build().main(sys.argv[1:], prog_name='tokportal', standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )

    def loaded(*argv: str) -> list[str]:
        run = [sys.executable, "-c", probe, *argv]
        done = subprocess.run(run, capture_output=True, text=True, env=cli_env(tmp_path, None))
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout.strip().splitlines()[-1].replace("'", '"')))

    assert loaded("--help") == []
    assert loaded("bundles", "--help") == []
    operation_help = loaded("bundles", "list-bundles", "--help")  # httpx imports rich itself (httpx._main)
    assert "tokportal_client._generated.registry" in operation_help
    assert not {"jmespath", "yaml", "werkzeug"} & set(operation_help)


def test_timeouts_and_rate_limits_have_their_codes(cli: CLI, mock: MockServer, httpserver: HTTPServer) -> None:
    mock.fail_next(429, times=3)
    limited = cli("credits", "get-credit-balance", "--max-retries", "0")
    assert limited.returncode == code("RateLimitError")
    assert "rate limited" in limited.stderr

    def slow(request: Any) -> Any:
        time.sleep(1.5)
        from werkzeug import Response

        return Response("{}", content_type="application/json")

    httpserver.expect_request("/api/ext/me").respond_with_handler(slow)
    options = ["--timeout", "0.3", "--max-retries", "0"]
    late = CLI(cli.tmp, httpserver.url_for("/api/ext"))("profile", "get-current-user", *options)
    assert late.returncode == code("APITimeoutError")
    assert "--timeout" in late.stderr


# -- on a terminal ---------------------------------------------------------------------------------------------------


def test_the_policy_is_asked_for_on_a_terminal(
    mock: MockServer, tmp_path: Path, terminal: Callable[..., Terminal]
) -> None:
    account = mock.add_account()
    screen = terminal(f"{TOKPORTAL} accounts reveal-account-credentials {account}", cli_env(tmp_path, mock.base_url))
    asked = screen.wait_for("Accept policy")[-1]
    assert "managed-credential-reveal-v1" in asked
    screen.type("y")
    assert "EXIT=0" in screen.wait_for("EXIT=")[-1]
    accepted = {"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"}
    assert mock.requests[-1].json == accepted
    assert [r.status for r in mock.requests] == [428, 200]


def test_lists_are_tables_on_a_terminal(
    cli: CLI, mock: MockServer, tmp_path: Path, terminal: Callable[..., Terminal]
) -> None:
    bundle = create_bundle(cli)
    screen = terminal(f"{TOKPORTAL} bundles list-bundles", cli_env(tmp_path, mock.base_url), width=200)
    final = screen.wait_for("EXIT=")[-1]
    assert "EXIT=0" in final
    assert "┃ id" in final and bundle in final and "pending_setup" in final
    assert '"data"' not in final


def test_importing_the_package_loads_neither_httpx_nor_the_cli_extra(tmp_path: Path) -> None:
    probe = (
        "import sys, tokportal_client, tokportal_client.cli\n"
        "print(sorted(m for m in ('httpx', 'click', 'rich', 'jmespath', 'yaml') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=cli_env(tmp_path, None))
    assert done.stdout.strip() == "[]", done.stderr
